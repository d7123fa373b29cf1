"""The kind of a name in ordinary news copy (session 24): places by their use (an owner's site, a route, a seat, a
region by position, a place cut at its possessive), abbreviations used as things, score boxes, identifiers and
keys.  (The owner's site and the route after through/via were reverted after the second review, their tests below
now only those where no place may be given; the plural after "in the" was narrowed to words of dwelling.)  Every
sentence is invented for the test, except the review passages quoted word for word; expected values were checked by
reading it."""

from __future__ import annotations

import pytest

from analysis import Article, find_stakeholders
from analysis import mentions
from .conftest import kinds

# Invented towns the tests place in the world gazetteer (the seat and the owner's site need a town of it).
TOWNS = frozenset({"Kelbavu", "Ollerby", "Ollerbey", "Kelbury"})


@pytest.fixture
def towns(monkeypatch):
    world = mentions._world_places() | TOWNS
    monkeypatch.setattr(mentions, "_world_places", lambda: world)


def actors(text: str) -> dict:
    df = find_stakeholders(Article.from_text(text))
    return {n: k for n, k in zip(df["name"], df["kind"]) if k in ("person", "organisation")}


# --- a one-word name between "its" and a site's singular noun ---------------------------------------------------

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
    ("The tickets were sold through Kelbticket, the company said.", "Kelbticket"),
    ("The money was raised through Tarnfund, a crowdfunding site.", "Tarnfund"),
    ("He went through Jo Perrin's papers on Monday.", "Jo Perrin"),
    ("The bill passed through Parliament last week.", "Parliament"),
    ("Kelbmart ran through its cash reserves in a year, Dana Whitcombe said.", "Kelbmart"),
    ("Customer calls are routed through Kelbtel under a contract signed last year.", "Kelbtel"),
    ("The funds flowed through Tarnbank and two other lenders, investigators said.", "Tarnbank"),
])
def test_other_names_after_through_are_no_place(text, name):
    assert kinds(text).get(name) != "place"


# --- a seat holder's role and "for" --------------------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("Selin Kartal, an economist and lawmaker for Ollerbey, called the figure a fiction.", "Ollerbey"),
    ("Jo Perrin, the MP for Kelbury, said the closure was a scandal.", "Kelbury"),
    ("KDP legislator for Tarnika East, Hon. Ann Tarrant, said she would move a motion.", "Tarnika East"),
])
def test_the_seat_after_a_member_s_role_and_for_is_a_place(text, name, towns):
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
    ('"How am I supposed to rest when there’s a KJ on the other side of the fence?" Jo Perrin said.', "KJ"),
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


# --- a work or a water after "the" and a name: no rule types it a place (the works rule was reverted: operators and
# builders stand there as often: "the Kelbrail tunnel", "the Tarnco dam contract") ------------------------------

@pytest.mark.parametrize("text, name", [
    ("The deal was financed by the Kelbrook bridge loan, Jo Perrin said.", "Kelbrook"),
    ("Jo Perrin said the Kelbridge pipeline would carry 500,000 barrels a day for Kelbridge.", "Kelbridge"),
    ("The Kelbrook Canal Trust said repairs would take a year.", "Kelbrook Canal Trust"),
    ("Jo Perrin, who swam the Tarno river as a boy, said the plan was wrong.", "Jo Perrin"),
    ("The Kelbmart pipeline deal collapsed. Kelbmart said it would appeal.", "Kelbmart"),
    ("The Kelbrail tunnel under the river is more than 100 years old. Kelbrail said it was safe.", "Kelbrail"),
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
    ("He played bass in the Kelbtones for a decade, Jo Perrin said.", "Kelbtones"),
    ("She served in the Tarnguards before entering politics. The Tarnguards said she was brave.", "Tarnguards"),
    ("Acme bought a stake in the Kelbworths last year. The Kelbworths said the deal was good.", "Kelbworths"),
    ("Fans in the Kelby Rovers end sang all night, Jo Perrin said.", "Kelby Rovers"),
    ("There was anger in the Democrats' ranks after the vote, Dana Whitcombe said.", "Dana Whitcombe"),
])
def test_other_names_after_in_the_are_no_place(text, name):
    assert kinds(text).get(name) != "place"


# --- the review's passages (review_s24_s24-kinds): each id, its text, rows it must not give, rows it must keep
# (a row is "name [kind]"; all written for the review, real bodies only as the bodies they are) ---------------

