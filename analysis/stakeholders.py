"""Stakeholders: who is in the story, how they are tied, and who holds power.

Discovery needs no downloaded model.  The text is cut into word tokens with
offsets; runs of capitalised tokens become candidate names; rules decide what
to keep and what each name is:

* **Filtering**: a capitalised word that only starts a sentence (``The``,
  ``Tensions``, ``Seeking``) is not a name unless the same word is written
  with a capital elsewhere; stop words, months and days, common-noun
  abbreviations (``AI``, ``CEO``, ``SPV``) and nationality adjectives are
  dropped; names that stand only in a headline or inside a short scare quote
  (“Grand Plan”) are kept only if the body names them too.
* **Kind** (person, organisation, group, product, place) is voted from cues:
  honorifics and titles (``Mr.``, ``Sen.``, ``chief executive``), common given
  names, role nouns around the name (``analyst Jane Doe``, ``Jane Doe, a
  lecturer``), organisation suffixes and prefixes (``Capital``, ``Partners``,
  ``& Co``, ``Lab``, ``University of ...``), organisation nouns
  (``start-up Acme``), product cues (a version number, ``codenamed``,
  ``model``, a thing an organisation owns: ``Acme's Widget``), a gazetteer of
  places and facility nouns (``data centre``).
* **Aliases** merge into one stakeholder: full name, surname, first name,
  nickname by truncation (``Vander`` for ``Vandermolen``), possessives (``Acme's``), a short form of
  an organisation introduced first in full (``Quill Robotics`` then ``Quill``),
  initials (``Federal Aviation Administration`` and ``FAA``).
* **Collective actors** written in lower case (investors, employees,
  regulators, lawmakers, users, advertisers, children) are ``group``
  stakeholders.

All word lists live in ``analysis/resources/stakeholders_*`` (rules as data).

A curated registry (YAML; see :func:`load_registry`) adds the analyst's
canonical names, groups and power/interest judgements; :func:`check_registry`
reports where discovery and registry disagree, so the registry is checked
rather than trusted.

Quotation counts and pronoun mentions come from :func:`analysis.extract_quotes`
when it is available (a guarded call: if the quotations module is not ready
they are counted as 0).
"""

from __future__ import annotations

import bisect
import html
import json
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, NamedTuple

import pandas as pd
import yaml

from .article import Article, ArticleError
from .sentiment import score_text

__all__ = [
    "RegistryError",
    "Stakeholder",
    "Mention",
    "Relation",
    "find_stakeholders",
    "stakeholder_mentions",
    "check_registry",
    "load_registry",
    "stakeholder_network",
    "stakeholder_relations",
    "write_network",
    "evaluate_discovery",
    "discovery_scores",
    "STAKEHOLDER_COLUMNS",
    "MENTION_COLUMNS",
    "RELATION_COLUMNS",
    "KINDS",
]

#: The kinds a stakeholder can have.
KINDS = ("person", "organisation", "group", "product", "place")

_RES = Path(__file__).resolve().parent / "resources"


class RegistryError(ArticleError):
    """A stakeholder registry is missing or malformed; the message names the file."""


def _yaml(text: str):
    """Parse YAML with the C loader when PyYAML has it (ten times faster)."""
    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


# --------------------------------------------------------------------------
# Rules as data (loaded once)
# --------------------------------------------------------------------------
@lru_cache(maxsize=1)
def _rules() -> dict:
    raw = _yaml((_RES / "stakeholders_rules.yml").read_text(encoding="utf-8"))
    low = lambda key: frozenset(str(w).lower().rstrip(".") for w in raw[key])  # noqa: E731
    names: set[str] = set()
    for line in (_RES / "stakeholders_given_names.txt").read_text(encoding="utf-8").splitlines():
        if not line.startswith("#"):
            names.update(w.lower() for w in line.split())
    places = {
        ln.strip() for ln in (_RES / "stakeholders_places.txt").read_text(encoding="utf-8").splitlines()
        if ln.strip() and not ln.startswith("#")
    }
    demonyms = {
        ln.strip().lower() for ln in (_RES / "stakeholders_demonyms.txt").read_text(encoding="utf-8").splitlines()
        if ln.strip() and not ln.startswith("#")
    }
    rel = _yaml((_RES / "stakeholders_relations.yml").read_text(encoding="utf-8"))
    relations = [
        (r["relation"], re.compile(r"(?:" + r["pattern"] + r")$", re.I), bool(r.get("passive", False)))
        for r in rel["relations"]
    ]
    org_nouns = low("org_nouns")
    return {
        "honorifics": low("honorifics"),
        "person_roles": low("person_roles"),
        "org_nouns": frozenset(w for w in org_nouns if " " not in w),
        "org_bigrams": frozenset(w for w in org_nouns if " " in w),
        "org_suffixes": low("org_suffixes"),
        "org_suffixes_cased": frozenset(str(w) for w in raw["org_suffixes"] if str(w)[:1].isupper() and len(str(w)) > 3),
        "org_prefixes": low("org_prefixes"),
        "function_words": low("function_words"),
        "stopwords": low("function_words") | low("openers"),
        "place_suffixes": frozenset(str(w) for w in raw["place_suffixes"]),
        "not_actor_suffixes": frozenset(str(w) for w in raw["not_actor_suffixes"]),
        "place_words": frozenset(str(w) for w in raw["place_words"]),
        "time_words": low("time_words"),
        "acronyms": frozenset(str(w).rstrip(".") for w in raw["generic_acronyms"]),
        "product_before": low("product_before"),
        "product_after": low("product_after"),
        "product_appositive": low("product_appositive"),
        "facility_after": low("facility_after"),
        "place_before": low("place_before"),
        "not_place_before": low("not_place_before"),
        "known_organisations": frozenset(str(w) for w in raw.get("known_organisations", [])),
        "sector_labels": frozenset(str(w) for w in raw.get("sector_labels", [])),
        "collectives": {str(k).lower(): str(v) for k, v in raw["collectives"].items()},
        "given_names": frozenset(names),
        "places": frozenset(places),
        "places_lower": frozenset(p.lower() for p in places),
        "demonyms": frozenset(demonyms),
        "relations": relations,
        "role_at": re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, low("person_roles")))) + r")\s+(?:at|for|with)\s*$"),
        "relation_gap": int(rel.get("gap", 8)),
        "between": [(b["relation"], re.compile(r"\b(?:" + "|".join(map(re.escape, b["nouns"])) + r")\b(?:\W+\w+){0,8}?\W+between\s+$", re.I))
                    for b in rel.get("between", [])],
    }


# Words joining capitalised tokens inside one name ("Bill de Blasio", "Ludwig van Beethoven").
_NAME_PARTICLES = frozenset("de da di du del della der van von le la bin ibn al el dos das ter".split())
# Words joining an organisation name ("University of California", "Institute for ...").
_ORG_JOINERS = frozenset({"of", "for", "on"})
# Speech verbs: "Smith said" / "said Smith" leans person.
_SPEECH = frozenset("said says say told tells added adds argued argues wrote writes noted notes asked asks posited explained".split())
# Words after "X's" that show X is an organisation ("Acme's shares").
_ORG_POSSESSED = frozenset(
    "shares stock valuation revenue revenues profit profits earnings employees staff workers board chief "
    "ceo executives executive investors shareholders subsidiary headquarters market spokesman spokeswoman "
    "spokesperson balance capex capital debt bonds products product platform platforms chatbots users "
    "customers financing budget teams team lab labs research engineers business".split()
)
# Party-and-state codes written after US politicians' names: "(D-N.Y.)", "(R-IN)".
_PARTY_CODE = re.compile(r"^[DRI]-[A-Z][A-Za-z.]*$")
_CONTRACTION = re.compile(r"[’'](?:m|re|ve|ll|d|t)$", re.I)
_TOKEN = re.compile(r"[^\W_](?:[\w&]|[’'.\-](?=[^\W_]))*\.?|&amp;|&")
_QUOTE_SPANS = re.compile(r"“([^“”]{1,400})”|\"([^\"\n]{1,400})\"")
# Text between two tokens after which the second opens a clause like a sentence start.
_OPENER_GAP = re.compile(r"[:;“\"‘(\[―—–]\s*$|\n")
_PRONOUNS = frozenset("he she him her his hers they them their i we".split())


# --------------------------------------------------------------------------
# Records
# --------------------------------------------------------------------------
@dataclass(frozen=True)
class Mention:
    """One mention of a stakeholder: offsets into the text and how it was found."""

    stakeholder: str
    kind: str
    start: int
    end: int
    text: str
    sentence_id: int
    paragraph_id: int
    via: str  # name / alias / pronoun


