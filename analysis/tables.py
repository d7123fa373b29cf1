"""The one registry of tables, and the writers that turn a table into CSV or JSON.

Every table the package produces for one article is listed once, in
:data:`TABLES`, under one name.  The command line has a command of that name
(``python -m analysis claims ARTICLE``), ``report`` writes
``tables/<name>.csv`` and ``tables/<name>.json``, and a corpus run stores the
tables marked ``corpus=True`` as the Parquet dataset ``DIR/<name>/`` (beside
its own ``summary`` and ``errors`` tables).  A new table is added here and
nowhere else.

Examples
--------
>>> from analysis.article import Article
>>> spec = TABLES["sentences"]
>>> spec.function(Article.from_text("Rates rose. Shares fell.")).text.tolist()
['Rates rose.', 'Shares fell.']
>>> [name for name, s in TABLES.items() if s.corpus][:3]
['sentences', 'quotes', 'sources']
"""

from __future__ import annotations

import datetime as _dt
import json
import sys
from dataclasses import dataclass, field
from typing import Callable

import pandas as pd

from .article import Article, mark_table, sentence_table
from .financing import extract_financing, extract_money, extract_times
from .quotes import extract_quotes, reported_claims, source_table
from .stakeholders import find_stakeholders, stakeholder_mentions, stakeholder_relations

__all__ = ["TableSpec", "TABLES", "corpus_tables", "compute_table", "table_to_records", "table_to_csv",
           "write_table"]


@dataclass(frozen=True)
class TableSpec:
    """One table: its name everywhere, the function that makes it and what its columns mean.

    Attributes
    ----------
    name : str
        The command, the report's file stem and the corpus dataset.
    function
        A function that takes an :class:`~analysis.article.Article` (and ``registry=`` when
        ``registry`` is true) and returns a DataFrame.
    description : str
        One line, used as the command's help.
    columns : dict of str to str
        The main columns and what they hold (the function's docstring has them all).
    corpus : bool
        Whether a corpus run stores this table.
    registry : bool
        Whether the function takes a curated stakeholder ``registry=``.
    example : str
        The article path of the command's example (a path in the repository).
    """

    name: str
    function: Callable[..., pd.DataFrame]
    description: str
    columns: dict[str, str] = field(default_factory=dict)
    corpus: bool = False
    registry: bool = False
    example: str = ""


_SEED = "data/raw/article.txt"
_OFFSETS = {"start": "offset where it begins in the text", "end": "offset just after its end"}

#: Every table by name, in the order the report lists them.
TABLES: dict[str, TableSpec] = {s.name: s for s in [
    TableSpec("sentences", sentence_table, "the sentences, with paragraph ids and offsets",
              {"sentence_id": "from 0 in reading order", "paragraph_id": "its paragraph", **_OFFSETS,
               "text": "the sentence"}, corpus=True, example=f"{_SEED} --format json"),
    TableSpec("marks", mark_table, "quotation marks and currency signs, one row per character",
              {"kind": "quotation mark or currency sign", "mark": "the character", **_OFFSETS}),
    TableSpec("quotes", extract_quotes, "every quotation: kind, speaker, source type, tone",
              {"kind": "full, partial or term", "speaker": "who says it", "source_type": "named, anonymous ...",
               **_OFFSETS, "text": "the quoted words", "compound": "VADER tone"}, corpus=True),
    TableSpec("sources", source_table, "one row per quoted or cited source",
              {"speaker": "the source", "source_type": "named, anonymous, document", "quotes": "quotations",
               "reported_claims": "unquoted claims", "compound_mean": "mean tone"}, corpus=True,
              example=f"{_SEED} --format json"),
    TableSpec("claims", reported_claims, "unquoted attributions ('according to people familiar ...')",
              {"claim_id": "from 0", "speaker": "who is cited", "source_type": "named, anonymous ...",
               **_OFFSETS, "text": "the claim"}, corpus=True),
    TableSpec("stakeholders", find_stakeholders, "one row per stakeholder, merged with a registry if given",
              {"name": "canonical name", "kind": "person, organisation, group ...", "aliases": "other names",
               "mentions": "times named", "power": "judged power", "interest": "judged interest"},
              corpus=True, registry=True, example=f"{_SEED} --registry data/stakeholders/article.yml"),
    TableSpec("mentions", stakeholder_mentions, "every mention of every stakeholder, in reading order",
              {"stakeholder": "whom it names", **_OFFSETS, "text": "the words", "via": "how it was found"},
              registry=True),
    TableSpec("relations", stakeholder_relations, "typed relations between two stakeholders in one sentence",
              {"source": "subject", "relation": "hired, invested in ...", "target": "object",
               "evidence": "the words"}, corpus=True, registry=True),
    TableSpec("money", extract_money, "every money amount and percentage, plain",
              {"phrase": "as written", "value": "number", "unit": "currency code or percent", **_OFFSETS}),
    TableSpec("times", extract_times, "every time expression, resolved to a period where possible",
              {"text": "as written", "period": "resolved period", **_OFFSETS}),
    TableSpec("financing", extract_financing, "money facts with event type, period, status and parties",
              {"phrase": "as written", "value": "number", "unit": "currency code or percent",
               "event_type": "what the money is for", "period": "when", "status": "actual, planned ...",
               "counterparties": "who pays or receives"}, corpus=True,
              example=f"{_SEED} --reference-date 2025-12-05"),
]}


