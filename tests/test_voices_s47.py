"""Speakers and names of session 47: a firm's short name of two words joined by "&" ("Gulf & Delta said"), a Q&A whose
answers are quoted after each question, a crosshead that labels a quotation with a body's noun ("Company: '...'"),
glued initials after "said" and a role ("said club president W.M. Jo Roe Doe."), a body "for" a cause named after a
place's people ("Kelby Neighbors for Clean Water and Fair Rates"), the charity's and community company's legal forms
(SCIO, CIC), an aquifer and a glen, counsel "appearing for" a body, and a rank before "Counsel".

Every passage is written for the test (invented people and bodies, real places only as settings); the expected
speakers and names were checked by reading the passage.  The ``_not_`` tests are near misses each rule must leave
alone.
"""

from __future__ import annotations

import pytest

from analysis import Article

from .readers import speakers, names


def story(*paragraphs: str, headline: str = "Council backs water deal for plant") -> str:
    return headline + "\n\nBy Jo Writer\n\nKELBY -- The council met on Tuesday night to hear the plan for the plant, " \
        "which has been the town's largest employer since it opened on the edge of the river in 1988.\n\n" \
        + "\n\n".join(paragraphs) + "\n\nThe vote is next month.\n"


# --- a firm's name with "&" -----------------------------------------------------------------------------------------

def test_a_firms_short_name_with_an_ampersand_speaks_for_the_firm_not_a_person_of_its_last_word():
    text = story("The plant's parent, Tarn & Delta Protein Holdings Inc., had weighed a move.",
                 "In a letter, Tarn & Delta said it was \u201cfully committed to Kelby\u201d if the deal passed.",
                 "Photo caption: Residents queue to speak. (Photo by Ann Roe / Delta Morning Star)")
    assert speakers(text)["fully committed to Kelby"] == "Tarn & Delta Protein Holdings Inc."


def test_a_bodys_name_with_an_ampersand_after_the_is_its_whole_name():
    text = story("The Kelby & Tarn Register of Shipping (KTRS), which classes the ship, said surveyors found "
                 "\"serious faults\" in the engine.")
    assert speakers(text)["serious faults"] == "Kelby & Tarn Register of Shipping"


# --- interviews -----------------------------------------------------------------------------------------------------

QA = ("Kelby grower sold to Tarn group\n\nBy Jo Writer | 12 March 2021\n\nTarn Agri Holdings Sdn Bhd has bought "
      "Kelby Greens Ltd.\n\nGroup chairman Tan Wei Ming said the deal was its first outside Asia.\n\n"
      "'The UK is a hard market, but an honest one,' he said.\n\n"
      "Q&A: Ruth Ashby, managing director, Kelby Greens\n\nWhy sell now?\n\n'Labour, mostly. We spent more time "
      "recruiting than growing.'\n\nWill anything change for customers?\n\n'Not this season. Same fields, same "
      "people, same packhouse.'\n\nTrade reaction\n\nOther growers said they would wait and see how the new owner "
      "ran the farm.\n")


def test_quoted_answers_after_the_questions_of_a_q_and_a_are_the_interviewees():
    got = speakers(QA)
    assert got["Labour, mostly. We spent more time recruiting than growing."] == "Ruth Ashby"
    assert got["Not this season. Same fields, same people, same packhouse."] == "Ruth Ashby"
    assert got["The UK is a hard market, but an honest one,"] == "Tan Wei Ming"


def test_not_an_answer_after_a_question_when_no_line_opens_an_interview():
    text = QA.replace("Q&A: Ruth Ashby, managing director, Kelby Greens", "Ruth Ashby, managing director")
    assert speakers(text)["Labour, mostly. We spent more time recruiting than growing."] != "Ruth Ashby"


def test_not_the_writer_of_an_interview_by_line():
    text = ("Fish town stays a fish town\n\nInterview by Callum Roe\n\nKELBY -- Ann Tarn runs the yard. She is "
            "seventy.\n\n\"Every lorry is a promise,\" Ms Tarn says.\n\nWill the yard stay open?\n\n"
            "\"We will be here in ten years.\"\n\nThe yard employs 180.\n")
    assert speakers(text)["We will be here in ten years."] != "Callum Roe"


