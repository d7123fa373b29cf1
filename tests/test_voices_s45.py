"""Speakers and names of session 45: a body's description opening a colon's clause ("The association issued a
statement:"), "In a statement, it said:" after a body's description, people named by "Her name was", "who gave her
name only as" and "He was ..., who", a name after a description's relative clause, a common word opening a live
blog's heading, a headline's label ("LIVE:"), a headline's verbless clause ("firm says operations 'normal'"), a
headline's firm described by a word its name holds ("cargo firm"), and a company's legal form after a comma across
"and" ("Kelby Pipe and Foundry, Inc.").

Every passage is written for the test (invented people and bodies, real places only as settings); the expected
speakers and names were checked by reading the passage.  The ``_not_`` tests are near misses each rule must leave
alone.
"""

from __future__ import annotations

import pytest

from .readers import speakers, names, quote_kinds as kinds


BODIES = ("The Kelby Traders Association said it would challenge the decision. The Kelby Workers Union agreed. "
          "The Ministry of Trade was silent.\n\n"
          "Agness Phiri has sold cloth for 40 years. She called the decision \"a sale of our livelihoods\" and said "
          "she would not move.\n\n")
WORDS = "\"Marketeers are not squatters. We pay levies every day.\""


# --- a body's description opening the clause before a colon ----------------------------------------------------------

@pytest.mark.parametrize("intro, body", [
    ("The association issued a statement:", "Kelby Traders Association"),
    ("The association later issued a statement:", "Kelby Traders Association"),
    ("The union issued a statement:", "Kelby Workers Union"),
    ("The ministry released a statement:", "Ministry of Trade"),
])
def test_a_body_described_before_a_colon_speaks_not_the_last_speaker(intro, body):
    assert speakers(BODIES + intro + " " + WORDS)[WORDS.strip('"')] == body


def test_not_a_person_described_before_a_colon():
    # "The woman" is no body: the words stay with the woman spoken of before
    found = speakers(BODIES + "The woman issued a statement: " + WORDS)
    assert found[WORDS.strip('"')] == "Agness Phiri"


def test_in_a_statement_it_said_is_the_body_the_sentence_before_opens_with():
    text = ("Ram Kurmi was the founding secretary of the Kelby Valley Tea Workers and Staff Union, which he helped "
            "set up in 1971. He led a strike for cash wages in 1972.\n\n"
            "He learnt to read at forty. Nobody could cheat him with a paper after that.\n\n"
            "The union declared three days of mourning in the gardens. In a statement, it said: \"He belonged to all "
            "of us. The gardens have lost their voice.\"")
    assert speakers(text)["He belonged to all of us. The gardens have lost their voice."] \
        == "Kelby Valley Tea Workers and Staff Union"


# --- people named after being described ----------------------------------------------------------------------------

LAWYER = ("Advocate Nilufar Chowdhury, a lawyer, called him \"the most patient man I ever argued beside\".\n\n"
          "\"He could sit in a corridor for a whole day,\" she said.\n\n"
          "Among the mourners was a small woman in a faded green sari.\n\n")


def test_her_name_was_names_the_woman_just_described():
    text = LAWYER + ("Her name was Phulmoni Bauri, and she had plucked tea beside him in the 1950s. \"When my husband "
                     "died he brought rice to my door for a month,\" she said.")
    assert speakers(text)["When my husband died he brought rice to my door for a month,"] == "Phulmoni Bauri"


def test_he_was_a_name_and_a_relative_clause_names_the_man_just_described():
    text = ("A buyer from Siliguri, who asked not to be named, said growers were blaming the meter. 'Nobody cut 12 "
            "per cent,' he said.\n\n"
            "Among the growers who walked out was a man in his seventies carrying a basket of capsules.\n\n"
            "He was Kharka Bahadur Rai, who has grown cardamom for 50 years. 'In my father's time we bit a capsule "
            "and we knew,' he said.")
    assert speakers(text)["In my father's time we bit a capsule and we knew,"] == "Kharka Bahadur Rai"


