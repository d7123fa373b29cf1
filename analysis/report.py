"""The full report for any article: every table, the network, the figures and a summary.

``python -m analysis report ARTICLE --out DIR`` calls :func:`write_report`.

The report is first written into a scratch folder inside ``DIR``
(``DIR/_scratch-<pid>/``) and moved into place file by file only when every
file is complete, after checking that each target folder can be written: a
read-only ``tables/`` or a full disk leaves the previous report as it was.
``DIR/_report.json`` lists the files the report wrote, so that the next report
in the same folder removes its own stale files (a figure the new article does
not have) and nothing else.  A symbolic link already in ``DIR`` where the
report writes is never followed.
"""

from __future__ import annotations

import datetime as _dt
import html
import json
import os
import shutil
from pathlib import Path

import matplotlib.pyplot as plt
import pandas as pd

from . import plots
from .annotate import annotated_document
from .article import Article, ArticleError, article_summary
from .quotes import voice_shares
from .stakeholders import stakeholder_network, write_network
from .tables import TABLES, compute_table, table_to_csv, table_to_records

__all__ = ["report_tables", "write_report"]

_MANIFEST = "_report.json"


def report_tables(article: Article, *, registry=None) -> dict[str, pd.DataFrame]:
    """Every table of :data:`analysis.tables.TABLES` for ``article``, by name (the report's file stems)."""
    return {name: compute_table(name, article, registry=registry) for name in TABLES}


def _figure_specs(article: Article, t: dict[str, pd.DataFrame], registry):
    n = len(article.text)
    return [
        ("sentence_lengths", "Sentence lengths", lambda: plots.plot_sentence_lengths(t["sentences"])),
        ("marks_along_article", "Quotation marks and currency signs along the article",
         lambda: plots.plot_marks_along_article(t["marks"], n_chars=n)),
        ("voice_shares", "Named and anonymous voices", lambda: plots.plot_voice_shares(voice_shares(article))),
        ("affiliation_mix", "Where the sources come from", lambda: plots.plot_affiliation_mix(t["sources"])),
        ("source_tone", "Tone by source", lambda: plots.plot_source_tone(t["quotes"], score="stance_score")),
        ("stakeholder_network", "Stakeholder network",
         lambda: plots.plot_stakeholder_network(stakeholder_network(article, registry=registry))),
        ("mentioned_and_quoted", "Who is talked about and who talks", lambda: plots.plot_voice(t["stakeholders"])),
        ("power_interest", "Power and interest", lambda: plots.plot_power_interest(t["stakeholders"])),
        ("money_timeline", "Money timeline", lambda: plots.plot_money_timeline(t["financing"])),
        ("market_reactions", "Share-price moves", lambda: plots.plot_market_reactions(t["financing"])),
    ]


def _figures(article: Article, tables: dict[str, pd.DataFrame], *, registry=None):
    """(name, title, Figure) for every figure of the report; a figure with nothing to draw is left out."""
    out = []
    for name, title, draw in _figure_specs(article, tables, registry):
        try:
            res = draw()
        except (ValueError, KeyError):  # an empty table, or judgements the article has none of
            plt.close("all")
            continue
        out.append((name, title, getattr(res, "figure", res)))
    return out


def _summary_lines(article: Article, tables: dict[str, pd.DataFrame], figures: list[tuple[str, str]]) -> list[str]:
    """The lines of ``summary.md``; the title and the source path are HTML-escaped (a title may hold markup)."""
    esc = html.escape
    summary = article_summary(article)
    quotes, sources = tables["quotes"], tables["sources"]
    speech = quotes[quotes["kind"] != "term"] if len(quotes) else quotes
    anonymous = int((speech["source_type"] == "anonymous").sum()) if len(speech) else 0
    date = article.reference_date.isoformat() if article.reference_date else "not set"
    return [
        f"# Report: {esc(str(article.title or article.name))}",
        "",
        f"Generated {_dt.date.today().isoformat()} from {esc(str(article.metadata.get('source', 'text')))}"
        f" (reference date {date}).",
        "",
        f"- {summary['words']} words, {summary['paragraphs']} paragraphs, {summary['sentences']} sentences",
        f"- {len(quotes)} quotations ({len(speech)} of speech, {anonymous} of them from anonymous sources),"
        f" {len(sources)} sources",
        f"- {len(tables['stakeholders'])} stakeholders, {len(tables['relations'])} typed relations",
        f"- {len(tables['money'])} money amounts and percentages, {len(tables['financing'])} financing facts",
        "",
        "## Tables",
        "",
        *[f"- {name}: [CSV](tables/{name}.csv), [JSON](tables/{name}.json) ({len(df)} rows)"
          for name, df in tables.items()],
        "",
        "## Network and annotated text",
        "",
        "- [network.graphml](network.graphml): stakeholders, co-occurrence weights and typed relations",
        "- [annotated.html](annotated.html): the article with every quotation, mention and money fact marked",
        "",
        "## Figures",
        "",
        *[f"- {title}: [PNG](figures/{name}.png), [SVG](figures/{name}.svg)" for name, title in figures],
        "",
    ]


