"""Sentiment with NLTK's VADER, using the lexicon shipped in the vaderSentiment wheel.

No NLTK data download is needed: the lexicon file comes from the
``vaderSentiment`` package and is read by NLTK's own analyser.
"""

from __future__ import annotations

import os
from functools import lru_cache

__all__ = ["vader", "news_vader", "score_text", "label_for", "sentiment_toward", "NEWS_LEXICON", "TOWARD_VERBS", "TOWARD_RULES",
           "DEFAULT_RULES"]

#: Compound scores at or beyond these thresholds are labelled positive / negative (VADER's convention).
POSITIVE, NEGATIVE = 0.05, -0.05


@lru_cache(maxsize=1)
def vader():
    """NLTK's ``SentimentIntensityAnalyzer`` loaded with the vaderSentiment lexicon (cached)."""
    import nltk
    import vaderSentiment

    folder = os.path.dirname(vaderSentiment.__file__)
    if folder not in nltk.data.path:
        nltk.data.path.append(folder)
    return _analyzer_class()(lexicon_file="vader_lexicon.txt")


@lru_cache(maxsize=1)
def _analyzer_class():
    """NLTK's analyser with a faster tokenisation step and the same scores.

    NLTK's ``SentiText`` builds a dictionary of every word joined with every
    punctuation mark (``"cat,"``, ``",cat"``, ...) to strip punctuation from
    a token; that is about 95% of the time of a score.  The subclass below
    strips the leading or trailing run of ASCII punctuation and accepts the
    result under the same condition: the run is one of VADER's punctuation
    marks and the rest is a word of the punctuation-free text.
    """
    import string

    from nltk.sentiment.vader import SentiText, SentimentIntensityAnalyzer

    class _SentiText(SentiText):
        def _words_and_emoticons(self):
            punc = string.punctuation
            marks = set(self.PUNC_LIST)
            words_only = {w for w in self.REGEX_REMOVE_PUNCTUATION.sub("", self.text).split() if len(w) > 1}
            wes = [we for we in self.text.split() if len(we) > 1]
            for i, we in enumerate(wes):
                rest = we.lstrip(punc)
                if rest != we and we[: len(we) - len(rest)] in marks and rest in words_only:
                    wes[i] = rest
                    continue
                rest = we.rstrip(punc)
                if rest != we and we[len(rest):] in marks and rest in words_only:
                    wes[i] = rest
            return wes

    class _Analyzer(SentimentIntensityAnalyzer):
        def polarity_scores(self, text):
            # NLTK 3.10's polarity_scores with _SentiText in place of SentiText
            sentitext = _SentiText(text, self.constants.PUNC_LIST, self.constants.REGEX_REMOVE_PUNCTUATION)
            sentiments = []
            words_and_emoticons = sentitext.words_and_emoticons
            first_index = {}
            for idx, token in enumerate(words_and_emoticons):
                if token not in first_index:
                    first_index[token] = idx
            for item in words_and_emoticons:
                valence = 0
                i = first_index[item]
                if (
                    i < len(words_and_emoticons) - 1
                    and item.lower() == "kind"
                    and words_and_emoticons[i + 1].lower() == "of"
                ) or item.lower() in self.constants.BOOSTER_DICT:
                    sentiments.append(valence)
                    continue
                sentiments = self.sentiment_valence(valence, sentitext, item, i, sentiments)
            sentiments = self._but_check(words_and_emoticons, sentiments)
            return self.score_valence(sentiments, text)

    return _Analyzer


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


@lru_cache(maxsize=65536)
def _polarity(text: str) -> dict:
    """VADER's scores for ``text``, cached: the same sentence is scored by several analyses."""
    return vader().polarity_scores(text)


def score_text(text: str) -> dict:
    """VADER scores of ``text``: ``compound``, ``pos``, ``neu``, ``neg`` and ``label``.

    >>> score_text("This is a wonderful result.")["label"]
    'positive'
    """
    s = _polarity(text or "")
    return {"compound": s["compound"], "pos": s["pos"], "neu": s["neu"], "neg": s["neg"], "label": label_for(s["compound"])}


# ---------------------------------------------------------------------------
# Sentiment toward a target
# ---------------------------------------------------------------------------
import re as _re  # noqa: E402