# --- a crosshead's label ----------------------------------------------------------------------------------------------

def test_a_crosshead_labelled_with_a_bodys_noun_is_the_bodys():
    text = story("Smelter workers walked out on Monday over pensions, union president Dennis Roe said.",
                 "\"We are not going back for less,\" Roe said.",
                 "Company: 'We are losing money'",
                 "Kelby Copper & Refining Co.'s vice president, Ann Tarn, said the smelter had lost $14 million over "
                 "the past two years as copper prices fell.")
    assert speakers(text)["We are losing money"] == "Kelby Copper & Refining Co."


def test_a_crosshead_labelled_with_a_plural_possessive_and_a_bodys_noun_is_the_bodys():
    text = story("Stan Roe, who runs a haulage firm, said he feared the worst.", "'I hope I'm wrong,' he said.",
                 "Growers' group: 'wait and see'",
                 "The South Kelby Brassica and Field Veg Growers' Group said in a statement that it would 'wait and "
                 "see' before judging the new owners.")
    assert speakers(text)["wait and see"] == "South Kelby Brassica and Field Veg Growers' Group"


# --- initials -------------------------------------------------------------------------------------------------------

def test_glued_initials_after_said_and_a_role_open_a_name_of_three_words():
    text = story("\u201cNow Kelby will have to take the bus to Tarn,\u201d said club president W.M. Jayantha Bandara "
                 "Herath.", "He described the deal as \u201cthe biggest day in the club\u2019s history\u201d.")
    got = speakers(text)
    assert got["Now Kelby will have to take the bus to Tarn,"] == "W.M. Jayantha Bandara Herath"
    assert got["the biggest day in the club\u2019s history"] == "W.M. Jayantha Bandara Herath"


# --- names ----------------------------------------------------------------------------------------------------------

def test_a_places_neighbors_for_a_cause_is_one_body():
    text = story("A group calling itself Kelby Neighbors for Clean Water and Fair Rates has collected 900 "
                 "signatures. Its chairwoman, Dora Quarles, said it would be back.")
    got = names(text)
    assert got.get("Kelby Neighbors for Clean Water and Fair Rates") == "organisation"
    assert "Clean Water" not in got and "Fair Rates" not in got and "Kelby Neighbors" not in got


def test_a_charitys_and_a_community_companys_legal_forms_close_names_with_and():
    text = story("The Kelby and Ford Community Energy SCIO said it would review the plan every year.",
                 "The Tarn and Ashby Bike Library CIC said it would lend 40 bikes.")
    got = names(text)
    assert got.get("Kelby and Ford Community Energy SCIO") == "organisation"
    assert got.get("Tarn and Ashby Bike Library CIC") == "organisation"
    assert "Ford Community Energy SCIO" not in got and got.get("Kelby") != "organisation"


def test_an_aquifer_and_a_glen_are_places_and_glen_is_still_a_surname():
    text = story("Tests in the Kelby Plain Aquifer showed a fall, hydrologist Ann Roe said.",
                 "Walkers came to Tarnmore Glen on Sunday.", "John Glen, the local member, said the plan was fair.")
    got = names(text)
    assert got.get("Kelby Plain Aquifer") != "person" and got.get("Tarnmore Glen") != "person"
    assert got.get("John Glen") == "person"


def test_counsel_appearing_for_a_committee_is_a_person_who_speaks_before_a_colon():
    text = story("Adv. Caetano Tarnes, appearing for the residents' committee, said the trucks were too many.",
                 "\"This is not a road any more, it is a conveyor belt,\" he said.")
    got = names(text)
    assert got.get("Caetano Tarnes") == "person"
    assert speakers(text)["This is not a road any more, it is a conveyor belt,"] == "Caetano Tarnes"


