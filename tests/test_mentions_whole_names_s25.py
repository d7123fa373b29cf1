"""Whole names that were split into fragments (session 25): a firm named after one partner and "and Partners", a
body's second field after "and", ... .  Every sentence is invented for the test; expected values were checked by
reading it."""

from __future__ import annotations

import pytest

from .conftest import kinds


@pytest.mark.parametrize("text, name", [
    ("Lawyer Jane Doe of Tarnwell and Partners Law Firm, who acts for the tenants, said the leases were void.",
     "Tarnwell and Partners Law Firm"),
    ("The design was drawn up by Orrin Kelby and Associates LLP, the council said.", "Orrin Kelby and Associates LLP"),
    ("Jo Roe, a partner at Kelby and Partners Chartered, said the audit was clean.", "Kelby and Partners Chartered"),
])
def test_a_firm_named_after_one_partner_and_its_tail_is_one_name(text, name):
    assert kinds(text).get(name) == "organisation"


@pytest.mark.parametrize("text, absent", [
    ("Brackley Bank and Partners Group both bid for the unit, a filing showed.", "Brackley Bank and Partners Group"),
    ("Brackley Bank and Partners said on Monday that talks had failed.", "Brackley Bank and Partners"),
])
def test_a_body_before_and_partners_stays_apart(text, absent):
    assert absent not in kinds(text)


@pytest.mark.parametrize("text, name", [
    ("The union, the Kelby Valley Nurses' Guild and Benevolent Association, said the ward was unsafe.",
     "Kelby Valley Nurses' Guild and Benevolent Association"),
    ("The Malaysian Flood Watch and Geohazard Center raised the alert to its highest level on Monday.",
     "Malaysian Flood Watch and Geohazard Center"),
])
def test_a_second_field_and_a_body_word_after_and_close_one_name(text, name):
    assert kinds(text).get(name) == "organisation"


@pytest.mark.parametrize("text, first, second", [
    ("The Kelby County Council and Planning Commission met on Tuesday to weigh the plan.",
     "Kelby County Council", "Planning Commission"),
    ("Crews from the Kelby Police Department and Fire Department were sent to the scene.",
     "Kelby Police Department", "Fire Department"),
    ("The Tarnian Navy and Coast Guard searched the strait overnight, officials said.", "Tarnian Navy", "Coast Guard"),
    ("The Kelby Shipping Federation and American Airlines signed the deal in Tarnby.",
     "Kelby Shipping Federation", "American Airlines"),
])
def test_two_bodies_either_side_of_and_stay_two(text, first, second):
    found = kinds(text)
    assert first in found and second in found


@pytest.mark.parametrize("text, name", [
    ("Pastor Tom Reed, an organizer with Eastside Neighbors for Justice and Peace, called for an inquiry.",
     "Eastside Neighbors for Justice and Peace"),
    ("The Kelby Mothers for Justice and Equality will march to the courthouse on Saturday.",
     "Kelby Mothers for Justice and Equality"),
])
def test_a_members_body_for_a_cause_of_two_fields_across_and_is_one_name(text, name):
    assert kinds(text).get(name) == "organisation"


@pytest.mark.parametrize("text, absent", [
    ("Kelby Workers for Justice and Jane Doe spoke at the rally on Monday.", "Kelby Workers for Justice and Jane Doe"),
    ("Kelby Workers for Justice and Tarn Council said no to the plan.", "Kelby Workers for Justice and Tarn"),
])
def test_a_name_after_the_cause_and_and_stays_apart(text, absent):
    assert not any(absent in name for name in kinds(text))


@pytest.mark.parametrize("text, name", [
    ("Ministers said the reform had the backing of the Guyanese National Congress and two independents.",
     "Guyanese National Congress"),
    ("Police blamed the attack on the Kenyan Democratic Front, which denied it.", "Kenyan Democratic Front"),
])
def test_a_nationality_opening_a_movement_s_name_stays_in_it(text, name):
    assert kinds(text).get(name) == "organisation"


def test_a_nationality_before_a_body_that_is_no_movement_is_still_cut():
    assert "Irish National Stud" not in kinds("The Irish National Stud sold the colt for a record sum.")


def test_a_quoted_nickname_after_a_role_keeps_an_unlisted_given_name_with_its_surname():
    text = '"The roads never came," said the cooperative\'s chairman, Orestes "Tatay Res" Villaroel.'
    assert kinds(text).get("Orestes Villaroel") == "person"


@pytest.mark.parametrize("text, name, kind", [
    ("Sta. Tarna Mayor Ma. Luisa \"Lulu\" Dela Cruz-Ybañez, a party stalwart, called the vote a sham.",
     "Ma. Luisa Dela Cruz-Ybañez", "person"),
    ("Board member Ma. Teresa Villaflor voted against the loan on Tuesday.", "Ma. Teresa Villaflor", "person"),
    ("Residents of Sto. Tarnás said the Sta. Kelba Water District had cut their supply.",
     "Sta. Kelba Water District", "organisation"),
])
def test_philippine_ma_and_sta_abbreviations_stay_inside_a_name(text, name, kind):
    assert kinds(text).get(name) == kind


def test_a_surname_ma_ending_a_sentence_does_not_glue_the_next_one():
    found = kinds("The plan was backed by Jack Ma. Alibaba shares rose on Monday.")
    assert not any(name.startswith("Jack Ma ") or name.startswith("Ma. ") for name in found)


def test_a_chamber_s_committee_with_its_word_in_lower_case_leaves_no_fragment():
    found = kinds("Members of a House Energy and Commerce subcommittee pressed the chief executive for four hours.")
    assert "House Energy" not in found and "Commerce" not in found


def test_a_middle_initial_before_a_nickname_is_no_second_given_name():
    found = kinds('Rep. Robert C. "Bobby" Tarnley said the bill would pass the House.')
    assert not any(name.startswith('Bobby"') for name in found)


def test_a_company_after_and_is_no_second_field():
    found = kinds("The Kelby Valley Energy Cooperative and Tarnwick Industries signed the supply deal on Friday.")
    assert "Tarnwick Industries" in found and not any(" and " in name for name in found)
