"""Whole names, places and the names people go by in world news (session 36).

A members' body named for two places or for a place "and the" area around it is one name; a field's word that is
also a title ("Justice") before a body's word is a field; a name opened by a word for a place's land or street in
another language ("Jabal", "Bab", "Serra") with nothing of a person is a place; a nickname after "is known ... as"
and its translation after a dash are the person's; a one-word name in a list of places (a preposition of place
before it, a plural noun after it) is no stakeholder in a long story.  Every passage is written for the test; the
expected names were checked by reading it.
"""

from __future__ import annotations

import pytest

from analysis import Article, find_stakeholders

from .test_mentions_bare_words_s35 import story  # the long story the bare-word rule needs


def actors(text: str) -> dict:
    st = find_stakeholders(Article.from_text(text))
    return {r.name: r.kind for r in st.itertuples() if r.kind in ("person", "organisation")}


def kinds(text: str) -> dict:
    st = find_stakeholders(Article.from_text(text))
    return dict(zip(st["name"], st["kind"]))


@pytest.mark.parametrize("text, name", [
    ("The Association of Gold Miners of Kelbara and the Tarno Valley said the strike would go on.",
     "Association of Gold Miners of Kelbara and the Tarno Valley"),
    ("The Union of Cocoa Growers' Cooperatives of Soubra and the Kelba Region said farmers were owed money.",
     "Union of Cocoa Growers' Cooperatives of Soubra and the Kelba Region"),
    ("The Federation of Fishing Societies of Kelbapur and the Islands said the boats were idle.",
     "Federation of Fishing Societies of Kelbapur and the Islands"),
])
def test_a_members_body_named_for_a_place_and_the_area_around_it_is_one_name(text, name):
    assert actors(text) == {name: "organisation"}


def test_a_second_body_or_a_possessive_after_and_the_area_leaves_two_names():
    got = kinds("The Union of Farmers of Kelbara and the Tarno Valley Authority met on Monday.")
    assert got["Union of Farmers of Kelbara"] == "organisation"
    assert got["Tarno Valley Authority"] == "organisation"
    got = kinds("The Association of Miners of Kelbara and the Tarno Region's governor met on Monday.")
    assert got["Association of Miners of Kelbara"] == "organisation"
    assert "Association of Miners of Kelbara and the Tarno Region" not in got


@pytest.mark.parametrize("text, name", [
    ("The Kelba Women's Rights and Justice Network said the treasurer must repay the money.",
     "Kelba Women's Rights and Justice Network"),
    ("The Laiagam and Kelbap Women in Leadership Forum said the count was unfair.",
     "Laiagam and Kelbap Women in Leadership Forum"),
    ("Minority investors in the Gulf Crescent Bank for Investment and Development KSC said the board had failed them.",
     "Gulf Crescent Bank for Investment and Development KSC"),
])
def test_a_body_s_name_across_and_stays_whole(text, name):
    assert actors(text) == {name: "organisation"}


def test_a_title_after_and_before_a_person_s_name_is_still_the_person_s():
    got = actors("The Tarn Council and Justice Mary Doe met on Friday.")
    assert got == {"Tarn Council": "organisation", "Mary Doe": "person"}


def test_a_name_opened_by_a_word_for_a_hill_or_a_gate_is_a_place():
    got = kinds("As clashes between Bab al-Kelbaneh and Jabal Tarno closed the streets, the souk emptied. "
                "The limestone belt runs between the coast and the Serra de Kelbique.")
    assert got["Bab al-Kelbaneh"] == "place" and got["Jabal Tarno"] == "place"
    assert got["Serra de Kelbique"] == "place"


def test_such_a_word_before_a_speaking_person_s_name_stays_a_person():
    assert actors("Monte Kelbson said the plan was bad. Kelbson is a farmer.") == {"Monte Kelbson": "person"}
    assert actors("San San Aung, a teacher, said the school had closed.") == {"San San Aung": "person"}


def test_a_nickname_after_a_description_from_a_town_is_the_person_s():
    text = ("The third vote came from councillor José Manuel da Kelba, a citrus farmer from Algoz known to everybody "
            "in the market as ‘Zé Laranja’ – Orange Joe. ‘I have oranges,’ he said.")
    assert actors(text) == {"José Manuel da Kelba": "person"}


def test_a_nickname_after_is_known_as_and_a_form_of_address_is_the_person_s():
    text = ("Maria das Graças dos Kelbos, 61, the association’s president, is known in the valley as “Dona Gracinha”. "
            "“We are not against lithium,” Dona Gracinha added.")
    assert actors(text) == {"Maria das Graças dos Kelbos": "person"}


def test_a_nickname_s_translation_after_a_dash_is_the_person_s():
    text = ('Photographer Sigurður Kelbason, known to his followers as "Siggi Hraun" - Lava Siggi - was filming '
            'when the fissure opened. Lava Siggi said it was the biggest he had seen.')
    assert actors(text) == {"Sigurður Kelbason": "person"}


def test_a_municipal_councillor_s_title_opens_a_spanish_name():
    text = ('Regidor Salvador Kelbarra Cuevas of the FRI called the vote "a gift with a ribbon on it". '
            '"One hundred pages," Kelbarra said.')
    assert actors(text) == {"Salvador Kelbarra Cuevas": "person"}


def test_a_general_meeting_a_nationality_and_a_counted_vehicle_are_no_actors():
    assert "AGM" not in actors("Uproar at Kelbara resort company AGM over KD 4.6m write-off. Investors walked out.")
    assert actors("Jo Kelbo, a Filipina nurse at a hospital, said she would stay.") == {"Jo Kelbo": "person"}
    assert actors("A foreman who has worked underground since the Soviet era sat on a bench.") == {}
    got = kinds("The money was used to buy two Toyota Hiace buses for the route.")
    assert got.get("Toyota Hiace") == "product"


