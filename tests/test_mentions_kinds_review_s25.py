"""Near misses of session 25's kind rules found by a read-only review: a hearing "in Washington on Huawei", a party's
acronym before "county chairman", a country's player whose given name is a car maker's, Swedish and Māori given
names that open streets too, a body before a role and a titled name, a transcript's labels, "Brandon Belt", "to hail
Mary", "in a New Yorker".  The passages were invented by the reviewer (none is from the gold stories or PolNeAR);
the expected kinds were checked by reading each."""

from __future__ import annotations

import pytest

from analysis import Article, find_stakeholders


def stakeholders(text: str) -> dict:
    """Each stakeholder's name and its kind and aliases."""
    df = find_stakeholders(Article.from_text(text))
    return {r["name"]: (r["kind"], list(r["aliases"]) if r["aliases"] is not None else []) for _, r in df.iterrows()}


def kinds(text: str) -> dict:
    return {name: kind for name, (kind, _) in stakeholders(text).items()}


# A: the water of a town's name is no topic after a capital and "on"

@pytest.mark.parametrize("text, name", [
    ("A hearing in Washington on Huawei ended without a vote, lawmakers said.", "Huawei"),
    ("A briefing in Kyiv on Wagner was cancelled, officials said.", "Wagner"),
    ("The sanctions in Washington on Rosneft took effect on Friday, traders said.", "Rosneft"),
])
def test_a_body_after_a_capital_and_on_stays_a_body(text, name):
    assert kinds(text).get(name) == "organisation"


@pytest.mark.parametrize("text, water", [
    ("The crash happened near Stratford upon Avon on Friday, police said.", "Avon"),
    ("She grew up in Newcastle upon Tyne and studied in Leeds, said her brother, Tom Wilde.", "Tyne"),
])
def test_the_water_of_a_town_s_name_stays_a_place(text, water):
    assert kinds(text).get(water) == "place"


# B: a party's or a movement's local branch before a lower tier of local government

@pytest.mark.parametrize("text, name", [
    ("The GOP county chairman, Jo Tarnby, said the party would not endorse anyone.", "GOP"),
    ("The NAACP county chapter held a vigil in Tulsa, its president, Ann Roe, said.", "NAACP"),
    ("The NRM sub-county chairman, Moses Okello, said the party would field a candidate in Lira.", "NRM"),
    ("ODM county chairman Jo Otieno said the party would hold primaries in Kisumu next month.", "ODM"),
    ("Jubilee county assembly members walked out of the chamber in Nakuru on Tuesday.", "Jubilee"),
    ("Golkar regency chairman Jo Tarno said the party backed the incumbent in Bogor.", "Golkar"),
    ("Luzerne is a Trump county now, said Democratic strategist Jo Doe.", "Trump"),
    ("Fianna Fáil county councillor Jo Murphy said the bypass was overdue.", "Fianna Fáil"),
])
def test_a_party_before_a_lower_tier_of_local_government_is_no_place(text, name):
    assert kinds(text).get(name) != "place"


@pytest.mark.parametrize("text, name", [
    ("The NAACP county chapter held a vigil in Tulsa, its president, Ann Roe, said.", "NAACP"),
    ("The NRM sub-county chairman, Moses Okello, said the party would field a candidate in Lira.", "NRM"),
    ("ODM county chairman Jo Otieno said the party would hold primaries in Kisumu next month.", "ODM"),
])
def test_a_party_s_acronym_before_county_stays_a_body(text, name):
    assert kinds(text).get(name) == "organisation"


def test_a_village_before_sub_county_and_a_comma_stays_a_place():
    text = "Jo Tarnby, a farmer from Kelbanga sub-county, said the road had been closed since May."
    assert kinds(text).get("Kelbanga") == "place"


# C: a country's player or singer whose given name is a car maker's

@pytest.mark.parametrize("text, name", [
    ("Canada's Kia Nurse hit a three-pointer with four seconds left as the Sparks beat Seattle 78-76.", "Kia Nurse"),
    ("Argentina's Mercedes Sosa struck a chord with a generation of exiles, the biographer said.", "Mercedes Sosa"),
    ("Salinger's Holden Caulfield struck a nerve with millions of teenagers, the critic Ann Roe said.",
     "Holden Caulfield"),
    ("Spain's Mercedes Milá hit her stride as a television host in the 1980s.", "Mercedes Milá"),
    ("Nigeria's Dodge Ekpo struck twice as Enyimba won the derby in Aba.", "Dodge Ekpo"),
    ("Mexico's Tata Martino struck a defiant tone after the defeat in Doha, saying the team had played well.",
     "Tata Martino"),
])
def test_a_person_after_a_possessive_whose_given_name_is_a_car_maker_s_stays(text, name):
    assert kinds(text).get(name) == "person"


