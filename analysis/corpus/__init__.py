"""Many articles at once: every analysis on a corpus, in parallel worker processes or on a Dask cluster.

:func:`run_corpus` reads a corpus (a folder of ``.txt`` articles with optional
``.yml`` sidecars, or a JSON Lines file of ``{"id", "text",
"reference_date"}`` objects), runs every table a corpus run stores (see
:func:`analysis.tables.corpus_tables`) on each article, and writes one Parquet
dataset (a folder of part files) per table, each row carrying the
``article_id`` it came from.  The command line runs it as
``python -m analysis corpus INPUT --out DIR``.

How a run is organised (one module per stage):

* ``analysis.corpus.source`` indexes the input (ids and where each text
  is) and reads each batch's texts only when the batch is sent, so memory is
  bounded by the batches in flight, not by the corpus.  A symbolic link that
  leads out of the input folder is skipped with a warning.
* ``analysis.corpus.work`` analyses a batch on a worker.  An article whose
  text or sidecar cannot be read, whose analysis raises, or that takes longer
  than ``article_timeout`` becomes one row of the ``errors`` table; none of
  its other rows are written, and the rest goes on.
* ``analysis.corpus.run`` sends batches (sized to the corpus: about eight
  per worker, 4 to 100 articles each) to forked worker processes, or to a
  running Dask scheduler with ``scheduler=ADDRESS``; the workers return
  tables (already converted to Arrow, the form Parquet stores) and only
  this process writes files, so remote workers need no access to the
  output folder.
* ``analysis.corpus.store`` locks the output folder for the run and
  commits each finished batch atomically (a marker in ``DIR/_done/``), so
  that a run killed at any moment resumes with nothing lost or doubled: a
  re-run skips every article a marker lists as done and retries the articles
  that failed.  Articles are known by their id only: a changed text under a
  finished id is not noticed (use a new ``DIR``).

A script that calls :func:`run_corpus` with ``scheduler=`` needs the usual
``if __name__ == "__main__":`` guard.
"""

from .run import CorpusRun, run_corpus, run_corpus_cli
from .source import CorpusItem, read_corpus
from .store import load_corpus_table
from .work import ERROR_COLUMNS, SUMMARY_COLUMNS, ArticleTimeout, analyse_article, analyse_batch

__all__ = [
    "SUMMARY_COLUMNS",
    "ERROR_COLUMNS",
    "ArticleTimeout",
    "CorpusItem",
    "CorpusRun",
    "read_corpus",
    "analyse_article",
    "analyse_batch",
    "run_corpus",
    "load_corpus_table",
    "run_corpus_cli",
]
