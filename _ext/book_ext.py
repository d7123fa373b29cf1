"""Sphinx additions for this book.

- The book's title comes from the article the book is built for (its sidecar's
  ``book_title`` or ``title``, else "Untitled article from <file name>"; see
  :func:`analysis.book.book_title`), so a book about another article never
  carries the seed's title.  The article is the one ``make book ARTICLE=...``
  names (``ANALYSIS_ARTICLE``), else the seed.
- Every executed page offers its executed notebook (``.ipynb``, with outputs)
  in the theme's download menu, beside the Markdown source.
- Pages are read, and so executed, by ``book_parallel_jobs`` processes at once
  (``jupyter-book build`` has no ``-j`` option; this is Sphinx's own parallel
  read, as ``sphinx-build -j N`` would set it).  ``"auto"`` means one per CPU.
- The ``{figure-index}`` directive writes the list of every figure and table
  (:func:`analysis.book.figure_index`, read from the chapters' sources) while
  Sphinx reads the page, so the figures page needs no kernel of its own.
- The executed pages are spread evenly over the parallel read's processes
  (Sphinx would otherwise give all the chapters to one process: it cuts the
  sorted page names into consecutive chunks).
- Each page's kernel is stopped as soon as its last cell has run, and talks to
  the build over Unix sockets of its own rather than TCP ports (see
  :func:`_configure_page_kernels`).
- sphinx-thebe and sphinx-togglebutton add their inline scripts twice under
  Sphinx 7, so the browser reports ``Identifier 'THEBE_JS_URL' has already been
  declared``: duplicate inline scripts are dropped from each page.
"""

import functools
import importlib
import os
import re
import shutil
import tempfile
import uuid
from pathlib import Path

from docutils import nodes
from sphinx.util.docutils import SphinxDirective


def _title_from_article(app, config):
    from analysis.book import book_article, book_title

    config.html_title = book_title(book_article())


def _parallel_jobs(app, config):
    jobs = config.book_parallel_jobs
    jobs = (os.cpu_count() or 1) if jobs == "auto" else int(jobs)
    app.parallel = max(app.parallel, jobs)


def _offer_notebook(app, pagename, templatename, context, doctree):
    """Copy the page's executed notebook next to its source and let the theme offer it for download."""
    if doctree is None or not context.get("sourcename", "").endswith((".md", ".md.txt")):
        return
    executed = Path(app.outdir).parent / "jupyter_execute" / f"{pagename}.ipynb"
    if not executed.is_file():
        return
    target = Path(app.outdir) / "_sources" / f"{pagename}.ipynb"
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy2(executed, target)
    context["ipynb_source"] = f"{pagename}.ipynb"


def _dedupe_scripts(app, pagename, templatename, context, doctree):
    files = context.get("script_files")
    if not files:
        return
    seen, kept = set(), []
    for js in files:
        body = getattr(js, "attributes", {}).get("body") if hasattr(js, "attributes") else None
        key = ("body", body) if body else ("src", str(js))
        if key in seen:
            continue
        seen.add(key)
        kept.append(js)
    context["script_files"] = kept


class FigureIndex(SphinxDirective):
    """``{figure-index}``: the table of every figure and table in the book, with links to them."""

    has_content = False

    def run(self):
        from analysis.book import ROOT, figure_index, toc_files
        from analysis.readable import show_table

        for page in toc_files():  # the list changes whenever a chapter does
            self.env.note_dependency(str(ROOT / f"{page}.md"))
        table = show_table(figure_index(), name="figures-and-tables",
                           caption="Every figure and table in the book, with a link to it.",
                           columns={"caption": "Caption", "kind": "Figure or table", "chapter": "Chapter"},
                           links={"caption": "href"})
        return [nodes.raw("", table.data, format="html")]


def _declare_multitoc_parallel_safe(app, *_args):
    """sphinx-external-toc always loads sphinx-multitoc-numbering, which does not say whether it is safe
    for a parallel read, so Sphinx would fall back to a serial one (with a warning, fatal under -W).
    It only replaces how the table of contents is numbered, which Sphinx runs in the main process
    after every page is read, so it is safe."""
    ext = app.extensions.get("sphinx_multitoc_numbering")
    if ext is not None and getattr(ext, "parallel_read_safe", None) is None:
        ext.parallel_read_safe = True


def _import_documented_modules(app, env, docnames):
    """Import the modules the API pages document once, in the main process, before Sphinx forks its
    readers: each forked reader then finds them imported instead of importing them again."""
    if app.parallel <= 1:
        return
    for doc in docnames:
        path = Path(env.doc2path(doc))
        if path.suffix == ".md" and path.is_file():
            for name in re.findall(r"^\.\. automodule:: (\S+)", path.read_text(encoding="utf-8"), re.M):
                importlib.import_module(name)