def test_a_rank_before_counsel_is_a_title_not_part_of_the_name():
    text = story("Senior Counsel Rajendra V. Kamat, for the company, called the petition \"an attempt to hold the "
                 "industry to ransom\".", "\"My client has a valid permit,\" Mr Kamat said.")
    got = names(text)
    assert got.get("Rajendra V. Kamat") == "person" and "Senior Counsel Rajendra V. Kamat" not in got
    assert speakers(text)["an attempt to hold the industry to ransom"] == "Rajendra V. Kamat"


def test_not_a_person_after_a_papers_name_ending_in_advocate():
    text = ("THE CANE COAST ADVOCATE\nKelby - Tarn - Ashby Valley\n\nMill sold\n\nBy Jo Writer\n\nKELBY -- The mill "
            "was sold on Monday.\n\n\"Those are Kelby wages spent in Kelby shops,\" Cr Dennis Aplin said.\n\n"
            "The sale closes in June.\n")
    assert names(text).get("Kelby") != "person"


# --- round 2 (fitted on news_gold107+108) ---------------------------------------------------------------------------

def test_two_plural_trades_and_a_legal_form_are_one_company():
    text = story("A spokesman for Kelby Bottlers and Distributors plc in Tarn confirmed talks with the club.",
                 "Ashby Growers and Packers Ltd said it would bid too.")
    got = names(text)
    assert got.get("Kelby Bottlers and Distributors plc") == "organisation"
    assert got.get("Ashby Growers and Packers Ltd") == "organisation"
    assert "Kelby Bottlers" not in got and "Distributors plc" not in got


def test_a_company_named_with_gmbh_and_co_kg_in_apposition_speaks():
    text = story("A second buyer, Hanseatic Leaf GmbH & Co. KG, said through its agent that it had \u2018no comment "
                 "on individual sales\u2019 but expected volumes to recover.")
    assert speakers(text)["no comment on individual sales"] == "Hanseatic Leaf GmbH & Co. KG"


def test_the_company_is_the_subsidiary_not_its_parent_named_in_apposition():
    text = story("About 900 workers at Kelbo Automotive Slovakia s.r.o., which makes seat frames, stopped work on "
                 "Tuesday.",
                 "Kelbo, a subsidiary of the German group Kelbo Holding GmbH & Co. KG, has offered 3.2 percent. In a "
                 "statement, the company called the strike \"unjustified\".")
    assert speakers(text)["unjustified"] == "Kelbo Automotive Slovakia s.r.o."


QA2 = ("Q&A: 'Batik cannot be forced'\n\nBy Jo Writer\n\nKOTA BHARU: The workshop of Kelby Batik Sdn Bhd smells of hot "
       "wax and wood smoke, as it has since its founder opened it in a borrowed room in 1976.\n\nWe spoke to Ann "
       "Tarnwell, its founder, on the veranda of her house.\n\nQ: Who buys from you now?\n\nA: A buyer from Osaka, "
       "Mr Kenji Morita, came as a tourist. He told me, \"People will pay for a mistake made by hand.\"\n\n"
       "Q: What will change?\n\nA: My son wants a website. But I told him, \"The computer can count the sarongs.\"\n")


def test_i_in_an_answer_of_a_q_and_a_is_the_person_interviewed():
    got = speakers(QA2)
    assert got["The computer can count the sarongs."] == "Ann Tarnwell"
    assert got["People will pay for a mistake made by hand."] == "Kenji Morita"


def test_a_headlines_quotation_credited_after_a_colon_to_a_name():
    text = ("'We will not sell the mill': Datin Ann Tarnwell on forty years of batik\n\nBy Jo Writer\n\nKELBY -- The "
            "founder of one of the town's best-known batik houses is handing the business over to her son this "
            "month.\n\nAnn Tarnwell started with two pens and a borrowed table.\n")
    assert speakers(text)["We will not sell the mill"] == "Ann Tarnwell"


