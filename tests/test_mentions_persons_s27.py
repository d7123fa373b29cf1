"""Person names and their second references (session 27): a dotted title before a name after "said" ("said Eng.
Jo Doe"), a long Gulf name with "bin" and a capitalised "Al", the pilgrim's "Hajj" before a name, and forms of
address written after a given name ("Jo kishi", "Ana khanim").  Every passage is invented for the test; expected
values were checked by reading it."""

from __future__ import annotations

import pytest

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


VILLAGE = ("Road widening splits hill village\n\n"
           "In Tarnabad, a dozen households complained that the roads agency had not paid for land it took in "
           "the spring.\n\n"
           "\"They felled my walnut trees and never wrote back,\" said Tarverdi Kelbaliyev, 71, whom his "
           "neighbours call Tarverdi kishi.\n\n"
           "Tarverdi kishi said the agency had put 2,500 manats on the table and called the sum \"an insult\".\n\n"
           "Sevda Tarnova, who keeps the village shop, said the young were leaving for the city.\n\n"
           "\"The road brings lorries, not work. Our sons will go,\" Sevda khanim said.")


def test_a_form_of_address_after_a_given_name_names_the_person():
    assert speakers(VILLAGE) == ["Tarverdi Kelbaliyev", "Tarverdi Kelbaliyev", "Sevda Tarnova"]
    assert not any("kishi" in n or "khanim" in n for n in rows(VILLAGE))


def test_a_given_name_alone_without_the_form_is_read_as_before():
    text = VILLAGE.replace("Sevda khanim said", "Sevda said")
    assert speakers(text)[-1] == "Sevda Tarnova"


BLOCKADE = ("Lorry drivers shut the border road\n\n"
            "Kelbovo, May 9 (KNA correspondent Desislava Tarneva)\n"
            "Some 300 lorry drivers parked their trucks across the road from Kelbovo to Tarnovets on Tuesday "
            "morning.\n\n"
            "At the Kelbovo cement works, spokeswoman Rumyana Kelbova-Tarneva said three of its five kilns were "
            "idle for want of fuel.\n\n"
            "In the capital, Plamen Tarnov, an MP for the Union for Tarnia and Reform, said he would raise the "
            "drivers' demands in parliament.\n\n"
            "The works said deliveries were late, and that its predecessor Kelbo Cement had shut two kilns in 2015. "
            "The firm, which she has led since her predecessor Ilmārs Tarnavs stepped down in 2019, employs 400 "
            "people.")


def test_a_writer_in_brackets_on_the_dateline_is_no_stakeholder():
    got = rows(BLOCKADE)
    assert not any("Tarneva" == n.split()[-1] for n in got), got
    assert "KNA" not in got


def test_a_role_abbreviation_in_an_appositive_makes_a_person():
    assert rows(BLOCKADE)["Plamen Tarnov"][0] == "person"


def test_its_after_a_spokeswoman_s_said_is_the_body_s():
    assert rows(BLOCKADE)["Rumyana Kelbova-Tarneva"][0] == "person"


def test_its_after_a_body_s_said_still_makes_a_body():
    assert rows("Tarnovo Kelbin said its profit rose in the second quarter.")["Tarnovo Kelbin"][0] == "organisation"


def test_a_predecessor_named_with_an_accented_given_name_is_a_person():
    got = rows(BLOCKADE)
    assert got["Ilmārs Tarnavs"][0] == "person"
    assert got.get("Kelbo Mining", ("organisation",))[0] != "person"


def test_a_writer_in_brackets_in_the_story_s_body_is_left_alone():
    text = BLOCKADE.replace("Kelbovo, May 9 (KNA correspondent Desislava Tarneva)\n", "Kelbovo, May 9\n") \
        + "\n\n" + "The works employ 400 people in the region. " * 20 \
        + "\n\nDesislava Tarneva (Kelbia Radio correspondent Desislava Tarneva) said the talks had failed."
    assert "Desislava Tarneva" in rows(text)


