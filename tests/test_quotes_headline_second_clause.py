"""A headline of two clauses joined by a semicolon, each with its own subject and verb: the second quotation is the
second clause's subject's ('Residents label toll "robbery"; contractor cites "..."'), not the first's; and a
firm's agent noun in a headline ("contractor", "operator") takes the firm that says the words in the story."""

import pytest

from .conftest import quote_speakers

HEAD = "THE KELBY LEDGER\n\nBUSINESS\n\n"


def test_the_second_clause_of_a_headline_has_its_own_speaker():
    text = (HEAD + 'Ring road opening slips to 2027\n\n'
            'Residents label bridge toll "daylight robbery"; contractor cites "supply snags"\n\n'
            "By Ada Mertens\n\n"
            "The ring road around Kelby will open two years late, the county engineer told councillors on Monday.\n\n"
            "The main contractor on the 14-kilometre road, Brannock Civil Works Ltd, said in a statement that steel "
            'deliveries had been held up by "supply snags" and that the toll bridge was "nearly finished".')
    assert quote_speakers(text)[1] == "Brannock Civil Works Ltd"


def test_a_semicolon_clause_in_a_sentence_keeps_the_calling_verbs_subject():
    text = 'The union called the offer "an insult"; the mayor blamed the shortfall on "the tax rules" in a letter.'
    assert quote_speakers(text) == ["union", "mayor"]


def test_a_headlines_operator_is_the_firm_whose_longer_words_hold_its_quotation():
    text = (HEAD + 'Ministry wants the gas piped ashore; operator says pipeline "not viable"\n\n'
            "Kelby, 3 May (KNA) - The energy ministry repeated on Tuesday that gas from the offshore Tarn field must "
            "be landed and processed on the island.\n\n"
            "Tarnfield Offshore Ltd, which holds most of the licence, said in a statement that a pipeline would be "
            '"expensive and not viable at today\'s prices."')
    assert quote_speakers(text)[0] == "Tarnfield Offshore Ltd"


def test_a_headlines_chairman_with_no_holder_stays_unresolved():
    # must not fire: a person's noun with no holder named keeps no speaker
    text = (HEAD + 'Bank returns to profit; chairman says losses "are over"\n\n'
            "Kelby Bank reported a profit on Tuesday after three years of losses.\n\n"
            'Analyst Jo Reyes said the losses were "not over yet".')
    assert quote_speakers(text)[0] is None


@pytest.mark.parametrize("text, speaker", [
    ('Callum Reid, a self-employed contractor who lays patios in Dundee, said the fuel duty rise would "finish off '
     'small firms". Tayside Paving Ltd, which supplies the stone, declined to comment. "Every quote I give is now '
     'a loss," the contractor said.', "Callum Reid"),
    ('Nadia Okonkwo, a music producer in Lagos, said the new levy would "kill the studios". Afrobeat Sound Ltd, '
     'the largest label in the city, would not comment. "We record less every month," the producer said.',
     "Nadia Okonkwo"),
])
def test_a_firm_noun_the_story_gave_a_person_is_that_person(text, speaker):
    assert quote_speakers(text)[-1] == speaker


def test_a_firm_noun_only_modifying_a_persons_role_is_still_the_firm():
    # must not fire: "club" modifies "official", so "the club" is the club
    text = ('Harwick Rovers confirmed the signing on Friday. Dan Pryce, a club official, said the fee was "fair". '
            '"We are delighted to welcome him," the club said.')
    assert quote_speakers(text)[-1] != "Dan Pryce"
