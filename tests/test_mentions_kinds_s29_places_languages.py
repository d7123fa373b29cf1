"""Kinds of names that are places, languages, currencies, dates and portfolios, no actors (session 29): land and
sea words opening or closing a name, a clause of an unnamed person after the place that person is from, a town
opening a sentence, a given name of a country in a list of places, a telephone line or a road from a place, peoples
and languages by a short noun, a language after a verb of speaking, a currency's letters before its noun, fields of
a cabinet portfolio, a month of another language after a day's number, "our" opening a slogan in its language.
Every passage is invented for the test; expected values were checked by reading it."""

from __future__ import annotations

import pytest

from .conftest import kinds, stakeholder_rows


def _actors(text: str) -> dict:
    return {n: k for n, (k, _) in stakeholder_rows(text).items() if k in ("person", "organisation")}


@pytest.mark.parametrize("text, name", [
    ("Trucks leaving the Cerro Tambolac quarry raise dust all day, villagers said.", "Cerro Tambolac"),
    ("Boatmen carry maize across the Río Quelmo twice a day in the dry season, a trader said.", "Río Quelmo"),
    ("A cable laid across the Marrek Trough would cost more than the field earns, the engineer said.",
     "Marrek Trough"),
    ("Drilling resumed in the Tassova Belt last week after a four-month pause, the ministry said.", "Tassova Belt"),
    ("The marina planned at the Anse Belvaut would take 300 boats, the harbour master said.", "Anse Belvaut"),
    ("The agency moved its offices to Boulevard Marcel Dutronc in March, a spokeswoman said.",
     "Boulevard Marcel Dutronc"),
])
def test_a_land_or_water_word_opening_or_closing_a_name_makes_a_place(text, name):
    assert kinds(text).get(name) == "place"


@pytest.mark.parametrize("text, name, kind", [
    # a body's own word closes a name opened by a land word
    ("Cerro Tambolac Mining Corp said on Tuesday that it had filed the permit.", "Cerro Tambolac Mining Corp",
     "organisation"),
])
def test_a_land_word_does_not_take_a_body_s_name(text, name, kind):
    assert kinds(text).get(name) == kind


def test_a_channel_is_no_listed_water_word():
    text = "The Tarvo Channel said on Monday that it had dropped the show."  # a television channel
    assert kinds(text).get("Tarvo Channel") != "place"


@pytest.mark.parametrize("text, name", [
    ("A night nurse in Villa Marcota, who has worked there since 2010, said the clinic had no fuel.", "Villa Marcota"),
    ("A cattle rancher in San Telmo Alto, who spoke on condition of anonymity, said the fences were cut.",
     "San Telmo Alto"),
])
def test_who_after_an_unnamed_person_placed_by_a_preposition_is_the_person_s(text, name):
    assert kinds(text).get(name) == "place"


def test_who_after_a_person_s_name_after_from_stays_the_person():
    text = "The letter came from Maria Velandro, who chairs the board, on Friday."
    assert kinds(text).get("Maria Velandro") == "person"


def test_a_town_opening_a_sentence_before_an_appositive_is_a_place():
    text = ("Exports fell sharply last year, traders said.\n\nIn Tarvonne, the paint maker Kelbar Coatings said it "
            "had cut a shift.")
    assert kinds(text).get("Tarvonne") == "place"
    assert kinds(text).get("Kelbar Coatings") == "organisation"


def test_a_country_that_is_a_given_name_in_a_list_of_places_is_a_place():
    text = "Flights to Chad and Cameroon were cancelled for a third day, the airline said."
    assert kinds(text).get("Chad") == "place"


def test_a_given_name_in_a_list_with_a_person_stays_a_person():
    text = "Chad and Maria Velandro said on Monday that they would appeal the ruling."
    assert _actors(text).get("Chad") == "person"


@pytest.mark.parametrize("text, name", [
    ('"Nobody has paid us," the foreman said by telephone from Quimbara.', "Quimbara"),
    ("Landslides have closed the road from Tessolo since Sunday, the police said.", "Tessolo"),
    ("Fuel is shipped each week from the old port at Marsavik, the harbour office said.", "Marsavik"),
])
def test_a_line_a_road_or_a_port_places_the_name_after_it(text, name):
    assert kinds(text).get(name) == "place"


def test_a_call_from_a_firm_is_no_place():
    text = "The warning followed a call from Kelbrand, the lender said."
    assert kinds(text).get("Kelbrand") != "place"