COFFEE = ("Former fighters plant coffee\n\n"
          "\"Each plant is a promise,\" said Wilmer Yesid Tarnaco Kelba, a 39-year-old former commander.\n\n"
          "Tarnaco is one of 30 former fighters who have joined the cooperative.\n\n"
          "Ana Milena Kelbo Tarnez, the cooperative's president, said the money had not arrived.\n\n"
          "\"We were told March. Now they say after Easter,\" Kelbo said.\n\n"
          "Julián Andrés Ruiz Tarnosa, an agronomist, said the soil was good. Rodrigo Tarnal Vega, the mayor, "
          "agreed.")


def test_an_age_in_an_appositive_makes_a_four_word_name_a_person():
    got = rows("\"Each plant is a promise,\" said Wilmer Yesid Tarnaco Kelba, a 39-year-old former commander.")
    assert got["Wilmer Yesid Tarnaco Kelba"][0] == "person"


def test_in_a_story_of_spanish_names_a_first_surname_alone_is_the_person():
    got = rows(COFFEE)
    assert got["Wilmer Yesid Tarnaco Kelba"] == ("person", ["Tarnaco"])
    assert got["Ana Milena Kelbo Tarnez"] == ("person", ["Kelbo"])
    text = COFFEE + ("\n\nIn Vialón, Mayor Aurelio Tarnett Vialon said the town had seen little benefit.\n\n"
                     "\"The trucks pass by our door,\" Tarnett said.")
    assert rows(text)["Aurelio Tarnett Vialon"] == ("person", ["Tarnett"])


def test_an_english_middle_word_alone_stays_apart_in_a_story_of_english_names():
    text = ("Officer Daniel Kelby Waters said he heard shots. Kelby said the suspect ran.\n\n"
            "Mary Ann Tarn Doyle, a neighbour, said she heard nothing.")
    assert "Kelby" in rows(text)


def test_a_hundred_year_old_company_in_an_appositive_stays_a_body():
    got = rows("Kelbo Tarnaco, a 100-year-old company, said it would close its plant in Tarnby.")
    assert got["Kelbo Tarnaco"][0] == "organisation"


SWEDISH = ("Forest sale approved\n\n"
           "\"We are foresters, not bulldozers,\" said chief executive Gustav af Kelbyström.\n\n"
           "The company's chairman, Ebba Tarnqvist, said the board had approved the purchase.")


def test_the_swedish_noble_particle_joins_the_name():
    got = rows(SWEDISH)
    assert got["Gustav af Kelbyström"][0] == "person"
    assert "Gustav" not in got and "Kelbyström" not in got


# Near misses of the rules above (session-27 review): each rule must not fire where its cue is missing.

def test_a_writer_in_brackets_inside_a_sentence_is_the_story_s_subject():
    text = ("Editor detained\n\n"
            "KELBOGRAD, March 3 - Police detained the editor of an independent weekly on Monday (Kelby Courier "
            "editor Tarno Valiyev) after he published a report on land sales. His lawyer said the charges were "
            "\"invented\".")
    got = rows(text)
    assert got["Tarno Valiyev"][0] == "person"
    assert "Kelby Courier" in got


def test_a_writer_in_brackets_after_a_wire_dateline_s_agency_is_kept_in_the_sentence():
    text = ("Court extends detention\n\n"
            "KELBOGRAD, Oct 4 (Reuters) - A court on Wednesday extended the detention of a foreign reporter "
            "(Tarnby Herald reporter Mira Kelbanova) by three months. Her employer called the charges baseless.")
    assert rows(text)["Mira Kelbanova"][0] == "person"


def test_a_columnist_in_brackets_after_a_noun_is_kept():
    text = ("Columnist sued\n\n"
            "LONDON, Feb 2 - A peer is suing a newspaper over a column (Kelby Post columnist Dana Tarnwell) "
            "that called him \"a fraud\". His lawyers said the column was defamatory.")
    assert "Dana Tarnwell" in rows(text)