@dataclass(frozen=True)
class Relation:
    """A typed tie between two stakeholders read from one sentence."""

    source: str
    relation: str
    target: str
    sentence_id: int
    start: int
    end: int
    evidence: str


@dataclass
class _Cand:
    """A candidate name mention found by the chunker (mutable while clustering)."""

    start: int
    end: int
    name: str
    weak: str = ""  # why it needs support elsewhere: "initial", "headline", "quote"
    cues: Counter = field(default_factory=Counter)
    version: str | None = None
    possessive: bool = False


@dataclass(frozen=True)
class Stakeholder:
    """One row of :func:`find_stakeholders` (see its docstring for the fields)."""

    name: str
    kind: str
    group: str
    aliases: list
    mentions: int
    pronoun_mentions: int
    first_start: int | None
    paragraphs: int
    quoted: int
    power: int | None
    interest: int | None
    tone: float
    in_registry: bool
    in_text: bool
    power_reason: str
    interest_reason: str


@dataclass
class _Cluster:
    """Candidate mentions merged into one stakeholder, with their pooled cues."""

    name: str
    cands: list
    cues: Counter
    kind: str = "organisation"


# --------------------------------------------------------------------------
# Tokens and capitalised runs
# --------------------------------------------------------------------------
class _Tok(NamedTuple):  # a named tuple: about a thousand per article, made faster than a frozen dataclass
    start: int
    end: int
    text: str
    poss: bool
    initial: bool
    sid: int


def _tokens(article: Article) -> list[_Tok]:
    R = _rules()
    text = article.text
    out: list[_Tok] = []
    keep_dot = R["honorifics"] | {"jr", "sr", "st", "inc", "co", "corp", "ltd", "bros", "plc"}
    for s in article.sentences:
        first = True
        prev_end = s.start
        for m in _TOKEN.finditer(text, s.start, s.end):
            a, b = m.start(), m.end()
            w = m.group()
            if w.endswith("."):
                core = w[:-1]
                if not (len(core) == 1 or "." in core or core.lower() in keep_dot):
                    w, b = core, b - 1
            poss = False
            if len(w) > 2 and w[-2:] in ("’s", "'s"):
                w, b, poss = w[:-2], b - 2, True
            gap = text[prev_end:a]
            initial = first or (gap not in ("", " ") and bool(_OPENER_GAP.search(gap)))
            prev_end = b
            out.append(_Tok(a, b, w, poss, initial, s.sentence_id))
            first = False
    return out


# A capitalised word joined by a hyphen to one of these is an adjective, not a name
# ("AI-generated", "US-based", "Trump-style"); "Geun-hye" or "Ki-moon" stay names.
_HYPHEN_ADJ = re.compile(r"-(?:[a-z]+(?:ed|ing)|style|like|based|led|era|wide|free|friendly|only|specific|sized|"
                         r"scale|level|heavy|linked|backed|owned|run|made|born|bound|centric|proof|ready|type)$")
_MIXED_CASE = re.compile(r"[a-z]{1,2}[A-Z]")  # "iPhone", "eBay"


def _is_cap(w: str) -> bool:
    return bool(w) and (w[0].isupper() or (w[0].islower() and bool(_MIXED_CASE.match(w))))


def _headline_paragraphs(article: Article) -> set[int]:
    """Paragraphs that read like headlines: short and mostly capitalised words."""
    out = set()
    for p in article.paragraphs[:2] if len(article.paragraphs) >= 3 else ():
        if len(article.sentences_of(p.paragraph_id)) > 1:
            continue
        words = re.findall(r"[A-Za-z][\w’'-]*", article.text[p.start:p.end])
        long = [w for w in words if len(w) > 3]
        if 2 <= len(words) <= 25 and long and sum(w[0].isupper() for w in long) / len(long) >= 0.6:
            out.add(p.paragraph_id)
    for p in article.paragraphs:
        for line in re.finditer(r"[^\n]+", article.text[p.start:p.end]):
            line = line.group()
            if len(line.split()) < 3:
                continue
            if line.isascii():  # only letters can be upper case
                n_letters, n_upper = sum(map(str.isalpha, line)), sum(map(str.isupper, line))
            else:
                letters = [ch for ch in line if ch.isalpha()]
                n_letters, n_upper = len(letters), sum(ch.isupper() for ch in letters)
            if n_letters and n_upper / n_letters > 0.8:
                out.add(p.paragraph_id)  # a shouted subheading: "HE'S BEEN CALLED OUT"
    return out


def _within(spans: list[tuple[int, int]], start: int, end: int, *, strict: bool = False) -> bool:
    """Whether [start, end) lies inside one of ``spans`` (sorted, not overlapping)."""
    i = bisect.bisect_right(spans, (start, float("inf"))) - 1
    if i < 0:
        return False
    a, b = spans[i]
    return (a < start and end < b) if strict else (a <= start < b)


def _short_quote_spans(text: str) -> list[tuple[int, int]]:
    """Quotations of at most six words: scare quotes and labels, not speech."""
    spans = []
    for m in _QUOTE_SPANS.finditer(text):
        g = m.group(1) if m.group(1) is not None else m.group(2)
        if len(g.split()) <= 6:
            spans.append((m.start(), m.end()))
    return spans


def _runs(article: Article) -> list[_Cand]:
    """Capitalised runs as candidate mentions, with the cues read around them."""
    R = _rules()
    text = article.text
    toks = _tokens(article)
    lower_words = {t.text for t in toks if t.text.islower()}
    cap_inside = Counter(t.text for t in toks if not t.initial and _is_cap(t.text))
    heads = _headline_paragraphs(article)
    head_spans = [(p.start, p.end) for p in article.paragraphs if p.paragraph_id in heads]
    squotes = _short_quote_spans(text)
    stop, timew, acr, dem = R["function_words"], R["time_words"], R["acronyms"], R["demonyms"]

    def dropped(t: _Tok) -> bool:
        w = t.text
        lw = w.lower().rstrip(".")
        if (lw in stop and not (w.isupper() and len(w) > 1)) or lw in timew or w in acr \
                or _CONTRACTION.search(w) or _PARTY_CODE.match(w):
            return True
        if "-" in w and _HYPHEN_ADJ.search(w):
            return True  # "AI-generated", "US-based", "Trump-style": an adjective
        if re.fullmatch(r"[\d.,]+", w):
            return True
        return False

    cands: list[_Cand] = []
    i, n = 0, len(toks)
    while i < n:
        t = toks[i]
        starts_acr = t.text in acr and i + 1 < n and toks[i + 1].sid == t.sid and _is_cap(toks[i + 1].text) \
            and text[t.end:toks[i + 1].start] == " " and not t.poss
        if not _is_cap(t.text) or (dropped(t) and t.text.lower().rstrip(".") not in R["honorifics"] and not starts_acr):
            i += 1
            continue
        # Grow the run.
        j = i
        while j + 1 < n and not toks[j].poss:
            nxt = toks[j + 1]
            gap = text[toks[j].end:nxt.start]
            if toks[j].end > 0 and text[toks[j].end:toks[j].end + 1] in "’'" and not toks[j].poss:
                break
            if nxt.sid != toks[j].sid:
                break
            if gap.strip(" []") != "" or "\n" in gap:
                # "University of California, Berkeley"
                if (gap == ", " and toks[i].text in ("University",) and _is_cap(nxt.text) and not dropped(nxt)
                        and (j + 2 >= n or text[nxt.end:nxt.end + 1] in ",.;)" )):
                    j += 1
                break
            if _is_cap(nxt.text) and (nxt.text in acr or not (dropped(nxt) and nxt.text.lower().rstrip(".") not in R["honorifics"])):
                if nxt.text.lower().rstrip(".") in timew:
                    break
                j += 1
                continue
            if (nxt.text.lower() in timew and nxt.text[:1].isupper() and toks[j].text.lower() in R["given_names"]
                    and not re.match(r"\s*\d", text[nxt.end:nxt.end + 3])):
                # "Theresa May": a month after a given name is a surname
                j += 1
                continue
            if nxt.text in ("&", "&amp;") or nxt.text.lower() in _NAME_PARTICLES or (
                nxt.text in _ORG_JOINERS and any(
                    x.text.lower().rstrip(".") in R["org_prefixes"] | R["org_suffixes"] for x in toks[i:j + 1])):
                if j + 2 < n and _is_cap(toks[j + 2].text) and not dropped(toks[j + 2]) \
                        and text[nxt.end:toks[j + 2].start].strip() == "" and not nxt.poss:
                    j += 2
                    continue
            break
        run = toks[i:j + 1]
        i = j + 1
        cands.extend(_split_run(article, run, toks, lower_words, cap_inside, head_spans, squotes))
    # A name in parentheses right after another is its short form: "Federal Aviation Administration (FAA)".
    sq_ends = {b for _a, b in squotes}
    by_end = {c.end: c for c in cands}
    for c in cands:
        m = re.search(r"(\S?)\s*\((?:or |aka |also |formerly )?$", text[max(0, c.start - 30):c.start])
        if not m or text[c.end:c.end + 1] != ")":
            continue
        at = max(0, c.start - 30) + m.start(1)
        if m.group(1) in "”\"" and m.group(1) and at + 1 in sq_ends:
            c.weak = "quote"
        else:
            k = at + len(m.group(1))
            p = by_end.get(k)
            if p is not None and p is not c and len(p.name.split()) > 1:
                c.name = p.name
                c.weak = p.weak
    return cands


