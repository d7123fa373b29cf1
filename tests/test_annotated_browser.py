"""The annotated page in headless Chromium, for a hand-written article full of markup and scripts.

The page is rendered to a standalone file (not a whole book build, to keep the
suite fast) next to a page holding a chapter-style table whose rows link to it.
"""

import warnings

import pytest

import analysis
from analysis.annotate import anchor_id, annotated_document, link_rows
from analysis.book import book_registry, show_table

from .conftest import DATA
from .test_book import CHROMIUM, browser_check, need_chromium, serve

HOSTILE = DATA / "hostile" / "article.txt"
LAUNCH_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
               "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"]


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """annotated.html and table.html for the hostile article, and the tables behind them."""
    need_chromium()
    art = analysis.load_article(HOSTILE)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # stray-mark warnings: the article is odd on purpose
        quotes = analysis.extract_quotes(art)
        facts = analysis.extract_financing(art)
        page = annotated_document(art, registry=book_registry(art))
    root = tmp_path_factory.mktemp("annotated")
    (root / "annotated.html").write_text(page, encoding="utf-8")
    table = show_table(link_rows(quotes, "quote"), name="quotes", links={"quote_id": "link"}).data
    (root / "table.html").write_text(f"<!DOCTYPE html><html><head><meta charset='utf-8'><link rel='icon' href='data:,'>"
                                     f"<title>t</title></head>"
                                     f"<body>{table}</body></html>", encoding="utf-8")
    return dict(root=root, art=art, quotes=quotes, facts=facts)


@pytest.mark.browser
def test_generic_page_checks(site):
    """The book's own page check (console errors, images, tracebacks).

    It starts its own Playwright, so it must run before the module's shared
    browser below is opened: keep it first in the file.
    """
    assert browser_check(site["root"], ["annotated.html", "table.html"]) == []


@pytest.fixture(scope="module")
def browser(site):
    from playwright.sync_api import sync_playwright

    server = serve(site["root"])
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=LAUNCH_ARGS)
        yield b, f"http://127.0.0.1:{server.server_address[1]}"
        b.close()
    server.shutdown()


def open_page(browser, rel="annotated.html"):
    b, base = browser
    page = b.new_page()
    events = {"errors": [], "dialogs": []}
    page.on("console", lambda m: events["errors"].append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: events["errors"].append(str(e)))
    page.on("dialog", lambda d: (events["dialogs"].append(d.message), d.dismiss()))
    resp = page.goto(f"{base}/{rel}", wait_until="load")
    assert resp is not None and resp.status == 200
    page.wait_for_timeout(150)
    return page, events


@pytest.mark.browser
def test_nothing_in_the_article_runs(browser):
    page, events = open_page(browser)
    assert page.evaluate("window.__pwned") is None
    assert events["dialogs"] == []
    assert page.evaluate("document.querySelectorAll('.ann-article script, .ann-article img, .ann-article b,"
                         " .ann-article style, .ann-article a[href^=javascript]').length") == 0
    assert page.evaluate("getComputedStyle(document.body).display") != "none"  # the article's <style> is text
    assert events["errors"] == []
    page.close()


@pytest.mark.browser
def test_text_shows_as_written(browser, site):
    page, _ = open_page(browser)
    shown = page.eval_on_selector_all(".ann-article p.ann-para", "els => els.map(e => e.innerText)")
    art = site["art"]
    assert shown == [art.text[p.start:p.end] for p in art.paragraphs]
    assert "<script>window.__pwned = 3</script>" in page.inner_text("h1")  # the title, as written
    page.close()


@pytest.mark.browser
def test_as_many_marks_as_table_rows(browser, site):
    page, _ = open_page(browser)
    q_ids = page.eval_on_selector_all(".ann-article .ann-q[id]", "els => els.map(e => e.id)")
    f_ids = page.eval_on_selector_all(".ann-article .ann-f[id]", "els => els.map(e => e.id)")
    assert sorted(q_ids) == sorted(anchor_id("quote", x) for x in site["quotes"]["quote_id"])
    assert sorted(f_ids) == sorted(anchor_id("fact", x) for x in site["facts"]["fact_id"])
    assert len(f_ids) >= 4
    page.close()


def tooltip(page, selector):
    return page.evaluate(
        "s => { const st = getComputedStyle(document.querySelector(s), '::after');"
        " return st.display === 'none' ? null : st.content; }", selector)


