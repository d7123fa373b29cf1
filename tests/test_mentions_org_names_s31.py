"""Session 31's whole organisation names: a union's listed trades closed by a title's word and its members ("...
and General Workers' Union"), and bodies named in French or Portuguese (short forms whose initials a hyphen splits,
"et de" and a bare field, particles crossed on the way to bracketed initials, a title's word after a Romance
article, a college or a platform opening the name).  Every sentence is invented for the test; expected values were
checked by reading it; near misses where the rules must not fire follow each group."""

from __future__ import annotations

import pytest

from .conftest import kinds, stakeholder_rows


# --- a title's word opening the last of a union's listed trades ------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("Ama Boateng, treasurer of the Tarnport Dock, Warehouse and General Workers' Union, said the ballot was clear.",
     "Tarnport Dock, Warehouse and General Workers' Union"),
    ("The Kelby Bakery, Brewery and General Workers Union called a strike from Monday.",
     "Kelby Bakery, Brewery and General Workers Union"),
])
def test_title_word_before_members_closes_a_union_s_listed_trades(text, name):
    got = kinds(text)
    assert got.get(name) == "organisation", got


@pytest.mark.parametrize("text, whole", [
    # bodies listed, each with its own body's word
    ("Delegates of the Midwives Union, Porters Union and General Practitioners Association walked out.",
     "Midwives Union, Porters Union and General Practitioners Association"),
    # firms listed, two words each
    ("Kelby Steel, Tarn Cement and General Contractors Association members marched to parliament.",
     "Kelby Steel, Tarn Cement and General Contractors Association"),
])
def test_bodies_or_firms_listed_before_a_title_word_and_members_stay_apart(text, whole):
    assert whole not in kinds(text)


def test_a_trade_that_is_a_body_s_word_alone_still_lists():
    got = kinds("The Police, Customs and Chief Officers Association wrote to the minister on Monday.")
    assert got.get("Police, Customs and Chief Officers Association") == "organisation", got


def test_title_before_a_person_after_a_listed_pair_is_no_union():
    got = kinds("Officials from Tarnport Docks, Kelby Rail and General Ama Boateng met on Friday.")
    assert not any("General" in n and "Docks" in n for n in got), got


# --- French and Portuguese bodies' whole names ------------------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    # "et de" and a bare field: the same body's second field
    ("The village's elders, the Comité de Vigilance et de Médiation de Tarnou, asked for calm on Sunday.",
     "Comité de Vigilance et de Médiation de Tarnou"),
    # a college (a supervisory board) opening the name, "et de" and a field after it
    ("Last year the Collège d'Évaluation et de Suivi des Écoles Rurales sent inspectors to only three districts.",
     "Collège d'Évaluation et de Suivi des Écoles Rurales"),
    # a platform of groups, "pour la" and particles on the way to its initials
    ("Teachers backed by the Plateforme Tarnoise pour la Défense des Écoles Publiques (PTDEP) marched on Tuesday.",
     "Plateforme Tarnoise pour la Défense des Écoles Publiques"),
    # a title's word ("Justice") after a Romance article is a field of the body's aims
    ("The rebel Union pour la Justice et le Progrès du Nord (UJPN) denied the attack.",
     "Union pour la Justice et le Progrès du Nord"),
    # a hyphen between the initials of the aims and of the country's name
    ("Deputy Rui Tavares of the Partido para a Unidade e o Progresso de Vila Tarna (PUP-VT) voted against the bill.",
     "Partido para a Unidade e o Progresso de Vila Tarna"),
])
def test_foreign_body_named_whole(text, name):
    got = kinds(text)
    assert got.get(name) == "organisation", got


def test_second_body_with_its_article_after_et_de_stays_apart():
    got = kinds("Auditors from the Banque de Tarnie et de la Cour des Comptes visited the mine.")
    assert not any("Banque" in n and "Cour" in n for n in got), got


def test_initials_that_do_not_spell_the_words_join_nothing():
    got = kinds("Listeners of Radio Tarnou pour la Défense des Droits (RXD) said the station had closed.")
    assert not any("Tarnou" in n and "Défense" in n for n in got), got


@pytest.mark.parametrize("text, person", [
    ("Ministre de la Justice Amadou Kelbo signed the decree on Monday.", "Amadou Kelbo"),
    ("Tarnia's Ministre de la Justice Jo Mbarga said the prison would close.", "Jo Mbarga"),
])
def test_title_after_a_romance_article_before_a_person_s_name_still_splits(text, person):
    got = kinds(text)
    assert got.get(person) == "person", got


