"""Benchmark quote extraction and speaker attribution on the PolNeAR dev set.

Usage (from the project folder)::

    .venv/bin/python benchmarks/quotes_polnear.py [EVAL_DIR] [--kinds full,partial] [--errors N]

``EVAL_DIR`` holds ``polnear_dev.jsonl`` and ``score_quotes.py`` (default:
``../shared/eval`` relative to the project).  Prints quote precision, recall
and F1 (the scorer's default unit: quoted fragments), the accuracy of the
resolved ``speaker`` (the scorer's ``speaker_accuracy_coref``) and of the
literal ``speaker_mention`` (its ``speaker_accuracy``), and articles per second.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
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


def _letters(s: str) -> int:
    return sum(ch.isalpha() for ch in s)


def direct_rows(art, q, min_share=0.5):
    """Keep full quotations, and partial ones that make up most of their attributed content.

    PolNeAR scores only *direct* quotations: content that is mostly (> 50% of
    its letters) inside quotation marks.  A partial quotation ("said the plan
    was "a disaster"") is not direct in that sense; one that fills its clause
    ("said that "we will win"") is.  The content is taken as the sentence from
    the speaker's cue (and a following "that") to its end, or from its start
    to the speaker mention when the cue comes after.
    """
    keep = []
    text = art.text
    spans = list(zip(q["start"], q["end"]))
    for r in q.itertuples():
        if r.kind == "full":
            keep.append(True)
            continue
        sent = art.sentences[r.sentence_id]
        a, b = sent.start, sent.end
        if r.speaker_start >= 0 and sent.start <= r.speaker_start < sent.end:
            if r.speaker_start < r.start:
                m = re.search(r"\b" + re.escape(r.cue or "") + r"\b(\s+that\b)?", text[r.speaker_end:r.start]) if r.cue else None
                a = r.speaker_end + (m.end() if m else 0)
            else:
                b = r.speaker_start
        content = _letters(text[a:b])
        inside = sum(_letters(text[max(a, x):min(b, y)]) for x, y in spans if y > a and x < b)
        keep.append(content > 0 and inside / content > min_share)
    return q[keep]


def predict(records, kinds=("full", "partial"), direct_only=True):
    """Run :func:`extract_quotes` on every record; returns (by speaker, by mention, seconds)."""
    by_speaker, by_mention = {}, {}
    t0 = time.perf_counter()
    for rec in records:
        art = Article.from_text(rec["text"], name=rec["id"])
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            q = extract_quotes(art)
        q = q[q["kind"].isin(kinds)]
        if direct_only:
            q = direct_rows(art, q)
        by_speaker[rec["id"]] = [{"content_start": int(r.start), "content_end": int(r.end), "speaker": r.speaker}
                                 for r in q.itertuples()]
        by_mention[rec["id"]] = [{"content_start": int(r.start), "content_end": int(r.end),
                                  "speaker": r.speaker_mention} for r in q.itertuples()]
        by_speaker[rec["id"]] = [dict(p, speaker=(r.speaker if r.source_type == "named" else r.speaker_mention))
                                 for p, r in zip(by_speaker[rec["id"]], q.itertuples())]
    return by_speaker, by_mention, time.perf_counter() - t0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[1])
    ap.add_argument("eval_dir", nargs="?", default=str(ROOT.parent / "shared" / "eval"))
    ap.add_argument("--gold", default="polnear_dev.jsonl", help="gold file inside EVAL_DIR")
    ap.add_argument("--kinds", default="full,partial", help="kinds of quotation submitted (default: full,partial)")
    ap.add_argument("--all-partial", action="store_true", help="submit every partial quotation, not only direct ones")
    ap.add_argument("--write", action="store_true", help="save the figures to analysis/resources/quotes_benchmark.csv")
    ap.add_argument("--errors", type=int, default=0, help="print this many speaker errors (for error analysis)")
    args = ap.parse_args(argv)
    eval_dir = Path(args.eval_dir)
    sq = _scorer(eval_dir)
    gold = sq.load_gold(str(eval_dir / args.gold))
    by_speaker, by_mention, secs = predict(gold, tuple(args.kinds.split(",")), not args.all_partial)
    res = sq.score(by_speaker, gold)
    lit = sq.score(by_mention, gold)
    print(f"PolNeAR {args.gold}: {res['n_articles']} articles, gold quoted pieces {res['n_gold']}, "
          f"predicted {res['n_pred']}, matched {res['n_matched']}")
    print(f"quote precision {res['precision']:.3f}  recall {res['recall']:.3f}  F1 {res['f1']:.3f}  "
          f"(lenient precision {res['precision_lenient']:.3f}, F1 {res['f1_lenient']:.3f})")
    print(f"speaker_accuracy_coref (resolved speaker) {res['speaker_accuracy_coref']:.3f}  "
          f"speaker_accuracy (literal mention) {lit['speaker_accuracy']:.3f}  "
          f"[resolved speaker vs literal gold {res['speaker_accuracy']:.3f}; when predicted "
          f"{res['speaker_accuracy_when_predicted']:.3f}, n={res['speaker_n_predicted']}]")
    print(f"speed {len(gold) / secs:.1f} articles per second ({secs:.2f} s for {len(gold)} articles)")
    if args.write:
        import csv

        baseline = sq.score({r["id"]: sq.regex_baseline(r["text"]) for r in gold}, gold)
        out = ROOT / "analysis" / "resources" / "quotes_benchmark.csv"
        rows = [("analysis.extract_quotes", res, lit["speaker_accuracy"], len(gold) / secs),
                ("regex baseline (score_quotes.regex_baseline)", baseline, baseline["speaker_accuracy"], None)]
        with open(out, "w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh)
            pieces = [q for rec in gold for q in rec["quotes"] for f in q["content_fragments"] if f["direct"]]
            pron = [q for q in pieces if q["speaker_is_pronoun"]]
            no_coref = sum(1 for q in pron if q.get("speaker_coref") is None)
            w.writerow(["system", "n_articles", "n_gold", "n_pred", "precision", "recall", "f1", "speaker_accuracy_coref",
                        "speaker_accuracy_literal", "articles_per_second", "pronoun_pieces", "pronoun_pieces_without_coref"])
            for name, r, literal, speed in rows:
                w.writerow([name, r["n_articles"], r["n_gold"], r["n_pred"], round(r["precision"], 3), round(r["recall"], 3),
                            round(r["f1"], 3), round(r["speaker_accuracy_coref"], 3), round(literal, 3),
                            round(speed, 1) if speed else "", len(pron), no_coref])
        print(f"wrote {out.relative_to(ROOT)}")
    if args.errors:
        _errors(gold, by_speaker, sq, args.errors)
    return 0


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
