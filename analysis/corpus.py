"""Many articles at once: every analysis on a corpus, in parallel with Dask.

:func:`run_corpus` reads a corpus (a folder of ``.txt`` articles with optional
``.yml`` sidecars, or a JSON Lines file of ``{"id", "text",
"reference_date"}`` objects), runs every analysis of :data:`CORPUS_TABLES` on
each article, and writes one Parquet dataset (a folder of part files) per
table, each row carrying the ``article_id`` it came from.  The command line
runs it as ``python -m analysis corpus INPUT --out DIR``.

How a run is organised:

* Articles are sent to the workers in small chunks (a few dozen articles):
  one Dask task per chunk, so that a thousand short articles cost forty tasks,
  not seven thousand.  The local scheduler is a
  :class:`dask.distributed.LocalCluster` of single-threaded worker processes;
  ``scheduler=ADDRESS`` uses an existing cluster instead.  The workers return
  tables; only the client writes files, so remote workers need no access to
  the output folder.
* An article whose text cannot be read or whose analysis raises becomes one
  row of the ``errors`` table (with the analysis that failed and the message);
  none of its other rows are written, and the rest of the corpus goes on.
* Each finished chunk writes its part files and then a marker in
  ``DIR/_done/``.  A re-run with the same ``DIR`` skips every article a marker
  lists as done, retries the articles that failed, and removes part files a
  crashed run left without a marker.  Articles are known by their id only: a
  changed text under a finished id is not noticed (use a new ``DIR``).
* List-valued cells (aliases, counterparties) are stored as Parquet lists of
  strings; a column holding mixed types is stored as text.

Two runs must not write to the same folder at the same time.  A script that
calls :func:`run_corpus` with worker processes needs the usual
``if __name__ == "__main__":`` guard, because the workers are started with
``spawn`` and import the script's main module (``python -m analysis`` has it).
"""

from __future__ import annotations

import json
import logging
import math
import os
import sys
import time
import uuid
import warnings
from dataclasses import dataclass, field
from importlib import import_module
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from .article import Article, ArticleError, _read_sidecar, article_summary

__all__ = [
    "CORPUS_TABLES",
    "SUMMARY_COLUMNS",
    "ERROR_COLUMNS",
    "CorpusItem",
    "CorpusRun",
    "read_corpus",
    "analyse_article",
    "run_corpus",
    "load_corpus_table",
    "run_corpus_cli",
]

#: Table name -> (module of :mod:`analysis`, function taking an Article).
#: Each becomes the Parquet dataset ``DIR/<name>/``.
CORPUS_TABLES: dict[str, tuple[str, str]] = {
    "sentences": ("article", "sentence_table"),
    "quotes": ("quotes", "extract_quotes"),
    "sources": ("quotes", "source_table"),
    "claims": ("quotes", "reported_claims"),
    "stakeholders": ("stakeholders", "find_stakeholders"),
    "relations": ("stakeholders", "stakeholder_relations"),
    "financing": ("financing", "extract_financing"),
}

SUMMARY_COLUMNS = [
    "article_id", "title", "outlet", "reference_date", "characters", "words", "paragraphs", "sentences",
    "quotations", "full_quotes", "partial_quotes", "term_quotes", "sources", "named_sources",
    "anonymous_sources", "reported_claims", "anonymous_share", "stakeholders", "relations", "money_facts",
    "currencies", "seconds",
]
ERROR_COLUMNS = ["article_id", "stage", "error", "message"]

# Articles per Dask task: about four tasks per worker, at least _CHUNK_MIN (each task writes one part
# file per table, about 10 ms each) and at most _CHUNK_MAX (a live progress bar, a short tail at the end).
_CHUNK_MIN, _CHUNK_MAX = 4, 25
_DONE = "_done"


@dataclass(frozen=True)
class CorpusItem:
    """One article of a corpus as read from the input, before any analysis.

    ``text`` is ``None`` when the input could not be read; ``error`` then says why.
    """

    article_id: str
    text: str | None
    reference_date: str | None = None
    metadata: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)
    error: str | None = None


