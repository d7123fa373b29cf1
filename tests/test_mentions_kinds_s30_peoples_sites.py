"""Peoples of places and sites named for places (session 30): a name no cue types that is a listed place's name or
a place the story names with the ending of its people ("Solomon Islanders", "Tarvanians" after "Tarvania"), a group,
no body; a name no cue types used only as a place or before a site named for its land ("the Kelby deposit", "Tarno
station"), a place.  Every passage is invented for the test; expected values were checked by reading it."""

from __future__ import annotations

import pytest

from .conftest import kinds, stakeholder_rows


@pytest.mark.parametrize("text, name", [
    ("Under the new visa deal, Solomon Islanders may work in the fish plants for three years, officials said.",
     "Solomon Islanders"),
    ("Boats from the Ulvari Reef ship tuna to Manila. The plant will train Ulvarians to run the freezers, the "
     "manager said.", "Ulvarians"),
])
def test_a_place_s_name_and_its_people_s_ending_is_a_group(text, name):
    assert kinds(text).get(name) == "group"


@pytest.mark.parametrize("text, name", [
    ("Boats from the Ulvari Reef land tuna at Kelbport. Ulvarians, the reef's biggest trawler firm, said on Monday "
     "that it would buy two boats.", "Ulvarians"),
    ("Tarvanians, a bakery chain, said on Monday that it would close four shops.", "Tarvanians"),
])
def test_a_plural_of_no_place_the_story_names_stays_an_actor(text, name):
    assert kinds(text).get(name) in ("organisation", "person")


def test_a_plural_with_no_cue_whose_stem_is_no_place_is_no_group():
    # no cue, no speech, no owner's mark: only the want of a place named "Morvelo" keeps it out of the peoples
    text = "The bridge tender went to Morvelians in 2021, and the work is a year late, the auditor found."
    assert kinds(text).get("Morvelians") != "group"


@pytest.mark.parametrize("text, name", [
    ("A Turkish consortium will mine the northern half of the Karvelo deposit, the mines ministry said on Sunday.",
     "Karvelo"),
    ("Output from the Wadi Korvan oil field has halved since a pipeline burst in June, a geologist told the agency.",
     "Wadi Korvan"),
    ("The first grain train left Ondasso station at dawn, and the wagons were unloaded at the port by noon, the "
     "operator said.", "Ondasso"),
])
def test_a_name_before_a_site_named_for_its_land_is_a_place(text, name):
    assert kinds(text).get(name) == "place"


@pytest.mark.parametrize("text, name", [
    ("Kelvaro said on Monday that its station in the capital would stay open.", "Kelvaro"),
    ("Output at the Tarnwell field fell after Tarnwell cut its drilling budget, the company said.", "Tarnwell"),
    ("The Kelbcon station contract was signed in March, the ministry said.", "Kelbcon"),
])
def test_a_firm_that_acts_or_owns_stays_a_body_before_its_site(text, name):
    assert kinds(text).get(name) == "organisation"


@pytest.mark.parametrize("text, name", [
    ("Production at the Kestrov field resumed on Monday after the strike, the oil ministry said.", "Kestrov"),
    ("Thieves broke into the Halvenko station on the hill and took the batteries, the telecoms regulator said.",
     "Halvenko"),
    ("Illegal miners entered the Drummark concession at dawn, the regional police said.", "Drummark"),
    ("The tanker was delivered from the Varnsund shipbuilding yard in Kelvik last month, its owner said.",
     "Varnsund"),
    ("Drivers waited an hour at an Elvotra charging station outside the city, the motoring club said.", "Elvotra"),
])
def test_a_firm_s_own_site_is_no_place(text, name):
    assert kinds(text).get(name) != "place"


def test_a_name_before_its_land_word_after_the_is_a_place():
    assert kinds("Rangers found two poached rhinos in the Molvesi reserve, the wildlife service said.").get(
        "Molvesi") == "place"


def test_the_owner_before_a_site_at_a_named_spot_is_no_place():
    assert kinds("The Kelbcon dam at Tarnoville was completed in 1984.").get("Kelbcon") != "place"


@pytest.mark.parametrize("text, name", [
    ("An elder of Tolvakei hamlet said the ban would empty the boats.", "Tolvakei"),
    ("A lawyer for the Tobwena landowners filed the rent claim in March. Supply boats call at Tobwena Atoll twice a "
     "month.", "Tobwena"),
])
def test_a_name_before_its_settlement_or_its_landowners_is_a_place(text, name):
    assert kinds(text).get(name) == "place"


@pytest.mark.parametrize("text, name", [
    ("The Wirrandi landowners won compensation from the iron ore miner, the Federal Court ruled.", "Wirrandi"),
    ("Gunbarra landowners objected to the port lease, their lawyer said.", "Gunbarra"),
])
def test_a_people_s_name_before_landowners_is_no_place(text, name):
    assert kinds(text).get(name) != "place"


