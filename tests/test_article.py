"""The article model: loading, normalising, paragraphs and sentences, and clear errors."""

import datetime as dt

import pytest

import analysis
from analysis import Article, ArticleError, load_article, sentence_table

from .conftest import SEED


def sents(text):
    return [s.text for s in Article.from_text(text).sentences]


# --- the seed ---------------------------------------------------------------

def test_seed_metadata_from_sidecar(seed):
    assert seed.reference_date == dt.date(2025, 12, 5)
    assert seed.title is None and seed.outlet is None  # not stated in the file: not invented
    assert "third-party" in seed.metadata["provenance"].lower()


def test_seed_paragraphs_match_blank_lines(seed):
    raw = SEED.read_text(encoding="utf-8")
    assert len(seed.paragraphs) == len([b for b in raw.split("\n\n") if b.strip()])
    assert seed.text[seed.paragraphs[0].start:].startswith("This summer, Mark Zuckerberg")


def test_seed_offsets_are_exact(seed):
    for s in seed.sentences:
        assert seed.text[s.start:s.end] == s.text
        p = seed.paragraphs[s.paragraph_id]
        assert p.start <= s.start < s.end <= p.end


def test_seed_multi_sentence_quote_keeps_closing_mark(seed):
    # “... But he will not lose.” is its own sentence, closing mark included.
    assert any(s.text == "But he will not lose.”" for s in seed.sentences)
    assert not any(s.text.startswith("”") for s in seed.sentences)


def test_seed_spaced_ellipsis_does_not_split(seed):
    hits = [s.text for s in seed.sentences if "If you build too slowly . . . then" in s.text]
    assert len(hits) == 1 and hits[0].endswith("history.”")


def test_sentence_table_columns_and_order(seed):
    t = sentence_table(seed)
    assert list(t.columns) == ["sentence_id", "paragraph_id", "start", "end", "text"]
    assert t["sentence_id"].tolist() == list(range(len(seed.sentences)))
    assert t["start"].is_monotonic_increasing


# --- sentence splitting on hand-written text ---------------------------------

@pytest.mark.parametrize(
    "text, expected",
    [
        ("Mr. Smith arrived late. He left early.", ["Mr. Smith arrived late.", "He left early."]),
        ("The bill passed the U.S. Senate on Tuesday. Sen. Warren objected.",
         ["The bill passed the U.S. Senate on Tuesday.", "Sen. Warren objected."]),
        ("She met Dr. Who at noon. They talked.", ["She met Dr. Who at noon.", "They talked."]),
        ("He said it was over. Dr. Jones disagreed.", ["He said it was over.", "Dr. Jones disagreed."]),
        ("“It works. It really works,” she said. Then she left.",
         ["“It works.", "It really works,” she said.", "Then she left."]),
        ("“We waited . . . and waited,” he said. Nobody came.",
         ["“We waited . . . and waited,” he said.", "Nobody came."]),
        ('"It is over." Then the lights went out.', ['"It is over."', "Then the lights went out."]),
        # a given name's middle initial does not end a sentence (Punkt broke before a surname it never saw in lower case)
        ("It is too late, said Paul R. Cook, a former analyst. He left.",
         ["It is too late, said Paul R. Cook, a former analyst.", "He left."]),
    ],
)
def test_sentence_splitting(text, expected):
    assert sents(text) == expected


def test_remembered_sentence_ends_give_the_same_sentences():
    # Punkt's answer for each context is kept across articles: a context read before ("Mr. Smith", "late. He")
    # must split a later text as it split the first
    from analysis.article import _tokenizer

    text = "Mr. Smith arrived late. He left early. The U.S. Senate met. Sen. Warren objected."
    _tokenizer()._breaks.clear()
    cold = sents(text)
    assert _tokenizer()._breaks["Mr. Smith"] is False and _tokenizer()._breaks["late. He"] is True
    assert sents(text) == cold == ["Mr. Smith arrived late.", "He left early.", "The U.S. Senate met.",
                                   "Sen. Warren objected."]


def test_text_without_paragraph_breaks_is_one_paragraph():
    a = Article.from_text("One sentence here. Another one there. A third.")
    assert len(a.paragraphs) == 1 and len(a.sentences) == 3


def test_single_newlines_separate_paragraphs_when_there_are_no_blank_lines():
    a = Article.from_text("First paragraph.\nSecond paragraph.\nThird.")
    assert [a.text[p.start:p.end] for p in a.paragraphs] == ["First paragraph.", "Second paragraph.", "Third."]


