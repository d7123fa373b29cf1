"""Money extraction: analysis.extract_money against quantulum3, side by side.

Run from the project folder::

    .venv/bin/python benchmarks/money_peers.py            # seed + ../shared/eval/money_dev.json
    .venv/bin/python benchmarks/money_peers.py --json benchmarks/money_peers_results.json

Gold sets
    * the seed article with ``data/annotations/financing.csv`` (17 facts);
    * ``money_dev.json`` (hand-annotated articles in other styles and
      currencies; found as ``../shared/eval/money_dev.json`` or ``--dev``).

Scoring
    A predicted amount *matches* a gold amount when their character spans
    overlap, the units are equal and the values are equal (relative tolerance
    1e-9): the exact value, not just the span.  Recall = matched gold / gold;
    precision = matched predictions / predictions.  Vague amounts ("billions of
    dollars") carry no single value and are not predictions here (the gold has
    none).  Only quantulum3's money and percentage quantities count as its
    predictions (its other quantities are not scored).  Speed is gold mentions
    per second of wall-clock time over all texts (best of 3 runs after a
    warm-up), i.e. how fast each tool gets through the material.

For our module the period label is also compared (seed and dev) and the
event type (seed only).
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import analysis  # noqa: E402
from analysis.financing import extract_financing, extract_money  # noqa: E402

STYLES = ROOT / "benchmarks" / "money_styles.json"


def _default_dev() -> Path:
    """``money_dev.json`` in the first ``shared/eval`` folder above the project (a worktree sits deeper)."""
    for up in ROOT.parents:
        cand = up / "shared" / "eval" / "money_dev.json"
        if cand.is_file():
            return cand
    return ROOT.parent / "shared" / "eval" / "money_dev.json"


DEV = _default_dev()

# quantulum3 unit names -> ISO codes (its names, first words; "bn" becomes a
# "bit newton" compound, so only the head of the name is read).
QUANTULUM_UNITS = [("united states dollar", "USD"), ("dollar", "USD"), ("euro", "EUR"), ("pound sterling", "GBP"),
                   ("japanese yen", "JPY"), ("yen", "JPY"), ("chinese yuan", "CNY"), ("indian rupee", "INR"),
                   ("swiss franc", "CHF"), ("percentage", "percent"), ("per cent", "percent"), ("percent", "percent")]


def load_sets(dev_path: Path) -> list[dict]:
    """Gold sets: [{name, article, gold: [{start, end, value, unit, period, event_type}]}]."""
    seed = analysis.load_article(ROOT / "data" / "raw" / "article.txt")
    with open(ROOT / "data" / "annotations" / "financing.csv", encoding="utf-8") as f:
        gold = [{"start": int(r["start"]), "end": int(r["end"]), "value": float(r["value"]), "unit": r["unit"],
                 "period": r["period"] or None, "event_type": r["event_type"]} for r in csv.DictReader(f)]
    sets = [{"name": "seed", "article": seed, "gold": gold}]
    if dev_path.is_file():
        for key, a in json.loads(dev_path.read_text(encoding="utf-8")).items():
            art = analysis.Article.from_text(a["text"], reference_date=a["reference_date"])
            sets.append({"name": f"dev:{key}", "article": art,
                         "gold": [{**g, "value": float(g["value"]), "period": g.get("period") or None} for g in a["money"]]})
    else:
        print(f"note: {dev_path} not found; scoring the seed only", file=sys.stderr)
    return sets


def ours(article) -> list[dict]:
    df = extract_money(article)
    df = df[~df["vague"]]
    return [{"start": int(r.start), "end": int(r.end), "value": float(r.value), "unit": r.unit} for r in df.itertuples()]


def _quantulum_parser():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from quantulum3 import classifier, parser
        try:  # its pickled unit classifier needs an older scikit-learn; fall back to its rule-based disambiguation
            classifier.classifier("en_US", None)
        except (ImportError, ModuleNotFoundError, AttributeError, ValueError):
            classifier.USE_CLF = False
    return parser


def theirs(article, parser) -> list[dict]:
    out = []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        quantities = parser.parse(article.text)
    for q in quantities:
        u = q.unit
        code = getattr(u, "currency_code", None)
        if not code:
            name = u.name.lower()
            code = next((c for prefix, c in QUANTULUM_UNITS if name.startswith(prefix)), None)
        if code:
            out.append({"start": int(q.span[0]), "end": int(q.span[1]), "value": float(q.value), "unit": code})
    return out


def _same(p: dict, g: dict) -> bool:
    overlap = p["start"] < g["end"] and g["start"] < p["end"]
    return overlap and p["unit"] == g["unit"] and abs(p["value"] - g["value"]) <= 1e-9 * max(1.0, abs(g["value"]))


def score(pred: list[dict], gold: list[dict]) -> dict:
    hit_gold = sum(any(_same(p, g) for p in pred) for g in gold)
    hit_pred = sum(any(_same(p, g) for g in gold) for p in pred)
    return {"gold": len(gold), "predicted": len(pred), "matched_gold": hit_gold, "matched_pred": hit_pred}


def _timed(fn, sets, repeat=3) -> float:
    for s in sets:  # warm-up (loads rules, models)
        fn(s["article"])
    best = float("inf")
    for _ in range(repeat):
        t = time.perf_counter()
        for s in sets:
            fn(s["article"])
        best = min(best, time.perf_counter() - t)
    return best


def period_and_event(sets) -> dict:
    """Our module's period labels (all sets) and event types (seed) on matched gold facts."""
    res = {}
    for s in sets:
        facts = extract_financing(s["article"]).to_dict("records")
        per_ok = ev_ok = n = 0
        for g in s["gold"]:
            m = next((f for f in facts if _same(f, g)), None)
            if m is None:
                continue
            n += 1
            per_ok += (m["period"] or None) == g["period"]
            ev_ok += m["event_type"] == g.get("event_type")
        res[s["name"]] = {"matched": n, "period_right": per_ok, "event_right": ev_ok if s["name"] == "seed" else None}
    return res


