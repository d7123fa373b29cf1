"""Person names (session 30): a name a source asked to go by ("who asked to be called Nadia"); a byline closed by a
full stop at the head of the story ("By Jo Kelby Doe."); a role word opening a sentence before a name with a
lower-case particle or an elided "d'" inside ("Economist Ama de Kelbo-Tarnu said"); the French lawyer's "Me";
a capital "A" inside a Surinamese surname; the Guyanese "Toshao"; a given name and an East Slavic patronymic for the
person named in full.  Every passage is invented for
the test, written like real news; expected values were checked by reading it."""

from __future__ import annotations

import pytest

from .conftest import stakeholder_rows as rows


@pytest.mark.parametrize("text, name", [
    ("A cleaner on the night shift at the airport, who asked to be called Farida so that her manager would not "
     "recognise her, said the terminal had no heating. 'We work in our coats,' Farida said.", "Farida"),
    ("One of the drivers, who preferred to be named Tomek, said the company owed him two months' wages. Tomek said "
     "he would not return to the depot.", "Tomek"),
])
def test_a_name_a_source_asked_to_go_by_is_a_person(text, name):
    got = rows(text)
    assert got[name][0] == "person", got


@pytest.mark.parametrize("text, name", [
    ("The company launched a budgeting tool called Kelbo last year. Kelbo is free for small firms.", "Kelbo"),
    ("Engineers built a rover called Tarnak, and Tarnak crossed the dunes in June.", "Tarnak"),
])
def test_a_thing_called_so_stays_no_person(text, name):
    got = rows(text)
    assert got.get(name, ("product",))[0] != "person", got


BYLINE = ("Port strike enters second week\n\n"
          "Dockers say the bonus promised in March was never paid\n\n"
          "By Idris Kelbani Tarhouni.\n\n"
          "Kelbar, 4 May 2021:\n\n"
          "Dockers at the port of Kelbar stayed off work for an eighth day on Tuesday. \"We will not load a ship "
          "until we are paid,\" said Omar Zintani, a crane operator.")


def test_a_byline_closed_by_a_full_stop_names_no_actor():
    got = rows(BYLINE)
    assert not any("Tarhouni" in n or any("Tarhouni" in a for a in al) for n, (_k, al) in got.items()), got
    assert got["Omar Zintani"][0] == "person"


def test_a_sentence_opening_with_by_is_read_as_usual():
    got = rows("Kelbar port reopens\n\nBy then, Omar Zintani had left the port.\n\nZintani said he was tired.")
    assert got["Omar Zintani"][0] == "person", got


@pytest.mark.parametrize("text, person", [
    ("Economist Mawuena de Kelbo-Tarnu of the Institute for Trade Studies said exports had fallen by a fifth. She "
     "said the port needed cranes.", "Mawuena de Kelbo-Tarnu"),
    ("The contractor has refused to pay more. Lawyer Kossivi d'Amarante said his client had no money left.",
     "Kossivi d'Amarante"),
])
def test_a_role_word_before_a_name_with_a_particle_splits_off(text, person):
    got = rows(text)
    assert got[person][0] == "person", got
    assert not any(n.startswith(("Economist", "Lawyer")) for n in got), got


def test_a_role_word_before_a_body_with_a_particle_stays_whole():
    got = rows("Analyst Relations de Kelbo said the fund had closed.")
    assert not any(n in ("Relations de Kelbo",) and k == "person" for n, (k, _a) in got.items()), got


def test_the_french_lawyer_s_title_me_makes_the_name_a_person_s():
    got = rows("The bakery chain's lawyer, Me Komlan d'Amarante, told the tribunal the flour contract was signed in "
               "good faith. Me d'Amarante said the millers had been paid twice over.")
    assert got["Komlan d'Amarante"][0] == "person", got


@pytest.mark.parametrize("text, absent", [
    ("Fans sang Give Me Liberty at the gates of the Kelby stadium.", "Liberty"),
    ("Campaigners of the Me Too movement marched in Kelby on Sunday.", "Too"),
])
def test_me_inside_capitalised_words_is_no_title(text, absent):
    got = rows(text)
    assert got.get(absent, ("organisation",))[0] != "person", got


@pytest.mark.parametrize("text, person", [
    ("The harbour board's director, Ramon Tjin A Kelbo, said the new quay would open in March. Tjin A Kelbo said "
     "the dredging was finished.", "Ramon Tjin A Kelbo"),
    ("Mrs Sandra Lie A Tarnfoeng, a teacher in the district, said the school had no water.", "Sandra Lie A Tarnfoeng"),
])
def test_a_capital_a_inside_a_surinamese_surname_joins_the_name(text, person):
    got = rows(text)
    assert got[person][0] == "person", got


@pytest.mark.parametrize("text, absent", [
    ("Holders of Class A Shares will be paid first, the fund said.", "Class A Shares"),
    ("Kelbo Group A Tarnel said profits had doubled.", "Kelbo Group A Tarnel"),
    ("Jo Doe Wins A Medal\n\nJo Doe won the race in Kelby on Sunday.", "Jo Doe Wins A Medal"),
    ("Kelbo A Tarnel said the road was closed.", "Kelbo A Tarnel"),
])
def test_a_capital_a_between_other_words_joins_nothing(text, absent):
    assert absent not in rows(text)


def test_the_guyanese_village_chief_s_title_toshao_is_no_part_of_the_name():
    got = rows("Toshao Elvira Kelbrook of Tarnaby Creek opened the new health post on Saturday. Kelbrook said a "
               "nurse would fly in twice a month.")
    assert got["Elvira Kelbrook"][0] == "person", got
    assert not any(n.startswith("Toshao") for n in got), got


