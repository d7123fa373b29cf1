"""Stakeholders: who is in the story, how they are tied, and who holds power.

The actors come from the mention layer, ``analysis.mentions`` (people,
organisations, groups, places and products recognised once per article, with
no downloaded model; its docstring says how).  This module turns them into
tables: one row per stakeholder with its aliases, mentions, quotations and
tone (:func:`find_stakeholders`), every mention (:func:`stakeholder_mentions`),
typed ties read from verb patterns (:func:`stakeholder_relations`, patterns
in ``analysis/resources/stakeholders_relations.yml``) and the co-occurrence
network (:func:`stakeholder_network`).

A curated registry (YAML; see :func:`load_registry`) adds the analyst's
canonical names, groups and power/interest judgements; :func:`check_registry`
reports where discovery and registry disagree, so the registry is checked
rather than trusted.

Quotation counts and pronoun mentions come from :func:`analysis.extract_quotes`.
"""

from __future__ import annotations

import bisect
import html
import json
import re
import sys
import warnings
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import pandas as pd
import yaml

from .article import Article, ArticleError, check_article, check_folded_pattern, fold_case, frame_of
from .errors import RegistryError
from .sidecar import read_registry
from .mentions import KINDS as _MENTION_KINDS
from .mentions import collective_group, entities
from .quotes import extract_quotes
from .sentiment import score_text