def test_a_car_after_a_driver_s_possessive_that_hits_someone_stays_a_product():
    text = "Police said Smith's Toyota Corolla hit him as he crossed the road in Leeds on Friday."
    assert kinds(text).get("Toyota Corolla") == "product"


# D: "Calle" and "Rua" are given names too

@pytest.mark.parametrize("text, name", [
    ("Calle Johansson, the former Washington Capitals defenceman, was inducted into the team's ring of fame on "
     "Friday.", "Calle Johansson"),
    ("Swedish forward Calle Jarnkrok scored twice as Toronto beat Boston 4-2.", "Calle Jarnkrok"),
    ("Maple Leafs forward Calle Jarnkrok signed a four-year contract on Thursday, the club said.", "Calle Jarnkrok"),
    ("Rua Tipoki, the former Maori All Blacks captain, will coach the side in Rotorua next season.", "Rua Tipoki"),
    ("Rua Kenana founded a settlement at Maungapohatu in 1907, historian Judith Binney wrote.", "Rua Kenana"),
])
def test_a_swedish_or_maori_given_name_opening_a_name_stays_a_person(text, name):
    assert kinds(text).get(name) == "person"


@pytest.mark.parametrize("text, name", [
    ("A fire broke out in a restaurant on Calle Ocho in Miami's Little Havana late on Saturday, police said.",
     "Calle Ocho"),
    ("The shop at Rua Tarnosa 14 in Porto was robbed on Monday, police said.", "Rua Tarnosa"),
])
def test_calle_or_rua_after_a_preposition_of_place_or_before_a_number_is_a_street(text, name):
    assert kinds(text).get(name) == "place"


# E: a body's name before a role's word and a titled name

@pytest.mark.parametrize("text, body, person", [
    ("\"We are worried,\" said National Cancer Institute Oncologist Dr. Jane Roe, who led the study.",
     "National Cancer Institute", "Jane Roe"),
    ("Federal Reserve Economist Dr. Ann Roe said inflation would ease.", "Federal Reserve", "Ann Roe"),
    ("Capital Economics Economist Dr. Jo Doe said the rand would weaken.", "Capital Economics", "Jo Doe"),
])
def test_a_body_before_a_role_and_a_titled_name_stays_without_the_role(text, body, person):
    got = kinds(text)
    assert got.get(body) == "organisation" and got.get(person) == "person"


@pytest.mark.parametrize("text", [
    "State Epidemiologist Dr. Linda Bell said cases had doubled in South Carolina.",
    "Senior Policy Analyst Dr. Jo Tarnby said the plan would fail.",
    "Lead Research Scientist Dr. Ann Roe said cases had risen.",
])
def test_a_rank_and_a_role_before_a_titled_name_make_no_body(text):
    assert [k for k in kinds(text).values() if k == "organisation"] == []


# F: a transcript's labels whose surname is a common word

def test_a_host_s_label_in_a_transcript_stays_a_person():
    text = ("TERRY GROSS, HOST:\nThis is FRESH AIR. My guest is the historian Annette Gordon-Reed.\n"
            "GROSS: Welcome to the show.\nANNETTE GORDON-REED: Thank you for having me.\n"
            "GROSS: Let's start with Monticello.")
    assert kinds(text).get("Gross") == "person"


def test_a_label_after_a_speaker_s_full_label_leaves_the_next_label_a_person():
    text = ("REPRESENTATIVE JIM BANKS: We will hold hearings.\nBANKS: The FBI must answer.\n"
            "TODD: Congressman, thank you.")
    assert kinds(text).get("Todd") == "person"


# G, H, I: "Belt" a surname; "hail" a verb; "in a New Yorker" a magazine's issue

def test_a_surname_that_is_a_region_s_word_too_stays_a_person():
    text = ("Brandon Belt homered twice as the Blue Jays beat the Yankees 6-3 on Tuesday. Belt said he felt good at "
            "the plate.")
    got = stakeholders(text)
    assert got.get("Brandon Belt") == ("person", ["Belt"])


def test_hail_as_a_verb_before_a_name_is_no_prayer():
    text = ("Fans in Dublin came to hail Mary as their hero on Sunday night. Mary McAleese, the former president, "
            "waved from the balcony.")
    assert stakeholders(text).get("Mary McAleese") == ("person", ["Mary"])


def test_a_magazine_s_issue_after_in_a_stays():
    text = "The cartoon ran in a New Yorker in 2019 and was later sold at Christie's for $20,000."
    assert kinds(text).get("New Yorker") == "organisation"
