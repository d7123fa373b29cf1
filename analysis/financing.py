"""Money, time and financing: every amount, what it pays for, and when.

Three functions, each taking an :class:`~analysis.article.Article`:

* :func:`extract_money` finds every money amount and percentage with its
  offsets, a normalised ``value`` and ``unit`` (ISO 4217 code or ``percent``),
  the ``direction`` of a move, the hedge in ``qualifier``, and the other end
  of a range or a from-to pair in ``linked_to``;
* :func:`analysis.timex.extract_times` (re-exported here) finds and resolves
  time expressions;
* :func:`extract_financing` ties each amount to the event it measures, to its
  period, to its status (actual, expected, planned, projected, hypothetical)
  and to the parties named with it.

The rules (currency signs, scales, hedges, direction verbs, event keywords,
status cues) are data in ``analysis/resources/financing_rules.yml``; the
country evidence for the local dollar is in ``money_countries.yml``.  No
exchange rate is ever applied.  Every newsroom's style is read: "$5bn",
"$450-million", "250 mln dlrs", "1.2 bln stg", "12p", "99 cents", "50c",
"a billion-dollar lawsuit" (vague), ranges and conversions in brackets (one
row per written amount, sharing a ``group``).  A bare "$" is the article's
reference dollar: the ``currency`` option, else the sidecar's ``currency``,
else what the text says ("C$", "Canadian dollars", "all figures in ..."),
else the country the article is about (its demonyms, places and institutions,
with a margin), else USD; the ``currency_source`` column says which.  Amounts
need a currency sign, code or word, a percentage sign or word, or (for "a
billion", "billions") a money amount and money words around them, so ages
("28-year-old"), counts ("600 workers", "a billion users"), years, phone and
version numbers are never money.

The money table is read in stages (each a function with its own tests):
amounts as written (``_raw_mentions``), which dollar (``_resolve_dollars``),
ranges and pairs (``_range_starts``, ``_bare_pairs``, ``_scale_ranges``),
amounts that borrow a currency (``_borrowed``), hedges, links and directions
(``_qualifiers``, ``_links``, ``_directions``) and groups (``_groups``).  A fact
then gets its status, event type and period (``_fact_status``,
``_fact_event``, ``_fact_period``), pairs share them (``_share_pairs``), and
its parties come from the stakeholder analysis.

How a fact gets its period (the rule the book's methods page documents):

1. time expressions in the fact's own clause (the stretch of its sentence
   between commas, semicolons, colons, dashes and brackets), the nearest one;
   if the clause holds none at all, the nearest in the rest of its sentence,
   except that a relative clause (", which ...,") does not lend its time to
   the rest of the sentence nor borrow the sentence's.  Only expressions whose
   role is ``period`` count: a base of comparison ("from a year earlier"), the
   start of a span ("since ..."), a duration or the date of a statement ("said
   on Thursday") does not date a fact, and a clause holding only such
   expressions leaves its fact undated;
2. if the fact's sentence holds no time expression at all and the fact is
   actual: the first dating expression of the previous sentence (for a
   share-price or market-value move, only one in that sentence's opening
   clause, which sets the scene); then, for such a market move, the article's
   reference date (markets reported without a date moved on the day of the
   report); then the first dating expression of the previous paragraph.
   Times inside relative clauses, and periods that start after the reference
   date, are never taken from the context;
3. in "from X to Y this year" the time belongs to Y; X is the level before,
   so X takes the period one step earlier (the previous year, quarter or
   month) and is an actual figure.
"""

from __future__ import annotations

import bisect
import datetime as _dt
import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import pandas as pd
import yaml

from .article import Article, ArticleError, check_article, check_folded_pattern, folded_text, led_trie_pattern, trie_pattern
from .stakeholders import stakeholder_mention_records
from .timex import TIME_COLUMNS, extract_times, frame_of, period_before, time_records

__all__ = ["extract_money", "extract_times", "extract_financing", "MONEY_COLUMNS", "FINANCING_COLUMNS",
           "EVENT_TYPES", "STATUSES", "fact_sentences", "capex_path", "debt_and_cash_flow", "off_balance_sheet",
           "market_reactions", "main_currency", "validate_financing", "validation_scores", "currency_notes",
           "CURRENCY_SOURCES"]

#: The event types a money fact can measure ("other" when no keyword says).
EVENT_TYPES = ["capital spending", "bond", "private credit", "equity stake", "market value", "share-price move",
               "cash flow", "compensation", "revenue", "subsidy", "hypothetical", "other"]
#: The statuses of a fact.
STATUSES = ["actual", "expected", "planned", "projected", "hypothetical"]

MONEY_COLUMNS = ["money_id", "start", "end", "phrase", "value", "unit", "currency_source", "direction", "qualifier",
                 "vague", "linked_to", "pair_role", "group", "sentence_id", "paragraph_id"]
FINANCING_COLUMNS = ["fact_id", "money_id", "start", "end", "phrase", "value", "unit", "currency_source", "direction",
                     "qualifier", "event_type", "period", "period_start", "period_end", "period_text", "period_source",
                     "status", "sentence_id", "paragraph_id", "counterparties", "linked_to", "group"]
#: Where the currency of an amount comes from (the ``currency_source`` column).
CURRENCY_SOURCES = ["sign", "text", "inferred", "sidecar", "option", "default"]


# -- rules ---------------------------------------------------------------------
def _alt(words, *, escape=True) -> str:
    """Alternation of words, longest first, with flexible white space."""
    items = sorted(set(words), key=len, reverse=True)
    return "|".join((re.escape(w).replace(r"\ ", r"\s+") if escape else w) for w in items)


def _led_alt(words) -> str:
    """``\\b(?:{_alt(words)})`` for words that open with a letter, written so that a search skips at once to where
    a first letter stands (as :func:`analysis.article.led_trie_pattern` does): each branch opens with its first
    letter, then looks behind it for a word character; the branches keep _alt's order (longest first)."""
    items = sorted(set(words), key=len, reverse=True)
    if not all(w[:1].isalpha() for w in items):
        raise ValueError(f"financing_rules.yml: words that must open with a letter: {items}")
    by_first: dict[str, list[str]] = {}
    for w in items:
        by_first.setdefault(w[0], []).append(re.escape(w[1:]).replace(r"\ ", r"\s+"))
    return "|".join(re.escape(c) + r"(?<!\w[\s\S])(?:" + "|".join(rests) + ")" for c, rests in by_first.items())


_NUM = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+"


def _word_number_pattern(r: dict) -> str:
    """Numbers in words: "seven", "twenty-five", "a couple of hundred", "one and a half", "half a"."""
    words = _alt([w for w in r["number_words"] if " " not in w])
    return (rf"(?:half\s+an?|a\s+half|a\s+quarter\s+of\s+an?)(?=\s)"
            rf"|a\s+couple(?:\s+of)?(?=\s+(?:thousand|million|billion|trillion)\b)"
            rf"|(?:a\s+couple(?:\s+of)?\s+)?(?:{words}|hundred)(?:(?:[\s-]+(?:and\s+)?)(?:{words}|hundred)){{0,4}}"
            rf"(?:\s+and\s+a\s+half)?")


def _money_pattern(r: dict) -> re.Pattern:
    """The one pattern that finds every amount; each alternative is one way of writing money."""
    num, wnum = _NUM, _word_number_pattern(r)
    glued = set(r["glued_only_scales"])
    spaced = _alt([s for s in r["scales"] if s not in glued])
    # "$1.2bn", "$1.2 billion", "$1.2-billion", "$5.2B", "$300M"
    scale = rf"(?i:[\s-]?(?:{spaced})|(?:{_alt(glued)}))(?![A-Za-z])"
    prefix = "|".join(re.escape(p) for p in sorted(r["currency_prefixes"], key=len, reverse=True))
    suffix = _alt(r["currency_suffixes"])
    pct = "|".join(sorted(r["percent_words"], key=len, reverse=True))
    vague_pl, vague_ct = _alt(r["vague_plurals"]), _alt(r["vague_counts"])
    cents = _alt([w for w in r["cent_words"] if w != "¢"])
    adj = _alt(r["adjectival_currencies"])
    return re.compile(
        rf"(?<![\w.,])(?:"
        # $5bn, US$2.5 billion, EUR 3m, $18.75, $2-3bn
        rf"(?P<pre>(?<![A-Za-z])(?:{prefix}))\s?(?P<n1>{num})(?:(?P<rs>-|–|\s+to\s+)(?P<n1b>{num})(?=(?i:{scale})))?(?P<s1>{scale})?"
        # multibillion-dollar, million-dollar, multi-million euro (adjectives: vague)
        rf"|(?P<adjm>(?i:multi-?))?(?P<adjs>(?i:thousand|million|billion|trillion))[\s-](?P<adjc>(?i:{adj}))(?![\w-])"
        # 5bn euros, two billion dollars, 250 mln dlrs, 1.2 bln stg
        rf"|(?P<n2>{num}|(?i:{wnum}))(?P<s2>(?i:{scale}))?(?:\s+|(?<=[A-Za-z])-|(?=€))(?P<suf>(?i:{suffix}))(?![A-Za-z])"
        # 5 per cent, 12%, 8 pct
        rf"|(?P<n3>{num}|(?i:{wnum}))(?:\s|-)?(?P<pct>(?i:{pct}))(?![A-Za-z])"
        # 99 cents, 25 cts, 85 pence, 99¢
        rf"|(?P<n4>{num}|(?i:{wnum}))(?:\s+(?P<cent>(?i:{cents}))|\s?(?P<csign>¢))(?![A-Za-z])"
        # 12p, 50c
        rf"|(?<!:)(?P<n5>\d+(?:\.\d+)?)(?P<cg>(?-i:[pc]))(?![\w]|\.\s?[mM]\b)"
        # billions of dollars, tens of millions of euros
        rf"|(?P<vq>(?i:(?:{vague_ct})\s+))?(?P<vp>(?i:{vague_pl}))(?:\s+(?i:of)\s+(?P<vp2>(?i:{vague_pl})))?\s+(?i:of)\s+"
        rf"(?P<vsuf>(?i:{suffix}))(?![A-Za-z])"
        # a few million dollars, several hundred thousand euros
        rf"|(?P<vc>(?i:{vague_ct}))\s+(?:(?P<vh>(?i:hundred|thousand))(?:\s+(?P<vs>(?i:{spaced})))?|(?P<vs2>(?i:{spaced})))"
        rf"\s+(?P<vsuf2>(?i:{suffix}))(?![A-Za-z])"
        rf")"
    )


