"""A he or she in the story's opening is not "a pronoun closing a quotation that opens its paragraph" because a
headline quotation opens an earlier paragraph: the quotation must stand in the pronoun's own paragraph, and a byline
name is never the antecedent (session 31)."""

from .conftest import quote_speakers

STORY = ("'We slept beside the looms': a mill hand looks back\n\n"
         "A former textile worker says he kept the machines running for years on a day labourer's pay.\n\n"
         "By Ardis Kelmore | 22 August 2016 | 7 Comments\n\n"
         "KELBY – A 44-year-old man who quit the spinning mill in the autumn has described sleeping on the factory "
         "floor between night shifts, for what he called \"a wage that was gone by Wednesday\".\n\n"
         "Tobin Tarrask-Velo, who now repairs bicycles, said he started at the mill at 16.")


def test_a_byline_after_a_headline_quotation_is_no_antecedent():
    assert "Ardis Kelmore" not in quote_speakers(STORY)


def test_a_pronoun_after_a_quotation_opening_its_own_paragraph_still_finds_the_subject_before():
    text = ("Tobin Tarrask-Velo, 47, said he had worked the looms since 1994.\n\n"
            "\"We slept beside the machines. Nobody paid for the nights,\" he said.")
    assert quote_speakers(text) == ["Tobin Tarrask-Velo"]


def test_a_byline_before_a_quotation_opening_its_paragraph_is_no_antecedent():
    # must not fire: a quotation opens the pronoun's paragraph and the paragraph before is a byline; only the
    # byline check stops its name being "he"
    text = ("'We slept beside the looms': a mill hand looks back\n\n"
            "By Ardis Kelmore | 22 August 2016\n\n"
            "\"Nobody paid for the nights,\" he said of his twenty years at the spinning mill.")
    assert "Ardis Kelmore" not in quote_speakers(text)
