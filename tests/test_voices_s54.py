"""Speakers and names of session 54 (fitted on the story sets news_gold135 and news_gold136): a body's short name
across a plural possessive, an unnamed subject of the pronoun's own sentence, a speaker's own kin, a description
named in the next sentence, a year closing a relative clause, "and then said", a verb of naming in a reported
clause, an obituary's subject inside a quotation, "a judge" in a lede, a document's verb in a reported clause, an
interview's headline label, a headline's credit, labels of a box of quotations, "Defence" in a deck, a body's noun
before its legal form, and names: a given name as a modifier, a civic building, dotted legal forms, hyphened given
names with accents, places people come from, a town as a modifier, a town with a possessive in its name, a place in
a town, a middle name left out, a surname called something.

Every passage is written for the test (invented people and bodies, real places only as settings); the expected
speakers and names were checked by reading the passage.  The ``_not_`` tests are near misses each rule must leave
alone.
"""

from __future__ import annotations

from analysis import Article, find_mentions

from .readers import names, speakers


# --- who says it ----------------------------------------------------------------------------------------------------

def test_a_bodys_short_name_across_its_plural_possessive_is_that_body():
    text = ("Growers sign bottling deal\n\n"
            "A new hall will open next year.\n\n"
            "Cr Jane Pyke praised the Kelby Valley Wine Grape Growers' Council, a separate body representing "
            "independent growers, for what she called \"years of patient lobbying\".\n\n"
            "In a statement, the Grape Growers' Council said it \"welcomes any investment that keeps the wine here\".\n\n"
            "The lease was signed at the Council Chambers on Monday afternoon.\n")
    got = speakers(text)
    assert got["welcomes any investment that keeps the wine here"] == "Kelby Valley Wine Grape Growers' Council"
    assert names(text).get("Council Chambers") != "organisation"


def test_a_company_with_a_dotted_legal_form_in_apposition_speaks():
    text = ("Panel maker lands export order\n\n"
            "By Staff Reporter\n\n"
            "Tarnwood Panels Ltd. said on Friday it had signed a $31-million contract.\n\n"
            "The buyer, Kelbu Mokuzai Kogyo K.K., said in a release that it had chosen the plant for \"the "
            "consistency of its panels\".\n")
    assert speakers(text)["the consistency of its panels"] == "Kelbu Mokuzai Kogyo K.K."


def test_an_unnamed_subject_of_the_pronouns_own_sentence_speaks():
    text = ("Q&A: the panel maker\n\n"
            "By Staff Reporter\n\n"
            "Ruth Lane runs the plant with her brother, Owen Lane.\n\n"
            "Q: Why Japan?\n\n"
            "A: Because they came to us. A buyer from Toyama walked through this plant in 2024 with a tape measure, "
            "and at the end he said, \"Your panels are straight. Many are not.\" That was the whole review.\n")
    assert speakers(text)["Your panels are straight. Many are not."] == "buyer from Toyama"


def test_a_speakers_own_kin_is_the_he_of_the_same_sentence():
    text = ("Q&A: the panel maker\n\n"
            "By Staff Reporter\n\n"
            "Ruth Lane took over her family's mill in 2019.\n\n"
            "Q: How does a stud mill become a panel plant?\n\n"
            "A: Slowly. My grandfather, Armand Lane, bought this mill in 1962. When I told my father we would stop "
            "making studs, he said, \"Your grandfather would have sold it first.\" Then he came to the first pressing.\n")
    assert speakers(text)["Your grandfather would have sold it first."] == "my father"


def test_not_kin_named_in_apposition():
    text = ("Q&A: the panel maker\n\n"
            "By Staff Reporter\n\n"
            "Ruth Lane took over her family's mill in 2019.\n\n"
            "Q: How did it start?\n\n"
            "A: Slowly. When I told my father, Owen Lane, we would stop making studs, he said, \"Your grandfather "
            "would have sold it first.\"\n")
    assert speakers(text)["Your grandfather would have sold it first."] == "Owen Lane"


