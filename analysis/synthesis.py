"""What the three analyses say together: money voices, risk framing, the unheard, forward claims.

Each function combines the tables of :mod:`analysis.quotes`,
:mod:`analysis.stakeholders` and :mod:`analysis.financing` for one article;
nothing here knows about a particular article.  The word lists are rules as
data (below), each with the reason it is there.
"""

from __future__ import annotations

import re

import pandas as pd

from .article import Article
from .financing import extract_financing, extract_times
from .quotes import extract_quotes, reported_claims
from .stakeholders import find_stakeholders

__all__ = ["forward_claims", "money_voices", "risk_voices", "unheard_stakeholders", "voice_side",
           "FORWARD_COLUMNS"]

# Words that put a quotation on the subject of money (spending, funding, markets). Stems, matched at word starts.
MONEY_WORDS = ("spend", "capex", "cash", "debt", "financ", "fund", "invest", "billion", "million", "dollar",
               "cost", "pay", "budget", "bond", "credit", "loan", "valuation", "share", "revenue", "profit",
               "margin", "price", "money", "capital", "subsid", "tax")
# Words that frame a risk: danger, loss, doubt, pressure. Stems, matched at word starts.
RISK_WORDS = ("risk", "danger", "wary", "lose", "loss", "collapse", "carnage", "overcapacity", "bubble",
              "fragile", "threat", "concern", "worr", "fear", "warn", "pressure", "tough", "error", "paranoi",
              "unfortunate", "misspend", "unconscionable", "fragment", "instabil", "crisis", "fail", "eat up",
              "out of position", "doubt", "uncertain", "vanish")
# Cues that mark a statement as forward-looking (modal verbs, intentions, forecasts).
FORWARD_CUES = ("will", "would", "could", "may", "might", "should", "expected to", "expects", "plans", "plan to",
                "aiming", "aims", "is set to", "are set to", "going to", "likely", "forecast", "project",
                "intends", "hopes", "targets", "by the")
# Affiliations (from the sources analysis) that speak from inside the company the story is about.
INSIDE = {"company leadership", "current insider", "former insider", "company"}


def _rx(words) -> re.Pattern:
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")[\w’']*", re.I)


_MONEY, _RISK, _FORWARD = _rx(MONEY_WORDS), _rx(RISK_WORDS), _rx(FORWARD_CUES)


def voice_side(affiliation) -> str:
    """``insider`` for the company's own people (current, former, leadership, documents), else ``outsider``.

    >>> voice_side("former insider"), voice_side("analyst"), voice_side(None)
    ('insider', 'outsider', 'unknown')
    """
    if affiliation is None or (isinstance(affiliation, float) and pd.isna(affiliation)):
        return "unknown"
    return "insider" if affiliation in INSIDE else "outsider"


def _speech(article: Article, quotes: pd.DataFrame | None) -> pd.DataFrame:
    q = extract_quotes(article) if quotes is None else quotes
    q = q[(q["kind"] != "term") & q["speaker"].notna()].copy()
    q["side"] = q["affiliation"].map(voice_side)
    return q


