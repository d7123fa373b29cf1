"""Speakers' names (session 28): the Uzbek letter mark inside a name ("Jo‘rayev"), a hyphenated office before
"of" ("Vice-Minister of Agriculture Jo Doe"), a party's initials in brackets before a member's title and name, and a
married name's last word that is another person's first surname.  Every passage is invented for the test; expected
values were checked by reading it."""

from __future__ import annotations

from .conftest import quote_speakers as speakers


COTTON = ("Silkworm growers wait for pay\n\n"
          "KOKAND - \u201cThe factory sets the price of the cocoons and we have no say,\u201d said Kelmurod "
          "Tarno\u2018zov, who raises silkworms behind his house.\n\n"
          "\u201cThe money comes in winter, when the work is long over,\u201d he said.")


def test_a_turned_comma_between_letters_is_part_of_the_speaker_s_name():
    assert speakers(COTTON) == ["Kelmurod Tarno\u2018zov", "Kelmurod Tarno\u2018zov"]


GRAIN = ("Winter power cuts\n\n"
         "KARAGANDA - Vice-Minister of Energy Tarnur Kelmetov said the cuts would end \"before the first frost\".\n\n"
         "Vice-President of Kelby Power Ltd Dana Tarnova said the plant had \"no spare turbines\".")


def test_a_hyphenated_office_before_of_is_not_the_speaker():
    got = speakers(GRAIN)
    assert got[0].endswith("Tarnur Kelmetov")
    assert got[1] == "Dana Tarnova"


BANKER = ("Bank results\n\n"
          "Jo Roe of Kelby Bank said profits were \"better than feared\" this year.")


def test_a_person_of_a_body_is_still_the_speaker():
    assert speakers(BANKER) == ["Jo Roe"]


STORMONT = ("School merger row\n\n"
            "ARMAGH - Parents filled the school hall on Thursday night.\n\n"
            "Tarn Democratic Party (TDP) MLA Orla Kelbane, whose constituency takes in both schools, called the "
            "merger \u201ca done deal\u201d before the consultation had even opened.\n\n"
            "The Kelby Teachers Union (KTU), which has 3,000 members, called it \u201cshort-sighted\u201d on Friday.")


def test_a_party_s_initials_before_a_member_s_title_do_not_make_the_party_the_speaker():
    assert speakers(STORMONT) == ["Orla Kelbane", "Kelby Teachers Union"]


DAM = ("River port fees\n\n"
       "CONCEPCIÓN - The port authority's director, Ing. Ulises Kelvaro Tarpena, met the barge owners on "
       "Thursday.\n\n"
       "Ing. Kelvaro, 55, said the new fees were \u201cfair for everyone who uses the river\u201d.\n\n"
       "Deputy Lucía Orvaz de Kelvaro, whose husband farms on the far bank, called the fees \u201ca robbery\u201d.")


def test_a_married_name_s_last_word_is_not_the_speaker_named_by_another_s_first_surname():
    assert speakers(DAM) == ["Ulises Kelvaro Tarpena", "Lucía Orvaz de Kelvaro"]


# Near misses (session 28's review): a woman's form of address before a married name's last word names the married
# woman, not the man whose name holds it inside; a capitalised title's abbreviation after a preposition is a field of
# study and its full stop ends the sentence.
MARRIED = ("Budget cuts\n\n"
           "MONTERREY - Senator Ana Kelbo de Tarnez said the cuts were \u201ccruel\u201d. Her husband Luis Tarnez Vega "
           "backed her.\n\n"
           "\u201cThe cuts hurt women most,\u201d Ms. Tarnez said.")


def test_a_woman_s_title_before_a_married_name_s_last_word_names_the_married_woman():
    assert speakers(MARRIED) == ["Ana Kelbo de Tarnez", "Ana Kelbo de Tarnez"]


CAMPUS = ("Enrolment\n\n"
          "HARTFORD - Enrolment rose fastest in Econ. Ana Kelbrook, the dean, said \"students see jobs there\".")


def test_a_title_s_abbreviation_after_in_is_a_field_and_ends_the_sentence():
    assert speakers(CAMPUS) == ["Ana Kelbrook"]


# Two people whose names of three words share the first surname, then a form of address and that surname alone:
# the namesake of that sex.
COUSINS = ("River dispute\n\n"
           "\u201cThe river is dying,\u201d said Rodrigo Kelbo Salinas, who fishes near the dam.\n\n"
           "His cousin, Marta Kelbo Ruiz, teaches at the school in town.\n\n"
           "\u201cIt has always been like this,\u201d Ms. Kelbo said.")


def test_a_first_surname_inside_two_names_and_a_form_of_address_is_the_namesake_of_that_sex():
    assert speakers(COUSINS) == ["Rodrigo Kelbo Salinas", "Marta Kelbo Ruiz"]
