"""Sentiment: VADER scores, the trained target model, the rule baseline and quotation stance, on hand-written text."""

import base64
import gzip
import json
from pathlib import Path

import pandas as pd
import pytest

from analysis import sentiment as S
from analysis import train_sentiment as T
from analysis.sentiment import (DEFAULT_RULES, LABELS, MODEL_PATH, NEWS_LEXICON, TOWARD_RULES, label_for, load_model,
                                extra_lexicon, news_vader, name_spans, quote_stance, rule_sentiment_toward, score_text, sentiment_toward,
                                stance_validation, target_features, vader)

ROOT = Path(__file__).resolve().parent.parent


def at(sentence, target, fn=sentiment_toward):
    i = sentence.index(target)
    return fn(sentence, i, i + len(target))


# --- VADER -----------------------------------------------------------------

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
    assert news_vader().lexicon["lambasted"] == NEWS_LEXICON["lambasted"] < 0


def test_news_lexicon_is_read_from_resources():
    text = (ROOT / "analysis" / "resources" / "sentiment_lexicon.yml").read_text(encoding="utf-8")
    assert text.startswith("#")  # the file says what it is for
    assert all(-4 <= v <= 4 for v in NEWS_LEXICON.values())
    assert "interest" in NEWS_LEXICON and NEWS_LEXICON["interest"] == 0.0


def test_word_tables_hold_only_words():
    """YAML reads a bare no/on/off as a boolean; every entry must stay a word."""
    for table in (S.NEGATION, S.FUNCTION_WORDS, S.REPORTING, S.CONTRAST, S.STANCE_PRONOUNS, NEWS_LEXICON, S.TOWARD_VERBS):
        assert all(isinstance(w, str) and w == w.lower() for w in table)
    assert "no" in S.NEGATION and "on" in S.FUNCTION_WORDS


# --- the trained model -----------------------------------------------------

def test_result_keys_and_probabilities():
    r = at("Critics blasted Smith over the failed plan.", "Smith")
    assert set(r) == {"compound", "label", "proba", "evidence"}
    assert set(r["proba"]) == set(LABELS)
    assert sum(r["proba"].values()) == pytest.approx(1, abs=1e-3)
    assert r["label"] == max(r["proba"], key=r["proba"].get)
    assert r["compound"] == pytest.approx(r["proba"]["positive"] - r["proba"]["negative"], abs=1e-3)


@pytest.mark.parametrize(
    "sentence, target, label",
    [
        ("Critics blasted Smith over the failed plan.", "Smith", "negative"),
        ("Voters praised Smith for the new park.", "Smith", "positive"),
        ("Smith was accused of fraud and corruption by prosecutors.", "Smith", "negative"),
        ("Smith is a brilliant and honest leader.", "Smith", "positive"),
        ("Smith is a corrupt and dishonest leader.", "Smith", "negative"),
        ("The fund raised capital from its shareholders on Tuesday.", "fund", "neutral"),
        ("Smith will travel to Denver on Monday, his office said.", "Smith", "neutral"),
    ],
)
def test_sentiment_toward_target(sentence, target, label):
    assert at(sentence, target)["label"] == label


def test_two_targets_in_one_sentence_are_read_apart():
    """Smith is blasted, Jones praised: Smith reads negative, and Jones far warmer than Smith.  (Jones's own
    label is a near tie between negative and positive, about 0.35 each, for every model trained so far: the
    praise stands next to him but the blame opens the sentence; so the test compares the two readings.)"""
    s = "Critics blasted Smith, but voters praised Jones."
    smith, jones = at(s, "Smith"), at(s, "Jones")
    assert smith["label"] == "negative"
    assert jones["compound"] > smith["compound"] + 0.3
    assert jones["proba"]["positive"] > 3 * smith["proba"]["positive"]


def test_evidence_names_words_of_the_sentence():
    s = "Critics blasted Smith over the failed plan."
    ev = at(s, "Smith")["evidence"]
    assert 1 <= len(ev) <= 3
    assert "blasted" in ev
    assert all(w in s.lower() for w in ev)


