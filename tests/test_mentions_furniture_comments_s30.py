"""Reader comments under a story (session 30): the lines after a comments section's head ("3 Comments", "Comments
(12)") that open with a commenter's name or handle and a colon are page furniture, so the commenters are no actors;
a line of that shape in the body, or under no such head, is read as usual.  Every passage is invented for the test,
written like real news; expected values were checked by reading it."""

from __future__ import annotations

import pytest

from .conftest import stakeholder_rows as rows

STORY = ("Kelby council approves new bus depot\n\n"
         "Kelby council voted on Tuesday to build a bus depot on the old market site. Councillor Amina Tarnwell said "
         "the depot would bring 80 jobs.\n\n")


@pytest.mark.parametrize("comments", [
    "3 Comments\nRajiv T: About time.\nRiverside Lass: Who pays for the road?!\nOwen P.: Good news for once.\n",
    "Comments (3)\n\nRajiv T: About time.\n\nRiverside Lass: Who pays for the road?!\n\nOwen P.: Good news for once.\n",
])
def test_reader_comments_name_no_actors(comments):
    got = rows(STORY + comments + "\n© 2025 The Kelby Courier.")
    assert got["Amina Tarnwell"][0] == "person", got
    assert not any(w in n for n in got for w in ("Rajiv", "Riverside Lass", "Owen")), got


def test_a_labelled_line_under_no_comments_head_is_read_as_usual():
    got = rows(STORY + "Quick facts\nRajiv Tarnbury: the depot's architect, who designed the Kelby library.\n")
    assert "Rajiv Tarnbury" in got, got


def test_a_comments_head_stops_at_a_line_of_another_shape():
    got = rows(STORY + "2 Comments\nOwen P.: Good news for once.\n\nThe depot will open in 2027, said Rajiv Tarnbury, "
                       "the council's planning chief.\n")
    assert "Rajiv Tarnbury" in got and not any("Owen" in n for n in got), got


@pytest.mark.parametrize("section", [
    "Responses\n\nKelby Airways: The airline said it would study the rules.\nTarnbank: The bank welcomed them.\n",
    "Comment\n\nOwen Tarnabi: The budget will be tabled in June.\nReporter: Will taxes rise?\nOwen Tarnabi: No.\n",
])
def test_a_head_with_no_count_opens_the_story_s_own_section(section):
    got = rows(STORY + section)
    assert any(w in n for n in got for w in ("Kelby Airways", "Owen Tarnabi")), got


def test_a_speaker_with_a_title_under_a_bare_comments_head_is_an_actor():
    got = rows(STORY + "Comments\n\nSenator Ruth Kelbing: This fails our children.\nSenator Dan Tarnell: It protects "
                       "taxpayers.\n")
    assert "Ruth Kelbing" in got and "Dan Tarnell" in got, got


def test_a_titled_line_ends_a_counted_comments_section():
    got = rows(STORY + "2 Comments\nOwen P.: Good news for once.\nCouncillor Ruth Kelbing: The depot will open in "
                       "2027.\n")
    assert "Ruth Kelbing" in got and not any("Owen" in n for n in got), got


IMPRINT = ("\n\n————\nKelby Weekly Review is published by Kelbwerk Media GmbH, Tarnweg 31, 4410 Kelby. Managing "
           "editor: Ruth Kelbmann-Oster. Phone: 0000 555 0199\n© 2025 Kelbwerk Media GmbH. All rights reserved.")


def test_an_imprint_line_names_no_actor():
    got = rows(STORY + "The depot will open in 2027." + IMPRINT)
    assert not any("Kelbmann" in n for n in got), got


@pytest.mark.parametrize("text, names", [
    ("Police raided the paper's offices on Thursday.\n\nTarnby Daily is published by Kelbo Media, founded by Osric "
     "Pellham, who was jailed last year.\n\nSecurity chief Dana Roe said the raid was lawful.",
     ("Kelbo Media", "Osric Pellham", "Dana Roe")),
    ("The Kelby Index is published by the Tarnwell Institute, a think tank founded by entrepreneur Ian Kelbrook.",
     ("Tarnwell Institute", "Ian Kelbrook")),
    ("The Tarnby Review is published by Kelbwerk Group, whose largest shareholder is the Tarn family's Oster AG.",
     ("Kelbwerk Group",)),
])
def test_a_sentence_of_the_body_about_who_publishes_an_outlet_is_read_as_usual(text, names):
    got = rows(text)
    assert all(any(n in k for k in got) for n in names), got
