"""The command line: help, table output, and one clear line for bad input."""

import json
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
