"""Benchmark stakeholder discovery on the PolNeAR dev set (no registry).

Usage (from the project folder)::

    .venv/bin/python benchmarks/stakeholders_polnear.py [EVAL_DIR] [--misses N] [--audit FILE]

``EVAL_DIR`` holds ``polnear_dev.jsonl`` (default: ``../shared/eval``).  Prints:

1. **Speaker recall**: of the named speakers of direct quotations, the share
   that discovery finds as persons in the same article.  A speaker is
   *named* when the head of its mention (cut at the first comma, "(", dash
   or " who "/" which "/" that ", as in the PolNeAR scorer) does not start
   with an article or determiner ("the president", "a doctor", "The New York
   Times" are descriptions or organisations), is not a pronoun, and is not
   one of the few named organisations or documents listed in
   ``NOT_PERSONS`` (judged by hand).  Its key is the last capitalised word of
   that head (the scorer's speaker key).  It counts as found when a person
   that discovery reports has that key as the last word of its name or of
   one of its aliases (ignoring case).
2. **Person precision**: the share of discovered persons that are real
   people.  A discovered person is *confirmed* automatically when PolNeAR
   names it as a speaker (or coreferent of a pronoun speaker) in that
   article; the rest were judged by hand in ``--audit`` (CSV: ``id, name,
   real``); persons neither confirmed nor judged are reported as unjudged,
   and precision is given over the judged ones and as a lower bound that
   counts unjudged ones as wrong, and as an estimate that gives the unjudged
   persons the real-people rate of the hand-judged ones (the audit file is a
   random sample (seed 4, then a top-up with seed 5 after the rules changed) of the persons that PolNeAR did not confirm,
   judged by reading each name in its article).
3. Speed in articles per second.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from analysis import Article, find_stakeholders  # noqa: E402

# Named speakers in the dev set that are not people (judged by reading them).
NOT_PERSONS = {
    "Zero Hedge", "Peabody", "D.C. conduct standards", "Reuters", "South Korea", "Japan", "Russia", "China",
    "Protesters", "Small groups of protesters", "Only 52 percent of registered voters",
}
_DETERMINERS = {"the", "a", "an", "another", "one", "some", "several", "his", "her", "their", "its", "this", "that"}
_FUNCTION = {"The", "A", "An", "He", "She", "They", "It", "We", "I", "His", "Her", "Mr", "Mrs", "Ms", "Dr", "Rep", "Sen"}


def head(mention: str) -> str:
    """The head phrase of a speaker mention, as the PolNeAR scorer cuts it."""
    return re.split(r",|\(|\s[-–—]\s|\s(?:who|which|that|of)\s", mention, maxsplit=1)[0].strip()


def key(mention: str) -> str | None:
    """Last capitalised word of the head phrase (possessive stripped), or None."""
    toks = [re.sub(r"[’']s$", "", t.strip(".,;:!?\"“”‘’'()")) for t in head(mention).split()]
    caps = [t for t in toks if t[:1].isupper() and t not in _FUNCTION]
    return caps[-1].lower() if caps else None


def named_speaker(q: dict) -> str | None:
    """The key of a named person speaker of a direct quotation, else None."""
    sp = q.get("speaker")
    if not q.get("direct") or not sp or q.get("speaker_is_pronoun"):
        return None
    h = head(sp)
    first = h.split()[0].lower() if h.split() else ""
    if first in _DETERMINERS or sp.strip() in NOT_PERSONS or h in NOT_PERSONS:
        return None
    if re.search(r"[’']s\b", h):
        return None  # "Obama's former campaign strategist": a description, keyed on someone else
    return key(sp)


def person_keys(df) -> dict[str, set[str]]:
    """Discovered person name -> last words of its name and aliases (lower case)."""
    out = {}
    for r in df[df["kind"] == "person"].itertuples():
        out[r.name] = {f.split()[-1].lower().strip(".") for f in [r.name, *r.aliases] if f.split()}
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("eval_dir", nargs="?", default=str(ROOT.parent / "shared" / "eval"))
    ap.add_argument("--misses", type=int, default=0, help="print this many missed speakers")
    ap.add_argument("--audit", default=str(Path(__file__).with_name("stakeholders_polnear_audit.csv")),
                    help="hand judgements of discovered persons (CSV: id,name,real)")
    ap.add_argument("--list-unjudged", action="store_true", help="print discovered persons not yet judged")
    args = ap.parse_args(argv)
    path = Path(args.eval_dir) / "polnear_dev.jsonl"
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    audit = {}
    if Path(args.audit).is_file():
        with open(args.audit, encoding="utf-8") as f:
            for row in csv.DictReader(f):
                audit[(row["id"], row["name"])] = row["real"].strip().lower() in ("yes", "true", "1")

    n_named = n_found = 0
    misses = []
    confirmed = judged_real = judged_false = unjudged = 0
    unjudged_list = []
    t0 = time.perf_counter()
    for rec in records:
        df = find_stakeholders(Article.from_text(rec["text"], name=rec["id"]))
        pk = person_keys(df)
        all_keys = set().union(*pk.values()) if pk else set()
        gold_keys = set()
        for q in rec["quotes"]:
            for field in ("speaker", "speaker_coref"):
                if q.get(field):
                    k = key(q[field])
                    if k:
                        gold_keys.add(k)
            k = named_speaker(q)
            if k is None:
                continue
            n_named += 1
            if k in all_keys:
                n_found += 1
            else:
                misses.append((rec["id"], q["speaker"]))
        for name, keys in pk.items():
            if keys & gold_keys:
                confirmed += 1
            elif (rec["id"], name) in audit:
                if audit[(rec["id"], name)]:
                    judged_real += 1
                else:
                    judged_false += 1
            else:
                unjudged += 1
                unjudged_list.append((rec["id"], name))
    secs = time.perf_counter() - t0
    persons = confirmed + judged_real + judged_false + unjudged
    print(f"articles: {len(records)}  ({len(records) / secs:.1f} articles/s)")
    print(f"named speakers of direct quotations: {n_named}")
    print(f"  discovered as persons: {n_found}  share {n_found / max(n_named, 1):.3f}")
    print(f"discovered persons: {persons}")
    print(f"  confirmed by PolNeAR speakers: {confirmed}; judged real by hand: {judged_real}; "
          f"judged not people: {judged_false}; unjudged: {unjudged}")
    judged = confirmed + judged_real + judged_false
    print(f"  real people among judged: {(confirmed + judged_real) / max(judged, 1):.3f} "
          f"(lower bound, unjudged counted wrong: {(confirmed + judged_real) / max(persons, 1):.3f})")
    audited = judged_real + judged_false
    if audited:
        rate = judged_real / audited
        est = (confirmed + judged_real + rate * unjudged) / max(persons, 1)
        print(f"  estimate with the audited rate ({judged_real}/{audited} real) for unjudged: {est:.3f}")
    for rid, sp in misses[: args.misses]:
        print(f"  missed: {rid}: {sp}")
    if args.list_unjudged:
        w = csv.writer(sys.stdout)
        for rid, name in unjudged_list:
            w.writerow([rid, name, ""])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