def test_french_adjectives_after_a_title_s_word_and_article_are_the_body_s_aims():
    got = kinds("Members of the Mouvement pour la Justice Sociale Camerounaise marched on Friday.")
    assert got.get("Mouvement pour la Justice Sociale Camerounaise") == "organisation", got


def test_title_after_a_capitalised_article_opening_a_sentence_still_splits():
    got = kinds("Le President Jo Tarnou said the accord would hold.")
    assert any(n.endswith("Jo Tarnou") for n in got) and got.get("Jo Tarnou", "person") == "person", got


# --- a movement's opening word before a nationality word, opening a sentence ------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("New Malawian Movement youth spokesman Jo Kelbo said the vote was rigged.", "New Malawian Movement"),
    ("New Malawian Party says the count in the north was rigged.", "New Malawian Party"),
])
def test_movement_opener_before_a_nationality_stays_in_the_name(text, name):
    got = kinds(text)
    assert got.get(name) == "organisation", got


def test_ordinary_opener_before_a_nationality_and_a_plain_noun_is_cut():
    got = kinds("New Syrian refugees reached the camp, the Kelby Relief Agency said.")
    assert not any(n.startswith("New ") for n in got), got


@pytest.mark.parametrize("text", [
    # a state's army: "new" is the sentence's adjective
    "New Zambian Army recruits paraded in Kabwe on Friday, the defence ministry said.",
    "New Gabonese Army chief Jo Mbeki toured the border posts on Monday.",
    # a movement's word, then a role or a plural of members
    "New Ugandan Front commander Jo Kelbo said the talks had failed.",
    "New Malawian Party recruits were sworn in at the rally.",
])
def test_new_before_an_army_or_a_role_stays_out_of_the_name(text):
    got = kinds(text)
    assert not any(n.startswith("New ") for n in got), got


# --- a party named for the islands or towns it lists ------------------------------------------------------------------

def test_party_named_for_listed_islands_is_one_name():
    got = kinds("Orla Vesk, who sits on the council of the Aruba, Kelbo and Curaçao Democratic Alliance, told the forum "
                "that the fishing rules were unfair. Kelbo boats stayed in port on Tuesday, and Curaçao boats too.")
    assert got.get("Aruba, Kelbo and Curaçao Democratic Alliance") == "organisation", got


def test_party_named_for_listed_islands_is_one_name_before_its_initials():
    got = kinds("Orla Vesk of Aruba, Kelbo and Curaçao Democratic Alliance (AKCDA) said the quota was unfair.")
    assert got.get("Aruba, Kelbo and Curaçao Democratic Alliance") == "organisation", got


@pytest.mark.parametrize("text, whole", [
    # places after "from", "in", "such as" and no "the": the last place's own body
    ("Delegates from Ghana, Benin and Nigeria Labour Congress branches met in Accra.",
     "Ghana, Benin and Nigeria Labour Congress"),
    ("Turnout in Kano, Sokoto and Lagos Democratic Party wards was low.", "Kano, Sokoto and Lagos Democratic Party"),
    ("Airlines such as Qatar, Oman and Kenya Airways cut their flights to the Gulf.", "Qatar, Oman and Kenya Airways"),
    # "the", then a plural after the head: the bodies' members, each province's party
    ("Members of the Alberta, Yukon and Ontario Liberal Party caucuses met in Ottawa.",
     "Alberta, Yukon and Ontario Liberal Party"),
    # the last place's own body after "and": each country named on its own
    ("Officials from Kenya, Uganda and Tanzania Revenue Authority offices met in Arusha.",
     "Kenya, Uganda and Tanzania Revenue Authority"),
    # a trade, no place, before the company's word after "and"
    ("Ministers from Ghana, Togo and Benin Railway Company met in Lome.", "Ghana, Togo and Benin Railway Company"),
    # a person's name first
    ("Maria, Tobago and Bequia Residents Association members met.", "Maria, Tobago and Bequia Residents Association"),
])
def test_listed_places_before_a_second_body_stay_apart(text, whole):
    assert whole not in kinds(text)


# --- the fields listed after an office of two words ("Minister Delegate for ...") -------------------------------------

def test_fields_listed_after_a_delegate_minister_name_no_body():
    got = kinds("Tomas Kelbo, named Minister Delegate for Trade, Tourism and Handicrafts in March, opened the "
                "craft fair on Saturday.")
    assert "Tourism" not in got and "Handicrafts" not in got and "Tomas Kelbo" in got, got


