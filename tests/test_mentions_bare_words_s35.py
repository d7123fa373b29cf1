"""A one-word name with nothing of a body about it in any of its mentions is no organisation (session 35).

Session 34 left such a word out of the stakeholders when a long story named it once; session 35 does the same when
it is named again but every mention is bare and it is a town of the world gazetteer or never listed with another
name, and keeps a word that acts ("Nucor has ...").  Every passage is written for the test; the expected names were
checked by reading it.
"""

from __future__ import annotations

from analysis import Article, find_stakeholders
from analysis.mentions import find_mentions


def actors(text: str) -> dict:
    st = find_stakeholders(Article.from_text(text))
    return {r.name: r.kind for r in st.itertuples() if r.kind in ("person", "organisation")}


# Sixteen sentences and more: long enough for the rule; two gaps for the sentences under test.
STORY = """Ferry crews on the island route say their wages have not risen in four years.

Mira Kostadin, who chairs the Island Seafarers' Union, said the owners wanted to cut costs again. "We sell our time at a loss," she said. "Every crossing costs us more than it pays."

The union has 420 members. Most work on the two older ships. Many joined when the route opened.

Kostadin said the union would ask the harbour board for talks. She said the board had not yet replied.

FIRST

Joren Falk, who runs a cafe by the harbour, said the problem was the cost of fuel. "It is not only the wages," he said. "It is what the ships burn."

Falk said he had cut his staff from nine to five. He said he did not expect to hire again this year.

SECOND

The harbour board is due to meet in March. A decision is expected before the summer timetable.

Kostadin said her members could not wait that long. "Some of us will not sail at all," she said."""


def story(first: str, second: str) -> str:
    text = STORY.replace("FIRST", first).replace("SECOND", second)
    assert len(Article.from_text(text).sentences) >= 15
    return text


def test_a_gazetteer_town_named_twice_as_a_modifier_is_no_stakeholder():
    text = story("The owners would hire Tallinn crews for two of their ships.",
                 "Kostadin said Tallinn wages were a third of what her members earned.")
    got = actors(text)
    assert "Tallinn" not in got
    assert got["Mira Kostadin"] == "person" and got["Joren Falk"] == "person"
    assert got["Island Seafarers' Union"] == "organisation"
    # still two mentions of the layer, with their offsets
    df = find_mentions(Article.from_text(text))
    rows = df[df["text"] == "Tallinn"]
    assert len(rows) == 2 and all(text[r.start:r.end] == "Tallinn" for r in rows.itertuples())


def test_a_village_named_twice_with_no_cue_is_no_stakeholder():
    got = actors(story("The owners want to build a new slipway at Kroonhavik, on the north shore.",
                       "Falk said a slipway at Kroonhavik would do nothing for the harbour cafes."))
    assert "Kroonhavik" not in got


def test_a_town_listed_with_towns_is_no_stakeholder():
    got = actors(story("The company also sails between Bastia and Livorno in the summer.",
                       "Falk said the Livorno crossing made more money than the island route."))
    assert "Livorno" not in got


def test_a_firm_that_acts_stays_listed():
    got = actors(story("The ships are fuelled by Norvalt, which supplies most of the island's harbours.",
                       "Norvalt has raised its price twice this year, Falk said."))
    assert got.get("Norvalt") == "organisation"


def test_a_firm_listed_with_a_firm_that_is_no_town_stays_listed():
    got = actors(story("The owners hold shares in Microsoft, Alphabet and Meta, according to their annual report.",
                       "Kostadin said the shares in Meta were worth more than the ships."))
    assert got.get("Meta") == "organisation"


def test_in_a_short_passage_a_bare_word_named_twice_is_still_listed():
    text = "The owners want Kroonhavik to pay for a slipway. Falk said Kroonhavik would not help him."
    # (session 62: "a slipway at Kroonhavik", the passage until then, now reads Kroonhavik as a place, which it is)
    assert "Kroonhavik" in actors(text)


def test_a_mountain_range_is_a_place_not_a_person():
    text = ("Porters were made to carry logs over the Dawna Range for weeks, a farmer said. "
            "\"We walked across the Dawna Range at night,\" he said.")
    st = find_stakeholders(Article.from_text(text))
    kinds = dict(zip(st["name"], st["kind"]))
    assert kinds.get("Dawna Range") == "place"


def test_a_firm_named_before_its_shoppers_or_shares_stays_listed():
    # session 35's review: 'Tesco shoppers', 'Continental shares' are a firm's, however bare otherwise
    got = actors(story("Union members said they had switched to cheaper rivals and now shop at Tesco.",
                       "Tesco shoppers were most likely to say prices had risen, Kostadin said."))
    assert got.get("Tesco") == "organisation"


def test_a_firm_followed_by_a_verb_in_the_past_stays_listed():
    got = actors(story("The harbour board chose Kellmark engines for both ships two years ago.",
                       "Falk said the trouble began when Kellmark doubled the price of spare parts."))
    assert got.get("Kellmark") == "organisation"
