"""Whole organisation names (session 30): a body's head before "for a" and its cause; an inquiry's matter after
"into (the)" and the event's date after "of"; "in Exile"; Dutch "in de" and "Federatie"; other languages' joining
words and comma lists inside a name its bracketed initials spell out; one firm's two trades before "Company";
Liechtenstein's "Anstalt" and a trust firm's "Treuhand"; "Directorate", "Observatory" and "Watch" as body words; a
house's member's seat after "for"; a cabinet office's listed fields; an accord's own name after "Compact of"; a
foreign body's word used as a common noun.  Every sentence is invented for the test; expected values were checked
by reading it."""

from __future__ import annotations

import pytest

from .conftest import kinds


def _mentions(text: str) -> list:
    """The name of each mention the mention layer finds in ``text``, in order."""
    from analysis import Article
    from analysis.mentions import find_mentions

    return list(find_mentions(Article.from_text(text))["name"])


# --- "for a", "into the", "in Exile" ---------------------------------------------------------------------------------

def test_a_body_s_head_goes_on_across_for_a_and_its_cause():
    got = kinds("The Liaison Bureau for a Free Tarnland, a group of exiles in Riga, said the vote was rigged.")
    assert got.get("Liaison Bureau for a Free Tarnland") == "organisation", got
    assert "Liaison Bureau" not in got, got


def test_for_a_and_a_lower_case_word_stays_out_of_a_body_s_name():
    got = kinds("The Marlow Council for a decade has refused to publish the audit, residents said.")
    assert got.get("Marlow Council") == "organisation", got
    assert not any("decade" in n for n in got), got


def test_an_inquiry_s_matter_and_the_date_of_the_event_stay_in_its_name():
    got = kinds("The Special Commission of Inquiry into the Bridge Collapse of 4 March blamed the contractor on "
                "Monday.")
    assert got.get("Special Commission of Inquiry into the Bridge Collapse of 4 March") == "organisation", got


def test_an_inquiry_s_matter_without_the_stays_in_its_name():
    got = kinds("Evidence to the Port Commission of Inquiry into Harbour Dredging closed in May, its secretary said.")
    assert got.get("Port Commission of Inquiry into Harbour Dredging") == "organisation", got


def test_into_in_lower_case_after_an_ordinary_word_joins_nothing():
    got = kinds("Police opened an inquiry into Ventra Logistics after the fire, the prosecutor said.")
    assert got.get("Ventra Logistics") == "organisation", got


def test_a_body_working_in_exile_keeps_it_in_its_name():
    got = kinds("The Kelbian Journalists Union in Exile, which has 200 members in Berlin, condemned the arrests.")
    assert got.get("Kelbian Journalists Union in Exile") == "organisation", got


def test_in_a_place_after_a_body_stays_out_of_its_name():
    got = kinds("The Harbour Workers Union in Marseille condemned the arrests on Friday.")
    assert not any(n.endswith("in Marseille") for n in got), got


# --- other languages ---------------------------------------------------------------------------------------------

def test_dutch_in_de_goes_on_inside_a_dutch_body_s_name():
    got = kinds("Home nurses marched through Rotterdam on Saturday behind the Federatie van Zorgers in de Wijk (FZW).")
    assert got.get("Federatie van Zorgers in de Wijk") == "organisation", got


def test_joining_words_of_another_language_inside_a_name_its_initials_spell():
    got = kinds("Farmers near Passau joined a march on Friday called by the Grüne Allianz für Wasser und Boden (GAWB).")
    assert got.get("Grüne Allianz für Wasser und Boden") == "organisation", got


def test_a_foreign_joiner_after_a_person_with_no_initials_joins_nothing():
    got = kinds("A statement by Maria Tarno en route to Nickerie said the road was closed.")
    assert not any("en route" in n for n in got), got


def test_a_comma_list_spelt_by_its_initials_is_one_body():
    got = kinds("A complaint against the quarry near Annecy was filed in May by the group Montagnes, Lacs et Forêts "
                "(MLF).")
    assert got.get("Montagnes, Lacs et Forêts") == "organisation", got
    assert "Lacs" not in got and "Forêts" not in got, got


def test_a_comma_list_whose_initials_do_not_match_stays_apart():
    got = kinds("Officials from Kelby, Tarno and Marra (KTU) met in the capital on Tuesday.")
    assert "Kelby, Tarno and Marra" not in got, got


# --- companies ----------------------------------------------------------------------------------------------------

def test_one_firm_s_two_trades_before_company_make_one_name():
    got = kinds("Tarvel Mining and Shipping Company lost the harbour tender in April. Tarvel Mining has appealed, "
                "its lawyer said.")
    assert got.get("Tarvel Mining and Shipping Company") == "organisation", got
    assert "Shipping Company" not in got, got