def test_a_given_name_inside_a_malaysian_name_of_a_hereditary_style_is_that_person():
    text = story("Its founder, Datin Nik Rohani Nik Mahmud, started with two pens.",
                 "We spoke to Nik Rohani on the veranda of her house.",
                 "Her son, Wan Ahmad Haziq Wan Zulkifli, 39, will take over.",
                 "\"It is finished when the customer wears it,\" Haziq said.")
    got = names(text)
    assert got.get("Wan Ahmad Haziq Wan Zulkifli") == "person" and "Haziq" not in got
    assert got.get("Nik Rohani Nik Mahmud") == "person" and "Nik Rohani" not in got
    assert speakers(text)["It is finished when the customer wears it,"] == "Wan Ahmad Haziq Wan Zulkifli"


def test_the_main_clauses_pronoun_after_a_subordinate_clause_with_no_comma():
    text = story("Mary Tarnwell drew batik for other people for forty years.",
                 "When I opened the workshop she came to see it and said, \"Now put your name on the door.\"")
    assert speakers(text)["Now put your name on the door."] == "Mary Tarnwell"


def test_a_chief_magistrates_field_is_part_of_the_title():
    text = story("Chief Judicial Magistrate Yumnam Somorendro Singh rejected the bail plea on Tuesday.")
    got = names(text)
    assert got.get("Yumnam Somorendro Singh") == "person" and "Judicial" not in got


def test_sheikh_and_a_manipuri_family_initial_written_short_open_names():
    text = story("Its secretary, Sk. Abdul Mannan, said the committee had complained.",
                 "The defence counsel, Advocate Th. Ratankumar Sharma, said his client had been made a scapegoat.")
    got = names(text)
    assert got.get("Sk. Abdul Mannan") == "person" and "Sk" not in got
    assert got.get("Th. Ratankumar Sharma") == "person" and "Advocate Th" not in got


def test_cr_is_an_australian_councillors_title():
    text = story("The council's spokesman, Cr Dennis Aplin, said 180 people worked at the mill.",
                 "\"Those are Kelby wages spent in Kelby shops,\" Cr Aplin said.")
    assert names(text).get("Dennis Aplin") == "person"
    assert speakers(text)["Those are Kelby wages spent in Kelby shops,"] == "Dennis Aplin"


def test_a_nickname_known_along_a_place_is_the_persons():
    text = story("Its chairman, Capt. Gethin Jones, known along the waterway as \u2018Gethin Tugs\u2019, said the pilots "
                 "were not opposed.")
    got = names(text)
    assert got.get("Gethin Jones") == "person" and "Gethin Tugs" not in got


def test_links_under_chevrons_name_no_one():
    text = story("Ann Roe, a grower, said the offer was low.") + \
        "\nMORE NEWS \u00bb Port traffic up 12 per cent \u00bb Harvey water restrictions eased\n" \
        "\u203a Veteran Kandy printer remembered\n"
    got = names(text)
    assert "Harvey" not in got and "Kandy" not in got and got.get("Ann Roe") == "person"


def test_a_rank_and_a_portfolio_before_commissioner_name_no_body():
    text = story("Assistant Labour Commissioner Dinesh Prasad Tiwari said he had written to the company.")
    got = names(text)
    assert got.get("Dinesh Prasad Tiwari") == "person" and "Assistant Labour" not in got


def test_a_mastheads_last_word_in_capitals_is_no_title_of_the_line_below():
    text = ("THE CANE COAST ADVOCATE\nTarnby - Sarina - Pioneer Valley * Online Edition\n\nMill sold\n\nBy Jo Writer\n\n"
            "KELBY -- The mill was sold on Monday to a firm from Tarnby, and the council said it was pleased with the "
            "price agreed.\n\nThe sale closes in June.\n")
    assert names(text).get("Tarnby") != "person"


# --- round 3 (fitted on news_gold109+110) ---------------------------------------------------------------------------

def test_a_middle_initial_before_a_surname_that_is_a_common_word_ends_no_sentence():
    text = story("The minister, Hon. Rudolph A. Flowers, who attended the launch, praised the company.")
    got = names(text)
    assert got.get("Rudolph A. Flowers") == "person" and "Rudolph A." not in got


