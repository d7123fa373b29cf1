"""Speed of the whole pipeline: one article, a corpus of a thousand, memory, and the book build.

Usage (from the project folder)::

    .venv/bin/python benchmarks/speed.py                 # everything
    .venv/bin/python benchmarks/speed.py --skip-book     # no book build
    .venv/bin/python benchmarks/speed.py --skip-book --memory 0 --workers 2   # one corpus run

What it measures:

1. **Seed article**: the time to analyse ``data/raw/article.txt`` in full
   (build the Article, then every table of a corpus run: sentences, quotes,
   sources, reported claims, stakeholders, relations, financing), after
   imports.  ``first`` includes loading lexicons and rules on first use;
   ``warm`` is the median of later runs, each on a fresh copy of the text so
   that no per-article cache answers.
2. **Per-stage profile**: CPU milliseconds per article for building the
   Article (paragraphs, Punkt sentence splitting), for the mention layer
   (``analysis.mentions.entities``, cached on the article and read by the
   quotation, stakeholder, relation and financing stages; built first so that
   it is counted on its own) and for each table a corpus run stores, in one
   process, on ``--profile`` PolNeAR articles.
3. **Corpus rate**: ``python -m analysis corpus`` run as a user runs it (a
   new interpreter: start-up, imports and worker start included) on 1,000
   distinct PolNeAR-length articles (the 924 distinct PolNeAR dev and train
   texts (fewer after removing repeated texts), then the same texts with their paragraphs rotated, so that no two
   articles are the same text), with 1 and 2 worker processes: wall-clock
   time to the last Parquet file, articles per second, CPU of all processes.
   Without ``../shared`` the bundled ``tests/data/corpus`` articles are used.
   **Peak memory** of the whole process tree (the command and its workers,
   sampled every 0.1 s) for each run, and for a second run on ``--memory``
   (10,000) articles: the two peaks should be within 20%, since memory is
   bounded by the batches in flight, not by the corpus.
4. **Cold book build**: ``jupyter-book build . -W -n --keep-going`` into a
   fresh temporary ``--path-output`` (so nothing is cached and the shared
   ``_build`` is not touched), executing every chapter.
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# ../shared/eval beside the project (a worktree under /work/wt/<name> looks two levels up).
EVAL = next((p for p in (ROOT.parent / "shared" / "eval", ROOT.parent.parent / "shared" / "eval") if p.is_dir()),
            ROOT.parent / "shared" / "eval")
SEED = ROOT / "data" / "raw" / "article.txt"


def seed_timing(runs: int) -> dict:
    t0 = time.perf_counter()
    import analysis  # noqa: F401
    from analysis.corpus import CorpusItem, analyse_article

    imports = time.perf_counter() - t0
    text = SEED.read_text(encoding="utf-8")

    def once(i: int) -> tuple[float, float]:
        # a trailing space per run makes a new text, so no cache keyed on the article answers
        item = CorpusItem("seed", text + " " * i, "2025-12-05")
        t, c = time.perf_counter(), time.process_time()
        _tables, _summary, error = analyse_article(item)
        assert error is None, error
        return time.perf_counter() - t, time.process_time() - c

    first = once(0)
    warm = [once(i) for i in range(1, runs + 1)]
    return {"imports_s": round(imports, 3), "first_s": round(first[0], 3),
            "warm_median_s": round(statistics.median(w for w, _ in warm), 3),
            "warm_min_s": round(min(w for w, _ in warm), 3),
            "warm_median_cpu_s": round(statistics.median(c for _, c in warm), 3), "runs": runs}


def _pool() -> tuple[list[dict], str]:
    """The distinct PolNeAR texts (dev, then train), or the bundled test articles without ../shared."""
    rows, texts = [], set()
    for name in ("polnear_dev.jsonl", "polnear_train.jsonl"):
        src = EVAL / name
        if src.is_file():
            with src.open(encoding="utf-8") as f:
                for line in f:
                    o = json.loads(line)
                    if o["text"] in texts:  # a few texts appear under two ids
                        continue
                    texts.add(o["text"])
                    rows.append({"id": str(o["id"]), "text": o["text"], "reference_date": o.get("publication_date")})
    if rows:
        return rows, f"PolNeAR dev and train texts ({len(rows)} distinct articles)"
    for p in sorted((ROOT / "tests" / "data" / "corpus").glob("*.txt")):
        rows.append({"id": p.stem, "text": p.read_text(encoding="utf-8"), "reference_date": None})
    return rows, f"bundled test corpus ({len(rows)} articles)"


def _variant(text: str, k: int) -> str:
    """The ``k``-th distinct variant of a text: its paragraphs rotated by ``k`` (the text itself for 0)."""
    if k == 0:
        return text
    paras = [p for p in text.split("\n\n") if p.strip()]
    r = k % len(paras) or 1
    out = "\n\n".join(paras[r:] + paras[:r])
    return out if k < len(paras) else out + f"\n\n(Version {k}.)"


def corpus_file(n: int, folder: Path) -> tuple[Path, str]:
    """A JSON Lines corpus of ``n`` distinct PolNeAR-length articles, written line by line."""
    rows, what = _pool()
    out = folder / f"corpus-{n}.jsonl"
    seen: set[int] = set()
    chars = 0
    with out.open("w", encoding="utf-8") as f:
        for i in range(n):
            r = rows[i % len(rows)]
            text = _variant(r["text"], i // len(rows))
            assert hash(text) not in seen, "two articles of the benchmark corpus are the same text"
            seen.add(hash(text))
            chars += len(text)
            f.write(json.dumps({**r, "id": f"{r['id']}-{i // len(rows):03d}", "text": text}) + "\n")
    return out, f"{n} distinct articles from the {what} (paragraphs rotated after the first pass), mean {chars / n:,.0f} characters"


def stage_profile(n: int) -> dict:
    """CPU milliseconds per article for each stage of the corpus work, in one process, on ``n`` articles."""
    import analysis
    from analysis.mentions import entities
    from analysis.tables import compute_table, corpus_tables

    rows, _ = _pool()
    rows = rows[:n]
    warm = analysis.Article.from_text('"Warm up," Jane Doe said: lexicons and models load once.')
    for name in corpus_tables():  # first-use loading is not per-article work
        compute_table(name, warm)
    art_stage, layer = "article (paragraphs, Punkt sentences)", "mention layer (mentions.entities, shared)"
    cpu: dict[str, float] = {art_stage: 0.0, layer: 0.0, **{name: 0.0 for name in corpus_tables()}}
    warnings.simplefilter("ignore")  # unbalanced quotation marks in some texts: not what is measured
    for r in rows:
        c = time.process_time()
        art = analysis.Article.from_text(r["text"] + " ", reference_date=r["reference_date"])
        cpu[art_stage] += time.process_time() - c
        # the mention layer, cached on the article, is built first so that it is counted once, apart
        # from the quotation stage that would otherwise build it
        c = time.process_time()
        entities(art)
        cpu[layer] += time.process_time() - c
        for name in corpus_tables():
            c = time.process_time()
            compute_table(name, art)
            cpu[name] += time.process_time() - c
    per = {k: round(1000 * v / len(rows), 1) for k, v in cpu.items()}
    per["total"] = round(sum(per.values()), 1)
    return {"articles": len(rows), "cpu_ms_per_article": per}


class TreeMonitor:
    """Samples the resident memory and CPU time of this process and all its descendants.

    ``peak`` is the largest sum of resident sets seen; ``cpu`` the CPU seconds
    (user + system) used by the tree since the monitor started (the last sample
    of each process, so that workers that have exited still count).
    """

    def __init__(self, every: float = 0.1, root=None):
        import psutil

        self.proc, self.every, self.peak = root or psutil.Process(), every, 0
        self._cpu0 = sum(self.proc.cpu_times()[:2])
        self._cpu: dict[int, float] = {}
        self._stop = threading.Event()
        self._t = threading.Thread(target=self._run, daemon=True)

    def _sample(self):
        import psutil

        total = 0
        try:
            procs = [self.proc, *self.proc.children(recursive=True)]
        except psutil.Error:
            procs = [self.proc]
        for p in procs:
            try:
                with p.oneshot():
                    total += p.memory_info().rss
                    self._cpu[p.pid] = sum(p.cpu_times()[:2])
            except psutil.Error:
                pass
        self.peak = max(self.peak, total)

    def _run(self):
        while not self._stop.is_set():
            self._sample()
            self._stop.wait(self.every)

    @property
    def cpu(self) -> float:
        return sum(self._cpu.values()) - self._cpu0

    @property
    def root_cpu(self) -> float:
        """CPU seconds of the root process alone (for a corpus run: the command, not its workers)."""
        return self._cpu.get(self.proc.pid, self._cpu0) - self._cpu0

    def __enter__(self):
        self._t.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._t.join()


def corpus_rate(path: Path, n: int, workers: int) -> dict:
    """``python -m analysis corpus`` as a user runs it (a new interpreter: start-up included)."""
    import psutil

    out = Path(tempfile.mkdtemp(prefix=f"speed-corpus-{workers}w-"))
    try:
        cmd = [sys.executable, "-m", "analysis", "corpus", str(path), "--out", str(out / "res"),
               "--workers", str(workers), "--quiet"]
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        t = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stderr=subprocess.PIPE, text=True)
        with TreeMonitor(root=psutil.Process(proc.pid)) as mon:
            _, err = proc.communicate()
        wall = time.perf_counter() - t
        if proc.returncode not in (0, 1):
            raise SystemExit(f"corpus run failed ({proc.returncode}): {err.strip()[-500:]}")
        from analysis.corpus import load_corpus_table

        summary = load_corpus_table(out / "res", "summary")
        errors = load_corpus_table(out / "res", "errors")
        return {"workers": workers, "articles": n, "analysed": len(summary), "failed": len(errors),
                "wall_s": round(wall, 2), "articles_per_s": round(n / wall, 1),
                "cpu_s": round(mon.cpu, 1), "cpu_ms_per_article": round(1000 * mon.cpu / n, 1),
                "command_cpu_s": round(mon.root_cpu, 2),
                "analysis_ms_per_article": round(1000 * summary["seconds"].mean(), 1),
                "peak_tree_rss_mb": round(mon.peak / 2**20)}
    finally:
        shutil.rmtree(out, ignore_errors=True)


def book_build() -> dict:
    jb = Path(sys.executable).parent / "jupyter-book"
    out = Path(tempfile.mkdtemp(prefix="speed-book-"))
    try:
        t = time.perf_counter()
        r = subprocess.run([str(jb), "build", ".", "-W", "-n", "--keep-going", "--path-output", str(out)],
                           cwd=ROOT, capture_output=True, text=True)
        wall = time.perf_counter() - t
        return {"wall_s": round(wall, 1), "exit_status": r.returncode,
                "last_line": (r.stdout.strip().splitlines() or [""])[-1][:200]}
    finally:
        shutil.rmtree(out, ignore_errors=True)


def _print_run(r: dict) -> None:
    print(f"  {r['workers']} worker(s), {r['articles']} articles: {r['articles_per_s']} articles/s "
          f"({r['wall_s']} s, start-up included, {r['failed']} failed); CPU {r['cpu_ms_per_article']} ms per article "
          f"(all processes; the command itself {r['command_cpu_s']} s: start-up, writing), analyses "
          f"{r['analysis_ms_per_article']} ms per article; peak memory of the process "
          f"tree {r['peak_tree_rss_mb']} MB; load average {os.getloadavg()[0]:.1f}", flush=True)


def _corpus_runs(args, results: dict) -> list[dict]:
    tmp = Path(tempfile.mkdtemp(prefix="speed-input-"))
    try:
        path, what = corpus_file(args.articles, tmp)
        results["corpus_input"] = what
        print(f"corpus: {what}", flush=True)
        # An installed package has its bytecode; a checkout under PYTHONDONTWRITEBYTECODE (set on this machine)
        # would compile the package's source again in every new interpreter (about 0.3 s of start-up).
        compileall.compile_dir(ROOT / "analysis", quiet=1)
        runs = []
        for w in args.workers:
            runs.append(corpus_rate(path, args.articles, w))
            _print_run(runs[-1])
        if args.memory:
            big, what = corpus_file(args.memory, tmp)
            print(f"memory: {what}", flush=True)
            runs.append(corpus_rate(big, args.memory, max(args.workers)))
            _print_run(runs[-1])
            small = next(r for r in runs if r["workers"] == max(args.workers))
            ratio = runs[-1]["peak_tree_rss_mb"] / small["peak_tree_rss_mb"]
            results["memory_ratio"] = round(ratio, 3)
            print(f"  peak memory, {args.memory} against {args.articles} articles: {ratio:.2f} times "
                  f"({100 * (ratio - 1):+.0f}%)", flush=True)
        return runs
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--articles", type=int, default=1000, help="corpus size (default 1000)")
    p.add_argument("--workers", type=int, nargs="+", default=[1, 2], help="worker counts to try (default: 1 2)")
    p.add_argument("--seed-runs", type=int, default=10, help="warm runs on the seed article (default 10)")
    p.add_argument("--profile", type=int, default=200, metavar="N",
                   help="articles of the per-stage CPU profile (default 200; 0 skips it)")
    p.add_argument("--memory", type=int, default=10000, metavar="N",
                   help="a second corpus size for the memory comparison, run with the most workers (default 10000; 0 skips)")
    p.add_argument("--skip-corpus", action="store_true")
    p.add_argument("--skip-book", action="store_true")
    p.add_argument("--json", metavar="FILE", help="also write the figures as JSON")
    # On a shared machine, wall-clock figures depend on what else runs: the load is printed with them.
    args = p.parse_args(argv)

    results: dict = {"cores": os.cpu_count(), "python": sys.version.split()[0], "load_before": os.getloadavg()[0]}
    print(f"{results['cores']} cores, load average {results['load_before']:.1f} at start", flush=True)
    results["seed"] = seed_timing(args.seed_runs)
    s = results["seed"]
    print(f"seed article, all analyses: first {s['first_s']} s, warm median {s['warm_median_s']} s "
          f"(min {s['warm_min_s']} s, CPU median {s['warm_median_cpu_s']} s, {s['runs']} runs); "
          f"imports {s['imports_s']} s", flush=True)
    results["seed_process_peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    print(f"peak memory after the seed runs: {results['seed_process_peak_rss_mb']} MB", flush=True)

    if args.profile:
        results["profile"] = stage_profile(args.profile)
        print(f"per-stage CPU time per article ({results['profile']['articles']} PolNeAR articles, one process):",
              flush=True)
        for stage, ms in results["profile"]["cpu_ms_per_article"].items():
            print(f"  {stage:42s} {ms:7.1f} ms", flush=True)

    if not args.skip_corpus:
        results["corpus"] = _corpus_runs(args, results)
    if not args.skip_book:
        results["book"] = book_build()
        b = results["book"]
        print(f"cold book build: {b['wall_s']} s (exit status {b['exit_status']})", flush=True)

    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":  # guard needed: the corpus workers are spawned processes that import this file
    sys.exit(main())
