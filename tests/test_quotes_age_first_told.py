"""An age first told at a later reference: '"...," the 36-year-old said' closing a quotation, when the story gives
that age to no one before, stands for the one person named (as the subject, or a passive's agent) in the sentence
before the quotation, whether or not that person has spoken yet; not for a speaker further back."""

import pytest

from .conftest import quote_speakers

EARLIER = ('"We will not close the depot before spring," said Harald Vinje, the transport director of the '
           'Nordfjell bus company.\n\n')


@pytest.mark.parametrize("text, speaker", [
    # the one person named is a passive's agent; a quoted trade name in that sentence is read as a quotation of its
    # own, whoever it is given to
    (EARLIER + 'That promise was questioned by Kristin Aasland, a night driver who has worked at the depot for '
     'eleven years.\n\n"They said the same thing last spring," the 36-year-old said.', "Kristin Aasland"),
    (EARLIER + 'Kristin Aasland, who drives the night route for the co-operative "Fjordlinja," said the drivers had '
     'been told nothing.\n\n"I read about it in the paper," the 36-year-old said.', "Kristin Aasland"),
])
def test_an_age_first_told_closing_a_quotation_is_the_person_just_named(text, speaker):
    assert quote_speakers(text)[-1] == speaker


@pytest.mark.parametrize("text", [
    # must not fire: the age is given to someone before; the name stands in a clause
    # another reports
    (EARLIER.replace("Harald Vinje,", "Harald Vinje, 36,") + 'Kristin Aasland, a night driver from Bergen, has '
     'slept in a staff caravan since October.\n\n"The heater works two nights out of three," the 36-year-old '
     'said.'),
    (EARLIER + 'He said Kristin Aasland, a night driver, had been moved to the morning shift.\n\n"The new depot '
     'will be warmer," the 36-year-old said.'),
])
def test_an_age_first_told_takes_no_one_named_when_something_tells_against_it(text):
    assert quote_speakers(text)[-1] != "Kristin Aasland"


@pytest.mark.parametrize("text, wrong", [
    # must not fire: the one named in the sentence before holds an office before the name (an official the story
    # is about), or someone else, not yet a speaker, was named just before (the age may be hers)
    ('Ingrid Solheim has mended nets on the Vardø quay for thirty years.\n\nLast month Mayor Petter Lund ordered '
     'the sheds pulled down to make room for a hotel.\n\n"Where will we keep our gear?" the 52-year-old asked.',
     "Petter Lund"),
    ('The net sheds on the Vardø quay are to make room for a hotel.\n\nLast week Mayor Petter Lund ordered them '
     'cleared.\n\n"Where will we keep our gear?" the 52-year-old asked.', "Petter Lund"),
    ('Ingrid Solheim has mended nets on the Vardø quay for thirty years.\n\nThe order was signed by Petter Lund, '
     'who owns the hotel site.\n\n"Where will we keep our gear?" the 52-year-old asked.', "Petter Lund"),
])
def test_an_age_first_told_is_no_official_nor_one_of_two_just_named(text, wrong):
    assert quote_speakers(text)[-1] != wrong
