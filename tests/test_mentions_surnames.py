"""How mentions are grouped into one actor, and the kind the group gets (session 22, second round): a full name
over its surname's cues, a person no short form of a body, the Burmese suffix join.  Every sentence is invented."""

from __future__ import annotations

import pytest

from analysis import Article
from analysis.mentions import find_mentions

from .test_mentions_names import kinds


def names_of(text: str, word: str) -> set:
    df = find_mentions(Article.from_text(text))
    return set(df.loc[df["text"] == word, "name"])


# --- a person's full name keeps its kind over organisation cues of the surname alone ----------------------------

@pytest.mark.parametrize("text, name", (
    ("Bernard Tarnley spoke in Ohio on Monday. She is a Tarnley supporter, she said. Chris Doe, the Ohio director "
     "for Tarnley, said the campaign had opened an office. Tarnley spokeswoman Ann Roe said it was busy. Tarnley's "
     "team said the polls were close.", "Bernard Tarnley"),
    ("Mayor Donald Guardian met the council. Guardian said the city was broke. Guardian said he would not quit. "
     "The Guardian newspaper reported it first.", "Donald Guardian")))
def test_a_full_name_keeps_person_over_surname_cues(text, name):
    assert kinds(text).get(name) == "person", kinds(text)


@pytest.mark.parametrize("text, name, kind", (
    # a firm named like a person whose full name has its own body's cue
    ("Jo Kelby Ltd said its profits rose. Kelby shares fell. Kelby spokeswoman Ann Roe said sales grew.",
     "Jo Kelby Ltd", "organisation"),
    ("Kelby Holdings said its profits rose on Monday. Kelby shares fell. A Kelby spokeswoman declined to comment.",
     "Kelby Holdings", "organisation"),
    # a body's common noun last, or a known body's name first: no person
    ("Bloomberg Politics ran the poll. Bloomberg said its poll was sound. A Bloomberg spokeswoman agreed.",
     "Bloomberg Politics", "organisation"),
    ("Acme Capital raised its target on Monday. Acme said sales rose. Acme's chief executive, Jo Roe, said so.",
     "Acme Capital", "organisation"),
    ("Goldman Sachs analysts cut the target. Goldman said its clients were calm. Goldman shares fell.",
     "Goldman Sachs", "organisation"),
    ("Jo Tarnley said she would run again. Tarnley said the seat was safe.", "Jo Tarnley", "person")))
def test_bodies_named_like_people_keep_their_kind(text, name, kind):
    assert kinds(text).get(name) == kind, kinds(text)


# --- a person's name with a person's cues is no short form of a body named after that person -------------------

@pytest.mark.parametrize("text, word, name", (
    ("She worked in the Kelby White House for years. President Kelby said he was proud of her.", "Kelby", "Kelby"),
    ("For years the Jo, Ann and Sam Tarnley Foundation thrived. Sam Tarnley, 36, said the foundation would grow. "
     "Sam Tarnley, who runs it, said so again.", "Sam Tarnley", "Sam Tarnley"),
    ("The Sam Tarnley Memorial Trust met. Sam Tarnley, 45, said so.", "Sam Tarnley", "Sam Tarnley")))
def test_a_person_is_no_short_form_of_a_body_named_after_them(text, word, name):
    assert names_of(text, word) == {name}


@pytest.mark.parametrize("text, word, name", (
    ("Acme Capital raised its target on Monday. Acme said sales rose.", "Acme", "Acme Capital"),
    ("The Kelby Foundation gave $5 million. Kelby said the money would go to schools.", "Kelby", "Kelby Foundation"),
    ("Kelby Holdings said its profits rose. Kelby, which is based in Ohio, said it would hire.", "Kelby",
     "Kelby Holdings"),
    ("The Tarn Organization said on Monday it had sold the tower. Tarn said the sale closed in May.", "Tarn",
     "Tarn Organization"),
    ("Acme Energy Ltd reported a loss. Acme Energy said costs rose.", "Acme Energy", "Acme Energy Ltd"),
    # a body's short form with noisy person cues and a body's cue too
    ("Shares of Kelby Fintech Ltd plunged on Wednesday. Jo Roe, MD & CEO, Kelby Fintech, said the stress was "
     "local. Kelby Fintech, which is based in Pune, said so.", "Kelby Fintech", "Kelby Fintech Ltd"),
    ("Northvale Minerals Corp. agreed to buy a mine. Northvale chief executive Jo Roe said it was right. "
     '"We will judge Northvale by what it does," a chief said. Northvale said it would pay cash.', "Northvale",
     "Northvale Minerals Corp.")))
def test_short_forms_of_bodies_still_join(text, word, name):
    assert names_of(text, word) == {name}


# --- a short name with a person's cues joins an uncued longer name ending in it (Burmese names) -----------------

@pytest.mark.parametrize("text, word, name", (
    ("Tin Aye Mya Kyi visited the White House on Wednesday. Mya Kyi, 70, said the vote was fair. "
     "Mya Kyi, who leads the party, thanked voters.", "Mya Kyi", "Tin Aye Mya Kyi"),
    ("Htun Lwin Zaw Min met the envoy. Zaw Min, 64, said talks went well.", "Zaw Min", "Htun Lwin Zaw Min")))
def test_a_short_name_joins_the_longer_name_ending_in_it(text, word, name):
    assert names_of(text, word) == {name}


@pytest.mark.parametrize("text, word, name", (
    ("Officers at Fort Kelby Tarn said the base would close. Kelby Tarn, 45, said he was sad.", "Kelby Tarn",
     "Kelby Tarn"),
    ("Justice for Kelby Tarn held a vigil on Monday. Kelby Tarn, 19, died in May.", "Kelby Tarn", "Kelby Tarn"),
    ("Impeach AG Tarnley\n\nAG Tarnley said the inquiry was closed. AG Tarnley, 58, left.", "AG Tarnley",
     "AG Tarnley"),
    ("The Big Kelby Tarn Festival opened. Kelby Tarn, 45, said it was busy.", "Kelby Tarn", "Kelby Tarn"),
    ("Project Kelby Tarn began on Monday. Kelby Tarn, 45, said so.", "Kelby Tarn", "Kelby Tarn"),
    ("Sam Roe said the plan was good. Sam Roe, 45, left.", "Sam Roe", "Sam Roe"),
    # a site's or a business's noun among the longer name's words: the place, not the person
    ("The Hotel Tin Aye in Yangon was raided. Tin Aye, the owner's son, said police took computers.", "Tin Aye",
     "Tin Aye"),
    ("The Cafe Zaw Min in Mandalay was shut. Zaw Min, 40, said he would reopen.", "Zaw Min", "Zaw Min")))
def test_a_short_name_not_joined_to_other_names(text, word, name):
    assert names_of(text, word) == {name}