#: News-domain lexicon adjustments, word to VADER valence (-4 .. 4; 0 removes the word).
#: VADER was built for social media; these words carry another sense in news.
NEWS_LEXICON = {
    # finance and business terms VADER reads as emotions ("interest" rates, "shares", "credit", "crude" oil)
    "share": 0.0, "shares": 0.0, "interest": 0.0, "credit": 0.0, "charges": 0.0, "crude": 0.0, "bonus": 0.0,
    "bonuses": 0.0, "demand": 0.0, "growth": 0.0, "debt": 0.0, "cut": 0.0, "cuts": 0.0,
    # institutional and political words that name things, not feelings ("the Justice Department",
    # "security forces", "the Democratic party", "the Supreme Court", "health care", "intelligence agencies")
    "party": 0.0, "justice": 0.0, "security": 0.0, "defense": 0.0, "defence": 0.0, "intelligence": 0.0,
    "united": 0.0, "supreme": 0.0, "care": 0.0, "freedom": 0.0, "trust": 0.0, "support": 0.0, "supported": 0.0,
    "supporters": 0.0, "war": 0.0, "crime": 0.0, "agreement": 0.0,
    # function words VADER scores ("like" as a preposition, "well", "pretty" as an adverb, "please")
    "please": 0.0, "like": 0.0, "well": 0.0, "pretty": 0.0, "clear": 0.0, "clearly": 0.0,
    # news verbs of conflict and acclaim that VADER lacks or underrates
    "blasted": -2.0, "blasts": -2.0, "slammed": -2.0, "slams": -2.0, "rebuked": -2.0, "lambasted": -2.5,
    "derided": -2.0, "scolded": -2.0, "ousted": -1.5, "scandal": -2.5, "indicted": -2.5, "impeachment": -1.5,
    "probe": -1.0, "controversial": -1.5, "hailed": 2.0, "lauded": 2.5, "acclaimed": 2.0, "endorsed": 1.5,
    "championed": 1.5,
}

#: Verbs that, with the target as object ("critics blasted Smith"), aim their tone at the target.
#: The value is the valence given to the target (VADER scale).
TOWARD_VERBS = {
    **dict.fromkeys("attack attacked attacks attacking criticize criticized criticizes criticizing criticise "
                    "criticised blasted blast blasts slammed slam slams accused accuse accuses accusing "
                    "blamed blame blames blaming condemned condemn condemns denounced denounce mocked mock "
                    "ridiculed questioned rebuked lambasted derided scolded sued sue sues targeted "
                    "impeach impeached investigate investigated investigating indicted charged ousted fired "
                    "defeated beat beats beating".split(), -2.0),
    **dict.fromkeys("praised praise praises praising hailed hail hails lauded laud applauded applaud "
                    "congratulated congratulate thanked thank thanks endorsed endorse endorses backed "
                    "defended defend defends supported support supports welcomed welcome championed "
                    "honored honoured celebrated admired admire admires".split(), 2.0),
}

#: Reporting verbs: a target that speaks ("Smith said ...") is not what the sentence judges.
REPORTING = frozenset(
    "said says say saying told tells tell added adds wrote writes asked asks tweeted tweets argued argues "
    "noted notes explained explains stated states claimed claims insisted insists warned warns replied "
    "replies responded responds declared announced announces according".split()
)
#: Words that open a contrasting clause; VADER weighs "but" itself, the scope rule cuts the clause off.
CONTRAST = frozenset("but however although though whereas yet while despite".split())

#: The rules :func:`sentiment_toward` applies, in order; each can be switched off for ablation.
TOWARD_RULES = ("lexicon", "scope", "window", "speaker", "verbs")
#: The rules applied by default, those that gained on the development set (scope and window did not).
DEFAULT_RULES = ("lexicon", "speaker", "verbs")

_TOK = _re.compile(r"[\w’'\-]+|[^\w\s]")


