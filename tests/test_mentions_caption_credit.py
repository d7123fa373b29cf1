"""A photo credit closing a caption in square brackets after its sentence, with no parentheses anywhere in the
article ("[... on Monday. Kelby Herald / Martin Kelbane]"): the outlet and the photographer name no actor, so the
photographer's full name lends none of its words to a surname the story writes alone.  Every passage is invented
for the test."""

from __future__ import annotations

from analysis import Article
from analysis.mentions import actor_candidates

HIGHWAY = ("Growers block highway over grain price\n\n"
           "[Growers park tractors across the road near Kelbury on Monday. Kelby Herald / Martin Kelbane]\n\n"
           "KELBURY - Grain growers blocked the main highway for six hours on Monday, saying buyers had cut the price "
           "of wheat by half since June.\n\n"
           "\"We cannot sell below cost,\" said Kelbane, a wheat grower.")

IN_A_SENTENCE = ("Growers block highway over grain price\n\n"
                 "KELBURY - Grain growers blocked the main highway on Monday. The photographer Martin Kelbane / "
                 "Kelby Herald filmed it, and Martin Kelbane said the police stayed away.")


def _candidates(text: str) -> dict:
    return {name: forms for name, _kind, _feats, forms in actor_candidates(Article.from_text(text))}


def test_a_credit_closing_a_bracketed_caption_names_no_actor():
    got = _candidates(HIGHWAY)
    assert "Martin Kelbane" not in got and not any("Martin Kelbane" in forms for forms in got.values()), got


def test_a_slash_inside_a_sentence_keeps_the_name():
    assert "Martin Kelbane" in _candidates(IN_A_SENTENCE)
