"""What the three analyses say together: money voices, risk framing, the unheard, forward claims, findings.

Each function combines the tables of :mod:`analysis.quotes`,
:mod:`analysis.stakeholders` and :mod:`analysis.financing` for one article;
nothing here knows about a particular article.  The word lists (money words,
risk and uncertainty words, negation and contrast cues) are rules as data in
``analysis/resources/synthesis_lexicon.yml``, each entry with the reason it is
there.  A quotation's side (the company's current staff and leadership,
former staff, or outsiders) is the ``side`` column of
:func:`analysis.extract_quotes`: one source of truth, never re-derived here.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import pandas as pd
import yaml

from .article import Article
from .mentions import story_subject
from .financing import capex_path, extract_financing, extract_times, main_currency, off_balance_sheet
from .quotes import SIDE_LABELS, extract_quotes, reported_claims, side_of, story_company
from .readable import format_amount, format_number, money_style
from .stakeholders import find_stakeholders

__all__ = ["forward_claims", "money_voices", "risk_voices", "unheard_stakeholders", "voice_side", "risk_terms",
           "money_terms", "side_shares", "key_findings", "together", "period_words", "MIN_ROWS_FOR_MOSTLY", "split_claims", "SIDE_LABELS", "FORWARD_COLUMNS",
           "FINDING_COLUMNS"]

_LEXICON_PATH = Path(__file__).resolve().parent / "resources" / "synthesis_lexicon.yml"

# Cues that mark a statement as forward-looking (modal verbs, intentions, forecasts).
FORWARD_CUES = ("will", "would", "could", "may", "might", "should", "expected to", "expects", "plans", "plan to",
                "aiming", "aims", "is set to", "are set to", "going to", "likely", "forecast", "project",
                "intends", "hopes", "targets", "by the")


def voice_side(affiliation, source_type: str | None = None) -> str | None:
    """The side of an affiliation class, as :func:`analysis.quotes.side_of` decides it (one source of truth).

    >>> voice_side("former insider"), voice_side("analyst"), voice_side("company leadership")
    ('former', 'outside', 'company')
    """
    return side_of(affiliation, source_type)


def _entry_rx(entry: str) -> str:
    words = entry.split()
    last = words[-1]
    tail = r"[\w’'-]*" if last.endswith("*") else r"(?:[’']s|s)?"
    words[-1] = last.rstrip("*")
    return r"\s+".join(re.escape(w) for w in words) + tail


def _alternation(entries) -> re.Pattern:
    parts = sorted((_entry_rx(e) for e in entries), key=len, reverse=True)
    return re.compile(r"(?<![\w’'-])(?:" + "|".join(parts) + r")(?![\w’'-])", re.I)


@lru_cache(maxsize=1)
def _lexicon() -> dict:
    raw = yaml.safe_load(_LEXICON_PATH.read_text(encoding="utf-8"))
    risk = [e for entries in raw["risk"].values() for e in entries]
    return {
        "risk": _alternation(risk),
        "money": _alternation(raw["money"]),
        "negators": {w.lower() for w in raw["negators"]},
        "reversers": _alternation(raw["reversers"]),
        "contrast": re.compile(r"(?:^|(?<=[\s,;:—–(]))(?:" + "|".join(re.escape(w) for w in raw["contrast"])
                               + r")\b|(?:^|(?<=[,;:—–]\s))(?:" + "|".join(re.escape(w) for w in raw["contrast_after_comma"])
                               + r")\b", re.I),
        "not_contrast": re.compile("|".join(r"\b" + re.escape(w) + r"\b" for w in raw["not_contrast"]), re.I),
        "concessive": re.compile(r"^\W*(?:" + "|".join(re.escape(w) for w in raw["concessive"]) + r")\b[^,;]*[,;]",
                                 re.I),
    }


_CLAUSE_END = re.compile(r"[,;:.?!—–()]")
_WORD = re.compile(r"[\w’'-]+")


def _decisive(text: str) -> int:
    """Offset where the part of ``text`` that decides its stance begins (after the last contrast)."""
    lex = _lexicon()
    masked = lex["not_contrast"].sub(lambda m: "x" * len(m.group()), text)
    start = 0
    for m in lex["contrast"].finditer(masked):
        if len(_WORD.findall(text[m.end():])) >= 2:
            start = m.end()
    if start == 0:
        c = lex["concessive"].match(text)
        start = c.end() if c else 0
    return start


def _negated(text: str, start: int) -> bool:
    """True when a negation cue stands at most three words before ``start`` in the same clause."""
    before = text[max(0, start - 60):start]
    before = _CLAUSE_END.split(before)[-1]
    words = [w.lower() for w in _WORD.findall(before)][-3:]
    negators = _lexicon()["negators"]
    return any(w in negators or w.endswith(("n't", "n’t")) or w == "cannot" for w in words)


def _reversed(text: str, end: int) -> bool:
    """True when a reversing phrase ("betting against") follows within three words: a double negative."""
    after = _CLAUSE_END.split(text[end:end + 60])[0]
    m = _lexicon()["reversers"].search(after)
    return bool(m) and len(_WORD.findall(after[:m.start()])) <= 3


def risk_terms(text: str) -> list[str]:
    """The risk and uncertainty words that frame ``text`` as talk of risk, after negation and contrast.

    A word counts unless a negation cue stands at most three words before it in its clause ("will not
    lose"), a reversing phrase follows it ("wary of betting against"), or it stands before the last
    contrast marker ("..., but ...") or inside an opening concessive clause ("Although ..., ...").

    Examples
    --------
    >>> risk_terms("There is a real risk that the deal will fail.")
    ['risk', 'fail']
    >>> risk_terms("I would be worried about betting against her. She will not lose.")
    []
    >>> risk_terms("Some feared a loss, but the plan worked beautifully.")
    []
    >>> risk_terms("The plan worked, but the debt is a threat.")
    ['threat']
    """
    lex = _lexicon()
    text = _without_insertions(text)
    start = _decisive(text)
    found = []
    for m in lex["risk"].finditer(text, start):
        if not (_negated(text, m.start()) or _reversed(text, m.end())):
            found.append(m.group().lower())
    return list(dict.fromkeys(found))


def money_terms(text: str) -> list[str]:
    """The money words in ``text`` (spending, funding, markets, accounts), in order, once each.

    >>> money_terms("Their spending on chips and the cost of debt rose; the fundamentals did not.")
    ['spending', 'cost', 'debt']
    """
    return list(dict.fromkeys(m.group() for m in _lexicon()["money"].finditer(_without_insertions(text))))


def _without_insertions(text: str) -> str:
    """``text`` with an editor's bracketed insertions ("he [the chief financial officer] said") blanked, offsets kept:
    they are not the speaker's words.

    >>> _without_insertions("She [the CFO] agreed.")
    'She           agreed.'
    """
    return re.sub(r"\[[^\]\n]*\]", lambda m: " " * len(m.group()), text)


def split_claims(claims: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The reported claims proper, and the rows that record a refusal ("declined to comment").

    ``claims`` is :func:`analysis.reported_claims`; its ``kind`` column marks refusals as ``declined``.

    >>> t = pd.DataFrame({"kind": ["claim", "declined"], "speaker": ["insiders", "Acme"]})
    >>> [len(part) for part in split_claims(t)]
    [1, 1]
    """
    if "kind" not in claims:
        return claims, claims.iloc[:0]
    declined = claims["kind"] == "declined"
    return claims[~declined], claims[declined]


def _speech(article: Article, quotes: pd.DataFrame | None) -> pd.DataFrame:
    q = extract_quotes(article) if quotes is None else quotes
    return q[(q["kind"] != "term") & q["speaker"].notna()].copy()


def money_voices(article: Article, *, quotes: pd.DataFrame | None = None,
                 facts: pd.DataFrame | None = None) -> pd.DataFrame:
    """Quotations about money: those holding a money fact or a money word.

    Returns
    -------
    pandas.DataFrame
        The speech rows of :func:`analysis.extract_quotes` (no terms, a speaker; ``side`` included)
        that are about money, with one more column, ``money_terms`` (the money words or amounts found in
        the quotation, joined by ", ").

    Examples
    --------
    >>> art = Article.from_text('“We will spend $5bn on chips,” said Ann Lee, the chief executive. '
    ...                         '“The weather is lovely,” she added.')
    >>> money_voices(art)[["speaker", "money_terms"]].values.tolist()
    [['Ann Lee', 'spend, $5bn']]
    """
    q = _speech(article, quotes)
    f = extract_financing(article) if facts is None else facts
    terms = []
    for start, end, text in zip(q["start"], q["end"], q["text"]):
        amounts = [p for s, e, p in zip(f["start"], f["end"], f["phrase"]) if start <= s and e <= end]
        words = [w for w in money_terms(text) if not any(w in p for p in amounts)]  # "dollars" inside "$5bn dollars"
        terms.append(", ".join(dict.fromkeys(words + amounts)))
    q["money_terms"] = terms
    return q[q["money_terms"] != ""].reset_index(drop=True)


def risk_voices(article: Article, *, quotes: pd.DataFrame | None = None) -> pd.DataFrame:
    """Quotations that frame a risk or an uncertainty, with who says them (see :func:`risk_terms`).

    Returns
    -------
    pandas.DataFrame
        Speech rows of :func:`analysis.extract_quotes` (``side`` included) with ``risk_terms`` (the
        risk words that count, joined by ", "), only those with at least one.

    Examples
    --------
    >>> art = Article.from_text('“The risk is real,” said one analyst. “We will not fail,” the analyst added.')
    >>> risk_voices(art)["risk_terms"].tolist()
    ['risk']
    """
    q = _speech(article, quotes)
    q["risk_terms"] = [", ".join(risk_terms(t)) for t in q["text"]]
    return q[q["risk_terms"] != ""].reset_index(drop=True)


def side_shares(rows: pd.DataFrame) -> pd.DataFrame:
    """How many rows (quotations or claims) each side gives, and its share, in the order of :data:`SIDE_LABELS`.

    Rows without a side (no speaker) are left out of the shares.

    >>> t = pd.DataFrame({"side": ["company", "former", "former", "outside", None]})
    >>> side_shares(t)[["side", "rows", "share"]].values.tolist()
    [['company', 1, 0.25], ['former', 2, 0.5], ['outside', 1, 0.25], ['unstated', 0, 0.0]]
    """
    sides = rows["side"].dropna() if "side" in rows else pd.Series(dtype=object)
    counts = [int((sides == s).sum()) for s in SIDE_LABELS]
    total = sum(counts)
    return pd.DataFrame({"side": list(SIDE_LABELS), "label": list(SIDE_LABELS.values()), "rows": counts,
                         "share": [round(c / total, 3) if total else 0.0 for c in counts]})


def unheard_stakeholders(article: Article, *, registry=None, stakeholders: pd.DataFrame | None = None,
                         quotes: pd.DataFrame | None = None) -> pd.DataFrame:
    """Stakeholders the article talks about but never quotes, most mentioned first.

    Products and places are not actors and are left out.  A collective is heard through its members: a
    group such as "analysts" or "investors" is not unheard when a quoted source's affiliation class is
    that word ("analyst") or the source is described by it ("a Meta insider" for "insiders").

    Returns
    -------
    pandas.DataFrame
        Rows of :func:`analysis.find_stakeholders` for people, organisations and groups that are
        mentioned at least once and have ``quoted == 0``, sorted by ``mentions`` (descending) then name.

    Examples
    --------
    >>> art = Article.from_text('Investors and analysts are wary. “It is too early,” said Jo Lee, an analyst at Zed.')
    >>> names = unheard_stakeholders(art)["name"].tolist()
    >>> "analysts" in names, "investors" in names
    (False, True)
    """
    s = find_stakeholders(article, registry=registry) if stakeholders is None else stakeholders
    q = extract_quotes(article) if quotes is None else quotes
    voices = q[(q["kind"] != "term") & q["speaker"].notna()]
    s = s[s["kind"].isin(["person", "organisation", "group"]) & (s["mentions"] > 0) & (s["quoted"] == 0)]
    s = s[[not (kind == "group" and _heard_through(name, voices)) for name, kind in zip(s["name"], s["kind"])]]
    return s.sort_values(["mentions", "name"], ascending=[False, True]).reset_index(drop=True)


def _heard_through(group: str, voices: pd.DataFrame) -> bool:
    """Whether a collective ("analysts") speaks through a quoted member (affiliation analyst, "an analyst")."""
    one = re.sub(r"(?<=[a-z])s$", "", group.lower().strip())
    said = voices["speaker"].fillna("") + " " + voices["role"].fillna("")
    return bool((voices["affiliation"] == one).any() or said.str.contains(rf"(?i)\b{re.escape(one)}s?\b").any())


FORWARD_COLUMNS = ["claim_id", "sentence_id", "start", "end", "period", "period_start", "period_text", "cue",
                   "money", "source", "source_type", "sentence"]

_FORWARD = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in FORWARD_CUES) + r")[\w’']*", re.I)


