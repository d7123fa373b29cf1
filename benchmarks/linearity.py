"""Is every analysis linear in the article's length?  Time per character from 10 kB to 1 MB.

Usage (from the project folder)::

    .venv/bin/python benchmarks/linearity.py                    # both shapes, 10 kB to 1 MB, the CLI probe
    .venv/bin/python benchmarks/linearity.py --shape line --sizes 10000 100000
    .venv/bin/python benchmarks/linearity.py --profile extract_quotes --shape line --sizes 100000 --rows 40
    .venv/bin/python benchmarks/linearity.py --shape marks --only extract_quotes reported_claims --skip-cli
    .venv/bin/python benchmarks/linearity.py --skip-table --cli-chars 400000 --cli-timeout 600

What it measures:

1. **Time per character** of each analysis (CPU microseconds per character
   of text, so that other jobs on the machine do not count) at each size,
   for these shapes of text:

   - ``news``: distinct news articles one after another (the PolNeAR
     training texts in ``../shared/eval/polnear_train.jsonl``, about 3.5 MB;
     without them the seed article repeated): ordinary paragraphs and
     sentences, and no sentence repeats, so no cache keyed on a sentence
     answers;
   - ``line``: the seed's words with every punctuation mark removed, joined
     by single spaces into one line: one paragraph, one "sentence";
   - ``newsline`` (only when asked for): the ``news`` texts the same way, one
     line with the many names of hundreds of articles (a name checked
     against the whole line once per name grows with the names times the
     line: the leader check did, until this shape caught it);
   - ``marks`` (only when asked for): the seed's line with an apostrophe before
     every fifth word (a single quotation that never closes) and a straight
     double quotation mark before every 97th (stray marks): hostile text for
     the quotation-mark readers, which once searched to the paragraph's end
     from every opening mark;
   - ``quotesline`` (only when asked for): the ``news`` texts on one line with
     their sentence ends (``.``, ``!``, ``?``) removed and everything else
     kept, quotation marks included: hundreds of quotations in one
     "sentence" (the stance model read the whole sentence for each of them,
     57 s for 200,000 characters, until this shape caught it).

   Each analysis runs on its own fresh :class:`~analysis.article.Article`
   (the text gets a distinct first word, so no cache keyed on the article
   answers; the package's caches keyed on sentences, names or words are
   emptied before each run, since the texts of a series share sentences),
   and its time includes what it calls (stakeholders run the
   quotation analysis, financing runs stakeholders and times).  The
   ``article`` row is :meth:`Article.from_text` itself (normalising,
   paragraphs, Punkt sentences).  The last column is the ratio of the
   largest to the smallest time per character: about 1 is linear; a ratio
   that grows with the size range is super-linear.  A series stops once one
   run takes longer than ``--budget`` seconds (shown as ``>budget``).

2. **The command line on one long line**: the wall time of
   ``python -m analysis quotes FILE`` on a ``--cli-chars``-character
   unpunctuated line (default 400,000), start-up included, with a time-out.

3. ``--profile NAME``: a cProfile of one analysis on one size and shape,
   the ``--rows`` (25) functions with the most time of their own, to show *where* a
   super-linear analysis spends it.

Figures go to standard output; nothing is written.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import os
import pstats
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "data" / "raw" / "article.txt"
# ../shared/eval beside the project, or two levels up from a worktree under /work/wt/<name> (EVAL_DIR overrides it)
_EVAL = next((p for p in (ROOT.parent / "shared" / "eval", ROOT.parent.parent / "shared" / "eval") if p.is_dir()),
             ROOT.parent / "shared" / "eval")
POLNEAR = Path(os.environ.get("EVAL_DIR", _EVAL)) / "polnear_train.jsonl"
sys.path.insert(0, str(ROOT))

import analysis  # noqa: E402
from analysis import Article  # noqa: E402


def _sentiment(article: Article):
    return [analysis.score_text(s.text) for s in article.sentences]


ANALYSES = {
    "article": None,  # Article.from_text itself
    "mark_table": analysis.mark_table,
    "extract_quotes": analysis.extract_quotes,
    "source_table": lambda a: analysis.source_table(a, n_boot=200),
    "reported_claims": analysis.reported_claims,
    "find_stakeholders": analysis.find_stakeholders,
    "stakeholder_relations": analysis.stakeholder_relations,
    "extract_money": analysis.extract_money,
    "extract_times": analysis.extract_times,
    "extract_financing": analysis.extract_financing,
    "sentiment (score_text per sentence)": _sentiment,
}
SIZES = (10_000, 30_000, 100_000, 300_000, 1_000_000)


def _news() -> str:
    if POLNEAR.is_file():
        with POLNEAR.open(encoding="utf-8") as f:
            return "\n\n".join(json.loads(line)["text"].strip() for line in f if line.strip()) + "\n\n"
    return SEED.read_text(encoding="utf-8").strip() + "\n\n"


def text_of(shape: str, size: int) -> str:
    """``size`` characters of news paragraphs, or of the seed as one unpunctuated line."""
    seed = SEED.read_text(encoding="utf-8")
    if shape == "quotesline":
        unit = re.sub(r"[.!?]", "", re.sub(r"\s+", " ", _news())) + " "
    elif shape in ("line", "marks", "newsline"):
        words = re.sub(r"[^\w\s]", " ", _news() if shape == "newsline" else seed).split()
        if shape == "marks":
            words = [("\"" if k % 97 == 0 else "'" if k % 5 == 0 else "") + w for k, w in enumerate(words)]
        unit = " ".join(words) + " "
    else:
        unit = _news()
    text = unit * (size // len(unit) + 1)
    return text[:size].rsplit(" ", 1)[0]


def _fresh(text: str, k: int) -> str:
    # a distinct first word per run (Punkt trains on the first 200,000 characters): a new text, so no per-article cache answers
    return f"startword{chr(97 + k % 26)}{k} {text}"


def _clear_text_caches() -> None:
    """Empty the package's bounded caches of more than one entry (per text, sentence, name or word), not its
    rule tables (one entry each): the texts of a series share their sentences (each is a prefix of the next),
    which a new article would not."""
    for mod in [m for n, m in sys.modules.items() if n == "analysis" or n.startswith("analysis.")]:
        for f in list(vars(mod).values()):
            info = getattr(f, "cache_info", None)
            if callable(info) and hasattr(f, "cache_clear") and (info().maxsize or 0) > 1:
                f.cache_clear()


def time_one(name: str, text: str, k: int) -> float:
    fn = ANALYSES[name]
    fresh = _fresh(text, k)
    _clear_text_caches()
    # CPU time of this process, not wall time: on a shared machine the wall clock measures the other jobs too
    if fn is None:
        t0 = time.process_time()
        Article.from_text(fresh, reference_date="2025-12-05")
        return time.process_time() - t0
    art = Article.from_text(fresh, reference_date="2025-12-05")
    t0 = time.process_time()
    fn(art)
    return time.process_time() - t0


def table(shape: str, sizes: list[int], budget: float, names: list[str]) -> None:
    import warnings

    warnings.simplefilter("ignore")
    texts = {n: text_of(shape, n) for n in sizes}
    time_one("extract_financing", texts[sizes[0]], 999)  # warm: lexicons and rules load once
    print(f"\n## {shape}: CPU microseconds per character (budget {budget:.0f} CPU seconds per run)\n")
    head = "| analysis | " + " | ".join(f"{n / 1000:,.0f} kB" for n in sizes) + " | max/min |"
    print(head)
    print("|" + " --- |" * (len(sizes) + 2))
    k = 0
    for name in names:
        cells, per = [], []
        over = False
        for n in sizes:
            if over:
                cells.append(">budget")
                continue
            k += 1
            s = time_one(name, texts[n], k)
            per.append(s / len(texts[n]) * 1e6)
            cells.append(f"{per[-1]:.2f} ({s:.2f} s)")
            over = s > budget
        ratio = f"{max(per) / min(per):.1f}" if len(per) > 1 and min(per) > 0 else ""
        print(f"| {name} | " + " | ".join(cells) + f" | {ratio}{' +' if over else ''} |", flush=True)


def cli_probe(chars: int, timeout: float) -> None:
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "one-line.txt"
        path.write_text(text_of("line", chars), encoding="utf-8")
        cmd = [sys.executable, "-m", "analysis", "quotes", str(path)]
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed package has its bytecode compiled: so here
        subprocess.run([sys.executable, "-c", "import analysis.cli"], env=env, check=True)
        t0 = time.perf_counter()
        c0 = os.times()
        try:
            r = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, env=env)
            wall = time.perf_counter() - t0
            outcome = f"exit {r.returncode}, {max(r.stdout.count(chr(10)) - 1, 0)} rows"
        except subprocess.TimeoutExpired:
            wall, outcome = time.perf_counter() - t0, f"timed out after {timeout:.0f} s"
        size = path.stat().st_size
    print(f"\n## python -m analysis quotes on one unpunctuated line of {size:,} characters\n")
    c1 = os.times()
    cpu = (c1.children_user - c0.children_user) + (c1.children_system - c0.children_system)
    print(f"wall time {wall:.2f} s, CPU {cpu:.2f} s (user and system), start-up included ({outcome}); "
          f"load average {os.getloadavg()[0]:.1f}; target < 5 s wall on a quiet machine")


def profile(name: str, shape: str, size: int, rows: int = 25) -> None:
    text = text_of(shape, size)
    time_one(name, text_of(shape, 2_000), 998)  # warm
    fn = ANALYSES[name]
    art = Article.from_text(_fresh(text, 997), reference_date="2025-12-05")
    prof = cProfile.Profile()
    prof.enable()
    fn(art) if fn is not None else Article.from_text(_fresh(text, 996))
    prof.disable()
    out = io.StringIO()
    pstats.Stats(prof, stream=out).sort_stats("tottime").print_stats(rows)
    print(f"\n## profile of {name} on {shape}, {len(text):,} characters\n")
    print(out.getvalue())


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--shape", choices=["news", "line", "newsline", "marks", "quotesline", "both"], default="both",
                   help="news, line, newsline, marks or quotesline; both: news and line (default)")
    p.add_argument("--sizes", type=int, nargs="+", default=list(SIZES))
    p.add_argument("--only", nargs="+", choices=list(ANALYSES), help="time only these analyses")
    p.add_argument("--budget", type=float, default=30.0, help="stop a series after a run this long (s)")
    p.add_argument("--skip-table", action="store_true")
    p.add_argument("--cli-chars", type=int, default=400_000)
    p.add_argument("--cli-timeout", type=float, default=120.0)
    p.add_argument("--skip-cli", action="store_true")
    p.add_argument("--profile", choices=list(ANALYSES))
    p.add_argument("--rows", type=int, default=25, help="functions the profile lists (default 25)")
    args = p.parse_args(argv)
    if args.profile:
        profile(args.profile, "line" if args.shape == "both" else args.shape, args.sizes[0], args.rows)
        return 0
    if not args.skip_table:
        for shape in (["news", "line"] if args.shape == "both" else [args.shape]):
            table(shape, sorted(args.sizes), args.budget, args.only or list(ANALYSES))
    if not args.skip_cli:
        cli_probe(args.cli_chars, args.cli_timeout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
