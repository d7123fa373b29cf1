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