def _forward_source(q: pd.DataFrame, c: pd.DataFrame, sid: int, first) -> tuple[str, str]:
    inside = q[(q["start"] <= first["start"]) & (first["end"] <= q["end"]) & q["speaker"].notna()]
    attributed = c[c["sentence_id"] == sid]
    if len(inside):
        return inside.iloc[0]["speaker"], inside.iloc[0]["source_type"]
    if len(attributed):
        return attributed.iloc[0]["speaker"], attributed.iloc[0]["source_type"]
    return "the reporter", "reporter"


def forward_claims(article: Article, *, quotes: pd.DataFrame | None = None,
                   claims: pd.DataFrame | None = None, facts: pd.DataFrame | None = None) -> pd.DataFrame:
    """Forward-looking claims: sentences that point to a period after the article's reference date.

    A sentence is a forward claim when it holds a time expression whose resolved period starts after
    the reference date. The modal or intention cue found in the sentence (``could``, ``aiming``,
    ``going to``...) is reported in ``cue`` (empty when there is none). The source is the speaker of
    the quotation the sentence's time expression stands in, else the source of an attribution in the
    sentence ("according to ..."), else ``the reporter``. Without a reference date nothing can be
    future-dated and the table is empty.

    Returns
    -------
    pandas.DataFrame
        Columns: ``claim_id`` (FC01...), ``sentence_id``, ``start``/``end`` (the sentence's offsets),
        ``period`` (label, e.g. ``2026-Q1``), ``period_start`` (ISO date), ``period_text`` (the words
        that fix it), ``cue``, ``money`` (amounts in the sentence, joined by ", "), ``source``,
        ``source_type`` (named, anonymous, or reporter), ``sentence`` (its text).

    Examples
    --------
    >>> art = Article.from_text("The firm plans to launch a phone next year, according to two people "
    ...                         "familiar with the matter. Sales fell last year.", reference_date="2026-01-10")
    >>> forward_claims(art)[["period", "cue", "source_type"]].values.tolist()
    [['2027', 'plans', 'anonymous']]
    """
    if article.reference_date is None:
        return pd.DataFrame(columns=FORWARD_COLUMNS)
    times = extract_times(article)
    times = times[times["resolved"] & times["period_start"].notna()]
    times = times[times["period_start"] > article.reference_date.isoformat()]
    f = extract_financing(article) if facts is None else facts
    q = extract_quotes(article) if quotes is None else quotes
    c = split_claims(reported_claims(article) if claims is None else claims)[0]
    rows = []
    for sid, group in times.groupby("sentence_id", sort=True):
        sent = article.sentences[int(sid)]
        first = group.iloc[0]
        cue = _FORWARD.search(sent.text)
        source, stype = _forward_source(q, c, int(sid), first)
        money = ", ".join(f.loc[f["sentence_id"] == sid, "phrase"])
        rows.append([f"FC{len(rows) + 1:02d}", int(sid), sent.start, sent.end, first["period"], first["period_start"],
                     first["text"], cue.group().lower() if cue else "", money, source, stype, sent.text])
    return pd.DataFrame(rows, columns=FORWARD_COLUMNS)


