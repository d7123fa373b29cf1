"""Money amounts, percentages and financing facts, on hand-written sentences and on the seed."""

import csv

import pytest

from analysis import Article, ArticleError
from analysis.financing import (EVENT_TYPES, FINANCING_COLUMNS, MONEY_COLUMNS, STATUSES, extract_financing,
                                extract_money, fact_sentences)

from .conftest import ROOT

REF = "2025-12-05"


def money(text, ref=REF):
    return extract_money(Article.from_text(text, reference_date=ref))


def facts(text, ref=REF):
    return extract_financing(Article.from_text(text, reference_date=ref))


def only(text):
    m = money(text)
    assert len(m) == 1, m[["phrase", "value", "unit"]].values.tolist()
    return m.iloc[0]


# --- formats and currencies ------------------------------------------------------

@pytest.mark.parametrize("text, phrase, value, unit", [
    ("It spent $14bn on the deal.", "$14bn", 14e9, "USD"),
    ("It spent $100mn on bonuses.", "$100mn", 100e6, "USD"),
    ("It paid $1.8 million in fines.", "$1.8 million", 1.8e6, "USD"),
    ("Shares closed at $18.75.", "$18.75", 18.75, "USD"),
    ("It sold a bond of US$2.5 billion.", "US$2.5 billion", 2.5e9, "USD"),
    ("Revenue was €4.3bn.", "€4.3bn", 4.3e9, "EUR"),
    ("Profit fell to €610m.", "€610m", 610e6, "EUR"),
    ("The club agreed a £120m loan.", "£120m", 120e6, "GBP"),
    ("It bought ¥45bn of shares.", "¥45bn", 45e9, "JPY"),
    ("It plans to spend ¥1.5tn.", "¥1.5tn", 1.5e12, "JPY"),
    ("The bank lent ₹20 billion.", "₹20 billion", 20e9, "INR"),
    ("The fund raised C$400,000.", "C$400,000", 400e3, "CAD"),
    ("The bond raised A$300m.", "A$300m", 300e6, "AUD"),
    ("The loan was HK$1.2bn.", "HK$1.2bn", 1.2e9, "HKD"),
    ("Costs were EUR 3m this year.", "EUR 3m", 3e6, "EUR"),
    ("Sales were USD 4.2 million.", "USD 4.2 million", 4.2e6, "USD"),
    ("Revenue was 5bn euros.", "5bn euros", 5e9, "EUR"),
    ("It cost 1.5 trillion yen.", "1.5 trillion yen", 1.5e12, "JPY"),
    ("It cost 3 trillion won.", "3 trillion won", 3e12, "KRW"),
    ("It cost 2 million pounds.", "2 million pounds", 2e6, "GBP"),
    ("They spent two billion dollars.", "two billion dollars", 2e9, "USD"),
    ("They spent half a billion euros.", "half a billion euros", 0.5e9, "EUR"),
    ("He earned a million dollars.", "a million dollars", 1e6, "USD"),
    ("It raised one and a half billion dollars.", "one and a half billion dollars", 1.5e9, "USD"),
    ("India will spend Rs 1.2 lakh crore.", "Rs 1.2 lakh crore", 1.2e12, "INR"),
    ("Revenue reached $1,234,567.", "$1,234,567", 1234567.0, "USD"),
    ("It was valued at $1.2tn.", "$1.2tn", 1.2e12, "USD"),
    ("Tolls rise by 25 cents.", "25 cents", 0.25, "USD"),
    ("They signed a $1.2-billion deal.", "$1.2-billion", 1.2e9, "USD"),
    ("The start-up raised $5.2B.", "$5.2B", 5.2e9, "USD"),
    ("The start-up raised $300M.", "$300M", 300e6, "USD"),
    ("It bought USD1.2bn of bonds.", "USD1.2bn", 1.2e9, "USD"),
    ("It sold £1.2billion of gilts.", "£1.2billion", 1.2e9, "GBP"),
    ("It beat the 175 billion-rupee estimate.", "175 billion-rupee", 175e9, "INR"),
    ("Profit was Rs 500 cr.", "Rs 500 cr", 5e9, "INR"),
    ("Wire style: it raised 3 bln dollars.", "3 bln dollars", 3e9, "USD"),
    ("The ticket costs 5 €.", "5 €", 5.0, "EUR"),
    ("The fund holds Dh5bn.", "Dh5bn", 5e9, "AED"),
    ("The lender wrote off ₦2bn.", "₦2bn", 2e9, "NGN"),
])
def test_money_format(text, phrase, value, unit):
    row = only(text)
    assert (row["phrase"], row["unit"]) == (phrase, unit)
    assert row["value"] == pytest.approx(value, rel=1e-12)
    assert not row["vague"]


