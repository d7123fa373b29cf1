"""Speakers and names of session 55 (fitted on the story sets news_gold139 and news_gold140): an age before a dash
aside, "retired" taking up "former", a form of address after "She is", "the company" after a quotation of two
sentences, a short name a company is given in quotation marks, an accented surname as a line's label, a document's
author who acted "in a letter", a "he" far from any name in an obituary, an appositive subject before an irregular
past, a kin's name in apposition, an interview answer's label, a participle after the people it describes, a
councillor's "Coun.", and names: a firm's seat after its closing word, a chamber's long name, a chief's given name,
a pit, a journey's end, a Filipino council.

Every passage is written for the test (invented people and bodies, real places only as settings); the expected
speakers and names were checked by reading the passage.  The ``_not_`` tests are near misses each rule must leave
alone.
"""

from __future__ import annotations

from .readers import mention_names, names, speakers


# --- who says it ----------------------------------------------------------------------------------------------------

def test_a_description_named_next_with_an_age_before_a_dash_aside():
    text = ("Strike vote at chemical works\n\n"
            "The union's convenor, Joe Tarrant, said the agreement had been torn up.\n\n"
            "In the Sandwith club last night, a former miner who worked at the pit until it closed sat with his son.\n\n"
            "Jack Tarrant, 63 - no relation to the convenor - said he had seen the same thing happen underground.\n\n"
            "\"They told us the pit had a future right up until the week they shut it,\" the former miner said.\n")
    assert speakers(text)["They told us the pit had a future right up until the week they shut it,"] == "Jack Tarrant"


def test_retired_taken_up_as_former_and_a_verb_of_calling_in_the_naming_sentence():
    text = ("Club treasurer jailed\n\n"
            "The club president, Mrs Jean Kelso, said members were relieved.\n\n"
            "A retired shepherd who has played on the green since 1961 had travelled to the court for the sentencing.\n\n"
            "Tam Kelso, 79 – no relation to the club president – called the sentence “fair enough”.\n\n"
            "“He used to buy the first round at the Christmas dinner,” the former shepherd said.\n")
    assert speakers(text)["He used to buy the first round at the Christmas dinner,"] == "Tam Kelso"


def test_she_is_a_name_after_a_form_of_address():
    text = ("Garment maker expands\n\n"
            "The company's production manager, Dr. Abebe Tarekegn, said each trainee would be paired with a "
            "machinist.\n\n"
            "\"A new machinist needs a patient teacher,\" he said.\n\n"
            "A young woman who joined the factory as a cleaner now runs one of its sewing lines.\n\n"
            "She is W/rt Meseret Alemu, 24, from Aleta Wondo. \"When I started, I could not thread a needle,\" she "
            "said.\n")
    assert speakers(text)["When I started, I could not thread a needle,"] == "Meseret Alemu"


def test_the_company_after_two_quoted_sentences_is_the_body_named_before_them():
    text = ("Kelby Weaving Mills PLC (\"Kelby Apparel\") today announced an order from Tarno Retail AB.\n\n"
            "Tarno Retail AB, the Stockholm-based chain, said it had audited the factory twice before signing.\n\n"
            "Its buyer, Ms. Karin Lind, called the agreement \"the largest African order in Tarno's history\".\n\n"
            "Kelby Apparel said in a statement that it would publish its wage figures each year.\n\n"
            "\"We welcome the scrutiny. A factory that has nothing to hide should not fear an auditor,\" the company "
            "said.\n")
    assert speakers(text)["We welcome the scrutiny. A factory that has nothing to hide should not fear an auditor,"] \
        == "Kelby Weaving Mills PLC"


def test_a_short_name_given_in_quotation_marks_names_the_company():
    text = ("Kelby Textile & Garment Manufacturing PLC (\"Kelby Knitwear\") today announced an order from Tarno "
            "Retail AB, a Swedish chain.\n\n"
            "Kelby Knitwear will hire 600 workers.\n")
    kinds = mention_names(text)
    assert kinds["Kelby Knitwear"] == ("Kelby Textile & Garment Manufacturing PLC", "organisation")


def test_an_accented_surname_as_a_live_blogs_label():
    text = ("LIVE: Members vote on practice ground sale\n\n"
            "Key events\n"
            "- Members back sale by 312 votes to 201\n"
            "- Ó Dálaigh: ‘A links hotel, not a tower block’\n"
            "- Alderman calls for inquiry\n\n"
            "10.41pm – That is all from us\n"
            "We are closing this page.\n\n"
            "Ciarán Ó Dálaigh, managing director of Kelby Hospitality Ltd, spoke for 20 minutes.\n\n"
            "“A links hotel, not a tower block. That is what we promised,” Mr Ó Dálaigh said.\n")
    assert speakers(text)["A links hotel, not a tower block"] in ("Ó Dálaigh", "Ciarán Ó Dálaigh")


