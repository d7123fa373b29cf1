"""Sidecar metadata and registry files: the declared schema, checked at load time, one line per fault."""

import datetime as dt

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import analysis
from analysis import ArticleError, load_article
from analysis.errors import ArticleTypeError, MetadataError, RegistryError
from analysis.sidecar import (
    REGISTRY_KINDS,
    SIDECAR_FIELDS,
    check_metadata,
    currency_codes,
    read_registry,
    read_sidecar,
    validate_registry,
)

from .conftest import ROOT


def article_with(tmp_path, sidecar_text, name="story"):
    (tmp_path / f"{name}.txt").write_text("Acme Corp said on Monday it raised $5 million.", encoding="utf-8")
    (tmp_path / f"{name}.yml").write_text(sidecar_text, encoding="utf-8")
    return tmp_path / f"{name}.txt"


def one_line_error(exc_info, *parts):
    msg = str(exc_info.value)
    assert "\n" not in msg, msg
    for p in parts:
        assert p in msg, (p, msg)


# --- the seed's and the test articles' sidecars pass -----------------------------------------

def test_every_sidecar_in_the_repository_passes():
    for yml in list((ROOT / "data" / "raw").glob("*.yml")) + list((ROOT / "tests" / "data").rglob("*.yml")):
        meta = read_sidecar(yml.with_suffix(".txt"))
        assert meta, yml


def test_seed_sidecar_fields():
    meta = read_sidecar(ROOT / "data" / "raw" / "article.txt")
    assert meta["reference_date"] == "2025-12-05" and meta["language"] == "en"
    assert "title" not in meta  # null: not stated
    assert meta["provenance"].startswith("Copy of")


def test_seed_registry_passes():
    entries = read_registry(ROOT / "data" / "stakeholders" / "article.yml")
    assert len(entries) == 52 and entries[0]["name"] == "Meta" and entries[0]["power"] == 5


def test_registry_kinds_are_the_stakeholder_kinds():
    assert REGISTRY_KINDS == analysis.stakeholders.KINDS


# --- faults: one line naming the file and the field ---------------------------------------------

BAD_SIDECARS = [
    ("reference_date: 2025-13-45\n", "reference_date", "not a real date"),
    ("reference_date: 2026-02-30\n", "reference_date", "not a real date"),
    ("reference_date: 12/05/2025\n", "reference_date", "YYYY-MM-DD"),
    ("reference_date: 20251205\n", "reference_date", "got a number"),
    ("reference_date: ''\n", "reference_date", "is empty"),
    ("reference_date: 0800-01-01\n", "reference_date", "outside the years"),
    ("title: {a: 1}\n", "title", "got a mapping"),
    ("title: 42\n", "title", "got a number"),
    ("title: [a, b]\n", "title", "got a list"),
    ("title: yes\n", "title", "got true/false"),
    ("title: \"A\\u0000B\"\n", "title", "control character"),
    (f"title: {'x' * 600}\n", "title", "at most 500"),
    ("book_title: {x: 1}\n", "book_title", "got a mapping"),
    ("outlet: 3.5\n", "outlet", "got a number"),
    ("currency: XYZ\n", "currency", "not an ISO 4217"),
    ("currency: dollars\n", "currency", "not an ISO 4217"),
    ("currency: 840\n", "currency", "got a number"),
    ("language: English please\n", "language", "not a language tag"),
    ("url: javascript:alert(1)\n", "url", "not an http(s) address"),
    ("provenance: {nested: [1]}\n", "provenance", "got a mapping"),
    ("refernce_date: 2025-12-05\n", "refernce_date", "did you mean 'reference_date'"),
    ("Title: Rates rise\n", "Title", "did you mean 'title'"),
    ("style: {deep: {deeper: 1}}\n", "style", "extra field"),
    ("1: one\n", "field names must be text", "1"),
    ("- a list\n- not a mapping\n", "must hold a mapping", "got a list"),
    ("just a sentence\n", "must hold a mapping", "got str"),
    ("title: [unclosed\n", "not valid YAML", "line"),
    ("x: !!python/object:os.system 1\n", "not valid YAML", "constructor"),
    ("x: !!int abc\n", "cannot read", "abc"),
    ("x: !!binary aGk=\n", "x", "got bytes"),
    ("a: " + "[" * 5000 + "]" * 5000 + "\n", "YAML", "story.yml"),
    ("a: " + "{a: " * 3000 + "1" + "}" * 3000 + "\n", "YAML", "story.yml"),
]


