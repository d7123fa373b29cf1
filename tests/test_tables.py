"""The one registry of tables: every table has one name, documented columns and a function."""

import pandas as pd
import pytest

import analysis
from analysis.tables import TABLES, compute_table, corpus_tables, table_to_csv, table_to_records

TEXT = ("Acme Corp agreed to pay $5 million for the Riverside site next year, chief executive Jane Doe said. "
        "“We are pleased,” Doe said. The deal will close in March, according to people familiar with the matter.")


@pytest.fixture(scope="module")
def article():
    return analysis.Article.from_text(TEXT, reference_date="2026-01-15")


@pytest.mark.parametrize("name", list(TABLES))
def test_documented_columns_are_in_the_table(article, name):
    df = compute_table(name, article)
    assert isinstance(df, pd.DataFrame)
    assert set(TABLES[name].columns) <= set(df.columns), name


def test_corpus_stores_a_subset_under_the_same_names():
    assert set(corpus_tables()) < set(TABLES)
    assert {"sentences", "quotes", "sources", "claims", "stakeholders", "relations", "financing"} == set(corpus_tables())


def test_claims_is_the_reported_claims_function(article):
    claims = compute_table("claims", article)
    # the first sentence is attributed to Jane Doe without quotation marks, the last to anonymous people
    assert claims["speaker"].tolist() == ["Jane Doe", "people familiar with the matter"]


def test_registry_tables_take_the_registry(article):
    registry = {"stakeholders": [{"name": "Riverside Trust", "kind": "organisation"}]}
    names = compute_table("stakeholders", article, registry=registry)["name"].tolist()
    assert "Riverside Trust" in names and "Acme Corp" in names


def test_writers_keep_lists_in_json_and_join_them_in_csv():
    df = pd.DataFrame({"name": ["Acme"], "aliases": [["Acme Corp", "the company"]], "share": [float("nan")]})
    assert table_to_records(df) == [{"name": "Acme", "aliases": ["Acme Corp", "the company"], "share": None}]
    assert table_to_csv(df).splitlines() == ["name,aliases,share", "Acme,Acme Corp; the company,"]