@dataclass(frozen=True)
class CorpusRun:
    """What :func:`run_corpus` did: article ids analysed, skipped as done, and failed."""

    out: Path
    analysed: tuple[str, ...]
    skipped: tuple[str, ...]
    failed: tuple[str, ...]
    seconds: float

    def __str__(self) -> str:
        return (f"{len(self.analysed)} articles analysed, {len(self.skipped)} already done, "
                f"{len(self.failed)} failed, in {self.seconds:.1f} s; tables in {self.out}")


# ---------------------------------------------------------------------------
# Reading a corpus
# ---------------------------------------------------------------------------
def read_corpus(source: str | Path) -> list[CorpusItem]:
    """Read the articles of a corpus, in a stable order.

    Parameters
    ----------
    source : str or pathlib.Path
        A folder (every ``*.txt`` below it, sorted; the id is the path relative
        to the folder without ``.txt``; a sidecar ``<name>.yml`` gives
        ``reference_date``, ``title``, ``outlet``), a ``.jsonl`` file (one
        object per line with ``id``, ``text`` and optional ``reference_date``,
        ``title``, ``outlet``; a line without ``id`` is known as ``line-N``), or
        a single ``.txt`` file.

    Returns
    -------
    list of CorpusItem
        An article that cannot be read (not UTF-8, a line that is not JSON)
        comes back with ``text=None`` and an ``error``, so that it becomes an
        error row rather than stopping the run.

    Raises
    ------
    ArticleError
        If the input is missing, of an unknown kind, holds no article, or
        names two articles with one id.

    Examples
    --------
    >>> import json, tempfile
    >>> d = Path(tempfile.mkdtemp())
    >>> _ = (d / "c.jsonl").write_text(json.dumps({"id": "a1", "text": "Rates rose."}) + "\\n")
    >>> [(i.article_id, i.text) for i in read_corpus(d / "c.jsonl")]
    [('a1', 'Rates rose.')]
    """
    path = Path(source)
    if not path.exists():
        raise ArticleError(f"{path}: no such file or folder")
    if path.is_dir():
        files = sorted(p for p in path.rglob("*.txt")
                       if p.is_file() and not any(part.startswith(".") for part in p.relative_to(path).parts))
        if not files:
            raise ArticleError(f"{path}: the folder holds no .txt articles")
        items = [_read_txt(p, p.relative_to(path).with_suffix("").as_posix()) for p in files]
    elif path.suffix.lower() in (".jsonl", ".ndjson"):
        items = _read_jsonl(path)
    elif path.suffix.lower() == ".txt":
        items = [_read_txt(path, path.stem)]
    else:
        raise ArticleError(f"{path}: expected a folder of .txt articles, a .jsonl file or a .txt file")
    seen: dict[str, int] = {}
    for n, it in enumerate(items):
        if it.article_id in seen:
            raise ArticleError(f"{path}: the article id {it.article_id!r} appears twice; ids must be unique")
        seen[it.article_id] = n
    return items


def _read_txt(path: Path, article_id: str) -> CorpusItem:
    """The text and sidecar of one file, with the same checks as :func:`~analysis.article.load_article`."""
    try:
        try:
            raw = path.read_bytes()
        except OSError as e:
            raise ArticleError(f"{path}: cannot be read ({e.strerror or e.__class__.__name__})") from None
        if b"\x00" in raw[:8192]:
            raise ArticleError(f"{path}: looks like a binary file (it contains NUL bytes), not UTF-8 text")
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as e:
            raise ArticleError(f"{path}: not valid UTF-8 text (byte 0x{raw[e.start]:02x} at position {e.start})") from None
        meta = _read_sidecar(path)
    except ArticleError as e:
        return CorpusItem(article_id, None, metadata={"source": str(path)}, error=str(e))
    return CorpusItem(article_id, text, _date_text(meta.get("reference_date")), {**meta, "source": str(path)})


