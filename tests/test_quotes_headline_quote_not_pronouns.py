"""A he or she in the story's opening is not "a pronoun closing a quotation that opens its paragraph" because a
headline quotation opens an earlier paragraph: the quotation must stand in the pronoun's own paragraph, and a byline
name is never the antecedent (session 31)."""

from .conftest import quote_speakers

STORY = ("'They paid us in promises': a dock porter's story\n\n"
         "A former porter says he carried cargo for years without a contract.\n\n"
         "By Ruth Amankwah | 3 May 2015 | 2 Comments\n\n"
         "TARNO – A 31-year-old man who left the docks last winter has described carrying sacks of cement for twelve "
         "hours a day, for what he called \"wages you could not count on\".\n\n"
         "Kofi Ansah-Boateng, who now drives a taxi, said he was hired at 19.")


def test_a_byline_after_a_headline_quotation_is_no_antecedent():
    assert "Ruth Amankwah" not in quote_speakers(STORY)


def test_a_pronoun_after_a_quotation_opening_its_own_paragraph_still_finds_the_subject_before():
    text = ("Kofi Ansah-Boateng, 52, said he had worked at the port since 1990.\n\n"
            "\"They paid us in promises. We ate promises,\" he said.")
    assert quote_speakers(text) == ["Kofi Ansah-Boateng"]