def test_an_adjective_that_is_also_a_rank_opens_a_unions_name():
    text = story("Members of the General Food and Cold Store Workers\u2019 Union voted to accept the offer.",
                 "General Ann Roe, the commander, said the base would stay open.")
    got = names(text)
    assert got.get("General Food and Cold Store Workers\u2019 Union") == "organisation"
    assert got.get("Ann Roe") == "person"


def test_a_body_named_for_a_region_whose_name_holds_of():
    text = story("The Lakes of Kelby Hoteliers' Federation called him \"the heart of Kelby tourism\".",
                 "Boats cross the Lakes of Tarnmore every day.")
    assert speakers(text)["the heart of Kelby tourism"] == "Lakes of Kelby Hoteliers' Federation"


def test_members_of_a_list_of_trades_are_one_union():
    text = story("The Amalgamated Workers of Forge, Foundry and Assembly said it would appeal the vote.")
    got = names(text)
    assert got.get("Amalgamated Workers of Forge, Foundry and Assembly") == "organisation"
    assert "Forge, Foundry and Assembly" not in got


def test_not_three_bodies_after_friends_of_joined():
    assert "Friends of Kelby, Oxfam and Shelter" not in names(story(
        "Friends of Kelby, Oxfam and Shelter held a joint fundraiser on Saturday."))


def test_an_order_of_australias_letters_after_a_name_in_apposition():
    text = story("The panel chair, Margaret O'Halloran AM, said the evidence would be given \"full weight\".")
    assert speakers(text)["full weight"] == "Margaret O'Halloran"


def test_a_town_named_for_its_springs_is_a_place():
    got = names(story("A drilling contractor from Alice Springs said the mine would bring work.",
                      "Tarn Springs residents said they were worried."))
    assert got.get("Alice Springs") != "person"


def test_a_vox_pops_name_role_and_place_before_a_colon_label_the_speaker():
    text = story("Witness Mazengo, sunflower farmer, Kongwa (no relation): \"I sold at 800 shillings a kilo last "
                 "year.\"")
    assert speakers(text)["I sold at 800 shillings a kilo last year."] == "Witness Mazengo"


def test_an_amount_glued_to_a_currencys_letters_ends_a_name():
    text = ("Offshore firm throws Kelby Pesisir RM12mil lifeline\n\nBy Jo Writer\n\nKUALA TERENGGANU: Cash-strapped "
            "Kelby Pesisir FC has been thrown a RM12mil lifeline by Tarn Offshore Engineering Sdn Bhd, which will be "
            "the club's main sponsor for three seasons.\n\nKelby Pesisir said in a statement that all outstanding "
            "salaries would be paid \"in full, by Monday\".\n")
    got = names(text)
    assert not any("RM12mil" in n for n in got)
    assert got.get("Kelby Pesisir") != "person"


# --- round 4 (fitted on news_gold111+112) ---------------------------------------------------------------------------

def test_a_khoekhoe_click_typed_as_an_exclamation_mark_opens_a_surname():
    text = story("Club chairman Elias !Khamuseb called the deal \u2018a new chapter\u2019.",
                 "\u2018Today we can plan five years ahead,\u2019 !Khamuseb told journalists.")
    got = speakers(text)
    assert got["a new chapter"] == got["Today we can plan five years ahead,"] == "Elias !Khamuseb"
    assert names(text).get("Elias !Khamuseb") == "person" and "Khamuseb" not in names(text)


def test_a_town_after_corp_of_is_the_companys_seat_and_a_country_stays_in_its_name():
    text = story("Kelby Distilling Co. of Bardstown, one of the mill's largest customers, said in a statement that it "
                 "had \"adequate barrel inventory\".", "The Aluminum Co. of America said it would buy the plant.",
                 "Tarn Trading Corp. of London said it would bid too.")
    got = names(text)
    assert got.get("Tarn Trading Corp.") == "organisation" and "Tarn Trading Corp. of London" not in got
    assert speakers(text)["adequate barrel inventory"] == "Kelby Distilling Co."
    assert got.get("Aluminum Co. of America") == "organisation"


