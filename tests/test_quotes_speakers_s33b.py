"""Speakers, session 33 (second round): a feature's way of quoting someone unnamed first and naming them in the
next sentence (and its near misses: a described witness, a role brought in), a generic head after a named speaker,
which names no one, a capitalised title of three words, "the Hon" before a name, seat letters after a name, a
masthead with no stop, a nickname given after "known ... as", "a spokesperson for the company" in a story about a
campaign, a company's unit and its parent, legal forms written before a name.
Invented passages."""

import pytest

from .conftest import speaker_of as _speaker_of


# -- quoted unnamed first, named at the opening of the next sentence

@pytest.mark.parametrize("text, fragment, speaker", [
    ('The ferry fare rose again on Monday, the harbour board said.\n\nA retired welder who has crossed to the '
     'mainland every week since 1979 waited by the ramp with his bag.\n\n"Every year they promise a new boat. '
     'Every year I get the old one," he said.\n\nTomasz Wrona, 74, of Kelby Quay, said he would write to the '
     'minister.', "new boat", "Tomasz Wrona"),
    ('A nurse who has worked nights at the clinic for a decade told the board she had "never seen the wards '
     'so full".\n\nThe speaker, Bronwen Tallis, 52, said staff were leaving for the city.', "never seen",
     "Bronwen Tallis"),
    ('The old carpenter runs a thumb along the grain.\n\n"This beam was a tree when my great-grandfather was a '
     'boy," he says.\n\nHamish Corrie is 71 and has mended the kirk roof four times.', "This beam",
     "Hamish Corrie"),
])
def test_a_person_quoted_unnamed_is_the_one_named_next(text, fragment, speaker):
    assert _speaker_of(text, fragment) == speaker


def test_the_name_after_a_definite_noun_with_a_form_of_address():
    text = ('The hearing went on into the evening.\n\nA resident who lives by the weir told the panel she saw the '
            'water rise "faster than a man can run".\n\nThe witness, Mrs Ingrid Saltmarsh, said she had lived '
            'there for forty years.')
    assert _speaker_of(text, "faster than") == "Ingrid Saltmarsh"


@pytest.mark.parametrize("text, fragment, not_speaker", [
    # another sex: the woman named next is someone else
    ('Pavel Soukup, who chairs the traders, said the road works had cut trade by half.\n\n"My tills are '
     'empty by noon," he said.\n\nDr Hana Soukupova, 44, an economist, said the figures were worse.',
     "tills", "Hana Soukupova"),
    # the pronoun's own antecedent is named just before: the next name is a new person
    ('Dexter Holm, a pastor in Kelby, told reporters the family wanted privacy. "She was kind to everyone," he '
     'added.\n\nAnders Lund, 50, a photographer, nearly missed the flight.', "kind to everyone", "Anders Lund"),
    # a name and an age alone, a caption line: no sentence about the speaker
    ('A Kelby fisherman who lost his boat in the storm stood on the quay.\n\n"Thirty years and nothing '
     'left," he said.\n\nPeter Moss, 50.\n\nThe storm hit on Friday.', "Thirty years", "Peter Moss"),
    # a spokesman speaks unnamed for a body: the man named next with his age is someone else
    ('A spokesman for the ferry company said the boats would "sail on time from Monday".\n\nDavid Kerr, 61, '
     'a deckhand, said he had not been paid.', "sail on time", "David Kerr"),
    # the person named next is acted upon ("was arrested"): not the one quoted
    ('A police officer at the scene described the crash as "the worst I have seen on this road".\n\n"The car was '
     'on its roof," he said.\n\nJohn Harker, 45, of Kelby, was arrested at the scene.', "on its roof", "John Harker"),
    # "That man is ..." takes up the quotation's own words, not its speaker
    ('Investigators questioned six former clerks. One of them described the interviews as "long, and mostly about '
     'one man."\n\nThat man is Victor Amsel, 66, who ran the fund for a decade.', "mostly about", "Victor Amsel"),
    # one who would not be named
    ('"We were never told," said one man, who would not give his name.\n\nRobert Vance, 58, said the plant '
     'had been closing for years.', "never told", "Robert Vance"),
])
def test_no_forward_name_when_the_shape_does_not_hold(text, fragment, not_speaker):
    assert _speaker_of(text, fragment) != not_speaker


# -- a generic head after a named speaker is no name of theirs (a review's near misses: a spokesman is no
# commissioner, an official no resident)

@pytest.mark.parametrize("text, fragment, not_speaker", [
    ('Harbour Commissioner Petra Lindahl said the quay would reopen.\n\n"The repairs are done," she said.\n\n'
     '"Ships may berth from Friday," the spokesman added.', "Ships may berth", "Petra Lindahl"),
    ('Ms Amina Odhiambo, a shopkeeper, said the water was brown.\n\n"We boil everything," she said.\n\n'
     '"Samples have been sent away," the official said.', "Samples have been", "Amina Odhiambo"),
])
def test_a_generic_head_after_a_named_speaker_is_not_that_speaker(text, fragment, not_speaker):
    assert _speaker_of(text, fragment) != not_speaker


# -- an unnamed witness described, then a person named next: someone new as often as the witness