def _split_run(article, run, toks, lower_words, cap_inside, head_spans, squotes) -> list[_Cand]:
    """Clean one capitalised run: strip openers and titles, split at inner titles, read cues."""
    R = _rules()
    text = article.text
    hon = R["honorifics"]
    cues: Counter = Counter()
    # Drop a sentence-initial word that is an ordinary word written with a capital.
    if run[0].initial:
        w = run[0].text
        lw = w.lower()
        ordinary = lw in lower_words or lw in R["stopwords"] or re.search(r"(?:ly|ing|ed)$", lw) and lw not in R["given_names"]
        if ordinary and lw not in hon:
            run = run[1:]
    # Leading "The", demonyms ("Republican"), stop words.
    def demonym(w: str) -> bool:
        return w.lower() in R["demonyms"] or ("-" in w and all(x.lower() in R["demonyms"] for x in w.split("-")))

    while run and ((run[0].text.lower() in R["function_words"] and not run[0].text.isupper()) or demonym(run[0].text)):
        if len(run) > 1 and run[-1].text.lower().rstrip(".") in R["org_suffixes"] and demonym(run[0].text):
            break
        run = run[1:]
    if not run:
        return []
    # Split at honorifics/titles followed by a capitalised name: "FAA Administrator Maria Delgado".
    pieces: list[tuple[list, bool]] = []
    cur: list = []
    titled = False
    for k, t in enumerate(run):
        lw = t.text.lower().rstrip(".")
        if lw in hon and k + 1 < len(run) and not (run[-1].text.lower().rstrip(".") in R["org_suffixes"] and not cur and lw == "general"):
            if cur:
                pieces.append((cur, titled))
                cur = []
            titled = True
            continue
        cur.append(t)
    if cur:
        pieces.append((cur, titled))
    out = []
    for toks_, titled in pieces:
        c = _make_cand(article, toks_, titled, toks, lower_words, cap_inside, head_spans, squotes)
        if c is not None:
            out.append(c)
    if len(out) > 1:
        for c in out[:-1]:
            c.cues["organisation"] += 1  # "FAA Administrator X": the first part is the employer
    return out


def _make_cand(article, run, titled, all_toks, lower_words, cap_inside, head_spans, squotes) -> _Cand | None:
    R = _rules()
    text = article.text
    if not run:
        return None
    words = [t.text for t in run]
    if all(w in R["acronyms"] or w.lower() in R["stopwords"] for w in words):
        return None
    if len(words) == 1 and words[0].lower().rstrip(".") in R["honorifics"]:
        return None
    if len(words) >= 2 and words[-1] in R["not_actor_suffixes"]:
        return None  # "Election Day", "Paris Agreement": not an actor
    start, end = run[0].start, run[-1].end
    name = re.sub(r"\s+", " ", re.sub(r"[\[\]]", "", html.unescape(text[start:end]))).strip()
    c = _Cand(start=start, end=end, name=name, possessive=run[-1].poss)
    cues = c.cues
    if titled:
        cues["person"] += 3
    # Weak: only sentence-initial single word, only in a headline, only in a short quotation.
    if len(run) == 1 and run[0].initial and cap_inside[run[0].text] == 0:
        c.weak = "initial"
    if _within(head_spans, start, start):
        c.weak = "headline"
    if _within(squotes, start, end, strict=True):
        c.weak = "quote"
    # Version numbers make a product: "Model 3", "Orbit 2.5".
    after = text[end:end + 40]
    mv = re.match(r" (\d{1,2}(?:\.\d{1,2})?)\b(?![.,]?\d| ?(?:per|%|percent|million|billion|bn|mn|m\b|years?))", after)
    if mv and not run[-1].poss:
        c.version = mv.group(1)
        cues["product"] += 3
    # All-caps speaker label at a paragraph start: "WALLACE: ..."
    if len(run) == 1 and words[0].isupper() and len(words[0]) >= 3 and re.match(r"\s*:", after):
        cues["person"] += 4
        c.name = words[0].title()
    # Structure of the name itself.
    first, last = words[0].lower().rstrip("."), words[-1].lower().rstrip(".")
    if len(words) >= 2 and first in R["given_names"] and last not in R["org_suffixes"] \
            and words[-1] not in R["place_suffixes"]:
        cues["person"] += 3
    if len(words) >= 2 and words[-1] in R["place_suffixes"]:
        cues["place"] += 3
    if len(words) >= 2 and re.fullmatch(r"[A-Z]\.", words[1]) and first in R["given_names"]:
        cues["person"] += 1
    if last in R["org_suffixes"] and len(words) >= 2:
        cues["organisation"] += 2 if words[-1].isupper() else 3  # "Acme AI" is a weaker sign than "Acme Capital"
    if first in R["org_prefixes"] and any(w.lower() in _ORG_JOINERS for w in words):
        cues["organisation"] += 3
    if len(words) == 1 and words[0] in R["org_suffixes_cased"]:
        cues["organisation"] += 2  # "Capital", "Holdings" standing alone
    if "&" in words or "&amp;" in words or "&" in name.replace(" ", ""):
        cues["organisation"] += 2
    if name in R["sector_labels"]:
        cues["group"] += 5
    if name in R["known_organisations"]:
        cues["organisation"] += 5
        if c.weak == "initial":
            c.weak = ""
    if name in R["places"] or name.replace(".", "") in R["places"]:
        cues["place"] += 5
    elif len(words) > 1 and any(w in R["places"] for w in words) and all(
            w in R["places"] or w in R["place_words"] for w in words):
        cues["place"] += 5  # "Mexico City", "South Asia"
    if len(words) == 1 and words[0].isupper() and len(words[0]) <= 5 and "person" not in cues:
        cues["organisation"] += 1
    # Context before: "start-up Acme", "analyst Jane Doe", "codenamed X", "in Denver".
    before = text[max(0, start - 60):start]
    bw = re.findall(r"[\w’'-]+|[,(]", before)
    b1 = bw[-1].lower() if bw else ""
    b2 = " ".join(w.lower() for w in bw[-2:]) if len(bw) >= 2 else ""
    if b2 in R["org_bigrams"] or b1 in R["org_nouns"]:
        cues["organisation"] += 2
    elif b1 in R["person_roles"] or b1 in R["honorifics"]:
        cues["person"] += 2
    elif b1 == "," and len(bw) >= 2 and bw[-2].lower() in R["person_roles"]:
        cues["person"] += 2  # "Acme's president, Jane Doe"
    if b1 in R["product_before"]:
        cues["product"] += 3
    if b1 in R["place_before"] and not (len(bw) >= 2 and bw[-2].lower() in R["not_place_before"]):
        cues["place"] += 1  # "in Copenhagen"; weak, any other cue outvotes it
    if R["role_at"].search(before):
        cues["organisation"] += 2
    # Context after: "Acme's shares", ", who", ", which", ", a lecturer", "X said", "X model".
    aw = re.findall(r"[\w’'-]+|[,(]", (after[2:] if run[-1].poss else after)[:80])
    a0 = aw[0].lower() if aw else ""
    a1 = aw[1].lower() if len(aw) > 1 else ""
    if run[-1].poss and a0 in _ORG_POSSESSED:
        cues["organisation"] += 2
    if not run[-1].poss:
        if a0 in R["product_after"] and not c.version:
            cues["product"] += 3
        if a0 in R["facility_after"] or (a0 == "data" and a1 in ("centre", "center", "centres", "centers")):
            cues["place"] += 3
        if a0 in R["person_roles"] and a0 not in ("partner", "rival", "investor", "owner") and len(words) <= 2:
            # "Acme executive", "Acme insider": the name is the employer
            if not (first in R["given_names"]):
                cues["organisation"] += 2
        if a0 in R["org_nouns"] and a0 not in ("group", "team", "unit", "network", "platform", "site", "rival",
                                               "owner", "investor", "client", "backer", "shareholder", "creditor"):
            cues["organisation"] += 1
    if re.match(r",\s*\d{1,3},", after):
        cues["person"] += 3  # "Jane Doe, 25,": an age
    if a0 == "," and a1 == "who":
        cues["person"] += 2
    elif a0 == "," and a1 == "which":
        cues["organisation"] += 1
    elif a0 == "," and len(aw) > 2:
        # appositive: ", a popular investor", ", portfolio manager", ", the company"
        app = [w.lower() for w in aw[1:7]]
        if app and app[0] in ("a", "an", "the", "former", "its", "his", "her"):
            app = app[1:]
        for w in app[:5]:
            if w in R["person_roles"] and w not in ("rival", "owner", "investor", "partner", "member"):
                cues["person"] += 2
                break
            if w in R["person_roles"]:
                cues["person"] += 1
                break
            if w in R["org_nouns"]:
                cues["organisation"] += 2
                break
            if w in R["product_appositive"]:
                cues["product"] += 2
                break
            if w in (",", "(", "that", "who", "which") or w in _SPEECH or w.endswith("ed"):
                break  # the appositive has ended: "Jane Doe, told analysts that the company ..."
    if a0 in _SPEECH and not run[-1].poss:
        cues["person"] += 1
    if b1 in _SPEECH:
        cues["person"] += 1
    return c