def _gate_pattern(r: dict) -> re.Pattern:
    """Where an amount can start (checked before the big pattern runs, for speed), in a text folded by
    :func:`analysis.article.fold_case` (three times faster than the same search with ``re.IGNORECASE``)."""
    starters = {w.split()[0].lower() for w in r["number_words"]} | {"hundred", "half", "multi", "multimillion",
                                                                    "multibillion", "thousand", "million", "billion",
                                                                    "trillion", "multi-million", "multi-billion"}
    starters |= {w.split()[0].lower() for w in list(r["vague_counts"]) + list(r["vague_plurals"]) + list(r["count_hedges"])}
    starters |= {re.match(r"[A-Za-z]*", p).group().lower() for p in r["currency_prefixes"]} - {""}
    signs = "".join(sorted({p[0] for p in r["currency_prefixes"] if not p[0].isalnum()} - {"."}))
    odd = sorted(w for w in starters if not w.isascii())
    if odd:
        raise ValueError(f"financing_rules.yml: words that start an amount must be ASCII (case folding): {odd}")
    # a full stop starts an amount only before a digit (".5%"): not at every sentence end
    return re.compile(rf"\d+|[{re.escape(signs)}]|\.(?=\d)|\b" + trie_pattern(starters) + r"(?:\b|(?=\d))")


def _link_patterns(r: dict) -> None:
    """Patterns of the linking stages: hedges, the other end of a range, a bare number after "from"."""
    num = _NUM
    glued = set(r["glued_only_scales"])
    spaced = _alt([s for s in r["scales"] if s not in glued])
    scale = rf"(?i:[\s-]?(?:{spaced})|(?:{_alt(glued)}))(?![A-Za-z])"
    prefix = "|".join(re.escape(p) for p in sorted(r["currency_prefixes"], key=len, reverse=True))
    r["_num"] = re.compile(num)
    r["_qual"] = re.compile(rf"(?<![\w])(?i:{_alt(r['qualifiers'])})\s+$")
    r["_verbal"] = re.compile(rf"(?<![\w])(?i:{r['verbal_qualifiers']})\s+$")
    # "2.6 billion pounds ... from 2.3 billion a year earlier": a later scaled number with no currency,
    # joined to an amount by from/to/versus, takes its currency when nothing countable follows it
    r["_bare_after"] = re.compile(
        rf"(?P<gap>[^.;:!?$€£¥₹]{{0,60}}?)(?<![\w.,])(?P<conn>from|to|versus|vs\.?|compared\s+(?:with|to)|against)\s+"
        rf"(?:(?P<q>about|around|roughly|nearly|almost|some)\s+)?(?P<n>{num})\s?(?P<s>(?i:{spaced})|(?:{_alt(glued)}))(?![A-Za-z])"
        rf"(?=\s*(?:[,.;:)]|$|a\s+year\b|in\b|on\b|last\b|the\s+(?:previous|prior|same|year)\b|earlier\b|previously\b|before\b))",
        re.I)
    r["_bare_before"] = re.compile(
        rf"(?:(?<![\w])(?P<bf>(?i:between|from))\s+)?(?P<pre>(?<![A-Za-z])(?:{prefix}))?\s?(?P<n>{num})(?P<s>{scale})?"
        rf"\s*(?P<conn>-|–|(?i:to|and|or))\s*$")
    wnum = _word_number_pattern(r)
    bscales = _alt(r["borrow_scales"])
    r["_borrow"] = re.compile(
        rf"(?<![\w$€£¥₹.,-])(?:(?P<n>{num}|(?i:{wnum}))[\s-]?(?P<s>(?i:{bscales}))(?P<half>\s+and\s+a\s+half)?"
        rf"|(?P<pl>(?i:{_alt(r['borrow_vague'])})))(?![\w-])")
    # where a scale word stands, in a text folded by fold_case (a trie of the words, without re.IGNORECASE:
    # a search many times faster than that of the flat alternation of them ignoring case)
    gate_words = [w.lower() for w in list(r["borrow_scales"]) + [w.split()[-1] for w in r["borrow_vague"]]]
    for w in gate_words:
        check_folded_pattern(re.escape(w), "financing_rules.yml", groups=False)
    r["_borrow_gate"] = re.compile(led_trie_pattern(gate_words, r"[^\W\d_]") + r"(?![\w-])")
    r["_borrow_cues"] = re.compile(r["borrow_cues"], re.I)
    r["_borrow_passive"] = re.compile(r["borrow_after_passive"], re.I)
    r["_borrow_followers"] = re.compile(r["borrow_followers"], re.I)


def _currency_patterns(r: dict) -> None:
    """What a bare "$" means: declarations, exchange notes, local dollars named in words, country evidence."""
    r["_declare"] = re.compile(r["dollar_declaration"].lower())
    r["_declare_codes"] = {k.lower(): v for k, v in r["dollar_declaration_codes"].items()}
    r["_usd_note"] = re.compile(r["usd_note"], re.I)
    r["_usd_after"] = re.compile(r["usd_after"])
    r["_local_names"] = re.compile(rf"(?P<c>{_led_alt(r['local_dollar_names'])})\s+dollars?\b")
    r["_yuan"] = re.compile(r["yuan_words"])
    r["_yen"] = re.compile(r["yen_words"])
    r["_glued_before"] = re.compile(r["glued_not_money_before"])
    text = resources.files("analysis").joinpath("resources/money_countries.yml").read_text(encoding="utf-8")
    c = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    r["_countries"] = c
    # each name as written and in capitals, as datelines print it ("OTTAWA --")
    r["_evidence_of"] = {v: code for code, ws in c["countries"].items() for w in ws for v in (w, w.upper())}
    r["_style_evidence"] = {code: re.compile(p) for code, p in (c.get("style_evidence") or {}).items()}
    r["_evidence"] = re.compile(led_trie_pattern(r["_evidence_of"], r"[\w.]") + r"(?![\w$]|\.\w)")


def _fact_patterns(r: dict) -> None:
    """Patterns of the financing stages: event keywords, status cues, direction words."""
    r["_share"] = _folded_alternation([r["share_words"]])  # searched in the case-folded text
    r["_events"] = {}
    for tier in ("strong", "weak"):
        alts = [f"(?P<e{i}>{'|'.join(tiers.get(tier) or [])})" for i, (ev, tiers) in enumerate(r["event_keywords"].items())
                if tiers.get(tier)]
        r["_events"][tier] = re.compile(rf"(?<![\w-])(?:{'|'.join(alts)})(?![\w])", re.I)
    # the same keywords without their groups and case-folded, to find them in a text folded by fold_case:
    # they match where, and as far as, the grouped ones do in the text, and three times faster (the
    # engine saves no group, and skips at once each keyword whose first letter is not the one it reads);
    # the grouped pattern then only tells which event a keyword found is of
    r["_event_finders"] = {}
    for tier in ("strong", "weak"):
        kws = [k for tiers in r["event_keywords"].values() for k in (tiers.get(tier) or [])]
        for k in kws:
            check_folded_pattern(k, "financing_rules.yml", groups=False)
        r["_event_finders"][tier] = re.compile(rf"(?<![\w-])(?:{'|'.join(kws)})(?![\w])")
    r["_event_names"] = list(r["event_keywords"])
    # each kind's cues as one pattern, to search a window of the case-folded text: its first match starts
    # where the earliest of the cues' first matches does (what _status reads), found in one search
    r["_status"] = {k: _folded_alternation(v) for k, v in r["status_cues"].items()}
    r["_would"] = re.compile(r"\bwould\b")
    r["_off_bs"] = re.compile(r["off_balance_sheet"], re.I)
    r["_reported_would"] = _folded_alternation([r["reported_would"]])
    r["_dir_before"] = {w.lower(): d for d, ws in r["direction_before"].items() for w in ws}
    r["_dir_after"] = re.compile(
        rf"^\s+(?P<w>{'|'.join(w for ws in r['direction_after'].values() for w in ws)})\b(?!\s+(?:from|on|to)\b)", re.I)
    r["_dir_after_map"] = {w.lower(): d for d, ws in r["direction_after"].items() for w in ws}
    r["_dir_nouns"] = {w.lower(): d for d, ws in r["direction_nouns"].items() for w in ws}
    r["_fillers"] = {w.lower() for w in r["direction_fillers"]}
    r["_gain_verbs"] = {w.lower() for w in r["value_gain_verbs"]}
    r["_loss_verbs"] = {w.lower() for w in r["loss_verbs"]}
    r["_value_loss_after"] = re.compile(r["value_loss_after"], re.I)
    r["_value_after"] = re.compile(r["value_after"], re.I)


def _folded_alternation(patterns: list[str]) -> re.Pattern:
    """``patterns`` as one alternation (or the one pattern) to search a text folded by fold_case (each checked by
    check_folded_pattern, and for back-references, which would point elsewhere in the alternation)."""
    for p in patterns:
        check_folded_pattern(p, "financing_rules.yml", groups=False)
        if re.search(r"\\[1-9]|\(\?[aiLmsux]+\)", p):
            raise ValueError(f"financing_rules.yml: a status cue with a back-reference or global flag: {p!r}")
    return re.compile("|".join(f"(?:{p})" for p in patterns))


