"""Figures about who speaks (chapter 2): shares of voice, affiliations, tone per source and along the article."""

from __future__ import annotations

import numpy as np
import pandas as pd

from ._style import PALETTE, finish, new_ax, palette_for

__all__ = ["plot_voice_shares", "plot_affiliation_mix", "plot_source_tone", "plot_tone_along"]

_TYPE_COLOURS = {"named": PALETTE[0], "anonymous": PALETTE[1], "document": PALETTE[2], "none": PALETTE[7]}


def plot_voice_shares(shares: pd.DataFrame, *, ax=None):
    """Grouped bars: share of quotations, quoted words and reported claims per source type.

    ``shares`` is :func:`analysis.voice_shares`.
    """
    ax = new_ax(ax, figsize=(8, 3.6))
    measures = [("quotation_share", "quotations"), ("word_share", "quoted words"), ("claim_share", "unquoted claims")]
    width = 0.8 / max(len(shares), 1)
    for i, row in enumerate(shares.itertuples()):
        x = np.arange(len(measures)) + (i - (len(shares) - 1) / 2) * width
        vals = [100 * getattr(row, m) for m, _ in measures]
        ax.bar(x, vals, width=width * 0.95, color=_TYPE_COLOURS.get(row.source_type, PALETTE[4]), label=row.source_type)
        for xi, v in zip(x, vals):
            ax.annotate(f"{v:.0f}%", (xi, v), ha="center", va="bottom", fontsize=8, xytext=(0, 2), textcoords="offset points")
    ax.set_xticks(range(len(measures)), [label for _, label in measures])
    ax.set_ylim(0, 110)
    if len(shares):
        ax.legend(title="source", frameon=False, loc="upper left", bbox_to_anchor=(1, 1))
    return finish(ax, title="Named and anonymous voices", xlabel="", ylabel="share of the article's total (%)")


def plot_affiliation_mix(sources: pd.DataFrame, *, ax=None):
    """Horizontal stacked bars: quotations and unquoted claims per affiliation class.

    ``sources`` is :func:`analysis.source_table`.
    """
    ax = new_ax(ax, figsize=(8, 3.6))
    g = sources.groupby("affiliation", dropna=False)[["quotes", "reported_claims"]].sum()
    g.index = [str(i) if isinstance(i, str) else "unknown" for i in g.index]
    g = g.assign(total=g.sum(axis=1)).sort_values("total")
    ax.barh(g.index, g["quotes"], color=PALETTE[0], label="quotations")
    ax.barh(g.index, g["reported_claims"], left=g["quotes"], color=PALETTE[1], label="unquoted claims", hatch="//",
            edgecolor="white")
    if len(g):
        ax.legend(frameon=False, loc="lower right")
    return finish(ax, title="Who the sources are", xlabel="number of quotations and claims", ylabel="affiliation")


def plot_source_tone(sources: pd.DataFrame, *, ax=None):
    """Mean VADER compound per quoted source with its bootstrap interval, coloured by affiliation.

    ``sources`` is :func:`analysis.source_table`; sources without quotations are left out.
    """
    s = sources[sources["quotes"] > 0].sort_values("compound_mean")
    ax = new_ax(ax, figsize=(8, max(2.5, 0.45 * len(s) + 1.2)))
    colours = palette_for(sorted(s["affiliation"].fillna("unknown")))
    for y, row in enumerate(s.itertuples()):
        c = colours[row.affiliation if isinstance(row.affiliation, str) else "unknown"]
        ax.plot([row.ci_low, row.ci_high], [y, y], color=c, linewidth=2.5, solid_capstyle="round")
        ax.scatter([row.compound_mean], [y], color=c, s=20 + 25 * row.quotes, zorder=3, edgecolor="black", linewidth=0.5)
    ax.set_yticks(range(len(s)), [f"{sp} ({n})" for sp, n in zip(s["speaker"], s["quotes"])])
    ax.axvline(0, color="grey", linewidth=0.8, linestyle=":")
    ax.set_xlim(-1.05, 1.05)
    handles = [ax.scatter([], [], color=c, s=40, label=k) for k, c in colours.items()]
    if handles:
        ax.legend(handles=handles, title="affiliation", frameon=False, loc="upper left", bbox_to_anchor=(1, 1))
    return finish(ax, title="How each source sounds", xlabel="mean VADER compound of their quotations (-1 to 1), 95% bootstrap interval",
                  ylabel="source (quotations)")


def plot_tone_along(quotes: pd.DataFrame, *, n_chars: int, ax=None):
    """Each quotation's VADER compound against its position in the article, marker by kind, colour by source type.

    ``quotes`` is :func:`analysis.extract_quotes`; terms (labels) are left out.
    """
    ax = new_ax(ax, figsize=(8, 3.6))
    q = quotes[quotes["kind"] != "term"]
    markers = {"full": "o", "partial": "s"}
    for (kind, st), part in q.groupby(["kind", "source_type"]):
        x = 100 * part["start"] / max(n_chars, 1)
        ax.scatter(x, part["compound"], marker=markers.get(kind, "^"), color=_TYPE_COLOURS.get(st, PALETTE[4]), s=45,
                   label=f"{kind}, {st}", edgecolor="black", linewidth=0.4)
    if len(q) >= 4:
        order = q.sort_values("start")
        roll = order["compound"].rolling(4, min_periods=2, center=True).mean()
        ax.plot(100 * order["start"] / max(n_chars, 1), roll, color=PALETTE[7], linewidth=1, label="running mean (4 quotations)")
    ax.axhline(0, color="grey", linewidth=0.8, linestyle=":")
    ax.set_xlim(0, 100)
    ax.set_ylim(-1.05, 1.05)
    if ax.get_legend_handles_labels()[0]:
        ax.legend(frameon=False, fontsize=8, loc="upper left", bbox_to_anchor=(1, 1))
    return finish(ax, title="Tone of the quotations along the article", xlabel="position in the article (% of characters)",
                  ylabel="VADER compound (-1 to 1)")
