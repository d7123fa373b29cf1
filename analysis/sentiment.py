"""Sentiment with NLTK's VADER, using the lexicon shipped in the vaderSentiment wheel.

No NLTK data download is needed: the lexicon file comes from the
``vaderSentiment`` package and is read by NLTK's own analyser.
"""

from __future__ import annotations

import os
from functools import lru_cache

__all__ = ["vader", "score_text", "label_for"]

#: Compound scores at or beyond these thresholds are labelled positive / negative (VADER's convention).
POSITIVE, NEGATIVE = 0.05, -0.05


@lru_cache(maxsize=1)
def vader():
    """NLTK's ``SentimentIntensityAnalyzer`` loaded with the vaderSentiment lexicon (cached)."""
    import nltk
    import vaderSentiment
    from nltk.sentiment.vader import SentimentIntensityAnalyzer

    folder = os.path.dirname(vaderSentiment.__file__)
    if folder not in nltk.data.path:
        nltk.data.path.append(folder)
    return SentimentIntensityAnalyzer(lexicon_file="vader_lexicon.txt")


def label_for(compound: float) -> str:
    """``positive``, ``negative`` or ``neutral`` for a compound score.

    >>> label_for(0.4), label_for(-0.3), label_for(0.0)
    ('positive', 'negative', 'neutral')
    """
    if compound >= POSITIVE:
        return "positive"
    if compound <= NEGATIVE:
        return "negative"
    return "neutral"


def score_text(text: str) -> dict:
    """VADER scores of ``text``: ``compound``, ``pos``, ``neu``, ``neg`` and ``label``.

    >>> score_text("This is a wonderful result.")["label"]
    'positive'
    """
    s = vader().polarity_scores(text or "")
    return {"compound": s["compound"], "pos": s["pos"], "neu": s["neu"], "neg": s["neg"], "label": label_for(s["compound"])}
