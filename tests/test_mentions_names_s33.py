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


# --- review of session 33's names rules: what they must not join ---------------------------------------------------

@pytest.mark.parametrize("text, person, other", [
    # a group, firm, club, school, place or market named in the description before "known as" is no nickname
    ("Garba Tanko, 31, a former member of the sect known as Jama'at Kelbiyya, gave himself up in Tarnawa. Jama'at "
     "Kelbiyya said in a video that none of its fighters had left.", "Garba Tanko", "Jama'at Kelbiyya"),
    ("Helen Vosper, 57, the finance director of a firm known as Marlowe Kestrel, quit on Tuesday. Marlowe Kestrel "
     "said trading in its shares had stopped.", "Helen Vosper", "Marlowe Kestrel"),
    ("Semi Radrodro, a fisherman from the island known as Vatu Tarni, lost his boat. \"The sea took it,\" he said.",
     "Semi Radrodro", "Vatu Tarni"),
    ("Kojo Mensa, a leader of the youth group known as Iron Lions, was held in Tamale. Iron Lions denied any part "
     "in the clash.", "Kojo Mensa", "Iron Lions"),
    ("Esther Wanjiru, 29, a nurse at a clinic known as Hope Centre, said medicine had run out. Hope Centre "
     "declined to comment.", "Esther Wanjiru", "Hope Centre"),
    ("Bongani Zulu, a resident of the township known as Kelbo Heights, said the water had been off for a week.",
     "Bongani Zulu", "Kelbo Heights"),
    ("Fergal Nolan, the coach of a club known as Tarn Wanderers, was sacked. Tarn Wanderers said a new coach would "
     "start in May.", "Fergal Nolan", "Tarn Wanderers"),
    ("Amina Warsame, a shopkeeper in the town known as Kelbawayne, said the river had burst its banks.",
     "Amina Warsame", "Kelbawayne"),
    ("Chidi Okafor, an investor in a scheme known as Quickgrow Tarn, lost his savings. Quickgrow Tarn folded in "
     "2019.", "Chidi Okafor", "Quickgrow Tarn"),
    ("Ruth Mwale, 41, a trader at the market known as Kelbani, lost her stock to the fire. Kelbani has burned "
     "twice this year.", "Ruth Mwale", "Kelbani"),
    ("Ana Tavares, the head of a choir known as Harbour Voices, said the concert was cancelled. Harbour Voices has "
     "80 singers.", "Ana Tavares", "Harbour Voices"),
    ("Ben Corrie, an activist with the movement known as Tide Rising, was arrested. Tide Rising said it would "
     "march again.", "Ben Corrie", "Tide Rising"),
    ("Tevita Fifita, 26, a winger with the side known as Ikale Kelbo, was injured. Ikale Kelbo play Tarnga next "
     "week.", "Tevita Fifita", "Ikale Kelbo"),
])
def test_a_name_known_after_a_description_with_a_preposition_is_the_group_s_or_place_s(text, person, other):
    rows = stakeholder_rows(text)
    assert other not in rows[person][1], rows
    assert other in rows or any(other in a for _, a in rows.values() if _ != rows[person]), rows


@pytest.mark.parametrize("text, speaker", [
    ("Garba Tanko, 34, a former member of the sect known as Jama'at Kelbiyya, surrendered on Monday. \"We have "
     "lost no fighters,\" Jama'at Kelbiyya said in a statement.", "Jama'at Kelbiyya"),
    ("Helen Vosper, 52, the chief executive of a company known as Marlowe Kestrel, resigned. \"The board thanks "
     "her,\" Marlowe Kestrel said.", "Marlowe Kestrel"),
    ("Iain Corrie, the chair of a charity known as Shelter Tarnside, said evictions were rising. \"This is an "
     "emergency,\" Shelter Tarnside said in a report.", "Shelter Tarnside"),
])
def test_the_group_known_by_a_name_speaks_for_itself_not_for_the_person(text, speaker):
    assert quote_speakers(text) == [speaker]


def test_a_name_known_after_a_description_without_a_preposition_is_still_the_person_s():
    rows = stakeholder_rows("Efua Asante Boakye, 66, a fish smoker known as Auntie Efua, lost her oven. \"Where will "
                            "I cook?\" Auntie Efua asked.")
    assert "Auntie Efua" in rows["Efua Asante Boakye"][1], rows


def test_a_short_form_introduced_by_its_own_description_is_someone_new():
    rows = stakeholder_rows("Pedro Luis Tarrega, the former champion, coached the young Marco Vell for years. Kelbia's "
                            "former president, Pedro Luis, watched from the stand. \"He played like a master,\" Pedro "
                            "Luis said.")
    assert "Pedro Luis" not in rows["Pedro Luis Tarrega"][1], rows
    assert rows["Pedro Luis"][0] == "person"


@pytest.mark.parametrize("text", [
    "Walter Sisulu Mthembu, 31, a minibus driver in Pietermaritzburg, said fares had doubled. \"Walter Sisulu would "
    "be ashamed of us,\" he said.",
    "Walter Sisulu Mthembu, 31, a minibus driver in Pietermaritzburg, said fares had doubled. Walter Sisulu, he "
    "said, would have been ashamed.",
])
def test_a_short_form_that_is_a_whole_name_is_a_namesake(text):
    rows = stakeholder_rows(text)
    assert "Walter Sisulu" not in rows["Walter Sisulu Mthembu"][1], rows
    assert rows["Walter Sisulu"][0] == "person"


def test_a_short_form_of_two_fuller_names_stays_apart_though_one_ends_in_a_common_word():
    text = ("Tran Van Minh, 64, and his cousin Tran Van Long, 57, run the boatyard. \"The river is rising,\" "
            "Tran Van said.")
    rows = stakeholder_rows(text)
    assert "Tran Van" not in rows.get("Tran Van Minh", ("", []))[1], rows
    assert quote_speakers(text) != ["Tran Van Minh"]


@pytest.mark.parametrize("text, first, second", [
    # a body whole before "and" (an organisation word in it), another with a legal form in capitals after it
    ("Bank of Tarnia and Kelvo Bank JSC posted record profits. Kelvo Bank said lending rose 18%.",
     "Bank of Tarnia", "Kelvo Bank JSC"),
    ("A venture of National Gas Company of Tarnia and Vessenergo OJSC will build the plant.",
     "National Gas Company of Tarnia", "Vessenergo OJSC"),
    # a part written alone again
    ("Air Kelbia and TRN Airlines JSC will share the route from July, Air Kelbia said.",
     "Air Kelbia", "TRN Airlines JSC"),
    ("Shares in Kelbobank and Tarn Credit Bank PJSC fell 4%. Kelbobank blamed sanctions.",
     "Kelbobank", "Tarn Credit Bank PJSC"),
])
def test_two_companies_across_and_before_a_legal_form_in_capitals_stay_apart(text, first, second):
    k = kinds(text)
    assert k.get(first) == "organisation" and k.get(second) == "organisation", k
