"""Benchmark sentiment toward a target on NewsMTSC: plain VADER, the rule baseline and the trained model.

Usage (from the project folder)::

    .venv/bin/python benchmarks/sentiment_newsmtsc.py [EVAL_DIR] [--no-cv] [--write]

``EVAL_DIR`` holds ``newsmtsc_train.jsonl``, ``newsmtsc_dev.jsonl`` and
``score_sentiment.py`` (default: ``../shared/eval`` relative to the project).
Prints, side by side, for plain VADER on the whole sentence (thresholds
+-0.05), :func:`analysis.rule_sentiment_toward` (the earlier rules) and
:func:`analysis.sentiment_toward` (the trained model shipped in the package):
accuracy, macro-F1 and per-class precision and recall on the dev split, and
on the train split (for the model: 5-fold cross-validation, folds grouped by
sentence so that one sentence's targets never sit on both sides; the other
two learn nothing from it); targets per second, one call after another after
one warm-up call, as the chapters call it (by the wall clock and by the
process's CPU time, which is what counts on a busy shared machine); the load time of the model and
of the word list it reads beside VADER's (:func:`analysis.sentiment.extra_lexicon`); and what
each rule of the baseline gains.  ``--write`` saves the figures to
``benchmarks/results/sentiment_newsmtsc.csv`` and the rule table to
``benchmarks/results/sentiment_rules.csv``, which the book reads.
"""

from __future__ import annotations

import argparse
import csv
import importlib.util
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from analysis import train_sentiment as T  # noqa: E402
from analysis.sentiment import (DEFAULT_RULES, LABELS, TOWARD_RULES, extra_lexicon, load_model,  # noqa: E402
                                rule_sentiment_toward, score_text, sentiment_toward)

RESULTS = ROOT / "benchmarks" / "results"
RULE_NOTES = {
    "lexicon": "news lexicon: finance and institutional words neutralised, conflict verbs added",
    "scope": "contrast scope: only the clause holding the target when but/however/although split the sentence",
    "window": "target window: only 8 words either side of the target",
    "speaker": "speaker: a target who speaks is not judged by what they say",
    "verbs": "target verbs: attack or praise verbs with the target as object",
}
SYSTEMS = {
    "plain VADER (sentence)": lambda r: score_text(r["sentence"])["label"],
    "rules (rule_sentiment_toward)": lambda r: rule_sentiment_toward(r["sentence"], r["target_start"],
                                                                     r["target_end"])["label"],
    "trained model (sentiment_toward)": lambda r: sentiment_toward(r["sentence"], r["target_start"],
                                                                   r["target_end"])["label"],
}


