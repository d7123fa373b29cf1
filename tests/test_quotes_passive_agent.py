"""A she or he after a person named as who will act in a passive ("The appeal will be argued by Dr Jo Doe") is the
speaker before, not that person (session 27), on invented text; someone named as who did act ("The study was led by
Dr Jo Doe") stays the new source."""

import pytest

from .conftest import quote_speakers

SPOKE = ("Councillors gave the gravel pit their blessing on Tuesday.\n\nIts opponents are not giving up. Maria "
         "Borgstrom, who leads the Kelby Valley Residents Association, likened the pit to \"a wound in the hills\" "
         "and said the group would take the decision to the planning tribunal before the month was out. ")
FAR = ("Since 2015 the group has taken on three similar schemes and beaten two, one of them in a case that ran all "
       "the way to the High Court in Ashby, after which the builder gave up and the county bought the fields. ")


@pytest.mark.parametrize("between", ["", FAR])
def test_a_she_after_whom_a_passive_says_will_act_is_the_speaker_before(between):
    text = (SPOKE + between + "The case will be argued by Dr Anna Lindqvist, a barrister who beat the same council "
            'over a marina in 2022.\n\n"Not one of our letters got an answer," she said.')
    assert quote_speakers(text)[-1] == "Maria Borgstrom"


def test_a_she_after_whom_a_passive_says_did_act_is_that_new_source():
    text = (SPOKE + "The survey of the valley was led by Dr Anna Lindqvist, an ecologist at Kelby University.\n\n"
            '"We counted eleven species of orchid on the site," she said.')
    assert quote_speakers(text)[-1] == "Anna Lindqvist"


FILL = ("The force has faced a run of complaints over the past three years, among them the policing of a march "
        "through the town centre in 2021, a death in a cell in 2023 and the loss of evidence in two fraud trials "
        "that later collapsed. Officers have also been accused of failing to log hundreds of reports of stalking, "
        "according to figures a local paper obtained under freedom of information law.\n\n")


@pytest.mark.parametrize("who, after, speaker", [
    # who will lead or head something is often the next speaker: the pronoun is hers or his
    ("Lena Okafor, whose brother died in a cell,", "The inquiry will be led by Dame Rosa Mendel, a former appeal "
     'court judge. She said she would hear evidence "in public wherever possible".', "Rosa Mendel"),
    ("Lena Okafor, whose brother died in a cell,", "The inquiry will be led by Rosa Mendel. She said she would hear "
     'evidence "in public".', "Rosa Mendel"),
    ("Piet Varga, whose brother died in a cell,", "The new unit will be headed by Mr Jonas Eberle. He told "
     'reporters the unit would "win back trust".', "Jonas Eberle"),
    ("Piet Varga, whose brother died in a cell,", "The new unit would be headed by Jonas Eberle, a former detective. "
     'He told reporters the unit would "win back trust".', "Jonas Eberle"),
    # a judge who will hear the case does not speak yet: the speaker before
    ("Lena Okafor, whose brother died in a cell,", "The appeal will be heard by Judge Rosa Mendel in March. She said "
     'the family would "be there every day".', "Lena Okafor"),
])
def test_who_will_lead_speaks_next_but_who_will_hear_the_case_does_not(who, after, speaker):
    text = who + ' said the family wanted "the truth".\n\n' + FILL + after
    assert quote_speakers(text)[-1] == speaker
