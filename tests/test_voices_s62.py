"""Speakers and names of session 62, fitted on the story sets news_gold157 and news_gold158: a name and "as" before
another quotation is the one praised, not a speaker; a deck's "Their manager says" and "its director promises" named
in the body; a deck's "A neighborhood group called ..." echoed by the group's own document; "Its written objection";
an advert's words; "in the company's words"; "a quietly spoken farmer called Jo Doe"; a body's name with "of" before
a role and a name; a live blog's "Relief group:" heading; the "I" of a letters page without salutations; a compass
word opening a members' body though the story writes it in lower case; towns in a masthead line with "| Founded
1884" or tildes; one-word villages said only after prepositions of place.

Every passage is written for the test (invented people and bodies, real places only as settings); the expected
speakers and names were checked by reading the passage.  The ``_not_`` tests are near misses each rule must leave
alone.
"""

from __future__ import annotations

from .readers import names, quote_kinds, speakers
from .readers import second_paragraph as _second
from .readers import town_story as _story


# --- speakers -------------------------------------------------------------------------------------------------------

def test_a_name_and_as_before_the_next_quotation_is_the_one_praised():
    said = speakers(_second("Jo Doe, who called the plan “a mess from start to finish”, praised Roe as “the best "
                            "mayor in years”."))
    assert said["a mess from start to finish"] == "Jo Doe"
    assert said["the best mayor in years"] == "Jo Doe"


def test_an_inverted_speaker_before_a_clause_of_time_with_as():
    said = speakers(_second("“We must leave the valley tonight,” warned Jo Doe as the storm came in."))
    assert said["We must leave the valley tonight,"] == "Jo Doe"


_FINAL = ("Rovers win the county final\n\nRovers hold on by a point after a second half of nerves. Their manager says "
          "the winning score was “the ugliest point ever struck in Kelby Park”.\n\nBy Ann Roe\n\nKELBY - Colligan "
          "Rovers won the county final on Sunday.\n\n“We were awful for forty minutes,” said Rovers manager John "
          "Hickey.\n\nGlenbeg manager Nicky Cunningham blamed the wind.\n\nHickey, who called the winning point “the "
          "ugliest point ever struck in Kelby Park”, praised Mac Craith as “the best hurler on the field”.\n")


def test_a_deck_s_possessive_description_takes_the_named_holder_who_repeats_its_words():
    assert speakers(_FINAL)["the ugliest point ever struck in Kelby Park"] == "John Hickey"


_CENTRE = ("Childcare centre opens in old bank\n\nA parent-owned co-operative has turned a disused bank into a "
           "childcare centre; its director promises “no more dawn drives to the city”.\n\nPosted 14 March 2024 | "
           "Source: Kelby Kids Co-operative Ltd\n\nKELBY - The centre opens on Monday with 40 places.\n\n“For "
           "years, parents here have had two choices,” said Kylie Brennan, director of Nine Mile Early Learning "
           "Centre. “From Monday, there is a third.”\n\nCo-operative chair Dr Anne Voss said the town had raised the "
           "money itself. “We held the first meeting in the shed,” Dr Voss said.\n\nParents queued to enrol.\n")


def test_a_deck_s_definite_description_takes_the_one_named_holder_of_its_role():
    assert speakers(_CENTRE)["no more dawn drives to the city"] == "Kylie Brennan"


def test_not_a_deck_s_description_held_at_another_body():
    text = _CENTRE.replace("director of Nine Mile Early Learning Centre", "director of planning at Kelby Council")
    assert speakers(text)["no more dawn drives to the city"] != "Kylie Brennan"


def test_not_a_deck_s_description_when_two_named_people_hold_the_role():
    text = _CENTRE.replace("Parents queued to enrol.",
                           "“We are full already,” said Mary Walsh, director of the Kelby Childcare Centre.")
    assert speakers(text)["no more dawn drives to the city"] not in ("Kylie Brennan", "Mary Walsh")


_HEARING = ("Board denies co-op's variance, 3-2\n\nA neighborhood group called the project \"a skyscraper in our "
            "back yards.\"\n\nBy Ann Roe\n\nKELBY - A zoning board voted 3-2 on Tuesday to deny the co-op a height "
            "variance.\n\nKelby Board of Adjustment chairman Arnold Wieser opened the hearing by saying the board's "
            "job was \"not to decide whether farmers need a bigger elevator\" but whether the co-op had shown "
            "hardship.\n\nNeighbors speak\n\nNorth Side Neighbors for Safe Streets and Clean Air, formed in April, "
            "handed in a petition. Its written objection called the project \"a skyscraper in our back yards.\"\n\n"
            "Dale Kvalvog, who farms north of Mooreton, voted for the co-op.\n")


