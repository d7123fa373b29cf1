"""Kinds of names that are no people nor bodies (session 27): a currency's letters before a sum, a nationality word
that is also a language, a language glossing a quoted word, a former state, towns placed by springs or a home port
or after a body's capitalised last word and "in", a land word alone, a relative clause about a pier, a county's
office named by its title alone.  Every passage is invented for the test; expected values were checked by reading
it."""

from __future__ import annotations

import pytest

from .conftest import kinds, stakeholder_rows


@pytest.mark.parametrize("text, name", [
    ("Tarno's water board plans to spend CFA 4 billion on a pumping station, its director Jo Kelby said.", "CFA"),
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
    ("Most of the scrap metal landed at the quay is shipped from the former Soviet Union, harbour master Jo "
     "Kelby said.", "Soviet Union"),
])
def test_a_former_state_is_a_place(text, name):
    assert kinds(text).get(name) == "place"


@pytest.mark.parametrize("text, name", [
    ("Nobody has told us why the springs at Tarnocasa ran dry in March, a herder said.", "Tarnocasa"),
    ("Jo Doe, 58, who has fished out of Brixham since he left school, said the cod had moved north.", "Brixham"),
    ("Ana Kelby, a spokeswoman for Vagotarn Holding in Tarnburg, declined to say whether the plant would close.",
     "Tarnburg"),
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
    ("Tourism Minister Jo Kelby said the Island could not build hotels fast enough. Every restaurant on the Island "
     "is short of cooks, he told senators.", "Island"),
    ("Air link cut to three days a week\n\nBy Jo Doe\nHighlands and Islands Correspondent\n\nFlights from Kelby "
     "to the mainland will run on three days a week from June, the airline said.\n\nHighlands and Islands MSP Jo "
     "Tarn, a Green, said the cut would \"empty the glens\".", "Islands"),
])
def test_a_land_word_alone_is_a_place(text, name):
    assert kinds(text).get(name) in ("place", None)
    assert not any(r[0] == "organisation" for n, r in stakeholder_rows(text).items() if n == name)


def test_a_label_named_for_an_island_stays_a_body():
    text = "Island Records said on Monday it had signed the Kelby band to a three-album deal."
    assert kinds(text).get("Island Records") == "organisation"


def test_a_relative_clause_after_a_pier_at_a_town_is_about_the_pier():
    text = ("The government is funding the pier at Tarnuig, which will be rebuilt to take larger boats. "
            "Jo Kelby, who keeps a guest house in Tarnuig, said guests were cancelling.")
    assert kinds(text).get("Tarnuig") == "place"


def test_a_relative_clause_after_a_firm_still_makes_it_an_actor():
    text = "Jo Kelby, a former executive at Tarnuig, which makes pumps, said the plan would fail."
    assert kinds(text).get("Tarnuig") != "place"


def test_a_county_s_office_named_by_its_title_alone_is_no_person():
    text = "The County Governor cannot block the merger, though objections must be heard first, a solicitor said."
    assert "County Governor" not in kinds(text)


def test_a_county_opening_a_sheriff_s_title_stays_a_place():
    text = "Kelby County Sheriff Jo Tarn said on Monday that two deputies had been injured."
    k = kinds(text)
    assert k.get("Jo Tarn") == "person"
    assert k.get("Kelby County") == "place"


@pytest.mark.parametrize("text, name", [
    ("Kelbton border town braces for lorry queues\n\nThe new bridge at Kelbton will carry 2,000 trucks a day from "
     "June, customs officials said.", "Kelbton"),
    ("Farmers said their tractors could be on the Tarnakia motorway by Friday if the talks failed.", "Tarnakia"),
    ("Across the Kelby Line, some agents hope to benefit, said Jo Tarn, head of the estate agents' union.",
     "Kelby Line"),
])
def test_a_border_town_a_motorway_s_region_and_a_line_crossed_are_places(text, name):
    assert kinds(text).get(name) == "place"


def test_a_network_across_a_firm_is_no_place():
    text = "Outages spread across the Kelbnet network on Monday, engineers said."
    assert kinds(text).get("Kelbnet") != "place"


def test_a_name_ending_in_a_line_word_across_the_before_a_noun_is_no_place():
    # (a channel's newsroom, no channel of water crossed: "across the" places a line's name only before a clause's
    # mark, "Across the Kelby Line, agents hope")
    text = "Morale is low across the Tarno Channel newsroom after the cuts, staff said."
    assert kinds(text).get("Tarno Channel") != "place"


# Near misses after review (session 27): each rule above narrowed so that these stay as they were.

