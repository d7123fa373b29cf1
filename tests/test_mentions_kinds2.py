"""The kind of a name in ordinary news copy (session 24): places by their use (an owner's site, a route, a seat, a
region by position, a place cut at its possessive), abbreviations used as things, score boxes, identifiers and
keys.  Every sentence is invented for the test; expected values were checked by reading it."""

from __future__ import annotations

import pytest

from analysis import Article, find_stakeholders
from analysis.mentions import find_mentions


def kinds(text: str) -> dict:
    df = find_mentions(Article.from_text(text))
    return dict(zip(df["name"], df["kind"]))


def actors(text: str) -> dict:
    df = find_stakeholders(Article.from_text(text))
    return {n: k for n, k in zip(df["name"], df["kind"]) if k in ("person", "organisation")}


# --- a one-word name between "its" and a site's singular noun ---------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("The ministry said the lease papers had been found at its Kelbavu office after landowners complained.",
     "Kelbavu"),
    ("Tarnwick Foods said its Ollerby plant would close in March, with the loss of 200 jobs.", "Ollerby"),
])
def test_a_name_between_its_and_a_site_is_a_place(text, name):
    assert kinds(text).get(name) == "place"


@pytest.mark.parametrize("text, name, kind", [
    ("Shoppers queued outside their Kelbmart store on Saturday. Kelbmart said sales rose.", "Kelbmart",
     "organisation"),
    ("The council said its Tarnwell office workers would move in June.", "Tarnwell", None),
    ("Acme said its Kelbrook subsidiary had filed for bankruptcy.", "Kelbrook", "organisation"),
    ("Tarnco said the Ollerby plant was sold to Kelbrook Holdings last year.", "Kelbrook Holdings", "organisation"),
    ("The union met Dana Whitcombe at her office on Friday.", "Dana Whitcombe", "person"),
])
def test_other_names_near_sites_keep_their_kind(text, name, kind):
    got = kinds(text).get(name)
    assert got != "place" if kind is None else got == kind


# --- a verb of movement and "through" ------------------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("Traffic was diverted through Kelbanur until 11.30 a.m., when police arrived.", "Kelbanur"),
    ("The march passed through Ollerbridge before reaching the town hall.", "Ollerbridge"),
])
def test_a_name_after_a_movement_through_is_a_place(text, name):
    assert kinds(text).get(name) == "place"


@pytest.mark.parametrize("text, name", [
    ("The tickets were sold through Kelbticket, the company said.", "Kelbticket"),
    ("The money was raised through Tarnfund, a crowdfunding site.", "Tarnfund"),
    ("He went through Jo Perrin's papers on Monday.", "Jo Perrin"),
    ("The bill passed through Parliament last week.", "Parliament"),
    ("Kelbmart ran through its cash reserves in a year, Dana Whitcombe said.", "Kelbmart"),
])
def test_other_names_after_through_are_no_place(text, name):
    assert kinds(text).get(name) != "place"


# --- a seat holder's role and "for" --------------------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("Selin Kartal, an economist and lawmaker for Ollerbey, called the figure a fiction.", "Ollerbey"),
    ("Jo Perrin, the MP for Kelbury, said the closure was a scandal.", "Kelbury"),
])
def test_the_seat_after_a_member_s_role_and_for_is_a_place(text, name):
    assert kinds(text).get(name) == "place"


@pytest.mark.parametrize("text, name", [
    ("Dana Whitcombe, an analyst for Kelbrook, said prices would rise.", "Kelbrook"),
    ("Jo Perrin, a spokesman for Tarnco, declined to comment.", "Tarnco"),
    ("Selin Kartal, a lawmaker for the opposition Kelby Party, called it a fiction.", "Kelby Party"),
    ("Tom Ashby, a consultant for Kelbrook Capital, said the deal was fair.", "Kelbrook Capital"),
    ("Ann Tarrant, who works as a researcher for Ollerco, disagreed.", "Ollerco"),
])
def test_other_roles_and_for_name_employers(text, name):
    assert kinds(text).get(name) == "organisation"


# --- a region by position -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("The study followed 40 apiaries in the Upper Midwest over five years.", "Upper Midwest"),
    ("Growers across the Deep South had a dry summer, Jo Perrin said.", "Deep South"),
])
def test_a_compass_region_after_words_of_position_is_a_place(text, name):
    assert kinds(text).get(name) == "place"


@pytest.mark.parametrize("text, name, kind", [
    ("Jo West, a farmer, said the harvest was late.", "Jo West", "person"),
    ("Kelby North said the fund would close.", "Kelby North", None),
    ("Dana South told the court she had not seen the letter.", "Dana South", "person"),
    ("Upper Kelby Council said it would appeal.", "Upper Kelby Council", "organisation"),
    ("Ann Middleton said the Tarno West plan had failed.", "Ann Middleton", "person"),
])
def test_other_names_with_compass_words_keep_their_kind(text, name, kind):
    got = kinds(text).get(name)
    assert got != "place" if kind is None else got == kind


