"""Whole organisation names (session 30): a body's head before "for a" and its cause; an inquiry's matter after
"into (the)" and the event's date after "of"; "in Exile"; Dutch "in de" and "Federatie"; other languages' joining
words and comma lists inside a name its bracketed initials spell out; one firm's two trades before "Company";
Liechtenstein's "Anstalt" and a trust firm's "Treuhand"; "Directorate", "Observatory" and "Watch" as body words; a
house's member's seat after "for"; a cabinet office's listed fields; an accord's own name after "Compact of"; a
foreign body's word used as a common noun.  Every sentence is invented for the test; expected values were checked
by reading it."""

from __future__ import annotations

from .conftest import kinds


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
    got = kinds("The Special Commission of Inquiry into the Bridge Collapse of 4 March blamed the contractor on Monday.")
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
    got = kinds("The Federatie van Leraren in de Openbare Scholen (FLOS) called a strike for Monday in Paramaribo.")
    assert got.get("Federatie van Leraren in de Openbare Scholen") == "organisation", got


def test_joining_words_of_another_language_inside_a_name_its_initials_spell():
    got = kinds("The Democratische Partij voor Vrede en Arbeid (DPVA) won four seats in the district council.")
    assert got.get("Democratische Partij voor Vrede en Arbeid") == "organisation", got


def test_a_foreign_joiner_after_a_person_with_no_initials_joins_nothing():
    got = kinds("A statement by Maria Tarno en route to Nickerie said the road was closed.")
    assert not any("en route" in n for n in got), got


def test_a_comma_list_spelt_by_its_initials_is_one_body():
    got = kinds("Rivières, Terres et Villages (RTV), a Libreville charity, said the logging permits were illegal.")
    assert got.get("Rivières, Terres et Villages") == "organisation", got
    assert "Terres" not in got and "Villages" not in got, got


def test_a_comma_list_whose_initials_do_not_match_stays_apart():
    got = kinds("Officials from Kelby, Tarno and Marra (KTU) met in the capital on Tuesday.")
    assert "Kelby, Tarno and Marra" not in got, got


# --- companies ----------------------------------------------------------------------------------------------------

def test_one_firm_s_two_trades_before_company_make_one_name():
    got = kinds("The road was built by Darban Steel and Transport Company, a local contractor. "
                "Darban Steel's owner, Jo Kelbo, said the work was done on time.")
    assert got.get("Darban Steel and Transport Company") == "organisation", got
    assert "Transport Company" not in got, got


def test_a_second_firm_with_a_name_of_its_own_before_company_stays_apart():
    got = kinds("The road was built by Darban Steel and Kelvo Transport Company, two local contractors.")
    assert "Darban Steel and Kelvo Transport Company" not in got, got


def test_a_liechtenstein_establishment_and_a_trust_firm_keep_their_forms():
    got = kinds("Anna Roe, a director of Marxer, Ospelt & Partner Treuhand Anstalt in Vaduz, said the rules were "
                "fair. The newsletter is published by Rheinberg Verlag Anstalt.")
    assert got.get("Marxer, Ospelt & Partner Treuhand Anstalt") == "organisation", got
    assert got.get("Rheinberg Verlag Anstalt") == "organisation", got


# --- body words ---------------------------------------------------------------------------------------------------

def test_a_directorate_opens_a_body_s_name():
    got = kinds("Output fell 12 percent last year, according to the Directorate General of Fisheries in Dakar.")
    assert got.get("Directorate General of Fisheries") == "organisation", got


def test_an_observatory_opens_a_body_s_name():
    got = kinds("Dr Ana Roe, an economist at the Observatory for Rural Development (ODR) in Gitega, said prices rose.")
    assert got.get("Observatory for Rural Development") == "organisation", got


def test_a_watchdog_group_named_watch_keeps_its_fields_across_and():
    got = kinds("Kelby Lagoon and Seagrass Watch spokesman Jo Tarno said the group had asked for a study.")
    assert got.get("Kelby Lagoon and Seagrass Watch") == "organisation", got
    assert "Seagrass Watch" not in got, got


# --- seats, portfolios, accords -----------------------------------------------------------------------------------

def test_a_member_s_seat_after_the_house_stays_out_of_its_name():
    got = kinds("Hon. Jo Kelbo, a member of the National Assembly for Ruyigi, said the roads were impassable.")
    assert got.get("National Assembly") == "organisation" and got.get("Ruyigi") == "place", got
    assert "National Assembly for Ruyigi" not in got, got


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
    got = kinds("Lawmakers refused to ratify the revised Compact of Mutual Defence, the speaker said. The "
                "Compact expires in 2030.")
    assert "Mutual Defence" not in got and "Compact" not in got, got


def test_a_body_named_elsewhere_after_treaty_of_stays():
    got = kinds("The Treaty of the Kelby Union binds its members. The Kelby Union said the rules would change.")
    assert got.get("Kelby Union") == "organisation", got


def test_a_foreign_body_s_word_as_a_common_noun_is_no_body():
    got = kinds("Lawyers say the new register marks the end of the anonymous Stiftung in the principality.")
    assert "Stiftung" not in got, got


def test_a_named_foreign_foundation_stays():
    got = kinds("The Kelbener Stiftung said it would publish its accounts.")
    assert got.get("Kelbener Stiftung") == "organisation", got


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
