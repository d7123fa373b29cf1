"""Session 33's second round of whole names and of names no person nor body: firms named after partners with a
particle in lower case or a legal form after them, "Bros." inside a firm's name, the Welsh article inside a body's
name, a company's name opened by a foreign word the story glosses in lower case; a place's word standing alone
("the Island", "the Road to Nowhere"), a language's name ending "-an" before "word for", a capitalised plural
counted ("about 200 Kelbawenyos"), creeks listed before one plural, a region placed once that owns elsewhere, a
region after a list's "and even" in a sentence with no word of sport, two words after "at the" or "off", a place's
name and "-er", a writer's initials signing off.  Every passage is invented for the test; expected
values were checked by reading it; near misses where the rules must not fire follow each group."""

from __future__ import annotations

import pytest

from .conftest import kinds, stakeholder_rows


# --- whole firms' names ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    # a legal form after the last partner: one firm, though a partner's name is also a given name
    ("The chain Pellow, Dean & Karsley plc, which runs 400 shops, said it would move its call centre to Tarnby.",
     "Pellow, Dean & Karsley"),
    # a partner opened by a particle in lower case, a lawyer's title before the list
    ("Advocate Simon le Brocq, of Marrack, le Brocq & Tane, for the landowner, said the hedge was older than the "
     "road.", "Marrack, le Brocq & Tane"),
    # "Bros." inside the name, before more of it
    ("Between them, Halvorsen Bros. Gravel Ltd. employs 22 people each summer, the owners said.",
     "Halvorsen Bros. Gravel Ltd."),
    # the Welsh article inside a choir's name (the story writes its first word in lower case too)
    ("In a statement, Côr Meibion y Foelas said its concert at the chapel would go ahead. “Mae’r côr yn canu "
     "heno,” she said.", "Côr Meibion y Foelas"),
    # a company's first word glossed in lower case elsewhere in the story
    ("Kelu Bay Hotels Co., Ltd., the Nagoya-based firm behind the plan, said it was disappointed. Its name comes "
     "from kelu, the local word for the tide.", "Kelu Bay Hotels Co., Ltd."),
])
def test_a_firm_s_name_is_kept_whole(text, name):
    got = kinds(text)
    assert got.get(name) == "organisation", got


def test_a_firm_named_with_its_legal_form_once_is_whole_without_it():
    got = kinds('Pellow, Dean & Karsley plc, the chain of 400 shops, will hire 90 staff. "It is a start," said Jo '
                'Brannan, chief executive of Pellow, Dean & Karsley. Others rely on Pellow, Dean & Karsley and two '
                'more firms, she said.')
    assert got.get("Pellow, Dean & Karsley") == "organisation", got
    assert "Pellow" not in got and "Dean & Karsley" not in got, got


def test_a_list_with_an_ampersand_and_no_firm_cue_stays_a_list():
    # no firm's word before, no legal form after: three places or firms, no one name
    got = kinds("Floods hit Kelby, Tarnvale & Ashmoor on Sunday.")
    assert "Kelby, Tarnvale & Ashmoor" not in got, got
    # a given name among the partners and no legal form: no firm (a list of people)
    got = kinds("Dinner guests at the lodge included Brannock, Lyle & Teague.")
    assert "Brannock, Lyle & Teague" not in got, got


def test_a_welsh_article_after_a_given_name_joins_nothing():
    got = kinds("Dafydd Owen y postmon said the road was closed.")
    assert not any(" y " in n for n in got), got


# --- names no person nor body ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("The custom is part of the law of this Island, and every farmer on the Island knows it.", "Island"),
    ("Waiting lists run from Kelvale to the Road to Nowhere, the housing officer said.", "Road"),
    ("He said it at his home off 164 Street, in Tarnby.", "Street"),
])
def test_a_place_s_word_alone_is_no_body(text, name):
    got = kinds(text)
    assert got.get(name) == "place", got


def test_a_place_s_word_that_acts_is_kept():
    got = kinds("Harbour beat Tarn Grammar 2-0 in the final, and Harbour's coach Jo Doe praised the team.")
    assert got.get("Harbour") != "place", got


