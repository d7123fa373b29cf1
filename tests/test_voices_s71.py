"""Speakers of session 71, fitted on the story sets news_gold175 and news_gold176: a person named after a
description and a relative clause or a longer aside ("A retired GP who practised here for 31 years, Dr Jo Doe,");
a name with an Irish or British generation ("Mr Jo Doe jnr"); "GP" as a trade, not a name; a letter from an unnamed
writer is that writer's; a resolution passed by a body's organ ("by the association's committee", "by its members")
and a memorandum a body handed in are the body's; a capitalised "Dad" after "My" is no name; inside a quotation, a
"he" after "My father" opening the sentence before is that father, and "the late" namesake does not speak; a son or
a widow the story names with the family's name or as "his widow, Jo Doe"; "A relative of Jo Doe, who declined to
give her name," is the next "she"; words cried out "to shouts of" no one in particular; "the land group" for the
body whose name ends so; "which" after "a letter from Pastor Jo Doe of the Kelby Assembly" is the letter's writer's;
"who" after a name and a definite appositive; a dateline closed by a spaced hyphen; an inner cue of an unnamed
trade ("The old surveyor used to say to me").

Every passage is written for the test (invented people and bodies, real places only as settings); the expected
speakers were checked by reading the passage.  The ``_not_`` tests are near misses each rule must leave alone.
"""

from __future__ import annotations

from analysis import Article, extract_quotes

from .readers import speakers
from .readers import second_paragraph as _second


def _rows(text: str) -> dict:
    q = extract_quotes(Article.from_text(text))
    return {r.text: (r.speaker, r.source_type) for r in q.itertuples()}


def test_a_name_after_a_description_and_a_relative_clause():
    said = speakers(_second("Opponents disagreed. A retired GP who practised in the town for 31 years and now chairs "
                            "the Kelby Fields & Footpaths Group, Dr Helen Tarnby, told the meeting the plan was "
                            "\"like pouring a town into a teacup\"."))
    assert said["like pouring a town into a teacup"] == "Helen Tarnby"


def test_a_name_after_an_aside_its_state_and_a_relative_clause():
    said = speakers(_second("The judge, a veterinarian and cattle feeder from near Norfolk, Neb., who has worked "
                            "county fairs across four states, Dr. Wade Kelbo, called the steer \"as complete a steer "
                            "as I have handled all summer.\""))
    assert said["as complete a steer as I have handled all summer."] == "Wade Kelbo"


def test_not_a_letter_from_people_of_a_place_read_as_one_writer():
    rows = _rows(_second("A letter from the residents of Kelby Road said the noise was \"unbearable\"."))
    assert rows["unbearable"] == ("letter from the residents of Kelby Road", "document")


def test_a_name_with_an_irish_generation_after_a_description():
    said = speakers(_second("Mr Michael Kelbo, 62, died at the scene. The dead man's son, Mr Michael Kelbo jnr, "
                            "said his father \"knew every soft spot on it\"."))
    assert said["knew every soft spot on it"] == "Michael Kelbo jnr"


def test_a_general_practitioner_is_no_name():
    rows = _rows(_second("The GP said the surgery was \"full to the doors\"."))
    assert rows["full to the doors"][1] == "anonymous"


def test_a_letter_from_an_unnamed_officer_is_the_officer_s():
    rows = _rows(_second("A letter from the council's area engineer, read to the inquest, said the road was \"a bog "
                         "road, built on bog\"."))
    assert rows["a bog road, built on bog"] == ("council's area engineer", "anonymous")


def test_a_resolution_passed_by_a_body_s_committee():
    said = speakers(_second("The secretary of the Kelby College Old Boys' Association, Dr. Lal Tarnby, announced the "
                            "new library. He read a resolution passed by the association's committee on Sunday, which "
                            "described the late teacher as \"the man who taught Uva to argue\". \"Resolved that the "
                            "library shall carry his name,\" the resolution said."))
    assert said["the man who taught Uva to argue"] == "Kelby College Old Boys' Association"
    assert said["Resolved that the library shall carry his name,"] == "Kelby College Old Boys' Association"