def _read_jsonl(path: Path) -> list[CorpusItem]:
    items = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except UnicodeDecodeError:
        raise ArticleError(f"{path}: not valid UTF-8 text") from None
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
            if not isinstance(obj, dict):
                raise ValueError("not a JSON object")
        except ValueError as e:
            items.append(CorpusItem(f"line-{n}", None, error=f"{path}, line {n}: not a JSON object ({e})"))
            continue
        aid = str(obj["id"]) if obj.get("id") not in (None, "") else f"line-{n}"
        meta = {k: v for k, v in obj.items() if k != "text"}
        text = obj.get("text")
        if not isinstance(text, str):
            items.append(CorpusItem(aid, None, metadata=meta,
                                    error=f"{path}, line {n}: 'text' must be a string, got {type(text).__name__}"))
            continue
        items.append(CorpusItem(aid, text, _date_text(obj.get("reference_date")), meta))
    if not items:
        raise ArticleError(f"{path}: the file holds no articles")
    return items


def _date_text(value: Any) -> str | None:
    if value is None or value == "":
        return None
    return value.isoformat() if hasattr(value, "isoformat") else str(value)


# ---------------------------------------------------------------------------
# Analysing one article (runs on a worker)
# ---------------------------------------------------------------------------
def _function(module: str, name: str):
    return getattr(import_module(f"analysis.{module}"), name)


def analyse_article(item: CorpusItem) -> tuple[dict[str, pd.DataFrame], dict | None, dict | None]:
    """Every table of :data:`CORPUS_TABLES` for one article, its summary row or its error row.

    Returns
    -------
    tables : dict of str to pandas.DataFrame
        Each table with ``article_id`` as its first column (empty when the
        article failed).
    summary : dict or None
        The article's row of the summary table (see :func:`run_corpus`).
    error : dict or None
        ``article_id``, ``stage`` (``read``, ``article`` or the table whose
        analysis raised), ``error`` (the exception's class) and ``message``.

    Examples
    --------
    >>> tables, summary, error = analyse_article(CorpusItem("x", "   "))
    >>> error["stage"], error["message"]
    ('article', 'x: the text is only white space')
    """
    if item.text is None:
        return {}, None, {"article_id": item.article_id, "stage": "read", "error": "ArticleError",
                          "message": item.error or "unreadable"}
    t0 = time.perf_counter()
    stage = "article"
    try:
        meta = item.metadata
        article = Article.from_text(item.text, reference_date=item.reference_date, title=meta.get("title"),
                                    outlet=meta.get("outlet"), metadata={**meta, "id": item.article_id},
                                    name=item.article_id)
        tables = {}
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            for stage, (module, name) in CORPUS_TABLES.items():
                df = _function(module, name)(article)
                tables[stage] = df
    except Exception as e:  # one bad article must not stop the corpus
        msg = str(e) or e.__class__.__name__
        return {}, None, {"article_id": item.article_id, "stage": stage, "error": e.__class__.__name__,
                          "message": msg if len(msg) < 2000 else msg[:2000] + " ..."}
    summary = _summary_row(item.article_id, article, tables, time.perf_counter() - t0)
    return {k: _with_id(df, item.article_id) for k, df in tables.items()}, summary, None


def _with_id(df: pd.DataFrame, article_id: str) -> pd.DataFrame:
    df = df.reset_index(drop=True)
    if "article_id" in df.columns:
        df = df.drop(columns="article_id")
    df.insert(0, "article_id", pd.Series([article_id] * len(df), dtype=object))
    return df


def _count(df: pd.DataFrame | None, column: str | None = None, value: Any = None) -> int:
    if df is None:
        return 0
    if column is None:
        return len(df)
    return int((df[column] == value).sum()) if column in df.columns else 0


