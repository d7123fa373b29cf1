"""The annotated-article HTML: escaping, nesting, one anchor per row, tooltips, links."""

import html
import re
import warnings
from html.parser import HTMLParser

import pandas as pd
import pytest

import analysis
from analysis import Article, ArticleError
from analysis.annotate import (
    annotated_document,
    annotated_html,
    annotation_legend,
    annotation_table,
    anchor_href,
    anchor_id,
    link_rows,
)

from .conftest import DATA

HOSTILE = DATA / "hostile" / "article.txt"
EMPTY = pd.DataFrame({"start": pd.Series([], dtype="int64"), "end": pd.Series([], dtype="int64")})

# Tags and attributes the generator may write; anything else came from the article.
ALLOWED_TAGS = {"style", "div", "p", "span", "a", "ul", "li", "h2", "strong"}
ALLOWED_ATTRS = {"class", "id", "style", "href", "tabindex", "role", "lang", "aria-label", "aria-describedby",
                 "data-tip", "data-tag", "data-n"}


class Tree(HTMLParser):
    """Checks that tags nest, records elements, and rebuilds each paragraph's text."""

    VOID = {"br", "img", "meta", "hr", "input"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.elements, self.errors = [], [], []
        self.paragraphs, self._para, self._in_notes = [], None, 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.elements.append((tag, a))
        if tag in self.VOID:
            return
        self.stack.append(tag)
        if tag == "p" and "ann-para" in a.get("class", ""):
            self._para = []
        if tag == "ul" and "ann-notes" in a.get("class", ""):
            self._in_notes += 1

    def handle_endtag(self, tag):
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1:] or 'nothing'}")
            return
        self.stack.pop()
        if tag == "p" and self._para is not None:
            self.paragraphs.append("".join(self._para))
            self._para = None
        if tag == "ul" and self._in_notes:
            self._in_notes -= 1

    def handle_data(self, data):
        if self._para is not None and not self._in_notes and self.stack[-1:] != ["style"]:
            self._para.append(data)


def parse(fragment: str) -> Tree:
    t = Tree()
    t.feed(fragment)
    t.close()
    assert not t.errors, t.errors
    assert not t.stack, f"unclosed tags: {t.stack}"
    return t


def ids(tree: Tree) -> list[str]:
    return [a["id"] for _, a in tree.elements if "id" in a]


def element(tree: Tree, id_: str) -> tuple[str, dict]:
    hits = [(t, a) for t, a in tree.elements if a.get("id") == id_]
    assert len(hits) == 1, f"{id_}: {len(hits)} elements"
    return hits[0]


def off(text: str, sub: str, nth: int = 0) -> tuple[int, int]:
    """Offsets of the nth occurrence of ``sub`` in ``text`` (found by search, not typed)."""
    i = -1
    for _ in range(nth + 1):
        i = text.index(sub, i + 1)
    return i, i + len(sub)


def quotes_df(rows):
    cols = ["quote_id", "start", "end", "kind", "speaker", "speaker_start", "speaker_end", "source_type",
            "affiliation", "cue", "compound", "label"]
    return pd.DataFrame(rows, columns=cols)


def facts_df(rows):
    cols = ["fact_id", "start", "end", "phrase", "value", "unit", "event_type", "period", "status"]
    return pd.DataFrame(rows, columns=cols)


def mentions_df(rows):
    return pd.DataFrame(rows, columns=["stakeholder", "kind", "start", "end", "via"])


def render(art, *, quotes=EMPTY, claims=EMPTY, mentions=EMPTY, facts=EMPTY, **kw):
    return annotated_html(art, quotes=quotes, claims=claims, mentions=mentions, facts=facts, legend=False, **kw)


# --- escaping ---------------------------------------------------------------

HOSTILE_TEXT = (
    "Acme <b>said</b> & <script>window.__pwned = 1</script> agreed.\n\n"
    # the loader decodes character references once, so these reach the text as "&amp; &lt;ok&gt;"
    "“It’s <img src=x onerror=\"alert(1)\"> fine &amp;amp; &amp;lt;ok&amp;gt;,” said Jo \"Jay\" O'Neil. It cost $5bn.\n\n"
    "<style>body{display:none}</style> A ' lone \" mark and ]]> <!-- comment --> end."
)


@pytest.fixture(scope="module")
def hostile():
    return Article.from_text(HOSTILE_TEXT)


