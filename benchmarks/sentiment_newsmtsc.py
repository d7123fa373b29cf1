"""Benchmark target-directed sentiment on the NewsMTSC dev set, beside plain sentence-level VADER.

Usage (from the project folder)::

    .venv/bin/python benchmarks/sentiment_newsmtsc.py [EVAL_DIR] [--write]

``EVAL_DIR`` holds ``newsmtsc_dev.jsonl`` and ``score_sentiment.py`` (default:
``../shared/eval`` relative to the project).  Prints accuracy and macro-F1 of
plain VADER on the whole sentence (thresholds +-0.05), of
:func:`analysis.sentiment.sentiment_toward` with its default rules, and what
each rule gains: alone (added to no rule) and in context (removed from the
default set, or added to it).  ``--write`` saves that rule table to
``analysis/resources/sentiment_rules.csv`` for the methods chapter.
"""

from __future__ import annotations

import argparse
import csv
import importlib.util
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from analysis.sentiment import DEFAULT_RULES, TOWARD_RULES, score_text, sentiment_toward  # noqa: E402

RULE_NOTES = {
    "lexicon": "news lexicon: finance and institutional words neutralised, conflict verbs added",
    "scope": "contrast scope: only the clause holding the target when but/however/although split the sentence",
    "window": "target window: only 8 words either side of the target",
    "speaker": "speaker: a target who speaks is not judged by what they say",
    "verbs": "target verbs: attack or praise verbs with the target as object",
}


def _scorer(eval_dir: Path):
    spec = importlib.util.spec_from_file_location("score_sentiment", eval_dir / "score_sentiment.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("eval_dir", nargs="?", default=str(ROOT.parent / "shared" / "eval"))
    ap.add_argument("--gold", default="newsmtsc_dev.jsonl")
    ap.add_argument("--write", action="store_true", help="save the rule table to analysis/resources/sentiment_rules.csv")
    args = ap.parse_args(argv)
    eval_dir = Path(args.eval_dir)
    gold_path = str(eval_dir / args.gold)
    sc = _scorer(eval_dir)
    with open(gold_path, encoding="utf-8") as fh:
        recs = [json.loads(line) for line in fh if line.strip()]

    def run(fn):
        t0 = time.perf_counter()
        pred = {r["id"]: fn(r) for r in recs}
        secs = time.perf_counter() - t0
        res = sc.score(pred, gold_path)
        return res["accuracy"], res["macro_f1"], secs

    def toward(rules):
        return lambda r: sentiment_toward(r["sentence"], r["target_start"], r["target_end"], rules=rules)["label"]

    base = run(lambda r: score_text(r["sentence"])["label"])
    best = run(toward(DEFAULT_RULES))
    print(f"NewsMTSC {args.gold}: {len(recs)} (sentence, target) pairs")
    print(f"plain VADER (sentence)      accuracy {base[0]:.3f}  macro-F1 {base[1]:.3f}")
    print(f"sentiment_toward (default)  accuracy {best[0]:.3f}  macro-F1 {best[1]:.3f}  "
          f"(+{best[1] - base[1]:.3f} macro-F1; rules {', '.join(DEFAULT_RULES)}; {len(recs) / best[2]:.0f} pairs/s)")
    none = run(toward(()))
    rows = []
    print(f"\n{'rule':<8} {'default':<8} {'alone':>7} {'gain alone':>11} {'in context':>11}")
    for rule in TOWARD_RULES:
        alone = run(toward((rule,)))
        if rule in DEFAULT_RULES:
            other = run(toward(tuple(x for x in DEFAULT_RULES if x != rule)))
            ctx = best[1] - other[1]
        else:
            other = run(toward(DEFAULT_RULES + (rule,)))
            ctx = other[1] - best[1]
        rows.append({"rule": rule, "default": rule in DEFAULT_RULES, "what": RULE_NOTES[rule],
                     "macro_f1_alone": round(alone[1], 3), "gain_alone": round(alone[1] - none[1], 3),
                     "gain_in_context": round(ctx, 3)})
        print(f"{rule:<8} {str(rule in DEFAULT_RULES):<8} {alone[1]:>7.3f} {alone[1] - none[1]:>+11.3f} {ctx:>+11.3f}")
    print("(gain alone: against no rule at all, macro-F1 %.3f; in context: removing a default rule from, or adding"
          " another rule to, the default set)" % none[1])
    if args.write:
        out = ROOT / "analysis" / "resources" / "sentiment_rules.csv"
        with open(out, "w", newline="", encoding="utf-8") as fh:
            w = csv.DictWriter(fh, fieldnames=list(rows[0]) + ["plain_vader_macro_f1", "default_macro_f1",
                                                                "plain_vader_accuracy", "default_accuracy", "n_pairs"])
            w.writeheader()
            for r in rows:
                w.writerow({**r, "plain_vader_macro_f1": round(base[1], 3), "default_macro_f1": round(best[1], 3),
                            "plain_vader_accuracy": round(base[0], 3), "default_accuracy": round(best[0], 3),
                            "n_pairs": len(recs)})
        print(f"wrote {out.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
