"""Session 31: (1) a lone name after a title ("Rev. Doe said") is the one person the story names in full after that
same title ("Rev. Jo Doe Kel", the father's name in the middle), not another person whose surname it is; (2) a
body's initials in brackets between its name and lower-case role words before a person ("the Kelby Farmers Party
(KFP) youth chief Jo Doe") do not cut the subject: the person speaks, not the body."""

import pytest

from analysis.quotes import _head_phrase

from .conftest import quote_speakers


def test_a_titled_lone_name_is_the_bearer_of_that_title():
    text = ("Mara Tollan Vesk, a midwife at the Orbeck health post, said the roof had leaked since the rains "
            "began.\n\n"
            "\"We deliver babies under plastic sheets,\" Ms Tollan said.\n\n"
            "Rev. Anselm Vesk Darrow, who leads the parish building fund, said the money had run out in March.\n\n"
            "\"We raised the walls with our own hands. A roof needs more than hands,\" Rev. Vesk said.")
    assert quote_speakers(text)[-1] == "Anselm Vesk Darrow"


@pytest.mark.parametrize("text, speaker", [
    # must not fire: two people named in full after the title, or the word only opens the titled name (a given
    # name): the usual reading stands
    ("Rev. Anselm Vesk Darrow and Rev. Tobias Vesk Marrin led the procession.\n\nMara Tollan Vesk, a midwife, "
     "joined them.\n\n\"We walked for the new roof,\" Rev. Vesk said.", "Vesk"),
])
def test_no_single_titled_bearer_keeps_the_usual_reading(text, speaker):
    assert quote_speakers(text)[-1] != "Anselm Vesk Darrow"


@pytest.mark.parametrize("text, speaker", [
    ('Tarnovan Tenants Alliance (TTA) youth chief Bram Ostrell, who led the march to parliament, called the new '
     'rent law "a gift to the landlords".', "Bram Ostrell"),
    ('The Kelby Farmers Party (KFP) regional spokesman Ruth Okello, who farms near Ashby, called the levy "a tax '
     'on the poor".', "Ruth Okello"),
])
def test_initials_before_a_role_and_a_name_leave_the_person(text, speaker):
    assert quote_speakers(text) == [speaker]


@pytest.mark.parametrize("mention, head", [
    # must not fire: lower-case words after the initials that end in no person's noun (a preposition and a place,
    # a body's parts): the head stops at the brackets
    ("the Kelby Health Service (KHS) in the north", "the Kelby Health Service"),
    ("the Kelby Farmers Union (KFU) local branches in Ashby", "the Kelby Farmers Union"),
])
def test_initials_before_other_lower_case_words_end_the_head(mention, head):
    assert _head_phrase(mention) == head


@pytest.mark.parametrize("text, speaker", [
    # must not fire: another person with the word as last name is named after the titled bearer (the newer
    # bearer, as the usual reading has it); the word is the titled bearer's last name before "Jr." (kept whole)
    ("Dr. Ibrahim Bako Lawal, who runs the district hospital, thanked the donors.\n\n"
     "Halima Bako, a doctor on the children's ward, said the oxygen had run out twice.\n\n"
     "\"We were counting breaths by hand,\" Dr. Bako said.", "Halima Bako"),
    ("Mr. Robert Kane Jr. opened the hearing.\n\nMr. Kane later answered questions. \"We did nothing wrong,\" "
     "Mr. Kane said.", "Robert Kane Jr."),
])
def test_a_newer_bearer_or_a_last_name_keeps_the_usual_reading(text, speaker):
    assert quote_speakers(text)[-1] == speaker
