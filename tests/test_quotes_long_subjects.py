"""Speakers written with a long subject (session 27), on invented text: a long office before a name in apposition,
a body's name holding "for" and "and" after a person's "of", three role words before a name, a relative clause's
verb before a second verb of saying."""

import pytest

from .conftest import quote_speakers


# --- a long capitalised office, a comma, the name (and a relative clause): the person (_ROLE_FIRST_NAME) ---

@pytest.mark.parametrize("text, speaker", [
    ('The levy was approved on Tuesday.\n\nMinister of State in the Office of the Prime Minister with responsibility '
     'for Fisheries, Dr. Alana Whitby, described the levy as "long overdue".', "Alana Whitby"),
    ('The levy was approved on Tuesday.\n\nChief Executive of the Kelby Harbour Authority, Dr. Tom Reedman, who '
     'chaired the talks, called the deal "a fair bargain".', "Tom Reedman"),
])
def test_a_long_office_then_the_name_in_apposition_is_the_person(text, speaker):
    assert quote_speakers(text) == [speaker]


@pytest.mark.parametrize("text, speaker", [
    # a short office, no relative clause: the person, as before
    ('The levy was approved on Tuesday.\n\nChairman of the Kelby Ports and Harbours Board, Mr. Tom Reedman, called '
     'the deal "a fair bargain".', "Tom Reedman"),
    # the name's own relative clause: the person, as before
    ('The levy was approved.\n\nDr. Tom Reedman, who chaired the talks, called the deal "a fair bargain".',
     "Tom Reedman"),
    # a body's name in apposition after an office, with "which": no person is named there
    ('The levy was approved.\n\nThe Kelby Harbour Authority, which runs the port, called the deal "a fair bargain".',
     "Kelby Harbour Authority"),
])
def test_a_relative_clause_after_a_name_or_a_body_keeps_the_usual_reading(text, speaker):
    assert quote_speakers(text) == [speaker]


# --- a person "of the" body whose name holds "for ... and" and its initials: the person (_inside_body_name) ---

def test_a_person_of_a_body_named_with_for_and_and_its_initials_is_the_speaker():
    text = ('The vote was close.\n\nParty whip Jo Castellane of the Popular Front for Work and Dignity (PFWD) '
            'called the budget "a con trick" and said it gave the Treasury "a blank cheque".')
    assert quote_speakers(text) == ["Jo Castellane", "Jo Castellane"]


def test_a_person_of_a_party_whose_name_holds_and_then_its_noun_is_the_speaker():
    text = ('The vote was close.\n\nOpposition deputy Ilze Varna of the For Kelby and Ashby party accused the '
            'government of "sleeping through" the crisis.')
    assert quote_speakers(text) == ["Ilze Varna"]


@pytest.mark.parametrize("text, speaker", [
    # two people joined by "and", initials of someone else's body after the second
    ('The vote was close.\n\nJo Doe of the Greens and Tom Reed (KLP) said it was "a mess".', "Tom Reed"),
    ('The vote was close.\n\nJo Doe of the Greens and Tom Reed said it was "a mess".', "Tom Reed"),
    # initials that do not spell the words before them
    ('The vote was close.\n\nJo Doe of the League for Kelby and Tom Reed (KLP) said it was "a mess".', "Tom Reed"),
])
def test_two_people_joined_by_and_keep_the_second_as_speaker(text, speaker):
    assert quote_speakers(text) == [speaker]


# --- a capitalised modifier, three role words, a name: the person (_ROLE_THEN_NAME) ---

def test_three_role_words_between_a_capitalised_modifier_and_a_name():
    text = ('The bill was tabled on Monday.\n\nSenate budget committee chairman Petros Anagnou backed the idea but '
            'called it "a wish list".')
    assert quote_speakers(text) == ["Petros Anagnou"]


def test_a_verb_after_a_company_is_no_role_before_a_name():
    text = 'The board met on Monday.\n\nKelby Mills could soon hire Ann Roe but called the talks "slow".'
    assert quote_speakers(text) == ["Kelby Mills"]


# --- a second verb of saying shares the main clause's subject, not a relative clause's (_FREE_RELATIVE_END) ---

@pytest.mark.parametrize("text", [
    'Mr Reed described the bridge as "the missing piece" of what Kelby and Ashby call "the coast corridor", and '
    'said talks with lenders were "on track".',
    'Mr Reed described the bridge as "the missing piece" of what Kelby calls "the coast corridor", and said talks '
    'with lenders were "on track".',
])
def test_a_relative_clause_verb_does_not_give_the_next_verb_its_subject(text):
    speakers = quote_speakers("Tom Reed spoke in Kelby on Monday.\n\n" + text)
    assert speakers[0] == speakers[-1] == "Tom Reed"


def test_a_relative_clause_with_its_own_quotation_keeps_its_speaker_and_not_the_next_verb():
    text = ('Tom Reed spoke on Monday.\n\nMr Reed called the plan part of what Ann Roe described as "a new deal" '
            'and said it was "welcome".')
    assert quote_speakers(text) == ["Ann Roe", "Tom Reed"]


# --- a long relative clause with an amount in it, no comma, between a description and its verb ---

def test_a_description_with_a_long_relative_clause_holding_an_amount_is_the_speaker():
    text = ('The bank froze large deposits on Monday.\n\nA Dutch pensioner who keeps a boat in Ashby and has about '
            '€2m at Kelby Savings Bank said she had been "fleeced by the men upstairs".')
    assert quote_speakers(text) == ["Dutch pensioner"]


def test_a_named_body_after_a_comma_closed_relative_clause_keeps_the_usual_reading():
    text = ('The bank froze large deposits on Monday.\n\nDepositors, who hold about €3m at the bank, were angry, '
            'and Kelby Savings Bank said the freeze was "temporary".')
    assert quote_speakers(text) == ["Kelby Savings Bank"]
