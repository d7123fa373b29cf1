"""Words that name no actor in news copy from outside the English-speaking press (session 28): local currencies'
letters beside a sum, banners and titles quoted in other languages' marks, counts written as words, nationalities
of two words, and the first field of a joint portfolio before its minister.  Every passage is invented for the
test; the expected values were checked by reading it."""

from __future__ import annotations

import pytest

from analysis import Article, find_stakeholders
from analysis.mentions import actor_candidates


def actors(text: str) -> dict:
    df = find_stakeholders(Article.from_text(text))
    return {n: k for n, k in zip(df["name"], df["kind"]) if k in ("person", "organisation")}


# --- local currencies' letters beside a sum ------------------------------------------------------------------------

@pytest.mark.parametrize("text, word", [
    ("The refinery's operator owes the grid DA 4.1 billion, the energy regulator said on Sunday.", "DA"),
    ("Tarnmar Holding will spend DH 12 billion on a new quay at the southern port, its director said.", "DH"),
    ("The new levy could cost the smelter 8 million KM a year, the plant's manager Ivo Kelbić said.", "KM"),
    ("A grower in the east said he paid Gs. 30.000.000 for seed this season, twice last year's price.", "Gs"),
])
def test_a_local_currency_beside_a_sum_is_no_actor(text, word):
    assert word not in actors(text)


@pytest.mark.parametrize("text, word", [
    # a district attorney's and a department of health's letters, with no sum after them, stay bodies
    ("The DA said on Monday that the 2019 case would be reopened, and the DA will ask for a new trial.", "DA"),
    ("The DH said waiting lists had fallen, and a DH spokesman added that 2,000 nurses were hired.", "DH"),
    # a year after the letters is no sum: the body's plan or review of that year
    ("Nurses praised the DH 2024 plan on Monday, saying it would cut waiting lists.", "DH"),
    ("Defence lawyers attacked the DA 2019 review of the shooting in court on Friday.", "DA"),
])
def test_a_body_s_letters_with_no_sum_stay(text, word):
    assert word in actors(text)


@pytest.mark.parametrize("text", [
    # a party's poll share or seat count after its letters is no sum
    "Polls put the ruling party on 41 percent and the DA 23 percent, with the Kelby Front third.",
    "The ruling party took 151 seats, the DA 79 and the Kelby Front 42, the electoral commission said.",
])
def test_a_party_s_letters_before_its_share_or_its_seats_stay(text):
    assert "DA" in set(find_stakeholders(Article.from_text(text))["name"])


# --- a number and its magnitude before a firm's letters ------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("Kelbsoft will buy 20 million AMD chips for its data centres, the Tarn Herald reported.", "AMD"),
    ("The merger hands Tarnex investors about 410 million AMD shares, the two companies said.", "AMD"),
    ("About 4 million JD shares were sold on Friday by Kelbmart, the exchange said.", "JD"),
])
def test_a_firm_s_letters_before_what_is_counted_stay(text, name):
    assert actors(text).get(name) == "organisation"


def test_a_currency_s_letters_after_a_sum_and_worth_are_no_actor():
    text = "The Kelby fund holds 3 billion NIS worth of state bonds, its manager Jo Tarn said on Monday."
    assert "NIS" not in actors(text)


# --- words quoted in other languages' marks ----------------------------------------------------------------------

def proposed(text: str) -> set:
    """The persons and organisations the rules propose, before the trained filter weighs them."""
    return {name for name, _kind, _f, _forms in actor_candidates(Article.from_text(text))}


@pytest.mark.parametrize("text, word", [
    ("About forty people outside the assembly held a banner reading »Havet først« (The sea first). Jo Kelby, who "
     "led them, said the mine would ruin the fjord.", "Havet"),
    ("Fishermen marched to the harbour office with placards reading „Nema predaje“ (No surrender). Ana Roe "
     "said the new quotas would sink them.", "Nema"),
    ("The zoning map, titled „Prostorni plan Tarno 2031“, reaches the council next month, Ana Roe said.",
     "Prostorni"),
    ("Villagers chanted «Terre à nous» outside the prefecture until the police arrived, Jo Tarn said.", "Terre"),
])
def test_a_word_opening_a_quotation_in_other_marks_is_no_actor(text, word):
    assert word not in proposed(text)


@pytest.mark.parametrize("text, name", [
    # a quotation over a paragraph break: its closing mark and the next quotation's opening mark are no pair
    ("«The mill stays shut.\nNobody will work,» Ana Kelbova told KTV, calling it «an insult».", "Ana Kelbova"),
    ("«We are not afraid.\nWe will be back,» Jo Tarnic said, and crowds chanted «Water» in Kelbo.", "Jo Tarnic"),
    ("»The wage is too low.\nWe strike on Monday,« Eva Kelbsson said, calling it »a last step«.", "Eva Kelbsson"),
])
def test_a_speaker_between_two_guillemet_quotations_stays(text, name):
    assert actors(text).get(name) == "person"


def test_a_body_quoted_in_low_high_marks_and_named_again_stays():
    text = ("The contract went to „Kelbogradnja“ in March. Kelbogradnja said on Tuesday that work on the bridge "
            "would start in May.")
    assert "Kelbogradnja" in actors(text)


