"""The full report for any article: every table, the network, the figures and a summary.

``python -m analysis report ARTICLE --out DIR`` calls :func:`write_report`.
"""

from __future__ import annotations

import datetime as _dt
import json
from pathlib import Path

import matplotlib.pyplot as plt
import pandas as pd

from . import plots
from .annotate import annotated_document
from .article import Article, ArticleError, article_summary, mark_table, sentence_table
from .financing import extract_financing, extract_money, extract_times
from .quotes import extract_quotes, reported_claims, source_table
from .stakeholders import find_stakeholders, stakeholder_mentions, stakeholder_relations, write_network

__all__ = ["report_tables", "write_report"]


def report_tables(article: Article, *, registry=None) -> dict[str, pd.DataFrame]:
    """Every table the analyses produce for ``article``, by name (the report's file stems)."""
    return {
        "sentences": sentence_table(article),
        "marks": mark_table(article),
        "quotes": extract_quotes(article),
        "sources": source_table(article),
        "reported_claims": reported_claims(article),
        "stakeholders": find_stakeholders(article, registry=registry),
        "mentions": stakeholder_mentions(article, registry=registry),
        "relations": stakeholder_relations(article, registry=registry),
        "money": extract_money(article),
        "times": extract_times(article),
        "financing": extract_financing(article),
    }


def _figures(article: Article, tables: dict[str, pd.DataFrame], *, registry=None):
    """(name, title, Figure) for every figure of the report; a figure with nothing to draw is left out."""
    from .quotes import voice_shares
    from .stakeholders import stakeholder_network

    t = tables
    specs = [
        ("sentence_lengths", "Sentence lengths", lambda: plots.plot_sentence_lengths(t["sentences"])),
        ("marks_along_article", "Quotation marks and currency signs along the article",
         lambda: plots.plot_marks_along_article(t["marks"], n_chars=len(article.text))),
        ("voice_shares", "Named and anonymous voices", lambda: plots.plot_voice_shares(voice_shares(article))),
        ("affiliation_mix", "Where the sources come from", lambda: plots.plot_affiliation_mix(t["sources"])),
        ("source_tone", "Tone by source", lambda: plots.plot_source_tone(t["quotes"])),
        ("stakeholder_network", "Stakeholder network",
         lambda: plots.plot_stakeholder_network(stakeholder_network(article, registry=registry))),
        ("mentioned_and_quoted", "Who is talked about and who talks", lambda: plots.plot_voice(t["stakeholders"])),
        ("power_interest", "Power and interest", lambda: plots.plot_power_interest(t["stakeholders"])),
        ("money_timeline", "Money timeline", lambda: plots.plot_money_timeline(t["financing"])),
        ("market_reactions", "Share-price moves", lambda: plots.plot_market_reactions(t["financing"])),
    ]
    out = []
    for name, title, draw in specs:
        try:
            res = draw()
        except (ValueError, KeyError):  # an empty table, or judgements the article has none of
            plt.close("all")
            continue
        out.append((name, title, getattr(res, "figure", res)))
    return out


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
    """
    from .cli import table_to_csv, table_to_records

    out = Path(out)
    try:
        (out / "tables").mkdir(parents=True, exist_ok=True)
        (out / "figures").mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise ArticleError(f"{out}: cannot create the report folder ({e.strerror})") from None
    tables = report_tables(article, registry=registry)
    for name, df in tables.items():
        (out / "tables" / f"{name}.csv").write_text(table_to_csv(df), encoding="utf-8")
        (out / "tables" / f"{name}.json").write_text(
            json.dumps(table_to_records(df), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    write_network(article, fmt="graphml", out=out / "network.graphml", registry=registry)
    page = annotated_document(article, quotes=tables["quotes"], claims=tables["reported_claims"],
                              mentions=tables["mentions"], facts=tables["financing"])
    (out / "annotated.html").write_text(page, encoding="utf-8")
    figures = []
    for name, title, fig in _figures(article, tables, registry=registry):
        for ext in ("png", "svg"):
            fig.savefig(out / "figures" / f"{name}.{ext}", dpi=150, bbox_inches="tight")
        plt.close(fig)
        figures.append((name, title))
    summary = article_summary(article)
    quotes, sources = tables["quotes"], tables["sources"]
    speech = quotes[quotes["kind"] != "term"] if len(quotes) else quotes
    anonymous = int((speech["source_type"] == "anonymous").sum()) if len(speech) else 0
    lines = [
        f"# Report: {article.title or article.name}",
        "",
        f"Generated {_dt.date.today().isoformat()} from `{article.metadata.get('source', 'text')}`"
        f" (reference date {article.reference_date.isoformat() if article.reference_date else 'not set'}).",
        "",
        f"- {summary['words']} words, {summary['paragraphs']} paragraphs, {summary['sentences']} sentences",
        f"- {len(quotes)} quotations ({len(speech)} of speech, {anonymous} of them from anonymous sources),"
        f" {len(sources)} sources",
        f"- {len(tables['stakeholders'])} stakeholders, {len(tables['relations'])} typed relations",
        f"- {len(tables['money'])} money amounts and percentages, {len(tables['financing'])} financing facts",
        "",
        "## Tables",
        "",
        *[f"- {name}: [CSV](tables/{name}.csv), [JSON](tables/{name}.json) ({len(df)} rows)" for name, df in tables.items()],
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
    path = out / "summary.md"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path
