"""A role of several words on later reference ("the union leader", "the retired ferry master"), said of a
quotation, stands for the one person named in the previous sentence, who spoke there or is its subject, as a role
of one word does ("the barrister"); not an age and a noun ("the 21-year-old midfielder"), nor a phrase with a
preposition ("the head of the board")."""

import pytest

from .conftest import quote_speakers

BEFORE = ('The harbour board voted on Monday to lease the north quay to a cruise operator for twenty years.\n\n'
          '"The quay pays for itself at last," said the board\'s chairman, Oskar Lindqvist.\n\n'
          'Marta Sjoberg, who chairs the Fishing Boat Owners\' Association, said members had not been asked.\n\n')


@pytest.mark.parametrize("text", [
    BEFORE + '"We land the catch there every August. Nobody has told us where to go," Sjoberg said.\n\nThe union '
    'leader called the lease "a gift to strangers".',
    BEFORE + '"We land the catch there every August. Nobody has told us where to go," the retired trawler skipper '
    'said.',
])
def test_a_role_of_several_words_is_the_person_named_just_before(text):
    assert quote_speakers(text)[-1] == "Marta Sjoberg"


@pytest.mark.parametrize("text", [
    # must not fire: an age and a noun bring in someone new; a preposition makes a phrase no role
    BEFORE + '"We land the catch there every August. Nobody has told us where to go," the 41-year-old trawler '
    'skipper said.',
    BEFORE + '"We land the catch there every August. Nobody has told us where to go," the skipper of a trawler '
    'said.',
])
def test_no_role_of_several_words_when_an_age_or_a_preposition_is_in_it(text):
    assert quote_speakers(text)[-1] != "Marta Sjoberg"
