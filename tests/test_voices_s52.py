"""Speakers and names of session 52 (fitted on the story sets news_gold129 and news_gold130, then on a probe
review): a name then its own verbs before "and said", an interview's answer label, a town officer with a middle
initial, a speaker's "our" description, a live blog's summary bullets, common short given names, a body whose name
joins two plural possessives, a judge in a lede, a body's unnamed man, a pronoun's nickname and its translation, a
tribute, the prosecution in a deck, a nickname after an inverted speaker, a kicker's bar before a headline's label,
a describing verb before an inverted report, people at a place or firm after a quantifier, Philippine names after
"Ma.", a super typhoon, a sports oval, a co-operative before its legal form, a small business, a museum, a nickname
with a surname, school principals and county clerks.

Every passage is written for the test (invented people and bodies, real places only as settings); the expected
speakers and names were checked by reading the passage.  The ``_not_`` tests are near misses each rule must leave
alone.
"""

from __future__ import annotations

from analysis import Article, extract_quotes, find_stakeholders

from .readers import names, speakers


# --- who says it ----------------------------------------------------------------------------------------------------

def test_a_name_then_its_own_verbs_before_and_said_is_the_speaker():
    text = ("Dry year on the lentil farms\n\n"
            "Marta Kelbrook farms 4,000 acres with her husband, Walter Kelbrook.\n\n"
            "Walter went out on Sunday, pulled up a plant, looked at the pods and said, \"Well, that is a short "
            "conversation.\" That is about the size of it.\n")
    assert speakers(text)["Well, that is a short conversation."] == "Walter Kelbrook"


def test_an_interview_answer_label_opens_no_clause_before_the_named_relative():
    text = ("Q&A: the pulse grower who would not quit\n\n"
            "Abe Tarnow, a neighbour, said, \"She never gives up.\"\n\n"
            "Q: People said lentils would not work here.\n"
            "A: My father-in-law, Stan Kelbrook, said it to my face in 1985. He said, \"That is a garden crop, "
            "girl.\" He lived long enough to haul them for us.\n")
    assert speakers(text)["That is a garden crop, girl."] == "Stan Kelbrook"


def test_a_speakers_own_description_is_the_he_after_it():
    text = ("Q&A: why the elevator waits\n\n"
            "Walter Kelbrook, her husband, said, \"She plans for rain.\"\n\n"
            "Q: Why stop now?\n"
            "A: The board said we cannot borrow on a crop we have not got. Our credit union manager put it very "
            "plainly. He said, \"I can lend you money or I can lend you hope, but not both.\"\n")
    assert speakers(text)["I can lend you money or I can lend you hope, but not both."] == "credit union manager"


def test_a_summary_bullet_under_the_byline_gives_a_role_to_its_one_holder():
    text = ("LIVE: Ice storm leaves thousands without power\n\n"
            "Freezing rain coated the valley overnight, bringing down trees and lines across the county from "
            "Kelby to Tarnbury. Crews say some customers could be in the dark into the weekend. Refresh for the "
            "latest.\n\n"
            "By Sentinel staff\n\n"
            "What to know\n"
            "• Warming centers open in Kelby\n"
            "• \"Do not touch a downed line,\" fire chief warns\n\n"
            "5:10 p.m. — Fire chief's warning\n"
            "Kelby Fire Chief Marcus J. Tarnley urged residents to stay away from downed wires.\n\n"
            "\"Do not touch a downed line. Treat every wire as live,\" Tarnley said.\n")
    assert speakers(text)["Do not touch a downed line,"] == "Marcus J. Tarnley"


def test_a_body_whose_name_joins_two_plural_possessives_is_the_subject():
    text = ("Cannery deal\n\n"
            "The Lower Kelby Crabbers' and Trawlers' Alliance welcomed the deal but said in a statement that the "
            "fleet wanted \"a real price, not a handshake\" before the opener.\n")
    assert speakers(text)["a real price, not a handshake"] == "Lower Kelby Crabbers' and Trawlers' Alliance"


def test_the_judge_in_a_lede_is_the_one_judge_named_later():
    text = ("Haulier jailed\n\n"
            "A haulier from near Kelby who sold 212 sheep belonging to other farmers has been jailed for 16 months. "
            "The judge said he had betrayed \"the one thing a farming community runs on\".\n\n"
            "By Ffion Tarn, Court Reporter\n\n"
            "Sentencing, His Honour Judge Huw Kelbyn Rees told the haulier that rural crime was too often "
            "treated as \"a lesser kind of theft\".\n")
    assert speakers(text)["the one thing a farming community runs on"] == "Huw Kelbyn Rees"


