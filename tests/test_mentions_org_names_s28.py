"""Whole organisation names that were cut into pieces or lost (session 28): names across "and" (a nation's body for a
cause, a members' body of two listed places, a company named again without its legal form, two places before a
body's fields), a public body after "director of the", a body "for" a cause named once, a place's cut word that is
no short form of a longer body; legal forms (Spanish "Cía.", North Macedonian "DOO", a quoted name before its form, a
bare form after a quotation mark or a bracketed short form, a seat after "S.L. of"); Spanish "y el" and French "et"
inside a body's name; a members' body "of the" a country.  Every sentence is invented for the test; expected values
were checked by reading it."""

from __future__ import annotations

import pytest

from .conftest import kinds


def _no_and_name(got: dict) -> bool:
    return not any(" and " in n for n in got)


# --- "and" inside an English name -----------------------------------------------------------------------------------

def test_a_nation_s_league_for_a_cause_goes_on_across_and():
    got = kinds("The Estonian League for Tenant Rights and Fair Rents said the new levy would hit pensioners first.")
    assert got.get("Estonian League for Tenant Rights and Fair Rents") == "organisation", got


def test_a_nation_s_institute_for_two_fields_and_studies_is_one_name():
    got = kinds("Dr Mira Tamm, of the Estonian Institute for Transport and Housing Studies, said rents had doubled.")
    assert got.get("Estonian Institute for Transport and Housing Studies") == "organisation", got


def test_a_second_body_after_a_nation_s_league_stays_apart():
    got = kinds("The Estonian League for Tenant Rights and Amnesty International protested outside parliament.")
    assert got.get("Amnesty International") == "organisation" and _no_and_name(got), got


def test_a_members_body_of_two_listed_places_is_one_name_though_a_place_stands_alone():
    got = kinds("The Federation of Minibus Drivers of Cochabamba and Oruro said its members would strike. In Oruro, "
                "queues stretched for a kilometre. Oruro has had no diesel for a week.")
    assert got.get("Federation of Minibus Drivers of Cochabamba and Oruro") == "organisation", got


def test_a_university_of_one_place_and_another_place_stay_apart():
    got = kinds("The University of Cochabamba and Oruro hospitals signed a deal. In Oruro, doctors cheered. Oruro "
                "has two hospitals.")
    assert not any(n.endswith("and Oruro") for n in got), got


def test_a_company_named_again_without_its_legal_form_is_one_name():
    got = kinds("Workers at Kelby Power and Turbines Ltd walked out on Monday. Kelby Power and Turbines did not "
                "respond to questions.")
    assert got.get("Kelby Power and Turbines Ltd") == "organisation" and "Kelby Power" not in got, got


def test_two_companies_either_side_of_and_stay_apart():
    got = kinds("The deal between Acme Steel and Tarn Ltd was signed. Acme Steel said it was happy.")
    assert "Acme Steel" in got and "Tarn Ltd" in got, got


def test_two_places_before_a_trust_s_two_fields_make_one_name():
    got = kinds("The Kelby and Tarn Health and Social Care Trust has announced that the ward will close.")
    assert got.get("Kelby and Tarn Health and Social Care Trust") == "organisation", got


def test_a_gazetteer_town_before_a_body_s_two_fields_makes_one_name():
    got = kinds("A spokeswoman for the Mostar Clean Air and Health Initiative said the smelter broke the law.")
    assert got.get("Mostar Clean Air and Health Initiative") == "organisation", got


def test_a_council_of_two_places_and_a_board_stay_apart():
    got = kinds("The Kelby and Tarn Council and Water Board met on Monday.")
    assert not any(n.endswith("Water Board") and " and " in n for n in got), got


# --- a body after "director of the"; a body for a cause --------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ('"It was fair," said Jo Kelby, executive director of the Energy Security Board, which must approve the plan.',
     "Energy Security Board"),
    ("Ann Tarn, head of the Financial Conduct Authority, said the rules would change.",
     "Financial Conduct Authority"),
])
def test_a_public_body_after_director_of_the_is_kept(text, name):
    assert kinds(text).get(name) == "organisation", kinds(text)