# ---------------------------------------------------------------- findings

FINDING_COLUMNS = ["topic", "text", "page"]

#: Where each finding's evidence is shown (pages of the book, relative to ``chapters/``).
FINDING_PAGES = {"voices": "02-who-speaks.md", "rests_on": "02-who-speaks.md", "money": "04-money.md",
                 "company": "02-who-speaks.md", "together": "05-synthesis.md"}


#: One speaker's side, in the singular.
_SIDE_ONE = {"company": "current staff or leadership", "former": "former staff", "outside": "outsider",
             "unstated": "unnamed, of no stated side"}


def _n(count: int, noun: str) -> str:
    """``1 quotation``, ``2 quotations``."""
    return f"{count} {noun}{'' if count == 1 else 's'}"


def _pct(part, whole) -> int:
    return round(100 * part / whole) if whole else 0


def _and(items: list[str]) -> str:
    items = [i for i in items if i]
    return ", ".join(items[:-1]) + " and " + items[-1] if len(items) > 1 else (items[0] if items else "")


def _who(speaker: str, source_type: str) -> str:
    return f"the unnamed “{speaker}”" if source_type == "anonymous" else f"**{speaker}**"


def _voices_finding(speech: pd.DataFrame, subject: str | None, sides: bool = True) -> str:
    if speech.empty:
        return "**Who is heard.** The article quotes nobody's words with a speaker the text makes clear."
    per = (speech.groupby(["speaker", "source_type", "side"], dropna=False).size().reset_index(name="n")
           .sort_values(["n", "speaker"], ascending=[False, True]))
    top = [f"{_who(r.speaker, r.source_type)} ({_n(r.n, 'quotation')}"
           + (f"; {_SIDE_ONE.get(r.side, 'side unknown')})" if sides else ")") for r in per.head(3).itertuples()]
    if not sides:
        return (f"**Who is heard.** The article quotes {per['speaker'].nunique()} sources in {len(speech)} "
                f"quotations of speech. The most quoted are {_and(top)}.")
    shares = side_shares(speech)
    whose = {"company": f"{subject}'s " if subject else "the organisation's ", "former": "its ", "outside": "",
             "unstated": ""}
    shares = shares[shares["rows"] > 0]
    parts = [f"{_pct(r.rows, shares['rows'].sum())}% {'come ' if i == 0 else ''}from {whose[r.side]}{r.label}"
             for i, r in enumerate(shares.itertuples())]
    return (f"**Who is heard.** The article quotes {per['speaker'].nunique()} sources in {len(speech)} quotations "
            f"of speech. The most quoted are {_and(top)}. Of those quotations, {_and(parts)}.")


