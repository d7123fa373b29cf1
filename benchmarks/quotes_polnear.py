"""Benchmark quote extraction and speaker attribution on PolNeAR train and dev.

Usage (from the project folder)::

    .venv/bin/python benchmarks/quotes_polnear.py [EVAL_DIR] [--splits dev,train] [--write] [--errors N]

``EVAL_DIR`` holds ``polnear_train.jsonl``, ``polnear_dev.jsonl`` and
``score_quotes.py`` (default: ``../shared/eval`` relative to the project).
The rules are tuned on train (error analysis with ``--splits train
--errors N``) and checked on dev; both are printed.  Only rows whose
``direct`` column is true are submitted, each with the quotation marks around
it: PolNeAR's content spans include them (ours start and end inside), and for a
short quotation the two characters decide whether it covers half of its gold
piece; the F1 of the same rows on their own spans is printed below it.  ``--write`` saves the figures to
``benchmarks/results/quotes_benchmark.csv`` (read by the methods appendix).  Prints quote precision, recall
and F1 (the scorer's default unit: quoted fragments), the accuracy of the
resolved ``speaker`` (the scorer's ``speaker_accuracy_coref``) and of the
literal ``speaker_mention`` (its ``speaker_accuracy``), and articles per second.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from analysis import Article, extract_quotes  # noqa: E402


def _scorer(eval_dir: Path):
    spec = importlib.util.spec_from_file_location("score_quotes", eval_dir / "score_quotes.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


_MARKS = "\"'“”‘’«»„"


def _with_marks(text: str, a: int, b: int) -> tuple[int, int]:
    """The quotation text[a:b] with the marks around it (a quotation running on to the next paragraph has no
    closing one): PolNeAR's content span of a direct quotation includes its marks, and for a short quotation
    the two characters decide whether it covers half of the gold piece ('her \"weak\"')."""
    return (a - 1 if a > 0 and text[a - 1] in _MARKS else a), (b + 1 if b < len(text) and text[b] in _MARKS else b)


def predict(records, kinds=("full", "partial"), direct_only=True):
    """Run :func:`extract_quotes` on every record; returns (by speaker, by mention, seconds).

    With ``direct_only`` only the rows whose ``direct`` column is true are
    submitted (PolNeAR scores direct quotations); the benchmark does no
    filtering of its own.
    """
    by_speaker, by_mention = {}, {}
    t0 = time.perf_counter()
    for rec in records:
        art = Article.from_text(rec["text"], name=rec["id"])
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            q = extract_quotes(art)
        q = q[q["kind"].isin(kinds)]
        if direct_only:
            q = q[q["direct"]]
        # offsets into the text as given (the gold's), not the normalised text (a BOM or control character dropped);
        # the span with its quotation marks, as PolNeAR's content spans are (a row's start and end are inside them)
        at = art.source_offset
        spans = [tuple(map(at, _with_marks(art.text, int(r.start), int(r.end)))) for r in q.itertuples()]
        by_speaker[rec["id"]] = [{"content_start": a, "content_end": b, "speaker": r.speaker}
                                 for (a, b), r in zip(spans, q.itertuples())]
        by_mention[rec["id"]] = [{"content_start": a, "content_end": b, "speaker": r.speaker_mention}
                                 for (a, b), r in zip(spans, q.itertuples())]
        by_speaker[rec["id"]] = [dict(p, speaker=(r.speaker if r.source_type == "named" else r.speaker_mention),
                                      inside=(at(int(r.start)), at(int(r.end))))
                                 for p, r in zip(by_speaker[rec["id"]], q.itertuples())]
    return by_speaker, by_mention, time.perf_counter() - t0


def _inside_marks(preds: dict) -> dict:
    """The same predictions with the rows' own spans (inside the quotation marks), as ``extract_quotes`` gives them."""
    return {k: [dict(p, content_start=p["inside"][0], content_end=p["inside"][1]) for p in ps] for k, ps in preds.items()}