# --------------------------------------------------------------------------
# Clustering: aliases into stakeholders
# --------------------------------------------------------------------------
def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[0].isupper())


def _cluster(cands: list[_Cand], text: str) -> list[_Cluster]:
    R = _rules()
    by_name: dict[str, list[_Cand]] = defaultdict(list)
    for c in cands:
        by_name[c.name].append(c)
    # Fold case for all-caps forms of names written normally elsewhere ("PENCE" / "Pence").
    canon_of: dict[str, str] = {}
    lower_map: dict[str, str] = {}
    for nm in sorted(by_name, key=lambda x: by_name[x][0].start):
        if not nm.isupper() or len(nm) < 4:
            lower_map.setdefault(nm.lower(), nm)
    for nm in list(by_name):
        canon_of[nm] = lower_map.get(nm.lower(), nm)
    groups: dict[str, list[_Cand]] = defaultdict(list)
    for nm, cs in by_name.items():
        groups[canon_of[nm]].extend(cs)
    for cs in groups.values():
        cs.sort(key=lambda c: c.start)

    cue_of = {nm: sum((c.cues for c in cs), Counter()) for nm, cs in groups.items()}
    first_at = {nm: cs[0].start for nm, cs in groups.items()}
    parent: dict[str, str] = {nm: nm for nm in groups}

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def kind_lean(nm):
        k = cue_of[nm]
        if not k or sum(k.values()) == 0:
            return "person" if _presumed_person(nm) and nm.split()[-1] in groups else ""
        return max(KINDS, key=lambda kk: (k.get(kk, 0), kk == "organisation"))

    multi = [nm for nm in groups if len(nm.split()) >= 2]
    single = [nm for nm in groups if len(nm.split()) == 1]
    # Surname and first name of a person ("Smith" -> "Jane Smith"; "Jane" -> "Jane Smith").
    for s in sorted(single, key=lambda x: first_at[x]):
        if cue_of[s].get("place", 0) >= 5:
            continue
        lasts = [m for m in multi if m.split()[-1] == s and kind_lean(m) == "person"]
        firsts = [m for m in multi if m.split()[0] == s and (
            cue_of[m].get("person", 0) > 0) and s.lower() in R["given_names"]]
        target = None
        if lasts:
            target = max(lasts, key=lambda m: (len(groups[m]), -first_at[m]))
        elif firsts and len({m.split()[-1] for m in firsts}) == 1:
            target = min(firsts, key=lambda m: first_at[m])
        elif len(s) >= 4 and not s.isupper():
            nick = [m for m in multi if m.split()[-1].startswith(s) and m.split()[-1] != s
                    and kind_lean(m) == "person" and len(m.split()[-1]) > len(s)]
            if len(nick) == 1:
                target = nick[0]
        if target:
            parent[find(s)] = find(target)
    # Short form of an organisation named in full first ("Acme Capital" then "Acme").
    for s in sorted(groups, key=lambda x: first_at[x]):
        if find(s) != s:
            continue
        sw = s.split()
        longer = [m for m in multi if m != s and m.split()[:len(sw)] == sw and first_at[m] <= first_at[s]
                  and kind_lean(m) in ("organisation", "")]
        if longer:
            parent[find(s)] = find(min(longer, key=lambda m: first_at[m]))
    # Initials: "FAA" for "Federal Aviation Administration".
    for s in single:
        if s.isupper() and 2 <= len(s) <= 6 and find(s) == s:
            full = [m for m in multi if _initials(m) == s and kind_lean(m) != "person"]
            if len(full) == 1:
                parent[find(s)] = find(full[0])

    merged: dict[str, list[str]] = defaultdict(list)
    for nm in groups:
        merged[find(nm)].append(nm)
    clusters = []
    for root, names in merged.items():
        cs = sorted((c for nm in names for c in groups[nm]), key=lambda c: c.start)
        if all(c.weak for c in cs) and not (
                any(c.weak == "initial" and c.cues.get("person", 0) >= 1 for c in cs)
                or (all(c.weak == "initial" for c in cs) and sum(sum(c.cues.values()) for c in cs) >= 2)):
            continue  # only a sentence opener, a headline word or a scare-quoted label
        cues = sum((c.cues for c in cs), Counter())
        # Canonical name: the longest multi-word form, else the most frequent form.
        forms = Counter(canon_of.get(c.name, c.name) for c in cs)
        longest = max(names, key=lambda x: (len(x.split()), forms[x], -first_at[x]))
        clusters.append(_Cluster(name=longest, cands=cs, cues=cues))
    # Versions ("Orbit 2.5") are aliases of the product.
    for cl in clusters:
        cl.kind = _decide_kind(cl)
    _possessed_products(clusters, text)
    return clusters


def _presumed_person(name: str) -> bool:
    """Two or three capitalised words and nothing else known: most often a person ("Quina Jones")."""
    w = name.split()
    return 2 <= len(w) <= 3 and all(re.fullmatch(r"[A-Z][a-z’'-]+(?:-[A-Z][a-z]+)?|[A-Z]\.", x) for x in w)


def _decide_kind(cl: _Cluster) -> str:
    k = cl.cues
    if not k or sum(k.values()) == 0:
        # a full name later used by its last word alone ("Jane Doe ... Doe") is a person
        short = {c.name for c in cl.cands if len(c.name.split()) == 1}
        full = [c.name for c in cl.cands if _presumed_person(c.name)]
        return "person" if any(f.split()[-1] in short for f in full) else "organisation"
    best = max(KINDS, key=lambda kk: (k.get(kk, 0), kk == "organisation"))
    return best if k.get(best, 0) > 0 else "organisation"


def _possessed_products(clusters: list[_Cluster], text: str) -> None:
    """A name owned by another stakeholder ("Acme's Widget") is a product when nothing else speaks for it."""
    owner_end = {c.end: cl for cl in clusters for c in cl.cands if c.possessive}
    for cl in clusters:
        if sum(cl.cues.values()) > 0:
            continue
        owned = 0
        for c in cl.cands:
            m = re.search(r"[’']s\s+(?:[a-z][\w-]*\s+){0,2}$", text[max(0, c.start - 40):c.start])
            if m:
                end = max(0, c.start - 40) + m.start()
                if end in owner_end and owner_end[end] is not cl:
                    owned += 1
        if owned and owned == len(cl.cands):
            cl.kind = "product"


# --------------------------------------------------------------------------
# Collective actors (lower case)
# --------------------------------------------------------------------------
@lru_cache(maxsize=1)
def _collective_re() -> re.Pattern:
    words = sorted(_rules()["collectives"], key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(re.escape(w) for w in words) + r")\b", re.I)