def styles_sets(path: Path = STYLES) -> list[dict]:
    """The hand-written styles examples: [{name, article, gold}], gold spans found from the phrases."""
    data = json.loads(path.read_text(encoding="utf-8"))
    out = []
    for k, e in enumerate(data["examples"]):
        art = analysis.Article.from_text(e["text"], reference_date=e.get("reference_date"),
                                         metadata=e.get("metadata"), currency=e.get("currency"))
        gold = []
        for g in e["money"]:
            pos = -1
            for _ in range(g.get("nth", 0) + 1):
                pos = e["text"].index(g["phrase"], pos + 1)
            gold.append({**g, "start": pos, "end": pos + len(g["phrase"])})
        out.append({"name": f"styles:{k:02d}:{e['style']}", "style": e["style"], "article": art, "gold": gold})
    return out


def styles_scores(sets: list[dict]) -> dict:
    """Recall, precision (every row, vague ones too), value+currency and currency_source right, groups right."""
    n_gold = n_pred = hit_gold = hit_pred = valued = vu_right = src_n = src_right = grp_n = grp_right = 0
    errors = []
    for s in sets:
        pred = extract_money(s["article"]).to_dict("records")
        n_gold += len(s["gold"])
        n_pred += len(pred)
        hit_pred += sum(any(p["start"] < g["end"] and g["start"] < p["end"] for g in s["gold"]) for p in pred)
        for p in pred:
            if not any(p["start"] < g["end"] and g["start"] < p["end"] for g in s["gold"]):
                errors.append((s["name"], "extra", p["phrase"], p["value"], p["unit"]))
        match = {}
        for i, g in enumerate(s["gold"]):
            m = next((p for p in pred if p["start"] < g["end"] and g["start"] < p["end"]), None)
            if m is None:
                errors.append((s["name"], "missed", g["phrase"]))
                continue
            hit_gold += 1
            match[i] = m
            valued += 1
            ok = m["unit"] == g["unit"] and abs(m["value"] - g["value"]) <= 1e-9 * max(1.0, g["value"]) \
                and bool(m["vague"]) == bool(g["vague"])
            vu_right += ok
            if not ok:
                errors.append((s["name"], "value", g["phrase"], m["value"], m["unit"], m["vague"]))
            if g.get("currency_source"):
                src_n += 1
                src_right += m.get("currency_source") == g["currency_source"]
                if m.get("currency_source") != g["currency_source"]:
                    errors.append((s["name"], "source", g["phrase"], m.get("currency_source"), g["currency_source"]))
        for i, g in enumerate(s["gold"]):
            if i not in match:
                continue
            grp_n += 1
            same = [j for j, h in enumerate(s["gold"]) if j in match and j != i and h.get("group") and h.get("group") == g.get("group")]
            mine = match[i].get("group")
            ok = (all(mine is not None and match[j].get("group") == mine for j in same) if same else mine is None)
            grp_right += ok
            if not ok:
                errors.append((s["name"], "group", g["phrase"], mine))
    return {"gold": n_gold, "predicted": n_pred, "recall": hit_gold / n_gold, "precision": hit_pred / n_pred if n_pred else None,
            "value_currency_right": vu_right / valued if valued else None, "currency_source_right": f"{src_right}/{src_n}",
            "group_right": f"{grp_right}/{grp_n}", "errors": errors}


