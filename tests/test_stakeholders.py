"""Stakeholder discovery, alias merging, registry checks, relations and the network.

Every sentence here is written for the test; expected values were checked by
reading the sentence.
"""

from __future__ import annotations

import json

import networkx as nx
import pytest

from analysis import (
    Article,
    ArticleError,
    RegistryError,
    check_registry,
    find_stakeholders,
    load_registry,
    stakeholder_mentions,
    stakeholder_network,
    stakeholder_relations,
    write_network,
)


def table(text: str, **kw):
    return find_stakeholders(Article.from_text(text), **kw)


def kinds(text: str, **kw) -> dict:
    df = table(text, **kw)
    return dict(zip(df["name"], df["kind"]))


# --- discovery rules -------------------------------------------------------
@pytest.mark.parametrize(
    "text, name, kind",
    [
        ("Shares rose after Mr. Okafor spoke to reporters.", "Okafor", "person"),
        ("The bill was opposed by Sen. Claire Dunmore on Tuesday.", "Claire Dunmore", "person"),
        ("The deal was agreed by chief executive Priya Ramesh last week.", "Priya Ramesh", "person"),
        ("Profits fell, said Tomas Veld, an analyst at a small bank.", "Tomas Veld", "person"),
        ("The plan was approved by Jane Kowalczyk on Friday.", "Jane Kowalczyk", "person"),
        ("Funding came from Redwood Hill Capital and others.", "Redwood Hill Capital", "organisation"),
        ("The lawyers at Bailey & Glasser objected.", "Bailey & Glasser", "organisation"),
        ("She studied at the University of Leeds for years.", "University of Leeds", "organisation"),
        ("It bought a stake in data start-up Quorra last year.", "Quorra", "organisation"),
        ("Engineers at Nimbus Labs built it in secret.", "Nimbus Labs", "organisation"),
        ("The firm will open an office in Denver next year.", "Denver", "place"),
        ("The new model, codenamed Juniper internally, ships soon.", "Juniper", "product"),
        ("Reviewers preferred Orbit 2.5 to its predecessor.", "Orbit", "product"),
        ("Congress is weighing a bill on drones.", "Congress", "organisation"),
        ("Lumo’s chairman, Teodor Vasquez-Lind, said sales rose.", "Teodor Vasquez-Lind", "person"),
        ("Quina Osei, 25, said the march would go on.", "Quina Osei", "person"),
        ("The crowd gathered in Hollow Creek Park at noon.", "Hollow Creek Park", "place"),
        ("It borrowed from the European Investment Bank in May.", "European Investment Bank", "organisation"),
        ("Shares rose 3 per cent in Tallinnburg on Monday.", "Tallinnburg", "place"),
        ("Analysts at Bright &amp; Co. were cautious.", "Bright & Co.", "organisation"),
    ],
)
def test_discovery_rule_finds_name_and_kind(text, name, kind):
    assert kinds(text).get(name) == kind


@pytest.mark.parametrize(
    "text, word",
    [
        ("The company said on Monday that sales rose.", "The"),
        ("Tensions have grown inside the group this year.", "Tensions"),
        ("In March the board met twice. In April it met again.", "March"),
        ("The firm spent heavily on AI this year.", "AI"),
        ("Staff call the project the “Eye of Storms” behind closed doors.", "Eye of Storms"),
        ("Critics say the “Grand Plan” was never real.", "Grand Plan"),
        ("The average American owns two cars.", "American"),
        ("The Danish utility raised its forecast.", "Danish"),
        ("Seeking growth, the lender cut its rates.", "Seeking"),
        ("A special purpose vehicle (the SPV) holds the debt.", "SPV"),
        ("The company’s CEO declined to comment.", "CEO"),
        ("The rules take effect on Election Day next year.", "Election Day"),
        ("Shares of AI-generated video firms rose.", "AI-generated"),
    ],
)
def test_ordinary_capitalised_words_are_not_stakeholders(text, word):
    assert word not in set(table(text)["name"])