@lru_cache(maxsize=1)
def _rules() -> dict:
    """Load ``financing_rules.yml`` (and ``money_countries.yml``) once and compile their patterns."""
    text = resources.files("analysis").joinpath("resources/financing_rules.yml").read_text(encoding="utf-8")
    r = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))  # the C loader is 10x faster
    r["_money"] = _money_pattern(r)
    r["_gate"] = _gate_pattern(r)
    _link_patterns(r)
    _currency_patterns(r)
    _fact_patterns(r)
    r["_prefix_map"] = dict(r["currency_prefixes"])
    r["_suffix_map"] = {" ".join(k.lower().split()): v for k, v in r["currency_suffixes"].items()}
    r["_scale_map"] = {k.lower(): float(v) for k, v in r["scales"].items()}
    r["_local_words"] = {w.lower() for w in r["local_dollar_words"]}
    return r


# -- records -------------------------------------------------------------------
@dataclass(frozen=True)
class MoneyMention:
    """One money amount or percentage (see :func:`extract_money` for the fields)."""

    money_id: str
    start: int
    end: int
    phrase: str
    value: float
    unit: str
    currency_source: str | None
    direction: str | None
    qualifier: str | None
    vague: bool
    linked_to: str | None
    pair_role: str | None
    group: str | None
    sentence_id: int
    paragraph_id: int


@dataclass(frozen=True)
class FinancingFact:
    """One money fact with its event, period, status and parties (see :func:`extract_financing`)."""

    fact_id: str
    money_id: str
    start: int
    end: int
    phrase: str
    value: float
    unit: str
    currency_source: str | None
    direction: str | None
    qualifier: str | None
    event_type: str
    period: str | None
    period_start: str | None
    period_end: str | None
    period_text: str | None
    period_source: str | None
    status: str
    sentence_id: int
    paragraph_id: int
    counterparties: list
    linked_to: str | None
    group: str | None


# -- numbers -------------------------------------------------------------------
def _word_value(words: str, r: dict) -> tuple[float | None, str | None]:
    """Value of a number written in words, and a hedge it holds ("a couple of")."""
    s = " ".join(words.lower().replace("-", " ").split())
    hedge = None
    if s.endswith(" and a half"):  # "one and a half billion"
        base, h = _word_value(s[: -len(" and a half")], r)
        return (None if base is None else base + 0.5), h
    for h, n in sorted(r["count_hedges"].items(), key=lambda kv: -len(kv[0])):
        if s == h or s.startswith(h + " "):
            return (n * (_word_value(s[len(h) + 1:], r)[0] or 1)), h
    for frac in ("half a", "half an", "a half", "a quarter of a", "a quarter of an"):
        if s.startswith(frac):
            rest = s[len(frac):].strip()
            base = _word_value(rest, r)[0] if rest else 1.0
            return 0.25 * (base or 1) if "quarter" in frac else 0.5 * (base or 1), hedge
    total, cur = 0.0, 0.0
    nw = r["number_words"]
    for tok in s.replace(" and ", " ").split():
        if tok == "hundred":
            cur = (cur or 1) * 100
        elif tok in nw:
            cur += float(nw[tok])
        else:
            return None, hedge
    return total + cur, hedge


_ARTICLE = re.compile(r"(?i)an?\s+(?!hundred\b|half\b|quarter\b|couple\b|and\b)(?=[a-z])")


def _number(text: str, r: dict) -> tuple[float | None, str | None, bool]:
    """(value, hedge, written_in_words) of a digit or word number."""
    if re.match(r"[\d.]", text):
        return float(text.replace(",", "")), None, False
    v, h = _word_value(text, r)
    return v, h, True


def _scale(s: str | None, r: dict) -> float:
    if not s:
        return 1.0
    return r["_scale_map"].get(s.strip(" -").lower(), 1.0)


# -- money -----------------------------------------------------------------------
@dataclass(eq=False)
class _Raw:
    start: int
    end: int
    num_start: int
    value: float
    unit: str
    scaled: bool
    prefix_form: bool
    qualifier: str | None
    vague: bool
    linked: _Raw | None = None  # the other end of a range, pair or conversion
    pair_role: str | None = None
    direction: str | None = None
    source: str | None = "sign"  # how the unit was decided (see extract_money); None for percentages
    dollar: bool = False  # a bare "$", "dollars" or cents: the article's reference dollar decides the unit
    cent: bool = False  # cents: euro cents where the sentence counts in euros
    group: int | None = None


def _scan(text: str, r: dict, read):
    """(match, fields) of every amount, the money pattern tried only where an amount can start.

    ``read(match)`` gives the fields, or None when the match is not money; a rejected match ("a €"
    in "a €3-billion bond") does not hide the amounts that start inside it.
    """
    money, end = r["_money"], 0
    for t in r["_gate"].finditer(folded_text(text)):  # the same offsets as in text
        pos = t.start()
        if pos < end:
            continue
        m = money.match(text, pos)
        if m is None:
            continue
        got = read(m)
        if got is not None:
            end = m.end()
            yield m, got


def _article_skip(g: dict) -> int:
    """Characters of a leading article to leave out ("a five-percent cut" is five, not a + five)."""
    for key in ("n2", "n3", "n4"):
        if g.get(key):
            m = _ARTICLE.match(g[key])
            if m and g[key][m.end():].split()[0].lower() not in ("million", "billion", "trillion"):
                g[key] = g[key][m.end():]
                return m.end()
            return 0
    return 0


# One reader per way of writing an amount.  Each takes the match's groups and returns the fields
# of a raw amount: (value, unit, scaled, hedge, vague, dollar, cent), or None when it is not money.
def _read_prefix(g: dict, r: dict, yen: str):
    """$5bn, US$2.5 billion, EUR 3m, ¥45bn."""
    value, _h, _w = _number(g["n1"], r)
    unit = r["_prefix_map"][g["pre"]]
    if g["pre"] == "¥":
        unit = yen
    return value * _scale(g["s1"], r), unit, g["s1"] is not None, None, False, g["pre"] == "$", False


def _read_adjective(g: dict, r: dict, yen: str):
    """multibillion-dollar, million-dollar, multi-million euro: vague, the order of magnitude."""
    word = g["adjc"].lower()
    return (r["_scale_map"][g["adjs"].lower()], r["adjectival_currencies"][word], False, None, True,
            word in r["_local_words"], False)


def _read_suffix(g: dict, r: dict, yen: str):
    """5bn euros, two billion dollars, 250 mln dlrs; "a billion-dollar lawsuit" is vague."""
    value, hedge, in_words = _number(g["n2"], r)
    suf = " ".join(g["suf"].lower().split())
    unit = r["_suffix_map"][suf]
    if value is None:
        return None
    article_only = in_words and value == 1 and g["n2"].lower() in ("a", "an")
    if g["s2"] is None and (suf in r["suffixes_needing_scale"] or article_only):
        return None
    vague = article_only and suf in r["adjectival_currencies"]  # "a billion-dollar lawsuit"
    return value * _scale(g["s2"], r), unit, g["s2"] is not None, hedge, vague, suf in r["_local_words"], False


def _read_percent(g: dict, r: dict, yen: str):
    value, hedge, _w = _number(g["n3"], r)
    if value is None or g["n3"].lower() in ("a", "an"):
        return None
    return value, "percent", False, hedge, False, False, False


def _read_cents(g: dict, r: dict, yen: str):
    """99 cents, 25 cts, 85 pence, 99¢: in major units."""
    value, hedge, _w = _number(g["n4"], r)
    if value is None or g["n4"].lower() in ("a", "an"):
        return None
    kind = r["cent_words"]["¢" if g["csign"] else " ".join(g["cent"].lower().split())]
    return _cents(value, kind, hedge)


def _cents(value: float, kind: str, hedge):
    if kind == "cent":
        return value / 100, "USD", False, hedge, False, True, True
    return value / 100, kind, False, hedge, False, False, False


def _read_glued(g: dict, r: dict, yen: str):
    """12p, 50c (not 1080p, not "Section 12c")."""
    n, letter = g["n5"], g["cg"]
    digits = len(n.split(".")[0])
    if n in r["glued_not_money_numbers"] or digits > r["glued_cents_max_digits"][letter]:
        return None
    return _cents(float(n), r["glued_cents"][letter], None)


def _read_vague(g: dict, r: dict, yen: str):
    """billions of dollars, a few million euros: vague, the order of magnitude."""
    if g["vp"] is not None:
        base = r["vague_plurals"][g["vp"].lower()]
        if g["vp2"]:
            base *= r["vague_plurals"][g["vp2"].lower()]
        suf = g["vsuf"]
    else:
        head = {"hundred": 100.0, "thousand": 1000.0}.get((g["vh"] or "").lower(), 1.0)
        scale_word = g["vs"] or g["vs2"]
        base = head * (r["_scale_map"][scale_word.lower()] if scale_word else 1.0)
        suf = g["vsuf2"]
    suf = " ".join(suf.lower().split())
    return float(base), r["_suffix_map"].get(suf, "USD"), False, None, True, suf in r["_local_words"], False


_READERS = [("pre", _read_prefix), ("adjs", _read_adjective), ("n2", _read_suffix), ("n3", _read_percent),
            ("n4", _read_cents), ("n5", _read_glued)]


def _read(m: re.Match, g: dict, text: str, r: dict, yen: str):
    """The fields of one match (see the readers above), or None when it is not money."""
    if g["n5"] is not None and r["_glued_before"].search(text, max(0, m.start() - 20), m.start()):
        return None
    if g.get("vsuf") and r["_suffix_map"].get(g["vsuf"].lower()) == "GBP" and re.match(r"\s+of\b", text[m.end():]):
        return None  # "hundreds of pounds of drugs": a weight
    reader = next((fn for key, fn in _READERS if g[key] is not None), _read_vague)
    return reader(g, r, yen)


