"""A corpus run as named stages: check, index, lock and recover, batch, execute and commit, finish."""

from __future__ import annotations

import concurrent.futures as cf
import gc
import math
import multiprocessing
import os
import signal
import sys
import time
import uuid
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator

from ..article import ArticleError
from ..tables import corpus_tables
from .source import CorpusIndex, Entry, scan_corpus
from .store import CorpusStore, warn
from .work import DEFAULT_TIMEOUT, ERROR_COLUMNS, SUMMARY_COLUMNS, analyse_batch, warm_up

__all__ = ["CorpusRun", "run_corpus", "run_corpus_cli", "batch_size", "available_cores"]

# Articles per task: about eight tasks per worker (a live progress bar, a short tail at the end), at
# least BATCH_MIN (each task commits one part file per table) and at most BATCH_MAX (memory is bounded
# by the batches in flight, never by the corpus).
BATCH_MIN, BATCH_MAX, TASKS_PER_WORKER = 4, 64, 8

# The cyclic garbage collector's thresholds in a local worker.  The analyses make and drop millions of small
# containers: with Python's default (a young collection every 700 net allocations) the collector runs some
# 900 times per 500 PolNeAR articles and takes about 4% of a worker's CPU; with 50,000 it runs a few times.
# Garbage that only the collector frees waits for at most that many allocations: a bound per worker, not
# per corpus.
WORKER_GC_THRESHOLDS = (50_000, 20, 10)


@dataclass(frozen=True)
class CorpusRun:
    """What :func:`run_corpus` did: article ids analysed, skipped as done, and failed."""

    out: Path
    analysed: tuple[str, ...]
    skipped: tuple[str, ...]
    failed: tuple[str, ...]
    seconds: float

    def __str__(self) -> str:
        return (f"{len(self.analysed)} articles analysed, {len(self.skipped)} already done, "
                f"{len(self.failed)} failed, in {self.seconds:.1f} s; tables in {self.out}")