def test_a_description_with_its_story_is_named_in_the_next_sentence():
    text = ("Rugby club sells its ground's name\n\n"
            "By Staff Reporter\n\n"
            "The Kelby Rugby Club will rename its ground from next season.\n\n"
            "Not everyone agrees. A former prop who has played at the park since 1979, and who carried the club's "
            "centenary flag in 2008, said he was \"gutted\".\n\n"
            "Wiremu Tane, known since his playing days as \"Stumpy\", said the ground had been named for its trees.\n")
    assert speakers(text)["gutted"] == "Wiremu Tane"


def test_the_description_taken_up_later_is_the_person_named_after_it():
    text = ("Trim workers walk out\n\n"
            "By Staff Reporter\n\n"
            "More than 200 workers at a Kelby trim factory walked out on Monday.\n\n"
            "Among those outside the gates was a former miner who has worked on the cutting floor since the last "
            "pit closed.\n\n"
            "Emrys Hale, 58, said he had been through \"three closures and two strikes\".\n\n"
            "He said his son also worked at the factory. \"If they cut us both, that's the whole house gone,\" the "
            "former miner said.\n")
    assert speakers(text)["If they cut us both, that's the whole house gone,"] == "Emrys Hale"


def test_not_a_name_with_a_role_of_its_own_after_the_description():
    text = ("Shop owners count the cost\n\n"
            "By Staff Reporter\n\n"
            "The mill closed on Friday.\n\n"
            "A shopkeeper who has run the store since 1990, and who knows every family, said it was \"a disaster\".\n\n"
            "Joan Hale, 70, a council spokeswoman, said help would come.\n")
    assert speakers(text)["a disaster"] != "Joan Hale"


def test_a_year_closing_a_relative_clause_leaves_its_antecedent_the_speaker():
    text = ("Fire guts mill\n\n"
            "By Staff Reporter\n\n"
            "The old mill burned on Friday night.\n\n"
            "A shopkeeper who has run the store since 1990 said the fire was \"terrifying\".\n")
    assert speakers(text)["terrifying"] == "shopkeeper"


def test_and_then_said_shares_the_subject_inside_a_quotation():
    text = ("Weaver dies at 86\n\n"
            "By Staff Reporter\n\n"
            "Isla Kerr, who has died at 86, wove her first cloth at fourteen.\n\n"
            "Her grandson, Mr Jo Blackie, runs the firm.\n\n"
            "\u2018She sat by the loom for an hour and then said, \u201cThat will do.\u201d That was her verdict,\u2019 he "
            "said.\n")
    assert speakers(text)["That will do."] == "Isla Kerr"


def test_a_verb_of_naming_in_a_reported_clause_gives_its_own_subject():
    text = ("Weaver dies at 86\n\n"
            "By Staff Reporter\n\n"
            "Isla Kerr, who has died at 86, wove her first cloth at fourteen.\n\n"
            "Her grandson, Mr Jo Blackie, runs the firm.\n\n"
            "He said she had described the fashion trade as \"all label and no cloth\", but that she kept every "
            "letter.\n")
    assert speakers(text)["all label and no cloth"] == "Isla Kerr"


def test_a_possessed_noun_naming_in_a_reported_clause_is_no_outer_speaker():
    text = ("Blizzard strands hundreds\n\n"
            "By Staff Reporter\n\n"
            "Delbert Moon, 64, of Cookeville, said it was his first winter on the road.\n\n"
            "He said his dispatcher had called him \"a very lucky man.\"\n")
    assert speakers(text)["a very lucky man."] != "Delbert Moon"


def test_not_a_verb_of_saying_in_a_reported_clause():
    text = ("Union warns of cuts\n\n"
            "By Staff Reporter\n\n"
            "Jo Blackie said the directors had indicated they would \"look again at the rota\".\n")
    assert speakers(text)["look again at the rota"] == "Jo Blackie"


def test_an_obituarys_subject_is_the_she_inside_a_quotation():
    text = ("Weaver who built a mill dies at 86\n\n"
            "By Staff Reporter\n\n"
            "Isla Kerr, who has died at the age of 86, wove her first cloth at fourteen.\n\n"
            "Mrs Kerr founded the firm in 1952. Mrs Kerr ran it until 2001, and Isla Kerr still came in on "
            "Tuesdays.\n\n"
            "Mrs Jessie Scott, 80, a fellow curler, said: 'She always knew where she wanted the stone.'\n\n"
            "The Rev Ken Scott, no relation of Mrs Scott, said she had taught two generations.\n\n"
            "Her grandson, Mr Jo Blackie, said that in her last weeks she asked to see the mill.\n\n"
            "\u2018She sat by the loom for an hour and then said, \u201cThat will do.\u201d That was her verdict,\u2019 he "
            "said.\n")
    assert speakers(text)["That will do."] == "Isla Kerr"