def run(dev_path: Path = DEV) -> dict:
    sets = load_sets(dev_path)
    parser = _quantulum_parser()
    tools = {"analysis.extract_money": ours, "quantulum3 0.10": lambda a: theirs(a, parser)}
    results = {"sets": [s["name"] for s in sets], "tools": {}}
    n_gold = sum(len(s["gold"]) for s in sets)
    for name, fn in tools.items():
        per = {s["name"]: score(fn(s["article"]), s["gold"]) for s in sets}
        for group, names in (("seed", ["seed"]), ("dev", [n for n in per if n.startswith("dev:")])):
            if not names:
                continue
            tot = {k: sum(per[n][k] for n in names) for k in ("gold", "predicted", "matched_gold", "matched_pred")}
            tot["recall"] = tot["matched_gold"] / tot["gold"] if tot["gold"] else None
            tot["precision"] = tot["matched_pred"] / tot["predicted"] if tot["predicted"] else None
            per[group] = tot
        secs = _timed(fn, sets)
        results["tools"][name] = {"scores": per, "seconds": secs, "mentions_per_second": n_gold / secs}
    results["ours_periods"] = period_and_event(sets)
    if STYLES.is_file():
        results["styles"] = styles_scores(styles_sets(STYLES))
    return results


def report(res: dict) -> str:
    lines = [f"{'tool':<24} {'set':<5} {'gold':>4} {'pred':>4} {'recall':>7} {'precision':>9} {'mentions/s':>11}"]
    for name, r in res["tools"].items():
        for group in ("seed", "dev"):
            sc = r["scores"].get(group)
            if not sc:
                continue
            lines.append(f"{name:<24} {group:<5} {sc['gold']:>4} {sc['predicted']:>4} {sc['recall']:>7.3f} "
                         f"{(sc['precision'] or 0):>9.3f} {r['mentions_per_second']:>11.0f}")
    lines.append("")
    for name, p in res["ours_periods"].items():
        ev = f", event type right {p['event_right']}/{p['matched']}" if p["event_right"] is not None else ""
        lines.append(f"ours, {name}: period right {p['period_right']}/{p['matched']}{ev}")
    st = res.get("styles")
    if st:
        lines.append("")
        lines.append(f"ours, styles set ({st['gold']} amounts, benchmarks/money_styles.json): recall {st['recall']:.3f}, "
                     f"precision {st['precision']:.3f}, value+currency right {st['value_currency_right']:.3f}, "
                     f"currency_source right {st['currency_source_right']}, group right {st['group_right']}")
        for e in st["errors"]:
            lines.append(f"  {e}")
    return "\n".join(lines)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--dev", type=Path, default=DEV, help="money_dev.json (default: ../shared/eval/money_dev.json)")
    ap.add_argument("--json", type=Path, help="also write the results as JSON here")
    args = ap.parse_args(argv)
    res = run(args.dev)
    print(report(res))
    if args.json:
        args.json.write_text(json.dumps(res, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
