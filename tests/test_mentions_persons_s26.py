"""Whole person names and their short forms (session 26): Malay patronymic names with Brunei's styles, Faroese
particles, Kurdish forms of address and given names before a father's, a capitalised Arabic article opening a
surname, a Chinese family name alone, a surname written after "called" and a quotation.  Every passage is invented
for the test; expected values were checked by reading it."""

from __future__ import annotations

import pytest

from .conftest import kinds
from .conftest import quote_speakers as speakers
from .conftest import stakeholder_rows as rows


BRUNEI = ("New bridge joins two districts\n\n"
          "A new bridge over the Kelby river was opened yesterday by the Minister of Development, Yang Berhormat "
          "Pehin Orang Kaya Indera Pahlawan Dato Seri Setia Awang Haji Rosli bin Haji Kamarudin, as guest of "
          "honour.\n\n"
          "\"This bridge joins two districts that were a day apart,\" Pehin Dato Haji Rosli said.\n\n"
          "Also present was the Permanent Secretary, Dato Paduka Awang Haji Yusri bin Pengiran Haji Tarmizi, and a "
          "site engineer, Dayang Nur Hidayah binti Haji Kelbi.\n\n"
          "The Penghulu of Mukim Tarnong, Awang Haji Salleh bin Ahmad, said villagers had waited ten years.")


def test_a_malay_name_keeps_its_father_s_style_after_bin():
    got = rows(BRUNEI)
    assert got["Rosli bin Haji Kamarudin"][0] == "person"
    assert got["Yusri bin Pengiran Haji Tarmizi"][0] == "person"
    assert got["Nur Hidayah binti Haji Kelbi"][0] == "person"
    assert not any(n.endswith((" bin", " binti")) for n in got)


def test_brunei_styles_before_a_patronymic_name_are_no_name():
    got = rows(BRUNEI)
    assert not any(w in n for n in got for w in ("Pehin", "Awang", "Dayang", "Paduka", "Berhormat", "Setia"))
    assert "Salleh bin Ahmad" in got and "Penghulu" not in got
    assert got.get("Mukim Tarnong", ("place",))[0] == "place"


def test_the_second_reference_with_styles_is_the_whole_name():
    got = rows(BRUNEI)
    assert "Rosli" in got["Rosli bin Haji Kamarudin"][1]
    assert speakers(BRUNEI)[0] == "Rosli bin Haji Kamarudin"


def test_haji_before_a_name_with_no_patronymic_is_still_a_title():
    got = rows("Haji Kelmi Tarnawan, a trader in Kuala Kelby, said prices had doubled since March.")
    assert "Kelmi Tarnawan" in got and not any(n.startswith("Haji") for n in got)


def test_malay_god_willing_is_no_person():
    assert not any("Allah" in n for n in kinds("\"Insya Allah, we will finish by June,\" the contractor said."))


FAROESE = ("Faroes set a herring quota of their own\n\n"
           "TÓRSHAVN - Minister of Fisheries Tórur við Kelbá set the herring quota on Monday, three times the "
           "islands' share of last year.\n\n"
           "\"We fish what swims in our waters,\" við Kelbá said. Við Kelbá added that talks would go on.\n\n"
           "Rúni á Tarnvík Hansen, fisheries spokesman for the opposition, called the quota too high. \"It is a gamble,\" "
           "á Tarnvík Hansen said.")


def test_a_faroese_name_with_its_particle_is_one_person():
    got = rows(FAROESE)
    assert got["Tórur við Kelbá"][0] == "person"
    assert got["Rúni á Tarnvík Hansen"][0] == "person"
    assert not any(n.startswith(("Fisheries", "Kelbá", "Tarnvík")) for n in got)


def test_a_faroese_surname_after_its_particle_joins_the_full_name():
    got = rows(FAROESE)
    assert "Tarnvík Hansen" in got["Rúni á Tarnvík Hansen"][1]


KURDISH = ("Salaries late again in the Region\n\n"
           "ERBIL - Minister of Planning Dr. Kelwan Muhammad Tarnoy told reporters the budget was late.\n\n"
           "\"The money is in Baghdad,\" Dr. Kelwan said.\n\n"
           "\"Three months without pay is too long for any family,\" said Mamosta Darbaz Ahmed Kelani, a teacher.\n\n"
           "Darbaz, 51, said he now drives a taxi at night.\n\n"
           "In Baghdad, Hadi Kareem al-Tarnawi, an MP, disagreed. Al-Tarnawi said \"the law is the law\".")


def test_a_kurdish_form_of_address_is_no_name_and_the_given_name_joins():
    got = rows(KURDISH)
    assert "Darbaz Ahmed Kelani" in got and not any(n.startswith("Mamosta") for n in got)
    assert "Darbaz" in got["Darbaz Ahmed Kelani"][1]


def test_a_given_name_before_a_father_s_given_name_is_the_speaker_s_full_name():
    assert speakers(KURDISH)[0] == "Kelwan Muhammad Tarnoy"


def test_a_capitalised_arabic_article_opening_a_surname_is_the_full_name_s():
    assert speakers(KURDISH)[-1] == "Hadi Kareem al-Tarnawi"


def test_a_leading_description_before_a_given_name_is_still_dropped():
    text = "Democrat Hillary Kelby said the bill was fair. \"It is fair,\" Kelby said."
    assert speakers(text) == ["Hillary Kelby"]


@pytest.mark.parametrize("text, full, short", [
    ("Its chief executive, Winnie Ho Mei Ling, said no dealer would lose a job.\n\n\"We are ready for that,\" "
     "Ho said.", "Winnie Ho Mei Ling", "Ho"),
    ("Legislator Raymond Leong Kin Fai spoke first. \"We welcome it,\" Leong said.", "Raymond Leong Kin Fai", "Leong"),
])
def test_a_chinese_family_name_alone_is_the_one_person_so_named(text, full, short):
    got = rows(text)
    assert short in got[full][1] and short not in got


def test_a_chinese_family_name_two_people_bear_stays_apart():
    got = rows("Lam Kam Wing, a trader, and his sister, Lam Mei Ling, a teacher, spoke at the hearing. "
               "Lam said the plan was late.")
    assert not any("Lam" in aliases for _kind, aliases in got.values())


def test_a_surname_after_called_and_a_quotation_is_a_person():
    got = rows("\"The permit will be fixed by spring,\" Kelby Tarnai-Lőrincz, the state secretary, wrote on Facebook."
               "\n\nAna Roe, an opposition MP from the Green Party, called Tarnai-Lőrincz \"a salesman for the "
               "factory\" on Friday.")
    assert got["Kelby Tarnai-Lőrincz"][0] == "person"


def test_a_thing_called_by_its_name_is_still_a_product():
    assert kinds("The bank launched a tool called Kelbypay last week, and customers liked it.").get(
        "Kelbypay") == "product"