def _collectives(article: Article, taken: list[tuple[int, int]]) -> list[tuple[str, int, int]]:
    R = _rules()
    text = article.text
    starts = {s.start for s in article.sentences}
    taken_starts = sorted(taken)
    keys = [a for a, _b in taken_starts]
    out = []
    for m in _collective_re().finditer(text):
        w = m.group(1)
        if w[0].isupper() and m.start() not in starts and not re.search(r"[“\"‘(—–]\s*$", text[max(0, m.start() - 3):m.start()]):
            continue  # capitalised inside a sentence: part of a name ("Investors Chronicle")
        i = bisect.bisect_right(keys, m.start()) - 1
        if i >= 0 and m.start() < taken_starts[i][1]:
            continue
        out.append((R["collectives"][w.lower()], m.start(), m.end()))
    return out


# --------------------------------------------------------------------------
# Discovery (cached per article), registry merging
# --------------------------------------------------------------------------
@lru_cache(maxsize=32)
def _guarded_quotes(article: Article) -> pd.DataFrame | None:
    import warnings

    try:
        from .quotes import extract_quotes

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # the quotations module warns about odd marks; not our concern here
            q = extract_quotes(article)
    except NotImplementedError:
        return None
    except Exception as e:  # the quotations module is work in progress; never block on it
        print(f"stakeholders: quotations unavailable ({e.__class__.__name__}: {e})", file=sys.stderr)
        return None
    if not isinstance(q, pd.DataFrame) or "speaker" not in q.columns:
        return None
    return q


@lru_cache(maxsize=32)
def _discover(article: Article) -> tuple:
    """Registry-free discovery: clusters and collective mentions (cached per article)."""
    cands = _runs(article)
    clusters = _cluster(cands, article.text)
    taken = [(c.start, c.end) for cl in clusters for c in cl.cands]
    coll = _collectives(article, taken)
    return tuple(clusters), tuple(coll)


def load_registry(registry: Any) -> list[dict]:
    """Read and check a stakeholder registry.

    The YAML file holds ``stakeholders:``, a list of entries with ``name``
    (required), ``aliases`` (list), ``kind`` (one of :data:`KINDS`),
    ``group``, ``power`` and ``interest`` (integers 1 to 5) and
    ``power_reason`` / ``interest_reason`` (one line each).

    Parameters
    ----------
    registry : str, pathlib.Path, dict or list
        A path to the YAML file, or its already-loaded content.

    Returns
    -------
    list of dict
        One normalised entry per stakeholder.

    Raises
    ------
    RegistryError
        If the file is missing, is not YAML, or an entry is malformed; the
        message names the file and the entry.

    Examples
    --------
    >>> load_registry({"stakeholders": [{"name": "Acme Corp", "aliases": ["Acme"], "kind": "organisation"}]})[0]["aliases"]
    ['Acme']
    """
    where = "registry"
    data = registry
    if isinstance(registry, (str, Path)):
        path = Path(registry)
        where = str(path)
        if not path.is_file():
            raise RegistryError(f"{path}: no such registry file")
        try:
            data = _yaml(path.read_text(encoding="utf-8"))
        except (yaml.YAMLError, UnicodeDecodeError) as e:
            raise RegistryError(f"{path}: the registry is not valid YAML ({e.__class__.__name__})") from None
    if isinstance(data, dict):
        data = data.get("stakeholders")
    if not isinstance(data, list):
        raise RegistryError(f"{where}: expected a list of stakeholders under 'stakeholders:'")
    out = []
    for i, e in enumerate(data):
        if not isinstance(e, dict) or not isinstance(e.get("name"), str) or not e["name"].strip():
            raise RegistryError(f"{where}: entry {i + 1} needs a 'name' (text)")
        aliases = e.get("aliases") or []
        if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
            raise RegistryError(f"{where}: entry {e['name']!r}: 'aliases' must be a list of names")
        kind = e.get("kind", "organisation")
        if kind not in KINDS:
            raise RegistryError(f"{where}: entry {e['name']!r}: kind {kind!r} is not one of {', '.join(KINDS)}")
        for key in ("power", "interest"):
            v = e.get(key)
            if v is not None and (not isinstance(v, int) or isinstance(v, bool) or not 1 <= v <= 5):
                raise RegistryError(f"{where}: entry {e['name']!r}: {key} must be an integer from 1 to 5")
        out.append({
            "name": e["name"].strip(), "aliases": [a.strip() for a in aliases if a.strip()], "kind": kind,
            "group": str(e.get("group") or ""), "power": e.get("power"), "interest": e.get("interest"),
            "power_reason": str(e.get("power_reason") or ""), "interest_reason": str(e.get("interest_reason") or ""),
        })
    return out


@dataclass
class _Entity:
    name: str
    kind: str
    group: str
    spans: list  # (start, end, via)
    reg: dict | None = None
    discovered: bool = True
    forms: list = field(default_factory=list)


def _resolve(article: Article, registry) -> list[_Entity]:
    """Discovery merged with the registry (if any), plus pronoun mentions from quotations."""
    clusters, coll = _discover(article)
    ents: list[_Entity] = []
    for cl in clusters:
        spans = []
        forms = []
        for c in cl.cands:
            spans.append((c.start, c.end))
            f = c.name if not c.version else f"{c.name} {c.version}"
            forms.append(f)
        ents.append(_Entity(cl.name, cl.kind, "", spans, forms=forms))
    cgroups: dict[str, _Entity] = {}
    for name, a, b in coll:
        e = cgroups.get(name)
        if e is None:
            e = cgroups[name] = _Entity(name, "group", "", [], forms=[])
            ents.append(e)
        e.spans.append((a, b))
        e.forms.append(article.text[a:b].lower())
    reg = load_registry(registry) if registry is not None else []
    text = article.text
    if reg:
        by_key: dict[str, _Entity] = {}
        for e in ents:
            for f in {e.name, *e.forms}:
                by_key.setdefault(f.lower(), e)
        used: set[int] = set()
        out: list[_Entity] = []
        for r in reg:
            keys = [r["name"], *r["aliases"]]
            hits = []
            for k in keys:
                e = by_key.get(k.lower())
                if e is not None and id(e) not in {id(h) for h in hits}:
                    hits.append(e)
            spans = sorted({s for h in hits for s in h.spans})
            forms = [f for h in hits for f in h.forms]
            for h in hits:
                used.add(id(h))
            # Registry names found by search where discovery did not mark them.
            for k in keys:
                flags = 0 if any(ch.isupper() for ch in k) else re.I
                for m in re.finditer(r"(?<![\w’'])" + re.escape(k) + r"(?![\w])", text, flags):
                    if not any(a < m.end() and m.start() < b for a, b in spans) and not any(
                            a < m.end() and m.start() < b for other in ents if id(other) not in {id(h) for h in hits}
                            for a, b in other.spans if (b - a) > (m.end() - m.start())):
                        spans.append((m.start(), m.end()))
                        forms.append(m.group())
            spans.sort()
            kind = r["kind"]
            out.append(_Entity(r["name"], kind, r["group"], spans, reg=r, discovered=bool(hits), forms=forms))
        rest = [e for e in ents if id(e) not in used]
        # Drop spans that the registry has claimed for a longer name.
        claimed = [(a, b) for e in out for a, b in e.spans]
        for e in rest:
            e.spans = [(a, b) for a, b in e.spans if not any(x <= a and b <= y for x, y in claimed)]
        ents = out + [e for e in rest if e.spans]
    return ents


def _quote_links(article: Article, ents: list[_Entity]):
    """Quotations per entity and pronoun mentions from the quotations table."""
    q = _guarded_quotes(article)
    quoted: Counter = Counter()
    pron: dict[str, list] = defaultdict(list)
    if q is None or q.empty:
        return quoted, pron
    keys: dict[str, str] = {}
    for e in ents:
        for f in {e.name, *e.forms, *((e.reg or {}).get("aliases") or [])}:
            keys.setdefault(f.lower(), e.name)
    for e in ents:
        last = e.name.split()[-1].lower()
        if e.kind == "person":
            keys.setdefault(last, e.name)
    for _, r in q.iterrows():
        if str(r.get("kind", "")) == "term":
            continue
        sp = r.get("speaker")
        if not isinstance(sp, str) or not sp.strip():
            continue
        who = keys.get(sp.strip().lower()) or keys.get(sp.strip().split()[-1].lower())
        if who is None:
            # an anonymous source ("a former executive") speaks for its collective ("executives")
            head = re.sub(r"[^a-z-]", "", sp.strip().split()[-1].lower())
            group = _rules()["collectives"].get(head + "s") or _rules()["collectives"].get(head)
            who = keys.get(group.lower()) if group else None
        if who is None:
            continue
        quoted[who] += 1
        men = r.get("speaker_mention")
        a, b = r.get("speaker_start"), r.get("speaker_end")
        if isinstance(men, str) and men.strip().lower() in _PRONOUNS and pd.notna(a) and pd.notna(b):
            pron[who].append((int(a), int(b)))
    for k in pron:
        pron[k] = sorted(set(pron[k]))
    return quoted, pron