def test_a_resolution_passed_by_its_members_and_the_body_by_its_name_s_end():
    said = speakers(_second("The clan is registered as the Ralum Kelbo Incorporated Land Group. Tarnby Bay Leisure "
                            "Holdings Ltd built a resort on the beach. The land group's chairman, Mr. Noah Kelbo, read "
                            "a resolution passed by its members in March. \"The members resolve that no part of the "
                            "land was ever sold,\" the resolution read. The land group also described the resort as "
                            "\"a hotel built on our grandmothers' gardens\"."))
    assert said["The members resolve that no part of the land was ever sold,"] == "Ralum Kelbo Incorporated Land Group"
    assert said["a hotel built on our grandmothers' gardens"] == "Ralum Kelbo Incorporated Land Group"


def test_a_memorandum_a_hyphenated_body_handed_in():
    said = speakers(_second("Mrs. Jo Kelbo is chairlady of the Kelby Fish Traders' Self-Help Group. In a memorandum "
                            "handed to the Town Clerk after the march, the self-help group said its members had not "
                            "been consulted. \"We reject the relocation of our market,\" the memorandum said."))
    assert said["We reject the relocation of our market,"] == "Kelby Fish Traders' Self-Help Group"


def test_a_capitalised_dad_after_my_is_no_name():
    rows = _rows("Knock it down\n\nMy Dad worked for the railways for 38 years and he always said, “Never fall in "
                 "love with a building you don’t have to heat.” He would have had that shed down.\n\nName and address "
                 "supplied")
    assert rows["Never fall in love with a building you don’t have to heat."][0] != "Dad"


def test_inside_a_quotation_he_after_my_father_opening_the_sentence_before():
    said = speakers(_second("The fields are being sold by Mr Roger Kelbo, 71. Mr Simon Tarnby spoke for the firm. "
                            "\"My father bought those fields with his demob money. He used to say, 'Land is the only "
                            "thing they are not making any more of.' He was right,\" said Roger Kelbo."))
    assert said["Land is the only thing they are not making any more of."] == "Roger Kelbo's father"


def test_not_the_father_given_the_land_inside_a_quotation():
    said = speakers(_second("The company bought the title from the heirs of the late county chief, Mr. Erisa Kelbo. "
                            "\"The county chief, Mr. Kelbo, gave this land to my father in 1962. He stood there, by "
                            "that anthill, and he said, 'Dig here, and your children will dig here after you.' We "
                            "have dug,\" said Mr. Jo Tarnby."))
    assert said["Dig here, and your children will dig here after you."] == "Erisa Kelbo"


def test_the_late_namesake_does_not_speak_and_is_the_father_inside():
    said = speakers(_second("The oldest deacon, Mr Idris Kelbo, 91, has sung bass in the chapel for 78 years. His "
                            "father, the late Emlyn Kelbo, was its precentor for forty.\n\n“My father used to stand at "
                            "the front with his tuning fork and say, 'Sing the words, not the notes.' I have tried to "
                            "do that,” said Mr Kelbo."))
    assert said["My father used to stand at the front with his tuning fork and say, 'Sing the words, not the "
                "notes.' I have tried to do that,"] == "Idris Kelbo"
    assert said["Sing the words, not the notes."] == "Emlyn Kelbo"


def test_her_son_is_the_one_son_of_the_family_the_story_names():
    said = speakers(_second("The chairman, Mr Bruce Kelbo, told the meeting the board had tried every door. The "
                            "store's longest-serving employee, Mrs Doreen Kelbo, 84, is the chairman's mother.\n\n"
                            "“I still couldn't put my hand up,” said Mrs Kelbo.\n\nHer son said he had “had words” "
                            "with his mother about her vote. “She told me I'd get over it,” Mr Kelbo said."))
    assert said["had words"] == "Bruce Kelbo"


def test_not_a_son_of_the_family_named_as_another_kin_or_far_off():
    said = speakers(_second("Mrs Joan Kelbo and her brother-in-law, Mr Frank Kelbo, opened the new centre on Sunday."
                            "\n\nHer son said she had \"waited thirty years to see this day\"."))
    assert said["waited thirty years to see this day"] != "Frank Kelbo"
    said = speakers(_second("Mrs Teresa Kelbo has retired after forty years as postmistress.\n\nHer son said she would "
                            "\"miss the chat more than anything\".\n\nThe post office will now be run from the shop.\n\n"
                            "Mr Frank Kelbo, chairman of the community council, presented her with a gift."))
    assert said["miss the chat more than anything"] != "Frank Kelbo"