@pytest.mark.parametrize("text, name", [
    ("Serb shopkeepers in the old town closed early on Friday, a councillor said.", "Serb"),
    ("The ceremony was led by a Mayan priest, and villagers then voted on the mine.", "Mayan"),
    ('The elder closed the meeting using the Tetum for "go well, all of you".', "Tetum"),
    ("Few of the miners speak Kelbani and Marotese, so the foreman uses a translator.", "Kelbani"),
    ("Few of the miners speak Kelbani and Marotese, so the foreman uses a translator.", "Marotese"),
])
def test_a_people_or_a_language_is_no_actor(text, name):
    assert kinds(text).get(name) is None


def test_a_party_named_for_a_people_stays_a_body():
    text = "The Serb Civic Party said on Monday that it would boycott the vote."
    assert _actors(text).get("Serb Civic Party") == "organisation"


def test_spoke_to_a_body_is_no_language():
    text = "The minister spoke to Kelbrand Holdings on Friday about the loan."
    assert _actors(text).get("Kelbrand Holdings") == "organisation"


@pytest.mark.parametrize("text, name", [
    ("The cotton board still owes growers 750 million CFA francs, the union said.", "CFA"),
    ("Cement imports fell to Kz 40 billion in 2022, or around 48 million US dollars at the official rate.", "Kz"),
])
def test_a_currency_s_letters_are_no_body(text, name):
    assert name not in _actors(text)


def test_the_body_s_letters_before_a_year_stay_a_body():
    text = "Since 2019 CFA has trained 400 volunteers, the CFA said in a statement."
    assert _actors(text).get("CFA") == "organisation"


@pytest.mark.parametrize("text, name", [
    ("Growers wrote on Friday to the Minister of Energy and Mineral Wealth, Pedro Kelbala, about the wells.",
     "Energy and Mineral Wealth"),
    ("Pupils waited at the gate for the Minister of Mineral Resources and Tourism, Ana Tarnos.", "Mineral Resources"),
    ("Deputies pressed the Minister for Transport, Tourism and Civil Aviation, Luc Kelbert, over the airport.",
     "Civil Aviation"),
    ("Deputies pressed the Government Councillor-Minister for Social Affairs and Health, Luc Kelbert, over the "
     "clinic.", "Affairs and Health"),
])
def test_a_portfolio_s_fields_are_no_body(text, name):
    assert name not in _actors(text)


def test_a_body_after_minister_of_state_for_stays():
    text = "The Secretary of State met Kelbrand Holdings on Monday, the embassy said."
    assert _actors(text).get("Kelbrand Holdings") == "organisation"


def test_a_month_of_another_language_after_a_day_is_no_actor():
    text = "He spoke at the firm's offices on Avenida 17 de Setembro in the capital, aides said."
    assert "Setembro" not in _actors(text)


def test_our_opening_a_slogan_in_its_language_is_no_actor():
    text = "Fishermen held up a sign reading « Notre port, nos bateaux » at the quay."
    assert kinds(text).get("Notre") is None


def test_a_name_opened_by_notre_stays_a_name():
    text = "Notre Dame said on Monday that it would cut tuition, a spokesman said."
    assert "Notre Dame" in _actors(text)


def test_a_region_of_several_countries_is_a_place():
    text = "Rail freight across the Balkans fell by a fifth last year, the report said."
    assert kinds(text).get("Balkans") == "place"


def test_a_firm_named_like_a_foreign_month_stays_a_body():
    text = "Mars said on Tuesday that it would raise prices in March, a spokesman said."
    assert "Mars" in _actors(text)


def test_a_body_s_noun_in_a_phrase_of_region_after_a_town_says_nothing_of_it():
    text = "Floods cut off the villages of Kelbaro and Tarnova, in the northern department of Marsolo, on Sunday."
    assert kinds(text).get("Tarnova") == "place"


def test_an_appositive_after_a_body_still_types_it():
    text = "The plan was backed by Tarnova, the regional water company, on Monday."
    assert kinds(text).get("Tarnova") == "organisation"


@pytest.mark.parametrize("text, name", [
    ("A tanker carrying diesel has waited anchored off Porvenne for six days, importers said.", "Porvenne"),
    ("Grain ship waits off Porvenne as fees go unpaid\n\nThe owners said the cargo would spoil.", "Porvenne"),
])
def test_a_ship_off_a_town_places_it(text, name):
    assert kinds(text).get(name) == "place"


def test_a_firm_sold_off_is_no_place():
    text = "The group sold off Kelbrand last year to pay its debts."  # (no speech: only the sea word decides)
    assert kinds(text).get("Kelbrand") != "place"


