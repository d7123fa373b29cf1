"""Person names (session 32): a name that opens a paragraph takes no cue from the last words of the paragraph above
("... access to the site.\n\nJo Doe, who ..."); a hyphened role in the appositive after a name ("secretary-general
of the Dockers' Union") is a person's role, not the union's; a name a role stands before stays a person's when a
body follows it after ", of the" ("Assembly member Jo Doe, of the opposition party ...").  Every passage is
invented for the test, written like real news."""

from __future__ import annotations

from .conftest import kinds


def test_a_name_opening_a_paragraph_takes_no_noun_from_the_paragraph_above():
    text = ("Drivers blocked the gates for a third day, and the firm asked the police to clear the road to the "
            "site.\n\n"
            "Séverine Payetto, who drives a tanker for the firm, said the drivers would not move.")
    assert kinds(text)["Séverine Payetto"] == "person"


def test_a_hyphened_role_after_a_name_makes_it_a_person():
    text = ("The plant employs 900 people.\n\n"
            "Marie-Noëlle Tjibaou, secretary-general of the Union des Travailleurs du Port (UTP), said the workers "
            "would not pay for the rescue.")
    assert kinds(text)["Marie-Noëlle Tjibaou"] == "person"


def test_a_role_before_an_accented_name_then_of_the_party_stays_a_person():
    text = "Deputy mayor Rémi Tavaearii, of the Green party, voted against the harbour budget on Thursday."
    assert kinds(text)["Rémi Tavaearii"] == "person"


def test_a_hyphened_role_right_before_a_name_makes_it_a_person():
    text = ("Union Nationale des Dockers du Port (UNDP) secretary-general Aimée-Rose Nkounkou said the dockers "
            "were worried by the candidates' promises.")
    assert kinds(text)["Aimée-Rose Nkounkou"] == "person"


# A body's branch named for its country opens a paragraph (review of s32): with no cue from the paragraph above, a
# word of no given name and a country's name (the gazetteer's countries) are a body, no person.

def test_a_body_s_branch_named_for_its_country_opening_a_paragraph_is_a_body():
    text = "The plan was tabled by the ministry.\n\nTearfund Malawi called it \"a lost opportunity\"."
    assert kinds(text)["Tearfund Malawi"] == "organisation"


def test_a_body_s_branch_named_for_its_country_speaking_after_a_paragraph_is_a_body():
    text = "The loan was signed by the treasury.\n\nCaritas Zambia said the money was \"far too little\"."
    assert kinds(text)["Caritas Zambia"] == "organisation"


def test_a_country_after_a_given_name_or_one_that_is_a_given_name_stays_a_person():
    text = ("Michael Jordan said the club was sold. Tendai Chad said the fare was too high. Chris India said the "
            "show would go on.")
    k = kinds(text)
    assert (k["Michael Jordan"], k["Tendai Chad"], k["Chris India"]) == ("person", "person", "person")
