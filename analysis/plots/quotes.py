"""Figures about who speaks (chapter 2): shares of voice, affiliations, tone per source."""

from __future__ import annotations

import numpy as np
import pandas as pd
from matplotlib.ticker import MaxNLocator

from ..quotes import MIN_FOR_INTERVAL, SIDE_LABELS
from ._style import PALETTE, finish, new_ax, palette_for

__all__ = ["plot_voice_shares", "plot_affiliation_mix", "plot_source_tone", "MIN_FOR_INTERVAL"]

_TYPE_COLOURS = {"named": PALETTE[0], "anonymous": PALETTE[1], "document": PALETTE[2], "none": PALETTE[7]}


def plot_voice_shares(shares: pd.DataFrame, *, ax=None):
    """Grouped bars: share of quotations, quoted words and reported claims per source type.

    ``shares`` is :func:`analysis.voice_shares`.
    """
    ax = new_ax(ax, figsize=(7, 3.6))
    measures = [("quotation_share", "quotations"), ("word_share", "quoted words"), ("claim_share", "unquoted claims")]
    width = 0.8 / max(len(shares), 1)
    for i, row in enumerate(shares.itertuples()):
        x = np.arange(len(measures)) + (i - (len(shares) - 1) / 2) * width
        vals = [100 * getattr(row, m) for m, _ in measures]
        ax.bar(x, vals, width=width * 0.95, color=_TYPE_COLOURS.get(row.source_type, PALETTE[4]), label=row.source_type)
        for xi, v in zip(x, vals):
            ax.annotate(f"{v:.0f}%", (xi, v), ha="center", va="bottom", fontsize=10, xytext=(0, 2), textcoords="offset points")
    ax.set_xticks(range(len(measures)), [label for _, label in measures])
    ax.set_ylim(0, 110)
    if len(shares):
        ax.legend(title="source", frameon=False, loc="upper left", bbox_to_anchor=(1, 1))
    return finish(ax, title="Named and anonymous voices", xlabel="", ylabel="share of the article's total (%)")


def plot_affiliation_mix(sources: pd.DataFrame, *, ax=None):
    """Horizontal stacked bars: quotations and unquoted claims per affiliation class.

    ``sources`` is :func:`analysis.source_table`.
    """
    ax = new_ax(ax, figsize=(7, 3.6))
    keys = sources["affiliation"].fillna("unknown").astype(str)
    if "side" in sources:
        keys = keys + " (" + sources["side"].map(SIDE_LABELS).fillna("side unknown") + ")"
    g = sources.groupby(keys)[["quotes", "reported_claims"]].sum()
    g = g.assign(total=g.sum(axis=1))
    g = g[g["total"] > 0].sort_values("total")
    ax.barh(g.index, g["quotes"], color=PALETTE[0], label="quotations")
    ax.barh(g.index, g["reported_claims"], left=g["quotes"], color=PALETTE[1], label="unquoted claims", hatch="//",
            edgecolor="white")
    if len(g):
        ax.legend(frameon=False, loc="lower right")
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))  # counts: whole numbers only
    return finish(ax, title="Who the sources are", xlabel="number of quotations and claims", ylabel="affiliation")




def _interval(values, *, seed: int = 0, n: int = 1000) -> tuple[float, float]:
    rng = np.random.default_rng(seed)
    means = rng.choice(values, size=(n, len(values)), replace=True).mean(axis=1)
    return float(np.quantile(means, 0.025)), float(np.quantile(means, 0.975))


def plot_source_tone(quotes: pd.DataFrame, *, score: str = "compound", ax=None, min_interval: int = MIN_FOR_INTERVAL):
    """Each quoted source's tone: every quotation as a dot; a mean and 95% interval only with enough quotations.

    Parameters
    ----------
    quotes : pandas.DataFrame
        :func:`analysis.extract_quotes`; terms and quotations without a speaker are left out.
    score : str
        The column that holds each quotation's score: ``stance_score`` (the trained model's stance
        toward the story's subject, P(positive) minus P(negative)), ``compound`` (VADER), or another
        score on the same -1 to 1 scale.
    min_interval : int
        A source with at least this many quotations gets its mean and a bootstrap interval (fixed seed);
        fewer, and only its single scores are drawn.

    Returns
    -------
    matplotlib.axes.Axes
    """
    q = quotes[(quotes["kind"] != "term") & quotes["speaker"].notna()]
    order = q.groupby("speaker")[score].agg(["mean", "size"]).sort_values(["mean", "size"])
    ax = new_ax(ax, figsize=(7, max(2.5, 0.4 * len(order) + 1.3)))
    colours = dict(zip(SIDE_LABELS, PALETTE))
    for y, (speaker, row) in enumerate(order.iterrows()):
        mine = q[q["speaker"] == speaker]
        side = mine["side"].iloc[0] if "side" in mine else None
        c = colours.get(side, PALETTE[7])
        # the dots of one source are spread a little up and down, so equal scores do not hide one another
        spread = np.linspace(-0.2, 0.2, len(mine)) if len(mine) > 1 else np.zeros(1)
        ax.scatter(mine[score], y + spread, color=c, s=36, alpha=0.8, edgecolor="black", linewidth=0.4, zorder=3)
        if row["size"] >= min_interval:
            lo, hi = _interval(mine[score].to_numpy())
            ax.plot([lo, hi], [y, y], color=c, linewidth=2.5, solid_capstyle="round", zorder=2)
            ax.scatter([row["mean"]], [y], marker="|", s=300, color="black", zorder=4)
    ax.set_yticks(range(len(order)), [f"{sp} ({int(n)})" for sp, n in zip(order.index, order["size"])], fontsize=9)
    ax.axvline(0, color="grey", linewidth=0.8, linestyle=":")
    ax.set_xlim(-1.05, 1.05)
    handles = [ax.scatter([], [], color=colours[k], s=36, label=v) for k, v in SIDE_LABELS.items() if (q.get("side") == k).any()]
    if handles:
        # below the plot, so the dots keep the figure's whole width
        ax.figure.legend(handles=handles, title="side", frameon=False, fontsize=9, loc="outside lower center",
                         ncol=min(len(handles), 2))
    xlabel = {"compound": "VADER tone of each quotation (-1 to 1)",
              "stance_score": "stance toward the story's subject: P(positive) - P(negative)"}.get(
        score, f"tone of each quotation ({score}, -1 to 1)")
    return finish(ax, title="How each source sounds", xlabel=xlabel,
                  ylabel="source (quotations)")