@pytest.mark.parametrize("text, phrase, value", [
    ("It owns 18% of the firm.", "18%", 18.0),
    ("Shares fell 10 per cent.", "10 per cent", 10.0),
    ("Shares slipped 2.3 percent.", "2.3 percent", 2.3),
    ("Margins rose 10pc.", "10pc", 10.0),
    ("Sales rose 3 pct.", "3 pct", 3.0),
    ("Meta bought a 49 per cent stake.", "49 per cent", 49.0),
    ("Five per cent of staff left.", "Five per cent", 5.0),
    ("Rates rose 0.3 percentage points.", "0.3 percentage points", 0.3),
    ("It sold a 5-per-cent stake.", "5-per-cent", 5.0),
    ("It made a five-percent cut.", "five-percent", 5.0),
    ("It posted an eight per cent rise.", "eight per cent", 8.0),
])
def test_percentages(text, phrase, value):
    row = only(text)
    assert (row["phrase"], row["value"], row["unit"]) == (phrase, value, "percent")


def test_yen_sign_is_yuan_in_an_article_about_yuan():
    assert only("The yuan weakened as Beijing spent ¥5bn.")["unit"] == "CNY"
    assert only("Tokyo spent ¥5bn.")["unit"] == "JPY"


def test_declared_dollar_is_not_usd():
    assert only("All figures are in Canadian dollars. The mine cost $4bn.")["unit"] == "CAD"


@pytest.mark.parametrize("text, phrase, value", [
    ("Investors poured billions of dollars into it.", "billions of dollars", 1e9),
    ("It raised tens of millions of euros.", "tens of millions of euros", 1e7),
    ("It lost several billion dollars.", "several billion dollars", 1e9),
])
def test_vague_amounts_are_flagged_and_not_facts(text, phrase, value):
    row = only(text)
    assert (row["phrase"], row["value"], row["vague"]) == (phrase, value, True)
    assert facts(text).empty


# --- qualifiers -------------------------------------------------------------------

@pytest.mark.parametrize("text, phrase, qualifier", [
    ("Shares fell about 17 per cent.", "about 17 per cent", "about"),
    ("Capex will hit at least $70bn.", "at least $70bn", "at least"),
    ("Shares dropped more than 10 per cent.", "more than 10 per cent", "more than"),
    ("Shares jumped as much as 7 per cent.", "as much as 7 per cent", "as much as"),
    ("It will spend up to $6bn.", "up to $6bn", "up to"),
    ("A line costs roughly $900mn.", "roughly $900mn", "roughly"),
    ("It spent nearly $2bn.", "nearly $2bn", "nearly"),
    ("It spent over $500m.", "over $500m", "over"),
    ("It spent less than £5m.", "less than £5m", "less than"),
    ("If we end up misspending a couple of hundred billion dollars, so be it.",
     "a couple of hundred billion dollars", "a couple of"),
])
def test_qualifier_in_phrase(text, phrase, qualifier):
    row = only(text)
    assert (row["phrase"], row["qualifier"]) == (phrase, qualifier)


def test_verbal_qualifier_stays_out_of_phrase():
    row = only("Spending next year could top $100bn.")
    assert (row["phrase"], row["qualifier"], row["value"]) == ("$100bn", "could top", 1e11)


def test_couple_of_hundred_billion_value():
    assert only("If we end up misspending a couple of hundred billion dollars, fine.")["value"] == 2e11


# --- ranges, pairs, direction -----------------------------------------------------

def test_from_to_pair_is_two_linked_amounts():
    m = money("Free cash flow could fall from about $54bn to $20bn this year.")
    assert m["phrase"].tolist() == ["about $54bn", "$20bn"]
    assert m["linked_to"].tolist() == ["M02", "M01"]
    assert m["pair_role"].tolist() == ["from", "to"]


def test_between_range_takes_qualifier():
    m = money("It raised its forecast to between €16bn and €16.5bn.")
    assert m["value"].tolist() == [16e9, 16.5e9]
    assert m["qualifier"].tolist() == ["between", "between"]
    assert m["linked_to"].tolist() == ["M02", "M01"]


@pytest.mark.parametrize("text, values", [
    ("Prices rose 5-6 per cent.", [5.0, 6.0]),
    ("It will cost $5-6bn.", [5e9, 6e9]),
    ("It will cost €10–12m.", [10e6, 12e6]),
    ("Margins were between 10 and 12%.", [10.0, 12.0]),
    ("It will spend $5 to $6 billion.", [5e9, 6e9]),
])
def test_first_end_of_range_inherits_unit_and_scale(text, values):
    m = money(text)
    assert m["value"].tolist() == values
    assert len(set(m["unit"])) == 1


