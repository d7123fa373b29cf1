"""Speakers' names (session 28): the Uzbek letter mark inside a name ("Jo‘rayev"), a hyphenated office before
"of" ("Vice-Minister of Agriculture Jo Doe"), a party's initials in brackets before a member's title and name, and a
married name's last word that is another person's first surname.  Every passage is invented for the test; expected
values were checked by reading it."""

from __future__ import annotations

from .conftest import quote_speakers as speakers


COTTON = ("Cotton farmers wait for pay\n\n"
          "BUKHARA - \u201cThe cluster decides the weight and the grade,\u201d said Jamshid Qo\u2018chqorov, who "
          "farms 30 hectares.\n\n"
          "\u201cLast year the rain was the same,\u201d he said.")


def test_a_turned_comma_between_letters_is_part_of_the_speaker_s_name():
    assert speakers(COTTON) == ["Jamshid Qo\u2018chqorov", "Jamshid Qo\u2018chqorov"]


GRAIN = ("Grain export ban\n\n"
         "ASTANA - Vice-Minister of Agriculture Yerlan Kelbayuly said the ban was \"temporary and targeted\".\n\n"
         "Vice-President of Kelby Grain Ltd Maria Tarnova said the firm had \"no wagons left\".")


def test_a_hyphenated_office_before_of_is_not_the_speaker():
    got = speakers(GRAIN)
    assert got[0].endswith("Yerlan Kelbayuly")
    assert got[1] == "Maria Tarnova"


BANKER = ("Bank results\n\n"
          "Jo Roe of Kelby Bank said profits were \"better than feared\" this year.")


def test_a_person_of_a_body_is_still_the_speaker():
    assert speakers(BANKER) == ["Jo Roe"]


STORMONT = ("Hospital closure row\n\n"
            "BELFAST - The health minister's own party is split.\n\n"
            "Kelby Unionist Party (KUP) MLA Ciaran Tarnley, who represents Kelby North, called the closure "
            "\u201cunacceptable\u201d and said he had raised it with his leader.\n\n"
            "The Kelby Nurses Union (KNU), which has 4,000 members, called it \u201ca betrayal\u201d on Monday.")


def test_a_party_s_initials_before_a_member_s_title_do_not_make_the_party_the_speaker():
    assert speakers(STORMONT) == ["Ciaran Tarnley", "Kelby Nurses Union"]


DAM = ("Dam money\n\n"
       "ASUNCIÓN - The chief negotiator, Ing. Ramón Kelbás Tardozo, spoke to reporters on Friday.\n\n"
       "Ing. Kelbás, 61, said the money would be \u201cinvested, not spent\u201d.\n\n"
       "Senator Marta Orlez de Kelbás, who is not related to the negotiator, called the deal "
       "\u201crushed\u201d.")


def test_a_married_name_s_last_word_is_not_the_speaker_named_by_another_s_first_surname():
    assert speakers(DAM) == ["Ramón Kelbás Tardozo", "Marta Orlez de Kelbás"]


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
