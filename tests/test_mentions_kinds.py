"""The kind of a name in ordinary news copy (session 23): titles in two-apostrophe quotations, places listed after
or before a plural of settlements, bodies whose own words say so.  Every sentence is invented for the test;
expected values were checked by reading it."""

from __future__ import annotations

import pytest

from analysis import Article, find_stakeholders
from analysis.mentions import find_mentions


def kinds(text: str) -> dict:
    df = find_mentions(Article.from_text(text))
    return dict(zip(df["name"], df["kind"]))


def actors(text: str) -> dict:
    df = find_stakeholders(Article.from_text(text))
    return {n: k for n, k in zip(df["name"], df["kind"]) if k in ("person", "organisation")}


# --- titles in two-apostrophe quotations (archived US papers' style) -------------------------------------------

@pytest.mark.parametrize("text, title", [
    ("The network also revived ''Harbor Lights,'' a drama that first aired in 1991, Jo Perrin said.", "Harbor Lights"),
    ("Critics liked ''The Quiet Tenant,'' and Kelbrook Books plans a sequel next year.", "Quiet Tenant"),
    ("He was asked about ''Kelby House'' during an interview on Tuesday.", "Kelby House"),
])
def test_a_title_alone_in_two_apostrophe_quotes_is_no_actor(text, title):
    assert title not in actors(text)


@pytest.mark.parametrize("text, name, kind", [
    # a partial quotation naming a person: the person stays
    ("He said he felt ''the looming presence of Martha Kelso,'' his mother, at every debate.", "Martha Kelso",
     "person"),
    ("''It's nonsense,'' Mr. Tarrant said. ''Ask Dana Whitcombe about it.''", "Dana Whitcombe", "person"),
    # a name also written outside the quotation marks stays
    ("Kelbrook Media bought ''Harbor Lights.'' Kelbrook Media said it would air in May.", "Kelbrook Media",
     "organisation"),
    # an ordinary speech quotation with a speaker
    ("''We will appeal,'' said Ronan Pell, a lawyer for the family.", "Ronan Pell", "person"),
    # apostrophes inside names are no quotation marks
    ("Mr. O'Hara's office said Sean O'Hara would testify on Monday.", "Sean O'Hara", "person"),
])
def test_two_apostrophe_quotes_leave_ordinary_names_alone(text, name, kind):
    assert actors(text).get(name) == kind


# --- places listed after or before a plural of settlements -----------------------------------------------------

def test_names_after_the_villages_of_are_places():
    k = kinds("Residents of the villages of Hollenby and Marsk fear the dike works. "
              "The meeting was held in the Hollenby sports hall.")
    assert k["Hollenby"] == "place" and k["Marsk"] == "place"


def test_names_after_counties_of_and_towns_such_as_are_places():
    k = kinds("Campaign ads ran in the two suburban counties of Cardle and Wenlow for weeks.")
    assert k["Cardle"] == "place" and k["Wenlow"] == "place"
    k = kinds("She promised jobs for communities such as Brackwater, where mills have closed.")
    assert k["Brackwater"] == "place"


def test_names_before_a_plural_of_settlements_are_places():
    k = kinds("Flood wardens checked Renholm and Birtle villages overnight.")
    assert k["Renholm"] == "place" and k["Birtle"] == "place"
    k = kinds("Ohio's Marrick, Ashgrove and Tullow counties all went for the governor.")
    assert k["Ashgrove"] == "place" and k["Tullow"] == "place"


@pytest.mark.parametrize("text, name, kind", [
    # companies, shops and sites are no places
    ("Companies such as Kelbrook and Tarnwell cut jobs last year, Jo Perrin said.", "Kelbrook", "organisation"),
    ("The Kelbook communities grew quickly, and Kelbook said it would hire moderators.", "Kelbook", "organisation"),
    ("Acme Foods and Tarnco Holdings bought farms in the region, officials said.", "Acme Foods", "organisation"),
    # a name listed after a plural of settlements that speaks elsewhere acts as an actor
    ("The cities of Kelby and Tarno signed a pact, and Kelby said it would pay for the bridge.", "Kelby",
     "organisation"),
    # people are no places
    ("Jane Doe and Tom Roe toured towns such as Brackwater in May.", "Jane Doe", "person"),
])
def test_plural_settlement_lists_leave_other_names_alone(text, name, kind):
    assert kinds(text).get(name) == kind


# --- bodies whose own words say so -----------------------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("Lena Ortiz told the Kelby Daily Beacon in an email that she would run again.", "Kelby Daily Beacon"),
    ("The deal was first reported by Harlan Publishing and by two local papers.", "Harlan Publishing"),
    ("He spoke on the Merrow News Channel after the debate.", "Merrow News Channel"),
    ("Patients at Harlan University Hospitals waited for hours.", "Harlan University Hospitals"),
    ("Results from Wexley Politics and from the state party were close. Wexley Politics has polled the state "
     "since 2010.", "Wexley Politics"),
])
def test_an_uncued_name_with_a_body_s_words_is_an_organisation(text, name):
    assert kinds(text)[name] == "organisation"


