"""The book: each chapter executes, the whole book builds under -W -n, and its pages load cleanly.

The build and the browser check are the slow part of the suite (about a minute).
"""

import http.server
import os
import shutil
import subprocess
import sys
import threading
from functools import partial
from pathlib import Path

import pytest

from analysis.book import toc_files

from .conftest import ROOT

BIN = Path(sys.executable).parent
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"


NOTEBOOKS = [f for f in toc_files() if "code-cell" in (ROOT / f"{f}.md").read_text()]


@pytest.mark.parametrize("chapter", NOTEBOOKS)
def test_chapter_executes(chapter, tmp_path):
    """Execute one chapter on its own, so a failure names the chapter and the cell."""
    import jupytext
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError

    nb = jupytext.read(ROOT / f"{chapter}.md")
    client = NotebookClient(nb, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(ROOT / "chapters")}})
    try:
        client.execute()
    except CellExecutionError as e:
        pytest.fail(f"chapter {chapter} failed to execute:\n{str(e)[:3000]}")


def _build(src: Path, out: Path, env_extra=None) -> subprocess.CompletedProcess:
    env = {**os.environ, **(env_extra or {})}
    return subprocess.run(
        [str(BIN / "jupyter-book"), "build", str(src), "-W", "-n", "--keep-going", "--path-output", str(out)],
        capture_output=True, text=True, env=env,
    )


@pytest.fixture(scope="session")
def built_book(tmp_path_factory):
    out = tmp_path_factory.mktemp("book")
    r = _build(ROOT, out)
    if r.returncode != 0:
        pytest.fail("jupyter-book build failed:\n" + (r.stdout + r.stderr)[-5000:])
    return out / "_build" / "html"


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
        r = _build(src, tmp_path / "out")
        assert r.returncode != 0, f"build {attempt} passed although a cell raises"
        assert "boom" in r.stdout + r.stderr


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):  # keep pytest's output readable
        pass


def _serve(folder: Path):
    handler = partial(_QuietHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def browser_check(html_root: Path, pages):
    """Open each page in headless Chromium; return a list of problems found."""
    from playwright.sync_api import sync_playwright

    server = _serve(html_root)
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


def _need_chromium():
    if not Path(CHROMIUM).exists():
        if os.environ.get("CI"):
            pytest.fail(f"Chromium not found at {CHROMIUM}; .ci/run installs it with apt-get install chromium")
        pytest.skip("headless Chromium not installed: run `apt-get install -y chromium` (Debian) to enable the browser check")


@pytest.mark.book
@pytest.mark.browser
def test_every_page_loads_cleanly_in_chromium(built_book):
    _need_chromium()
    pages = sorted(p.relative_to(built_book).as_posix() for p in built_book.rglob("*.html") if "_static" not in p.parts)
    assert len(pages) >= len(toc_files())
    problems = browser_check(built_book, pages)
    assert not problems, "\n".join(problems)


@pytest.mark.browser
def test_browser_check_catches_errors(tmp_path):
    """The check itself must fail on a console error, a broken image and a traceback."""
    _need_chromium()
    (tmp_path / "bad.html").write_text(
        "<html><body><article><p>score np.float64(0.5)</p><img src='missing.png' alt='x'></article>"
        "<div class='cell_output'>Traceback (most recent call last): boom</div>"
        "<figure><pre>&lt;Figure size 800x280 with 1 Axes&gt;</pre></figure>"
        "<script>console.error('deliberate')</script></body></html>")
    problems = browser_check(tmp_path, ["bad.html"])
    text = "\n".join(problems)
    assert "deliberate" in text and "did not load" in text and "traceback" in text and "as text" in text and "numpy" in text
