"""Speakers and names of session 46: page furniture ("Home » News", "Picture by Jo Doe:", "Staff writer Jo Doe can be
reached at"), "Ma." in a byline, "Er." before a name, a noun before a trade ("Lung doctor"), one-word villages and
islands placed by the people and works there, a pier, a place after "in the", a lede's first word in capitals, a
firm's statement by its possessor ("The sugar company's statement"), the holding company, "Friends of ... and the
... Estuary", a body that "sent this statement:", a source who would not be named before a colon, a name after a
description's relative clause and a trade, "which" after a body's appositive, "dismissed claims that ... as", a
newcomer's "his" kept from an earlier name, a headline's "as" clause after a plural, a nickname after "Mrs. Doe", a
predicate after "was still", and a speech verb inside a speaker's mention.

Every passage is written for the test (invented people and bodies, real places only as settings); the expected
speakers and names were checked by reading the passage.  The ``_not_`` tests are near misses each rule must leave
alone.
"""

from __future__ import annotations

import pytest

from .readers import speakers, names, quote_kinds as kinds


def story(*paragraphs: str, headline: str = "Growers vote on mill offer") -> str:
    return headline + "\n\nBy Jo Writer\n\nKELBY -- Growers met on Monday to hear the offer.\n\n" \
        + "\n\n".join(paragraphs) + "\n\nThe vote is next month.\n"


# --- page furniture -------------------------------------------------------------------------------------------------

def test_a_breadcrumb_with_guillemets_names_no_body():
    text = "Home » News » County » Tarnmore & Kelbeg\n\n" + story("Ana Doe, a grower, said the offer was low.")
    assert "Tarnmore & Kelbeg" not in names(text) and "Tarnmore" not in names(text)


def test_ma_in_a_byline_opens_the_writers_name_no_person_ma():
    text = ("Weaver dies at 88\n\nBy Ma. Theresa Kelbo-Tarn, Tarno Bureau\n\nTAGBILARAN CITY -- Weavers mourned on "
            "Monday. Mayor Ma. Luisa Roe said the town had lost its best teacher.\n\nThe wake is on Friday.\n")
    got = names(text)
    assert "Ma" not in got and got.get("Ma. Luisa Roe") == "person"


def test_a_pictures_credit_before_a_colon_and_a_writers_contact_line_are_no_people():
    text = story("Ana Doe, a grower, said the offer was low.",
                 "Picture by K. Tarnaraja: Ana Doe at the mill gate.",
                 "Staff writer Dewlin Kesterby can be reached at 555-0144.")
    got = names(text)
    assert "K. Tarnaraja" not in got and "Dewlin Kesterby" not in got and got.get("Ana Doe") == "person"


# --- names ----------------------------------------------------------------------------------------------------------

def test_a_noun_before_a_trade_opening_a_sentence_is_no_body():
    text = story("Lung doctor Amara Kelbo-Tarn, who works at the Tarn Valley Lung & Sleep Clinic, said dust was the "
                 "worry.", "Dairy farmer Jo Kelby said the offer was fair.")
    got = names(text)
    assert "Lung" not in got and "Dairy" not in got
    assert got.get("Tarn Valley Lung & Sleep Clinic") == "organisation" and got.get("Amara Kelbo-Tarn") == "person"


def test_not_a_firm_before_a_trade_that_the_story_writes_alone():
    text = story("Zoetis vet Ann Roe said the herd was healthy.", "A spokesman for Zoetis said the drug was safe.")
    assert names(text).get("Zoetis") == "organisation"


def test_a_pier_is_a_place_though_its_first_word_is_a_given_name():
    text = story("The spat is raised in tanks at Tyrone Pier.", "\"It is slow work,\" said Mairtin Flaherty, who "
                 "runs the tanks at Tyrone Pier.")
    assert names(text).get("Tyrone Pier") == "place"