def test_later_bare_number_takes_the_currency_of_its_pair():
    m = money("Pretax profit rose to 2.6 billion pounds in the three months to March 31 from 2.3 billion a year earlier.")
    assert m["value"].tolist() == [2.6e9, 2.3e9]
    assert m["unit"].tolist() == ["GBP", "GBP"]
    assert m["pair_role"].tolist() == ["to", "from"]


def test_later_bare_count_is_not_money():
    assert money("Revenue was $5bn from 1.2 billion users.")["phrase"].tolist() == ["$5bn"]


def test_bracketed_equivalent_shares_the_fact():
    f = facts("It said it would buy back up to 1 billion pounds ($1.27 billion) of shares next year.")
    assert f["unit"].tolist() == ["GBP", "USD"]
    assert f["linked_to"].tolist() == ["F02", "F01"]
    assert f["period"].nunique() == 1 and f["status"].nunique() == 1 and f["event_type"].nunique() == 1


def test_up_from_links_level_before():
    m = money("Capex is expected to hit at least $70bn, up from $39bn the previous year.")
    assert m["pair_role"].tolist() == ["to", "from"]
    assert m["direction"].isna().all()


@pytest.mark.parametrize("text, direction", [
    ("Meta's shares dropped more than 10 per cent.", "down"),
    ("Its shares fell sharply about 17 per cent in November.", "down"),
    ("Shares jumped as much as 7 per cent.", "up"),
    ("Revenue was up 12 per cent from a year earlier.", "up"),
    ("The drop wiped more than $208bn from its valuation.", "down"),
    ("The rally added about €900m to its market value.", "up"),
    ("Prices saw a 5 per cent rise.", "up"),
    ("Sales showed an increase of 5 per cent.", "up"),
    ("The index closed at -3%.", "down"),
    ("Net profit fell to €610m.", None),
    ("Its wind unit lost €1.4bn last year.", None),
    ("Shares lost 5 per cent.", "down"),
    ("It lost $50bn in market value.", "down"),
    ("Cash flow could fall from $54bn.", None),
    ("It raised $30bn in bonds.", None),
    ("A fund added C$400,000 to the appeal.", None),
])
def test_direction_of_move(text, direction):
    assert only(text)["direction"] == direction


# --- negatives ----------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Zuckerberg hired a 28-year-old entrepreneur.",
    "The company laid off 600 workers.",
    "The year 2025 was busy.",
    "Call 555-1234 or +44 20 7946 0958 for details.",
    "It aims to match Gemini 2.5 and beat Llama 4.",
    "He weighs 200 pounds and won 3 medals.",
    "Shares have fallen by a third since March 2025.",
    "Kestrel employs 21,000 people on 140 routes.",
    "It was the 20-year-old firm's best year.",
    "A 5 rand coin and the franc fell.",
])
def test_not_money(text):
    assert money(text).empty


# --- financing facts -----------------------------------------------------------------

@pytest.mark.parametrize("text, event", [
    ("Capital expenditures will hit $70bn.", "capital spending"),
    ("It will spend $6bn on a new chip plant.", "capital spending"),
    ("It raised $30bn in a corporate bond offering.", "bond"),
    ("It raised $27bn in debt from private credit markets.", "private credit"),
    ("It agreed a £120m loan.", "private credit"),
    ("It paid $14bn for a 49 per cent stake.", "equity stake"),
    ("The move wiped $208bn from its valuation.", "market value"),
    ("Its shares fell 17 per cent.", "share-price move"),
    ("Free cash flow was $20bn.", "cash flow"),
    ("Hires got sign-on bonuses worth $100mn.", "compensation"),
    ("It reported revenue of €4.3bn.", "revenue"),
    ("It expects $1.1bn in federal grants.", "subsidy"),
    ("The agency fined it $1.8 million.", "other"),
])
def test_event_type(text, event):
    f = facts(text)
    assert f["event_type"].iloc[0] == event
    assert set(f["event_type"]) <= set(EVENT_TYPES)


@pytest.mark.parametrize("text, status", [
    ("Capex is expected to hit $70bn.", "expected"),
    ("It announced plans for spending that could top $100bn.", "planned"),
    ("The firm will spend $6bn on a plant.", "planned"),
    ("Analysts project cash flow could fall to $20bn.", "projected"),
    ("If we end up misspending $200bn, so be it.", "hypothetical"),
    ("Congress is weighing a bill that would raise the fine to $50 million.", "hypothetical"),
    ("It said it would spend $5bn.", "planned"),
    ("It raised $30bn in bonds.", "actual"),
])
def test_status(text, status):
    f = facts(text)
    assert f["status"].iloc[0] == status
    assert set(f["status"]) <= set(STATUSES)


