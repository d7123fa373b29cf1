"""Kinds of towns and bodies whose names look like people's (session 25): a given name before a town's word, the
short form of a body's name, a role before a titled name, a lower tier of local government, the water of a town's
name.  Every passage is invented for the test; expected values were checked by reading it."""

from __future__ import annotations

import pytest

from .conftest import kinds


def test_a_given_name_before_a_town_s_word_names_a_town():
    text = "Jo Doe came to the farming city of Warren City on Wednesday and held a rally in Warren City at night."
    assert kinds(text).get("Warren City") == "place"


def test_a_given_name_before_a_side_s_word_names_no_person():
    text = "Jordan Town beat Kelby Rovers 2-1 on Saturday, and Jordan Town's manager said he was pleased."
    assert kinds(text).get("Jordan Town") != "person"


def test_a_given_name_before_a_surname_stays_a_person():
    text = "Warren Tarnby came to the farming town of Kelby on Wednesday and held a rally there at night."
    assert kinds(text).get("Warren Tarnby") == "person"


def test_the_short_form_of_a_body_s_name_makes_no_person():
    text = ("The book's publisher, Grand Tarno Publishing, declined to comment. Months later, Grand Tarno agreed to "
            "republish it.")
    assert kinds(text).get("Grand Tarno Publishing") == "organisation"


def test_a_person_whose_surname_names_a_body_too_stays():
    text = "The study was led by Ann Kelby, and Kelby News Service first reported it; Ann Kelby said she was pleased."
    got = kinds(text)
    assert got.get("Ann Kelby") == "person" and got.get("Kelby News Service") == "organisation"


def test_a_profession_s_word_before_a_titled_name_is_no_body():
    text = ("“We found out by reading the notices,” Mr Tarnby said.\n\nArchaeologist Dr Jo Kelbrook, who surveyed the "
            "shelters for the council in 2019, said the site was old.")
    got = kinds(text)
    assert "Archaeologist" not in got and got.get("Jo Kelbrook") == "person"


def test_a_role_s_words_before_a_titled_name_are_no_body():
    text = ("The provincial board approved the loan on Tuesday.\n\n\"This is a loan that our children will pay, approved "
            "in a hurry in an election year,\" said Board Member Atty. Ana Kelbano of the second district, who led the "
            "opposition.")
    got = kinds(text)
    assert "Board Member" not in got and got.get("Ana Kelbano") == "person"


def test_a_body_s_name_before_a_titled_name_stays():
    text = ("The market was weak, analysts said.\n\n\"Demand has collapsed,\" said Kelbrook Analytics Dr. Jo Tarnby, "
            "who follows the sector.")
    assert kinds(text).get("Kelbrook Analytics") == "organisation"


def test_a_name_before_a_lower_tier_of_local_government_is_a_place():
    text = "Ann Roe, a mother of four from Kelbanga sub-county, waited outside the clinic with her youngest son."
    assert kinds(text).get("Kelbanga") == "place"


@pytest.mark.parametrize("text, water", [
    ("The crash happened near Ashford on Tarnley on Friday morning, police said.", "Tarnley"),
    ("Jo Doe, who grew up in Kelby upon Marne, said the team had played well.", "Marne"),
])
def test_the_water_after_a_town_and_on_or_upon_is_a_place(text, water):
    assert kinds(text).get(water) == "place"


def test_a_body_after_a_place_and_on_that_acts_elsewhere_stays():
    text = "A court in Delaware on Tuesday ruled against Tarnco. Tarnco said it would appeal the ruling."
    assert kinds(text).get("Tarnco") == "organisation"


@pytest.mark.parametrize("text, absent", [
    ("Jo Doe is a New Yorker in ways that Ann Roe can't match, the column said.", "New Yorker"),
    ("As a Vermonter, Ann Roe said, she backed the plan to close the mill.", "Vermonter"),
])
def test_a_place_s_dweller_after_a_or_fellow_is_no_actor(text, absent):
    assert absent not in kinds(text)


def test_a_paper_named_for_its_town_s_dwellers_stays():
    text = "The Kelby Courier reprinted a New Yorker cartoon. The New Yorker said it was pleased with the deal."
    assert kinds(text).get("New Yorker") == "organisation"