REVIEW_PASSAGES = [
    ('r1-04', 'The bank said it would cancel its Bloomberg terminal from next month to cut costs.',
     ['Bloomberg [place]'], ['Bloomberg [organisation]']),
    ('r1-08', 'Kelbridge Bank said it would shut its Santander branch after the merger, a union official said.',
     ['Santander [place]'], []),
    ('r1-25', 'The port authority said its Maersk terminal had handled record volumes in the third quarter.',
     ['Maersk [place]'], []),
    ('r2-03', 'Customer calls are routed through Verizon under a contract signed last year.',
     ['Verizon [place]'], ['Verizon [organisation]']),
    ('r2-10', 'The legislation passed through Holyrood on Wednesday by 68 votes to 55.',
     ['Holyrood [place]'], ['Holyrood [organisation]']),
    ('r2-14', 'The announcement passed via Reuters before the company had informed its own staff.',
     ['Reuters [place]'], ['Reuters [organisation]']),
    ('r2-15', 'His career ran through Goldman, the Treasury and two hedge funds before he entered politics.',
     ['Goldman [place]'], ['Goldman [organisation]']),
    ('r3-03', 'Marta Ruiz, a deputy for Morena, said the reform would pass before the summer.',
     ['Morena [place]'], ['Morena [organisation]']),
    ('r3-04', 'Avi Cohen, a lawmaker for Likud, said the coalition would survive.',
     ['Likud [place]'], ['Likud [organisation]']),
    ('r3-05', 'Dénes Varga, a lawmaker for Fidesz, defended the law on Tuesday.',
     ['Fidesz [place]'], ['Fidesz [organisation]']),
    ('r3-08', 'Carlos Vela, a deputy for Podemos, said the party would vote against.',
     ['Podemos [place]'], ['Podemos [organisation]']),
    ('r3-17', 'Colette Roy, a deputy for Renaissance, said the pension reform was necessary.',
     ['Renaissance [place]'], ['Renaissance [organisation]']),
    ('r3-19', "Lawmakers for Kelbco's home state pressed the company to keep the plant open.",
     ['Kelbco [place]'], ['Kelbco [organisation]']),
    ('r4-09', 'Central West, a regional airline, has cancelled all flights until Friday.',
     ['Central West [place]'], ['Central West [organisation]']),
    ('r4-10', 'Greater West, the Sydney rugby club, beat Tarnville 24-10.',
     ['Greater West [place]'], ['Greater West [organisation]']),
    ('r5-02', "Apple's Park campus in Cupertino cost about $5 billion to build.",
     ['Apple [place]'], ['Apple [organisation]']),
    ('r5-03', "Nando's Square branch in Tarnbury will close next month.",
     ['Nando [place]'], []),
    ('r5-07', "Macy's Plaza store will host the parade's opening ceremony.",
     ['Macy [place]'], []),
    ('r6-06', 'Inflation ran in double digits during a decade under UPA, he said.',
     ['UPA [product]'], ['UPA [organisation]']),
    ('r6-07', 'The state has been under NDA since 2014, and the opposition is in disarray.',
     ['NDA [product]'], ['NDA [organisation]']),
    ('r6-08', 'Canadians deserve an NDP that fights for working people, Singh told supporters.',
     ['NDP [product]'], ['NDP [organisation]']),
    ('r6-09', "Voters want a PSOE that listens to the regions, the party's critics said.",
     ['PSOE [product]'], ['PSOE [organisation]']),
    ('r6-10', 'What the country needs is an HSE that works, the minister said.',
     ['HSE [product]'], ['HSE [organisation]']),
    ('r6-16', 'The council has been under KLP since 2019.',
     ['KLP [product]'], ['KLP [organisation]']),
    ('r6-18', 'The firm was sanctioned under OFAC.',
     ['OFAC [product]'], ['OFAC [organisation]']),
    ('r6-19', 'The league came under FIFA in 1992.',
     ['FIFA [product]'], ['FIFA [organisation]']),
    ('r6-25', 'The Liberals want a CBC that serves rural Canada, the minister said.',
     ['CBC [product]'], ['CBC [organisation]']),
    ('r6-26', 'We need an ANC that is honest with the people, Ramaphosa said.',
     ['ANC [product]'], ['ANC [organisation]']),
    ('r6-30', 'It was once dismissed as a NASA for the poor.',
     ['NASA [product]'], []),
    ('r6-31', 'He left the party to join a UKIP of his own making.',
     ['UKIP [product]'], []),
    ('r7-03', 'Labour: 412\nConservatives: 121\nLib Dems: 72',
     [], ['Labour [organisation]']),
    ('r7-14', 'Turnout\nOhio: 68%\nIowa: 71%',
     [], ['Iowa [place]', 'Ohio [place]']),
    ('r8-04', 'The Network Rail bridge over the A40 will close for a month.',
     ['Network Rail [place]'], ['Network Rail [organisation]']),
    ('r8-05', 'The Amtrak tunnel under the Hudson is more than 100 years old.',
     ['Amtrak [place]'], ['Amtrak [organisation]']),
    ('r8-06', 'The Caltrans bridge project has run $300m over budget.',
     ['Caltrans [place]'], ['Caltrans [organisation]']),
    ('r8-08', 'The Transurban tunnel in Melbourne opened six months late.',
     ['Transurban [place]'], ['Transurban [organisation]']),
    ('r8-09', 'The Bechtel dam contract was signed in 2019.',
     ['Bechtel [place]'], ['Bechtel [organisation]']),
    ('r8-22', 'The Irish Water reservoir at Ballymore ran dry in July.',
     ['Irish Water [place]'], ['Irish Water [organisation]']),
    ('r11-02', 'Suppliers include Kelbtron, Texas; Harwell, Ohio; and Tarnex, Michigan.',
     ['Harwell [place]', 'Kelbtron [place]'], ['Kelbtron [organisation]']),
    ('r11-07', 'Those killed were Harlow, Texas; Brennan, Ohio; and Mensah, Georgia, police said.',
     ['Brennan [place]'], []),
    ('r11-08', 'Sponsors include Oakridge, Georgia; Kelbex, Delaware; and Pinecrest, Florida.',
     ['Kelbex [place]'], []),
    ('r11-11', 'The candidates are Okafor, Lagos; Mensah, Accra; and Diallo, Dakar.',
     ['Mensah [place]', 'Okafor [place]'], ['Okafor [organisation]']),
    ('r11-12', 'The bands on the bill are Kelbtones, Manchester; the Tarnettes, Leeds; and Ardvark, Glasgow.',
     ['Kelbtones [place]', 'Tarnettes [place]'], ['Kelbtones [organisation]', 'Tarnettes [organisation]']),
    ('r11-13', 'Qualifiers: Marlow, Ohio; Brennock, Iowa; and Kelsey, Kansas.',
     ['Brennock [place]'], []),
    ('r12-05', 'His years in the Marines taught him discipline, he said.',
     ['Marines [place]'], ['Marines [organisation]']),
    ('r12-07', 'He earned a place in the Wallabies squad for the tour.',
     ['Wallabies [place]'], ['Wallabies [organisation]']),
    ('r12-08', 'She was recalled in the Matildas squad for the Olympics.',
     ['Matildas [place]'], ['Matildas [organisation]']),
    ('r12-09', 'There was anger in the Canucks dressing room after the loss.',
     ['Canucks [place]'], ['Canucks [organisation]']),
    ('r12-12', 'He competed in the Olympics three times.',
     ['Olympics [place]'], []),
    ('r12-13', 'The film is a contender in the Oscars race.',
     ['Oscars [place]'], ['Oscars [organisation]']),
    ('r12-21', 'A debut in the Proteas side beckons for the 19-year-old.',
     ['Proteas [place]'], ['Proteas [organisation]']),
    ('r12-24', 'He won three titles in the Gaels jersey.',
     ['Gaels [place]'], ['Gaels [organisation]']),
    ('r12-30', 'There were no women in the Blackshirts.',
     ['Blackshirts [place]'], ['Blackshirts [organisation]']),
    ('r12-33', 'The scandal in the Windies camp has overshadowed the tour.',
     ['Windies [place]'], ['Windies [organisation]']),
    ('r12-34', "She was the only woman in the Monkees' touring band.",
     ['Monkees [place]'], ['Monkees [organisation]']),
    ('r12-35', 'Morale in the Broncos locker room is low.',
     ['Broncos [place]'], ['Broncos [organisation]']),
    ('x1-03', 'The council has suspended its Bloomberg terminal and its Reuters terminal to save money.',
     ['Reuters [place]'], ['Reuters [organisation]']),
    ('x1-08', 'The insurer said its Aviva office had been evacuated after a bomb threat.',
     ['Aviva [place]'], []),
    ('x2-06', 'The funds flowed through Kelbank and two other lenders, investigators said.',
     ['Kelbank [place]'], ['Kelbank [organisation]']),
    ('x2-10', 'The music runs through Motown and Stax, but the lyrics are her own.',
     ['Motown [place]', 'Stax [place]'], ['Motown [organisation]', 'Stax [organisation]']),
    ('x2-12', 'Calls to the hotline are routed through Telstra and Optus networks.',
     ['Optus [place]', 'Telstra [place]'], ['Optus [organisation]', 'Telstra [organisation]']),
    ('x3-01', 'Avi Cohen, a lawmaker for Likud, said the coalition would survive. Likud holds 32 seats in the Knesset.',
     ['Likud [place]'], ['Likud [organisation]']),
    ('x3-02', 'Marta Ruiz, a deputy for Morena, said the reform would pass. Morena has a majority in both chambers.',
     ['Morena [place]'], ['Morena [organisation]']),
    ('x3-05', 'Karl Weber, a lawmaker for Die Linke, called the deal a sell-out.',
     ['Die Linke [place]'], ['Die Linke [organisation]']),
    ('x3-08', 'Lena Berg, a deputy for Sumar, said the coalition was fragile.',
     ['Sumar [place]'], ['Sumar [organisation]']),
    ('x3-09', 'Tomasz Nowak, a lawmaker for PiS, said the ruling was illegal.',
     ['PiS [place]'], []),
    ('x3-10', 'Yuki Tanaka, a lawmaker for Komeito, said the bill would pass.',
     ['Komeito [place]'], ['Komeito [organisation]']),
    ('x3-12', "Ivan Horvat, a deputy for Fratelli d'Italia, defended the decree.",
     ["Fratelli d'Italia [place]"], ["Fratelli d'Italia [organisation]"]),
    ('x6-02', 'The plan is to turn Kelby into a NASDAQ of the north, the minister said.',
     ['NASDAQ [product]'], []),
    ('x6-12', 'Britain needs an NHS that is fit for the future, the health secretary said.',
     ['NHS [product]'], ['NHS [organisation]']),
    ('x6-13', 'The region has been under ANC since 1994, and voters are restless.',
     ['ANC [product]'], ['ANC [organisation]']),
    ('x6-14', 'The city was under KMT in the 1950s.',
     ['KMT [product]'], ['KMT [organisation]']),
    ('x6-16', 'The bill would create a FEMA for cyberattacks.',
     ['FEMA [product]'], []),
    ('x8-05', 'The Vinci tunnel project under the Seine is running late.',
     ['Vinci [place]'], ['Vinci [organisation]']),
    ('x8-06', 'The Eurotunnel canal plan was abandoned in the 1990s.',
     ['Eurotunnel [place]'], ['Eurotunnel [organisation]']),
    ('x8-07', 'The Kiewit bridge contract is worth $400m.',
     ['Kiewit [place]'], ['Kiewit [organisation]']),
    ('x8-08', 'The Clinton bridge to the 21st century was a 1996 campaign slogan.',
     ['Clinton [place]'], ['Clinton [person]']),
    ('x8-10', 'The Hydro-Québec dam at Kelbec was completed in 1984.',
     ['Hydro-Québec [place]'], []),
    ('x12-02', 'A rift in the Socceroos camp has emerged before the World Cup.',
     ['Socceroos [place]'], ['Socceroos [organisation]']),
    ('x12-03', 'She spent six years in the Royals before joining the Kelby club.',
     ['Royals [place]'], ['Royals [organisation]']),
    ('x12-05', 'He spent his twenties in the Paras.',
     ['Paras [place]'], ['Paras [organisation]']),
    ('x12-07', 'The mood in the Yankees clubhouse is tense.',
     ['Yankees [place]'], ['Yankees [organisation]']),
    ('x12-08', 'The singer spent a decade in the Supremes.',
     ['Supremes [place]'], ['Supremes [organisation]']),
    ('x12-18', 'His first game in the Wildcats uniform was a loss.',
     ['Wildcats [place]'], ['Wildcats [organisation]']),
    ('x11-03', 'Sentenced were Harlow, Texas, to 10 years; and Brennan, Ohio, to eight.',
     ['Brennan [place]'], ['Brennan [organisation]']),
    ('x11-04', 'The plaintiffs are Kelbco, Delaware; and Tarnco, Nevada.',
     ['Kelbco [place]'], ['Kelbco [organisation]']),
    ('x7-08', 'Lok Sabha seats\nBJP: 240\nCongress: 99\nSamajwadi: 37',
     [], ['Bjp [place]', 'Congress [organisation]']),
    ('x7-10', 'The device runs Wear OS+Tizen apps, Samsung said.',
     [], ['Tizen [product]']),
    ('x5-07', "Tesco's Bay store in Kelbridge was looted.",
     ['Tesco [place]'], []),
    ('x4-01', 'Deep South, the Atlanta-based band, released its fourth album on Friday.',
     ['Deep South [place]'], ['Deep South [organisation]']),
]


