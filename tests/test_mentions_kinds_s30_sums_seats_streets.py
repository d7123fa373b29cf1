"""Kinds of names that are currencies, seats and streets, no actors (session 30): a currency's letters that are a
body's too after a sum with no noun it counts, the place after a legislator's title and name ("Senator Jo Doe of
Kelby") or after a seat holder's role and "from", a street written as one word with its language's street word
glued to its end.  Every passage is invented for the test; expected values were checked by reading it."""

from __future__ import annotations

import pytest

from .conftest import stakeholder_rows


def _actors(text: str) -> dict:
    return {n: k for n, (k, _) in stakeholder_rows(text).items() if k in ("person", "organisation")}


@pytest.mark.parametrize("text", [
    "The sawmill says it loses 320 million FCFA a week while the trucks stand idle, said Ama Tarvelle.",
    "Moto-taxi riders pay 2,500 FCFA each month for a permit, according to Jo Kembé.",
    "Cocoa sales brought in 85 billion CFA in 2021, the trade minister, Paul Osseni, said.",
])
def test_a_body_s_letters_after_a_sum_are_a_currency(text):
    assert not {"FCFA", "CFA"} & set(_actors(text))


@pytest.mark.parametrize("text, name", [
    ("Since 2019 CFA has trained 400 analysts in Lagos, the institute said.", "CFA"),
    ("Some 10 million CFA members voted on the new code, said Jo Kelbo.", "CFA"),
    # a figure just before the letters: only the counted noun after keeps them from being a sum's currency
    ("Last year 2,400 CFA charterholders in Kenya signed the letter, said Jo Kelbo.", "CFA"),
])
def test_a_body_s_letters_after_a_year_or_before_a_counted_noun_stay_a_body(text, name):
    assert _actors(text).get(name) == "organisation"


@pytest.mark.parametrize("text", [
    "The count gave the ruling party 61 seats, with 27 DA and 9 EFF members returned to the council.",
    "Of the 140 wards contested, 52 DA, 48 ANC and 6 EFF candidates won outright, the commission said.",
    "In ward 17 DA and EFF councillors walked out together, the speaker said.",
])
def test_a_body_s_letters_in_a_list_before_the_noun_it_counts_stay_a_body(text):
    assert _actors(text).get("DA") == "organisation"


@pytest.mark.parametrize("text, name", [
    ('"The levy will empty our guesthouses," said Senator Tomas Rekliu of Ngaraard, who chairs the tourism committee.',
     "Ngaraard"),
    ("Delegate Ilisa Temwen of Malokai, whose voters fish the outer reef, asked for a hearing on Friday.", "Malokai"),
    ("The amendment was drafted by Rep. Dana K. Orvell of Tesselby, a former harbour pilot.", "Tesselby"),
])
def test_the_name_after_a_legislator_s_title_name_and_of_is_a_place(text, name):
    assert name not in _actors(text)


@pytest.mark.parametrize("text, name", [
    ("Councillor Mary Doyle of Labour said the budget would pass next week.", "Labour"),
    ("Analyst Priya Menon of Kelbridge said the shares were cheap after the fall.", "Kelbridge"),
    ("The plan was backed by Senator Jo Arkin of the Tarno Party, which holds four seats.", "Tarno Party"),
    # a comma after the name and a legislator's title before it: only its two words and its party keep it from the seat
    ("Delegate Ana Roe of Sinn Féin, who sits on the health committee, asked for a vote.", "Sinn Féin"),
])
def test_a_party_or_an_employer_after_a_name_and_of_stays_a_body(text, name):
    assert _actors(text).get(name) == "organisation"


@pytest.mark.parametrize("text, name", [
    ("Lawmaker Avi Tarkon of Yamira said the coalition would survive the vote.", "Yamira"),
    ("MEP Dora Kelvecz of Haladas called the report biased.", "Haladas"),
    ("Delegate Grace Omondo of Sauti told the climate talks in Bonn that the draft was weak.", "Sauti"),
])
def test_a_party_or_a_charity_after_a_title_name_and_of_then_a_verb_stays_a_body(text, name):
    assert _actors(text).get(name) == "organisation"


@pytest.mark.parametrize("text, name", [
    ("Traders gathered on the Kwattalaan on Monday to protest against the new levy, a police officer said.",
     "Kwattalaan"),
    ("Tour boats were banned from the Brouwersgracht after the collision, the harbour office said.",
     "Brouwersgracht"),
])
def test_a_street_s_word_glued_to_a_name_s_end_makes_a_street(text, name):
    assert name not in _actors(text)


@pytest.mark.parametrize("text, name", [
    ("The consulate rents an office at Tarnogatan 9, a spokeswoman said.", "Tarnogatan"),
    ("The clinic at Kelbygade 31 will close in June, the region said.", "Kelbygade"),
])
def test_a_glued_street_before_a_house_number_is_a_place(text, name):
    # (the older rules already keep such a name from being an actor; only the glued street makes it a place)
    assert stakeholder_rows(text).get(name, ("",))[0] == "place"


@pytest.mark.parametrize("text, name, kind", [
    ("Vanderlaan said the pension fund would sell its stake before the summer.", "Vanderlaan", "organisation"),
    ("Coach Pieter Kade praised the defence after the win on Saturday.", "Pieter Kade", "person"),
    ("Fans threw scarves at Hoogelaan as he left the pitch, and Hoogelaan said he would stay another year.",
     "Hoogelaan", "person"),
])
def test_a_surname_with_a_street_s_ending_stays_an_actor(text, name, kind):
    assert _actors(text).get(name) == kind


@pytest.mark.parametrize("text, name", [
    ("A Utrecht pension fund bought a 7% stake in Hoogelaan, the Delft dredging firm, last year.", "Hoogelaan"),
    ("A long letter from Mollenkade was read aloud to the jury in Kalamazoo on Tuesday, the clerk said.",
     "Mollenkade"),
])
def test_a_firm_described_or_a_name_after_in_or_from_stays_an_actor(text, name):
    assert name in _actors(text)


@pytest.mark.parametrize("text", [
    "Tickets for the harbour concert are sold at the town hall. Tel. +44 1632 960 418, or ask at the kiosk.",
    "Our office is open on weekdays. Tel. 044 555 12 12 or write to us.",
    "Opening hours are from 9am. Fax. 021 448 9032.",
])
def test_a_contact_line_s_label_before_a_telephone_number_names_no_actor(text):
    assert not {"Tel", "Fax"} & set(_actors(text))


def test_a_label_s_word_with_no_number_after_it_stays_a_body():
    text = "Hotline said on Tuesday that 2,000 calls had come in since the storm."
    assert _actors(text).get("Hotline") == "organisation"


def test_the_water_portfolio_of_a_francophone_cabinet_is_no_body():
    text = "Last month the Minister of Hydraulics and Energy, Ama Kelbo, promised new pumps for the northern towns."
    assert not any("Hydraulics" in n for n in _actors(text))
