"""The API reference: a page per module, a docstring per public function, every table column documented."""

import importlib
import inspect
import re
import warnings

import pandas as pd
import pytest

from analysis import Article

from .conftest import ROOT

API = ROOT / "chapters" / "api"
MODULES = sorted(
    p.stem for p in (ROOT / "analysis").glob("*.py") if not p.stem.startswith("_")
) + ["plots", "corpus"]

# A small article with a quotation, a source, a stakeholder and money, so table functions return rows.
SAMPLE = Article.from_text(
    "Acme Capital will spend $2bn on new plants next year, the company said on Tuesday.\n\n"
    "“We are building for the long run,” said Jane Doe, chief executive of Acme Capital. "
    "Shares rose 4 per cent, according to people familiar with the matter.",
    reference_date="2025-12-05",
)


def public_functions(module):
    for name in getattr(module, "__all__", []):
        obj = getattr(module, name)
        if inspect.isfunction(obj):
            yield name, obj


@pytest.mark.parametrize("module", MODULES)
def test_every_module_has_a_reference_page(module):
    page = API / f"{module}.md"
    assert page.is_file(), f"chapters/api/{module}.md is missing"
    assert f".. automodule:: analysis.{module}" in page.read_text(encoding="utf-8")


@pytest.mark.parametrize("module", MODULES)
def test_every_public_function_has_a_docstring(module):
    mod = importlib.import_module(f"analysis.{module}")
    missing = [name for name, f in public_functions(mod) if not (inspect.getdoc(f) or "").strip()]
    assert not missing, f"analysis.{module}: no docstring for {missing}"


def table_functions():
    """Every public function that takes only an article and is annotated to return a DataFrame."""
    out = []
    for module in MODULES:
        mod = importlib.import_module(f"analysis.{module}")
        for name, f in public_functions(mod):
            params = list(inspect.signature(f).parameters.values())
            if not params or params[0].name != "article":
                continue
            if any(p.default is inspect.Parameter.empty and p.kind not in (p.VAR_KEYWORD, p.VAR_POSITIONAL)
                   for p in params[1:]):
                continue
            if not re.fullmatch(r"(pd\.|pandas\.)?DataFrame", str(inspect.signature(f).return_annotation)):
                continue
            out.append(pytest.param(f, id=f"{module}.{name}"))
    return out


def documented_text(func) -> str:
    """The function's docstring plus those of the functions it refers to for columns
    ("the rows of :func:`analysis.extract_quotes`, with two more columns ...")."""
    import analysis

    doc = inspect.getdoc(func) or ""
    module = importlib.import_module(func.__module__)
    for target in re.findall(r":func:`~?([\w.]+)`", doc):
        name = target.rsplit(".", 1)[-1]
        ref = getattr(module, name, None) or getattr(analysis, name, None)
        if callable(ref) and ref is not func:
            doc += "\n" + (inspect.getdoc(ref) or "")
    return doc


@pytest.mark.parametrize("func", table_functions())
def test_every_table_column_is_documented(func):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        result = func(SAMPLE)
    assert isinstance(result, pd.DataFrame)
    doc = documented_text(func)
    undocumented = [c for c in result.columns if not re.search(rf"(?<![\w-]){re.escape(str(c))}(?![\w-])", doc)]
    assert not undocumented, f"{func.__module__}.{func.__name__}: columns not named in the docstring: {undocumented}"
