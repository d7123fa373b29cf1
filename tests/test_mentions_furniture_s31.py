"""Page furniture that names no actor (session 31): a translation's credit under a story and a printed paper's list
of the day's other stories with their pages.  Every passage is invented for the test."""

from __future__ import annotations

import pytest

from analysis.mentions import is_furniture_line

from .conftest import stakeholder_rows as rows

TRANSLATED = ("Farmers wait for new wells\n\n"
              "KELBO - Farmers in the north said on Tuesday that the wells promised last year had not been dug.\n\n"
              "\"We carry water for six kilometres,\" said Adama Tarnoko, a millet grower.\n\n"
              "Translated from the Arabic edition by the Kelbo Weekly desk.")

TRANSLATED_BY = ("Farmers wait for new wells\n\n"
                 "KELBO - Farmers in the north said on Tuesday that the wells promised last year had not been dug.\n\n"
                 "\"We carry water for six kilometres,\" said Adama Tarnoko, a millet grower.\n\n"
                 "Translated by Rachid Kelbaoui")

TODAYS_PAPER = ("Nurses extend strike\n\n"
                "KELBO - Nurses at the main hospital extended their strike on Monday, said Adama Tarnoko, who leads "
                "their union.\n\n"
                "ALSO IN TODAY'S PAPER\n"
                "• Council approves bus lanes on the ring road (Page 6)\n"
                "• Tarnville Rovers appoint a new coach (Page 31)\n")

IN_THE_BODY = ("Nurses extend strike\n\n"
               "KELBO - Translated into plain words, the offer from Kelbo Hospital Trust was a pay cut, said Adama "
               "Tarnoko, who leads the nurses' union.")


def test_a_translation_credit_names_no_actor():
    assert "Kelbo Weekly" not in rows(TRANSLATED) and "Rachid Kelbaoui" not in rows(TRANSLATED_BY)


def test_the_day_s_other_stories_and_their_pages_name_no_actor():
    got = rows(TODAYS_PAPER)
    assert "Tarnville Rovers" not in got and "Page" not in got and "Adama Tarnoko" in got, got


def test_a_sentence_with_translated_keeps_its_names():
    assert "Kelbo Hospital Trust" in rows(IN_THE_BODY)


TRANSLATED_EDITION = ("Farmers wait for new wells\n\n"
                      "KELBO - Farmers in the north said on Tuesday that the wells promised last year had not been "
                      "dug, said Adama Tarnoko, a millet grower.\n\n"
                      "Translated from the Portuguese edition.")

OPENS_A_SENTENCE = ("Witness denies taking cash\n\n"
                    "TARNVILLE - A county clerk went on trial on Monday.\n\n"
                    "Translated by a court interpreter, Halima Kelbosi told the judge she had never touched the "
                    "money.\n\n"
                    "Her lawyer, Boniface Tarmo, asked for bail.")

FROM_THE_LANGUAGE = ("Order to leave the valley\n\n"
                     "Translated from the Portuguese, the order signed by Governor Ruben Kelbares tells the troops to "
                     "leave the valley by Friday.")

BY_VOLUNTEERS = ("Leaflets go out in six languages\n\n"
                 "Translated by volunteers at Tarnbury College, the leaflets were handed out at the market, said "
                 "organiser Lidia Kelbosa.")


def test_a_translation_credit_of_the_edition_alone_names_nothing_and_keeps_the_story():
    got = rows(TRANSLATED_EDITION)
    assert "Adama Tarnoko" in got and not any("Portuguese" in n for n in got), got


def test_a_sentence_opening_with_translated_by_keeps_its_names():
    got = rows(OPENS_A_SENTENCE)
    assert "Halima Kelbosi" in got and "Boniface Tarmo" in got, got


def test_a_sentence_opening_with_translated_from_the_keeps_its_names():
    assert "Ruben Kelbares" in rows(FROM_THE_LANGUAGE)


def test_translated_by_people_at_a_body_keeps_the_body_and_the_speaker():
    got = rows(BY_VOLUNTEERS)
    assert "Tarnbury College" in got and "Lidia Kelbosa" in got, got



@pytest.mark.parametrize("line, furniture", [
    ("3. Briefs", True),             # a newsletter's numbered section heading of common words
    ("2. BRIEFS", True),
    ("1. ARTISANAL MINING", True),   # in capitals
    ("4. Quick Hits", True),
    ("1. Kelbo Mining", False),      # a ranked list's firm
    ("2. Rice: millers ask for a lower duty", False),  # a headline in the contents
    ("1. Tarnoko said the duty would stay.", False),
])
def test_a_newsletter_s_numbered_section_heading_is_furniture(line, furniture):
    assert is_furniture_line(line) is furniture
