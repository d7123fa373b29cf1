"""The kind of a name in ordinary news copy (session 23): titles in two-apostrophe quotations, places listed after
or before a plural of settlements, bodies whose own words say so.  Every sentence is invented for the test;
expected values were checked by reading it."""

from __future__ import annotations

import pytest

from analysis import Article, find_stakeholders
from .conftest import kinds


def actors(text: str) -> dict:
    df = find_stakeholders(Article.from_text(text))
    return {n: k for n, k in zip(df["name"], df["kind"]) if k in ("person", "organisation")}


# --- titles in two-apostrophe quotations (archived US papers' style) -------------------------------------------

@pytest.mark.parametrize("text, title", [
    ("The network also revived ''Harbor Lights,'' a drama that first aired in 1991, Jo Perrin said.", "Harbor Lights"),
    ("Critics liked ''The Quiet Tenant,'' and Kelbrook Books plans a sequel next year.", "Quiet Tenant"),
    ("He was asked about ''Kelby House'' during an interview on Tuesday.", "Kelby House"),
])
def test_a_title_alone_in_two_apostrophe_quotes_is_no_actor(text, title):
    assert title not in actors(text)


@pytest.mark.parametrize("text, name, kind", [
    # a partial quotation naming a person: the person stays
    ("He said he felt ''the looming presence of Martha Kelso,'' his mother, at every debate.", "Martha Kelso",
     "person"),
    ("''It's nonsense,'' Mr. Tarrant said. ''Ask Dana Whitcombe about it.''", "Dana Whitcombe", "person"),
    # a name also written outside the quotation marks stays
    ("Kelbrook Media bought ''Harbor Lights.'' Kelbrook Media said it would air in May.", "Kelbrook Media",
     "organisation"),
    # an ordinary speech quotation with a speaker
    ("''We will appeal,'' said Ronan Pell, a lawyer for the family.", "Ronan Pell", "person"),
    # apostrophes inside names are no quotation marks
    ("Mr. O'Hara's office said Sean O'Hara would testify on Monday.", "Sean O'Hara", "person"),
])
def test_two_apostrophe_quotes_leave_ordinary_names_alone(text, name, kind):
    assert actors(text).get(name) == kind


# --- places listed after or before a plural of settlements -----------------------------------------------------

def test_names_after_the_villages_of_are_places():
    k = kinds("Residents of the villages of Hollenby and Marsk fear the dike works. "
              "The meeting was held in the Hollenby sports hall.")
    assert k["Hollenby"] == "place" and k["Marsk"] == "place"


def test_names_after_counties_of_and_towns_such_as_are_places():
    k = kinds("Campaign ads ran in the two suburban counties of Cardle and Wenlow for weeks.")
    assert k["Cardle"] == "place" and k["Wenlow"] == "place"
    k = kinds("She promised jobs for communities such as Brackwater, where mills have closed.")
    assert k["Brackwater"] == "place"


def test_names_before_a_plural_of_settlements_are_places():
    k = kinds("Flood wardens checked Renholm and Birtle villages overnight.")
    assert k["Renholm"] == "place" and k["Birtle"] == "place"
    k = kinds("Ohio's Marrick, Ashgrove and Tullow counties all went for the governor.")
    assert k["Ashgrove"] == "place" and k["Tullow"] == "place"


@pytest.mark.parametrize("text, name, kind", [
    # companies, shops and sites are no places
    ("Companies such as Kelbrook and Tarnwell cut jobs last year, Jo Perrin said.", "Kelbrook", "organisation"),
    ("The Kelbook communities grew quickly, and Kelbook said it would hire moderators.", "Kelbook", "organisation"),
    ("Acme Foods and Tarnco Holdings bought farms in the region, officials said.", "Acme Foods", "organisation"),
    # a name listed after a plural of settlements that speaks elsewhere acts as an actor
    ("The cities of Kelby and Tarno signed a pact, and Kelby said it would pay for the bridge.", "Kelby",
     "organisation"),
    # people are no places
    ("Jane Doe and Tom Roe toured towns such as Brackwater in May.", "Jane Doe", "person"),
])
def test_plural_settlement_lists_leave_other_names_alone(text, name, kind):
    assert kinds(text).get(name) == kind


