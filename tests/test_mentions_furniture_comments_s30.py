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