def _rests_on_finding(speech: pd.DataFrame, claims: pd.DataFrame) -> str:
    voices = pd.concat([speech[["source_type", "side"]], claims[["source_type", "side"]]], ignore_index=True)
    if voices.empty:
        return "**What it rests on.** No voice is attributed to anyone."
    anon = voices["source_type"] == "anonymous"
    former = voices["side"] == "former"
    claim_anon = _pct((claims["source_type"] == "anonymous").sum(), len(claims))
    if not former.any():
        return (f"**What it rests on.** Of {len(voices)} attributed voices (quotations with a speaker, and claims "
                f"reported without quotation marks), {_pct(anon.sum(), len(voices))}% come from sources the article "
                f"does not name." + (f" Of the {len(claims)} claims reported without quotation marks, {claim_anon}% "
                                     "come from unnamed sources." if len(claims) else ""))
    tail = (f" Of the {len(claims)} claims reported without quotation marks, {claim_anon}% come from unnamed sources."
            if len(claims) else "")
    return (f"**What it rests on.** Of {len(voices)} attributed voices (quotations with a speaker, and claims "
            f"reported without quotation marks), {_pct(anon.sum(), len(voices))}% come from sources the article "
            f"does not name and {_pct(former.sum(), len(voices))}% from former staff; "
            f"{_pct((anon | former).sum(), len(voices))}% are one or the other.{tail}")


