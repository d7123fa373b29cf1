"""Review s26 code, finding 4: nouns that name a person as often as a body (``person_or_body_nouns``: ", a coal
miner", ", a crane operator") do not make a nationality word before a name part of a body's name, as a body's
noun does (", a hardline Buddhist group").  Invented passages."""
from __future__ import annotations

import pytest

from .conftest import kinds


@pytest.mark.parametrize("text, surname", [
    ("Pakistani Kelbani, a coal miner, said on Sunday the shafts had been flooded for a week.", "Kelbani"),
    ("Kenyan Tarnowa, a crane operator, said the port had cut night shifts since March.", "Tarnowa"),
])
def test_a_nationality_before_a_miner_or_operator_is_cut(text, surname):
    got = kinds(text)
    assert surname in got and not any(name.endswith(f" {surname}") for name in got)
