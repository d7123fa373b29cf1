"""Corpus runs: reading a corpus, one Parquet dataset per table, error rows, re-runs, the command line."""

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

import analysis
from analysis import ArticleError
from analysis import corpus, tables
from analysis.corpus import CorpusItem, load_corpus_table, read_corpus, run_corpus
from analysis.corpus.source import read_txt
from analysis.corpus.store import CorpusStore, arrow_safe
from analysis.corpus.work import summary_row
from analysis.tables import TableSpec, compute_table, corpus_tables

CORPUS_TABLES = list(corpus_tables())

from .conftest import DATA, ROOT

CORPUS = DATA / "corpus"
IDS = ["chipmaker-yen", "fintech-rupee", "gallery-feature", "harbour-bridge-bond", "library-hours",
       "rovers-stadium", "windpark-fund"]


def run(src, out, **kw):
    """A corpus run in this process: no start-up cost, same stages as the CLI."""
    return run_corpus(src, out, processes=False, progress=False, **kw)


@pytest.fixture(scope="module")
def bundled(tmp_path_factory):
    out = tmp_path_factory.mktemp("corpus") / "out"
    return run(CORPUS, out)


# --- reading a corpus --------------------------------------------------------

def test_folder_ids_are_file_stems_in_order():
    assert [i.article_id for i in read_corpus(CORPUS)] == IDS


def test_folder_sidecar_gives_reference_date_and_title():
    item = {i.article_id: i for i in read_corpus(CORPUS)}["rovers-stadium"]
    assert item.reference_date == "2025-11-21"
    assert item.metadata["title"].startswith("Rovers agree £120m loan")


def test_nested_folders_give_path_ids(tmp_path):
    (tmp_path / "2026" / "jan").mkdir(parents=True)
    (tmp_path / "2026" / "jan" / "a.txt").write_text("One story.")
    (tmp_path / "b.txt").write_text("Another story.")
    assert [i.article_id for i in read_corpus(tmp_path)] == ["2026/jan/a", "b"]


def test_jsonl_reads_id_text_and_date(tmp_path):
    f = tmp_path / "c.jsonl"
    f.write_text("\n".join([
        json.dumps({"id": "x1", "text": "Rates rose.", "reference_date": "2026-01-02"}),
        "",
        json.dumps({"text": "No id here."}),
    ]))
    items = read_corpus(f)
    assert [(i.article_id, i.text, i.reference_date) for i in items] == [
        ("x1", "Rates rose.", "2026-01-02"), ("line-3", "No id here.", None)]


@pytest.mark.parametrize("line, message", [
    ("{not json", "line 1: not a JSON object"),
    ("[1, 2]", "line 1: not a JSON object"),
    (json.dumps({"id": "a", "text": 42}), "'text' must be a string, got int"),
])
def test_bad_jsonl_line_becomes_an_item_with_an_error(tmp_path, line, message):
    f = tmp_path / "c.jsonl"
    f.write_text(line + "\n" + json.dumps({"id": "ok", "text": "Fine."}) + "\n")
    items = read_corpus(f)
    assert items[0].text is None and message in items[0].error
    assert items[1].article_id == "ok" and items[1].error is None


@pytest.mark.parametrize("setup, message", [
    ("missing", "no such file or folder"),
    ("empty-folder", "holds no .txt articles"),
    ("csv", "expected a folder of .txt articles, a .jsonl file"),
    ("empty-jsonl", "holds no articles"),
    ("duplicate", "the article id 'a' appears twice"),
])
def test_bad_input_raises_article_error_naming_it(tmp_path, setup, message):
    target = tmp_path / "in"
    if setup == "empty-folder":
        target.mkdir()
    elif setup == "csv":
        target = tmp_path / "in.csv"
        target.write_text("id,text\n")
    elif setup == "empty-jsonl":
        target = tmp_path / "in.jsonl"
        target.write_text("\n\n")
    elif setup == "duplicate":
        target = tmp_path / "in.jsonl"
        target.write_text(json.dumps({"id": "a", "text": "x"}) + "\n" + json.dumps({"id": "a", "text": "y"}) + "\n")
    with pytest.raises(ArticleError, match=message) as e:
        read_corpus(target)
    assert str(target) in str(e.value)


# --- the tables of a run -------------------------------------------------------