def test_not_a_son_of_the_family_when_two_are_named():
    said = speakers(_second("Mr Bruce Kelbo and Mr Tom Kelbo run the farm. Mrs Doreen Kelbo, 84, is their "
                            "mother.\n\n“I still couldn't put my hand up,” said Mrs Kelbo.\n\nHer son said he had "
                            "“had words” with his mother about her vote."))
    assert said["had words"] not in ("Bruce Kelbo", "Tom Kelbo")


def test_she_after_a_relative_of_a_named_man():
    said = speakers(_second("Dwayne Anderson Kelbo, of Boscobelle, had pleaded guilty. A relative of Kelbo, who "
                            "declined to give her name, said outside the court that the sentence was too heavy. "
                            "\"He will come out and he will work. He is not a bad boy,\" she said."))
    assert said["He will come out and he will work. He is not a bad boy,"] != "Dwayne Anderson Kelbo"


def test_words_cried_out_in_answer_are_no_one_s():
    rows = _rows(_second("\"If this church is still here in fifty years, let it be because it fed somebody,\" "
                         "Pastor Grace Kelbo said, to shouts of “Amen”."))
    assert rows["Amen"] == (None, "none")
    assert rows["If this church is still here in fifty years, let it be because it fed somebody,"][0] == "Grace Kelbo"


def test_his_widow_named_before_is_the_next_she():
    said = speakers(_second("Mr Jo Lim died on Sunday. She is Madam Tan Ah Kelbo, 67, his stall assistant, who is no "
                            "relation of his widow, Madam Tan Siew Eng. \"I stayed,\" Madam Tan Ah Kelbo said. His "
                            "widow, 78, who was married to him for 56 years, said little. Asked what she would miss "
                            "most, she said: \"The sound of the cups.\""))
    assert said["The sound of the cups."] == "Tan Siew Eng"


def test_which_after_a_letter_from_a_pastor_of_a_church():
    said = speakers(_second("Mr. Jo Kelbo spoke for the defence. He handed up a letter from Pastor Winston Tarnby of "
                            "the Kelby Mount Zion Pentecostal Assembly, which described the accused as \"a faithful "
                            "usher until about a year ago\"."))
    assert said["a faithful usher until about a year ago"] == "Winston Tarnby"


def test_who_after_a_name_and_a_definite_appositive():
    said = speakers(_second("Mr Gordon Kelbo, for the father, spoke. He handed up a letter from ex-Provost Andrew "
                            "Tarnby, the last Provost of the old burgh of Langholm, who described Mr Roe as “the best "
                            "shepherd in Eskdale”."))
    assert said["the best shepherd in Eskdale"] == "Andrew Tarnby"


def test_a_dateline_closed_by_a_spaced_hyphen_is_no_speaker():
    q = extract_quotes(Article.from_text("Prize day\n\nBADULLA, Nov. 19 - A retired judge of the Supreme Court who "
                                         "left Kelby told the boys that the hill country \"does not need more clever "
                                         "men in Colombo.\""))
    assert not q.iloc[0]["speaker_mention"].startswith("BADULLA")
    assert q.iloc[0]["speaker"] != "BADULLA"


def test_an_inner_cue_of_an_unnamed_trade():
    rows = _rows(_second("The meeting heard from Mr Stan Kelbo. ‘That dome was built to last. The old surveyor used "
                         "to say to me, “Look after the lavatories, Stanley.” I never found he was wrong,’ said Mr "
                         "Kelbo."))
    assert rows["Look after the lavatories, Stanley."] == ("old surveyor", "anonymous")


def test_words_placards_carry_are_no_one_s():
    rows = _rows(_second("“If they want us to move, let them move the lake first,” Mrs. Jo Kelbo said as traders "
                         "around her sang and waved placards.\n\nSome of the placards read “Omena is not a crime”."))
    assert rows["Omena is not a crime"] == (None, "none")
    assert rows["If they want us to move, let them move the lake first,"][0] == "Jo Kelbo"


