"""Score quotations, speakers and stakeholders on the blind stories in ``benchmarks/news_gold/``.

Usage (from the project folder)::

    .venv/bin/python benchmarks/news_gold.py [--dir FOLDER] [NAME ...] [--errors]

Ten invented non-US stories with hand-written gold (see
``benchmarks/news_gold/README.md``); nothing was tuned on them.  ``--dir
benchmarks/news_gold2`` scores the second, held-out set of ten (same format, see its
README) with the same rules.  For each story and
overall (counts summed over the stories) it prints:

- quotation recall and precision: the gold quotations are located in the text by
  exact search; a predicted quotation (``extract_quotes`` rows of kind ``full`` or
  ``partial``) matches a gold span when it covers at least half of it (the speaker is
  read from the one that covers most of it, of two that cover it as much the shorter: a
  quotation inside another speaker's, not the outer one).  A prediction
  matching a gold ``term`` (scare quote, quoted headline) is neither right nor wrong;
- recall on direct (``"direct": true``) and on partial gold quotations separately;
- speaker accuracy over the matched gold quotations: right when the last capitalised
  word of the predicted speaker (letters such as "KC" after a name skipped) equals that
  of the gold's or of one of the gold's ``aliases`` (case-insensitive); a gold ``null`` (anonymous or no
  source) is right only when the prediction has no speaker or its ``source_type`` is
  ``anonymous``;
- people and organisations (``find_stakeholders`` rows of kind person or organisation):
  recall (a gold person whose last word is the last word of a predicted name or alias;
  a gold organisation whose full name, or one of its gold aliases, is a predicted name
  or alias) and precision (predicted rows matching a gold person or organisation;
  rows matching an ``optional`` name are left out).

``--errors`` prints every missed and every wrong quotation, every wrong speaker,
and the missed and wrong names, each with its context.
"""

from __future__ import annotations

import argparse
import json
import sys
import warnings
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

GOLD = ROOT / "benchmarks" / "news_gold"

OPENING_MARKS = "\"'“‘”’«„"
APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'"})
KINDS = ("full", "partial")
# letters after a name that are not its last word ("Jane Doe KC", "John Smith Jr")
POST_NOMINALS = {"kc", "qc", "sc", "mp", "msp", "mla", "td", "jr", "sr", "obe", "mbe", "cbe", "phd", "ii", "iii", "iv"}
STAKEHOLDER_KINDS = ("person", "organisation")


# --- locating the gold -----------------------------------------------------------------------------------------

def locate(text: str, words: str, occurrence: int = 1) -> tuple[int, int]:
    """Offsets of ``words`` in ``text``: its ``occurrence``-th appearance right after a quotation mark.

    Falls back to plain appearances when none follows a mark; raises ``ValueError``
    when the words are not in the text (a gold file that does not fit its story).
    """
    starts, at = [], text.find(words)
    while at >= 0:
        starts.append(at)
        at = text.find(words, at + 1)
    if not starts:
        raise ValueError(f"gold text not found in the story: {words!r}")
    after_mark = [s for s in starts if s > 0 and text[s - 1] in OPENING_MARKS]
    pool = after_mark or starts
    if not 1 <= occurrence <= len(pool):
        raise ValueError(f"gold text {words!r}: occurrence {occurrence} of {len(pool)}")
    start = pool[occurrence - 1]
    return start, start + len(words)


def gold_spans(text: str, items: list[dict]) -> list[tuple[int, int]]:
    return [locate(text, it["text"], it.get("occurrence", 1)) for it in items]


# --- names -----------------------------------------------------------------------------------------------------

def last_capitalised(name: str | None) -> str:
    """The last word of ``name`` that starts with a capital letter, lower-cased ('' if none).

    Letters after a name ("KC", "Jr") are skipped.

    >>> last_capitalised("Ciarán de Búrca"), last_capitalised("Mr O’Dowd's"), last_capitalised("Ann Lee KC")
    ('búrca', "o'dowd", 'lee')
    >>> last_capitalised("the company")
    ''
    """
    if not name:
        return ""
    words = [w.strip(".,;:()[]\"“”").translate(APOSTROPHES) for w in str(name).split()]
    words = [w[:-2] if w.endswith("'s") else w for w in words]
    capitalised = [w.casefold() for w in words if w[:1].isupper()]
    while len(capitalised) > 1 and capitalised[-1] in POST_NOMINALS:
        capitalised.pop()
    return capitalised[-1] if capitalised else ""


def normal_name(name: str) -> str:
    """Case, apostrophes, a leading 'the' and trailing dots ignored: 'The Acme Corp.' -> 'acme corp'."""
    n = " ".join(str(name).translate(APOSTROPHES).split()).casefold().rstrip(".")
    return n[4:] if n.startswith("the ") else n


