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
    ("At the ice rink in Kelbaró, Councillor Núria Tarnellà i Kelbet handed out the new timetables. Tarnellà "
     "said the rink would stay open until ten.", "Núria Tarnellà i Kelbet", "Tarnellà"),
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
    ("The group Kelbar i Tarnell walked out of the debate.", "Kelbar i Tarnell"),
])
def test_and_between_other_words_joins_no_person(text, absent):
    got = rows(text)
    assert not any(n.startswith(absent) and got[n][0] == "person" for n in got)


def test_a_speaker_called_by_the_first_of_two_joined_surnames_is_named_in_full():
    text = ("Skiers' hostel law passes\n\n"
            "ANDORRA LA VELLA - Quim Ferrandis i Boix, who runs two hostels in Encamp, called the law \"a tax on "
            "beds\".\n\n"
            "\"We already house our staff,\" Ferrandis said.")
    assert speakers(text)[-1] == "Quim Ferrandis i Boix"


@pytest.mark.parametrize("text, person", [
    ("Minister of Energy and Mines Renzo Tarnabal Quispe said the licence would stand. Tarnabal said the law was "
     "clear.", "Renzo Tarnabal Quispe"),
    ("Vice Minister of Labour and Pensions Yolvi Kelbaro Tarnuz said the fund was solvent.", "Yolvi Kelbaro Tarnuz"),
])
def test_an_office_of_two_fields_joined_by_and_is_cut_from_its_holder_s_name(text, person):
    got = rows(text)
    assert got[person][0] == "person"
    assert not any(n != person and n.endswith(person) for n in got)


def test_an_office_of_two_fields_alone_stays_no_person():
    got = rows("The Minister of Energy and Mines said the licence would stand. Prices rose.")
    assert not any(kind == "person" and "Mines" in n for n, (kind, _) in got.items())


def test_of_the_group_after_a_person_s_name_is_the_body_she_belongs_to():
    got = rows("Dolors Tarnell i Kelbó, of the Verds de Kelbar group, asked on Tuesday who would pay for the rink.")
    assert got["Dolors Tarnell i Kelbó"][0] == "person"


@pytest.mark.parametrize("text, person, form", [
    ("Don Eleuterio Kelbado Tarnoza sells goat cheese from a cart outside the Kelbaleón bus station. \"The road "
     "washed out in June and nobody fixed it,\" Don Eleuterio told us, 78, wrapping a wheel in paper.",
     "Eleuterio Kelbado Tarnoza", "Don Eleuterio"),
    ("\"Prices do not pay the fertilizer,\" said Don José Anselmo Kelbado Tarnoza, the co-operative's president. Don "
     "Anselmo, 61, has farmed the slope for decades.", "José Anselmo Kelbado Tarnoza", "Don Anselmo"),
    ("Lúcia Tarnamento teaches forty pupils in one room at Kelbaque. \"The new books never came,\" Mana Lúcia "
     "said, pointing at a shelf of copied pages.", "Lúcia Tarnamento", "Mana Lúcia"),
    ("Alberto Kelbaru, a fisherman in Com, said the catch had halved. \"The boats go further each year,\" Maun "
     "Alberto said.", "Alberto Kelbaru", "Maun Alberto"),
])
def test_a_style_and_a_given_name_name_the_person_again(text, person, form):
    got = rows(text)
    assert got[person][0] == "person"
    assert form in got[person][1]


def test_a_tetum_style_before_a_given_name_names_the_speaker_in_full():
    text = ("Fund rules debated\n\n"
            "KELBAQUE - Lúcia Tarnamento, who teaches at the village school, said the textbooks had not come.\n\n"
            "\"We copy the lessons by hand,\" Mana Lúcia said.")
    assert speakers(text)[-1] == "Lúcia Tarnamento"


@pytest.mark.parametrize("text, person", [
    ("Mana Kobayashi, a pianist from Osaka, said the hall was full. Kobayashi said she would return.",
     "Mana Kobayashi"),  # a given name elsewhere, no style before a surname
    ("Don Scott, a builder, said the permit was late. Scott Perry, his neighbour, agreed.", "Don Scott"),
])
def test_a_style_that_is_a_given_name_stays_a_name(text, person):
    assert rows(text)[person][0] == "person"


