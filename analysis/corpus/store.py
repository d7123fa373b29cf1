"""The output folder of a corpus run: a lock, one atomic commit per batch, Parquet part files.

Layout of ``DIR``: one folder per table holding ``part-<batch>.parquet`` files,
and bookkeeping entries whose names start with an underscore:

* ``_lock``: held (``flock``) by the run writing here; it holds the run's pid,
  host and start time so that a second run can name it.  The lock belongs to
  the process: it dies with it, even under SIGKILL.
* ``_done/<batch>.json``: the commit of one batch: the article ids it analysed
  and failed and the part files it wrote.  A part file no marker lists is not
  part of the results (:func:`load_corpus_table` reads only listed files).
* ``_pending/<batch>.json``: written before a batch writes any file, removed
  after its commit; a run that starts and finds one deletes the files it lists
  that no marker lists (a batch cut short), and nothing else.
* ``_staging/``: files being written, renamed into place when complete.

The store never deletes a file it did not write.
"""

from __future__ import annotations

import datetime as _dt
import fcntl
import json
import math
import os
import socket
import sys
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from ..article import ArticleError

__all__ = ["CorpusStore", "load_corpus_table", "write_part", "arrow_safe"]

DONE, PENDING, STAGING, LOCK = "_done", "_pending", "_staging", "_lock"