def _summary_row(article_id: str, article: Article, tables: dict[str, pd.DataFrame], seconds: float) -> dict:
    q, src, cl = tables.get("quotes"), tables.get("sources"), tables.get("claims")
    size = article_summary(article)
    # Attributed voices: quotations with a speaker, and reported claims.
    voices = anon = 0
    for df in (q, cl):
        if df is not None and "source_type" in df.columns:
            has = df["speaker"].notna() if "speaker" in df.columns else pd.Series(True, index=df.index)
            voices += int(has.sum())
            anon += int(((df["source_type"] == "anonymous") & has).sum())
    fin = tables.get("financing")
    units = sorted({str(u) for u in fin["unit"].dropna()} - {"percent"}) if fin is not None and "unit" in fin else []
    return {
        "article_id": article_id,
        "title": article.title,
        "outlet": article.outlet,
        "reference_date": article.reference_date.isoformat() if article.reference_date else None,
        "characters": size["characters"],
        "words": size["words"],
        "paragraphs": size["paragraphs"],
        "sentences": size["sentences"],
        "quotations": _count(q),
        "full_quotes": _count(q, "kind", "full"),
        "partial_quotes": _count(q, "kind", "partial"),
        "term_quotes": _count(q, "kind", "term"),
        "sources": _count(src),
        "named_sources": _count(src, "source_type", "named"),
        "anonymous_sources": _count(src, "source_type", "anonymous"),
        "reported_claims": _count(cl),
        "anonymous_share": round(anon / voices, 3) if voices else float("nan"),
        "stakeholders": _count(tables.get("stakeholders")),
        "relations": _count(tables.get("relations")),
        "money_facts": _count(fin),
        "currencies": "; ".join(units),
        "seconds": round(seconds, 4),
    }


def _analyse_chunk(items: list[CorpusItem]) -> dict:
    """Run :func:`analyse_article` on a chunk; what the client needs to write its parts."""
    tables: dict[str, list[pd.DataFrame]] = {name: [] for name in CORPUS_TABLES}
    summaries, errors, ok = [], [], []
    for item in items:
        t, s, e = analyse_article(item)
        if e is not None:
            errors.append(e)
            continue
        ok.append(item.article_id)
        summaries.append(s)
        for name, df in t.items():
            tables[name].append(df)
    return {"tables": tables, "summary": summaries, "errors": errors, "ok": ok}


# ---------------------------------------------------------------------------
# Parquet
# ---------------------------------------------------------------------------
def _is_missing(v: Any) -> bool:
    return v is None or v is pd.NA or v is pd.NaT or (isinstance(v, float) and math.isnan(v))


def _arrow_safe(df: pd.DataFrame):
    """A pyarrow Table of ``df`` that Parquet accepts and that stays stable across part files."""
    import pyarrow as pa

    if not len(df):  # no rows, no types to keep: the other parts give them (_unify_parts)
        return pa.table({str(c): pa.nulls(0) for c in df.columns})
    df = df.copy()
    for c in df.columns:
        if df[c].dtype != object:
            continue
        vals = [v for v in df[c] if not _is_missing(v)]
        if any(isinstance(v, (list, tuple, set, frozenset, np.ndarray)) for v in vals):
            df[c] = [None if _is_missing(v) else [str(x) for x in (sorted(v, key=str) if isinstance(v, (set, frozenset)) else v)]
                     if isinstance(v, (list, tuple, set, frozenset, np.ndarray)) else [str(v)] for v in df[c]]
        elif any(isinstance(v, dict) for v in vals) or len({type(v) for v in vals}) > 1:
            df[c] = [None if _is_missing(v) else (json.dumps(v, default=str, ensure_ascii=False)
                                                   if isinstance(v, dict) else str(v)) for v in df[c]]
    table = pa.Table.from_pandas(df, preserve_index=False)
    # One string type everywhere, so that part files agree; a column with no
    # value stays of type null and takes its type from the other parts (_unify_parts).
    text = (pa.types.is_string, pa.types.is_large_string)
    fields = []
    for f in table.schema:
        if any(t(f.type) for t in text):
            f = pa.field(f.name, pa.large_string())
        elif pa.types.is_list(f.type) and any(t(f.type.value_type) for t in text):
            f = pa.field(f.name, pa.list_(pa.large_string()))
        fields.append(f)
    return table.cast(pa.schema(fields, metadata=table.schema.metadata))


