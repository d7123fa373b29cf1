"""Which person a surname alone names when two people of the story share it (session 22, second round): the one
named first before the surname is used alone.  Every sentence is invented for the test."""

from __future__ import annotations

import pytest

from analysis import Article
from analysis.mentions import find_mentions


def names_of(text: str, word: str) -> set:
    df = find_mentions(Article.from_text(text))
    return set(df.loc[df["text"] == word, "name"])


WIFE = ("Senator Paul Tarnley opened his campaign on Monday. His wife, Ann Tarnley, spoke first. "
        "Ann Tarnley told the crowd about the farm. Ann Tarnley said the town had changed. "
        "Ann Tarnley thanked the volunteers. Tarnley said he would cut taxes. Tarnley then left for Ohio.")


@pytest.mark.parametrize("text, word, name", (
    (WIFE, "Tarnley", "Paul Tarnley"),
    ("Mayor Robert Kelvey spoke on Monday. His son James Kelvey, James Kelvey and James Kelvey ran the firm. "
     "Kelvey said the deal was good. Kelvey added that he would stay.", "Kelvey", "Robert Kelvey")))
def test_a_surname_alone_names_the_person_named_first(text, word, name):
    assert names_of(text, word) == {name}


@pytest.mark.parametrize("text, word, name", (
    # one person of the surname: as before
    ("Jo Tarnley said the plant would close. Tarnley said workers would be paid.", "Tarnley", "Jo Tarnley"),
    # the relative named first, the main subject more often, the surname alone before the second full name:
    # the names before the first surname alone only
    ("Ann Kelvey spoke first. Kelvey said the farm was sold. Later Sam Kelvey, Sam Kelvey and Sam Kelvey spoke.",
     "Kelvey", "Ann Kelvey"),
    # a slogan glued to the surname before the full name is no person
    ("Dump Tarnley signs lined the road. Paul Tarnley spoke at noon. Tarnley said he would win. "
     "Tarnley thanked Paul Tarnley's staff.", "Tarnley", "Paul Tarnley"),
    # the surname an editor adds in square brackets inside a quotation does not name the person first
    ('"Nobody, not me, not Bill [Roeman], is more ready than Ann Roeman," he said. Ann Roeman spoke next. '
     "Ann Roeman said she would win. Roeman thanked the crowd. Roeman left.", "Roeman", "Ann Roeman")))

def test_a_surname_alone_not_taken_by_another_name(text, word, name):
    assert names_of(text, word) <= {name}
