"""A long title (a portfolio whose fields a comma or an "and" joins, or an office "of" a place) before its holder in
apposition, when a style of address opens with "the" ("Minister of Water and Sanitation, the Hon. Jo Doe",
"Minister of Education, Youth and Libraries, Dr. the Hon. Jo Doe", "Chief Minister of Tarno, the Hon. Jo Doe"): the
holder speaks, not the portfolio's last field nor a body of the place, and a later "the Minister" or "He" is him
(session 31)."""

import pytest

from analysis import Article, extract_quotes

from .conftest import quote_speakers


@pytest.mark.parametrize("text, speaker", [
    ('Minister of Water and Sanitation, the Hon. Corwin Tarrowby, said the reservoir would be full '
     '"by the end of the rains".', "Corwin Tarrowby"),
    ('Minister of Education, Youth and Libraries, Dr. the Hon. Ysolde Kesmund, said the exam timetable was '
     '"fixed for this year".', "Ysolde Kesmund"),
    ('Chief Minister of Tarno Island, the Hon. Marlow Tessant, told the assembly the new airstrip was '
     '"two dry seasons away".', "Marlow Tessant"),
])
def test_a_styled_holder_after_a_long_title_speaks(text, speaker):
    assert quote_speakers(text) == [speaker]


def test_the_minister_and_he_follow_the_styled_holder():
    text = ('Minister of Water and Sanitation, the Hon. Corwin Tarrowby, said the reservoir would be full "by the end '
            'of the rains".\n\n"No village will be on the tanker list next year," the Minister said.\n\n'
            'He called the old pipes "a sieve we paid for twice".')
    assert quote_speakers(text) == ["Corwin Tarrowby"] * 3


@pytest.mark.parametrize("text, speaker", [
    # must not fire: no name after the comma and "the" (a body in apposition to the title's portfolio)
    ('The Ministry of Water and Sanitation, the Tarno Valley Authority and the Fire Service said in a joint statement '
     'the dam was "safe again".', None),
])
def test_no_styled_holder_no_person(text, speaker):
    rows = extract_quotes(Article.from_text(text, name="x"))
    assert all(s != "Sanitation" for s in rows.speaker)
