"""Kinds of session 26: places named by a Romance street, station or salt-flat word and its particle, by a camp, a
mountain or a Malay sub-district; long quoted titles of works; appositives that are the speaker after a quotation
or the next item of a list; the ports of a list; idioms, languages and two-word nationalities.  Every passage is
invented for the test; expected values were checked by reading it."""

from __future__ import annotations

import pytest

from .conftest import kinds


def proposed(text: str) -> dict:
    """Each person and organisation the rules propose in ``text``, before the trained filter, with its kind."""
    from analysis import Article
    from analysis.mentions import actor_candidates

    return {name: kind for name, kind, _features, _forms in actor_candidates(Article.from_text(text))}


@pytest.mark.parametrize("text, absent", [
    ('The bank\'s study, "Tin and the Kelbish Budget: Lean Years Coming," released last week, says two smelters '
     'may shut, its author, Jo Tarnby, said.', ("Kelbish Budget", "Lean Years Coming")),
    ('A survey titled "Nowhere to Stay: Lost Homes in Tarnport 2011-2015," listed 400 households, Ann Roe '
     'said on Monday.', ("Lost Homes", "Tarnport")),
    ('The ministry was drafting a change to the “Order on the Public Transport Duty in Island Ferry Services” that '
     'would allow extra payments, Jo Tarnby said.', ("Public Transport Duty", "Island Ferry Services")),
])
def test_names_inside_a_long_quoted_title_are_no_actors(text, absent):
    got = kinds(text)
    for name in absent:
        assert name not in got


def test_a_body_of_a_long_quoted_title_named_elsewhere_stays():
    text = ('Kelbex Mining funded the study "Kelbex Mining and the Future of the Tarn Valley Towns", and Kelbex Mining '
            'said on Tuesday it would publish the data.')
    assert kinds(text).get("Kelbex Mining") == "organisation"


@pytest.mark.parametrize("text, place", [
    ("The dockers gathered at the Gare du Kelbon before marching down to the ministry.", "Gare du Kelbon"),
    ("Buses were sent round the Rue de la Tarnerie while the marchers filed past the ministry.", "Rue de la Tarnerie"),
    ("Engineers want to pump more brine out of the Salar del Kelbo over the next ten years.", "Salar del Kelbo"),
])
def test_a_romance_place_word_before_a_particle_opens_a_place(text, place):
    assert kinds(text).get(place) == "place"


def test_a_romance_place_word_before_a_capitalised_word_may_be_a_person():
    text = "Actress Rue Tarnbury said on Monday that she would return to the stage in the autumn."
    assert kinds(text).get("Rue Tarnbury") == "person"


@pytest.mark.parametrize("text, place", [
    ("The Penghulu of Mukim Kelbang, Awang Haji Jo bin Tarno, asked the district for a second school bus.",
     "Mukim Kelbang"),
    ("Jo Tarnby, whose firm pours concrete at Camp Kelbaz near Tarnville, said he could not find enough welders.",
     "Camp Kelbaz"),
    ("Hikers who climb Jebel Tarno in the spring pass three old villages, the ministry said.", "Jebel Tarno"),
])
def test_a_camp_a_mountain_or_a_sub_district_opens_a_place(text, place):
    assert kinds(text).get(place) == "place"


def test_camp_as_a_surname_stays_a_person():
    text = "Former congressman Jo Camp said on Monday that the tax bill would pass."
    assert kinds(text).get("Jo Camp") == "person"


def test_no_appositive_across_a_quotation_s_end():
    text = ('"Every shift that goes is felt in the kitchens of Kelbov or Tarnova," the governor said. '
            'Jo Tarnby chairs the union.')
    assert kinds(text).get("Tarnova") != "person"


def test_an_appositive_after_a_name_still_gives_a_person():
    text = "Jo Tarnby, the governor, said the region would ask for help."
    assert kinds(text).get("Jo Tarnby") == "person"


def test_no_appositive_after_a_comma_and_and():
    text = ("Seats are made for the car in nearby Kelbovice, and the plastics maker Tarno Plast supplies the "
            "dashboards.")
    assert kinds(text).get("Kelbovice") != "organisation"


def test_the_ports_of_a_list_are_places():
    text = ("Ships bound for the ports of Kelbario and Tarno Blanca waited at anchor for a whole day, the union's "
            "spokesman, Jo Roe, said.")
    got = kinds(text)
    assert got.get("Tarno Blanca") == "place"


def test_an_idiom_of_speech_is_no_actor():
    text = "“We learn fast. Insya Allah, our own welders will build these rigs before long,” Jo Tarnby said."
    assert "Insya Allah" not in kinds(text)


@pytest.mark.parametrize("text, absent", [
    ("Jo Tarnby described the reform as ‘a Trojan horse’ for cheap labour and said members were ready to walk out.",
     "Trojan"),
    ('Older fishermen still use "tarra" - a Kelbari word for the calm before a storm - at the quay, Jo Roe said.',
     "Kelbari"),
    ("“Nobody showed us the figures,” the 58-year-old Macanese trader told the Kelby Post.", "Macanese"),
    ("Jo Tarnby, a Sri Lankan national who runs the hotel's kitchens, declined to comment on the pay.", "Lankan"),
])
def test_idioms_languages_and_nationalities_are_no_actors(text, absent):
    assert absent not in proposed(text)


def test_a_body_before_a_word_with_no_meaning_after_it_stays():
    text = "Kelbari Holdings had the last word on the deal, and Kelbari Holdings said it would sign on Monday."
    assert proposed(text).get("Kelbari Holdings") == "organisation"


def test_a_listed_place_opening_with_an_honorific_is_a_place():
    text = "Contract nurses from Kenya, Sri Lanka and Ghana arrived at the hospital last month, the ministry said."
    got = kinds(text)
    assert got.get("Sri Lanka") == "place" and "Lanka" not in got