def test_status_carries_over_a_short_stretch():
    f = facts("Workers will get a 25% raise, worth about $9.3 billion to the company.")
    assert f["status"].tolist() == ["planned", "planned"]


def test_status_does_not_carry_to_a_base_of_comparison():
    f = facts("Capex will hit $70bn in 2025, up from $39bn the previous year.")
    assert f["status"].tolist() == ["planned", "actual"]


def test_hypothetical_fact_is_of_type_hypothetical():
    assert facts("If we end up misspending $200bn, so be it.")["event_type"].iloc[0] == "hypothetical"


def test_period_from_own_clause_not_the_nearest_in_sentence():
    f = facts("Meta's 2025 capital expenditures are expected to hit at least $70bn, up from $39bn the previous year.")
    assert f["period"].tolist() == ["2025", "2024"]
    assert f["status"].tolist() == ["expected", "actual"]


def test_period_from_previous_sentence():
    f = facts("At its October earnings, the chief announced plans. Its shares dropped more than 10 per cent.")
    assert (f["period"].iloc[0], f["period_text"].iloc[0], f["period_source"].iloc[0]) == (
        "2025-10", "October", "previous sentence")


def test_period_from_previous_paragraph():
    f = facts("In June, Acme hired a founder.\n\nIt was a big hire. Acme spent $14bn for a 49 per cent stake.")
    assert f["period"].tolist() == ["2025-06", "2025-06"]
    assert set(f["period_source"]) == {"previous paragraph"}


def test_first_end_of_from_to_pair_is_the_level_before():
    f = facts("Cash flow could fall from about $54bn to $20bn this year.")
    assert f["period"].tolist() == ["2024", "2025"]
    assert f["status"].tolist() == ["actual", "projected"]


def test_relative_clause_does_not_take_the_sentence_time():
    f = facts("Morita, which owns 18% of Kestrel, bought ¥45bn of its shares last autumn.", ref="2026-10-22")
    assert f["period"].tolist() == [None, "2025-autumn"]


def test_since_span_does_not_date_a_fact():
    f = facts("It had spent more than $40 million since the problems were found in 2024.")
    assert f["period"].iloc[0] is None


def test_statement_date_does_not_date_a_fact():
    f = facts("Kestrel will spend up to $6bn over the next three years, the company said on Thursday.")
    assert f["period"].iloc[0] is None


def test_undated_share_move_takes_the_reference_date():
    f = facts("Kestrel reported results.\n\nShares in Kestrel rose 4.2 per cent.", ref="2026-10-22")
    assert (f["period"].iloc[0], f["period_start"].iloc[0], f["period_source"].iloc[0]) == (
        "2026-10", "2026-10-22", "reference date")


def test_share_move_takes_previous_time_only_from_an_opening_clause():
    f = facts("The company, which earned $10bn in 2023, expects more. GM shares fell 3% in morning trading.",
              ref="2024-01-29")
    assert (f["period"].iloc[1], f["period_source"].iloc[1]) == ("2024-01", "reference date")


def test_hypothetical_takes_no_period_from_context():
    f = facts("Shares jumped 5 per cent this month.\n\nIf we end up misspending $200bn, that is unfortunate.")
    assert f["period"].iloc[1] is None


def test_without_reference_date_relative_periods_stay_empty():
    f = facts("We will spend $5bn next year. We spent $4bn in 2024.", ref=None)
    assert f["period"].tolist() == [None, "2024"]


def test_counterparties_name_the_owner():
    f = facts("The vehicle is 80 per cent owned by investment group Blue Owl Capital.")
    assert f["counterparties"].iloc[0] == ["Blue Owl Capital"]


def test_fact_sentences():
    art = Article.from_text("It cost $5m. Nothing else.")
    assert fact_sentences(art, extract_financing(art)).tolist() == ["It cost $5m."]


# --- tables, offsets, odd input ------------------------------------------------------

def test_columns():
    assert list(money("It cost $5m.").columns) == MONEY_COLUMNS
    assert list(facts("It cost $5m.").columns) == FINANCING_COLUMNS
    assert list(facts("Nothing here.").columns) == FINANCING_COLUMNS


@pytest.mark.parametrize("text", [
    "It said \"we paid $5m\" &amp; moved on.",
    "“Unbalanced quote about $3bn and 4%",
    "$$$ 5 %% € bn per cent of",
    "$" * 50 + " 12",
    ("Revenue of €4.3bn rose 12 per cent. " * 400),
])
def test_odd_input_keeps_offsets_valid(text):
    art = Article.from_text(text, reference_date=REF)
    for table in (extract_money(art), extract_financing(art)):
        assert all(art.text[r.start:r.end] == r.phrase for r in table.itertuples())