def _write_files(article: Article, scratch: Path, *, registry=None) -> list[str]:
    """Write the whole report into ``scratch``; return the paths written, relative to it."""
    (scratch / "tables").mkdir()
    (scratch / "figures").mkdir()
    written = []
    tables = report_tables(article, registry=registry)
    for name, df in tables.items():
        (scratch / "tables" / f"{name}.csv").write_text(table_to_csv(df), encoding="utf-8")
        (scratch / "tables" / f"{name}.json").write_text(
            json.dumps(table_to_records(df), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        written += [f"tables/{name}.csv", f"tables/{name}.json"]
    write_network(article, fmt="graphml", out=scratch / "network.graphml", registry=registry)
    page = annotated_document(article, quotes=tables["quotes"], claims=tables["claims"],
                              mentions=tables["mentions"], facts=tables["financing"])
    (scratch / "annotated.html").write_text(page, encoding="utf-8")
    figures = []
    for name, title, fig in _figures(article, tables, registry=registry):
        try:
            for ext in ("png", "svg"):
                fig.savefig(scratch / "figures" / f"{name}.{ext}", dpi=150, bbox_inches="tight")
                written.append(f"figures/{name}.{ext}")
        finally:
            plt.close(fig)
        figures.append((name, title))
    (scratch / "summary.md").write_text("\n".join(_summary_lines(article, tables, figures)), encoding="utf-8")
    return [*written, "network.graphml", "annotated.html", "summary.md"]


def _previous_files(out: Path) -> list[str]:
    """The files an earlier report in ``out`` listed in its manifest (none if there is no readable one)."""
    try:
        files = json.loads((out / _MANIFEST).read_text(encoding="utf-8")).get("files", [])
    except (OSError, ValueError, AttributeError):
        return []
    return [f for f in files if isinstance(f, str) and ".." not in Path(f).parts and not Path(f).is_absolute()]


def _check_targets(out: Path) -> None:
    """Refuse symbolic links where the report writes, and folders that cannot be written, before moving anything."""
    for sub in ("tables", "figures"):
        d = out / sub
        if d.is_symlink():
            raise ArticleError(f"{d}: is a symbolic link; the report does not write through links (remove it)")
        if d.exists() and not d.is_dir():
            raise ArticleError(f"{d}: exists and is not a folder")
        d.mkdir(exist_ok=True)
    for d in (out, out / "tables", out / "figures"):
        probe = d / f"_probe-{os.getpid()}"
        try:
            probe.write_bytes(b"")
            probe.unlink()
        except OSError as e:
            raise ArticleError(f"{d}: cannot write the report here ({e.strerror}); the previous report is unchanged") from None


def _commit(out: Path, scratch: Path, files: list[str]) -> None:
    """Move the finished files into ``out``, drop the earlier report's stale files, write the manifest."""
    stale = set(_previous_files(out)) - set(files)
    for rel in files:
        target = out / rel
        if target.is_dir() and not target.is_symlink():
            raise ArticleError(f"{target}: is a folder where the report writes a file")
        os.replace(scratch / rel, target)  # replaces a symbolic link itself, never what it points to
    for rel in sorted(stale):
        p = out / rel
        if p.is_symlink() or p.is_file():
            p.unlink()
    tmp = scratch / _MANIFEST
    tmp.write_text(json.dumps({"files": files}, indent=1), encoding="utf-8")
    os.replace(tmp, out / _MANIFEST)


def write_report(article: Article, out: Path, *, registry=None) -> Path:
    """Write every table (CSV and JSON), the network (GraphML), the annotated article, figures (PNG, SVG) and ``summary.md``.

    Parameters
    ----------
    article : Article
    out : pathlib.Path
        Output folder, created if missing.
    registry : optional
        A curated stakeholder registry (path or mapping).

    Returns
    -------
    pathlib.Path
        The path of ``summary.md``.

    Raises
    ------
    ArticleError
        When the folder cannot be created or written (a read-only folder, a
        full disk, a symbolic link where a report folder goes); the previous
        report in ``out`` is then left as it was.
    """
    out = Path(out)
    try:
        out.mkdir(parents=True, exist_ok=True)
        scratch = Path(out / f"_scratch-{os.getpid()}")
        shutil.rmtree(scratch, ignore_errors=True)
        scratch.mkdir()
    except OSError as e:
        raise ArticleError(f"{out}: cannot create the report folder ({e.strerror})") from None
    try:
        files = _write_files(article, scratch, registry=registry)
        _check_targets(out)
        _commit(out, scratch, files)
    except OSError as e:
        where = e.filename or out
        raise ArticleError(f"{where}: cannot write the report ({e.strerror}); the previous report is unchanged") from None
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return out / "summary.md"
