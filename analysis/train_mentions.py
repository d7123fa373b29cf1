"""Build the mention layer's learned word list from PolNeAR's training split (run by hand, not at import).

Usage (from the project folder)::

    .venv/bin/python -m analysis.train_mentions [EVAL_DIR]

``EVAL_DIR`` holds ``polnear_silver_train.jsonl`` and ``polnear_train.jsonl`` (default
``../shared/eval``, else ``/work/shared/eval``).  It writes
``analysis/resources/mentions_common_words.txt``: the words that English news writes in lower case
and seldom as (part of) a name.  A word is kept when the 837 training articles write it in lower
case at least 3 times and CoreNLP's silver tags put it inside a PERSON, ORGANIZATION, LOCATION or
MISC name at most a quarter as often as that.  :mod:`analysis.mentions` uses it to tell a
capitalised common word ("Change", "Details", "Police" starting a sentence or standing in a
headline) from a one-word name ("Trump", "Google").  Only the dev split is used to measure
(``benchmarks/entities_polnear.py``), so the figures there are not on the data this list came from.

The output is sorted and depends only on the input files: re-running gives the same file.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

OUT = Path(__file__).resolve().parent / "resources" / "mentions_common_words.txt"
NAME_TAGS = {"PERSON", "ORGANIZATION", "LOCATION", "MISC"}
MIN_LOWER = 3
MAX_NAME_SHARE = 0.25

HEADER = """\
# Common words: written in lower case in English news and seldom part of a name.
# Built by analysis/train_mentions.py from PolNeAR's training split (837 articles) and the
# CoreNLP silver tags shipped with it: a word seen in lower case at least {min_lower} times and
# tagged inside a person, organisation, place or other name at most {share:.0%} as often.
# analysis/mentions.py drops a one-word candidate that is one of these (a capitalised common
# word starting a sentence or a headline) unless another cue makes it a name.  Do not edit by
# hand: re-run the script.  One word per line, lower case, sorted.
"""


def _eval_dir(argv: list[str]) -> Path:
    if argv:
        return Path(argv[0])
    here = Path(__file__).resolve().parent.parent.parent / "shared" / "eval"
    return here if here.is_dir() else Path("/work/shared/eval")


def common_words(texts: dict[str, str], silver_path: Path) -> list[str]:
    """Words written in lower case often and tagged as part of a name seldom, sorted."""
    lower: Counter = Counter()
    named: Counter = Counter()
    with open(silver_path, encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            text = texts.get(rec["id"])
            if text is None:
                continue
            for a, b, _pos, ner in rec["tokens"]:
                w = text[a:b]
                if not w.isalpha():
                    continue
                if w.islower():
                    lower[w] += 1
                if ner in NAME_TAGS:
                    named[w.lower()] += 1
    return sorted(w for w, n in lower.items() if n >= MIN_LOWER and named[w] <= MAX_NAME_SHARE * n and len(w) > 1)


def main(argv: list[str] | None = None) -> int:
    d = _eval_dir(sys.argv[1:] if argv is None else argv)
    texts = {}
    with open(d / "polnear_train.jsonl", encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            texts[r["id"]] = r["text"]
    words = common_words(texts, d / "polnear_silver_train.jsonl")
    OUT.write_text(HEADER.format(min_lower=MIN_LOWER, share=MAX_NAME_SHARE) + "\n".join(words) + "\n", encoding="utf-8")
    print(f"wrote {len(words)} words to {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