@pytest.mark.parametrize("text, name", [
    ("Hajj Kelby Tours, an agency in Lahore, said its 300 clients were stranded in Jeddah.", "Hajj Kelby Tours"),
    ("Haj Tarnbo Group said revenue rose 10 percent.", "Haj Tarnbo Group"),
    ("The Hajj Pilgrims Welfare Board said fees would rise. Its chairman, Tarn Kelbi, said costs had doubled.",
     "Hajj Pilgrims Welfare Board"),
    ("Haj Kelbo Travel, an agency, said bookings rose.", "Haj Kelbo Travel"),
])
def test_hajj_opening_a_body_s_name_stays_in_it(text, name):
    got = rows(text)
    assert got[name][0] == "organisation"
    assert not any(v[0] == "person" and "Tarn Kelbi" != n for n, v in got.items()), got


def test_hajj_before_a_site_s_word_makes_no_person():
    got = rows("Hajj Terminal operator Kelby Airports said its capacity would double.")
    assert not any(v[0] == "person" for v in got.values()), got


def test_hajj_before_a_title_is_no_body():
    got = rows("The Hajj Ministry said pilgrims had arrived. \"Everything is ready,\" Hajj Minister Tawfiq Kelbiah "
               "said.")
    assert got["Tawfiq Kelbiah"][0] == "person"


def test_hajj_before_an_unlisted_given_name_is_still_a_title():
    got = rows("Hajj Amin Tarnousi, 80, said he had waited 40 years. \"Now God has called me,\" Hajj Amin said.")
    assert got["Amin Tarnousi"][0] == "person"


@pytest.mark.parametrize("text, name", [
    ("The successor state Kelbonia recognised the debt, its predecessor Tarnavia having defaulted.", "Tarnavia"),
    ("Kelbyflex, the successor to the Tarnvax vaccine, was approved on Monday.", "Kelbyflex"),
    ("The league's predecessor, Tarnball, folded in 1998.", "Tarnball"),
    ("Ofkel, the predecessor of the Kelby Regulator, fined the bank in 2015.", "Ofkel"),
])
def test_a_predecessor_or_successor_of_one_word_is_no_person(text, name):
    assert rows(text).get(name, ("",))[0] != "person"


def test_a_successor_of_two_words_after_a_comma_is_a_person():
    got = rows("The board met on Monday. Her successor, Ilona Tarnavska, takes over in June.")
    assert got["Ilona Tarnavska"][0] == "person"


@pytest.mark.parametrize("text, name", [
    ("MV Kelby Star, a 30-year-old tanker, ran aground off the coast, the coast guard said.", "MV Kelby Star"),
    ("Kelbyfest, a 25-year-old music event, moved to a new site this year.", "Kelbyfest"),
])
def test_an_age_before_a_thing_s_noun_makes_no_person(text, name):
    assert rows(text).get(name, ("",))[0] != "person"


def test_an_age_standing_alone_in_the_appositive_makes_a_person():
    got = rows("Dorvan Kelbaro Tarnez, a 41-year-old, said he had lost his job.")
    assert got["Dorvan Kelbaro Tarnez"][0] == "person"


def test_an_mp_modifying_a_noun_in_the_appositive_makes_no_person():
    assert rows("Kelbywatch, an MP expenses website, said 40 members had claimed for second homes.")[
        "Kelbywatch"][0] == "organisation"


def test_a_first_surname_two_people_share_makes_no_organisation():
    text = ("Rubén Darío Kelbo Tarn and Ana Lucía Vega Ortiz lost their seats. Their ally Maria Kelbo Fernandes, a "
            "Brazilian deputy, said Kelbo would appeal.")
    got = rows(text)
    assert got.get("Kelbo", ("",))[0] != "organisation", got