@pytest.mark.parametrize("sentence, place", [
    ("The company has estates at Mwelya, Kange and Pongwe.", "Mwelya"),
    ("The company has estates at Mwelya, Kange and Pongwe.", "Kange"),
    ("Most of the fishermen on Tarnaki lost their boats.", "Tarnaki"),
    ("Families at Kolbondo were moved to the school.", "Kolbondo"),
])
def test_a_one_word_name_after_the_people_or_works_there_is_a_place(sentence, place):
    got = names(story(sentence, "Ana Doe, a grower, said the offer was low."))
    assert got.get(place, "place") == "place"


@pytest.mark.parametrize("sentence, firm", [
    ("Payments were made through accounts at Kelbank.", "Kelbank"),
    ("She bought the seed at Tarnmart.", "Tarnmart"),
    ("He complained about the delays on Kelbair.", "Kelbair"),
])
def test_not_a_one_word_firm_after_other_words(sentence, firm):
    assert names(story(sentence, "Ana Doe, a grower, said the offer was low.")).get(firm) == "organisation"


def test_a_two_word_name_after_in_the_is_a_place_not_a_person():
    text = story("Its president, Joy Tanna, whose great-grandfather came from Tanna in the New Hebrides in the "
                 "1880s, said growers needed advice.")
    assert names(text).get("New Hebrides") == "place"


def test_not_a_name_after_the_before_its_noun():
    text = story("Opposition came from the Levende Kelbvieren faction. Its leader, Jo Doe, said it would vote no.")
    assert names(text).get("Levende Kelbvieren") != "place"


def test_a_ledes_first_word_in_capitals_is_no_body():
    text = ("Growers vote on mill offer\n\nBy Jo Writer\n\nMACKAY -- CANEGROWERS who own the Kelby Creek mill will "
            "vote next month on an offer.\n\nAna Doe, a grower, said the offer was low.\n")
    assert "CANEGROWERS" not in names(text)


def test_not_an_abbreviation_opening_a_lede():
    text = ("Trade bloc meets\n\nBy Jo Writer\n\nMERCOSUR said on Monday it would cut tariffs.\n\nAna Doe, a trader, "
            "said the cut was late.\n")
    assert names(text).get("MERCOSUR") == "organisation"


def test_friends_of_a_place_and_the_estuary_is_one_body():
    text = story("Friends of Tarn Point and the Kelby River Estuary, a neighbourhood group, said the council should "
                 "wait. The group warned of \"another poisoned bay\" in the estuary.")
    assert names(text).get("Friends of Tarn Point and the Kelby River Estuary") == "organisation"
    assert speakers(text)["another poisoned bay"] == "Friends of Tarn Point and the Kelby River Estuary"


def test_not_two_bodies_joined_by_and_the():
    got = names(story("Friends of the Kelby Hills and the Tarn Ramblers Club said the path should stay open."))
    assert "Friends of the Kelby Hills and the Tarn Ramblers Club" not in got


def test_a_nickname_after_a_surname_with_a_courtesy_title_is_hers():
    text = story("Jeyarani Kelbasegaram leads the society. Mrs. Kelbasegaram, known to the fishermen as 'Kadal "
                 "Thangai' (sister of the sea), said the society would hold a vigil.")
    got = names(text)
    assert "Kadal Thangai" not in got and got.get("Jeyarani Kelbasegaram") == "person"


# --- speakers -------------------------------------------------------------------------------------------------------

def test_er_before_a_name_is_a_title_not_the_speaker():
    text = story("\"Nobody will be removed by force,\" said Er. Vikhozo Kelbakho, chairperson of the town council.")
    assert speakers(text)["Nobody will be removed by force,"] == "Vikhozo Kelbakho"


def test_a_firms_statement_by_its_description_speaks_for_the_firm():
    text = story("Tarn Valley Sugar Company Limited, which has backed the club since 2009, will not renew.",
                 "The sugar company's statement, released in Kelby, described the decision as \"regrettable but "
                 "necessary\".")
    assert speakers(text)["regrettable but necessary"] == "Tarn Valley Sugar Company Limited"


