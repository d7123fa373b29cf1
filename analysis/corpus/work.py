"""The work on a worker: every corpus table of one article, a batch at a time, each article guarded.

This is the one place in the package that catches every exception: an article
whose analysis raises, whatever it raises, becomes one row of the ``errors``
table and the rest of the batch goes on.
"""

from __future__ import annotations

import signal
import threading
import time
import warnings
from collections import Counter
from contextlib import contextmanager

import pandas as pd

from ..article import Article, ArticleError
from ..tables import compute_table, corpus_tables
from .source import CorpusItem
from .store import arrow_safe

__all__ = ["SUMMARY_COLUMNS", "ERROR_COLUMNS", "DEFAULT_TIMEOUT", "ArticleTimeout", "analyse_article",
           "analyse_batch", "summary_row", "warm_up"]

SUMMARY_COLUMNS = [
    "article_id", "title", "outlet", "reference_date", "characters", "words", "paragraphs", "sentences",
    "quotations", "full_quotes", "partial_quotes", "term_quotes", "sources", "named_sources",
    "anonymous_sources", "reported_claims", "anonymous_share", "stakeholders", "relations", "money_facts",
    "currencies", "seconds",
]
ERROR_COLUMNS = ["article_id", "stage", "error", "message"]

#: Seconds one article may take by default (the slowest PolNeAR article takes well under one).
DEFAULT_TIMEOUT = 300.0


class ArticleTimeout(ArticleError):
    """An article took longer than the corpus run's ``article_timeout``."""


@contextmanager
def _alarm(seconds: float | None, article_id: str):
    """Interrupt the work after ``seconds`` with :class:`ArticleTimeout` (only in a process's main thread)."""
    if not seconds or threading.current_thread() is not threading.main_thread():
        yield
        return

    def ring(signum, frame):
        raise ArticleTimeout(f"{article_id}: took longer than the time limit of {seconds:g} s")

    old = signal.signal(signal.SIGALRM, ring)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


def _stages(item: CorpusItem, timeout: float | None, timings: dict[str, float] | None, where: dict):
    """Build the article and every corpus table, checking the time limit between stages.

    ``where["stage"]`` names the stage at work, for the error row when one raises.
    """
    t0 = time.perf_counter()
    where["stage"] = "article"
    meta = item.metadata
    article = Article.from_text(item.text, reference_date=item.reference_date, title=meta.get("title"),
                                outlet=meta.get("outlet"), metadata={**meta, "id": item.article_id},
                                name=item.article_id)
    yield "article", article
    last = time.perf_counter()
    if timings is not None:
        timings["article"] = timings.get("article", 0.0) + last - t0
    for name in corpus_tables():
        if timeout and last - t0 > timeout:
            raise ArticleTimeout(f"{item.article_id}: took longer than the time limit of {timeout:g} s")
        where["stage"] = name
        df = compute_table(name, article)
        now = time.perf_counter()
        if timings is not None:
            timings[name] = timings.get(name, 0.0) + now - last
        last = now
        yield name, df


def analyse_article(item: CorpusItem, *, timeout: float | None = DEFAULT_TIMEOUT,
                    timings: dict[str, float] | None = None) -> tuple[dict[str, pd.DataFrame], dict | None, dict | None]:
    """Every corpus table for one article, its summary row or its error row.

    Parameters
    ----------
    item : CorpusItem
    timeout : float, optional
        Seconds the article may take.  In a process's main thread (the
        worker processes of a local run) a timer interrupts the analysis; in
        a thread (a Dask worker) the time is checked between analyses.
    timings : dict, optional
        When given, the seconds of each stage (``article`` and every table)
        are added to it, for profiles.

    Returns
    -------
    tables : dict of str to pandas.DataFrame
        Each corpus table (see :func:`analysis.tables.corpus_tables`) with
        ``article_id`` as its first column (empty when the article failed).
    summary : dict or None
        The article's row of the summary table (see :func:`analysis.corpus.run_corpus`).
    error : dict or None
        ``article_id``, ``stage`` (``read``, ``article`` or the table whose
        analysis raised), ``error`` (the exception's class) and ``message``.

    Examples
    --------
    >>> tables, summary, error = analyse_article(CorpusItem("x", "   "))
    >>> error["stage"], error["message"]
    ('article', 'x: the text is only white space')
    """
    tables, summary, error = _analyse(item, timeout, timings)
    return {k: _with_id(df, [item.article_id] * len(df)) for k, df in tables.items()}, summary, error


def _analyse(item: CorpusItem, timeout: float | None, timings: dict[str, float] | None, counts: bool = True):
    """:func:`analyse_article` without the ``article_id`` column (a batch adds it once per table); without
    ``counts``, the summary row lacks the columns counted from the tables (a batch counts them at once)."""
    if item.text is None:
        return {}, None, _error_row(item.article_id, "read", "ArticleError", item.error or "unreadable")
    t0 = time.perf_counter()
    where: dict = {"stage": "article"}
    tables, article = {}, None
    try:
        with _alarm(timeout, item.article_id), warnings.catch_warnings():
            warnings.simplefilter("ignore")
            for name, value in _stages(item, timeout, timings, where):
                if name == "article":
                    article = value
                else:
                    tables[name] = value
            where["stage"] = "summary"
            seconds = time.perf_counter() - t0
            summary = (summary_row(item.article_id, article, tables, seconds) if counts else
                       _article_row(item.article_id, article, seconds))
    except Exception as e:  # the corpus runner: one bad article must not stop the corpus
        return {}, None, _error_row(item.article_id, where["stage"], e.__class__.__name__,
                                    str(e) or e.__class__.__name__)
    return tables, summary, None


