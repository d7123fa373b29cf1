"""Time expressions: find them in an article and resolve them to periods.

A time expression ("late October", "the first quarter of next year", "this
summer", "2025") becomes a *period*: a label (``2025``, ``2025-10``,
``2025-Q1``, ``2025-H2``, ``2025-summer``, ``2025-late``), a first and last day
(ISO dates) and a granularity.  Relative expressions ("next year", "this
month", "Tuesday") are resolved against :attr:`Article.reference_date`; with no
reference date they stay unresolved (``resolved`` is False, the period empty)
rather than guessed.  Absolute expressions ("April 2025", "late 2025") resolve
with or without one.

How the calendar words are read (rules as data, below):

* seasons are meteorological: spring March-May, summer June-August, autumn
  (fall) September-November, winter December-February (labelled by the year of
  its December);
* ``early`` is January-April, ``mid`` May-August, ``late`` September-December
  of a year; ``the end of`` a year is its December, ``the start of`` its January;
* a month or season named without a year is the latest one that has begun by
  the reference date, a quarter or half the latest one that has ended (results
  are reported after the period), unless the words before it look ahead ("by",
  "will", "plans", "expected", "aims"), when it is the first one that has not
  yet ended;
* a weekday is the latest such day on or before the reference date (news
  reports what happened), or the next one when the words look ahead;
* "the previous year", "the year before", "a year earlier" count back from the
  period named last before them in the same paragraph ("up from $39bn the
  previous year" after "2025" is 2024); with no such period they stay
  unresolved;
* "the year" ("by the end of the year") is the reference date's year, and
  "that year" the year named last before it;
* labels never go finer than a month: a day has the label of its month, and
  its exact date in ``period_start`` and ``period_end``.

Each expression also gets a ``role``: ``period`` (it dates something),
``comparison`` (a base of comparison: "up 12 per cent *from a year
earlier*"), ``since`` / ``until`` (the open end of a span: "since the
problems were found in 2024"), ``reporting`` (dates a statement, not the
facts in it: "the company said on Thursday"), ``duration`` ("over the next
three years") or ``vague`` ("recently").  :mod:`analysis.financing` dates money
facts only with ``period`` expressions.
"""

from __future__ import annotations

import calendar
import datetime as _dt
import re
from dataclasses import dataclass
from functools import lru_cache

import pandas as pd

from .article import Article, ArticleError, folded_text, frame_of, trie_pattern

__all__ = ["extract_times", "time_records", "TIME_COLUMNS", "frame_of", "period_before"]

# -- rules as data -----------------------------------------------------------
MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
MONTHS["sept"] = 9
WEEKDAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}
# season -> (first month, number of months); winter runs into the next year.
SEASONS = {"spring": (3, 3), "summer": (6, 3), "autumn": (9, 3), "fall": (9, 3), "winter": (12, 3)}
# part of a year -> (first month, last month).  "late" follows the reference
# annotation (September to December).
YEAR_PARTS = {"early": (1, 4), "mid": (5, 8), "late": (9, 12), "end": (12, 12), "start": (1, 1), "beginning": (1, 1)}
ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}
NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
                "seven": 7, "eight": 8, "nine": 9, "ten": 10, "several": None, "few": None}
# Words just before an expression that make a bare month/season/weekday look ahead.
FUTURE_CUES = re.compile(
    r"\b(?:will|'ll|plans?|planned|planning|expects?|expected|aims?|aiming|intends?|due|"
    r"scheduled|set to|going to|forecasts?|hopes?)\b[^.;]{0,60}$|\b(?:by|until|till)\s+(?:the\s+)?(?:end\s+of\s+)?$", re.I)
# Verbs of saying: a time right after one dates the statement ("said on Thursday").
REPORTING = re.compile(r"\b(?:said|says|say|told|added|stated|wrote|commented)\b(?:\s+(?!that\b)\w+){0,4}\s+(?:on\s+)?$", re.I)
# A time right after these is a base of comparison, not the period of the fact.
COMPARISON = re.compile(r"\b(?:from|than|compared\s+(?:with|to)|versus|vs\.?|against)\s+(?:the\s+same\s+\w+\s+)?$", re.I)
SINCE = re.compile(r"\bsince\b[^,;:.()\u2014\u2013]*$", re.I)
UNTIL = re.compile(r"\b(?:until|till|through|to)\s+$", re.I)

_Y = r"(?<![\d$€£¥.,/])(?<!\d-)(?:19|20)\d\d(?![\d%]|,\d|\.\d|-year|\s+per\s*cent|\s+percent)"
_MON = r"(?-i:January|February|March|April|May|June|July|August|September|October|November|December" \
       r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?(?=\s*\d))"
