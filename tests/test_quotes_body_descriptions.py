"""Bodies that speak by description or by a long name (session 28), on invented text: a body's description in the
story's opening is the one body the story names later with that noun; "the association" is the association, not
a member whose appositive names it; a description with a place after it ("the main growers' association in
eastern Kelby") speaks whole; a body welcoming something "as" a quotation says it, however long its name."""

import pytest

from .conftest import quote_speakers


@pytest.mark.parametrize("text, who", [
    ("KELBY – Pickers stayed home for a third day on Monday, and Kelby's biggest association of apple producers "
     "said the fruit would be \"cider or compost by Friday\".\n\nThe Asociación de Productores de Manzana del "
     "Valle (APMV) has 60 member orchards in the hills above the town.",
     "Asociación de Productores de Manzana del Valle"),
    ("ASHBY – Tenants marched on the town hall on Friday, and a housing movement said the new rents were \"out "
     "of reach for nurses and bus drivers\".\n\nAbout 200 members of the Ashby Fair Rent Movement carried "
     "banners down the high street.", "Ashby Fair Rent Movement"),
])
def test_a_bodys_description_in_the_opening_is_the_body_named_later(text, who):
    assert quote_speakers(text)[0] == who


@pytest.mark.parametrize("text", [
    # must not fire: two bodies with the noun named later; the description outside the story's opening
    ("KELBY – Kelby's biggest association of apple growers said the fruit would be \"cider or compost\".\n\n"
     "The Kelby Fruit Growers Association and the Ashby Orchard Association both met on Tuesday."),
])
def test_a_bodys_description_names_no_body_when_two_share_the_noun(text):
    assert "Association" not in (quote_speakers(text)[0] or "")


def test_the_association_is_the_body_not_a_member_whose_appositive_names_it():
    text = ('"Nobody asked us about the lorries," said Lina Marsh, a school nurse and member of the Kelby Valley '
            'Residents Association.\n\nThe association, in its newsletter, urged members to "write to every '
            'councillor."')
    assert quote_speakers(text)[-1] == "Kelby Valley Residents Association"


def test_the_association_is_still_its_president_who_holds_the_role_in_lower_case():
    text = ('Lina Marsh, the association\'s president, met the council on Monday.\n\n"We will not give up," the '
            'association president said.')
    assert quote_speakers(text) == ["Lina Marsh"]


@pytest.mark.parametrize("text, who", [
    ("The oldest beekeepers’ association in northern Kelby has asked the county for “a say on every spraying "
     "permit”.", "oldest beekeepers’ association in northern Kelby"),
    ("The largest taxi drivers' union in southern Ashby said it would seek \"a proper hearing\" before the vote.",
     "largest taxi drivers' union in southern Ashby"),
    ('A bus driver in northern Kelby said the route was "a death trap".', "bus driver in northern Kelby"),
])
def test_a_description_with_a_compass_point_and_a_place_speaks_whole(text, who):
    assert quote_speakers(text) == [who]


@pytest.mark.parametrize("text, who", [
    # must not change: people in a place, a person from a place
    ('Residents in Ashby said the plan was "a disgrace".', "residents in Ashby"),
    ('A nurse from Ashby said the ward was "full every night".', "nurse from Ashby"),
])
def test_a_description_with_a_place_is_read_as_before(text, who):
    assert quote_speakers(text) == [who]


@pytest.mark.parametrize("text, who", [
    ("The Kelby Association of Ferry Operators and Port Enterprises (KAFOPE) welcomed the timetable as “the first "
     "good news in years”.", "Kelby Association of Ferry Operators and Port Enterprises"),
    ('The Union of Grain Hauliers and Loaders of Ashby welcomed the bridge toll cut as "fair to the small firms".',
     "Union of Grain Hauliers and Loaders of Ashby"),
    ('The Kelby Lorry Drivers Union described the new tolls as "daylight robbery".', "Kelby Lorry Drivers Union"),
])
def test_a_body_with_a_long_name_welcoming_or_describing_something_says_the_words(text, who):
    assert quote_speakers(text) == [who]


def test_a_long_clause_before_a_calling_verb_is_still_no_subject():
    text = 'After the vote on the tolls in the county hall last night the drivers described the tolls as "robbery".'
    assert quote_speakers(text)[0] != "After the vote on the tolls in the county hall last night the drivers"