def test_the_holding_company_is_the_parent_named_before():
    text = story("The estate is owned by Kelby Bumi Plantations Sdn Bhd, a subsidiary of the Tawau-based Tarn Agro "
                 "& Timber Holdings Berhad.", "The holding company, in a statement faxed to the Herald, said: \"We "
                 "respect the rights of our workers.\"")
    assert speakers(text)["We respect the rights of our workers."] == "Tarn Agro & Timber Holdings Berhad"


def test_a_body_that_sent_this_statement_speaks_after_its_relative_clause():
    text = story("The Twin Tarn Marine Trades Council, which represents welders at the yard, sent this statement:",
                 "\u201cWe have built ships here for a century.",
                 "\u201cWe expect the city to hold the company to its word.\u201d")
    got = speakers(text)
    assert got["We have built ships here for a century."] == "Twin Tarn Marine Trades Council"
    assert got["We expect the city to hold the company to its word."] == "Twin Tarn Marine Trades Council"


def test_a_source_who_would_not_be_named_before_a_colon_is_no_earlier_speaker():
    text = story("Manager Eric Kelbworth said the club was pleased. \"We are ready,\" he said.",
                 "A director of a rival club, who did not want to be named, was more cautious: \u201cEverybody will "
                 "be watching to see if the money is real.\u201d")
    got = speakers(text)
    assert got["We are ready,"] == "Eric Kelbworth"
    assert got["Everybody will be watching to see if the money is real."] == "director"  # (unnamed; session 63)


def test_a_name_and_its_trade_after_a_descriptions_relative_clause_speaks():
    text = story("Jo Harding said it was fine.", "The co-author who built the soil map, hydrologist Prof. Dallin K. "
                 "Tarnsen, warned that the hot spots would grow \"faster than anyone is planning for\".")
    assert speakers(text)["faster than anyone is planning for"] == "Dallin K. Tarnsen"


def test_which_after_a_bodys_appositive_is_the_body():
    text = story("The society has been joined by the Tarn and Kelby Lagoon Fishers' Alliance, a group of families "
                 "on the other shore, which called the farm 'a slow poisoning of a shared lagoon'.")
    assert speakers(text)["a slow poisoning of a shared lagoon"] == "Tarn and Kelby Lagoon Fishers' Alliance"


def test_the_judge_of_a_claim_speaks_not_the_claims_subject():
    text = story("Kelby Rice & Jute Mills Ltd has opened its warehouse, its managing director Md Tofazzal Kelbain "
                 "said.", "Kelbain dismissed claims on social media that the mill was charging for space as \"a rumour "
                 "from idle people\".")
    assert speakers(text)["a rumour from idle people"] == "Md Tofazzal Kelbain"


def test_not_a_call_before_the_cue_of_the_judging_verb():
    text = ("Kelby bets on AI\n\nThe group will spend $40bn on data centres. Its chief executive calls it \"the "
            "cheapest insurance we will ever buy\"\n\nTom Okafor-Lind has never been shy. But when the chief "
            "executive of Kelby Inc. told investors that the group would spend $40bn, even his aides were "
            "surprised.\n\nOn the call he described it as \"the cheapest insurance we will ever buy\" against rivals.")
    q = __import__("analysis").extract_quotes(__import__("analysis").Article.from_text(text))
    assert list(q["speaker"]) == ["Tom Okafor-Lind", "Tom Okafor-Lind"]