def hostile_tables(art):
    t = art.text
    qa, qb = off(t, "It’s <img src=x onerror=\"alert(1)\"> fine &amp; &lt;ok&gt;,")
    sa, sb = off(t, 'Jo "Jay" O\'Neil')
    q = quotes_df([["Q01", qa, qb, "full", 'Jo "Jay" O\'Neil', sa, sb, "named", "other <i>", "said", 0.2, "positive"]])
    f = facts_df([["F01", *off(t, "$5bn"), "$5bn", 5e9, "USD", "<b>deal</b>", "2025", "actual"]])
    m = mentions_df([["Acme <b>", "organisation", *off(t, "Acme"), "name"]])
    return q, f, m


@pytest.mark.parametrize("live", ["<script", "<img", "<b>", "<style>body", "<!--", "onerror=\"alert"])
def test_article_markup_never_becomes_markup(hostile, live):
    q, f, m = hostile_tables(hostile)
    out = render(hostile, quotes=q, facts=f, mentions=m)
    assert live not in out


def test_only_generated_tags_and_attributes(hostile):
    q, f, m = hostile_tables(hostile)
    tree = parse(render(hostile, quotes=q, facts=f, mentions=m))
    assert {t for t, _ in tree.elements} <= ALLOWED_TAGS
    assert {k for _, a in tree.elements for k in a} <= ALLOWED_ATTRS


def test_text_reads_as_written(hostile):
    """Each paragraph's text, rebuilt from the HTML, is the article's paragraph, character for character."""
    q, f, m = hostile_tables(hostile)
    tree = parse(render(hostile, quotes=q, facts=f, mentions=m))
    want = [hostile.text[p.start:p.end] for p in hostile.paragraphs]
    assert tree.paragraphs == want
    assert "&amp; &lt;ok&gt;" in tree.paragraphs[1]  # decoded once by the loader, then shown as they read


def test_escaped_entities_in_source(hostile):
    out = render(hostile)
    assert "&amp;amp;" in out and "&amp;lt;ok&amp;gt;" in out
    assert "&lt;script&gt;" in out


def test_tooltip_values_are_escaped(hostile):
    q, f, m = hostile_tables(hostile)
    tree = parse(render(hostile, quotes=q, facts=f, mentions=m))
    _, qa = element(tree, "q-Q01")
    assert 'source: Jo "Jay" O\'Neil' in qa["data-tip"]  # the parser unescapes: the value survives intact
    assert "affiliation: other <i>" in qa["data-tip"]
    out = render(hostile, quotes=q, facts=f, mentions=m)
    assert "other <i>" not in out and "other &lt;i&gt;" in out


def test_document_title_is_escaped():
    art = Article.from_text("Text.", title="<script>alert(1)</script>")
    doc = annotated_document(art, quotes=EMPTY, claims=EMPTY, mentions=EMPTY, facts=EMPTY)
    assert "<script" not in doc and "&lt;script&gt;" in doc


# --- nesting ----------------------------------------------------------------

NEST = "“We spent $5bn on Acme Labs,” said Jane Doe. Shares rose 3%.\n\nNext paragraph here."


def test_fact_and_mention_nest_inside_quotation():
    art = Article.from_text(NEST)
    t = art.text
    q = quotes_df([["Q01", *off(t, "We spent $5bn on Acme Labs,"), "full", "Jane Doe", *off(t, "Jane Doe"),
                    "named", "other", "said", 0.0, "neutral"]])
    f = facts_df([["F01", *off(t, "$5bn"), "$5bn", 5e9, "USD", "other", None, "actual"],
                  ["F02", *off(t, "3%"), "3%", 3.0, "percent", "share-price move", None, "actual"]])
    m = mentions_df([["Acme Labs", "organisation", *off(t, "Acme Labs"), "name"],
                     ["Jane Doe", "person", *off(t, "Jane Doe"), "name"]])
    out = render(art, quotes=q, facts=f, mentions=m)
    tree = parse(out)
    assert tree.paragraphs == [t[p.start:p.end] for p in art.paragraphs]
    # the quotation's element encloses the fact's and the mention's
    qpos, fpos = out.index('id="q-Q01"'), out.index('id="f-F01"')
    qend = out.index("</span>", out.index("Labs"))
    assert qpos < fpos < qend
    # the speaker mention and the stakeholder mention have the same offsets: speaker outside
    assert out.index('id="sp-Q01"') < out.index('id="m-{}-{}"'.format(*off(t, "Jane Doe")))