def test_a_letter_said_is_the_body_that_acted_in_a_letter():
    text = ("The Kelby Anglers' Club, of which Mr Doe was chairman for 20 years, paid tribute in a letter to "
            "members this week.\n\n"
            "'He was generous with his time and his flies,' the letter said.\n")
    assert speakers(text)["He was generous with his time and his flies,"] == "Kelby Anglers' Club"


def test_he_far_from_any_name_in_an_obituary_is_its_subject():
    text = ("Saddler and pipe maker dies at 84\n\n"
            "THOMAS Tarrant, the Kelby saddler, has died at the age of 84.\n\n"
            "Mr Tarrant died at home on Saturday.\n\n"
            "Born Thomas Tarrant above the shop in 1913, he was the third of his family to run it.\n\n"
            "His daughter, Mrs Ann Wark, said he had learned both trades at the same bench.\n\n"
            "'He used to say leather and music were the same job,' she said.\n\n"
            "'He'd be at the bench at seven every morning until this summer. When his hands got too bad, he'd sit "
            "in the corner and tell the boys what they were doing wrong.'\n\n"
            "She recalled that he always told customers a set of pipes was 'only as good as the bag that feeds it' "
            "and would not sell one until he had played it for a month.\n\n"
            "Mr Tarrant played his last tune in September. Mr Tarrant is survived by his daughter.\n")
    assert speakers(text)["only as good as the bag that feeds it"] == "Thomas Tarrant"


def test_an_appositive_subject_before_an_irregular_past_and_said():
    text = ("Our buyer in Ningbo, Mr Zhou Haoran, rang me that night and said, “We will take what we can.”\n")
    assert speakers(text)["We will take what we can."] == "Zhou Haoran"


def test_a_kins_name_in_an_interview_answer_before_a_colon():
    text = ("Q&A: Jo Tarrant on crayfish\n\n"
            "Jo Tarrant runs Kelby Crayfish Ltd.\n\n"
            "Q: What did your family teach you?\n\n"
            "A: My grandfather, Hōne Pōtae, had one rule on the boat: “Leave the berried hens.” I still say it.\n")
    assert speakers(text)["Leave the berried hens."] == "Hōne Pōtae"
    assert mention_names(text)["Hōne Pōtae"][1] == "person"


def test_a_participle_after_the_people_it_describes_is_theirs():
    text = ("Sheriff Jo Tarrant said he had read letters from members describing the club as “the heart of the town "
            "in winter”.\n")
    assert speakers(text)["the heart of the town in winter"] != "Jo Tarrant"


def test_not_a_participle_after_a_listener():
    text = ("Jane Kelso, the ferry group's chair, wrote to the company and to ministers demanding a “realistic and "
            "binding” delivery date.\n")
    assert speakers(text)["realistic and binding"] == "Jane Kelso"


def test_not_a_description_with_a_capital_the_before_a_named_person():
    text = ('The director, Jo Tarrant, was dismissed in a decree read on state television for "shortcomings in his '
            'work." No reason was given.\n')
    assert speakers(text)["shortcomings in his work."] is None


def test_a_canadian_councillors_coun():
    text = ('"It is a fair fare," Coun. Jo Roe said after the vote.\n')
    assert speakers(text)["It is a fair fare,"] == "Jo Roe"


# --- names ----------------------------------------------------------------------------------------------------------

def test_a_firms_seat_after_its_closing_word():
    text = ("The buyer, Tarnby Harbor Capital Partners of Boston, said it would keep the staff. The contract went to "
            "Kelso & Sons Haulage of Hensingham, which runs 40 lorries.\n")
    got = names(text)
    assert got.get("Tarnby Harbor Capital Partners") == "organisation"
    assert got.get("Kelso & Sons Haulage") == "organisation"
    assert got.get("Hensingham") != "organisation"


def test_not_a_body_whose_name_goes_on_after_of():
    text = "The Sons of Norway met in Kelby. Doe Brothers of Tarno Ltd said it would go.\n"
    got = names(text)
    assert got.get("Sons of Norway") == "organisation"
    assert got.get("Doe Brothers of Tarno Ltd") == "organisation"


def test_a_chambers_long_name_before_its_chairs_name():
    text = "Tarnby Chamber of Commerce and Industry chair Dave Kelso welcomed the announcement.\n"
    assert names(text).get("Tarnby Chamber of Commerce and Industry") == "organisation"