def _scorer(eval_dir: Path):
    spec = importlib.util.spec_from_file_location("score_sentiment", eval_dir / "score_sentiment.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def timed(fn, recs) -> tuple[dict, float, float]:
    """Predictions of ``fn`` for every record, and targets per second (one call after another, after a
    warm-up): by the wall clock, and by the process's own CPU time (what the rate would be on an idle machine)."""
    fn(recs[0])
    t0, c0 = time.perf_counter(), time.process_time()
    pred = {r["id"]: fn(r) for r in recs}
    return pred, len(recs) / (time.perf_counter() - t0), len(recs) / (time.process_time() - c0)


def cross_validated(train: list[dict], folds: int = 5) -> dict:
    """Out-of-fold labels of the model on ``train`` (folds grouped by sentence, fixed seed)."""
    import numpy as np
    from sklearn.model_selection import StratifiedGroupKFold

    feats, y = T.featurize(train), np.array([r["polarity"] for r in train])
    pred = {}
    for a, b in StratifiedGroupKFold(folds, shuffle=True, random_state=0).split(feats, y, [r["sentence"] for r in train]):
        names, clf = T.fit([feats[i] for i in a], list(y[a]))
        for i, lab in zip(b, T.predict(names, clf, [feats[i] for i in b])):
            pred[train[i]["id"]] = lab
    return pred


def row(system: str, split: str, res: dict, rate: float | None = None, cpu_rate: float | None = None) -> dict:
    out = {"system": system, "split": split, "n": res["n"], "accuracy": round(res["accuracy"], 3),
           "macro_f1": round(res["macro_f1"], 3), "targets_per_second": round(rate) if rate else None,
           "targets_per_cpu_second": round(cpu_rate) if cpu_rate else None}
    for lab in LABELS:
        out[f"{lab}_precision"] = round(res["per_class"][lab]["precision"], 3)
        out[f"{lab}_recall"] = round(res["per_class"][lab]["recall"], 3)
    return out


def print_rows(rows: list[dict]) -> None:
    head = f"{'system':<34} {'split':<10} {'acc':>5} {'F1m':>5}  " + "  ".join(f"{lab[:3]} P/R  " for lab in LABELS)
    print(head + "  targets/s (wall, CPU)")
    for r in rows:
        pr = "  ".join(f"{r[f'{lab}_precision']:.2f}/{r[f'{lab}_recall']:.2f}" for lab in LABELS)
        rate = f"{r['targets_per_second']:>7,} {r['targets_per_cpu_second']:>7,}" if r["targets_per_second"] else ""
        print(f"{r['system']:<34} {r['split']:<10} {r['accuracy']:.3f} {r['macro_f1']:.3f}  {pr}  {rate}")


def rule_table(recs: list[dict], sc, gold_path: str, plain: dict) -> list[dict]:
    """What each rule of the baseline gains on ``recs``: alone, and removed from or added to the default set.

    Each row also carries the plain-VADER and default-rule figures (``plain`` is
    plain VADER's score), the columns the book reads."""
    def score(rules):
        pred = {r["id"]: rule_sentiment_toward(r["sentence"], r["target_start"], r["target_end"], rules=rules)["label"]
                for r in recs}
        return sc.score(pred, gold_path)

    def f1(rules):
        return score(rules)["macro_f1"]

    full = score(DEFAULT_RULES)
    best, none, rows = full["macro_f1"], f1(()), []
    same = {"plain_vader_macro_f1": round(plain["macro_f1"], 3), "default_macro_f1": round(best, 3),
            "plain_vader_accuracy": round(plain["accuracy"], 3), "default_accuracy": round(full["accuracy"], 3),
            "n_pairs": len(recs)}
    for rule in TOWARD_RULES:
        alone = f1((rule,))
        if rule in DEFAULT_RULES:
            ctx = best - f1(tuple(x for x in DEFAULT_RULES if x != rule))
        else:
            ctx = f1(DEFAULT_RULES + (rule,)) - best
        rows.append({"rule": rule, "default": rule in DEFAULT_RULES, "what": RULE_NOTES[rule],
                     "macro_f1_alone": round(alone, 3), "gain_alone": round(alone - none, 3),
                     "gain_in_context": round(ctx, 3), **same})
    return rows


def write_csv(path: Path, rows: list[dict]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)
    print(f"wrote {path.relative_to(ROOT)}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("eval_dir", nargs="?", default=str(ROOT.parent / "shared" / "eval"))
    ap.add_argument("--no-cv", action="store_true", help="skip the 5-fold cross-validation on train (slow)")
    ap.add_argument("--write", action="store_true", help="save the figures under benchmarks/results/")
    args = ap.parse_args(argv)
    eval_dir = Path(args.eval_dir)
    sc = _scorer(eval_dir)
    dev_path, train_path = str(eval_dir / "newsmtsc_dev.jsonl"), str(eval_dir / "newsmtsc_train.jsonl")
    dev, train = T.load_pairs(dev_path), T.load_pairs(train_path)
    t0 = time.perf_counter()
    load_model.cache_clear()
    extra_lexicon.cache_clear()
    load_model()
    extra_lexicon()  # the word list the model reads beside VADER's, loaded once with it
    print(f"model and word lists loaded in {time.perf_counter() - t0:.2f} s; NewsMTSC dev {len(dev)} pairs, "
          f"train {len(train)} pairs\n")
    rows, plain = [], None
    for name, fn in SYSTEMS.items():
        pred, rate, cpu_rate = timed(fn, dev)
        res = sc.score(pred, dev_path)
        plain = plain or res
        rows.append(row(name, "dev", res, rate, cpu_rate))
    for name, fn in list(SYSTEMS.items())[:2]:
        rows.append(row(name, "train", sc.score({r["id"]: fn(r) for r in train}, train_path)))
    if not args.no_cv:
        rows.append(row("trained model (sentiment_toward)", "train 5-CV", sc.score(cross_validated(train), train_path)))
    print_rows(rows)
    rules = rule_table(dev, sc, dev_path, plain)
    print(f"\n{'rule':<8} {'default':<8} {'alone':>7} {'gain alone':>11} {'in context':>11}   (baseline rules, dev)")
    for r in rules:
        print(f"{r['rule']:<8} {str(r['default']):<8} {r['macro_f1_alone']:>7.3f} {r['gain_alone']:>+11.3f} "
              f"{r['gain_in_context']:>+11.3f}")
    if args.write:
        write_csv(RESULTS / "sentiment_newsmtsc.csv", rows)
        write_csv(RESULTS / "sentiment_rules.csv", rules)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
