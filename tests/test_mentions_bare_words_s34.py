"""A one-word name seen once with nothing of a body about it is no organisation (session 34).

Every passage is written for the test; the expected names were checked by reading it.
"""

from __future__ import annotations

import pytest

import json

from analysis import Article, find_stakeholders
from analysis.mentions import find_mentions
from analysis.train_mentions import news_names


def actors(text: str) -> dict:
    st = find_stakeholders(Article.from_text(text))
    return {r.name: r.kind for r in st.itertuples() if r.kind in ("person", "organisation")}


# A story long enough (15 sentences and more) that a body that matters in it is named again.
STORY = """Growers in the Brellow valley say prices for winter wheat have halved in two years.

Mira Kostadin, who chairs the Brellow Valley Growers' Association, said the fall had pushed many farms into debt. "We sell at a loss," she said. "Every tonne costs us more than it fetches."

The association has 420 members. Most farm fewer than 60 hectares. Many borrowed to buy machinery when prices were high.

Kostadin said the association would ask the regional council for a grant. She said the council had not yet replied.

Joren Falk, who runs a grain store in the valley, said the problem was the cost of fuel. "It is not only the price," he said. "It is what we pay to get the grain to the store."

Falk said he had cut his staff from nine to five. He said he did not expect to hire again this year.

SENTENCE

The regional council is due to discuss the grant in March. A decision is expected before the spring sowing.

Kostadin said her members could not wait that long. "Some of us will not sow at all," she said."""


def test_a_local_term_named_once_in_a_long_story_is_no_stakeholder():
    text = STORY.replace("SENTENCE", "Her grandmother still bakes for the Hollentocht, a winter skating race on the frozen canals.")
    got = actors(text)
    assert "Hollentocht" not in got
    assert got["Mira Kostadin"] == "person" and got["Joren Falk"] == "person"
    assert got["Brellow Valley Growers' Association"] == "organisation"
    # still a mention of the layer, with its offsets
    df = find_mentions(Article.from_text(text))
    row = df[df["text"] == "Hollentocht"].iloc[0]
    assert text[row.start:row.end] == "Hollentocht"


def test_a_name_used_once_as_a_modifier_in_a_long_story_is_no_stakeholder():
    got = actors(STORY.replace("SENTENCE", "Falk said the Ostmark offer for his store was too low."))
    assert "Ostmark" not in got


def test_in_a_short_passage_a_name_named_once_is_still_listed():
    got = actors("Her grandmother still bakes for the Hollentocht, a winter skating race, Mira Kostadin said.")
    assert got.get("Hollentocht") == "organisation"


def test_a_body_named_once_after_an_employers_words_stays():
    got = actors(STORY.replace("SENTENCE", "Falk worked for Brellix, a seed merchant, until 2019."))
    assert got.get("Brellix") == "organisation"


def test_a_body_named_once_that_speaks_stays():
    got = actors(STORY.replace("SENTENCE", "Kelvora said on Monday it would cut its price for seed."))
    assert got.get("Kelvora") == "organisation"


def test_a_name_news_names_alone_stays_when_named_once():
    # "Chevron" is in mentions_news_names.txt.gz: the training news names it alone as a body
    got = actors(STORY.replace("SENTENCE", "Falk said diesel from Chevron had risen by a third."))
    assert got.get("Chevron") == "organisation"


def test_news_names_keeps_names_tagged_in_two_articles_and_not_places_or_common_words(tmp_path):
    def rec(i, ents):
        return json.dumps({"id": f"a{i}", "entities": [{"text": t, "type": ty} for t, ty in ents]})
    lines = [rec(1, [("Brellix", "ORGANIZATION"), ("Tarnby", "LOCATION"), ("Oddly", "PERSON"), ("Vossen", "PERSON")]),
             rec(2, [("Brellix", "ORGANIZATION"), ("Tarnby", "ORGANIZATION"), ("Tarnby", "LOCATION"),
                     ("Tarnby", "LOCATION"), ("Oddly", "PERSON"), ("KELCO", "ORGANIZATION"), ("KELCO", "ORGANIZATION")]),
             rec(3, [("Vossen", "PERSON"), ("Acme Capital", "ORGANIZATION")])]
    path = tmp_path / "silver.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    # Brellix: a body in two articles; Vossen: a person in two; Tarnby a place more often; "oddly" a common
    # word; KELCO in capitals; "Acme Capital" not one word; all else in one article only
    assert news_names(path, {"oddly"}) == ["Brellix", "Vossen"]


# --- guards from the review of invented business and sports stories: firms named once in these stay listed -------

@pytest.mark.parametrize("sentence, name", [
    ("Barclays, Lloyds and Natwest all lifted their rates on Tuesday.", "Natwest"),
    ("Shares in Brundell, the listed parent of a rival, fell after the announcement.", "Brundell"),
    ("Smaller lenders such as Brellix have stopped taking new applications.", "Brellix"),
    ("Copa, the EU farm lobby, said the proposal did not go far enough.", "Copa"),
    ("Payments had been made through accounts at Absa and at Capitec.", "Capitec"),
    ("Falk said he now orders spare parts via Kelbshop.", "Kelbshop"),
])
def test_a_firm_named_once_in_a_list_after_a_deals_word_or_before_said_stays(sentence, name):
    assert actors(STORY.replace("SENTENCE", sentence)).get(name) == "organisation"
