"""Time expressions: found, resolved against a fixed reference date, or left unresolved."""

import pytest

from analysis import Article, ArticleError
from analysis.timex import TIME_COLUMNS, extract_times

REF = "2025-12-05"  # a Friday


def times(text, ref=REF):
    return extract_times(Article.from_text(text, reference_date=ref))


def one(text, ref=REF):
    t = times(text, ref)
    assert len(t) == 1, t[["text", "period"]].values.tolist()
    return t.iloc[0]


@pytest.mark.parametrize("text, words, period, first, last", [
    ("Sales rose in 2024.", "2024", "2024", "2024-01-01", "2024-12-31"),
    ("Sales rose in April 2025.", "April 2025", "2025-04", "2025-04-01", "2025-04-30"),
    ("Sales rose in late October.", "late October", "2025-10", "2025-10-01", "2025-10-31"),
    ("Sales rose in November.", "November", "2025-11", "2025-11-01", "2025-11-30"),
    ("It was released in March this year.", "March this year", "2025-03", "2025-03-01", "2025-03-31"),
    ("We will spend more next year.", "next year", "2026", "2026-01-01", "2026-12-31"),
    ("We spent more last year.", "last year", "2024", "2024-01-01", "2024-12-31"),
    ("We spent more this year.", "this year", "2025", "2025-01-01", "2025-12-31"),
    ("Shares jumped this month.", "this month", "2025-12", "2025-12-01", "2025-12-31"),
    ("Shares fell last month.", "last month", "2025-11", "2025-11-01", "2025-11-30"),
    ("He left this summer.", "this summer", "2025-summer", "2025-06-01", "2025-08-31"),
    ("They were hired over the summer.", "the summer", "2025-summer", "2025-06-01", "2025-08-31"),
    ("It should match rivals by the summer.", "the summer", "2026-summer", "2026-06-01", "2026-08-31"),
    ("It bought shares last autumn.", "last autumn", "2025-autumn", "2025-09-01", "2025-11-30"),
    ("A model is due in the first quarter of next year.", "the first quarter of next year", "2026-Q1",
     "2026-01-01", "2026-03-31"),
    ("Revenue for the third quarter rose.", "the third quarter", "2025-Q3", "2025-07-01", "2025-09-30"),
    ("Profit rose in Q2 2024.", "Q2 2024", "2024-Q2", "2024-04-01", "2024-06-30"),
    ("Chips ship in the second half of 2028.", "the second half of 2028", "2028-H2", "2028-07-01", "2028-12-31"),
    ("It raised debt in late 2025.", "late 2025", "2025-late", "2025-09-01", "2025-12-31"),
    ("A plant opens in early 2027.", "early 2027", "2027-early", "2027-01-01", "2027-04-30"),
    ("It may be ready by mid-2026.", "mid-2026", "2026-mid", "2026-05-01", "2026-08-31"),
    ("Cash runs out at the end of next year.", "the end of next year", "2026-12", "2026-12-01", "2026-12-31"),
    ("Two years ago it was small.", "Two years ago", "2023", "2023-01-01", "2023-12-31"),
    ("Sales peak in spring.", "spring", "2025-spring", "2025-03-01", "2025-05-31"),
    ("It closed in May.", "May", "2025-05", "2025-05-01", "2025-05-31"),
    ("Profit rose in the three months ended Sept. 30.", "the three months ended Sept. 30", "2025-Q3",
     "2025-07-01", "2025-09-30"),
    ("Sales fell in the six months to June 2025.", "the six months to June 2025", "2025-H1", "2025-01-01", "2025-06-30"),
    ("Profit rose in the July-September quarter.", "the July-September quarter", "2025-Q3", "2025-07-01", "2025-09-30"),
    ("Costs rose between 2021 and 2024.", "between 2021 and 2024", "2021/2024", "2021-01-01", "2024-12-31"),
])
def test_expression_resolves_to_period(text, words, period, first, last):
    row = one(text)
    assert row["text"] == words
    assert (row["period"], row["period_start"], row["period_end"]) == (period, first, last)
    assert row["resolved"]


@pytest.mark.parametrize("text, day", [
    ("The agency fined it on Tuesday.", "2025-12-02"),
    ("It reported results on Friday.", "2025-12-05"),
    ("Shares fell yesterday.", "2025-12-04"),
    ("The deal closed on 3 March 2025.", "2025-03-03"),
    ("The deal closed on March 3, 2025.", "2025-03-03"),
])
def test_day_has_exact_date_and_month_label(text, day):
    row = one(text)
    assert row["period_start"] == row["period_end"] == day
    assert row["period"] == day[:7]
    assert row["granularity"] == "day"


def test_previous_year_counts_back_from_the_year_named_before():
    t = times("Capex will hit $70bn in 2025, up from $39bn the previous year.")
    assert t["text"].tolist() == ["2025", "the previous year"]
    assert t["period"].tolist() == ["2025", "2024"]


def test_hyphenated_quarter_is_the_last_ended_one():
    row = one("Its fiscal fourth-quarter revenue rose.", ref="2025-10-31")
    assert row["period"] == "2024-Q4"


def test_by_looks_ahead_only_right_before_the_time():
    t = times("The bank cut its rate by 25 basis points to 2% in June. It will be ready by June.", ref="2025-10-31")
    assert t["period"].tolist() == ["2025-06", "2026-06"]


def test_that_year_is_the_year_named_before():
    assert times("In 2023 it lost money; that year was bad.")["period"].tolist() == ["2023", "2023"]


def test_previous_year_without_anchor_is_unresolved():
    assert not one("The previous year it doubled.")["resolved"]