def money_voices(article: Article, *, quotes: pd.DataFrame | None = None,
                 facts: pd.DataFrame | None = None) -> pd.DataFrame:
    """Quotations about money: those holding a money fact or a money word.

    Returns
    -------
    pandas.DataFrame
        The speech rows of :func:`analysis.extract_quotes` (no terms, a speaker) that are about money,
        with two more columns: ``side`` (insider/outsider, see :func:`voice_side`) and
        ``money_terms`` (the money words or amounts found in the quotation, joined by ", ").

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
    for _, row in q.iterrows():
        found = [m.group() for m in _MONEY.finditer(row["text"])]
        found += [p for s, e, p in zip(f["start"], f["end"], f["phrase"]) if row["start"] <= s and e <= row["end"]]
        terms.append(", ".join(dict.fromkeys(found)))
    q["money_terms"] = terms
    return q[q["money_terms"] != ""].reset_index(drop=True)


def risk_voices(article: Article, *, quotes: pd.DataFrame | None = None) -> pd.DataFrame:
    """Quotations that frame a risk (danger, loss, doubt, pressure), with who says them.

    Returns
    -------
    pandas.DataFrame
        Speech rows of :func:`analysis.extract_quotes` with ``side`` and ``risk_terms`` (the risk words
        found, joined by ", "), only those with at least one risk word.

    Examples
    --------
    >>> art = Article.from_text('“The risk is real,” said one analyst. “Sales were fine,” the analyst added.')
    >>> risk_voices(art)["risk_terms"].tolist()
    ['risk']
    """
    q = _speech(article, quotes)
    q["risk_terms"] = [", ".join(dict.fromkeys(m.group().lower() for m in _RISK.finditer(t))) for t in q["text"]]
    return q[q["risk_terms"] != ""].reset_index(drop=True)


def unheard_stakeholders(article: Article, *, registry=None, stakeholders: pd.DataFrame | None = None) -> pd.DataFrame:
    """Stakeholders the article talks about but never quotes, most mentioned first.

    Returns
    -------
    pandas.DataFrame
        Rows of :func:`analysis.find_stakeholders` for people, organisations and groups that are
        mentioned at least once and have ``quoted == 0``, sorted by ``mentions`` (descending) then name.
    """
    s = find_stakeholders(article, registry=registry) if stakeholders is None else stakeholders
    s = s[s["kind"].isin(["person", "organisation", "group"]) & (s["mentions"] > 0) & (s["quoted"] == 0)]
    return s.sort_values(["mentions", "name"], ascending=[False, True]).reset_index(drop=True)


FORWARD_COLUMNS = ["claim_id", "sentence_id", "start", "end", "period", "period_start", "period_text", "cue",
                   "money", "source", "source_type", "sentence"]


def forward_claims(article: Article, *, quotes: pd.DataFrame | None = None,
                   claims: pd.DataFrame | None = None, facts: pd.DataFrame | None = None) -> pd.DataFrame:
    """Forward-looking claims: sentences that point to a period after the article's reference date.

    A sentence is a forward claim when it holds a time expression whose resolved period starts after
    the reference date, or a money fact whose status is planned, expected or projected for such a
    period. The modal or intention cue found in the sentence (``could``, ``aiming``, ``going to``...)
    is reported in ``cue`` (empty when there is none). The source is the speaker of the quotation the
    sentence's time expression stands in, else the source of an attribution in the sentence
    ("according to ..."), else ``the reporter``. Without a reference date nothing can be future-dated
    and the table is empty.

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
    ref = article.reference_date.isoformat()
    times = extract_times(article)
    times = times[times["resolved"] & times["period_start"].notna()]
    times = times[times["period_start"] > ref]
    f = extract_financing(article) if facts is None else facts
    q = extract_quotes(article) if quotes is None else quotes
    c = reported_claims(article) if claims is None else claims
    rows = []
    for sid, group in times.groupby("sentence_id", sort=True):
        sent = article.sentences[int(sid)]
        first = group.iloc[0]
        cue = _FORWARD.search(sent.text)
        inside = q[(q["start"] <= first["start"]) & (first["end"] <= q["end"]) & q["speaker"].notna()]
        attributed = c[c["sentence_id"] == sid]
        if len(inside):
            source, stype = inside.iloc[0]["speaker"], inside.iloc[0]["source_type"]
        elif len(attributed):
            source, stype = attributed.iloc[0]["speaker"], attributed.iloc[0]["source_type"]
        else:
            source, stype = "the reporter", "reporter"
        money = ", ".join(f.loc[f["sentence_id"] == sid, "phrase"])
        rows.append([None, int(sid), sent.start, sent.end, first["period"], first["period_start"], first["text"],
                     cue.group().lower() if cue else "", money, source, stype, sent.text])
    out = pd.DataFrame(rows, columns=FORWARD_COLUMNS)
    out["claim_id"] = [f"FC{i + 1:02d}" for i in range(len(out))]
    return out
