"""The scorer of the blind news benchmark (benchmarks/news_gold.py), checked on a tiny invented story."""

import importlib.util
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("news_gold", ROOT / "benchmarks" / "news_gold.py")
ng = importlib.util.module_from_spec(_spec)
sys.modules.setdefault("news_gold", ng)  # dataclasses look their module up there
_spec.loader.exec_module(ng)

STORY = (
    "Mill owners 'out of touch', says union\n\n"
    "Workers at the Brannock & Hale Textile Company have rejected a pay offer, calling it \"an insult\".\n\n"
    "\"We have waited three years for a fair deal,\" said Tessa Quilliam, branch secretary of the Loom Workers' Union.\n\n"
    "A Brannock spokesman said the offer was \"the best the business can afford\". "
    "One manager, who asked not to be named, said: \"Nobody here wants a strike.\"\n\n"
    "The so-called \"fair wage\" pledge was signed in 2021.\n"
)

GOLD = {
    "quotes": [
        {"text": "an insult", "speaker": None, "direct": False},
        {"text": "We have waited three years for a fair deal,", "speaker": "Tessa Quilliam", "direct": True},
        {"text": "the best the business can afford", "speaker": "Brannock & Hale Textile Company", "direct": False},
        {"text": "Nobody here wants a strike.", "speaker": None, "direct": True},
    ],
    "terms": [{"text": "out of touch"}, {"text": "fair wage"}],
    "aliases": {"Brannock & Hale Textile Company": ["Brannock"]},
    "people": ["Tessa Quilliam"],
    "organisations": ["Brannock & Hale Textile Company", "Loom Workers' Union"],
    "optional": ["Mill Street"],
}


def span(words, kind="full", speaker=None, source_type="named"):
    start = STORY.index(words)
    return {"start": start, "end": start + len(words), "kind": kind, "speaker": speaker, "source_type": source_type}


def test_locate_prefers_the_occurrence_after_a_quotation_mark_and_fails_loudly():
    text = 'A fair deal matters. He wanted "a fair deal" and said "a fair deal" twice.'
    assert ng.locate(text, "a fair deal") == (32, 43)
    assert ng.locate(text, "a fair deal", 2) == (55, 66)
    with pytest.raises(ValueError, match="not found"):
        ng.locate(text, "a bad deal")


def test_last_capitalised_word_skips_particles_and_letters_after_the_name():
    assert ng.last_capitalised("Ciarán de Búrca") == "búrca"
    assert ng.last_capitalised("Donald Kerr-Munro KC") == "kerr-munro"
    assert ng.last_capitalised("spokesman for Brannock") == "brannock"
    assert ng.last_capitalised(None) == ""


def test_quotation_recall_precision_and_speakers():
    preds = [
        span("an insult", "partial"),                                    # found, no speaker: right for null gold
        span("We have waited three years", "full", "Quilliam"),          # covers more than half: found, right speaker
        span("the best the business can afford", "partial", "Brannock spokesman", "anonymous"),  # alias: right
        span("Nobody here wants a strike.", "full", "Tessa Quilliam"),   # found, but gold is anonymous: wrong speaker
        span("fair wage", "partial"),                                    # on a term: neither right nor wrong
        span("Mill owners", "full"),                                     # matches nothing: wrong
        span("out of touch", "term"),                                    # kind term: not scored
    ]
    s = ng.score_story(STORY, GOLD, preds, [])
    assert (s.found_quotes, s.gold_quotes) == (4, 4)
    assert (s.pred_right, s.pred_wrong, s.pred_neutral) == (4, 1, 1)
    assert (s.found_direct, s.gold_direct, s.found_partial, s.gold_partial) == (2, 2, 2, 2)
    assert s.speakers_right == 3
    assert [e[1] for e in s.errors if "quote" in e[1] or "speaker" in e[1]] == ["wrong speaker", "quote wrong"]


