"""The mention layer: people, organisations, groups, places and products found once per article.

Every sentence is written for the test; expected values were checked by reading the sentence.
"""

from __future__ import annotations

import pytest

from analysis import Article, ArticleError
from analysis.mentions import KINDS, MENTION_LAYER_COLUMNS, collective_group, entities, find_mentions, story_subject


def mentions(text: str):
    return find_mentions(Article.from_text(text))


def kinds(text: str) -> dict:
    df = mentions(text)
    return dict(zip(df["name"], df["kind"]))


def test_columns_offsets_and_canonical_names():
    text = "Jane Doe flew to Lisbon for Acme Capital. Doe later met regulators there."
    df = mentions(text)
    assert list(df.columns) == MENTION_LAYER_COLUMNS
    for r in df.itertuples():
        assert text[r.start:r.end] == r.text
        assert r.kind in KINDS
    assert df[["text", "name", "kind", "sentence_id"]].values.tolist() == [
        ["Jane Doe", "Jane Doe", "person", 0],
        ["Lisbon", "Lisbon", "place", 0],
        ["Acme Capital", "Acme Capital", "organisation", 0],
        ["Doe", "Jane Doe", "person", 1],
        ["regulators", "regulators", "group", 1],
    ]


def test_recognised_once_and_cached_on_the_article():
    art = Article.from_text("Acme Capital hired Jane Doe. Doe starts in May.")
    first = entities(art)
    assert entities(art) is first  # the second call reads the cache
    assert [e.name for e in first] == ["Acme Capital", "Jane Doe"]


def test_empty_article_gives_an_empty_typed_table():
    df = mentions("it rained all day and nobody came.")
    assert df.empty and list(df.columns) == MENTION_LAYER_COLUMNS
    assert str(df["start"].dtype) == "int64"


def test_bad_input_is_one_clear_error():
    with pytest.raises(ArticleError, match="expected an Article"):
        find_mentions("Jane Doe runs Acme.")
    with pytest.raises(ArticleError, match="expected an Article"):
        story_subject(None)


def test_story_subject_is_the_most_mentioned_actor():
    art = Article.from_text(
        "Acme cuts jobs\n\nAcme will cut 300 jobs, its chief executive Jane Doe said. "
        "Doe said Acme had no choice. Unions met Acme's managers on Friday.")
    assert story_subject(art) == ("Acme", "organisation")


def test_story_subject_can_be_a_person():
    art = Article.from_text(
        "Senator Ruth Okafor resigned on Monday. Okafor had served since 2009. "
        "Her party, the Green League, thanked Okafor.")
    assert story_subject(art) == ("Ruth Okafor", "person")


def test_no_story_subject_without_a_repeated_name():
    assert story_subject(Article.from_text("Jane Doe visited Oslo in spring.")) is None


def test_collective_group_maps_singular_and_plural_nouns():
    assert collective_group("regulator") == "regulators"
    assert collective_group("Employees") == "employees"
    assert collective_group("spreadsheet") is None