@pytest.mark.parametrize("text", ["We will spend more next year.", "Shares jumped this month.",
                                  "He left this summer.", "The agency acted on Tuesday.", "Sales rose in November."])
def test_relative_expressions_stay_unresolved_without_reference_date(text):
    row = one(text, ref=None)
    assert not row["resolved"]
    assert row["period"] is None and row["period_start"] is None


@pytest.mark.parametrize("text", ["Sales rose in April 2025.", "It raised debt in late 2025.", "Profit rose in 2024."])
def test_absolute_expressions_resolve_without_reference_date(text):
    assert one(text, ref=None)["resolved"]


@pytest.mark.parametrize("text, role", [
    ("Revenue rose 12 per cent from a year earlier.", "comparison"),
    ("Sales rose 3 per cent year on year.", "comparison"),
    ("It has spent $40m since the problems were found in 2024.", "since"),
    ("The company said on Thursday it would build a plant.", "reporting"),
    ("It will spend $6bn over the next three years.", "duration"),
    ("He said so recently.", "vague"),
    ("Sales rose in 2024.", "period"),
])
def test_role_of_expression(text, role):
    assert one(text)["role"] == role


@pytest.mark.parametrize("text", [
    "A 28-year-old hired 600 workers.",
    "Gemini 2.5 and Llama 4 were released.",
    "Call 555-1234 or 020 7946 0958.",
    "It may be the best in its 20-year existence.",
    "Prices rose 2025 per cent.",
    "Theresa May said spring water was popular after the Arab Spring.",
])
def test_not_time_expressions(text):
    assert times(text).empty


def test_offsets_point_at_the_words():
    art = Article.from_text("In late October, Acme raised $30bn. In late 2025 it borrowed more.", reference_date=REF)
    t = extract_times(art)
    assert all(art.text[r.start:r.end] == r.text for r in t.itertuples())


def test_columns_and_ids():
    t = times("Sales rose in 2024 and in 2025.")
    assert list(t.columns) == TIME_COLUMNS
    assert t["time_id"].tolist() == ["T01", "T02"]


def test_bad_input_raises():
    with pytest.raises(ArticleError, match="Article"):
        extract_times("not an article")


# --- the resolvers, one per kind of expression (issue 11) ---------------------------------------

def test_period_before_steps_back_one_period():
    from analysis.timex import period_before
    p = {"period": "2031-01", "period_start": "2031-01-01", "period_end": "2031-01-31", "granularity": "month"}
    assert period_before(p)["period"] == "2030-12"
    h = {"period": "2031-H1", "period_start": "2031-01-01", "period_end": "2031-06-30", "granularity": "half"}
    assert period_before(h)["period"] == "2030-H2"


def test_frame_of_types_columns_and_keeps_lists_whole():
    from analysis.timex import frame_of
    t = frame_of([(1, ["a", "b"])], ["n", "names"], {"n": "int64"})
    assert str(t["n"].dtype) == "int64" and t["names"][0] == ["a", "b"]
    assert frame_of([], ["n", "names"], {"n": "int64"}).empty


@pytest.mark.parametrize("kind, groups, ref, period", [
    ("quarter", {"qn": None, "qo": "third", "yq": None, "yqn": None}, "2031-11-02", "2031-Q3"),
    ("half", {"hn": "2", "ho": None, "yh": None, "yhn": "2029"}, None, "2029-H2"),
    ("relative", {"fy": None, "rr": "last", "ru": "month"}, "2031-01-15", "2030-12"),
    ("span", {"sa": "2021", "sb": None, "sc": None, "sz": "2024", "sd": None}, None, "2021/2024"),
    ("ago", {"an": "two", "au": "years"}, "2031-05-01", "2029"),
])
def test_each_resolver(kind, groups, ref, period):
    import datetime as dt

    from analysis.timex import _resolve
    ref = dt.date.fromisoformat(ref) if ref else None
    got, _gran = _resolve(kind, groups, "", "", ref, None)
    assert got.label == period


def test_kinds_without_a_resolver_stay_unresolved():
    from analysis.timex import _resolve
    assert _resolve("duration", {}, "over the next three years", "", None, None) == (None, "duration")


def test_time_records_are_the_rows_of_extract_times_and_new_at_each_call():
    from analysis.timex import time_records

    art = Article.from_text("Revenue rose in the third quarter of 2030. Next year it will fall.",
                            reference_date="2030-11-02")
    recs = time_records(art)
    assert [(r["text"], r["period"]) for r in recs] == [("the third quarter of 2030", "2030-Q3"), ("Next year", "2031")]
    assert recs == extract_times(art).to_dict("records")
    recs[0]["period"] = "changed"  # a caller's change does not reach the next caller
    assert time_records(art)[0]["period"] == "2030-Q3"


def test_a_letter_outside_ascii_elsewhere_changes_no_expression():
    # a text with a letter outside ASCII is scanned with another start pattern than a plain ASCII one
    plain = "In late March Acme said fiscal 2024 sales rose; Q3 profits fell the previous year. Next Tuesday it reports."
    names = plain.replace("Acme", "Société Générale")
    a, b = times(plain), times(names)
    assert a["text"].tolist() == b["text"].tolist() == [
        "late March", "fiscal 2024", "Q3", "the previous year", "Next Tuesday"]
    assert a["period"].tolist() == b["period"].tolist()
    # a word with such a letter is still read where it starts a time ("Q4" glued to nothing, "März" is no month)
    assert times("Sales in März and in Q4 2024.")["text"].tolist() == ["Q4 2024"]
