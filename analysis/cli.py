"""Command line: ``python -m analysis COMMAND ...``.

Every table of :data:`analysis.tables.TABLES` is a command that takes
``ARTICLE`` (a path), ``--reference-date YYYY-MM-DD`` and ``--format csv|json``
and writes to standard output.  In CSV, list cells are joined with ``"; "``;
in JSON they stay lists and dates are ISO strings.  Bad input and
operating-system errors give one line on standard error and exit status 2.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .article import ArticleError, load_article
from .stakeholders import write_network
from .tables import TABLES, compute_table, write_table

__all__ = ["build_parser", "main"]


def _article_args(p: argparse.ArgumentParser, *, fmt: bool = True) -> None:
    p.add_argument("article", metavar="ARTICLE", help="path to a UTF-8 text file (sidecar <name>.yml is read if present)")
    p.add_argument("--reference-date", metavar="YYYY-MM-DD", help="date relative times are resolved against (overrides the sidecar)")
    p.add_argument("--currency", metavar="CODE", help="ISO 4217 code of the reference currency, what a bare $ means "
                   "(for example CAD; overrides the sidecar's currency)")
    if fmt:
        p.add_argument("--format", choices=["csv", "json"], default="csv", help="output format (default: csv)")


def _table_commands(sub) -> None:
    for name, spec in TABLES.items():
        example = f"python -m analysis {name} {spec.example or 'data/raw/article.txt'}"
        p = sub.add_parser(name, help=spec.description, description=f"Print {spec.description}.",
                           epilog=f"Example: {example}")
        _article_args(p)
        if spec.registry:
            p.add_argument("--registry", metavar="FILE", help="curated registry (YAML) to merge with what is discovered")


def _corpus_command(sub) -> None:
    p = sub.add_parser("corpus", help="run every analysis on a folder of articles or a JSON Lines file, in parallel",
                       description="Run all analyses on every article in worker processes (or on a Dask cluster); "
                                   "write one Parquet dataset per table.",
                       epilog="Example: python -m analysis corpus tests/data/corpus --out results/ --workers 2")
    p.add_argument("input", metavar="INPUT", help="a folder of .txt articles (optional .yml sidecars) or a .jsonl file of {id, text, reference_date}")
    p.add_argument("--out", metavar="DIR", required=True, help="output folder for the Parquet datasets")
    p.add_argument("--workers", type=int, default=None, help="number of worker processes (default and maximum: cores)")
    p.add_argument("--scheduler", metavar="ADDRESS", help="address of a running Dask scheduler (tcp://HOST:PORT)")
    p.add_argument("--article-timeout", type=float, default=None, metavar="SECONDS",
                   help="longest time one article may take before it becomes an error row (default: 300)")
    p.add_argument("--quiet", action="store_true", help="no progress bar")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of ``python -m analysis``, one sub-command per table or output."""
    parser = argparse.ArgumentParser(
        prog="python -m analysis",
        description="Narrative analysis of an English news article: every table the book shows, from the shell.",
        epilog="Example: python -m analysis quotes data/raw/article.txt --format json",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    _table_commands(sub)
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
    _corpus_command(sub)
    return parser


def _run(args) -> int:
    if args.command == "corpus":
        from .corpus import run_corpus_cli  # here: the corpus engine's modules are of no use to other commands

        return run_corpus_cli(args)
    article = load_article(args.article, reference_date=args.reference_date, currency=args.currency)
    if args.command in TABLES:
        write_table(compute_table(args.command, article, registry=getattr(args, "registry", None)), args.format)
    elif args.command == "network":
        write_network(article, fmt=args.format, out=args.out, registry=args.registry)
    elif args.command == "report":
        from .report import write_report  # here: the report's figures import matplotlib (a second of start-up)

        write_report(article, Path(args.out), registry=args.registry)
        print(f"report written to {args.out}", file=sys.stderr)
    return 0


def main(argv: list[str] | None = None) -> int:
    """Run the command line with ``argv`` (default: ``sys.argv``); return the exit status (2 for bad input)."""
    args = build_parser().parse_args(argv)
    try:
        return _run(args)
    except ArticleError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0
    except OSError as e:  # unreadable file, name too long, permission denied, disk full ...
        where = f"{e.filename}: " if e.filename else ""
        print(f"error: {where}{e.strerror or e.__class__.__name__}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