# --- bodies whose own words say so -----------------------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("Lena Ortiz told the Kelby Daily Beacon in an email that she would run again.", "Kelby Daily Beacon"),
    ("The deal was first reported by Harlan Publishing and by two local papers.", "Harlan Publishing"),
    ("He spoke on the Merrow News Channel after the debate.", "Merrow News Channel"),
    ("Patients at Harlan University Hospitals waited for hours.", "Harlan University Hospitals"),
    ("Results from Wexley Politics and from the state party were close. Wexley Politics has polled the state "
     "since 2010.", "Wexley Politics"),
])
def test_an_uncued_name_with_a_body_s_words_is_an_organisation(text, name):
    assert kinds(text)[name] == "organisation"


@pytest.mark.parametrize("text, name", [
    ("The report was written by Martha Fielding and published on Monday.", "Martha Fielding"),
    ("Asked about the plan, Kwabena Brooks shook his head.", "Kwabena Brooks"),
    ("Minutes later, Secretary of State Dana Whitcombe arrived.", "Dana Whitcombe"),
    ("A photograph of Oisin Royal hangs in the hall.", "Oisin Royal"),
    ("A photograph of Ingrid Banks hangs in the hall.", "Ingrid Banks"),
    ("The letter was signed by Tamsin Whitlow and Oisin Carrick.", "Oisin Carrick"),
])
def test_a_person_s_name_is_not_made_a_body_by_its_surname(text, name):
    assert kinds(text)[name] == "person"


# --- laws named after their sponsors -----------------------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("She praised the Harlow-Fenwick bill that regulates payday lenders.", "Harlow-Fenwick"),
    ("One vote he regrets is the repeal of Marsden-Tully, he told the paper.", "Marsden-Tully"),
    ("Banks have lobbied for years to weaken Harlow-Fenwick rules on capital.", "Harlow-Fenwick"),
])
def test_a_hyphenated_pair_of_surnames_used_as_a_law_is_no_actor(text, name):
    assert kinds(text).get(name, "product") == "product"
    assert name not in actors(text)


@pytest.mark.parametrize("text, name", [
    ("Ashworth-Bryce said the bill would pass, and Ashworth-Bryce voted for it.", "Ashworth-Bryce"),
    ("Under Secretary Lyle-Morton backed the law last year.", "Lyle-Morton"),
    ("Jo-Ann Pike said the law was unfair.", "Jo-Ann Pike"),
    ("The Kelby-Tarno campaign said the legislation would fail.", "Kelby-Tarno"),
    ("Ferris-Bowen, a law firm, said the rules were unfair.", "Ferris-Bowen"),
    ("Critics of Ashworth-Bryce's bill said it went too far.", "Ashworth-Bryce"),
])
def test_hyphenated_names_that_act_are_no_law(text, name):
    assert kinds(text).get(name) != "product"


# --- roads named for titled people -------------------------------------------------------------------------------

def test_a_road_named_for_a_titled_person_is_a_place():
    k = kinds("Two men were shot near a shop on Lady Marwood Road on Saturday. A resident of Lady Marwood Road said "
              "the gunmen were strangers.")
    assert k["Marwood Road"] == "place"
    assert kinds("The crash happened on Sir Ellis Road near the school.")["Ellis Road"] == "place"


@pytest.mark.parametrize("text, name, kind", [
    ("Lady Ashworth visited Tarn Road on Monday and said the repairs were late.", "Ashworth", "person"),
    ("Jane Doe of Kelby Road said the council had ignored residents.", "Jane Doe", "person"),
    ("Road safety minister Jo Kelby said the plan would save lives.", "Jo Kelby", "person"),
    ("Sir Tom Avery, who grew up on Mill Road, said he was proud.", "Tom Avery", "person"),
    ("Nathan Lane told reporters the show would go on.", "Nathan Lane", "person"),
])
def test_people_beside_roads_stay_people(text, name, kind):
    assert kinds(text).get(name) == kind


# --- vehicles by their maker's name ------------------------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("The court heard Marlow was driving his modified Holden Tarago at up to 112km/h.", "Holden Tarago"),
    ("A friend, Jayden Perrin, 19, was driving a Subaru Kelvo that night.", "Subaru Kelvo"),
    ("Police found a stolen Toyota Harlan near the school.", "Toyota Harlan"),
])
def test_a_maker_and_a_model_after_an_article_or_owner_is_a_vehicle(text, name):
    assert kinds(text).get(name, "product") == "product"
    assert name not in actors(text)