def test_negation_is_a_feature():
    f, parts = target_features("Critics never praised Smith.", 22, 27)
    negated = {name for name, word, _ in parts if word == "praised" and ":" in name}
    assert negated and all(":not_" in name for name in negated)
    assert f["V_L-"] < 0  # "praised" counts against the target once negated


def test_a_shifter_before_to_reverses_the_clause_like_a_negator():
    """'hard for ... to trust' reverses 'trust' as 'never' would; 'hard' alone before a noun does not."""
    s = "Smith has a plan that is hard for voters to warmly embrace."
    _, parts = target_features(s, 0, 5)
    assert any(name.startswith("R:not_") for name, word, _ in parts if word == "embrace")
    _, parts = target_features("Smith made a hard choice and warmly embraced it.", 0, 5)
    assert not any(":not_" in name for name, word, _ in parts if word == "embraced")
    f, _ = target_features(s, 0, 5)
    assert f.get("V_R+", 0) == 0 and f["V_R-"] < 0  # "warmly embrace" counts against Smith once reversed


def test_words_vader_lacks_take_their_valence_from_the_broader_list():
    """'instability' and 'mismanagement' are in no VADER entry; the broader word list gives them a negative valence,
    which the model sums with VADER's; a word the news lexicon neutralises ('growth') stays neutral."""
    lex, extra = news_vader().lexicon, extra_lexicon()
    assert "instability" not in lex and "mismanagement" not in lex
    assert extra["instability"] < 0 and extra["mismanagement"] < 0
    assert "growth" not in extra and all(w not in extra for w in NEWS_LEXICON)
    f, parts = target_features("Smith presided over mismanagement and instability.", 0, 5)
    assert f["V_R-"] < 0 and {"mismanagement", "instability"} <= {w for name, w, _ in parts if name.startswith("V_")}
    calm, _ = target_features("Smith presided over management and stability.", 0, 5)
    assert "V_R-" not in calm


def test_a_missing_word_list_package_is_one_clear_error(monkeypatch):
    tables = {**S._tables(), "extra_lexicon": {**S._tables()["extra_lexicon"], "package": "no_such_package_here"}}
    monkeypatch.setattr(S, "_tables", lambda: tables)
    S.extra_lexicon.cache_clear()
    try:
        with pytest.raises(ImportError, match="no_such_package_here.*not installed"):
            extra_lexicon()
    finally:
        S.extra_lexicon.cache_clear()


def test_reads_only_the_sentence_around_the_target():
    calm = "Smith opened the new bridge on Monday."
    text = "What a horrible, awful, tragic day. " + calm
    assert at(text, "Smith")["proba"] == at(calm, "Smith")["proba"]


@pytest.mark.parametrize("start, end", [(-1, 2), (5, 5), (0, 99), (3, 1), (0.0, 5)])
def test_bad_offsets_raise(start, end):
    with pytest.raises(ValueError, match="offsets"):
        sentiment_toward("Smith spoke.", start, end)


def test_text_must_be_a_string():
    with pytest.raises(ValueError, match="expected text"):
        sentiment_toward(None, 0, 1)


def test_shipped_model_is_small_compressed_json():
    assert MODEL_PATH.stat().st_size < 5_000_000
    with gzip.open(MODEL_PATH, "rt", encoding="utf-8") as fh:
        data = json.load(fh)
    assert data["labels"] == list(LABELS)
    assert len(base64.b64decode(data["weights"])) == 4 * len(LABELS) * len(data["features"])  # float32 weights
    assert data["meta"]["trained_on"] == "NewsMTSC train split"


# --- the training script, on invented pairs (the real data stay outside the project) ---

PAIRS = [
    {"sentence": s, "target_start": s.index(t), "target_end": s.index(t) + len(t), "polarity": p}
    for s, t, p in [
        ("Critics blasted Smith over the plan.", "Smith", "negative"),
        ("Voters praised Jones for the park.", "Jones", "positive"),
        ("Lee travelled to Paris on Monday.", "Lee", "neutral"),
        ("Critics attacked Brown over the deal.", "Brown", "negative"),
        ("Fans cheered Green for the win.", "Green", "positive"),
        ("Gray met officials in Rome on Friday.", "Gray", "neutral"),
    ] * 2
]


