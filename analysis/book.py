"""Helpers the chapters share: which article the book is about, and how tables show.

The book reads its article from one place per page: the page's *parameters
cell* (the first code cell, tagged ``parameters``), which sets two variables,

``article_path``
    path of a UTF-8 text file, relative to the project folder or absolute;
``reference_date``
    ``"YYYY-MM-DD"`` or ``None`` (then the date in the article's sidecar).

Their defaults are the environment variables ``ANALYSIS_ARTICLE`` and
``ANALYSIS_DATE`` (``make book ARTICLE=... DATE=...`` sets them), else the seed
article in ``data/raw/``.  Papermill, ``make chapter NAME=... ARTICLE=...
DATE=...`` and JupyterLab users change the page by changing that cell; the
functions below read it (:func:`book_parameters`).
"""

from __future__ import annotations

import ast
import hashlib
import html
import os
import re
import sys
from pathlib import Path

import pandas as pd

from .article import Article, load_article

__all__ = ["ROOT", "SEED_PATH", "BookError", "ChapterFailed", "book_parameters", "book_article_path", "book_article", "book_title",
           "book_registry", "is_seed", "show_table", "article_sha256", "glue", "glue_text", "figure_index", "toc_files",
           "run_chapter", "main", "cash_flow_label", "money_views", "money_kinds", "figure_block"]

#: The project folder (the parent of the ``analysis`` package).
ROOT = Path(__file__).resolve().parent.parent
#: The seed article that the book is about by default.
SEED_PATH = ROOT / "data" / "raw" / "article.txt"
#: Names of the variables a page's parameters cell sets.
PARAMETERS = ("article_path", "reference_date")


class BookError(ValueError):
    """A chapter cannot be run: unknown chapter, missing article or malformed date."""


class ChapterFailed(BookError):
    """A cell of a chapter raised while it was executed (the message names the cell and the error)."""


def _notebook_namespace() -> dict:
    """The running notebook's variables (empty outside an IPython kernel)."""
    ipython = sys.modules.get("IPython")
    shell = ipython.get_ipython() if ipython is not None else None
    return shell.user_ns if shell is not None else {}


def book_parameters() -> dict[str, str | None]:
    """The article path and reference date the page is built for.

    Read from the page's parameters cell (the variables ``article_path`` and
    ``reference_date`` of the running notebook) when it has run, else from the
    environment (``ANALYSIS_ARTICLE``, ``ANALYSIS_DATE``), else the seed
    article and its sidecar's date.  Empty strings count as not given.

    Returns
    -------
    dict
        ``{"article_path": str, "reference_date": str or None}``.
    """
    ns = _notebook_namespace()
    env = {"article_path": "ANALYSIS_ARTICLE", "reference_date": "ANALYSIS_DATE"}
    out = {}
    for name in PARAMETERS:
        value = ns.get(name) if name in ns else os.environ.get(env[name])
        out[name] = str(value).strip() if value not in (None, "") and str(value).strip() else None
    out["article_path"] = out["article_path"] or str(SEED_PATH.relative_to(ROOT))
    return out


def book_article_path(article_path: str | Path | None = None) -> Path:
    """The article file the book is built for (``article_path``, else :func:`book_parameters`)."""
    path = Path(article_path or book_parameters()["article_path"])
    return path if path.is_absolute() else (ROOT / path)


def book_article(article_path: str | Path | None = None, reference_date: str | None = None) -> Article:
    """Load the article the page is about, with its reference date (see :func:`book_parameters`)."""
    params = book_parameters()
    return load_article(book_article_path(article_path), reference_date=reference_date or params["reference_date"])


def book_title(article: Article) -> str:
    """The book's title for ``article``: the sidecar's ``book_title``, else its ``title``, else
    ``"Untitled article from <file name>"``.

    Examples
    --------
    >>> book_title(Article.from_text("Rain fell.", title="A wet week"))
    'A wet week'
    >>> book_title(Article.from_text("Rain fell.", metadata={"source": "notes/rain.txt"}))
    'Untitled article from rain.txt'
    """
    title = article.metadata.get("book_title") or article.title
    if title and str(title).strip():
        return " ".join(str(title).split())
    src = article.metadata.get("source")
    return f"Untitled article from {Path(src).name if src else 'text'}"


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
    return load_article(SEED_PATH).text == article.text