@pytest.mark.parametrize("text, field, problem", BAD_SIDECARS, ids=[b[1] + ":" + b[2] for b in BAD_SIDECARS])
def test_bad_sidecar_is_one_line_naming_file_and_field(tmp_path, text, field, problem):
    path = article_with(tmp_path, text)
    with pytest.raises(MetadataError) as e:
        load_article(path)
    one_line_error(e, "story.yml", field, problem)


def test_deeply_nested_sidecar_python_parser(tmp_path, monkeypatch):
    # the pure-Python YAML parser recurses; its RecursionError is one line too
    import analysis.sidecar as sc

    class PyLoader(yaml.SafeLoader):
        yaml_implicit_resolvers = sc._Loader.yaml_implicit_resolvers

    monkeypatch.setattr(sc, "_Loader", PyLoader)
    path = article_with(tmp_path, "a: " + "[" * 3000 + "]" * 3000 + "\n")
    with pytest.raises(MetadataError) as e:
        sc.read_sidecar(path)
    one_line_error(e, "story.yml")


def test_valid_sidecar_is_normalised(tmp_path):
    path = article_with(tmp_path, "title: '  Rates\n  rise '\nbook_title: The rates book\ncurrency: cad\n"
                                  "reference_date: 2026-01-15T09:30:00Z\nauthor: [Jane Doe, John Roe]\n"
                                  "style: wire\ntags: [rates, banks]\n")
    a = load_article(path)
    assert a.title == "Rates rise" and a.reference_date == dt.date(2026, 1, 15)
    assert a.metadata["currency"] == "CAD" and a.metadata["book_title"] == "The rates book"
    assert a.metadata["author"] == ["Jane Doe", "John Roe"] and a.metadata["tags"] == ["rates", "banks"]


def test_date_argument_overrides_a_sidecar_date(tmp_path):
    path = article_with(tmp_path, "reference_date: 2026-01-15\n")
    assert load_article(path, reference_date="2024-06-30").reference_date == dt.date(2024, 6, 30)


def test_metadata_given_in_python_is_checked_too():
    with pytest.raises(MetadataError, match="text: title: must be text, got a mapping"):
        analysis.Article.from_text("Rates rose.", title={"a": 1})
    with pytest.raises(MetadataError, match="story-7: currency"):
        analysis.Article.from_text("Rates rose.", metadata={"currency": "US"}, name="story-7")


def test_currency_list_has_current_and_withdrawn_codes():
    codes = currency_codes()
    assert {"USD", "CAD", "GBP", "EUR", "JPY", "AUD", "HKD", "NZD", "INR", "CHF"} <= codes
    assert {"DEM", "FRF", "ITL"} <= codes  # an old article may be about marks or francs
    assert not {"XYZ", "US", "CDN", "EURO"} & codes


# --- registries -----------------------------------------------------------------------------------

BAD_REGISTRIES = [
    ("stakeholders: {a: 1}\n", "expected a list of stakeholders"),
    ("stakeholders:\n  - 42\n", "entry 1 must be a mapping"),
    ("stakeholders:\n  - aliases: [A]\n", "entry 1 needs a 'name'"),
    ("stakeholders:\n  - name: {x: 1}\n", "entry 1: name: must be text"),
    ("stakeholders:\n  - name: Acme\n    power: 6\n", "entry 1 ('Acme'): power: must be an integer from 1 to 5"),
    ("stakeholders:\n  - name: Acme\n    power: true\n", "power: must be an integer"),
    ("stakeholders:\n  - name: Acme\n    kind: planet\n", "kind 'planet' is not one of"),
    ("stakeholders:\n  - name: Acme\n    aliases: [[A]]\n", "aliases: must be text, got a list"),
    ("stakeholders:\n  - name: Acme\n    group: {a: 1}\n", "group: must be text"),
    ("stakeholders:\n  - name: Acme\n    powr: 3\n", "unknown field 'powr' (did you mean 'power'?)"),
    ("stakeholder:\n  - name: Acme\n", "unknown field 'stakeholder'"),
    ("article: [1]\nstakeholders: []\n", "must be text, got a list"),
    ("stakeholders: " + "[" * 5000 + "]" * 5000 + "\n", "reg.yml"),
]