def test_not_he_was_a_name_for_a_part_played():
    # "He was Inspector Jo Doe for nine series": a part, no naming of the man just described (no ", who")
    text = ("Tom Reed, the director, said the show would end. \"It is time,\" he said.\n\n"
            "The actor who played the lead was at the party too.\n\n"
            "He was Inspector Jo Dale for nine series. \"We will miss it,\" he said.")
    assert speakers(text)["We will miss it,"] != "Jo Dale"


def test_who_gave_her_name_only_as_names_the_subject():
    text = ("Agness Phiri spoke first. She called the decision \"a sale\" and said so.\n\n"
            "A trader who sells cloth at the market, who gave her name only as Mrs Mwale, said she had been there "
            "since 1971. \"My children went to school on this stall,\" she said.")
    assert speakers(text)["My children went to school on this stall,"] == "Mwale"


def test_a_name_after_a_descriptions_relative_clause_is_the_speaker():
    text = ("A hydrologist who has studied the Code River for the provincial government, Budi Santoso, warned "
            "that the figures were \"conservative, if anything\".")
    assert speakers(text)["conservative, if anything"] == "Budi Santoso"


def test_not_a_name_after_a_persons_noun_closing_the_clause():
    # the victim is Jo Doe: the neighbour who knew him stays unnamed
    text = "A neighbour who knew the victim, Jo Doe, said the house was \"always quiet\"."
    assert speakers(text)["always quiet"] != "Jo Doe"


# --- a common word opening a live blog's heading is no person ------------------------------------------------------

def test_a_common_word_opening_a_heading_is_no_antecedent():
    text = ("KELBY LIVE\n\n4:30pm – Work halted\nThe site manager for the contractor confirmed that demolitions "
            "had stopped for the day. \"We are not here to fight anybody,\" he said.")
    assert speakers(text)["We are not here to fight anybody,"] != "Work"


# --- headlines -------------------------------------------------------------------------------------------------------

def test_a_live_label_opens_the_storys_own_headline():
    text = ("THE COAST STANDARD\nHome / Counties / Live\n\n"
            "LIVE: Fishermen block bulldozers as marina developer insists 'we have every approval'\n\n"
            "Fishermen have occupied the landing site since dawn.\n\n"
            "Tudor Bay Marina & Properties Ltd said its permits were in order.")
    assert kinds(text)["we have every approval"] == "partial"
    assert speakers(text)["we have every approval"] == "Tudor Bay Marina & Properties Ltd"


def test_not_a_live_label_line_deep_in_the_page():
    lines = "\n\n".join(f"Paragraph {n} tells of the harbour." for n in range(12))
    text = "Harbour talks go on\n\n" + lines + "\n\nLIVE: Mayor says plan is \"dead\"\n"
    assert kinds(text).get("dead") == "term"


def test_a_headlines_verbless_clause_after_says_is_quoted_speech():
    text = ("Port workers strike at Kelby wharf; cargo firm says operations ‘normal’\n\n"
            "KELBY — More than 300 stevedores walked off the job on Monday.\n\n"
            "Kelby Wharf & Cargo Handling Services, Inc. said ships were being loaded.")
    assert kinds(text)["normal"] == "partial"
    assert speakers(text)["normal"] == "Kelby Wharf & Cargo Handling Services, Inc."


def test_not_a_quoted_word_before_a_noun_in_a_headline():
    text = "Union says 'hooning' rife on estate\n\nKELBY — Residents complained on Monday.\n"
    assert kinds(text)["hooning"] == "term"


def test_a_firm_noun_is_no_members_body_holding_its_modifier():
    text = ("Fertiliser maker calls the levy \"a tax on farming\"\n\nKELBY — The levy starts in May.\n\n"
            "The Association of Kelby Fertiliser Producers said members were studying it.")
    assert speakers(text)["a tax on farming"] != "Association of Kelby Fertiliser Producers"


def test_not_an_adjective_before_the_members_noun():
    text = ("Local tenants' association calls rent rise \"a scandal\"\n\nASHBY — Rents rose by a fifth.\n\n"
            "The Local Enterprise Association of Ashby said landlords had \"no choice\".")
    assert speakers(text)["a scandal"] != "Local Enterprise Association of Ashby"


