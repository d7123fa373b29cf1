"""A speaker named by a title and a surname (session 30): the French lawyer's "Me" is a title as written ("Me Kofi
Agbenu said": the name, no "Me"), and a surname opened by an elided "d'" after a title ("Mr d'Amarante said") names
the person the story gave in full; a Surinamese surname with a capital "A" inside ("Jo Tjin A Kelbo") is a person's
name that a pronoun after it can take.  Every passage is invented for the test, written like real news; expected
values were checked by reading it."""

from __future__ import annotations

import pytest

from .conftest import quote_speakers as speakers


@pytest.mark.parametrize("text, speaker", [
    ("The landlord's lawyer, Me Kofi Agbenu, told the court the tenants had been warned. \"Every letter went out "
     "by registered post last spring,\" Me Agbenu said.", "Kofi Agbenu"),
    ("The bakery chain's lawyer, Me Komlan d'Amarante, defended the flour contract. \"My client paid the millers "
     "twice over,\" Me d'Amarante said.", "Komlan d'Amarante"),
    ("The mayor's adviser, Mr Jules d'Orvanne, spoke after the vote. \"We will appeal the ruling within the week,\" "
     "Mr d'Orvanne said.", "Jules d'Orvanne"),
])
def test_a_titled_surname_names_the_person_given_in_full(text, speaker):
    assert speakers(text) == [speaker]


def test_me_as_a_pronoun_stays_out_of_a_name():
    text = "\"Nobody asked me about the new timetable before it was printed,\" said Ana Kelbo, a bus driver."
    assert speakers(text) == ["Ana Kelbo"]


def test_a_pronoun_takes_a_surinamese_name_with_a_capital_a():
    text = ("\"The reserves will grow this year,\" said Finance Minister Ravi Kelbosing at the signing. Port director "
            "Ramon Tjin A Kelbo said the quay was finished. He called the new cranes \"fast and cheap to run\" and "
            "left for the harbour.")
    assert speakers(text) == ["Ravi Kelbosing", "Ramon Tjin A Kelbo"]


def test_a_pronoun_after_a_surname_with_a_glued_article_takes_the_full_name():
    text = ("Water Minister Karim Nasser al-Tarwani said on Sunday that the pumps would be repaired. \"The money "
            "is there,\" al-Tarwani told reporters.\n\nHe described the contractors as \"slow but honest\" and left "
            "for the plant.")
    assert speakers(text) == ["Karim Nasser al-Tarwani", "Karim Nasser al-Tarwani"]


def test_a_namesake_without_the_article_keeps_his_own_name():
    text = ("Omar Tarwani, a trader, and the minister Karim al-Tarwani met on Sunday. Tarwani said the pumps were "
            "old.\n\n\"We will need new ones,\" Tarwani said.")
    assert speakers(text) == ["Omar Tarwani"]


def test_a_koranic_teacher_s_title_fundi_names_the_person_again():
    text = ("Fundi Hamza Tarnawi Kelbou, who chairs the parents' committee of the Kelbani primary school, asked the "
            "ministry for a new roof. \"Our children study under buckets,\" Fundi Hamza said.")
    assert speakers(text) == ["Hamza Tarnawi Kelbou"]