def rows(text: str) -> set:
    df = find_stakeholders(Article.from_text(text))
    return {f"{n} [{k}]" for n, k in zip(df["name"], df["kind"])}


@pytest.mark.parametrize("pid, text, gone, kept", REVIEW_PASSAGES, ids=[p[0] for p in REVIEW_PASSAGES])
def test_the_review_s_passages_keep_their_kinds(pid, text, gone, kept):
    got = rows(text)
    assert not got & set(gone) and set(kept) <= got


# --- the second review's regressions (review_s24_second): the kind each must keep; real bodies only as the bodies
# they are.  Movement through/via, "its X office" and the plural after "in the" are no place cue (reverted); an
# abbreviation before "of" and a figure is a measure; a place's tally in a results box keeps its row. -----------

SECOND_REVIEW_PASSAGES = [
    ('K2_03', 'Passengers travelled via Emirates to reach Perth after the strike.', ['Emirates [place]'],
     ['Emirates [organisation]']),
    ('K2_04', 'Freight was rerouted via Maersk after the canal closure.', ['Maersk [place]'], []),
    ('K2_06', 'The deal was rerouted through Barclays after the first lender pulled out.', ['Barclays [place]'],
     ['Barclays [organisation]']),
    ('K2_11', 'Traffic was detoured through Tesco car park while the road was resurfaced.', ['Tesco [place]'],
     ['Tesco [organisation]']),
    ('K6_16', 'The driver was arrested with a BAC of 0.12.', ['BAC [product]', 'BAC [organisation]'], []),
    ('K7_11', 'Ohio: 51-47\nPennsylvania: 49-49', [], ['Ohio [place]', 'Pennsylvania [place]']),
    ('X2_01', 'The payment was diverted through Westpac before it reached the account.', ['Westpac [place]'],
     ['Westpac [organisation]']),
    ('X2_03', 'He travelled via Ryanair to Bologna for the match.', ['Ryanair [place]'], ['Ryanair [organisation]']),
    ('X2_04', 'Fans travelled via Eurostar to Paris for the final.', ['Eurostar [place]'],
     ['Eurostar [organisation]']),
    ('X2_06', 'Orders were diverted through Flipkart after the site crashed.', ['Flipkart [place]'],
     ['Flipkart [organisation]']),
    ('X2_09', 'Supplies were diverted through Oxfam and the Red Cross.', ['Oxfam [place]'], ['Oxfam [organisation]']),
    ('X2_12', 'Students travelled via Greyhound from Toronto.', ['Greyhound [place]'], []),
    ('X2_19', 'He travelled via Amtrak from Chicago to Denver.', ['Amtrak [place]'], []),
    ('X2_20', 'The complaints were diverted through Ofcom.', ['Ofcom [place]'], ['Ofcom [organisation]']),
    ('X6_02', 'Tarnco said its Toyota office had been moved.', ['Toyota [place]'], []),
    ('X8_07', "He was capped in the Springboks' 2019 side.", ['Springboks [place]'], ['Springboks [organisation]']),
    ('X8_09', 'There was despair in the Tories.', ['Tories [place]'], ['Tories [organisation]']),
    ('Z2_01', 'Bookings were diverted through Expedia when the hotel site went down.', ['Expedia [place]'],
     ['Expedia [organisation]']),
    ('Z2_07', 'He travelled via Lufthansa because it was cheaper.', ['Lufthansa [place]'], []),
    ('Z2_08', 'Enquiries were rerouted through Citizens Advice.', ['Citizens Advice [place]'],
     ['Citizens Advice [organisation]']),
    ('Z2_11', 'Tourists travelled via Uber from the airport.', ['Uber [place]'], []),
    ('Z6_01', 'Kelby Motors said its Nokia office partnership would end.', ['Nokia [place]'], []),
    ('Z6_04', 'The agency said its Mercedes office in Stuttgart had called.', ['Mercedes [place]'], []),
    ('Z8_07', "He made his debut in the Socceroos' win over Japan.", ['Socceroos [place]'],
     ['Socceroos [organisation]']),
    ('Z8_12', 'Frustration is mounting in the Gunners.', ['Gunners [place]'], ['Gunners [organisation]']),
]


