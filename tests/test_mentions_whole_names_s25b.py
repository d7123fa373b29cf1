"""Whole names that were split into fragments or glued to a neighbour (session 25, second pass): Central European
legal forms in lower case with full stops, ... .  Every sentence is invented for the test; expected values were
checked by reading it."""

from __future__ import annotations

import pytest

from .conftest import kinds


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


@pytest.mark.parametrize("text, name", [
    ("Kelbang Regent Tarno Wicaksito declared a 14-day emergency on Tuesday, and shelters opened.", "Tarno Wicaksito"),
    ("Tarnoise Prefect Jean-Luc Kelbier ordered the roads closed overnight.", "Jean-Luc Kelbier"),
])
def test_a_local_head_s_title_between_a_place_and_a_name_leaves_the_person(text, name):
    assert kinds(text).get(name) == "person"


def test_regent_inside_a_place_or_company_name_is_no_title():
    got = kinds("Shoppers filled Regent Street on Saturday, and Regent Seven Seas Cruises said bookings rose.")
    assert got.get("Regent Street") == "place"
    assert got.get("Regent Seven Seas Cruises") == "organisation"


@pytest.mark.parametrize("text, name", [
    ("TCK CITY — Buyers rallied outside the developer's office on Monday. Officials in TCK City said talks went on.",
     "TCK City"),
])
def test_a_dateline_town_closed_by_city_is_a_place_as_the_story_writes_it(text, name):
    assert kinds(text).get(name) == "place"


def test_a_dash_after_one_shouted_word_is_still_no_dateline():
    assert "Update" not in kinds("UPDATE — More than 600 families are still waiting for their flats, officials said.")


@pytest.mark.parametrize("text, name", [
    ("The talks were held at the company's lodge in Camden, N.J. Harold Kelbin, the former chairman, also met "
     "them that day.", "Harold Kelbin"),
    ("The plant stands in Yonkers, N.Y. Jane Tarnow, its manager, said the line would restart.", "Jane Tarnow"),
])
def test_a_state_abbreviation_after_a_town_is_not_glued_to_the_next_name(text, name):
    assert kinds(text).get(name) == "person"


def test_initials_after_a_comma_and_a_lower_case_word_still_open_a_name():
    assert "N.J. Roe" in kinds("Its founder, N.J. Roe, said the firm would grow.")


@pytest.mark.parametrize("text, name", [
    ("Brazilian pulp maker Celulose Kelba do Tarnuí S.A. said on Tuesday its board had approved a second line.",
     "Celulose Kelba do Tarnuí S.A."),
    ("Flour prices rose after Moagem Tarna do Kelbo Ltda. shut its mill, the ministry said.",
     "Moagem Tarna do Kelbo Ltda"),
])
def test_a_romance_of_inside_a_registered_name_closed_by_a_legal_form_joins_it(text, name):
    assert kinds(text).get(name) == "organisation"


def test_a_romance_of_with_no_legal_form_after_joins_nothing_new():
    assert "Kelba do Tarnuí" not in kinds("Ana Kelba do Tarnuí said on Tuesday the mill would open in May.")