def test_every_table_is_written_with_article_id_first(bundled):
    for name in [*CORPUS_TABLES, "summary", "errors"]:
        df = load_corpus_table(bundled.out, name)
        assert df.columns[0] == "article_id", name


def test_bundled_corpus_has_no_errors(bundled):
    assert bundled.analysed == tuple(IDS) and bundled.failed == ()
    assert load_corpus_table(bundled.out, "errors").empty


@pytest.mark.parametrize("name", list(CORPUS_TABLES))
def test_corpus_rows_equal_the_module_run_on_one_article(bundled, name):
    article = analysis.load_article(CORPUS / "windpark-fund.txt")
    direct = compute_table(name, article)
    got = load_corpus_table(bundled.out, name)
    got = got[got.article_id == "windpark-fund"].drop(columns="article_id").reset_index(drop=True)
    assert list(got.columns) == list(direct.columns)
    assert len(got) == len(direct)
    for c in direct.columns:
        a = [list(v) if isinstance(v, (list, tuple)) else v for v in direct[c]]
        b = [list(v) if isinstance(v, (list, tuple)) else v for v in got[c]]
        assert [None if pd.isna(x) is True else x for x in a] == [None if pd.isna(x) is True else x for x in b], c


def test_sentence_offsets_point_into_each_article(bundled):
    sents = load_corpus_table(bundled.out, "sentences")
    for aid, rows in sents.groupby("article_id"):
        text = analysis.load_article(CORPUS / f"{aid}.txt").text
        assert all(text[s:e] == t for s, e, t in zip(rows.start, rows.end, rows.text))


def test_summary_has_one_row_per_article(bundled):
    summary = load_corpus_table(bundled.out, "summary")
    assert summary.article_id.tolist() == IDS
    assert list(summary.columns) == corpus.SUMMARY_COLUMNS


def test_summary_of_an_article_without_quotes_or_money(bundled):
    # library-hours.txt has no quotation mark and no amount (checked by reading it)
    row = load_corpus_table(bundled.out, "summary").set_index("article_id").loc["library-hours"]
    assert row.quotations == 0 and row.money_facts == 0 and row.currencies == ""
    assert pd.isna(row.anonymous_share)
    assert row.reference_date == "2026-02-27"


def test_summary_counts_match_the_tables(bundled):
    summary = load_corpus_table(bundled.out, "summary").set_index("article_id")
    quotes = load_corpus_table(bundled.out, "quotes").groupby("article_id").size()
    money = load_corpus_table(bundled.out, "financing").groupby("article_id").size()
    assert summary.quotations.drop("library-hours").to_dict() == quotes.to_dict()
    assert summary.money_facts.drop("library-hours").to_dict() == money.to_dict()


def test_summary_currencies_of_a_two_currency_article(bundled):
    # fintech-rupee.txt gives rupees with a dollar conversion in brackets
    row = load_corpus_table(bundled.out, "summary").set_index("article_id").loc["fintech-rupee"]
    assert row.currencies == "INR; USD"


def test_list_columns_read_back_as_lists(bundled):
    st = load_corpus_table(bundled.out, "stakeholders")
    assert all(isinstance(v, list) for v in st.aliases)


@pytest.mark.parametrize("name", [*CORPUS_TABLES, "summary", "errors"])
def test_each_dataset_reads_as_one_parquet_dataset(bundled, name):
    df = pd.read_parquet(bundled.out / name)
    assert len(df) == len(load_corpus_table(bundled.out, name))


# --- failures and re-runs --------------------------------------------------------

def _small(tmp_path, **texts):
    src = tmp_path / "src"
    src.mkdir(exist_ok=True)
    for name, text in texts.items():
        (src / f"{name}.txt").write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    return src


def test_failing_articles_become_error_rows_and_the_rest_go_on(tmp_path):
    src = _small(tmp_path, a="Shares rose 3 per cent on Monday.", b="   \n ", c="caf\u00e9".encode("latin-1"))
    r = run(src, tmp_path / "out")
    assert r.analysed == ("a",) and r.failed == ("b", "c")
    errors = load_corpus_table(tmp_path / "out", "errors").set_index("article_id")
    assert errors.loc["b", "stage"] == "article" and "only white space" in errors.loc["b", "message"]
    assert errors.loc["c", "stage"] == "read" and "not valid UTF-8" in errors.loc["c", "message"]
    assert load_corpus_table(tmp_path / "out", "summary").article_id.tolist() == ["a"]