# --- a place's name cut at its possessive ----------------------------------------------------------------------

def test_a_name_always_before_a_possessive_and_bay_is_a_place():
    text = ("Kelbrook Rovers beat Tarnaki’s Bay 27-24 on Saturday.\n\nTarnaki’s Bay had led at half-time. "
            "The Tarnaki’s Bay coach, Jo Perrin, said his side were tired.")
    assert kinds(text).get("Tarnaki") in ("place", None)
    assert "Tarnaki" not in actors(text)


@pytest.mark.parametrize("text, name, kind", [
    ("The deal lifts Kelbrook’s Bay Area sales, Jo Perrin said.", "Kelbrook", "organisation"),
    ("Workers at Tarnco's Island Park depot went on strike.", "Tarnco", "organisation"),
    ("Jo Perrin's Island Records deal was signed in May, Perrin said.", "Jo Perrin", "person"),
    ("Acme's Park Street shop will close. Acme said sales fell.", "Acme", "organisation"),
    ("Tarnco's Bay plan was approved. Tarnco said it was pleased.", "Tarnco", "organisation"),
    ("Dana Whitcombe's Beach House was sold for $2 million.", "Dana Whitcombe", "person"),
])
def test_possessives_before_other_words_keep_the_owner(text, name, kind):
    assert kinds(text).get(name) == kind


# --- an abbreviation used as a thing ---------------------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ('"They dug with a KCB in March and broke our line," Jo Perrin said.', "KCB"),
    ("Existing terms and conditions would transfer under TUPA.", "TUPA"),
])
def test_an_abbreviation_after_a_or_under_alone_is_no_actor(text, name):
    assert name not in actors(text)


@pytest.mark.parametrize("text, name", [
    ("Jo Perrin, a CIA officer, said the report was wrong.", "CIA"),
    ("The town came under KLP control in 2019, officials said. KLP denied it.", "KLP"),
    ("He joined the KFA in 2010 and later chaired the KFA board.", "KFA"),
    ("Aid was sent under UN rules, Dana Whitcombe said.", "UN"),
    ("The deal was signed by an ACME executive and Tarnco, which said it was pleased.", "Tarnco"),
    ("She called in to a KTV and KBT town hall about policing on Monday.", "KTV"),
])
def test_other_abbreviations_stay_actors(text, name):
    assert name in actors(text)


# --- score boxes, identifiers and keys --------------------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("Kelbrook Rovers won 27-24 on Saturday, coach Jo Perrin said.\n\nHT: 10-13\n", "HT"),
    ("The study was funded by the Kelby Foundation, Jo Perrin said.\n\nDOI: 10.4821/kelby.2024.0312\n", "Doi"),
    ("The study was funded by the Kelby Foundation.\n\nDOI: 10.4821/kelby.2024.0312\n\nABOUT THE AUTHOR\n", "Doi"),
    ("If you have found an error, please highlight it and press Ctrl+Enter.", "Ctrl"),
])
def test_a_score_box_label_an_identifier_or_a_key_is_no_actor(text, name):
    assert name not in actors(text) and name.upper() not in actors(text)
    assert name not in kinds(text) and name.upper() not in kinds(text)  # (no place either: "DOI" read as a dateline)


@pytest.mark.parametrize("text, name", [
    ("WALLACE: What did you tell the committee?\n\nDOE: 12 times I told them.\n\nWALLACE: Thank you.", "Wallace"),
    ("Kelbrook Rovers won on Saturday.\n\nTarnley: 27 points from 12 games.\n\nTarnley said it was pleased.",
     "Tarnley"),
    ("Shares of Kelbmart+ rose 4% after Kelbmart+ said sales grew.", "Kelbmart"),
    ("The Tarnco Foundation gave $10,000, Jo Perrin said.", "Tarnco Foundation"),
    ("Jo Perrin: 2 goals in 3 games, Perrin said on Monday.", "Jo Perrin"),
])
def test_other_labels_and_plus_signs_stay(text, name):
    got = actors(text)
    assert name in got or name.upper() in got


# --- a work or a water named for a place ("the Kelby bridge") --------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("He brought home $40 million for the valley, from the airport to the Ollerwick bridge repairs.", "Ollerwick"),
    ("Water levels at the Tarnapur dam fell to 28 feet, officials said.", "Tarnapur"),
])
def test_a_name_before_a_work_or_water_is_a_place(text, name):
    assert kinds(text).get(name) == "place"