def test_a_body_s_name_with_of_before_a_role_and_a_name_is_no_speaker():
    assert speakers(_HEARING)["not to decide whether farmers need a bigger elevator"] == "Arnold Wieser"


def test_a_written_objection_is_its_body_s_document_and_the_deck_echoes_it():
    said = speakers(_HEARING)
    assert said["a skyscraper in our back yards."] == "North Side Neighbors for Safe Streets and Clean Air"
    assert names(_HEARING).get("North Side Neighbors for Safe Streets and Clean Air") == "organisation"


def test_an_advert_speaks_for_the_body_that_owns_it():
    said = speakers(_second("The Kelby Health Trust hired a doctor in May. The trust's advert called the post "
                            "\"the best view from any consulting room in the land\"."))
    assert said["the best view from any consulting room in the land"] == "Kelby Health Trust"


def test_in_the_company_s_words_gives_the_company():
    said = speakers(_second("Kelby Coaches Ltd is to withdraw the bus because, in the company’s words, it is “not "
                            "commercially viable”, and I rang the depot."))
    assert said["not commercially viable"] == "Kelby Coaches Ltd"
    said = speakers(_second("The bus is to go because, in the words of Kelby Coaches Ltd, it is “not commercially "
                            "viable”."))
    assert said["not commercially viable"] == "Kelby Coaches Ltd"


def test_not_in_other_words():
    kinds = quote_kinds(_second("The bus is to go. In other words, the town is “on its own” now."))
    assert kinds["on its own"] == "term"


def test_a_description_calling_its_person_by_name():
    said = speakers(_second("The team leader, a quietly spoken farmer called Tom Raine, told my husband he was "
                            "“the fourth daft lad this winter” and carried him down."))
    assert said["the fourth daft lad this winter"] == "Tom Raine"


def test_not_a_relative_clause_that_calls_someone():
    said = speakers(_second("The caller, a woman who called Tom Raine at home, said the road was “a river of mud”."))
    assert said["a river of mud"] != "Tom Raine"


_BLOG = ("Flood live: river rises in Kelby\n\nBy Ann Roe\n\n8:55 pm - Officer: move now\n\nThe district officer, "
         "Keshav Adhikari, has told residents to leave. \"The river will not wait for us,\" Mr Adhikari said.\n\n"
         "8:10 pm - Relief group: 'Boats, yes. Fuel, no.'\n\nThe Kelby Valley Relief & Rescue Volunteers, a group "
         "of about 300 young people, says it has 14 boats but fuel for seven.\n\nThe airline, Kelby Air Pvt. Ltd, "
         "has cancelled all flights.\n\n7:10 pm - Airport closed\n\nThe airport is shut.\n")


def test_a_live_blog_heading_s_body_by_its_first_word():
    assert speakers(_BLOG)["Boats, yes. Fuel, no."] == "Kelby Valley Relief & Rescue Volunteers"


_LETTERS = ("THE KELBY DAILY\n\nOpinion / Letters\n\nLETTERS TO THE EDITOR\n\nCoffee buyers must explain the "
            "price\n\nLAST Tuesday I carried eight bags of coffee to the buying point of Kelby Coffee Co. Ltd. The "
            "manager, Mr Ronald Pike, told me the company was losing money.\n\nThomas Siune\nKerowil\n\nThe company "
            "replies\n\nI REFER to Mr Siune's letter. What I said to Mr Siune, and what I say to every grower, is "
            "this: \"Dry your beans properly and we will pay the top grade.\"\n\nRonald Pike\nGeneral Manager, "
            "Kelby Coffee Co. Ltd\n\nThank you, nurses\n\nON the night of August 28 my wife fell ill.\n\n"
            "Peter Kuman\nGembogl\n")


def test_the_i_of_a_letters_page_is_the_letter_s_signer():
    assert speakers(_LETTERS)["Dry your beans properly and we will pay the top grade."] == "Ronald Pike"


# --- names ----------------------------------------------------------------------------------------------------------