@pytest.mark.browser
def test_focus_shows_the_facts_details(browser, site):
    page, _ = open_page(browser)
    fact = site["facts"].iloc[0]
    sel = "#" + anchor_id("fact", fact["fact_id"])
    assert tooltip(page, sel) is None  # hidden until hovered or focused
    page.keyboard.press("Tab")  # marks are in the tab order
    page.focus(sel)
    tip = tooltip(page, sel)
    assert tip and f"event type: {fact['event_type']}" in tip and f"status: {fact['status']}" in tip
    assert "value: " in tip and "period: " in tip
    page.close()


@pytest.mark.browser
def test_hover_shows_the_quotations_source(browser, site):
    page, _ = open_page(browser)
    q = site["quotes"]
    row = q[q["speaker"].notna()].iloc[0]
    sel = "#" + anchor_id("quote", row["quote_id"])
    page.hover(sel)
    tip = tooltip(page, sel)
    assert tip and f"source: {row['speaker']}" in tip and f"tone: {row['label']}" in tip
    if row["affiliation"]:
        assert f"affiliation: {row['affiliation']}" in tip
    page.close()


@pytest.mark.browser
def test_table_link_lands_on_the_mark(browser, site):
    page, events = open_page(browser, "table.html")
    qid = site["quotes"]["quote_id"].iloc[-1]
    page.click(f"a[href='annotated.html#{anchor_id('quote', qid)}']")
    page.wait_for_load_state("load")
    assert page.evaluate("location.hash") == "#" + anchor_id("quote", qid)
    assert page.evaluate("document.querySelector(':target').id") == anchor_id("quote", qid)
    assert page.evaluate("window.__pwned") is None and events["errors"] == []
    page.close()


# --- the annotated page inside the built books ----------------------------------
# These reuse the session-wide book builds (conftest.py's built_book, the seed, and second_book, a second,
# hand-written article): no extra build.

import re  # noqa: E402

from .conftest import SECOND  # noqa: E402

_LINK = re.compile(r"""href=['"]annotated\.html#([^'"]+)['"]""")


def check_book_annotated_page(browser, html_root, art):
    """Marks match the tables, chapter links land on marks, focus shows details, no console error."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        quotes = analysis.extract_quotes(art)
        facts = analysis.extract_financing(art)
        mentions = analysis.stakeholder_mentions(art, registry=book_registry(art))
    b, _ = browser
    server = serve(html_root)
    base = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        page = b.new_page()
        errors = []
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: errors.append(str(e)))
        assert page.goto(f"{base}/chapters/annotated.html", wait_until="load").status == 200
        marks = page.eval_on_selector_all(".ann-article .ann[id]", "els => els.map(e => e.id)")
        assert sorted(m for m in marks if m.startswith("q-")) == sorted(anchor_id("quote", x) for x in quotes["quote_id"])
        assert sorted(m for m in marks if m.startswith("f-")) == sorted(anchor_id("fact", x) for x in facts["fact_id"])
        assert len([m for m in marks if m.startswith("m-")]) == len(mentions)
        shown = page.eval_on_selector_all(".ann-article p.ann-para", "els => els.map(e => e.innerText)")
        assert shown == [art.text[p.start:p.end] for p in art.paragraphs]
        if len(facts):
            fact = facts.iloc[0]
            sel = "#" + anchor_id("fact", fact["fact_id"])
            page.focus(sel)
            tip = tooltip(page, sel)
            assert tip and f"event type: {fact['event_type']}" in tip and f"status: {fact['status']}" in tip
        ids = set(page.eval_on_selector_all("[id]", "els => els.map(e => e.id)"))
        links = [(p.name, frag) for p in sorted((html_root / "chapters").glob("*.html"))
                 for frag in _LINK.findall(p.read_text(encoding="utf-8"))]
        broken = [(name, frag) for name, frag in links if frag not in ids]
        assert not broken, f"links from chapters to missing marks: {broken[:10]}"
        if links:  # follow one link from a chapter table, as a reader would
            name, frag = links[0]
            page.goto(f"{base}/chapters/{name}", wait_until="load")
            page.evaluate("document.querySelectorAll('details').forEach(d => d.open = true)")
            page.click(f"a[href='annotated.html#{frag}']")
            page.wait_for_load_state("load")
            assert page.evaluate("document.querySelector(':target') && document.querySelector(':target').id") == frag
        assert errors == []
        page.close()
        return links
    finally:
        server.shutdown()


@pytest.mark.book
@pytest.mark.browser
def test_seed_book_annotated_page(browser, built_book):
    links = check_book_annotated_page(browser, built_book, analysis.load_article(analysis.book.SEED_PATH))
    assert any(frag.startswith("q-") for _, frag in links), "no chapter table links a quotation to the annotated page"


@pytest.mark.book
@pytest.mark.browser
def test_second_book_annotated_page(browser, second_book):
    check_book_annotated_page(browser, second_book, analysis.load_article(SECOND))


# --- the reader's view of the built book: phone navigation, tables, CSV downloads -------------------

_BAD_CELL = re.compile(r"^(?:<NA>|NaN|nan|None|NaT|\[.*\])$|\d[eE][+-]\d")


def check_phone_navigation(browser, html_root, page_name="chapters/02-who-speaks.html"):
    """At 390 px the visible menu button opens the navigation dialog with the book's pages."""
    b, _ = browser
    server = serve(html_root)
    try:
        page = b.new_page(viewport={"width": 390, "height": 844})
        page.goto(f"http://127.0.0.1:{server.server_address[1]}/{page_name}", wait_until="load")
        page.wait_for_timeout(300)
        visible = [i for i, box in enumerate(page.eval_on_selector_all(
            ".primary-toggle", "els => els.map(e => { const r = e.getBoundingClientRect(); return r.width * r.height; })"))
            if box > 0]
        assert visible, "no visible menu button at phone width"
        page.locator(".primary-toggle").nth(visible[0]).click()
        page.wait_for_timeout(300)
        assert page.evaluate("document.getElementById('pst-primary-sidebar-modal').open") is True
        links = page.evaluate("document.querySelectorAll('#pst-primary-sidebar-modal a.reference').length")
        assert links >= 5
        page.close()
    finally:
        server.shutdown()