def test_windows_line_endings_are_normalised():
    a = Article.from_text("First para.\r\n\r\nSecond para. More.\r\n")
    assert "\r" not in a.text
    assert len(a.paragraphs) == 2
    assert [s.text for s in a.sentences] == ["First para.", "Second para.", "More."]


def test_byte_order_mark_is_removed(tmp_path):
    f = tmp_path / "bom.txt"
    f.write_bytes("\ufeffHello world. Bye.".encode("utf-8"))
    assert load_article(f).text == "Hello world. Bye."


def test_html_entities_are_decoded_and_offsets_map_back():
    src = "AT&amp;T said &ldquo;no&rdquo; &#8217;twice&#x2019;. Fine."
    a = Article.from_text(src)
    assert a.text == "AT&T said “no” ’twice’. Fine."
    assert all(a.text[s.start:s.end] == s.text for s in a.sentences)
    assert a.offset_map.source == src
    # each character maps back to itself, or to the start of the reference it came from
    assert a.source_offset(a.text.index("said")) == src.index("said")
    assert a.source_offset(a.text.index("“")) == src.index("&ldquo;")
    assert a.source_offset(a.text.index("twice")) == src.index("twice")
    assert a.source_offset(len(a.text)) == len(src)


def test_unknown_entities_and_bare_ampersands_stay_as_written():
    a = Article.from_text("AT&T and R&D rose; &nosuch; stays, &amp is not a reference.")
    assert a.text == "AT&T and R&D rose; &nosuch; stays, &amp is not a reference."
    assert a.offset_map is None


def test_entity_decoding_to_a_control_character_is_cleaned():
    a = Article.from_text("One.&#13;&#10;&#13;&#10;Two&#1;.&#0;")
    assert a.text == "One.\n\n\n\nTwo.\ufffd"  # each reference stands alone: &#13; is a line break too
    assert len(a.paragraphs) == 2


def test_control_characters_are_removed_and_offsets_map_back():
    src = "Acme\x00 Corp\x07 said\x1b it\x7f rose.\x0cNext\u2028line.\u2029Last \ud800one."
    a = Article.from_text(src)
    assert a.text == "Acme Corp said it rose.\nNext\nline.\n\nLast \ufffdone."
    assert len(a.paragraphs) == 2
    for word in ("Corp", "said", "rose", "Next", "Last"):
        assert src[a.source_offset(a.text.index(word)):].startswith(word)


def test_byte_order_marks_inside_the_text_are_removed():
    a = Article.from_text("\ufeffAcme\ufeff Corp rose.")
    assert a.text == "Acme Corp rose." and a.source_offset(5) == 7


def test_nul_after_the_first_bytes_of_a_file_is_removed(tmp_path):
    f = tmp_path / "late-nul.txt"
    f.write_bytes(("Word. " * 2000).encode() + b"Acme\x00 Corp said so.")
    a = load_article(f)
    assert "\x00" not in a.text and a.text.endswith("Acme Corp said so.")


def test_lookups_by_offset():
    a = Article.from_text("One. Two.\n\nThree.")
    assert a.sentence_at(a.text.index("Two")).text == "Two."
    assert a.paragraph_at(a.text.index("Three")).paragraph_id == 1


# --- bad input ---------------------------------------------------------------

@pytest.mark.parametrize("text, message", [("", "empty"), ("   \n\t  ", "white space")])
def test_empty_text_is_refused(text, message):
    with pytest.raises(ArticleError, match=message):
        Article.from_text(text)


def test_missing_file(tmp_path):
    with pytest.raises(ArticleError, match="no such file") as e:
        load_article(tmp_path / "nope.txt")
    assert "nope.txt" in str(e.value)


def test_binary_file(tmp_path):
    f = tmp_path / "image.png"
    f.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    with pytest.raises(ArticleError, match="binary"):
        load_article(f)


def test_non_utf8_file(tmp_path):
    f = tmp_path / "latin1.txt"
    f.write_bytes("Caf\u00e9 au lait.".encode("latin-1"))
    with pytest.raises(ArticleError, match="not valid UTF-8.*0xe9"):
        load_article(f)


def test_empty_file(tmp_path):
    f = tmp_path / "empty.txt"
    f.write_text("")
    with pytest.raises(ArticleError, match="empty.txt: the text is empty"):
        load_article(f)


@pytest.mark.parametrize("date", ["2025-13-01", "2025-13-45", "2026-02-29", "5 December 2025", "yesterday",
                                  "", "  ", "0001-01-01", "9999-12-31"])
def test_unparseable_date(date):
    with pytest.raises(ArticleError, match="YYYY-MM-DD|outside the years|empty"):
        Article.from_text("Some text.", reference_date=date)


