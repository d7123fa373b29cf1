"""Session 31: "the corporation said" is the body the story names with that noun, not its officer introduced as
"The corporation's chief executive, Jo Doe" (a body's possessive before a role names the officer's employer, not
the officer); and a definite description opening its clause before ", which called ..." ("The league, which
called the rise '...'") is the speaker of the relative clause."""

import pytest

from .conftest import quote_speakers

CORPORATION = ("The Kelbara Bus Corporation (KBC) will raise fares on its city routes from next month.\n\n"
               "The corporation's chief executive, Ms Orla Tarnby Keswick, told reporters diesel had gone up twice "
               "this year.\n\n"
               "In a notice to passengers, the corporation said the rise was \"the smallest we could make\" and urged "
               "commuters to buy weekly passes.")

ASSOCIATION = ("\"Nobody showed us the sums,\" said Dr Kelvo Ardane, chairman of the Tarnwick Commuters' League "
               "(TCL).\n\nThe league, which called the rise \"a toll on the night shift\", will take the fares to "
               "the transport tribunal, Dr Ardane said.")


def test_the_corporation_is_the_body_not_its_officer():
    assert quote_speakers(CORPORATION)[-1] == "Kelbara Bus Corporation"


def test_a_description_before_which_called_is_the_speaker():
    assert quote_speakers(ASSOCIATION)[-1] == "Tarnwick Commuters' League"


@pytest.mark.parametrize("text, speaker", [
    # must not fire: a role written with the body's noun in lower case, not as a possessor ("a corporation
    # spokeswoman"): the person stands for "the corporation" as before
    ("Delva Orrin Marsk, a corporation spokeswoman, met the drivers on Tuesday.\n\n\"The night buses stay,\" the "
     "corporation said in a statement.", "Delva Orrin Marsk"),
])
def test_a_lower_case_role_with_the_bodys_noun_still_names_the_person(text, speaker):
    assert quote_speakers(text)[-1] == speaker