def test_a_judge_in_the_lede_is_the_one_named_later():
    text = ("Feed merchant spared jail\n\n"
            "By Staff Reporter\n\n"
            "A Norton feed merchant has been spared jail after a judge said he had \"traded on the trust of a whole "
            "town\".\n\n"
            "Ray Thwaite, 52, admitted fraud at York Crown Court.\n\n"
            "Sentencing, Judge Philippa Mount said she had read letters from 30 people.\n")
    assert speakers(text)["traded on the trust of a whole town"] == "Philippa Mount"


def test_a_documents_verb_in_a_reported_clause_leaves_the_body_that_said_it():
    text = ("Panel maker lands export order\n\n"
            "By Staff Reporter\n\n"
            "Tarnwood Panels Ltd. announced on Friday that it had signed a $31-million contract.\n\n"
            "The Kelby Trench Builders' Exchange said in a statement that the order showed \"what a rural plant can "
            "do\".\n")
    assert speakers(text)["what a rural plant can do"] == "Kelby Trench Builders' Exchange"


def test_an_interviews_headline_label_is_the_one_interviewed():
    text = ("THE KELBY LEDGER\n\n"
            "Q&A | Kelby Crosslam boss: \"We're not a sawmill any more\"\n\n"
            "Marie-\u00c8ve Sinclair took over her family's stud mill in 2019. As the plant signs its biggest order, she "
            "talks about trucks and tariffs.\n\n"
            "By Owen Thackeray\n\n"
            "Kelby Crosslam Ltd. signed its biggest order on Friday.\n\n"
            "Q: How did it start?\n\n"
            "A: Slowly.\n")
    assert speakers(text)["We're not a sawmill any more"] == "Marie-\u00c8ve Sinclair"


def test_a_headlines_credit_after_a_colon_names_the_speaker():
    text = ("AGRI TIMES\n\n"
            "'Europe pays for patience, not for volume': Sudhir Pawade\n\n"
            "The Niphad grower now ships 310 containers a season.\n\n"
            "By Staff Reporter\n\n"
            "Sudhir Rao Pawade, 58, is the founder of Pawade Fresh Exports Pvt. Ltd.\n")
    assert speakers(text)["Europe pays for patience, not for volume"] in ("Sudhir Pawade", "Sudhir Rao Pawade")


def test_labels_of_a_box_of_quotations_name_a_person_and_a_body():
    text = ("AGRI TIMES\n\n"
            "A grower's story\n\n"
            "By Staff Reporter\n\n"
            "Sudhir Rao Pawade, 58, is the founder of Pawade Fresh Exports Pvt. Ltd.\n\n"
            "What others say\n\n"
            "Joost de Wit, director, Hollandse Fruit Import B.V.: \"Sudhir never argues with a lab report.\"\n\n"
            "The Kelby District Grape Growers' and Exporters' Sangh, in a note sent to Agri Times: \"Small growers "
            "can meet European standards.\"\n")
    got = speakers(text)
    assert got["Sudhir never argues with a lab report."] == "Joost de Wit"
    assert got["Small growers can meet European standards."] == \
        "Kelby District Grape Growers' and Exporters' Sangh"


def test_defence_in_a_deck_is_the_lawyer_who_says_the_words_later():
    text = ("Ginnery director denies theft\n\n"
            "Growers pack courtroom. Defence calls case \"a business quarrel dressed up as a crime\".\n\n"
            "By Staff Reporter\n\n"
            "A ginnery director has denied stealing a club's money.\n\n"
            "His lawyer, Mr Felix Banda, told the court his client had never hidden from the farmers.\n\n"
            "\"This is a business quarrel dressed up as a crime,\" Mr Banda said.\n")
    assert speakers(text)["a business quarrel dressed up as a crime"] == "Felix Banda"