@pytest.mark.parametrize("text, fragment, not_speaker", [
    ('"We sold the last cow in March and nobody asked why," said one woman who has farmed the valley since '
     '1988.\n\nMargaret Ellery, 63, who chairs the county council, said the dairy would be helped.', "last cow",
     "Margaret Ellery"),
    ('A shopkeeper said the visitors had stopped coming.\n\n"Nobody comes now," he said.\n\nOsman Tekin, 61, is '
     'the district\'s mayor and has promised a market.', "Nobody comes", "Osman Tekin"),
    ('"The rent went up twice," a tenant said.\n\nThe landlord, Piers Whitcombe, 58, said his costs had risen.',
     "rent went up", "Piers Whitcombe"),
])
def test_a_witness_described_is_not_the_person_named_next(text, fragment, not_speaker):
    assert _speaker_of(text, fragment) != not_speaker


# -- a capitalised title of three words, its holder named in apposition

def test_a_capitalised_title_of_two_words_said_is_the_holder_named_in_apposition():
    text = ('The Senior Steward, Edwin Falle, dismissed the appeal on Tuesday.\n\n"The rules are plain on this '
            'point," the Senior Steward said.')
    assert _speaker_of(text, "rules are plain") == "Edwin Falle"


# -- "the Hon" before the name after a long title; seat letters after the name

def test_the_hon_after_a_ministry_title_of_several_words():
    text = ('The Minister for Ports, Shipping and Fisheries, the Hon Marco Bellido, called the deal "a good day for '
            'the harbour".')
    assert _speaker_of(text, "a good day") == "Marco Bellido"


@pytest.mark.parametrize("letters", ["MHK", "MLC", "MNA"])
def test_seat_letters_after_a_name_are_no_part_of_it(letters):
    text = f'Health Minister Ada Kermode {letters} said the ward would "open by spring".'
    assert _speaker_of(text, "open by spring") == "Ada Kermode"


# -- a masthead paragraph with no stop is no lead: the deck's title is the holder named later

def test_a_masthead_with_no_stop_does_not_end_the_opening():
    text = ('KELBY COAST RADIO 98.4\nYour station for the whole coast\nHOME | NEWS | SPORT | WEATHER | TRAFFIC | '
            'TRAVEL | LISTEN AGAIN | CONTACT US | ABOUT\n\nHarbour Minister says new quay will be \'ready by '
            'summer\'\n\nWork on the new quay at Kelby resumed on Monday after a three-month stoppage over '
            'costs, the harbour board said, and contractors expect to finish the piling in April.\n\n'
            'Harbour Minister Ellan Corkill said the quay would be \'ready by summer\'.')
    assert _speaker_of(text, "ready by summer") == "Ellan Corkill"


# -- a nickname given after "known ... as"

def test_known_to_many_words_as_a_nickname_then_said():
    text = ('Arthur Penrose, 70, known to three generations of miners as "Cap\'n Art", said young people were '
            '"tired of waiting for the jobs".')
    assert _speaker_of(text, "tired of waiting") == "Arthur Penrose"


def test_a_speaker_called_by_the_nickname_the_story_gave():
    text = ('Dafydd Price, the band\'s treasurer for 30 years and known to the whole town as "Price the Post" after '
            'the shop he kept, laughed at the idea.\n\n"You do not ask a drummer to whisper," Price the Post said.')
    assert _speaker_of(text, "whisper") == "Dafydd Price"


# -- "a spokesperson for the company" when the story is about a campaign

def test_a_spokesperson_for_the_company_is_the_company_not_the_campaign():
    text = ('The Kelby Reef Protection Network welcomed the vote. The Kelby Reef Protection Network has fought the '
            'resort for three years, and the Kelby Reef Protection Network will keep watching.\n\n'
            'Doe Coast Resorts Co., Ltd., the developer behind the project, said it was "deeply disappointed".\n\n'
            '"We were never asked to explain the plant," the firm\'s director, Jo Tanaka, said.\n\n'
            'A spokesperson for the company said the firm would "review all options".')
    assert _speaker_of(text, "review all options") == "Doe Coast Resorts Co., Ltd."


# -- a company's unit and its parent; a legal form before the name

def test_the_company_after_a_unit_and_its_parent_is_the_unit():
    text = ('Doe Agri estate splits Tarno clans\n\nTARNO, May 2 (Reuters) - Villagers in the Tarno valley are divided '
            'over a plan by Doe Agri Holdings Pte Ltd to clear 20,000 hectares of forest for an oil palm estate, elders '
            'said on Wednesday.\n\nTarno Estates Ltd, a unit of Singapore-listed Doe Agri Holdings Pte Ltd, began '
            'clearing the land in March.\n\nThe company says it bought the land "with the full consent" of its '
            'owners.\n\nShares in Doe Agri Holdings Pte Ltd fell 2 percent in Singapore.')
    assert _speaker_of(text, "full consent") == "Tarno Estates Ltd"


def test_a_legal_form_before_the_name_makes_a_company_the_company_says():
    text = ('Tarno clans split over palm estate\n\nTARNO, May 2 - Villagers in the Tarno valley are divided over a '
            'plan to clear 5,000 hectares of forest, elders said on Wednesday.\n\nPT Kelbindo Sawit began clearing '
            'the land in March.\n\nThe company says it bought the land "with the full consent" of its owners.')
    assert _speaker_of(text, "full consent") == "PT Kelbindo Sawit"
