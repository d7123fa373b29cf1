"""Figures of a corpus run: one bar per article."""

from __future__ import annotations

import pandas as pd

from ._style import PALETTE, finish, new_ax

__all__ = ["plot_corpus_voices"]

# Source types in the order they are stacked, with their colours (Okabe-Ito).
_TYPES = {"named": PALETTE[0], "anonymous": PALETTE[1], "document": PALETTE[2]}


def plot_corpus_voices(quotes: pd.DataFrame, claims: pd.DataFrame, *, articles=None, ax=None):
    """Attributed voices per article, stacked by source type.

    A voice is a quotation with a speaker or a reported claim (rows of the
    corpus ``quotes`` and ``claims`` tables); quotations without a speaker
    (labels, unattributed quotations) are left out.

    Parameters
    ----------
    quotes, claims : pandas.DataFrame
        Corpus tables with ``article_id``, ``speaker`` and ``source_type``.
    articles : list of str, optional
        Articles to show, in this order (default: every article in the tables),
        so that an article with no voice still gets its (empty) row.
    ax : matplotlib.axes.Axes, optional

    Returns
    -------
    matplotlib.axes.Axes
    """
    frames = [df.loc[df["speaker"].notna(), ["article_id", "source_type"]] for df in (quotes, claims) if len(df)]
    voices = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=["article_id", "source_type"])
    if articles is None:
        articles = sorted(set(voices["article_id"]))
    counts = pd.crosstab(voices["article_id"], voices["source_type"]).reindex(index=articles, fill_value=0)
    ax = new_ax(ax, figsize=(8, 0.45 * len(articles) + 1.4))
    left = pd.Series(0, index=counts.index)
    for kind, colour in _TYPES.items():
        if kind in counts.columns:
            ax.barh(counts.index, counts[kind], left=left, color=colour, label=kind)
            left = left + counts[kind]
    ax.invert_yaxis()
    ax.legend(title="source", frameon=False, loc="upper left", bbox_to_anchor=(1.01, 1))
    return finish(ax, title="Who the articles rest on: attributed voices per article",
                  xlabel="quotations with a speaker plus reported claims (count)", ylabel="article")