__all__ = [
    "RegistryError",
    "Stakeholder",
    "Mention",
    "Relation",
    "find_stakeholders",
    "stakeholder_mentions",
    "stakeholder_mention_records",
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

#: The kinds a stakeholder can have (those of the mention layer).
KINDS = _MENTION_KINDS

_RES = Path(__file__).resolve().parent / "resources"


_PRONOUNS = frozenset("he she him her his hers they them their i we".split())


def _yaml(text: str):
    """Parse YAML with the C loader when PyYAML has it (ten times faster)."""
    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


@lru_cache(maxsize=1)
def _relation_rules() -> dict:
    """The verb patterns of :func:`stakeholder_relations` (``stakeholders_relations.yml``), compiled to match
    a gap folded by :func:`analysis.article.fold_case` (three times faster than matching the gap itself with
    ``re.IGNORECASE``)."""
    rel = _yaml((_RES / "stakeholders_relations.yml").read_text(encoding="utf-8"))
    for r in rel["relations"]:
        check_folded_pattern(r["pattern"], "stakeholders_relations.yml")
    ends = [r"(?:" + r["pattern"] + r")$" for r in rel["relations"]]
    return {
        "relations": [(r["relation"], re.compile(e), bool(r.get("passive", False)))
                      for r, e in zip(rel["relations"], ends)],
        # every pattern at once: most gaps match none, and one search tells so faster than one per pattern
        "any": _any_relation([r["pattern"] for r in rel["relations"]]),
        "gap": int(rel.get("gap", 8)),
        "between": [(b["relation"], re.compile(r"\b(?:" + "|".join(map(re.escape, b["nouns"])) + r")\b(?:\W+\w+){0,8}?\W+between\s+$", re.I))
                    for b in rel.get("between", [])],
    }


def _any_relation(patterns: list[str]) -> re.Pattern:
    """A pattern that matches where one of ``patterns`` matches up to the end of the text (it says only whether
    one does).  Each branch that opens with ``\\b(?:A|B|...)`` is spread into the branches ``A...``, ``B...``
    (:func:`_spread`), and those that open with ``\\b`` stand in one group after a single ``\\b``: the
    engine tells at one character whether a branch's first word can start at a place, and does not enter the
    patterns one by one at every word boundary."""
    words, others = [], []
    for branch in (x for p in patterns for b in _branches(p) for x in _spread(b)):
        if branch.startswith("\\b"):
            words.append(branch[2:] + "$")
        else:
            others.append(branch + "$")
    parts = others + ([r"\b(?:" + "|".join(words) + ")"] if words else [])
    return re.compile("(?:" + "|".join(parts) + ")")


def _spread(branch: str) -> list[str]:
    """``\\b(?:A|B)REST`` (no quantifier after the group) as ``[\\bAREST, \\bBREST]``, which match where it
    does; any other branch as it is."""
    if not branch.startswith("\\b(?:"):
        return [branch]
    end = _group_end(branch, 2)
    rest = branch[end + 1:]
    if rest[:1] in ("*", "+", "?", "{"):
        return [branch]
    return ["\\b" + alt + rest for alt in _branches(branch[5:end])]


def _group_end(pattern: str, i: int) -> int:
    """The index of the parenthesis that closes the group opened at ``pattern[i]``."""
    for k, ch, depth in _syntax(pattern[i:]):
        if ch == ")" and depth == 1:
            return i + k
    raise ValueError(f"stakeholders_relations.yml: an unclosed group in {pattern!r}")


def _branches(pattern: str) -> list[str]:
    """``pattern`` split at each alternation ``|`` outside parentheses and character classes."""
    cuts = [i for i, ch, depth in _syntax(pattern) if ch == "|" and depth == 0]
    return [pattern[a + 1:b] for a, b in zip([-1] + cuts, cuts + [len(pattern)])]


def _syntax(pattern: str):
    """Each character of ``pattern`` outside escapes and character classes: its index, itself and
    the depth of parentheses it stands in (a group's own parentheses count as inside it)."""
    depth, in_class, escaped = 0, False, False
    for i, ch in enumerate(pattern):
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        else:
            depth += ch == "("
            yield i, ch, depth
            depth -= ch == ")"


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



def load_registry(registry: Any) -> list[dict]:
    """Read and check a stakeholder registry.

    The YAML file holds ``stakeholders:``, a list of entries with ``name``
    (required), ``aliases`` (list), ``kind`` (one of :data:`analysis.mentions.KINDS`),
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
        If the file is missing, is not YAML, or an entry breaks the schema of
        :func:`analysis.sidecar.validate_registry`; the message names the file and the entry.

    Examples
    --------
    >>> load_registry({"stakeholders": [{"name": "Acme Corp", "aliases": ["Acme"], "kind": "organisation"}]})[0]["aliases"]
    ['Acme']
    """
    return read_registry(registry)


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
    ents = [_Entity(e.name, e.kind, "", list(e.spans), forms=list(e.forms)) for e in entities(article) if e.listed]
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
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the quotations module warns about odd marks; not our concern here
        q = extract_quotes(article)
    quoted: Counter = Counter()
    pron: dict[str, list] = defaultdict(list)
    if q.empty:
        return quoted, pron
    keys: dict[str, str] = {}
    for e in ents:
        for f in {e.name, *e.forms, *((e.reg or {}).get("aliases") or [])}:
            keys.setdefault(f.lower(), e.name)
    for e in ents:
        last = e.name.split()[-1].lower()
        if e.kind == "person":
            keys.setdefault(last, e.name)
    cols = ("kind", "speaker", "speaker_mention", "speaker_start", "speaker_end")
    for kind, sp, men, a, b in zip(*(q[c].tolist() for c in cols)):  # plain lists: rows of one article
        if str(kind) == "term":
            continue
        if not isinstance(sp, str) or not sp.strip():
            continue
        who = keys.get(sp.strip().lower()) or keys.get(sp.strip().split()[-1].lower())
        if who is None:
            # an anonymous source ("a former executive") speaks for its collective ("executives")
            group = collective_group(sp.strip().split()[-1])
            who = keys.get(group.lower()) if group else None
        if who is None:
            continue
        quoted[who] += 1
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


@lru_cache(maxsize=65536)
def _norm(s: str) -> str:
    """A name's key: entities decoded, possessive and brackets dropped, white space single, lower case (cached:
    names repeat)."""
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
    check_article(article, caller="stakeholder_mentions")
    _ents, recs, _q = _mention_records(article, registry)
    return _table([(m.stakeholder, m.kind, m.start, m.end, m.text, m.sentence_id, m.paragraph_id, m.via)
                   for m in recs], MENTION_COLUMNS, _MENTION_DTYPES)


def stakeholder_mention_records(article: Article, *, registry=None) -> list[Mention]:
    """The rows of :func:`stakeholder_mentions` as :class:`Mention` records, without building a DataFrame.

    >>> art = Article.from_text("Jane Doe runs Acme Capital. Doe said profits rose.")
    >>> [(m.stakeholder, m.sentence_id) for m in stakeholder_mention_records(art)]
    [('Jane Doe', 0), ('Acme Capital', 0), ('Jane Doe', 1)]
    """
    check_article(article, caller="stakeholder_mention_records")
    _ents, recs, _q = _mention_records(article, registry)
    return list(recs)


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
        Discovery leaves out an actor the mention layer does not list (``Entity.listed``: in a story of
        15 sentences or more, a one-word body with nothing of a body about any of its mentions).
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
    check_article(article, caller="find_stakeholders")
    ents, recs, quoted = _mention_records(article, registry)
    by: dict[str, list[Mention]] = defaultdict(list)
    for m in recs:
        by[m.stakeholder].append(m)
    sent_text = {s.sentence_id: s.text for s in article.sentences}
    tones: dict[int, float] = {}  # each sentence scored once, however many stakeholders it mentions

    def tone_of(i: int) -> float:
        if i not in tones:
            tones[i] = _sentence_tone(sent_text[i])
        return tones[i]

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
        tone = float(sum(tone_of(i) for i in sids) / len(sids)) if sids else float("nan")
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
    return _table([tuple(r[c] for c in STAKEHOLDER_COLUMNS) for r in rows], STAKEHOLDER_COLUMNS, _STAKEHOLDER_DTYPES)


_STAKEHOLDER_DTYPES = {"name": "str", "kind": "str", "group": "str", "mentions": "int64", "pronoun_mentions": "int64",
                       "paragraphs": "int64", "quoted": "int64", "first_start": "Int64", "power": "Int64",
                       "interest": "Int64", "tone": "float64", "in_registry": "bool", "in_text": "bool",
                       "power_reason": "str", "interest_reason": "str"}


_TEXT = "str"  # pandas' string dtype: what pd.DataFrame infers for a column of text
_MENTION_DTYPES = {"stakeholder": _TEXT, "kind": _TEXT, "start": "int64", "end": "int64", "text": _TEXT,
                   "sentence_id": "int64", "paragraph_id": "int64", "via": _TEXT}
_RELATION_DTYPES = {"source": _TEXT, "relation": _TEXT, "target": _TEXT, "sentence_id": "int64", "start": "int64",
                    "end": "int64", "evidence": _TEXT}


def _table(rows: list[tuple], columns: list[str], dtypes: dict[str, str]) -> pd.DataFrame:
    """A typed table (see :func:`analysis.article.frame_of`); an empty one keeps its text columns ``object``,
    as ``pd.DataFrame`` makes them."""
    if not rows:
        dtypes = {c: t for c, t in dtypes.items() if t != _TEXT}
    return frame_of(rows, columns, dtypes)


@lru_cache(maxsize=65536)
def _clean_form(t: str) -> str:
    """The words of a mention as an alias: entities decoded, brackets dropped, white space single (cached)."""
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
    check_article(article, caller="check_registry")
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
    courts, praises, supplies, works for, left, and "tensions between A and B" for
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
    check_article(article, caller="stakeholder_relations")
    _e, recs, _q = _mention_records(article, registry)
    by_sent: dict[int, list[Mention]] = defaultdict(list)
    for m in recs:
        if m.via != "pronoun":
            by_sent[m.sentence_id].append(m)
    out: list[Relation] = []
    seen: set = set()
    for sid, ms in sorted(by_sent.items()):
        ms = sorted(ms, key=lambda m: m.start)
        _between_ties(article, sid, ms, out, seen)
        _verb_ties(article, sid, ms, out, seen)
    return _table([(r.source, r.relation, r.target, r.sentence_id, r.start, r.end, r.evidence) for r in out],
                  RELATION_COLUMNS, _RELATION_DTYPES)


def _between_ties(article: Article, sid: int, ms: list[Mention], out: list, seen: set) -> None:
    """ "tensions between A and B": a symmetric tie named by a noun before "between"."""
    text, sent = article.text, article.sentences[sid]
    for a, b in zip(ms, ms[1:]):
        if a.stakeholder != b.stakeholder and re.fullmatch(r"\s+and\s+", text[a.end:b.start]):
            lead = text[max(sent.start, a.start - 120):a.start]
            for rel, pat in _relation_rules()["between"]:
                if pat.search(lead):
                    _add(out, seen, a, b, rel, False, sid, sent.text)
                    break


def _owned(text: str, ms: list[Mention], k: int) -> int:
    """Follow possessives: "Acme's Widget" -> Widget."""
    while k + 1 < len(ms) and text[ms[k].end:ms[k].end + 2] in ("’s", "'s") and re.fullmatch(
            r"[’']s\s+(?:[\w-]+\s+){0,3}", text[ms[k].end:ms[k + 1].start]):
        k += 1
    return k


_BLANKS = re.compile(r"\s{2,}")
# ", ", " and ", ", or " between coordinated targets (no two blank runs side by side: linear on long runs)
_COORDINATION = re.compile(r"\s*,\s+|(?:\s*,)?\s+(?:and|or)\s+")


def _verb_pattern(gap: str) -> tuple[str, bool] | None:
    """The first relation pattern that ends the text between two mentions (and its passive flag)."""
    R = _relation_rules()
    # each run of blanks as one space: the patterns read blanks only as \s+ or \s*, and a long run (pasted
    # text) would make their adjacent blank runs backtrack quadratically
    folded = _BLANKS.sub(" ", fold_case(gap))
    if R["any"].search(folded) is None:
        return None
    for rel, pat, passive in R["relations"]:
        m = pat.search(folded)
        if m and len(folded[:m.start()].split()) <= R["gap"]:
            return rel, passive
    return None


def _verb_ties(article: Article, sid: int, ms: list[Mention], out: list, seen: set) -> None:
    """Ties read from a verb pattern between a mention and the next ones (coordinated targets each get it)."""
    text, sent = article.text, article.sentences[sid]
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
                found = _verb_pattern(gap)
                if found is None:
                    if b.kind == "place":
                        j += 1
                        continue
                    break  # another stakeholder stands between a and any verb
            else:
                coord = _COORDINATION.fullmatch(gap)
                again = re.match(r"\s*(?:,\s*)?and\s", gap) and _verb_pattern(gap) == found
                if not (coord or again):
                    break
            k = _owned(text, ms, j)
            _add(out, seen, a, ms[k], found[0], found[1], sid, sent.text)
            targets.add(k)
            prev_end, j = ms[k].end, k + 1


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

    check_article(article, caller="stakeholder_network")
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