def test_an_act_of_god_names_no_actor():
    text = "Insurers have refused to pay for the flooded cellars, calling the storm an act of God, said Pavel Drunik."
    assert "God" not in kinds(text)


def test_a_body_named_of_god_stays_beside_another_act():
    text = "The Church of God said on Monday that the act of vandalism would not stop its services."
    assert kinds(text).get("Church of God") == "organisation"


@pytest.mark.parametrize("text, name", [
    ("Snow closed two passes in the Pyrenees overnight, and lorries queued for hours, the traffic police said.",
     "Pyrenees"),
    ("The wine co-operative ships most of its red to Sardinia by ferry, its director said.", "Sardinia"),
    ("Ferries to Crete were cancelled on Friday as the strike spread, the port authority said.", "Crete"),
])
def test_a_mountain_range_or_a_large_island_is_a_place(text, name):
    assert kinds(text).get(name) == "place"


@pytest.mark.parametrize("text, short, full", [
    ("Sakhalin Energy said on Friday that its cargoes to Busan would continue. Sakhalin has shipped gas there since "
     "2011.", "Sakhalin", "Sakhalin Energy"),
    ("Borneo Motors, the Kuching car dealer, lifted its prices. Borneo said the yen had pushed costs up.", "Borneo",
     "Borneo Motors"),
])
def test_an_island_that_opens_a_firm_s_name_stays_the_firm_s_short_form(text, short, full):
    rows = stakeholder_rows(text)
    assert short not in rows and rows[full][0] == "organisation"


@pytest.mark.parametrize("text, names", [
    ("Transit cargo has fallen this year as the port of Mombasa competes with Beira and Nacala for Zambian copper, a "
     "shipping agent said.", ["Beira", "Nacala"]),
    ("The feeder service, which links Durban with Maputo and Nacala, will run twice a week, its agent said.",
     ["Maputo", "Nacala"]),
    ("The union says it has members in Lima and Arequipa. The region is competing with Arequipa and Puno for the same "
     "investors, he said.", ["Puno"]),
])
def test_gazetteer_towns_a_place_is_linked_or_compared_with_are_places(text, names):
    found = kinds(text)
    assert all(found.get(n) == "place" for n in names)


@pytest.mark.parametrize("text, name", [
    ("Kelbtron merged with Toyota and Suez last year, the filing shows.", "Suez"),
])
def test_towns_after_with_and_no_place_before_stay_as_they_were(text, name):
    assert kinds(text).get(name) != "place"


@pytest.mark.parametrize("text, name", [
    ("Ohio competes with Princeton and Oxford for the brightest young chemists, the state's science adviser said.",
     "Princeton"),
    ("Ghana has signed contracts with Nokia and Orange to widen 5G coverage, the communications ministry said.",
     "Nokia"),
])
def test_bodies_a_state_competes_or_signs_deals_with_are_no_places(text, name):
    assert kinds(text).get(name) != "place"


@pytest.mark.parametrize("text, word", [
    ("A Koranic school in Agadez burned down on Friday, and 40 pupils now study in a tent, the fire service said.",
     "Koranic"),
    ("Enrolment at Quranic schools in the district has doubled since 2019, the education office said.", "Quranic"),
])
def test_a_scripture_s_adjective_names_no_actor(text, word):
    assert word not in kinds(text)


@pytest.mark.parametrize("text, name", [
    ("Since the pension reform the Republic's hospitals have lost 300 nurses to Austria, a union official told the "
     "radio.", "Republic"),
])
def test_a_state_s_form_alone_after_the_is_the_country_though_it_owns(text, name):
    assert kinds(text).get(name) == "place"


@pytest.mark.parametrize("text", [
    "A column in the Republic attacked the council on Sunday, and the Republic's publisher stood by it.",
    "The Kelso Republic backed the mayor on Sunday, and the Republic's website crashed under the traffic.",
])
def test_a_paper_s_short_name_that_is_a_state_s_form_is_no_place(text):
    assert kinds(text).get("Republic") != "place"


def test_a_state_s_form_that_speaks_stays_as_it_was():
    assert kinds("The Republic said on Monday that it would publish the letters.").get("Republic") != "place"


@pytest.mark.parametrize("text, name", [
    ("Bidders want to turn the old tram depot into a casino at Korvetto by 2028, said Ilse Marnow.", "Korvetto"),
    ("We have an empty building at Montecasso that nobody wants, the mayor, Ana Tarnelli, said.", "Montecasso"),
])
def test_a_name_after_a_building_or_a_casino_and_at_is_a_place(text, name):
    assert kinds(text).get(name) == "place"