def test_a_given_name_and_a_patronymic_name_the_person_given_in_full():
    got = rows("The order was signed by director Aliaksei Kelbunou on May 3. \"Aliaksei Ivanavich told us to keep "
               "quiet,\" said a welder at the plant.")
    assert "Aliaksei Ivanavich" in got["Aliaksei Kelbunou"][1], got


def test_a_patronymic_for_one_of_two_namesakes_joins_neither():
    got = rows("Director Siarhei Kelbunou and his deputy Siarhei Tarnavets signed the order in May. \"Siarhei "
               "Ivanavich told us to keep quiet,\" said a welder at the plant.")
    assert "Siarhei Ivanavich" not in got["Siarhei Kelbunou"][1] and "Siarhei Ivanavich" not in got.get(
        "Siarhei Tarnavets", ("", []))[1], got


def test_a_given_name_and_a_surname_that_ends_like_a_patronymic_is_a_person_of_its_own():
    got = rows("Coach Goran Kelbo picked the team on Monday. Goran Tarnovich, the captain, said the side was ready.")
    assert got["Goran Tarnovich"][0] == "person" and "Goran Tarnovich" not in got["Goran Kelbo"][1], got


def test_the_title_of_a_seat_before_of_is_no_person():
    got = rows("Land leases were on the agenda when the Paramount Chief of Kelbu Chiefdom, PC Fodei Tarnawa II, "
               "opened the council in March. Farmers asked for a written map of the plots.")
    assert got.get("Paramount Chief", ("organisation",))[0] != "person", got


def test_a_person_of_a_body_is_still_a_person():
    got = rows("Fodei Tarnawa of the Kelbu Farmers Union said prices had fallen.")
    assert got["Fodei Tarnawa"][0] == "person", got


# Near misses the review of session 30 found: each rule above must not fire on these.

@pytest.mark.parametrize("text, name", [
    ("The arena, which the county wants to be named Tarnside Dome, will host the final, the sports minister said.",
     "Tarnside Dome"),
    ("The robot, which pupils chose to be called Kelbot, greeted visitors at the science fair in Tarnby.", "Kelbot"),
])
def test_a_name_a_body_or_a_thing_was_to_go_by_is_no_person(text, name):
    got = rows(text)
    assert got.get(name, ("product",))[0] != "person", got


def test_a_name_one_woman_of_an_age_asked_to_go_by_is_a_person():
    got = rows("One woman, 34, asked to be called Sabah. Sabah said the camp had run out of water in June.")
    assert got["Sabah"][0] == "person", got


def test_a_slogan_chanted_with_a_capital_a_joins_no_surname():
    got = rows("Students outside the ministry chanted Osman Kelbaru A Thief until police arrived, witness Ruth "
               "Tarnoko said.")
    assert not any("Thief" in n for n in got), got
    assert got["Osman Kelbaru"][0] == "person", got


def test_a_role_word_before_a_surinamese_surname_with_a_splits_off():
    got = rows("Kelby's finance minister Roy Tarnadin met lenders on Monday. Economist Orwin Tjin A Kelb said the "
               "deal was fair.")
    assert got["Orwin Tjin A Kelb"][0] == "person", got
    assert not any(n.startswith("Economist") for n in got), got


def test_a_place_with_an_elided_d_after_a_role_word_is_no_person():
    got = rows("Prosecutor Val d'Orsenne ski instructor Marc Tarnier was charged on Friday.")
    assert "Val d'Orsenne" not in got, got
    assert got["Marc Tarnier"][0] == "person", got


@pytest.mark.parametrize("text, first, second", [
    ("Senator Dale Kelbner backed the plan. Kelby Governor Dale Tarnich said he would sign it.",
     "Dale Kelbner", "Dale Tarnich"),
    ("Viktor Kelbenko narrowly beat Viktor Tarnukovych in the run-off, observers said.",
     "Viktor Kelbenko", "Viktor Tarnukovych"),
    ("Senators Mark Kelby and Mark Tarnovich introduced the bill on Tuesday.", "Mark Kelby", "Mark Tarnovich"),
    ("Alexei Kelbov met the workers on Monday. Alexei Petrovich Tarnov spoke later, and Alexei Petrovich said pay "
     "would rise.", "Alexei Kelbov", "Alexei Petrovich Tarnov"),
])
def test_two_people_who_share_a_given_name_stay_apart(text, first, second):
    got = rows(text)
    assert first in got and second in got, got
    assert second not in got[first][1], got


def test_a_patronymic_in_the_sentence_of_the_full_name_joins_nothing():
    got = rows("Senators Alexander Kelbov and Alexander Ivanovich introduced the bill on Tuesday.")
    assert "Alexander Ivanovich" in got and "Alexander Ivanovich" not in got["Alexander Kelbov"][1], got


@pytest.mark.parametrize("text, name", [
    ("Fundi Konnekta, a Mombasa start-up linking artisans to buyers, raised $2 million, chief executive Sam "
     "Kelbu said.", "Fundi Konnekta"),
    ("Builders, known locally as fundis, marched in Tarnby. Fundi Wa Kelby Association chairman Peter Tarno said "
     "wages had stalled.", "Fundi Wa Kelby Association"),
])
def test_fundi_opening_a_body_s_name_is_no_title(text, name):
    got = rows(text)
    assert name in got, got


def test_fundi_before_a_person_s_full_name_is_a_title():
    got = rows("Fundi Hasani Said, who teaches at the madrasa in Tarnbwe, said pupils had returned.")
    assert "Hasani Said" in got and got["Hasani Said"][0] == "person", got
