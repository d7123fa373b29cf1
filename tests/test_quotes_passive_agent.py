"""A she or he after a person named as who will act in a passive ("The appeal will be argued by Dr Jo Doe") is the
speaker before, not that person (session 27), on invented text; someone named as who did act ("The study was led by
Dr Jo Doe") stays the new source."""

import pytest

from .conftest import quote_speakers

SPOKE = ("The council approved the quarry on Tuesday.\n\nThe objectors were unmoved. Maria Borgstrom, chair of the "
         'Kelby Valley Residents Association, called the quarry "a scar on the valley" and said the association '
         "would lodge an appeal with the planning tribunal within the 30-day deadline. ")
FAR = ("The association has fought three such schemes since 2015 and won two of them, one of which went as far as "
       "the High Court in Ashby before the developer withdrew its plans and sold the land to the county. ")


@pytest.mark.parametrize("between", ["", FAR])
def test_a_she_after_whom_a_passive_says_will_act_is_the_speaker_before(between):
    text = (SPOKE + between + "The appeal will be argued by Dr Anna Lindqvist, the lawyer who won last year's "
            'boathouse appeal.\n\n"The council did not listen to one single resident," she said.')
    assert quote_speakers(text)[-1] == "Maria Borgstrom"


def test_a_she_after_whom_a_passive_says_did_act_is_that_new_source():
    text = (SPOKE + "The survey of the valley was led by Dr Anna Lindqvist, an ecologist at Kelby University.\n\n"
            '"We counted eleven species of orchid on the site," she said.')
    assert quote_speakers(text)[-1] == "Anna Lindqvist"