@pytest.mark.parametrize("text, name", [
    ("A Ford Foundation grant paid for the study, Jo Kelby said.", "Ford Foundation"),
    ("Workers at a Toyota Motor plant went on strike.", "Toyota Motor"),
    ("Mercedes Tarnby said the play would close on Sunday.", "Mercedes Tarnby"),
    ("Holden Caulfield is the narrator of the novel, his teacher said.", "Holden Caulfield"),
    ("An Aston Villa fan was arrested, and a Lincoln Memorial guard was hurt.", "Lincoln Memorial"),
    ("The mayor of Dodge City, Ellen Marsh, said a Dodge City bypass was planned.", "Dodge City"),
])
def test_makers_names_in_other_names_are_no_vehicle(text, name):
    assert kinds(text).get(name) != "product"


# --- the review's passages (session 23, review of s23-kinds): every regression must read as on the start code ----
# (want: the kind of the stakeholder row of that name; "-kind": no row of that name of that kind).  People's names
# are invented; the makers, companies and regions are real because the vehicle rule is a list of real makers.

def row_kinds(text: str) -> dict:
    df = find_stakeholders(Article.from_text(text))
    return dict(zip(df["name"], df["kind"]))


def _check(text: str, name: str, want: str) -> None:
    got = row_kinds(text).get(name)
    if want.startswith("-"):
        assert got != want[1:], (text, got)
    else:
        assert got == want, (text, got)


