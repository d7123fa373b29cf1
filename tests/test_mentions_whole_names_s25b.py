"""Whole names that were split into fragments or glued to a neighbour (session 25, second pass): Central European
legal forms in lower case with full stops, ... .  Every sentence is invented for the test; expected values were
checked by reading it."""

from __future__ import annotations

import pytest

from analysis import Article
from analysis.mentions import find_mentions


def kinds(text: str) -> dict:
    df = find_mentions(Article.from_text(text))
    return dict(zip(df["name"], df["kind"]))


@pytest.mark.parametrize("text, name", [
    ("Kelbowa Huta Szkła sp. z o.o., which runs the furnace, said the fire was out by midnight.",
     "Kelbowa Huta Szkła sp. z o.o."),
    ("Workers at Tarnov Strojírny spol. s r.o. stopped the line on Friday, the union said.",
     "Tarnov Strojírny spol. s r.o."),
    ("The contract went to Kelbić Gradnja d.o.o. after a tender in March.", "Kelbić Gradnja d.o.o."),
])
def test_a_lower_case_legal_form_with_full_stops_closes_the_company_name(text, name):
    assert kinds(text).get(name) == "organisation"


def test_lower_case_words_after_a_name_that_are_no_legal_form_stay_out():
    names = kinds("Kelbowa Huta Szkła sp. rolled out a plan, and Jan Tarnowski said so.")
    assert not any(n.endswith(("sp.", "sp")) for n in names)