# --- counts written as words ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, word", [
    ("Tarnopol, Kelbania (KNA) -- Eleven state-run bakeries closed on Friday after the flour ran out.",
     "Eleven"),
])
def test_a_count_in_words_is_no_actor(text, word):
    assert word not in actors(text)


@pytest.mark.parametrize("text, name", [
    # a body named by a number and its own word stays, and a title named by a number inside a sentence
    ("The Fourteen Group of lenders said on Monday it would not extend the loan.", "Fourteen Group"),
    ("Jo Doe runs Twelve Capital, and Twelve Capital said on Monday it had sold its stake.", "Twelve Capital"),
    ("The singer told Seventeen magazine that she would tour, and Seventeen said the interview ran in May.",
     "Seventeen"),
])
def test_a_body_named_by_a_number_stays(text, name):
    assert name in actors(text)


@pytest.mark.parametrize("text, name", [
    # a number word opening a sentence that acts: an apposition, a reporting verb, a possessive
    ("Nineteen, the indie band from Kelby, will play three nights at the Tarn Arena in May. Nineteen said tickets "
     "sold out within an hour.", "Nineteen"),
    ("Sixteen will open the Kelby folk festival, its organisers said on Monday. Sixteen's manager, Jo Tarn, "
     "confirmed the booking.", "Sixteen"),
    ("Thirty, the youth charity, said the cuts would close half its clubs. Thirty runs 12 clubs in Kelby.",
     "Thirty"),
])
def test_a_body_named_by_a_number_opening_a_sentence_stays(text, name):
    assert actors(text).get(name) == "organisation"


# --- nationalities of two words ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("The company said it had followed Costa Rican law and would appeal the ruling.", "Costa Rican"),
    ("Diamond buyers doubled their orders from Sierra Leonean dealers this year, the trade ministry said.",
     "Sierra Leonean"),
])
def test_a_nationality_of_two_words_is_no_actor(text, name):
    assert name not in actors(text)


def test_a_colloquial_nationality_is_no_body():
    text = "Thousands of Ticos now work in the call centres near the airport, Ana Kelby said on Monday."
    assert "Ticos" not in actors(text)


def test_a_given_name_that_is_also_a_colloquial_nationality_stays():
    text = "Band drummer Tico Kelbers said the tour would resume in May. Tico said his health was fine."
    assert actors(text).get("Tico Kelbers") == "person"


def test_a_paper_named_after_a_nationality_of_a_state_stays():
    text = "The Kelbo Tarn New Mexican reported on Friday that the dam would close, citing two engineers."
    assert "Kelbo Tarn New Mexican" in actors(text)


# --- the first field of a joint portfolio --------------------------------------------------------------------------

@pytest.mark.parametrize("text, word", [
    ("Senators will question Hydrocarbons and Energy Minister Kelvino Tarnaca on Friday about the contract.",
     "Hydrocarbons"),
    ("Labour and Social Policy Minister Kelma Tarnovska told nurses the pension age would not rise.", "Labour"),
    ("Kelbia's Labour and Social Policy Minister Kelma Tarnovska resigned on Tuesday after a vote.", "Labour"),
])
def test_the_first_field_of_a_joint_portfolio_is_no_body(text, word):
    assert word not in actors(text)


@pytest.mark.parametrize("text", [
    # the party, then a minister of one field: the party named beside the minister
    "Talks between Labour and Energy Secretary Jo Kelby broke down on Tuesday over the levy.",
    "Pressure from Labour and Transport Secretary Ann Tarnley forced the bus operators back to the table.",
    "In Tarnland, Labour and Finance Minister Jo Kelby clashed over the budget on Monday.",
    "Both Labour and Health Secretary Ann Roe's allies on the left criticised the cuts.",
])
def test_the_party_before_and_a_minister_of_one_field_stays(text):
    assert actors(text).get("Labour") == "organisation"


def test_a_party_before_and_another_party_s_minister_stays():
    text = "Labour and Conservative Minister Jo Kelby clashed in the Commons, and Labour said it would force a vote."
    assert "Labour" in actors(text)


@pytest.mark.parametrize("text, word", [
    # the franc's letters with its F name no body: a currency beside any number, a small price too
    ("Growers now sell at FCFA 275 per kilogram, down from last year, a buyer in the market town said.", "FCFA"),
    # a Pacific franc's letters between a sum and the currency's noun
    ("The territory will lend 14 billion CFP francs to its airline, its finance secretary Jo Tarnel said.", "CFP"),
    # the Aruban florin as Dutch Caribbean papers write it
    ("The island's water utility lost Afl. 12 million last year, its chief, Ana Kelby, said.", "Afl"),
])
def test_a_franc_s_or_florin_s_letters_beside_a_sum_are_no_actor(text, word):
    assert word not in actors(text)


def test_a_body_s_letters_before_a_currency_compound_stay_a_body():
    text = "Each of the 6 CEMAC francs-zone states must cut its deficit next year, the commission said in Bangui."
    assert "CEMAC" in actors(text)