def test_a_place_s_word_that_speaks_or_is_a_surname_is_kept():
    got = kinds('"We will appeal," Park said on Monday.')
    assert got.get("Park") in ("person", "organisation"), got
    got = kinds("The report was written by Brook, a hydrologist.")
    assert got.get("Brook") != "place", got


def test_a_surname_ending_in_an_before_phrase_or_term_is_no_language():
    # "-an" ends surnames as often as languages (a review's near misses): the person keeps the mention
    rows = stakeholder_rows('"Measure twice" was a Dorgan phrase meaning patience, said Alma Dorgan, the owner.')
    assert "Dorgan" in rows.get("Alma Dorgan", ("", []))[1], rows
    # a body's jargon stays a body
    got = kinds("Officials said a surge was the Pentagon term for the extra troops.")
    assert got.get("Pentagon") == "organisation", got


@pytest.mark.parametrize("text, name", [
    ("He said the plant would employ about 350 Tarnawenyos once it runs.", "Tarnawenyos"),
    ("She described the town as two Kelbyvilles, one with water and one without.", "Kelbyvilles"),
])
def test_a_counted_capitalised_plural_is_no_body(text, name):
    got = kinds(text)
    assert got.get(name) == "group", got


def test_a_counted_plural_that_a_body_s_cue_types_is_kept():
    got = kinds("The 49 Tarnways spokesman said the line would reopen. Tarnways said fares would rise.")
    assert got.get("Tarnways") == "organisation", got
    # a band named with its count, listed with another band
    got = kinds("The concerts by staples like Kelbravox and 10,000 Tarnwoods drew crowds.")
    assert got.get("Tarnwoods") != "group", got


def test_creeks_listed_before_one_plural_are_places():
    got = kinds("Unlike Kelby, Tarnock and Ashvale creeks, the valley has never been mined.")
    assert all(got.get(n) == "place" for n in ("Kelby", "Tarnock", "Ashvale")), got


# --- regions' names -------------------------------------------------------------------------------------------------

def test_a_region_placed_once_may_own_elsewhere():
    got = kinds("KELVIN WEEKLY\nMpumalanga’s farming weekly\n\nShe was born in Barberton, in Mpumalanga’s east, "
                "in 1950.")
    assert got.get("Mpumalanga") == "place", got


def test_a_region_owning_and_never_placed_is_not_made_a_place():
    got = kinds("Mpumalanga’s weekly paper said it would close. Mpumalanga’s owners were not reached.")
    assert got.get("Mpumalanga") != "place", got


@pytest.mark.parametrize("text, name", [
    ("Weavers now send cloth to dyers in Kelbury, Tarnside and even Ludhiana, adding a week to orders.", "Ludhiana"),
])
def test_a_region_after_and_even_outside_sport_is_a_place(text, name):
    got = kinds(text)
    assert got.get(name) == "place", got


@pytest.mark.parametrize("text, name", [
    ("Moller scored twice for Bayern in the match on Saturday.", "Bayern"),
    ("The striker moved from Kelby Rovers, Sevilla and even Bayern before he signed.", "Bayern"),
])
def test_a_region_after_and_even_in_sport_is_no_place(text, name):
    got = kinds(text)
    assert got.get(name) != "place", got


def test_unknown_words_listed_with_a_town_after_from_are_places():
    got = kinds("Residents testified by video from Hilo, Kelbakaʻi and Tarnaʻi on Monday.")
    assert got.get("Kelbakaʻi") == "place" and got.get("Tarnaʻi") == "place", got


def test_a_cabinet_portfolio_of_telecommunications_is_no_body():
    got = kinds("The Minister for Ports, Shipping and Telecommunications, the Hon Jo Kelbo, opened the cable station.")
    assert "Ports, Shipping and Telecommunications" not in got and got.get("Jo Kelbo") == "person", got
    # a company's name ending in the word stays a body
    got = kinds("Shares in Tarnby Telecommunications rose on Monday.")
    assert got.get("Tarnby Telecommunications") == "organisation", got