@pytest.mark.parametrize("text, name", [
    ("The deal was financed by the Kelbrook bridge loan, Jo Perrin said.", "Kelbrook"),
    ("Jo Perrin said the Kelbridge pipeline would carry 500,000 barrels a day for Kelbridge.", "Kelbridge"),
    ("The Kelbrook Canal Trust said repairs would take a year.", "Kelbrook Canal Trust"),
    ("Jo Perrin, who swam the Tarno river as a boy, said the plan was wrong.", "Jo Perrin"),
    ("The Kelbmart pipeline deal collapsed. Kelbmart said it would appeal.", "Kelbmart"),
])
def test_other_names_before_such_words_keep_their_kind(text, name):
    assert kinds(text).get(name) in ("person", "organisation")


# --- a common word's plural opening a sentence; a title's first word cut short -------------------------------

@pytest.mark.parametrize("text, name", [
    ('"When households stop trusting the number, they price in their own. Rents, wages, everything follows," '
     'Jo Perrin said.', "Rents"),
    ("Assoc. Prof. Dana Whitcombe, head of research at the Kelby Institute, said the gap was wide.", "Assoc"),
    ("Inflation rose to 48 percent, the institute said.\n\nAssoc. Prof. Selin Kartal, head of research at the Kelby "
     "Economic Research Foundation, said the gap was wide.\n\nKartal said prices would keep rising.", "Assoc"),
    ("Prices rose again in May.\n\nAssoc. Prof. Dana Whitcombe said the gap was wide.", "Assoc"),
])
def test_a_plural_opener_or_a_cut_title_word_is_no_actor(text, name):
    assert name not in actors(text)


@pytest.mark.parametrize("text, name", [
    ("Kelbrooks said on Monday that sales had risen. Kelbrooks later cut its forecast.", "Kelbrooks"),
    ("Assoc. Prof. Dana Whitcombe said the gap was wide.", "Dana Whitcombe"),
    ("Jo Perrin lives in Kelby. Prof. Ann Tarrant, her neighbour, said they met in 1990.", "Ann Tarrant"),
    ("Tarnwells announced a new chief executive on Tuesday, Jo Perrin said.", "Jo Perrin"),
    ("Dr. Jo Perrin and Prof. Ann Tarrant wrote the report.", "Ann Tarrant"),
])
def test_other_openers_and_titles_stay(text, name):
    assert name in actors(text)


# --- a town in a list in semicolons, its region after a comma --------------------------------------------------

def test_towns_listed_in_semicolons_with_their_regions_are_places():
    text = ("The most dangerous cities in 2014 include Tarno Sula, Honduras; Kelbaro, Venezuela; and Ollapulco, "
            "Mexico, the three that topped the list. Tarno Sula, which has 769,025 people, had 1,317 homicides; "
            "Ollapulco, which has 847,735 citizens, had 883.")
    got = kinds(text)
    assert got.get("Tarno Sula") == "place" and got.get("Ollapulco") == "place"


@pytest.mark.parametrize("text, name", [
    ("Speakers included Jo Perrin, Texas; Ann Tarrant, Ohio; and Dana Whitcombe, Iowa.", "Dana Whitcombe"),
    ("The buyers were Kelbco Group, Mexico; and Tarnco Holdings, Brazil. Kelbco Group said it was pleased.",
     "Kelbco Group"),
    ("Kelbrook Holdings, Ohio; Tarnco Ltd, Texas; and Ollerco Inc, Iowa, bid for the contract.", "Tarnco Ltd"),
    ("The Kelby Party, Honduras; the Tarno Front, Peru; and others signed the letter.", "Kelby Party"),
    ("Kelbmart said on Monday it would open stores in Ohio; Tarnco said it would not.", "Kelbmart"),
])
def test_other_names_in_semicolon_lists_keep_their_kind(text, name):
    assert kinds(text).get(name) in ("person", "organisation")


# --- a land named by a plural after "in the" ------------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("The bill helps retired teachers in Kelby, not hedge fund managers in the Tarnptons.", "Tarnptons"),
    ("The ship grounded in the Kelbanelles with 58,000 tonnes of wheat on board.", "Kelbanelles"),
])
def test_a_plural_name_after_in_the_is_a_place(text, name):
    assert kinds(text).get(name) == "place"


@pytest.mark.parametrize("text, name", [
    ("He played bass in the Kelbtones for a decade, Jo Perrin said.", "Kelbtones"),
    ("She served in the Tarnguards before entering politics. The Tarnguards said she was brave.", "Tarnguards"),
    ("Acme bought a stake in the Kelbworths last year. The Kelbworths said the deal was good.", "Kelbworths"),
    ("Fans in the Kelby Rovers end sang all night, Jo Perrin said.", "Kelby Rovers"),
    ("There was anger in the Democrats' ranks after the vote, Dana Whitcombe said.", "Dana Whitcombe"),
])
def test_other_names_after_in_the_are_no_place(text, name):
    assert kinds(text).get(name) != "place"
