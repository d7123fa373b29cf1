"""A party's name as a minister's field after "of" or "for" is the field, no party (session 34).

Every passage is written for the test; the expected names were checked by reading it.
"""

from __future__ import annotations

import pytest

from analysis import Article, find_stakeholders


def actors(text: str) -> dict:
    st = find_stakeholders(Article.from_text(text))
    return {r.name: r.kind for r in st.itertuples() if r.kind in ("person", "organisation")}


@pytest.mark.parametrize("text", [
    "The union will ask the Commissioner of Labour to rule on the strike, said Kabo Sello, its secretary.",
    "The Secretary for Labour, Kabo Sello, said the strike was illegal.",
    "Kabo Sello, the Minister of Labour, said the strike was illegal.",
])
def test_labour_after_an_office_and_of_is_the_office_s_field(text):
    assert actors(text) == {"Kabo Sello": "person"}


@pytest.mark.parametrize("text", [
    "Labour said the strike was illegal, according to Kabo Sello.",
    "Kabo Sello of Labour said the strike was illegal.",
])
def test_labour_standing_alone_is_still_the_party(text):
    assert actors(text)["Labour"] == "organisation"
