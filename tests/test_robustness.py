"""Robustness: every extractor on odd but valid text returns valid offsets and does not raise.

Property tests (hypothesis) feed arbitrary Unicode, news-like token soup and
text full of HTML character references and control characters; the fixed
cases are a 5 MB article (with the size limit raised), text with no
punctuation, text made of quotation marks only, HTML markup and entities,
mixed line endings and a byte-order mark.  The only error allowed is the
article model's documented :class:`ArticleError` for empty or
white-space-only text.  The probes of hostile input (bad sidecars, empty
dates, oversized files) through the command line and the corpus reader are at
the end: each is one line and exit status 2, or an error row.
"""

import os
import re
import subprocess
import sys
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
        assert not analysis.article.normalise_text(text).strip(), f"ArticleError on non-blank text: {e}"
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


def test_long_runs_of_blanks_after_quotations_stay_linear():
    # pasted text can hold thousands of blanks; patterns with two adjacent blank runs after a closing mark
    # took 18 s for 3,000 blanks (cubic) and would not finish for 20,000
    text = ('Ann Lee, the mayor, spoke on Monday. "We will build the new bridge next year," Lee said. "It is time."'
            + " " * 20_000 + '"Not yet," said Bo Hart.')
    quotes = analysis.extract_quotes(Article.from_text(text))
    assert quotes[["text", "speaker"]].values.tolist() == [
        ["We will build the new bridge next year,", "Ann Lee"], ["It is time.", "Ann Lee"], ["Not yet,", "Bo Hart"]]


def test_a_line_of_blanks_leaves_the_stakeholders_as_they_were():
    # a pasted line of 50,000 blanks between paragraphs: the page-furniture test of each line once took time as
    # the square of the line's length (2 s at 4,000 blanks, minutes at 50,000)
    plain = ('Acme Corp hired Jane Doe, a former engineer at Bolt Labs, in March.\n\n'
             '"It will fail," said Tom Reyes, an analyst at Crestline Partners.\n')
    padded = plain.replace("\n\n", "\n\n" + " " * 50_000 + "\n\n")
    names = [sorted(analysis.find_stakeholders(Article.from_text(t))["name"]) for t in (plain, padded)]
    assert names[0] == names[1] and {"Acme Corp", "Jane Doe", "Bolt Labs", "Tom Reyes", "Crestline Partners"} <= set(names[0])


def test_long_runs_of_blanks_leave_quotes_and_relations_as_they_were():
    # 20,000 blanks after each comma and full stop: the speakers and ties of the plain text, and no pattern
    # that backtracks over two blank runs side by side (the ties took 1.2 s at 3,000 blanks, growing as the square)
    plain = ('Acme Corp hired Jane Doe, a former engineer at Bolt Labs, in March. "We are building the future," Doe '
             'said. Bolt Labs criticised Acme, saying its plan was reckless. "It will fail," said Tom Reyes, an analyst '
             'at Crestline Partners. Acme has a partnership with Zenith Inc, Bolt Labs and Orbit Ltd.')
    padded = re.sub(r"([,.]) ", lambda m: m.group(1) + " " * 20_000, plain)

    def read(text):
        art = Article.from_text(text)
        quotes = analysis.extract_quotes(art)
        ties = analysis.stakeholder_relations(art)
        return ([(" ".join(t.split()), s) for t, s in quotes[["text", "speaker"]].values.tolist()],
                ties[["source", "relation", "target"]].values.tolist())

    quotes, ties = read(padded)
    assert quotes == [("We are building the future,", "Jane Doe"), ("It will fail,", "Tom Reyes")]
    assert ["Bolt Labs", "criticises", "Acme Corp"] in ties and ["Acme Corp", "partners with", "Orbit Ltd."] in ties
    assert (quotes, ties) == read(plain)


def test_byte_order_mark_is_dropped_and_offsets_follow():
    art = Article.from_text(ODD["byte-order mark"], reference_date="2026-01-15")
    assert not art.text.startswith("\ufeff")
    money = analysis.extract_money(art)
    assert art.text[money.start.iloc[0] : money.end.iloc[0]] == "€2bn"


def test_mixed_line_endings_become_newlines_and_keep_paragraphs():
    art = Article.from_text(ODD["mixed line endings"])
    assert "\r" not in art.text
    assert len(art.paragraphs) == 4


def test_html_entities_are_decoded_and_markup_stays():
    art = Article.from_text(ODD["html markup and entities"])
    assert "&ldquo;" not in art.text and "“We are fine,” said" in art.text and "<script>" in art.text
    assert "Acme & Sons raise $5\u00a0million" in art.text and "4%" in art.text