@pytest.mark.parametrize("pid, text, gone, kept", SECOND_REVIEW_PASSAGES, ids=[p[0] for p in SECOND_REVIEW_PASSAGES])
def test_the_second_review_s_passages_keep_their_kinds(pid, text, gone, kept):
    got = rows(text)
    assert not got & set(gone) and set(kept) <= got


@pytest.mark.parametrize("text, name", [
    ("Police said the driver was stopped with a KDR of 0.09 on the ring road.", "KDR"),
    ("The fund closed the year with a KPX of 40% and no debt.", "KPX"),
])
def test_an_abbreviation_before_of_and_a_figure_is_a_measure(text, name):
    assert name not in actors(text) and kinds(text).get(name) != "product"


def test_a_place_s_tally_in_a_results_box_keeps_its_row_and_a_score_label_not():
    assert kinds("Ohio: 51-47\nPennsylvania: 49-49\n").get("Ohio") == "place"
    assert "HT" not in actors("HT: 10-13\nKelby Rovers were the better side, Jo Perrin said.")


# --- a land named by a plural: only after a word of dwelling or staying and "in the" (narrowed after the second
# review; a party or a team after other words is none) -------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("She lived in the Tarnelles for a decade before moving to Leeds.", "Tarnelles"),
    ("Tourists were stranded in the Kelbanes after the ferry strike.", "Kelbanes"),
    ("The film is set in the Ollerines, far from any town.", "Ollerines"),
])
def test_a_plural_after_a_word_of_dwelling_and_in_the_is_a_place(text, name):
    assert kinds(text).get(name) == "place"