@pytest.mark.parametrize("text, name, want", [
    ("''We Want Dana Kelbrook,'' the crowd chanted outside the arena.", 'Dana Kelbrook', 'person'),  # R104
    ("''Jo Ferrante,'' the chairman replied when asked who should succeed him.", 'Jo Ferrante', 'person'),  # R106
    ("''Ask Dana Kelbrook,'' Mr. Tolliver said. ''She was there.''", 'Dana Kelbrook', 'person'),  # R111
    ("Her lawyer, Priya Chandrasekar, said ''Ms. Voss Did Nothing Wrong.''", 'Voss', 'person'),  # R118
    ("''Dear Mr. Ashdale,'' the letter began, ''I write on behalf of the residents of Kelby.''", 'Ashdale', 'person'),  # R121
    ("''Vote for Lenora Pask,'' the signs said.", 'Lenora Pask', 'person'),  # R127
    ('Fine Gael constituencies in Dublin returned two TDs each.', 'Fine Gael', '-place'),  # R216
    ('The lead role is played by Tiernan House.', 'Tiernan House', 'person'),  # R305
    ('The choir was led by Ifeoma Darling.', 'Ifeoma Darling', 'person'),  # R310
    ('Supporters of Baraka Champion filled the hall.', 'Baraka Champion', 'person'),  # R311
    ('The charity was founded by Zanele Mission in 1998.', 'Zanele Mission', 'person'),  # R316
    ('The best-actor prize went to Kiah Champion.', 'Kiah Champion', 'person'),  # R331
    ('The documentary follows Chidera House and her two sons.', 'Chidera House', 'person'),  # R333
    ('Commons business under Rees-Tarrant was unusually brisk.', 'Rees-Tarrant', '-product'),  # R403
    ('The party under Kelby-Ashdown lost 40 seats.', 'Kelby-Ashdown', '-product'),  # R404
    ('Under Schleswig-Holstein law, the ferry must carry a doctor.', 'Schleswig-Holstein', '-product'),  # R407
    ('The Emilia-Romagna regulations take effect on Monday.', 'Emilia-Romagna', '-product'),  # R408
    ('Under Rhineland-Palatinate rules, bars close at 11 p.m.', 'Rhineland-Palatinate', '-product'),  # R409
    ('The Harley-Davidson standards were updated last year.', 'Harley-Davidson', '-product'),  # R410
    ('Under Coca-Cola rules, bottlers may not sell rival drinks.', 'Coca-Cola', 'organisation'),  # R411
    ('The Smith-Kelby law firm represented the family.', 'Smith-Kelby', '-product'),  # R412
    ('She joined the Ashby-Tarrant law firm in 2012.', 'Ashby-Tarrant', '-product'),  # R413
    ('The Franco-German reform proposals were presented in Brussels.', 'Franco-German', '-product'),  # R414
    ('Under Hewlett-Packard rules, staff may not accept gifts.', 'Hewlett-Packard', 'organisation'),  # R415
    ('Scouting grew quickly under Hollis-Kelby.', 'Hollis-Kelby', '-product'),  # R418
    ('Under Mecklenburg-Vorpommern law, the coast is protected.', 'Mecklenburg-Vorpommern', '-product'),  # R425
    ('The board under Pryce-Tarrant approved the merger.', 'Pryce-Tarrant', '-product'),  # R430
    ('Villagers under Mac-Tarrant, their chief, refused to move.', 'Mac-Tarrant', 'person'),  # R433
    ('Alsace-Lorraine standards for wine labels are strict.', 'Alsace-Lorraine', '-product'),  # R434
    ('Life under Bowes-Kelby was hard, his sister said.', 'Bowes-Kelby', '-product'),  # R436
    ('Sarah Highway, 42, was charged with assault.', 'Sarah Highway', 'person'),  # R511
    ('Mr. Joseph Boulevard said he would appeal.', 'Joseph Boulevard', 'person'),  # R515
    ('Detective Tom Parkway told the court the gun was found in a bin.', 'Tom Parkway', 'person'),  # R516
    ('Her friend Mercedes Kelbrook was with her at the time.', 'Mercedes Kelbrook', 'person'),  # R603
    ('My mother Mercedes Tolliver taught me to read.', 'Mercedes Tolliver', 'person'),  # R604
    ('Their daughter Kia Ashdown, 7, was unhurt.', 'Kia Ashdown', 'person'),  # R605
    ('His hero Chevy Kelbrook made him want to act.', 'Chevy Kelbrook', 'person'),  # R606
    ('It was a Chevy Kelbrook comedy he had seen a dozen times.', 'Chevy Kelbrook', 'person'),  # R607
    ('A Fiat Chrysler spokesman declined to comment.', 'Fiat Chrysler', 'organisation'),  # R608
    ('A Maruti Suzuki official said production would resume.', 'Maruti Suzuki', 'organisation'),  # R609
    ('A Mitsubishi UFJ analyst cut the target price.', 'Mitsubishi UFJ', 'organisation'),  # R610
    ('A Tata Consultancy spokesperson confirmed the layoffs.', 'Tata Consultancy', 'organisation'),  # R611
    ('A Ferrari Formula One driver has never won in Kelby.', 'Ferrari Formula One', '-product'),  # R612
    ('A Ducati MotoGP rider crashed in practice.', 'Ducati MotoGP', '-product'),  # R613
    ('Their coach Ford Tarrant resigned on Monday.', 'Ford Tarrant', 'person'),  # R617
    ('A Honda Racing engineer was injured.', 'Honda Racing', 'organisation'),  # R618
    ('An Audi Sport spokesman said the car was legal.', 'Audi Sport', 'organisation'),  # R619
    ('A Hyundai Heavy spokesman said the ship was delayed.', 'Hyundai Heavy', 'organisation'),  # R623
    ('A Renault Nissan executive was arrested in Tokyo.', 'Renault Nissan', 'organisation'),  # R624
    ('A Mahindra Satyam auditor was jailed.', 'Mahindra Satyam', 'organisation'),  # R626
    ('His sister Mercedes Okafor, a nurse, was the first to arrive.', 'Mercedes Okafor', 'person'),  # R630
    ('Her uncle Ford Madox Tarrant left her the house.', 'Ford Madox Tarrant', 'person'),  # R632
    ('Her teammate Kia Tolliver scored twice.', 'Kia Tolliver', 'person'),  # R638
    ('An Yamaha Music teacher won the prize.', 'Yamaha Music', 'organisation'),  # R643
    ('Her former partner Porsche Tarrant was jailed for assault.', 'Porsche Tarrant', 'person'),  # R646
    ('Adivasi villages in the district have no road.', 'Adivasi', '-place'),  # R253
    ('Naxal districts will get more police, Home Minister Arun Kelkar said.', 'Naxal', '-place'),  # R263
    ('The song was written by Lindiwe House and recorded in Soweto.', 'Lindiwe House', 'person'),  # R349
    ('Floral tributes were left for Mosese Darling outside the school.', 'Mosese Darling', 'person'),  # R353
    ('A portrait of Lupe Mission hangs in the council chamber.', 'Lupe Mission', 'person'),  # R354
    ('Under Saxony-Anhalt rules, shops must close on Sundays.', 'Saxony-Anhalt', '-product'),  # R439
    ('Under Rolls-Royce rules, suppliers are audited yearly.', 'Rolls-Royce', '-product'),  # R440
    ('The club reached the final under Nolan-Ashby.', 'Nolan-Ashby', '-product'),  # R441
    ('The scheme was set up under Gupta-Rao, then finance minister.', 'Gupta-Rao', 'person'),  # R442
    ('Our reporter Kia Tarrant was in the crowd.', 'Kia Tarrant', 'person'),  # R649
    ('Her aunt Mercedes Ashdown ran the shop for 30 years.', 'Mercedes Ashdown', 'person'),  # R652
    ('A Mercedes Kelbrook painting sold for $2 million.', 'Mercedes Kelbrook', 'person'),  # R653
    ('A Geely Automobile spokesman declined to comment.', 'Geely Automobile', 'organisation'),  # R654
])
def test_review_regressions_of_the_kind_rules_read_as_before(text, name, want):
    _check(text, name, want)