def stance_against_reference(article: Article, quotes: pd.DataFrame) -> pd.DataFrame | None:
    """The seed's hand labels of stance (``data/annotations/stance.csv``) beside the quotation table's ``stance``.

    The hand labels name quotations by the reference annotation's ids (``data/annotations/quotes.csv``);
    a quotation is matched to a row of ``quotes`` (:func:`analysis.extract_quotes`) by its exact span.
    Returns None unless ``article`` is the seed.  Columns: ``quote_id`` (the reference's),
    ``module_quote_id``, ``text``, ``speaker``, ``confidence`` (``clear`` or ``arguable``), ``reference``
    (the hand label), ``stance`` (the table's), ``evidence`` (the words that weighed most, from
    :func:`analysis.sentiment.stance_validation`) and ``agree``.
    """
    from .quotes import story_company
    from .sentiment import name_spans, stance_validation

    if not is_seed(article):
        return None
    folder = ROOT / "data" / "annotations"
    ref_quotes = pd.read_csv(folder / "quotes.csv")
    hand = pd.read_csv(folder / "stance.csv")
    check = stance_validation(article.text, ref_quotes, hand,
                              targets=name_spans(article.text, [story_company(article)]))
    spans = ref_quotes.set_index("quote_id")[["start", "end"]]
    found = quotes.set_index(["start", "end"])
    rows = []
    for r in check.itertuples():
        key = tuple(int(x) for x in spans.loc[r.quote_id])
        mine = found.loc[key] if key in found.index else None
        stance = mine["stance"] if mine is not None else None
        rows.append({"quote_id": r.quote_id, "module_quote_id": mine["quote_id"] if mine is not None else None,
                     "text": r.text, "speaker": mine["speaker"] if mine is not None else None,
                     "confidence": r.confidence, "reference": r.reference, "stance": stance,
                     "evidence": r.evidence, "agree": stance == r.reference})
    return pd.DataFrame(rows)


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


#: The MIME-type prefix under which myst-nb's ``{glue:}`` roles find a stored value (scrapbook's convention).
GLUE_PREFIX = "application/papermill.record/"


def glue(name: str, variable, display: bool = True) -> None:
    """Store ``variable``'s display for myst-nb's ``{glue:}`` roles and directives, as ``myst_nb.glue`` does.

    It writes the same output (the display bundle under ``application/papermill.record/``, with ``scrapbook``
    metadata naming it) without importing ``myst_nb.ext.glue``, which imports nbformat and through
    it jsonschema's format checkers, whose grammars take a second or more to compile in every
    kernel that executes a page.

    Parameters
    ----------
    name : str
        The name the page's ``{glue:}`` roles use.
    variable : object
        Any value; what is stored is how IPython displays it.
    display : bool
        Also show the value in the cell's output.
    """
    from IPython.core.formatters import format_display_data
    from IPython.display import display as ipy_display

    bundle, metadata = format_display_data(variable)
    prefix = "" if display else GLUE_PREFIX
    metadata["scrapbook"] = {"name": name, "mime_prefix": prefix}
    ipy_display({prefix + k: v for k, v in bundle.items()}, raw=True, metadata=metadata)


def glue_text(name: str, text: str) -> None:
    """Glue a sentence for the ``{glue:md}`` role (plain ``glue`` would show it with quotes)."""
    from IPython.display import Markdown

    glue(name, Markdown(text), display=False)


