"""A comma after the closing mark, then an inverted verb of saying (session 28), on invented text: British style
writes ''...', says the coach' with the comma outside the marks; the words after the verb are its speaker, as they
are when the comma stands inside ('"...," says the coach')."""

import pytest

from .conftest import quote_speakers


@pytest.mark.parametrize("text, who", [
    ("'We will win', says the coach.", "coach"),
    ("Ferry timetable ‘the best we could do’, says port chief\n\nHarbour users are unhappy.\n\nPort chief executive "
     "Dr Ann Roe said two of the four boats had broken down in a week.", "Ann Roe"),
    ("‘Not for sale at any price’, says the landlord of the Crown.", "landlord"),
])
def test_a_comma_outside_the_closing_mark_then_an_inverted_verb_gives_its_speaker(text, who):
    assert who in (quote_speakers(text)[0] or "")


@pytest.mark.parametrize("text, who", [
    # must not change: a name after the verb, a participle clause after the comma, a name before the verb
    ("The plan is 'reckless', argues Jo Doe.", "Jo Doe"),
    ("It was 'a good day', says Tom Reed, the club's manager, adding that the team had played well.", "Tom Reed"),
    ("Mr Doe said the plan was 'reckless', saying it would cost jobs.", "Doe"),
    ("'We will win', Jo Doe says.", "Jo Doe"),
])
def test_a_comma_outside_the_closing_mark_leaves_other_attributions_alone(text, who):
    assert quote_speakers(text)[0] == who


@pytest.mark.parametrize("text, who", [
    # must not fire: a participle after the comma outside the mark opens a clause of the speaker before it
    ("Mrs Lyle dismissed the figures as 'made up', telling the radio station that the mill would reopen.", "Lyle"),
    ("Mr Ncube called the rent rise 'robbery', saying tenants on the estate could not pay it.", "Ncube"),
    ("Ms Kell called the offer 'too little', adding: 'We will not sign.'", "Kell"),
])
def test_a_participle_after_a_comma_outside_the_mark_gives_no_speaker_after_it(text, who):
    assert who in (quote_speakers(text)[0] or "")