def _raw_mentions(text: str, r: dict) -> list[_Raw]:
    """Stage 1: every written amount, its value and (where its own words say) its currency."""
    # "¥" is yen, unless the article speaks of yuan and never of yen (read only when a "¥" is there)
    yen = "CNY" if ("¥" in text and r["_yuan"].search(text) and not r["_yen"].search(text)) else "JPY"
    out: list[_Raw] = []

    def read(m):
        g = m.groupdict()
        skip = _article_skip(g)
        got = _read(m, g, text, r, yen)
        return None if got is None else (g, skip, got)

    for m, (g, skip, got) in _scan(text, r, read):
        value, unit, scaled, hedge, vague, dollar, cent = got
        source = None if unit == "percent" else "sign"
        if g.get("n1b"):  # "$5-6bn": two amounts, the first takes the second's scale
            sc = _scale(g["s1"], r)
            out.append(_Raw(m.start(), m.end("n1"), m.start(), float(_number(g["n1"], r)[0] * sc), unit, True, True,
                            None, False, source=source, dollar=dollar))
            out.append(_Raw(m.start("n1b"), m.end(), m.start("n1b"), float(_number(g["n1b"], r)[0] * sc), unit, True,
                            False, None, False, source=source, dollar=dollar))
            continue
        out.append(_Raw(m.start() + skip, m.end(), m.start() + skip, float(value), unit, scaled, g["pre"] is not None,
                        hedge, vague, source=source, dollar=dollar, cent=cent))
    return out


# -- stage 2: which dollar ----------------------------------------------------------
def _code(value) -> str | None:
    """An ISO code from an option or sidecar value, or None."""
    return value.strip().upper() if isinstance(value, str) and re.fullmatch(r"\s*[A-Za-z]{3}\s*", value) else None


def _text_dollar(text: str, raws: list[_Raw], r: dict) -> str | None:
    """The dollar the text itself says a bare "$" is, or None.

    A declaration ("all figures in Canadian dollars") names it; an exchange-rate note ("($1 =
    1.35 Canadian dollars)") or a bare "$" amount in brackets right after a local-dollar amount
    ("C$3.2 billion ($2.4 billion)", a conversion) says it is the US dollar; otherwise a local
    dollar the text names by its sign ("A$1.5 billion") or in words ("Canadian dollars") is it,
    unless the article is about the United States more than about that country (then the text
    marks the foreign dollar, and its bare "$" is the US dollar).
    """
    m = r["_declare"].search(text.lower())  # lower case: a case-insensitive pattern cannot skip ahead
    if m:
        return r["_declare_codes"].get(" ".join((m.group(1) or m.group(2)).split()))
    if r["_usd_note"].search(text):
        return "USD"
    local = set(r["_countries"]["dollar_codes"]) - {"USD"}
    signed = [x for x in raws if not x.dollar and x.unit in local]
    signed_ids = {id(x) for x in signed}
    for a, b in zip(raws, raws[1:]):
        if id(a) in signed_ids and b.dollar and not b.cent and re.fullmatch(r"\s*\(\s*(?:(?:about|around|roughly|some)\s+)?",
                                                                       text[a.end:b.start], re.I):
            return "USD"
    named = [x.unit for x in signed] + [r["local_dollar_names"][" ".join(m.group("c").split())]
                                        for m in r["_local_names"].finditer(text)]
    if not named:
        return None
    code = max(dict.fromkeys(named), key=named.count)
    if not any(not x.dollar and x.unit == "USD" for x in raws):
        counts = _evidence_counts(text, r)
        if counts.get("USD", 0) > counts.get(code, 0):
            return "USD"  # a US story that marks the foreign dollar ("C$", "Canadian dollars"): "$" is its own
    return code


def _evidence_counts(text: str, r: dict) -> dict[str, int]:
    """Mentions of each country's demonyms, places and institutions (and its newsroom style)."""
    counts: dict[str, int] = {}
    for m in r["_evidence"].finditer(text):
        code = r["_evidence_of"][m.group()]
        counts[code] = counts.get(code, 0) + 1
    for code, pattern in r["_style_evidence"].items():
        n = len(pattern.findall(text))
        if n:
            counts[code] = counts.get(code, 0) + n
    return counts


def _inferred_dollar(text: str, r: dict, *, relaxed: bool) -> str | None:
    """The local dollar of the country the article is about, from its evidence words, or None."""
    c = r["_countries"]
    counts = _evidence_counts(text, r)
    us = counts.pop("USD", 0)
    if not counts:
        return None
    best = max(counts, key=lambda k: (counts[k], k))
    n = counts[best]
    if relaxed:  # the text writes "US$" beside bare "$": the local dollar needs only to outweigh the US
        return best if n > us else None
    return best if n >= c["min_evidence"] and n >= c["min_share"] * (n + us) else None


def _reference_dollar(article: Article, raws: list[_Raw], r: dict) -> tuple[str, str]:
    """(code, currency_source) of a bare "$": option > sidecar > text > inferred > default (USD)."""
    dollars = set(r["_countries"]["dollar_codes"])
    for value, source in ((article.currency, "option"), (article.metadata.get("currency"), "sidecar")):
        code = _code(value)
        if code in dollars:
            return code, source
    code = _text_dollar(article.text, raws, r)
    if code:
        return code, "text"
    relaxed = any(not x.dollar and x.unit == "USD" for x in raws)  # "US$" written out: "$" is another dollar
    code = _inferred_dollar(article.text, r, relaxed=relaxed)
    return (code, "inferred") if code else ("USD", "default")


def _resolve_dollars(article: Article, raws: list[_Raw], r: dict) -> list[_Raw]:
    """Stage 2: a bare "$", "dollars" or cents become the article's reference dollar.

    Cents are euro cents when their sentence counts in euros and not in dollars, or when the
    option or sidecar currency is the euro.
    """
    if not any(x.dollar for x in raws):
        return raws
    code, source = _reference_dollar(article, raws, r)
    other = next(((c, s) for c, s in ((_code(article.currency), "option"), (_code(article.metadata.get("currency")),
                                                                             "sidecar")) if c), None)
    counted = defaultdict(set)  # sentence id -> the units its other amounts count in (computed once, not per cent)
    for y in raws:
        if not y.dollar:
            counted[article.sentence_id_at(y.start)].add(y.unit)
    for x in raws:
        if not x.dollar:
            continue
        x.unit, x.source = code, source
        if r["_usd_after"].match(article.text[x.end:x.end + 50]):
            x.unit, x.source = "USD", "text"  # "$22.20 in current US dollars"
        if x.cent:
            units = counted.get(article.sentence_id_at(x.start), set())
            if "EUR" in units and not units & set(r["_countries"]["dollar_codes"]):
                x.unit, x.source = "EUR", "text"
            elif other and other[0] == "EUR" and source not in ("option", "sidecar"):
                x.unit, x.source = other
    return raws


# -- stage 3: ranges, pairs, hedges, links and directions ------------------------------
def _range_starts(text: str, raws: list[_Raw], r: dict) -> list[_Raw]:
    """Bare first numbers of ranges: "5 to 6 per cent", "between 10 and 12%", "$5 to $6bn"."""
    extra: list[_Raw] = []
    for i, x in enumerate(raws):
        if x.vague:
            continue
        lo = max(0, x.start - 40, raws[i - 1].end if i else 0)
        m = r["_bare_before"].search(text, lo, x.start)
        if not m or m.end() != x.start:
            continue
        if m.group("conn").lower() == "and" and not m.group("bf"):
            continue
        if not m.group("pre") and re.fullmatch(r"(?:19|20)\d\d", m.group("n")):
            continue  # a year, not the first end of a range
        n = float(m.group("n").replace(",", ""))
        if m.group("s"):
            value = n * _scale(m.group("s"), r)
        elif x.unit != "percent" and x.scaled:  # "5 to 6 billion dollars": the first end takes the scale
            value = n * x.value / float(r["_num"].search(text, x.num_start).group().replace(",", ""))
        else:
            value = n
        extra.append(_Raw(m.start("pre") if m.group("pre") else m.start("n"), m.end("s") if m.group("s") else m.end("n"),
                          m.start("n"), value, x.unit, x.scaled, bool(m.group("pre")), None, False,
                          source=x.source, dollar=x.dollar))
    return sorted(raws + extra, key=lambda z: z.start)


def _bare_pairs(text: str, raws: list[_Raw], r: dict) -> list[_Raw]:
    """A later scaled number with no currency joined by from/to/versus takes the amount's currency
    ("2.6 billion pounds, up from 2.3 billion a year earlier"); the two are linked as a pair."""
    taken = [(z.start, z.end) for z in raws]
    extra, pairs = [], []
    for x in raws:
        if x.vague or x.unit == "percent":
            continue
        m = r["_bare_after"].match(text, x.end, min(len(text), x.end + 120))
        if not m or any(a < m.end() and m.start("n") < b for a, b in taken):
            continue
        if any(x.end <= a < m.start("n") for a, _b in taken):
            continue  # another amount stands between them
        y = _Raw(m.start("n"), m.end("s"), m.start("n"), float(m.group("n").replace(",", "")) * _scale(m.group("s"), r),
                 x.unit, True, False, None, False, source=x.source if x.source != "sign" else "text")
        taken.append((y.start, y.end))
        extra.append(y)
        pairs.append((x, y, m.group("conn").lower()))
    for x, y, conn in pairs:  # "2.6 billion pounds ... from 2.3 billion": y is the level before
        if x.linked is None:
            _link(x, y, ("to", "from") if conn == "from" else ("range", "range"))
    return sorted(raws + extra, key=lambda z: z.start)


def _scale_ranges(text: str, raws: list[_Raw], r: dict) -> list[_Raw]:
    """A prefix amount with no scale right before a scaled one takes its scale: "$5 to $6 billion"."""
    for a, b in zip(raws, raws[1:]):
        between = text[a.end:b.start]
        if (a.prefix_form and not a.scaled and b.scaled and a.unit == b.unit and a.linked is None
                and re.fullmatch(r"\s*(?:-|–|to|and|or)\s*", between, re.I)):
            num_b = float(r["_num"].search(text, b.num_start).group().replace(",", ""))
            factor = b.value / num_b if num_b else 1.0
            if a.value * factor <= b.value * 10:
                a.value *= factor
                a.scaled = True
    return raws


