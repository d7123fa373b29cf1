"""`python -m analysis report`: every table, the network and the figures for any article."""

import json
import re
import subprocess
import sys

import pandas as pd
import pytest

from analysis.tables import TABLES, corpus_tables

from .conftest import DATA, ROOT

SECOND = DATA / "second" / "article.txt"


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    out = tmp_path_factory.mktemp("report")
    r = subprocess.run([sys.executable, "-m", "analysis", "report", str(SECOND), "--out", str(out)],
                       capture_output=True, text=True, cwd=ROOT)
    assert r.returncode == 0, r.stderr
    return out


def test_summary_links_resolve(report):
    summary = (report / "summary.md").read_text()
    links = re.findall(r"\]\(([^)]+)\)", summary)
    assert len(links) >= 11 * 2 + 1 + 2 * 2
    for link in links:
        assert (report / link).is_file(), link


def test_report_writes_every_registered_table_under_its_name(report):
    assert sorted(p.stem for p in (report / "tables").glob("*.csv")) == sorted(TABLES)
    # a corpus table and the report's file for it share a name
    assert set(corpus_tables()) <= {p.stem for p in (report / "tables").glob("*.json")}


def test_tables_match_in_csv_and_json(report):
    for csv in (report / "tables").glob("*.csv"):
        js = json.loads(csv.with_suffix(".json").read_text())
        assert len(pd.read_csv(csv)) == len(js), csv.name


def test_quotes_table_is_about_the_article(report):
    quotes = pd.read_csv(report / "tables" / "quotes.csv")
    text = SECOND.read_text()
    for _, q in quotes.iterrows():
        assert text[q["start"]:q["end"]] == q["text"]
    assert "We are building for the next 30 years, not the next quarter," in quotes["text"].tolist()


def test_figures_in_png_and_svg(report):
    pngs = sorted(p.stem for p in (report / "figures").glob("*.png"))
    svgs = sorted(p.stem for p in (report / "figures").glob("*.svg"))
    assert pngs == svgs and len(pngs) >= 2
    assert all((report / "figures" / f"{n}.png").read_bytes()[:4] == b"\x89PNG" for n in pngs)


def test_network_is_graphml(report):
    import networkx as nx

    g = nx.read_graphml(report / "network.graphml")
    assert g.number_of_nodes() > 0


@pytest.mark.parametrize("command", [*TABLES, "network", "report", "corpus"])
def test_every_command_has_help_with_an_example(command):
    r = subprocess.run([sys.executable, "-m", "analysis", command, "--help"], capture_output=True, text=True, cwd=ROOT)
    assert r.returncode == 0 and "Example: python -m analysis " + command in r.stdout


def test_report_into_an_unwritable_place_is_a_clear_error(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    r = subprocess.run([sys.executable, "-m", "analysis", "report", str(SECOND), "--out", str(blocker / "sub")],
                       capture_output=True, text=True, cwd=ROOT)
    assert r.returncode == 2 and "cannot create the report folder" in r.stderr
