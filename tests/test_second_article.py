"""The same book, built for a second, hand-written article (tests/data/second/article.txt)."""

import pytest

from .conftest import DATA
from .test_book import _build, _need_chromium, browser_check, toc_files

SECOND = DATA / "second" / "article.txt"


@pytest.fixture(scope="session")
def second_book(tmp_path_factory):
    out = tmp_path_factory.mktemp("second-book")
    r = _build(__import__("pathlib").Path(__file__).resolve().parent.parent, out,
               {"ANALYSIS_ARTICLE": str(SECOND), "ANALYSIS_DATE": ""})
    if r.returncode != 0:
        pytest.fail("the book for the second article failed to build:\n" + (r.stdout + r.stderr)[-5000:])
    return out / "_build" / "html"


@pytest.mark.book
def test_second_book_is_about_the_second_article(second_book):
    intro = (second_book / "chapters" / "intro.html").read_text(encoding="utf-8")
    assert "Harbourline doubles its bet on offshore wind" in intro
    assert "2026-03-10" in intro
    glance = (second_book / "chapters" / "01-glance.html").read_text(encoding="utf-8")
    assert "Mette Lindqvist" in glance  # the sentence table shows the second article's text
    assert "Zuckerberg" not in glance


@pytest.mark.book
def test_second_book_has_no_seed_prose(second_book):
    """Prose about the seed's findings must not appear in a book about another article.

    The methods appendix is the exception: it validates the modules against the seed's hand-made
    annotations whichever article the book is about, and the API reference's examples are fixed text.
    """
    checked = [f for f in toc_files() if not f.startswith(("chapters/methods", "chapters/api"))]
    assert len(checked) >= 8
    for f in checked:
        page = (second_book / f"{f}.html").read_text(encoding="utf-8")
        for seed_word in ("Zuckerberg", "Harbath", "Hyperion", "Blue Owl"):
            assert seed_word not in page, f"{f} mentions {seed_word} in the second book"


@pytest.mark.book
@pytest.mark.browser
def test_second_book_pages_load_cleanly(second_book):
    _need_chromium()
    pages = sorted(p.relative_to(second_book).as_posix() for p in second_book.rglob("*.html") if "_static" not in p.parts)
    problems = browser_check(second_book, pages)
    assert not problems, "\n".join(problems)
