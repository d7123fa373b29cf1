"""Risk-language detection (analysis.synthesis.risk_terms) on hand-checked PolNeAR quotations.

Reads the sample in benchmarks/risk_lexicon_sample.csv (offsets and hand labels; the texts stay in
../shared/eval/polnear_dev.jsonl) and prints, for the lexicon alone and for the lexicon with negation,
reversal and contrast (what the book uses): precision and recall on the stratum where a lexicon word
occurs, how many risky quotations the stratum without any lexicon word holds, and recall weighted by the
size of each stratum in the whole dev set.

    .venv/bin/python benchmarks/risk_lexicon.py [path/to/polnear_dev.jsonl]
"""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

from analysis import synthesis

HERE = Path(__file__).resolve().parent
EVAL = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE.parent.parent.parent / "shared" / "eval" / "polnear_dev.jsonl"


def _direct_quotes(path: Path) -> list[str]:
    out = []
    for line in path.open(encoding="utf-8"):
        art = json.loads(line)
        out += [art["text"][q["content_start"]:q["content_end"]] for q in art["quotes"]
                if q.get("direct") and 30 < q["content_end"] - q["content_start"] < 400]
    return out


def main() -> None:
    if not EVAL.is_file():
        sys.exit(f"risk_lexicon: no evaluation file at {EVAL}")
    texts = {}
    for line in EVAL.open(encoding="utf-8"):
        art = json.loads(line)
        texts[art["id"]] = art["text"]
    rows = [r for r in csv.DictReader(ln for ln in (HERE / "risk_lexicon_sample.csv").open(encoding="utf-8")
                                      if not ln.startswith("#"))]
    lex = synthesis._lexicon()["risk"]  # noqa: SLF001 - the benchmark measures the raw lexicon too
    population = _direct_quotes(EVAL)
    n_hit = sum(bool(lex.search(t)) for t in population)
    print(f"direct quotations in dev (30-400 chars): {len(population)}; with a lexicon word: {n_hit}")
    for name, predict in (("lexicon alone", lambda t: bool(lex.search(t))),
                          ("with negation, reversal, contrast", lambda t: bool(synthesis.risk_terms(t)))):
        by = {"hit": [0, 0, 0], "rest": [0, 0, 0]}  # tp, fp, fn
        for r in rows:
            pred, gold = predict(texts[r["article_id"]][int(r["start"]):int(r["end"])]), r["gold"] == "1"
            cell = by[r["stratum"]]
            cell[0] += pred and gold
            cell[1] += pred and not gold
            cell[2] += gold and not pred
        tp, fp, fn = by["hit"]
        n_h = sum(r["stratum"] == "hit" for r in rows)
        n_r = len(rows) - n_h
        p = tp / (tp + fp) if tp + fp else 0.0
        # recall over the whole dev set: scale each stratum's counts by its size in the population
        w_h, w_r = n_hit / n_h, (len(population) - n_hit) / n_r
        found, missed = tp * w_h, fn * w_h + by["rest"][2] * w_r
        print(f"{name:36s} precision (hit stratum) {p:.2f} ({tp}/{tp + fp}); missed in hit stratum {fn}; "
              f"risky quotations without a lexicon word {by['rest'][2]}/{n_r}; weighted recall {found / (found + missed):.2f}")


if __name__ == "__main__":
    main()
