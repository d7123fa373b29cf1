"""Money mentions against CoreNLP's MONEY entities on PolNeAR (silver, US political news).

Run from the project folder::

    .venv/bin/python benchmarks/money_silver.py              # dev and train splits
    .venv/bin/python benchmarks/money_silver.py --misses 20  # also print what we miss

``polnear_silver_{dev,train}.jsonl`` and the matching ``polnear_{dev,train}.jsonl``
(the texts) are read from ``../shared/eval`` (or ``--eval DIR``).

Scoring
    A CoreNLP MONEY entity is *found* when one of our :func:`extract_money`
    rows in a currency (vague rows included, percentages not) overlaps it.
    Its value *agrees* when CoreNLP's normalised value ("$1.0E9", "~$2.5E11",
    ">=$100000.0": the hedge sign is dropped) equals ours within 1e-6 and the
    currency sign matches our unit.  The figure the issue sets is the share of
    CoreNLP's mentions found (>= 0.98).  CoreNLP is silver: it also tags
    weights in pounds and ticker symbols ("$WFC") as money; those count as
    misses here, so the ceiling is below 1.  ``extra`` counts our money rows
    that overlap no CoreNLP MONEY entity (read the list with ``--extras``: many
    are CoreNLP's misses, such as "billions of dollars").
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import analysis  # noqa: E402
from analysis.financing import extract_money  # noqa: E402

SIGNS = {"$": "USD", "£": "GBP", "€": "EUR", "¥": "JPY"}
_NORM = re.compile(r"^[~<>=]*(?P<sign>[$£€¥])(?P<value>[0-9.E+-]+)$")


def eval_dir(given: str | None) -> Path:
    """``--eval`` or the first ``shared/eval`` folder above the project."""
    if given:
        return Path(given)
    for up in ROOT.parents:
        cand = up / "shared" / "eval"
        if cand.is_dir():
            return cand
    return ROOT.parent / "shared" / "eval"


def load(eval_path: Path, split: str):
    texts = {}
    with open(eval_path / f"polnear_{split}.jsonl", encoding="utf-8") as f:
        for line in f:
            a = json.loads(line)
            texts[a["id"]] = a
    with open(eval_path / f"polnear_silver_{split}.jsonl", encoding="utf-8") as f:
        for line in f:
            s = json.loads(line)
            a = texts.get(s["id"])
            if a is not None:
                yield a, [e for e in s["entities"] if e["type"] == "MONEY"]


def parse_norm(norm: str | None):
    m = _NORM.match(norm or "")
    if not m:
        return None, None
    try:
        return float(m.group("value")), SIGNS[m.group("sign")]
    except ValueError:
        return None, None


def score_split(eval_path: Path, split: str) -> dict:
    n = found = with_value = agree = extra = 0
    misses, extras, disagree = [], [], []
    for a, gold in load(eval_path, split):
        art = analysis.Article.from_text(a["text"], reference_date=a.get("publication_date"), name=a["id"])
        ours = [r for r in extract_money(art).to_dict("records") if r["unit"] != "percent"]
        for g in gold:
            n += 1
            hit = [r for r in ours if r["start"] < g["end"] and g["start"] < r["end"]]
            if not hit:
                misses.append((a["id"], g["text"], a["text"][max(0, g["start"] - 50):g["end"] + 30].replace("\n", " ")))
                continue
            found += 1
            value, unit = parse_norm(g.get("normalized"))
            if value is None or hit[0]["vague"]:
                continue
            with_value += 1
            v = sum(r["value"] for r in hit[:1])
            if abs(v - value) <= 1e-6 * max(1.0, value) and hit[0]["unit"] == unit:
                agree += 1
            else:
                disagree.append((g["text"], g.get("normalized"), hit[0]["phrase"], v, hit[0]["unit"]))
        for r in ours:
            if not any(r["start"] < g["end"] and g["start"] < r["end"] for g in gold):
                extra += 1
                extras.append((a["id"], r["phrase"], r["unit"], a["text"][max(0, r["start"] - 40):r["end"] + 30].replace("\n", " ")))
    return {"split": split, "corenlp_money": n, "found": found, "found_share": found / n if n else None,
            "with_value": with_value, "value_agrees": agree, "value_share": agree / with_value if with_value else None,
            "extra": extra, "misses": misses, "extras": extras, "disagree": disagree}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--eval", help="folder with the PolNeAR files (default: ../shared/eval)")
    ap.add_argument("--splits", default="dev,train")
    ap.add_argument("--misses", type=int, default=0, help="print up to N missed CoreNLP mentions")
    ap.add_argument("--extras", type=int, default=0, help="print up to N of our rows CoreNLP has no mention for")
    args = ap.parse_args(argv)
    path = eval_dir(args.eval)
    print(f"{'split':<6} {'CoreNLP':>7} {'found':>6} {'share':>6} {'valued':>6} {'agree':>6} {'share':>6} {'extra':>5}")
    for split in args.splits.split(","):
        r = score_split(path, split)
        print(f"{split:<6} {r['corenlp_money']:>7} {r['found']:>6} {r['found_share']:>6.3f} {r['with_value']:>6} "
              f"{r['value_agrees']:>6} {r['value_share']:>6.3f} {r['extra']:>5}")
        for m in r["misses"][:args.misses]:
            print("  miss:", m)
        for m in r["disagree"][:args.misses]:
            print("  value:", m)
        for m in r["extras"][:args.extras]:
            print("  extra:", m)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
