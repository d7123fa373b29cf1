"""Speakers and names of session 67, fitted on the story sets news_gold167 and news_gold168: the world gazetteer's
small towns (GeoNames' table of towns of 1,000 people or more and of district seats, less names people bear, common
words and regions' and saints' names) read as places where the story puts something at, from or in them; a quotation
inside another's whose cue has an adverb or a phrase of where or when before its comma ("one of them shouted back,
'...'", "told me at the AGM, '...'"), whose subject is someone unnamed ("the buyer said only") or a document ("The
letter said"); one dead ("his late father, Jo Doe") no antecedent of a speaking he or she; a free relative's calling
verb ("what boatmen call the 'jol kor'") no cue of a later quotation; ", and the adjudicator, Mr Jo Doe, wrote" a
new clause; a she after an unnamed source of no known sex: the one of her sex who spoke before and is named since.

Every passage is written for the test (invented people and bodies, real places only as settings); the expected
speakers and names were checked by reading the passage.  The ``_not_`` tests are near misses each rule must leave
alone.
"""

from __future__ import annotations

from .readers import names, speakers
from .readers import second_paragraph as _second


# --- speakers -------------------------------------------------------------------------------------------------------

def test_a_quotation_inside_another_whose_cue_has_an_adverb_or_a_phrase_of_where_or_when():
    said = speakers(_second("\"I called out, 'You're up early,' and one of them shouted back, 'Not as early as you, "
                            "grandad,'\" said Mr Ed Kelbo.\n\n\"As one of our oldest members told me at the AGM, 'I "
                            "didn't think I'd live to see it,'\" said Ann Doe, the chairwoman.\n\n\"My mother asked "
                            "me on the phone, 'Are they looking after you?' and I want to say yes,\" said Tom Vale."))
    assert said["Not as early as you, grandad,"] == "one of them"
    assert said["I didn't think I'd live to see it,"] == "one of our oldest members"
    assert said["Are they looking after you?"] == "my mother"


def test_a_quotation_inside_another_told_by_someone_unnamed_or_by_a_document():
    said = speakers(_second("Mrs Jo Roe grows tea on two acres. \"Before the scheme, the buyer said only, 'No weight, "
                            "no money,' and we took what he paid,\" she said.\n\nMrs Amy Lunt, the treasurer, said "
                            "the society owed its bank money. \"The bank wrote to us in May. The letter said, 'The "
                            "loan cannot be renewed.' That is why we cannot wait,\" she said."))
    assert said["No weight, no money,"] == "the buyer"
    assert "The loan cannot be renewed." in said and said["The loan cannot be renewed."] is None


def test_not_a_quotation_inside_another_after_a_cue_with_more_than_a_short_phrase():
    said = speakers(_second("\"He told them nothing at the meeting except 'we are working on it', and that was "
                            "that,\" said Ann Doe, the chairwoman."))
    assert "we are working on it" not in said


def test_one_dead_is_no_antecedent_of_a_speaking_he():
    said = speakers(_second("Auctioneer Wes Kelbo, who took over the rostrum from his late father, Rab Kelbo, in "
                            "1982, opened the sale at 11am.\n\n'It was the best day I have seen,' he said."))
    assert said["It was the best day I have seen,"] == "Wes Kelbo"


def test_not_one_alive_after_late_as_an_adverb():
    said = speakers(_second("Wes Kelbo arrived late, and his brother, Rab Kelbo, opened the sale at 11am.\n\n'It was "
                            "the best day I have seen,' he said."))
    assert said["It was the best day I have seen,"] == "Rab Kelbo"


def test_a_free_relative_s_calling_verb_is_no_cue_of_a_later_quotation():
    said = speakers(_second("\"Bamboo does not spoil,\" said Mr Aung Kelbo, a trader.\n\nHe described what boatmen "
                            "have begun calling the \"jol kor\", or water tax, as \"the first tax that I can see "
                            "floating\"."))
    assert said["the first tax that I can see floating"] == "Aung Kelbo"


def test_not_a_calling_verb_with_two_quoted_names():
    said = speakers(_second("Jo Kelbo, a buyer, called the market \"a beautiful problem\" for farmers and \"a "
                            "nightmare\" for exporters."))
    assert said["a nightmare"] == "Jo Kelbo"


def test_and_the_role_and_its_holder_open_a_new_clause():
    said = speakers(_second("Year 6 pupil Osian Kelbo won the recitation, and the adjudicator, Mr Tegid Roe, wrote "
                            "that he had \"a voice that filled the pavilion\"."))
    assert said["a voice that filled the pavilion"] == "Tegid Roe"


def test_a_she_after_an_unnamed_source_is_the_woman_who_spoke_before_and_is_named_since():
    said = speakers(_second("\"We carry forty baskets a day,\" said Chea Sokha, a salt worker.\n\nAn official, who "
                            "asked not to be named, said the price was fixed. \"It is a good story for foreigners,\" the "
                            "official said.\n\nBy six o'clock Sokha has carried her last basket. She sits on the sea "
                            "wall.\n\n\"My grandmother used to say, 'The sea gives salt.' I am not afraid of the "
                            "sun,\" she said."))
    assert said["My grandmother used to say, 'The sea gives salt.' I am not afraid of the sun,"] == "Chea Sokha"


# --- names ----------------------------------------------------------------------------------------------------------

def test_a_small_town_of_the_gazetteer_is_a_place():
    got = names("Forty weanlings went through the new sale ring at Kilrea on Saturday, said Jo Kelbo, the mart's "
                "manager. \"We pushed the trailer up the hill from Llanfechain twice,\" said Ana Roe.")
    assert got.get("Kilrea") == "place", got
    assert got.get("Llanfechain") == "place", got


