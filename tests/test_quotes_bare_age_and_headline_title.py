"""Two speaker readings of session 28, on invented text: an age alone closing a quotation ('"...," the 58-year-old
said') is the person who spoke last, though a paragraph about them stands between and the text gives no age or
sex; and a headline's unnamed role ('a dockers' leader says "..."') takes the later speaker who holds that role (a
chairman, for a leader) and says the same words anywhere in a quotation."""

import pytest

from .conftest import quote_speakers

ABOUT_HIM = ("Halvorsen has worked the northern grounds since his teens and still mends his own nets in a shed behind "
             "the harbour office, where the co-operative keeps its ledgers and its radio. He said members had never "
             "been asked where the new quay would go, nor how many berths the trawlers from the south would take, "
             "and that the first they heard of the plan was a notice pinned to the door of the fish hall in March.")


@pytest.mark.parametrize("text", [
    ('"They take our quota and give the bay to the quarry," said Jon Halvorsen, who chairs the Vesteralen '
     'co-operative.\n\n' + ABOUT_HIM + '\n\n"Nobody from the company came to the quay. They came to the hotel," '
     'the 58-year-old said.'),
    ('»They take our quota and give the bay to the quarry,« said Jon Halvorsen, who chairs the Vesteralen '
     'co-operative.\n\n' + ABOUT_HIM + '\n\n»Nobody from the company came to the quay. They came to the hotel,« '
     'the 58-year-old said.'),
])
def test_an_age_alone_closing_a_quotation_is_the_last_speaker(text):
    assert quote_speakers(text)[-1] == "Jon Halvorsen"


@pytest.mark.parametrize("text", [
    # must not fire: someone else's name opens a sentence since, another person named since, an unnamed person of
    # that age
    ('"They take our quota," said Jon Halvorsen, who chairs the co-operative.\n\nMarit Ekornes Lunde, a net '
     'maker at the harbour, said orders had fallen. "Nobody came to the quay," the 58-year-old said.'),
    ('"They take our quota," said Jon Halvorsen, who chairs the co-operative.\n\nHe said Mayor Ove Brekke had '
     'never visited. "Nobody came to the quay," the 58-year-old said.'),
    ('"They take our quota," said Jon Halvorsen, who chairs the co-operative. A 58-year-old deckhand was hurt on '
     'the quay in May.\n\n"Nobody came to see me," the 58-year-old said.'),
])
def test_an_age_alone_goes_to_no_last_speaker_when_someone_else_comes_between(text):
    assert quote_speakers(text)[-1] != "Jon Halvorsen"


HEAD = "THE KELBY COURIER\n\n"


def test_a_headlines_indefinite_leader_takes_the_chairman_who_says_its_words_inside_a_sentence():
    text = (HEAD + "Port fees to double\n\nShipping lines warn of higher prices, and a dockers' leader says the "
            "board is \u201cselling the quay\u201d\n\nThe Kelby port board voted on Tuesday to double berth fees "
            "from April.\n\n\u201cThey are selling the quay and the jobs with it,\u201d said Aldo Ferrante, chairman "
            "of the dockers' union.")
    assert quote_speakers(text) == ["Aldo Ferrante", "Aldo Ferrante"]


@pytest.mark.parametrize("text", [
    # must not fire: a later speaker who holds another role says the word; the word said by no one later
    (HEAD + "Tram depot to be sold\n\nTraders fear for parking; deputy mayor calls sale \u201cunavoidable\u201d\n\n"
     "The city will sell the old tram depot on Harbour Road, the council said on Monday.\n\nShopkeeper Ivo Marn "
     "called the sale \u201cunavoidable\u201d but said parking would suffer."),
    (HEAD + "Port fees to double\n\nShipping lines warn of higher prices, and a dockers' leader says the board is "
     "\u201cselling the quay\u201d\n\nThe Kelby port board voted on Tuesday to double berth fees from April.\n\n"
     "\u201cWe are selling the quay at a fair price,\u201d said board secretary Aldo Ferrante."),
])
def test_a_headlines_unnamed_title_takes_no_speaker_of_another_role(text):
    assert quote_speakers(text)[0] not in ("Ivo Marn", "Aldo Ferrante")
