"""Sentiment: VADER scores, and sentiment toward a target on hand-written sentences."""

import pytest

from analysis.sentiment import DEFAULT_RULES, TOWARD_RULES, label_for, news_vader, score_text, sentiment_toward, vader


def at(sentence, target):
    i = sentence.index(target)
    return sentiment_toward(sentence, i, i + len(target))


def test_score_text_has_all_fields():
    s = score_text("A wonderful, great result.")
    assert set(s) == {"compound", "pos", "neu", "neg", "label"}
    assert s["label"] == "positive"


@pytest.mark.parametrize("value, label", [(0.05, "positive"), (-0.05, "negative"), (0.049, "neutral"), (-0.04, "neutral")])
def test_label_thresholds(value, label):
    assert label_for(value) == label


def test_analysers_are_cached_and_separate():
    assert vader() is vader()
    assert news_vader() is news_vader()
    assert "shares" not in news_vader().lexicon  # finance word neutralised in the news lexicon only
    assert "shares" in vader().lexicon


@pytest.mark.parametrize(
    "sentence, target, label",
    [
        ("Critics blasted Smith over the failed plan.", "Smith", "negative"),
        ("Voters praised Smith for the new park.", "Smith", "positive"),
        ("Smith was criticized by the board.", "Smith", "negative"),
        ("Jones said the flood was a terrible disaster for the town.", "Jones", "neutral"),
        ("“This is a catastrophe and a disgrace,” Jones told reporters.", "Jones", "neutral"),
        ("The fund raised capital from its shareholders.", "fund", "neutral"),
        ("Smith is a brilliant and honest leader.", "Smith", "positive"),
        ("Smith is a corrupt and dishonest leader.", "Smith", "negative"),
    ],
)
def test_sentiment_toward_target(sentence, target, label):
    assert at(sentence, target)["label"] == label


def test_speaker_rule_differs_from_sentence_tone():
    s = "Jones said the flood was a terrible disaster for the town."
    assert score_text(s)["label"] == "negative"
    assert at(s, "Jones")["label"] == "neutral"


def test_reads_only_the_sentence_around_the_target():
    text = "What a horrible, awful, tragic day. Smith opened the new bridge on Monday."
    assert at(text, "Smith")["label"] == "neutral"


def test_rules_can_be_switched_off():
    s = "Critics blasted Smith over the failed plan."
    i = s.index("Smith")
    assert set(DEFAULT_RULES) <= set(TOWARD_RULES)
    out = sentiment_toward(s, i, i + 5, rules=())
    assert set(out) == {"compound", "label"}
    assert -1 <= out["compound"] <= 1


@pytest.mark.parametrize("start, end", [(-1, 2), (5, 5), (0, 99), (3, 1)])
def test_bad_offsets_raise(start, end):
    with pytest.raises(ValueError, match="offsets"):
        sentiment_toward("Smith spoke.", start, end)


def test_unknown_rule_raises():
    with pytest.raises(ValueError, match="unknown rules"):
        sentiment_toward("Smith spoke.", 0, 5, rules=("magic",))
