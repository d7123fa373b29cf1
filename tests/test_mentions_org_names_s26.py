"""Whole organisation names that were cut into pieces (session 26): names with "and", "of" and "for" opened by a
nationality or closed by a party's or a members' word, the bodies of two places, legal forms with a slash, branch
numbers, names in other languages.  Every sentence is invented for the test; expected values were checked by reading
it."""

from __future__ import annotations

import pytest

from .conftest import kinds


# --- a nation's body across "and" ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("The Estonian Union of Timber and Sawmill Workers called the closure a heavy blow.",
     "Estonian Union of Timber and Sawmill Workers"),
    ("A spokesman for the Latvian Federation of Glass and Ceramics Producers said orders had halved.",
     "Latvian Federation of Glass and Ceramics Producers"),
])
def test_a_nation_s_union_of_fields_and_its_members_is_one_name(text, name):
    assert kinds(text).get(name) == "organisation"


@pytest.mark.parametrize("text, name", [
    ("Lena Tarnqvist, who speaks for the Swedish Glass Fibre and Cable Industry Association, said orders had slowed.",
     "Swedish Glass Fibre and Cable Industry Association"),
    ("MP Jonas Kelbaitis of the Estonian Nature and Towns Party said the levy was unfair.",
     "Estonian Nature and Towns Party"),
    # (a plural field whose singular is a common word)
    ("MP Anna Kelbe of the Latvian Nature and Regions Party said the levy was unfair.",
     "Latvian Nature and Regions Party"),
])
def test_a_nationality_two_fields_and_a_body_s_word_make_one_name(text, name):
    assert kinds(text).get(name) == "organisation"


@pytest.mark.parametrize("text", [
    "The Norwegian Federation of Fisheries and Equinor signed a deal on Friday.",
    "The British Gas and Energy Networks Association met on Friday.",
])
def test_a_second_body_after_a_nation_s_body_stays_apart(text):
    assert not any(" and " in n for n in kinds(text)), kinds(text)


# --- a party of two ideas -----------------------------------------------------------------------------------------

def test_a_party_named_for_two_ideas_is_one_name():
    got = kinds("Jo Kelby of the Social Democratic and Renewal Party said the budget favoured the capital.")
    assert got.get("Social Democratic and Renewal Party") == "organisation"


def test_two_parties_leaders_are_no_party_of_their_own():
    assert "Republican and Democratic Party" not in kinds("Republican and Democratic Party leaders met on Friday.")


# --- the people of two places "for" them ----------------------------------------------------------------------------

def test_citizens_for_two_places_in_brackets_after_a_councillor_are_her_party():
    got = kinds("Deputy mayor Jana Kelbová (Citizens for Kelbov and Tarnice) voted against the plan.")
    assert got.get("Citizens for Kelbov and Tarnice") == "organisation"
    assert got.get("Jana Kelbová") == "person"


def test_residents_for_a_place_is_a_body():
    assert kinds("Residents for Tarn Valley said the road was unsafe.").get("Residents for Tarn Valley") \
        == "organisation"


def test_farmers_for_months_is_no_body():
    assert not any(n.startswith("Farmers for") for n in kinds("Farmers for months have asked Kelby Council for help."))


# --- the body of two places ---------------------------------------------------------------------------------------

def test_the_body_of_two_places_is_one_name_though_a_place_stands_alone():
    got = kinds("Tour operators in Kelbuthera have complained. The Kelbuthera and Tarn Island Tourism Council said "
                "visitors had fallen by a third.")
    assert got.get("Kelbuthera and Tarn Island Tourism Council") == "organisation"


def test_two_places_and_a_body_without_the_stay_apart_when_a_place_stands_alone():
    got = kinds("Tour operators in Kelbuthera have complained. Kelbuthera and Tarn Island Tourism Council staff met.")
    assert "Kelbuthera and Tarn Island Tourism Council" not in got


# --- body words --------------------------------------------------------------------------------------------------

def test_a_coordination_of_members_is_a_body():
    got = kinds("Jobless engineers from the Tarnby Coordination of Unemployed Graduates marched to the town hall.")
    assert got.get("Tarnby Coordination of Unemployed Graduates") == "organisation"


def test_coordination_of_in_lower_case_words_names_no_body():
    assert kinds("Coordination of the aid effort was poor, officials said.") == {"officials": "group"}


def test_a_regional_cluster_of_suppliers_is_a_body():
    got = kinds("The Western Kelbia Battery Suppliers' Cluster, which groups about 60 small workshops, said it "
                "was worried.")
    assert got.get("Western Kelbia Battery Suppliers' Cluster") == "organisation"