def test_entities_give_the_quotations_of_the_decoded_text():
    plain = "“We will build it here,” said Jane Doe, the mayor of Millbrook. “Soon.”"
    coded = "&ldquo;We will build it here,&rdquo; said Jane Doe, the mayor of Millbrook. &#8220;Soon.&#x201D;"
    a, b = Article.from_text(plain), Article.from_text(coded)
    qa, qb = analysis.extract_quotes(a), analysis.extract_quotes(b)
    assert len(qb) == len(qa) >= 1 and qb["speaker"].tolist() == qa["speaker"].tolist()
    assert qb["speaker"].iloc[0] == "Jane Doe"
    check_offsets("extract_quotes", qb, b)
    # every quotation maps back to the stretch of the input it came from
    src = b.offset_map.source
    first = qb.iloc[0]
    a0, a1 = b.source_offset(first["start"]), b.source_offset(first["end"])
    assert src[a0:a1] == b.text[first["start"]:first["end"]] == "We will build it here,"
    assert src[:a0].endswith("&ldquo;") and src[a1:].startswith("&rdquo;")


def test_control_characters_never_reach_the_annotated_html():
    text = "Acme\x00 Corp said\x01 on Monday\x1b it raised $5\x7f million.\n\n“Fine,”\x08 she said.\x9f"
    art = Article.from_text(text, reference_date="2026-01-15")
    assert not any(ch in art.text for ch in "\x00\x01\x1b\x7f\x08\x9f")
    run_all(art)
    page = analysis.annotated_html(art)
    assert not any(ch in page for ch in "\x00\x01\x1b\x7f\x08\x9f")


# Text with character references and control characters: offsets must stay valid and map back.
ODD_PIECES = ["&ldquo;", "&rdquo;", "&amp;", "&#8217;", "&#x2019;", "&quot;", "&nbsp;", "&lt;b&gt;", "&nosuch;",
              "&#0;", "&#13;", "&#1;", "&", "\x00", "\x07", "\x1b", "\x7f", "\x85", "\x9f", "\x0b", "\x0c",
              "\u2028", "\u2029", "\ufeff", "\ufffe", "\ud800", "\r\n", "\r"]
odd_soup = st.lists(st.one_of(st.sampled_from(NEWSY), st.sampled_from(ODD_PIECES)), min_size=1, max_size=60).map(
    lambda toks: " ".join(toks))


@PROPS
@given(odd_soup)
def test_entities_and_control_characters_keep_every_offset_valid(text):
    article = build_or_none(text)
    if article is None:
        return
    assert not any(ch in article.text for ch in "\x00\x07\x1b\x7f\x9f\r\ufeff\ud800")
    for s in article.sentences:
        assert article.text[s.start:s.end] == s.text
    src = text if article.offset_map is None else article.offset_map.source
    assert src == text
    back = [article.source_offset(i) for i in range(len(article.text) + 1)]
    assert back == sorted(back) and back[0] >= 0 and back[-1] == len(text)
    m = article.offset_map
    edges = set(m.old_start) | set(m.old_end) if m is not None else set()
    for i, ch in enumerate(article.text):  # a character maps to itself, or to the edge of the edit it came from
        assert (back[i] < len(text) and text[back[i]] == ch) or back[i] in edges, (i, ch, back[i])
    run_all(article)


# --- a 5 MB article -------------------------------------------------------------------------

