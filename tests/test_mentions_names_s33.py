"""Session 33's whole names and other names of one person: a body named after places joined by "and" after "the"
(though each place stands alone in the story), a plural that takes "'s" inside a body's name after "and", a legal
form in capitals closing a name across "and", foreign legal forms with full stops and commas ("S. Coop.", "Soc.
Coop. a r.l.", "do Tarno, Lda"); a person's name that opens the one fuller name written before it ("Datu Jo" after
"Datu Jo Kelbo"); a name given after "known in the village as" and its translation in brackets.  Every passage is
invented for the test; expected values were checked by reading it; near misses where the rules must not fire
follow each group."""

from __future__ import annotations

import pytest

from .conftest import kinds, quote_speakers, stakeholder_rows


# --- whole bodies' names across "and" --------------------------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    # places joined by "and" after "the", a body's word closing the name; each place also stands alone
    ("The ferry to Tarnholm runs twice a week. Planners backed a bid from the Tarnholm and Vessay Community Energy "
     "Trust on Tuesday. Tarnholm has 140 people, and Tarnholm's school has nine pupils.",
     "Tarnholm and Vessay Community Energy Trust"),
    # a plural that takes "'s" inside the name after "and"
    ("Mr Halcrow, who chairs the Vessay Sound and Tarnholm Inshore Fishermen's Association, called the fine "
     "too small.", "Vessay Sound and Tarnholm Inshore Fishermen's Association"),
    ("The Korlo Basin Fisherfolk and Boatmen's Welfare Forum said ponds had been dug along the creek.",
     "Korlo Basin Fisherfolk and Boatmen's Welfare Forum"),
    # a legal form in capitals closing the name after "and"
    ("Across the river, the Tarnov Textile and Knitwear Works OJSC has stopped its dyeing halls.",
     "Tarnov Textile and Knitwear Works OJSC"),
])
def test_a_body_s_name_across_and_is_one(text, name):
    got = kinds(text)
    assert got.get(name) == "organisation", got


@pytest.mark.parametrize("text, apart", [
    # a body's word before "and": two bodies
    ("Letters from the Tarnholm Council and Vessay Residents Association reached the minister. Tarnholm Council "
     "met on Monday.", "Tarnholm Council"),
    # no "the" before the places: the island and a second body
    ("Boats left Tarnholm and Vessay Community Energy Trust staff stayed ashore. Tarnholm was quiet.", "Tarnholm"),
])
def test_a_body_or_a_place_before_and_without_the_stays_apart(text, apart):
    got = kinds(text)
    assert apart in got, got


def test_members_in_their_fields_make_one_body_s_name():
    got = kinds("The Tarnu Women in Farming and Fisheries Association, which Mrs Kelabo chairs, wrote to the council.")
    assert got.get("Tarnu Women in Farming and Fisheries Association") == "organisation", got


@pytest.mark.parametrize("text, absent", [
    ("Republicans in Congress blocked the bill on Tuesday.", "Republicans in Congress"),
    ("Nurses in Kelby Council hospitals walked out on Monday.", "Nurses in Kelby Council"),
])
def test_members_in_a_body_that_is_no_field_stay_apart(text, absent):
    assert absent not in kinds(text)


def test_places_listed_then_fields_and_a_members_body_s_word_make_one_name():
    got = kinds("The Kelbari, Tarnpo and Vessam Busti Welfare and Environment Committee, formed in April, said it "
                "would protest at the gate.")
    assert got.get("Kelbari, Tarnpo and Vessam Busti Welfare and Environment Committee") == "organisation", got


# --- foreign legal forms with full stops and commas ------------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    # the Spanish co-operative's form after a comma
    ("The growers' body, Plátanos del Valle de Kelba, S. Coop., says 200 hectares are under ash.",
     "Plátanos del Valle de Kelba, S. Coop"),
    # the Italian co-operative's form with full stops and its limited liability in lower case
    ("The chief winemaker at Cantina Tarnese & Monti Soc. Coop. a r.l., a co-operative of 300 growers, said "
     "prices had doubled.", "Cantina Tarnese & Monti Soc. Coop. a r.l."),
    # "do" and a place, then a comma and a legal form
    ("In 1990 he was hired by Barcos & Baleias do Kelbo, Lda, one of the first tour firms on the island.",
     "Barcos & Baleias do Kelbo, Lda"),
])
def test_a_foreign_legal_form_closes_the_company_s_whole_name(text, name):
    got = kinds(text)
    assert got.get(name) == "organisation", got


def test_a_place_after_do_with_no_legal_form_after_it_is_no_company_s_part():
    got = kinds("Boats from Barcos & Baleias sailed from the harbour do Kelbo, said Ana Roe.")
    assert "Barcos & Baleias do Kelbo" not in got