def test_an_analysis_that_raises_drops_only_that_article(tmp_path, monkeypatch):
    def picky(article):
        if "boom" in article.text:
            raise RuntimeError("cannot read this one")
        return analysis.sentence_table(article)

    monkeypatch.setattr(tables, "TABLES", {"sentences": tables.TABLES["sentences"],
                                           "picky": TableSpec("picky", picky, "raises on boom", corpus=True)})
    src = _small(tmp_path, a="All fine here.", b="This goes boom.")
    r = run(src, tmp_path / "out")
    assert r.failed == ("b",)
    err = load_corpus_table(tmp_path / "out", "errors").iloc[0]
    assert (err.article_id, err.stage, err.error, err.message) == ("b", "picky", "RuntimeError", "cannot read this one")
    assert load_corpus_table(tmp_path / "out", "sentences").article_id.unique().tolist() == ["a"]


def test_rerun_skips_finished_articles_and_writes_no_duplicates(tmp_path):
    src = _small(tmp_path, a="One story here.", b="Another story here.")
    run(src, tmp_path / "out")
    again = run(src, tmp_path / "out")
    assert again.analysed == () and again.skipped == ("a", "b")
    assert load_corpus_table(tmp_path / "out", "summary").article_id.tolist() == ["a", "b"]


def test_rerun_analyses_only_new_articles(tmp_path):
    src = _small(tmp_path, a="One story here.")
    run(src, tmp_path / "out")
    _small(tmp_path, b="A new story arrives.")
    again = run(src, tmp_path / "out")
    assert again.analysed == ("b",) and again.skipped == ("a",)
    assert load_corpus_table(tmp_path / "out", "sentences").article_id.tolist() == ["a", "b"]


def test_rerun_retries_a_failed_article_once_fixed(tmp_path):
    src = _small(tmp_path, a="One story here.", b="  ")
    run(src, tmp_path / "out")
    _small(tmp_path, b="Now it has text.")
    again = run(src, tmp_path / "out")
    assert again.analysed == ("b",) and again.failed == ()
    assert load_corpus_table(tmp_path / "out", "errors").empty
    assert load_corpus_table(tmp_path / "out", "summary").article_id.tolist() == ["a", "b"]


def test_rerun_removes_the_parts_of_a_batch_cut_short_and_nothing_else(tmp_path):
    src = _small(tmp_path, a="One story here.")
    run(src, tmp_path / "out")
    summary = load_corpus_table(tmp_path / "out", "summary")
    # a batch that wrote its part and died before its commit, and a file of the user's named like a part
    cut = tmp_path / "out" / "summary" / "part-deadbeef-00000.parquet"
    summary.to_parquet(cut)
    (tmp_path / "out" / "_pending" / "deadbeef-00000.json").write_text(
        json.dumps({"files": ["summary/part-deadbeef-00000.parquet"]}))
    mine = tmp_path / "out" / "summary" / "part-user.parquet"
    summary.to_parquet(mine)
    assert len(load_corpus_table(tmp_path / "out", "summary")) == 1  # uncommitted parts are never read
    run(src, tmp_path / "out")
    assert not cut.exists() and mine.exists()
    assert len(load_corpus_table(tmp_path / "out", "summary")) == 1


def test_jsonl_corpus_end_to_end(tmp_path):
    f = tmp_path / "c.jsonl"
    f.write_text("\n".join(json.dumps(o) for o in [
        {"id": "p1", "text": "The board approved a $5 million budget.", "reference_date": "2026-01-10"},
        {"id": "p2", "text": "", "reference_date": "2026-01-10"},
        {"id": "p3", "text": "Prices fell.", "reference_date": "01/10/2026"},
    ]))
    r = run(f, tmp_path / "out")
    assert r.analysed == ("p1",) and r.failed == ("p2", "p3")
    errors = load_corpus_table(tmp_path / "out", "errors").set_index("article_id")
    assert "the text is empty" in errors.loc["p2", "message"]
    assert "not a date in the form YYYY-MM-DD" in errors.loc["p3", "message"]
    summary = load_corpus_table(tmp_path / "out", "summary")
    assert summary.reference_date.tolist() == [dt.date(2026, 1, 10).isoformat()]