def test_body_after_an_office_s_first_field_and_a_comma_is_kept():
    got = kinds("The Minister for Mines, the Kelby Mining Corporation and two unions signed the accord.")
    assert got.get("Kelby Mining Corporation") == "organisation", got


# --- a members' body of one country named with "and" ------------------------------------------------------------------

def test_members_body_of_a_country_named_with_and_is_whole():
    got = kinds("The Association of Taxi Drivers of St. Kitts and Nevis called a one-day stoppage over fuel prices. "
                "Nevis drivers joined in. Nevis ferries ran as usual.")
    assert got.get("Association of Taxi Drivers of St. Kitts and Nevis") == "organisation", got


def test_members_body_of_one_place_and_a_second_body_stay_apart():
    got = kinds("The Association of Taxi Drivers of St. Kitts and Kelbo Motors signed a fuel deal. Kelbo Motors "
                "said so on Monday.")
    assert "Association of Taxi Drivers of St. Kitts and Kelbo Motors" not in got, got
    assert not any("Drivers" in n and "Kelbo" in n for n in got), got


# --- a town named for a saint before a body named after the town ------------------------------------------------------

def test_town_named_for_a_saint_is_no_short_form_of_a_club():
    rows = stakeholder_rows("Jo Tarn, who lives in St. John's, runs the St. John's Rowing and Sailing Club. The St. John's Rowing "
                 "and Sailing Club said the regatta would go ahead. Jo Tarn said so in St. John's on Monday.")
    assert rows.get("St. John's Rowing and Sailing Club", ("",))[0] == "organisation", rows


def test_hospital_named_for_a_saint_keeps_its_short_form():
    rows = stakeholder_rows("Nurses at St. John's Hospital walked out on Monday. Jo Tarn, a nurse at St. John's, said the "
                 "wards were full. St. John's Hospital said talks would resume.")
    assert rows.get("St. John's Hospital", ("",))[0] == "organisation" and "St. John" not in rows, rows


def test_town_named_for_a_saint_after_a_word_for_a_town_is_no_short_form_of_a_body():
    rows = stakeholder_rows("Floods hit the capital St. John's on Monday. The St. John's Harbour Corporation said "
                            "drains were blocked.")
    assert rows.get("St. John's Harbour Corporation", ("",))[0] == "organisation", rows


def test_saint_s_town_not_written_as_a_place_is_the_hospital_s_short_form():
    rows = stakeholder_rows("Doctors at St. John's Medical Centre in Kelby treated the driver. St. John's said he was "
                            "stable on Sunday.")
    assert "St. John" not in rows, rows


def test_saint_s_town_not_written_as_a_place_is_the_service_s_short_form():
    rows = stakeholder_rows("The St. John's Ambulance service treated 30 people at the fair. St. John's volunteers "
                            "stayed until midnight.")
    assert "St. John" not in rows, rows


# --- the outlet's masthead and breadcrumb name no actor ---------------------------------------------------------------

_MASTHEAD_STORY = (
    "THE KELBY HERALD\n"
    "Government Press Digest · Public Affairs Unit, Tarnbury\n"
    "Home > Kelby Page > Local\n\n"
    "Harbour repairs to start in June\n\n"
    "The harbour wall will be repaired from June after Government released the money on Monday. Engineers found two "
    "cracks after the storm. Jo Tarnby, a fisherman, said Government had waited too long.\n")


def test_masthead_line_is_no_long_form_of_a_body_named_in_the_story():
    rows = stakeholder_rows(_MASTHEAD_STORY)
    assert "Government Press Digest" not in rows, rows


@pytest.mark.parametrize("line, furniture", [
    ("Home > News > Business", True),
    ("NEWS › Courts & Crime", True),
    ("Costs rose as demand > supply, Jo Doe said.", False),
    ("Kelby > Tarn in the final, the coach said", False),
])
def test_breadcrumb_lines(line, furniture):
    from analysis.mentions import is_furniture_line
    assert is_furniture_line(line) is furniture


@pytest.mark.parametrize("text, name", [
    # a paragraph of the story that opens with a translation's words is no credit line
    ("Translated by a court interpreter, Mira Tolle told the magistrate she had never seen the cash.", "Mira Tolle"),
    ("Translated from the Portuguese, the memo from Kelbo Mining Corporation warns staff not to talk to reporters.",
     "Kelbo Mining Corporation"),
])
def test_paragraph_opening_with_translated_keeps_its_names(text, name):
    assert name in kinds(text)
