"""Helpers the chapters share: which article the book is about, and how tables show.

The book reads its article from one setting so that the same chapters can be
built for any article: the environment variables ``ANALYSIS_ARTICLE`` (a path
to a UTF-8 text file) and ``ANALYSIS_DATE`` (``YYYY-MM-DD``, overrides the
sidecar's reference date).  ``make book ARTICLE=... DATE=...`` sets them.
With neither set the book is about the seed article in ``data/raw/``.
"""

from __future__ import annotations

import hashlib
import html
import os
import re
from pathlib import Path

import pandas as pd

from .article import Article, load_article

__all__ = ["ROOT", "SEED_PATH", "book_article", "book_registry", "is_seed", "show_table", "article_sha256", "glue_text", "figure_index", "toc_files"]

#: The project folder (the parent of the ``analysis`` package).
ROOT = Path(__file__).resolve().parent.parent
#: The seed article that the book is about by default.
SEED_PATH = ROOT / "data" / "raw" / "article.txt"


def book_article_path() -> Path:
    """The article file the book is built for (``ANALYSIS_ARTICLE`` or the seed)."""
    value = os.environ.get("ANALYSIS_ARTICLE", "").strip()
    if not value:
        return SEED_PATH
    path = Path(value)
    return path if path.is_absolute() else (ROOT / path)


def book_article() -> Article:
    """Load the article the book is built for, with ``ANALYSIS_DATE`` as reference date if set."""
    date = os.environ.get("ANALYSIS_DATE", "").strip() or None
    return load_article(book_article_path(), reference_date=date)


def book_registry(article: Article) -> Path | None:
    """The curated stakeholder registry for the article, if one exists.

    Looked up as ``stakeholders/<name>.yml`` in the folder above the article's
    folder (``data/stakeholders/article.yml`` for ``data/raw/article.txt``),
    then as ``<name>.stakeholders.yml`` beside the article.
    """
    src = article.metadata.get("source")
    if not src:
        return None
    src = Path(src)
    for cand in (src.parent.parent / "stakeholders" / f"{src.stem}.yml", src.with_suffix(".stakeholders.yml")):
        if cand.is_file():
            return cand
    return None


def article_sha256(article: Article) -> str:
    """SHA-256 of the article's normalised text (hex)."""
    return hashlib.sha256(article.text.encode("utf-8")).hexdigest()


def is_seed(article: Article) -> bool:
    """True when ``article`` is the seed article (same text), so seed-only prose may show."""
    try:
        seed = load_article(SEED_PATH)
    except Exception:
        return False
    return seed.text == article.text


#: Tables with more rows than this are shown folded (a <details> element) with a scroll box.
COLLAPSE_ROWS = 12


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") or "table"


def show_table(df: pd.DataFrame, *, name: str, caption: str | None = None, max_rows: int | None = None,
               links: dict[str, str] | None = None):
    """Display ``df`` as an escaped, scrollable HTML table with a CSV download link.

    Parameters
    ----------
    df : pandas.DataFrame
    name : str
        File name (without extension) of the downloadable CSV.
    caption : str, optional
        A sentence saying what the table shows.
    max_rows : int, optional
        Show only the first rows (the CSV always holds all of them).
    links : dict, optional
        Column name -> column holding a URL fragment; that column's cells become links.

    Returns
    -------
    IPython.display.HTML
        The HTML object (text is escaped: article text never becomes markup).
    """
    from urllib.parse import quote

    from IPython.display import HTML

    shown = df if max_rows is None else df.head(max_rows)
    csv = df.to_csv(index=False)
    href = "data:text/csv;charset=utf-8," + quote(csv)
    fname = _slug(name) + ".csv"
    head = "".join(f"<th scope='col'>{html.escape(str(c))}</th>" for c in shown.columns if c not in (links or {}).values())
    # Columns of long text (quotations, sentences) get room; short ones stay narrow.
    long_cols = {c for c in shown.columns if shown[c].dtype == object
                 and shown[c].map(lambda v: len(str(v)) if isinstance(v, str) else 0).mean() > 40}
    rows = []
    for _, r in shown.iterrows():
        cells = []
        for c in shown.columns:
            if c in (links or {}).values():
                continue
            v = r[c]
            if isinstance(v, (list, tuple)):
                v = "; ".join(map(str, v))
            text = "" if (v is None or (isinstance(v, float) and pd.isna(v))) else str(v)
            if isinstance(r[c], float) and not pd.isna(r[c]):
                text = f"{r[c]:,.3g}" if abs(r[c]) < 1e6 else f"{r[c]:,.0f}"
            cell = html.escape(text)
            if links and c in links and r.get(links[c]):
                cell = f"<a href='{html.escape(str(r[links[c]]), quote=True)}'>{cell}</a>"
            cells.append(f"<td class='long'>{cell}</td>" if c in long_cols else f"<td>{cell}</td>")
        rows.append("<tr>" + "".join(cells) + "</tr>")
    cap = f"<caption>{html.escape(caption)}</caption>" if caption else ""
    more = f" (showing {len(shown)} of {len(df)} rows)" if len(shown) < len(df) else ""
    table = (
        f"<div class='analysis-table-wrap' tabindex='0' role='region' "
        f"aria-label='{html.escape(caption or name, quote=True)}'>"
        f"<table class='analysis-table'>{cap}<thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table></div>"
    )
    if len(shown) > COLLAPSE_ROWS:
        # Long tables fold away so the essay stays readable; the summary says what is inside.
        table = (f"<details class='analysis-details'><summary>Show the table: {html.escape(caption or name)} "
                 f"({len(shown)} rows)</summary>{table}</details>")
    out = (
        f"<div class='analysis-table-block' id='table-{_slug(name)}'>{table}<p class='analysis-download'><a download='{fname}' href='{href}'>Download this table as CSV</a>"
        f" ({len(df)} rows){more}</p></div>"
    )
    return HTML(out)


