"""Session 31's code review fixes: the fields listed after an office of two words keep their own "the list goes on"
pattern (an Oxford comma after a middle field).  Every sentence is invented for the test; near misses where the rule
must not fire follow."""

from __future__ import annotations

import pytest

from .conftest import kinds


# --- a middle field of an office's listed portfolio, then an Oxford comma ----------------------------------------------

@pytest.mark.parametrize("text, field", [
    ("Tomas Kelbo, named Minister Delegate for Veterans, Demobilisation, and Reintegration in March, opened the camp.",
     "Demobilisation"),
])
def test_middle_field_before_an_oxford_comma_is_no_body(text, field):
    got = kinds(text)
    assert field not in got, got


def test_body_after_an_office_s_field_and_an_oxford_comma_is_kept():
    got = kinds("The Minister for Mines, the Tarno Mining Corporation, and two unions signed the accord on Monday.")
    assert got.get("Tarno Mining Corporation") == "organisation", got


# --- "premier" after a one-word name's possessive is an adjective as often as an office ----------------------------------

def test_premier_after_a_possessive_makes_no_place():
    got = kinds("Tarnova's premier brand of rum sold out in a week. Tarnova said demand was high.")
    assert got.get("Tarnova") != "place", got


def test_mayor_after_a_possessive_still_makes_a_place():
    got = kinds("Flooding closed two schools in Kelbarra on Monday. Kelbarra's mayor said the river had burst.")
    assert got.get("Kelbarra") == "place", got