@pytest.mark.parametrize("text, problem", BAD_REGISTRIES)
def test_bad_registry_is_one_line(tmp_path, text, problem):
    (tmp_path / "reg.yml").write_text(text, encoding="utf-8")
    with pytest.raises(RegistryError) as e:
        read_registry(tmp_path / "reg.yml")
    one_line_error(e, "reg.yml", problem)


def test_registry_single_alias_as_text_becomes_a_list():
    assert validate_registry([{"name": "Acme Corp", "aliases": "Acme"}])[0]["aliases"] == ["Acme"]


# --- the one input check --------------------------------------------------------------------------

def test_check_article_is_one_error_of_both_kinds():
    with pytest.raises(ArticleTypeError, match="extract_money expects an Article") as e:
        analysis.check_article("text", caller="extract_money")
    assert isinstance(e.value, TypeError) and isinstance(e.value, ArticleError)
    art = analysis.Article.from_text("Rates rose.")
    assert analysis.check_article(art) is art


def test_an_article_built_without_from_text_is_a_clear_error_not_an_index_error():
    bare = analysis.Article("Officials at the school said it was ready. A poll found so.")
    for analyse in (analysis.find_stakeholders, analysis.extract_quotes, analysis.extract_money):
        with pytest.raises(ArticleError, match="no sentences .*Article.from_text"):
            analyse(bare)


# --- properties -----------------------------------------------------------------------------------

SCALARS = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True), st.text(max_size=30),
                    st.dates(), st.sampled_from(["2025-13-45", "2025-12-05", "USD", "cad", "XYZ", "", " ", "en-GB"]))
VALUES = st.recursive(SCALARS, lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner,
                                                                                            max_size=3), max_leaves=8)
KEYS = st.one_of(st.sampled_from(sorted(SIDECAR_FIELDS) + ["style", "Title", "refernce_date"]), st.text(max_size=12))
PROPS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                         HealthCheck.function_scoped_fixture])


@PROPS
@given(st.dictionaries(KEYS, VALUES, max_size=6))
def test_any_metadata_mapping_is_accepted_or_one_metadata_error(meta):
    try:
        out = check_metadata(meta, where="m.yml")
    except MetadataError as e:
        assert "\n" not in str(e) and str(e).startswith("m.yml: ")
        return
    # what passes has the declared kinds
    for key, value in out.items():
        kind = SIDECAR_FIELDS[key].kind if key in SIDECAR_FIELDS else None
        if kind in ("line", "text", "language", "url", "currency"):
            assert isinstance(value, str) and value.strip() == value
        if kind == "date":
            assert dt.date.fromisoformat(value)
        if kind == "currency":
            assert value in currency_codes()


@PROPS
@given(st.dictionaries(KEYS, VALUES, max_size=6))
def test_any_yaml_sidecar_loads_or_is_one_metadata_error(tmp_path, meta):
    path = article_with(tmp_path, yaml.safe_dump(meta, allow_unicode=True))
    try:
        a = load_article(path)
    except MetadataError as e:
        assert "\n" not in str(e) and "story.yml: " in str(e)
        return
    assert a.title is None or isinstance(a.title, str)
    assert a.reference_date is None or isinstance(a.reference_date, dt.date)


@PROPS
@given(st.text(max_size=200))
def test_any_sidecar_text_loads_or_is_one_metadata_error(tmp_path, text):
    path = article_with(tmp_path, text)
    try:
        load_article(path)
    except MetadataError as e:
        assert "\n" not in str(e) and "story.yml" in str(e)


@PROPS
@given(st.dates(min_value=dt.date(1500, 1, 1), max_value=dt.date(2500, 12, 31)))
def test_every_real_date_in_range_round_trips(date):
    assert check_metadata({"reference_date": date.isoformat()})["reference_date"] == date.isoformat()
    assert analysis.Article.from_text("Rates rose.", reference_date=date.isoformat()).reference_date == date
