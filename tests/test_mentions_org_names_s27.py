"""Whole organisation names that were cut into pieces (session 27): names in French, Spanish and Maltese with their
connectors ("de los", "et de", "des", "u", "tal-"), Bulgarian and Serbian legal forms and quoted parts, a party named
"For ...", a title's word closing a name after "and", the members' body of two places with a compass word, a body's
name translated in brackets.  Every sentence is invented for the test; expected values were checked by reading it."""

from __future__ import annotations

import pytest

from .conftest import kinds, stakeholder_rows


# --- Romance connectors -----------------------------------------------------------------------------------------------

def test_a_spanish_body_goes_on_across_de_los():
    got = kinds("The Asociación de Regantes de los Valles de Tarno said the canal had been dry since March.")
    assert got.get("Asociación de Regantes de los Valles de Tarno") == "organisation", got


def test_a_person_s_name_with_de_los_stays_whole():
    got = kinds("Mayor Ernesto Kelba de los Santos said the canal had been dry since March.")
    assert "Ernesto Kelba de los Santos" in got, got


@pytest.mark.parametrize("text, name", [
    ("Kelbou Conserves et Produits de la Mer SARL, the largest cannery in the port, said it had paid every fee.",
     "Kelbou Conserves et Produits de la Mer SARL"),
    ("A manager at Minoteries du Kelbou et de Tarna S.A. said wheat prices had doubled.",
     "Minoteries du Kelbou et de Tarna S.A."),
])
def test_a_french_company_goes_on_across_et_to_its_legal_form(text, name):
    assert kinds(text).get(name) == "organisation", kinds(text)


def test_two_companies_either_side_of_et_stay_apart():
    got = kinds("The deal between Kelbou Holdings SA et Tarna Logistique SARL was signed on Monday.")
    assert not any(" et " in n for n in got), got


def test_a_french_union_with_an_english_head_goes_on_across_des_and_et_de():
    got = kinds("Mamadou Kelba, president of the Union Nationale des Éleveurs de Kelbou et de la Tarne-Rive, "
                "said herders had lost half their cattle.")
    assert got.get("Union Nationale des Éleveurs de Kelbou et de la Tarne-Rive") == "organisation", got


def test_a_second_body_after_et_de_la_stays_apart_from_a_french_union():
    got = kinds("The Union des Pêcheurs de Kelbou et de la Banque de Tarno report was delayed.")
    assert not any(" et de la " in n for n in got), got


def test_an_english_union_and_a_place_stay_apart():
    got = kinds("The European Union and Kelbia signed the accord on Monday.")
    assert "European Union" in got and not any(" and " in n for n in got), got


# --- Maltese ----------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("Marija Kelbu, secretary of Għaqda Sajjieda Kelbija u Tarnu, said the breakwater was too short.",
     "Għaqda Sajjieda Kelbija u Tarnu"),
    ("Ġorġ Tarnu, who speaks for Moviment Ħbieb tal-Bajja, said the beach would vanish.",
     "Moviment Ħbieb tal-Bajja"),
    ("Alleanza Ħadra u Ġusta chairman Pawlu Kelbu called the vote a disgrace.", "Alleanza Ħadra u Ġusta"),
])
def test_a_maltese_body_goes_on_across_u_and_tal(text, name):
    assert kinds(text).get(name) == "organisation", kinds(text)


# --- Bulgarian and Serbian forms --------------------------------------------------------------------------------------

def test_a_quoted_word_after_a_union_s_name_is_part_of_it():
    got = kinds("The strike was called by the Teachers' and Scientists' Federation \"Kelbovo\", the largest union "
                "in the province.")
    assert got.get("Teachers' and Scientists' Federation \"Kelbovo\"") == "organisation", got


def test_a_quoted_word_after_a_union_s_name_before_a_small_word_or_a_verb_is_part_of_it():
    got = kinds("The strike was called by the Kelby Teachers' Union \"Tarnak\" on Monday. The Kelby Teachers' Union "
                "\"Tarnak\" said it would go on.")
    assert got == {"Kelby Teachers' Union \"Tarnak\"": "organisation"}, got


def test_a_quoted_part_before_a_bulgarian_legal_form_stays_in_the_name():
    got = kinds("At Kelbovo Heating \"Tarna Iztok\" EAD, which supplies the town, a spokesman said boilers were idle.")
    assert got.get("Kelbovo Heating \"Tarna Iztok\" EAD") == "organisation", got
    assert "EAD" not in got, got


def test_a_one_word_label_after_a_one_word_body_is_no_name_part():
    got = kinds("The Union \"Solidarity\" said on Monday that it would strike.")
    assert "Union \"Solidarity\"" not in got, got


def test_a_serbian_joint_stock_company_keeps_its_legal_form():
    got = kinds("Marko Kelbić, an analyst at the brokerage Tarno Invest a.d., said shares would fall.")
    assert got.get("Tarno Invest a.d.") == "organisation", got


def test_the_era_after_a_place_is_no_legal_form():
    got = kinds("The fort was built in Britain a.d. 300 by soldiers of the legion.")
    assert not any("a.d." in n for n in got), got


# --- English shapes ---------------------------------------------------------------------------------------------------

def test_a_party_named_for_two_regions_is_one_name():
    got = kinds("Deputy Jānis Kelbs of the For Kelbgale and Tarnava party accused the government of neglect.")
    assert got.get("For Kelbgale and Tarnava") == "organisation", got


def test_a_sentence_opening_with_for_is_no_party():
    got = kinds("For Kelbgale and Tarnava, the vote was a defeat.")
    assert not any(n.startswith("For ") for n in got), got