def check_reader_tables(browser, html_root):
    """At 1280 px no table is wider than the text column, no cell shows NA or e-notation, CSVs are plain."""
    import base64  # noqa: F401  (data: URLs below are percent-encoded, not base64)
    from urllib.parse import unquote

    b, _ = browser
    server = serve(html_root)
    problems = []
    try:
        page = b.new_page(viewport={"width": 1280, "height": 900})
        for path in sorted((html_root / "chapters").glob("*.html")):
            page.goto(f"http://127.0.0.1:{server.server_address[1]}/chapters/{path.name}", wait_until="load")
            page.evaluate("document.querySelectorAll('details').forEach(d => d.open = true)")
            widths = page.eval_on_selector_all(
                "table.analysis-table", "els => els.map(t => [t.closest('.analysis-table-block').id,"
                " t.getBoundingClientRect().width, t.closest('article, main').querySelector('p').getBoundingClientRect().width])")
            problems += [f"{path.name} {tid}: table {w:.0f}px > text {col:.0f}px" for tid, w, col in widths if w > col + 2]
            cells = page.eval_on_selector_all("table.analysis-table td", "els => els.map(e => e.innerText.trim())")
            problems += [f"{path.name}: cell {c!r}" for c in cells if _BAD_CELL.search(c)]
            for href in page.eval_on_selector_all("a[download][href^='data:text/csv']", "els => els.map(e => e.href)"):
                text = unquote(href.split(",", 1)[1])
                problems += [f"{path.name}: CSV holds {bad}" for bad in ("['", "<NA>", ",nan,", ",NaN,", ",None,", ",NaT,")
                             if bad in text]
        page.close()
    finally:
        server.shutdown()
    assert problems == [], problems[:10]


def check_anchor_below_header(browser, html_root):
    """A link to a mark of the annotated article shows the mark below the sticky header, not under it."""
    b, _ = browser
    server = serve(html_root)
    try:
        page = b.new_page(viewport={"width": 1280, "height": 900})
        base = f"http://127.0.0.1:{server.server_address[1]}/chapters/annotated.html"
        page.goto(base, wait_until="load")
        marks = page.eval_on_selector_all(".ann-article .ann-q[id]", "els => els.map(e => e.id)")
        if not marks:
            return
        page.goto(f"{base}#{marks[len(marks) // 2]}", wait_until="load")
        page.wait_for_timeout(300)
        top = page.evaluate("document.querySelector(':target').getBoundingClientRect().top")
        header = page.evaluate("Math.max(0, ...[...document.querySelectorAll('.bd-header-article, .bd-header')]"
                               ".filter(e => getComputedStyle(e).position === 'sticky' || getComputedStyle(e).position === 'fixed')"
                               ".map(e => e.getBoundingClientRect().bottom))")
        assert top >= header, (top, header)
        page.close()
    finally:
        server.shutdown()


@pytest.mark.book
@pytest.mark.browser
def test_seed_book_phone_navigation(browser, built_book):
    check_phone_navigation(browser, built_book)
    check_anchor_below_header(browser, built_book)


@pytest.mark.book
@pytest.mark.browser
def test_seed_book_tables_for_readers(browser, built_book):
    check_reader_tables(browser, built_book)
