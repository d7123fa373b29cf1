"""Shared figure style: colour-blind-safe palette, titles, labels."""

from __future__ import annotations

import matplotlib.pyplot as plt

#: Okabe & Ito (2008) colour-blind-safe palette, black last.
PALETTE = ["#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442", "#000000"]


def palette_for(categories) -> dict:
    """A stable mapping of category -> colour from :data:`PALETTE` (cycling if more than eight)."""
    cats = list(dict.fromkeys(categories))
    return {c: PALETTE[i % len(PALETTE)] for i, c in enumerate(cats)}


def new_ax(ax=None, *, figsize=(8, 4)):
    """Return ``ax`` or a fresh Axes on a new figure of ``figsize`` inches."""
    if ax is not None:
        return ax
    _fig, ax = plt.subplots(figsize=figsize, layout="constrained")
    return ax


def finish(ax, *, title: str, xlabel: str, ylabel: str):
    """Set title and axis labels, drop the top and right spines, return ``ax``."""
    ax.set_title(title, loc="left", fontsize=12)
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    ax.spines[["top", "right"]].set_visible(False)
    return ax