def test_a_prediction_covering_less_than_half_of_the_gold_misses_it():
    short = span("We have", "full", "Tessa Quilliam")
    s = ng.score_story(STORY, GOLD, [short], [])
    assert s.found_quotes == 0 and s.pred_wrong == 1


def test_the_tighter_of_two_predictions_covering_a_gold_quotation_gives_its_speaker():
    text = "\"He told me, 'Never again.' I believed him,\" said Ann Roe.\n"
    gold = {"quotes": [{"text": "He told me, 'Never again.' I believed him,", "speaker": "Ann Roe", "direct": True},
                       {"text": "Never again.", "speaker": "Jo Doe", "direct": True}],
            "terms": [], "people": [], "organisations": []}
    outer, inner = text.index("He told"), text.index("Never")
    preds = [{"start": outer, "end": text.index(",\" said"), "kind": "full", "speaker": "Ann Roe",
              "source_type": "named"},
             {"start": inner, "end": inner + len("Never again."), "kind": "full", "speaker": "Jo Doe",
              "source_type": "named"}]
    s = ng.score_story(text, gold, preds, [])
    assert (s.found_quotes, s.speakers_right, s.pred_right) == (2, 2, 2)


def test_anonymous_source_type_is_right_for_a_null_gold_speaker():
    pred = span("Nobody here wants a strike.", "full", "manager", "anonymous")
    assert ng.score_story(STORY, GOLD, [pred], []).speakers_right == 1


def test_people_and_organisations_recall_and_precision():
    rows = [
        {"name": "Ms Quilliam", "kind": "person", "aliases": []},                  # last word: right
        {"name": "Brannock", "kind": "organisation", "aliases": ["Brannock & Hale Textile Company"]},  # alias: right
        {"name": "Loom Workers", "kind": "organisation", "aliases": []},           # not the full name: wrong
        {"name": "Mill Street", "kind": "organisation", "aliases": []},            # optional: not counted
        {"name": "Hale", "kind": "person", "aliases": []},                         # fragment: wrong
        {"name": "Brannock", "kind": "place", "aliases": []},                      # not a person/organisation row
    ]
    s = ng.score_story(STORY, GOLD, [], rows)
    assert (s.found_names, s.gold_names) == (2, 3)
    assert (s.names_right, s.names_wrong, s.names_neutral) == (2, 2, 1)
    assert ("", "organisation missed", "Loom Workers' Union") in s.errors


def test_predicted_offsets_point_into_the_story():
    quotes, rows = ng.predict(STORY, "tiny")
    texts = {STORY[q["start"]:q["end"]].rstrip(",.") for q in quotes}
    assert "We have waited three years for a fair deal" in texts
    assert all({"name", "kind", "aliases"} <= set(r) for r in rows)


GOLD_FOLDERS = ("news_gold", *(f"news_gold{n}" for n in range(2, 185)))  # every set, news_gold2 ... news_gold184
GOLD_FILES = [p for folder in GOLD_FOLDERS for p in sorted((ROOT / "benchmarks" / folder).glob("*.json"))]


def test_every_gold_folder_holds_ten_stories():
    for folder in GOLD_FOLDERS:
        assert [p.parent.name for p in GOLD_FILES].count(folder) == 10, folder


@pytest.mark.parametrize("gold_path", GOLD_FILES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_every_gold_quotation_and_term_is_found_in_its_story(gold_path):
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    text = gold_path.with_suffix(".txt").read_text(encoding="utf-8")
    spans = ng.gold_spans(text, gold["quotes"]) + ng.gold_spans(text, gold["terms"])
    assert len(set(spans)) == len(spans)


def test_dir_option_scores_another_folder(tmp_path, monkeypatch, capsys):
    (tmp_path / "tiny.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "tiny.json").write_text(json.dumps(GOLD), encoding="utf-8")
    monkeypatch.setattr(ng, "predict", lambda text, name: ([span("an insult", "partial")], []))
    assert ng.main(["--dir", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "tiny" in out and "  1/4 " in out
    assert ng.main(["--dir", str(tmp_path), "missing"]) == 2