def test_towns_in_a_masthead_line_with_a_founding_note():
    text = ("THE EDEN VALE TIMES\nKirkby Stephen · Appleby · Brough · Tebay | Founded 1884\n\nHome › Letters\n\n"
            "Bus cut\n\nSir, – The company is to withdraw the 11.40 from Soulby to Appleby. I rang the depot.\n\n"
            "Jim Hodgson, Soulby\n")
    got = names(text)
    assert got.get("Appleby") in (None, "place") and got.get("Soulby") in (None, "place")
    assert "Appleby" in got or "Soulby" in got  # (read, as places)


def test_towns_in_a_masthead_line_set_apart_by_tildes():
    text = ("THE WAIMARINO ECHO\nRaetihi ~ Ohakune ~ National Park ~ Horopito | Serving the Waimarino since 1921\n\n"
            "Q&A: the new doctor\n\nBy Ann Roe\n\nRaetihi has had no doctor since 2003. Why Raetihi? \"It is a good "
            "town,\" said Dr Jo Hale.\n")
    assert names(text).get("Raetihi") in (None, "place")


def test_a_one_word_village_said_only_after_prepositions_of_place():
    text = _story("Parents have had two choices: give up work, or drive their babies to Wagga before dawn, said "
                  "Kylie Brennan. A farmer at Mapholaneng lost 84 sheep; two herders from Mapholaneng were charged.")
    got = names(text)
    assert got.get("Wagga") in (None, "place") and got.get("Mapholaneng") in (None, "place")


def test_not_a_one_word_firm_that_speaks():
    text = _story("The growers took a loan from Kelbco in March. Kelbco said the rate was fair.")
    assert names(text).get("Kelbco") == "organisation"


_SALE = ("The sale opened at ten.\n\n‘A foal that makes 300 guineas has cost its breeder 500 to produce,’ said Ieuan "
         "ap Rhys, secretary of the club.\n\nOne dealer from the Midlands, who did not want his name used, was "
         "blunter about why he makes the trip. ‘I buy here because they’re cheaper than at home. That’s the whole "
         "secret,’ he said. He called the best of the colts ‘the bargain of the year, if you’ve got the grass’.")


def test_a_blunter_dealer_who_would_not_be_named_is_the_he_who_speaks():
    said = speakers(_story(_SALE))
    assert said["I buy here because they’re cheaper than at home. That’s the whole secret,"] != "Ieuan ap Rhys"
    assert said["the bargain of the year, if you’ve got the grass"] != "Ieuan ap Rhys"


def test_not_a_victim_described_before_a_speaker_s_he():
    said = speakers(_story("“We are glad,” said Matiu Rangiahua, the trust chairman.\n\nA cyclist was killed on the "
                           "road last year. “It has to be fixed,” he said."))
    assert said["It has to be fixed,"] == "Matiu Rangiahua"


_BOARD = ("“We are glad,” said Tanya Roe, the board chair.\n\nThe only person who did not sit down was a small woman "
          "in a purple hat.\n\n“We raised three generations in this school,” she said when the vote was "
          "announced.\n\n{told}")


def test_she_is_told_in_the_next_paragraph():
    said = speakers(_story(_BOARD.format(told="She is Miss Icilda Brown, 71, a retired cook at the school.")))
    assert said["We raised three generations in this school,"] == "Icilda Brown"


def test_not_a_she_told_as_someone_s_kin():
    said = speakers(_story(_BOARD.format(told="She is Tanya Roe's aunt, and she cooked at the school.")))
    assert said["We raised three generations in this school,"] != "Icilda Brown"


def test_a_notice_in_a_window_speaks_for_its_body():
    said = speakers(_second("The Kelby Markets Trust wants the market moved. The trust’s own notice in the library "
                            "window calls the move “a fresh start for Monday trading”."))
    assert said["a fresh start for Monday trading"] == "Kelby Markets Trust"


def test_my_husband_is_the_husband_named_before():
    text = _second("On Sunday my husband, Rakesh Mistry, slipped on ice near the summit and broke his ankle.\n\n"
                   "My husband, who will not thank me for writing this, said in the ambulance: “I have never been so "
                   "glad to be called daft.”")
    assert speakers(text)["I have never been so glad to be called daft."] == "Rakesh Mistry"