# --------------------------------------------------------------------------
# Public tables
# --------------------------------------------------------------------------
STAKEHOLDER_COLUMNS = [
    "name", "kind", "group", "aliases", "mentions", "pronoun_mentions", "first_start", "paragraphs",
    "quoted", "power", "interest", "tone", "in_registry", "in_text", "power_reason", "interest_reason",
]
MENTION_COLUMNS = ["stakeholder", "kind", "start", "end", "text", "sentence_id", "paragraph_id", "via"]
RELATION_COLUMNS = ["source", "relation", "target", "sentence_id", "start", "end", "evidence"]


@lru_cache(maxsize=4096)
def _sentence_tone(text: str) -> float:
    return score_text(text)["compound"]


def _registry_key(registry) -> str | None:
    """A hashable stand-in for a registry argument (path with its mtime, or content as JSON)."""
    if registry is None:
        return None
    if isinstance(registry, (str, Path)):
        p = Path(registry)
        stamp = p.stat().st_mtime_ns if p.is_file() else -1
        return json.dumps(["path", str(p), stamp])
    try:
        return json.dumps(["data", registry], sort_keys=True, default=str)
    except TypeError:
        raise RegistryError("registry: expected a path or a mapping of plain values") from None


def _mention_records(article: Article, registry) -> tuple[list[_Entity], list[Mention], Counter]:
    return _mention_records_cached(article, _registry_key(registry))


@lru_cache(maxsize=32)
def _mention_records_cached(article: Article, key: str | None):
    registry = None
    if key is not None:
        _kind, registry, *_ = json.loads(key)  # a path (str) or the registry's content
    ents = _resolve(article, registry)
    quoted, pron = _quote_links(article, ents)
    recs: list[Mention] = []
    text = article.text
    sent_starts = [x.start for x in article.sentences]

    def where(a: int) -> tuple[int, int]:
        i = max(bisect.bisect_right(sent_starts, a) - 1, 0)
        return article.sentences[i].sentence_id, article.sentences[i].paragraph_id

    for e in ents:
        canon = {e.name.lower()}
        for a, b in e.spans:
            sid, pid = where(a)
            t = text[a:b]
            via = "name" if _norm(t) in canon else "alias"
            recs.append(Mention(e.name, e.kind, a, b, t, sid, pid, via))
        seen = set(e.spans)
        for a, b in pron.get(e.name, []):
            if (a, b) in seen or not (0 <= a < b <= len(text)):
                continue
            sid, pid = where(a)
            recs.append(Mention(e.name, e.kind, a, b, text[a:b], sid, pid, "pronoun"))
    # A mention nested in a longer mention of another stakeholder ("Acme" inside "Friends of Acme")
    # is dropped, so that mentions never overlap.
    recs.sort(key=lambda m: (m.start, -(m.end - m.start), m.stakeholder))
    kept: list[Mention] = []
    reach = -1
    for m in recs:
        if m.end <= reach and kept and any(k.stakeholder != m.stakeholder and k.start <= m.start and m.end <= k.end
                                           for k in kept[-3:]):
            continue
        kept.append(m)
        reach = max(reach, m.end)
    kept.sort(key=lambda m: (m.start, m.end, m.stakeholder))
    return ents, kept, quoted


def _norm(s: str) -> str:
    s = re.sub(r"[’']s$", "", html.unescape(s).strip())
    s = re.sub(r"[\[\]]", "", s)
    return re.sub(r"\s+", " ", s).lower()


def stakeholder_mentions(article: Article, *, registry=None) -> pd.DataFrame:
    """Every mention of every stakeholder, one row each, in reading order.

    Parameters
    ----------
    article : Article
    registry : str, pathlib.Path, dict or list, optional
        A curated registry (see :func:`load_registry`).

    Returns
    -------
    pandas.DataFrame
        Columns: ``stakeholder`` (canonical name), ``kind``, ``start``/``end``
        (offsets; ``article.text[start:end]`` is the mention; mentions never
        overlap: one nested in a longer name is dropped), ``text``,
        ``sentence_id``, ``paragraph_id``, ``via`` (``name`` when the words
        are the canonical name, ``alias`` for another form, ``pronoun`` for a
        pronoun resolved through the quotations).

    Examples
    --------
    >>> art = Article.from_text("Jane Doe runs Acme Capital. Doe said profits rose.")
    >>> stakeholder_mentions(art)[["stakeholder", "text", "via"]].values.tolist()
    [['Jane Doe', 'Jane Doe', 'name'], ['Acme Capital', 'Acme Capital', 'name'], ['Jane Doe', 'Doe', 'alias']]
    """
    _check(article)
    _ents, recs, _q = _mention_records(article, registry)
    df = pd.DataFrame([m.__dict__ for m in recs], columns=MENTION_COLUMNS)
    return df.astype({"start": "int64", "end": "int64", "sentence_id": "int64", "paragraph_id": "int64"})


def _check(article) -> None:
    if not isinstance(article, Article):
        raise ArticleError(f"expected an Article, got {type(article).__name__}")


def find_stakeholders(article: Article, *, registry=None) -> pd.DataFrame:
    """One row per stakeholder: who is in the story, how often and how.

    Parameters
    ----------
    article : Article
    registry : str, pathlib.Path, dict or list, optional
        A curated registry (see :func:`load_registry`).  Its names, kinds,
        groups and judgements override what discovery guessed; its entries
        never found in the text are kept with ``in_text`` False.

    Returns
    -------
    pandas.DataFrame
        One row per stakeholder, most mentioned first (ties by first mention).
        Columns:

        - ``name``: canonical name (the registry's, else the fullest form seen);
        - ``kind``: person, organisation, group, product or place;
        - ``group``: the registry's group ("" without a registry);
        - ``aliases``: list of the other forms found in the text (and in the registry);
        - ``mentions``: mentions in the text, pronouns included;
        - ``pronoun_mentions``: how many of them are pronouns resolved through the quotations;
        - ``first_start``: offset of the first mention (missing if never found);
        - ``paragraphs``: how many paragraphs mention it;
        - ``quoted``: how many quotations (not scare-quoted terms) it is the speaker of;
        - ``power``, ``interest``: the registry's judgements, 1 (low) to 5 (high), else missing;
        - ``tone``: mean VADER compound score of the sentences that mention it;
        - ``in_registry``, ``in_text``: where it was found;
        - ``power_reason``, ``interest_reason``: the registry's one-line reasons.

    Raises
    ------
    ArticleError
        If ``article`` is not an :class:`Article`; :class:`RegistryError` for a
        missing or malformed registry.

    Examples
    --------
    >>> art = Article.from_text(
    ...     "Investors cheered. Jane Doe, an analyst at Acme Capital, said Acme was cheap. "
    ...     "Doe added that investors were calm.")
    >>> df = find_stakeholders(art)
    >>> df[["name", "kind", "mentions"]].values.tolist()
    [['investors', 'group', 2], ['Jane Doe', 'person', 2], ['Acme Capital', 'organisation', 2]]
    """
    _check(article)
    ents, recs, quoted = _mention_records(article, registry)
    by: dict[str, list[Mention]] = defaultdict(list)
    for m in recs:
        by[m.stakeholder].append(m)
    sent_text = {s.sentence_id: s.text for s in article.sentences}
    rows = []
    for e in ents:
        ms = by.get(e.name, [])
        forms = list(dict.fromkeys(_clean_form(m.text) for m in ms if m.via != "pronoun"))
        reg = e.reg or {}
        aliases = [f for f in forms if f.lower() != e.name.lower()]
        for a in reg.get("aliases", []):
            if a.lower() not in {x.lower() for x in aliases} and a.lower() != e.name.lower():
                aliases.append(a)
        sids = sorted({m.sentence_id for m in ms})
        tone = float(sum(_sentence_tone(sent_text[i]) for i in sids) / len(sids)) if sids else float("nan")
        rows.append(Stakeholder(
            name=e.name, kind=e.kind, group=e.group, aliases=aliases, mentions=len(ms),
            pronoun_mentions=sum(m.via == "pronoun" for m in ms),
            first_start=min((m.start for m in ms), default=None),
            paragraphs=len({m.paragraph_id for m in ms}), quoted=int(quoted.get(e.name, 0)),
            power=reg.get("power"), interest=reg.get("interest"), tone=round(tone, 4) if sids else tone,
            in_registry=e.reg is not None, in_text=bool(ms),
            power_reason=reg.get("power_reason", ""), interest_reason=reg.get("interest_reason", ""),
        ).__dict__)
    # most mentioned first, then first seen (never seen last), then by name; a stable sort in Python
    rows.sort(key=lambda r: (-r["mentions"], 10**12 if r["first_start"] is None else r["first_start"], r["name"]))
    df = pd.DataFrame(rows, columns=STAKEHOLDER_COLUMNS)
    return df.astype({"mentions": "int64", "pronoun_mentions": "int64", "paragraphs": "int64", "quoted": "int64",
                      "first_start": "Int64", "power": "Int64", "interest": "Int64", "tone": "float64",
                      "in_registry": "bool", "in_text": "bool"})