def _run(sq, eval_dir: Path, split: str, args):
    """Score one split; print its figures; return the rows for the results file."""
    gold = sq.load_gold(str(eval_dir / f"polnear_{split}.jsonl"))
    if args.limit:
        gold = gold[args.offset:args.offset + args.limit]  # a sample while iterating (figures are not comparable)
    by_speaker, by_mention, secs = predict(gold, tuple(args.kinds.split(",")), not args.all_partial)
    res = sq.score(by_speaker, gold)
    lit = sq.score(by_mention, gold)
    role = "tuned on" if split == TUNED_ON else "checked on"
    print(f"PolNeAR {split} ({role}): {res['n_articles']} articles, gold quoted pieces {res['n_gold']}, "
          f"predicted {res['n_pred']}, matched {res['n_matched']}")
    print(f"  quote precision {res['precision']:.3f}  recall {res['recall']:.3f}  F1 {res['f1']:.3f}  "
          f"(lenient precision {res['precision_lenient']:.3f}, F1 {res['f1_lenient']:.3f})")
    bare = sq.score(_inside_marks(by_speaker), gold)
    print(f"  the same rows scored on their spans inside the marks (PolNeAR's include them): precision "
          f"{bare['precision']:.3f}  recall {bare['recall']:.3f}  F1 {bare['f1']:.3f}")
    print(f"  speaker_accuracy_coref (resolved speaker) {res['speaker_accuracy_coref']:.3f}  "
          f"speaker_accuracy (literal mention) {lit['speaker_accuracy']:.3f}  "
          f"[resolved speaker vs literal gold {res['speaker_accuracy']:.3f}; when predicted "
          f"{res['speaker_accuracy_when_predicted']:.3f}, n={res['speaker_n_predicted']}]")
    named_ok, named_n, pron_ok, pron_n = _split_by_gold_kind(gold, by_speaker, sq)
    print(f"  resolved speaker where the gold names the speaker {named_ok / max(named_n, 1):.3f} (n={named_n}); "
          f"where the gold is a pronoun (checked against noisy CoreNLP coreference) {pron_ok / max(pron_n, 1):.3f} "
          f"(n={pron_n})")
    print(f"  speed {len(gold) / secs:.1f} articles per second ({secs:.2f} s for {len(gold)} articles)")
    if args.errors:
        _errors(gold, by_speaker, sq, args.errors)
    if not args.write:
        return []
    baseline = sq.score({r["id"]: sq.regex_baseline(r["text"]) for r in gold}, gold)
    pieces = [q for rec in gold for q in rec["quotes"] for f in q["content_fragments"] if f["direct"]]
    pron = [q for q in pieces if q["speaker_is_pronoun"]]
    no_coref = sum(1 for q in pron if q.get("speaker_coref") is None)
    suffix = "" if split == "dev" else f" ({split})"
    rows = []
    for name, r, literal, speed in (("analysis.extract_quotes", res, lit["speaker_accuracy"], len(gold) / secs),
                                    ("regex baseline (score_quotes.regex_baseline)", baseline,
                                     baseline["speaker_accuracy"], None)):
        rows.append([name + suffix, split, r["n_articles"], r["n_gold"], r["n_pred"], round(r["precision"], 3),
                     round(r["recall"], 3), round(r["f1"], 3), round(r["speaker_accuracy_coref"], 3), round(literal, 3),
                     round(speed, 1) if speed else "", len(pron), no_coref])
    return rows