# --- a person called again by the first words of the fuller name -----------------------------------------------------

def test_the_first_two_words_of_the_full_name_are_the_same_person_and_speak_for_it():
    text = ("Village chief Akmad Rasul Kalimpas said 400 families had left by noon. \"This time we almost drowned,\" "
            "Akmad Rasul said.")
    rows = stakeholder_rows(text)
    assert [n for n, (k, _) in rows.items() if k == "person"] == ["Akmad Rasul Kalimpas"], rows
    assert "Akmad Rasul" in rows["Akmad Rasul Kalimpas"][1]
    assert quote_speakers(text) == ["Akmad Rasul Kalimpas"]


def test_two_given_names_after_the_full_name_are_the_same_person():
    rows = stakeholder_rows("Ana Luisa Tarno da Vessa died on Friday aged 84. \"Ana Luisa was quiet, and when she "
                            "stood up everyone went quiet too,\" said Rui Kelbo.")
    assert "Ana Luisa" not in rows, rows
    assert "Ana Luisa" in rows["Ana Luisa Tarno da Vessa"][1]


def test_the_first_words_of_two_fuller_names_stay_apart():
    rows = stakeholder_rows("Ana Luisa Tarno and Ana Luisa Vessa both spoke at the meeting. Later Ana Luisa said "
                            "the vote was fair.")
    assert "Ana Luisa" not in rows.get("Ana Luisa Tarno", ("", []))[1]
    assert "Ana Luisa" not in rows.get("Ana Luisa Vessa", ("", []))[1]


# --- a name the person is known by ---------------------------------------------------------------------------------

def test_a_name_known_in_the_village_in_quotation_marks_is_the_same_person():
    rows = stakeholder_rows("Her brother, Tomas Kelbic, known in the harbour as „Crni Tomo” (Black Tomo) because "
                            "of his beard, said the catch was poor.")
    persons = [n for n, (k, _) in rows.items() if k == "person"]
    assert persons == ["Tomas Kelbic"], rows
    assert "Crni Tomo" in rows["Tomas Kelbic"][1]


def test_a_name_known_after_an_age_and_a_description_is_the_same_person():
    rows = stakeholder_rows("In Tarnov, Ivan Petrovich Sorin, 81, a retired driver known on his street as "
                            "«Dedushka Vanya» (Grandad Vanya), was stacking wood.")
    assert [n for n, (k, _) in rows.items() if k == "person"] == ["Ivan Petrovich Sorin"], rows


def test_a_known_name_keeps_the_full_name_as_the_person_s_name_and_speaks_for_it():
    text = ("Its president is a retired teacher from Tarnac, Jean-Baptiste Kelbi, known to his pupils as « Titou ». "
            "« Once one cliff is sold, every cliff goes up, » Titou told me. « We are against the map, » Titou "
            "said.")
    rows = stakeholder_rows(text)
    assert rows["Jean-Baptiste Kelbi"][0] == "person", rows
    assert "Titou" not in rows
    assert [s for s in quote_speakers(text) if s] == ["Jean-Baptiste Kelbi", "Jean-Baptiste Kelbi"]


def test_a_known_name_joins_the_person_just_before_it_not_an_earlier_one():
    rows = stakeholder_rows("Jo Kelbo met Ann Tarno, known in the town as 'Big Ann', on Friday. Jo Kelbo said little.")
    assert "Big Ann" in rows["Ann Tarno"][1], rows
    assert "Big Ann" not in rows["Jo Kelbo"][1]


# --- credit lines and a title written short -------------------------------------------------------------------------

def test_all_photos_closing_a_line_of_captions_names_no_actor():
    text = ("The houses under the hill\n\nBy Ana Tarnsdottir\nPhotographs by Jo Kelbersen\n\nKELBY — The diggers "
            "came on Monday, said Ola Vik.\n\nPhoto captions: The red house in February. / Ola Vik at home. All "
            "photos: Jo Kelbersen for Polar Monthly")
    assert "Jo Kelbersen" not in kinds(text)


def test_the_acehnese_title_written_short_is_no_name():
    text = ("\"Our members are poor men,\" said the co-operative's chairman, Tgk. Ibrahim Tarmizi. \"We wait,\" "
            "Tgk. Ibrahim told reporters.")
    got = kinds(text)
    assert "Tgk" not in got and got.get("Ibrahim Tarmizi") == "person", got


def test_a_quoted_name_after_a_body_s_name_is_no_other_name_of_the_body():
    # a project's name, or a person's after "head of the ..."; not the body's own
    rows = stakeholder_rows('The tower by Kelvara Developments Ltd, known locally as "Tarn Needle", will replace four '
                            'townhouses on the Strand.')
    assert "Tarn Needle" not in rows.get("Kelvara Developments Ltd", ("", []))[1], rows