def _execution_cost(env, doc: str) -> int:
    """A rough cost of reading ``doc``: 0 for a page without code, else a kernel start plus its code
    cells plus its figures (drawing one costs about as much as starting a kernel)."""
    from analysis.book import ROOT, figure_index

    path = Path(env.doc2path(doc))
    if path.suffix != ".md" or not path.is_file():
        return 0
    cells = path.read_text(encoding="utf-8").count("```{code-cell}")
    if not cells:
        return 0
    rel = path.resolve().relative_to(ROOT).with_suffix("").as_posix() if path.resolve().is_relative_to(ROOT) else None
    figures = int((figure_index([rel])["kind"] == "figure").sum()) if rel else 0
    return 4 + cells + 4 * figures


def _balance_parallel_read(app, env, docnames):
    """Spread the executed pages evenly over the processes of the parallel read.

    Sphinx cuts the sorted page names into consecutive chunks and gives each process one chunk at a
    time, so by name the chapters (01- to 05-, annotated) would all fall into the first chunk and be
    executed one after another while the other process reads API pages.  This reorders the list in
    place (what ``env-before-read-docs`` allows): the executed pages, costliest first, go to whichever
    of the first chunks (one per process) has the least work; the other pages fill the rest.
    """
    if app.parallel <= 1 or len(docnames) <= 5:
        return
    from sphinx.util.parallel import make_chunks

    cost = {d: _execution_cost(env, d) for d in docnames}
    executed = sorted((d for d in docnames if cost[d]), key=lambda d: (-cost[d], d))
    others = iter(d for d in docnames if not cost[d])
    sizes = [len(c) for c in make_chunks(docnames, app.parallel)]
    slots, load = [[] for _ in sizes], [0] * len(sizes)
    for doc in executed:
        free = [i for i in range(len(sizes)) if len(slots[i]) < sizes[i]]
        first = [i for i in free if i < app.parallel] or free
        i = min(first, key=lambda k: load[k])
        slots[i].append(doc)
        load[i] += cost[doc]
    for i, size in enumerate(sizes):
        slots[i] += [next(others) for _ in range(size - len(slots[i]))]
    docnames[:] = [d for chunk in slots for d in chunk]


def socket_kernel_manager():
    """A kernel manager whose kernel listens on Unix sockets with a name of its own.

    Over TCP, jupyter_client picks five free ports, closes them, and the kernel binds them a moment
    later; a kernel started at the same moment by the other reader process can take one of them in
    between, and the page then fails with "Address already in use" (jupyter_client issue 487: its
    guard works within one process only).  Unix sockets named by a fresh UUID cannot collide; the
    kernel manager removes them when the kernel stops.
    """
    from jupyter_client.manager import AsyncKernelManager
    from traitlets import CaselessStrEnum, default

    class SocketKernelManager(AsyncKernelManager):
        transport = CaselessStrEnum(["tcp", "ipc"], default_value="ipc", config=True)

        @default("ip")
        def _socket_stem(self):
            return os.path.join(tempfile.gettempdir(), f"kernel-{uuid.uuid4().hex}")

    return SocketKernelManager


def _configure_page_kernels():
    """Stop each page's kernel as soon as its last cell has run, and start it on Unix sockets.

    myst-nb runs a page through ``jupyter_cache``'s ``single_nb_execution``, which passes extra keyword
    arguments on to nbclient's ``NotebookClient``; its ``shutdown_kernel="immediate"`` ends the kernel
    once every output is in.  The graceful exit (history saved, interpreter torn down) took about a
    second per page, with nothing the book keeps.  ``kernel_manager_class`` starts the kernel on
    sockets no other page's kernel can take (see :func:`socket_kernel_manager`).  Readers fork from
    this process, so they inherit both.
    """
    from myst_nb.core.execute import direct

    run = direct.single_nb_execution
    if not isinstance(run, functools.partial):
        direct.single_nb_execution = functools.partial(
            run, shutdown_kernel="immediate", kernel_manager_class=socket_kernel_manager()
        )


def setup(app):
    # just before Sphinx decides between a serial and a parallel read (every extension is loaded by then)
    app.connect("env-before-read-docs", _declare_multitoc_parallel_safe)
    app.connect("env-before-read-docs", _import_documented_modules)
    app.connect("env-before-read-docs", _balance_parallel_read)
    _configure_page_kernels()
    app.add_directive("figure-index", FigureIndex)
    app.add_config_value("book_parallel_jobs", "1", "", types=(int, str))
    app.connect("config-inited", _title_from_article)
    app.connect("config-inited", _parallel_jobs)
    # before the theme builds its download menu (priority 501)
    app.connect("html-page-context", _offer_notebook, priority=500)
    app.connect("html-page-context", _dedupe_scripts, priority=1000)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