def test_possessive_is_stripped():
    df = table("Brightline’s shares rose. Brightline hired more staff.")
    assert "Brightline" in set(df["name"])
    assert "Brightline’s" not in set(df["name"])


@pytest.mark.parametrize(
    "text, group",
    [
        ("Regulators and lawmakers want answers.", "regulators"),
        ("The app is popular with children and their parents.", "children"),
        ("Investors sold the shares.", "investors"),
        ("Advertisers pulled their budgets.", "advertisers"),
        ("The kids were not told.", "children"),
    ],
)
def test_collective_actors_are_groups(text, group):
    assert kinds(text).get(group) == "group"


# --- aliases ------------------------------------------------------------------
def test_full_name_surname_first_name_and_nickname_merge():
    text = ("Harriet Vandermolen runs the fund. Vandermolen is blunt. "
            "Friends call her Harriet, or Vander, at work.")
    df = table(text)
    row = df[df["name"] == "Harriet Vandermolen"].iloc[0]
    assert set(row["aliases"]) == {"Vandermolen", "Harriet", "Vander"}
    assert row["mentions"] == 4
    assert len(df[df["kind"] == "person"]) == 1


def test_short_form_of_organisation_merges_with_full_name_introduced_first():
    df = table("Quill Robotics raised money. Investors like Quill and its founders.")
    row = df[df["name"] == "Quill Robotics"].iloc[0]
    assert row["aliases"] == ["Quill"] and row["mentions"] == 2


def test_initials_merge_with_organisation():
    df = table("The Federal Trade Commission sued. The FTC said the case was strong.")
    row = df[df["name"] == "Federal Trade Commission"].iloc[0]
    assert "FTC" in row["aliases"]


def test_possessive_and_plain_forms_are_one_stakeholder():
    df = table("Lumio’s revenue rose. Lumio said demand was strong. Analysts praised Lumio.")
    assert (df["name"] == "Lumio").sum() == 1
    assert df.set_index("name").loc["Lumio", "mentions"] == 3


def test_mention_offsets_point_at_the_text():
    art = Article.from_text("Ada Obi joined Kite Partners. Obi said Kite Partners’ team was small.")
    m = stakeholder_mentions(art)
    assert len(m) == 4
    for r in m.itertuples():
        assert art.text[r.start:r.end] == r.text


# --- measures -------------------------------------------------------------
def test_paragraphs_first_mention_and_tone():
    text = "Mina Sato praised the wonderful plan.\n\nLater, Sato resigned in disgrace."
    row = table(text).set_index("name").loc["Mina Sato"]
    assert row["paragraphs"] == 2
    assert row["first_start"] == 0
    assert -1 <= row["tone"] <= 1


# --- registry -------------------------------------------------------------
REG = {"stakeholders": [
    {"name": "Jane Doe", "aliases": ["Doe"], "kind": "person", "group": "leadership", "power": 4, "interest": 5,
     "power_reason": "runs it", "interest_reason": "her job"},
    {"name": "Bob Roe", "kind": "person", "group": "rivals", "power": 2, "interest": 1},
    {"name": "regulators", "kind": "group", "group": "government"},
]}


def test_registry_overrides_and_reports_never_found():
    df = table("Jane Doe joined Acme Capital. Doe said regulators were calm.", registry=REG)
    doe = df.set_index("name").loc["Jane Doe"]
    assert (doe["group"], doe["power"], doe["interest"], doe["in_registry"]) == ("leadership", 4, 5, True)
    roe = df.set_index("name").loc["Bob Roe"]
    assert not roe["in_text"] and roe["mentions"] == 0


def test_check_registry_lists_both_directions():
    art = Article.from_text("Jane Doe joined Acme Capital. Doe said regulators were calm.")
    out = check_registry(art, REG)
    assert out[["name", "status"]].values.tolist() == [["Acme Capital", "not in registry"], ["Bob Roe", "never found"]]