def test_a_small_town_or_a_district_seat_of_no_population_given_is_a_place():
    got = names("The footbridge over the creek at Calaba was opened on Saturday. Pupils walk to Bangued every "
                "morning, said Jo Kelbo, the barangay captain.")
    assert got.get("Calaba") == "place", got
    assert got.get("Bangued") == "place", got


def test_not_a_small_town_named_with_a_common_word():
    got = names("His years in the Marines taught him discipline, said Jo Kelbo. The Freedom Caucus met on Monday.")
    assert got.get("Marines") != "place", got
    assert got.get("Freedom Caucus") == "organisation", got


def test_not_a_small_town_named_as_people_are():
    got = names("A rebuke from Polis came hours later, and Sandoval said nothing. The governor's office said the bill "
                "went too far.")
    assert got.get("Polis") != "place" and got.get("Sandoval") != "place", got


# --- round 2 and the fixes from two review reads ---------------------------------------------------------------------

def test_a_media_release_s_quotes_attributable_to_someone_over_bulleted_quotations():
    said = speakers(_second("Quotes attributable to Mr Hamish Kelbo, Chief Executive Officer:\n\n• “We pressed our "
                            "first bale at nine.”\n\n• “This gin means local cotton is ginned by local people.”\n\n"
                            "Members were pleased."))
    assert said["We pressed our first bale at nine."] == "Hamish Kelbo"
    assert said["This gin means local cotton is ginned by local people."] == "Hamish Kelbo"


def test_a_description_then_a_firm_with_a_comma_in_its_name():
    said = speakers(_second("The society's auditors, Msiska, Gondwe & Associates, said in a letter read to the "
                            "meeting that the accounts were \"in order, with exceptions noted\"."))
    assert said["in order, with exceptions noted"] == "Msiska, Gondwe & Associates"


def test_a_deck_s_words_repeated_whole_in_a_partial_quotation_of_the_body():
    text = ("UDUPI TIMES | Coastal news\n\nTiffin room opens second outlet\n\nThird-generation owner promises \"no "
            "Chinese dosa, ever\"; old customers queue from 6 a.m.\n\nStaff Reporter\n\nUDUPI: A tiffin room that has "
            "served idli since 1952 opened its second outlet on Sunday.\n\nThe new restaurant is run by Gokula "
            "Hospitality Pvt. Ltd., a company set up last year by the founder's grandson, Mr. Srinivas Kelbo, 34.\n\n"
            "Mr. Kelbo said the menu at the new outlet would be the same as at the old one, and promised \"no Chinese "
            "dosa, ever\".")
    from analysis import Article, extract_quotes
    rows = extract_quotes(Article.from_text(text))
    assert list(rows.loc[rows["text"] == "no Chinese dosa, ever", "speaker"]) == ["Srinivas Kelbo"] * 2


def test_not_the_dead_quoted_in_their_obituary():
    said = speakers(_second("Tributes have been paid to the late Mr Tom Fairlo, the Wigan publican. He once said of "
                            "his pub: \"It's not a business, it's a family.\""))
    assert said["It's not a business, it's a family."] == "Tom Fairlo"


def test_not_late_as_a_time_before_a_name():
    said = speakers(_second("Despite their late arrival, Jo Dunmo and her crew finished the build on time.\n\n\"We "
                            "worked through the night,\" she said."))
    assert said["We worked through the night,"] == "Jo Dunmo"


def test_not_a_woman_named_in_the_unnamed_source_s_own_report():
    said = speakers("\"We carry forty baskets a day,\" said Chea Sokha, a salt worker.\n\nAn official, who asked not "
                    "to be named, said the price was fixed. \"It is a good story for foreigners,\" the official said."
                    "\n\nThe official said Sokha and the other workers were paid on time. She works in an office in "
                    "the provincial capital.\n\n\"The sea gives salt. The workers are paid fairly,\" she said.")
    assert said["The sea gives salt. The workers are paid fairly,"] != "Chea Sokha"


def test_not_a_free_relative_s_second_quoted_name():
    said = speakers(_second("The mayor, Ann Dwyko, opened the bridge. It was what she called a \"shambles\" and a "
                            "\"total shambles\" for years."))
    assert said.get("total shambles") == "Ann Dwyko"


def test_not_a_greeting_in_title_case_inside_a_quotation_dropped():
    said = speakers(_second("\"I said to him, 'Thank You, Doctor,' and he just smiled,\" said patient Ann Villanuevo "
                            "of Cebu City."))
    assert said["Thank You, Doctor,"] == "Ann Villanuevo"


def test_not_a_document_of_the_speaker_s_own_or_received_given_to_no_one():
    said = speakers(_second("\"I wrote to the minister in May. My letter said, 'Our school is falling down,'\" said "
                            "head teacher Amy Rowntro.\n\n\"My eviction notice said, 'You must leave within 28 days,' "
                            "and I had nowhere to go,\" said Ann Mulhollo, a mother of three."))
    assert said.get("Our school is falling down,", "theirs") is not None
    assert said.get("You must leave within 28 days,", "theirs") is not None


def test_not_a_firm_s_spokesman_read_as_a_town_s():
    got = names("A Carlsberg spokesman said the plant would close by the end of the year. About 200 jobs will go.")
    assert got.get("Carlsberg") == "organisation", got


def test_not_a_small_town_named_as_a_surname_of_the_census():
    got = names("Rovers won 2-1. The equaliser came from a cross by Deakin, and a pass from Whittingham set up Jo "
                "Barnes for the winner, said Kevin Harto.")
    assert got.get("Whittingham") != "place", got