def test_a_chiefs_given_name_names_the_chief():
    text = ("Group Village Headman Chisomo, whose given name is Yohane Tembo, allowed the trial on customary land "
            "in his area.\n")
    kinds = mention_names(text)
    assert kinds["Chisomo"] == ("Yohane Tembo", "person")


def test_a_pit_and_a_journeys_end_are_places():
    text = ("He worked at Kelby Pit until it closed in 1986. Ships are waiting offshore and flights to Tokua have "
            "been cancelled.\n")
    kinds = mention_names(text)
    assert kinds["Kelby Pit"][1] == "place"
    assert kinds["Tokua"][1] == "place"


def test_a_filipino_city_council():
    text = "VIGAN — The Sangguniang Panlungsod of Vigan on Monday approved an ordinance fixing fares.\n"
    assert names(text).get("Sangguniang Panlungsod of Vigan") == "organisation"


def test_a_family_named_by_a_surnames_plural_is_no_body():
    text = ("Robert Dufresne Jr. sold the marina to a Boston group on Thursday.\n\n"
            "\"The Dufresnes have a reputation on this lake that you can't purchase,\" the buyer said.\n")
    got = names(text)
    assert got.get("Robert Dufresne Jr.", got.get("Robert Dufresne")) == "person"
    assert got.get("Dufresnes") not in ("organisation", "person")


def test_a_departments_list_of_fields_with_the_before_its_last():
    text = "The co-op had written to the Department of Agriculture, Food and the Marine for the third time this year.\n"
    assert names(text).get("Department of Agriculture, Food and the Marine") == "organisation"


def test_a_town_a_worker_travels_a_distance_from_is_a_place():
    text = "Tshifhiwa Doe, a packer, said he travelled 40 kilometres each day from Tshitale by taxi.\n"
    assert mention_names(text)["Tshitale"][1] == "place"


def test_a_three_word_title_is_no_part_of_the_speakers_name():
    text = ("Her neighbour, Mr Blessings Phiri, said he would plant the seed.\n\n"
            "“We cannot go to Lilongwe every season,” he said.\n\n"
            "Group Village Headman Chisomo, whose given name is Yohane Tembo, allowed the trial on customary land in "
            "his area. He called the project “a school without walls” but said farmers had been promised seed "
            "before.\n")
    assert speakers(text)["a school without walls"] == "Yohane Tembo"


def test_not_a_stage_name_of_two_words_joined_to_a_real_name():
    kinds = mention_names("Hurricane Chris, whose real name is Christopher Dooley, released a new album in "
                           "Shreveport.\n")
    assert kinds["Hurricane Chris"][0] == "Hurricane Chris"


def test_not_a_name_told_before_a_newcomer():
    text = ("The woman found in the river on Sunday has been named by police. She was Maria Lenz, 34, a nurse. A "
            "neighbour stood at her door in tears. “She always waved at the children,” she said.\n")
    assert speakers(text)["She always waved at the children,"] != "Maria Lenz"


def test_not_a_journey_from_a_firm():
    text = "New routes from Aerovel begin in June, the airline said. Flights to Tokua were cancelled.\n"
    kinds = mention_names(text)
    assert kinds["Aerovel"][1] != "place"
    assert kinds["Tokua"][1] == "place"


def test_a_sum_with_a_currency_letter_is_no_name():
    text = ("Some drivers charged P50, some P300. There were two drafts. One said P30. The tourism office said P30 "
            "would chase away local visitors.\n")
    assert "P30" not in names(text)


def test_a_common_word_after_a_single_quotation_mark_opening_a_live_blog_heading():
    text = ("LIVE: Ash falls on Kelby\n\n"
            "Ash from the volcano has fallen across Kelby since early Wednesday.\n\n"
            "6.15pm – 'Ash is part of our life'\n"
            "An old man sweeping grey ash from his steps said it would pass.\n\n"
            "8.20am – Ash falling\n"
            "Residents report fine ash falling since dawn.\n")
    assert "Ash" not in names(text)


def test_a_home_town_after_an_age_outweighs_a_modifiers_body_cue():
    text = ("A FORMER treasurer of a Kelso bowling and curling club who stole more than £38,000 was jailed.\n\n"
            "Alistair Doe, 57, of Beechgrove, Kelso, had pled guilty last month.\n")
    assert names(text).get("Kelso") != "organisation"


def test_a_capitalised_plural_whose_singular_the_story_writes_in_lower_case():
    text = ("LIVE: Members vote on sale\n\n"
            "Key events\n"
            "- Members back sale by 312 votes to 201\n"
            "- Greenkeepers told jobs are safe\n\n"
            "8.30pm – Greenkeepers reassured\n"
            "The head greenkeeper, Ruth Doe, said her staff of nine had been told that no jobs would go.\n")
    assert "Greenkeepers" not in names(text)