_FIGURE_RX = re.compile(r"```\{glue:figure\}\s+(\S+)\s*\n((?::[^\n]*\n)*)\s*\n(.*?)```", re.S)
# a Python string literal in either quotes (an apostrophe inside double quotes does not end it), and a run of
# them that Python joins ("first part " "second part")
_LITERAL = r"\"(?:[^\"\\]|\\.)*\"|'(?:[^'\\]|\\.)*'"
_LITERALS = rf"((?:(?:{_LITERAL})\s*)+)"
_FIGURE_CALL_RX = re.compile(r"figure_block\((?:[^()]|\([^()]*\))*?name=[\"']([^\"']+)[\"'](?:(?:[^()]|\([^()]*\))*?caption=\(?\s*"
                             + _LITERALS + ")?", re.S)
_TABLE_RX = re.compile(r"show_table\((?:[^()]|\([^()]*\))*?name=[\"']([^\"']+)[\"'](?:(?:[^()]|\([^()]*\))*?caption=\(?\s*"
                       + _LITERALS + ")?", re.S)


def _joined(literals: str | None) -> str:
    """The text of a run of adjacent string literals, as Python joins them."""
    return "".join(ast.literal_eval(x) for x in re.findall(_LITERAL, literals or ""))


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
        for m in _FIGURE_CALL_RX.finditer(src):
            first = re.split(r"(?<=\.)\s", _joined(m.group(2)), maxsplit=1)[0]
            found.append((m.start(), "figure", m.group(1), first, f"{page}#{m.group(1)}"))
        for m in _TABLE_RX.finditer(src):
            found.append((m.start(), "table", m.group(1), _joined(m.group(2)), f"{page}#table-{_slug(m.group(1))}"))
        rows += [(title, kind, name, cap, href) for _pos, kind, name, cap, href in sorted(found)]
    return pd.DataFrame(rows, columns=["chapter", "kind", "name", "caption", "href"])


# -- running one chapter -------------------------------------------------------------------------------------
def _chapter_source(name: str) -> Path:
    """The MyST source of the chapter called ``name`` (``02-who-speaks`` or ``chapters/02-who-speaks``)."""
    stem = Path(name).with_suffix("").name if name.endswith(".md") else Path(name).name
    pages = {Path(p).name: ROOT / f"{p}.md" for p in toc_files()}
    if stem not in pages:
        raise BookError(f"no chapter called {name!r}; the chapters are: {', '.join(pages)}")
    return pages[stem]


def _quiet_kernel_manager():
    """jupyter_client's kernel manager, with the kernel process's own standard error sent nowhere.

    A cell's output and errors reach the notebook through the kernel's messages, not through that
    stream; what the process writes there is start-up and teardown noise, such as libzmq's
    ``Assertion failed: pfd.revents & POLLIN`` when a kernel is stopped after a failed cell.
    """
    import subprocess

    from jupyter_client.manager import AsyncKernelManager

    class QuietKernelManager(AsyncKernelManager):
        async def start_kernel(self, **kw):
            kw.setdefault("stderr", subprocess.DEVNULL)
            return await super().start_kernel(**kw)

    return QuietKernelManager


