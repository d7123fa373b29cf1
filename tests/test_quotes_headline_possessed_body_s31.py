"""A headline's body noun after a word and a plural possessive ("Cocoa growers' union calls ...") stands for the one
body the story names later with that noun when its name holds the first word, though not the possessive's
("the Tarno Cocoa and Coffee Producers' Union"), session 31; a name holding neither is not taken."""

import pytest

from .conftest import quote_speakers

STORY = ("Cocoa growers’ union calls price review ‘an insult’\n\n"
         "Farmers in the east say the new board price barely covers fertiliser.\n\n"
         "TARNO – The Tarno Cocoa and Coffee Producers’ Union (TCCPU), which represents about 900 farmers, wrote to "
         "the marketing board on Monday.\n\n"
         "Its secretary, Ama Owusu-Bekoe, said only a third of members had been paid for the main crop.")


def test_a_headline_body_with_a_possessive_modifier_is_the_body_named_later():
    assert quote_speakers(STORY)[0] == "Tarno Cocoa and Coffee Producers’ Union"


def test_a_body_whose_name_holds_neither_word_is_not_taken():
    # must not fire: the union named later holds neither "cocoa" nor "growers"
    text = STORY.replace("Tarno Cocoa and Coffee Producers’ Union (TCCPU)", "Tarno Dock Workers’ Union (TDWU)")
    assert quote_speakers(text)[0] != "Tarno Dock Workers’ Union"


@pytest.mark.parametrize("text, wrong", [
    # must not fire: a body whose name holds only a place or demonym of the headline ("Tarnian"), or only an
    # adjective with no plural members' noun before its body noun ("Small Traders"), or the body a "rival" one
    # opposes
    ("Malawi midwives' union calls pay offer \"an insult\"\n\nLILONGWE — Midwives could strike next month.\n\n"
     "The Malawi Surgeons, Anaesthetists and Radiologists Union (MSARU) said surgeons backed the midwives. "
     "\"We stand with them,\" the union said.", "Malawi Surgeons, Anaesthetists and Radiologists Union"),
    ("Tarnian fishermen's union calls quota \"a death sentence\"\n\nTARNO — Boats stayed in port on Monday.\n\n"
     "The Tarnian Football Union said its cup final would go ahead.", "Tarnian Football Union"),
    ("Local tenants' association calls rent rise \"a scandal\"\n\nASHBY — Rents rose by a fifth.\n\n"
     "The Local Enterprise Association of Ashby said landlords had \"no choice\".",
     "Local Enterprise Association of Ashby"),
    ("Rival nurses' union calls deal \"a surrender\"\n\nKELBY — A second union refused the pay offer.\n\n"
     "The Kelby Federation of Nurses had accepted the offer on Monday, calling it \"fair\".",
     "Kelby Federation of Nurses"),
])
def test_no_body_of_another_kind_or_a_rivals(text, wrong):
    assert quote_speakers(text)[0] != wrong