def test_the_association_is_the_body_named_before_its_legal_form():
    text = ("Irrigators sign canal deal\n\n"
            "By Staff Reporter\n\n"
            "The Kelby River Authority and the Tarno and Ashby Irrigators' Association, Inc. (TAIA) signed an "
            "agreement on Monday.\n\n"
            "Regional director Jo Roe said the deal was the first of its kind.\n\n"
            "\"For too long, the farmers were the last to know,\" he said.\n\n"
            "Work will start in October.\n\n"
            "In a resolution adopted last week, the association said its members would \"guard the canal\".\n")
    assert speakers(text)["guard the canal"] == "Tarno and Ashby Irrigators' Association, Inc."


def test_a_coordinators_body_letters_name_her_role():
    text = ("Dry fish workers strike\n\n"
            "By Staff Reporter\n\n"
            "Some 1,200 workers stopped work on Monday.\n\n"
            "Advocate Farida Yasmin Karim, coordinator of the Society for Coastal Workers' Rights (SCWR), said the "
            "yards broke the law.\n\n"
            "\"This is a question of law,\" she said. The SCWR coordinator is not related to the owner.\n\n"
            "She praised the women for \"standing up with their children on their hips\".\n")
    assert speakers(text)["standing up with their children on their hips"] == "Farida Yasmin Karim"


def test_a_young_woman_named_in_the_next_sentence_with_now_and_an_age():
    text = ("Fruiterer dies at 90\n\n"
            "By Staff Reporter\n\n"
            "Kostas Vlahos ran the stalls for fifty years. He sold fruit to three generations.\n\n"
            "A young woman who had arrived from a refugee camp in 1981 took over the last stall in 1998, after Mr "
            "Vlahos sold it to her for what she says was \"half what it was worth.\"\n\n"
            "Tran Thi Hoa, now 61, said Mr Vlahos came every Saturday afterwards.\n")
    assert speakers(text)["half what it was worth."] == "Tran Thi Hoa"


# --- names -----------------------------------------------------------------------------------------------------------

def test_a_hyphened_given_name_with_an_accent_opens_a_persons_name():
    text = ("Mill deal\n\n"
            "By Staff Reporter\n\n"
            "Marie-\u00c8ve Sinclair took over her family's mill in 2019 and turned it into a panel plant.\n")
    assert names(text).get("Marie-\u00c8ve Sinclair") == "person"


def test_towns_people_come_from_are_places():
    text = ("Parking fines anger traders\n\n"
            "By Staff Reporter\n\n"
            "\"People from Borrisokane and Cloughjordan come in to shop on a Saturday,\" she said.\n")
    got = names(text)
    assert got.get("Borrisokane") in (None, "place") and got.get("Cloughjordan") in (None, "place")


def test_a_town_with_a_possessive_in_its_name_is_one_place():
    text = ("Dry fish workers strike\n\n"
            "By Staff Reporter\n\n"
            "Some 1,200 workers stopped work at the yards in Cox's Bazar yesterday.\n\n"
            "The strike was called by the Cox's Bazar Dry Fish Workers' and Labourers' Union, which says it has "
            "3,400 members.\n")
    got = names(text)
    assert "Cox" not in got
    assert got.get("Cox's Bazar Dry Fish Workers' and Labourers' Union") == "organisation"


def test_a_place_inside_a_town_of_the_gazetteer_is_a_place():
    text = ("Dry fish workers strike\n\n"
            "By Staff Reporter\n\n"
            "Some 1,200 workers stopped work at the yards of Nazirpara yesterday.\n\n"
            "Photo: Women spread fish on racks at Nazirpara, Cox's Bazar.\n")
    assert names(text).get("Nazirpara") in (None, "place")


def test_a_middle_name_left_out_is_the_same_person():
    text = ("Grapes go to Europe\n\n"
            "By Staff Reporter\n\n"
            "Sudhir Rao Pawade, 58, is the founder of Pawade Fresh Exports Pvt. Ltd. He ships grapes.\n\n"
            "Later Sudhir Pawade inspected a bunch at his vineyard.\n")
    spans = find_mentions(Article.from_text(text))
    assert set(spans.loc[spans["text"].str.startswith("Sudhir"), "name"]) == {"Sudhir Rao Pawade"}