# --- legal forms and numbers --------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("Jo Doe, chief executive of Tarnoy Pelagic P/F, which owns two trawlers, told reporters the catch was late.",
     "Tarnoy Pelagic P/F"),
    ("Kelby Vind A/S said the farm would open next year.", "Kelby Vind A/S"),
])
def test_a_legal_form_with_a_slash_closes_the_company_name(text, name):
    assert kinds(text).get(name) == "organisation"


def test_a_slash_between_two_capitals_alone_is_no_company():
    assert kinds("The A/S split was done on Friday.") == {}


def test_a_description_opening_the_sentence_is_no_part_of_the_company_name():
    got = kinds("Kelbia has most of the ore. Rival Kelbo Norte Minerales SpA wants a licence of its own next year.")
    assert got.get("Kelbo Norte Minerales SpA") == "organisation"
    assert not any(n.startswith("Rival") for n in got)


def test_a_union_s_number_is_inside_its_name():
    got = kinds("The Sindicato de Trabajadores N°3 de Minera Kelby called a two-day stoppage on Monday.")
    assert got.get("Sindicato de Trabajadores N°3 de Minera Kelby") == "organisation"


# --- names in other languages -------------------------------------------------------------------------------------

def test_a_group_s_name_in_another_language_after_the_group_s_noun_is_whole():
    got = kinds("The appeal was lodged by the neighbours’ group Nej til Vindmøller ved Kelbyhavn, which was set "
                "up last spring.")
    assert got.get("Nej til Vindmøller ved Kelbyhavn") == "organisation"


def test_a_capitalised_word_after_a_group_s_noun_and_lower_case_words_stays_short():
    assert kinds("The group Kelby ondo Tarn went home.").get("Kelby ondo Tarn") is None


@pytest.mark.parametrize("text, name", [
    ("The Kelby Green Fields Association (Kelbyi Zöld Mezők és Erdők Egyesület) filed the appeal in March.",
     "Kelbyi Zöld Mezők és Erdők Egyesület"),
    ("The Kelbian Union of Metal Workers (Metalli- ja Konepajaliitto) called the closure a blow.",
     "Metalli- ja Konepajaliitto"),
])
def test_a_native_name_in_brackets_is_whole_and_the_body_s_alias(text, name):
    from analysis import Article
    from analysis.mentions import find_mentions

    df = find_mentions(Article.from_text(text))
    row = df[df["text"] == name]
    assert len(row) == 1 and row["kind"].iloc[0] == "organisation", df[["text", "name"]]


def test_two_french_particles_before_the_last_word_go_on_in_the_body_s_name():
    got = kinds("The Confédération Générale des Dockers et de l'Industrie Navale said the strike would go on.")
    assert got.get("Confédération Générale des Dockers et de l'Industrie Navale") == "organisation"


# --- "of the" after a nation's body or a members' body ------------------------------------------------------------

def test_of_the_and_a_region_after_a_nation_s_chamber_goes_on():
    got = kinds("Jo Doe, a spokesman for the Chilean Chamber of Mining and Industry of the Interior, said costs rose.")
    assert got.get("Chilean Chamber of Mining and Industry of the Interior") == "organisation"


def test_of_the_and_a_compass_word_after_a_members_union_goes_on():
    got = kinds("Jo Doe, spokesman for the Kelby Drivers' and Loaders' Union of the South, said deliveries had stopped.")
    assert got.get("Kelby Drivers' and Loaders' Union of the South") == "organisation"


def test_of_the_and_an_era_after_a_union_stays_out():
    assert not any("Cold War" in n for n in kinds("The Soviet Union of the Cold War era was different."))


# --- a part across "and" that opens a sentence as an ordinary word ---------------------------------------------------

def test_a_plural_the_article_writes_in_lower_case_opening_a_sentence_does_not_split_the_body():
    got = kinds("Suppliers will lose orders as well, and the suppliers know it. \"It hurts,\" said Jo Doe, a "
                "spokesman for the Association of Kelby Bakers and Suppliers.")
    assert got.get("Association of Kelby Bakers and Suppliers") == "organisation"


def test_a_plural_written_only_capitalised_alone_still_splits_the_body():
    got = kinds("Suppliers will lose orders as well. \"It hurts,\" said Jo Doe, a spokesman for the "
                "Association of Kelby Bakers and Suppliers.")
    assert "Association of Kelby Bakers and Suppliers" not in got