# --- a legal form after a comma closing a name across "and" --------------------------------------------------------

def test_a_comma_legal_form_closes_one_company_across_and():
    text = ("The rate cut for Kelby Valley Pipe and Foundry, Inc., approved in March, lowered the foundry's bill. "
            "Foundry managers declined to comment.")
    found = names(text)
    assert found.get("Kelby Valley Pipe and Foundry, Inc.") == "organisation"
    assert "Foundry, Inc." not in found


@pytest.mark.parametrize("text, first, second", [
    ("Jo Doe and Acme, Inc. agreed on Monday.", "Jo Doe", "Acme, Inc."),
    ("Shares of Kelby Bank and Tarn Holdings, Inc. fell.", "Kelby Bank", "Tarn Holdings, Inc."),
])
def test_not_a_person_or_a_body_before_and(text, first, second):
    found = names(text)
    assert first in found and second in found


# --- a place after "in" is no speaker; a listed town is no short form of a body named for it -------------------------

def test_a_name_after_in_before_said_is_the_place_not_the_speaker():
    found = names("Along the coast, fishermen in Galibi said they had not been consulted about the survey.")
    assert found.get("Galibi") == "place"


def test_not_a_body_after_in_that_speaks_elsewhere():
    # "Kelbcorp" speaks as a subject of its own elsewhere: still a body
    found = names("Workers in Kelbcorp's plant said pay was late. Kelbcorp said it would pay on Friday.")
    assert found.get("Kelbcorp") == "organisation"


def test_a_listed_town_is_no_short_form_of_the_body_named_for_it():
    text = ("THE KELBY MONITOR\nIndependent news from Tripoli and beyond\n\n"
            "Output falls by 270,000 barrels a day; teachers in Tripoli say they are \u201cliving on credit\u201d\n\n"
            "By Nouri Halim\n\nTripoli, 7 December 2016:\n\n"
            "Public sector workers in Tripoli protested over salaries on Tuesday.\n\n"
            "In the capital, several hundred teachers gathered outside the office in Tripoli.\n\n"
            "Hajer Milad, a teacher from Tajoura and a member of the Tripoli Federation of Teachers and Health "
            "Workers, said she had been buying food on credit.")
    found = names(text)
    assert found.get("Tripoli") == "place"
    assert found.get("Tripoli Federation of Teachers and Health Workers") == "organisation"


def test_not_a_town_that_names_a_place_longer():
    # (no body's word in the longer name: "Kelby Parish" is no body, whatever is joined to it)
    text = ("Shrimpers in Kelby say the canal is \u201csilting up\u201d\n\nBy Ann Roe\n\n"
            "Shrimpers in Kelby Parish met on Monday. Boats in Kelby stayed in port, and families in Kelby waited.")
    assert names(text).get("Kelby Parish") in (None, "place")


# --- the first review's near misses (rules above narrowed) ---------------------------------------------------------

def test_not_a_place_and_its_region_after_a_relative_clause():
    text = "MANILA - \"Rents have doubled,\" a shopkeeper who lives in Quezon City, Metro Manila, said."
    assert speakers(text)["Rents have doubled,"] != "Metro Manila"


def test_not_a_labelled_line_in_a_list_of_links():
    text = ("Home | News | Sport\nTop stories\nBREAKING: Flood victims say 'no help came'\nFerry fares to rise\n\n"
            "Port strike enters third day\n\nMOMBASA - Dock workers stayed out on Monday.")
    assert kinds(text)["no help came"] == "term"


@pytest.mark.parametrize("headline, word", [
    ("Council says estate overrun by 'ferals'", "ferals"),
    ("Airline says sorry for 'glitch'", "glitch"),
])
def test_not_a_quoted_noun_after_a_preposition_in_a_headline(headline, word):
    assert kinds(headline + "\n\nPERTH - Residents met on Monday.")[word] == "term"