_MONTHS = ("January February March April May June July August September October November December").split()


def period_words(period) -> str:
    """A period label in words: ``2025-10`` is October 2025, ``2026-Q1`` the first quarter of 2026.

    >>> [period_words(p) for p in ("2025", "2025-10", "2026-Q1", "2025-late", "2025-summer", None)]
    ['2025', 'October 2025', 'Q1 2026', 'late 2025', 'summer 2025', '']
    """
    if not isinstance(period, str) or not period:
        return ""
    m = re.fullmatch(r"(\d{4})-(\d{2})", period)
    if m and 1 <= int(m.group(2)) <= 12:
        return f"{_MONTHS[int(m.group(2)) - 1]} {m.group(1)}"
    m = re.fullmatch(r"(\d{4})-([A-Za-z]\w*)", period)
    return f"{m.group(2)} {m.group(1)}" if m else period


def _amount_words(r) -> str:
    """The amount as the article writes it, with its hedge ("could top $100bn") when the phrase lacks it."""
    q = r.qualifier if isinstance(r.qualifier, str) else ""
    return r.phrase if not q or q.lower() in r.phrase.lower() else f"{q} {r.phrase}"


def _fact_words(r) -> str:
    moved = {"down": ", a fall", "up": ", a rise"}.get(r.direction, "")
    when = f", {period_words(r.period)}" if period_words(r.period) else ""
    return f"{_amount_words(r)} ({r.event_type}{moved}{when})"