_DAY = r"(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_REL = r"(?:this|next|last|the\s+(?:previous|prior|following|current|coming|same))"
# a year spec after a month/quarter/half/season: "of next year", "2025", "this year"
_YSPEC = rf"(?:,?\s+(?:of\s+)?(?P<{{n}}>{_Y}|(?:this|next|last)\s+year|the\s+(?:previous|prior|following)\s+year|the\s+year))"
_NUM = r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|few)"

_PATTERNS = [
    # between 2021 and 2024, from 2021 to 2024, 2021-24
    ("span", rf"(?:between\s+(?P<sa>{_Y})\s+and\s+|from\s+(?P<sb>{_Y})\s+(?:to|until|through)\s+)(?P<sz>{_Y})"),
    ("span", rf"(?P<sc>{_Y})\s?[-–/]\s?(?P<sd>\d\d)(?![\d%])"),
    # 5 December 2025, December 5, 2025, Dec. 5
    ("date", rf"(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m1>{_MON})(?:,?\s+(?P<y1>{_Y}))?"),
    ("date", rf"(?P<m2>{_MON})\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<y2>{_Y}))?"),
    # the three months to September, the quarter ended June 30, the year to March 2025
    ("months_to", rf"(?:the\s+)?(?:(?P<tn>three|six|nine|twelve|3|6|9|12)\s+months|(?P<tq>quarter)|(?P<th>half|half-year)|(?P<ty>year))"
                  rf"\s+(?:ended|ending|to|through|that\s+ended)\s+(?P<tm>{_MON})(?:\s+\d{{1,2}})?(?:,?\s+(?P<tyy>{_Y}))?"),
    # the July-September quarter, April–June 2025
    ("month_range", rf"(?:the\s+)?(?P<ma>{_MON})\s?[-–]\s?(?P<mb>{_MON})(?:\s+(?:quarter|period|months))?(?:,?\s+(?P<yr>{_Y}))?"),
    # late October, the end of March 2025, in March this year
    ("month", rf"(?:(?P<mm>early|mid|late|the\s+end\s+of|the\s+start\s+of|the\s+beginning\s+of|the\s+middle\s+of)[\s-]+)?"
              rf"(?P<mon>{_MON})" + _YSPEC.format(n="ym") + "?"),
    ("quarter", r"(?:the\s+)?(?:fiscal\s+)?(?P<qo>first|second|third|fourth|1st|2nd|3rd|4th|final|last)[\s-]+(?:fiscal\s+)?quarter" + _YSPEC.format(n="yq") + "?"),
    ("quarter", rf"(?-i:Q(?P<qn>[1-4]))(?:\s+(?:of\s+)?(?P<yqn>{_Y}))?\b"),
    ("half", r"(?:the\s+)?(?:fiscal\s+)?(?P<ho>first|second|1st|2nd)[\s-]+half" + _YSPEC.format(n="yh") + "?"),
    ("half", rf"(?-i:H(?P<hn>[12]))\s+(?P<yhn>{_Y})"),
    # a season needs a determiner, a preposition of time before it, or a year after it
    # ("this summer", "in spring", "summer 2025"), so "hot spring" and "Arab Spring" are not times
    ("season", rf"(?:(?P<sr>this|next|last|the)\s+|(?:(?<=\bin\s)|(?<=\bby\s)|(?<=\bover\s)|(?<=\bduring\s)|(?<=\buntil\s))"
               rf"|(?=(?:spring|summer|autumn|winter)\s+(?:of\s+)?{_Y}))"
               rf"(?P<sea>spring|summer|autumn|winter)(?:\s+(?:of\s+)?(?P<ys>{_Y}))?\b"),
    ("season", rf"(?:(?P<fr>this|next|last)\s+fall|fall\s+(?:of\s+)?(?P<yf>{_Y}))\b"),
    ("duration", rf"(?:over|in|for|during|within)\s+the\s+(?:next|past|last|coming|previous)\s+{_NUM}\s+(?:years?|months?|weeks?|days?|decades?|quarters?)\b"),
    ("duration", rf"(?:for|over)\s+{_NUM}\s+(?:years|months|weeks|decades)\b"),
    ("ago", rf"(?P<an>{_NUM})\s+(?P<au>years?|months?)\s+ago\b"),
    ("anchored", r"(?:the\s+(?:previous|prior|following)\s+year|the\s+year\s+(?:before|earlier|after)|a\s+year\s+(?:earlier|before|later))\b"),
    ("that_year", r"(?:that|the\s+same)\s+year\b"),
    ("yearpart", rf"(?P<yp>early|mid|late|the\s+end\s+of|the\s+start\s+of|the\s+beginning\s+of|earlier|later)[\s-]+(?P<ypy>{_Y}|this\s+year|next\s+year|last\s+year|the\s+year)\b"),
    ("relative", rf"(?P<rr>{_REL}|earlier\s+this|later\s+this)\s+(?P<ru>year|month|quarter|week)\b"),
    ("relative", r"(?P<fy>the\s+full\s+year|full[\s-]year)\b"),
    ("comparison", r"year[\s-](?:on|over)[\s-]year\b"),
    ("day", r"\b(?P<dw>today|yesterday|tomorrow|tonight)\b"),
    ("weekday", rf"(?:(?P<wr>last|next|this)\s+)?(?P<wd>{_DAY})\b"),
    ("year", rf"(?:(?:fiscal|FY)\s*)?(?P<yy>{_Y})"),
    ("vague", r"\b(?:recently|lately|in\s+recent\s+(?:days|weeks|months|years)|in\s+the\s+coming\s+(?:days|weeks|months|years))\b"),
]


