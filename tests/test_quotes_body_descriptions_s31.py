"""Session 31: "the corporation said" is the body the story names with that noun, not its officer introduced as
"The corporation's managing director, Jo Doe" (a body's possessive before a role names the officer's employer, not
the officer); and a definite description opening its clause before ", which called ..." ("The association, which
called the cut '...'") is the speaker of the relative clause."""

import pytest

from .conftest import quote_speakers

CORPORATION = ("The Tarno Cocoa Marketing Corporation (TCMC) has cut the price it pays growers by a quarter.\n\n"
               "The corporation's general manager, Mr Baraka Juma Hemed, said world prices had fallen since June.\n\n"
               "In a statement, the corporation said the new price was \"still fair for the season\" and asked farmers "
               "to sell through its depots.")

ASSOCIATION = ("\"We were never asked,\" said Mzee Salum Ali Haji, chairman of the Tarno Union of Cocoa Growers "
               "(TUCG).\n\nThe union, which called the cut \"a fine on honest growers\", will write to the "
               "ministry, Mzee Salum said.")


def test_the_corporation_is_the_body_not_its_officer():
    assert quote_speakers(CORPORATION)[-1] == "Tarno Cocoa Marketing Corporation"


def test_a_description_before_which_called_is_the_speaker():
    assert quote_speakers(ASSOCIATION)[-1] == "Tarno Union of Cocoa Growers"


@pytest.mark.parametrize("text, speaker", [
    # must not fire: a role written with the body's noun in lower case, not as a possessor ("a corporation
    # spokeswoman"): the person stands for "the corporation" as before
    ("Amina Said Khamis, a corporation spokeswoman, met the growers on Monday.\n\n\"The depots stay open,\" the "
     "corporation said in a statement.", "Amina Said Khamis"),
])
def test_a_lower_case_role_with_the_bodys_noun_still_names_the_person(text, speaker):
    assert quote_speakers(text)[-1] == speaker