def run_chapter(name: str, *, article_path: str | Path | None = None, reference_date: str | None = None,
                out_dir: str | Path | None = None) -> Path:
    """Execute one chapter alone with papermill and write the executed notebook.

    The chapter's MyST source is read with jupytext, its parameters cell gets
    ``article_path`` and ``reference_date`` (papermill injects a cell after it),
    and every cell runs in a fresh ``python3`` kernel with ``chapters/`` as the
    working directory, as in the book build.

    Parameters
    ----------
    name : str
        The chapter's file name without ``.md`` (``"02-who-speaks"``).
    article_path : str or pathlib.Path, optional
        The article to analyse (default: the book's, see :func:`book_parameters`).
    reference_date : str, optional
        ``YYYY-MM-DD`` (default: the book's, else the article's sidecar).
    out_dir : str or pathlib.Path, optional
        Where the notebook goes (default ``_build/notebooks`` in the project).

    Returns
    -------
    pathlib.Path
        The executed notebook, ``<out_dir>/<name>.ipynb``.

    Raises
    ------
    BookError
        Unknown chapter, missing article or malformed date (before anything runs).
    ChapterFailed
        A cell raised (the notebook is still written, with the error in it).
    """
    import datetime as _dt

    source = _chapter_source(name)
    params = book_parameters()
    article = book_article_path(article_path or params["article_path"])
    if not article.is_file():
        raise BookError(f"no article file at {article}")
    date = reference_date or params["reference_date"]
    if date:
        try:
            _dt.date.fromisoformat(str(date))
        except ValueError:
            raise BookError(f"the reference date {date!r} is not a YYYY-MM-DD date") from None
    out = Path(out_dir) if out_dir else ROOT / "_build" / "notebooks"
    out.mkdir(parents=True, exist_ok=True)
    target = out / f"{source.stem}.ipynb"
    # imported only now: they take seconds (papermill imports nbformat, and it jsonschema), and bad
    # input is refused above without them
    import jupytext
    import papermill
    from papermill.exceptions import PapermillExecutionError

    nb = jupytext.read(source)
    try:
        papermill.execute_notebook(nb, str(target), parameters={"article_path": str(article), "reference_date": date},
                                   kernel_name="python3", cwd=str(source.parent), progress_bar=False,
                                   # the kernel's own start-up warnings are not the reader's business
                                   extra_arguments=["--IPKernelApp.log_level=ERROR"],
                                   kernel_manager_class=_quiet_kernel_manager())
    except PapermillExecutionError as e:
        first = str(e.evalue).strip().splitlines()[0] if str(e.evalue).strip() else ""
        raise ChapterFailed(f"{source.stem}: cell {e.exec_count} failed with {e.ename}: {first} "
                        f"(the notebook with the error: {target})") from None
    return target


def main(argv: list[str] | None = None) -> int:
    """``python -m analysis.book CHAPTER [--article PATH] [--date YYYY-MM-DD] [--out DIR]`` (``make chapter``).

    Executes one chapter (see :func:`run_chapter`); prints the notebook's path.
    Exit status 0 on success, 1 when a cell fails, 2 for bad input; an error is
    one line on standard error.
    """
    import argparse

    parser = argparse.ArgumentParser(prog="python -m analysis.book", description="Execute one chapter of the book.")
    parser.add_argument("chapter", help="chapter file name without .md, e.g. 02-who-speaks")
    parser.add_argument("--article", help="the article file (default: the book's article)")
    parser.add_argument("--date", help="reference date YYYY-MM-DD (default: the article's sidecar)")
    parser.add_argument("--out", help="output folder (default: _build/notebooks)")
    args = parser.parse_args(argv)
    article = Path(args.article).resolve() if args.article else None
    try:
        target = run_chapter(args.chapter, article_path=article, reference_date=args.date, out_dir=args.out)
    except BookError as e:
        print(f"make chapter: {e}", file=sys.stderr)
        return 1 if isinstance(e, ChapterFailed) else 2
    print(target)
    return 0


if __name__ == "__main__":  # pragma: no cover - exercised through make chapter
    sys.exit(main())


# -- chapter 4: which views of the money the article calls for ------------------------------------------------
_KIND_NAMES = {  # event type -> (singular, plural) as a reader says them
    "capital spending": ("a capital-spending figure", "capital-spending figures"),
    "bond": ("a bond", "bonds"), "private credit": ("a private loan", "private loans"),
    "equity stake": ("an equity stake", "equity stakes"), "cash flow": ("a cash-flow figure", "cash-flow figures"),
    "compensation": ("a pay package", "pay packages"), "revenue": ("a revenue figure", "revenue figures"),
    "subsidy": ("a subsidy", "subsidies"), "market value": ("a change in market value", "changes in market value"),
    "share-price move": ("a share-price move", "share-price moves"),
    "hypothetical": ("a hypothetical sum", "hypothetical sums"), "other": ("another amount", "other amounts"),
}


def _join(words: list[str]) -> str:
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]