def _clean_form(t: str) -> str:
    t = re.sub(r"[\[\]]", "", html.unescape(t))
    return re.sub(r"\s+", " ", t).strip()


def check_registry(article: Article, registry) -> pd.DataFrame:
    """Where discovery and a curated registry disagree.

    Parameters
    ----------
    article : Article
    registry : str, pathlib.Path, dict or list
        The registry to check (see :func:`load_registry`).

    Returns
    -------
    pandas.DataFrame
        Columns: ``name``, ``kind``, ``status`` and ``mentions``.  ``status`` is
        ``not in registry`` for a person or organisation that discovery found
        but no registry entry claims (places, products and groups are listed
        too), or ``never found`` for a registry entry that the text does not
        mention under any of its names.  Rows: not-in-registry first (most
        mentioned first), then never-found in registry order.

    Examples
    --------
    >>> art = Article.from_text("Jane Doe joined Acme Capital. Doe was pleased.")
    >>> reg = {"stakeholders": [{"name": "Jane Doe", "kind": "person"}, {"name": "Bob Roe", "kind": "person"}]}
    >>> check_registry(art, reg)[["name", "status"]].values.tolist()
    [['Acme Capital', 'not in registry'], ['Bob Roe', 'never found']]
    """
    _check(article)
    if registry is None:
        raise RegistryError("check_registry needs a registry")
    df = find_stakeholders(article, registry=registry)
    a = df[~df["in_registry"]].assign(status="not in registry")
    b = df[df["in_registry"] & ~df["in_text"]].assign(status="never found")
    reg_order = {r["name"]: i for i, r in enumerate(load_registry(registry))}
    b = b.assign(_o=b["name"].map(reg_order)).sort_values("_o").drop(columns="_o")
    out = pd.concat([a, b], ignore_index=True)[["name", "kind", "status", "mentions"]]
    return out.astype({"mentions": "int64"}).reset_index(drop=True)


# --------------------------------------------------------------------------
# Ties: co-occurrence network and typed relations
# --------------------------------------------------------------------------
def stakeholder_relations(article: Article, *, registry=None) -> pd.DataFrame:
    """Typed relations read from verb patterns between two stakeholders in one sentence.

    The patterns (hired, invested in / took a stake in, owns, leases, lends
    to, competes with, criticises, partners with, founded, leads, pressures,
    courts, supplies, works for, left, and "tensions between A and B" for
    clashes with) live in
    ``analysis/resources/stakeholders_relations.yml``.  A pattern must stand
    between the two mentions, close to the second; a passive pattern
    ("owned by") swaps source and target; a possessor ("Acme's Widget")
    passes the tie on to the thing it owns; coordinated targets ("with A and
    B") each get the relation.

    Returns
    -------
    pandas.DataFrame
        Columns: ``source``, ``relation``, ``target`` (canonical names),
        ``sentence_id``, ``start``/``end`` (offsets of the stretch from the
        first to the second mention), ``evidence`` (the whole sentence).
        Reading order; duplicates removed.

    Examples
    --------
    >>> art = Article.from_text("Acme Capital hired Jane Doe in May. Jane Doe founded Bolt Labs.")
    >>> stakeholder_relations(art)[["source", "relation", "target"]].values.tolist()
    [['Acme Capital', 'hired', 'Jane Doe'], ['Jane Doe', 'founded', 'Bolt Labs']]
    """
    _check(article)
    R = _rules()
    _e, recs, _q = _mention_records(article, registry)
    text = article.text
    by_sent: dict[int, list[Mention]] = defaultdict(list)
    for m in recs:
        if m.via != "pronoun":
            by_sent[m.sentence_id].append(m)
    out: list[Relation] = []
    seen: set = set()
    maxgap = R["relation_gap"]

    def owned(ms, k):
        """Follow possessives: "Acme's Widget" -> Widget."""
        while k + 1 < len(ms) and text[ms[k].end:ms[k].end + 2] in ("’s", "'s") and re.fullmatch(
                r"[’']s\s+(?:[\w-]+\s+){0,3}", text[ms[k].end:ms[k + 1].start]):
            k += 1
        return k

    for sid, ms in sorted(by_sent.items()):
        sent = article.sentences[sid]
        ms = sorted(ms, key=lambda m: m.start)
        # "tensions between A and B": a symmetric tie named by a noun
        for a, b in zip(ms, ms[1:]):
            if a.stakeholder != b.stakeholder and re.fullmatch(r"\s+and\s+", text[a.end:b.start]):
                lead = text[max(sent.start, a.start - 120):a.start]
                for rel, pat in R["between"]:
                    if pat.search(lead):
                        _add(out, seen, a, b, rel, False, sid, sent.text)
                        break
        targets: set[int] = set()
        for i, a in enumerate(ms):
            j, prev_end, found = i + 1, a.end, None
            while j < len(ms):
                b = ms[j]
                gap = text[prev_end:b.start]
                if b.stakeholder == a.stakeholder or b.start < prev_end:
                    j += 1
                    continue
                if found is None:
                    if i in targets and re.match(r"\s*(?:,\s*)?(?:and|or)\b", gap):
                        break  # "stake in A and a stake in B": A is an object, not a subject
                    hit = None
                    for rel, pat, passive in R["relations"]:
                        m = pat.search(gap)
                        if m and len(gap[:m.start()].split()) <= maxgap:
                            hit = (rel, passive)
                            break
                    if hit is None:
                        if b.kind == "place":
                            j += 1
                            continue
                        break  # another stakeholder stands between a and any verb
                    found = hit
                else:
                    rel = found[0]
                    coord = re.fullmatch(r"\s*(?:,|,?\s+and|,?\s+or)\s+", gap)
                    again = re.match(r"\s*(?:,\s*)?and\s", gap) and any(
                        p.search(gap) for r_, p, _pa in R["relations"] if r_ == rel)
                    if not (coord or again):
                        break
                k = owned(ms, j)
                _add(out, seen, a, ms[k], found[0], found[1], sid, sent.text)
                targets.add(k)
                prev_end, j = ms[k].end, k + 1
    df = pd.DataFrame([r.__dict__ for r in out], columns=RELATION_COLUMNS)
    return df.astype({"sentence_id": "int64", "start": "int64", "end": "int64"})


def _add(out, seen, a: Mention, b: Mention, rel: str, passive: bool, sid: int, evidence: str) -> None:
    src, tgt = (b, a) if passive else (a, b)
    if src.stakeholder == tgt.stakeholder:
        return
    key = (src.stakeholder, rel, tgt.stakeholder, sid)
    if key in seen:
        return
    seen.add(key)
    out.append(Relation(src.stakeholder, rel, tgt.stakeholder, sid, min(a.start, b.start), max(a.end, b.end), evidence))