def test_crossing_marks_are_split_not_broken():
    art = Article.from_text("one two three four five six")
    t = art.text
    q = quotes_df([["Q01", *off(t, "two three four"), "partial", None, -1, -1, None, None, None, 0.0, "neutral"]])
    m = mentions_df([["X", "organisation", *off(t, "four five"), "name"]])
    out = render(art, quotes=q, mentions=m)
    tree = parse(out)
    assert tree.paragraphs == [t]
    assert ids(tree).count("m-{}-{}".format(*off(t, "four five"))) == 1
    frags = [a for tag, a in tree.elements if "ann-st" in a.get("class", "")]
    assert len(frags) == 2 and "ann-frag" in frags[1]["class"] and "id" not in frags[1]


def test_mark_across_paragraphs_has_one_anchor():
    art = Article.from_text("First part of it.\n\nSecond part of it.")
    t = art.text
    q = quotes_df([["Q01", *off(t, "part of it.\n\nSecond"), "full", None, -1, -1, None, None, None, 0.0, "neutral"]])
    tree = parse(render(art, quotes=q))
    assert tree.paragraphs == ["First part of it.", "Second part of it."]
    assert ids(tree).count("q-Q01") == 1
    assert sum("ann-q" in a.get("class", "") for _, a in tree.elements) == 2


@pytest.mark.parametrize("start,end", [(5, 5), (-3, 2), (10, 999), (16, 18)])
def test_odd_offsets_still_give_one_anchor(start, end):
    art = Article.from_text("Some words here.\n\nMore words.")  # 16-18 is the blank line between the paragraphs
    f = facts_df([["F01", start, end, "?", 1.0, "USD", "other", None, "actual"]])
    tree = parse(render(art, facts=f))
    assert ids(tree).count("f-F01") == 1
    assert tree.paragraphs == ["Some words here.", "More words."]


# --- anchors ----------------------------------------------------------------

def test_one_anchor_per_row_and_ids_unique():
    art = Article.from_text(NEST)
    t = art.text
    spk = off(t, "Jane Doe")
    q = quotes_df([["Q01", *off(t, "We spent"), "full", "Jane Doe", *spk, "named", "other", "said", 0.0, "neutral"],
                   ["Q02", *off(t, "Acme Labs"), "partial", "Jane Doe", *spk, "named", "other", "said", 0.0, "neutral"]])
    f = facts_df([["F01", *off(t, "$5bn"), "$5bn", 5e9, "USD", "other", None, "actual"],
                  ["F02", *off(t, "3%"), "3%", 3.0, "percent", "other", None, "actual"]])
    tree = parse(render(art, quotes=q, facts=f))
    all_ids = ids(tree)
    assert len(all_ids) == len(set(all_ids))
    assert {"q-Q01", "q-Q02", "f-F01", "f-F02", "sp-Q01", "sp-Q02"} <= set(all_ids)
    # one speaker mark for the shared mention, linked to the source's key entry
    speakers = [a for _, a in tree.elements if "ann-sp" in a.get("class", "")]
    assert len(speakers) == 1 and speakers[0]["href"] == "#" + anchor_id("source", "Jane Doe")
    assert anchor_id("source", "Jane Doe") in all_ids


def test_marks_are_keyboard_focusable():
    art = Article.from_text(NEST)
    t = art.text
    f = facts_df([["F01", *off(t, "$5bn"), "$5bn", 5e9, "USD", "other", None, "actual"]])
    tree = parse(render(art, facts=f))
    _, a = element(tree, "f-F01")
    assert a["tabindex"] == "0" and a["aria-describedby"] == "n-f-F01"
    assert "n-f-F01" in ids(tree)


@pytest.mark.parametrize("kind,row,want", [
    ("quote", "Q01", "annotated.html#q-Q01"),
    ("q", "Q07", "annotated.html#q-Q07"),
    ("fact", "F12", "annotated.html#f-F12"),
    ("claim", "C02", "annotated.html#sp-C02"),
    ("mention", "412-422", "annotated.html#m-412-422"),
    ("source", "people familiar with the matter", "annotated.html#src-people-familiar-with-the-matter"),
    ("stakeholder", "Acme & Sons", "annotated.html#st-acme-sons"),
    ("sentence", 12, "annotated.html#s-12"),
    ("paragraph", 0, "annotated.html#para-0"),
])
def test_anchor_href(kind, row, want):
    assert anchor_href(kind, row) == want


def test_anchor_id_rejects_unknown_kind():
    with pytest.raises(ArticleError, match="bogus"):
        anchor_id("bogus", "Q01")


def test_anchor_id_of_a_hostile_row_id_is_safe():
    assert anchor_id("quote", '"><script>') == "q-script"


def test_link_rows_knows_mentions_by_offsets_even_when_filtered():
    df = pd.DataFrame({"stakeholder": ["A", "B", "A"], "start": [0, 5, 9], "end": [1, 6, 10]})
    assert link_rows(df[df["stakeholder"] == "A"], "mention")["link"].tolist() == [
        "annotated.html#m-0-1", "annotated.html#m-9-10"]