def test_bad_input_raises():
    with pytest.raises(ArticleError, match="Article"):
        extract_money("It cost $5m.")
    with pytest.raises(ArticleError, match="Article"):
        extract_financing(None)


# --- the seed against the reference annotation ----------------------------------------

def _reference():
    with open(ROOT / "data" / "annotations" / "financing.csv", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def test_seed_every_reference_fact_found_with_exact_value_and_unit(seed):
    f = extract_financing(seed)
    for ref in _reference():
        hit = f[(f["start"] < int(ref["end"])) & (f["end"] > int(ref["start"]))]
        assert len(hit) == 1, ref["fact_id"]
        assert hit["value"].iloc[0] == float(ref["value"]) and hit["unit"].iloc[0] == ref["unit"], ref["fact_id"]


def test_seed_periods_right_for_at_least_15_of_17(seed):
    f = extract_financing(seed)
    right = 0
    for ref in _reference():
        hit = f[(f["start"] < int(ref["end"])) & (f["end"] > int(ref["start"]))]
        right += (hit["period"].iloc[0] or "") == ref["period"]
    assert right >= 15


def test_seed_vague_billions_is_money_but_not_a_fact(seed):
    m = extract_money(seed)
    assert m.loc[m["vague"], "phrase"].tolist() == ["billions of dollars"]
    assert len(extract_financing(seed)) == 17


# --- figures ----------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["plot_money_timeline", "plot_capex_path", "plot_debt_and_cash_flow",
                                  "plot_market_reactions"])
def test_figures_draw_the_seed_and_refuse_empty_tables(seed, name):
    import matplotlib.pyplot as plt

    from analysis import plots

    ax = getattr(plots, name)(extract_financing(seed))
    assert ax.get_title(loc="left") and ax.get_xlabel()
    plt.close(ax.figure)
    with pytest.raises(ValueError):
        getattr(plots, name)(facts("Nothing to see."))


def test_views_of_the_seed(seed):
    from analysis.financing import capex_path, debt_and_cash_flow, market_reactions, off_balance_sheet

    f = extract_financing(seed)
    assert capex_path(f)["period"].tolist() == ["2024", "2025", "2026"]
    d = debt_and_cash_flow(f)
    assert d.loc[(d["year"] == 2025) & (d["kind"] == "debt raised"), "amount"].sum() == 57e9
    assert set(off_balance_sheet(seed, f)["event_type"]) == {"private credit", "equity stake"}
    assert sorted(market_reactions(f)["change"].tolist()) == [-208e9, -17.0, -10.0, 7.0]


# --- any text: no crash, offsets stay true ------------------------------------------------

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_PIECES = st.sampled_from(["$", "€", "£", "¥", "US$", "5", "1.2", ",000", "bn", "m", " billion", " per cent", "%",
                           " dollars", "about ", "from ", " to ", "-", "(", ")", " in ", "late ", "October", "2025",
                           "next year", " shares fell ", ". ", "\n\n", "“", "”", "a couple of ", "hundred", " and "])


@settings(max_examples=60, deadline=None)
@given(st.lists(_PIECES, min_size=1, max_size=40).map("".join))
def test_any_text_keeps_offsets_true(text):
    if not text.strip():
        return
    art = Article.from_text(text, reference_date=REF)
    for table in (extract_money(art), extract_financing(art)):
        assert all(art.text[r.start:r.end] == r.phrase for r in table.itertuples())
        assert (table["value"] >= 0).all()


# --- issue 13: every newsroom's style (hand-written sentences, values worked out by hand) ----------

def rows(text, **kw):
    art = Article.from_text(text, reference_date=REF, **kw)
    return extract_money(art)[["phrase", "value", "unit", "currency_source", "vague", "group"]].values.tolist()


@pytest.mark.parametrize("text, phrase, value, unit", [
    ("Fuel duty rose 3p a litre.", "3p", 0.03, "GBP"),               # pence glued to the number: major units
    ("Shares closed at 1450p in London.", "1450p", 14.50, "GBP"),
    ("A stamp will cost 85 pence.", "85 pence", 0.85, "GBP"),
    ("Milk costs 99 cents more.", "99 cents", 0.99, "USD"),
    ("Fares rise by 50c on Monday.", "50c", 0.50, "USD"),
    ("Heating oil rose 1 cent.", "1 cent", 0.01, "USD"),
    ("The dividend is 25 cts a share.", "25 cts", 0.25, "USD"),
    ("A loaf costs 99¢ now.", "99¢", 0.99, "USD"),
])
def test_pence_and_cents_in_major_units(text, phrase, value, unit):
    m = only(text)
    assert (m["phrase"], m["unit"]) == (phrase, unit)
    assert m["value"] == pytest.approx(value)