def test_a_towns_fair_is_an_event():
    text = "Mr Doe's last public performance was at Kelby Fair in September, when he played on a set he made in 1952.\n"
    assert "Kelby Fair" not in names(text)


def test_a_mastheads_line_of_towns():
    text = ("THE CAUSEWAY CHRONICLE\n"
            "Coleraine · Portrush · Portstewart · Ballymoney\n"
            "Home / Sport / Golf\n\n"
            "Members of Portrush’s Skerries Links Golf Club are meeting tonight to decide on a sale.\n\n"
            "Tags: Portrush, golf, hotels\n")
    assert names(text).get("Portrush") not in ("organisation", "person")


def test_a_journeys_start_and_its_next_stop_are_places():
    text = ("The oysters will travel by refrigerated trailer from Kinsale to Rosslare and on to Roscoff. Flights are "
            "cancelled until at least Monday; the ferry from Tenerife is running.\n")
    kinds = mention_names(text)
    assert kinds["Roscoff"][1] == "place"
    assert kinds["Tenerife"][1] == "place"


# --- round 3, fitted on news_gold141 and news_gold142 ---------------------------------------------------------------

def test_the_state_in_a_deck_is_the_storys_one_prosecutor():
    text = ("Kelby butcher denies buying stolen cattle\n\n"
            "A butchery owner has pleaded not guilty. The State says the brands on the hides had been \"cut with a "
            "knife\".\n\n"
            "By TOM ROE\n\n"
            "KELBY: A butchery owner yesterday pleaded not guilty before the Kelby Magistrate Court.\n\n"
            "Opening the State's case, public prosecutor Ms Onalenna Tau told the court that the accused had bought "
            "the animals at night.\n")
    assert speakers(text)["cut with a knife"] == "Onalenna Tau"


def test_words_asked_for_in_a_reported_clause_are_the_askers():
    text = ("Jo Tarrant died on Monday. The family said he had asked for \"no long speeches and plenty of kava\" at "
            "his funeral.\n")
    assert speakers(text)["no long speeches and plenty of kava"] == "Jo Tarrant"


def test_not_asked_for_far_from_the_quotation():
    text = ("A person familiar with the loan, who was not authorized to speak publicly, said Kelby Realty Partners LLC "
            "had asked for a two-year extension, and that talks were \"far from over.\"\n")
    assert speakers(text)["far from over."] != "Kelby Realty Partners LLC"


def test_a_given_name_after_initials_tells_the_sex():
    text = ("N. Subbulakshmi, 58, runs Sri Kelby Sweets & Savouries Pvt. Ltd., the shop her grandfather opened. "
            "The association's president, P. Murugan, calls her \"the only one of us who is not afraid\".\n\n"
            "\"I am not fighting anybody,\" she says, laughing.\n")
    assert speakers(text)["I am not fighting anybody,"] == "N. Subbulakshmi"


def test_a_kin_opening_the_sentence_before_a_pronoun():
    text = ("Q&A: Ann Roe on sweets\n\n"
            "Ann Roe runs a sweet shop in Kelby.\n\n"
            "Q: Will your daughter take over?\n\n"
            "A: My daughter is an engineer in Pune. She says, \"Amma, I will do your accounts, not your stirring.\" We "
            "will see.\n")
    assert speakers(text)["Amma, I will do your accounts, not your stirring."] != "Ann Roe"


def test_a_decks_she_named_at_the_ledes_opening_after_the_byline():
    text = ("'Ghee now costs more than everything else'\n\n"
            "A third-generation halwa maker on butter prices and why her shop closes at nine. \"We sell out,\" she "
            "says.\n\n"
            "By Tom Roe\n\n"
            "N. Subbulakshmi, 58, runs the Kelby shop her grandfather opened in 1952.\n")
    assert speakers(text)["We sell out,"] == "N. Subbulakshmi"


def test_a_body_that_sent_us_a_statement():
    text = ("4:20 p.m. — Statement\n\n"
            "Kelby & Tarno Developments Ltd, which would build and run the new arcade, has sent us this statement: "
            "“The new market will give every registered vendor a covered stall.”\n")
    assert speakers(text)["The new market will give every registered vendor a covered stall."] \
        == "Kelby & Tarno Developments Ltd"