def cash_flow_label(article: Article, facts: pd.DataFrame) -> str:
    """``"free cash flow"`` when the sentences of the article's cash-flow facts say so, else ``"cash flow"``.

    Examples
    --------
    >>> from analysis import extract_financing
    >>> art = Article.from_text("Free cash flow fell to $20bn in 2025.")
    >>> cash_flow_label(art, extract_financing(art))
    'free cash flow'
    """
    cash = facts[facts["event_type"] == "cash flow"]
    said = [article.sentences[int(i)].text.lower() for i in cash["sentence_id"]]
    return "free cash flow" if said and all("free cash flow" in s for s in said) else "cash flow"


def money_views(article: Article, facts: pd.DataFrame) -> dict:
    """The views of chapter 4 that the article's facts call for, with the company's own money apart.

    Parameters
    ----------
    article : Article
    facts : pandas.DataFrame
        :func:`analysis.extract_financing` of ``article``.

    Returns
    -------
    dict
        ``off`` (facts kept off the company's balance sheet, with their ``cue``),
        ``own`` (every other fact), ``capex`` (the capital-spending path: empty
        unless the article gives capital spending for two periods or more), ``debt_cash`` (debt raised and cash flow of
        the company's own money, by year), ``both`` (True when the article has
        both debt raised and cash flow), ``market`` (share-price and
        market-value moves), ``cash_label`` (see :func:`cash_flow_label`) and
        ``currency`` (the main currency, or None).
    """
    from .financing import capex_path, debt_and_cash_flow, main_currency, market_reactions, off_balance_sheet

    off = off_balance_sheet(article, facts)
    own = facts[~facts["fact_id"].isin(off["fact_id"])].reset_index(drop=True)
    dcf = debt_and_cash_flow(own)
    path = capex_path(own)
    return {"off": off, "own": own, "capex": path if len(path) >= 2 else path.iloc[0:0], "debt_cash": dcf,
            "both": set(dcf["kind"]) == {"debt raised", "cash flow"}, "market": market_reactions(facts),
            "cash_label": cash_flow_label(article, facts), "currency": main_currency(facts)}


def money_kinds(facts: pd.DataFrame, off: pd.DataFrame) -> str:
    """One sentence saying what kinds of money the article has.

    Examples
    --------
    >>> from analysis import extract_financing
    >>> art = Article.from_text("It sold $5bn of bonds and $2bn of bonds. Its shares fell 3 per cent.")
    >>> f = extract_financing(art)
    >>> money_kinds(f, f.iloc[0:0])
    'The article’s money is bonds (2); it also gives 1 percentage.'
    """
    from .financing import EVENT_TYPES

    money = facts[facts["unit"] != "percent"]
    counts = money["event_type"].value_counts()
    order = [e for e in EVENT_TYPES if e in counts] + [e for e in counts.index if e not in EVENT_TYPES]
    kinds = [(_KIND_NAMES.get(e, (e, e))[0] if counts[e] == 1 else f"{_KIND_NAMES.get(e, (e, e))[1]} ({counts[e]})")
             for e in order]
    n_pct = int((facts["unit"] == "percent").sum())
    if not kinds:
        head = "The article states no sum of money"
    else:
        head = "The article’s money is " + _join(kinds)
    extra = []
    n_off = int((off["unit"] != "percent").sum()) if len(off) else 0
    if n_off:
        extra.append(f"{n_off} of these sums {'is' if n_off == 1 else 'are'} kept off the company’s balance sheet")
    if n_pct:
        extra.append(f"it also gives {n_pct} percentage{'s' if n_pct != 1 else ''}")
    return head + ("; " + "; ".join(extra) if extra else "") + "."


def figure_block(fig, *, name: str, alt: str, caption: str):
    """A figure with computed alt text and a caption, as HTML, anchored at ``#<name>``.

    For figures a chapter shows only when the article calls for them (a
    ``{glue:figure}`` directive cannot be left out).  The figures page lists
    them when ``name`` and ``caption`` are written as literals in the call.
    """
    from IPython.display import HTML

    from .readable import figure_html

    img = figure_html(fig, alt).data
    return HTML(f"<figure class='analysis-figure-block' id='{html.escape(name, quote=True)}'>{img}"
                f"<figcaption>{html.escape(caption)}</figcaption></figure>")