# a live blog's entries (adapted from a released story set, names changed): the welder's "his" is no vote for the
# chief executive named before him
LIVE_BLOG = ('• Union backs the deal; Park Point neighbors warn of dredging\n• More than 60 people sign '
             'up for public comment\n\n11:04 p.m. — It’s done\n\nThe council voted 6-3 to approve the financing '
             'package. Councilors Summer Kelbala, Ray Van Tarsen and Lionel Abaro voted no.\n\nCouncil '
             'President Annika Kelbqvist-Moe said after the vote: “Nobody in this room got everything they '
             'wanted tonight, and that’s usually a sign we did our jobs.”\n\nThis concludes our live coverage. '
             'A full story will be posted by morning.\n\n10:37 p.m. — Van Tarsen: ‘We are writing a blank '
             'check’\n\nCouncilor Ray Van Tarsen, who represents the 5th District, said the city was taking '
             'on too much risk.\n\n“We are writing a blank check to a company that has been in Kelby for '
             '18 months,” Van Tarsen said. “If the orders dry up, the jobs go to Wisconsin and the debt '
             'stays here.”\n\nHe called the company’s hiring projections “a brochure, not a promise.”\n'
             '\n10:12 p.m. — Company responds\n\nKelby Harbor’s chief executive, Solvei A. Tarnheim, was '
             'given five minutes to answer questions from councilors.\n\nTarnheim said the yard already '
             'had a signed contract for two 740-foot self-unloaders and would add 210 jobs within three '
             'years.\n\n“We didn’t come to Kelby for the scenery, though it’s lovely. We came because this '
             'harbor has welders who know the lakes,” she said.\n\nAsked by Councilor Kelbala whether the '
             'jobs would pay union wages, Tarnheim answered: “Every one of them.”\n\n9:48 p.m. — A welder’s '
             'turn\n\nA man in a hi-vis jacket with a welding cap folded in his back pocket had waited '
             'nearly three hours to speak.\n')


def test_a_newcomers_his_does_not_make_an_earlier_name_a_man():
    got = speakers(LIVE_BLOG)
    words = next(q for q in got if q.startswith("We didn’t come to Kelby for the scenery"))
    assert got[words] == "Solvei A. Tarnheim"


def test_a_headlines_as_clause_after_a_plural_is_cut_from_the_speaker():
    text = ("'Sell now or be squeezed later,' says chairman as farmers weigh offer for co-op\n\nBy Jo Writer\n\n"
            "MACKAY -- Growers will vote next month.\n\nCo-op chairman Carmelo Kelbari said the board had voted to "
            "recommend the offer.\n\n\"Sell now or be squeezed later. That's the choice,\" Mr Kelbari said.\n")
    assert speakers(text)["Sell now or be squeezed later,"] == "Carmelo Kelbari"


def test_a_quoted_word_after_was_still_is_the_speakers_word():
    text = story("Mary Kelbin, who chairs the co-op, spoke on Monday. She said the stock was still \u2018fragile\u2019 "
                 "and that the rule would be essential.")
    assert kinds(text)["fragile"] == "partial" and speakers(text)["fragile"] == "Mary Kelbin"


def test_a_speech_verb_ends_the_speakers_mention_before_a_participles_clause():
    text = story("Judge Smt. P. Sarada Kelbi said the loss, estimated at 14 crore, \"cannot be wished away by a "
                 "promise\".")
    # (since session 51 "Smt." is a title that ends no sentence, and the initial after a form of address is left off
    # the name, as after "Dr.": "Sarada Kelbi")
    assert speakers(text)["cannot be wished away by a promise"] in ("P. Sarada Kelbi", "Sarada Kelbi")


# --- the first review's near misses (session 46) ------------------------------------------------------------------

@pytest.mark.parametrize("sentence, firm", [
    ("The union said 400 jobs at Kelbtronix would go when the plant closes.", "Kelbtronix"),
    ("Young people on Kelbsky have turned on the party, Ana Doe said.", "Kelbsky"),
    ("Jobs at Tesla depend on the subsidy, the mayor said.", "Tesla"),
])
def test_not_a_firm_or_a_platform_after_generic_words(sentence, firm):
    assert names(story(sentence)).get(firm) != "place"