def test_management_in_a_deck_is_the_manager_who_says_the_words_later():
    text = ("Ginnery workers down tools\n\n"
            "About 450 workers at a Kelby ginnery have stopped work. Management says the strike is \"illegal and "
            "unnecessary\".\n\n"
            "By Jo Roe\n\n"
            "KELBY - About 450 workers at Kelby Cotton Ginners Limited stayed away for a third day.\n\n"
            "The company's human resources manager, Mr Gift Tembo, said the strike was \"illegal and unnecessary\" "
            "because workers had not followed the procedure.\n")
    assert speakers(text)["illegal and unnecessary"] == "Gift Tembo"


def test_a_chief_by_his_title_of_three_words_is_the_next_he():
    text = ("Her neighbour, Mr Blessings Phiri, said he would plant the seed.\n\n"
            "Group Village Headman Chiwalo, whose villages grow much of the cotton, said farmers were afraid.\n\n"
            "\"Our people brought their cotton on bicycles from forty kilometres away,\" he said.\n")
    assert speakers(text)["Our people brought their cotton on bicycles from forty kilometres away,"] == "Chiwalo"


def test_a_place_in_apposition_to_an_unnamed_source_is_no_name():
    text = ("A yacht broker in Rodney Bay, St Lucia, who asked not to be named, was more cautious.\n\n"
            "‘Ask me again in five years,’ he said.\n")
    assert speakers(text)["Ask me again in five years,"] not in ("Lucia", "St Lucia")


def test_unnamed_people_dismissing_in_a_relative_clause():
    text = ("The Kelby Boatbuilders’ Guild has asked its members to pay one per cent into a fund, a proposal some "
            "builders have dismissed as ‘a tax on the only work we have’.\n")
    assert speakers(text)["a tax on the only work we have"] != "Kelby Boatbuilders’ Guild"


def test_an_unnamed_exporter_is_no_firm():
    text = ("The Kelby Fruit Exporters’ Forum said in a statement that it would wait. Tarno Citrus (Pty) Ltd grows "
            "fruit.\n\n"
            "An exporter who asked not to be named said buyers had been “very nervous since last season”.\n")
    assert speakers(text)["very nervous since last season"] not in ("Tarno Citrus (Pty) Ltd",
                                                                    "Kelby Fruit Exporters’ Forum")


def test_a_bullets_role_label_is_the_person_the_story_gives_that_role():
    text = ("LIVE: Co-op members vote\n\n"
            "Key events\n"
            "- Members vote yes\n"
            "- Rock lobster fisher: 'We've sold the family silver'\n\n"
            "4.35pm - Reaction\n"
            "Not everyone is happy. Rock lobster fisher Brendan Doe, who voted no, was blunt:\n\n"
            "\"We've sold the family silver. My grandfather built that factory,\" he said.\n")
    assert speakers(text)["We've sold the family silver"] == "Brendan Doe"


def test_he_called_it_she_said_is_his():
    text = ("Jo Tarrant, a mountain guide, has died at 84.\n\n"
            "Ann Tarrant said her father had made his last climb on his 77th birthday. He called it \"a walk with a "
            "view,\" she said.\n")
    assert speakers(text)["a walk with a view,"] == "Jo Tarrant"


def test_a_hyphened_role_before_a_name():
    text = ("Dr Aroha Doe said the lake had changed.\n\n"
            "Jet-boat operator Craig Roe, who is not related to Dr Doe, said his company now cleaned its intakes twice a "
            "week.\n\n"
            "\"It costs us time and it costs us filters,\" he said.\n")
    assert speakers(text)["It costs us time and it costs us filters,"] == "Craig Roe"


def test_a_rejected_suggestions_words_are_no_one_named():
    text = "Dr Aroha Doe spoke to the council. She dismissed suggestions the mucus could be \"sprayed away\".\n"
    assert speakers(text)["sprayed away"] != "Aroha Doe"


def test_not_the_claims_judged_as():
    text = "Jane Roe spoke to the council. She dismissed the claims as \"baseless\".\n"
    assert speakers(text)["baseless"] == "Jane Roe"


def test_a_firm_of_partners_with_a_trade_in_brackets():
    text = ("It was the first strike at the McCaw, Heron & Boyd (Weavers) Ltd mill since 1973.\n\n"
            "In a statement, McCaw, Heron & Boyd said the scheme had a deficit of £4.7 million.\n")
    assert names(text).get("McCaw, Heron & Boyd (Weavers) Ltd") == "organisation"


def test_a_building_and_a_saints_island_are_places():
    text = ("The council met at the Municipal Building on Monday. A broker in Rodney Bay, St Lucia, said boats were "
            "selling.\n")
    kinds = mention_names(text)
    assert kinds["Municipal Building"][1] == "place"
    assert kinds["St Lucia"][1] == "place"
