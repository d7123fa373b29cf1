"""Build the mention layer's learned word list from PolNeAR's training split (run by hand, not at import).

Usage (from the project folder)::

    .venv/bin/python -m analysis.train_mentions [EVAL_DIR]             # the two word lists
    PYTHONPATH=.venv/train .venv/bin/python -m analysis.train_mentions [EVAL_DIR] --filter   # and the actor filter

``EVAL_DIR`` holds ``polnear_silver_train.jsonl`` and ``polnear_train.jsonl`` (default
``../shared/eval``, else ``/work/shared/eval``).  It writes
``analysis/resources/mentions_common_words.txt.gz`` (gzip: a learned vocabulary, not a rule file): the words that English news writes in lower case
and seldom as (part of) a name.  A word is kept when the 837 training articles write it in lower
case at least 3 times and CoreNLP's silver tags put it inside a PERSON, ORGANIZATION, LOCATION or
MISC name at most a quarter as often as that.  :mod:`analysis.mentions` uses it to tell a
capitalised common word ("Change", "Details", "Police" starting a sentence or standing in a
headline) from a one-word name ("Trump", "Google").  Only the dev split is used to measure
(``benchmarks/entities_polnear.py``), so the figures there are not on the data this list came from.

It writes ``analysis/resources/mentions_news_names.txt.gz`` too: one-word names the silver tags make whole
persons or bodies in at least two training articles ("Reuters", "Harvard"), which the mention layer keeps when a
story names one once with no cue (see ``NAMES_HEADER``).  Both lists are sorted and depend only on the input
files: re-running gives the same files.

With ``--filter`` it also retrains the actor filter (``mentions_filter.json.gz``, scikit-learn, below) on the
rules' candidates as they are at the time.  The shipped filter was trained on the candidates of commit b8e3ded
(2026-11-30), where re-running gives it byte for byte; the rules have changed since, and a filter retrained on
today's candidates scored a little lower on the story sets (names precision 0.756 against 0.760 on news_gold61+62,
PolNeAR dev silver precision 0.907 against 0.909, session 34), so it was not shipped.
"""

from __future__ import annotations

import gzip
import json
import sys
from collections import Counter
from pathlib import Path

OUT = Path(__file__).resolve().parent / "resources" / "mentions_common_words.txt.gz"
NAME_TAGS = {"PERSON", "ORGANIZATION", "LOCATION", "MISC"}
MIN_LOWER = 3
MAX_NAME_SHARE = 0.25
NAMES_OUT = OUT.with_name("mentions_news_names.txt.gz")
MIN_NAME_ARTICLES = 2  # a one-word name tagged a person or a body in this many training articles

HEADER = """\
# Common words: written in lower case in English news and seldom part of a name.
# Built by analysis/train_mentions.py from PolNeAR's training split (837 articles) and the
# CoreNLP silver tags shipped with it: a word seen in lower case at least {min_lower} times and
# tagged inside a person, organisation, place or other name at most {share:.0%} as often.
# analysis/mentions.py drops a one-word candidate that is one of these (a capitalised common
# word starting a sentence or a headline) unless another cue makes it a name.  Do not edit by
# hand: re-run the script.  One word per line, lower case, sorted.
"""
NAMES_HEADER = """\
# One-word names of people and bodies in English news: learned, not written by hand.
# Built by analysis/train_mentions.py from PolNeAR's training split and the CoreNLP silver tags shipped
# with it: a one-word mention, not in capitals and not a common word (mentions_common_words.txt.gz), that
# the tags make a whole PERSON or ORGANIZATION name in at least {min_articles} articles, and a PERSON, an
# ORGANIZATION or a MISC name ("Facebook", "Twitter") more often than a place.  analysis/mentions.py keeps such
# a word as a name when a story names it once with nothing else of a body about it ("Reuters", "Harvard",
# "Teamsters"); another such word is more often a village, a language or a local term.  Do not edit by hand:
# re-run the script.
# One name per line, as written, sorted.
"""


def _eval_dir(argv: list[str]) -> Path:
    if argv:
        return Path(argv[0])
    here = Path(__file__).resolve().parent.parent.parent / "shared" / "eval"
    return here if here.is_dir() else Path("/work/shared/eval")