def test_workers_below_one_is_bad_input(tmp_path):
    with pytest.raises(ArticleError, match="at least 1"):
        run_corpus(CORPUS, tmp_path / "out", workers=0)


def test_out_that_is_a_file_is_bad_input(tmp_path):
    f = tmp_path / "out"
    f.write_text("x")
    with pytest.raises(ArticleError, match="is not a folder"):
        run(CORPUS, f)


def test_missing_table_names_the_folder(tmp_path):
    with pytest.raises(ArticleError, match="no such corpus table"):
        load_corpus_table(tmp_path, "quotes")


# --- values that Parquet refuses as they come ---------------------------------------

def test_mixed_and_list_cells_are_stored_safely():
    df = pd.DataFrame({"article_id": ["a", "a"], "mixed": [1, "two"], "lists": [("x", 1), None],
                       "none": [None, None], "mapping": [{"k": 1}, None]})
    back = arrow_safe(df).to_pandas()
    assert back.mixed.tolist() == ["1", "two"]
    assert list(back.lists[0]) == ["x", "1"] and back.lists[1] is None
    assert back.mapping[0] == '{"k": 1}'


def _batch(ids, **columns):
    return {"tables": {"t": pd.DataFrame({"article_id": ids, **columns})}, "ok": ids, "failed": [],
            "summary": pd.DataFrame(), "errors": pd.DataFrame()}


def test_parts_with_int_and_float_columns_unify(tmp_path):
    with CorpusStore(tmp_path) as store:
        store.commit("k1", _batch(["a"], v=[1]))
        store.commit("k2", _batch(["b"], v=[1.5]))
        store.commit("k3", _batch([], v=[]))
        store.unify(["t"])
    assert pd.read_parquet(tmp_path / "t").sort_values("article_id").v.tolist() == [1.0, 1.5]
    assert load_corpus_table(tmp_path, "t").v.tolist() == [1.0, 1.5]


# --- the command line (real worker processes) -----------------------------------------

def cli(*args):
    return subprocess.run([sys.executable, "-m", "analysis", "corpus", *args], capture_output=True, text=True,
                          cwd=ROOT, timeout=300)


def test_cli_runs_the_bundled_corpus_with_two_workers(tmp_path):
    r = cli(str(CORPUS), "--out", str(tmp_path / "out"), "--workers", "2")
    assert r.returncode == 0, r.stderr
    assert "7 articles analysed, 0 already done, 0 failed" in r.stderr
    assert load_corpus_table(tmp_path / "out", "summary").article_id.tolist() == IDS


def test_cli_missing_input_gives_one_line_and_status_2(tmp_path):
    r = cli(str(tmp_path / "nowhere"), "--out", str(tmp_path / "out"))
    assert r.returncode == 2
    assert r.stderr.strip().splitlines() == [f"error: {tmp_path / 'nowhere'}: no such file or folder"]


def test_cli_status_1_when_an_article_fails(tmp_path):
    f = tmp_path / "c.jsonl"
    f.write_text(json.dumps({"id": "ok", "text": "Fine text."}) + "\n" + json.dumps({"id": "bad", "text": " "}) + "\n")
    r = cli(str(f), "--out", str(tmp_path / "out"), "--workers", "1")
    assert r.returncode == 1
    assert "failed: bad" in r.stderr


def test_item_that_could_not_be_read_is_an_error_row():
    tables, summary, error = corpus.analyse_article(CorpusItem("z", None, error="z.txt: not valid UTF-8 text"))
    assert tables == {} and summary is None
    assert error == {"article_id": "z", "stage": "read", "error": "ArticleError", "message": "z.txt: not valid UTF-8 text"}


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def dask_cluster():
    """A real ``dask scheduler`` and two ``dask worker`` processes on 127.0.0.1, as a user starts them."""
    import os
    import time

    dask = str(Path(sys.executable).parent / "dask")
    port = _free_port()
    address = f"tcp://127.0.0.1:{port}"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL, "env": env, "cwd": ROOT}
    procs = [subprocess.Popen([dask, "scheduler", "--host", "127.0.0.1", "--port", str(port), "--no-dashboard"], **quiet)]
    procs += [subprocess.Popen([dask, "worker", address, "--nworkers", "1", "--nthreads", "1", "--no-dashboard",
                                "--host", "127.0.0.1"], **quiet) for _ in range(2)]
    try:
        from dask.distributed import Client

        with Client(address, timeout="60s") as client:
            client.wait_for_workers(2, timeout=120)
        yield address
    finally:
        for p in procs[::-1]:
            p.terminate()
        for p in procs[::-1]:
            try:
                p.wait(timeout=20)
            except subprocess.TimeoutExpired:
                p.kill()
                p.wait()