@pytest.mark.parametrize("lede, firm", [
    ("SYDNEY -- WOOLWORTHS has cut milk prices in all its stores across the state, the company said on Monday.",
     "WOOLWORTHS"),
    ("BRADFORD -- MORRISONS saw sales rise 3 per cent in the quarter to June, the supermarket said on Monday.",
     "MORRISONS"),
])
def test_not_a_firm_in_capitals_before_a_singular_verb(lede, firm):
    text = "Prices fall\n\nBy Jo Writer\n\n" + lede + "\n\nAna Doe, a shopper, said it was welcome.\n"
    assert firm in names(text)


def test_not_a_noun_that_looks_like_a_speech_verb_inside_the_mention():
    text = story("Tarn Motor Insurance's claims director, Jo Kelbie, said fraud was \"rife\".")
    assert speakers(text)["rife"] == "Jo Kelbie"


def test_not_a_role_after_as_cut_as_a_clause():
    text = story("\"We are ready,\" said her successor as sales director, Ann Kelbie.")
    assert speakers(text)["We are ready,"] == "Ann Kelbie"


def test_not_a_bystanders_holdings_firm_over_the_named_parent():
    text = story("Kelby Foods Sdn Bhd, a subsidiary of Tarn Group Bhd, recalled its noodles.",
                 "Analysts at Roe Holdings said the recall would cost millions.",
                 "The parent company said: \"We apologise to our customers.\"")
    assert speakers(text)["We apologise to our customers."] == "Tarn Group Bhd"


def test_not_which_after_an_appositive_naming_another_body():
    text = story("The plan was backed by Kelby Council, a body that rarely agrees with the Tarn Fishers' Union, which "
                 "called the plan 'a scandal'.")
    assert speakers(text)["a scandal"] == "Tarn Fishers' Union"


def test_not_a_second_person_after_or_taken_for_a_nickname():
    text = story("Mr. Tan Kelbo, known as 'Ah Tan', or Mr. Lim Tarno, his deputy, will sign the lease.")
    assert names(text).get("Lim Tarno") == "person"


def test_not_a_reporter_reached_at_a_place_and_a_nurse_named_jetty():
    text = story("Reporter Lito Kelbanes can be reached at the provincial hospital, his wife said.",
                 "Ann Jetty, a nurse, said the ward was full.")
    got = names(text)
    assert got.get("Lito Kelbanes") == "person" and got.get("Ann Jetty") == "person"


# --- round 2, fitted on news_gold101+102 ---------------------------------------------------------------------------

def test_an_honour_a_kin_word_a_slash_breadcrumb_and_a_captions_credit_are_no_actors():
    text = ("News / Local / Kelby City Hall\n\n" + story(
        "Walter Kelbcox MBE built a foundry from a rented shed. He was appointed MBE in 1996.",
        "\"They ask me why Grandma's house smells like a bakery,\" Ana Doe said.",
        "Caption: Tappers outside the court in Kelby on Thursday. - Dispatch Photo"))
    got = names(text)
    for word in ("MBE", "Grandma", "Dispatch Photo", "Kelby City Hall"):
        assert word not in got, word
    assert got.get("Walter Kelbcox") == "person"


def test_the_co_op_is_the_co_operative_named_before():
    text = story("The jerseys carry the name of the Tarn Valley Co-operative Creamery Society Ltd, which sponsors the "
                 "club.", "In a statement issued on Monday, the co-op said it \u201cvalues its long association with "
                 "the club\u201d.")
    assert speakers(text)["values its long association with the club"] == "Tarn Valley Co-operative Creamery Society Ltd"


def test_a_roles_holder_after_and_its_opens_a_new_clause():
    text = story("The company paid redundancies to 240 workers, and its managing director, Graham Kelbigrew, called "
                 "the closure 'a commercial decision, not a personal one'.")
    assert speakers(text)["a commercial decision, not a personal one"] == "Graham Kelbigrew"


