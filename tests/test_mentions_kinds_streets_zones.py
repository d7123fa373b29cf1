"""Kinds of things that are no people nor bodies (session 25): streets named in their own language, time zones
after a clock time, a vehicle after its owner's possessive, a section's label in capitals.  Every passage is
invented for the test; expected values were checked by reading it."""

from __future__ import annotations

import pytest

from analysis import Article
from analysis.mentions import find_mentions

from .conftest import kinds


@pytest.mark.parametrize("text, name", [
    ("Marta Ruiz, who has run a shoe shop on Calle Tarnera for 30 years, said rents had doubled.", "Calle Tarnera"),
    ("The shipowner keeps a small office on Akti Kelbaki, near the port, a broker said.", "Akti Kelbaki"),
    ("Protesters marched down Avenida Tarnos Kelby on Sunday afternoon, police said.", "Avenida Tarnos Kelby"),
    ("A second branch will open on Rua Kelbeira next year, the bank's manager, Jo Doe, said.", "Rua Kelbeira"),
])
def test_a_street_opened_by_its_word_in_another_language_is_a_place(text, name):
    assert kinds(text).get(name) == "place"


@pytest.mark.parametrize("text, name", [
    ("Relatives gathered outside the pit office on ulica Kelbiańska Górna late on Friday, a union official said.",
     "Kelbiańska Górna"),
    ("The family has lived on calle Tarnero since 1987, Ana Doe said.", "Tarnero"),
])
def test_a_name_after_a_street_word_in_lower_case_is_a_place(text, name):
    assert kinds(text).get(name) == "place"


@pytest.mark.parametrize("text, name, kind", [
    # a Swedish given name: the person speaks
    ("Calle Tarnqvist said the team had been unlucky. Calle Tarnqvist scored twice in the second period.",
     "Calle Tarnqvist", "person"),
    # a body's words close it
    ("Rua Kelby Holdings Ltd said on Monday that it would sell the building.", "Rua Kelby Holdings Ltd", "organisation"),
])
def test_a_street_word_opening_a_person_or_a_body_leaves_it_so(text, name, kind):
    assert kinds(text).get(name) == kind


@pytest.mark.parametrize("text, zone", [
    ("The keynote starts at 10:02 a.m. PT, and Kelbyware's chief executive, Jo Doe, will speak first.", "PT"),
    ("The count resumes at 9:30 a.m. MT, Jo Doe said.", "MT"),
])
def test_a_time_zone_after_a_clock_time_is_no_actor(text, zone):
    assert zone not in kinds(text)


def test_a_company_opened_by_the_same_letters_stays():
    text = "PT Kelby Tarno Tbk said its profit rose 12 per cent, while the CT Department of Health said it agreed."
    got = kinds(text)
    assert got.get("PT Kelby Tarno Tbk") == "organisation"
    assert got.get("CT Department of Health") == "organisation"


def test_a_vehicle_after_its_owner_s_possessive_is_a_product():
    text = ("Jo Tarnley, 51, admitted causing death by careless driving. The court heard that the cyclist was "
            "wearing lights when Tarnley’s Ford Kelbanor hit him from behind.")
    assert kinds(text).get("Ford Kelbanor") == "product"


def test_a_person_after_a_possessive_with_no_vehicle_use_stays():
    text = "Ann Roe said Doe's Mercedes Kelbanor portrait had been sold to a private buyer in Geneva."
    assert kinds(text).get("Mercedes Kelbanor") == "person"


def test_a_section_label_in_capitals_is_no_speaker():
    text = ("KELBY, Ore. — The Kelby Rovers won 5-4 in the tenth inning on Saturday night.\n\n"
            "Tarnby doubled in the tying run in the ninth, and Ben Roe singled home the winner.\n\n"
            "\"We never stopped believing,\" manager Jo Doe said.\n\n"
            "Roe, who had struck out three times, said he was looking for a fastball.\n\n"
            "\"I wasn't going to miss that one,\" he said.\n\n"
            "NOTES: Tarnby's three RBIs gave him 88 for the season, a career high. ... Kelby RHP Al Sims faces "
            "Ashby on Sunday.")
    got = kinds(text)
    assert "Notes" not in got
    assert got.get("Al Sims") == "person"  # (the names on the label's line stay)


def test_a_speaker_s_label_in_a_transcript_stays():
    text = ("TARNBY: We will not raise taxes this year.\n\nDOE: Then how will you pay for the new hospital?\n\n"
            "TARNBY: By cutting waste at the Kelby Health Board.")
    assert "Tarnby" in kinds(text)  # (not a common word)


def test_a_label_of_a_common_word_that_names_someone_elsewhere_stays():
    text = ("Senator Jo Price and the mayor debated the budget on Tuesday.\n\n"
            "PRICE: We will not raise taxes this year.\n\nMAYOR: Then how will you pay for the new hospital?")
    df = find_mentions(Article.from_text(text))
    assert "PRICE" in set(df["text"])  # the label names the senator (written "Price" above)