def test_registry_file_missing_or_malformed(tmp_path):
    art = Article.from_text("Jane Doe spoke.")
    with pytest.raises(RegistryError, match="nope.yml"):
        find_stakeholders(art, registry=tmp_path / "nope.yml")
    bad = tmp_path / "bad.yml"
    bad.write_text("stakeholders: [ {name: ", encoding="utf-8")
    with pytest.raises(RegistryError, match="bad.yml"):
        find_stakeholders(art, registry=bad)
    wrong = tmp_path / "wrong.yml"
    wrong.write_text("stakeholders:\n  - name: X\n    kind: planet\n", encoding="utf-8")
    with pytest.raises(RegistryError, match="kind"):
        find_stakeholders(art, registry=wrong)
    assert issubclass(RegistryError, ArticleError)


def test_load_registry_rejects_bad_power():
    with pytest.raises(RegistryError, match="power"):
        load_registry({"stakeholders": [{"name": "X", "power": 9}]})


# --- relations and network ---------------------------------------------------
@pytest.mark.parametrize(
    "text, triple",
    [
        ("Orla Finch hired Tomas Berg in May.", ("Orla Finch", "hired", "Tomas Berg")),
        ("Harbor Capital took a 20 per cent stake in Lumen Labs.", ("Harbor Capital", "invested in", "Lumen Labs")),
        ("The plant is owned by Westfield Holdings.", None),
        ("Kestrel Partners, which is owned by Birch Group, grew.", ("Birch Group", "owns", "Kestrel Partners")),
        ("Nova Systems competes with Polaris Labs in Asia.", ("Nova Systems", "competes with", "Polaris Labs")),
        ("Ana Ruiz, an analyst at Crest Capital, was cautious.", ("Ana Ruiz", "works for", "Crest Capital")),
        ("Delta Ventures partnered with Gamma Labs on chips.", ("Delta Ventures", "partners with", "Gamma Labs")),
    ],
)
def test_relations_from_verb_patterns(text, triple):
    rel = stakeholder_relations(Article.from_text(text))
    got = [tuple(x) for x in rel[["source", "relation", "target"]].values.tolist()]
    if triple is None:
        assert got == []
    else:
        assert triple in got


@pytest.mark.parametrize("gap, found", [
    (" HIRED ", ("hired", False)), (" Is Owned By ", ("owns", True)),
    (" hıred ", ("hired", False)),  # the dotless i, which IGNORECASE matches with i
    (" Took A Small Stake In ", ("invested in", False)), (" TOOK ", None),
    (" HIRED in the spring of the year before, said ", None),  # a pattern must end the gap
])
def test_relation_patterns_ignore_case(gap, found):
    from analysis.stakeholders import _verb_pattern

    assert _verb_pattern(gap) == found


def test_relation_patterns_must_be_lower_case():
    from analysis.article import check_folded_pattern

    check_folded_pattern(r"\b(?:sold\s+to|provides)\S+", "rules.yml")  # escapes such as \S are not letters
    with pytest.raises(ValueError, match="lower-case"):
        check_folded_pattern(r"\bHired\s+", "rules.yml")
    with pytest.raises(ValueError, match="lower-case"):
        check_folded_pattern(r"\bcréé\s+", "rules.yml")  # É would not fold to é


def test_relation_targets_coordinated():
    rel = stakeholder_relations(Article.from_text("Rowan Labs competes with Aster Labs and Birch Labs."))
    assert set(rel["target"]) == {"Aster Labs", "Birch Labs"}


def test_network_weights_and_attributes():
    art = Article.from_text("Orla Finch hired Tomas Berg. Orla Finch and Tomas Berg met Ida Lund. Lund left.")
    g = stakeholder_network(art)
    assert g["Orla Finch"]["Tomas Berg"]["weight"] == 2
    assert g["Orla Finch"]["Tomas Berg"]["relations"] == "Orla Finch hired Tomas Berg"
    assert g.nodes["Ida Lund"]["mentions"] == 2
    assert 0 <= g.nodes["Orla Finch"]["centrality"] <= 1