def stakeholder_network(article: Article, *, registry=None):
    """The stakeholders as a weighted co-occurrence network.

    Two stakeholders are tied when one sentence mentions both; the edge
    ``weight`` is the number of such sentences, and ``sentences`` lists their
    ids.  Typed relations (:func:`stakeholder_relations`) are stored on the
    edge as ``relations`` ("hired; invested in", source -> target direction
    in ``relation_list``).  Node attributes: ``kind``, ``group``,
    ``mentions``, ``centrality`` (degree centrality: the share of the other
    stakeholders it is tied to) and ``strength`` (sum of edge weights).

    Returns
    -------
    networkx.Graph

    Examples
    --------
    >>> art = Article.from_text("Acme Capital hired Jane Doe. Jane Doe met Bob Roe. Roe left.")
    >>> g = stakeholder_network(art)
    >>> sorted(g.nodes), g["Acme Capital"]["Jane Doe"]["relations"]
    (['Acme Capital', 'Bob Roe', 'Jane Doe'], 'Acme Capital hired Jane Doe')
    """
    import networkx as nx

    _check(article)
    table = find_stakeholders(article, registry=registry)
    ments = stakeholder_mentions(article, registry=registry)
    rels = stakeholder_relations(article, registry=registry)
    g = nx.Graph()
    for r in table.itertuples():
        if r.mentions > 0:
            g.add_node(r.name, kind=r.kind, group=r.group or "", mentions=int(r.mentions))
    for sid, names in ments.groupby("sentence_id", sort=True)["stakeholder"]:
        uniq = sorted(set(names))
        for i, u in enumerate(uniq):
            for v in uniq[i + 1:]:
                if g.has_edge(u, v):
                    g[u][v]["weight"] += 1
                    g[u][v]["sentence_ids"].append(int(sid))
                else:
                    g.add_edge(u, v, weight=1, sentence_ids=[int(sid)], relation_list=[])
    for r in rels.itertuples():
        if not g.has_edge(r.source, r.target):
            g.add_edge(r.source, r.target, weight=0, sentence_ids=[], relation_list=[])
        lab = f"{r.source} {r.relation} {r.target}"
        if lab not in g[r.source][r.target]["relation_list"]:
            g[r.source][r.target]["relation_list"].append(lab)
    cent = nx.degree_centrality(g) if len(g) > 1 else {n: 0.0 for n in g}
    for n in g.nodes:
        g.nodes[n]["centrality"] = round(float(cent.get(n, 0.0)), 4)
        g.nodes[n]["strength"] = int(sum(d["weight"] for _u, _v, d in g.edges(n, data=True)))
    for _u, _v, d in g.edges(data=True):
        d["relations"] = "; ".join(d["relation_list"])
        d["sentences"] = " ".join(map(str, d.pop("sentence_ids")))
    return g


def write_network(article: Article, *, fmt: str = "json", out=None, registry=None) -> None:
    """Write the network as GraphML or node-link JSON, to a file or standard output.

    GraphML holds scalar attributes only: an edge's typed relations are the
    text ``relations`` ("A hired B; A invested in B") and its sentences the
    text ``sentences`` (ids separated by spaces).  JSON (networkx
    ``node_link_data``) keeps ``relation_list`` as a list.

    Parameters
    ----------
    article : Article
    fmt : {"graphml", "json"}
    out : str or pathlib.Path, optional
        File to write; ``None`` writes to standard output.
    registry : optional
        A curated registry (see :func:`load_registry`).

    Raises
    ------
    ArticleError
        For an unknown format or an output path that cannot be written.

    Examples
    --------
    >>> art = Article.from_text("Acme Capital hired Jane Doe. Doe thanked Acme Capital.")
    >>> write_network(art, fmt="json")  # doctest: +ELLIPSIS
    {
     "directed": false,
    ...
       "relations": "Acme Capital hired Jane Doe",
    ...
    }
    """
    import io

    import networkx as nx

    if fmt not in ("graphml", "json"):
        raise ArticleError(f"network format {fmt!r}: use 'graphml' or 'json'")
    g = stakeholder_network(article, registry=registry)
    if fmt == "graphml":
        h = g.copy()
        for _u, _v, d in h.edges(data=True):
            d.pop("relation_list", None)
        buf = io.BytesIO()
        nx.write_graphml(h, buf)
        payload = buf.getvalue().decode("utf-8")
    else:
        try:
            data = nx.node_link_data(g, edges="links")
        except TypeError:  # older networkx
            data = nx.node_link_data(g)
        payload = json.dumps(data, ensure_ascii=False, indent=1) + "\n"
    if out is None:
        sys.stdout.write(payload)
        return
    try:
        Path(out).write_text(payload, encoding="utf-8")
    except OSError as e:
        raise ArticleError(f"{out}: cannot write the network ({e.strerror})") from None


# --------------------------------------------------------------------------
# Validation against a hand list
# --------------------------------------------------------------------------
def evaluate_discovery(article: Article, gold: pd.DataFrame, *, kinds=("person", "organisation"),
                       registry=None) -> pd.DataFrame:
    """Compare discovered stakeholders with a hand list, one row per name.

    A discovered stakeholder matches a hand-listed one when any of its forms
    (name or aliases) equals any of the hand list's forms, ignoring case.

    Parameters
    ----------
    article : Article
    gold : pandas.DataFrame
        The hand list, with columns ``name``, ``kind`` and ``aliases`` (forms
        joined with "; ").
    kinds : tuple of str
        The kinds that are scored (people and organisations by default).
    registry : optional
        Normally ``None``: validation is of discovery alone.

    Returns
    -------
    pandas.DataFrame
        Columns: ``name`` (the hand list's, or the discovered name for a false
        alarm), ``gold_kind``, ``found_name``, ``found_kind``, ``status``:
        ``found`` (right kind), ``wrong kind`` (found, other kind),
        ``missed`` (a scored hand-listed name not found), ``false alarm`` (a
        discovered name of a scored kind that is not in the hand list, or is
        there with a kind that is not scored).  Hand-listed names of other
        kinds that discovery also gives another kind are not rows.

    Examples
    --------
    >>> art = Article.from_text("Jane Doe runs Acme Capital. Tensions rose. Bob Roe left.")
    >>> gold = pd.DataFrame({"name": ["Jane Doe", "Acme Capital"], "kind": ["person", "organisation"], "aliases": ["", ""]})
    >>> evaluate_discovery(art, gold)[["name", "status"]].values.tolist()
    [['Jane Doe', 'found'], ['Acme Capital', 'found'], ['Bob Roe', 'false alarm']]
    """
    found = find_stakeholders(article, registry=registry)
    forms_of = {r.name: {r.name.lower(), *(a.lower() for a in r.aliases)} for r in found.itertuples()}
    kind_of = dict(zip(found["name"], found["kind"]))
    rows, used = [], set()
    for g in gold.itertuples():
        gforms = {str(g.name).lower(), *(a.strip().lower() for a in str(g.aliases or "").split(";") if a.strip() and a != "nan")}
        hits = [n for n, f in forms_of.items() if f & gforms]
        hit = max(hits, key=lambda n: (kind_of[n] == g.kind, len(forms_of[n] & gforms))) if hits else None
        used.update(hits)
        if g.kind in kinds:
            status = "missed" if hit is None else ("found" if kind_of[hit] == g.kind else "wrong kind")
        elif hit is not None and kind_of[hit] in kinds:
            status = "false alarm"
        else:
            continue
        rows.append({"name": g.name, "gold_kind": g.kind, "found_name": hit or "", "found_kind": kind_of.get(hit, ""),
                     "status": status})
    for r in found.itertuples():
        if r.name not in used and r.kind in kinds:
            rows.append({"name": r.name, "gold_kind": "", "found_name": r.name, "found_kind": r.kind,
                         "status": "false alarm"})
    return pd.DataFrame(rows, columns=["name", "gold_kind", "found_name", "found_kind", "status"])


def discovery_scores(evaluation: pd.DataFrame) -> dict:
    """Recall and precision from :func:`evaluate_discovery`'s table.

    Recall is the share of scored hand-listed names found with the right kind;
    precision is the share of discovered names of a scored kind that are in
    the hand list with that kind.  ``recall_any_kind`` counts a name found
    with another kind as found.

    Examples
    --------
    >>> ev = pd.DataFrame({"status": ["found", "found", "missed", "false alarm"]})
    >>> discovery_scores(ev)["recall"], discovery_scores(ev)["precision"]
    (0.6667, 0.6667)
    """
    c = Counter(evaluation["status"])
    gold_n = c["found"] + c["wrong kind"] + c["missed"]
    found_n = c["found"] + c["false alarm"] + c["wrong kind"]
    return {
        "gold": gold_n, "found": c["found"], "wrong_kind": c["wrong kind"], "missed": c["missed"],
        "false_alarms": c["false alarm"],
        "recall": round(c["found"] / gold_n, 4) if gold_n else float("nan"),
        "recall_any_kind": round((c["found"] + c["wrong kind"]) / gold_n, 4) if gold_n else float("nan"),
        "precision": round(c["found"] / found_n, 4) if found_n else float("nan"),
    }
