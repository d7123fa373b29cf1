"""Kinds of names that are no people nor bodies (session 27): a currency's letters before a sum, a nationality word
that is also a language, a language glossing a quoted word, a former state, towns placed by springs or a home port
or after a body's capitalised last word and "in", a land word alone, a relative clause about a pier, a county's
office named by its title alone.  Every passage is invented for the test; expected values were checked by reading
it."""

from __future__ import annotations

import pytest

from .conftest import kinds, stakeholder_rows


@pytest.mark.parametrize("text, name", [
    ("The ministry will invest CFA 6 billion in a new cold store at the port, Fisheries Minister Jo Kelby said.", "CFA"),
    ("Unpaid licence fees reached FCFA 500 million last year, the auditors at Tarno Conseil said.", "FCFA"),
])
def test_cfa_letters_before_a_sum_are_a_currency(text, name):
    assert name not in kinds(text)


def test_cfa_alone_acting_stays_a_body():
    text = "The CFA said on Monday that it would publish new exam rules. The CFA also fined two members."
    assert kinds(text).get("CFA") == "organisation"


def test_lao_is_a_nationality_word_and_laos_stays_a_country():
    text = ("Kelbcon hired 1,200 Lao and Chinese workers for the line, its manager Jo Tarn said. The railway runs "
            "from the border through Laos to the capital.")
    k = kinds(text)
    assert "Lao" not in k
    assert k.get("Laos") == "place"


@pytest.mark.parametrize("text, name", [
    ("Farmers call the tailings pond the “kelb qocha”, Quechua for black lake, and say it has dried their wells.",
     "Quechua"),
    ("Residents still call the valley “an tarnach”, Gaelic for the high field, said Jo Kelby, a crofter.", "Gaelic"),
    ("Pilgrims call the spring “kelb tirtha” (Sanskrit for a crossing), said Jo Tarn, a priest.", "Sanskrit"),
])
def test_a_language_glossing_a_quoted_word_is_no_actor(text, name):
    assert name not in kinds(text)


def test_a_brand_named_like_a_language_after_a_quotation_is_kept():
    text = "Shoppers called the jackets “too thin”, Quechua for its part said on Monday it would refund them."
    assert kinds(text).get("Quechua") == "organisation"


@pytest.mark.parametrize("text, name", [
    ("Much of the night traffic comes from the former Soviet Union, the airport's cargo chief Jo Kelby said.",
     "Soviet Union"),
])
def test_a_former_state_is_a_place(text, name):
    assert kinds(text).get(name) == "place"


@pytest.mark.parametrize("text, name", [
    ("“The company says the water is fine. Then why are the springs at Tarnocasa drying?” the farmer asked.",
     "Tarnocasa"),
    ("Jo Doe, 63, who has fished out of Kayar since he was twelve, said the catch had halved.", "Kayar"),
    ("Ana Kelby, a spokeswoman for Vagotarn Holding in Tarnburg, said the group had no plans to move.", "Tarnburg"),
])
def test_a_town_placed_by_a_spring_a_home_port_or_a_preposition_after_a_body_is_a_place(text, name):
    assert kinds(text).get(name) == "place"


def test_a_season_before_at_does_not_place_a_firm():
    text = "Tarnco cut 400 jobs last spring at Kelbco, its biggest unit, and Kelbco said more cuts would follow."
    assert kinds(text).get("Kelbco") == "organisation"


def test_a_stake_in_a_firm_is_still_no_place():
    text = "Tarnvest bought a holding in Kelbco last year and now wants a seat on its board, Jo Doe said."
    assert kinds(text).get("Kelbco") == "organisation"


@pytest.mark.parametrize("text, name", [
    ("Finance Minister Jo Kelby told the House the Island had a rare chance. Every reinsurer on the Island is "
     "competing for the same staff, he said.", "Island"),
    ("Ferry to be two years late\n\nBy Jo Doe\nHighlands and Islands Correspondent\n\nA new ferry for the Kelby "
     "route will be two years late, councillors heard.\n\nHighlands and Islands MSP Jo Kelby, a Liberal Democrat, "
     "said the contract was \"a question for ministers\".", "Islands"),
])
def test_a_land_word_alone_is_a_place(text, name):
    assert kinds(text).get(name) in ("place", None)
    assert not any(r[0] == "organisation" for n, r in stakeholder_rows(text).items() if n == name)


def test_a_label_named_for_an_island_stays_a_body():
    text = "Island Records said on Monday it had signed the Kelby band to a three-album deal."
    assert kinds(text).get("Island Records") == "organisation"


def test_a_relative_clause_after_a_pier_at_a_town_is_about_the_pier():
    text = ("The council is paying for the pier at Tarnuig, which has been designed around the new ship. "
            "Jo Kelby, who runs a hotel in Tarnuig, said bookings had fallen.")
    assert kinds(text).get("Tarnuig") == "place"


def test_a_relative_clause_after_a_firm_still_makes_it_an_actor():
    text = "Jo Kelby, a former executive at Tarnuig, which makes pumps, said the plan would fail."
    assert kinds(text).get("Tarnuig") != "place"


def test_a_county_s_office_named_by_its_title_alone_is_no_person():
    text = "The County Governor has no power to stop the sale, but the board must hear objections, a lawyer said."
    assert "County Governor" not in kinds(text)


def test_a_county_opening_a_sheriff_s_title_stays_a_place():
    text = "Kelby County Sheriff Jo Tarn said on Monday that two deputies had been injured."
    k = kinds(text)
    assert k.get("Jo Tarn") == "person"
    assert k.get("Kelby County") == "place"


@pytest.mark.parametrize("text, name", [
    ("Kelbton border town prepares for railway traffic\n\nThe railway from Kelbton to the capital opens in May, the "
     "ministry said.", "Kelbton"),
    ("Protesters said they would decide on Wednesday whether to extend the blockade to the Tarnakia motorway.",
     "Tarnakia"),
    ("Across the Kelby Line, some agents hope to benefit, said Jo Tarn, head of the estate agents' union.",
     "Kelby Line"),
])
def test_a_border_town_a_motorway_s_region_and_a_line_crossed_are_places(text, name):
    assert kinds(text).get(name) == "place"


def test_a_network_across_a_firm_is_no_place():
    text = "Outages spread across the Kelbnet network on Monday, and Kelbnet said engineers were working on it."
    assert kinds(text).get("Kelbnet") != "place"