def test_a_dotted_title_before_a_surname_is_cut_from_the_speaker_s_name():
    text = ("Port fees to rise\n\n"
            "SAN PEDRO SULA - Lic. Gerardo Tarnal Kelbado, who heads the exporters' chamber, said the fees would hurt "
            "small plants.\n\n"
            "\"Our buyers count every cent,\" Lic. Tarnal said.")
    assert speakers(text)[-1] == "Gerardo Tarnal Kelbado"


@pytest.mark.parametrize("text, person, surname", [
    ("Licda. Marta Inés Kelbaroso Tarnes, who acts for the bus drivers' union, called the fines illegal. \"The "
     "drivers were never told,\" Licda. Kelbaroso said.", "Marta Inés Kelbaroso Tarnes", "Kelbaroso"),
    ("Dra. Lorena Tarnolla Vega, a paediatrician at the district hospital, said the vaccines ran short in "
     "March. \"We sent mothers home,\" Dra. Tarnolla said.", "Lorena Tarnolla Vega", "Tarnolla"),
])
def test_a_first_surname_after_a_title_names_the_person_of_a_spanish_shaped_name(text, person, surname):
    got = rows(text)
    assert surname in got[person][1]


def test_an_age_after_a_first_surname_goes_on_about_the_person_in_spanish_copy():
    text = ("\"The bridge fell three winters ago,\" said Anselmo Kelbal Tarnuj, who drives a minibus to the market "
            "town. Kelbal, 52, said he now loses two hours a day. Licda. María Tarnoso Vela, a notary, said a petition "
            "had been filed. Rosalía Kelbín Ortiz, a teacher, agreed.")
    assert "Kelbal" in rows(text)["Anselmo Kelbal Tarnuj"][1]


@pytest.mark.parametrize("text, place", [
    ("A ferryman from Santo Kelbingo said the river had never run so low in August.", "Santo Kelbingo"),
    ("A grain buyer in Santa Tecla, who sells at the Friday fair, said prices had fallen by a third.", "Santa Tecla"),
])
def test_a_romance_saint_s_name_where_a_place_stands_is_a_place(text, place):
    assert rows(text)[place][0] == "place"


def test_a_romance_saint_s_word_that_opens_a_person_s_name_stays_a_person():
    assert rows("Santo Kelbace, the designer's brother, said the house would stay in the family.")[
        "Santo Kelbace"][0] == "person"


def test_a_given_name_written_as_a_defined_term_after_the_is_no_person():
    text = ("Well charges Bill sent back\n\n"
            "The Rural Water Charges Bill was returned to committee on Thursday. Farmers say the Bill ignores private "
            "wells. The opposition wants the Bill split in two, and its sponsor said the Bill would be back before "
            "the recess, when the Bill needs a larger majority.")
    assert rows(text).get("Bill", ("none",))[0] != "person"


def test_a_man_called_bill_alone_stays_a_person():
    text = ("Ask Bill\n\nBill has answered readers' letters for years. The Bill we know is kind, his editor said.")
    assert rows(text)["Bill"][0] == "person"


def test_two_given_names_and_two_surnames_after_a_role_word_make_one_name():
    text = ("Economist María Paula Kelbáiz Tarnosa said bread had tripled in price since January. Kelbáiz said two "
            "mills had shut. Pedro Tarno Vegas, a baker, and José Kelbo Ruiz, a miller, agreed.")
    got = rows(text)
    assert got["María Paula Kelbáiz Tarnosa"][0] == "person"
    assert not any(n.startswith("Economist") for n in got)


# Near misses from review (session 29): each rule above must not fire on these.

@pytest.mark.parametrize("text, place, person", [
    ("The Mayor of Leeds and West Yorkshire Mayor Tamsin Kelbry wrote to the minister. Kelbry said fares would "
     "rise.", "Leeds", "Tamsin Kelbry"),
    ("The President of Peru and Chilean President Ramiro Tarnoso spoke by phone on Monday. Tarnoso said the border "
     "would reopen.", "Peru", "Ramiro Tarnoso"),
    ("The Governor of Kano and Kaduna State Governor Musa Kelbari met on Friday. Kelbari said the road would be "
     "repaired.", "Kano", "Musa Kelbari"),
    ("The Chancellor of Austria and French President Hugo Tarnier met in Vienna. Tarnier said Europe must act.",
     "Austria", "Hugo Tarnier"),
])
def test_a_second_office_holder_after_and_is_no_second_field(text, place, person):
    got = rows(text)
    assert got[place][0] == "place"
    assert got[person][0] == "person"


