"""Places written as other countries' papers write them (session 28): datelines with accented capitals, a full stop
before the dash or a particle inside, a land's compound adjective after "in", the words of provinces and their
governors, and a county with its word first.  Every passage is invented for the test; the expected values were
checked by reading it."""

from __future__ import annotations

import pytest

from analysis import Article, find_stakeholders
from analysis.mentions import dateline_spans
from .conftest import kinds


def actors(text: str) -> dict:
    df = find_stakeholders(Article.from_text(text))
    return {n: k for n, k in zip(df["name"], df["kind"]) if k in ("person", "organisation")}


def kind_of(text: str, name: str) -> str | None:
    df = find_stakeholders(Article.from_text(text))
    return dict(zip(df["name"], df["kind"])).get(name)


# --- datelines -----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, span", [
    ("TÁRNOVO, Kelba Alta.- Some 900 nurses marched on the provincial hospital on Monday.", (0, 22)),
    ("KELBERDÈS – The seawater plant resumed production on Tuesday, and taps in Kelberdès ran again.", (0, 12)),
    ("SAN JOSÉ DEL CABO – Fishermen blocked the marina on Friday.", (0, 20)),
])
def test_a_dateline_in_other_papers_forms(text, span):
    assert dateline_spans(text) == [span]


def test_a_dateline_s_province_is_no_body():
    text = "TÁRNOVO, Kelba Alta.- Some 900 nurses marched on the provincial hospital on Monday, their union said."
    assert "Kelba Alta" not in actors(text)


@pytest.mark.parametrize("text", [
    "UPDATE – The plant resumed production on Tuesday.",
    "KELBO – The plant resumed production on Tuesday.",  # a word in capitals the story never places
])
def test_a_label_before_a_dash_is_no_dateline(text):
    assert dateline_spans(text) == []


# --- a land's compound adjective after "in" ------------------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("In gas-producing Tarnavia, diesel queues stretched for two kilometres on Monday.", "Tarnavia"),
    ("Prices doubled in drought-hit Tarnavo last month, and farmers blamed the dam.", "Tarnavo"),
])
def test_a_name_after_in_and_a_land_s_adjective_is_a_place(text, name):
    assert kinds(text).get(name) == "place"


@pytest.mark.parametrize("text, name", [
    ("Shareholders in cash-rich Kelbco were told on Monday to expect a payout.", "Kelbco"),
    ("Morale is low in debt-ridden Tarnco, its workers said.", "Tarnco"),
])
def test_a_firm_after_in_and_a_firm_s_compound_adjective_stays(text, name):
    assert kinds(text).get(name) == "organisation"


def test_a_firm_after_in_and_an_owner_s_adjective_stays():
    text = "Pension funds hold a large stake in state-owned Kelbco, and Kelbco said on Monday it would sell bonds."
    assert kind_of(text, "Kelbco") == "organisation"


# --- the words of provinces and their governors --------------------------------------------------------------------

@pytest.mark.parametrize("text, names", [
    ("Farmers in the wilayas of Kelbrane and Tarzout are still waiting for seed, the agriculture ministry said.",
     ["Kelbrane", "Tarzout"]),
    ("Bread queues grew in the oblasts of Kelbova and Tarnsk, the grain board's Ana Roe said.",
     ["Kelbova", "Tarnsk"]),
    ("The wali of Kelbadès opened a new school on Sunday, state radio reported.",
     ["Kelbadès"]),
    ("Floods cut the main road in the wilaya of Kelbrane on Saturday, the civil protection service said.",
     ["Kelbrane"]),
])
def test_names_after_a_province_s_word_are_places(text, names):
    got = kinds(text)
    assert [got.get(n) for n in names] == ["place"] * len(names)


def test_a_province_listed_after_its_plural_that_speaks_elsewhere_stays_an_actor():
    text = "The wilayas of Kelbrane and Tarzout signed a pact, and Kelbrane said it would pay for the bridge."
    assert kinds(text).get("Kelbrane") == "organisation"


# --- a county with its word first ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("Two primary schools near Tarnbridge, Co Kelby, will merge in September, the education authority said.",
     "Co Kelby"),
    ("Farmers in Co. Tarn and County Kelbow protested outside the department on Friday.", "County Kelbow"),
])
def test_a_county_with_its_word_first_is_a_place(text, name):
    assert kind_of(text, name) == "place"


@pytest.mark.parametrize("text, name", [
    ("The County Council said on Monday it would cut the bus subsidy.", "County Council"),
    ("Ann Roe of Kelby & Co said the firm would appeal.", "Kelby & Co"),
    # a co-operative's shop, and a county's board of commissioners
    ("The Co Op said it would close 30 stores in Kelby, its chief executive Ann Tarnley said.", "Co Op"),
    ("County Commissioners approved the levy on Monday, said Commissioner Jo Kelby.", "County Commissioners"),
])
def test_a_body_with_the_county_s_word_stays(text, name):
    assert kind_of(text, name) == "organisation"


# --- a masthead's place and date -----------------------------------------------------------------------------------

def test_a_place_and_a_weekday_s_date_on_a_line_of_their_own_is_a_place():
    text = ("THE KELBA LEDGER\nWeekly news in English\nBelmopan, Wednesday, April 17, 2019\n\n"
            "Teachers marched on Monday. Belmopan, the capital, will get two new schools, Education Secretary Jo "
            "Tarnez said.")
    assert kinds(text).get("Belmopan") == "place"


@pytest.mark.parametrize("text, name, kind", [
    # a wire's, a group's or a byline's name dated on its own line: no place of the gazetteer
    ("Kelbwire, Monday, March 3, 2025\nKelbwire reported that Tarnco cut its prices in Kelbia.", "Kelbwire",
     "organisation"),
    ("Sea Watchers, Wednesday, 5 June 2024\nSea Watchers activists blocked the port of Tarnhaven.", "Sea Watchers",
     "organisation"),
    ("Sarah Kelbman, Friday, June 6, 2025\nThe council voted 7-2 to approve the budget. Kelbman, who chairs the "
     "finance committee, said taxes would not rise.", "Sarah Kelbman", "person"),
])
def test_a_name_dated_on_its_own_line_that_is_no_town_keeps_its_kind(text, name, kind):
    assert kind_of(text, name) == kind


def test_a_person_and_a_date_inside_a_sentence_stays_a_person():
    text = "The hearing was delayed. Jo Kelby, Monday, March 3, said nothing about it."
    assert kinds(text).get("Jo Kelby") == "person"
