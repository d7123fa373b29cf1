"""A long title (a portfolio whose fields a comma or an "and" joins, or an office "of" a place) before its holder in
apposition, when a style of address opens with "the" ("Minister of Ports and Fisheries, the Hon. Jo Doe",
"Minister of Health, Sport and Culture, Dr. the Hon. Jo Doe", "Chief Minister of Tarno, the Hon. Jo Doe"): the
holder speaks, not the portfolio's last field nor a body of the place, and a later "the Minister" or "He" is him
(session 31)."""

import pytest

from analysis import Article, extract_quotes

from .conftest import quote_speakers


@pytest.mark.parametrize("text, speaker", [
    ('Minister of Ports and Fisheries, the Hon. Desmond Quarrie, said the harbour would reopen '
     '"within the month".', "Desmond Quarrie"),
    ('Minister of Health, Sport and Culture, Dr. the Hon. Marguerite Lanaghan, said the clinic budget was '
     '"not negotiable".', "Marguerite Lanaghan"),
    ('Chief Minister of Tarno Island, the Hon. Everton Blackwood, told reporters the talks were '
     '"at a delicate stage".', "Everton Blackwood"),
])
def test_a_styled_holder_after_a_long_title_speaks(text, speaker):
    assert quote_speakers(text) == [speaker]


def test_the_minister_and_he_follow_the_styled_holder():
    text = ('Minister of Ports and Fisheries, the Hon. Desmond Quarrie, said the harbour would reopen "within the '
            'month".\n\n"No trawler will be left at anchor for long," the Minister said.\n\n'
            'He called the storm damage "the worst in thirty years".')
    assert quote_speakers(text) == ["Desmond Quarrie"] * 3


@pytest.mark.parametrize("text, speaker", [
    # must not fire: no name after the comma and "the" (a body in apposition to the title's portfolio)
    ('The Ministry of Ports and Fisheries, the Tarno Harbour Board and the Coast Guard said in a joint statement the '
     'channel was "safe again".', None),
])
def test_no_styled_holder_no_person(text, speaker):
    rows = extract_quotes(Article.from_text(text, name="x"))
    assert all(s != "Fisheries" for s in rows.speaker)