def test_a_bullets_role_label_speaks():
    text = ("Wart found in one field; shipments paused\n\n- Fresh shipments paused\n- Agriculture minister: \"We will "
            "not hide anything\"\n\nBy Jo Writer\n\nThe Island Tarn Growers and Shippers Council says the pause "
            "could cost the industry $2 million a week.\n\nAgriculture Minister Hope MacKelby said the province would "
            "publish every test.\n")
    assert speakers(text)["We will not hide anything"] == "Hope MacKelby"


def test_a_name_after_a_bar_and_before_a_colon_labels_a_headlines_quotation():
    text = ("Q&A | Mwakelbo: \u201cOur avocados are ready, our roads are not\u201d\n\nBy Jo Writer\n\nThe Review spoke "
            "to Dr Witness Mwakelbo, who chairs the growers' association.\n")
    assert speakers(text)["Our avocados are ready, our roads are not"] == "Witness Mwakelbo"


def test_a_colour_opens_a_firms_name_at_the_start_of_a_sentence():
    text = story("Red Soil Frozen Foods Ltd. says its French fry plant will keep buying from growers.")
    assert names(text).get("Red Soil Frozen Foods Ltd.") == "organisation"


def test_counsel_brought_in_with_a_role_speaks_the_next_paragraphs():
    text = story("\"The court would like to know where the money is,\" the judge observed.",
                 "Appearing for them, senior advocate Pijush Kanti Kelbarma placed before the court a bundle of pay "
                 "slips.", "\"Every slip carries the same line.", "\"This is theft from the poorest people in the "
                 "state,\" he submitted.")
    got = speakers(text)
    assert got["Every slip carries the same line."] == "Pijush Kanti Kelbarma"
    assert got["This is theft from the poorest people in the state,"] == "Pijush Kanti Kelbarma"


def test_a_bodys_own_word_given_after_a_colon_is_the_bodys():
    text = story("The estate is run by Kelby Highlands Plantations Ltd, one of the regional companies.",
                 "In a statement to The Sunday Tarn, the company gave its assurance: 'No permanent worker will lose "
                 "employment.'", "The Tarn Bicycle Makers Federation says exports are at risk.",
                 "In a press note, the federation set out its single demand: \u201cA price clause in every order.\u201d")
    got = speakers(text)
    assert got["No permanent worker will lose employment."] == "Kelby Highlands Plantations Ltd"
    assert got["A price clause in every order."] == "Tarn Bicycle Makers Federation"


def test_a_miners_lodge_is_a_body_and_a_research_station_no_place():
    got = names(story("The Kelbglen Miners' Lodge never accepted that, its secretary said.",
                      "The Tarn Research Station said the crop failed.", "Jo Lodge, a teacher, said it was wrong."))
    assert got.get("Kelbglen Miners' Lodge") == "organisation" and got.get("Tarn Research Station") == "organisation"
    assert got.get("Jo Lodge") == "person"


# --- the second review's near misses (session 46) -----------------------------------------------------------------

def test_not_letters_a_body_goes_by_that_an_honour_shares():
    text = ("Bank outage\n\nBy Jo Writer\n\nADDIS ABABA -- CBE, the country's largest lender, said its systems were "
            "back after a day-long outage. The bank called the glitch \"regrettable\".\n\nDepositors queued outside "
            "CBE branches in Bahir Dar.\n")
    assert names(text).get("CBE") == "organisation"


def test_not_the_co_op_for_a_co_operative_bank_named_after_it():
    text = story("The Tarnmore Dairy Co-operative Society has repaid a loan from Kelby Co-operative Bank.",
                 "The co-op said it was \"debt-free for the first time\".")
    assert speakers(text)["debt-free for the first time"] != "Kelby Co-operative Bank"