def test_euro_cents_in_a_sentence_about_euros():
    m = money("The toll rose 20 cents to €2.40 a trip.")
    assert m["unit"].tolist() == ["EUR", "EUR"]
    assert m["currency_source"].tolist() == ["text", "sign"]


@pytest.mark.parametrize("text", [
    "She arrived at 3pm and left at 5pm.",
    "The film streams in 1080p and 720p.",
    "Section 12c of the act covers it.",
    "It was 40C in the shade.",
])
def test_letters_after_numbers_that_are_not_money(text):
    assert money(text).empty


@pytest.mark.parametrize("text, phrase, value, unit", [
    ("Acme agreed to buy Beta for 250 mln dlrs in cash.", "250 mln dlrs", 2.5e8, "USD"),
    ("Pretax profit was 1.2 bln stg.", "1.2 bln stg", 1.2e9, "GBP"),
    ("The surplus widened to 1.5 trillion yen.", "1.5 trillion yen", 1.5e12, "JPY"),
    ("The state will borrow seven billion dlrs.", "seven billion dlrs", 7e9, "USD"),
    ("Earnings were 1.23 dlrs per share.", "1.23 dlrs", 1.23, "USD"),
    ("It paid 40 mln Canadian dlrs.", "40 mln Canadian dlrs", 4e7, "CAD"),
])
def test_wire_style(text, phrase, value, unit):
    m = only(text)
    assert (m["phrase"], m["unit"], m["value"]) == (phrase, unit, pytest.approx(value))


def test_amount_with_no_currency_takes_the_sentences():
    assert rows("The city will spend $2 billion on roads and a billion on schools.") == [
        ["$2 billion", 2e9, "USD", "default", False, None], ["a billion", 1e9, "USD", "default", False, None]]


def test_spoken_figure_takes_the_currency_of_its_sentence():
    got = rows("Ministers pledged €5bn for housing and a billion and a half for rail.")
    assert got[1] == ["a billion and a half", 1.5e9, "EUR", "text", False, None]


def test_billions_in_a_paragraph_about_pounds_is_vague():
    got = rows("The health service gets £30bn over five years. Critics say billions will be wasted.")
    assert got[1] == ["billions", 1e9, "GBP", "text", True, None]


@pytest.mark.parametrize("text", [
    "The app has more than a billion users and paid $3bn for music rights.",
    "About 2 million people visited the park, which cost $40 million.",
    "The population is 5 million, and the budget is NZ$120 billion.",
    "Viewers numbered 3 million. Tickets cost $40.",
])
def test_counted_things_do_not_borrow_a_currency(text):
    assert len(money(text)) == 1


@pytest.mark.parametrize("text, phrase, value, unit", [
    ("She filed a billion-dollar lawsuit.", "a billion-dollar", 1e9, "USD"),
    ("It signed multimillion-pound deals.", "multimillion-pound", 1e6, "GBP"),
    ("A multibillion-dollar franchise opens.", "multibillion-dollar", 1e9, "USD"),
    ("Million-dollar homes are a fifth of sales.", "Million-dollar", 1e6, "USD"),
    ("The club signed a multi-million euro deal.", "multi-million euro", 1e6, "EUR"),
])
def test_adjectival_amounts_are_vague(text, phrase, value, unit):
    m = only(text)
    assert (m["phrase"], m["value"], m["unit"], m["vague"]) == (phrase, value, unit, True)


def test_adjectival_amounts_are_not_facts():
    assert facts("She filed a billion-dollar lawsuit.").empty


CANADIAN = ("OTTAWA -- The federal government will spend $4.2 billion on child care, the finance minister said. "
            "Ontario and Quebec will get the largest shares.")


def test_a_canadian_story_is_in_canadian_dollars():
    assert rows(CANADIAN)[0][2:4] == ["CAD", "inferred"]


def test_a_us_story_that_names_canada_once_stays_in_us_dollars():
    text = "Detroit-based Acme will spend $3 billion on plants in Ohio, Texas and Canada, the company said."
    assert rows(text)[0][2:4] == ["USD", "default"]


@pytest.mark.parametrize("kw, source", [({"currency": "AUD"}, "option"), ({"metadata": {"currency": "AUD"}}, "sidecar"),
                                        ({"currency": "aud", "metadata": {"currency": "NZD"}}, "option")])
def test_option_beats_sidecar_beats_the_text(kw, source):
    assert rows(CANADIAN, **kw)[0][2:4] == ["AUD", source]


def test_the_text_names_the_local_dollar():
    got = rows("The miner will invest A$1.5 billion in a plant. It has spent $600 million on the site.")
    assert [g[2:4] for g in got] == [["AUD", "sign"], ["AUD", "text"]]