@pytest.mark.parametrize("text, name", [
    ("The report was written by Martha Fielding and published on Monday.", "Martha Fielding"),
    ("Asked about the plan, Kwabena Brooks shook his head.", "Kwabena Brooks"),
    ("Minutes later, Secretary of State Dana Whitcombe arrived.", "Dana Whitcombe"),
    ("A photograph of Oisin Royal hangs in the hall.", "Oisin Royal"),
    ("A photograph of Ingrid Banks hangs in the hall.", "Ingrid Banks"),
    ("The letter was signed by Tamsin Whitlow and Oisin Carrick.", "Oisin Carrick"),
])
def test_a_person_s_name_is_not_made_a_body_by_its_surname(text, name):
    assert kinds(text)[name] == "person"


# --- laws named after their sponsors -----------------------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("She praised the Harlow-Fenwick bill that regulates payday lenders.", "Harlow-Fenwick"),
    ("One vote he regrets is the repeal of Marsden-Tully, he told the paper.", "Marsden-Tully"),
    ("Banks have lobbied for years to weaken Harlow-Fenwick rules on capital.", "Harlow-Fenwick"),
])
def test_a_hyphenated_pair_of_surnames_used_as_a_law_is_no_actor(text, name):
    assert kinds(text).get(name, "product") == "product"
    assert name not in actors(text)


@pytest.mark.parametrize("text, name", [
    ("Ashworth-Bryce said the bill would pass, and Ashworth-Bryce voted for it.", "Ashworth-Bryce"),
    ("Under Secretary Lyle-Morton backed the law last year.", "Lyle-Morton"),
    ("Jo-Ann Pike said the law was unfair.", "Jo-Ann Pike"),
    ("The Kelby-Tarno campaign said the legislation would fail.", "Kelby-Tarno"),
    ("Ferris-Bowen, a law firm, said the rules were unfair.", "Ferris-Bowen"),
    ("Critics of Ashworth-Bryce's bill said it went too far.", "Ashworth-Bryce"),
])
def test_hyphenated_names_that_act_are_no_law(text, name):
    assert kinds(text).get(name) != "product"


# --- roads named for titled people -------------------------------------------------------------------------------

def test_a_road_named_for_a_titled_person_is_a_place():
    k = kinds("Two men were shot near a shop on Lady Marwood Road on Saturday. A resident of Lady Marwood Road said "
              "the gunmen were strangers.")
    assert k["Marwood Road"] == "place"
    assert kinds("The crash happened on Sir Ellis Road near the school.")["Ellis Road"] == "place"


@pytest.mark.parametrize("text, name, kind", [
    ("Lady Ashworth visited Tarn Road on Monday and said the repairs were late.", "Ashworth", "person"),
    ("Jane Doe of Kelby Road said the council had ignored residents.", "Jane Doe", "person"),
    ("Road safety minister Jo Kelby said the plan would save lives.", "Jo Kelby", "person"),
    ("Sir Tom Avery, who grew up on Mill Road, said he was proud.", "Tom Avery", "person"),
    ("Nathan Lane told reporters the show would go on.", "Nathan Lane", "person"),
])
def test_people_beside_roads_stay_people(text, name, kind):
    assert kinds(text).get(name) == kind


# --- vehicles by their maker's name ------------------------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("The court heard Marlow was driving his modified Holden Tarago at up to 112km/h.", "Holden Tarago"),
    ("A friend, Jayden Perrin, 19, was driving a Subaru Kelvo that night.", "Subaru Kelvo"),
    ("Police found a stolen Toyota Harlan near the school.", "Toyota Harlan"),
])
def test_a_maker_and_a_model_after_an_article_or_owner_is_a_vehicle(text, name):
    assert kinds(text).get(name, "product") == "product"
    assert name not in actors(text)


@pytest.mark.parametrize("text, name", [
    ("A Ford Foundation grant paid for the study, Jo Kelby said.", "Ford Foundation"),
    ("Workers at a Toyota Motor plant went on strike.", "Toyota Motor"),
    ("Mercedes Ruehl said the play would close on Sunday.", "Mercedes Ruehl"),
    ("Holden Caulfield is the narrator of the novel, his teacher said.", "Holden Caulfield"),
    ("An Aston Villa fan was arrested, and a Lincoln Memorial guard was hurt.", "Lincoln Memorial"),
    ("The mayor of Dodge City, Ellen Marsh, said a Dodge City bypass was planned.", "Dodge City"),
])
def test_makers_names_in_other_names_are_no_vehicle(text, name):
    assert kinds(text).get(name) != "product"