def _money_finding(article: Article, facts: pd.DataFrame) -> str:
    unit = main_currency(facts)
    money = facts[(facts["unit"] == unit) & (facts["status"] != "hypothetical")] if unit else facts.iloc[:0]
    if money.empty:
        return "**The money.** The article reports no amount of money."
    path = capex_path(facts)
    lead = (f"Capital spending runs {' → '.join(f'{_amount_words(r)} ({period_words(r.period)})' for r in path.itertuples())}. "
            if len(path) >= 2 else "")
    others = money[~money["fact_id"].isin(path["fact_id"])].sort_values("value", ascending=False).head(3)
    off = off_balance_sheet(article, facts)
    off = off[off["unit"] == unit]
    off_text = (f" Kept apart from the company's own accounts: {_and([f'{_amount_words(r)} ({r.event_type})' for r in off.itertuples()])}, "
                f"which the article places off the balance sheet." if len(off) else "")
    largest = _and([_fact_words(r) for r in others.itertuples()])
    return (f"**The money.** {lead}The largest {'other ' if lead else ''}sums it reports are {largest}.{off_text}"
            if largest else f"**The money.** {lead}".rstrip())


def _person_finding(speech: pd.DataFrame, claims: pd.DataFrame, name: str) -> str:
    own = speech[speech["speaker"] == name]
    own_claims = claims[claims["speaker"] == name]
    said = f"{name} speaks in {len(own)} of the {len(speech)} quotations" if len(own) else f"{name} is not quoted"
    cited = (f", and {_n(len(own_claims), 'claim')} {'is' if len(own_claims) == 1 else 'are'} reported from them "
             "without quotation marks") if len(own_claims) else ""
    return f"**What {name} says.** {said}{cited}."


