"""A headline's body noun after a word and a plural possessive ("Cocoa growers' union calls ...") stands for the one
body the story names later with that noun when its name holds the first word, though not the possessive's
("the Tarno Cocoa and Coffee Producers' Union"), session 31; a name holding neither is not taken."""

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