def test_a_surname_called_something_is_the_person_not_a_product():
    text = ("Grapes go to Europe\n\n"
            "By Staff Reporter\n\n"
            "The exporter ships 310 containers a season from Niphad.\n\n"
            "The cold store, which handles the company's pre-cooling, called Pawade \"a customer who reads the "
            "temperature log himself\".\n\n"
            "Photo caption: Sudhir Pawade inspects a bunch at his vineyard.\n")
    spans = find_mentions(Article.from_text(text))
    assert set(spans.loc[spans["text"] == "Pawade", "kind"]) == {"person"}


def test_and_inside_a_clubs_name_before_its_legal_form():
    text = ("Club sells ground's name\n\n"
            "By Staff Reporter\n\n"
            "Kelby Park Rugby and Sports Club Incorporated will rename its ground from next season.\n\n"
            "The club said it needed the money.\n")
    got = names(text)
    assert got.get("Kelby Park Rugby and Sports Club Incorporated") == "organisation"
    assert "Sports Club Incorporated" not in got


def test_a_firm_of_two_partners_and_makers():
    text = ("Weaver dies at 86\n\n"
            "By Staff Reporter\n\n"
            "With her late husband, Tam, she founded Kerr & Lauderdale Tweed Makers in a former smiddy in 1952. The "
            "firm still trades.\n")
    assert names(text).get("Kerr & Lauderdale Tweed Makers") == "organisation"


def test_an_interstates_number_is_no_actor():
    text = ("LIVE: I-80 closed from Laramie to Rawlins\n\n"
            "By Staff Reporter\n\n"
            "I-80 remains closed. Drivers on I-80 waited for hours, said Jo Doe of the Wyoming Department of "
            "Transportation.\n")
    assert "I-80" not in names(text)


def test_a_photo_credit_closing_a_caption_is_no_actor():
    text = ("Wild rice study\n\n"
            "By Kristin Aakre\n\n"
            "Harvesters say the rice is thinning. Raymond Bellanger, 71, has riced the lake for sixty years.\n\n"
            "Photo caption: Raymond Bellanger knocks rice into his canoe in 2019. (Sentinel file photo / Kristin "
            "Aakre)\n")
    got = names(text)
    assert "Kristin Aakre" not in got and got.get("Raymond Bellanger") == "person"


def test_a_drive_after_a_given_name_is_a_street():
    text = ("Betel nut ban\n\n"
            "By Staff Reporter\n\n"
            "She has sold buai on the same corner of Charles Abel Drive for nineteen years. Sellers on Charles Abel "
            "Drive were angry.\n")
    assert names(text).get("Charles Abel Drive") in (None, "place")


def test_not_a_person_named_close():
    text = ("Actor visits school\n\n"
            "By Staff Reporter\n\n"
            "Glenn Close visited the school on Monday. Close said she loved the play.\n")
    assert names(text).get("Glenn Close") == "person"


def test_a_predicate_quoted_after_the_name_is_the_speakers_words():
    text = ("Club sells ground's name\n\n"
            "By Staff Reporter\n\n"
            "The club sold the naming rights on Monday, but some members say the name \"belongs to the town\".\n")
    assert speakers(text)["belongs to the town"] == "members"


def test_not_a_name_quoted_after_the_name():
    text = ("Firm renames its brand\n\n"
            "By Staff Reporter\n\n"
            "The firm will sell its flour under the name \"Kelby Gold\" from March.\n")
    assert speakers(text)["Kelby Gold"] is None


def test_not_a_name_with_a_middle_initial_beside_it():
    text = ("Party row\n\n"
            "By Staff Reporter\n\n"
            "The party of Prescott Bush, George Bush and George W Bush is gone. George Bush said so in 1992.\n")
    got = names(text)
    assert got.get("George Bush") == "person" and got.get("George W Bush") == "person"


# --- round 2 (fitted on news_gold137 and news_gold138, held out until scored) ---------------------------------------