def test_a_letters_page_under_a_section_s_breadcrumb():
    said = speakers("THE KELBY RECORD\n\nOpinion › Letters to the Editor\n\nShed is more than an eyesore\n\nMy koro "
                    "loaded wool in that shed. He would say, ‘The shed kept it dry.’\n\nMere Te Kelbo, Featherston\n\n"
                    "Cinema dream will cost us all\n\nI like old buildings. I wrote that the shed was “an eyesore with "
                    "a roof”, and I stand by it.\n\nBut the council’s engineers say the shed is finished, and the "
                    "trust’s chairwoman calls it a cathedral. Somebody has to pay for the roof.\n\nBev Tarnby and I "
                    "have been married for 41 years and disagreed about most things.\n\nGraham Tarnby, Featherston")
    assert said["an eyesore with a roof"] == "Graham Tarnby"


def test_words_a_body_s_executive_adopted_in_a_motion():
    said = speakers(_second("The Tarnby Lake Curling & Social Club hosted the final. Club president Marlene Kelbo said "
                            "the bonspiel drew 48 rinks. \"It was a great week,\" she said. The club's executive passed "
                            "a motion last month to hang a plaque by sheet 3 \"in memory of Irene Roe, who never once "
                            "missed a Thursday draw.\""))
    assert said["in memory of Irene Roe, who never once missed a Thursday draw."] == "Tarnby Lake Curling & Social Club"
    assert said["It was a great week,"] == "Marlene Kelbo"


def test_a_petition_read_by_a_body_s_chairman_is_the_body_s():
    said = speakers(_second("'We are not against the hotel. The hotel gives our children work,' said the petition, "
                            "which was read to councillors by the chairman of the Kelby Lakeshore Fishermen's "
                            "Association, Mr. Bakali Tarnby.\n\nThe petition asked the Assembly to order the company "
                            "'to open a path to the water'."))
    assert said["We are not against the hotel. The hotel gives our children work,"] == \
        "Kelby Lakeshore Fishermen's Association"
    assert said["to open a path to the water"] == "Kelby Lakeshore Fishermen's Association"


def test_not_a_body_s_words_when_its_chairman_speaks_after_a_vote():
    said = speakers(_second("The Kelby Fishermen's Association voted on Monday to fight the fence. Its chairman, Mr. "
                            "Bakali Tarnby, said the fence was \"a wall around the lake\"."))
    assert said["a wall around the lake"] == "Bakali Tarnby"


def test_a_partial_quotation_after_a_verb_of_congratulating():
    said = speakers(_second("The District Administrator, Mr. Patrick Kelbo, praised the church. In a message read by "
                            "its general secretary, the Tarnby Free Church congratulated the congregation on “fifty "
                            "years of faith in the mine compounds”."))
    assert said["fifty years of faith in the mine compounds"] == "Tarnby Free Church"


def test_an_obituary_heading_s_words_are_those_said_of_him_later():
    said = speakers("Obituaries\n\nHarlan ‘Swede’ Kelbo, 1935-2025: pickup man, brand inspector, ‘the last man on the "
                    "river who could rope left-handed’\n\nBy Ann Roe\n\nLUSK — Harlan Kelbo died on Sunday. He was "
                    "89.\n\nRetired Sheriff Walt Tarnby called him “the last man on the river who could rope "
                    "left-handed and pick up right-handed.”")
    assert said["the last man on the river who could rope left-handed"] == "Walt Tarnby"


def test_inside_a_quotation_she_is_the_mother_the_speaker_just_spoke_of():
    said = speakers(_second("Deonarine Kelbo, who has his examinations in May, said his mother had already told him "
                            "the celebration was over.\n\n‘She said, “Deonarine, the ball done gone in the tree. Now "
                            "go and study.” So I will go and study,’ he said."))
    assert said["Deonarine, the ball done gone in the tree. Now go and study."] == "Deonarine Kelbo's mother"


def test_not_the_mother_another_man_spoke_of():
    said = speakers(_second("Mrs Ann Tarnby ran the canteen for years. Tom Roe said his mother had known her since "
                            "school.\n\n‘She said, “Eat up, the pair of you.” We did,’ said Jo Kelbo."))
    assert said["Eat up, the pair of you."] != "Jo Kelbo's mother"


def test_a_title_and_a_lower_case_generation_for_each_namesake():
    said = speakers(_second("Mr Pat Tarnby snr, 80, and his son, Mr Pat Tarnby jnr, run the farm. \"We will not "
                            "sell,\" said Mr Tarnby snr. \"Never,\" said Mr Tarnby jnr."))
    assert said["We will not sell,"] == "Pat Tarnby snr"
    assert said["Never,"] == "Pat Tarnby jnr"
