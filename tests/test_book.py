"""The book: the whole book builds under -W -n, each chapter executes in it, and its pages load cleanly.

The seed's book is built once per session (the ``built_book`` fixture of conftest.py) and every test here
inspects that build; the build and the browser check are the slow part of the suite.
"""

import http.server
import json
import re
import os
import shutil
import signal
import socket
import subprocess
import threading
import time
from functools import partial
from pathlib import Path

import pytest

from analysis.book import toc_files

from .conftest import BIN, ROOT, build_book
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"


NOTEBOOKS = [f for f in toc_files() if "code-cell" in (ROOT / f"{f}.md").read_text()]


@pytest.mark.book
@pytest.mark.parametrize("chapter", NOTEBOOKS)
def test_chapter_executes(chapter, built_book):
    """Every code cell of each executed page ran in the build (each page in a kernel of its own, with
    chapters/ as its working directory) and none shows an error.  A cell that raises fails the build
    itself (raise_on_error), and the fixture's message names the page and the cell."""
    nb = json.loads((built_book / "_sources" / f"{chapter}.ipynb").read_text(encoding="utf-8"))
    code = [c for c in nb["cells"] if c["cell_type"] == "code"]
    assert code, f"{chapter}: no code cell in the executed notebook"
    assert all(c.get("execution_count") for c in code), f"{chapter}: a code cell was not executed"
    errors = [o for c in code for o in c.get("outputs", []) if o.get("output_type") == "error"]
    assert not errors, f"{chapter}: {errors[0].get('ename')}: {errors[0].get('evalue')}"


@pytest.mark.book
def test_book_builds_with_every_page(built_book):
    for f in toc_files():
        assert (built_book / f"{f}.html").is_file(), f"{f} missing from the built book"


@pytest.mark.book
def test_a_failing_cell_fails_the_build_every_time(tmp_path):
    """raise_on_error: a cell that raises must fail the build, not only the first time."""
    src = tmp_path / "src"
    (src / "chapters").mkdir(parents=True)
    shutil.copy(ROOT / "_config.yml", src)
    shutil.copytree(ROOT / "_ext", src / "_ext")
    shutil.copytree(ROOT / "_static", src / "_static")
    shutil.copy(ROOT / "chapters" / "references.bib", src / "chapters")
    (src / "_toc.yml").write_text("format: jb-book\nroot: chapters/intro\n")
    (src / "chapters" / "intro.md").write_text(
        "---\njupytext:\n  text_representation:\n    format_name: myst\nkernelspec:\n  name: python3\n"
        "  display_name: Python 3\n---\n# Broken\n\n```{code-cell} ipython3\nraise RuntimeError('boom')\n```\n"
    )
    for attempt in (1, 2):
        r = build_book(src, tmp_path / "out")
        assert r.returncode != 0, f"build {attempt} passed although a cell raises"
        assert "boom" in r.stdout + r.stderr


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):  # keep pytest's output readable
        pass