@pytest.mark.parametrize("text, name", [
    ("There was despair in the Tarnies after the vote, Jo Perrin said.", "Tarnies"),
    ("Frustration is mounting in the Kelbroos after a fourth defeat.", "Kelbroos"),
    ("He lived in the Kelbtones' shadow for years, Jo Perrin said.", "Kelbtones"),
    ("The drama is set in the Tarnsons universe.", "Tarnsons"),
    ("He spent the summer in the Kelbroos squad before his debut.", "Kelbroos"),
    ("She lived in the Tarnwicks for a decade. The Tarnwicks said she paid rent.", "Tarnwicks"),
    ("He had lived in the Kelbrooks' house since 2019.", "Kelbrooks"),
    ("She spent years in the Kelbites before joining Labour.", "Kelbites"),
])
def test_a_plural_after_other_words_or_a_possessive_is_no_place(text, name):
    assert kinds(text).get(name) != "place"


# The code review's findings on the merged rules (each checked against the merged code before the fix).

def test_an_inner_surname_after_an_appositive_with_a_possessive_is_someone_else():
    text = ("Ana Tarna Ruiz runs a bakery in Kelby. The rent has doubled since May. Tarna, her brother, said the "
            "family would fight the landlord in court.")
    rows = find_stakeholders(Article.from_text(text))
    people = dict(zip(rows["name"], rows["aliases"]))
    assert "Tarna" in people and "Tarna" not in people["Ana Tarna Ruiz"]


def test_a_share_in_a_results_box_keeps_the_candidate():
    assert kinds("Results\nJo Doe (Dem): 52.3%\nTom Roe: 47.7%\nTurnout was 61%.\n").get("Tom Roe") == "person"


@pytest.mark.parametrize("text, name", [
    ("The Kelby league operates under KNFA, which sets the fixture list, Jo Doe said.", "KNFA"),
    ("The club was docked points and now plays under KNFA.", "KNFA"),
    ("Jo Doe spent two years working under KPD in Tarno before she retired.", "KPD"),
    ("Fans called the late penalty a blunder KNFA.", "KNFA"),
])
def test_a_body_worked_or_played_under_stays_a_body(text, name):
    assert kinds(text).get(name) == "organisation"


def test_a_brand_joined_by_a_plus_stays_and_a_key_is_dropped():
    assert kinds("Subscribers can stream it on Kelbyvision+Tarno from Friday, the company said.").get(
        "Kelbyvision") == "organisation"
    assert "Ctrl" not in kinds("Press Ctrl+Enter to send. Jo Doe said the app was slow.")
