"""Speakers of session 68, fitted on the story sets news_gold169 and news_gold170: one who would not be named as a
preposition's object ("to a rancher from Twin Butte who did not want his name in the paper") or as one of a group
("One of the Clydesdale men, who would not give his name,"), and one whose club's plural name the layer reads as a
body ("One Kelby Rovers supporter"), is the he that speaks next; "Her son said ..." opens a sentence as "The son"
does; a body's resolution or citation is the body's ("met on Monday and passed a resolution ... the resolution
said", "Its citation praised him as"); "resolved" quotes a body's words ('The Club has resolved to "..."'); "the
fellowship" is a body's noun; an inner cue's subject after a phrase of when ("Every year somebody tells me, '...'")
or before a place ("A man on a motorbike shouted at me, '...'") is someone unnamed, not the outer speaker.

Every passage is written for the test (invented people and bodies, real places only as settings); the expected
speakers were checked by reading the passage.  The ``_not_`` tests are near misses each rule must leave alone.
"""

from __future__ import annotations

from .readers import speakers
from .readers import second_paragraph as _second


def test_one_who_would_not_be_named_as_a_preposition_s_object_speaks_next():
    said = speakers(_second("\"We bought our stock from Alberta,\" said Ann Kelbo, the shop's manager.\n\nThe first "
                            "sale of the day was a $9 brush, to a farmer from Pine Hollow who did not want his name "
                            "in the paper.\n\n\"Somebody had to be first,\" he said."))
    assert said["Somebody had to be first,"] == "farmer"


def test_not_a_preposition_s_object_who_is_named():
    said = speakers(_second("\"We bought our stock from Alberta,\" said Tom Kelbo, the shop's manager.\n\nThe first "
                            "sale of the day was a $9 brush, to a farmer from Pine Hollow who has bought there for "
                            "years.\n\n\"Somebody had to be first,\" he said."))
    assert said["Somebody had to be first,"] == "Tom Kelbo"


def test_one_of_a_group_who_would_not_give_his_name_speaks_next():
    said = speakers(_second("The ram class was won by Mr Rab Doune, Kelby. 'He did better than I did,' said Mr "
                            "Doune.\n\nOne of the cattle men, who would not give his name, was less pleased. 'The "
                            "cows were robbed,' he said."))
    assert said["The cows were robbed,"] == "cattle men"


def test_a_club_s_supporter_who_would_not_give_his_name_speaks_next():
    said = speakers(_second("Kelby president Mara Rangi said the clubrooms would stay open.\n\nOne Pikiwai Rovers "
                            "supporter, who would not give his name, was already looking ahead. \"Next year,\" he "
                            "said."))
    assert said["Next year,"] == "Pikiwai Rovers supporter"


def test_her_son_opening_a_sentence_is_the_next_he():
    said = speakers(_second("She is Mrs Ina Doune, who farms Kelby with her son, Rob Doune.\n\n'I never thought I'd "
                            "see a red rosette,' said Mrs Doune. The judge, Mr Ian Roe, praised the cow.\n\nHer son "
                            "said his mother had been promising a champion for years. 'I'm glad this was the year,' he "
                            "said."))
    assert said["I'm glad this was the year,"] == "Rob Doune"


def test_not_his_son_unnamed_for_the_next_he():
    said = speakers(_second("Mr Ed Kelbo, 71, has run the stall since 1980. His son works in Leeds.\n\n\"The stall "
                            "stays,\" he said."))
    assert said["The stall stays,"] == "Ed Kelbo"


def test_a_resolution_a_body_passed_is_its_words():
    said = speakers(_second("The Women's Guild of Kelby Chapel met on November 28 and passed a resolution on "
                            "wedding costs.\n\n\"The Guild resolves that its members shall limit wedding feasts to "
                            "one meal,\" the resolution said."))
    assert said["The Guild resolves that its members shall limit wedding feasts to one meal,"] \
        == "Women's Guild of Kelby Chapel"