def _declined_sentence(declined: pd.DataFrame) -> str:
    if declined.empty:
        return ""
    per = declined.groupby("speaker", sort=False).size()
    who = _and([f"**{name}**" + (f" ({n} times)" if n > 1 else "") for name, n in per.items()])
    return f" Declined to comment or did not respond: {who}."


def _company_finding(speech: pd.DataFrame, claims: pd.DataFrame, subject: str | None, kind: str | None = None,
                     declined: pd.DataFrame | None = None) -> str:
    tail = _declined_sentence(declined if declined is not None else claims.iloc[:0])
    if kind == "person" and subject:
        return _person_finding(speech, claims, subject) + tail
    who = subject or "the organisation the story is about"
    own, own_claims = speech[speech["side"] == "company"], claims[claims["side"] == "company"]
    if own.empty and own_claims.empty:
        return f"**What {who} itself says.** Nobody from {who}'s current staff or leadership is quoted or cited.{tail}"
    # on the record: the organisation and its named people; unnamed current staff are told apart (hearsay)
    named, anon = own[own["source_type"] != "anonymous"], own[own["source_type"] == "anonymous"]
    named_c = own_claims[own_claims["source_type"] != "anonymous"]
    anon_c = own_claims[own_claims["source_type"] == "anonymous"]
    per = named.groupby("speaker").size().sort_values(ascending=False)
    names = _and([f"**{n}** ({k})" for n, k in per.items()])
    said = (f"On the record, {who} and its named people speak in {len(named)} of the {len(speech)} quotations: {names}"
            if len(named) else f"No quotation comes on the record from {who} or its named people")
    cited = f", and {_n(len(named_c), 'claim')} {'is' if len(named_c) == 1 else 'are'} reported from them" if len(named_c) else ""
    unnamed = (f" Unnamed current staff add {_n(len(anon), 'quotation')} and {_n(len(anon_c), 'claim')}, which the "
               "reader must take on the reporter's word." if len(anon) or len(anon_c) else "")
    return f"**What {who} itself says.** {said}{cited}.{unnamed}{tail}"


def key_findings(article: Article, *, quotes: pd.DataFrame | None = None, claims: pd.DataFrame | None = None,
                 facts: pd.DataFrame | None = None, subject: str | None = None) -> pd.DataFrame:
    """Four findings for the first screen of the book, each a sentence or two built from table rows.

    The topics: who is heard and from which side (``voices``); how much rests on unnamed sources and
    former staff (``rests_on``); the money path and the largest amounts, written as the article writes
    them (``money``); what the organisation the story is about says itself, and who declined to comment
    (``company``).

    Parameters
    ----------
    article : Article
    quotes, claims, facts : pandas.DataFrame, optional
        :func:`analysis.extract_quotes`, :func:`analysis.reported_claims`, :func:`analysis.extract_financing`
        (computed when not given).
    subject : str, optional
        The organisation whose staff and leadership make the ``company`` side (default:
        :func:`analysis.story_company`, the organisation the quotation table's sides refer to).
        When the story is about a person (:func:`analysis.mentions.story_subject`), the last finding
        is about what that person says.

    Returns
    -------
    pandas.DataFrame
        Columns ``topic``, ``text`` (Markdown) and ``page`` (the chapter that shows the evidence).

    Examples
    --------
    >>> art = Article.from_text('“We will spend $5bn,” said Ann Lee, chief executive of Acme. '
    ...                         'Acme will lose money, according to people familiar with the matter.')
    >>> key_findings(art)["topic"].tolist()
    ['voices', 'rests_on', 'money', 'company']
    """
    q = extract_quotes(article) if quotes is None else quotes
    c, declined = split_claims(reported_claims(article) if claims is None else claims)
    f = extract_financing(article) if facts is None else facts
    subject = story_company(article) if subject is None else subject
    about = story_subject(article)
    speech = _speech(article, q)
    person = about is not None and about[1] == "person"
    if person:
        last = _company_finding(speech, c, about[0], "person", declined)
    else:
        last = _company_finding(speech, c, subject, declined=declined)
    texts = {"voices": _voices_finding(speech, subject, sides=not person), "rests_on": _rests_on_finding(speech, c),
             "money": _money_finding(article, f), "company": last}
    return pd.DataFrame([(t, texts[t], FINDING_PAGES[t]) for t in texts], columns=FINDING_COLUMNS)