def test_a_bodys_unnamed_man_is_the_body():
    text = ("Pulse plant\n\n"
            "Acme Grain & Pulse Inc. opened a bid at Gull Lake last year, and their man told our members, "
            "\"Why pay to own a plant when you can sell to ours?\"\n")
    assert speakers(text)["Why pay to own a plant when you can sell to ours?"] == "Acme Grain & Pulse Inc."


def test_not_a_bodys_man_when_another_body_is_named_between():
    text = ("Pulse plant\n\n"
            "Acme Grain Inc. sued Tarnbury Mills Ltd last year, and its spokesman told our members, \"We will "
            "win.\"\n")
    assert speakers(text)["We will win."] != "Acme Grain Inc."


def test_a_tribute_is_the_words_of_the_body_that_gave_it():
    text = ("Tea grower dies\n\n"
            "He was 79.\n\n"
            "Jonathan Kelbo Tarnembe founded the Kelby Smallholder Tea Growers' Association in 1971. It now has "
            "more than 9,000 members.\n\n"
            "In a tribute read at the burial by its chairperson, Mrs Loveness Tarn, the association said he had "
            "\"given the smallholder a voice and a scale\".\n\n"
            "\"We will name our new leaf centre after him,\" the tribute said.\n")
    assert speakers(text)["We will name our new leaf centre after him,"] \
        == "Kelby Smallholder Tea Growers' Association"


def test_the_prosecution_in_a_deck_is_the_prosecutor_who_says_it_later():
    text = ("Cane transporter charged\n\n"
            "The prosecution says his company \"never had a single lorry on the road\". His lawyer says it is a "
            "debt dispute.\n\n"
            "By Clarion Reporter\n\n"
            "Mr Dickson Kelbo, 44, denied 12 counts at the Kelby Law Courts.\n\n"
            "Prosecutor Caleb Tarnala told the court the company \"never had a single lorry on the road\" during "
            "the harvest.\n")
    q = extract_quotes(Article.from_text(text))
    assert q["speaker"].tolist()[:1] == ["Caleb Tarnala"]  # (the deck's row; the story's own row is his too)


def test_a_nickname_after_an_inverted_speaker_does_not_hide_the_cue():
    text = ("Fishers wait\n\n"
            "The co-operative says 140 of its boat owners have received nothing.\n\n"
            "\"We are not asking for charity,\" Marcia Kelbo-Tarn, known along the waterfront as \"Sugar\", said "
            "when the Mail met her.\n")
    assert speakers(text)["We are not asking for charity,"] == "Marcia Kelbo-Tarn"


def test_a_headline_label_after_a_kickers_bar_takes_the_named_person_who_repeats_it():
    text = ("Q&A | Fishers' co-op head: 'We are not asking for charity, we are asking for a receipt'\n\n"
            "Eight months after a spill off Kelby, the president of the town's fisherfolk co-operative says 140 "
            "boat owners are still waiting. Marcia Kelbo-Tarn talks to the Mail.\n\n"
            "By KERRY TARN\n\n"
            "Marcia Kelbo-Tarn is president of the Kelby Fisherfolk Co-operative Society Ltd.\n\n"
            "\"We are not asking for charity, we are asking for a receipt,\" Kelbo-Tarn said.\n")
    got = speakers(text)
    assert got["We are not asking for charity, we are asking for a receipt"] == "Marcia Kelbo-Tarn"


def test_a_describing_verb_before_an_inverted_report_gives_the_describers():
    text = ("Rice mill reopens\n\n"
            "Not all growers are convinced. Some farmers at Kelbyvale have described the price of FJ$0.85 a "
            "kilogram as \"too low to get out of bed for\", the Authority acknowledged.\n")
    assert speakers(text)["too low to get out of bed for"] == "some farmers at Kelbyvale"


def test_some_workers_at_a_firm_are_not_the_firm():
    text = ("Mill dispute\n\n"
            "Some workers at Tarnbridge Sawmills Ltd said the offer was \"too low\".\n")
    assert speakers(text)["too low"] == "some workers at Tarnbridge Sawmills Ltd"


# --- people and organisations ---------------------------------------------------------------------------------------

def test_a_town_officer_with_a_middle_initial_is_a_person():
    text = ("Ice storm\n\n"
            "Town of Kelby Supervisor Karen A. Tarn-Ames asked residents to check on elderly neighbors.\n\n"
            "\"Knock on the door,\" she said.\n")
    assert names(text).get("Karen A. Tarn-Ames") == "person"
    assert speakers(text)["Knock on the door,"] == "Karen A. Tarn-Ames"


def test_a_store_owner_with_a_short_given_name_is_a_person():
    text = ("Stores run low\n\n"
            "Store owner Pete Kelbideau said he had ordered another truckload.\n\n"
            "\"I sold every generator I had,\" he said.\n")
    assert names(text).get("Pete Kelbideau") == "person"
    assert speakers(text)["I sold every generator I had,"] == "Pete Kelbideau"


