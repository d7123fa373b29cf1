"""Synthesis: risk and money words by meaning, negation and contrast, three sides, findings from table rows."""

import pytest

from analysis import Article, synthesis
from analysis.readable import format_amount, format_cell, plain_csv

import pandas as pd


@pytest.mark.parametrize("text, expected", [
    ("Investors fear the debt could become a threat to the firm.", ["fear", "threat"]),
    ("There is no risk here.", []),
    ("They will never fail.", []),
    ("I'd be worried about betting against her, and she won't lose.", []),
    ("The launch may fail, but the company has planned for that carefully.", []),
    ("Sales are strong, but the debt is a danger.", ["danger"]),
    ("Although the risks are real, the board is confident.", []),
    ("Whether the plan works is unclear.", ["unclear"]),
    ("I'm not sure it will work.", ["not sure"]),
    ("We are concerned about the bubble.", ["concerned", "bubble"]),
])
def test_risk_terms_follow_negation_and_contrast(text, expected):
    assert synthesis.risk_terms(text) == expected


def test_risk_terms_do_not_take_preposition_or_compound_readings():
    assert synthesis.risk_terms("A report concerning the merger was published.") == []
    assert synthesis.money_terms("The fundamentals are sound.") == []


def test_no_seed_words_in_the_lexicon():
    text = (synthesis._LEXICON_PATH).read_text(encoding="utf-8").lower()
    for word in ("carnage", "overcapacity", "misspend", "unconscionable", "paranoi", "out of position", "eat up"):
        assert word not in text


ART = Article.from_text(
    "“We will spend $5bn on new plants,” said Ann Lee, the chief executive of Acme. "
    "“The risk is that demand collapses,” said Bo Chan, an analyst at Zed Research. "
    "“Acme was a great place,” said Cy Dunn, a former Acme engineer. "
    "Acme will cut jobs, according to people familiar with the matter.",
    reference_date="2026-01-10")


def test_sides_come_from_the_quotes_table():
    q = __import__("analysis").extract_quotes(ART)
    shares = synthesis.side_shares(q[q["speaker"].notna()]).set_index("side")["rows"].to_dict()
    assert shares == {"company": 1, "former": 1, "outside": 1, "unstated": 0}


def test_risk_voices_name_the_outsider():
    risk = synthesis.risk_voices(ART)
    assert risk["speaker"].tolist() == ["Bo Chan"]
    assert risk["side"].tolist() == ["outside"]


def test_key_findings_are_built_from_rows():
    f = synthesis.key_findings(ART).set_index("topic")["text"]
    assert "3 quotations" in f["voices"] and "Ann Lee" in f["voices"]
    assert "$5bn" in f["money"]
    assert "Acme" in f["company"] and "1 of the 3 quotations" in f["company"]


def test_together_does_not_call_a_side_dominant_on_thin_evidence():
    lines = synthesis.together(ART)
    assert not any("come mostly from" in line or "described mostly" in line for line in lines)
    assert any("too few" in line for line in lines)


@pytest.mark.parametrize("value, unit, style, expected", [
    (7e10, "USD", "short", "$70bn"), (1.25e9, "GBP", "long", "£1.25 billion"), (3e8, "EUR", "short", "€300mn"),
    (12.0, "percent", "short", "12%"), (float("nan"), "USD", "short", ""),
])
def test_format_amount(value, unit, style, expected):
    assert format_amount(value, unit, style=style) == expected


def test_readers_cells_and_csv_hold_plain_values():
    assert [format_cell(v) for v in (pd.NA, None, 4e5, 0.126, ["a", "b"])] == ["", "", "400,000", "0.13", "a; b"]
    csv = plain_csv(pd.DataFrame({"names": [["Zuck", "Mark"], []], "n": [4e5, None]}))
    assert csv.splitlines() == ["names,n", "Zuck; Mark,400000", ","]


def test_findings_for_a_story_about_a_person():
    art = Article.from_text(
        "Judge Maria Santos ruled on Tuesday that the city must repay $2.5m to residents. Santos said the council "
        "had acted unlawfully. “The council ignored the law for years,” Santos said in her ruling. “We are "
        "disappointed and will consider an appeal,” said Tom Reyes, a spokesman for the city council.",
        reference_date="2026-03-01")
    f = synthesis.key_findings(art).set_index("topic")["text"]
    assert f["company"].startswith("**What Maria Santos says.** Maria Santos speaks in 1 of the 2 quotations")
    assert "staff" not in f["voices"] and "former" not in f["rests_on"]