def test_link_rows_leaves_unmentioned_stakeholders_unlinked():
    df = pd.DataFrame({"name": ["Acme & Sons", "Ghost Corp"], "mentions": [3, 0]})
    assert link_rows(df, "stakeholder")["link"].tolist() == ["annotated.html#st-acme-sons", ""]


def test_repeated_row_ids_still_give_unique_anchors():
    art = Article.from_text("It cost $5bn and $6bn.")
    t = art.text
    f = facts_df([["F01", *off(t, "$5bn"), "$5bn", 5e9, "USD", "other", None, "actual"],
                  ["F01", *off(t, "$6bn"), "$6bn", 6e9, "USD", "other", None, "actual"]])
    tree = parse(render(art, facts=f))
    assert [i for i in ids(tree) if i.startswith("f-")] == ["f-F01", "f-F01-2"]


def test_link_rows_needs_an_id_column():
    with pytest.raises(ArticleError, match="id_column"):
        link_rows(pd.DataFrame({"x": [1]}), "fact")


def test_bad_article_is_refused():
    with pytest.raises(ArticleError, match="Article"):
        annotated_html("just a string")


# --- tooltips ---------------------------------------------------------------

def test_quote_tooltip_has_source_affiliation_and_tone():
    art = Article.from_text(NEST)
    t = art.text
    q = quotes_df([["Q01", *off(t, "We spent $5bn on Acme Labs,"), "full", "Jane Doe", *off(t, "Jane Doe"),
                    "named", "analyst", "said", -0.42, "negative"]])
    tip = annotation_table(art, quotes=q, claims=EMPTY, mentions=EMPTY, facts=EMPTY).set_index("anchor").loc["q-Q01", "details"]
    for want in ("full quotation", "source: Jane Doe (named)", "affiliation: analyst", "tone: negative", "-0.42"):
        assert want in tip


def test_fact_tooltip_has_value_event_period_status():
    art = Article.from_text(NEST)
    t = art.text
    f = facts_df([["F01", *off(t, "$5bn"), "$5bn", 5e9, "USD", "capital spending", "2026", "planned"]])
    tip = annotation_table(art, quotes=EMPTY, claims=EMPTY, mentions=EMPTY, facts=f).set_index("anchor").loc["f-F01", "details"]
    for want in ("value: USD 5 billion", "event type: capital spending", "period: 2026", "status: planned"):
        assert want in tip


def test_quote_mark_covers_its_quotation_marks():
    art = Article.from_text(NEST)
    t = art.text
    q = quotes_df([["Q01", *off(t, "We spent $5bn on Acme Labs,"), "full", None, -1, -1, None, None, None, 0.0, "neutral"]])
    row = annotation_table(art, quotes=q, claims=EMPTY, mentions=EMPTY, facts=EMPTY).iloc[0]
    assert row["text"] == "“We spent $5bn on Acme Labs,”"


def test_legend_names_every_style_in_words():
    legend = annotation_legend()
    for words in ("full quotation", "partial quotation", "term", "speaker", "stakeholder", "money", "percentage",
                  "solid", "dashed", "dotted", "boxed", "Tab"):
        assert words in legend


def test_print_styles_show_notes():
    assert "@media print" in annotation_legend() and ".ann-notes{display:block}" in annotation_legend()


# --- with the real modules ----------------------------------------------------

def test_hostile_article_file_marks_match_the_tables():
    art = analysis.load_article(HOSTILE)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        quotes = analysis.extract_quotes(art)
        facts = analysis.extract_financing(art)
        out = annotated_html(art)
    tree = parse(out)
    all_ids = ids(tree)
    assert len(all_ids) == len(set(all_ids))
    assert sorted(i for i in all_ids if i.startswith("q-")) == sorted(anchor_id("quote", x) for x in quotes["quote_id"])
    assert sorted(i for i in all_ids if i.startswith("f-")) == sorted(anchor_id("fact", x) for x in facts["fact_id"])
    assert tree.paragraphs == [art.text[p.start:p.end] for p in art.paragraphs]
    assert "<script" not in out and "<img" not in out
    assert len(facts) >= 4 and len(quotes) >= 3  # the file gives the page something to mark


def test_printed_notes_name_the_words_and_skip_plain_mentions():
    art = Article.from_text("Acme said Jo Smith left. She did.")
    t = art.text
    m = mentions_df([["Acme", "organisation", *off(t, "Acme"), "name"],
                     ["Jo Smith", "person", *off(t, "She"), "pronoun"]])
    out = render(art, mentions=m)
    assert '<li id="n-m-{}-{}" class="ann-plain">'.format(*off(t, "Acme")) in out  # by its name: nothing to add
    assert '<li id="n-m-{}-{}">She: stakeholder: Jo Smith'.format(*off(t, "She")) in out


