"""Robustness: every extractor on odd but valid text returns valid offsets and does not raise.

Property tests (hypothesis) feed arbitrary Unicode and news-like token soup;
the fixed cases are a 5 MB article, text with no punctuation, text made of
quotation marks only, HTML markup and entities, mixed line endings and a
byte-order mark.  The only error allowed is the article model's documented
:class:`ArticleError` for empty or white-space-only text.
"""

import warnings

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import analysis
from analysis import Article, ArticleError

from .conftest import DATA

#: name -> function taking an Article; every table-returning analysis of the package.
EXTRACTORS = {
    "sentence_table": analysis.sentence_table,
    "mark_table": analysis.mark_table,
    "extract_quotes": analysis.extract_quotes,
    "source_table": lambda a: analysis.source_table(a, n_boot=200),
    "reported_claims": analysis.reported_claims,
    "find_stakeholders": analysis.find_stakeholders,
    "stakeholder_mentions": analysis.stakeholder_mentions,
    "stakeholder_relations": analysis.stakeholder_relations,
    "extract_money": analysis.extract_money,
    "extract_times": analysis.extract_times,
    "extract_financing": analysis.extract_financing,
}
# The column each table uses for the text of its span (text[start:end] must equal it).
SPAN_TEXT = ("text", "phrase", "mark")
# Offset pairs that may be -1 when there is nothing to point at (no speaker found).
OPTIONAL_PAIRS = [("speaker_start", "speaker_end", "speaker_mention")]
SINGLE_OFFSETS = ("first_start",)


def check_offsets(name, df, article):
    """Every offset of ``df`` is inside ``article.text`` and every span gives the text the row claims."""
    text, n = article.text, len(article.text)
    rows = df.to_dict(orient="records")
    for r in rows:
        if "start" in r and "end" in r:
            assert 0 <= r["start"] <= r["end"] <= n, (name, r)
            for col in SPAN_TEXT:
                if col in r and isinstance(r[col], str):
                    assert text[r["start"] : r["end"]] == r[col], (name, col, r)
                    break
        for a, b, col in OPTIONAL_PAIRS:
            if a in r and r[a] != -1:
                assert 0 <= r[a] <= r[b] <= n, (name, r)
                if isinstance(r.get(col), str):
                    assert text[r[a] : r[b]] == r[col], (name, col, r)
        for col in SINGLE_OFFSETS:
            if col in r and r[col] == r[col]:  # not NaN
                assert 0 <= r[col] <= n, (name, col, r)
        if "sentence_id" in r and r["sentence_id"] == r["sentence_id"]:
            assert 0 <= r["sentence_id"] < len(article.sentences), (name, r)


def run_all(article):
    """Run every extractor and check its offsets; return the tables."""
    out = {}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # QuoteWarning for stray marks is expected on odd text
        for name, fn in EXTRACTORS.items():
            df = fn(article)
            check_offsets(name, df, article)
            out[name] = df
        analysis.stakeholder_network(article)
    return out


def build_or_none(text):
    """The article, or None when the text is empty or white space (ArticleError, as documented)."""
    try:
        return Article.from_text(text, reference_date="2026-01-15")
    except ArticleError as e:
        assert not text.replace("\ufeff", "", 1).strip(), f"ArticleError on non-blank text: {e}"
        return None


# --- properties ---------------------------------------------------------------------

PROPS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Tokens that reach the rules: names, cue verbs, marks, amounts, dates, markup, odd spaces.
NEWSY = [
    "Jane", "Doe", "Acme", "Corp", "Mr.", "Dr.", "U.S.", "said", "says", "told", "according to", "the", "company",
    "people", "familiar", "with", "the matter", "she", "he", "they", "invested", "in", "rival", "Capital",
    "“", "”", "‘", "’", "\"", "'", "«", "»", "„", "(", ")", "[", "]", "—", "-", ",", ".", ":", ";", "?", "!", "...",
    ". . .", "$", "€", "£", "¥", "₹", "US$", "5", "1.5", "10,000", "bn", "m", "million", "billion", "per cent",
    "%", "percent", "about", "up to", "more than", "from", "to", "2025", "2026", "next year", "last year",
    "this month", "Q3", "first quarter", "summer", "late October", "Monday", "expected to", "could", "plans",
    "&amp;", "&ldquo;", "<p>", "</p>", "<script>", "\u00a0", "\t", "\n", "\n\n", "\r\n", "\r", "\ufeff", "’s",
    "Meta’s", "A.I.", "é", "日本", "🙂", "\u200b",
]
news_soup = st.lists(st.sampled_from(NEWSY), min_size=1, max_size=80).map(
    lambda toks: "".join(t if t in "\n\n\r\n\r\t" else t + " " for t in toks))


