"""A relative clause opened by "that" and a verb's -s or -ed form inside an appositive ("Kelby Mining plc, a
miner that owns a licence with the state firm Doe Mineração, Lda., said") belongs to the appositive:
the subject is the name before it, not a legal form or a name inside the clause; and a company whose legal form is
written in lower case ("plc", "s.r.o.", "sp. z o.o.") is a named body, not an anonymous description (session 31)."""

import pytest

from analysis import Article, extract_quotes

from .conftest import quote_speakers


@pytest.mark.parametrize("text, speaker", [
    ('Vantorra Gold plc, a Sydney-quoted miner that owns a licence in the hills with the state firm Ouro Tarnal '
     'Mineração, Lda., said drilling would resume "before the rains".', "Vantorra Gold plc"),
    ('Tarno Growers Ltd, a cooperative that buys cocoa from 400 farms near Ashby Port, said the new price was '
     '"a step backwards" for its members.', "Tarno Growers Ltd"),
])
def test_a_that_clause_inside_an_appositive_leaves_the_subject(text, speaker):
    assert quote_speakers(text) == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ('Vantorra Gold plc said drilling would resume "before the rains".', "Vantorra Gold plc"),
    ('Tarno Strojírny s.r.o. said the order book was "full until spring".', "Tarno Strojírny s.r.o."),
])
def test_a_lower_case_legal_form_names_a_body(text, speaker):
    rows = extract_quotes(Article.from_text(text, name="x"))
    assert list(rows.speaker) == [speaker] and list(rows.source_type) == ["named"]


@pytest.mark.parametrize("text, speaker", [
    # must not fire: the "that" clause is the subject's own (no comma and article before it): the appositive after
    # it names the speaker
    ('The operator that runs the island routes, Kelby Ferry Services Ltd, said it was "doing all it can" to keep '
     'the boats sailing.', "Kelby Ferry Services Ltd"),
])
def test_a_that_clause_of_the_subject_itself_is_not_an_appositives(text, speaker):
    assert quote_speakers(text) == [speaker]
