import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "data" / "raw" / "article.txt"
DATA = Path(__file__).resolve().parent / "data"
#: Where `make train-libs` (a step of `make test`) installs scikit-learn, outside the book's environment.
TRAIN_LIBS = ROOT / ".venv" / "train"


@pytest.fixture(scope="session")
def seed():
    import analysis

    return analysis.load_article(SEED)


@pytest.fixture(scope="session")
def in_training_process():
    """Run ``module.function(*args)`` of this test suite in a child Python that can import scikit-learn.

    scikit-learn (the ``train`` extra) is kept out of the book's environment (with scipy installed, NLTK
    imports it at every kernel start); `make test` installs it into ``.venv/train``, which only this child
    puts on its path.  Where the running environment has scikit-learn itself, the child uses that.
    The child's failure (an assertion included) fails the calling test, with its traceback.
    """
    env = dict(os.environ)
    if importlib.util.find_spec("sklearn") is None:
        if not (TRAIN_LIBS / "sklearn").is_dir():
            pytest.fail(f"scikit-learn is not installed in {TRAIN_LIBS}: run `make train-libs` (make test does)")
        env["PYTHONPATH"] = os.pathsep.join(p for p in (str(TRAIN_LIBS), str(ROOT), env.get("PYTHONPATH")) if p)

    def run(target: str, *args: str) -> None:
        module, function = target.rsplit(".", 1)
        code = f"import sys; from {module} import {function}; {function}(*sys.argv[1:])"
        r = subprocess.run([sys.executable, "-c", code, *map(str, args)], cwd=ROOT, env=env,
                           capture_output=True, text=True, timeout=600)
        assert r.returncode == 0, f"{target} failed in the training process:\n{(r.stdout + r.stderr)[-4000:]}"

    return run


# --- the whole book, built once per test session ------------------------------------------------------------
# Each whole-book build costs a kernel per executed page.  The fixtures live here, not in a test module, so
# that every module that uses them shares one build (a fixture imported into another module would be a
# second fixture with its own session cache: a second build).

BIN = Path(sys.executable).parent
#: The second, non-corporate article the book is also built for (an invented court story, sidecar beside it).
SECOND = DATA / "court" / "article.txt"


def build_book(src: Path, out: Path, env_extra: dict | None = None) -> subprocess.CompletedProcess:
    """``jupyter-book build SRC -W -n --keep-going`` into ``OUT/_build`` (as `make book` runs it)."""
    env = {**os.environ, **(env_extra or {})}
    return subprocess.run(
        [str(BIN / "jupyter-book"), "build", str(src), "-W", "-n", "--keep-going", "--path-output", str(out)],
        capture_output=True, text=True, env=env,
    )


@pytest.fixture(scope="session")
def built_book(tmp_path_factory):
    """The seed's book, built once with -W -n (a failing cell fails it, naming the page and the cell)."""
    out = tmp_path_factory.mktemp("book")
    r = build_book(ROOT, out, {"ANALYSIS_ARTICLE": "", "ANALYSIS_DATE": ""})
    if r.returncode != 0:
        pytest.fail("jupyter-book build failed:\n" + (r.stdout + r.stderr)[-5000:])
    return out / "_build" / "html"


@pytest.fixture(scope="session")
def second_book(tmp_path_factory):
    """The same book built once for the second article (its sidecar gives the title and date)."""
    out = tmp_path_factory.mktemp("second-book")
    r = build_book(ROOT, out, {"ANALYSIS_ARTICLE": str(SECOND), "ANALYSIS_DATE": ""})
    if r.returncode != 0:
        pytest.fail("the book for the second article failed to build:\n" + (r.stdout + r.stderr)[-5000:])
    return out / "_build" / "html"


def kinds(text: str) -> dict:
    """Each name the mention layer finds in ``text`` with its kind (the helper the mention tests share)."""
    from analysis import Article
    from analysis.mentions import find_mentions

    df = find_mentions(Article.from_text(text))
    return dict(zip(df["name"], df["kind"]))


def stakeholder_rows(text: str) -> dict:
    """Each stakeholder ``find_stakeholders`` gives for ``text``: its name -> (kind, aliases as a list)."""
    from analysis import Article, find_stakeholders

    st = find_stakeholders(Article.from_text(text))
    return {r.name: (r.kind, list(r.aliases)) for r in st.itertuples()}


def quote_speakers(text: str) -> list:
    """The speaker of each quotation ``extract_quotes`` finds in ``text``, in order."""
    from analysis import Article
    from analysis.quotes import extract_quotes

    return list(extract_quotes(Article.from_text(text))["speaker"])


def speaker_of(text: str, fragment: str):
    """The speaker of the first quotation ``extract_quotes`` finds in ``text`` whose words hold ``fragment``."""
    from analysis import Article
    from analysis.quotes import extract_quotes

    q = extract_quotes(Article.from_text(text))
    return next(s for t, s in zip(q["text"], q["speaker"]) if fragment in t)
