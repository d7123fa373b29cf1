"""Near misses for narrowing checks of session 27 that no test reached (review of s27-merge, findings 4 and 5), on
invented text: each test fails when its check is taken out of analysis/mentions.py.

- an era after a name is no spaced legal form ("Kelbgrad a.d. 300": the year, no company "a.d.");
- a capitalised "For" opening a sentence is no party's name ("For Kelbgale and Tarnava party members, ...");
- a land word alone that speaks is a body ("The Island said": a paper), no place;
- a writer in brackets after a dateline's place and date, with the sentence going on after the bracket, is the
  story's subject, not its writer."""

from __future__ import annotations

from .conftest import kinds


def test_an_era_after_a_name_is_no_legal_form():
    text = "Coins from the Kelbgrad a.d. 300 hoard went on show in Tarnovo on Monday, the curator Jo Doe said."
    assert not any(name.endswith("a.d.") for name in kinds(text))


def test_for_opening_a_sentence_before_a_party_noun_makes_no_party():
    text = "For Kelbgale and Tarnava party members, the vote was a defeat."
    assert "Kelbgale and Tarnava" not in kinds(text)
    assert not any(name.startswith("For ") for name in kinds(text))


def test_a_land_word_alone_that_speaks_is_no_place():
    text = "The Island said on Monday that it would close its printing works, and 60 people will lose their jobs."
    assert kinds(text).get("Island") != "place"


def test_a_writer_in_brackets_with_the_sentence_going_on_after_is_kept():
    text = ("Kelbovo, May 9 (KNA correspondent Desislava Tarneva) was detained for six hours on Tuesday, the agency "
            "said.")
    assert kinds(text).get("Desislava Tarneva") == "person"