def test_a_run_on_a_dask_scheduler_equals_a_local_run(tmp_path, dask_cluster):
    r = cli(str(CORPUS), "--out", str(tmp_path / "remote"), "--scheduler", dask_cluster, "--quiet")
    assert r.returncode == 0, r.stderr
    run(CORPUS, tmp_path / "local")
    for name in [*CORPUS_TABLES, "summary"]:
        remote = load_corpus_table(tmp_path / "remote", name)
        local = load_corpus_table(tmp_path / "local", name)
        if name == "summary":
            remote, local = remote.drop(columns="seconds"), local.drop(columns="seconds")
        pd.testing.assert_frame_equal(remote, local, obj=name)


def test_an_unreachable_scheduler_is_one_line_and_status_2(tmp_path):
    r = cli(str(CORPUS), "--out", str(tmp_path / "out"), "--scheduler", f"tcp://127.0.0.1:{_free_port()}")
    assert r.returncode == 2 and "cannot connect to a Dask scheduler" in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1


def test_anonymous_share_counts_attributed_quotes_and_claims():
    art = analysis.Article.from_text("One. Two. Three.")
    quotes = pd.DataFrame({"kind": ["full", "partial", "term"], "speaker": ["Ann Lee", None, None],
                           "source_type": ["named", "none", "none"]})
    claims = pd.DataFrame({"speaker": ["people familiar with the matter", "officials"],
                           "source_type": ["anonymous", "anonymous"]})
    fin = pd.DataFrame({"unit": ["USD", "percent", "EUR", "USD"]})
    row = summary_row("x", art, {"quotes": quotes, "claims": claims, "financing": fin}, 0.5)
    # voices with a speaker: Ann Lee (named) and two anonymous claims -> 2 of 3
    assert row["anonymous_share"] == round(2 / 3, 3)
    assert (row["quotations"], row["full_quotes"], row["partial_quotes"], row["term_quotes"]) == (3, 1, 1, 1)
    assert row["money_facts"] == 4 and row["currencies"] == "EUR; USD"


def test_unreadable_file_becomes_an_error_row(tmp_path):
    src = _small(tmp_path, a="Fine text here.")
    (src / "b.txt").mkdir()  # a folder named like an article: reading it fails
    items = {i.article_id: i for i in read_corpus(src) if i.article_id == "a"}
    assert items["a"].text == "Fine text here."
    bad = read_txt(src / "b.txt", "b")
    assert bad.text is None and "cannot be read" in bad.error


def test_voices_figure_has_one_row_per_article_even_without_voices():
    import matplotlib

    matplotlib.use("Agg")
    from analysis.plots.corpus import plot_corpus_voices

    quotes = pd.DataFrame({"article_id": ["a", "a", "b"], "speaker": ["Ann", None, "people"],
                           "source_type": ["named", "none", "anonymous"]})
    claims = pd.DataFrame(columns=["article_id", "speaker", "source_type"])
    ax = plot_corpus_voices(quotes, claims, articles=["a", "b", "c"])
    assert [t.get_text() for t in ax.get_yticklabels()] == ["a", "b", "c"]
    widths = sorted(p.get_width() for p in ax.patches)
    assert widths == [0, 0, 0, 0, 1, 1]  # named: a=1, b=0, c=0; anonymous: a=0, b=1, c=0
    assert ax.get_xlabel() and ax.get_title(loc="left")


# --- a shared output folder, kills, interrupts, hostile input --------------------------

def _ids(out, name="summary"):
    return load_corpus_table(out, name).article_id.tolist()


def test_a_second_run_on_a_locked_folder_exits_2_naming_the_first(tmp_path):
    import os

    with CorpusStore(tmp_path / "out"):
        r = cli(str(CORPUS), "--out", str(tmp_path / "out"), "--quiet")
    assert r.returncode == 2 and len(r.stderr.strip().splitlines()) == 1
    assert "another corpus run is writing here" in r.stderr and f"pid {os.getpid()}" in r.stderr


