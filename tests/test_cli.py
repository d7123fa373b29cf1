"""The command line: help, table output, and one clear line for bad input."""

import json
import os
import subprocess
import sys

import pytest

from .conftest import ROOT, SEED


def run(*args):
    return subprocess.run([sys.executable, "-m", "analysis", *args], capture_output=True, text=True, cwd=ROOT)


def test_help_lists_commands():
    r = run("--help")
    assert r.returncode == 0
    for cmd in ["sentences", "quotes", "sources", "stakeholders", "network", "money", "financing", "report", "corpus"]:
        assert cmd in r.stdout


def test_sentences_csv():
    r = run("sentences", str(SEED))
    assert r.returncode == 0
    lines = r.stdout.splitlines()
    assert lines[0] == "sentence_id,paragraph_id,start,end,text"
    assert lines[1].startswith("0,0,0,153,")


def test_sentences_json():
    rows = json.loads(run("sentences", str(SEED), "--format", "json").stdout)
    assert rows[0]["text"].startswith("This summer, Mark Zuckerberg")
    assert set(rows[0]) == {"sentence_id", "paragraph_id", "start", "end", "text"}


@pytest.mark.parametrize(
    "setup, args, message",
    [
        (None, ["missing.txt"], "missing.txt: no such file"),
        ("empty", ["{f}"], "the text is empty"),
        ("binary", ["{f}"], "binary"),
        ("latin1", ["{f}"], "not valid UTF-8"),
        ("ok", ["{f}", "--reference-date", "12/05/2025"], "not a date in the form YYYY-MM-DD"),
    ],
)
def test_bad_input_gives_one_line_and_status_2(tmp_path, setup, args, message):
    f = tmp_path / "in.txt"
    content = {"empty": b"", "binary": b"\x00\x01\x02", "latin1": "na\u00efve".encode("latin-1"), "ok": b"Fine text."}
    if setup:
        f.write_bytes(content[setup])
    r = run("sentences", *[a.format(f=f) for a in args])
    assert r.returncode == 2
    assert message in r.stderr
    assert "Traceback" not in r.stderr and len(r.stderr.strip().splitlines()) == 1


def test_claims_command_prints_the_reported_claims_table(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("The plant will close next year, according to people familiar with the matter.\n")
    rows = json.loads(run("claims", str(f), "--format", "json").stdout)
    assert len(rows) == 1 and rows[0]["source_type"] == "anonymous"
    assert rows[0]["text"] in f.read_text()


@pytest.mark.parametrize("name", ["marks", "mentions", "times"])
def test_every_registered_table_is_a_command(tmp_path, name):
    f = tmp_path / "a.txt"
    f.write_text("Acme Corp said on Monday that it paid “$5 million” for the site, Jane Doe said.\n")
    r = run(name, str(f), "--format", "json")
    assert r.returncode == 0, r.stderr
    assert isinstance(json.loads(r.stdout), list)


def test_an_unreadable_article_is_one_line_and_status_2(tmp_path):
    f = tmp_path / "locked.txt"
    f.write_text("Some text.")
    f.chmod(0)
    r = run("sentences", str(f))
    f.chmod(0o644)
    if os.geteuid() == 0:  # root reads a mode-0 file; the kernel refuses to read this one to anyone
        r = run("sentences", "/proc/self/mem")
        assert r.returncode == 2 and "cannot be read" in r.stderr
    else:
        assert r.returncode == 2 and "Permission denied" in r.stderr
    assert "Traceback" not in r.stderr and len(r.stderr.strip().splitlines()) == 1


def test_a_file_name_too_long_is_one_line_and_status_2(tmp_path):
    r = run("sentences", str(tmp_path / ("x" * 300 + ".txt")))
    assert r.returncode == 2 and "Traceback" not in r.stderr and len(r.stderr.strip().splitlines()) == 1