def speaker_right(gold: str | None, predicted: str | None, source_type: str | None, aliases: dict) -> bool:
    if gold is None:
        return not predicted or source_type == "anonymous"
    if not predicted:
        return False
    last = last_capitalised(predicted)
    return last != "" and last in {last_capitalised(n) for n in [gold, *aliases.get(gold, [])]}


def names_of(row: dict) -> list[str]:
    return [row["name"], *list(row.get("aliases") or [])]


def matches_person(forms: list[str], person: str) -> bool:
    last = last_capitalised(person)
    return last != "" and any(last_capitalised(f) == last for f in forms)


def matches_organisation(forms: list[str], org: str, aliases: dict) -> bool:
    wanted = {normal_name(org)} | {normal_name(a) for a in aliases.get(org, [])}
    return any(normal_name(f) in wanted for f in forms)


# --- scoring one story -----------------------------------------------------------------------------------------

@dataclass
class Score:
    """Counts for one story (or summed over several)."""

    gold_quotes: int = 0
    found_quotes: int = 0
    gold_direct: int = 0
    found_direct: int = 0
    gold_partial: int = 0
    found_partial: int = 0
    pred_right: int = 0
    pred_wrong: int = 0
    pred_neutral: int = 0
    speakers_right: int = 0
    gold_names: int = 0
    found_names: int = 0
    names_right: int = 0
    names_wrong: int = 0
    names_neutral: int = 0
    errors: list = field(default_factory=list)

    def add(self, other: Score) -> None:
        for name in self.__dataclass_fields__:
            if name != "errors":
                setattr(self, name, getattr(self, name) + getattr(other, name))
        self.errors += other.errors

    def figures(self) -> dict:
        def ratio(a, b):
            return a / b if b else float("nan")

        return {
            "q_recall": ratio(self.found_quotes, self.gold_quotes),
            "q_precision": ratio(self.pred_right, self.pred_right + self.pred_wrong),
            "direct_recall": ratio(self.found_direct, self.gold_direct),
            "partial_recall": ratio(self.found_partial, self.gold_partial),
            "speaker": ratio(self.speakers_right, self.found_quotes),
            "names_recall": ratio(self.found_names, self.gold_names),
            "names_precision": ratio(self.names_right, self.names_right + self.names_wrong),
        }


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def covers(pred: tuple[int, int], gold: tuple[int, int]) -> bool:
    """A prediction matches a gold span when it covers at least half of it."""
    return 2 * overlap(pred, gold) >= gold[1] - gold[0]


def context(text: str, span: tuple[int, int], width: int = 50) -> str:
    left = text[max(0, span[0] - width):span[0]]
    right = text[span[1]:span[1] + width]
    inside = text[span[0]:span[1]]
    if len(inside) > 90:
        inside = inside[:43] + " ... " + inside[-43:]
    return " ".join(f"{left}[[{inside}]]{right}".split())


def score_story(text: str, gold: dict, quotes: list[dict], stakeholders: list[dict], name: str = "") -> Score:
    """Score one story.

    ``quotes``: predicted quotations as dicts with ``start``, ``end`` (offsets into
    ``text``), ``kind``, ``speaker``, ``source_type`` and optionally ``speaker_mention``.
    ``stakeholders``: rows with ``name``, ``kind`` and ``aliases``.
    """
    s = Score()
    aliases = gold.get("aliases", {})
    gq = gold["quotes"]
    g_spans = gold_spans(text, gq)
    t_spans = gold_spans(text, gold.get("terms", []))
    preds = [q for q in quotes if q["kind"] in KINDS]
    p_spans = [(int(q["start"]), int(q["end"])) for q in preds]

    for g, span in zip(gq, g_spans):
        s.gold_quotes += 1
        direct = bool(g["direct"])
        s.gold_direct += direct
        s.gold_partial += not direct
        hits = [i for i, p in enumerate(p_spans) if covers(p, span)]
        if not hits:
            s.errors.append((name, "quote missed", f"({'direct' if direct else 'partial'}) {context(text, span)}"))
            continue
        s.found_quotes += 1
        s.found_direct += direct
        s.found_partial += not direct
        best = preds[max(hits, key=lambda i: (overlap(p_spans[i], span), p_spans[i][0] - p_spans[i][1]))]
        # (of two that cover it as much, the tighter: a quotation inside another's, not the outer one)
        if speaker_right(g["speaker"], best.get("speaker"), best.get("source_type"), aliases):
            s.speakers_right += 1
        else:
            s.errors.append((name, "wrong speaker",
                             f"gold {g['speaker']!r} predicted {best.get('speaker')!r} "
                             f"(mention {best.get('speaker_mention')!r}, {best.get('source_type')}): "
                             f"{context(text, span, 30)}"))

    for q, p in zip(preds, p_spans):
        if any(covers(p, g) for g in g_spans):
            s.pred_right += 1
        elif any(covers(p, t) for t in t_spans):
            s.pred_neutral += 1
        else:
            s.pred_wrong += 1
            s.errors.append((name, "quote wrong", f"({q['kind']}, speaker {q.get('speaker')!r}) {context(text, p)}"))

    rows = [r for r in stakeholders if r["kind"] in STAKEHOLDER_KINDS]
    people, orgs, optional = gold.get("people", []), gold.get("organisations", []), gold.get("optional", [])
    for person in people:
        s.gold_names += 1
        if any(matches_person(names_of(r), person) for r in rows):
            s.found_names += 1
        else:
            s.errors.append((name, "person missed", person))
    for org in orgs:
        s.gold_names += 1
        if any(matches_organisation(names_of(r), org, aliases) for r in rows):
            s.found_names += 1
        else:
            s.errors.append((name, "organisation missed", org))
    for r in rows:
        forms = names_of(r)
        if any(matches_person(forms, p) for p in people) or any(matches_organisation(forms, o, aliases) for o in orgs):
            s.names_right += 1
        elif any(matches_organisation(forms, o, aliases) or (" " in o and matches_person(forms, o)) for o in optional):
            s.names_neutral += 1
        else:
            s.names_wrong += 1
            s.errors.append((name, "name wrong", f"{r['kind']} {r['name']!r} aliases {list(r.get('aliases') or [])}"))
    return s