#: The split the rules were tuned on; the other one checks them.
TUNED_ON = "train"
RESULTS = ROOT / "benchmarks" / "results" / "quotes_benchmark.csv"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[1])
    ap.add_argument("eval_dir", nargs="?", default=str(ROOT.parent / "shared" / "eval"))
    ap.add_argument("--splits", default="dev,train", help="PolNeAR splits to score (default: dev,train)")
    ap.add_argument("--kinds", default="full,partial", help="kinds of quotation submitted (default: full,partial)")
    ap.add_argument("--all-partial", action="store_true", help="submit every partial quotation, not only direct ones")
    ap.add_argument("--write", action="store_true", help=f"save the figures to {RESULTS.relative_to(ROOT)}")
    ap.add_argument("--limit", type=int, default=0, help="score only this many articles of each split (iterating)")
    ap.add_argument("--offset", type=int, default=0, help="with --limit: skip this many articles first")
    ap.add_argument("--errors", type=int, default=0, help="print this many speaker errors (for error analysis)")
    args = ap.parse_args(argv)
    eval_dir = Path(args.eval_dir)
    sq = _scorer(eval_dir)
    rows = []
    for split in args.splits.split(","):
        rows += _run(sq, eval_dir, split, args)
    if args.write:
        import csv

        RESULTS.parent.mkdir(parents=True, exist_ok=True)
        with open(RESULTS, "w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh)
            w.writerow(["system", "split", "n_articles", "n_gold", "n_pred", "precision", "recall", "f1",
                        "speaker_accuracy_coref", "speaker_accuracy_literal", "articles_per_second", "pronoun_pieces",
                        "pronoun_pieces_without_coref"])
            w.writerows(rows)
        print(f"wrote {RESULTS.relative_to(ROOT)}")
    return 0


def _split_by_gold_kind(gold, preds, sq):
    """Resolved-speaker accuracy split by the gold mention: a name or description, or a pronoun.

    Matching as ``score_quotes.score`` does (one-to-one, largest overlap first, half the gold fragment).
    A pronoun's gold is its automatic CoreNLP coreference name, often wrong or keyless (a sentence
    fragment), so the second figure understates the resolver; the first has no such noise.
    """
    counts = [0, 0, 0, 0]
    for rec in gold:
        units = [(f["start"], f["end"], q) for q in rec["quotes"] for f in q["content_fragments"] if f["direct"]]
        ps = [p for p in preds.get(rec["id"], []) if p["content_end"] > p["content_start"]]
        pairs = sorted(((min(g1, p["content_end"]) - max(g0, p["content_start"]), gi, pi)
                        for gi, (g0, g1, _) in enumerate(units) for pi, p in enumerate(ps)
                        if min(g1, p["content_end"]) - max(g0, p["content_start"]) >= max(1e-9, 0.5 * (g1 - g0))),
                       key=lambda x: (-x[0], x[1], x[2]))
        used_g, used_p = set(), set()
        for _, gi, pi in pairs:
            if gi in used_g or pi in used_p:
                continue
            used_g.add(gi)
            used_p.add(pi)
            q, spk = units[gi][2], ps[pi]["speaker"]
            ok = sq.speaker_match(spk, q["speaker"]) or (
                q.get("speaker_coref") is not None and sq.speaker_match(spk, q["speaker_coref"]))
            k = 2 if q.get("speaker_is_pronoun") else 0
            counts[k] += ok
            counts[k + 1] += 1
    return tuple(counts)


def _errors(gold, preds, sq, n):
    shown = 0
    for rec in gold:
        for q in rec["quotes"]:
            for f in q["content_fragments"]:
                if not f["direct"]:
                    continue
                for p in preds.get(rec["id"], []):
                    ov = max(0, min(f["end"], p["content_end"]) - max(f["start"], p["content_start"]))
                    if ov >= 0.5 * (f["end"] - f["start"]):
                        ok = sq.speaker_match(p["speaker"], q["speaker"]) or (
                            q.get("speaker_coref") and sq.speaker_match(p["speaker"], q["speaker_coref"]))
                        if not ok and shown < n:
                            shown += 1
                            ctx = rec["text"][max(0, f["start"] - 150): f["end"] + 120].replace("\n", " / ")
                            print(json.dumps({"id": rec["id"], "pred": p["speaker"], "gold": q["speaker"],
                                              "coref": q.get("speaker_coref"), "ctx": ctx}, ensure_ascii=False))
                        break


if __name__ == "__main__":
    raise SystemExit(main())