@PROPS
@given(st.text(min_size=1, max_size=400))
def test_arbitrary_unicode_never_breaks_an_extractor(text):
    article = build_or_none(text)
    if article is not None:
        run_all(article)


@PROPS
@given(news_soup)
def test_news_like_token_soup_never_breaks_an_extractor(text):
    article = build_or_none(text)
    if article is not None:
        run_all(article)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(NEWSY), min_size=1, max_size=30), st.sampled_from(["\r\n", "\r", "\n"]))
def test_line_endings_do_not_move_the_spans(toks, newline):
    text = "".join(t + " " for t in toks).strip()
    if not text.strip():
        return
    unix = build_or_none(text.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\n"))
    other = build_or_none(text.replace("\r\n", "\n").replace("\r", "\n").replace("\n", newline))
    if unix is None or other is None:
        return
    assert other.text == unix.text
    assert analysis.extract_money(other).equals(analysis.extract_money(unix))


@pytest.mark.parametrize("text", ["", " ", "\n\n\t", "\ufeff", "\ufeff  \r\n", "\u00a0\u2003"])
def test_blank_text_is_the_documented_article_error(text):
    with pytest.raises(ArticleError, match="empty|white space"):
        Article.from_text(text)


# --- fixed odd cases --------------------------------------------------------------------

ODD = {
    "no punctuation": "the company spent more money on chips this year and the chief executive said nothing "
                      "at all about it " * 40,
    "one long word": "a" * 20_000,
    "only quotation marks": "“”“ ” \" \"\"\" ‘’‘ ' '' «» „“ ” ” “",
    "only unbalanced opening marks": "“It began. “Then more. “And more. He said.",
    "html markup and entities": (
        "<html><body><h1>Acme &amp; Sons raise $5&nbsp;million</h1>\n<p>&ldquo;We are fine,&rdquo; said "
        "Jane Doe, Acme&rsquo;s chief executive.</p>\n<p>Shares rose 4&#37; on <b>Monday</b>.</p>"
        "<script>var s = \"<p>“quoted”</p>\"; alert('x')</script></body></html>"),
    "mixed line endings": "Acme Corp said on Monday it raised $5 million.\r\n\r\n“It was easy,” said Jane Doe.\r"
                          "\rShares rose 3 per cent.\n\nThe rest\r\nfollows next year.",
    "byte-order mark": "\ufeffAcme Corp raised €2bn last year, its chief executive, Jane Doe, said.",
    "byte-order mark inside": "Acme\ufeff Corp raised €2bn.\ufeff\n\n“Fine,” she said.",
    "control characters": "Acme\x0bCorp\x0craised\x1c$5m\x1d.\x85“Yes,”\u2028she said.\u2029",
    "right to left": "قالت الشركة إنها جمعت 5 ملايين دولار. “نعم،” قال المدير.",
    "numbers only": "1 2 3 4 5 2025 2026 10% 1,000,000 3.14 $ € £",
}


@pytest.mark.parametrize("name", list(ODD))
def test_odd_text_gives_valid_offsets(name):
    run_all(Article.from_text(ODD[name], reference_date="2026-01-15"))


def test_byte_order_mark_is_dropped_and_offsets_follow():
    art = Article.from_text(ODD["byte-order mark"], reference_date="2026-01-15")
    assert not art.text.startswith("\ufeff")
    money = analysis.extract_money(art)
    assert art.text[money.start.iloc[0] : money.end.iloc[0]] == "€2bn"


def test_mixed_line_endings_become_newlines_and_keep_paragraphs():
    art = Article.from_text(ODD["mixed line endings"])
    assert "\r" not in art.text
    assert len(art.paragraphs) == 4


def test_html_entities_stay_as_written():
    art = Article.from_text(ODD["html markup and entities"])
    assert "&ldquo;" in art.text and "<script>" in art.text


# --- a 5 MB article -------------------------------------------------------------------------

@pytest.fixture(scope="module")
def huge():
    parts = [p.read_text(encoding="utf-8") for p in sorted((DATA / "corpus").glob("*.txt"))]
    unit = "\n\n".join(parts)
    text = "\n\n".join([unit] * (5_000_000 // len(unit) + 1))
    assert len(text) >= 5_000_000
    return Article.from_text(text, reference_date="2026-01-15")


def test_five_megabyte_article_runs_every_extractor(huge):
    tables = run_all(huge)
    # the unit repeats, so every table finds as many rows per copy as in one copy
    assert len(tables["sentence_table"]) > 10_000
    assert len(tables["extract_money"]) > 1_000