@lru_cache(maxsize=1)
def news_vader():
    """A second VADER analyser whose lexicon carries :data:`NEWS_LEXICON` (cached; :func:`vader` is untouched)."""
    vader()  # makes sure the lexicon file is on NLTK's path
    sia = _analyzer_class()(lexicon_file="vader_lexicon.txt")
    for word, val in NEWS_LEXICON.items():
        if val == 0.0:
            sia.lexicon.pop(word, None)
        else:
            sia.lexicon[word] = val
    return sia


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around [start, end): from after the previous sentence end to the next one."""
    a = 0
    for m in _SENT_END.finditer(text, max(0, start - 2000), min(len(text), start + 3)):
        if m.end() <= start:
            a = m.end()
    m = _SENT_END.search(text, end)
    b = m.start() + 1 if m else len(text)
    return a, b


_SENT_END = _re.compile(r"[.!?][\"”’']?\s+(?=[\"“‘'(]?[A-Z0-9])")


def sentiment_toward(text: str, start: int, end: int, *, rules=DEFAULT_RULES, window: int = 8) -> dict:
    """The sentiment a sentence expresses toward the target at ``text[start:end]``.

    Lexicon sentiment of a whole sentence mixes what it says about everyone in
    it.  These rules, each measured on the NewsMTSC development set (see
    ``benchmarks/sentiment_newsmtsc.py`` and the methods chapter), aim it at
    the target:

    ``lexicon``
        Score with :func:`news_vader` (:data:`NEWS_LEXICON`: finance and
        institutional words neutralised, news verbs of conflict added).
    ``scope``
        Keep only the clause that holds the target when a contrast word
        (``CONTRAST``) splits the sentence.
    ``window``
        Keep only ``window`` words either side of the target.
    ``speaker``
        When the target is the one who speaks ("Smith said", "according to
        Smith"), what the sentence reports is not aimed at the target: only
        words outside the quotation and the reported clause count.
    ``verbs``
        A verb from :data:`TOWARD_VERBS` with the target as its object
        ("critics blasted Smith", "Smith was praised") adds its valence.

    Parameters
    ----------
    text : str
        A sentence or a longer text; only the sentence around the target is read.
    start, end : int
        Offsets of the target in ``text`` (end exclusive).
    rules : list of str
        Which of :data:`TOWARD_RULES` to apply (default :data:`DEFAULT_RULES`).
    window : int
        Words kept on each side of the target by the ``window`` rule.

    Returns
    -------
    dict
        ``compound`` (-1 .. 1) and ``label`` (negative / neutral / positive).

    Raises
    ------
    ValueError
        If the offsets do not name a span inside ``text``.

    Examples
    --------
    >>> sentiment_toward("Critics blasted Smith over the failed plan.", 16, 21)["label"]
    'negative'
    >>> s = "Smith said the storm was a terrible disaster for the town."
    >>> sentiment_toward(s, 0, 5)["label"], score_text(s)["label"]
    ('neutral', 'negative')
    """
    if not isinstance(text, str):
        raise ValueError(f"sentiment_toward: expected text (str), got {type(text).__name__}")
    if not (isinstance(start, int) and isinstance(end, int)) or not 0 <= start < end <= len(text):
        raise ValueError(f"sentiment_toward: offsets {start!r}..{end!r} are not a span of a text of {len(text)} characters")
    rules = set(rules)
    unknown = rules - set(TOWARD_RULES)
    if unknown:
        raise ValueError(f"sentiment_toward: unknown rules {sorted(unknown)}; choose from {TOWARD_RULES}")
    a, b = _sentence_bounds(text, start, end)
    sent = text[a:b]
    ts, te = start - a, end - a
    toks = [(m.group(), m.start(), m.end()) for m in _TOK.finditer(sent)]
    t_first = next((i for i, t in enumerate(toks) if t[2] > ts), 0)
    t_last = max(t_first, next((i for i in range(len(toks) - 1, -1, -1) if toks[i][1] < te), t_first))
    lo, hi = 0, len(toks)
    if "scope" in rules:
        for i, (w, _, _) in enumerate(toks):
            if w.lower() in CONTRAST and i < t_first:
                lo = i
            elif w.lower() in CONTRAST and i > t_last and hi == len(toks):
                hi = i
    if "window" in rules:
        lo, hi = max(lo, t_first - window), min(hi, t_last + 1 + window)
    keep = list(range(lo, hi))
    if "speaker" in rules and _is_speaker(toks, t_first, t_last):
        inside = _quoted_or_reported(sent, toks)
        keep = [i for i in keep if i not in inside and toks[i][0].lower() not in REPORTING]
    words = " ".join(toks[i][0] for i in keep if not (t_first <= i <= t_last))
    analyser = news_vader() if "lexicon" in rules else vader()
    compound = analyser.polarity_scores(words)["compound"] if words.strip() else 0.0
    if "verbs" in rules:
        val = _toward_verb(toks, t_first, t_last)
        if val:
            compound = max(-1.0, min(1.0, compound + val / 4))
    return {"compound": round(compound, 4), "label": label_for(compound)}


def _is_speaker(toks, first: int, last: int) -> bool:
    after = [t[0].lower() for t in toks[last + 1: last + 4]]
    before = [t[0].lower() for t in toks[max(0, first - 3): first]]
    if after and (after[0] in REPORTING or (len(after) > 1 and after[0] in (",", "who", "has", "had", "also")
                                             and after[1] in REPORTING)):
        return True
    return bool(before) and (before[-1] in REPORTING or before[-2:] == ["according", "to"])


def _quoted_or_reported(sent: str, toks) -> set[int]:
    """Indices of tokens inside quotation marks or in a clause reported by a cue ("said that ...")."""
    out, inside = set(), False
    for i, (w, _, _) in enumerate(toks):
        if w in "“”\"":
            inside = not inside if w == '"' else (w == "“")
            out.add(i)
            continue
        if inside:
            out.add(i)
    for i, (w, _, _) in enumerate(toks):
        if w.lower() in REPORTING:
            j = i + 1
            while j < len(toks) and toks[j][0] not in (".", ";"):
                out.add(j)
                j += 1
            break
    return out


def _toward_verb(toks, first: int, last: int) -> float:
    """Valence of a verb aimed at the target: 'VERB (the) TARGET' or 'TARGET was VERBed'."""
    before = [t[0].lower() for t in toks[max(0, first - 3): first]]
    for w in reversed(before):
        if w in TOWARD_VERBS:
            return TOWARD_VERBS[w]
        if w not in ("the", "a", "an", "to", "of", "president", "sen", "rep", "mr", "mrs", "ms", "dr", "gov", "."):
            break
    after = [t[0].lower() for t in toks[last + 1: last + 4]]
    if len(after) >= 2 and after[0] in ("was", "is", "were", "has", "been", "being", "got") and \
            (after[1] in TOWARD_VERBS or (len(after) > 2 and after[1] == "been" and after[2] in TOWARD_VERBS)):
        return TOWARD_VERBS[after[1] if after[1] in TOWARD_VERBS else after[2]]
    return 0.0