def test_not_one_of_two_firms_holding_the_headlines_word():
    text = ("Cargo firm says operations ‘normal’\n\nILOILO - Kelby Cargo Ltd suspended all sailings on Monday.\n\n"
            "Rival Tarn Cargo Services said its port operations were running as usual despite the storm.")
    assert speakers(text)["normal"] != "Kelby Cargo Ltd"


# --- round 3 (fitted on news_gold97+98) ----------------------------------------------------------------------------

def test_a_place_after_for_is_no_antecedent_of_she():
    text = ("FRASERBURGH – Morag Buchan was fourteen when she first stood at a filleting table in her grandfather’s "
            "shed. Forty years later she is managing director of Broch Seafoods & Smokehouse Ltd, which processes "
            "haddock.\n\nOn the morning we meet, a lorry bound for Boulogne is backing out of the yard. She watches "
            "it go. ‘Every one of those is a promise,’ she says.")
    assert speakers(text)["Every one of those is a promise,"] == "Morag Buchan"


def test_among_those_was_the_rev_brings_the_speaker_in():
    text = ("The union's regional director, Rosalind Vance, said the strike was being watched. \"It matters,\" she "
            "said.\n\nAmong those at the church Friday was the Rev. Tom Underwood, pastor of Shiloh Road Baptist. He "
            "said the congregation would keep the hall open \"as long as they need a roof.\"")
    assert speakers(text)["as long as they need a roof."] == "Tom Underwood"


def test_the_group_after_a_members_group_is_that_group_not_the_storys_company():
    text = ("Northfell Water plc said the river had risen faster than its models predicted. Northfell Water plc "
            "said crews were on site.\n\n"
            "The Greta and Derwent Flood Action Group, set up after the 2005 floods, says the defences were never "
            "finished.\n\nIts chair, Dawn Fearon, said: \"We have been told the money was coming every year.\n\n"
            "\"Every year the answer was the same: next year.\"\n\n"
            "The group described the flood wall on Penrith Road as \"half a wall\".")
    assert speakers(text)["half a wall"] == "Greta and Derwent Flood Action Group"


def test_not_the_company_after_another_company_named_two_sentences_back():
    text = ("Eng. Nasser Bamatraf, general manager of the Gulf of Aden Power Generation Company, said two turbines "
            "were idle.\n\n\"We are short of diesel,\" Bamatraf said.\n\n"
            "The tankers, chartered by the importer Bab al-Mandab Petroleum Trading Co., have been anchored off Aden "
            "since July. The company said it would not discharge \"a single litre\" until it was paid.")
    assert speakers(text)["a single litre"] != "Gulf of Aden Power Generation Company"


@pytest.mark.parametrize("text, name", [
    ("Dr Daniel Kiprop arap Too, who led the study, said the results were clear.", "Daniel Kiprop arap Too"),
    ("Its secretary, Dr Maeve Mac an Bhaird, said the closure had been a blow.", "Maeve Mac an Bhaird"),
])
def test_a_surname_after_a_particle_or_the_irish_article_is_whole(text, name):
    assert names(text).get(name) == "person"


def test_a_woman_called_maeve_is_she_though_a_him_follows_her_name():
    text = ("The co-operative said he had been a straight dealer.\n\nIts secretary, Dr Maeve Mac an Bhaird, said the "
            "closure of the fishery had been a blow to him.\n\n'He was very sad about it. He understood why it was "
            "happening,' she said.")
    assert speakers(text)["He was very sad about it. He understood why it was happening,"] == "Maeve Mac an Bhaird"


DURKANS = ("Cllr Seamus Durkan, who worked in the smokehouse as a boy, paid tribute to him at the council.\n\n"
           "Cllr Durkan described him as 'a gift to the town'.\n\n"
           "Fr Liam Durkan, parish priest of Ballina and no relation of the councillor, celebrated the funeral Mass."
           "\n\nIn his homily, Fr Durkan said he had 'the patience of a fisherman'.\n\n"
           "'He gave more salmon away than most men ever sold,' the priest told the congregation.")


