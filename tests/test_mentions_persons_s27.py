"""Person names and their second references (session 27): a dotted title before a name after "said" ("said Eng.
Jo Doe"), a long Gulf name with "bin" and a capitalised "Al", the pilgrim's "Hajj" before a name, and forms of
address written after a given name ("Jo kishi", "Ana khanim").  Every passage is invented for the test; expected
values were checked by reading it."""

from __future__ import annotations

from .conftest import quote_speakers as speakers
from .conftest import stakeholder_rows as rows


MINE = ("Miners extend road blockade\n\n"
        "Kelbovo, March 3 - About 900 miners blocked the road for a second day on Friday.\n\n"
        "\"A pit is not a kiosk. You cannot shut it on Monday and open it on Tuesday,\" said Eng. Todor Petkov "
        "Tarnev, the company's technical director.\n\n"
        "\"We will talk to anyone who comes,\" said Msgr. Ivan Kelbov, the parish priest.")


def test_a_dotted_title_after_said_opens_the_speaker_s_name():
    assert speakers(MINE) == ["Todor Petkov Tarnev", "Ivan Kelbov"]


GULF = ("Free zone expands\n\n"
        "DUBAI - Eng. Rashid Obaid bin Saif Al Tarmoudi, director-general of the Kelba Logistics Zone Authority, "
        "told reporters that 40 firms had signed leases this year.\n\n"
        "\"A truck should leave the gate an hour after the aircraft lands,\" Eng. Rashid said.\n\n"
        "Asked about fees, Eng. Rashid said they were \"under review\".\n\n"
        "\"We are building for the next twenty years,\" Al Tarmoudi said.")


def test_a_gulf_name_with_bin_and_a_capitalised_al_is_the_speaker_of_its_short_forms():
    assert speakers(GULF) == ["Rashid Obaid bin Saif Al Tarmoudi"] * 3
    assert rows(GULF)["Rashid Obaid bin Saif Al Tarmoudi"][0] == "person"


OLIVES = ("Olive growers count losses\n\n"
          "On a farm outside Kelbia, Hajj Ridha Tarnouchi, 71, said the press paid a third less than last year.\n\n"
          "\"The tree does not care about prices,\" Hajj Ridha said. \"But the farmer does.\"\n\n"
          "The Haj Committee of Kelbistan said 1,200 pilgrims would fly this year, and the Ministry of Hajj and "
          "Umrah said visas were ready.")


def test_the_pilgrim_s_title_is_no_part_of_the_name():
    got = rows(OLIVES)
    assert got["Ridha Tarnouchi"][0] == "person"
    assert not any(n.startswith(("Hajj", "Haj ")) for n in got if "Committee" not in n)
    assert speakers(OLIVES)[:2] == ["Ridha Tarnouchi", "Ridha Tarnouchi"]


def test_hajj_keeps_a_body_named_for_the_pilgrimage():
    got = rows(OLIVES)
    assert got["Haj Committee of Kelbistan"][0] == "organisation"
    assert got["Ministry of Hajj and Umrah"][0] == "organisation"


VILLAGE = ("Farmers wait for pipeline money\n\n"
           "Residents of Kelbali said several families were still waiting for payment.\n\n"
           "\"They put stakes in my orchard a year ago and nobody has come back,\" said Tarverdi Kelbaliyev, 68, "
           "who is known in the village as Tarverdi kishi.\n\n"
           "Tarverdi kishi said he had been offered 4,000 manats and called it \"a joke\".\n\n"
           "Sevda Tarnova, a teacher in the village, said young people wanted jobs.\n\n"
           "\"The pipe will stay for fifty years. Our children must not leave,\" Sevda khanim said.")


def test_a_form_of_address_after_a_given_name_names_the_person():
    assert speakers(VILLAGE) == ["Tarverdi Kelbaliyev", "Tarverdi Kelbaliyev", "Sevda Tarnova"]
    assert not any("kishi" in n or "khanim" in n for n in rows(VILLAGE))


def test_a_given_name_alone_without_the_form_is_read_as_before():
    text = VILLAGE.replace("Sevda khanim said", "Sevda said")
    assert speakers(text)[-1] == "Sevda Tarnova"
