"""Re-check the hand audit of stakeholders found in real news (120 PolNeAR train articles).

Usage (from the project folder)::

    .venv/bin/python benchmarks/stakeholders_audit.py [EVAL_DIR] [--show-new N]

``benchmarks/stakeholders_realtext_audit.csv`` holds every row :func:`analysis.find_stakeholders`
gave (no registry) for 120 articles of PolNeAR's training split (``random.Random(22).sample`` of the
file's articles), on the code session 22 started from (f69e539), each read by hand against its
article: ``verdict`` is ``right`` or the cause of the error (``wrong kind``, ``fragment``,
``common word``, ``page furniture``, ``glued to a neighbour``), with a short ``note``.

The script runs today's code on the same articles and prints, for all rows and for persons and
organisations alone: the rows read then (and the share judged right), the rows still given today
with their verdict, and the rows given today that were not there then (not judged: read them with
``--show-new``).  A row is the same when its name and kind are.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from analysis import Article, find_stakeholders  # noqa: E402

AUDIT = ROOT / "benchmarks" / "stakeholders_realtext_audit.csv"
ACTORS = ("person", "organisation")


def _eval_dir() -> Path:
    for p in (ROOT.parent / "shared" / "eval", Path("/work/shared/eval")):
        if p.is_dir():
            return p
    return ROOT.parent / "shared" / "eval"


def _rows_now(texts: dict[str, str]) -> set[tuple[str, str, str]]:
    now = set()
    for aid, text in texts.items():
        df = find_stakeholders(Article.from_text(text, name=aid))
        now.update((aid, n, k) for n, k in zip(df["name"], df["kind"]))
    return now


def _report(label: str, audit: dict, now: set) -> None:
    verdicts = Counter(audit.values())
    kept = Counter(v for key, v in audit.items() if key in now)
    new = [key for key in now if key not in audit]
    read = sum(verdicts.values())
    print(f"{label}: read {read} rows, {verdicts['right']} right ({verdicts['right'] / read:.3f})")
    print(f"  given today {len(now)}: judged right {kept['right']}, judged wrong {sum(kept.values()) - kept['right']}"
          f" ({', '.join(f'{v} {n}' for v, n in kept.most_common() if v != 'right')}), not judged {len(new)}")
    print(f"  judged wrong then and gone today: {read - verdicts['right'] - (sum(kept.values()) - kept['right'])}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("eval_dir", nargs="?", type=Path, default=_eval_dir())
    ap.add_argument("--show-new", type=int, default=0, metavar="N", help="print N rows not in the audit")
    args = ap.parse_args(argv)
    path = args.eval_dir / "polnear_train.jsonl"
    if not path.is_file():
        sys.exit(f"stakeholders_audit: no {path} (give the folder of PolNeAR's files)")
    with AUDIT.open(encoding="utf-8") as fh:
        audit = {(r["article_id"], r["name"], r["kind"]): r["verdict"] for r in csv.DictReader(fh)}
    ids = {key[0] for key in audit}
    with path.open(encoding="utf-8") as fh:
        texts = {str(d["id"]): d["text"] for d in map(json.loads, fh) if str(d["id"]) in ids}
    now = _rows_now(texts)
    _report("all kinds", audit, now)
    _report("persons and organisations",
            {k: v for k, v in audit.items() if k[2] in ACTORS}, {k for k in now if k[2] in ACTORS})
    for key in sorted(k for k in now if k not in audit)[: args.show_new]:
        print("  new:", *key)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