def test_a_pronouns_nickname_and_its_translation_join_the_person():
    text = ("'Bambo Tiyi' dies at 79\n\n"
            "THYOLO — Jonathan Kelbo Tarnembe, the former estate clerk, has died. He was 79.\n\n"
            "He died on Wednesday after a short illness, his family said.\n\n"
            "Across the district he was known simply as \"Bambo Tiyi\" - Father Tea.\n\n"
            "Born in 1924, he joined an estate as a weighing clerk and watched, he liked to say, as "
            "\"other people's scales\" decided what a village was paid.\n")
    got = names(text)
    assert "Tea" not in got and "Bambo Tiyi" not in got
    assert speakers(text)["other people's scales"] == "Jonathan Kelbo Tarnembe"


def test_a_nickname_known_to_people_in_two_towns_joins_the_person():
    text = ("Haulier charged\n\n"
            "Mr Dickson Kelbo Tarnsimi, 44, known to farmers in Kabuchai and Webuye as \"Mkubwa\", denied 12 "
            "counts.\n")
    got = find_stakeholders(Article.from_text(text))
    assert got[got["name"] == "Dickson Kelbo Tarnsimi"]["aliases"].tolist() == [["Mkubwa"]]


def test_a_given_name_alone_joins_the_one_person_and_his_nickname():
    text = ("Sheep thief jailed\n\n"
            "Gareth Wyn Kelbyn, 44, admitted eight charges. He was known across the Tywi valley as \"Gareth "
            "Lorri\" after the green lorry he drove.\n\n"
            "\"Gareth was the man you'd ring at six in the morning,\" a neighbour said.\n")
    got = names(text)
    assert "Gareth" not in got and "Gareth Lorri" not in got and got.get("Gareth Wyn Kelbyn") == "person"


def test_ma_before_a_philippine_given_name_opens_one_name():
    text = ("Crabs return\n\n"
            "His co-author, Dr. Ma. Concepcion Tiu-Kelby, said the team had found crab larvae.\n")
    got = names(text)
    assert "Ma" not in got and got.get("Ma. Concepcion Tiu-Kelby") == "person"


def test_a_super_typhoon_and_a_sports_oval_are_no_people():
    text = ("Crabs and football\n\n"
            "Nine months after Supertyphoon Kelda stripped the coast, crabs are returning. The storm killed "
            "dozens.\n\n"
            "A coach stood at the edge of the Kelby Town Oval on Wednesday.\n")
    got = names(text)
    assert got.get("Supertyphoon Kelda") is None and got.get("Kelby Town Oval") != "person"


def test_a_co_operative_named_before_its_legal_form_is_its_short_name():
    text = ("Mill deal\n\n"
            "The mill will reopen in June. The authority signed a deal with the Kelby and Tarn Rice Growers "
            "Cooperative Limited on Monday.\n\n"
            "The Cooperative's secretary, Adi Litia Tarnua, said training would start in July.\n")
    got = names(text)
    assert "Cooperative" not in got and got.get("Kelby and Tarn Rice Growers Cooperative Limited") == "organisation"


# --- from the probe review of round 1 -------------------------------------------------------------------------------

def test_not_our_reporter_when_the_one_asked_is_the_he():
    text = ("Depot delay\n\n"
            "Transport Minister Tom Kelbyhale visited the depot on Friday. He toured the yard.\n\n"
            "Our reporter asked the minister about the delay. He said, \"The contractor has let us down.\"\n")
    assert speakers(text)["The contractor has let us down."] == "Tom Kelbyhale"


def test_a_small_business_named_by_its_owners_possessive_is_no_person():
    text = ("Kelby diners\n\n"
            "Joe's Diner said rising rents forced the closure. The owner was sad.\n")
    assert names(text).get("Joe's Diner") == "organisation"


def test_a_museum_named_for_a_person_is_a_body():
    text = ("Museum visits\n\n"
            "The Maria Kelbyn Museum said 10,000 people had visited. It was a record.\n")
    assert names(text).get("Maria Kelbyn Museum") == "organisation"


def test_a_headline_label_with_a_noun_in_s_after_a_kickers_bar():
    text = ("Interview | Mill boss: 'We will not close the plant this year'\n\n"
            "The owner of the town's last sawmill says the order book is thin. Ruth Kelbafor talks to the Post.\n\n"
            "By JO TARN\n\n"
            "Ruth Kelbafor is managing director of Kelby Sawmills Ltd.\n\n"
            "\"We will not close the plant this year,\" Kelbafor said.\n")
    q = extract_quotes(Article.from_text(text))
    assert q["speaker"].tolist() == ["Ruth Kelbafor", "Ruth Kelbafor"]