@pytest.mark.parametrize("text, name, want", [
    ("Mr. Kelbrook, who starred in ''Tarnwood Heights'' for six seasons, said he had no plans to retire.", 'Tarnwood Heights', '-place'),  # R101
    ("His new book, ''The Long Road to Ashby,'' traces his years as mayor.", 'Ashby', '-organisation'),  # R105
    ("His new book, ''The Long Road to Ashby,'' traces his years as mayor.", 'Long Road', '-place'),  # R105
    ("A spokesman for Tarno Holdings, Abel Quint, said the company ''Will Review Everything.''", 'Review Everything', '-person'),  # R112
    ("Critics called the plan ''Obamacare Lite,'' and Senator Lenora Pask voted against it.", 'Obamacare Lite', '-person'),  # R114
    ("In ''Letters From Tarno,'' the novelist Idris Okafor writes of his exile.", 'Tarno', '-organisation'),  # R120
    ("The film ''Saving Grace Ferrante'' opened on Friday in 2,000 theaters.", 'Grace Ferrante', '-person'),  # R122
    ("On ''Fox and Friends,'' Representative Tobias Merrow said the vote would be close.", 'Fox', '-organisation'),  # R123
    ("''Jo Doe and Me'' is the third book by the journalist Marta Kowalczyk.", 'Jo Doe', '-person'),  # R132
    ("The play, ''A Dinner With Edith Wharton,'' closes this weekend.", 'Edith Wharton', '-person'),  # R133
    ('Flooding hit the villages of Ballykelby and Tarnmore on Sunday night.', 'Ballykelby', 'place'),  # R201
    ('Flooding hit the villages of Ballykelby and Tarnmore on Sunday night.', 'Tarnmore', 'place'),  # R201
    ('Residents of communities such as Kelbridge and Ashmere say they have been forgotten.', 'Ashmere', 'place'),  # R222
    ('Residents of communities such as Kelbridge and Ashmere say they have been forgotten.', 'Kelbridge', 'place'),  # R222
    ('The suburbs of Kelbridge and Tarnholt grew fastest, according to Kelbstat.', 'Kelbridge', 'place'),  # R230
    ('The suburbs of Kelbridge and Tarnholt grew fastest, according to Kelbstat.', 'Tarnholt', 'place'),  # R230
    ('The islands of Kelba and Tarna voted to stay, Premier Dale Oakes said.', 'Tarna', 'place'),  # R233
    ('The Kelbrook and Tarnwell constituencies are now marginal.', 'Kelbrook', 'place'),  # R248
    ('The Kelbrook and Tarnwell constituencies are now marginal.', 'Tarnwell', 'place'),  # R248
    ('Kelby Publishing released the novel in March.', 'Kelby Publishing', 'organisation'),  # R317
    ('Kelby News Channel aired the debate live.', 'Kelby News Channel', 'organisation'),  # R320
    ('The Kelwyn-Tarrant bill would cap interest rates on payday loans.', 'Kelwyn-Tarrant', 'product'),  # R401
    ('Republicans pledged to repeal Kelwyn-Tarrant within a year.', 'Kelwyn-Tarrant', 'product'),  # R402
    ('The Lloyd-Kelby amendment failed by three votes.', 'Lloyd-Kelby', 'product'),  # R417
    ('The reinstatement of Glass-Tarrant was a campaign promise.', 'Glass-Tarrant', 'product'),  # R420
    ('Critics want to gut Varnes-Oxholm.', 'Varnes-Oxholm', 'product'),  # R429
    ('Traffic was halted on Lady Kelby Road after the crash.', 'Kelby Road', 'place'),  # R501
    ('Sir Tarno Highway will be widened, the council said.', 'Tarno Highway', 'place'),  # R508
    ('The Pacific Motorway was closed for hours.', 'Pacific Motorway', 'place'),  # R514
    ('He was driving his modified Holden Kelbourne when police stopped him.', 'Holden Kelbourne', 'product'),  # R601
    ('A Subaru Tarnex was seen leaving the scene.', 'Subaru Tarnex', 'product'),  # R602
    ('A Tesla Model Y caught fire on the motorway.', 'Tesla Model Y', 'product'),  # R621
    ('Her new Kia Sportage was stolen from the driveway.', 'Kia Sportage', 'product'),  # R622
    ('A Volkswagen Passat driven by Kelby Ashdown hit the barrier.', 'Volkswagen Passat', 'product'),  # R628
    ('A Ford Mustang rolled into the river.', 'Ford Mustang', 'product'),  # R631
    ('A Honda Civic and a Ford Focus collided on the N7.', 'Ford Focus', 'product'),  # R633
    ('A Honda Civic and a Ford Focus collided on the N7.', 'Honda Civic', 'product'),  # R633
    ('An Opel Astra was stolen overnight.', 'Opel Astra', 'product'),  # R635
    ('A Suzuki Swift, a Dodge Ram and a Lexus RX were damaged.', 'Dodge Ram', 'product'),  # R636
    ('A Suzuki Swift, a Dodge Ram and a Lexus RX were damaged.', 'Lexus RX', 'product'),  # R636
    ('A Suzuki Swift, a Dodge Ram and a Lexus RX were damaged.', 'Suzuki Swift', 'product'),  # R636
    ('A Mercedes-Benz Sprinter carried the team.', 'Mercedes-Benz Sprinter', 'product'),  # R637
    ('A Cadillac Escalade carried the senator to the rally.', 'Cadillac Escalade', 'product'),  # R639
    ('The Kelby-Tarrant bill and the Ashby-Moss bill both stalled.', 'Ashby-Moss', 'product'),  # R443
    ('The Kelby-Tarrant bill and the Ashby-Moss bill both stalled.', 'Kelby-Tarrant', 'product'),  # R443
    ('A Nissan Leaf was parked outside.', 'Nissan Leaf', 'product'),  # R651
])
def test_review_improvements_of_the_kind_rules_stay(text, name, want):
    _check(text, name, want)