@pytest.mark.parametrize("text, name", [
    ("Millions of families shop at Kelbmart, which has cut prices on 5,000 lines this year, analysts said.",
     "Kelbmart"),
    ("Business at Tarnpump, which makes valves for the gas industry, has slowed, its chief executive Jo Doe said.",
     "Tarnpump"),
    ("Staff at the refinery at Kelbpetrol, which processes 90,000 barrels a day, walked out on Monday.",
     "Kelbpetrol"),
    ("Her shop at Tarnrods, which opened in 2012, will close in June, the designer said.", "Tarnrods"),
])
def test_a_relative_clause_after_premises_at_a_firm_keeps_the_firm(text, name):
    assert kinds(text).get(name) == "organisation"


def test_a_relative_clause_after_a_farm_near_a_town_is_about_the_farm():
    text = "Jo Doe grew up on the farm near Kelbrook, which has been in her family since 1900, she said."
    assert kinds(text).get("Kelbrook") == "place"


@pytest.mark.parametrize("text, name", [
    ("Islands, the burger chain, said it would close nine restaurants in Oregon.", "Islands"),
    ("Peninsula, the Kelby hotel group, said on Monday its profit rose 9 per cent.", "Peninsula"),
    ("Peninsula beat Tarn Grammar 2-0 in the final, and Peninsula's coach Jo Doe said the team had earned it.",
     "Peninsula"),
])
def test_a_land_word_that_names_a_body_stays_a_body(text, name):
    assert kinds(text).get(name) != "place"


@pytest.mark.parametrize("text, name", [
    ("Israeli jets struck a Hezbollah border post near the coast overnight, the army said.", "Hezbollah"),
    ("Troops seized the Taliban border crossing on Monday, Pakistani officials said.", "Taliban"),
])
def test_a_group_holding_a_border_post_is_no_place(text, name):
    assert kinds(text).get(name) != "place"


@pytest.mark.parametrize("text, name", [
    ("Ana Doe, Regional Head at Toyota, said the company would keep its plant open.", "Toyota"),
    ("Jo Doe, Managing Partner at Hershey, said the fund had closed its books.", "Hershey"),
])
def test_a_role_before_at_keeps_the_employer_a_body(text, name):
    assert kinds(text).get(name) == "organisation"


def test_a_career_that_sailed_out_of_a_firm_leaves_it_a_firm():
    text = "His career sailed out of Nokia when the phone unit was sold. Nokia later cut 8,000 jobs."
    assert kinds(text).get("Nokia") == "organisation"


def test_a_boat_sailing_out_of_a_port_places_it():
    text = "Ferries sailing out of Holyhead were held for six hours, the operator Tarn Lines said."
    assert kinds(text).get("Holyhead") == "place"


def test_a_state_office_by_its_title_and_possessive_office_stays_a_body():
    text = "The State Attorney's office said it would not file charges, a spokeswoman said."
    assert kinds(text).get("State Attorney") == "organisation"


@pytest.mark.parametrize("text, name", [
    ("Since 2019 CFA has trained more than 3,000 volunteers across the region, the authority's chief officer Jo "
     "Doe said.", "CFA"),
    ("The CFA 2025 exam adds a module on private markets, and the CFA said fees would rise.", "CFA"),
])
def test_cfa_after_a_year_or_before_a_year_stays_a_body(text, name):
    assert kinds(text).get(name) == "organisation"


def test_cfa_institute_keeps_its_short_name():
    text = "In 2023 CFA Institute changed the exam format; the CFA 2025 curriculum adds a module, the institute said."
    assert "CFA" in stakeholder_rows(text).get("CFA Institute", (None, []))[1]


@pytest.mark.parametrize("text, name", [
    ("Floods cut the highway to Lao Cai province on Tuesday, the disaster agency said.", "Lao Cai"),
    ("Heavy rain flooded rice fields in Thai Binh province, officials said on Monday.", "Thai Binh"),
])
def test_a_province_opened_by_a_nationality_word_is_a_place(text, name):
    assert kinds(text).get(name) == "place"


def test_a_firm_across_the_floor_is_no_place():
    text = "Resentment runs deep across the Kelbtel, and managers admit it."
    assert kinds(text).get("Kelbtel") != "place"


@pytest.mark.parametrize("text, name", [
    ("Prizes went to “Dry Season”, Bianchi for best director, and to “The River”, Kelbova for best actress.",
     "Bianchi"),
    ("Players call the drill “the grinder”, Jokic for one says he hates it.", "Jokic"),
])
def test_a_surname_after_a_quotation_is_no_language(text, name):
    assert name in kinds(text)


def test_a_listed_language_ending_as_a_nationality_word_still_glosses():
    text = "Traders call the levy “kodi ya kelb”, Swahili for the harbour tax, said Jo Doe, a broker."
    assert "Swahili" not in kinds(text)


def test_a_land_word_cut_from_a_place_s_name_is_no_body():
    text = ("The minister held up Easter Island as a warning. In Kelbville she met Pacific Island leaders to talk "
            "about rising seas.")
    assert kinds(text).get("Island") != "organisation"
