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


# --- writing safely: scratch folder, stale files, links, escaping ----------------------

SHORT = ("Acme Corp will spend $5 million on a new plant in Riverton next year, chief executive Jane Doe said.\n\n"
         "“We are building for the long run,” Doe said. Shares rose 4 per cent on Tuesday.")


def _article(title=None):
    import analysis

    return analysis.Article.from_text(SHORT, reference_date="2026-01-15", title=title)


@pytest.fixture(scope="module")
def short_report(tmp_path_factory):
    from analysis.report import write_report

    out = tmp_path_factory.mktemp("short") / "out"
    write_report(_article(), out)
    return out


def _snapshot(folder):
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_a_failure_while_writing_leaves_the_previous_report_intact(tmp_path, short_report, monkeypatch):
    import errno
    import shutil

    from matplotlib.figure import Figure

    from analysis import ArticleError
    from analysis.report import write_report

    out = tmp_path / "out"
    shutil.copytree(short_report, out)
    before = _snapshot(out)

    def full_disk(self, *a, **k):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(Figure, "savefig", full_disk)
    with pytest.raises(ArticleError, match="No space left on device.*previous report is unchanged"):
        write_report(_article(title="Another"), out)
    assert _snapshot(out) == before
    assert [p.name for p in out.iterdir() if p.name.startswith("_scratch")] == []


def test_a_new_report_removes_its_own_stale_files_and_nothing_else(tmp_path, short_report):
    import shutil

    import analysis
    from analysis.report import write_report

    out = tmp_path / "out"
    shutil.copytree(short_report, out)
    (out / "notes.txt").write_text("mine")
    (out / "figures" / "my-own.png").write_bytes(b"mine")
    old_figures = {p.name for p in (out / "figures").glob("*.svg")}
    assert "money_timeline.svg" in old_figures  # the short article has money facts
    write_report(analysis.Article.from_text("The library opens at nine. It closes at five."), out)
    assert not (out / "figures" / "money_timeline.svg").exists()  # no money in the new article: stale, removed
    assert (out / "notes.txt").read_text() == "mine" and (out / "figures" / "my-own.png").read_bytes() == b"mine"
    links = re.findall(r"\]\(([^)]+)\)", (out / "summary.md").read_text())
    assert all((out / link).is_file() for link in links)


def test_a_symbolic_link_in_out_is_never_followed(tmp_path, short_report):
    import shutil

    from analysis import ArticleError
    from analysis.report import write_report

    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "precious.md").write_text("keep me")
    out = tmp_path / "out"
    shutil.copytree(short_report, out)
    (out / "summary.md").unlink()
    (out / "summary.md").symlink_to(elsewhere / "precious.md")
    write_report(_article(), out)
    assert (elsewhere / "precious.md").read_text() == "keep me"
    assert not (out / "summary.md").is_symlink() and "# Report" in (out / "summary.md").read_text()
    shutil.rmtree(out / "tables")
    (out / "tables").symlink_to(elsewhere, target_is_directory=True)
    with pytest.raises(ArticleError, match="symbolic link"):
        write_report(_article(), out)
    assert sorted(p.name for p in elsewhere.iterdir()) == ["precious.md"]


def test_summary_escapes_markup_in_the_title(tmp_path):
    from analysis.report import write_report

    write_report(_article(title="<script>alert(1)</script> & co"), tmp_path / "out")
    summary = (tmp_path / "out" / "summary.md").read_text()
    assert "# Report: &lt;script&gt;alert(1)&lt;/script&gt; &amp; co" in summary
    assert "<script>" not in summary


def test_report_into_a_file_is_one_line_and_status_2(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    r = subprocess.run([sys.executable, "-m", "analysis", "report", str(SECOND), "--out", str(blocker)],
                       capture_output=True, text=True, cwd=ROOT)
    assert r.returncode == 2 and "Traceback" not in r.stderr and len(r.stderr.strip().splitlines()) == 1
    assert blocker.read_text() == "x"