# --- the narrowed rules' own probes (session 23, review fixes) ---------------------------------------------------

@pytest.mark.parametrize("text, name, want", [
    ("His daughter Mercedes Kelby drove the car home.", "Mercedes Kelby", "person"),
    ("A Porsche Kelby exhibition opened in May.", "Porsche Kelby", "-product"),
    ("We were driving. A Honda Kelby car park attendant waved.", "Honda Kelby", "-product"),
    ("Mr. Kelby-Tarno said the bill would pass.", "Kelby-Tarno", "person"),
    ("The Kelby-Tarno bill passed, Ms. Kelby-Tarno said.", "Kelby-Tarno", "person"),
    ("''Vote for Jo Kelby,'' he said.", "Jo Kelby", "person"),
    ("A Mercedes Kelby was parked outside the house, police said.", "Mercedes Kelby", "product"),
    ("Her new Holden Tarago was stolen overnight.", "Holden Tarago", "product"),
    ("Ford Tarrant was driving a Toyota Harlan when he crashed.", "Toyota Harlan", "product"),
    ("She backs tougher rules but embraces the 2010 Kelby-Tarno law that would cap fees.", "Kelby-Tarno", "product"),
    ("Hamilton, Kelbrook and Tarnwell counties voted for him.", "Kelbrook", "place"),
])
def test_narrowed_kind_rules_probes(text, name, want):
    _check(text, name, want)


