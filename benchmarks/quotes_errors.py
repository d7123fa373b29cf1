"""Bucket the speaker errors of :func:`analysis.extract_quotes` on PolNeAR by likely cause.

Usage (from the project folder)::

    .venv/bin/python benchmarks/quotes_errors.py [EVAL_DIR] [--split train] [--show BUCKET] [--n 20] [--dump FILE]

Runs the quotation extractor on a split (train by default: the split the rules
are tuned on), matches predicted quotations to gold direct fragments as
``score_quotes.py`` does (half of the gold fragment covered), and sorts every
matched quotation whose resolved speaker is wrong (``speaker_accuracy_coref``'s
rule) into one bucket, the first that applies:

``no_gold_key``      the gold speaker is a pronoun whose automatic coreference
                     name is missing or has no usable key: cannot be scored right
``no_speaker``       no speaker predicted
``pronoun``          gold speaker is a pronoun and so is the predicted mention:
                     the resolved person differs from CoreNLP's coreference name.
                     Mostly noise of that name: a hand check of 38 of these on
                     train found 34 resolved to the right person by the text
                     (CoreNLP linked the pronoun to another chain, or its chain's
                     representative is a phrase such as "the Vermont senator")
``pronoun_missed``   gold speaker is a pronoun, the predicted mention is not one
``canonical``        the predicted mention names the gold speaker but the
                     canonical speaker does not (role words taken into a name,
                     a wrong full name)
``continuation``     the speaker was carried over from an earlier quotation
``previous_sentence`` the speaker was taken from the previous sentence
``org_for_person``   an organisation or group given where the gold names a person
``spokesperson``     the gold speaker is a spokesperson or representative
``gold_none``        the gold has no speaker (attribution without a source)
``other_cue``        a cue in the quotation's sentence gave another mention

Prints the counts, then ``--n`` examples of ``--show`` (a bucket name).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import sys
import warnings
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from analysis import Article, extract_quotes  # noqa: E402

PRONOUNS = {"he", "she", "they", "i", "we", "it", "you"}


def _scorer(eval_dir: Path):
    spec = importlib.util.spec_from_file_location("score_quotes", eval_dir / "score_quotes.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def predictions(records):
    out = {}
    for rec in records:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            q = extract_quotes(Article.from_text(rec["text"], name=rec["id"]))
        q = q[q["kind"].isin(["full", "partial"]) & q["direct"]]
        out[rec["id"]] = [dict(content_start=int(r.start), content_end=int(r.end),
                               speaker=r.speaker if r.source_type == "named" else r.speaker_mention,
                               mention=r.speaker_mention, note=r.note, ms=int(r.speaker_start))
                          for r in q.itertuples()]
    return out


def matched_pairs(rec, preds):
    """(gold quote, prediction) pairs matched one-to-one as score_quotes does (by overlap, largest first)."""
    units = [(f["start"], f["end"], q) for q in rec["quotes"] for f in q["content_fragments"] if f["direct"]]
    pairs = []
    for gi, (g0, g1, _) in enumerate(units):
        for pi, p in enumerate(preds):
            ov = max(0, min(g1, p["content_end"]) - max(g0, p["content_start"]))
            if ov > 0 and ov >= 0.5 * (g1 - g0):
                pairs.append((ov, gi, pi))
    pairs.sort(key=lambda x: (-x[0], x[1], x[2]))
    used_g, used_p = set(), set()
    for _, gi, pi in pairs:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            yield units[gi], preds[pi]


def bucket(sq, gold_q, p) -> str:
    g, coref = gold_q["speaker"], gold_q.get("speaker_coref")
    gpron = bool(gold_q.get("speaker_is_pronoun"))
    mention = (p["mention"] or "").strip().lower()
    if gpron and (not coref or not sq.speaker_key(coref)):
        return "no_gold_key"
    if not g:
        return "gold_none"
    if not p["speaker"]:
        return "no_speaker"
    if gpron and mention in PRONOUNS:
        return "pronoun"
    if gpron:
        return "pronoun_missed"
    if p["mention"] and sq.speaker_match(p["mention"], g):
        return "canonical"
    note = p["note"] or ""
    if "continuation" in note:
        return "continuation"
    if "previous sentence" in note:
        return "previous_sentence"
    if re.search(r"spokes|representative|press secretary|aide", g, re.I):
        return "spokesperson"
    if re.search(r"\b(?:Party|Committee|Campaign|Democrats|Republicans|Inc|Corp|News|Department|Office|"
                 r"House|Association|Council|Agency)\b", p["speaker"] or ""):
        return "org_for_person"
    return "other_cue"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("eval_dir", nargs="?", default=str(ROOT.parent / "shared" / "eval"))
    ap.add_argument("--split", default="train")
    ap.add_argument("--show", default="", help="print examples of this bucket")
    ap.add_argument("--n", type=int, default=20)
    ap.add_argument("--dump", default="", help="write every error (all buckets) to this JSON-lines file")
    args = ap.parse_args(argv)
    eval_dir = Path(args.eval_dir)
    sq = _scorer(eval_dir)
    gold = sq.load_gold(str(eval_dir / f"polnear_{args.split}.jsonl"))
    preds = predictions(gold)
    counts, shown, n_matched = Counter(), 0, 0
    dump = open(args.dump, "w", encoding="utf-8") if args.dump else None
    for rec in gold:
        for (g0, g1, q), p in matched_pairs(rec, preds[rec["id"]]):
            n_matched += 1
            ok = sq.speaker_match(p["speaker"], q["speaker"]) or (
                q.get("speaker_coref") is not None and sq.speaker_match(p["speaker"], q["speaker_coref"]))
            if ok:
                continue
            b = bucket(sq, q, p)
            counts[b] += 1
            row = {"bucket": b, "id": rec["id"], "pred": p["speaker"], "mention": p["mention"], "note": p["note"],
                   "gold": q["speaker"], "coref": q.get("speaker_coref"),
                   "ctx": rec["text"][max(0, g0 - 250): g1 + 100].replace("\n", " / ")}
            if dump:
                dump.write(json.dumps(row, ensure_ascii=False) + "\n")
            if b == args.show and shown < args.n:
                shown += 1
                print(json.dumps({k: v for k, v in row.items() if k not in ("bucket", "id")}, ensure_ascii=False))
    if dump:
        dump.close()
    wrong = sum(counts.values())
    print(f"PolNeAR {args.split}: matched {n_matched}, speaker wrong {wrong} ({wrong / max(n_matched, 1):.3f})")
    for b, c in counts.most_common():
        print(f"  {b:18s} {c:5d}  ({c / max(n_matched, 1):.3f} of matched)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