def test_empty_date_argument_is_an_error_not_a_silent_drop_of_the_sidecar():
    with pytest.raises(ArticleError, match="reference date: is empty"):
        load_article(SEED, reference_date="")


def test_date_argument_overrides_sidecar():
    a = load_article(SEED, reference_date="2026-01-02")
    assert a.reference_date == dt.date(2026, 1, 2)


def test_malformed_sidecar(tmp_path):
    (tmp_path / "a.txt").write_text("Text here.")
    (tmp_path / "a.yml").write_text("title: [unclosed")
    with pytest.raises(ArticleError, match="a.yml"):
        load_article(tmp_path / "a.txt")


def test_marks_skip_apostrophes():
    t = analysis.mark_table(Article.from_text("Meta’s “big” bet cost $5bn and £3m. It’s ‘fine’."))
    assert t["mark"].tolist() == ["“", "”", "$", "£", "‘", "’"]



def test_frame_of_gives_what_the_plain_pandas_construction_gives():
    import pandas as pd

    from analysis.article import frame_of

    rows = [(1, "Acme", ["a", "b"], None, True, 2.5), (2, None, [], "x", False, float("nan"))]
    cols = ["n", "name", "items", "note", "flag", "value"]
    types = {"n": "int64", "flag": "bool", "value": "float64"}
    got = frame_of(rows, cols, types)
    pd.testing.assert_frame_equal(got, pd.DataFrame(rows, columns=cols, dtype=object).astype(types))
    assert got["items"].tolist() == [["a", "b"], []]  # a list stays one cell
    assert got["name"].dtype == object  # text is not turned into pandas' string dtype unless asked
    text = frame_of([("Acme", 1), (None, 2)], ["name", "n"], {"name": "str", "n": "int64"})
    pd.testing.assert_frame_equal(text, pd.DataFrame({"name": ["Acme", None], "n": [1, 2]}))
    empty = frame_of([], cols, types)
    assert list(empty.columns) == cols and len(empty) == 0 and str(empty["n"].dtype) == "int64"
    # a text column of other values than strings and Nones (a number, NaN) is converted by pandas, as before
    mixed = [("Acme", "x"), (None, 7), ("Bolt", float("nan"))]
    pd.testing.assert_frame_equal(frame_of(mixed, ["a", "b"], {"a": "str", "b": "str"}),
                                  pd.DataFrame(mixed, columns=["a", "b"], dtype=object).astype("str"))
    assert frame_of(mixed, ["a", "b"], {"a": "str", "b": "str"})["b"].tolist()[1] == "7"


@pytest.mark.parametrize("pattern", [r"\bkit\b", r"[a-z]+", r"s\w*", r"\bin\s+istanbul", r"(?<!\w)\w+\b", r"\d+\s?%"])
def test_fold_case_matches_as_ignorecase_does(pattern):
    import re

    from analysis.article import fold_case

    text = "The KIT and the \u212aIT: ſales in İSTANBUL, ıstanbul and Straße rose 5 % (ΣΑΣ, Émile)."
    folded = fold_case(text)
    assert len(folded) == len(text)
    assert [m.span() for m in re.finditer(pattern, folded)] == [m.span() for m in re.finditer(pattern, text, re.I)]


def test_frame_of_empty_tables_are_independent():
    from analysis.article import frame_of

    first = frame_of([], ["a", "b"], {"a": "int64"})
    first["c"] = 1
    first.index.name = "x"
    first.loc[0] = [1, "y", 2]
    again = frame_of([], ["a", "b"], {"a": "int64"})
    assert list(again.columns) == ["a", "b"] and len(again) == 0 and again.index.name is None
    assert again.dtypes.astype(str).tolist() == ["int64", "object"]


def test_trie_pattern_matches_exactly_its_words():
    import re

    from analysis.article import trie_pattern

    words = ["on", "one", "once", "two", "twelve", "tw"]
    rx = re.compile(trie_pattern(words))
    for w in words:
        assert rx.fullmatch(w), w
    for w in ["o", "ones", "t", "twel", "three", ""]:
        assert not rx.fullmatch(w), w
    assert rx.match("onces").group() == "once"  # the longest word at a place


def test_a_word_like_title_abbreviation_ends_a_sentence_in_lower_case_before_a_capital():
    assert len(sents("Jo Doe spoke at the annual trade conf. Ann Roe, the chief executive, was there.")) == 2
    assert len(sents("The presiding judge, Mag. Dr. Ana Roe, and Conf. univ. dr. Jo Doe, spoke.")) == 1