def test_a_name_runs_through_pvt_ltd_to_its_speaker():
    text = ("Seed row\n\n"
            "By Staff Reporter\n\n"
            "Not everyone is persuaded. Mr. Jo Raman, regional manager of Kelby Agro Seeds Pvt. Ltd., which sells "
            "hybrid seed in the delta, said one dry year was \"not enough to rewrite the policy\".\n")
    assert speakers(text)["not enough to rewrite the policy"] == "Jo Raman"


def test_a_body_named_after_a_place_and_a_trade_in_its_description():
    text = ("Carver dies at 81\n\n"
            "By Staff Reporter\n\n"
            "Jo Kandji carved chests for fifty years.\n\n"
            "The Windhoek dealer Kelby Craft Centre (Pty) Ltd, which exhibited his chests in 1992, said in a "
            "statement that it would hold an exhibition 'so that the city can see what the river made'.\n")
    assert speakers(text)["so that the city can see what the river made"] == "Kelby Craft Centre (Pty) Ltd"


def test_the_members_of_the_body_that_owns_their_meeting():
    text = ("Carver dies at 81\n\n"
            "By Staff Reporter\n\n"
            "In 1979 he became the first member of the Kavango Carvers' Association.\n\n"
            "In a tribute read at the association's meeting on Wednesday, the members said: 'Our chisels are silent "
            "today.'\n")
    assert speakers(text)["Our chisels are silent today."] == "Kavango Carvers' Association"


def test_the_magistrate_is_the_one_named_with_the_title_far_before():
    text = ("Treasurer denies theft\n\n"
            "By Staff Reporter\n\n"
            "Mr Jo Njeru, 52, denied 14 counts of theft before Senior Resident Magistrate Mrs Grace Mbogo. He was "
            "released on bond.\n\n"
            "The society's members packed the court.\n\n"
            "Prosecutor Peter Ireri told the court the money was paid into a personal account.\n\n"
            "The accused's advocate, Mr Festus Nyaga, said his client would clear his name.\n\n"
            "Several farmers said they had not been paid for two years.\n\n"
            "The magistrate warned both sides against discussing the evidence \"in the market and on the radio\".\n")
    assert speakers(text)["in the market and on the radio"] == "Grace Mbogo"


def test_it_after_a_body_noun_that_spoke_is_that_body():
    text = ("Egg farmer survives\n\n"
            "By Staff Reporter\n\n"
            "Mr Johan Coetzee, managing director of Kelby Fresh Foods (Pty) Ltd, said orders stopped.\n\n"
            "Rre Oupa Lekgoa, chairman of the North West Egg Producers' Association, praised her.\n\n"
            "The association said in a statement that 40 small producers had closed. \"She survived because she sold "
            "door to door. Not everybody has the legs for that,\" it said.\n")
    assert speakers(text)["She survived because she sold door to door. Not everybody has the legs for that,"] == \
        "North West Egg Producers' Association"


def test_a_bank_unnamed_is_no_other_firm():
    text = ("Egg farmer survives\n\n"
            "By Staff Reporter\n\n"
            "Her company, Lotla Poultry (Pty) Ltd, runs 18,000 hens.\n\n"
            "She applied for relief in April. The bank wrote back: \"Your application does not meet our risk "
            "appetite.\"\n")
    assert speakers(text)["Your application does not meet our risk appetite."] != "Lotla Poultry (Pty) Ltd"


def test_an_interviews_headline_and_pull_quote_are_the_one_interviewed():
    text = ("THE SUNDAY LEDGER\n\n"
            "Q&A: \u201cWe sold eggs through the lockdown\u201d\n\n"
            "A poultry farmer lost her biggest customer overnight. She talks about cash flow and banks.\n\n"
            "By Lerato Seabi\n\n"
            "When the lockdown closed the schools, Keitumetse Modise lost the contract that bought her eggs.\n\n"
            "Q: What happened in March?\n\n"
            "A: The orders stopped.\n\n"
            "Pull quote: \u201cThe hens kept laying, so we kept selling.\u201d\n")
    got = speakers(text)
    assert got["We sold eggs through the lockdown"] == "Keitumetse Modise"
    assert got["The hens kept laying, so we kept selling."] == "Keitumetse Modise"


