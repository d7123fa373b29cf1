"""Figures about the article's shape (chapter 1)."""

from __future__ import annotations

import pandas as pd

from ._style import PALETTE, finish, new_ax

__all__ = ["plot_marks_along_article", "plot_paragraph_lengths", "plot_sentence_lengths"]


def plot_sentence_lengths(sentences: pd.DataFrame, *, ax=None):
    """Histogram of sentence lengths in words, from :func:`analysis.sentence_table`."""
    ax = new_ax(ax)
    words = sentences["text"].str.split().str.len()
    bins = range(0, int(words.max()) + 6, 5) if len(words) else 10
    ax.hist(words, bins=bins, color=PALETTE[0], edgecolor="white")
    return finish(ax, title="How long the sentences are", xlabel="sentence length (words)", ylabel="number of sentences")


def plot_marks_along_article(marks: pd.DataFrame, *, n_chars: int, ax=None):
    """Strip plot of where marks (``kind``, ``start``) fall along the article, in per cent of its length."""
    ax = new_ax(ax, figsize=(8, 2.8))
    kinds = list(dict.fromkeys(marks["kind"])) if len(marks) else []
    markers = ["|", "d", "o", "s"]
    for i, kind in enumerate(kinds):
        pos = 100 * marks.loc[marks["kind"] == kind, "start"] / max(n_chars, 1)
        ax.scatter(pos, [i] * len(pos), marker=markers[i % len(markers)], s=140, color=PALETTE[i], label=kind, linewidths=2)
    ax.set_yticks(range(len(kinds)), kinds)
    ax.set_xlim(0, 100)
    ax.set_ylim(-0.7, max(len(kinds), 1) - 0.3)
    return finish(ax, title="Where quotation marks and money signs fall", xlabel="position in the article (% of characters)", ylabel="")


def plot_paragraph_lengths(article, *, ax=None):
    """Bar chart of each paragraph's length in words, in reading order."""
    ax = new_ax(ax)
    words = [len(article.text[p.start : p.end].split()) for p in article.paragraphs]
    ax.bar(range(1, len(words) + 1), words, color=PALETTE[2], width=0.8)
    return finish(ax, title="How long the paragraphs are, in reading order", xlabel="paragraph (1 = first)",
                  ylabel="paragraph length (words)")