def serve(folder: Path):
    handler = partial(_QuietHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def browser_check(html_root: Path, pages):
    """Open each page in headless Chromium; return a list of problems found."""
    from playwright.sync_api import sync_playwright

    server = serve(html_root)
    base = f"http://127.0.0.1:{server.server_address[1]}"
    problems = []
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(
                executable_path=CHROMIUM,
                args=["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                      "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
            )
            page = browser.new_page()
            errors: list[str] = []
            page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
            page.on("pageerror", lambda e: errors.append(str(e)))
            for rel in pages:
                errors.clear()
                resp = page.goto(f"{base}/{rel}", wait_until="load")
                if resp is None or resp.status != 200:
                    problems.append(f"{rel}: HTTP {resp.status if resp else 'no response'}")
                page.wait_for_timeout(200)
                broken = page.eval_on_selector_all(
                    "img", "els => els.filter(e => !(e.complete && e.naturalWidth > 0)).map(e => e.src)")
                if broken:
                    problems.append(f"{rel}: images that did not load: {broken}")
                no_alt = page.eval_on_selector_all("article img", "els => els.filter(e => !e.alt).map(e => e.src)")
                if no_alt:
                    problems.append(f"{rel}: images without alt text: {no_alt}")
                tb = page.eval_on_selector_all(
                    ".cell_output, .output",
                    "els => els.filter(e => /Traceback \\(most recent call last\\)|Error\\s*Traceback/.test(e.innerText)).length")
                if tb:
                    problems.append(f"{rel}: {tb} output cell(s) show a traceback")
                unrendered = page.eval_on_selector_all(
                    ".cell_output, .output, figure",
                    "els => els.filter(e => /<Figure size \\d+x\\d+/.test(e.innerText)).length")
                body = page.inner_text("article") if page.query_selector("article") else ""
                leaked = sorted(set(__import__("re").findall(r"np\.(?:float|int)\d+\(", body)))
                if leaked:
                    problems.append(f"{rel}: numbers shown as numpy reprs: {leaked}")
                if unrendered:
                    problems.append(f"{rel}: {unrendered} figure(s) shown as text instead of an image")
                problems += [f"{rel}: console error: {e}" for e in errors]
            browser.close()
    finally:
        server.shutdown()
    return problems


def need_chromium():
    if not Path(CHROMIUM).exists():
        if os.environ.get("CI"):
            pytest.fail(f"Chromium not found at {CHROMIUM}; .ci/run installs it with apt-get install chromium")
        pytest.skip("headless Chromium not installed: run `apt-get install -y chromium` (Debian) to enable the browser check")


@pytest.mark.book
@pytest.mark.browser
def test_every_page_loads_cleanly_in_chromium(built_book):
    need_chromium()
    pages = sorted(p.relative_to(built_book).as_posix() for p in built_book.rglob("*.html") if "_static" not in p.parts)
    assert len(pages) >= len(toc_files())
    problems = browser_check(built_book, pages)
    assert not problems, "\n".join(problems)


@pytest.mark.browser
def test_browser_check_catches_errors(tmp_path):
    """The check itself must fail on a console error, a broken image and a traceback."""
    need_chromium()
    (tmp_path / "bad.html").write_text(
        "<html><body><article><p>score np.float64(0.5)</p><img src='missing.png' alt='x'></article>"
        "<div class='cell_output'>Traceback (most recent call last): boom</div>"
        "<figure><pre>&lt;Figure size 800x280 with 1 Axes&gt;</pre></figure>"
        "<script>console.error('deliberate')</script></body></html>")
    problems = browser_check(tmp_path, ["bad.html"])
    text = "\n".join(problems)
    assert "deliberate" in text and "did not load" in text and "traceback" in text and "as text" in text and "numpy" in text


@pytest.mark.book
def test_book_title_and_executed_notebooks_on_every_executed_page(built_book):
    """The seed's book carries the seed's book title (from its sidecar) and offers each executed notebook."""
    for f in NOTEBOOKS:
        page = (built_book / f"{f}.html").read_text(encoding="utf-8")
        assert "<title>" in page and "Meta&#39;s bet on AI, taken apart" in page.split("</title>")[0], f
        assert f"_sources/{f}.ipynb" in page, f"{f} offers no executed notebook for download"
        nb = json.loads((built_book / "_sources" / f"{f}.ipynb").read_text(encoding="utf-8"))
        code = [c for c in nb["cells"] if c["cell_type"] == "code"]
        assert "parameters" in code[0]["metadata"].get("tags", []), f"{f}: the first code cell is not the parameters cell"
        shown = [c for c in code if "remove-cell" not in c["metadata"].get("tags", [])]
        # a page whose every code cell is hidden (it only glues values into its prose) shows no outputs
        assert not shown or any(c.get("outputs") for c in shown), f"{f}: the downloadable notebook has no outputs"


def test_glue_stores_what_myst_nb_glue_stores(monkeypatch):
    """The chapters glue with analysis.book.glue (it spares each kernel importing nbformat): its output
    must be exactly what myst_nb.glue writes, for the {glue:} roles to find it."""
    import myst_nb.ext.glue as myst_glue
    from IPython.display import Markdown

    from analysis import book

    shown = []
    record = lambda obj, **kw: shown.append((obj, kw))  # noqa: E731
    monkeypatch.setattr(myst_glue, "ipy_display", record)
    monkeypatch.setattr("IPython.display.display", record)
    for value in (3, 0.25, "a sentence", Markdown("**bold**")):
        for display in (True, False):
            shown.clear()
            myst_glue.glue("n", value, display=display)
            book.glue("n", value, display=display)
            assert len(shown) == 2 and shown[0] == shown[1], (value, display)
    assert any(k.startswith(book.GLUE_PREFIX) for k in shown[1][0])  # the last one was stored, not shown


# --- the parameters cell, one chapter alone, JupyterLab ----------------------------------------------------

COURT = ROOT / "tests" / "data" / "court" / "article.txt"


@pytest.mark.parametrize("chapter", NOTEBOOKS)
def test_every_executed_page_opens_with_a_parameters_cell(chapter):
    import jupytext

    nb = jupytext.read(ROOT / f"{chapter}.md")
    first = next(c for c in nb.cells if c.cell_type == "code")
    assert "parameters" in first.metadata.get("tags", []) and "remove-cell" in first.metadata.get("tags", [])
    names = {}
    exec(first.source, {}, names)  # the cell only assigns the parameters
    assert {"article_path", "reference_date"} <= set(names)


def test_parameters_follow_make_book_then_the_notebook(monkeypatch):
    from analysis import book

    monkeypatch.setenv("ANALYSIS_ARTICLE", str(COURT))
    monkeypatch.setenv("ANALYSIS_DATE", "2024-03-01")
    assert book.book_parameters() == {"article_path": str(COURT), "reference_date": "2024-03-01"}
    art = book.book_article()
    assert art.reference_date.isoformat() == "2024-03-01" and "Okafor" in art.text
    assert book.book_title(art) == "Judge blocks Vermont ferry contract after rival's challenge"
    monkeypatch.setenv("ANALYSIS_ARTICLE", "")
    monkeypatch.setenv("ANALYSIS_DATE", "")
    assert book.book_article_path() == book.SEED_PATH
    assert book.book_title(book.book_article()) == "Meta's bet on AI, taken apart"  # data/raw/article.yml


def test_book_title_of_an_article_without_one(tmp_path):
    from analysis import book, load_article

    (tmp_path / "notes.txt").write_text("Rain fell on Tuesday. The river rose.", encoding="utf-8")
    assert book.book_title(load_article(tmp_path / "notes.txt")) == "Untitled article from notes.txt"


def _make(*args, timeout=600):
    """``make`` with this interpreter's venv, never reinstalling it (-o: the stamp counts as up to date)."""
    return subprocess.run(["make", "--no-print-directory", "-o", ".venv/.installed", f"BIN={BIN}", *args],
                          cwd=ROOT, capture_output=True, text=True, timeout=timeout)


def _own_lines(stderr: str) -> list[str]:
    return [ln for ln in stderr.splitlines() if ln.strip() and not re.match(r"make(\[\d+\])?: \*\*\*", ln)]


@pytest.mark.book
def test_make_chapter_injects_the_parameters_and_keeps_the_outputs():
    """papermill on a chapter converted by jupytext: the injected article and date reach every cell."""
    r = _make("chapter", "NAME=intro", f"ARTICLE={COURT}", "DATE=2024-03-01")
    assert r.returncode == 0, r.stderr
    nb = json.loads((ROOT / "_build" / "notebooks" / "intro.ipynb").read_text(encoding="utf-8"))
    tags = [c["metadata"].get("tags", []) for c in nb["cells"] if c["cell_type"] == "code"]
    assert "parameters" in tags[0] and "injected-parameters" in tags[1]
    outputs = json.dumps([c.get("outputs", []) for c in nb["cells"]])
    assert "2024-03-01" in outputs and "court/article.txt" in outputs
    assert "Zuckerberg" not in outputs


@pytest.mark.book
def test_make_chapter_fails_in_one_line(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    r = _make("chapter", "NAME=01-glance", f"ARTICLE={empty}", f"DATE=2024-03-01")
    assert r.returncode != 0
    lines = _own_lines(r.stderr)
    assert len(lines) == 1 and lines[0].startswith("make chapter: 01-glance: cell ") and "ArticleError" in lines[0], r.stderr


@pytest.mark.parametrize("args, words", [
    (["NAME=02-who-speaks", "ARTICLE=no/such/article.txt"], "no article file"),
    (["NAME=no-such-chapter"], "no chapter called"),
    (["NAME=02-who-speaks", "DATE=2024-13-45"], "not a YYYY-MM-DD date"),
    ([], "give the chapter"),
])
def test_make_chapter_refuses_bad_input_in_one_line(args, words):
    r = _make("chapter", *args, timeout=120)
    assert r.returncode != 0
    lines = _own_lines(r.stderr)
    assert len(lines) == 1 and words in lines[0], r.stderr


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.book
def test_make_lab_serves_a_chapter_as_a_notebook():
    """`make lab` on 127.0.0.1: the contents API (Jupytext's manager) gives chapters/*.md as notebooks."""
    import urllib.error
    import urllib.request

    port, token = _free_port(), "test-" + os.urandom(8).hex()
    proc = subprocess.Popen(
        ["make", "--no-print-directory", "-o", ".venv/.installed", f"BIN={BIN}", "lab", f"LAB_PORT={port}",
         f"LAB_ARGS=--IdentityProvider.token={token}"],
        cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)
    url = f"http://127.0.0.1:{port}/api/contents/chapters/02-who-speaks.md?type=notebook&content=1"
    request = urllib.request.Request(url, headers={"Authorization": f"token {token}"})
    try:
        deadline = time.monotonic() + 180
        while True:
            try:
                with urllib.request.urlopen(request, timeout=10) as resp:
                    model = json.loads(resp.read())
                break
            except (urllib.error.URLError, ConnectionError):
                if proc.poll() is not None or time.monotonic() > deadline:
                    pytest.fail("JupyterLab did not answer:\n" + proc.stderr.read().decode()[-3000:])
                time.sleep(1)
        assert model["type"] == "notebook" and model["format"] == "json"
        cells = model["content"]["cells"]
        assert cells[0]["cell_type"] == "markdown" and cells[0]["source"].startswith("# Who speaks")
        assert "parameters" in cells[1]["metadata"]["tags"]
        assert model["content"]["metadata"]["jupytext"]["text_representation"]["format_name"] == "myst"
        with urllib.request.urlopen(urllib.request.Request(f"http://127.0.0.1:{port}/lab", headers=request.headers),
                                    timeout=30) as resp:
            assert resp.status == 200
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()


# --- chapter 4: the views the facts call for ------------------------------------------------------------------

def _views(text):
    import analysis
    from analysis import book

    art = analysis.Article.from_text(text)
    facts = analysis.extract_financing(art)
    return book.money_views(art, facts), facts


def test_off_balance_sheet_money_is_not_the_companys_debt():
    views, _ = _views("In 2025 Acme sold $30bn of bonds. A vehicle raised a $27bn loan in 2025 for the plant. "
                      "The loan is kept off its balance sheet. Free cash flow fell to $20bn in 2025.")
    assert views["off"]["phrase"].tolist() == ["$27bn"]
    debt = views["debt_cash"]
    assert debt.loc[debt["kind"] == "debt raised", "amount"].sum() == 30e9  # the bond only, never bond + loan
    assert views["both"] and views["cash_label"] == "free cash flow"


def test_views_appear_only_with_their_facts():
    views, facts = _views("The judge fined the firm $2m in 2024. Lawyers said it would appeal.")
    assert views["capex"].empty and not views["both"] and views["market"].empty and views["off"].empty
    from analysis.book import money_kinds

    assert money_kinds(facts, views["off"]).startswith("The article’s money is")


def test_a_single_capital_spending_figure_is_no_path():
    one, _ = _views("It spent $5bn on plants in 2024.")
    two, _ = _views("It spent $5bn on capital expenditure in 2024 and plans capital spending of $8bn in 2025.")
    assert one["capex"].empty
    assert two["capex"]["period"].tolist() == ["2024", "2025"]


def test_cash_flow_is_called_what_the_article_calls_it():
    plain, _ = _views("Operating cash flow was $9bn in 2024. In 2024 it sold $3bn of bonds.")
    assert plain["cash_label"] == "cash flow"


def test_money_figures_write_currency_ticks_and_label_every_point():
    import matplotlib.pyplot as plt

    import analysis
    from analysis import plots

    art = analysis.Article.from_text("Capital spending was $39bn in 2024 and will be $70bn in 2025. "
                                     "It paid $100mn to one researcher in 2025. In 2019 it spent $2bn.")
    facts = analysis.extract_financing(art)
    ax = plots.plot_money_timeline(facts)
    ax.figure.canvas.draw()
    ticks = [t.get_text() for t in ax.get_yticklabels() if t.get_text()]
    assert "$1bn" in ticks and "$10bn" in ticks and all(t.startswith("$") for t in ticks)
    labels = {t.get_text() for t in ax.texts}
    assert {"$39bn", "$70bn", "$100mn", "$2bn"} <= labels  # a label on every point
    assert [t.get_text() for t in ax.get_xticklabels()] == ["2019", "2024", "2025"]  # no empty years between
    plt.close(ax.figure)


def test_page_kernels_listen_on_sockets_of_their_own_not_tcp_ports():
    """Two pages' kernels started together by the two reader processes once took the same TCP port
    ("Address already in use", jupyter_client issue 487); the book's kernels use Unix sockets named
    by a fresh UUID, so no two kernels can share one."""
    import importlib.util

    import nbformat
    from nbclient import NotebookClient

    spec = importlib.util.spec_from_file_location("book_ext", ROOT / "_ext" / "book_ext.py")
    book_ext = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(book_ext)
    manager = book_ext.socket_kernel_manager()
    seen = []
    for _ in range(2):
        code = "from ipykernel.connect import get_connection_info; print(get_connection_info())"
        nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(code)])
        NotebookClient(nb, kernel_manager_class=manager, shutdown_kernel="immediate", timeout=60).execute()
        seen.append(json.loads(nb.cells[0].outputs[0]["text"]))
    assert [info["transport"] for info in seen] == ["ipc", "ipc"]
    assert seen[0]["ip"] != seen[1]["ip"]
    assert not any(Path(f"{info['ip']}-1").exists() for info in seen)  # removed when the kernel stopped