def test_a_title_tells_two_namesakes_apart():
    found = speakers(DURKANS)
    assert found["a gift to the town"] == "Seamus Durkan"
    assert found["the patience of a fisherman"] == "Liam Durkan"


def test_the_role_a_name_was_given_without_an_article_is_its_holders():
    assert speakers(DURKANS)["He gave more salmon away than most men ever sold,"] == "Liam Durkan"


def test_a_quoted_word_right_after_warns_of_in_a_headline_is_speech():
    text = ("Fertiliser maker warns of 'shortage'\n\nLAHORE - Indus Fertilisers Ltd said gas supply cuts could halve "
            "its urea output.")
    assert kinds(text)["shortage"] == "partial"
    assert speakers(text)["shortage"] == "Indus Fertilisers Ltd"


@pytest.mark.parametrize("text, name", [
    ("NAIROBI - \"The tests were rigged,\" a doctor who worked at the clinic until March, Dr Mercy Achieng, said.",
     "Mercy Achieng"),
    ("PERTH - \"The water is toxic,\" a scientist who works for the Department of Water, Jenny Lai, said.",
     "Jenny Lai"),
])
def test_a_name_after_a_clause_closed_by_a_capitalised_word_that_is_no_place(text, name):
    assert name in (speakers(text)[text.split('"')[1]] or "")


# --- round 4 (fitted on news_gold97+98) ----------------------------------------------------------------------------

def test_a_headlines_present_verb_of_warning_quotes_its_subject():
    text = ("Farmers win relief; dyers' body warns of \"chaos\" in the hosiery town\n\nKELBY - The court ruled on "
            "Monday.\n\nThe Kelby Dyers' and Bleachers' Association said the order would close 400 units.")
    assert kinds(text)["chaos"] == "partial"
    assert speakers(text)["chaos"] == "Kelby Dyers' and Bleachers' Association"


def test_a_headlines_present_verb_with_its_object_quoted():
    text = ("Cocoa farmers protest delayed payments, NCDA blames \"liquidity challenges\"\n\nKUMASI - Farmers marched "
            "on Monday.\n\nThe National Cocoa Development Authority (NCDA) said funds would be released.")
    assert kinds(text)["liquidity challenges"] == "partial"
    assert speakers(text)["liquidity challenges"] == "National Cocoa Development Authority"


def test_a_headlines_name_and_dash_before_the_quotation():
    text = ("THE BIG INTERVIEW: Witness Kaaya — 'We stopped selling cherry and started selling a story'\n\n"
            "Mama Witness Kaaya has chaired the Meru Coffee Union for six years.")
    assert speakers(text)["We stopped selling cherry and started selling a story"] == "Witness Kaaya"


def test_a_reduced_relative_clauses_subject_speaks():
    text = "Farmers are paid at a price the union says is \"almost double\" the auction average."
    assert speakers(text)["almost double"] == "union"


def test_not_a_relative_clause_with_its_own_verb_nor_a_participle():
    found = speakers("\"The plan is unlawful,\" a court the residents petitioned ruled on Friday.")
    assert found["The plan is unlawful,"] != "residents"
    found = speakers("The union leading the walkout accused the owners of \"hiding behind the rand\".")
    assert found["hiding behind the rand"] != "walkout"


@pytest.mark.parametrize("text, name", [
    ("The Tasman and Huon Shellfish & Seaweed Growers Association Inc. welcomed the announcement.",
     "Tasman and Huon Shellfish & Seaweed Growers Association Inc."),
    ("The Malaysian Association of Test, Assembly and Packaging Subcontractors welcomed the plan.",
     "Malaysian Association of Test, Assembly and Packaging Subcontractors"),
    ("The Southern Copra and Oil Mill Workers Union said it would strike.", "Southern Copra and Oil Mill Workers Union"),
])
def test_long_bodies_with_and_ampersand_and_listed_fields_are_whole(text, name):
    assert names(text).get(name) == "organisation"


def test_not_two_places_and_a_hospital():
    assert "Kelby and Tarno Valleys and Kelby Hospital" not in names(
        "Visitors to the Kelby and Tarno Valleys and Kelby Hospital agreed.")