def train_twice_and_check(out_dir):
    """Train twice on the same pairs: byte-identical models, and the model reads a new sentence right.
    Runs in a child process that has scikit-learn (see ``in_training_process`` in conftest.py)."""
    tmp_path = Path(out_dir)
    outs = []
    for name in ("a.json.gz", "b.json.gz"):
        names, clf = T.fit(T.featurize(PAIRS), [p["polarity"] for p in PAIRS], min_count=1)
        T.write_model(T.payload(names, clf, {"trained_on": "test"}), tmp_path / name)
        outs.append((tmp_path / name).read_bytes())
    assert outs[0] == outs[1]
    model = load_model.__wrapped__(tmp_path / "a.json.gz")
    feats, _ = target_features("Critics blasted White over the plan.", 16, 21, opts=model.opts)
    assert LABELS[model.proba(feats).argmax()] == "negative"


def test_training_is_deterministic(tmp_path, in_training_process):
    in_training_process("tests.test_sentiment.train_twice_and_check", tmp_path)


def test_training_script_reports_missing_data(tmp_path, capsys):
    assert T.main([str(tmp_path)]) == 2
    assert "newsmtsc_train.jsonl" in capsys.readouterr().err


# --- the rule baseline -----------------------------------------------------

@pytest.mark.parametrize(
    "sentence, target, label",
    [
        ("Critics blasted Smith over the failed plan.", "Smith", "negative"),
        ("Voters praised Smith for the new park.", "Smith", "positive"),
        ("Smith was criticized by the board.", "Smith", "negative"),
        ("Jones said the flood was a terrible disaster for the town.", "Jones", "neutral"),
        ("“This is a catastrophe and a disgrace,” Jones told reporters.", "Jones", "neutral"),
        ("The fund raised capital from its shareholders.", "fund", "neutral"),
    ],
)
def test_rule_baseline(sentence, target, label):
    assert at(sentence, target, rule_sentiment_toward)["label"] == label


def test_rules_can_be_switched_off():
    s = "Critics blasted Smith over the failed plan."
    assert set(DEFAULT_RULES) <= set(TOWARD_RULES)
    out = rule_sentiment_toward(s, 16, 21, rules=())
    assert set(out) == {"compound", "label"} and -1 <= out["compound"] <= 1


def test_unknown_rule_raises():
    with pytest.raises(ValueError, match="unknown rules"):
        rule_sentiment_toward("Smith spoke.", 0, 5, rules=("magic",))


# --- stance of a quotation -------------------------------------------------

def quote_span(text, words):
    i = text.index(words)
    return i, i + len(words)


def test_stance_from_a_mention_inside_the_quotation():
    text = "Shares fell. “Acme has lost its way, and its products are a mess,” said one analyst."
    st = quote_stance(text, text.index("“") + 1, text.index("”"), targets=name_spans(text, ["Acme"]))
    assert st["read_from"] == "subject" and st["label"] == "negative"
    assert set(st["proba"]) == set(LABELS)


def test_stance_without_evidence_gives_the_same_label_and_probabilities():
    text = "Shares fell. “Acme has lost its way, and its products are a mess,” said one analyst. “It will recover.”"
    for quote in ("Acme has lost its way, and its products are a mess,", "It will recover."):
        a, b = quote_span(text, quote)
        full = quote_stance(text, a, b, targets=name_spans(text, ["Acme"]))
        bare = quote_stance(text, a, b, targets=name_spans(text, ["Acme"]), evidence=False)
        assert bare["evidence"] == [] and ("mess" in full["evidence"] or not quote.startswith("Acme"))
        assert {k: v for k, v in bare.items() if k != "evidence"} == {k: v for k, v in full.items() if k != "evidence"}


@pytest.mark.parametrize("opts", [{}, {"contrast": True, "quote": False, "neg": False, "speaker": False},
                                  {"bands": False, "bigrams": False, "stem": False, "extra": False, "near": 1}])
def test_bare_features_are_the_explained_features_in_the_same_order(opts):
    # the fast path of quote_stance (no words behind the features) must give the very same features, in the same
    # order (the order in which the model adds up their weights)
    opts = {**load_model().opts, **opts}
    text = ("Critics never praised Acme, but investors said “it is a fine, strong company” and it isn't failing; "
            "Acme said the deal was hard to like. According to Acme, profits rose and the outlook is excellent.")
    for target in ("Acme", "it", "investors", "profits"):
        i = text.index(target)
        low, t = S._context(text, i, i + len(target))
        explained = S._features(low, t, opts)[0]
        assert list(S._features(low, t, opts, explain=False)[0].items()) == list(explained.items())
        assert any(k.startswith(("V_", "SV_")) for k in explained)  # valences are read (the sentence has some)