def test_a_second_firm_with_a_name_of_its_own_before_company_stays_apart():
    got = kinds("The road was built by Darban Steel and Kelvo Transport Company, two local contractors.")
    assert "Darban Steel and Kelvo Transport Company" not in got, got


def test_a_liechtenstein_establishment_and_a_trust_firm_keep_their_forms():
    got = kinds("Regulators fined Kelbrand, Tarnow & Partner Treuhand Anstalt 40,000 francs for late filings on "
                "Monday. The fine was first reported by a weekly that Nordtal Verlag Anstalt prints in Balzers.")
    assert got.get("Kelbrand, Tarnow & Partner Treuhand Anstalt") == "organisation", got
    assert got.get("Nordtal Verlag Anstalt") == "organisation", got


# --- body words ---------------------------------------------------------------------------------------------------

def test_a_directorate_opens_a_body_s_name():
    got = kinds("Three tonnes of ivory were seized at the port on Sunday by the Directorate General of Customs.")
    assert got.get("Directorate General of Customs") == "organisation", got


def test_an_observatory_opens_a_body_s_name():
    got = kinds("Food prices rose 9 percent in March, the Observatory for Household Budgets said in its bulletin.")
    assert got.get("Observatory for Household Budgets") == "organisation", got


def test_a_watchdog_group_named_watch_keeps_its_fields_across_and():
    got = kinds("Volunteers from Tarvel Dune and Heath Watch counted 40 nesting pairs this spring.")
    assert got.get("Tarvel Dune and Heath Watch") == "organisation", got
    assert "Heath Watch" not in got, got


@pytest.mark.parametrize("text", [
    "The harbour master explains the new mooring fees in a short film. Click here to Watch on YouTube.",
    "Drivers should Watch for Falling Rocks on the coast road after the storm, the police said.",
])
def test_watch_alone_before_on_or_for_opens_no_body_s_name(text):
    got = kinds(text)
    assert not any("Watch" in n for n in got), got


# --- seats, portfolios, accords -----------------------------------------------------------------------------------

def test_a_member_s_seat_after_the_house_stays_out_of_its_name():
    got = kinds("Nurses cheered Ilka Darvosi, a member of the National Assembly for Korvane, outside the new clinic "
                "in Korvane.")
    assert got.get("National Assembly") == "organisation" and got.get("Korvane") == "place", got
    assert "National Assembly for Korvane" not in got, got


def test_a_body_named_congress_for_a_cause_keeps_its_name():
    got = kinds("The Congress for Democratic Renewal, a party founded in 1998, said it would boycott the vote.")
    assert got.get("Congress for Democratic Renewal") == "organisation", got


def test_a_cabinet_office_s_listed_fields_name_no_body():
    got = kinds("The Minister of Hydrology, Energy and Mines, Hon. Jo Kelbo, told the chamber that supplies "
                "would recover. The Minister for Lands and Water Resources Development, Dr Ana Roe, agreed.")
    assert "Hydrology" not in got and "Water Resources Development" not in got, got


def test_a_named_body_after_a_minister_and_and_stays():
    got = kinds("The Minister of Health and the Kelby Red Cross Society signed the accord on Monday.")
    assert got.get("Kelby Red Cross Society") == "organisation", got


def test_an_accord_s_own_name_is_no_body():
    got = kinds("Fishing crews in Korvane have protested for a week against the Compact of Shared Waters. Critics "
                "say the Compact gives foreign trawlers too much.")
    assert "Shared Waters" not in got and "Compact" not in got, got


def test_a_body_named_elsewhere_after_treaty_of_stays():
    got = kinds("The Treaty of the Kelby Union binds its members. The Kelby Union said the rules would change.")
    assert got.get("Kelby Union") == "organisation", got


def test_a_body_after_treaty_of_that_the_story_names_alone_keeps_that_mention():
    # no "the" after "of": only the name standing elsewhere without the accord's word keeps this mention
    names = _mentions("Delegates debated the Treaty of Tarvel Union for a week. Tarvel Union said on Friday that "
                      "the rules would change.")
    assert names.count("Tarvel Union") == 2, names


def test_a_foreign_body_s_word_as_a_common_noun_is_no_body():
    got = kinds("Advisers in Zurich still sell a private Stiftung to wealthy clients as a shelter from tax.")
    assert "Stiftung" not in got, got


def test_a_named_foreign_foundation_stays():
    got = kinds("The Kelbener Stiftung said it would publish its accounts.")
    assert got.get("Kelbener Stiftung") == "organisation", got