def glue_text(name: str, text: str) -> None:
    """Glue a sentence for the ``{glue:md}`` role (plain ``glue`` would show it with quotes)."""
    from IPython.display import Markdown
    from myst_nb import glue

    glue(name, Markdown(text), display=False)


_FIGURE_RX = re.compile(r"```\{glue:figure\}\s+(\S+)\s*\n((?::[^\n]*\n)*)\s*\n(.*?)```", re.S)
_TABLE_RX = re.compile(r"show_table\((?:[^()]|\([^()]*\))*?name=[\"']([^\"']+)[\"'](?:(?:[^()]|\([^()]*\))*?caption=[\"']([^\"']+)[\"'])?", re.S)


def toc_files() -> list[str]:
    """The book's pages in reading order, as paths without ``.md`` relative to :data:`ROOT` (from ``_toc.yml``)."""
    import yaml

    toc = yaml.safe_load((ROOT / "_toc.yml").read_text(encoding="utf-8"))
    out = [toc["root"]]

    def walk(entries):
        for e in entries or []:
            if "file" in e:
                out.append(e["file"])
            walk(e.get("sections"))
            walk(e.get("chapters"))

    for part in toc.get("parts", []):
        walk(part.get("chapters"))
    walk(toc.get("chapters"))
    return out


def figure_index(chapters: list[str] | None = None) -> pd.DataFrame:
    """Every figure and table the chapters show, read from their sources, for the list-of-figures page.

    Parameters
    ----------
    chapters : list of str, optional
        Chapter paths without ``.md``, relative to :data:`ROOT` (default: the order of ``_toc.yml``).

    Returns
    -------
    pandas.DataFrame
        Columns: ``chapter`` (its first heading), ``kind`` (figure or table), ``name``, ``caption``
        (first sentence of a figure's caption, or a table's caption), ``href`` (link from a page in
        ``chapters/``).
    """
    if chapters is None:
        chapters = toc_files()
    rows = []
    for ch in chapters:
        path = ROOT / f"{ch}.md"
        if not path.is_file():
            continue
        src = path.read_text(encoding="utf-8")
        title = next((ln[2:].strip() for ln in src.splitlines() if ln.startswith("# ")), ch)
        page = Path(ch).name + ".html"
        found = []
        for m in _FIGURE_RX.finditer(src):
            opts = dict(re.findall(r":(\w+):\s*(.*)", m.group(2)))
            caption = " ".join(m.group(3).split())
            first = re.split(r"(?<=\.)\s", caption, maxsplit=1)[0]
            found.append((m.start(), "figure", opts.get("name", m.group(1)), first, f"{page}#{opts.get('name', m.group(1))}"))
        for m in _TABLE_RX.finditer(src):
            found.append((m.start(), "table", m.group(1), m.group(2) or "", f"{page}#table-{_slug(m.group(1))}"))
        rows += [(title, kind, name, cap, href) for _pos, kind, name, cap, href in sorted(found)]
    return pd.DataFrame(rows, columns=["chapter", "kind", "name", "caption", "href"])
