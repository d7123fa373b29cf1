"""Passages from the second review of session 25 where merged speaker rules regressed: 'a Y spokesperson' when Y
is a person, party or place the story names; an organisation opening a sentence that only wins, ranks or is
listed under a quoted name; ', and a/an' after an apposition; a described person who offers a view or is hurt
while briefing is no he/she antecedent."""

import pytest

from .test_quotes_styles import speakers  # (quotation text without its closing comma or stop, speaker) pairs


@pytest.mark.parametrize("text, bad", [
    ('Donald Trump held a rally in Ohio on Saturday. His company, Trump Hotels Inc., reported a loss.\n\n'
     'A Trump spokesperson said the candidate "will not be distracted by fake polls."', "Trump Hotels Inc."),
    ('Joe Biden spoke in Scranton. The Biden Institute at the University of Delaware hosted a panel. Biden '
     'Holdings LLC, a Kansas real-estate firm, is unrelated.\n\nA Biden spokesperson said the president "looks '
     'forward to the debate."', "Biden Holdings LLC"),
    ('The Labour Party lost the by-election. Labour Holdings Ltd., an unrelated property firm, fell 2 percent.\n\n'
     'A Labour spokesperson said the result was "disappointing but not surprising."', "Labour Holdings Ltd."),
    ('The Green Party won two seats. Green Energy Ltd. posted a loss.\n\nA Green spokesperson said the party was '
     '"delighted."', "Green Energy Ltd."),
    ('Residents of Kelby protested outside Kelby Town Hall. Kelby Water Ltd. said pipes would be replaced.\n\n'
     'A Kelby spokesperson said the council "shares residents\' anger."', "Kelby Water Ltd."),
])
def test_a_spokesperson_of_a_person_party_or_place_is_no_firm_of_that_name(text, bad):
    assert speakers(text)[-1][1] != bad


@pytest.mark.parametrize("text", [
    'Kelby Water Ltd. won the regional prize for "best customer service in the north" in 2019.',
    'Acme Holdings Ltd. ranked first in the "Best Places to Work in Asia" list for 2024.',
    'Kelby Steel Ltd. topped the regulator\'s list of "the worst polluters in the north" last year.',
    'Northern Rail Ltd. was among the firms on the government\'s "list of repeat offenders" in 2022.',
])
def test_an_organisation_that_wins_or_is_listed_under_a_quoted_name_does_not_speak_it(text):
    [(_, speaker)] = speakers(text)
    assert speaker is None


def test_an_organisation_that_blames_a_quoted_cause_speaks_it():
    text = 'Kelby Water Ltd. blamed the shortfall on "an exceptionally dry summer" in its annual report.'
    assert speakers(text) == [("an exceptionally dry summer", "Kelby Water Ltd.")]


@pytest.mark.parametrize("text, who", [
    ('The mayor, a Democrat, and an ally of the governor, said the plan was "dead on arrival."', "mayor"),
    ('Mr. Obi, a pastor, and a father of five, said the eviction was "cruel."', "Obi"),
])
def test_and_a_after_an_apposition_is_a_second_apposition_of_the_subject(text, who):
    [(_, speaker)] = speakers(text)
    assert speaker and who in speaker


@pytest.mark.parametrize("text, who", [
    ('"Buses will run," said transport chief Ruth Baine. A driver offered a view of the depot from his cab. '
     '"They are all parked up," she said.', "Ruth Baine"),
    ('"We are investigating," said fire chief Tom Ward. A firefighter was injured while briefing crews at the '
     'scene. "He is stable," he said.', "Tom Ward"),
])
def test_a_view_offered_or_a_briefing_in_passing_gives_no_voice(text, who):
    assert speakers(text)[-1][1] == who