def test_a_long_description_with_its_participle_puts_it():
    said = speakers(_second("Mr Joe Kaupa said: “We are waiting for the money from the capital.”\n\nAn old mother "
                            "selling kaukau next to me put it better than I can: \"I pay fifty toea to sit in the "
                            "mud.\""))
    assert said["I pay fifty toea to sit in the mud."] not in ("Joe Kaupa", None)


_ORDER = ("Kelby floods: wards told to leave\n\nBy Ann Roe\n\nKey updates\n- Eleven wards ordered to evacuate; {abbr} "
          "says the order is \"not optional\"\n- All flights cancelled\n\n8:55 pm - Move now\n\nThe Chief District "
          "Officer of Kelby, Keshav Adhikari, has told residents of the wards to leave.\n\n\"The river will not wait "
          "for us,\" Mr Adhikari said.\n\n8:10 pm - Airport closed\n\nThe airport is shut.\n")


def test_a_role_s_initials_stand_for_the_one_named_in_that_role():
    assert speakers(_ORDER.format(abbr="CDO"))["not optional"] == "Keshav Adhikari"


def test_not_initials_that_spell_no_role_of_the_story():
    assert speakers(_ORDER.format(abbr="KDA"))["not optional"] != "Keshav Adhikari"


def test_a_law_firm_s_dotted_partnership_after_a_comma():
    got = names(_second("Jo Doe, an attorney with Doe, Roe & Poe, L.L.P., told the board it was fine."))
    assert got.get("Doe, Roe & Poe, L.L.P.") == "organisation" and "L.L.P." not in got


def test_not_a_privy_counsellor_s_letters():
    got = names(_second("The Hon. Jo Doe, P.C., told the committee the bill was flawed."))
    assert got.get("Jo Doe") == "person"


def test_an_answer_s_name_label_is_the_one_who_says_i():
    text = ("Coffee grower on thirty harvests\n\nBy Ann Roe | Pakse\n\nPAKSE: The harvest began this month.\n\nWe "
            "spoke to Mrs Khamphone Sengdara, 52, who leads a women's coffee group.\n\nLWR: Is it hard to find "
            "pickers?\n\nKhamphone: Very. My nephew's friend, Noy Phommachanh, picked for us and told me, \"Auntie, "
            "in Thailand I get this money in two days.\" What can I say? I said, \"Then go, and come back for the "
            "wedding.\"\n\nLWR: And next year?\n\nKhamphone: More trees.\n")
    said = speakers(text)
    assert said["Auntie, in Thailand I get this money in two days."] == "Noy Phommachanh"
    assert said["Then go, and come back for the wedding."] == "Khamphone Sengdara"


def test_a_feast_inside_a_body_s_name():
    got = names(_second("The Kelby Christmas Lights Committee thanked the town. Last Christmas Kelby Council said "
                        "it would help."))
    assert got.get("Kelby Christmas Lights Committee") == "organisation"
    assert got.get("Kelby Council") == "organisation"


def test_not_a_village_a_firm_one_deals_with():
    got = names(_story("Jo Doe took a job at Kelbco in 2009. The growers took loans from Tarnbank at 9%."))
    assert got.get("Kelbco") != "place" and got.get("Tarnbank") != "place"


# --- near misses from the session's review read (each right on the starting code) ------------------------------------

def test_not_a_calling_verb_before_a_name_after_a_quotation():
    said = speakers(_second("The council’s budget was “a betrayal of every family in Kelby”, slammed Jo Doe."))
    assert said["a betrayal of every family in Kelby"] == "Jo Doe"
    said = speakers(_second("The result was “the best day in the club’s history”, hailed chairman Jo Doe."))
    assert said["the best day in the club’s history"] == "Jo Doe"


def test_not_a_verb_between_a_body_s_of_and_a_name():
    said = speakers(_second("The Mayor of Kelby gave pensioner Jo Doe a medal on Monday, calling her “the heart of "
                            "the town”."))
    assert said["the heart of the town"] != "Jo Doe"


def test_not_a_place_called_inside_a_description():
    said = speakers(_second("The victim, a woman from a town called Kelby Bridge, said the attack was "
                            "“terrifying and senseless”."))
    assert said["terrifying and senseless"] != "Kelby Bridge"


def test_not_a_victim_asked_about():
    said = speakers(_story("Jo Doe, the trust chairman, spoke first.\n\nA cyclist was killed on the road last year. "
                           "When I asked him about it, he said: “It has to be fixed.”"))
    assert said["It has to be fixed."] == "Jo Doe"


