"""Speakers described before they are named, by place and party, and fronted topics (session 40).

A he or she after a person described but not named is the person the next sentence names when it opens with the
description's own noun ("The woman, Jo Doe,") or with the same pronoun and "is" ("He is Jo Doe"); someone brought
in after a fronted place ("Among them was a lasher who ...") is new to the story as one opening the sentence is;
"the Vermont senator" stands for the senator named before, "the Selma Democrat" for the one named with that party
and is no person's name; "As for Doe, he said" makes Doe the pronoun's antecedent.  Every passage is written for
the test; the expected speakers were checked by reading it.
"""

from __future__ import annotations

import pytest

from analysis import Article, extract_quotes, find_stakeholders


def speakers(text: str) -> dict:
    q = extract_quotes(Article.from_text(text))
    return dict(zip(q["text"], q["speaker"]))


CHAIRMAN = ("The co-operative’s chairman, a 63-year-old skipper who has fished out of Kelby since he was 14, heard "
            "the news on the harbour wall on Tuesday morning. “They read us a letter with numbers on it, and the "
            "numbers say go home,” he said.\n\n")


def test_he_is_names_the_chairman_just_quoted():
    text = CHAIRMAN + ("He is Gert Kelder, known up and down the coast as “Kaptein”, and he called the decision “a "
                       "second eviction”.\n\n“The sea was ours long before their offices were built,” he said.\n")
    got = speakers(text)
    assert got["They read us a letter with numbers on it, and the numbers say go home,"] == "Gert Kelder"
    assert got["The sea was ours long before their offices were built,"] == "Gert Kelder"


def test_a_role_noun_of_another_person_names_no_one_new():
    text = CHAIRMAN + "The harbour master, Gert Kelder, 58, said the permits were final.\n"
    assert speakers(text)["They read us a letter with numbers on it, and the numbers say go home,"] != "Gert Kelder"


@pytest.mark.parametrize("before", [
    "Jo Tarn, the mill's manager, said dues would be paid. “We cannot pay out of an empty godown,” Mr Tarn said.",
    "“We cannot pay out of an empty godown,” said the mill's general manager.",  # (an unnamed man quoted before)
])
def test_the_woman_described_is_named_by_her_own_noun(before):
    text = (before + "\n\nNear the gate, a grey-haired woman in a white sari held up a bundle of weighment slips. She had "
            "come overnight on a truck.\n\n“My husband died in July,” she said. “These slips are all that is left.”\n\n"
            "The woman, Sushila Vermaan, 56, farms three acres near the town.\n")
    got = speakers(text)
    assert got["My husband died in July,"] == "Sushila Vermaan"
    assert got["These slips are all that is left."] == "Sushila Vermaan"


def test_a_newcomer_after_a_fronted_place_is_the_one_named_next():
    text = ("Union leader Hamisi Juma addressed the crowd. “We will stop the port,” Mr Juma said.\n\nMr Juma said the "
            "executive would meet on Friday.\n\nAmong them was a lasher in a reflective vest who has worked casual "
            "shifts for eleven years.\n\n“Casuals like me are not in their promise,” he said.\n\nHe is Daniel "
            "Kazungu, 34, from Bamburi.\n")
    assert speakers(text)["Casuals like me are not in their promise,"] == "Daniel Kazungu"


def test_without_a_newcomer_the_pronoun_stays_with_the_speaker():
    text = ("Union leader Hamisi Juma addressed the crowd. “We will stop the port,” Mr Juma said.\n\nMr Juma said the "
            "executive would meet on Friday.\n\n“Casuals are not in their promise,” he said.\n\nDaniel Kazungu, 34, "
            "a lasher, said he had worked casual shifts for eleven years.\n")
    assert speakers(text)["Casuals are not in their promise,"] == "Hamisi Juma"


@pytest.mark.parametrize("text, quote, name", [
    ('Sen. Bernie Sanders spoke on Monday. "We will win," the Vermont senator said.', "We will win,",
     "Bernie Sanders"),
    ('Republican Sen. Rand Paul spoke on Monday. "We will win," the Kentucky Republican said.', "We will win,",
     "Rand Paul"),
    ('Rep. Alma Hooks, D-Selma, asked for the scoring sheets. Gov. Kay Ivey did not reply. "I asked in June," the '
     'Selma Democrat said.', "I asked in June,", "Alma Hooks"),
    ('Marcus Delisle, a Democrat who represents the Southside, voted no. "We have a jail that is full," the '
     'Southside Democrat said.', "We have a jail that is full,", "Marcus Delisle"),
])
def test_a_member_described_by_place_is_the_one_named_before(text, quote, name):
    assert speakers(text)[quote] == name


def test_a_party_word_in_a_headline_gives_no_member():
    text = ("Republican seeks new Clinton inquiry.\n\nHouse committee chairman Jason Chaffetz wrote on Tuesday about "
            "Hillary Clinton. In the letter, the Utah Republican asks for \"an inquiry into the deleted emails\".\n")
    assert speakers(text)["an inquiry into the deleted emails"] != "Hillary Clinton"


def test_the_place_and_party_description_is_no_persons_name():
    text = ('Rep. Alma Hooks, D-Selma, asked for the scoring sheets. "I asked in June," the Selma Democrat said. '
            '"Today I was told they are a trade secret," the Selma Democrat added.')
    names = set(find_stakeholders(Article.from_text(text))["name"])
    assert "Alma Hooks" in names and not any("Democrat" in n for n in names)


def test_as_for_makes_the_topic_the_pronouns_antecedent():
    text = ('Donald Trump and Ted Cruz spoke. "It would be a disaster," Cruz said. As for Trump, he said he is not '
            'worried. "I have the delegates," he said.')
    got = speakers(text)
    assert got["It would be a disaster,"] == "Ted Cruz"
    assert got["I have the delegates,"] == "Donald Trump"