# --- any spans, any text ------------------------------------------------------

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_CHARS = st.sampled_from(list("ab <>&;\"'“”‘’\n\n=/") + ["&amp;", "<script>", "</p>", "\u00a0"])


@settings(max_examples=80, deadline=None)
@given(parts=st.lists(_CHARS, min_size=1, max_size=60), data=st.data())
def test_any_spans_give_well_formed_html_and_the_text_as_written(parts, data):
    text = "x" + "".join(parts)
    art = Article.from_text(text)
    n = len(art.text)
    span = st.tuples(st.integers(0, n), st.integers(0, n)).map(sorted)
    q_spans = data.draw(st.lists(span, max_size=4))
    f_spans = data.draw(st.lists(span, max_size=4))
    m_spans = data.draw(st.lists(span, max_size=4))
    q = quotes_df([[f"Q{i + 1:02d}", a, b, "full", "S", a, b, "named", "other", "said", 0.0, "neutral"]
                   for i, (a, b) in enumerate(q_spans)])
    f = facts_df([[f"F{i + 1:02d}", a, b, "x", 1.0, "USD", "other", None, "actual"] for i, (a, b) in enumerate(f_spans)])
    m = mentions_df([["S", "person", a, b, "name"] for a, b in m_spans])
    out = render(art, quotes=q, facts=f, mentions=m)
    tree = parse(out)
    assert tree.paragraphs == [art.text[p.start:p.end] for p in art.paragraphs]
    all_ids = ids(tree)
    assert len(all_ids) == len(set(all_ids))
    assert sum(i.startswith("q-") for i in all_ids) == len(q)
    assert sum(i.startswith("f-") for i in all_ids) == len(f)
    assert {t for t, _ in tree.elements} <= ALLOWED_TAGS


def test_every_sentence_and_paragraph_has_an_anchor_where_it_starts():
    art = Article.from_text("“One two,” she said. Three four.\n\nFive six. Seven.")
    t = art.text
    q = quotes_df([["Q01", *off(t, "One two,"), "full", None, -1, -1, None, None, None, 0.0, "neutral"]])
    out = render(art, quotes=q)
    for s in art.sentences:
        i = out.index(f'<span class="ann-anchor" id="s-{s.sentence_id}"></span>')
        rest = re.sub(r"<[^>]+>", "", out[i:])  # the text after the anchor, tags dropped
        assert html.unescape(rest).startswith(s.text)
    for p in art.paragraphs:
        assert f'<p class="ann-para" id="para-{p.paragraph_id}" data-n="{p.paragraph_id + 1}">' in out


def test_link_rows_links_sentences_of_any_table():
    df = pd.DataFrame({"relation": ["owns"], "sentence_id": [7]})
    assert link_rows(df, "sentence")["link"].tolist() == ["annotated.html#s-7"]


def test_sources_after_the_eighth_are_striped_not_confused():
    words = " ".join(f"“w{i}” said S{i}." for i in range(10))
    art = Article.from_text(words)
    t = art.text
    q = quotes_df([[f"Q{i + 1:02d}", *off(t, f"w{i}"), "full", f"S{i}", *off(t, f"S{i}"), "named", "other", "said",
                    0.0, "neutral"] for i in range(10)])
    tree = parse(render(art, quotes=q))
    cls = {a["id"]: a["class"] for _, a in tree.elements if a.get("id", "").startswith("q-")}
    assert [("ann-alt" in cls[f"q-Q{i + 1:02d}"]) for i in range(10)] == [False] * 8 + [True] * 2
    style = {a["id"]: a["style"] for _, a in tree.elements if a.get("id", "").startswith("q-")}
    assert style["q-Q01"] == style["q-Q09"]  # the colour comes back, with stripes


def test_keyboard_users_can_skip_past_the_article():
    art = Article.from_text(NEST)
    t = art.text
    q = quotes_df([["Q01", *off(t, "We spent"), "full", "Jane Doe", *off(t, "Jane Doe"), "named", "other", "said",
                    0.0, "neutral"]])
    out = annotated_html(art, quotes=q, claims=EMPTY, mentions=EMPTY, facts=EMPTY)
    assert '<a href="#ann-sources">the sources</a>' in out and 'id="ann-sources"' in out
    assert "#ann-stakeholders" not in out  # no stakeholders: no link to a missing index