def test_one_word_names_in_a_list_after_a_preposition_of_place_are_no_stakeholders():
    got = actors(story("Most of the crews live in villages around Kundara, Kottiyam and Chathanur.",
                       "The old road between Barhabise and Tatopani, closed again in May, is still shut."))
    for place in ("Kundara", "Kottiyam", "Chathanur", "Barhabise", "Tatopani"):
        assert place not in got
    assert got["Mira Kostadin"] == "person" and got["Island Seafarers' Union"] == "organisation"


def test_one_word_names_in_a_list_before_a_plural_noun_are_no_stakeholders():
    got = actors(story("Falk said the Funcho and Arade dams were half empty.",
                       "Ferries from Great Soppo and Muea markets bring the fish."))
    assert "Funcho" not in got and "Arade" not in got and "Muea" not in got


def test_firms_in_a_list_before_a_firm_s_noun_or_with_the_preposition_repeated_stay():
    got = actors(story("Falk said Tesco and Asda shoppers had cut back on coffee.",
                       "Payments were made through accounts at Absa and at Capitec."))
    for firm in ("Tesco", "Asda", "Absa", "Capitec"):
        assert got.get(firm) == "organisation", firm


def test_a_lede_s_dateline_of_a_town_the_gazetteer_lacks_is_a_place():
    text = ("Coal trucks wait at the border\n\nBy Jo Kelbo\n\nDALANZADGAD – On a clear morning, a column of coal "
            "trucks can be seen from the road far away. Drivers said they had waited for days.\n")
    assert kinds(text).get("Dalanzadgad") == "place"


def test_a_label_or_an_abbreviation_before_a_dash_is_no_dateline():
    assert kinds("Council votes\n\nUPDATE — The council voted on Tuesday to close the pool for the whole of the "
                 "summer season. Residents were angry.\n").get("Update") is None
    text = ("Alliance meets\n\nNATO – The alliance said on Tuesday it would send more ships to the region in the "
            "coming weeks. NATO officials agreed.\n")
    assert kinds(text).get("Nato") != "place" and kinds(text).get("NATO") != "place"


def test_a_georgian_form_of_address_before_a_given_name_is_the_named_person():
    from analysis import extract_quotes
    text = ("The growers' chairman, Revaz Kelbishvili, said half the members had borrowed against the harvest. "
            "\"Today the bank will sleep better too,\" Batono Revaz said, using the respectful form of address.\n\n"
            "\"We have lost a year,\" Mr Kelbishvili said.\n")
    q = extract_quotes(Article.from_text(text))
    assert list(q["speaker"]) == ["Revaz Kelbishvili", "Revaz Kelbishvili"]


def test_a_pidgin_form_of_address_before_a_listed_given_name_is_a_title_only_there():
    got = actors("Mami Grace Kelbo, the group's president, said the money was gone. Mami Tarno, a singer, said "
                 "she would perform.")
    assert got == {"Grace Kelbo": "person", "Mami Tarno": "person"}


@pytest.mark.parametrize("credit", ["(Herald photo by Fernanda Kelbo Cardoso)", "(Tribune photo / Rory Tarnphy)",
                                    "Associated reporting by Devin Kelbrow in Minneapolis.",
                                    "Photographs by Luca Tarnadda"])
def test_a_photo_or_reporting_credit_on_its_line_names_no_actor(credit):
    text = ("Pool to close\n\nBy Ann Lee\n\nThe council voted on Tuesday to close the pool. Residents said they were "
            "angry about it. \"We will fight,\" said Jo Kelbo, a swimmer.\n\n" + credit)
    assert actors(text) == {"Jo Kelbo": "person"}


def test_a_photographer_in_a_sentence_is_still_a_person():
    text = ("Pool to close\n\nThe council voted on Tuesday to close the pool. Herald photographer Jo Tarno said the "
            "gates were locked.")
    assert actors(text) == {"Jo Tarno": "person"}


def test_shops_airlines_and_clubs_listed_after_a_preposition_or_before_their_customers_stay():
    got = actors(story("Falk said the price of milk at Tesco, Asda and Morrisons had risen again.",
                       "Tourists now arrive on Jetstar or Virgin flights, and Everton and Wolves supporters come for "
                       "the summer."))
    for firm in ("Tesco", "Asda", "Morrisons", "Jetstar", "Virgin", "Everton", "Wolves"):
        assert got.get(firm) == "organisation", firm


@pytest.mark.parametrize("text, person", [
    ("TNT Sports pundits Rio Kelbinand and Micah Tarnards argued about the penalty.", "Rio Kelbinand"),
    ("Sierra Kelbson died at the scene, police said.", "Sierra Kelbson"),
    ("Monte Tarris scored 14 points off the bench.", "Monte Tarris"),
])
def test_a_place_word_that_is_an_english_given_name_opens_a_person_s_name(text, person):
    assert kinds(text).get(person) == "person"


def test_such_a_word_still_opens_a_place_after_the_or_before_a_particle():
    got = kinds("Hikers crossed the Sierra Kelbana on Friday and camped below Costa da Tarno.")
    assert got.get("Sierra Kelbana") == "place" and got.get("Costa da Tarno") == "place"


def test_a_firm_that_acts_after_a_comma_beside_a_country_stays():
    text = story("They work for a motor company in Hermosillo and Toluca, so Mazda is coming to Mexico, Honda is "
                 "coming to Mexico.", "Falk said the new plants would need more ships.")
    assert actors(text).get("Honda") == "organisation"