def _borrowed(article: Article, raws: list[_Raw], r: dict) -> list[_Raw]:
    """Stage 4: amounts with no currency of their own ("a billion", "billions") take the currency of a
    money amount in their sentence, else their paragraph, when money words stand with them."""
    donors = [x for x in raws if x.unit != "percent"]
    if not donors:
        return raws
    text = article.text
    starts = [x.start for x in raws]
    extra = []
    for m in _borrow_matches(text, r):
        k = bisect.bisect_right(starts, m.start())
        if (k and raws[k - 1].end > m.start()) or (k < len(raws) and raws[k].start < m.end()):
            continue  # part of an amount already read
        if not r["_borrow_followers"].match(text[m.end():m.end() + 40]):
            continue  # "a billion users", "2 million people"
        donor = _donor(article, donors, m.start(), m.end(), r)
        if donor is None:
            continue
        if m.group("pl"):
            value, vague = float(r["borrow_vague"][" ".join(m.group("pl").lower().split())]), True
        else:
            n = _number(m.group("n"), r)[0]
            if n is None:
                continue
            value, vague = (n + (0.5 if m.group("half") else 0)) * r["borrow_scales"][m.group("s").lower()], False
        extra.append(_Raw(m.start(), m.end(), m.start(), value, donor.unit, True, False, None, vague,
                          source=donor.source if donor.source != "sign" else "text"))
    return sorted(raws + extra, key=lambda z: z.start) if extra else raws


def _borrow_matches(text: str, r: dict):
    """Matches of the bare-amount pattern, tried only around scale words (most text has none)."""
    end = 0
    for w in r["_borrow_gate"].finditer(folded_text(text)):  # the same offsets as in text
        m = r["_borrow"].search(text, max(end, w.start() - 40), min(len(text), w.end() + 20))
        if m and m.start() >= end and m.start() <= w.start() < m.end():
            end = m.end()
            yield m


def _donor(article: Article, donors: list[_Raw], x0: int, x1: int, r: dict) -> _Raw | None:
    """The money amount whose currency a bare amount at ``x0:x1`` takes, if money words stand with it."""
    text = article.text
    sent = article.sentence_at(x0)
    if sent is None:
        return None
    before = text[max(sent.start, x0 - 60):x0].split(";")[-1]
    if not (r["_borrow_cues"].search(before) or r["_borrow_passive"].match(text[x1:x1 + 80])):
        return None
    starts = [d.start for d in donors]
    par = article.paragraph_at(x0)
    for lo, hi in ((sent.start, sent.end), (par.start, par.end) if par is not None else (0, 0)):
        near = donors[bisect.bisect_left(starts, lo):bisect.bisect_left(starts, hi)]
        if near:
            return min(near, key=lambda d: _gap(x0, x1, d.start, d.end))
    return None


def _qualifiers(text: str, raws: list[_Raw], r: dict) -> list[_Raw]:
    """Hedges written before an amount: in the phrase ("about $5bn"), or verbal ("could top $5bn")."""
    for x in raws:
        if x.qualifier is not None:
            continue
        m = r["_qual"].search(text, max(0, x.start - 30), x.start)
        if m and m.end() == x.start:
            x.qualifier = " ".join(m.group().lower().split())
            x.start = m.start()
            continue
        m = r["_verbal"].search(text, max(0, x.start - 40), x.start)
        if m and m.end() == x.start:
            x.qualifier = " ".join(m.group().lower().split())
    return raws


def _link(a: _Raw, b: _Raw, roles: tuple[str, str]) -> None:
    a.linked, b.linked = b, a
    a.pair_role, b.pair_role = roles


def _links(text: str, raws: list[_Raw], r: dict) -> list[_Raw]:
    """Ranges ("$5bn to $6bn"), from-to pairs ("$70bn, up from $39bn") and conversions ("£1bn ($1.27bn)");
    one link per amount, the first reading wins."""
    for a, b in zip(raws, raws[1:]):
        between = text[a.end:b.start]
        if a.vague or b.vague or a.linked is not None or b.linked is not None or (a.unit != b.unit and "(" not in between):
            continue
        lead = text[max(0, a.start - 12):a.start].lower()
        if re.fullmatch(r"\s*(?:-|–|—|to|and|or)\s*", between, re.I):
            from_to = bool(re.search(r"\bfrom\s+$", lead)) and "to" in between.lower()
            between_kw = bool(re.search(r"\bbetween\s+$", lead))
            if between.strip().lower() in ("and", "or") and not between_kw:
                continue
            if not from_to and between.strip().lower() == "to" and (_direction(text, a, r) or lead.endswith("by ")):
                continue  # "fell 12p to 245p", "cut by $2bn to $9bn": a move and the level it led to
            _link(a, b, ("from", "to") if from_to else ("range", "range"))
            if between_kw:
                for z in (a, b):
                    z.qualifier = z.qualifier or "between"
        elif (re.fullmatch(r"\s*\(\s*(?:(?:about|around|roughly|some|approximately|or)\s+)?", between, re.I)
              and re.match(r"\s*\)", text[b.end:])) and a.unit != b.unit:
            _link(a, b, ("equivalent", "equivalent"))  # the same sum in another currency
        elif re.fullmatch(r"\s*,?\s*(?:(?:up|down)\s+(?:\w+\s+)?from|compared\s+(?:with|to)|from)\s*", between, re.I):
            _link(a, b, ("to", "from"))
    return raws


def _direction(text: str, x: _Raw, r: dict) -> str | None:
    """``up`` or ``down`` when the amount is the size of a move, from the words right before or after it."""
    words = re.findall(r"[A-Za-z'’]+", text[max(0, x.start - 60):x.start])
    if x.start > 0 and re.search(r"[.;:!?]\s*$", text[max(0, x.start - 3):x.start]):
        words = []
    sign = re.search(r"(?:^|[\s(])([-−+])$", text[max(0, x.num_start - 2):x.num_start])
    if sign and x.num_start == x.start:  # "-3%", "+5%"
        return "up" if sign.group(1) == "+" else "down"
    if len(words) >= 2 and words[-1].lower() == "of" and words[-2].lower() in r["_dir_nouns"]:
        return r["_dir_nouns"][words[-2].lower()]  # "an increase of 5%"
    skipped = 0
    for w in reversed(words):
        wl = w.lower()
        if wl in ("to", "from", "at", "of"):
            break
        if wl in r["_dir_before"]:
            return r["_dir_before"][wl]
        if wl in r["_gain_verbs"] and r["_value_after"].match(text[x.end:x.end + 60]):
            return "up"
        if wl in r["_loss_verbs"] and (x.unit == "percent" or r["_value_loss_after"].match(text[x.end:x.end + 60])):
            return "down"
        if wl in r["_fillers"] and skipped < 3:
            skipped += 1
            continue
        break
    if x.pair_role is None:
        m = r["_dir_after"].match(text[x.end:x.end + 20])
        if m:
            return r["_dir_after_map"][m.group("w").lower()]
    return None


def _directions(text: str, raws: list[_Raw], r: dict) -> list[_Raw]:
    for x in raws:
        if not x.vague:
            x.direction = _direction(text, x, r)
    return raws


def _groups(raws: list[_Raw]) -> list[_Raw]:
    """Stage 5: the two ends of a range and a sum with its conversion share a group number."""
    n = 0
    for x in raws:
        if x.group is None and x.linked is not None and x.pair_role in ("range", "equivalent"):
            n += 1
            x.group = x.linked.group = n
    return raws


def _money_stages(article: Article) -> list[_Raw]:
    """Every amount of the article, read stage by stage."""
    r, text = _rules(), article.text
    raws = _resolve_dollars(article, _raw_mentions(text, r), r)
    raws = _scale_ranges(text, _bare_pairs(text, _range_starts(text, raws, r), r), r)
    raws = _borrowed(article, raws, r)
    raws = _directions(text, _links(text, _qualifiers(text, raws, r), r), r)
    return _groups(raws)


def _mentions(article: Article) -> list[MoneyMention]:
    text = article.text
    raws = _money_stages(article)
    ids = {id(x): f"M{n:02d}" for n, x in enumerate(raws, 1)}
    out = []
    for x in raws:
        par = article.paragraph_at(x.start)
        out.append(MoneyMention(
            ids[id(x)], x.start, x.end, text[x.start:x.end], x.value, x.unit, x.source, x.direction, x.qualifier,
            x.vague, ids[id(x.linked)] if x.linked is not None else None, x.pair_role,
            f"G{x.group:02d}" if x.group is not None else None,
            article.sentence_id_at(x.start), par.paragraph_id if par else 0,
        ))
    return out


def _row(record) -> tuple:
    """A record's fields as a tuple (shallow, unlike ``dataclasses.astuple``)."""
    return tuple(vars(record).values())


