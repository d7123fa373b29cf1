"""Page furniture that names no actor (session 31): a translation's credit under a story and a printed paper's list
of the day's other stories with their pages.  Every passage is invented for the test."""

from __future__ import annotations

import pytest

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


NEWSLETTER = ("TARNO TRADE NOTES\n"
              "Weekly bulletin on Kelbia | No. 12\n\n"
              "IN THIS ISSUE\n"
              "1. Rice: millers ask for a lower duty\n"
              "2. Briefs\n\n"
              "1. RICE\n\n"
              "Millers in Tarno asked the ministry for a lower duty, their union's head Jo Kelbin said.\n\n"
              "2. BRIEFS\n\n"
              "Fuel prices were unchanged for June, the regulator said.\n")


def test_a_newsletter_s_numbered_section_headings_are_furniture():
    got = rows(NEWSLETTER)
    assert "Briefs" not in got and "BRIEFS" not in got and "Jo Kelbin" in got, got


@pytest.mark.parametrize("text, names", [
    # a ranked list of parties, the last a common word
    ("Final result in the seat:\n1. Labour\n2. Liberal Democrats\n3. Greens\nTurnout was 61 per cent.",
     ["Greens"]),
    # a list of firms by their letters, one a common word in capitals
    ("Big movers on the Kelby exchange:\n1. KBX\n2. TARNCO\n3. ACT\nKBX rose 4%.", ["KBX", "ACT"]),
    # a list of unions, one by its letters
    ("Three unions joined the strike:\n1. Unite\n2. Unison\n3. GMB\nUnite said 5,000 members walked out.",
     ["GMB"]),
])
def test_a_ranked_list_s_items_are_names_not_headings(text, names):
    got = rows(text)
    assert all(n in got for n in names), got


@pytest.mark.parametrize("line", ["3. Briefs", "2. BRIEFS", "1. ARTISANAL MINING", "4. Quick Hits"])
def test_a_numbered_line_of_common_words_alone_is_furniture(line):
    from analysis.mentions import _numbered_section_labels
    assert _numbered_section_labels(line) == [(0, len(line))]


@pytest.mark.parametrize("line", ["1. Kelbo Mining", "2. KBX", "2. Rice: millers ask for a lower duty",
                                  "1. Tarnoko said the duty would stay."])
def test_a_numbered_name_or_headline_is_no_section_heading(line):
    from analysis.mentions import _numbered_section_labels
    assert _numbered_section_labels(line) == []
