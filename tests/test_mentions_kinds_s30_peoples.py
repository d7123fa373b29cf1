"""Peoples of places named in the plural (session 30): a name no cue types that is a listed place's name or a place
the story names with the ending of its people ("Solomon Islanders", "Tarvanians" after "Tarvania"), a group, no
body.  Every passage is invented for the test; expected values were checked by reading it."""

from __future__ import annotations

import pytest

from .conftest import kinds


@pytest.mark.parametrize("text, name", [
    ("Under the new visa deal, Solomon Islanders may work in the fish plants for three years, officials said.",
     "Solomon Islanders"),
    ("Boats from the Ulvari Reef ship tuna to Manila. The plant will train Ulvarians to run the freezers, the "
     "manager said.", "Ulvarians"),
])
def test_a_place_s_name_and_its_people_s_ending_is_a_group(text, name):
    assert kinds(text).get(name) == "group"


@pytest.mark.parametrize("text, name", [
    ("Boats from the Ulvari Reef land tuna at Kelbport. Ulvarians, the reef's biggest trawler firm, said on Monday "
     "that it would buy two boats.", "Ulvarians"),
    ("Tarvanians, a bakery chain, said on Monday that it would close four shops.", "Tarvanians"),
])
def test_a_plural_of_no_place_the_story_names_stays_an_actor(text, name):
    assert kinds(text).get(name) in ("organisation", "person")