def extract_money(article: Article) -> pd.DataFrame:
    """Every money amount and percentage in the article.

    Parameters
    ----------
    article : Article

    Returns
    -------
    pandas.DataFrame
        One row per amount, in text order, with columns

        - ``money_id``: ``M01``, ``M02``, ... in text order;
        - ``start``, ``end``: offsets of ``phrase`` in ``article.text``;
        - ``phrase``: the amount as written, with a hedge written right before
          it ("at least $70bn"); verbal hedges ("could top") and "between"
          stay outside the phrase but go to ``qualifier``;
        - ``value``: the magnitude as a number (``$14bn`` is ``1.4e10``,
          ``49 per cent`` is ``49.0``), never signed;
        - ``unit``: ISO 4217 code (``USD``, ``EUR``, ``GBP``, ``JPY`` ...) or
          ``percent``; values are in major units ("12p" is 0.12 GBP);
        - ``currency_source``: how the currency was decided (one of
          :data:`CURRENCY_SOURCES`): ``sign`` (the amount's own sign, code or
          word: "€", "C$", "pounds", "12p"); for a bare "$", "dollars" or
          cents, the article's reference dollar, from the ``option``
          (``currency=``), the ``sidecar`` (``currency: CAD``), the ``text``
          ("all figures in Canadian dollars", "A$" amounts, a "($1 = ...)"
          note), ``inferred`` from the country the article is about (its
          demonyms, places and institutions, with a margin) or the ``default``
          (USD); an amount with no currency word of its own ("a billion")
          takes its neighbour's currency and source (``text`` when the
          neighbour has a sign); None for percentages;
        - ``direction``: ``up`` or ``down`` when the amount is the size of a
          move ("shares dropped 10 per cent"), else None (levels such as
          "fell to $610m" or "from $54bn" have none);
        - ``qualifier``: the hedge (about, at least, more than, as much as, up
          to, could top, a couple of, between ...) or None;
        - ``vague``: True for amounts with no single value ("billions of
          dollars", "a billion-dollar lawsuit", "multimillion-pound deals",
          "billions" in a sentence about dollars); ``value`` then holds the
          order of magnitude;
        - ``linked_to``: ``money_id`` of the other end of a range or from-to pair;
        - ``pair_role``: ``from`` / ``to`` in a from-to pair ("from $54bn to
          $20bn", "$70bn, up from $39bn"), ``range`` in a range, ``equivalent``
          for the same sum in another currency ("£1bn ($1.27bn)"), else None;
        - ``group``: ``G01``, ``G02``, ... shared by the amounts written for
          one sum: the two ends of a range ("$2-3bn", "between €10m and €12m")
          and a sum with its conversion in brackets; None otherwise;
        - ``sentence_id``, ``paragraph_id``: where it stands.

    Raises
    ------
    ArticleError
        If ``article`` is not an :class:`Article`.

    Examples
    --------
    >>> art = Article.from_text("Sales could fall from about $48bn to $17bn. "
    ...                         "Shares rose 4.2 per cent; the 28-year-old hired 600 workers.")
    >>> extract_money(art)[["phrase", "value", "unit", "direction", "qualifier", "linked_to"]].values.tolist()
    [['about $48bn', 48000000000.0, 'USD', None, 'about', 'M02'], ['$17bn', 17000000000.0, 'USD', None, None, 'M01'], ['4.2 per cent', 4.2, 'percent', 'up', None, None]]

    Pence, a conversion in brackets (one group), and a bare "$" in a story set in Canada:

    >>> art = Article.from_text("The levy rose 4p. The dairy paid a £2bn ($2.6bn) fine.")
    >>> extract_money(art)[["phrase", "value", "unit", "currency_source", "group"]].values.tolist()
    [['4p', 0.04, 'GBP', 'sign', None], ['£2bn', 2000000000.0, 'GBP', 'sign', 'G01'], ['$2.6bn', 2600000000.0, 'USD', 'default', 'G01']]
    >>> art = Article.from_text("Manitoba and Saskatchewan farmers will get $80 million, Ottawa said.")
    >>> extract_money(art)[["phrase", "unit", "currency_source"]].values.tolist()
    [['$80 million', 'CAD', 'inferred']]
    """
    check_article(article, caller="extract_money")
    rows = [_row(m) for m in _mentions(article)]
    return frame_of(rows, MONEY_COLUMNS, {"start": "int64", "end": "int64", "value": "float64", "vague": "bool",
                                               "sentence_id": "int64", "paragraph_id": "int64"})


# -- financing -------------------------------------------------------------------
# What stops an amount from taking the status of the amount before it: a new clause, or a base of
# comparison ("up from $39bn", "than $5bn"), which is a known, past level.
_CLAUSE_BREAK = re.compile(r";|\b(?:but|while|whereas|although|though|however|from|than|compared|versus|vs|against)\b",
                           re.I)
_SEGMENT = re.compile(r",(?!\d)|;|:|\(|\)|—|–|--|\s-\s")
_RELATIVE = re.compile(r"^\s*(?:which|who|whose|whom)\b", re.I)


class _Clauses(list):
    """A sentence's clauses, with their start offsets for bisection."""

    starts: list[int]


def _segments(text: str, s0: int, s1: int) -> _Clauses:
    """Clauses of a sentence: (start, end, is_relative_clause)."""
    cuts = [s0] + [m.end() for m in _SEGMENT.finditer(text, s0, s1)] + [s1]
    segs = []
    for a, b in zip(cuts, cuts[1:]):
        if b > a:
            segs.append((a, b, bool(_RELATIVE.match(text[a:b]))))
    out = _Clauses(segs or [(s0, s1, False)])
    out.starts = [sg[0] for sg in out]
    return out


def _seg_of(segs, pos: int):
    """The clause holding ``pos`` (clauses are sorted and contiguous)."""
    i = bisect.bisect_right(segs.starts, pos) - 1
    return segs[max(0, min(i, len(segs) - 1))]


def _gap(a0: int, a1: int, b0: int, b1: int) -> int:
    return max(0, b0 - a1, a0 - b1)


_REACH = 400  # characters either side of an amount that the sentence-level rules read


def _event(text: str, segs, seg, x0: int, x1: int, s0: int, s1: int, r: dict) -> tuple[str, int]:
    """(event type, level): level 0-3 says how close the deciding keyword was; 4 = none."""
    names = r["_event_names"]
    s0, s1 = max(s0, x0 - _REACH), min(s1, x1 + _REACH)  # long sentences: look nearby only
    c0, c1 = max(seg[0], s0), min(seg[1], s1)
    for level, (lo, hi, tier) in enumerate([(c0, c1, "strong"), (c0, c1, "weak"),
                                            (s0, s1, "strong"), (s0, s1, "weak")]):
        best = None
        for found in r["_event_finders"][tier].finditer(folded_text(text), lo, hi):  # the same offsets as in text
            m = r["_events"][tier].match(text, found.start(), hi)
            if level >= 2 and _seg_of(segs, m.start())[2] and _seg_of(segs, m.start()) is not seg:
                continue  # a keyword inside another relative clause
            d = _gap(x0, x1, m.start(), m.end())
            if best is None or d < best[0]:
                best = (d, names[int(m.lastgroup[1:])])
        if best is not None:
            return best[1], level
    return "other", 4


def _status(text: str, lo: int, hi: int, r: dict) -> str:
    window = folded_text(text)[lo:hi]  # the cues are lower case: they match the folded text as the text ignoring case
    st = r["_status"]
    if st["hypothetical"].search(window):
        return "hypothetical"
    hits = []
    for kind in ("planned", "expected", "projected"):
        m = st[kind].search(window)  # the earliest cue of the kind
        if m:
            hits.append((m.start(), kind))
    would = r["_would"].search(window)
    if would:
        if not r["_reported_would"].search(window):
            return "hypothetical"  # a conditional: "a bill that would raise the fine to $50m"
        hits.append((would.start(), "planned"))
    if hits:
        return min(hits)[1]
    if st["modal"].search(window):
        return "projected"
    return None  # no cue: the caller decides (actual, or the status of the amount just before)


class _Context:
    """What the financing stages read about one article: its times by sentence and paragraph, and clauses."""

    def __init__(self, article: Article, money: list[MoneyMention]):
        self.article, self.text, self.ref = article, article.text, article.reference_date
        self.by_sent: dict[int, list[dict]] = {}
        self.by_par: dict[int, list[dict]] = {}
        for t in time_records(article):
            self.by_sent.setdefault(t["sentence_id"], []).append(t)
            self.by_par.setdefault(t["paragraph_id"], []).append(t)
        self._clauses: dict[int, _Clauses] = {}
        self._time_starts: dict[int, list[int]] = {}
        self.ends_by_sent: dict[int, list[tuple[int, str]]] = {}
        for o in sorted(money, key=lambda o: o.end):
            self.ends_by_sent.setdefault(o.sentence_id, []).append((o.end, o.money_id))

    def clauses(self, sid: int) -> _Clauses:
        if sid not in self._clauses:
            sn = self.article.sentences[sid]
            self._clauses[sid] = _segments(self.text, sn.start, sn.end)
        return self._clauses[sid]

    def usable(self, t: dict, status: str | None) -> bool:
        """A resolved time that dates something (and, for an actual fact, has begun by the reference date)."""
        if not t["resolved"] or t["role"] != "period":
            return False
        return not (status == "actual" and self.ref is not None and t["period_start"] > self.ref.isoformat())

    def in_relative(self, t: dict, sid: int) -> bool:
        return bool(_seg_of(self.clauses(sid), t["start"])[2])

    def in_opening(self, t: dict, sid: int) -> bool:
        """In the sentence's first clause: a time that sets the scene ("At its October earnings, ...")."""
        return _seg_of(self.clauses(sid), t["start"]) is self.clauses(sid)[0]

    def times_near(self, m: MoneyMention) -> list[dict]:
        """The times of the amount's sentence (in long sentences, only those within reach)."""
        own = self.by_sent.get(m.sentence_id, [])
        if len(own) <= 8:
            return own
        if m.sentence_id not in self._time_starts:
            self._time_starts[m.sentence_id] = [t["start"] for t in own]
        starts = self._time_starts[m.sentence_id]
        return own[bisect.bisect_left(starts, m.start - 2 * _REACH):bisect.bisect_right(starts, m.end + _REACH)]


def _fact_status(ctx: _Context, m: MoneyMention, info: dict) -> str:
    """Stage: the status, from cues since the previous amount of the sentence (over linked ones)."""
    sent = ctx.article.sentences[m.sentence_id]
    ends = ctx.ends_by_sent[m.sentence_id]
    k = bisect.bisect_right(ends, (m.start, "\uffff")) - 1
    while k >= 0 and ends[k][1] == m.linked_to:
        k -= 1
    prev_end = max(sent.start, ends[k][0]) if k >= 0 else sent.start
    status = _status(ctx.text, max(prev_end, m.start - _REACH), m.start, _rules())
    if status is None:
        # no cue since the amount just before: a short, unbroken stretch carries its status over
        # ("will get a 25% raise, worth about $9.3bn"); otherwise the amount is actual
        prev_id = ends[k][1] if k >= 0 else None
        carry = (prev_id in info and m.start - prev_end < 60
                 and not _CLAUSE_BREAK.search(ctx.text[prev_end:m.start]))
        status = info[prev_id]["status"] if carry else "actual"
    if m.pair_role == "from" and status != "hypothetical":
        status = "actual"
    return status