@lru_cache(maxsize=1)
def _regex() -> re.Pattern:
    parts = [f"(?P<k{i}>{p})" for i, (_kind, p) in enumerate(_PATTERNS)]
    return re.compile(r"(?<![\w])(?:" + "|".join(parts) + r")(?![\w])", re.I)


@lru_cache(maxsize=1)
def _test() -> re.Pattern:
    """:func:`_regex` without its groups: it matches where, and as far as, :func:`_regex` does (the patterns
    have no back-reference), and fails faster: the engine saves no group at each alternative it tries."""
    rx = _regex()
    if "(?P=" in rx.pattern or "(?(" in rx.pattern:
        raise ValueError("timex: a pattern refers back to a group; _test cannot drop the groups")
    return re.compile(re.sub(r"\(\?P<\w+>", "(?:", rx.pattern), rx.flags)


# Words an expression can begin with (lower case; each pattern above starts with one of them, a digit,
# a month abbreviation, Q1-Q4, H1-H2, FY or fiscal, the last four possibly glued to what follows).  A word that
# is none of these cannot start a match, so the long alternation is tried only at the few words that can
# (see _matches).
_START_WORDS = frozenset("""
    between from january february march april may june july august september october november december
    the three six nine twelve quarter half year early mid late fiscal first second third fourth final last
    this next spring summer autumn winter fall over in for during within a an one two four five seven eight
    ten several few that earlier later full today yesterday tomorrow tonight monday tuesday wednesday
    thursday friday saturday sunday recently lately""".split())
_START_PREFIXES = ("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
                   "q1", "q2", "q3", "q4", "h1", "h2", "fy", "fiscal")