def test_two_concurrent_runs_never_duplicate_a_row(tmp_path):
    args = [sys.executable, "-m", "analysis", "corpus", str(CORPUS), "--out", str(tmp_path / "out"),
            "--workers", "1", "--quiet"]
    procs = [subprocess.Popen(args, cwd=ROOT, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    codes = sorted(p.wait(timeout=600) for p in procs)
    assert codes in ([0, 0], [0, 2])  # the second waits its turn (already done) or is refused
    for name in ["summary", *CORPUS_TABLES]:
        df = load_corpus_table(tmp_path / "out", name)
        assert not df.duplicated(subset=[c for c in df.columns if df[c].map(lambda v: not isinstance(v, list)).all()]).any()
    assert _ids(tmp_path / "out") == IDS


def test_a_run_killed_with_sigkill_resumes_with_nothing_lost_or_doubled(tmp_path):
    import signal
    import time

    f = tmp_path / "c.jsonl"
    texts = [p.read_text() for p in sorted(CORPUS.glob("*.txt"))]
    f.write_text("".join(json.dumps({"id": f"a{i:02d}", "text": texts[i % len(texts)] + f"\n\nNote {i}."}) + "\n"
                         for i in range(24)))
    p = subprocess.Popen([sys.executable, "-m", "analysis", "corpus", str(f), "--out", str(tmp_path / "out"),
                          "--workers", "1", "--quiet"], cwd=ROOT, stderr=subprocess.DEVNULL)
    deadline = time.time() + 300
    while time.time() < deadline and p.poll() is None and not list((tmp_path / "out" / "_done").glob("*.json")):
        time.sleep(0.05)
    p.send_signal(signal.SIGKILL)
    p.wait()
    r = cli(str(f), "--out", str(tmp_path / "out"), "--quiet")  # the lock died with the killed run
    assert r.returncode == 0, r.stderr
    assert _ids(tmp_path / "out") == [f"a{i:02d}" for i in range(24)]


def test_ctrl_c_prints_one_line_and_a_rerun_resumes(tmp_path):
    import signal
    import time

    f = tmp_path / "c.jsonl"
    texts = [p.read_text() for p in sorted(CORPUS.glob("*.txt"))]
    f.write_text("".join(json.dumps({"id": f"a{i:02d}", "text": texts[i % len(texts)] + f"\n\nNote {i}."}) + "\n"
                         for i in range(96)))
    # 96 articles: seconds of work after the first finished batch, so the interrupt always comes mid-run (a run
    # that ignored it would end with status 0 and fail here)
    # Ctrl-C as a terminal delivers it: a test run started in the background (`make test &`) ignores SIGINT,
    # and a child would inherit that and run on, as a user who ignored it would want
    p = subprocess.Popen([sys.executable, "-m", "analysis", "corpus", str(f), "--out", str(tmp_path / "out"),
                          "--workers", "1", "--quiet"], cwd=ROOT, stderr=subprocess.PIPE, text=True,
                         preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    deadline = time.time() + 300
    while time.time() < deadline and p.poll() is None and not list((tmp_path / "out" / "_done").glob("*.json")):
        time.sleep(0.05)
    p.send_signal(signal.SIGINT)
    _, err = p.communicate(timeout=120)
    assert p.returncode == 130 and err.strip().splitlines() == [
        f"interrupted: finished batches are saved in {tmp_path / 'out'}; run the same command again to resume"]
    r = cli(str(f), "--out", str(tmp_path / "out"), "--quiet")
    assert r.returncode == 0, r.stderr
    assert _ids(tmp_path / "out") == [f"a{i:02d}" for i in range(96)]


def test_a_link_leading_out_of_the_input_folder_is_skipped_with_a_warning(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("Private notes that are not part of the corpus.")
    src = _small(tmp_path, a="One story here.")
    (src / "b.txt").symlink_to(secret)
    (src / "c.txt").symlink_to(src / "a.txt")  # a link inside the folder is an article like any other
    r = cli(str(src), "--out", str(tmp_path / "out"), "--quiet")
    assert r.returncode == 0, r.stderr
    assert f"warning: {src / 'b.txt'}: a symbolic link leading out of {src}; skipped" in r.stderr
    assert _ids(tmp_path / "out") == ["a", "c"] and load_corpus_table(tmp_path / "out", "errors").empty


def test_a_bad_sidecar_is_an_error_row_for_its_article_only(tmp_path):
    src = _small(tmp_path, a="One story here.", b="Another story here.")
    (src / "b.yml").write_text("- a list\n- not a mapping\n")
    r = run(src, tmp_path / "out")
    assert r.analysed == ("a",) and r.failed == ("b",)
    err = load_corpus_table(tmp_path / "out", "errors").iloc[0]
    assert err.stage == "read" and "b.yml" in err.message


def _slow_registry(monkeypatch, seconds):
    import time

    def slow(article):
        time.sleep(seconds if "slow" in article.text else 0)
        return analysis.sentence_table(article)

    monkeypatch.setattr(tables, "TABLES", {"slow": TableSpec("slow", slow, "sleeps", corpus=True),
                                           "sentences": tables.TABLES["sentences"]})


def test_an_article_over_the_time_limit_becomes_an_error_row(tmp_path, monkeypatch):
    _slow_registry(monkeypatch, 30)
    src = _small(tmp_path, a="A quick story.", b="A slow story.")
    r = run(src, tmp_path / "out", article_timeout=0.5)
    assert r.analysed == ("a",) and r.failed == ("b",)
    err = load_corpus_table(tmp_path / "out", "errors").iloc[0]
    assert (err.stage, err.error) == ("slow", "ArticleTimeout") and "time limit of 0.5 s" in err.message


def test_the_time_limit_is_checked_between_stages_in_a_thread(monkeypatch):
    import threading

    _slow_registry(monkeypatch, 0.6)
    got = {}
    worker = threading.Thread(target=lambda: got.update(r=corpus.analyse_article(CorpusItem("b", "A slow story."),
                                                                                 timeout=0.3)))
    worker.start()
    worker.join()
    _tables, summary, error = got["r"]
    # no timer in a thread: the limit is found passed after the slow stage, before the next one starts
    assert summary is None and (error["stage"], error["error"]) == ("slow", "ArticleTimeout")


def test_progress_bar_with_rate_and_time_left_unless_quiet(tmp_path):
    loud = cli(str(CORPUS), "--out", str(tmp_path / "a"), "--workers", "1")
    assert loud.returncode == 0 and "article/s]" in loud.stderr and "<" in loud.stderr and "7/7" in loud.stderr
    quiet = cli(str(CORPUS), "--out", str(tmp_path / "b"), "--workers", "1", "--quiet")
    assert quiet.returncode == 0 and quiet.stderr.strip().splitlines() == [
        l for l in quiet.stderr.strip().splitlines() if "article/s" not in l]


def test_more_workers_than_cores_are_capped_with_a_warning(tmp_path):
    import os

    cores = len(os.sched_getaffinity(0))
    r = cli(str(CORPUS), "--out", str(tmp_path / "out"), "--workers", str(cores + 5), "--quiet")
    assert r.returncode == 0
    assert f"warning: --workers {cores + 5} is more than the {cores} cores of this machine; using {cores}" in r.stderr


def test_every_entry_of_out_is_a_table_or_named_with_an_underscore(bundled):
    names = {p.name for p in bundled.out.iterdir()}
    tables_ = {n for n in names if not n.startswith("_")}
    assert tables_ == {*CORPUS_TABLES, "summary", "errors"}
    assert {n for n in names if n.startswith("_")} <= {"_done", "_pending", "_staging", "_lock"}


def test_out_below_a_file_is_one_line_and_status_2(tmp_path):
    (tmp_path / "file").write_text("x")
    r = cli(str(CORPUS), "--out", str(tmp_path / "file" / "out"), "--quiet")
    assert r.returncode == 2 and "Traceback" not in r.stderr and len(r.stderr.strip().splitlines()) == 1


def test_jsonl_is_read_lazily_one_batch_at_a_time(tmp_path):
    from analysis.corpus.source import scan_corpus

    f = tmp_path / "c.jsonl"
    f.write_text(json.dumps({"id": "a", "text": "First."}) + "\n\n" + json.dumps({"id": "b", "text": "Second."}) + "\n")
    index = scan_corpus(f)
    assert [e.article_id for e in index.entries] == ["a", "b"]
    assert not any(hasattr(e, "text") for e in index.entries)  # the index holds where, not what
    assert [i.text for i in index.load(index.entries[1:])] == ["Second."]
