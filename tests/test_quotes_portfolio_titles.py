"""A minister's title with a portfolio before the name: "Minister of Trade and Industry Jo Doe said" is one
subject, the "and" inside the portfolio (not two subjects), and "Minister of Industry Jo Doe" is Jo Doe, not
"Industry Jo Doe", when the mention layer reads the person so."""

import pytest

from analysis import Article, extract_quotes

from .conftest import quote_speakers


def test_an_and_inside_a_portfolio_keeps_the_title_in_the_subject():
    text = ('Vice Minister of Mining and Hydrocarbons Tomas Ruud Lie said the licences would be "reviewed" before '
            'the summer.\n\n"We will listen to every village on the coast," the vice minister said.')
    rows = extract_quotes(Article.from_text(text, name="x"))
    assert rows.speaker_mention.iloc[0].startswith("Vice Minister of Mining and Hydrocarbons")
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