def five_megabytes():
    parts = [p.read_text(encoding="utf-8") for p in sorted((DATA / "corpus").glob("*.txt"))]
    unit = "\n\n".join(parts)
    text = "\n\n".join([unit] * (5_000_000 // len(unit) + 1))
    assert len(text) >= 5_000_000
    return text


@pytest.fixture(scope="module")
def huge():
    return Article.from_text(five_megabytes(), reference_date="2026-01-15", max_bytes=6_000_000)


def test_five_megabytes_is_over_the_default_limit():
    with pytest.raises(ArticleError, match=r"is 5\.\d MB, over the 2\.0 MB limit \(set ANALYSIS_MAX_ARTICLE_BYTES"):
        Article.from_text(five_megabytes())


def test_five_megabyte_article_runs_every_extractor(huge):
    tables = run_all(huge)
    # the unit repeats, so every table finds as many rows per copy as in one copy
    assert len(tables["sentence_table"]) > 10_000
    assert len(tables["extract_money"]) > 1_000


# --- probes of hostile input: one line and exit status 2, or an error row ---------------------------

def run_cli(capsys, *argv):
    from analysis.cli import main

    status = main(list(argv))
    err = capsys.readouterr().err.strip()
    return status, err


@pytest.fixture
def story(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text("Acme Corp said on Monday it would raise $5 million next year.\n", encoding="utf-8")
    return path


SIDECAR_PROBES = {
    "impossible date": ("reference_date: 2025-13-45\n", "reference_date"),
    "title a mapping": ("title: {a: 1}\n", "title"),
    "title a number": ("title: 12\n", "title"),
    "book title a list": ("book_title: [a]\n", "book_title"),
    "unknown currency": ("currency: XXQ\n", "currency"),
    "deeply nested": ("a: " + "[" * 4000 + "]" * 4000 + "\n", "YAML"),
    "a list, not a mapping": ("- a\n- b\n", "mapping"),
    "python object": ("t: !!python/object/apply:os.system [ls]\n", "YAML"),
}


@pytest.mark.parametrize("probe", list(SIDECAR_PROBES))
def test_bad_sidecar_probe_is_one_line_and_exit_2(capsys, story, probe):
    text, field = SIDECAR_PROBES[probe]
    story.with_suffix(".yml").write_text(text, encoding="utf-8")
    for command in ("sentences", "quotes", "money"):
        status, err = run_cli(capsys, command, str(story))
        assert status == 2 and err.count("\n") == 0 and "story.yml" in err and field in err, (command, err)


def test_empty_reference_date_is_an_error_not_a_silent_drop(capsys, story):
    story.with_suffix(".yml").write_text("reference_date: 2026-01-15\n", encoding="utf-8")
    status, err = run_cli(capsys, "financing", str(story), "--reference-date", "")
    assert status == 2 and "reference date: is empty" in err and "\n" not in err


def test_size_limit_probe(capsys, story, monkeypatch):
    monkeypatch.setenv("ANALYSIS_MAX_ARTICLE_BYTES", "40")
    status, err = run_cli(capsys, "sentences", str(story))
    assert status == 2 and "over the 0.0 MB limit" in err and "ANALYSIS_MAX_ARTICLE_BYTES" in err
    monkeypatch.setenv("ANALYSIS_MAX_ARTICLE_BYTES", "1k")
    assert run_cli(capsys, "sentences", str(story))[0] == 0
    monkeypatch.setenv("ANALYSIS_MAX_ARTICLE_BYTES", "lots")
    status, err = run_cli(capsys, "sentences", str(story))
    assert status == 2 and "ANALYSIS_MAX_ARTICLE_BYTES='lots'" in err


def test_oversized_file_is_refused_before_it_is_read(tmp_path, monkeypatch):
    big = tmp_path / "big.txt"
    with open(big, "wb") as f:  # a sparse 3 GB file: reading it would take the memory
        f.truncate(3_000_000_000)
    with pytest.raises(ArticleError, match=r"big.txt: the article is 3000.0 MB, over the 2.0 MB limit"):
        analysis.load_article(big)


def test_bad_sidecar_in_a_corpus_is_an_error_row_for_that_article_alone(tmp_path):
    from analysis.corpus import analyse_article, read_corpus

    for name, meta in (("good", "reference_date: 2026-01-15\n"), ("bad", "reference_date: 2025-13-45\n"),
                       ("deep", "a: " + "[" * 4000 + "]" * 4000 + "\n")):
        (tmp_path / f"{name}.txt").write_text("Acme Corp said it raised $5 million.", encoding="utf-8")
        (tmp_path / f"{name}.yml").write_text(meta, encoding="utf-8")
    items = {it.article_id: it for it in read_corpus(tmp_path)}
    assert items["good"].error is None and items["good"].reference_date == "2026-01-15"
    for bad, field in (("bad", "reference_date"), ("deep", "YAML")):
        _tables, summary, error = analyse_article(items[bad])
        assert summary is None and error["stage"] == "read" and field in error["message"]
        assert "\n" not in error["message"]


def test_bad_title_in_a_jsonl_corpus_is_an_error_row(tmp_path):
    from analysis.corpus import analyse_article, read_corpus

    (tmp_path / "c.jsonl").write_text('{"id": "a", "text": "Rates rose.", "title": {"x": 1}}\n', encoding="utf-8")
    (item,) = read_corpus(tmp_path / "c.jsonl")
    _tables, summary, error = analyse_article(item)
    assert summary is None and error["error"] == "MetadataError" and "a: title: must be text" in error["message"]


def test_many_stray_quotation_marks_give_one_summary_warning():
    text = " ".join(f"Shares{i} rose ” then fell." for i in range(2_000))  # 2,000 closing marks, none opened
    assert len(analysis.stray_quote_marks(Article.from_text(text))) == 2_000
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        analysis.extract_quotes(Article.from_text(text))
    quote_warnings = [w for w in caught if issubclass(w.category, analysis.QuoteWarning)]
    assert len(quote_warnings) == 1 and "\n" not in str(quote_warnings[0].message)


def test_a_bad_sidecar_through_the_real_command_line(story):
    story.with_suffix(".yml").write_text("reference_date: 2025-13-45\n", encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(DATA.parent.parent)}
    r = subprocess.run([sys.executable, "-m", "analysis", "quotes", str(story)], capture_output=True, text=True,
                       env=env, timeout=120)
    assert r.returncode == 2 and r.stdout == ""
    assert r.stderr.count("\n") == 1 and "reference_date" in r.stderr and "Traceback" not in r.stderr


def test_a_mark_with_only_blanks_before_the_line_end_opens_no_empty_quotation():
    # found by the property test above: '« &#13; « \u2029' (a mark, a blank, a line break, a mark) once gave an
    # empty quotation 1..1 that the stance model refused
    article = Article.from_text("« &#13; « \u2029")
    with pytest.warns(analysis.QuoteWarning, match="never closed"):  # (the two marks are strays)
        quotes = analysis.extract_quotes(article)
    assert quotes.empty
    with pytest.warns(analysis.QuoteWarning, match="offset 0 is never closed"):
        spans = analysis.extract_quotes(Article.from_text("“ \n“Yes,” she said."))
    assert spans[["text", "kind"]].values.tolist() == [["Yes,", "full"]]