# An invented article that reaches every analysis: a quotation with its speaker and role, a company, money.
_WARM_UP_TEXT = ("Acme Corp said on Tuesday it would spend $2 billion on new plants next year.\n\n"
                 "\u201cWe are confident in this plan,\u201d Jane Doe, Acme\u2019s chief executive, told reporters. "
                 "Critics said the deal was risky.")


def warm_up() -> None:
    """Analyse a short invented article, so that what every article needs (lexicons, models, compiled
    patterns, loaded on first use) is loaded in this process: worker processes forked after it inherit it."""
    _analyse(CorpusItem("warm-up", _WARM_UP_TEXT), None, None)


def _error_row(article_id: str, stage: str, error: str, message: str) -> dict:
    return {"article_id": article_id, "stage": stage, "error": error,
            "message": message if len(message) < 2000 else message[:2000] + " ..."}


def analyse_batch(items: list[CorpusItem], timeout: float | None = DEFAULT_TIMEOUT, *, arrow: bool = False) -> dict:
    """:func:`analyse_article` on each item of a batch: the rows of every table, ready to store.

    Returns a dict with ``tables`` (name to one DataFrame, or ``None`` when no
    article gave rows), ``summary`` and ``errors`` (DataFrames), ``ok`` and
    ``failed`` (article ids).  With ``arrow=True`` each table with rows is
    instead the pyarrow Table that ``analysis.corpus.store.arrow_safe``
    makes of it, and each without rows ``None``: a run converts on the
    workers, so that the one process that writes only writes (and an Arrow
    table travels between processes for less than a DataFrame).
    """
    frames: dict[str, list[pd.DataFrame]] = {name: [] for name in corpus_tables()}
    summaries, errors, ok = [], [], []
    for item in items:
        t, s, e = _analyse(item, timeout, None, counts=False)
        if e is not None:
            errors.append(e)
            continue
        ok.append(item.article_id)
        summaries.append(s)
        for name, df in t.items():
            frames[name].append(df)
    joined = {n: _joined(f, ok) if f else None for n, f in frames.items()}
    try:
        counts = _batch_counts(joined, frames, len(ok))
    except Exception:  # the corpus runner: count article by article, so that only the culprit fails
        counts, joined = _counts_one_by_one(frames, summaries, errors, ok)
    del frames  # the articles' own frames: their rows are in the batch's tables now
    summary = [{c: {**row, **n}[c] for c in SUMMARY_COLUMNS} for row, n in zip(summaries, counts)]
    out = {"tables": joined,
           "summary": pd.DataFrame(summary, columns=SUMMARY_COLUMNS),
           "errors": pd.DataFrame(errors, columns=ERROR_COLUMNS),
           "ok": ok, "failed": [e["article_id"] for e in errors]}
    if arrow:  # a table at a time, each frame let go once converted: the worker holds the batch about once
        out.update(tables={n: _arrow(joined.pop(n)) for n in list(joined)},
                   summary=_arrow(out["summary"]), errors=_arrow(out["errors"]))
    return out


def _counts_one_by_one(frames: dict[str, list[pd.DataFrame]], summaries: list[dict], errors: list[dict],
                       ok: list[str]) -> tuple[list[dict], dict]:
    """The counts of each article from its own tables; an article whose tables cannot be counted becomes an
    error row (stage ``summary``, as in :func:`analyse_article`) and leaves the batch (lists changed in place)."""
    counts, keep = [], []
    for k, article_id in enumerate(ok):
        try:
            counts.append(_table_counts({n: _Cols.of(frames[n][k] if n in frames else None, cols)
                                         for n, cols in _COUNTED.items()}))
            keep.append(k)
        except Exception as e:  # the corpus runner: one bad article must not stop the corpus
            errors.append(_error_row(article_id, "summary", e.__class__.__name__, str(e) or e.__class__.__name__))
    ok[:], summaries[:] = [ok[k] for k in keep], [summaries[k] for k in keep]
    kept = {n: [f[k] for k in keep] for n, f in frames.items()}
    return counts, {n: _joined(f, ok) if f else None for n, f in kept.items()}


def _arrow(df: pd.DataFrame | None):
    """The pyarrow Table a corpus run stores of ``df`` (:func:`~analysis.corpus.store.arrow_safe`); ``None`` without rows."""
    return arrow_safe(df) if df is not None and len(df) else None


def _joined(frames: list[pd.DataFrame], ids: list[str]) -> pd.DataFrame:
    """One table of a batch: the articles' rows one after the other, each with its ``article_id``."""
    df = pd.concat(frames, ignore_index=True) if len(frames) > 1 else frames[0]
    return _with_id(df, [i for i, f in zip(ids, frames) for _ in range(len(f))])