# Those starts in a text folded by fold_case (three times faster than searching the text with re.IGNORECASE),
# and every word with another letter outside ASCII (always tried: case-insensitive matching of such letters;
# the four that re.IGNORECASE matches with an ASCII letter are that letter in the folded text).  The words
# and prefixes are tries (trie_pattern): a flat alternation of them is tried word by word at every word.
#
# Most starts are common words that begin an expression only before a few words: each of these is a start only
# when the next word (after white space, as every pattern has it) opens with one of the prefixes given (any
# word that can follow it in a pattern above opens with one of them; a prefix may let through more, never
# fewer).  "the" opens a month, a quarter, a half, a season or a relative year; "in" the next N years or
# recent days; a number word N years or months ago; "that" that year; "from" a span of years; "for" and
# "over" a duration.  A month's abbreviation (a prefix above) is one only before a day or year.
_MONTH_PREFIXES = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_DIGITS = tuple("0123456789")
_NUMBER_WORDS = ("a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                 "several", "few")
_FOLLOWERS = {
    ("the",): _MONTH_PREFIXES + _DIGITS + (
        "three", "six", "nine", "twelve", "quarter", "half", "year", "end", "start", "beginning", "middle",
        "fiscal", "first", "second", "third", "fourth", "final", "last", "spring", "summer", "autumn", "winter",
        "previous", "prior", "following", "same", "current", "coming", "full"),
    ("in",): ("the", "recent"),
    ("a", "an", "one", "two", "four", "five", "seven", "eight", "ten", "several", "few"): ("year", "month"),
    ("that",): ("year",),
    ("from",): ("19", "20"),
    ("for", "over"): ("the",) + _DIGITS + _NUMBER_WORDS,
}
_FOLLOWED = frozenset(w for ws in _FOLLOWERS for w in ws)
if not _FOLLOWED <= _START_WORDS:
    raise ValueError(f"timex: followed words that start nothing: {sorted(_FOLLOWED - _START_WORDS)}")
_KNOWN_STARTS = "|".join(
    ["(?:" + trie_pattern(_START_WORDS - _FOLLOWED) + r")(?![\w])"]
    + [trie_pattern(ws) + r"(?=\s+" + trie_pattern(after) + ")" for ws, after in _FOLLOWERS.items()]
    + [trie_pattern(set(_MONTH_PREFIXES) & set(_START_PREFIXES)) + r"(?=t?\.?\s*\d)",
       trie_pattern(set(_START_PREFIXES) - set(_MONTH_PREFIXES))])
_STARTS = re.compile(r"(?<![\w])(?:\d|\w*?[^\W\x00-\x7f]|" + _KNOWN_STARTS + ")")
# The same starts in a text with no letter outside ASCII (most English news), where the scan of every word
# for such a letter finds nothing.
_ASCII_STARTS = re.compile(r"(?<![\w])(?:\d|" + _KNOWN_STARTS + ")")
_NON_ASCII_LETTER = re.compile(r"[^\W\x00-\x7f]")


def _matches(text: str):
    """The matches of :func:`_regex` in ``text``, exactly as ``finditer`` gives them, tried only at possible starts."""
    rx, test = _regex(), _test().match
    end = 0
    folded = folded_text(text)  # the same offsets as in text
    for w in (_STARTS if _NON_ASCII_LETTER.search(folded) else _ASCII_STARTS).finditer(folded):
        p = w.start()
        if p < end or test(text, p) is None:  # most starts match nothing: told without the groups
            continue
        m = rx.match(text, p)
        yield m
        end = m.end()


TIME_COLUMNS = ["time_id", "start", "end", "text", "period", "period_start", "period_end",
                "granularity", "resolved", "role", "sentence_id", "paragraph_id"]


@dataclass(frozen=True)
class TimeExpression:
    """One time expression and the period it resolves to (see :func:`extract_times`)."""

    time_id: str
    start: int
    end: int
    text: str
    period: str | None
    period_start: str | None
    period_end: str | None
    granularity: str
    resolved: bool
    role: str
    sentence_id: int
    paragraph_id: int


@dataclass(frozen=True)
class _Period:
    label: str
    first: _dt.date
    last: _dt.date
    granularity: str


# -- building periods ----------------------------------------------------------
def _month_end(y: int, m: int) -> _dt.date:
    return _dt.date(y, m, calendar.monthrange(y, m)[1])


def _months(y: int, m1: int, m2: int, label: str, gran: str) -> _Period:
    return _Period(label, _dt.date(y, m1, 1), _month_end(y, m2), gran)


def year_period(y: int) -> _Period:
    return _Period(str(y), _dt.date(y, 1, 1), _dt.date(y, 12, 31), "year")


def month_period(y: int, m: int) -> _Period:
    return _months(y, m, m, f"{y}-{m:02d}", "month")


def quarter_period(y: int, q: int) -> _Period:
    return _months(y, 3 * q - 2, 3 * q, f"{y}-Q{q}", "quarter")


def half_period(y: int, h: int) -> _Period:
    return _months(y, 6 * h - 5, 6 * h, f"{y}-H{h}", "half")


def season_period(y: int, season: str) -> _Period:
    m, n = SEASONS[season]
    first = _dt.date(y, m, 1)
    ly, lm = (y + (m + n - 2) // 12, (m + n - 2) % 12 + 1)
    name = "autumn" if season == "fall" else season
    return _Period(f"{y}-{name}", first, _month_end(ly, lm), "season")


def yearpart_period(y: int, part: str) -> _Period:
    m1, m2 = YEAR_PARTS[part]
    if m1 == m2:
        return month_period(y, m1)
    return _months(y, m1, m2, f"{y}-{part}", "part of year")


def day_period(d: _dt.date) -> _Period:
    return _Period(f"{d.year}-{d.month:02d}", d, d, "day")


def _pick(make, ref: _dt.date, ahead: bool) -> _Period:
    """Of the periods ``make(year)`` around ``ref``, the latest begun (or, ahead, the first not ended)."""
    cands = [make(y) for y in (ref.year - 1, ref.year, ref.year + 1)]
    if ahead:
        return next(p for p in cands if p.last >= ref)
    return [p for p in cands if p.first <= ref][-1]


def _shift_year(p: _Period, n: int) -> _Period:
    """The same part of the calendar ``n`` years later (earlier for negative ``n``)."""
    y = p.first.year + n
    rest = p.label[4:]
    if p.granularity == "year":
        return year_period(y)
    if p.granularity == "day":
        try:
            return day_period(p.first.replace(year=y))
        except ValueError:
            return day_period(p.first.replace(year=y, day=28))
    last = p.last.replace(year=p.last.year + n, day=1)
    return _Period(f"{y}{rest}", p.first.replace(year=y), _month_end(last.year, last.month), p.granularity)


def _year_of(spec: str | None, ref: _dt.date | None, anchor: _Period | None) -> int | None | bool:
    """Year named by a spec ("2025", "next year", "the previous year"); None if no spec, False if unresolvable."""
    if spec is None:
        return None
    s = " ".join(spec.lower().split())
    if s[:4].isdigit():
        return int(s[:4])
    if s in ("the previous year", "the prior year"):
        return anchor.first.year - 1 if anchor else False
    if s == "the following year":
        return anchor.first.year + 1 if anchor else False
    if s == "the year":  # "the end of the year": the current year in news, else the year named before
        return ref.year if ref else (anchor.first.year if anchor else False)
    if ref is None:
        return False
    return ref.year + {"this": 0, "next": 1, "last": -1}[s.split()[0]]


def period_before(p: dict) -> dict:
    """The period one step before ``p``: the previous month, quarter, half or year (a season, part of
    year or span: the same one a year earlier).

    ``p`` is a row of :func:`extract_times` (``period``, ``period_start``, ``period_end``,
    ``granularity``); the result has the same four keys.  The money analysis uses it for the first
    end of a from-to pair ("up from $3m" in a sentence about this quarter is last quarter's level).

    Examples
    --------
    >>> period_before({"period": "2024-Q1", "period_start": "2024-01-01", "period_end": "2024-03-31",
    ...                "granularity": "quarter"})["period"]
    '2023-Q4'
    >>> period_before({"period": "2030-summer", "period_start": "2030-06-01", "period_end": "2030-08-31",
    ...                "granularity": "season"})["period"]
    '2029-summer'
    """
    first = _dt.date.fromisoformat(p["period_start"])
    g = p["granularity"]
    if g == "month":
        m = first.month - 2
        q = month_period(first.year + m // 12, m % 12 + 1)
    elif g == "quarter":
        n = (first.month - 1) // 3 - 1
        q = quarter_period(first.year + n // 4, n % 4 + 1)
    elif g == "half":
        q = half_period(first.year - (first.month < 7), 2 if first.month < 7 else 1)
    elif g == "year":
        q = year_period(first.year - 1)
    else:
        q = _shift_year(_Period(p["period"], first, _dt.date.fromisoformat(p["period_end"]), g), -1)
    return {"period": q.label, "period_start": q.first.isoformat(), "period_end": q.last.isoformat(),
            "granularity": q.granularity}


def _resolve(kind: str, g: dict, text: str, before: str, ref: _dt.date | None,
             anchor: _Period | None) -> tuple[_Period | None, str]:
    """Resolve one match; returns (period or None, granularity when unresolved).

    One resolver per kind of expression (``_RESOLVERS``); durations, comparisons and vague
    expressions have none and stay unresolved.
    """
    fn = _RESOLVERS.get(kind)
    if fn is None:
        return None, kind
    ahead = bool(FUTURE_CUES.search(before[-80:]))
    return fn(g, _Cue(" ".join(text.lower().split()), ref, anchor, ahead))


@dataclass(frozen=True)
class _Cue:
    """What a resolver reads besides the match: its words (lower case), the reference date, the period
    named last before it in the paragraph, and whether the words before it look ahead."""

    low: str
    ref: _dt.date | None
    anchor: _Period | None
    ahead: bool


def _r_date(g: dict, c: _Cue):
    mon = MONTHS[(g["m1"] or g["m2"]).lower().rstrip(".")]
    day = int(g["d1"] or g["d2"])
    y = g["y1"] or g["y2"]
    try:
        if y:
            return day_period(_dt.date(int(y), mon, day)), "day"
        if c.ref is None:
            return None, "day"
        return _pick(lambda yy: day_period(_dt.date(yy, mon, day)), c.ref, c.ahead), "day"
    except ValueError:
        return None, "day"


def _r_month(g: dict, c: _Cue):
    mon = MONTHS[g["mon"].lower().rstrip(".")]
    y = _year_of(g["ym"], c.ref, c.anchor)
    if y is False or (y is None and c.ref is None):
        return None, "month"
    if y is None:
        return _pick(lambda yy: month_period(yy, mon), c.ref, c.ahead), "month"
    return month_period(y, mon), "month"


def _r_quarter_or_half(kind: str, g: dict, c: _Cue):
    if kind == "quarter":
        n = int(g["qn"]) if g["qn"] else (4 if g["qo"].lower() in ("final", "last") else ORDINALS[g["qo"].lower()])
        spec, make = (g["yq"] or g["yqn"]), (lambda yy: quarter_period(yy, n))
    else:
        n = int(g["hn"]) if g["hn"] else ORDINALS[g["ho"].lower()]
        spec, make = (g["yh"] or g["yhn"]), (lambda yy: half_period(yy, n))
    y = _year_of(spec, c.ref, c.anchor)
    if y is False or (y is None and c.ref is None):
        return None, kind
    if y is None and not c.ahead:  # results are reported for a quarter or half that has ended
        return [p for p in (make(c.ref.year - 1), make(c.ref.year)) if p.last < c.ref][-1], kind
    return (make(y) if y is not None else _pick(make, c.ref, c.ahead)), kind


def _r_season(g: dict, c: _Cue):
    season = (g["sea"] or "fall").lower()
    rel = (g["sr"] or g["fr"] or "").lower()
    y = g["ys"] or g["yf"]
    make = lambda yy: season_period(yy, season)  # noqa: E731
    if y:
        return make(int(y)), "season"
    ref = c.ref
    if ref is None:
        return None, "season"
    if rel == "this":
        cur = [p for p in (make(ref.year - 1), make(ref.year)) if p.first <= ref <= p.last]
        return (cur[0] if cur else make(ref.year)), "season"
    if rel == "last":
        return [p for p in (make(ref.year - 2), make(ref.year - 1), make(ref.year)) if p.last < ref][-1], "season"
    if rel == "next":
        return [p for p in (make(ref.year), make(ref.year + 1)) if p.first > ref][0], "season"
    return _pick(make, ref, c.ahead), "season"


def _r_yearpart(g: dict, c: _Cue):
    part = " ".join(g["yp"].lower().split())
    part = {"the end of": "end", "the start of": "start", "the beginning of": "beginning"}.get(part, part)
    y = _year_of(g["ypy"], c.ref, c.anchor)
    if y is False or y is None:
        return None, "part of year"
    if part in ("earlier", "later"):
        return year_period(y), "year"
    return yearpart_period(y, part), "part of year"


def _r_relative(g: dict, c: _Cue):
    if g["fy"]:
        return (year_period(c.ref.year) if c.ref else None), "year"
    rel, unit = " ".join(g["rr"].lower().split()), g["ru"].lower()
    if rel in ("the previous", "the prior", "the following", "the same"):
        if c.anchor is None or unit != "year":
            return None, unit
        step = {"the previous": -1, "the prior": -1, "the following": 1, "the same": 0}[rel]
        return year_period(c.anchor.first.year + step), "year"
    if c.ref is None:
        return None, unit
    step = {"this": 0, "the current": 0, "earlier this": 0, "later this": 0, "next": 1, "the coming": 1, "last": -1}[rel]
    return _relative_period(c.ref, unit, step), unit


def _relative_period(ref: _dt.date, unit: str, step: int) -> _Period:
    """This (0), next (1) or last (-1) year, month, quarter or week from ``ref``."""
    if unit == "year":
        return year_period(ref.year + step)
    if unit == "month":
        m = ref.month - 1 + step
        return month_period(ref.year + m // 12, m % 12 + 1)
    if unit == "quarter":
        q = (ref.month - 1) // 3 + step
        return quarter_period(ref.year + q // 4, q % 4 + 1)
    monday = ref - _dt.timedelta(days=ref.weekday()) + _dt.timedelta(weeks=step)
    return _Period(f"{monday.year}-{monday.month:02d}", monday, monday + _dt.timedelta(days=6), "week")


def _r_day(g: dict, c: _Cue):
    if c.ref is None:
        return None, "day"
    return day_period(c.ref + _dt.timedelta(days={"yesterday": -1, "tomorrow": 1}.get(g["dw"].lower(), 0))), "day"


def _r_weekday(g: dict, c: _Cue):
    ref = c.ref
    if ref is None:
        return None, "day"
    wd = WEEKDAYS[g["wd"].lower()]
    rel = (g["wr"] or "").lower()
    back, fwd = (ref.weekday() - wd) % 7, (wd - ref.weekday()) % 7
    if rel == "last":
        d = ref - _dt.timedelta(days=back or 7)
    elif rel == "next" or (c.ahead and rel != "this"):
        d = ref + _dt.timedelta(days=fwd or (7 if rel == "next" else 0))
    else:
        d = ref - _dt.timedelta(days=back)
    return day_period(d), "day"


def _r_month_range(g: dict, c: _Cue):
    ma, mb = MONTHS[g["ma"].lower().rstrip(".")], MONTHS[g["mb"].lower().rstrip(".")]
    if mb < ma:
        return None, "months"
    n = mb - ma + 1
    if n == 3 and mb % 3 == 0:
        make = lambda yy: quarter_period(yy, mb // 3)  # noqa: E731
    elif n == 6 and mb % 6 == 0:
        make = lambda yy: half_period(yy, mb // 6)  # noqa: E731
    else:
        make = lambda yy: _Period(f"{yy}-{ma:02d}/{yy}-{mb:02d}", _dt.date(yy, ma, 1), _month_end(yy, mb), "months")  # noqa: E731
    if g["yr"]:
        p = make(int(g["yr"]))
    elif c.ref is None:
        return None, "months"
    elif c.ahead:
        p = _pick(make, c.ref, True)
    else:
        p = [q for q in (make(c.ref.year - 1), make(c.ref.year)) if q.last < c.ref][-1]
    return p, p.granularity


def _r_months_to(g: dict, c: _Cue):
    n = 3 if g["tq"] else 6 if g["th"] else 12 if g["ty"] else int({"three": 3, "six": 6, "nine": 9, "twelve": 12}.get(
        g["tn"].lower(), g["tn"] if g["tn"].isdigit() else 3))
    mon = MONTHS[g["tm"].lower().rstrip(".")]
    if g["tyy"]:
        y = int(g["tyy"])
    elif c.ref is None:
        return None, "months"
    else:
        y = _pick(lambda yy: month_period(yy, mon), c.ref, c.ahead).first.year
    if n == 3 and mon % 3 == 0:
        return quarter_period(y, mon // 3), "quarter"
    if n == 6 and mon % 6 == 0:
        return half_period(y, mon // 6), "half"
    if n == 12 and mon == 12:
        return year_period(y), "year"
    m0 = mon - n  # first month, counted from 0
    first = _dt.date(y + m0 // 12, m0 % 12 + 1, 1)
    return _Period(f"{first.year}-{first.month:02d}/{y}-{mon:02d}", first, month_period(y, mon).last, "months"), "months"


def _r_span(g: dict, c: _Cue):
    a = int(g["sa"] or g["sb"] or g["sc"])
    z = int(g["sz"]) if g["sz"] else (a // 100 * 100 + int(g["sd"]))
    if z <= a:
        return None, "span"
    return _Period(f"{a}/{z}", _dt.date(a, 1, 1), _dt.date(z, 12, 31), "span"), "span"


def _r_ago(g: dict, c: _Cue):
    n = NUMBER_WORDS.get(g["an"].lower(), None) if not g["an"].isdigit() else int(g["an"])
    if c.ref is None or n is None:
        return None, "year"
    if g["au"].lower().startswith("year"):
        return year_period(c.ref.year - n), "year"
    m = c.ref.month - 1 - n
    return month_period(c.ref.year + m // 12, m % 12 + 1), "month"


def _r_anchored(g: dict, c: _Cue):
    if c.anchor is None:
        return None, "year"
    step = 1 if ("later" in c.low or "after" in c.low or "following" in c.low) else -1
    return _shift_year(c.anchor, step), c.anchor.granularity


_RESOLVERS = {
    "date": _r_date, "month": _r_month, "season": _r_season, "yearpart": _r_yearpart, "relative": _r_relative,
    "day": _r_day, "weekday": _r_weekday, "month_range": _r_month_range, "months_to": _r_months_to, "span": _r_span,
    "ago": _r_ago, "anchored": _r_anchored,
    "quarter": lambda g, c: _r_quarter_or_half("quarter", g, c),
    "half": lambda g, c: _r_quarter_or_half("half", g, c),
    "year": lambda g, c: (year_period(int(g["yy"])), "year"),
    "that_year": lambda g, c: ((year_period(c.anchor.first.year) if c.anchor else None), "year"),
}


# "May" is a month only after a word of time or before a day or year ("in May", "May 2025").
_MAY_BEFORE = re.compile(r"\b(?:in|on|since|by|until|till|from|through|during|early|mid|late|last|next|this|of|"
                         r"end|start|beginning|middle|and|or|to)[\s-]+$", re.I)


def _is_month(g: dict, before: str, after: str) -> bool:
    if g["mon"] != "May" or g["mm"] or g["ym"]:
        return True
    return bool(_MAY_BEFORE.search(before[-30:]) or re.match(r"\s+\d", after))


def _role(kind: str, text: str, before: str) -> str:
    if kind in ("duration", "vague", "comparison"):
        return kind
    tail = before[-120:]
    if COMPARISON.search(tail) and kind in ("anchored", "relative", "ago", "year", "quarter", "month", "half"):
        return "comparison"
    if REPORTING.search(tail):
        return "reporting"
    if SINCE.search(tail):
        return "since"
    if UNTIL.search(tail) and re.search(r"\b(?:until|till|through)\s+$", tail, re.I):
        return "until"
    return "period"


def extract_times(article: Article) -> pd.DataFrame:
    """Every time expression in the article, resolved to a period where possible.

    Parameters
    ----------
    article : Article
        Relative expressions are resolved against ``article.reference_date``;
        without one they stay unresolved.

    Returns
    -------
    pandas.DataFrame
        One row per expression, in text order, with columns

        - ``time_id``: ``T01``, ``T02``, ... in text order;
        - ``start``, ``end``: offsets into ``article.text`` (end exclusive);
        - ``text``: the words, ``article.text[start:end]``;
        - ``period``: a label (``2025``, ``2025-10``, ``2025-Q1``, ``2025-H2``,
          ``2025-summer``, ``2025-late``), or None when unresolved;
        - ``period_start``, ``period_end``: first and last day (ISO strings) or None;
        - ``granularity``: day, week, month, quarter, half, season, part of
          year, year, duration, comparison or vague;
        - ``resolved``: True when the expression was tied to a period;
        - ``role``: period, comparison, since, until, reporting, duration or
          vague (see the module notes);
        - ``sentence_id``, ``paragraph_id``: where it stands.

    Raises
    ------
    ArticleError
        If ``article`` is not an :class:`Article`.

    Examples
    --------
    >>> art = Article.from_text("Sales rose in late March. We will spend more next year.",
    ...                         reference_date="2031-05-20")
    >>> extract_times(art)[["text", "period", "period_start", "role"]].values.tolist()
    [['late March', '2031-03', '2031-03-01', 'period'], ['next year', '2032', '2032-01-01', 'period']]
    >>> extract_times(Article.from_text("Profits doubled next year."))["resolved"].tolist()
    [False]
    """
    if not isinstance(article, Article):
        raise ArticleError(f"extract_times expects an Article, got {type(article).__name__}")
    return _times(article).copy(deep=False)  # pandas copies on write: the cached frame stays intact


def time_records(article: Article) -> list[dict]:
    """The rows of :func:`extract_times` as plain dicts (new ones at each call), without a DataFrame.

    >>> [(t["time_id"], t["text"], t["period"]) for t in time_records(Article.from_text("Sales fell in 2030."))]
    [('T01', '2030', '2030')]
    """
    if not isinstance(article, Article):
        raise ArticleError(f"time_records expects an Article, got {type(article).__name__}")
    return [dict(vars(t)) for t in _expressions(article)]


@lru_cache(maxsize=16)
def _times(article: Article) -> pd.DataFrame:
    rows = [tuple(vars(t).values()) for t in _expressions(article)]
    return frame_of(rows, TIME_COLUMNS, {"start": "int64", "end": "int64", "resolved": "bool",
                                         "sentence_id": "int64", "paragraph_id": "int64"})


@lru_cache(maxsize=16)
def _expressions(article: Article) -> tuple[TimeExpression, ...]:
    text, ref = article.text, article.reference_date
    rows: list[TimeExpression] = []
    anchor: _Period | None = None
    anchor_par = -1
    for m in _matches(text):
        kind = _PATTERNS[int(m.lastgroup[1:])][0]  # the outer group k<i> closes last
        g = m.groupdict()
        sent = article.sentence_at(m.start())
        s0 = max(sent.start if sent else 0, m.start() - 200)
        before = text[s0:m.start()]
        par = article.paragraph_at(m.start())
        pid = par.paragraph_id if par else 0
        if pid != anchor_par:
            anchor, anchor_par = None, pid
        if kind == "month" and not _is_month(g, before, text[m.end():m.end() + 8]):
            continue  # "Theresa May", "May I": not the month
        period, gran = _resolve(kind, g, m.group(), before, ref, anchor)
        role = _role(kind, m.group(), before)
        if period is not None:
            anchor = period
            gran = period.granularity
        rows.append(TimeExpression(
            f"T{len(rows) + 1:02d}", m.start(), m.end(), m.group(),
            period.label if period else None,
            period.first.isoformat() if period else None,
            period.last.isoformat() if period else None,
            gran, period is not None, role,
            article.sentence_id_at(m.start()), pid,
        ))
    return tuple(rows)