#: A side is said to dominate ("mostly") only with at least this many quotations and more than half of them.
MIN_ROWS_FOR_MOSTLY = 5


def _side_sentence(rows: pd.DataFrame, what: str) -> tuple[str, str | None]:
    """A sentence on which side gives ``rows``, and the dominant side's label (None when no side dominates)."""
    shares = side_shares(rows)
    top = shares.sort_values("rows", ascending=False).iloc[0]
    if len(rows) >= MIN_ROWS_FOR_MOSTLY and top["share"] > 0.5:
        return f"{what.capitalize()} come mostly from {top['label']}: {round(100 * top['share'])}% of {len(rows)}.", top["label"]
    split = _and([f"{r.label} ({r.rows})" for r in shares.itertuples() if r.rows])
    n = f"The {len(rows)} {what}" if len(rows) != 1 else f"The one {what.replace('quotations', 'quotation', 1)}"
    verb = "comes" if len(rows) == 1 else "come"
    return f"{n} {verb} from {split}: too few, or too evenly spread, to say whose they mostly are.", None


def together(article: Article, *, quotes: pd.DataFrame | None = None, facts: pd.DataFrame | None = None,
             claims: pd.DataFrame | None = None, stakeholders: pd.DataFrame | None = None) -> list[str]:
    """What the three analyses say together, as sentences built from the tables (Markdown).

    One sentence each on who talks money, who voices risk, who is discussed without being heard (the
    story's own subject aside: its people speak for it), and whose voice carries the claims about the
    future; then, when the money talk and the risk talk each come mostly from a different side (at
    least :data:`MIN_ROWS_FOR_MOSTLY` quotations and more than half), one sentence that says so.

    Examples
    --------
    >>> art = Article.from_text('“We will spend $5bn on chips,” said Ann Lee, the chief executive of Acme. '
    ...                         '“There is a real risk of losses,” said Bo Chan, an analyst at Zed Research.')
    >>> len(together(art)) >= 3
    True
    """
    q = extract_quotes(article) if quotes is None else quotes
    speech = _speech(article, q)
    money = money_voices(article, quotes=q, facts=facts)
    risk = risk_voices(article, quotes=q)
    out = []
    side = side_r = None
    if len(money):
        text, side = _side_sentence(money, "quotations about money")
        out.append(text)
    if len(risk):
        text, side_r = _side_sentence(risk, "quotations that frame a risk")
        anon = _pct((risk["source_type"] == "anonymous").sum(), len(risk))
        out.append(f"{text} {anon}% of them come from unnamed sources, against "
                   f"{_pct((speech['source_type'] == 'anonymous').sum(), len(speech))}% of all quoted speech.")
    about = story_subject(article)
    unheard = unheard_stakeholders(article, stakeholders=stakeholders)
    unheard = unheard[~unheard["name"].isin([story_company(article), about[0] if about else None])]
    if len(unheard):
        out.append(f"{len(unheard)} people, organisations and groups are discussed and never quoted; the most "
                   f"mentioned are {_and([f'**{n}**' for n in unheard['name'].head(3)])}.")
    fwd = forward_claims(article, quotes=q, claims=claims, facts=facts)
    if len(fwd):
        own = int(fwd["source_type"].isin(["reporter", "anonymous"]).sum())
        out.append(f"Of {len(fwd)} claims about the future, {own} are made in the reporter's own voice or by unnamed sources.")
    if side and side_r and side != side_r:
        out.append(f"The story's money is thus described mostly by {side}, and its risks mostly by {side_r}.")
    return out