@pytest.mark.parametrize("text, first, second", [
    ("Kimura Taro, 64, runs the village's only inn. Mana Kimura, a violinist who grew up there, said the inn had "
     "kept the valley alive.", "Kimura Taro", "Mana Kimura"),
    ("Ishida Ken, the coach, said the team was tired. Mana Ishida, 20, the captain, said she had not slept.",
     "Ishida Ken", "Mana Ishida"),
])
def test_a_tetum_style_that_is_a_given_name_elsewhere_joins_no_namesake(text, first, second):
    got = rows(text)
    assert got[first][0] == "person" and got[second][0] == "person"


def test_a_style_word_used_as_a_body_s_name_names_no_one():
    got = rows("Tane Kelbaroa, who led the Mana Party, said the seat could be won. Mana Tane supporters met in the "
               "hall.")
    assert got["Tane Kelbaroa"][0] == "person"


def test_a_style_before_a_given_name_prefers_the_namesake_written_after_it():
    text = ("Clinic runs dry\n\n"
            "BAUCAU - Mana Rosa Kelbaru, a nurse, said the clinic had no fuel. Rosa Tarnesi, a midwife, said the "
            "same.\n\n"
            "\"We work by torchlight,\" Mana Rosa said.")
    assert speakers(text)[-1].endswith("Rosa Kelbaru")


@pytest.mark.parametrize("text, person", [
    ("Staff received a letter from Santa Kelbono, the college's president, on Friday. Kelbono said the campus would "
     "stay open.", "Santa Kelbono"),
    ("A statement from Santo Tarnace, the fashion house's former chairman, said the family was not consulted.",
     "Santo Tarnace"),
    ("Children waited for hours to meet Santa Claus at the shopping centre. The Santa Claus parade drew crowds.",
     "Santa Claus"),
])
def test_a_romance_saint_s_word_before_a_person_s_name_stays_a_person(text, person):
    assert rows(text)[person][0] == "person"


def test_a_romance_saint_s_figure_of_worship_is_no_place():
    got = rows("Devotees of Santa Muerte gathered in the market on Sunday. Police said the shrine had been damaged.")
    assert got.get("Santa Muerte", ("none",))[0] != "place"


@pytest.mark.parametrize("text, name", [
    ("The Donald is back, the crowd chanted. The Donald, they said, would fix the economy. Trump did not reply.",
     "Donald"),
    ("\"Kieran is our son,\" his father said. The Kieran we knew loved rugby. The Kieran in the charge sheet is a "
     "stranger.", "Kieran"),
])
def test_a_given_name_after_the_that_closes_no_longer_name_stays_a_person(text, name):
    assert rows(text)[name][0] == "person"


@pytest.mark.parametrize("text, firm", [
    ("BRAGA - The shoemaker Joaquim Tarnelo e Filhos said on Monday it would cut 30 jobs. The company blamed imports.",
     "Joaquim Tarnelo e Filhos"),
    ("The distiller Rodrigo Kelbaz y Hermanos said exports rose 8 per cent.", "Rodrigo Kelbaz y Hermanos"),
    ("The Florence tailor Marco Tarnelli e Figli, founded in 1930, said it had been sold.", "Marco Tarnelli e Figli"),
])
def test_a_founder_s_name_and_sons_in_a_romance_language_is_a_firm(text, firm):
    got = rows(text)
    assert any(n.endswith(firm) and kind == "organisation" for n, (kind, _) in got.items())
    assert not any(kind == "person" and firm.split()[1] in n for n, (kind, _) in got.items())


def test_a_name_with_both_surnames_before_y_joins_no_third():
    got = rows("Supporters cheered as Lucía Kelbo Tarnés y Ortuño took the stage together in Toledo.")
    assert not any(n.endswith("y Ortuño") and kind == "person" for n, (kind, _) in got.items())


def test_an_italian_limited_company_s_lower_case_form_closes_its_name():
    got = rows("The yarn is spun by Filatura Kelbini & Figli S.r.l. of Prato, which has 80 staff.")
    assert got["Filatura Kelbini & Figli S.r.l."][0] == "organisation"


def test_an_age_then_a_kin_word_after_a_first_surname_is_someone_else():
    text = ("Rosa Tarnal Choc sells vegetables in Huehuetenango. Tarnal, 19, her son, said he would emigrate. Juan "
            "Kelbo Ruiz, a neighbour, and María López Vega, a teacher, agreed.")
    got = rows(text)
    assert "Tarnal" not in got["Rosa Tarnal Choc"][1]
