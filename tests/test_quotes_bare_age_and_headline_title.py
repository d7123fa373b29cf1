"""Two speaker readings of session 28, on invented text: an age alone closing a quotation ('"...," the 58-year-old
said') is the person who spoke last, though a paragraph about them stands between and the text gives no age or
sex; and a headline's unnamed role ('a dockers' leader says "..."') takes the later speaker who holds that role (a
chairman, for a leader) and says the same words anywhere in a quotation."""

import pytest

from .conftest import quote_speakers

ABOUT_HIM = ("Halvorsen keeps bees on four hectares above the village and sells honey at the Saturday market, where "
             "the co-operative rents him a stall beside the cheese van. He told the meeting that the county had "
             "sent three letters in a year, each with a new map of the bypass, and that none of the maps showed "
             "the lane his hives stand on or the spring his neighbours draw their water from.")


@pytest.mark.parametrize("text", [
    ('"The bypass will cut the valley in two," said Jon Halvorsen, who chairs the Vesteralen beekeepers\' '
     'co-operative.\n\n' + ABOUT_HIM + '\n\n"I have kept bees here for forty years. I will keep them here," the '
     '58-year-old said.'),
    ('»The bypass will cut the valley in two,« said Jon Halvorsen, who chairs the Vesteralen beekeepers\' '
     'co-operative.\n\n' + ABOUT_HIM + '\n\n»I have kept bees here for forty years. I will keep them here,« the '
     '58-year-old said.'),
])
def test_an_age_alone_closing_a_quotation_is_the_last_speaker(text):
    assert quote_speakers(text)[-1] == "Jon Halvorsen"


@pytest.mark.parametrize("text", [
    # must not fire: someone else's name opens a sentence since, another person named since, an unnamed person of
    # that age
    ('"The bypass will cut the valley in two," said Jon Halvorsen, who chairs the co-operative.\n\nMarit Ekornes '
     'Lunde, a potter in the village, said her sales had fallen. "I may have to move," the 58-year-old said.'),
    ('"The bypass will cut the valley in two," said Jon Halvorsen, who chairs the co-operative.\n\nHe said Mayor '
     'Ove Brekke had never visited. "I may have to move," the 58-year-old said.'),
    ('"The bypass will cut the valley in two," said Jon Halvorsen, who chairs the co-operative. A 58-year-old '
     'cyclist was hurt on the old road in May.\n\n"I may have to move," the 58-year-old said.'),
])
def test_an_age_alone_goes_to_no_last_speaker_when_someone_else_comes_between(text):
    assert quote_speakers(text)[-1] != "Jon Halvorsen"


HEAD = "THE KELBY COURIER\n\n"


def test_a_headlines_indefinite_leader_takes_the_chairman_who_says_its_words_inside_a_sentence():
    text = (HEAD + "Port fees to double\n\nShipping lines warn of higher prices, and a dockers' leader says the "
            "rise is \u201ca tax on work\u201d\n\nThe Kelby port board voted on Tuesday to double berth fees "
            "from April.\n\n\u201cEvery berth fee is a tax on work, and the crews will pay it first,\u201d said "
            "Aldo Ferrante, chairman of the dockers' union.")
    assert quote_speakers(text) == ["Aldo Ferrante", "Aldo Ferrante"]


@pytest.mark.parametrize("text", [
    # must not fire: a later speaker who holds another role says the word; the word said by no one later
    (HEAD + "Tram depot to be sold\n\nTraders fear for parking; deputy mayor calls sale \u201cunavoidable\u201d\n\n"
     "The city will sell the old tram depot on Harbour Road, the council said on Monday.\n\nShopkeeper Ivo Marn "
     "called the sale \u201cunavoidable\u201d but said parking would suffer."),
    (HEAD + "Port fees to double\n\nShipping lines warn of higher prices, and a dockers' leader says the rise is "
     "\u201ca tax on work\u201d\n\nThe Kelby port board voted on Tuesday to double berth fees from April.\n\n"
     "\u201cA tax on work? It is a fee for a service,\u201d said board secretary Aldo Ferrante."),
])
def test_a_headlines_unnamed_title_takes_no_speaker_of_another_role(text):
    assert quote_speakers(text)[0] not in ("Ivo Marn", "Aldo Ferrante")