def test_a_movement_for_a_place_and_justice_is_one_name():
    got = kinds("Councillors from the Movement for Kelbija and Justice (PKP) walked out of the assembly.")
    assert got.get("Movement for Kelbija and Justice") == "organisation", got


def test_a_title_and_a_name_after_and_stay_apart():
    got = kinds("The Institute for Kelby Studies and Justice Mary Doe signed the letter.")
    assert not any("and Justice" in n for n in got), got


def test_the_ferry_users_group_of_two_places_is_one_name_though_a_place_stands_alone():
    got = kinds("On North Kelbay the ferry is the only link. Trips to North Kelbay take an hour. Jo Doe of "
                "the North Kelbay and Tarnsay Ferry Users’ Group wants a second vessel on the route by spring.")
    assert got.get("North Kelbay and Tarnsay Ferry Users’ Group") == "organisation", got


def test_a_body_s_name_translated_in_brackets_with_for_is_its_short_form():
    rows = stakeholder_rows("Dr Vera Kelbova of the Za Chist Tarn Foundation (For Clean Tarn) said the plan was "
                            "too late.")
    assert rows.get("Za Chist Tarn Foundation") == ("organisation", ["Clean Tarn"]), rows
    assert "Clean Tarn" not in rows, rows


def test_a_person_s_bracketed_for_is_no_short_form():
    rows = stakeholder_rows("Jo Doe (For Kelby) said the plan was too late.")
    assert rows.get("Jo Doe", (None, []))[1] == [], rows


# --- near misses found in review: each rule above must keep to its own shape ------------------------------------------

@pytest.mark.parametrize("text, body", [
    ("Protesters branded the Kelby Transport Union \"Judas\", a spokesman for the ministry said.",
     "Kelby Transport Union"),
    ("Tarno Doe once called the Kelby Central Bank \"Loco\", aides recalled.", "Kelby Central Bank"),
    ("Fans of the Kelby Rovers Club \"Lions\", as the team is known, marched to the town hall.", "Kelby Rovers Club"),
    ("The Kelby Dockers' Union \"Tarnak\" ballot closed on Friday, officials said.", "Kelby Dockers' Union"),
    ("Residents nicknamed the Tarn Water Authority \"Octopus\" because of its pipes, councillor Jo Doe said.",
     "Tarn Water Authority"),
])
def test_a_quoted_label_after_a_body_is_no_part_of_its_name(text, body):
    got = kinds(text)
    assert got.get(body) == "organisation", got
    assert not any('"' in n for n in got), got


@pytest.mark.parametrize("text", [
    "Critics mocked the Kelby Labour Party \"Manifesto\" as unaffordable, chairman Jo Tarn said.",
    "The Kelby Labour Party \"Manifesto\" launch was delayed, officials said.",
])
def test_a_quoted_label_after_a_party_keeps_the_party(text):
    assert kinds(text).get("Kelby Labour Party") == "organisation", kinds(text)


def test_a_place_called_by_a_quoted_label_stays_a_place():
    got = kinds("Tarnovia has long called the United States \"Satan\". Its envoy Jo Kelb said talks were over.")
    assert got.get("United States") == "place", got


def test_a_surname_like_a_maltese_chamber_is_a_person_s():
    got = kinds("Comedian Rohan Kamra said the show would go on. \"I will not be silenced,\" he said.")
    assert got.get("Rohan Kamra") == "person", got


def test_the_era_after_a_ruler_s_name_is_no_legal_form():
    got = kinds("The coin dates from the reign of Emperor Kelbian a.d., curator Jo Tarn said.")
    assert not any("a.d." in n for n in got), got


def test_two_groups_of_two_words_in_an_alliance_are_no_for_party():
    got = kinds("Activists from the For Women Kelby and Tarn Matters alliance protested outside the assembly, "
                "organiser Jo Doe said.")
    assert got.get("For Women Kelby") == "organisation", got
    assert not any(" and " in n for n in got), got


@pytest.mark.parametrize("text, body", [
    ("Parents complained to the Kelby Board of Education and Superintendent about the bus routes.",
     "Kelby Board of Education"),
    ("Traders wrote to the Tarn Chamber of Commerce and Mayor about the parking fees.", "Tarn Chamber of Commerce"),
])
def test_a_lone_title_after_and_is_no_part_of_a_body_s_name(text, body):
    got = kinds(text)
    assert got.get(body) == "organisation", got
    assert not any(" and " in n for n in got), got


def test_a_listed_country_with_a_compass_word_is_no_members_body_s_place():
    got = kinds("Talks between North Korea and Kelby Trade Officials' Group were cancelled, the agency reported.")
    assert got.get("North Korea") == "place", got
    assert not any(" and " in n for n in got), got


@pytest.mark.parametrize("text, body, phrase", [
    ("The Kelby Building Society (For Sale) sign was removed, branch manager Jo Tarn said.",
     "Kelby Building Society", "Sale"),
    ("The Tarn Health Foundation (For Immediate Release) announced a grant of $2 million on Tuesday.",
     "Tarn Health Foundation", "Immediate Release"),
])
def test_a_bracketed_notice_after_a_body_is_no_short_form(text, body, phrase):
    rows = stakeholder_rows(text)
    assert phrase not in rows.get(body, (None, []))[1], rows


def test_a_body_s_head_word_right_after_et_opens_a_second_body():
    got = kinds("The Commission de Contrôle de Kelbourg et Banque Centrale de Tarnie issued a joint warning.")
    assert not any(" et " in n for n in got), got
