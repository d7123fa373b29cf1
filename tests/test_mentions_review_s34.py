"""Regressions a review of session 34's names rules found on invented passages, kept as tests.

Every passage is written for the test; the expected names and kinds were checked by reading it.
"""

from __future__ import annotations

import pytest

from analysis import Article, find_stakeholders


def rows(text: str) -> dict:
    st = find_stakeholders(Article.from_text(text))
    return {r.name: (r.kind, list(r.aliases)) for r in st.itertuples()}


@pytest.mark.parametrize("text, name", [
    ('Jonathan Pass, a Labour councillor in Derby, said the budget was "cruel". Pass has sat on the council since 2011.',
     "Jonathan Pass"),
    ('Robert Pass, the club chairman, said: "We will appeal." Pass said the fine was unfair.', "Robert Pass"),
    ("Val du Plessis, the Stormers' team manager, said the players had not been paid. \"It is embarrassing,\" du "
     "Plessis said.", "Val du Plessis"),
    ('Val de la Cruz said the clinic in Tondo had run out of insulin. "We are turning people away," she said.',
     "Val de la Cruz"),
    ('Anna Steward said the council had ignored her. Steward, 71, has lived on the estate since 1980. '
     '"They don\'t care," Steward said.', "Anna Steward"),
])
def test_a_person_named_like_a_place_or_a_role_stays_a_person(text, name):
    kind, aliases = rows(text)[name]
    assert kind == "person"


def test_a_surname_like_a_role_keeps_its_alias():
    assert "Steward" in rows('Anna Steward said the council had ignored her. Steward, 71, has lived on the estate '
                             'since 1980. "They don\'t care," Steward said.')["Anna Steward"][1]


@pytest.mark.parametrize("text, name", [
    ('The Lower Elwha Klallam Tribe said the dam removal had worked. "The salmon are back," the Lower Elwha said in '
     'a statement.', "Lower Elwha Klallam Tribe"),
    ("The Lower Brule Sioux Tribe said the pipeline permit was illegal.", "Lower Brule Sioux Tribe"),
])
def test_a_tribe_named_lower_stays_a_body(text, name):
    assert rows(text)[name][0] == "organisation"


@pytest.mark.parametrize("text, town", [
    ('Kingston, Jamaica - Shop steward Delroy Campbell said the port workers would strike. "Dem nuh pay we," '
     'Campbell said.', "Kingston"),
    ('Lusaka, Zambia - Shop steward Mwila Banda said miners at the shaft would not go underground. "The roof is '
     'cracking," Banda said.', "Lusaka"),
])
def test_a_dateline_before_a_shop_steward_is_no_person(text, town):
    assert rows(text).get(town, ("place",))[0] != "person"
