"""Command line: ``python -m analysis COMMAND ...``.

Every command that prints a table takes ``ARTICLE`` (a path),
``--reference-date YYYY-MM-DD`` and ``--format csv|json`` and writes to
standard output.  In CSV, list cells are joined with ``"; "``; in JSON they
stay lists and dates are ISO strings.  Bad input gives one line on standard
error and exit status 2.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import json
import sys
from importlib import import_module
from pathlib import Path

import pandas as pd

from .article import ArticleError, load_article

# name -> (module, function, one-line help, example). The function takes an Article.
TABLE_COMMANDS = {
    "sentences": ("article", "sentence_table", "the sentences, with paragraph ids and offsets",
                  "python -m analysis sentences data/raw/article.txt --format json"),
    "quotes": ("quotes", "extract_quotes", "every quotation: kind, speaker, source type, tone",
               "python -m analysis quotes data/raw/article.txt"),
    "sources": ("quotes", "source_table", "one row per quoted or cited source",
                "python -m analysis sources data/raw/article.txt --format json"),
    "money": ("financing", "extract_money", "every money amount and percentage, plain",
              "python -m analysis money data/raw/article.txt"),
    "financing": ("financing", "extract_financing", "money facts with event type, period, status and parties",
                  "python -m analysis financing data/raw/article.txt --reference-date 2025-12-05"),
    "stakeholders": ("stakeholders", "find_stakeholders", "one row per stakeholder, merged with a registry if given",
                     "python -m analysis stakeholders data/raw/article.txt --registry data/stakeholders/article.yml"),
}


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
    """Rows as JSON-ready dicts: lists stay lists, dates become ISO strings, NaN becomes null."""
    return [{str(k): _jsonable(v) for k, v in row.items()} for row in df.to_dict(orient="records")]


def table_to_csv(df: pd.DataFrame) -> str:
    """CSV text: list cells joined with ``"; "``, dates as ISO strings."""
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


def _article_args(p: argparse.ArgumentParser, *, fmt: bool = True) -> None:
    p.add_argument("article", metavar="ARTICLE", help="path to a UTF-8 text file (sidecar <name>.yml is read if present)")
    p.add_argument("--reference-date", metavar="YYYY-MM-DD", help="date relative times are resolved against (overrides the sidecar)")
    if fmt:
        p.add_argument("--format", choices=["csv", "json"], default="csv", help="output format (default: csv)")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of ``python -m analysis``, one sub-command per table or output."""
    parser = argparse.ArgumentParser(
        prog="python -m analysis",
        description="Narrative analysis of an English news article: every table the book shows, from the shell.",
        epilog="Example: python -m analysis quotes data/raw/article.txt --format json",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name, (_mod, _fn, help_, example) in TABLE_COMMANDS.items():
        p = sub.add_parser(name, help=help_, description=f"Print {help_}.", epilog=f"Example: {example}")
        _article_args(p)
        if name in ("money", "financing"):
            p.add_argument("--currency", metavar="CODE", help="ISO code of the reference currency, what a bare $ means "
                           "(for example CAD; overrides the sidecar's currency)")
        if name == "stakeholders":
            p.add_argument("--registry", metavar="FILE", help="curated registry (YAML) to merge with what is discovered")
    p = sub.add_parser("network", help="the stakeholder network (co-occurrence and typed relations)",
                       description="Write the stakeholder network: sentence co-occurrence edges and typed relations.",
                       epilog="Example: python -m analysis network data/raw/article.txt --format graphml --out network.graphml")
    _article_args(p, fmt=False)
    p.add_argument("--format", choices=["graphml", "json"], default="json", help="graphml or json (node-link); default json")
    p.add_argument("--registry", metavar="FILE", help="curated registry (YAML)")
    p.add_argument("--out", metavar="FILE", help="write here instead of standard output")
    p = sub.add_parser("report", help="every table (CSV, JSON), the network and the figures, with a summary",
                       description="Write every table as CSV and JSON, the network as GraphML, figures as PNG and SVG, and summary.md.",
                       epilog="Example: python -m analysis report data/raw/article.txt --out report/")
    _article_args(p, fmt=False)
    p.add_argument("--registry", metavar="FILE", help="curated registry (YAML)")
    p.add_argument("--out", metavar="DIR", required=True, help="output folder (created if missing)")
    p = sub.add_parser("corpus", help="run every analysis on a folder of articles or a JSON Lines file, in parallel",
                       description="Run all analyses on every article with Dask; write one Parquet dataset per table.",
                       epilog="Example: python -m analysis corpus tests/data/corpus --out results/ --workers 2")
    p.add_argument("input", metavar="INPUT", help="a folder of .txt articles (optional .yml sidecars) or a .jsonl file of {id, text, reference_date}")
    p.add_argument("--out", metavar="DIR", required=True, help="output folder for the Parquet datasets")
    p.add_argument("--workers", type=int, default=None, help="number of worker processes (default: cores)")
    p.add_argument("--scheduler", metavar="ADDRESS", help="address of an existing dask.distributed scheduler")
    return parser


def _fn(module: str, name: str):
    return getattr(import_module(f"analysis.{module}"), name)


def main(argv: list[str] | None = None) -> int:
    """Run the command line with ``argv`` (default: ``sys.argv``); return the exit status (2 for bad input)."""
    args = build_parser().parse_args(argv)
    try:
        if args.command == "corpus":
            return _fn("corpus", "run_corpus_cli")(args)
        article = load_article(args.article, reference_date=args.reference_date,
                               currency=getattr(args, "currency", None))
        if args.command in TABLE_COMMANDS:
            module, name, _h, _e = TABLE_COMMANDS[args.command]
            kwargs = {"registry": args.registry} if args.command == "stakeholders" else {}
            write_table(_fn(module, name)(article, **kwargs), args.format)
        elif args.command == "network":
            _fn("stakeholders", "write_network")(article, fmt=args.format, out=args.out, registry=args.registry)
        elif args.command == "report":
            _fn("report", "write_report")(article, Path(args.out), registry=args.registry)
            print(f"report written to {args.out}", file=sys.stderr)
    except ArticleError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0
    return 0
