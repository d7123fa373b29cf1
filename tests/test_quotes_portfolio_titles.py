"""A minister's title with a portfolio before the name: "Minister of Trade and Industry Jo Doe said" is one
subject, the "and" inside the portfolio (not two subjects), and "Minister of Industry Jo Doe" is Jo Doe, not
"Industry Jo Doe", when the mention layer reads the person so."""

import pytest

from analysis import Article, extract_quotes

from .conftest import quote_speakers


def test_an_and_inside_a_portfolio_keeps_the_title_in_the_subject():
    text = ('Vice Minister of Forests and Wildlife Tomas Ruud Lie said the hunting permits would be "cut by a tenth" '
            'next year.\n\n"Every hunting club gets a letter by Friday," the vice minister said.')
    rows = extract_quotes(Article.from_text(text, name="x"))
    assert rows.speaker_mention.iloc[0].startswith("Vice Minister of Forests and Wildlife")
    assert list(rows.speaker) == ["Tomas Ruud Lie", "Tomas Ruud Lie"]


def test_a_portfolio_word_before_the_name_is_the_titles():
    text = 'Minister of Industry Halvard Moen said the steel tariff would "stay for now".'
    assert quote_speakers(text) == ["Halvard Moen"]


@pytest.mark.parametrize("text, first", [
    # must not fire: two subjects joined by "and" after a body's name that is no title's portfolio
    ('Officials of Kelby Port and Harbour Master Ivar Dahl said the berth was "closed until further notice".',
     "Harbour Master Ivar Dahl"),
])
def test_an_and_after_no_title_still_parts_two_subjects(text, first):
    rows = extract_quotes(Article.from_text(text, name="x"))
    assert rows.speaker_mention.iloc[0] == first


@pytest.mark.parametrize("text, second", [
    # must not fire: the holder's name stands before the "and", which opens a second subject (a titled person, a
    # person after a possessive, a place or a body, a group of officials), never one merged subject
    ('Minister of Finance Tove Aaberg and Central Bank Governor Nils Brekke said the krone had been "steady" all '
     'year.', "Central Bank Governor Nils Brekke"),
    ('Secretary of State Mara Quint and Defence Secretary Ole Rask said the talks had been "useful".',
     "Defence Secretary Ole Rask"),
    ('Minister of Defence Sarwoko and Foreign Minister Dewi Lestari said the drills were "routine".',
     "Foreign Minister Dewi Lestari"),
    ("President of Veldmark Arno Kist and Ostria's Lena Varga said the border would reopen \"by the spring\".",
     "Ostria's Lena Varga"),
    ('Minister of Fisheries Ivar Holm and Coast Guard officials said the search had been "called off".',
     "Coast Guard officials"),
])
def test_an_and_after_the_holders_name_parts_two_subjects(text, second):
    rows = extract_quotes(Article.from_text(text, name="x"))
    assert rows.speaker_mention.iloc[0] == second