def _unify_parts(folder: Path) -> None:
    """Rewrite the few part files whose column types differ from the rest (int in one, float in another)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    parts = sorted(folder.glob("part-*.parquet"))
    schemas = {p: pq.read_schema(p) for p in parts}
    if len({s.remove_metadata() for s in schemas.values()}) <= 1:
        return
    try:
        target = pa.unify_schemas(list(schemas.values()), promote_options="permissive")
    except (pa.ArrowInvalid, pa.ArrowTypeError):
        return  # incompatible types: load_corpus_table still reads the parts one by one
    for p, s in schemas.items():
        if not s.remove_metadata().equals(target.remove_metadata()):
            table = pq.read_table(p)
            try:
                pq.write_table(table.select(target.names).cast(target), p)
            except (pa.ArrowInvalid, pa.ArrowNotImplementedError, ValueError):
                pass


def _write_part(df: pd.DataFrame, folder: Path, key: str) -> None:
    import pyarrow.parquet as pq

    folder.mkdir(parents=True, exist_ok=True)
    tmp = folder / f".part-{key}.parquet.tmp"
    pq.write_table(_arrow_safe(df), tmp)
    tmp.replace(folder / f"part-{key}.parquet")


def load_corpus_table(out: str | Path, name: str) -> pd.DataFrame:
    """Read one table of a corpus run back as a DataFrame.

    Part files are read one by one and concatenated (so a column that is
    integer in one part and float in another still reads), list cells come
    back as Python lists, and rows are ordered by ``article_id`` with each
    article's rows in their original order.

    Parameters
    ----------
    out : str or pathlib.Path
        The output folder of :func:`run_corpus`.
    name : str
        ``summary``, ``errors`` or a name of :data:`CORPUS_TABLES`.

    Raises
    ------
    ArticleError
        If the folder holds no such table.
    """
    import pyarrow.parquet as pq

    folder = Path(out) / name
    parts = sorted(folder.glob("part-*.parquet")) if folder.is_dir() else []
    if not parts:
        raise ArticleError(f"{folder}: no such corpus table (run the corpus command first)")
    frames = [pq.read_table(p).to_pandas() for p in parts]
    frames = [f for f in frames if len(f)] or frames[:1]
    df = frames[0] if len(frames) == 1 else pd.concat(frames, ignore_index=True)
    for c in df.columns:
        if df[c].dtype == object and any(isinstance(v, np.ndarray) for v in df[c]):
            df[c] = [list(v) if isinstance(v, np.ndarray) else v for v in df[c]]
    return df.sort_values("article_id", kind="stable").reset_index(drop=True)


# ---------------------------------------------------------------------------
# The run
# ---------------------------------------------------------------------------
def _markers(out: Path) -> dict[str, dict]:
    done = {}
    for m in sorted((out / _DONE).glob("*.json")):
        try:
            done[m.stem] = json.loads(m.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            m.unlink(missing_ok=True)  # a marker cut short by a crash: its chunk is redone
    return done


def _prepare_out(out: Path) -> set[str]:
    """Ids already done; drop error rows of failed articles (to retry) and parts a crash left behind."""
    out.mkdir(parents=True, exist_ok=True)
    (out / _DONE).mkdir(exist_ok=True)
    markers = _markers(out)
    for key, m in list(markers.items()):
        if m.get("failed"):
            (out / "errors" / f"part-{key}.parquet").unlink(missing_ok=True)
            m["failed"] = []
            if m.get("ok"):
                (out / _DONE / f"{key}.json").write_text(json.dumps(m), encoding="utf-8")
            else:
                (out / _DONE / f"{key}.json").unlink()
                del markers[key]
    for folder in [*CORPUS_TABLES, "summary", "errors"]:
        for p in (out / folder).glob("part-*.parquet"):
            if p.stem[len("part-"):] not in markers:
                p.unlink()
        for p in (out / folder).glob(".part-*.tmp"):
            p.unlink()
    return {aid for m in markers.values() for aid in m.get("ok", [])}


def _write_chunk(out: Path, key: str, result: dict) -> None:
    for name, frames in result["tables"].items():
        if frames:
            _write_part(pd.concat(frames, ignore_index=True) if len(frames) > 1 else frames[0], out / name, key)
    if result["summary"]:
        _write_part(pd.DataFrame(result["summary"], columns=SUMMARY_COLUMNS), out / "summary", key)
    if result["errors"]:
        _write_part(pd.DataFrame(result["errors"], columns=ERROR_COLUMNS), out / "errors", key)
    marker = {"ok": result["ok"], "failed": [e["article_id"] for e in result["errors"]]}
    tmp = out / _DONE / f".{key}.tmp"
    tmp.write_text(json.dumps(marker), encoding="utf-8")
    tmp.replace(out / _DONE / f"{key}.json")


def _ensure_tables(out: Path) -> None:
    """Give every table at least an empty part file, so each dataset exists with its columns."""
    for name in ("summary", "errors"):
        if not any((out / name).glob("part-*.parquet")):
            cols = SUMMARY_COLUMNS if name == "summary" else ERROR_COLUMNS
            _write_part(pd.DataFrame(columns=cols), out / name, "empty")
            (out / _DONE / "empty.json").write_text(json.dumps({"ok": [], "failed": []}), encoding="utf-8")


def _chunks(items: list[CorpusItem], workers: int) -> list[list[CorpusItem]]:
    size = max(_CHUNK_MIN, min(_CHUNK_MAX, math.ceil(len(items) / (4 * workers))))
    return [items[i : i + size] for i in range(0, len(items), size)]


def _client(workers: int, scheduler: str | None, processes: bool):
    from dask.distributed import Client, LocalCluster

    if scheduler:
        try:
            return Client(scheduler, timeout="10s"), None
        except (OSError, TimeoutError, ValueError) as e:
            raise ArticleError(f"{scheduler}: cannot connect to a Dask scheduler ({e})") from None
    # dashboard_address ":0": the scheduler's web server (health checks; the dashboard itself needs bokeh)
    # takes any free port, so that a second run beside a first does not warn about port 8787.
    cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=processes, dashboard_address=":0",
                           silence_logs=logging.ERROR)
    return Client(cluster), cluster


def run_corpus(
    source: str | Path,
    out: str | Path,
    *,
    workers: int | None = None,
    scheduler: str | None = None,
    processes: bool = True,
    progress: bool = True,
) -> CorpusRun:
    """Run every analysis on every article of a corpus and write Parquet datasets.

    Parameters
    ----------
    source : str or pathlib.Path
        The corpus: see :func:`read_corpus`.
    out : str or pathlib.Path
        Output folder (created if missing).  It receives one folder of
        Parquet part files per table: each name of :data:`CORPUS_TABLES`
        (the module's own columns after ``article_id``), ``summary`` and
        ``errors``; and ``_done/``, the markers that let a re-run skip
        finished articles.  Read a table with :func:`load_corpus_table` (or
        any Parquet reader).
    workers : int, optional
        Worker processes of the local cluster (default: the number of cores,
        at most one per chunk of articles).  Ignored with ``scheduler``.
    scheduler : str, optional
        Address of a running ``dask.distributed`` scheduler
        (``tcp://host:8786``) to use instead of a local cluster.
    processes : bool
        ``False`` runs the local workers as threads of this process: no
        start-up cost, no parallel speed-up (for small corpora and notebooks).
    progress : bool
        Show a progress bar on standard error.

    Returns
    -------
    CorpusRun
        The ids analysed, skipped (already done) and failed in this run.

    Raises
    ------
    ArticleError
        Bad input (see :func:`read_corpus`), ``workers`` below 1, or a
        scheduler that cannot be reached.

    Notes
    -----
    Columns of ``summary`` (one row per analysed article): ``article_id``;
    ``title``, ``outlet``, ``reference_date`` (ISO date) from the metadata;
    ``characters``, ``words``, ``paragraphs``, ``sentences``; ``quotations``
    and their kinds ``full_quotes``, ``partial_quotes``, ``term_quotes``;
    ``sources``, ``named_sources``, ``anonymous_sources`` (rows of the source
    table); ``reported_claims``; ``anonymous_share``, the share of attributed
    voices (quotations with a speaker, plus reported claims) whose source is
    anonymous (NaN when there is none); ``stakeholders``; ``relations``;
    ``money_facts`` (rows of the financing table); ``currencies`` (the
    currency codes of those facts, ``"; "``-joined); ``seconds`` spent on
    the article's analyses.

    Columns of ``errors`` (one row per failed article): ``article_id``,
    ``stage`` (``read``, ``article`` or the table whose analysis raised),
    ``error`` (exception class), ``message``.

    Examples
    --------
    >>> import tempfile
    >>> d = Path(tempfile.mkdtemp())
    >>> _ = (d / "a.txt").write_text("Shares fell 5 per cent, the company said.")
    >>> _ = (d / "b.txt").write_text("  ")
    >>> run = run_corpus(d, d / "out", workers=1, processes=False, progress=False)
    >>> run.analysed, run.failed
    (('a',), ('b',))
    >>> load_corpus_table(d / "out", "errors")[["article_id", "stage"]].values.tolist()
    [['b', 'article']]
    >>> run_corpus(d, d / "out", workers=1, processes=False, progress=False).skipped
    ('a',)
    """
    t0 = time.perf_counter()
    if workers is not None and workers < 1:
        raise ArticleError(f"--workers {workers}: the number of workers must be at least 1")
    items = read_corpus(source)
    out = Path(out)
    if out.exists() and not out.is_dir():
        raise ArticleError(f"{out}: exists and is not a folder")
    done = _prepare_out(out)
    todo = [it for it in items if it.article_id not in done]
    skipped = tuple(it.article_id for it in items if it.article_id in done)
    analysed: list[str] = []
    failed: list[str] = []
    if todo:
        n = workers or os.cpu_count() or 1
        chunks = _chunks(todo, n)
        n = min(n, len(chunks))
        _run_chunks(chunks, out, workers=n, scheduler=scheduler, processes=processes, progress=progress,
                    analysed=analysed, failed=failed)
    _ensure_tables(out)
    for name in [*CORPUS_TABLES, "summary", "errors"]:
        if (out / name).is_dir():
            _unify_parts(out / name)
    order = {it.article_id: i for i, it in enumerate(items)}
    return CorpusRun(out, tuple(sorted(analysed, key=order.get)), skipped, tuple(sorted(failed, key=order.get)),
                     time.perf_counter() - t0)


def _run_chunks(chunks, out, *, workers, scheduler, processes, progress, analysed, failed) -> None:
    from dask.distributed import as_completed
    from tqdm import tqdm

    run_key = uuid.uuid4().hex[:8]
    client, cluster = _client(workers, scheduler, processes)
    bar = tqdm(total=sum(map(len, chunks)), unit="article", desc="corpus", disable=not progress, file=sys.stderr)
    try:
        futures = client.map(_analyse_chunk, chunks, pure=False)
        index = {f.key: i for i, f in enumerate(futures)}
        for fut in as_completed(futures):
            i = index[fut.key]
            try:
                result = fut.result()
            except Exception as e:  # a worker died: the chunk's articles are errors, retried on re-run
                result = {"tables": {}, "summary": [], "ok": [],
                          "errors": [{"article_id": it.article_id, "stage": "worker", "error": e.__class__.__name__,
                                      "message": str(e) or e.__class__.__name__} for it in chunks[i]]}
            _write_chunk(out, f"{run_key}-{i:05d}", result)
            analysed.extend(result["ok"])
            failed.extend(e["article_id"] for e in result["errors"])
            bar.update(len(chunks[i]))
            fut.release()
    finally:
        bar.close()
        client.close()
        if cluster is not None:
            cluster.close()


def run_corpus_cli(args) -> int:
    """Entry point of ``python -m analysis corpus``: run, report one line, return the exit status.

    The status is 0 when every article was analysed (or already done) and 1
    when some failed (their messages are in the ``errors`` table); bad input
    raises :class:`ArticleError`, which the CLI prints as one line (status 2).
    """
    run = run_corpus(args.input, args.out, workers=args.workers, scheduler=args.scheduler, progress=True)
    print(run, file=sys.stderr)
    if run.failed:
        shown = ", ".join(run.failed[:5]) + (" ..." if len(run.failed) > 5 else "")
        print(f"failed: {shown} (see the errors table in {run.out / 'errors'})", file=sys.stderr)
        return 1
    return 0