def common_words(texts: dict[str, str], silver_path: Path) -> list[str]:
    """Words written in lower case often and tagged as part of a name seldom, sorted."""
    lower: Counter = Counter()
    named: Counter = Counter()
    with open(silver_path, encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            text = texts.get(rec["id"])
            if text is None:
                continue
            for a, b, _pos, ner in rec["tokens"]:
                w = text[a:b]
                if not w.isalpha():
                    continue
                if w.islower():
                    lower[w] += 1
                if ner in NAME_TAGS:
                    named[w.lower()] += 1
    return sorted(w for w, n in lower.items() if n >= MIN_LOWER and named[w] <= MAX_NAME_SHARE * n and len(w) > 1)


def news_names(silver_path: Path, common: set[str]) -> list[str]:
    """One-word names the silver tags make whole persons or bodies in several articles, and seldom places, sorted."""
    articles: dict[str, set] = {}
    types: dict[str, Counter] = {}
    with open(silver_path, encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            for e in rec["entities"]:
                w = e["text"]
                if " " in w or not w.isalpha() or w.isupper() or not w[0].isupper() or w.lower() in common:
                    continue
                types.setdefault(w, Counter())[e["type"]] += 1
                if e["type"] in ("PERSON", "ORGANIZATION"):
                    articles.setdefault(w, set()).add(rec["id"])
    return sorted(w for w, ids in articles.items() if len(ids) >= MIN_NAME_ARTICLES
                  and types[w].most_common(1)[0][0] in ("PERSON", "ORGANIZATION", "MISC"))


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    d = _eval_dir([a for a in args if a != "--filter"])
    texts = {}
    with open(d / "polnear_train.jsonl", encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            texts[r["id"]] = r["text"]
    words = common_words(texts, d / "polnear_silver_train.jsonl")
    body = HEADER.format(min_lower=MIN_LOWER, share=MAX_NAME_SHARE) + "\n".join(words) + "\n"
    OUT.write_bytes(gzip.compress(body.encode("utf-8"), mtime=0))  # a learned vocabulary, stored compressed
    print(f"wrote {len(words)} words to {OUT}")
    names = news_names(d / "polnear_silver_train.jsonl", set(words))
    body = NAMES_HEADER.format(min_articles=MIN_NAME_ARTICLES) + "\n".join(names) + "\n"
    NAMES_OUT.write_bytes(gzip.compress(body.encode("utf-8"), mtime=0))
    print(f"wrote {len(names)} names to {NAMES_OUT}")
    if "--filter" not in args:
        return 0
    model = train_filter(d, THRESHOLD)
    write_filter(model)
    print(f"wrote the actor filter ({len(model['weights'])} weights, {model['n_train']} candidates) to {FILTER_OUT}")
    return 0



# --------------------------------------------------------------------------
# The actor filter: a logistic regression over the rules' candidates
# --------------------------------------------------------------------------
FILTER_OUT = Path(__file__).resolve().parent / "resources" / "mentions_filter.json.gz"
MIN_FEATURE_COUNT = 3
# Score below which a candidate person or organisation is dropped, chosen on PolNeAR dev
# (benchmarks/entities_polnear.py): the rules are tuned on dev, so train is the check.
THRESHOLD = -0.5
C = 0.3


def _scorer(d: Path):
    import importlib.util

    spec = importlib.util.spec_from_file_location("score_entities", d / "score_entities.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def filter_examples(d: Path, split: str) -> tuple[list[dict], list[int]]:
    """Features and labels of every candidate person or organisation of a split.

    Label 1 when one of its forms matches a silver PERSON, ORGANIZATION or LOCATION mention of the
    article (the precision criterion of ``score_entities.py``), else 0.
    """
    from .article import Article
    from .mentions import actor_candidates

    se = _scorer(d)
    silver = se.load_silver(str(d / f"polnear_silver_{split}.jsonl"))
    X, y = [], []
    with open(d / f"polnear_{split}.jsonl", encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            s = silver.get(r["id"])
            if s is None:
                continue
            anyname = {se.norm(e["text"]) for e in s["entities"] if e["type"] in ("PERSON", "ORGANIZATION", "LOCATION")}
            anyname |= {se.surname(e["text"]) for e in s["entities"] if e["type"] == "PERSON"}
            for _name, kind, feats, forms in actor_candidates(Article.from_text(r["text"], name=r["id"])):
                ok = any(se.norm(x) in anyname or (kind == "person" and se.surname(x) in anyname) for x in forms)
                X.append(feats)
                y.append(int(ok))
    return X, y


def train_filter(d: Path, threshold: float) -> dict:
    """Fit the filter on the training split (deterministic: liblinear, fixed data order)."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    X, y = filter_examples(d, "train")
    counts = Counter(k for f in X for k in f)
    X = [{k: v for k, v in f.items() if counts[k] >= MIN_FEATURE_COUNT} for f in X]
    vec = DictVectorizer()
    M = vec.fit_transform(X)
    M.indices, M.indptr = M.indices.astype("int32"), M.indptr.astype("int32")  # liblinear wants 32-bit indices
    lr = LogisticRegression(C=C, solver="liblinear", max_iter=1000).fit(M, y)
    weights = {k: round(float(w), 4) for k, w in zip(vec.get_feature_names_out(), lr.coef_[0]) if abs(w) >= 1e-3}
    return {"about": "actor filter of analysis/mentions.py; trained by analysis/train_mentions.py on PolNeAR train "
                     "(CoreNLP silver entities as labels); logistic regression, keep when score >= threshold",
            "n_train": len(y), "positive_share": round(sum(y) / len(y), 4),
            "intercept": round(float(lr.intercept_[0]), 4), "threshold": threshold, "weights": dict(sorted(weights.items()))}


def write_filter(model: dict) -> None:

    data = json.dumps(model, sort_keys=True, separators=(",", ":")).encode("utf-8")
    FILTER_OUT.write_bytes(gzip.compress(data, mtime=0))


if __name__ == "__main__":
    raise SystemExit(main())