def _with_id(df: pd.DataFrame, ids: list[str]) -> pd.DataFrame:
    """``df`` with ``ids`` (one per row) as its first column, ``article_id``."""
    df = df.reset_index(drop=True)
    if "article_id" in df.columns:
        df = df.drop(columns="article_id")
    df.insert(0, "article_id", pd.Series(ids, dtype=object))
    return df


#: The columns of each table that the summary counts (a table named here is counted by its rows too).
_COUNTED = {"quotes": ("kind", "speaker", "source_type"), "sources": ("source_type",),
            "claims": ("speaker", "source_type"), "stakeholders": (), "relations": (), "financing": ("unit",)}


class _Cols:
    """One article's rows of a table as the summary reads them: the row count and the counted columns it has,
    as plain lists (a column of a pandas frame costs some 50 microseconds to read)."""

    __slots__ = ("rows", "columns")

    def __init__(self, rows: int, columns: dict[str, list]):
        self.rows, self.columns = rows, columns

    @classmethod
    def of(cls, df: pd.DataFrame | None, names) -> _Cols | None:
        return None if df is None else cls(len(df), {c: df[c].tolist() for c in names if c in df.columns})


def _count(t: _Cols | None) -> int:
    return 0 if t is None else t.rows


def _values(t: _Cols | None, column: str) -> Counter:
    """How often each value stands in a column (nothing without the table or the column)."""
    return Counter(t.columns.get(column, ()) if t is not None else ())


def _anonymous_share(*tables: _Cols | None) -> float:
    """Share of attributed voices (rows with a speaker) whose source is anonymous; NaN when there is none."""
    voices = anon = 0
    for t in tables:
        if t is not None and "source_type" in t.columns:
            speakers = t.columns.get("speaker")
            has = [not pd.isna(v) for v in speakers] if speakers is not None else [True] * t.rows
            voices += sum(has)
            anon += sum(h and s == "anonymous" for h, s in zip(has, t.columns["source_type"]))
    return round(anon / voices, 3) if voices else float("nan")


def _article_row(article_id: str, article: Article, seconds: float) -> dict:
    """The summary columns that come from the article itself (its size: as :func:`~analysis.article.article_summary` counts it)."""
    return {
        "article_id": article_id,
        "title": article.title,
        "outlet": article.outlet,
        "reference_date": article.reference_date.isoformat() if article.reference_date else None,
        "characters": len(article.text),
        "words": len(article.text.split()),
        "paragraphs": len(article.paragraphs),
        "sentences": len(article.sentences),
        "seconds": round(seconds, 4),
    }


def _table_counts(tables: dict[str, _Cols | None]) -> dict:
    """The summary columns counted from the article's tables."""
    q, src, cl, fin = (tables.get(n) for n in ("quotes", "sources", "claims", "financing"))
    kinds, types = _values(q, "kind"), _values(src, "source_type")
    units = sorted(str(u) for u in _values(fin, "unit") if not pd.isna(u) and u != "percent")
    return {
        "quotations": _count(q),
        "full_quotes": kinds["full"],
        "partial_quotes": kinds["partial"],
        "term_quotes": kinds["term"],
        "sources": _count(src),
        "named_sources": types["named"],
        "anonymous_sources": types["anonymous"],
        "reported_claims": _count(cl),
        "anonymous_share": _anonymous_share(q, cl),
        "stakeholders": _count(tables.get("stakeholders")),
        "relations": _count(tables.get("relations")),
        "money_facts": _count(fin),
        "currencies": "; ".join(units),
    }


def summary_row(article_id: str, article: Article, tables: dict[str, pd.DataFrame], seconds: float) -> dict:
    """The article's row of the corpus ``summary`` table (columns: :data:`SUMMARY_COLUMNS`)."""
    counts = _table_counts({n: _Cols.of(tables.get(n), cols) for n, cols in _COUNTED.items()})
    row = {**_article_row(article_id, article, seconds), **counts}
    return {c: row[c] for c in SUMMARY_COLUMNS}


def _batch_counts(joined: dict[str, pd.DataFrame | None], frames: dict[str, list[pd.DataFrame]], n: int) -> list[dict]:
    """:func:`_table_counts` of each of the ``n`` articles of a batch, each counted column read once from the
    batch's joined table and cut at the articles' row counts (a column an article's own table lacks stays
    missing for it, as in :func:`summary_row`)."""
    per: list[dict[str, _Cols | None]] = [{} for _ in range(n)]
    for name, names in _COUNTED.items():
        own = frames.get(name)
        if not own:  # not a corpus table, or no article: as for an article without it
            continue
        df = joined[name]
        full = {c: df[c].tolist() for c in names if c in df.columns}
        start = 0
        for k, f in enumerate(own):
            end = start + len(f)
            per[k][name] = _Cols(len(f), {c: v[start:end] for c, v in full.items() if c in f.columns})
            start = end
    return [_table_counts(t) for t in per]