def test_many_residents_of_a_town_are_not_the_town():
    text = ("Road plan\n\n"
            "The council backed the plan on Monday. Many residents of Kelby say the road is \"a death trap\".\n")
    assert speakers(text)["a death trap"] == "many residents of Kelby"


def test_not_a_body_named_with_of_after_a_plural():
    text = ("Road plan\n\n"
            "The council backed the plan on Monday. Friends of the Kelby Hills said the road is \"a death trap\".\n")
    assert speakers(text)["a death trap"] == "Friends of the Kelby Hills"


def test_a_nickname_and_the_surname_are_the_person_named_in_full():
    text = ("Boatbuilder retires\n\n"
            "Edward Tregarthen, known as \"Ned\", has built wooden boats at Mevagissey for 50 years. He retires "
            "this month.\n\n"
            "\"I never built the same boat twice,\" Ned Tregarthen said.\n")
    assert speakers(text)["I never built the same boat twice,"] == "Edward Tregarthen"
    assert "Ned Tregarthen" not in names(text)


def test_a_county_clerk_and_a_school_principal_before_a_name():
    text = ("Count and classes\n\n"
            "County Clerk Mary T. Kelbyen said the count was done. Principal Ma. Luisa Tarnos said 40 classrooms "
            "had been rebuilt.\n")
    got = names(text)
    assert got.get("Mary T. Kelbyen") == "person" and got.get("Ma. Luisa Tarnos") == "person"


# --- round 3, fitted on news_gold131 and news_gold132 ---------------------------------------------------------------

def test_an_unnamed_picker_from_a_town_with_a_macron_is_the_he_after_him():
    text = ("Cockle beds shrinking\n\n"
            "The council met on Monday. Dr Mereana Kelby-Tane led the study, and Piripi Tarnui chairs the trust.\n\n"
            "A commercial pipi picker from Ōpōtiki, who did not want to be named, said a rāhui would \"hurt a few "
            "families\".\n\n"
            "\"I am not against it,\" he said.\n")
    got = speakers(text)
    assert got["hurt a few families"] == "commercial pipi picker from Ōpōtiki"
    assert got["I am not against it,"] == "commercial pipi picker from Ōpōtiki"


def test_an_unnamed_trader_who_described_it_before_an_inverted_report():
    text = ("Centre opens\n\n"
            "The Authority opened the centre on Monday. It cost a lot.\n\n"
            "A trader in Lethem, who did not wish to be named, described the centre as \"competition with a "
            "government roof\", the Authority noted.\n")
    assert speakers(text)["competition with a government roof"] == "trader in Lethem"


def test_a_branch_named_after_a_possessive_is_no_one_and_ms_tells_her_sex():
    text = ("Brass orders\n\n"
            "Exports fell in March. Ms Anjali Kelbarma runs a firm.\n\n"
            "A senior manager at a public-sector bank's Civil Lines branch, who did not want to be named, said "
            "several exporters had asked for more credit. \"They took credit in rupees,\" he said.\n")
    assert speakers(text)["They took credit in rupees,"] \
        == "senior manager at a public-sector bank's Civil Lines branch"


def test_a_doctor_called_by_her_family_name_beside_a_namesake():
    text = ("Heat Q&A\n\n"
            "Dr Gwendolyn Tarn Hui Min measures heat in Toa Payoh. She has done so for years.\n\n"
            "Another resident, Mr Tarn Ah Teck, who is no relation, said the shade helped.\n\n"
            "Dr Tarn has the last word. \"Heat is a design problem,\" she says.\n")
    assert speakers(text)["Heat is a design problem,"] == "Gwendolyn Tarn Hui Min"


def test_an_office_after_a_name_is_no_one_the_he_could_be():
    text = ("Sawmill deal\n\n"
            "The mill will expand. Lise Kelbyr, a woodlot owner, welcomed it.\n\n"
            "Rémi Kelbyr, Chief Financial Officer of Upper Tarn Sawmill, said the investment would be financed by a "
            "term loan. \"The kiln pays for itself in six years,\" he said.\n")
    assert speakers(text)["The kiln pays for itself in six years,"] == "Rémi Kelbyr"


def test_a_malaysian_estates_body_with_a_title_word_and_a_hotel_before_its_road():
    text = ("Rubbish and water\n\n"
            "The council met on Monday. The Taman Sri Intan Residents' and Ratepayers' Association said it opposed "
            "the deal. Mrs Florence Kelbiror, who runs Tarn Pearl Hotel Ltd on Gweri Road, praised the mayor.\n")
    got = names(text)
    assert got.get("Taman Sri Intan Residents' and Ratepayers' Association") == "organisation"
    assert got.get("Tarn Pearl Hotel Ltd") == "organisation"