def test_write_network_graphml_and_json(tmp_path):
    art = Article.from_text("Orla Finch hired Tomas Berg. Finch praised Berg.")
    gml = tmp_path / "n.graphml"
    write_network(art, fmt="graphml", out=gml, registry=None)
    g = nx.read_graphml(gml)
    assert g.has_edge("Orla Finch", "Tomas Berg")
    js = tmp_path / "n.json"
    write_network(art, fmt="json", out=js, registry=None)
    data = json.loads(js.read_text(encoding="utf-8"))
    assert {n["id"] for n in data["nodes"]} == {"Orla Finch", "Tomas Berg"}
    with pytest.raises(ArticleError):
        write_network(art, fmt="dot", out=None, registry=None)


# --- odd input -------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    ["no capitals here at all.", "\"Straight quotes,\" said Al Brink.", "“Unbalanced quote said Jo Lee.",
     "AT&amp;T said &quot;yes&quot;.", "A. " * 2000],
)
def test_odd_input_does_not_crash(text):
    art = Article.from_text(text)
    df = find_stakeholders(art)
    m = stakeholder_mentions(art)
    for r in m.itertuples():
        assert art.text[r.start:r.end] == r.text
    assert list(df.columns)[:4] == ["name", "kind", "group", "aliases"]


def test_not_an_article():
    with pytest.raises(ArticleError):
        find_stakeholders("just a string")


def test_mentions_never_overlap_when_a_registry_name_contains_another():
    art = Article.from_text("Colleagues call them the “Friends of Vance Obi”. Vance Obi laughed. Obi left.")
    reg = {"stakeholders": [{"name": "Friends of Vance Obi", "kind": "group"}, {"name": "Vance Obi", "kind": "person"}]}
    m = stakeholder_mentions(art, registry=reg)
    spans = list(zip(m["start"], m["end"]))
    assert all(b0 <= a1 for (a0, b0), (a1, b1) in zip(spans, spans[1:]))
    assert m["stakeholder"].tolist() == ["Friends of Vance Obi", "Vance Obi", "Vance Obi"]


def test_symmetric_tie_named_by_a_noun_before_between():
    rel = stakeholder_relations(Article.from_text("Tensions have grown between Ida Lund and Orla Finch this year."))
    assert rel[["source", "relation", "target"]].values.tolist() == [["Ida Lund", "clashes with", "Orla Finch"]]


@pytest.mark.parametrize(
    "text, name",
    [
        ("Theresa Maybrook met Theresa May in London.", "Theresa May"),
        ("President Park Geun-hye said the test was reckless.", "Park Geun-hye"),
    ],
)
def test_names_with_month_words_and_hyphens(text, name):
    assert kinds(text).get(name) == "person"


def test_hyphenated_adjective_from_a_name_is_not_a_stakeholder():
    assert "Trump-style" not in set(table("Critics fear Trump-style tariffs. Trump spoke.")["name"])


# --- figures ---------------------------------------------------------------------
def _overlaps(ax):
    fig = ax.figure
    fig.canvas.draw()
    r = fig.canvas.get_renderer()
    boxes = [t.get_window_extent(r) for t in ax.texts if t.get_text()]
    return [(i, j) for i in range(len(boxes)) for j in range(i + 1, len(boxes)) if boxes[i].overlaps(boxes[j])]


def test_network_figure_labels_do_not_collide():
    from pathlib import Path

    import matplotlib.pyplot as plt

    from analysis import load_article, plots

    art = load_article(Path(__file__).resolve().parent.parent / "data" / "raw" / "article.txt")
    ax = plots.plot_stakeholder_network(stakeholder_network(art), seed=7)
    assert len(ax.texts) >= 10
    assert _overlaps(ax) == []
    plt.close(ax.figure)


def test_power_interest_grid_is_empty_without_registry():
    import matplotlib.pyplot as plt

    from analysis import plots

    ax = plots.plot_power_interest(table("Jane Doe runs Acme Capital. Doe spoke."))
    assert "no power/interest judgements" in ax.texts[0].get_text()
    plt.close(ax.figure)


def test_voice_figure_has_two_bars_per_stakeholder():
    import matplotlib.pyplot as plt

    from analysis import plots

    df = table("Jane Doe runs Acme Capital. Regulators worry. Doe spoke.", registry=None)
    ax = plots.plot_voice(df)
    assert len(ax.patches) == 2 * len(df[df["kind"].isin(["person", "organisation", "group"])])
    plt.close(ax.figure)