@pytest.mark.parametrize("text, unit", [
    ("Jo Kelby, head of Corporate Communications, said the rules would change.", "Corporate Communications"),
    ("Jo Kelby, manager of Customer Services, said the rules would change.", "Customer Services"),
])
def test_a_unit_after_head_of_stays_out(text, unit):
    assert unit not in kinds(text), kinds(text)


def test_a_movement_for_a_cause_named_once_is_kept():
    got = kinds("In parliament, opposition MP Arben Kelmendi of the Movement for Jobs and Fairness accused the "
                "government of stalling.")
    assert got.get("Movement for Jobs and Fairness") == "organisation", got


def test_a_minister_for_a_portfolio_is_no_body():
    got = kinds("The Minister for Jobs and Fairness, Arben Kelmendi, said the bill would pass.")
    assert not any(n.startswith("Minister") for n in got), got


def test_a_place_cut_from_a_breadcrumb_is_no_short_form_of_a_longer_union():
    got = kinds("Home › Northern Ireland › Politics\n\nBus drivers will strike on Friday, said Aoife Kelly, an "
                "organiser for the Northern Ireland Bus Drivers Union.")
    assert got.get("Northern Ireland Bus Drivers Union") == "organisation", got


# --- legal forms ------------------------------------------------------------------------------------------------------

def test_the_spanish_compania_written_short_goes_on_to_its_form():
    got = kinds("He said a buyer for Kelby Frutas Cía. Ltda. had refused to collect his bananas.")
    assert "Kelby Frutas Cía. Ltda" in got and "Ltda" not in got, got


def test_a_seat_after_a_legal_form_and_of_is_no_part_of_the_name():
    got = kinds("Kelby Hoteles S.L. of Palma de Mallorca, which owns three resorts, has lent generators to a school.")
    assert got.get("Kelby Hoteles S.L.") == "organisation" and got.get("Palma de Mallorca") == "place", got


def test_of_after_co_stays_inside_the_name():
    got = kinds("The Aluminum Co. of America said profits fell.")
    assert "Aluminum Co. of America" in got, got


def test_a_north_macedonian_limited_company():
    got = kinds("The march ended outside Kelbovo Tekstil DOO, the largest employer in the town, on Friday.")
    assert got.get("Kelbovo Tekstil DOO") == "organisation", got


@pytest.mark.parametrize("text, name, form", [
    ('"We pay 3,000 tenge a day," said Yerlan Tarnov, general director of grain trader "Kelby Astyk" LLP in '
     'Kostanai.', "Kelby Astyk", "LLP"),
    ("The largest bidder is expected to be “Tarn Agro Tekstil” LLC, which already farms in four districts.",
     "Tarn Agro Tekstil", "LLC"),
])
def test_a_quoted_company_name_before_its_form(text, name, form):
    got = kinds(text)
    assert got.get(name) == "organisation" and form not in got, got


def test_a_form_after_a_bracketed_short_form_names_no_company():
    got = kinds("The plant is run by Société des Eaux de Kelby (Kelgaz) Spa, a joint venture with a Spanish group.")
    assert "Spa" not in got and "Société des Eaux de Kelby" in got, got


# --- Romance connectors; "of the" a country ---------------------------------------------------------------------------

def test_spanish_y_el_goes_on_inside_a_body_s_name():
    got = kinds("In Tarija, the Comité Cívico de Kelba y el Gran Tarno has demanded a share of the revenue.")
    assert got.get("Comité Cívico de Kelba y el Gran Tarno") == "organisation", got


def test_french_et_after_a_word_of_no_english_goes_on_inside_an_association_s_name():
    got = kinds('"We need filters," said Dr. Salma Idrissi, a member of the Association Kelba Environnement et '
                'Patrimoine.')
    assert got.get("Association Kelba Environnement et Patrimoine") == "organisation", got


def test_et_al_after_a_name_joins_nothing():
    got = kinds("The Alliance Doe et al. study said prices rose.")
    assert not any(" et" in n for n in got), got


def test_a_members_body_of_the_philippines_is_one_name():
    got = kinds('"It is unfair," said Rodel Santos, president of the Harbour Pilots’ Association of the Philippines.')
    assert got.get("Harbour Pilots’ Association of the Philippines") == "organisation", got
