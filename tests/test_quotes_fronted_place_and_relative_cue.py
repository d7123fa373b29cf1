"""A place is no speaker (session 28), on invented text: a place phrase fronted before an unnamed person brought in
with "a"/"an" is not part of the speaker, and a verb of saying in an object relative clause after a quotation
("the levy, which the treasury says will ...") tells what the noun is, not who spoke the quotation."""

import pytest

from .conftest import quote_speakers


@pytest.mark.parametrize("text, who", [
    ('In Marlow Bay, a fisherman who gave his name only as Teodor said the catch had halved: "We go out at four and '
     'come back with nothing."', "Teodor"),
    ('At Kessing market, an older trader who gave her name only as Ilse said prices had doubled: "Nobody buys '
     'apples at this price."', "Ilse"),
    ('In Ostrava Nord, a mining town of 9,000, a retired welder who gave his name only as Pavel said the smog was '
     'worse: "My grandson coughs all winter."', "Pavel"),
])
def test_a_fronted_place_is_no_part_of_the_person_brought_in_after_it(text, who):
    assert quote_speakers(text) == [who]


@pytest.mark.parametrize("text, who", [
    # must not change: a capitalised name after the place phrase, the definite description after it
    ('In Marlow Bay, harbour master Ines Vorland said the boats had stayed in: "The swell is too high."',
     "Ines Vorland"),
    ('In a letter to the port board, the association, which represents 300 crews, said the fee was "unfair".',
     "association"),
])
def test_a_fronted_place_leaves_named_and_definite_subjects_alone(text, who):
    assert quote_speakers(text)[0] == who


@pytest.mark.parametrize("text, who", [
    ("Reinholt said the customs office had shown «not one lab report» for the cheese embargo, which Copenhagen "
     "says dates from a listeria scare.", "Reinholt"),
    ("Importers said the rules were «a wall around the market», which the agency says it will review in March.",
     "importers"),
    ("Importers said the rules were “a wall around the market”, which Anna Berg says she will review in March.",
     "importers"),  # (a plural noun of unnamed people, lower case as "analysts" is: "importer" is a person noun)
])
def test_a_cue_in_an_object_relative_clause_after_a_quotation_is_not_its_attribution(text, who):
    assert quote_speakers(text) == [who]


@pytest.mark.parametrize("text, who", [
    # must not change: a relative clause that is the speaker's own appositive, a cue right after the quotation
    ('"We will appeal," the union, which represents 4,000 dockers, said on Monday.', "union"),
    ('"The fee is too high," said Marta Kessel, who runs the ferry company.', "Marta Kessel"),
])
def test_a_relative_clause_of_the_speaker_still_attributes(text, who):
    assert quote_speakers(text)[0] == who