def corpus_tables() -> dict[str, TableSpec]:
    """The tables a corpus run stores, by name (each becomes ``DIR/<name>/``)."""
    return {n: s for n, s in TABLES.items() if s.corpus}


def compute_table(name: str, article: Article, *, registry=None) -> pd.DataFrame:
    """The table ``name`` of :data:`TABLES` for ``article`` (``registry`` goes to the tables that take one)."""
    spec = TABLES[name]
    return spec.function(article, registry=registry) if spec.registry else spec.function(article)


# ---------------------------------------------------------------------------
# Writers
# ---------------------------------------------------------------------------
def _jsonable(v):
    if isinstance(v, (_dt.date, pd.Timestamp)):
        return v.isoformat()
    if isinstance(v, (list, tuple)):
        return [_jsonable(x) for x in v]
    if hasattr(v, "item") and not isinstance(v, (str, bytes)):
        try:
            return v.item()
        except (ValueError, AttributeError):
            pass
    if isinstance(v, float) and v != v:
        return None
    if v is pd.NA or v is pd.NaT:
        return None
    return v


def table_to_records(df: pd.DataFrame) -> list[dict]:
    """Rows as JSON-ready dicts: lists stay lists, dates become ISO strings, NaN becomes null.

    >>> table_to_records(pd.DataFrame({"a": [1.5, float("nan")], "b": [["x", "y"], []]}))
    [{'a': 1.5, 'b': ['x', 'y']}, {'a': None, 'b': []}]
    """
    return [{str(k): _jsonable(v) for k, v in row.items()} for row in df.to_dict(orient="records")]


def table_to_csv(df: pd.DataFrame) -> str:
    """CSV text: list cells joined with ``"; "``, dates as ISO strings.

    >>> print(table_to_csv(pd.DataFrame({"a": [1], "b": [["x", "y"]]})), end="")
    a,b
    1,x; y
    """
    out = df.copy()
    for c in out.columns:
        if out[c].dtype == object:
            out[c] = out[c].map(lambda v: "; ".join(map(str, v)) if isinstance(v, (list, tuple)) else v)
    return out.to_csv(index=False)


def write_table(df: pd.DataFrame, fmt: str, stream=None) -> None:
    """Write ``df`` to ``stream`` (standard output by default) as ``csv`` or ``json`` records."""
    stream = stream or sys.stdout
    if fmt == "json":
        json.dump(table_to_records(df), stream, ensure_ascii=False, indent=1)
        stream.write("\n")
    else:
        stream.write(table_to_csv(df))
