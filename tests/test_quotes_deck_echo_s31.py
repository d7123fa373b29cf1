"""A deck's quotation whose speaker is a bare role or a body's description takes the speaker of a later quotation
that repeats its words (session 31): a contender's words repeated at the end of a clause in the body ("We will
fix every streetlight, street by street"), and a description opening the sentence with a demonym ("The Dutch
partner says ...") repeated inside a body's longer statement."""

import pytest

from analysis import Article, extract_quotes

from .conftest import quote_speakers

CONTENDER = ("Dark streets become a mayoral issue\n\n"
             "Mayoral challenger pledges to \"fix every streetlight\" before winter\n\n"
             "KELBYPORT – The mayoral campaign moved to the unlit back streets on Tuesday night.\n\n"
             "Orsa Velkaby-Lindt, the candidate of the Civic Lantern list, walked the eastern estates with "
             "residents who said they were afraid to go out after dark.\n\n"
             "\"We will fix every streetlight, street by street, before the first frost,\" she said.")

PARTNER = ("Beach lease under fire\n\n"
           "Residents say the beach was leased without a hearing. The Dutch partner says its lawyers found \"no "
           "irregularity\" in the lease.\n\n"
           "TARNO – Fishing families on the north shore have asked the courts to cancel a 99-year lease of the "
           "beach to a hotel group.\n\n"
           "Tarnholt Leisure Group B.V., which holds the lease, said in a statement that its lawyers had "
           "found \"no irregularity in the lease or in the way it was granted\".")


def test_a_contenders_words_repeated_at_a_clause_end_are_hers():
    assert quote_speakers(CONTENDER)[0] == "Orsa Velkaby-Lindt"


def test_a_partners_words_repeated_in_a_bodys_statement_are_the_bodys():
    assert quote_speakers(PARTNER)[0] == "Tarnholt Leisure Group B.V."


def test_a_denied_echo_at_a_clause_end_takes_no_speaker():
    # must not fire: the later speaker denies the words ("not fix every streetlight,")
    text = ("Dark streets become a mayoral issue\n\n"
            "Mayoral challenger pledges to \"fix every streetlight\" before winter\n\n"
            "KELBYPORT – The mayoral campaign moved to the unlit back streets on Tuesday night.\n\n"
            "City engineer Bram Tollesk said the plan was costly.\n\n"
            "\"You will not fix every streetlight, not with this budget,\" Mr Tollesk said.")
    assert quote_speakers(text)[0] != "Bram Tollesk"


def test_a_lower_case_word_before_a_clause_end_does_not_echo_a_longer_phrase():
    # must not fire: a body's words that hold the deck's words nowhere
    rows = extract_quotes(Article.from_text(PARTNER.replace("no irregularity in the lease", "nothing wrong with the "
                                                                                            "lease"), name="x"))
    assert rows.speaker.iloc[0] != "Tarnholt Leisure Group B.V."


def test_words_a_later_speaker_reports_at_a_clause_end_are_not_hers():
    # must not fire: the later speaker reports or disputes the deck's words ("They promised ...,", "Everyone
    # says ...,"), she does not say them as her own
    text = ("Council row over bin collections\n\n"
            "Leader vows \"weekly collections\" by summer\n\n"
            "ASHBY — The council leader, Graham Pike, told councillors the contract would be retendered.\n\n"
            "Opposition councillor Nadia Rahman said: \"They promised weekly collections, and we still wait two "
            "weeks.\"")
    assert quote_speakers(text)[0] != "Nadia Rahman"
    text = ("Mayor says harbour \"will reopen\"\n\n"
            "PORT KELBY — The storm wrecked the breakwater on Sunday.\n\n"
            "Fisherman Owen Pritchard was unconvinced. \"Everyone says it will reopen, but nobody says when,\" "
            "Pritchard said.")
    assert quote_speakers(text)[0] != "Owen Pritchard"


@pytest.mark.parametrize("text, wrong", [
    # must not fire: a lede's description with a demonym whose noun the later body does not fit (a regulator's
    # words repeated by an oil company; a lender's by the regulator that fined it)
    ("Pipeline leak\n\nThe Ghanaian regulator says the leak is \"fully contained\".\n\n"
     "TAKORADI — Oil reached the beaches on Friday.\n\n"
     "Western Basin Oil Company said: \"The leak is fully contained, and the cause was theft.\"",
     "Western Basin Oil Company"),
    ("Bank penalised\n\nThe Austrian lender says it has \"fixed its controls\".\n\n"
     "VIENNA — The watchdog fined the bank on Friday.\n\n"
     "The Financial Market Authority said in a statement: \"We expect the bank has fixed its controls, but we "
     "will check.\"", "Financial Market Authority"),
])
def test_a_demonym_description_needs_a_body_that_fits_its_noun(text, wrong):
    assert quote_speakers(text)[0] != wrong
