"""Reading a corpus lazily: an index of article ids first, each text only when its batch is sent.

A folder is indexed by its file names, a JSON Lines file by the byte offset of
each line (every line is parsed once for its id, then dropped), so that a
100,000-article input costs a list of ids, not a list of texts.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator

from ..article import ArticleError, read_sidecar

__all__ = ["CorpusItem", "Entry", "CorpusIndex", "scan_corpus", "read_corpus", "read_txt"]


@dataclass(frozen=True)
class CorpusItem:
    """One article of a corpus as read from the input, before any analysis.

    ``text`` is ``None`` when the input could not be read; ``error`` then says why.
    """

    article_id: str
    text: str | None
    reference_date: str | None = None
    metadata: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)
    error: str | None = None


@dataclass(frozen=True)
class Entry:
    """Where one article is: a file path, or the byte offset of a JSON Lines line (``error`` if unreadable)."""

    article_id: str
    path: Path | None = None
    offset: int = -1
    line: int = 0
    error: str | None = None


@dataclass
class CorpusIndex:
    """The articles of a corpus in a stable order, each read only by :meth:`load`.

    ``skipped`` holds one message per input left out (a symbolic link that
    leads out of the input folder).
    """

    source: Path
    entries: list[Entry]
    skipped: list[str] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.entries)

    def load(self, entries: list[Entry]) -> list[CorpusItem]:
        """The items of ``entries`` (a batch), read now."""
        if self.source.is_dir() or self.source.suffix.lower() == ".txt":
            return [read_txt(e.path, e.article_id) if e.error is None else CorpusItem(e.article_id, None, error=e.error)
                    for e in entries]
        with self.source.open("rb") as f:
            return [_jsonl_item(self.source, f, e) for e in entries]

    def items(self, size: int = 64) -> Iterator[CorpusItem]:
        """Every item, read ``size`` at a time."""
        for i in range(0, len(self.entries), size):
            yield from self.load(self.entries[i : i + size])


def scan_corpus(source: str | Path) -> CorpusIndex:
    """Index the articles of a corpus without keeping their texts (see :func:`read_corpus` for the inputs).

    Raises
    ------
    ArticleError
        If the input is missing, of an unknown kind, holds no article, or
        names two articles with one id.
    """
    path = Path(source)
    if not path.exists():
        raise ArticleError(f"{path}: no such file or folder")
    skipped: list[str] = []
    if path.is_dir():
        entries = _scan_folder(path, skipped)
        if not entries:
            raise ArticleError(f"{path}: the folder holds no .txt articles")
    elif path.suffix.lower() in (".jsonl", ".ndjson"):
        entries = _scan_jsonl(path)
    elif path.suffix.lower() == ".txt":
        entries = [Entry(path.stem, path=path)]
    else:
        raise ArticleError(f"{path}: expected a folder of .txt articles, a .jsonl file or a .txt file")
    seen: set[str] = set()
    for e in entries:
        if e.article_id in seen:
            raise ArticleError(f"{path}: the article id {e.article_id!r} appears twice; ids must be unique")
        seen.add(e.article_id)
    return CorpusIndex(path, entries, skipped)


def read_corpus(source: str | Path) -> list[CorpusItem]:
    """Read the articles of a corpus, in a stable order (all texts at once: for small corpora).

    Parameters
    ----------
    source : str or pathlib.Path
        A folder (every ``*.txt`` below it, sorted; the id is the path relative
        to the folder without ``.txt``; a sidecar ``<name>.yml`` gives
        ``reference_date``, ``title``, ``outlet``; hidden files are left out,
        and so is a symbolic link that leads out of the folder), a ``.jsonl``
        file (one object per line with ``id``, ``text`` and optional
        ``reference_date``, ``title``, ``outlet``; a line without ``id`` is
        known as ``line-N``), or a single ``.txt`` file.

    Returns
    -------
    list of CorpusItem
        An article that cannot be read (not UTF-8, a line that is not JSON, a
        bad sidecar) comes back with ``text=None`` and an ``error``, so that
        it becomes an error row rather than stopping the run.

    Raises
    ------
    ArticleError
        If the input is missing, of an unknown kind, holds no article, or
        names two articles with one id.

    Examples
    --------
    >>> import json, tempfile
    >>> d = Path(tempfile.mkdtemp())
    >>> _ = (d / "c.jsonl").write_text(json.dumps({"id": "a1", "text": "Rates rose."}) + "\\n")
    >>> [(i.article_id, i.text) for i in read_corpus(d / "c.jsonl")]
    [('a1', 'Rates rose.')]
    """
    return list(scan_corpus(source).items())


def _scan_folder(root: Path, skipped: list[str]) -> list[Entry]:
    real_root = root.resolve()
    found = []
    for folder, dirs, files in os.walk(root):  # does not descend into linked folders
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            p = Path(folder) / name
            if name.startswith(".") or not name.endswith(".txt"):
                continue
            if p.is_symlink() and not p.resolve().is_relative_to(real_root):
                skipped.append(f"{p}: a symbolic link leading out of {root}; skipped")
                continue
            found.append(p)
    found.sort(key=lambda p: p.relative_to(root).as_posix())
    return [Entry(p.relative_to(root).with_suffix("").as_posix(), path=p) for p in found]


def _scan_jsonl(path: Path) -> list[Entry]:
    entries = []
    offset = 0
    with path.open("rb") as f:
        for n, raw in enumerate(f, 1):
            start, offset = offset, offset + len(raw)
            if not raw.strip():
                continue
            obj, error = _parse_line(path, n, raw)
            if obj is None:
                entries.append(Entry(f"line-{n}", offset=start, line=n, error=error))
                continue
            aid = str(obj["id"]) if obj.get("id") not in (None, "") else f"line-{n}"
            entries.append(Entry(aid, offset=start, line=n))
    if not entries:
        raise ArticleError(f"{path}: the file holds no articles")
    return entries


def _parse_line(path: Path, n: int, raw: bytes) -> tuple[dict | None, str | None]:
    try:
        obj = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        return None, f"{path}, line {n}: not valid UTF-8 text"
    except ValueError as e:
        return None, f"{path}, line {n}: not a JSON object ({e})"
    if not isinstance(obj, dict):
        return None, f"{path}, line {n}: not a JSON object (got {type(obj).__name__})"
    return obj, None


def _jsonl_item(path: Path, f, e: Entry) -> CorpusItem:
    if e.error is not None:
        return CorpusItem(e.article_id, None, error=e.error)
    f.seek(e.offset)
    obj, error = _parse_line(path, e.line, f.readline())
    if obj is None:
        return CorpusItem(e.article_id, None, error=error)
    meta = {k: v for k, v in obj.items() if k != "text"}
    text = obj.get("text")
    if not isinstance(text, str):
        return CorpusItem(e.article_id, None, metadata=meta,
                          error=f"{path}, line {e.line}: 'text' must be a string, got {type(text).__name__}")
    return CorpusItem(e.article_id, text, _date_text(obj.get("reference_date")), meta)


def read_txt(path: Path, article_id: str) -> CorpusItem:
    """The text and sidecar of one file, with the checks of :func:`~analysis.article.load_article`.

    Anything wrong with this one article (unreadable, binary, not UTF-8, a bad
    sidecar) comes back as an item with ``error`` set, never as an exception.
    """
    try:
        try:
            raw = path.read_bytes()
        except OSError as e:
            raise ArticleError(f"{path}: cannot be read ({e.strerror or e.__class__.__name__})") from None
        if b"\x00" in raw[:8192]:
            raise ArticleError(f"{path}: looks like a binary file (it contains NUL bytes), not UTF-8 text")
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as e:
            raise ArticleError(f"{path}: not valid UTF-8 text (byte 0x{raw[e.start]:02x} at position {e.start})") from None
        meta = read_sidecar(path)
    except Exception as e:  # the corpus runner: a bad sidecar is this article's error row, whatever it raises
        return CorpusItem(article_id, None, metadata={"source": str(path)}, error=str(e) or e.__class__.__name__)
    return CorpusItem(article_id, text, _date_text(meta.get("reference_date")), {**meta, "source": str(path)})


def _date_text(value: Any) -> str | None:
    if value is None or value == "":
        return None
    return value.isoformat() if hasattr(value, "isoformat") else str(value)