def test_bangladeshi_and_philippine_styles_before_a_name():
    text = story("Mst. Rokeya Begum said the pond was hers.", "Alhaj Md. Abdul Karim said the price was high.",
                 "City Councilor Ma. Lourdes de la Torre-Ojeda said she had asked for a special session.")
    got = names(text)
    assert got.get("Mst. Rokeya Begum") == "person" and "Mst" not in got
    assert got.get("Md. Abdul Karim") == "person" and "Alhaj Md" not in got
    assert got.get("Ma. Lourdes de la Torre-Ojeda") == "person" and "Ma" not in got


def test_a_requiem_mass_is_no_one():
    text = story("Fr Brendan Maguire, parish priest of Devenish, will celebrate Requiem Mass on Friday.",
                 "Requiem Mass will be celebrated in St Patrick's Church, Irvinestown, at 11am.")
    assert "Requiem Mass" not in names(text)


def test_a_headlines_quotation_credited_a_space_away_to_a_role_and_a_name():
    text = ("Q&A: \u2018We ship it to Tokyo\u2019 Strandhill grower Una Kelbo on seaweed and the bank that said no\n\n"
            "By Jo Writer\n\nSLIGO -- Una Kelbo started with a bucket and a borrowed van on the beach below her "
            "grandmother's house, and now sends seaweed to chefs in three countries.\n")
    assert speakers(text)["We ship it to Tokyo"] == "Una Kelbo"


# --- the review of session 47's rules: near misses kept as tests ------------------------------------------------------

def test_not_an_interviewee_from_a_headline_that_opens_with_interview_with():
    text = ("Interview with Jo Doe airs on Sunday\n\nBy Jo Writer\n\nKELBY -- The council met on Tuesday night to "
            "hear the budget, which has to find savings of four million pounds before the end of the year.\n\n"
            "The mayor, Ann Roe, spoke to reporters on Friday. \"The budget is tight,\" she said.\n\n"
            "What will she cut?\n\n\"Everything but the schools.\"\n")
    assert speakers(text)["Everything but the schools."] == "Ann Roe"


def test_not_a_middle_initial_after_a_plan_or_a_category():
    for text in ("The committee quietly chose Plan A. Flowers were bought for the hall.",
                 "The prison holds Category A. Prisoners there are watched closely."):
        assert len(Article.from_text(text).sentences) == 2, text


@pytest.mark.parametrize("sentence, name", [
    ("Gift Aid will be claimed on all donations, the charity said.", "Gift Aid"),
    ("Memory Lane Antiques closed on Friday after 40 years.", "Memory Lane Antiques"),
    ("Innocent Drinks said it would cut sugar in its smoothies.", "Innocent Drinks"),
    ("The Witness Box was empty when the court sat.", "Witness Box"),
])
def test_not_a_person_after_a_given_name_that_is_a_common_word_before_a_common_word(sentence, name):
    assert names(story(sentence)).get(name) != "person"


def test_springs_after_a_given_name_is_a_surname_unless_the_gazetteer_has_the_town():
    got = names(story("Tarn teacher Ann Springs said the school would reopen.",
                      "A drilling contractor from Alice Springs said the mine would bring work."))
    assert got.get("Ann Springs") == "person" and got.get("Alice Springs") != "person"


def test_a_knight_of_the_garters_letters_after_a_titled_name_make_no_company():
    got = names(story("Field Marshal Sir Jo Tarnwell KG, the former governor, opened the hall.",
                      "Bankhaus Kelbmann & Söhne KG said it would lend the money."))
    assert got.get("Jo Tarnwell") == "person" and got.get("Bankhaus Kelbmann & Söhne KG") == "organisation"


def test_two_people_joined_by_an_ampersand_are_two_people_not_a_firm():
    text = story("Jo Tarnwell & Ann Kelbo said the shop had run its course.",
                 "Marks & Spencer and Kelby & Tarn Solicitors said they would stay.")
    got = names(text)
    assert got.get("Jo Tarnwell") == "person" and got.get("Ann Kelbo") == "person"
    assert "Jo Tarnwell & Ann Kelbo" not in got and got.get("Marks & Spencer") == "organisation"
