"""Speakers and names of session 67, fitted on the story sets news_gold167 and news_gold168: the world gazetteer's
small towns (GeoNames' table of towns of 1,000 people or more and of district seats, less names people bear, common
words and regions' and saints' names) read as places where the story puts something at, from or in them.

Every passage is written for the test (invented people and bodies, real places only as settings); the expected
speakers and names were checked by reading the passage.  The ``_not_`` tests are near misses each rule must leave
alone.
"""

from __future__ import annotations

from .readers import names


# --- names ----------------------------------------------------------------------------------------------------------

def test_a_small_town_of_the_gazetteer_is_a_place():
    got = names("Forty weanlings went through the new sale ring at Kilrea on Saturday, said Jo Kelbo, the mart's "
                "manager. \"We pushed the trailer up the hill from Llanfechain twice,\" said Ana Roe.")
    assert got.get("Kilrea") == "place", got
    assert got.get("Llanfechain") == "place", got


def test_a_small_town_or_a_district_seat_of_no_population_given_is_a_place():
    got = names("The footbridge over the creek at Calaba was opened on Saturday. Pupils walk to Bangued every "
                "morning, said Jo Kelbo, the barangay captain.")
    assert got.get("Calaba") == "place", got
    assert got.get("Bangued") == "place", got


def test_not_a_small_town_named_with_a_common_word():
    got = names("His years in the Marines taught him discipline, said Jo Kelbo. The Freedom Caucus met on Monday.")
    assert got.get("Marines") != "place", got
    assert got.get("Freedom Caucus") == "organisation", got


def test_not_a_small_town_named_as_people_are():
    got = names("Jo Kelbo met Kennedy and Churchill's biographer in Kilrea on Monday.")
    assert got.get("Kennedy") != "place", got
