"""Speed of the whole pipeline: one article, a corpus of a thousand, memory, and the book build.

Usage (from the project folder)::

    .venv/bin/python benchmarks/speed.py                 # everything
    .venv/bin/python benchmarks/speed.py --skip-book     # no book build
    .venv/bin/python benchmarks/speed.py --articles 2000 --workers 1 2

What it measures:

1. **Seed article**: the time to analyse ``data/raw/article.txt`` in full
   (build the Article, then every table of a corpus run: sentences, quotes,
   sources, reported claims, stakeholders, relations, financing), after
   imports.  ``first`` includes loading lexicons and rules on first use;
   ``warm`` is the median of later runs, each on a fresh copy of the text so
   that no per-article cache answers.
2. **Corpus rate**: ``run_corpus`` (the ``corpus`` command) on at least 1,000
   articles made by repeating the PolNeAR development texts in
   ``../shared/eval/`` (each copy with its own id), with 1 and 2 worker
   processes: wall-clock time from start to the last Parquet file written,
   cluster start-up included, and articles per second.  Without
   ``../shared`` the bundled ``tests/data/corpus`` articles are repeated.
3. **Peak memory**: the largest resident set of this process, and during
   each corpus run the largest sum over this process and its workers.
4. **Cold book build**: ``jupyter-book build . -W -n --keep-going`` into a
   fresh temporary ``--path-output`` (so nothing is cached and the shared
   ``_build`` is not touched), executing every chapter.
"""

from __future__ import annotations

import argparse
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
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"
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


def corpus_file(n: int, folder: Path) -> tuple[Path, str]:
    """A JSON Lines corpus of at least ``n`` articles; returns its path and a description."""
    rows = []
    src = EVAL / "polnear_dev.jsonl"
    if src.is_file():
        for line in src.read_text(encoding="utf-8").splitlines():
            o = json.loads(line)
            rows.append({"id": str(o["id"]), "text": o["text"], "reference_date": o.get("publication_date")})
        what = f"PolNeAR dev texts ({len(rows)} articles)"
    else:
        for p in sorted((ROOT / "tests" / "data" / "corpus").glob("*.txt")):
            rows.append({"id": p.stem, "text": p.read_text(encoding="utf-8"), "reference_date": None})
        what = f"bundled test corpus ({len(rows)} articles)"
    out = folder / "corpus.jsonl"
    copies = -(-n // len(rows))
    with out.open("w", encoding="utf-8") as f:
        k = 0
        for c in range(copies):
            for r in rows:
                if k >= n:
                    break
                f.write(json.dumps({**r, "id": f"{r['id']}-{c:03d}"}) + "\n")
                k += 1
    chars = sum(len(r["text"]) for r in rows) / len(rows)
    return out, f"{what} repeated to {n} articles, mean {chars:,.0f} characters each"


class TreeMonitor:
    """Samples the resident memory and CPU time of this process and all its descendants.

    ``peak`` is the largest sum of resident sets seen; ``cpu`` the CPU seconds
    (user + system) used by the tree since the monitor started (the last sample
    of each process, so that workers that have exited still count).
    """

    def __init__(self, every: float = 0.1):
        import psutil

        self.proc, self.every, self.peak = psutil.Process(), every, 0
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

    def __enter__(self):
        self._t.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._t.join()


def corpus_rate(path: Path, n: int, workers: int) -> dict:
    from analysis.corpus import load_corpus_table, run_corpus

    out = Path(tempfile.mkdtemp(prefix=f"speed-corpus-{workers}w-"))
    try:
        with TreeMonitor() as mon:
            t = time.perf_counter()
            run = run_corpus(path, out, workers=workers, progress=False)
            wall = time.perf_counter() - t
        summary = load_corpus_table(out, "summary")
        return {"workers": workers, "articles": n, "analysed": len(run.analysed), "failed": len(run.failed),
                "wall_s": round(wall, 2), "articles_per_s": round(n / wall, 1),
                "cpu_s": round(mon.cpu, 1), "cpu_ms_per_article": round(1000 * mon.cpu / n, 1),
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


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--articles", type=int, default=1000, help="corpus size (default 1000)")
    p.add_argument("--workers", type=int, nargs="+", default=[1, 2], help="worker counts to try (default: 1 2)")
    p.add_argument("--seed-runs", type=int, default=10, help="warm runs on the seed article (default 10)")
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

    if not args.skip_corpus:
        tmp = Path(tempfile.mkdtemp(prefix="speed-input-"))
        path, what = corpus_file(args.articles, tmp)
        results["corpus_input"] = what
        print(f"corpus: {what}", flush=True)
        results["corpus"] = []
        for w in args.workers:
            r = corpus_rate(path, args.articles, w)
            results["corpus"].append(r)
            print(f"  {w} worker(s): {r['articles_per_s']} articles/s ({r['articles']} in {r['wall_s']} s, "
                  f"{r['failed']} failed); CPU {r['cpu_ms_per_article']} ms per article (start-up included), "
                  f"analyses {r['analysis_ms_per_article']} ms per article; peak memory {r['peak_tree_rss_mb']} MB "
                  f"(this process and its workers)", flush=True)
        shutil.rmtree(tmp, ignore_errors=True)

    if not args.skip_book:
        results["book"] = book_build()
        b = results["book"]
        print(f"cold book build: {b['wall_s']} s (exit status {b['exit_status']})", flush=True)

    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":  # guard needed: the corpus workers are spawned processes that import this file
    sys.exit(main())