def _fact_event(ctx: _Context, m: MoneyMention) -> tuple[str, int]:
    """Stage: (event type, level) from keywords in the clause, then the sentence; share-price moves."""
    r, text = _rules(), ctx.text
    sent = ctx.article.sentences[m.sentence_id]
    segs = ctx.clauses(m.sentence_id)
    seg = _seg_of(segs, max(m.start, sent.start))
    ev, level = _event(text, segs, seg, m.start, m.end, sent.start, sent.end, r)
    moving = m.direction is not None or (m.unit != "percent" and m.value < 1e4)
    folded = folded_text(text)  # the same offsets as in text
    if moving and (r["_share"].search(folded, max(seg[0], m.start - _REACH), m.start)
                   or (level >= 2 and r["_share"].search(folded, max(sent.start, m.start - _REACH), m.start))):
        return "share-price move", 0
    return ev, level


def _fact_period(ctx: _Context, m: MoneyMention, status: str, ev: str) -> tuple[dict | None, str | None]:
    """Stage: (time, period_source) that dates the fact, by the rule in the module notes."""
    sid = m.sentence_id
    segs = ctx.clauses(sid)
    seg = _seg_of(segs, max(m.start, ctx.article.sentences[sid].start))
    own = ctx.times_near(m)
    in_seg = [t for t in own if seg[0] <= t["start"] < seg[1]]
    cands = [t for t in in_seg if ctx.usable(t, None)]
    if not any(t["role"] != "comparison" for t in in_seg) and not seg[2]:
        cands = [t for t in own if ctx.usable(t, None) and not _seg_of(segs, t["start"])[2]]
    if cands:
        return min(cands, key=lambda t: (_gap(m.start, m.end, t["start"], t["end"]), t["start"])), "same sentence"
    if own or status != "actual":
        return None, None
    return _context_period(ctx, m, status, ev)


def _context_period(ctx: _Context, m: MoneyMention, status: str, ev: str) -> tuple[dict | None, str | None]:
    """An actual fact in a sentence with no time: the previous sentence, the reference date (market
    moves), then the previous paragraph."""
    sid, ref = m.sentence_id, ctx.ref
    market = ev == "share-price move" or (ev == "market value" and m.direction)
    prev = [t for t in ctx.by_sent.get(sid - 1, []) if ctx.usable(t, status) and not ctx.in_relative(t, sid - 1)
            and (not market or ctx.in_opening(t, sid - 1))]
    if prev:
        return prev[0], "previous sentence"
    if market and ref is not None:
        return {"period": f"{ref.year}-{ref.month:02d}", "period_start": ref.isoformat(), "period_end": ref.isoformat(),
                "text": None, "granularity": "day", "start": -1}, "reference date"
    par = [t for t in ctx.by_par.get(m.paragraph_id - 1, []) if ctx.usable(t, status)
           and not ctx.in_relative(t, t["sentence_id"])]
    return (par[0], "previous paragraph") if par else (None, None)


def _share_pairs(money: list[MoneyMention], info: dict) -> None:
    """Stage: the two ends of a pair share the event type and period; the first end of a from-to
    pair is the level before (its period one step earlier); a conversion takes its amount's reading."""
    by_id = {m.money_id: m for m in money}
    for m in money:
        if m.linked_to is None or m.linked_to not in info:
            continue
        me, other = info[m.money_id], info[m.linked_to]
        if other["level"] < me["level"]:
            me["event"], me["level"] = other["event"], other["level"]
        o = by_id[m.linked_to]
        if m.pair_role == "equivalent" and o.start < m.start:  # the bracketed equivalent follows its amount
            me.update(event=other["event"], level=other["level"], pick=other["pick"], source=other["source"],
                      status=other["status"])
            continue
        if m.pair_role == "from" and m.start < o.start:
            t = me["pick"] or other["pick"]
            if t is not None and t.get("start", -1) >= o.start:
                me["pick"] = {**t, **period_before(t)}
                me["source"] = "level before"
        elif me["pick"] is None and other["pick"] is not None and m.pair_role == "range":
            me["pick"], me["source"] = other["pick"], other["source"]


def _parties_by_sentence(article: Article) -> dict[int, list[str]]:
    """Stage: the people, organisations and groups named in each sentence (the stakeholder analysis)."""
    out: dict[int, list[str]] = {}
    for m in stakeholder_mention_records(article):
        if m.kind in ("person", "organisation", "group") and m.stakeholder not in out.setdefault(m.sentence_id, []):
            out[m.sentence_id].append(m.stakeholder)
    return out


def _fact(m: MoneyMention, i: dict, fid: dict, parties: list[str]) -> FinancingFact:
    ev = "hypothetical" if i["status"] == "hypothetical" else i["event"]
    p = i["pick"] or {}
    return FinancingFact(
        fid[m.money_id], m.money_id, m.start, m.end, m.phrase, m.value, m.unit, m.currency_source, m.direction,
        m.qualifier, ev, p.get("period"), p.get("period_start"), p.get("period_end"), p.get("text"), i["source"],
        i["status"], m.sentence_id, m.paragraph_id, list(parties), fid.get(m.linked_to) if m.linked_to else None,
        m.group)


def extract_financing(article: Article) -> pd.DataFrame:
    """Each money fact with the event it measures, its period, status and parties.

    Every non-vague amount of :func:`extract_money` is a fact.  The event type
    comes from the nearest keyword in the amount's clause, then its sentence
    (strong keywords before weak ones; rules in
    ``analysis/resources/financing_rules.yml``); a moving percentage or price
    next to "shares" or "stock" is a share-price move; a hypothetical fact is
    of type ``hypothetical``.  The period follows the rule in the module notes.
    The status is read from cues before the amount.

    Parameters
    ----------
    article : Article
        Relative times are resolved against ``article.reference_date``.

    Returns
    -------
    pandas.DataFrame
        One row per fact, in text order, with columns

        - ``fact_id``: ``F01``, ``F02``, ...; ``money_id``: the row of :func:`extract_money`;
        - ``start``, ``end``, ``phrase``, ``value``, ``unit``, ``currency_source``,
          ``direction``, ``qualifier``: as in :func:`extract_money`;
        - ``event_type``: one of :data:`EVENT_TYPES`;
        - ``period``, ``period_start``, ``period_end``: the period label and
          its first and last day (ISO), or None;
        - ``period_text``: the time expression that fixed the period;
        - ``period_source``: where it stands: ``same sentence``, ``previous
          sentence``, ``previous paragraph``, ``reference date``, ``level
          before`` (the first end of a from-to pair) or None;
        - ``status``: one of :data:`STATUSES`;
        - ``sentence_id``, ``paragraph_id``: where the fact stands;
        - ``counterparties``: the people, organisations and groups named in the
          fact's sentence (lender, buyer, owner and the like), as
          :func:`analysis.stakeholders.stakeholder_mentions` names them;
        - ``linked_to``: ``fact_id`` of the other end of a range or from-to pair;
        - ``group``: as in :func:`extract_money` (the two ends of a range, a sum
          and its conversion: one fact each, sharing the group).

    Raises
    ------
    ArticleError
        If ``article`` is not an :class:`Article`.

    Examples
    --------
    >>> art = Article.from_text("In early March, Acme raised $12bn in a bond sale. "
    ...                         "Its shares dropped 5 per cent.", reference_date="2031-05-20")
    >>> extract_financing(art)[["phrase", "event_type", "period", "period_source", "status"]].values.tolist()
    [['$12bn', 'bond', '2031-03', 'same sentence', 'actual'], ['5 per cent', 'share-price move', '2031-03', 'previous sentence', 'actual']]
    """
    check_article(article, caller="extract_financing")
    money = [m for m in _mentions(article) if not m.vague]
    if not money:  # no fact: neither the times nor the parties need reading
        return frame_of([], FINANCING_COLUMNS, _FINANCING_TYPES)
    ctx = _Context(article, money)
    info: dict[str, dict] = {}
    for m in money:
        status = _fact_status(ctx, m, info)
        ev, level = _fact_event(ctx, m)
        pick, source = _fact_period(ctx, m, status, ev)
        info[m.money_id] = {"status": status, "event": ev, "level": level, "pick": pick, "source": source}
    _share_pairs(money, info)
    parties = _parties_by_sentence(article)
    fid = {m.money_id: f"F{n:02d}" for n, m in enumerate(money, 1)}
    facts = [_fact(m, info[m.money_id], fid, parties.get(m.sentence_id, [])) for m in money]
    return frame_of([_row(f) for f in facts], FINANCING_COLUMNS, _FINANCING_TYPES)


_FINANCING_TYPES = {"start": "int64", "end": "int64", "value": "float64", "sentence_id": "int64", "paragraph_id": "int64"}



def fact_sentences(article: Article, facts: pd.DataFrame) -> pd.Series:
    """The sentence each fact of ``facts`` (a table with ``sentence_id``) came from.

    Examples
    --------
    >>> art = Article.from_text("It cost $5m. Nothing else.")
    >>> fact_sentences(art, extract_financing(art)).tolist()
    ['It cost $5m.']
    """
    return facts["sentence_id"].map(lambda i: article.sentences[int(i)].text)


_ = TIME_COLUMNS  # re-exported through extract_times' docstring