def test_a_foundation_s_word_alone_after_lower_words_but_no_article_stays_its_mention():
    # lower-case words before the one word, but no article or owner's word: only that guard keeps the mention
    names = _mentions("The Kelbener Stiftung owns two hotels in Eschen. Lawyers for Stiftung filed an appeal on Friday.")
    assert len(names) == 3 and names.count("Kelbener Stiftung") == 2, names


# --- near misses the narrowed rules must leave alone (review of session 30) ---------------------------------------

def test_a_police_bureau_of_investigation_takes_no_person_after_into():
    got = kinds("An inquiry by the State Bureau of Investigation into Ravi Menon's accounts has stalled, officials "
                "said.")
    assert not any(" into " in n for n in got), got
    assert got.get("Ravi Menon") == "person", got


def test_a_bureau_of_investigation_takes_no_place_after_into():
    got = kinds("The Carolina Bureau of Investigation into Raleigh police shootings found no wrongdoing.")
    assert not any(" into " in n for n in got), got


def test_a_review_into_a_country_s_forces_is_no_body_s_name():
    got = kinds("The Strategic Defence Review into Norway's armed forces will be published in June, officials said.")
    assert not any(" into " in n for n in got) and got.get("Norway") == "place", got


def test_an_inquiry_into_a_named_person_stops_before_the_person():
    got = kinds("The Independent Inquiry into Tomas Kelbo's dismissal found that the board had erred.")
    assert not any(" into " in n for n in got), got


def test_fields_spelt_by_initials_before_a_common_noun_are_no_body():
    got = kinds("Charities serving Lesbian, Gay, Bisexual and Transgender (LGBT) youth in Kampala said the bill was "
                "cruel.")
    assert "Lesbian, Gay, Bisexual and Transgender" not in got, got


def test_countries_spelt_by_initials_stay_places():
    got = kinds("Chile, Peru and Colombia (CPC) signed the fisheries accord in Lima on Friday.")
    assert "Chile, Peru and Colombia" not in got and got.get("Chile") == "place", got


def test_a_legislature_asked_for_a_thing_takes_no_cause():
    got = kinds("Opposition MPs pressed the Senate for a Second Reading of the bill, the clerk said. The party asked "
                "the Electoral Commission for a Recount in Tarno West.")
    assert not any(" for a " in n for n in got), got
    assert got.get("Electoral Commission") == "organisation", got


def test_a_cause_stops_before_and_and_another_body():
    got = kinds("The Alliance for a Fair Harbour and Unison members met in Bristol on Monday.")
    assert not any(n.endswith("and Unison") for n in got), got
    assert got.get("Alliance for a Fair Harbour") == "organisation", got


def test_a_house_named_for_a_nation_keeps_its_name():
    got = kinds("Mrs Roe, a member of the National Assembly for Wales from 2007, said the health board had failed "
                "patients.")
    assert got.get("National Assembly for Wales") == "organisation", got


def test_a_party_named_congress_for_two_causes_keeps_its_name():
    got = kinds("Issa Traoré, a member of the Congress for Renewal and Progress, told reporters the count was rigged.")
    assert got.get("Congress for Renewal and Progress") == "organisation", got
    assert "Renewal" not in got, got


def test_a_firm_s_whole_name_before_and_another_company_stays_apart():
    got = kinds("Kelby Energy and Public Service Company of Tarno asked regulators for a rise. Tarno Power and Steel "
                "Company signed the contract.")
    assert not any(n.startswith("Kelby Energy and") for n in got), got
    assert not any(n.startswith("Tarno Power and") for n in got), got


def test_a_body_party_to_a_pact_after_the_stays():
    got = kinds("The Covenant of the Tarn River Authority was signed in 1961, officials in Kelby said.")
    assert got.get("Tarn River Authority") == "organisation", got


def test_a_body_and_a_magazine_named_compact_stay():
    got = kinds("Maria Roe, chief executive of the UN Global Compact, said firms must do more. The government "
                "banned the magazine Compact on Tuesday.")
    assert got.get("UN Global Compact") == "organisation", got
    assert "Compact" in got, got


def test_a_weather_watch_is_no_body_and_takes_no_place():
    got = kinds("The weather service issued a Tornado Watch for Kelby County until 9 p.m. on Friday.")
    assert not any("Watch" in n for n in got) and got.get("Kelby County") == "place", got


def test_a_watchdog_after_another_body_and_and_stays_apart():
    got = kinds("Ocean Witness and Coral Action Watch said the port would harm the reef.")
    assert "Ocean Witness and Coral Action Watch" not in got, got


def test_dutch_in_de_after_a_spanish_head_joins_nothing():
    got = kinds("The Fundación Roe in de Madrid office was closed last year.")
    assert not any(" in de " in n for n in got), got