def test_a_citation_is_the_words_of_the_body_its_its_stands_for():
    said = speakers(_second("In June the Kelby River Boat Builders' Association named Mr Jo Doune its first life "
                            "member. Its citation praised him as \"a teacher of hands\".\n\n\"For fifty years Mr "
                            "Doune has kept the river moving,\" the citation said."))
    assert said["a teacher of hands"] == "Kelby River Boat Builders' Association"
    assert said["For fifty years Mr Doune has kept the river moving,"] == "Kelby River Boat Builders' Association"


def test_not_in_its_letter_the_body_before():
    said = speakers(_second("The growers' union borrowed from Kelby Commercial Bank Ltd last year.\n\nIn its letter, "
                            "the Kelby Coffee Growers' Union said the auction \"eats the premium\"."))
    assert said["eats the premium"] == "Kelby Coffee Growers' Union"


def test_a_body_resolved_to_do_what_it_quotes():
    said = speakers(_second("Forty members attended the meeting of the Kelby Bowls Club Ltd on 14 June.\n\nThe Club "
                            "has resolved to 'write to the shire council about the car park'."))
    assert said["write to the shire council about the car park"] == "Kelby Bowls Club Ltd"


def test_the_fellowship_is_the_body_named_so():
    said = speakers(_second("The Kelby District Choirs' Fellowship held its annual festival on December 1.\n\nThe "
                            "chief adjudicator, Prof. Ann Doune, praised the choirs.\n\nThe fellowship, in a "
                            "statement issued after the festival, said it would \"take the festival to the "
                            "villages\"."))
    assert said["take the festival to the villages"] == "Kelby District Choirs' Fellowship"


def test_an_inner_cue_after_a_phrase_of_when_is_someone_unnamed():
    said = speakers(_second("\"Every year somebody tells me, 'Congratulations on your son.' I have only daughters,\" "
                            "said Mr Ed Kelbo.\n\n\"In 1995 my neighbours told me, 'Sell him.' I said no,\" said Mr "
                            "Jo Doune."))
    assert said["Congratulations on your son."] is None
    assert said["Sell him."] == "my neighbours"


def test_an_inner_cue_s_subject_before_a_place_is_someone_unnamed():
    said = speakers(_second("\"I ran out with a bucket. A man on a motorbike shouted at me, 'Go back inside!' and "
                            "then he was gone,\" said Mr Ed Kelbo."))
    assert said["Go back inside!"] == "man on a motorbike"


def test_not_an_inner_cue_of_the_speaker_himself():
    said = speakers(_second("\"Every year I tell them, 'Bring water.' Nobody does,\" said Mr Ed Kelbo."))
    assert said["Bring water."] == "Ed Kelbo"


def test_not_his_son_only_spoken_of_for_the_next_he():
    said = speakers(_second("Kelby father backs bill\n\nJo Reid's son, Kel Reid, was killed in 2021. Mr Reid has "
                            "spoken at rallies.\n\nHis son had wanted to be a mechanic. \"He had his whole life in "
                            "front of him,\" he said."))
    assert said["He had his whole life in front of him,"] == "Jo Reid"


def test_not_a_preposition_s_object_after_the_speaking_he():
    said = speakers(_second("Auctioneer Jim Kelbo has sold a 1965 car for a record price.\n\nHe sold the car to a "
                            "man from Cork who did not want to be named.\n\n\"It's the best price I've ever got,\" he "
                            "said."))
    assert said["It's the best price I've ever got,"] == "Jim Kelbo"


def test_not_one_of_a_group_spoken_of_in_a_passive():
    said = speakers(_second("Sergeant Tom Kelbo said the men had been stopped at 2am. One of the men, who would not "
                            "give his name, was charged with drink driving.\n\n\"He was three times over the limit,\" "
                            "he said."))
    assert said["He was three times over the limit,"] == "Tom Kelbo"


def test_not_his_citation_nor_a_petition_passed_on():
    said = speakers(_second("Firefighter Sean Kelbo has been awarded a medal for bravery.\n\nHis citation said he had "
                            "gone in \"without hesitation\".\n\nKelby Council passed the petition to the minister on "
                            "Monday. \"We demand that the unit stays open,\" the petition said."))
    assert said["without hesitation"] != "Sean Kelbo"
    assert said["We demand that the unit stays open,"] != "Kelby Council"
