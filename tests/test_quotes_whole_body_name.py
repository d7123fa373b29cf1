"""A body whose name the subject is cut inside, or whose name reads as an unnamed description, speaks under its
whole name (session 27), on invented text."""

import pytest

from .conftest import quote_speakers

LEAD = "The port authority cut night shifts on Monday.\n\n"


@pytest.mark.parametrize("text, speaker", [
    ("The Pilots and Mooring Crews' Union of Kelby (Pimcu) said the new rota left its members "
     '"too tired to steer."', "Pilots and Mooring Crews' Union of Kelby"),
    ("The Federation of Dock, Rail and Transport Workers of Kelby (FDRT) said the cuts were "
     '"a disaster for the town."', "Federation of Dock, Rail and Transport Workers of Kelby"),
    ("Friends of the Kelby Marshes, a small wildlife charity run by volunteers, said on Friday the decision was "
     '"a betrayal".', "Friends of the Kelby Marshes"),
])
def test_a_body_speaks_under_its_whole_name(text, speaker):
    assert quote_speakers(LEAD + text) == [speaker]


@pytest.mark.parametrize("text, speaker", [
    # two bodies joined by "and": the second one's name is whole
    ('The Greens and the Kelby Farmers Union said the cuts were "a disaster".', "Kelby Farmers Union"),
    # a person after "and": the person
    ('Union leaders and Tom Reedman of the Kelby Dockers said the cuts were "a disaster".', "Tom Reedman"),
    # people named as friends of a person: no body
    ('Friends of Tom Reedman said he was "heartbroken".', "friends of Tom Reedman"),
])
def test_a_subject_after_and_or_a_group_of_people_keeps_the_usual_reading(text, speaker):
    assert quote_speakers(LEAD + text) == [speaker]


@pytest.mark.parametrize("text, speaker", [
    # a plural noun for people opening the sentence, "and", then a named body: two subjects, the body's name alone
    ('Growers and Ashby Fruit Co-operative said the price was "far too low".', "Ashby Fruit Co-operative"),
    ('Residents and Kelby Harbour Trust said the cuts were "a disaster".', "Kelby Harbour Trust"),
])
def test_people_and_a_named_body_are_two_subjects(text, speaker):
    assert quote_speakers(LEAD + text) == [speaker]