def test_not_a_comparative_of_age_as_a_voice():
    said = speakers(_story("“We are glad,” said Matiu Rangiahua, the trust chairman.\n\nA cyclist, who was younger "
                           "than his own son, died there last year. “It has to be fixed,” he said."))
    assert said["It has to be fixed,"] == "Matiu Rangiahua"


def test_not_another_woman_s_husband_for_my_husband():
    said = speakers(_second("Mrs Roe’s husband, Tom Roe, runs the shop.\n\nMy husband, who farms at Tarn, said: “The "
                            "road is a death trap.”"))
    assert said["The road is a death trap."] != "Tom Roe"


def test_not_a_dateline_in_capitals_as_an_answer_s_label():
    text = ("Flood talks\n\nBy Ann Roe\n\nWASHINGTON: I was told on Monday that “the money is coming,” I said to the "
            "senator.\n\nEllie Washington, a senator, said the bill was “urgent”.\n")
    assert speakers(text)["the money is coming,"] != "Ellie Washington"


def test_not_a_menu_s_letters_nor_a_possessive_subhead():
    text = ("Home | News | Sport | Opinion | Letters\n\nWhy I stood down\n\nBy Ann Roe\n\nKELBY - I stood down from "
            "the council on Monday. “It is time,” I told the chairman.\n\nJo Doe's reply\n\nThe chairman, Jo Doe, said "
            "he was sorry to see me go.\n\nThe by-election is in May.\n")
    assert speakers(text)["It is time,"] != "Jo Doe"


def test_not_a_title_once_held_told_in_the_next_paragraph():
    said = speakers(_story("Ann Roe opened the fete.\n\n“I loved every minute,” she said.\n\nShe was Miss Kelby in "
                           "1998 and still has the sash."))
    assert said["I loved every minute,"] == "Ann Roe"


def test_not_another_body_in_the_company_s_words():
    said = speakers(_second("Kelby Council wants the route kept. The bus is to go because, in the company’s words, it "
                            "is “not commercially viable”."))
    assert said["not commercially viable"] != "Kelby Council"
    said = speakers(_second("In the children’s words, the new playground is “the best in the world”, said Jo Doe, the "
                            "head teacher."))
    assert said["the best in the world"] == "Jo Doe"


def test_not_a_village_a_firm_sends_to_or_from():
    got = names(_second("The school received 40 laptops from Kelbco on Monday. Comment has been sought from Tarnrail. "
                        "The dairy supplies milk to Kelmart. Talks between Ashco and Tarnco broke down on Friday. "
                        "Speaking to Kelbpost, Jo Doe said the mill would close."))
    assert not [n for n in ("Kelbco", "Tarnrail", "Kelmart", "Ashco", "Tarnco", "Kelbpost") if got.get(n) == "place"]


def test_not_a_feast_after_a_word_of_time():
    got = names(_second("Last Christmas Food Bank volunteers in Kelby handed out 300 parcels."))
    assert "Christmas Food Bank" not in got


def test_not_a_description_after_a_calling_verb_that_speaks():
    said = speakers(_second("The council’s budget was “a betrayal of every family in Kelby”, slammed the opposition "
                            "leader."))
    assert said["a betrayal of every family in Kelby"] == "opposition leader"


def test_not_a_subhead_with_a_verb_as_a_signature():
    text = ("THE KELBY TIMES\n\nLetters\n\nWhy I stood down\n\nBy Ann Roe\n\nKELBY - I stood down from the council "
            "on Monday. “It is time,” I told the chairman.\n\nJo Doe responds\n\nThe chairman, Jo Doe, said he was "
            "sorry to see me go.\n\nThe by-election is in May.\n")
    assert speakers(text)["It is time,"] != "Jo Doe"


def test_not_a_shop_one_buys_at():
    got = names(_second("The family bought a fridge at Kelbmart on Saturday. A strike at Tarnco is planned."))
    assert got.get("Kelbmart") != "place" and got.get("Tarnco") != "place"


def test_not_a_person_of_another_role_in_the_minister_s_words():
    said = speakers(_second("Jo Doe, a farmer, met the minister on Monday. In the minister’s words, the plan is “dead "
                            "in the water”."))
    assert said["dead in the water"] != "Jo Doe"
