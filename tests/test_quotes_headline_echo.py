"""A headline's, deck's or crosshead's quotation repeated by a named speaker in the story (session 27), on invented
text: a bare noun ("developer says", "Company says") or an unnamed definite description in the opening takes the
later speaker; a body's noun keeps the body."""

import pytest

from .conftest import quote_speakers

HEAD = "THE KELBY COURIER\n\n"


def test_a_decks_bare_person_noun_takes_the_named_person_who_says_the_words_later():
    text = (HEAD + "Old cinema to become flats\n\n"
            'Neighbours vow to fight on; developer says scheme will "give the high street its heart back"\n\n'
            "Plans to turn the shuttered Regal picture house in Tarno into 40 flats won the district council's "
            "backing on Monday, though 300 neighbours had signed a petition against them.\n\n"
            'Regal Living managing director Tom Reedman said the scheme would "give the high street its heart back".')
    assert quote_speakers(text) == ["Tom Reedman", "Tom Reedman"]


def test_a_crossheads_bare_body_noun_takes_the_body_that_says_the_words_next():
    text = (HEAD + "Biscuit packers walk out after arm injury\n\n"
            "Packers at the Tarno Biscuits S.A. bakery downed tools for a shift on Thursday, a week after a "
            "temporary worker's arm was caught in a conveyor that had been left running during cleaning.\n\n"
            "The agency that hired him, Ashby Staffing Ltd, said it was answering the inspectors' questions.\n\n"
            'Company says its standards are "the best in the trade"\n\n'
            "Tarno Biscuits, part of a Belgian food group since 2011, told reporters its standards were "
            '"the best in the trade" and that it had opened its own inquiry.')
    assert quote_speakers(text)[-2:] == ["Tarno Biscuits S.A.", "Tarno Biscuits S.A."]


def test_an_unnamed_description_in_the_deck_takes_the_body_that_says_the_words_later():
    text = (HEAD + "Quarries blamed for dust\n\n"
            "Readings show dust far above the legal limit in three hill villages. Villagers want the pits closed; "
            'the biggest quarry says it is "being made the villain".\n\n'
            "The readings, taken over the winter at 40 points by the environment agency, were released on "
            "Tuesday along with a map of the four quarries near the villages.\n\n"
            "Ashby Stone Ltd, which runs the biggest of the four pits, said on Wednesday that it was "
            '"being made the villain".')
    assert quote_speakers(text) == ["Ashby Stone Ltd", "Ashby Stone Ltd"]


def test_a_headlines_body_noun_keeps_the_body_though_its_spokeswoman_says_the_words():
    text = (HEAD + "Pension fund drops lender; bank calls decision \"a stunt\"\n\n"
            "Trustees of the Kelby teachers' pension fund decided on Thursday to take their cash out of Tarno "
            "Savings Bancorp Inc., citing the bank's loans to coal mines.\n\n"
            'Tarno Savings spokeswoman Vera Lindahl called the decision "a stunt".')
    assert quote_speakers(text)[-1] == "Vera Lindahl"
    assert quote_speakers(text)[0] != "Vera Lindahl"


def test_a_headlines_capitalised_name_is_no_bare_noun():
    text = ("Whistleblower Tarnix: Council’s Vault Left Unlocked, ‘Like a Barn With No Gate.’\n\n"
            "Talking to Kelby Radio reporter Ann Roe on Tuesday’s “Kelby at Noon,” Tomas Reedlyn, a former archive "
            "clerk who signs his posts “Tarnix,” claimed the town hall’s records vault had stood unlocked for months, "
            "and compared it to “a barn with no gate.”\n\n"
            "Tarnix said through his lawyer that the vault was never locked at night, and that anyone could walk in "
            "because it “was like a barn with no gate, and every clerk in the building knew it.”")
    assert quote_speakers(text)[0] != "Tomas Reedlyn"


def test_a_crossheads_bare_body_noun_stands_for_the_body_the_story_names():
    text = (HEAD + "Biscuit maker to grow\n\n"
            "Tarno Biscuits S.A. plans a second bakery beside its works outside Ashby, the group announced on "
            "Friday, with some 150 jobs to follow when it starts baking in 2027.\n\n"
            'Company says sales will "double by 2030"\n\n'
            "The bakery is budgeted at $60 million, to come out of retained cash rather than loans, a stock "
            "exchange notice published on Friday shows.")
    assert quote_speakers(text) == ["Tarno Biscuits S.A."]


def test_a_crossheads_title_takes_no_later_speaker_who_does_not_hold_it():
    text = (HEAD + "Arena plan approved\n\n"
            "The town council on Tuesday approved a 20,000-seat arena on the site of the old tram depot.\n\n"
            'Minister says project is "a scandal"\n\n'
            'Opposition leader Lena Okafor said the project was "a scandal", and the sports minister, Piet Varga, '
            "said he would look at it again.")
    assert quote_speakers(text)[0] != "Lena Okafor"


@pytest.mark.parametrize("later, other", [("Kelby Harbour Authority spokesman Jonas Eberle", "Jonas Eberle"),
                                          ("The Kelby Harbour Authority", "Kelby Harbour Authority")])
def test_a_decks_company_takes_no_later_speaker_of_another_body(later, other):
    text = (HEAD + "Oil leak off the cape\n\n"
            'Fishers fear for their nets; the oil company says the leak is "under control".\n\n'
            "A tanker ran aground off Kelby Point on Sunday, spilling crude into the bay near the harbour and the "
            "beaches of the south shore.\n\n" + later + ' said the leak was "under control".')
    assert quote_speakers(text)[0] != other


def test_a_later_speaker_who_denies_the_words_does_not_say_them():
    text = (HEAD + "Deputy premier quits\n\n"
            'The deputy premier resigned on Monday; the opposition says the cabinet is "in disarray".\n\n'
            'In a letter released on Monday, Piet Varga said he was leaving with "great sadness" and denied the '
            'cabinet was "in disarray".')
    assert quote_speakers(text)[0] != "Piet Varga"


def test_a_headlines_noun_read_as_the_named_body_is_kept():
    text = (HEAD + "Power cuts to last 'until further notice'\n\n"
            "Business chamber warns economy faces 'a slow collapse'\n\n"
            "Kelby Power Ltd lengthened its rota of blackouts on Monday when two more turbines failed, and said the "
            'rota would stay "until further notice".\n\n'
            "The Kelby Chamber of Commerce and Industry put the cost to shops and factories at $5 million a "
            "day.\n\n"
            'Chamber chief executive Piet Varga said firms risked "a slow collapse" of the economy if nothing '
            "changed by winter.")
    assert quote_speakers(text)[1] == "Kelby Chamber of Commerce and Industry"


def test_a_headlines_title_read_as_the_named_holder_is_kept():
    text = (HEAD + "Commuters rally over fares as minister says 'no easy answer'\n\nUpdated / Saturday, 3 May\n\n"
            "Several thousand commuters rallied outside Kelby's central station this afternoon over a rise in "
            'fares, as the Minister for Transport warned there was "no easy answer" to the railway\'s losses.\n\n'
            "Some of them sat on the tram tracks for half an hour.\n\n"
            "The Minister for Transport, Piet Varga, said he shared the commuters' frustration but argued that "
            "the fares paid for new trains.")
    assert quote_speakers(text)[0] == "Piet Varga"