def test_a_british_wire_story_with_page_furniture():
    text = ("Water Bills To Rise As Regulator Approves Investment\n\n"
            "By Jane Quill, Political Correspondent\n\n"
            "LONDON (Reuters) - Water bills in England will rise by 36% after the regulator Ofwat approved the plan, "
            "Environment Secretary Steve Reed said on Thursday.\n\n"
            "Read more: Chancellor under pressure over council tax\n\n"
            "House prices rose again last month. Campaigners from Surfers Against Sewage said Britons were being "
            "asked to pay for years of neglect. Thames Water, the biggest water company, said it would appeal, and "
            "Canadian investors in Acme Utilities stayed silent.\n\n"
            "Sign up to our newsletter\n\nPhotograph: Getty Images\n\nContinued on page 6")
    df = table(text)
    kinds = dict(zip(df["name"], df["kind"]))
    assert kinds.get("Reuters") == "organisation" and kinds.get("Ofwat") == "organisation"
    assert kinds.get("Steve Reed") == "person" and kinds.get("Thames Water") == "organisation"
    assert kinds.get("Surfers Against Sewage") == "organisation" and kinds.get("Britons") == "group"
    people_orgs = set(df.loc[df["kind"].isin(["person", "organisation"]), "name"])
    assert people_orgs == {"Reuters", "Ofwat", "Steve Reed", "Surfers Against Sewage", "Thames Water", "Acme Utilities"}


def test_a_known_short_form_names_the_same_body_as_the_full_name():
    df = table("Rates held on Wednesday. The Federal Reserve kept its key rate steady, and Fed officials "
               "signalled two cuts. The Fed meets again in July.")
    row = df[df["name"] == "Federal Reserve"]
    assert len(row) == 1 and "Fed" in row["aliases"].iloc[0] and "Fed" not in set(df["name"])


def test_a_wire_business_story_names_its_sources_as_people_and_bodies():
    # an invented Reuters-style story; the people and bodies below were listed by reading it
    text = ("UPDATE 2-Euro zone inflation dips as energy costs ease; ECB seen holding\n\n"
            "By Francesco Lombardi and Anneke de Vries\n\n"
            "FRANKFURT, Nov 30 (Reuters) - Euro zone inflation eased more than expected in November as energy prices "
            "fell, Eurostat said on Monday, strengthening the case for the European Central Bank to keep interest "
            "rates on hold next month.\n\n"
            "ECB policymaker Joachim Nagelsmann told Boersen-Zeitung that the bank was \"in a good place\". French "
            "central bank governor Francois Villeroy de Galhau said last week that risks were now \"broadly "
            "balanced\".\n\n"
            "Destatis said separately that German import prices fell 1.1% year on year.\n\n"
            "\"The disinflation story is basically done,\" said Katharina Oyelaran-Brandt, chief economist at "
            "Berenberg.\n\n"
            "ING economist Bert Colijn said services inflation remained sticky. Capital Economics said it expected "
            "one more cut in March. Volkswagen said it would cut 4,000 more jobs at its Zwickau plant.\n\n"
            "(Reporting by Francesco Lombardi in Frankfurt; Editing by Toby Chopra)")
    df = table(text)
    got = {n: k for n, k in zip(df["name"], df["kind"]) if k in ("person", "organisation")}
    people = {"Joachim Nagelsmann", "Francois Villeroy de Galhau", "Katharina Oyelaran-Brandt", "Bert Colijn"}
    bodies = {"Reuters", "Eurostat", "European Central Bank", "Boersen-Zeitung", "Destatis", "Berenberg", "ING",
              "Capital Economics", "Volkswagen"}
    assert got == {**{p: "person" for p in people}, **{b: "organisation" for b in bodies}}
    assert "ECB" in df.loc[df["name"] == "European Central Bank", "aliases"].iloc[0]
    assert df.loc[df["name"] == "Zwickau", "kind"].iloc[0] == "place"
