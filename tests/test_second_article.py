"""The same book, built for a second, non-corporate article: an invented court story
(tests/data/court/article.txt, its sidecar beside it) with a judge, two companies, a state
and few amounts.  Its titles and chapters must name that story's people and none of the seed's."""

import re
from pathlib import Path

import pytest

from .conftest import SECOND
from .test_book import browser_check, need_chromium, toc_files
TITLE = "Judge blocks Vermont ferry contract after rival's challenge"  # its sidecar's title
SEED_WORDS = ("Meta", "Zuckerberg", "Harbath", "Hyperion", "Blue Owl", "Llama", "superintelligence",
              "Meta's bet on AI", "Meta&#39;s bet on AI")


def _page(book: Path, name: str) -> str:
    return (book / f"{name}.html").read_text(encoding="utf-8")


@pytest.mark.book
def test_every_page_carries_the_second_articles_title(second_book):
    for f in toc_files():
        page = _page(second_book, f)
        assert "<title>" in page and "Judge blocks Vermont ferry contract" in page.split("</title>")[0], f
        assert "Meta&#39;s bet" not in page and "Meta's bet" not in page, f"{f} carries the seed's title"


@pytest.mark.book
def test_the_chapters_name_the_judge_and_the_parties(second_book):
    intro = _page(second_book, "chapters/intro")
    assert "2024-02-22" in intro  # the sidecar's reference date
    who = _page(second_book, "chapters/02-who-speaks")
    for person in ("Alma Okafor", "Daniel Reyes", "Theo Marchetti"):
        assert person in who, f"chapter 2 does not name {person}"
    cast = _page(second_book, "chapters/03-cast")
    for party in ("Alma Okafor", "Champlain Crossings", "Lakeline Marine"):
        assert party in cast, f"chapter 3 does not name {party}"


@pytest.mark.book
def test_the_money_chapter_shows_only_what_the_story_has(second_book):
    """Two sums, no debt, no cash flow, no share price: no such views, and one sentence on the kinds of money."""
    money = _page(second_book, "chapters/04-money")
    assert "$38m" in money or "about $38m" in money
    assert "The article’s money is" in money
    for absent in ("Debt raised against", "The capital-spending path", "The market’s reactions",
                   "Off the company’s balance sheet", "fig-debt-cash", "fig-market"):
        assert absent not in money, f"chapter 4 shows {absent!r} for a story without the facts for it"


@pytest.mark.book
def test_no_seed_word_outside_the_methods_pages(second_book):
    """Prose about the seed must not appear in a book about another article.

    The methods appendix is the exception: it validates the modules against the seed's hand-made
    annotations whichever article the book is about, and the API reference's examples are fixed text.
    """
    checked = [f for f in toc_files() if not f.startswith(("chapters/methods", "chapters/api"))]
    assert len(checked) >= 8
    for f in checked:
        page = _page(second_book, f)
        for seed_word in SEED_WORDS:
            assert not re.search(rf"\b{re.escape(seed_word)}\b", page), f"{f} mentions {seed_word} in the second book"


@pytest.mark.book
@pytest.mark.browser
def test_second_book_pages_load_cleanly(second_book):
    need_chromium()
    pages = sorted(p.relative_to(second_book).as_posix() for p in second_book.rglob("*.html") if "_static" not in p.parts)
    problems = browser_check(second_book, pages)
    assert not problems, "\n".join(problems)