def test_a_conversion_in_brackets_is_in_us_dollars():
    got = rows("Canada's biggest bank posted a profit of C$3.2 billion ($2.4 billion).")
    assert [g[2:4] + [g[5]] for g in got] == [["CAD", "sign", "G01"], ["USD", "text", "G01"]]


def test_an_exchange_rate_note_says_the_dollar_is_american():
    text = "Ontario's Acme paid C$90 million for a Toronto rival and $40 million in Alberta. ($1 = 1.37 Canadian dollars)"
    assert [g[2] for g in rows(text)] == ["CAD", "USD", "USD", "CAD"]  # the note's own "$1" and "1.37 Canadian dollars"


def test_a_declaration_names_the_dollar():
    assert rows("All figures are in Hong Kong dollars. The fund holds $9 billion.")[0][2:4] == ["HKD", "text"]


def test_us_dollars_written_out_make_the_bare_dollar_local():
    got = rows("The Calgary firm sold its Texas unit for US$800 million and will spend $200 million in Alberta.")
    assert [g[2] for g in got] == ["USD", "CAD"]


def test_a_bad_currency_option_is_one_clear_error():
    with pytest.raises(ArticleError, match="three-letter"):
        Article.from_text("It cost $5.", currency="dollars")


@pytest.mark.parametrize("text, phrase, value, unit", [
    ("Ontario announced a $450-million expansion of Toronto's largest hospital.", "$450-million", 4.5e8, "CAD"),
    ("The club agreed a £2.5-billion stadium deal.", "£2.5-billion", 2.5e9, "GBP"),
    ("The utility priced a €3-billion green bond.", "€3-billion", 3e9, "EUR"),
])
def test_hyphenated_newspaper_style(text, phrase, value, unit):
    m = only(text)
    assert (m["phrase"], m["value"], m["unit"]) == (phrase, value, unit)


@pytest.mark.parametrize("text, expected", [
    ("The stadium will cost $2-3bn.", [["$2", 2e9], ["3bn", 3e9]]),
    ("It expects revenue of between €10m and €12m.", [["€10m", 1e7], ["€12m", 1.2e7]]),
    ("The bank was fined £1bn ($1.27bn).", [["£1bn", 1e9], ["$1.27bn", 1.27e9]]),
    ("The deal is worth 500 million euros (about $540 million).", [["500 million euros", 5e8],
                                                                   ["about $540 million", 5.4e8]]),
])
def test_ranges_and_conversions_are_one_row_per_amount_in_one_group(text, expected):
    m = money(text)
    assert m[["phrase", "value"]].values.tolist() == expected
    assert m["group"].tolist() == ["G01", "G01"]


def test_a_move_and_the_level_it_led_to_are_not_a_range():
    m = money("Shares fell 12p to 245p.")
    assert m["group"].tolist() == [None, None]
    assert m["direction"].tolist() == ["down", None]


def test_financing_carries_the_new_columns():
    f = facts("Canada's biggest bank posted a profit of C$3.2 billion ($2.4 billion) in the third quarter.")
    assert f[["unit", "currency_source", "group", "period"]].values.tolist() == [
        ["CAD", "sign", "G01", "2025-Q3"], ["USD", "text", "G01", "2025-Q3"]]


# --- the stages of extract_money and extract_financing ------------------------------------------

def test_stage_raw_mentions_reads_values_and_own_currencies():
    from analysis.financing import _raw_mentions, _rules
    raws = _raw_mentions("It paid $5m and 3 mln stg.", _rules())
    assert [(x.value, x.unit, x.dollar) for x in raws] == [(5e6, "USD", True), (3e6, "GBP", False)]


def test_stage_resolve_dollars_uses_the_option():
    from analysis.financing import _raw_mentions, _resolve_dollars, _rules
    art = Article.from_text("It paid $5m.", currency="SGD")
    x = _resolve_dollars(art, _raw_mentions(art.text, _rules()), _rules())[0]
    assert (x.unit, x.source) == ("SGD", "option")


def test_stage_links_pairs_a_from_to():
    from analysis.financing import _links, _raw_mentions, _rules
    text = "Sales fell from $9m to $4m."
    a, b = _links(text, _raw_mentions(text, _rules()), _rules())
    assert (a.pair_role, b.pair_role, a.linked is b) == ("from", "to", True)


def test_stage_groups_number_ranges_only():
    from analysis.financing import _groups, _links, _raw_mentions, _rules
    text = "It costs $5m to $6m, up from $3m."
    raws = _groups(_links(text, _raw_mentions(text, _rules()), _rules()))
    assert [x.group for x in raws] == [1, 1, None]