@pytest.mark.parametrize("text, name", [
    ("A public meeting will be held at the Villa Tarnella on Sunday.", "Villa Tarnella"),
    ("Reporters waited near the Wisma Kelbaru on Monday.", "Wisma Kelbaru"),
    ("Lights were seen off the Ras Kelbo headland on 20 nights in March.", "Ras Kelbo"),
])
def test_two_words_no_given_name_after_at_or_off_are_a_place(text, name):
    got = kinds(text)
    assert got.get(name) == "place", got


def test_a_person_after_at_is_kept():
    got = kinds("Protesters shouted at Jo Kelbo outside the court.")
    assert got.get("Jo Kelbo") == "person", got
    got = kinds("He laughed at Kelbo Tarnuk, the mayor.")
    assert got.get("Kelbo Tarnuk") == "person", got


@pytest.mark.parametrize("text, name", [
    ("Jo Tarnow is a third-generation Marylander. She said the plan was sound.", "Marylander"),
    ("Jo Kelbo is a third-generation Vermonter. She said the plan was sound.", "Vermonter"),
])
def test_a_place_s_name_and_er_is_a_dweller_no_body(text, name):
    got = kinds(text)
    assert got.get(name) == "group", got


def test_a_surname_ending_as_a_dweller_s_word_is_kept():
    got = kinds("Jo Berliner said the plan was sound.")
    assert got.get("Jo Berliner") == "person", got


def test_initials_signing_off_a_live_blog_entry_are_no_body():
    got = kinds("The council will vote at 5 p.m., Kelbo said.\n\n— T.R.\n\n3:10 p.m. — Company answers critics\n\n"
                "Tarnco said it would appeal.\n\n— T.R.")
    assert "T.R." not in got and got.get("Tarnco") == "organisation", got


def test_an_employer_after_a_role_and_at_is_no_site():
    got = kinds("Analysts at the Kelbourne Tarrant bank put the odds of the deal at 80%.")
    assert got.get("Kelbourne Tarrant") != "place", got
    # "at" without "the": a firm's as often ("worked at Kelbourne Tarrant", "talks held at Kelbourne Tarrant")
    got = kinds("Work halted at Les Kelbières on Monday. The digger at Les Kelbières stood idle.")
    assert got.get("Les Kelbières") != "place", got


def test_a_language_s_saying_closing_its_clause_is_no_body():
    got = kinds("“Kelu is the treasure, and water is life,” she told the assembly.\n\nKelu nuchi is a Tarnarian "
                "saying, often quoted since the war.\n\nJo Kelbo, a farmer from Tarnby, said the wells were already "
                "salty. “We cannot drink the sea,” he said.")
    assert got.get("Tarnarian") not in ("person", "organisation"), got


@pytest.mark.parametrize("text, name, kind", [
    ("The president sat beside Kelbo Tarnuk at the state banquet.", "Kelbo Tarnuk", "person"),
    ("The coach took off Tarnby Rowe at half-time.", "Tarnby Rowe", "person"),
])
def test_a_person_beside_or_taken_off_stays_a_person(text, name, kind):
    assert kinds(text).get(name) == kind, kinds(text)


def test_a_food_named_after_a_town_is_no_group():
    assert kinds("Hamburger sales rose at the stadium, the caterer said.").get("Hamburger") != "group"


def test_a_dashed_list_of_bodies_is_no_sign_off():
    got = kinds("The fund is backed by:\n– IMF\n– EU")
    assert got.get("IMF") == "organisation", got


def test_a_lender_after_and_especially_in_a_list_of_lenders_is_no_place():
    got = kinds("Lenders including HSBC, Barclays and especially Santander cut rates.")
    assert got.get("Santander") != "place", got


def test_a_site_after_a_comma_and_at_is_a_place():
    got = kinds("On Tuesday, at the Kelbo Tepe refugee camp on the island, a man spoke.")
    assert got.get("Kelbo Tepe") == "place", got