class CorpusStore:
    """An output folder, locked for one run (use as a context manager)."""

    def __init__(self, out: str | Path):
        self.out = Path(out)
        self._fd: int | None = None
        self._schemas = _Schemas()  # of the parts this run wrote, so that unify need not read them back

    # -- the lock -------------------------------------------------------------
    def __enter__(self) -> CorpusStore:
        out = self.out
        if out.exists() and not out.is_dir():
            raise ArticleError(f"{out}: exists and is not a folder")
        for name in (DONE, PENDING, STAGING):
            (out / name).mkdir(parents=True, exist_ok=True)
        fd = os.open(out / LOCK, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            other = os.read(fd, 4096).decode("utf-8", "replace").strip() or "another process"
            os.close(fd)
            raise ArticleError(f"{out}: another corpus run is writing here ({other}); "
                               "wait for it to finish or use another --out") from None
        os.ftruncate(fd, 0)
        started = _dt.datetime.now().isoformat(timespec="seconds")
        os.write(fd, f"pid {os.getpid()} on {socket.gethostname()}, started {started}\n".encode())
        self._fd = fd
        return self

    def __exit__(self, *exc) -> None:
        if self._fd is not None:
            os.close(self._fd)  # releases the lock; the file stays (removing it would race a new run)
            self._fd = None

    @property
    def lock_fd(self) -> int | None:
        """The lock's file descriptor (worker processes forked from this one close their copy)."""
        return self._fd

    # -- markers ----------------------------------------------------------------
    def markers(self) -> dict[str, dict]:
        """The commits in the folder, by batch key (a marker that cannot be read does not count)."""
        done = {}
        for m in sorted((self.out / DONE).glob("*.json")):
            try:
                data = json.loads(m.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                continue
            if isinstance(data, dict):
                done[m.stem] = data
        return done

    def _write_json(self, folder: str, key: str, data: dict) -> None:
        tmp = self.out / STAGING / f"{folder}-{key}.json.tmp"
        tmp.write_text(json.dumps(data), encoding="utf-8")
        os.replace(tmp, self.out / folder / f"{key}.json")

    # -- start of a run -----------------------------------------------------------
    def recover(self) -> None:
        """Undo what a run cut short left: files of uncommitted batches, staging files."""
        listed = {f for m in self.markers().values() for f in m.get("files", [])}
        for j in sorted((self.out / PENDING).glob("*.json")):
            try:
                files = json.loads(j.read_text(encoding="utf-8")).get("files", [])
            except (OSError, ValueError, AttributeError):
                files = []
            for rel in files:
                if rel not in listed and _own_part(rel):
                    (self.out / rel).unlink(missing_ok=True)
            j.unlink()
        for tmp in (self.out / STAGING).glob("*.tmp"):
            tmp.unlink()

    def retry_failed(self) -> set[str]:
        """Withdraw the error rows of failed articles (so they are tried again); return the ids done."""
        done: set[str] = set()
        for key, m in self.markers().items():
            if m.get("failed"):
                errors = [f for f in m.get("files", []) if f.startswith("errors/")]
                self._write_json(PENDING, f"{key}-retry", {"files": errors})
                self._write_json(DONE, key, {**m, "failed": [], "files": [f for f in m["files"] if f not in errors]})
                for rel in errors:
                    (self.out / rel).unlink(missing_ok=True)
                (self.out / PENDING / f"{key}-retry.json").unlink()
            done.update(m.get("ok", []))
        return done

    # -- one batch ----------------------------------------------------------------
    def commit(self, key: str, result: dict) -> None:
        """Write one batch's part files and its marker: after the marker the batch counts, before it nothing does.

        Each table of ``result`` (see :func:`analysis.corpus.analyse_batch`) is a DataFrame, a pyarrow
        Table already made safe by :func:`arrow_safe` (``arrow=True``, converted on the worker) or ``None``.
        """
        parts = {name: t for name, t in result["tables"].items() if t is not None and len(t)}
        for name in ("summary", "errors"):
            if result[name] is not None and len(result[name]):
                parts[name] = result[name]
        files = [f"{name}/part-{key}.parquet" for name in parts]
        self._write_json(PENDING, key, {"files": files})
        for rel, (name, t) in zip(files, parts.items()):
            self._write(rel, t, key)
        self._write_json(DONE, key, {"ok": result["ok"], "failed": result["failed"], "files": files})
        (self.out / PENDING / f"{key}.json").unlink()

    def _write(self, rel: str, df, key: str) -> None:
        """Write one part; a part whose only difference from the parts before it is a column without a value
        (Arrow type null) is written with their types, as :meth:`unify` would rewrite it at the end."""
        import pyarrow as pa

        table = df if isinstance(df, pa.Table) else arrow_safe(df)
        original = table.schema
        table = _promoted(table, self._schemas.target(rel))
        write_part(table, self.out / rel.split("/")[0], key, staging=self.out / STAGING)
        self._schemas.add(rel, original, table.schema)

    def ensure_tables(self, columns: dict[str, list[str]]) -> None:
        """Give each named table at least an empty committed part, so each dataset exists with its columns."""
        listed = {f.split("/")[0] for m in self.markers().values() for f in m.get("files", [])}
        missing = {n: c for n, c in columns.items() if n not in listed}
        if not missing:
            return
        files = [f"{n}/part-empty-{n}.parquet" for n in missing]
        self._write_json(PENDING, "empty", {"files": files})
        for n, cols in missing.items():
            self._write(f"{n}/part-empty-{n}.parquet", pd.DataFrame(columns=cols), f"empty-{n}")
        before = self.markers().get("empty", {}).get("files", [])
        self._write_json(DONE, "empty", {"ok": [], "failed": [], "files": sorted({*files, *before})})
        (self.out / PENDING / "empty.json").unlink()

    def unify(self, names) -> None:
        """Rewrite the few committed parts whose column types differ from the rest (int in one, float in another)."""
        by_table: dict[str, list[str]] = {}
        for m in self.markers().values():
            for f in m.get("files", []):
                by_table.setdefault(f.split("/")[0], []).append(f)
        for name in names:
            _unify(self.out, sorted(by_table.get(name, [])), self.out / STAGING, self._schemas)


def _own_part(rel: str) -> bool:
    parts = Path(rel).parts
    return len(parts) == 2 and parts[1].startswith("part-") and parts[1].endswith(".parquet") and ".." not in parts


# ---------------------------------------------------------------------------
# Parquet
# ---------------------------------------------------------------------------
def _is_missing(v: Any) -> bool:
    return v is None or v is pd.NA or v is pd.NaT or (isinstance(v, float) and math.isnan(v))


_LISTS = (list, tuple, set, frozenset, np.ndarray)
_MISSING_TYPES = {type(None), type(pd.NA), type(pd.NaT)}


def _kinds(values: list) -> set[type]:
    """The types of the values that are not missing (see :func:`_is_missing`), type by type, not value by value."""
    kinds = set(map(type, values)) - _MISSING_TYPES
    for k in [k for k in kinds if issubclass(k, float)]:
        if all(math.isnan(v) for v in values if type(v) is k):
            kinds.discard(k)  # only NaN of this type: missing values
    return kinds


def _as_list(v):
    if _is_missing(v):
        return None
    if isinstance(v, (set, frozenset)):
        v = sorted(v, key=str)
    return [str(x) for x in v] if isinstance(v, _LISTS) else [str(v)]


def arrow_safe(df: pd.DataFrame):
    """A pyarrow Table of ``df`` that Parquet accepts and that stays stable across part files.

    List-valued cells become lists of strings; a column of mixed types (or
    of mappings) becomes text; every string column is ``large_string``.
    """
    import pyarrow as pa

    if not len(df):  # no rows, no types to keep: the other parts give them (unify)
        return pa.table({str(c): pa.nulls(0) for c in df.columns})
    fixed = {}
    for i, dtype in enumerate(df.dtypes.tolist()):  # only object columns read (a column read costs ~0.1 ms)
        if dtype != object:
            continue
        values = df.iloc[:, i].tolist()
        kinds = _kinds(values)
        if any(issubclass(k, _LISTS) for k in kinds):
            fixed[i] = [_as_list(v) for v in values]
        elif any(issubclass(k, dict) for k in kinds) or len(kinds) > 1:
            fixed[i] = [None if _is_missing(v) else (json.dumps(v, default=str, ensure_ascii=False)
                                                      if isinstance(v, dict) else str(v)) for v in values]
    if fixed:
        df = df.copy(deep=False)  # copy-on-write: the caller's frame is never changed
        for i, values in fixed.items():
            df.isetitem(i, values)
    table = pa.Table.from_pandas(df, preserve_index=False)
    text = (pa.types.is_string, pa.types.is_large_string)
    fields = []
    for f in table.schema:
        if any(t(f.type) for t in text):
            f = pa.field(f.name, pa.large_string())
        elif pa.types.is_list(f.type) and any(t(f.type.value_type) for t in text):
            f = pa.field(f.name, pa.list_(pa.field("element", pa.large_string())))  # as Parquet names it
        fields.append(f)
    return table.cast(pa.schema(fields, metadata=table.schema.metadata))


def write_part(df, folder: Path, key: str, *, staging: Path | None = None) -> Path:
    """Write ``df`` (a DataFrame, or a pyarrow Table from :func:`arrow_safe`) as ``folder/part-<key>.parquet``,
    through a temporary file renamed into place."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = df if isinstance(df, pa.Table) else arrow_safe(df)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"part-{key}.parquet"
    tmp = (staging or folder) / f"{folder.name}-part-{key}.parquet.tmp"
    pq.write_table(table, tmp)
    os.replace(tmp, target)
    return target


class _Schemas:
    """The schemas of the parts this run wrote: as made (``original``) and as written (``written``), and per
    table the schema :meth:`CorpusStore.unify` would give them all so far (each distinct schema kept once)."""

    def __init__(self):
        self._distinct: list = []
        self._of: dict[str, tuple[int, int]] = {}
        self._tables: dict[str, tuple[str, list[int]]] = {}  # table: its first part, its distinct originals
        self._targets: dict[str, Any] = {}

    def _index(self, schema) -> int:
        i = next((i for i, s in enumerate(self._distinct) if s.equals(schema, check_metadata=True)), None)
        if i is None:
            self._distinct.append(schema)
            return len(self._distinct) - 1
        return i

    def add(self, rel: str, original, written) -> None:
        i = self._index(original)
        self._of[rel] = (i, self._index(written))
        table = rel.split("/")[0]
        if table in self._tables:
            first, seen = self._tables[table]
            if i in seen and rel > first:
                return  # nothing new: the target stands
            first, seen = min(first, rel), seen if i in seen else [*seen, i]
        else:
            first, seen = rel, [i]
        self._tables[table] = (first, seen)
        self._targets[table] = _unified([self._distinct[self._of[first][0]], *(self._distinct[j] for j in seen)])

    def original(self, rel: str):
        return self._distinct[self._of[rel][0]] if rel in self._of else None

    def written(self, rel: str):
        return self._distinct[self._of[rel][1]] if rel in self._of else None

    def target(self, rel: str):
        """The unified schema of the table's parts so far (``None`` before the first, or when they do not unify)."""
        return self._targets.get(rel.split("/")[0])


def _unified(schemas: list):
    """The schema :meth:`CorpusStore.unify` gives parts of ``schemas`` (in file order; the first one's metadata)."""
    import pyarrow as pa

    distinct = [s for i, s in enumerate(schemas) if not any(s.equals(t, check_metadata=True) for t in schemas[:i])]
    try:
        return pa.unify_schemas(distinct, promote_options="permissive") if distinct else None
    except (pa.ArrowInvalid, pa.ArrowTypeError):
        return None


def _promoted(table, target):
    """``table`` cast to ``target`` when its types promote to the target's unchanged (a column of type null,
    integers among floats); else unchanged."""
    if target is None or table.schema.names != target.names or table.schema.types == target.types:
        return table
    merged = _unified([target, table.schema])
    if merged is None or not merged.remove_metadata().equals(target.remove_metadata()):
        return table
    return table.cast(target)


def _unify(out: Path, files: list[str], staging: Path, known: _Schemas) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    rels = {out / f: f for f in files if (out / f).is_file()}
    original = {p: known.original(r) or pq.read_schema(p) for p, r in rels.items()}
    written = {p: known.written(r) or original[p] for p, r in rels.items()}
    if len({s.remove_metadata() for s in original.values()}) <= 1:
        return
    target = _unified(list(original.values()))
    for p, s in original.items():
        # as made, a part keeps its schema if it has the target's types, else it gets the target
        expected = s if target is None or s.remove_metadata().equals(target.remove_metadata()) else target
        if written[p].equals(expected, check_metadata=True):
            continue
        tmp = staging / f"unify-{p.parent.name}-{p.name}.tmp"
        try:
            table = pq.read_table(p)
            pq.write_table(table.select(target.names).cast(target) if expected is target else _restored(table, s), tmp)
        except (pa.ArrowInvalid, pa.ArrowNotImplementedError, ValueError):
            tmp.unlink(missing_ok=True)
            continue
        os.replace(tmp, p)


def _restored(table, schema):
    """A part promoted when written back to ``schema``, as made (a column without a value back to type null)."""
    import pyarrow as pa

    columns = [pa.nulls(len(table), pa.null()) if pa.types.is_null(f.type) else table.column(f.name).cast(f.type)
               for f in schema]
    return pa.Table.from_arrays(columns, schema=schema)


def load_corpus_table(out: str | Path, name: str) -> pd.DataFrame:
    """Read one table of a corpus run back as a DataFrame.

    Only committed part files are read (those a ``_done`` marker lists), one
    by one and concatenated (so a column that is integer in one part and
    float in another still reads); list cells come back as Python lists, and
    rows are ordered by ``article_id`` with each article's rows in their
    original order.

    Parameters
    ----------
    out : str or pathlib.Path
        The output folder of :func:`analysis.corpus.run_corpus`.
    name : str
        ``summary``, ``errors`` or a table a corpus run stores (see
        :func:`analysis.tables.corpus_tables`).

    Raises
    ------
    ArticleError
        If the folder holds no such table.
    """
    import pyarrow.parquet as pq

    out = Path(out)
    files = sorted({f for m in CorpusStore(out).markers().values() for f in m.get("files", [])
                    if f.split("/")[0] == name}) if (out / DONE).is_dir() else []
    parts = [out / f for f in files if (out / f).is_file()]
    if not parts:
        raise ArticleError(f"{out / name}: no such corpus table (run the corpus command first)")
    frames = [pq.read_table(p).to_pandas() for p in parts]
    frames = [f for f in frames if len(f)] or frames[:1]
    df = frames[0] if len(frames) == 1 else pd.concat(frames, ignore_index=True)
    for c in df.columns:
        if df[c].dtype == object and any(isinstance(v, np.ndarray) for v in df[c]):
            df[c] = [list(v) if isinstance(v, np.ndarray) else v for v in df[c]]
    return df.sort_values("article_id", kind="stable").reset_index(drop=True)


def warn(message: str) -> None:
    """One warning line on standard error."""
    print(f"warning: {message}", file=sys.stderr)