def test_stance_reads_pronouns_when_the_subject_is_not_named():
    text = "Acme's founder spoke last week. “He is a brilliant, generous and inspiring leader,” a colleague said."
    a, b = quote_span(text, "He is a brilliant, generous and inspiring leader,")
    st = quote_stance(text, a, b, targets=name_spans(text, ["Acme"]))
    assert st["read_from"] == "pronoun" and st["label"] == "positive"


def test_stance_falls_back_to_the_quotation_itself():
    text = "Acme reported results. “What a terrible, shameful waste,” one investor says."
    a, b = quote_span(text, "What a terrible, shameful waste,")
    st = quote_stance(text, a, b, targets=name_spans(text, ["Acme"]))
    assert st["read_from"] == "quotation" and st["label"] == "negative"


def test_stance_reads_the_pronoun_of_a_contraction():
    text = "Acme cut its forecast. “They’re hopeless, and it’s their own fault,” one analyst said."
    a, b = quote_span(text, "They’re hopeless, and it’s their own fault,")
    st = quote_stance(text, a, b, targets=name_spans(text, ["Acme"]))
    assert st["read_from"] == "pronoun" and st["label"] == "negative"


def test_stance_reads_the_pronouns_of_a_quotation_that_names_the_subject():
    """The first sentence names Acme without judging it; the judgement is in the "it" of the second."""
    text = "Acme met critics. “Acme is a company from Ohio. It is a disgrace, a shameful failure,” one critic said."
    a, b = quote_span(text, "Acme is a company from Ohio. It is a disgrace, a shameful failure,")
    st = quote_stance(text, a, b, targets=name_spans(text, ["Acme"]))
    assert st["read_from"] == "subject" and st["label"] == "negative"


def test_a_quoted_sentence_with_no_word_of_weight_goes_on_from_the_one_before():
    text = ("“Acme is a disgrace, a shameful and corrupt failure,” says one former manager. "
            "“And so are the others.”\nA new paragraph: “And so are the others.”")
    first = text.index("And so")
    st = quote_stance(text, first, first + len("And so are the others."), targets=name_spans(text, ["Acme"]))
    assert st["read_from"] == "previous" and st["label"] == "negative"
    second = text.rindex("And so")  # no quotation before it in its own paragraph: read on its own
    assert quote_stance(text, second, second + len("And so are the others."))["read_from"] != "previous"


def test_stance_bad_span_raises():
    with pytest.raises(ValueError, match="quote_stance"):
        quote_stance("A short text.", 5, 50)


def test_stance_validation_on_the_seed():
    """On the seed, the stance agrees with the hand labels on more of the 15 clear rows than VADER (6): 9 since
    pronouns in contractions are read and a quoted sentence with no word of weight goes on from the one before,
    10 since "tough for team members to enthusiastically rally behind" reverses the praise it holds (shifters),
    11 since words VADER lacks ("instability", "unconscionable") take a valence from a broader word list."""
    text = (ROOT / "data" / "raw" / "article.txt").read_text(encoding="utf-8")
    quotes = pd.read_csv(ROOT / "data" / "annotations" / "quotes.csv")
    reference = pd.read_csv(ROOT / "data" / "annotations" / "stance.csv")
    table = stance_validation(text, quotes, reference, targets=name_spans(text, ["Meta"]))
    assert len(table) == len(reference) == 19
    clear = table[table["confidence"] == "clear"]
    assert len(clear) == 15
    assert clear["agree"].sum() >= 11  # VADER on the quotation alone agrees on 6 (see the methods appendix)
    assert (table["agree"] == (table["stance"] == table["reference"])).all()


def test_stance_validation_needs_its_columns():
    with pytest.raises(ValueError, match="missing columns"):
        stance_validation("Text.", pd.DataFrame({"quote_id": []}), pd.DataFrame())