def test_a_day_with_no_comma_before_the_subject():
    text = ("Egg farmer survives\n\n"
            "By Staff Reporter\n\n"
            "Mr Johan Coetzee runs the distributor.\n\n"
            "On the Thursday Johan phoned and said, \"Keitumetse, stop the trucks.\" She had nowhere to send them.\n")
    assert speakers(text)["Keitumetse, stop the trucks."] == "Johan Coetzee"


def test_my_father_in_an_answer_is_her_father_named_in_the_story():
    text = ("THE SUNDAY LEDGER\n\n"
            "Q&A: a poultry farmer\n\n"
            "By Lerato Seabi\n\n"
            "When the lockdown closed the schools, Keitumetse Modise-Mokgatle lost the contract for her eggs.\n\n"
            "Modise-Mokgatle, 41, a former clerk who started with 200 hens in the backyard of her late father, Rre "
            "Tshepo Modise, in 2009, spoke to the Ledger at her packing shed.\n\n"
            "Q: Did you sell the hens?\n\n"
            "A: Never. My father used to say, \u2018A hen does not know it is a public holiday.\u2019\n")
    assert speakers(text)["A hen does not know it is a public holiday."] == "Tshepo Modise"


def test_that_was_a_name_after_an_unnamed_speaker():
    text = ("Q&A: the log home builder\n\n"
            "By Staff Reporter\n\n"
            "Ruth Lane runs the yard.\n\n"
            "Q: Why Japan?\n\n"
            "A: Honestly, because Japan found us. A man from Sapporo came to a show in Calgary, walked around one of "
            "our shells for an hour and asked me how many nails were in it. I said none. He said, \"Then we will "
            "talk.\" That was Kenji Watanabe.\n")
    assert speakers(text)["Then we will talk."] == "Kenji Watanabe"


def test_it_said_after_someone_sent_a_letter_is_the_letter():
    text = ("Q&A: the log home builder\n\n"
            "By Staff Reporter\n\n"
            "Kelby Log Homes Ltd. has built homes for 22 years.\n\n"
            "Q: How did the customers react?\n\n"
            "A: The first family sent us a letter with a photograph of their kids. It said, \"This house smells like "
            "the forest.\"\n")
    assert speakers(text)["This house smells like the forest."] == "letter"


def test_a_firm_of_partners_and_co_then_its_trade_and_form():
    text = ("Chandler dies\n\n"
            "By Staff Reporter\n\n"
            "The chandler died on Monday. Shipping agent Frank Lynch, of Lynch, Barry & Co. Shipping Agents Ltd, "
            "called him \"the last of the old chandlers\".\n")
    assert speakers(text)["the last of the old chandlers"] == "Frank Lynch"
    assert names(text).get("Lynch, Barry & Co. Shipping Agents Ltd") == "organisation"


def test_a_solicitor_of_a_firm_of_partners_defending():
    text = ("Treasurer admits theft\n\n"
            "By Staff Reporter\n\n"
            "The club's treasurer admitted embezzlement. Defending, solicitor Iain Stoddart, of Gillespie, Mair & "
            "Rattray, said his client had \"lost his way\" after the death of his wife.\n")
    assert speakers(text)["lost his way"] == "Iain Stoddart"


def test_a_spokeswoman_for_a_company_named_by_its_town():
    text = ("Club loss\n\n"
            "By Staff Reporter\n\n"
            "Its insurer, Caledonian Mutual & General Insurance Ltd, has refused to meet the loss. A spokeswoman for "
            "the Edinburgh company said the policy \"clearly required two signatories\".\n")
    assert speakers(text)["clearly required two signatories"] == "Caledonian Mutual & General Insurance Ltd"


def test_a_titles_word_before_street_is_a_street():
    text = ("Boats\n\n"
            "By Staff Reporter\n\n"
            "The firm runs boats from its wharf off Coach Street in Skipton. Shops on King Street closed.\n")
    got = names(text)
    assert "Street" not in got and got.get("Coach Street") in (None, "place")


def test_setswana_forms_of_address_are_no_part_of_the_name():
    text = ("Egg farmer survives\n\n"
            "By Staff Reporter\n\n"
            "Rre Oupa Lekgoa, chairman of the egg producers' association, praised her. Mma Naledi Kebaabe agreed.\n")
    got = names(text)
    assert got.get("Oupa Lekgoa") == "person" and got.get("Naledi Kebaabe") == "person"
