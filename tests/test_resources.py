"""The rule tables in analysis/resources are read as their authors wrote them."""

from pathlib import Path

import pytest
import yaml

RESOURCES = Path(__file__).resolve().parent.parent / "analysis" / "resources"


def _lists(node, path=""):
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _lists(value, f"{path}.{key}")
    elif isinstance(node, list):
        yield path, node
        for i, value in enumerate(node):
            yield from _lists(value, f"{path}[{i}]")


@pytest.mark.parametrize("name", sorted(p.name for p in RESOURCES.glob("*.yml")))
def test_no_word_in_a_word_list_is_read_as_a_boolean(name):
    # YAML 1.1 reads a bare on, off, yes, no, true or false as a boolean: "on" would silently leave a list of words
    data = yaml.safe_load((RESOURCES / name).read_text(encoding="utf-8"))
    bad = [(path, item) for path, items in _lists(data) for item in items if isinstance(item, bool)]
    assert bad == []