# --- second review (session 23): a list before a plural of settlements makes no place of a party or a firm ----------

@pytest.mark.parametrize("text, name", [
    ("The Labour and Green constituencies swung sharply.", "Green"),  # N03
    ("Microsoft and Google cities in the game are popular.", "Google"),  # N10
    ("Amazon and Walmart towns in the Midwest depend on warehouses.", "Amazon"),  # S12
    ("Amazon and Walmart towns in the Midwest depend on warehouses.", "Walmart"),  # S12
    ("Apple and Samsung cities, as analysts call them, have boomed.", "Apple"),  # S14
    ("Apple and Samsung cities, as analysts call them, have boomed.", "Samsung"),  # S14
    # invented probes
    ("Kelbook and Tarnco towns grew up round the plants.", "Tarnco"),
    ("The Reform and Green districts reported low turnout.", "Green"),
    ("Kelbex and Tarnco cities in the game are busy.", "Tarnco"),
    ("Acme Corp makes chips. Acme Corp and Tarnco towns are rivals.", "Tarnco"),
    ("The Alliance and Green constituencies held firm.", "Alliance"),
])
def test_a_party_or_firm_before_a_plural_of_settlements_is_no_place(text, name):
    assert kinds(text).get(name) != "place"


@pytest.mark.parametrize("text, name", [
    ("Leeds and Bradford cities bid for the games.", "Leeds"),
    ("The Kelbrook and Tarnwell constituencies are now marginal.", "Tarnwell"),
    ("Flood wardens checked Renholm and Birtle villages overnight.", "Birtle"),
    ("The towns of Kelby and Tarno were flooded.", "Tarno"),
])
def test_places_before_or_after_a_plural_of_settlements_stay_places(text, name):
    assert kinds(text).get(name) == "place"


def test_a_venture_named_after_a_person_in_the_story_is_no_person():
    k = actors("Harold Kelbworth toured the site on Monday. In 1991 Kelbworth bought a small airline and renamed "
               "it the Kelbworth Shuttle. The Kelbworth Shuttle lost money for years, and the shuttle was sold in "
               "1993, Kelbworth said.")
    assert k.get("Harold Kelbworth") == "person"
    assert k.get("Kelbworth Shuttle") != "person"


def test_a_person_whose_given_name_is_another_s_surname_stays_a_person():
    k = actors("Ana Jordan chairs the board. Jordan Tarnby, her deputy, said the vote was close.")
    assert k.get("Jordan Tarnby") == "person"


@pytest.mark.parametrize("text, name", [
    # a boxer whose given name is another fighter's surname, a common word after it
    ("Tarrant Fury will fight Ivo Kelbek in Doha in June, decades after Sam Tarrant won his first title.",
     "Tarrant Fury"),
    # an adviser whose given name is a former president's surname
    ("The former aide Colby Page testified for six hours. Former President Amos Colby did not comment.", "Colby Page"),
    # a family name written first, described as a person, beside another of that family name
    ("Teo See Hock, the minister, announced the scheme on Tuesday. Economist Ruth Teo said it was overdue.",
     "Teo See Hock"),
    ("Tran Van Hoa, a fisherman, lost his boat in the storm. The district official Mai Tran said aid was coming.",
     "Tran Van Hoa"),
    # a Spanish double surname, the second a place's name
    ("Jorge Herrera, the union leader, called the plan unfair. The economist Herrera Quito, who advised the last "
     "government, agreed with him.", "Herrera Quito"),
    # a common word after the surname, a person described after the name
    ("Grace Phiri, the former president, attended. Phiri Young, a youth activist, led the march through Zomba.",
     "Phiri Young"),
    # an educator named with an initial and a place's name
    ("Cory Kelbman spoke at a school named for Kelbman T. Lincoln, the educator who was born into slavery.",
     "Kelbman T. Lincoln"),
])
def test_a_person_opening_with_another_s_surname_and_no_venture_s_word_stays_a_person(text, name):
    assert actors(text).get(name) == "person"


def test_a_firm_named_after_its_founder_by_an_industry_word_is_an_organisation():
    k = actors("Aliko Kelbote opened the new kiln on Monday. Kelbote Cement said its profit rose 5%.")
    assert k.get("Aliko Kelbote") == "person" and k.get("Kelbote Cement") == "organisation", k