def test_stage_fact_status_and_event():
    from analysis.financing import _Context, _fact_event, _fact_status, _mentions
    art = Article.from_text("Acme plans to sell $4bn of bonds.")
    m = _mentions(art)
    ctx = _Context(art, m)
    assert _fact_status(ctx, m[0], {}) == "planned"
    assert _fact_event(ctx, m[0])[0] == "bond"


def test_stage_fact_period_from_the_previous_sentence():
    from analysis.financing import _Context, _fact_period, _mentions
    art = Article.from_text("In March 2031 the firm was sold. The buyer paid $2bn.", reference_date="2031-06-01")
    m = _mentions(art)
    pick, source = _fact_period(_Context(art, m), m[0], "actual", "equity stake")
    assert (pick["period"], source) == ("2031-03", "previous sentence")


def test_stage_parties_come_from_the_stakeholder_analysis():
    f = facts("Brightwater Capital lent Kestrel Mining $300m.")
    assert {"Brightwater Capital", "Kestrel Mining"} <= set(f["counterparties"][0])


def test_a_failing_stakeholder_analysis_surfaces(monkeypatch):
    import analysis.financing as fin

    def broken(article):
        raise RuntimeError("stakeholders broke")

    monkeypatch.setattr(fin, "stakeholder_mention_records", broken)
    with pytest.raises(RuntimeError, match="stakeholders broke"):
        fin.extract_financing(Article.from_text("It paid $5m."))


def test_a_cut_by_an_amount_to_a_level_is_not_a_range():
    m = money("It will reduce capital spending by 1.5 bln dlrs to 23 bln dlrs.")
    assert m["value"].tolist() == [1.5e9, 2.3e10]
    assert m["group"].tolist() == [None, None]


def test_a_spoken_figure_inside_quotation_marks():
    got = rows('He said it would cost "a billion, maybe a billion and a half" dollars. It has spent $300 million.')
    assert [g[:3] for g in got] == [["a billion", 1e9, "USD"], ["a billion and a half", 1.5e9, "USD"],
                                    ["$300 million", 3e8, "USD"]]


# --- the reference currency from the command line and the sidecar --------------------------------

def _money_json(capsys, argv):
    import json

    from analysis.cli import main
    status = main(argv)
    out = capsys.readouterr()
    return status, (json.loads(out.out) if status == 0 else out.err)


def test_cli_currency_option_and_sidecar(tmp_path, capsys):
    path = tmp_path / "story.txt"
    path.write_text("The council approved $12 million for a library.", encoding="utf-8")
    (tmp_path / "story.yml").write_text("currency: NZD\n", encoding="utf-8")
    status, rows_ = _money_json(capsys, ["money", str(path), "--format", "json"])
    assert status == 0 and (rows_[0]["unit"], rows_[0]["currency_source"]) == ("NZD", "sidecar")
    status, rows_ = _money_json(capsys, ["financing", str(path), "--currency", "hkd", "--format", "json"])
    assert status == 0 and (rows_[0]["unit"], rows_[0]["currency_source"]) == ("HKD", "option")


@pytest.mark.parametrize("argv_extra, sidecar", [(["--currency", "loonies"], ""), ([], "currency: [1, 2]\n")])
def test_cli_bad_currency_is_one_line_and_exit_2(tmp_path, capsys, argv_extra, sidecar):
    path = tmp_path / "story.txt"
    path.write_text("It cost $5.", encoding="utf-8")
    if sidecar:
        (tmp_path / "story.yml").write_text(sidecar, encoding="utf-8")
    status, err = _money_json(capsys, ["money", str(path), *argv_extra])
    assert status == 2 and err.count("\n") == 1 and ("three-letter" in err or "ISO 4217" in err)


def test_currency_notes_name_only_amounts_without_their_own_sign():
    from analysis.financing import currency_notes
    f = facts("The miner will invest A$1.5 billion. It has spent $600 million, and shares rose 3 per cent.")
    notes = currency_notes(f)
    assert notes[["unit", "currency_source", "facts", "example"]].values.tolist() == [["AUD", "text", 1, "$600 million"]]
    assert currency_notes(facts("It cost €5m.")).empty


def test_an_article_without_amounts_gives_the_same_typed_empty_table_as_one_with_amounts():
    none = facts("The mayor of Springfield met union leaders on Tuesday; Jane Roe said talks would go on.")
    some = facts("The mayor of Springfield paid $5m on Tuesday, Jane Roe said.")
    assert none.empty and list(none.columns) == FINANCING_COLUMNS
    assert none.dtypes.astype(str).tolist() == some.dtypes.astype(str).tolist()
    assert some["counterparties"].tolist() == [["Jane Roe"]]  # the person named in the sentence