def test_a_possessed_body_in_a_deck_without_an_article():
    text = ("LIVE: Kelby city budget\n\nCouncillors meet behind closed doors; drivers' association calls the fee "
            "\u201ca tax on the poorest wheels in the city\u201d. Follow our live coverage.\n\nBy Staff Correspondent\n\n"
            "Md Lal Mia, president of the Kelby Battery Van and Easy-Bike Drivers' Association, said the cut was "
            "welcome.")
    assert speakers(text)["a tax on the poorest wheels in the city"] \
        == "Kelby Battery Van and Easy-Bike Drivers' Association"


def test_a_statement_calling_is_its_issuers():
    text = ("The Citizens' Forum for a Liveable Kelby has issued a statement calling the budget \u201ca document for "
            "contractors\u201d.")
    assert speakers(text)["a document for contractors"] == "Citizens' Forum for a Liveable Kelby"


@pytest.mark.parametrize("naming", ["He gives his name as Sweety Hossain, 19.",
                                    "His name is Sweety Hossain, and he is 19."])
def test_the_described_man_named_after_his_quotation(naming):
    text = ("A young driver with a bandage on his wrist says he has been on the road since 6am. \u201cIf I do not "
            "drive, we do not eat,\u201d he says.\n\n" + naming + " His mother named him after a film heroine.")
    assert speakers(text)["If I do not drive, we do not eat,"] == "Sweety Hossain"


def test_he_was_a_name_an_appositive_and_who():
    text = ("Tommy Gilboy, the anglers' chairman, said the town had lost its best ambassador. \"He was the best,\" "
            "Mr Gilboy said.\n\nAn American visitor stood at the back of the cathedral. He was Walter P. Brennan III, "
            "a retired banker from Boston, who said he had flown over as soon as he heard. 'I came for the salmon "
            "and I kept coming for him,' he said.")
    assert speakers(text)["I came for the salmon and I kept coming for him,"] in ("Walter P. Brennan",
                                                                                  "Walter P. Brennan III")


# --- the second review's near misses ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text, speaker", [
    ("A fish vendor the reporters met says the new stall fees are \"crippling\".", "reporters"),
    ("A driver the union represents says the shifts are \"inhuman\".", "union"),
])
def test_not_a_reduced_relative_with_its_own_verb(text, speaker):
    assert not (speakers(text)[text.split('"')[1]] or "").startswith(speaker)  # (the vendor or driver, described)


def test_a_person_named_after_a_clause_that_ends_in_a_town():
    text = "A nurse who works in Davao, Lorna Reyes, said the ward had \"run out of oxygen\"."
    assert speakers(text)["run out of oxygen"] == "Lorna Reyes"


def test_a_labelled_headline_with_one_line_break_after_it():
    text = ("BREAKING: Mayor Tom Finnegan: 'I will not resign'\nMayor Tom Finnegan said on Monday he would serve out "
            "his term.")
    assert kinds(text)["I will not resign"] == "full"
    assert speakers(text)["I will not resign"] == "Tom Finnegan"


def test_a_quoted_state_after_in_a_headline_is_speech():
    text = ("Minister says economy in 'recovery'\n\nDHAKA - Finance Minister Rashid Alam told parliament on Monday that "
            "exports had risen.")
    assert kinds(text)["recovery"] == "partial"


def test_not_his_brother_named_after_the_quotation_though_words_follow_the_noun():
    text = ("\"He was only 19,\" said a man holding a picture of his brother outside the Kisumu morgue. His name is "
            "Juma Otieno.")
    assert speakers(text)["He was only 19,"] != "Juma Otieno"


def test_not_one_of_two_rail_firms_though_the_layer_reads_one_as_a_person():
    text = ("Rail operator blames \"wagon crisis\" for freight delays\n\nKelby Rail and Tarno Rail both cancelled "
            "services on Monday. Shippers said more than 300 loads had been delayed this month.")
    assert speakers(text)["wagon crisis"] not in ("Kelby Rail", "Tarno Rail")
