"""Kinds of names, session 31: near misses of the place, currency and channel cues of
test_mentions_kinds_s31_places_codes.py, where the cue must NOT fire: a leader's or a party's minister, a news
agency after a dateline's comma, a conference or a chip named with a currency's letters, a write-in vote, a hire
from one firm to another, a person's or a firm's temper, an idiom of "ground", a report about a network and a hotel
named like a town's people.  Every passage is invented for the test; expected values were checked by reading it."""

from __future__ import annotations

import pytest

from .conftest import kinds, stakeholder_rows


def _not_place(text: str, name: str) -> bool:
    return kinds(text).get(name) != "place" and stakeholder_rows(text).get(name, ("",))[0] != "place"


# --- a leader's or a party's minister ----------------------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("Varga's defence minister, Tomas Hollis, inspected the border posts on Sunday, the ministry said.", "Varga"),
    ("Tarnpartei's ministers walked out of the cabinet meeting on Thursday, two officials said.", "Tarnpartei"),
    ("Okafor's deputy mayor for housing said the new flats would be ready by spring.", "Okafor"),
    ("The KDF's ministers in the coalition met on Sunday, and the KDF said it would stay in government.", "KDF"),
])
def test_a_leader_s_or_a_party_s_minister_makes_no_place(text, name):
    assert _not_place(text, name)


# --- a news agency or a paper after a dateline's comma -----------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("LISBON, AFP \u2013 Portugal's finance minister said on Monday the deficit would narrow next year.", "AFP"),
    ("BEIJING, Xinhua \u2013 Factory output rose 5 percent in October, the statistics bureau said.", "Xinhua"),
    ("KOLKATA, PTI: The high court on Monday sought the state's reply on a plea over school jobs.", "PTI"),
    ("OTTAWA, Canadian Press \u2013 The province will spend $1 billion on new schools, the premier said.",
     "Canadian Press"),
    ("DOHA, Gulf Tribune \u2013 The airline will add 12 flights to Africa next month, Gulf Tribune has learned.",
     "Gulf Tribune"),
    ("NAIROBI, Kelbwire \u2013 Maize prices fell in May, Kelbwire reported, citing the farmers' union.", "Kelbwire"),
])
def test_an_agency_or_a_paper_after_a_dateline_s_comma_is_no_place(text, name):
    assert _not_place(text, name)


# --- a currency's letters that are no currency here --------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("The COP30 talks in Belem ended with a new forest fund. Critics said the COP had failed poor countries, and "
     "the COP presidency rejected that.", "COP"),
    ("AMD launched the AMD 7950X chip on Tuesday. AMD said shipments would start in June.", "AMD"),
    ("Poll: SDP 22.4, KDU 19.1. SDP leader Hanna Virta said the party was ready to govern.", "SDP"),
])
def test_a_currency_s_letters_without_a_sum_of_money_stay(text, name):
    assert name in stakeholder_rows(text) or any(n.startswith(name) for n in stakeholder_rows(text))


def test_a_currency_code_with_a_sum_keeps_dropping_the_code_alone():
    text = ("Farmers said a bag of maize now costs KES 4,200 at Eldama market. KES has weakened since March as "
            "tea receipts fell, Wanjiru Kamau, a grain trader, said.")
    assert "KES" not in stakeholder_rows(text)


# --- a write-in vote or a column, not a town named "Town" --------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("Mr. Hollis said he voted for the governor in 2014 and wrote in Ron Paul in 2018, because he liked neither "
     "nominee.", "Ron Paul"),
    ("She wrote in Florida Today on Sunday that the bridge would be rebuilt.", "Florida Today"),
])
def test_said_or_wrote_in_a_name_without_town_is_no_place(text, name):
    assert _not_place(text, name)


# --- a hire from one firm to another, results from a laboratory --------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("She came to Kelbsoft from Tarnbyte in 2019 and now runs its security unit.", "Tarnbyte"),
    ("The test results came back from Tarnlabs on Friday, and the council closed the beach.", "Tarnlabs"),
])
def test_a_hire_or_results_from_a_firm_make_no_place(text, name):
    assert _not_place(text, name)


# --- a temper, not a volcano --------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("Varga erupted at reporters on the tarmac, calling the question unfair. His office later apologised.", "Varga"),
    ("Hollister erupted on the touchline after the penalty was overturned, and the referee booked him.",
     "Hollister"),
    ("Kelbtronics erupted in a row with its largest union over bonuses, the Tarn Herald reported.", "Kelbtronics"),
    ("The eruption of Varga's temper at the rally surprised aides, two officials said.", "Varga"),
])
def test_a_person_or_a_firm_that_erupts_is_no_volcano(text, name):
    assert _not_place(text, name)


# --- an idiom of "ground" ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("Union organisers have gained ground at Kelbmotors, where workers will vote next month.", "Kelbmotors"),
    ("Negotiators found common ground at Tarnwerke after three days of talks, a union official said.",
     "Tarnwerke"),
])
def test_ground_in_an_idiom_before_at_makes_no_place(text, name):
    assert _not_place(text, name)


# --- a report about a network ------------------------------------------------------------------------------------

def _proposed(text: str) -> list[str]:
    """The actors the rules propose before the trained filter (which may drop a name on its own)."""
    from analysis import Article
    from analysis.mentions import actor_candidates

    return [name for name, _kind, _features, _forms in actor_candidates(Article.from_text(text))]


def test_a_report_sent_about_a_network_and_its_founder_keeps_the_company():
    text = "Investigators sent us their report on Telegram and its founder, who was questioned in Paris in May."
    assert "Telegram" in _proposed(text)


# --- a hotel or a paper named like a town's people ---------------------------------------------------------------

def test_a_hotel_named_like_a_town_s_people_is_no_group():
    text = ("The senator spoke to reporters in Dayton on Friday. Aides met donors later behind The Daytonian hotel "
            "downtown.")
    assert kinds(text).get("Daytonian") != "group"
