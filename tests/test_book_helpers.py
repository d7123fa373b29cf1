"""The book's helpers that chapters call for what they show about stance and sides (no book build)."""

from pathlib import Path

import pandas as pd

from analysis import Article, extract_quotes, reported_claims, source_stance
from analysis.book import stance_against_reference
from analysis.quotes import SIDE_LABELS, SIDES, side_of

ANNOTATIONS = Path(__file__).resolve().parent.parent / "data" / "annotations"


def test_hand_labels_of_the_seed_line_up_with_the_quotation_table(seed):
    quotes = extract_quotes(seed)
    hand = stance_against_reference(seed, quotes)
    labels = pd.read_csv(ANNOTATIONS / "stance.csv")
    assert list(hand["quote_id"]) == list(labels["quote_id"])
    assert list(hand["reference"]) == list(labels["label"])
    # every hand-labelled quotation is found, and the stance shown is the quotation table's own
    table = quotes.set_index("quote_id")["stance"]
    assert hand["module_quote_id"].notna().all()
    assert list(hand["stance"]) == [table[q] for q in hand["module_quote_id"]]
    assert list(hand["agree"]) == list(hand["stance"] == hand["reference"])
    assert hand.loc[hand["confidence"] == "clear", "agree"].sum() >= 11  # issue 14's target on the seed


def test_hand_labels_exist_only_for_the_seed():
    art = Article.from_text("“Acme is doing well,” said Jo Lee, an analyst.")
    assert stance_against_reference(art, extract_quotes(art)) is None


def test_source_stance_gives_an_interval_only_from_five_quotations():
    text = " ".join(f"“Acme failed us again, number {i},” said Jo Lee." for i in range(5)) + \
        " “Acme is fine,” said Bo Chan."
    table = source_stance(extract_quotes(Article.from_text(text))).set_index("speaker")
    assert table.loc["Jo Lee", "quotations"] == 5 and table.loc["Bo Chan", "quotations"] == 1
    assert table.loc["Jo Lee", ["ci_low", "ci_high"]].notna().all()
    assert table.loc["Bo Chan", ["ci_low", "ci_high"]].isna().all()
    assert table.loc["Jo Lee", "ci_low"] <= table.loc["Jo Lee", "mean_stance"] <= table.loc["Jo Lee", "ci_high"]


def test_unnamed_sources_tied_to_no_side_are_not_outsiders():
    text = ("Acme is struggling, according to people familiar with the matter. Insiders say the plan is late. "
            "“It is a mess,” said Jo Lee, an analyst at Zed Research. “We are on track,” said Ann Poe, Acme's chief executive.")
    q = extract_quotes(Article.from_text(text), company="Acme")
    claims = reported_claims(Article.from_text(text), company="Acme").set_index("speaker")
    assert claims.loc["people familiar with the matter", "side"] == "unstated"
    assert claims.loc["insiders", "side"] == "unstated"
    assert dict(zip(q["speaker"], q["side"])) == {"Jo Lee": "outside", "Ann Poe": "company"}
    assert side_of("other", "named") == "outside"
    assert set(SIDE_LABELS) == set(SIDES)


def test_the_seed_is_about_the_company_its_registry_calls_the_company(seed):
    import yaml

    from analysis import story_company

    registry = yaml.safe_load((ANNOTATIONS.parent / "stakeholders" / "article.yml").read_text(encoding="utf-8"))
    company = next(s["name"] for s in registry["stakeholders"] if s.get("group") == "company")
    # the company's name is followed by "he" often enough (its founder), yet it stays the story's company
    assert story_company(seed) == company