def available_cores() -> int:
    """The number of cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def batch_size(n_articles: int, workers: int) -> int:
    """Articles per task for a corpus of ``n_articles`` on ``workers`` workers.

    >>> batch_size(1000, 2), batch_size(7, 1), batch_size(100_000, 2)
    (63, 4, 64)
    """
    return max(BATCH_MIN, min(BATCH_MAX, math.ceil(n_articles / (TASKS_PER_WORKER * workers))))


# ---------------------------------------------------------------------------
# Stages
# ---------------------------------------------------------------------------
def _check_workers(workers: int | None, scheduler: str | None) -> int:
    """The number of local workers: at least 1, at most the cores (with a warning)."""
    if workers is not None and workers < 1:
        raise ArticleError(f"--workers {workers}: the number of workers must be at least 1")
    cores = available_cores()
    if scheduler or workers is None:
        return workers or cores
    if workers > cores:
        warn(f"--workers {workers} is more than the {cores} cores of this machine; using {cores}")
        return cores
    return workers


def _batches(entries: list[Entry], workers: int, run_key: str) -> list[tuple[str, list[Entry]]]:
    """Batches of :func:`batch_size` articles; with several workers, smaller ones as the corpus runs
    out (each a ``2 * workers``-th of what is left, at least ``BATCH_MIN``), so that the workers finish
    together instead of one of them working alone through a last full batch.

    >>> [len(b) for _, b in _batches(list(range(1000)), 2, "k")][10:]
    [63, 63, 61, 46, 35, 26, 19, 15, 11, 8, 6, 5, 4, 4, 4]
    >>> [len(b) for _, b in _batches(list(range(300)), 1, "k")]
    [38, 38, 38, 38, 38, 38, 38, 34]
    """
    size = batch_size(len(entries), workers)
    out, i = [], 0
    while i < len(entries):
        left = len(entries) - i
        n = size if workers == 1 else max(BATCH_MIN, min(size, math.ceil(left / (2 * workers))))
        out.append((f"{run_key}-{len(out):05d}", entries[i : i + n]))
        i += n
    return out


def _worker_init(lock_fd: int | None) -> None:
    """In each forked worker: let go of the run's lock, leave Ctrl-C to the parent, die with the parent,
    collect cyclic garbage less often (:data:`WORKER_GC_THRESHOLDS`) and never walk the objects inherited
    from the parent (its modules, lexicons and models: the collector would touch, and so copy, their pages)."""
    gc.freeze()
    gc.set_threshold(*WORKER_GC_THRESHOLDS)
    if lock_fd is not None:
        try:
            os.close(lock_fd)
        except OSError:
            pass
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        import ctypes

        ctypes.CDLL(None).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG: no orphan keeps working
    except (OSError, AttributeError):
        pass


class _Executor:
    """Where batches run: ``submit(items) -> future`` and ``wait(futures) -> the finished ones``."""

    def __init__(self, submit: Callable, wait: Callable, close: Callable, interrupt: Callable = lambda: None):
        self.submit, self.wait, self.close, self.interrupt = submit, wait, close, interrupt


def _in_process(timeout: float | None) -> _Executor:
    def submit(items):
        fut: cf.Future = cf.Future()
        fut.set_result(analyse_batch(items, timeout, arrow=True))
        return fut

    return _Executor(submit, lambda futs: futs, lambda: None)


def _local_pool(workers: int, timeout: float | None, lock_fd: int | None) -> _Executor:
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    if method == "fork":
        warm_up()  # lexicons, models and patterns loaded once here, not once in each worker
    pool = cf.ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context(method),
                                  initializer=_worker_init, initargs=(lock_fd,))
    pool.submit(int).result()  # start every worker now, before this process starts any thread

    def interrupt():
        for child in multiprocessing.active_children():
            child.terminate()

    return _Executor(lambda items: pool.submit(analyse_batch, items, timeout, arrow=True),
                     lambda futs: cf.wait(futs, return_when=cf.FIRST_COMPLETED).done,
                     lambda: pool.shutdown(wait=True, cancel_futures=True), interrupt)


def _dask(scheduler: str, timeout: float | None) -> _Executor:
    from dask.distributed import Client, wait

    try:
        client = Client(scheduler, timeout="10s")
    except (OSError, TimeoutError, ValueError) as e:
        raise ArticleError(f"{scheduler}: cannot connect to a Dask scheduler ({e})") from None
    return _Executor(lambda items: client.submit(analyse_batch, items, timeout, arrow=True, pure=False),
                     lambda futs: wait(futs, return_when="FIRST_COMPLETED").done, client.close)


def _stream(ex: _Executor, index: CorpusIndex, batches, in_flight: int) -> Iterator[tuple[str, list[Entry], dict]]:
    """Run the batches, at most ``in_flight`` at a time, and yield each result as it finishes."""
    pending: dict = {}
    todo = iter(batches)

    def fill():
        while len(pending) < in_flight:
            nxt = next(todo, None)
            if nxt is None:
                return
            key, entries = nxt
            pending[ex.submit(index.load(entries))] = (key, entries)

    fill()
    while pending:
        for fut in list(ex.wait(list(pending))):
            key, entries = pending.pop(fut)
            yield key, entries, _result(fut, entries)
        fill()


def _result(fut, entries: list[Entry]) -> dict:
    try:
        return fut.result()
    except Exception as e:  # the corpus runner: a worker that died fails its batch, retried on a re-run
        import pandas as pd

        rows = [{"article_id": e_.article_id, "stage": "worker", "error": e.__class__.__name__,
                 "message": str(e) or e.__class__.__name__} for e_ in entries]
        return {"tables": {}, "summary": pd.DataFrame(columns=SUMMARY_COLUMNS),
                "errors": pd.DataFrame(rows, columns=ERROR_COLUMNS), "ok": [], "failed": [r["article_id"] for r in rows]}


def _execute(store: CorpusStore, index: CorpusIndex, batches, ex: _Executor, *, workers: int, progress: bool):
    from tqdm import tqdm

    analysed: list[str] = []
    failed: list[str] = []
    bar = tqdm(total=sum(len(b) for _, b in batches), unit="article", desc="corpus", disable=not progress,
               file=sys.stderr, dynamic_ncols=True)
    try:
        for key, entries, result in _stream(ex, index, batches, in_flight=workers + 2):
            store.commit(key, result)
            analysed += result["ok"]
            failed += result["failed"]
            bar.update(len(entries))
    except KeyboardInterrupt:
        ex.interrupt()
        raise
    finally:
        bar.close()
        ex.close()
    return analysed, failed


def run_corpus(
    source: str | Path,
    out: str | Path,
    *,
    workers: int | None = None,
    scheduler: str | None = None,
    processes: bool = True,
    progress: bool = True,
    article_timeout: float | None = DEFAULT_TIMEOUT,
) -> CorpusRun:
    """Run every analysis on every article of a corpus and write Parquet datasets.

    Parameters
    ----------
    source : str or pathlib.Path
        The corpus: see :func:`analysis.corpus.read_corpus`.  It is read
        lazily: each batch's texts are read when the batch is sent.
    out : str or pathlib.Path
        Output folder (created if missing).  It receives one folder of
        Parquet part files per table: each table a corpus run stores (see
        :func:`analysis.tables.corpus_tables`; the table's own columns after
        ``article_id``), ``summary`` and ``errors``; and bookkeeping entries
        named with a leading underscore (see ``analysis.corpus.store``).
        Read a table with :func:`load_corpus_table` (or any Parquet reader).
    workers : int, optional
        Worker processes of a local run (default and maximum: the cores).
        Ignored with ``scheduler``.
    scheduler : str, optional
        Address of a running ``dask.distributed`` scheduler
        (``tcp://host:8786``) to run the batches on instead.
    processes : bool
        ``False`` runs every batch in this process: no start-up cost, no
        parallel speed-up (for small corpora and notebooks).
    progress : bool
        Show a progress bar (rate and time left) on standard error.
    article_timeout : float, optional
        Seconds one article may take before it becomes an error row.

    Returns
    -------
    CorpusRun
        The ids analysed, skipped (already done) and failed in this run.

    Raises
    ------
    ArticleError
        Bad input (see :func:`read_corpus`), ``workers`` below 1, a
        scheduler that cannot be reached, or another run writing to ``out``.

    Notes
    -----
    Columns of ``summary`` (one row per analysed article): ``article_id``;
    ``title``, ``outlet``, ``reference_date`` (ISO date) from the metadata;
    ``characters``, ``words``, ``paragraphs``, ``sentences``; ``quotations``
    and their kinds ``full_quotes``, ``partial_quotes``, ``term_quotes``;
    ``sources``, ``named_sources``, ``anonymous_sources`` (rows of the source
    table); ``reported_claims`` (rows of ``claims``); ``anonymous_share``, the
    share of attributed voices (quotations with a speaker, plus reported
    claims) whose source is anonymous (NaN when there is none);
    ``stakeholders``; ``relations``; ``money_facts`` (rows of the financing
    table); ``currencies`` (the currency codes of those facts,
    ``"; "``-joined); ``seconds`` spent on the article's analyses.

    Columns of ``errors`` (one row per failed article): ``article_id``,
    ``stage`` (``read``, ``article``, the table whose analysis raised, or
    ``worker``), ``error`` (exception class), ``message``.

    Examples
    --------
    >>> import tempfile
    >>> from analysis.corpus import load_corpus_table
    >>> d = Path(tempfile.mkdtemp())
    >>> _ = (d / "a.txt").write_text("Shares fell 5 per cent, the company said.")
    >>> _ = (d / "b.txt").write_text("  ")
    >>> run = run_corpus(d, d / "out", processes=False, progress=False)
    >>> run.analysed, run.failed
    (('a',), ('b',))
    >>> load_corpus_table(d / "out", "errors")[["article_id", "stage"]].values.tolist()
    [['b', 'article']]
    >>> run_corpus(d, d / "out", processes=False, progress=False).skipped
    ('a',)
    """
    t0 = time.perf_counter()
    n_workers = _check_workers(workers, scheduler)
    index = scan_corpus(source)
    for message in index.skipped:
        warn(message)
    with CorpusStore(out) as store:
        done, analysed, failed = _run_in(store, index, n_workers, scheduler=scheduler, processes=processes,
                                         progress=progress, timeout=article_timeout)
    order = {e.article_id: i for i, e in enumerate(index.entries)}
    return CorpusRun(Path(out), tuple(sorted(analysed, key=order.get)),
                     tuple(e.article_id for e in index.entries if e.article_id in done),
                     tuple(sorted(failed, key=order.get)), time.perf_counter() - t0)


def _run_in(store: CorpusStore, index: CorpusIndex, n_workers: int, *, scheduler, processes, progress, timeout):
    """Recover the locked folder, run the articles not yet done, finish the datasets; (done, analysed, failed)."""
    store.recover()
    done = store.retry_failed()
    todo = [e for e in index.entries if e.article_id not in done]
    batches = _batches(todo, n_workers, uuid.uuid4().hex[:8])
    analysed: list[str] = []
    failed: list[str] = []
    if batches:
        n_workers = min(n_workers, len(batches))
        ex = (_dask(scheduler, timeout) if scheduler else
              _local_pool(n_workers, timeout, store.lock_fd) if processes else _in_process(timeout))
        analysed, failed = _execute(store, index, batches, ex, workers=n_workers, progress=progress)
    store.ensure_tables({"summary": SUMMARY_COLUMNS, "errors": ERROR_COLUMNS})
    store.unify([*corpus_tables(), "summary", "errors"])
    return done, analysed, failed


def run_corpus_cli(args) -> int:
    """Entry point of ``python -m analysis corpus``: run, report one line, return the exit status.

    The status is 0 when every article was analysed (or already done), 1 when
    some failed (their messages are in the ``errors`` table), 130 when
    interrupted (Ctrl-C; a re-run resumes); bad input raises
    :class:`ArticleError`, which the command line prints as one line (status 2).
    """
    timeout = DEFAULT_TIMEOUT if args.article_timeout is None else args.article_timeout
    if timeout <= 0:
        raise ArticleError(f"--article-timeout {args.article_timeout}: the time limit must be above 0 seconds")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # library chatter; the errors table has what matters
            run = run_corpus(args.input, args.out, workers=args.workers, scheduler=args.scheduler,
                             progress=not args.quiet, article_timeout=timeout)
    except KeyboardInterrupt:
        print(f"interrupted: finished batches are saved in {args.out}; run the same command again to resume",
              file=sys.stderr)
        return 130
    print(run, file=sys.stderr)
    if run.failed:
        shown = ", ".join(run.failed[:5]) + (" ..." if len(run.failed) > 5 else "")
        print(f"failed: {shown} (see the errors table in {run.out / 'errors'})", file=sys.stderr)
        return 1
    return 0