# --- running the analysis --------------------------------------------------------------------------------------

def predict(text: str, name: str) -> tuple[list[dict], list[dict]]:
    """Quotations (offsets into ``text``) and stakeholders from the analysis package."""
    from analysis import Article, extract_quotes, find_stakeholders

    art = Article.from_text(text, name=name)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        q = extract_quotes(art)
        st = find_stakeholders(art)
    at = art.source_offset
    quotes = [{"start": at(int(r.start)), "end": at(int(r.end)), "kind": r.kind, "speaker": r.speaker,
               "source_type": r.source_type, "speaker_mention": r.speaker_mention}
              for r in q.itertuples()]
    rows = [{"name": r.name, "kind": r.kind, "aliases": list(r.aliases)} for r in st.itertuples()]
    return quotes, rows


COLUMNS = ["q_recall", "q_precision", "direct_recall", "partial_recall", "speaker", "names_recall", "names_precision"]


def line(label: str, s: Score) -> str:
    f = s.figures()
    counts = f"{s.found_quotes:>3}/{s.gold_quotes:<3} {s.found_names:>3}/{s.gold_names:<3}"
    return f"{label:<24}" + "".join(f"{f[c]:>10.2f}" for c in COLUMNS) + "   " + counts


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("names", nargs="*", help="stories to score (default: all)")
    ap.add_argument("--errors", action="store_true", help="print each miss, wrong quotation and wrong speaker")
    ap.add_argument("--dir", type=Path, default=GOLD,
                    help="folder of NAME.txt + NAME.json stories (default: benchmarks/news_gold)")
    args = ap.parse_args(argv)
    folder = args.dir
    names = args.names or sorted(p.stem for p in folder.glob("*.json"))
    total = Score()
    print(f"{'story':<24}" + "".join(f"{c:>10}"[-10:] for c in ["q_rec", "q_prec", "dir_rec", "part_rec", "speaker",
                                                                   "nm_rec", "nm_prec"]) + "   quotes names")
    for name in names:
        text_path, gold_path = folder / f"{name}.txt", folder / f"{name}.json"
        if not text_path.is_file() or not gold_path.is_file():
            print(f"news_gold: no story {name!r} in {folder}", file=sys.stderr)
            return 2
        text = text_path.read_text(encoding="utf-8")
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        quotes, rows = predict(text, name)
        s = score_story(text, gold, quotes, rows, name)
        print(line(name, s))
        total.add(s)
    print(line("overall", total))
    print(f"(quotations: {total.pred_right} right, {total.pred_wrong} wrong, {total.pred_neutral} on terms; "
          f"names: {total.names_right} right, {total.names_wrong} wrong, {total.names_neutral} optional)")
    if args.errors:
        for kind in ("quote missed", "quote wrong", "wrong speaker", "person missed", "organisation missed",
                     "name wrong"):
            rows = [e for e in total.errors if e[1] == kind]
            print(f"\n== {kind} ({len(rows)})")
            for story, _, what in rows:
                print(f"  {story}: {what}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
