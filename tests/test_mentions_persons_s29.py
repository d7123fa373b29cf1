"""Person names (session 29): two surnames joined by Spanish "y", Catalan "i" or Portuguese "e"; an office's two
fields joined by "and" before its holder's name; "Jo Doe, of the ... group," (the body the person belongs to); a
style before a given name the list lacks and two surnames ("Don Evaristo ..."), a style before the second of two
given names, and the Tetum forms of address "Mana" and "Maun".  Every passage is invented for the test, written
like real news; expected values were checked by reading it."""

from __future__ import annotations

import pytest

from .conftest import quote_speakers as speakers
from .conftest import stakeholder_rows as rows


@pytest.mark.parametrize("text, person, surname", [
    ("Quim Ferrandis i Boix, who heads the hoteliers' guild in Encamp, said bookings were down. \"We are worried,\" "
     "Ferrandis said.", "Quim Ferrandis i Boix", "Ferrandis"),
    ("Councillor Núria Gavarró i Camp, of the opposition group Units pel Poble, voted against the budget. Gavarró "
     "said she would appeal.", "Núria Gavarró i Camp", "Gavarró"),
    ("The historian Tomás Irujo y Lasarte, 71, said the archive should stay in Pamplona. Irujo said the city had "
     "waited long enough.", "Tomás Irujo y Lasarte", "Irujo"),
    ("Minister of Transport and Housing Pere Roquer i Valls said the tunnel would open in May. Roquer said the "
     "works were on time.", "Pere Roquer i Valls", "Roquer"),
])
def test_two_surnames_joined_by_and_are_one_name(text, person, surname):
    got = rows(text)
    assert got[person][0] == "person"
    assert surname in got[person][1]


@pytest.mark.parametrize("text, absent", [
    ("Lluc Ferrer y Ana Tarrés said they would sign.", "Lluc Ferrer y Ana"),  # two people, not one
    ("The Ministerio de Ciencia y Tecnología said the grant would be paid.", "Ciencia y Tecnología"),
    ("Trinidad y Tobago beat Antigua y Barbuda on Sunday.", "Trinidad y Tobago"),
    ("The group Renovació i Territori voted against it.", "Renovació i Territori"),
])
def test_and_between_other_words_joins_no_person(text, absent):
    got = rows(text)
    assert not any(n == absent or (n.startswith(absent) and got[n][0] == "person") for n in got)


def test_a_speaker_called_by_the_first_of_two_joined_surnames_is_named_in_full():
    text = ("Skiers' hostel law passes\n\n"
            "ANDORRA LA VELLA - Quim Ferrandis i Boix, who runs two hostels in Encamp, called the law \"a tax on "
            "beds\".\n\n"
            "\"We already house our staff,\" Ferrandis said.")
    assert speakers(text)[-1] == "Quim Ferrandis i Boix"


@pytest.mark.parametrize("text, person", [
    ("Minister of Energy and Mines Renzo Tarnabal Quispe said the licence would stand. Tarnabal said the law was "
     "clear.", "Renzo Tarnabal Quispe"),
    ("Vice Minister of Labour and Pensions Yolvi Kelbaro Ruano said the fund was solvent.", "Yolvi Kelbaro Ruano"),
])
def test_an_office_of_two_fields_joined_by_and_is_cut_from_its_holder_s_name(text, person):
    got = rows(text)
    assert got[person][0] == "person"
    assert not any(n != person and n.endswith(person) for n in got)


def test_an_office_of_two_fields_alone_stays_no_person():
    got = rows("The Minister of Energy and Mines said the licence would stand. Prices rose.")
    assert not any(kind == "person" for kind, _ in got.values())


def test_of_the_group_after_a_person_s_name_is_the_body_she_belongs_to():
    got = rows("Dolors Ferran i Pou, of the opposition group Units pel Poble, voted against the law.")
    assert got["Dolors Ferran i Pou"][0] == "person"


@pytest.mark.parametrize("text, person, form", [
    ("\"The land was my father's,\" said Don Eleuterio Kelbado Tarnoza, who keeps 200 head of cattle. Don "
     "Eleuterio is not convinced.", "Eleuterio Kelbado Tarnoza", "Don Eleuterio"),
    ("\"Prices do not pay the fertilizer,\" said Don José Anselmo Kelbado Tarnoza, the co-operative's president. Don "
     "Anselmo, 61, has farmed the slope for decades.", "José Anselmo Kelbado Tarnoza", "Don Anselmo"),
    ("Lúcia Tarnamento, a lawyer with a Dili rights group, said the bill needed changes. \"Nobody has read it,\" "
     "Mana Lúcia said.", "Lúcia Tarnamento", "Mana Lúcia"),
    ("Alberto Kelbaru, a fisherman in Com, said the catch had halved. \"The boats go further each year,\" Maun "
     "Alberto said.", "Alberto Kelbaru", "Maun Alberto"),
])
def test_a_style_and_a_given_name_name_the_person_again(text, person, form):
    got = rows(text)
    assert got[person][0] == "person"
    assert form in got[person][1]


def test_a_tetum_style_before_a_given_name_names_the_speaker_in_full():
    text = ("Fund rules debated\n\n"
            "DILI - Lúcia Tarnamento, a lawyer with a rights group, said the bill needed changes.\n\n"
            "\"Nobody has read it,\" Mana Lúcia said.")
    assert speakers(text)[-1] == "Lúcia Tarnamento"


@pytest.mark.parametrize("text, person", [
    ("Mana Kobayashi, a pianist from Osaka, said the hall was full. Kobayashi said she would return.",
     "Mana Kobayashi"),  # a given name elsewhere, no style before a surname
    ("Don Scott, a builder, said the permit was late. Scott Perry, his neighbour, agreed.", "Don Scott"),
])
def test_a_style_that_is_a_given_name_stays_a_name(text, person):
    assert rows(text)[person][0] == "person"