def test_not_a_kicker_of_two_labels_in_slashes():
    text = ("Profile / Ann Kelbo\n\nBy Jo Writer\n\nKelbo, 54, has farmed the valley for thirty years. \"The bank "
            "wanted my land,\" she said.\n")
    assert speakers(text)["The bank wanted my land,"] == "Ann Kelbo"


def test_not_a_plan_submitted_with_a_quoted_word():
    text = story("Jo Kelbsen submitted a \"detailed and costed\" plan to the board, the chairman, Tom Roe, said.")
    assert speakers(text).get("detailed and costed") != "Jo Kelbsen"


# --- round 3, fitted on news_gold103+104 ---------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, body", [
    ("The Kelby Mine Workers and Tradespeople Union, Local 7, said in a statement that it was worried.",
     "Kelby Mine Workers and Tradespeople Union, Local 7"),
    ("Tarn Creek Citizens for Clean Water and Safe Homes, a group formed after the spill, filed the suit.",
     "Tarn Creek Citizens for Clean Water and Safe Homes"),
    ("The study was led by the Kelby Institute of Water, Soil & Public Health in Comilla.",
     "Kelby Institute of Water, Soil & Public Health"),
    ("The Federation of Small Fishers of Kelbalogan, Tarnbong and Motiong, Inc. filed the suit.",
     "Federation of Small Fishers of Kelbalogan, Tarnbong and Motiong, Inc."),
])
def test_a_bodys_name_goes_on_across_a_comma_or_for(sentence, body):
    assert names(story(sentence)).get(body) == "organisation"


def test_not_people_listed_after_a_bodys_name():
    got = names(story("The Institute of Economics, Jo Kelbdoe and Ann Tarnroe said the plan was bad."))
    assert got.get("Institute of Economics") == "organisation" and got.get("Ann Tarnroe") == "person"


def test_a_participle_after_an_article_is_no_clause_before_an_inverted_cue():
    text = story("Its chairman, Dr Oliver Kelbwell, a retired hydrologist, said the manure plan relied on spreading on "
                 "land that drained into the river.", "\u2018Every chicken in those sheds produces phosphate.\u2019")
    assert speakers(text)["Every chicken in those sheds produces phosphate."] == "Oliver Kelbwell"


def test_a_nickname_after_a_description_closed_by_a_comma_is_the_persons():
    text = story("Thomas Kelbson, the union convener at the yard, known to everyone in Methil as \"Big Tam\", welcomed "
                 "the order.", "\"We have been here before,\" said Mr Kelbson.")
    assert "Big Tam" not in names(text) and names(text).get("Thomas Kelbson") == "person"


# --- the third review's near misses (session 46) ------------------------------------------------------------------

def test_not_a_person_or_a_place_before_a_comma_and_a_local():
    text = story("\"The deal is fair and we will vote for it,\" said Mike Kelbones, Local 100 president.",
                 "At Tarn Falls, Local 1938 of the Kelby Steelworkers voted to strike.")
    got = names(text)
    assert speakers(text)["The deal is fair and we will vote for it,"] == "Mike Kelbones"
    assert "Tarn Falls, Local 1938" not in got


def test_not_givers_joined_to_the_body_they_give_to():
    text = story("A cheque from Tarn Young Farmers for Kelby Air Ambulance, a charity that relies on donations, was "
                 "handed over on Monday.")
    assert "Tarn Young Farmers for Kelby Air Ambulance" not in names(text)


def test_not_separate_bodies_listed_before_a_legal_form():
    text = story("The Bank of Kelby, Tarn Shipping and Ashby Fisk, AS were named in the suit.")
    assert "Bank of Kelby, Tarn Shipping and Ashby Fisk, AS" not in names(text)


def test_a_plural_subject_before_the_comma_keeps_the_inverted_speaker():
    text = story("The growers want a fair price, said Ann Kelbrook, who chairs the Kelby Cane Growers Association.",
                 "\"We will not sign an offer we have not seen.\"")
    assert speakers(text)["We will not sign an offer we have not seen."] == "Ann Kelbrook"