# -- views for the chapter -----------------------------------------------------------
def main_currency(facts: pd.DataFrame) -> str | None:
    """The currency most facts are in (ties: the first met), or None if there is no money.

    Examples
    --------
    >>> main_currency(extract_financing(Article.from_text("It paid €5m and $2m and €1m.")))
    'EUR'
    """
    units = [u for u in facts["unit"] if u != "percent"]
    return max(dict.fromkeys(units), key=units.count) if units else None


_SOURCE_NOTES = {
    "text": "the article says which currency it means",
    "inferred": "inferred from the country the article is about",
    "sidecar": "set in the article's metadata file",
    "option": "set by the reader (the currency option)",
    "default": "no sign of another dollar: read as US dollars",
}


def currency_notes(facts: pd.DataFrame) -> pd.DataFrame:
    """Where the currency of amounts came from when their own sign does not say it.

    For a reader's note under a money table (chapter 4): one row per unit and
    ``currency_source`` other than ``sign`` (and percentages), in order of
    first appearance, with columns ``unit``, ``currency_source``, ``facts``
    (how many rows of ``facts``), ``example`` (the first phrase) and ``note``
    (the source in plain English).  Takes the table of
    :func:`extract_financing` or :func:`extract_money`.

    Examples
    --------
    >>> art = Article.from_text("Alberta and Saskatchewan will get $80 million, Ottawa said, and €2m from Brussels.")
    >>> currency_notes(extract_financing(art))[["unit", "currency_source", "example"]].values.tolist()
    [['CAD', 'inferred', '$80 million']]
    """
    cols = ["unit", "currency_source", "facts", "example", "note"]
    f = facts[facts["currency_source"].notna() & (facts["currency_source"] != "sign")]
    rows = []
    for (unit, src), g in f.groupby(["unit", "currency_source"], sort=False):
        rows.append((unit, src, len(g), g["phrase"].iloc[0], _SOURCE_NOTES.get(src, src)))
    return pd.DataFrame(rows, columns=cols)


def capex_path(facts: pd.DataFrame) -> pd.DataFrame:
    """Capital spending by period: the dated capital-spending facts in the main currency, in time order.

    Returns the rows of ``facts`` (same columns) with event type ``capital
    spending``, a period and a money unit, sorted by ``period_start``; when a
    period has several figures, the one with the largest value is kept.

    Examples
    --------
    >>> art = Article.from_text("Capex will hit $61bn in 2031, up from $44bn the previous year.")
    >>> capex_path(extract_financing(art))[["period", "value", "status"]].values.tolist()
    [['2030', 44000000000.0, 'actual'], ['2031', 61000000000.0, 'planned']]
    """
    cur = main_currency(facts)
    f = facts[(facts["event_type"] == "capital spending") & (facts["unit"] == cur) & facts["period"].notna()]
    f = f.sort_values(["period_start", "value"], ascending=[True, False]).drop_duplicates("period")
    return f.reset_index(drop=True)


def debt_and_cash_flow(facts: pd.DataFrame) -> pd.DataFrame:
    """Debt raised and cash flow, by year, in the main currency.

    Returns
    -------
    pandas.DataFrame
        One row per (year, kind, event type): ``year`` (int, from ``period_start``),
        ``kind`` (``debt raised`` or ``cash flow``), ``event_type``, ``amount``
        (sum of values), ``unit``, ``status`` (``actual`` if every fact summed is
        actual, else ``mixed`` or the one status), ``facts`` (their fact ids, joined with "; ").

    Examples
    --------
    >>> art = Article.from_text("In 2030 it sold $12bn of bonds. Free cash flow fell to $9bn in 2030.")
    >>> debt_and_cash_flow(extract_financing(art))[["year", "kind", "amount"]].values.tolist()
    [[2030, 'cash flow', 9000000000.0], [2030, 'debt raised', 12000000000.0]]
    """
    r = _rules()
    cur = main_currency(facts)
    kinds = {**{e: "debt raised" for e in r["debt_events"]}, **{e: "cash flow" for e in r["cash_events"]}}
    f = facts[facts["event_type"].isin(kinds) & (facts["unit"] == cur) & facts["period_start"].notna()].copy()
    cols = ["year", "kind", "event_type", "amount", "unit", "status", "facts"]
    if f.empty:
        return pd.DataFrame(columns=cols)
    f["year"] = f["period_start"].str[:4].astype(int)
    f["kind"] = f["event_type"].map(kinds)
    rows = []
    for (year, kind, ev), g in f.groupby(["year", "kind", "event_type"], sort=True):
        st = sorted(set(g["status"]))
        rows.append((int(year), kind, ev, float(g["value"].sum()), cur, st[0] if len(st) == 1 else "mixed",
                     "; ".join(g["fact_id"])))
    return pd.DataFrame(rows, columns=cols)


def off_balance_sheet(article: Article, facts: pd.DataFrame) -> pd.DataFrame:
    """Facts tied to off-balance-sheet arrangements (SPVs, "off its books"): those whose
    sentence, or the next sentence of the same paragraph, says so.

    Returns the rows of ``facts`` with an extra column ``cue`` (the words that say it).

    Examples
    --------
    >>> art = Article.from_text("It borrowed $6bn. The loans sit in a special purpose vehicle.")
    >>> off_balance_sheet(art, extract_financing(art))[["phrase", "cue"]].values.tolist()
    [['$6bn', 'special purpose vehicle']]
    """
    pat = _rules()["_off_bs"]
    cues = []
    for sid in facts["sentence_id"]:
        sents = [article.sentences[int(sid)]]
        if int(sid) + 1 < len(article.sentences) and article.sentences[int(sid) + 1].paragraph_id == sents[0].paragraph_id:
            sents.append(article.sentences[int(sid) + 1])
        m = next((pat.search(s.text) for s in sents if pat.search(s.text)), None)
        cues.append(m.group() if m else None)
    out = facts.assign(cue=cues)
    return out[out["cue"].notna()].reset_index(drop=True)


def market_reactions(facts: pd.DataFrame) -> pd.DataFrame:
    """Share-price moves and market-value changes, with a signed ``change`` (negative for down).

    Examples
    --------
    >>> art = Article.from_text("Shares fell 8 per cent, wiping $95bn from its valuation.")
    >>> market_reactions(extract_financing(art))[["phrase", "change"]].values.tolist()
    [['8 per cent', -8.0], ['$95bn', -95000000000.0]]
    """
    f = facts[facts["event_type"].isin(["share-price move", "market value"]) & facts["direction"].notna()].copy()
    f["change"] = [v if d == "up" else -v for v, d in zip(f["value"], f["direction"])]
    return f.reset_index(drop=True)


# -- validation against a reference annotation ---------------------------------------
VALIDATION_COLUMNS = ["fact_id", "phrase", "found", "value_unit_right", "our_phrase", "period", "our_period",
                      "period_right", "period_from", "our_period_source", "event_type", "our_event_type", "event_right",
                      "status", "our_status", "status_right", "direction_right", "qualifier_right"]


def validate_financing(article: Article, reference: pd.DataFrame) -> pd.DataFrame:
    """Compare :func:`extract_financing` with a reference table of facts, one row per reference fact.

    ``reference`` has the columns of ``data/annotations/financing.csv``
    (``fact_id``, ``start``, ``end``, ``phrase``, ``value``, ``unit``,
    ``direction``, ``qualifier``, ``event_type``, ``period``, ``period_from``,
    ``status``; empty cells for none).  A reference fact is *found* when a
    fact's span overlaps it; its value and unit are right when both are
    exactly equal.  Returns the columns of ``VALIDATION_COLUMNS``: the
    reference's values beside ours (``our_*``) and a boolean per comparison.

    Examples
    --------
    >>> art = Article.from_text("Shares fell 5 per cent in 2024.")
    >>> ref = pd.DataFrame([{"fact_id": "R1", "start": 12, "end": 22, "phrase": "5 per cent", "value": 5,
    ...     "unit": "percent", "direction": "down", "qualifier": "", "event_type": "share-price move",
    ...     "period": "2024", "period_from": "same sentence", "status": "actual"}])
    >>> validate_financing(art, ref)[["found", "value_unit_right", "period_right", "event_right"]].values.tolist()
    [[True, True, True, True]]
    """
    ours = extract_financing(article).to_dict("records")

    def norm(v):
        return "" if v is None or (isinstance(v, float) and v != v) else str(v)

    rows = []
    for ref in reference.to_dict("records"):
        hit = next((f for f in ours if f["start"] < int(ref["end"]) and int(ref["start"]) < f["end"]), None)
        g = (lambda k: norm(hit[k])) if hit else (lambda k: "")
        vu = bool(hit) and float(hit["value"]) == float(ref["value"]) and hit["unit"] == ref["unit"]
        rows.append((
            ref["fact_id"], ref["phrase"], hit is not None, vu, g("phrase"),
            norm(ref["period"]), g("period"), bool(hit) and g("period") == norm(ref["period"]),
            norm(ref.get("period_from")), g("period_source"),
            norm(ref["event_type"]), g("event_type"), bool(hit) and g("event_type") == norm(ref["event_type"]),
            norm(ref["status"]), g("status"), bool(hit) and g("status") == norm(ref["status"]),
            bool(hit) and g("direction") == norm(ref["direction"]),
            bool(hit) and g("qualifier") == norm(ref["qualifier"]),
        ))
    return pd.DataFrame(rows, columns=VALIDATION_COLUMNS)


def validation_scores(validation: pd.DataFrame) -> dict:
    """Counts of right answers in a :func:`validate_financing` table (and the number of facts, ``n``).

    Examples
    --------
    >>> validation_scores(pd.DataFrame({"found": [True, False], "value_unit_right": [True, False],
    ...     "period_right": [True, False], "event_right": [True, False], "status_right": [False, False],
    ...     "direction_right": [True, False], "qualifier_right": [True, False]}))["period_right"]
    1
    """
    cols = ["found", "value_unit_right", "period_right", "event_right", "status_right", "direction_right",
            "qualifier_right"]
    return {"n": len(validation), **{c: int(validation[c].sum()) for c in cols}}