# Near misses found in review: each rule above narrowed so that these keep their actor.

@pytest.mark.parametrize("text", [
    "Patagonia said on Wednesday that it would give its profits to groups fighting climate change.",
    "A spokeswoman for Patagonia declined to comment on the recall of 12,000 fleece jackets.",
])
def test_a_brand_named_like_a_region_stays_a_body(text):
    assert kinds(text).get("Patagonia") != "place"
    assert _actors(text).get("Patagonia") == "organisation"


def test_a_surname_named_like_a_region_stays_the_person_s():
    text = "The cellist Marta Levant played in Lyon on Friday; Levant said the hall was too cold."
    rows = stakeholder_rows(text)
    assert "Levant" not in rows
    assert rows["Marta Levant"] == ("person", ["Levant"])


@pytest.mark.parametrize("text, name", [
    ("Kamau spoke Thursday and Wekesa answered on Friday, saying the offer was too low.", "Wekesa"),
    ("After the governor spoke Monday, Achieng walked out of the hall.", "Achieng"),
    ("Having spoken Saturday, Njoroge flew to Mombasa on Sunday, his aide said.", "Njoroge"),
])
def test_a_day_after_spoke_is_no_language_and_keeps_the_next_name(text, name):
    assert name in _actors(text)


def test_a_surname_named_like_a_sea_floor_word_stays_a_person():
    text = "The study was led by Daniel Trench and Rosa Imbert of the institute."
    assert kinds(text).get("Daniel Trench") == "person"


@pytest.mark.parametrize("text, name", [
    ("Playa Verdosa Hotels & Resorts said on Wednesday that it would sell two of its properties.",
     "Playa Verdosa Hotels & Resorts"),
    ("Shares of Playa Verdosa Hotels & Resorts fell 8% after the sale was called off.",
     "Playa Verdosa Hotels & Resorts"),
    ("Punta Almera said on Thursday that it had hired 300 workers for the new line.", "Punta Almera"),
])
def test_a_land_word_of_another_language_does_not_take_a_firm(text, name):
    assert kinds(text).get(name) != "place"


def test_in_a_statement_after_a_name_is_no_phrase_of_location():
    text = "Velmar, in a company statement on Monday, put the loss at $4 million."
    assert _actors(text).get("Velmar") == "organisation"


def test_in_and_a_listed_place_after_a_town_is_a_phrase_of_location():
    text = "Cattle are trucked to Tarnova, in Bolivia, the company said."
    assert kinds(text).get("Tarnova") == "place"


@pytest.mark.parametrize("text, names", [
    ("The accord was signed by the Minister of Energy, Yaw Darko and Abena Ofori, the regulator's chief.",
     ("Yaw Darko", "Abena Ofori")),
    ("The Minister of Tourism, Kojo Asante and Efua Boakye opened the hotel.", ("Kojo Asante", "Efua Boakye")),
])
def test_a_person_after_an_office_s_field_ends_the_portfolio(text, names):
    actors = _actors(text)
    assert all(actors.get(n) == "person" for n in names)


@pytest.mark.parametrize("text, name", [
    ("The newest phone from Velbrand sold out within hours, the company said.", "Velbrand"),
    ("New routes from Aerovel begin in June, the airline said.", "Aerovel"),
])
def test_a_product_or_a_service_from_a_firm_does_not_place_it(text, name):
    assert kinds(text).get(name) != "place"


def test_a_surname_named_like_a_people_keeps_its_alias():
    text = "Opposition leader Mehmet Tatar said on Monday the talks had failed. Tatar told reporters the plan was dead."
    assert stakeholder_rows(text)["Mehmet Tatar"] == ("person", ["Tatar"])


@pytest.mark.parametrize("text, name, kind", [
    ("Clashes in Amhara displaced 20,000 people last month, aid workers said.", "Amhara", "place"),
    ("Guarani beat Nacional 2-0, and Guarani coach Luis Benítez said the title was still open.", "Guarani",
     "organisation"),
])
def test_a_region_or_a_club_named_like_a_people_keeps_its_kind(text, name, kind):
    assert kinds(text).get(name) == kind


def test_our_of_another_language_opening_no_quotation_stays_a_name():
    text = "Portugal's Nos said on Tuesday that it would bid for the spectrum licence."
    assert _actors(text).get("Nos") == "organisation"


def test_a_month_of_another_language_after_a_number_that_is_no_date_stays_a_name():
    text = "In round 3 Avril beat the top seed in straight sets."
    assert "Avril" in _actors(text)
