"""People and organisations in news copy: ships, storms, quoted nicknames, adjectives of area, places
by their use, role words before unknown names, patronymic given names and long members' bodies.  Every sentence is
invented for the test (for the gazetteer rule, a town of the world gazetteer the code's comments cite too); each
rule has passages where it must fire and ordinary US/UK passages where it must not."""

from __future__ import annotations

import pytest

from analysis import Article
from analysis.mentions import entities


def actors(text: str) -> dict:
    return {e.name: (e.kind, e.forms) for e in entities(Article.from_text(text))}


def kind_of(text: str, name: str) -> str | None:
    got = actors(text).get(name)
    return got[0] if got else None


# --- ships' names by prefix (_vessel) ---------------------------------------------------------------------------
@pytest.mark.parametrize("text, name", (
    ("The ferry MV Kelby Star was withdrawn from service on Tuesday.", "MV Kelby Star"),
    ("The two vessels, MV KELBY STAR and MV TARN NAN EILEAN, were ordered in 2015.", "MV TARN NAN EILEAN"),
    ("The frigate HMS Tarnwell sailed from the port at dawn.", "HMS Tarnwell"),
))
def test_a_ships_name_by_its_prefix_is_no_actor(text, name):
    assert kind_of(text, name) not in ("person", "organisation")


@pytest.mark.parametrize("text, name, kind", (
    ("Conservative MS Jo Tarnwell said the deputy minister was managing decline.", "Jo Tarnwell", "person"),
    ("MT Kelby Holdings Ltd said profits rose by a fifth.", "MT Kelby Holdings Ltd", "organisation"),
    ("RMS Tarn Services hired forty staff last year.", "RMS Tarn Services", "organisation"),
    ("Shares of HMS Kelby Group fell 4 percent on Monday.", "HMS Kelby Group", "organisation"),
    ("Sen. Jo Roe (R-MT) said the bill would pass.", "Jo Roe", "person"),
))
def test_a_body_or_person_beside_a_ships_prefix_keeps_its_kind(text, name, kind):
    assert kind_of(text, name) == kind


# --- storms (_storm_names, _storm_without_nouns) -----------------------------------------------------------------
@pytest.mark.parametrize("text, gone", (
    ("After Hurricane Margaret destroyed his home in 2005, Jo Tarnby moved to Houston.", "Hurricane Margaret"),
    ('Nearly two weeks after Typhoon "Kelda" flattened this coastal town, aid arrived.', "Typhoon"),
    ('Typhoon "Kelda" flattened the town of Tarnay last week. Aid was slow after Typhoon "Kelda" passed, officials '
     'said.', "Typhoon"),
    ("After Hurricane Helen tore through Tarnay in 2005, Jo Doe rebuilt the bakery.", "Hurricane Helen"),
))
def test_a_storm_without_a_storm_noun_is_no_actor(text, gone):
    assert kind_of(text, gone) not in ("person", "organisation")


@pytest.mark.parametrize("text, name, kind", (
    ("Hurricane Doeson won the snooker title in Sheffield on Sunday.", "Hurricane Doeson", "person"),
    ("Storm Margaret won the 100m final in Kelby.", "Storm Margaret", "person"),
    ("Typhoon Energy said profits rose by a tenth.", "Typhoon Energy", "organisation"),
    ("Cyclone Power Ltd, a Kelby firm, said it would hire 40 people.", "Cyclone Power Ltd", "organisation"),
    ("Hurricane Helen, 29, won the title after a long final.", "Hurricane Helen", "person"),
))
def test_a_person_or_body_named_like_a_storm_stays(text, name, kind):
    assert kind_of(text, name) in ("person", "organisation")  # an actor still (its kind as the other rules decide)


# --- quoted nicknames (_nickname_joins, _surname_alone_again) ----------------------------------------------------
@pytest.mark.parametrize("text, full, alone", (
    ('For the Kelbies, center Tomasz "Big Tom" Wojtarnski had 20 points. Wojtarnski fouled out late.',
     "Tomasz Wojtarnski", "Tomasz"),
    ('Ex-Albion hero Micky "The Tank" Brannagh said it was bad. Brannagh scored twice for the club.',
     "Micky Brannagh", "Micky"),
))
def test_a_given_name_before_a_quoted_nickname_of_several_words_opens_the_name(text, full, alone):
    got = actors(text)
    assert got[full][0] == "person" and alone not in got


@pytest.mark.parametrize("text, wrong", (
    ('The Acme "Smart Home" Expo opened on Monday. Visitors liked the Expo.', "Acme Expo"),
    ('The Tarn "Big Bash" Cup final was tense. Fans want the Cup back.', "Tarn Cup"),
    ('The Kelby "Green Deal" Plan was dropped. The Plan had cost millions.', "Kelby Plan"),
    ('Critics of the Acme "Fast Track" Rules said they were unfair.', "Acme Rules"),
    ('Tomasz "Big Tom" Wojtarnski had 20 points on Friday night.', "Tomasz Wojtarnski"),
))
def test_a_quoted_phrase_between_capitalised_words_joins_no_name(text, wrong):
    assert wrong not in actors(text)


def test_a_listed_given_name_before_a_one_word_nickname_still_joins():
    assert actors('Margaret "Peggy" Olsson said hello to the crowd.')["Margaret Olsson"][0] == "person"


# --- adjectives of area (_area_of_a_place) ----------------------------------------------------------------------
@pytest.mark.parametrize("text, name", (
    ("Dairy farmers in northern Victoria are walking away from the co-op, growers said.", "Victoria"),
    ("Jo Doe, whose constituency covers much of rural Kelbaw, said the buses were vital.", "Kelbaw"),
    ("She grew up in south Tarnley and still lives there.", "Tarnley"),
))
def test_a_name_after_an_adjective_of_area_is_a_place(text, name):
    assert kind_of(text, name) in ("place", None)
    assert kind_of(text, name) not in ("person", "organisation")


@pytest.mark.parametrize("text, name, kind", (
    ("The airline cut regional Kelbair flights last year. Kelbair said fuel cost more.", "Kelbair", "organisation"),
    ("The rural Kelby Council met on Tuesday to set the budget.", "Kelby Council", "organisation"),
    ("The central Bank of Kelby raised rates on Thursday.", "Bank of Kelby", "organisation"),
    ("Jo Doe went south after the match and Jo Doe said it was fine.", "Jo Doe", "person"),
    ("Western Tarnco Ltd said costs rose, and eastern Tarnco staff were laid off.", "Tarnco", None),
))
def test_an_adjective_of_area_before_a_body_makes_no_place(text, name, kind):
    got = kind_of(text, name)
    assert got != "place" if kind is None else got == kind


# --- places by their use: a neighbourhood, a harbour's works, "out of" a gazetteer town ---------------------------
@pytest.mark.parametrize("text, name", (
    ("Born in 1926 in the Kelbeau neighborhood, Mr. Doe learned trumpet at 10.", "Kelbeau"),
    ("Another lorry of shellfish sits on the pier at Tarnsay. When will it go?", "Tarnsay"),
    ("Jo Roe, a counsellor who works out of Kelso, said farmers were worried.", "Kelso"),
    ("Rents have doubled in the Tarnside neighbourhood since 2019, tenants said.", "Tarnside"),
    ("Six trawlers were moored at Kelbay when the storm hit.", "Kelbay"),
    ("The haulier runs eleven routes out of Kelso and employs 40 drivers.", "Kelso"),
))
def test_a_name_placed_by_its_use_is_a_place(text, name):
    assert kind_of(text, name) not in ("person", "organisation")


@pytest.mark.parametrize("text, name", (
    ("Acme spun out of Kelbytech in 2019, and Kelbytech said it was pleased.", "Kelbytech"),
    ("Tarnsay said on Monday that it would cut 40 jobs at its pier.", "Tarnsay"),
    ("Jo Doe ran out of time, Kelso said in a statement on Tuesday.", "Kelso"),
    ("The start-up, spun out of Kelso in 2019, makes radio chips. It raised $40 million on Tuesday.", "Kelso"),
    ("The Kelbeau Neighborhood Association said rents were too high.", "Kelbeau Neighborhood Association"),
    ("A spokesman at Tarnco said the firm would appeal.", "Tarnco"),
    ("The Tarnside Neighbourhood Watch said break-ins had fallen.", "Tarnside Neighbourhood Watch"),
    ("Jo Doe, a partner at Kelbay, said the pier deal was done. Kelbay said it would hire staff.", "Kelbay"),
))
def test_a_body_beside_such_words_is_no_place(text, name):
    assert kind_of(text, name) != "place"


# --- a role word opening a run before unknown words (_unknown_words) ----------------------------------------------
@pytest.mark.parametrize("text, full, alone", (
    ("Analyst Lau Kel Wen of Kelby Bank cut her target. \"It is a big drop,\" Lau said.", "Lau Kel Wen", "Lau"),
    ("Economist Kelbo Tarnu said inflation would ease. Tarnu added that rates would fall.", "Kelbo Tarnu", "Tarnu"),
    ("Reporter Kelbo Tarnu Wen said the vote was close. Kelbo said it was fair.", "Kelbo Tarnu Wen", "Kelbo"),
))
def test_a_role_word_before_unknown_words_is_a_title(text, full, alone):
    got = actors(text)
    assert got[full][0] == "person" and alone in got[full][1]


@pytest.mark.parametrize("text, name", (
    ("Analyst Relations Group said its survey was fair.", "Analyst Relations Group"),
    ("Teacher Training Scotland said places were full.", "Teacher Training Scotland"),
    ("Consultant Kelby Tarn Partners said fees would rise.", "Consultant Kelby Tarn Partners"),
    ("Auditor Kelby Tarn Holdings said fees rose.", "Auditor Kelby Tarn Holdings"),
    ("Farmer Kelby Dairies Ltd said milk prices fell.", "Farmer Kelby Dairies Ltd"),
))
def test_a_role_word_opening_a_bodys_name_stays_in_it(text, name):
    got = actors(text)
    assert name in got and got[name][0] == "organisation"


# --- the given name before a patronymic particle (_given_name_before_particle) -----------------------------------
@pytest.mark.parametrize("text, full, alone", (
    ("Group chairman Tan Sri Mohd Kelmi bin Tarno told shareholders costs rose. \"It is hard,\" Kelmi said.",
     "Mohd Kelmi bin Tarno", "Kelmi"),
    ("Datin Nur Kelsa binti Doeman chairs the group. Kelsa said the union would fight.",
     "Nur Kelsa binti Doeman", "Kelsa"),
))
def test_the_given_name_before_a_patronymic_particle_is_the_person(text, full, alone):
    assert alone in actors(text)[full][1]


@pytest.mark.parametrize("text, full, alone", (
    ("Mohd Kelmi bin Tarno and Ahmad Kelmi bin Doeman spoke. Kelmi said it was hard.", "Mohd Kelmi bin Tarno", "Kelmi"),
    ("Mohd Kelmi bin Tarno visited Kelmi on Monday. Farmers in Kelmi said they were pleased.",
     "Mohd Kelmi bin Tarno", "Kelmi"),
    ("Jo Doe said Acme was ready. Acme said so too.", "Jo Doe", "Acme"),
    ("Mohd Kelmi bin Tarno spoke first. Tarno Holdings said it agreed.", "Mohd Kelmi bin Tarno", "Tarno Holdings"),
    ("Sipho Kelmi Ndaba spoke. Kelmi said he agreed.", "Sipho Kelmi Ndaba", "Kelmi"),
))
def test_a_word_before_no_patronymic_particle_or_shared_stays_apart(text, full, alone):
    got = actors(text)
    assert full in got and alone not in got[full][1]


# --- long members' bodies with a plural possessive (body_tail_and, _and_join members_field) -----------------------
@pytest.mark.parametrize("text, name", (
    ("The European Patients’ Alliance for Access and Safety said supplies were short.",
     "European Patients’ Alliance for Access and Safety"),
    ("The Kelby Consumers' Product Safety and Liability Network said the recall was late.",
     "Kelby Consumers' Product Safety and Liability Network"),
    ("The North Kelby Shipowners' Mutual Protection and Indemnity Association Ltd said it would pay.",
     "North Kelby Shipowners' Mutual Protection and Indemnity Association Ltd"),
))
def test_a_members_body_with_fields_joined_by_and_is_one_name(text, name):
    assert actors(text)[name][0] == "organisation"


@pytest.mark.parametrize("text, names", (
    ("The British Nurses’ Federation for Health and American Airlines signed a deal.",
     ("British Nurses’ Federation for Health", "American Airlines")),
    ("The American Federation of Teachers and National Education Association agreed.",
     ("American Federation of Teachers", "National Education Association")),
    ("The Canadian Growers' Council for Trade and Jo Tarnby met on Friday.",
     ("Canadian Growers' Council for Trade", "Jo Tarnby")),
    ("The Democrats' Health and Safety Committee plan failed in the Senate.", ("Safety Committee",)),
    ("Farmers' Kelby Tarn and Jo Doe spoke at the Kelby Growers Association.", ("Kelby Growers Association",)),
))
def test_bodies_and_people_after_and_stay_apart(text, names):
    got = actors(text)
    assert all(n in got for n in names)


# --- a state university's campus after "at" (_campus_at) --------------------------------------------------------
@pytest.mark.parametrize("text, name", (
    ("Researchers at the University of Ohio at Kelso found the effect was small.", "University of Ohio at Kelso"),
    ("A study by the University of the Kelby Valley at Riverton was published on Monday.",
     "University of the Kelby Valley at Riverton"),
    ("A study by the University of Nova Scotia at Riverton was published on Monday.",
     "University of Nova Scotia at Riverton"),
))
def test_a_universitys_campus_after_at_is_part_of_its_name(text, name):
    assert actors(text)[name][0] == "organisation"  # (a state or province, then a town of the gazetteer)


@pytest.mark.parametrize("text, name", (
    ("The University of Kelby at Glendale hosted a forum on housing.", "University of Kelby"),
    ("Students from the University of Ohio at Tarn Hall performed on Friday.", "University of Ohio"),
    ("The University of Ohio at Kelso's invitation sent a team.", "University of Ohio"),
    ("The University of Ohio at Tarnfest 2024 held a debate.", "University of Ohio"),
    ("The University of Kelby at Riverton Park won the title.", "University of Kelby"),
    ("The University of the Kelby Valley at Tarn Stadium won the cup.", "University of the Kelby Valley"),
))
def test_a_university_at_a_venue_or_outside_a_state_keeps_its_name(text, name):
    assert name in actors(text)


@pytest.mark.parametrize("text, name", (
    ("He was at the University of Kelby at Christmas, Jo Doe said.", "University of Kelby"),
    ("Jo Roe of Acme at Kelby said the plant would close.", "Jo Roe"),
    ("The University of Kelby at Tarn Falls Medical Center Foundation said it would help.",
     "University of Kelby"),
    ("Tarn University at Kelby Falls said fees would rise.", "Tarn University"),
    ("She studied at the University of Kelby at the time, her mother said.", "University of Kelby"),
))
def test_at_after_another_name_or_before_a_time_adds_no_campus(text, name):
    assert name in actors(text)


# --- the same rules, narrowed after a review found ordinary copy they broke ---------------------------------------
@pytest.mark.parametrize("text, name", (
    ("Party secretary MV Kelan said the vote had been fair.", "MV Kelan"),
    ('"We will appeal," MT Tarnby told reporters on Monday.', "MT Tarnby"),
    ("The council appointed MV Kelbaran as its chief officer.", "MV Kelbaran"),
    ("District judge MV Tarnaraj retired on Friday.", "MV Tarnaraj"),
    ("The roster had MV Kelrama and MT Tarnajan on duty at the court.", "MT Tarnajan"),
    ("Danish builder MT Kelbygaard said profits rose by a third.", "MT Kelbygaard"),
))
def test_initials_like_a_ships_prefix_without_a_ship_stay_actors(text, name):
    assert kind_of(text, name) in ("person", "organisation")


@pytest.mark.parametrize("text, name", (
    ("The tanker MT Kelby Dawn ran aground off the coast on Sunday.", "MT Kelby Dawn"),
    ("The crew of MV Tarn Spirit were rescued after the engine failed.", "MV Tarn Spirit"),
))
def test_initials_prefix_with_a_ships_word_is_a_vessel(text, name):
    assert kind_of(text, name) not in ("person", "organisation")


@pytest.mark.parametrize("text, name", (
    ("Hurricane Jo performed his hit single at the festival in Kelby.", "Hurricane Jo"),
    ("Hurricane Jo, whose real name is Jo Tarnby, released a new album.", "Hurricane Jo"),
    ("Typhoon Helen recorded a second album in Tarnbury last year.", "Typhoon Helen"),
))
def test_a_performer_called_hurricane_stays_a_person(text, name):
    assert name in actors(text)


@pytest.mark.parametrize("text, gone", (
    ('The Acme "Lumia" Tarnex phones flopped. Tarnex sales fell and Acme left the market.', "Acme Tarnex"),
    ('Kelbco "Galaxy" Tarnpacked drew crowds. Tarnpacked events are held twice a year.', "Kelbco Tarnpacked"),
    ('Kelbco "Think Different" Tarnposters sold at auction. Tarnposters fetched $10,000.', "Kelbco Tarnposters"),
))
def test_a_brand_slogan_and_product_is_no_nicknamed_person(text, gone):
    assert gone not in actors(text)


@pytest.mark.parametrize("text, name, kind", (
    ("Residents posted about the thefts in a Kelbook neighborhood group.", "Kelbook", "place"),
    ("Workers said their pay was docked at Tarnco for toilet breaks.", "Tarnco", "place"),
    ("Staff had wages docked at Kelbymart after the strike, the union said.", "Kelbymart", "place"),
))
def test_a_body_by_a_quarter_or_docked_pay_is_no_place(text, name, kind):
    assert kind_of(text, name) != kind


@pytest.mark.parametrize("text", (
    "Group chairman Tan Sri Mohd Kelmi bin Tarno told shareholders costs rose. Kelmi, a director, said it was hard.",
    "Datin Nur Kelsa binti Doeman chairs the group. Kelsa, an adviser, said the union would fight.",
))
def test_a_lone_given_name_with_its_own_apposition_is_another_person(text):
    assert all(len(forms) == 1 for _, forms in actors(text).values())


# --- review s21 (code): a given name counted as a whole word; a name after an area adjective that speaks ----------
@pytest.mark.parametrize("text", (
    'Tomasz "Big Tom" Kowal won again on Friday. Kowal said the fight was hard. Tomaszewski lost.',
    'Tomasz "Big Tom" Kowal won again on Friday. Kowal said the fight was hard. Ex-champion Tomaszczyk retired.',
))
def test_an_unlisted_given_name_inside_a_longer_word_still_opens_the_nicknamed_name(text):
    got = actors(text)
    assert got["Tomasz Kowal"][0] == "person" and got.get("Kowal", ("", ()))[0] != "organisation"


def test_an_unlisted_given_name_written_again_as_a_word_joins_no_nickname():
    got = actors('Tomasz "Big Tom" Kowal won again on Friday. Kowal said the fight was hard. Tomasz cried.')
    assert "Tomasz Kowal" not in got


@pytest.mark.parametrize("text, name", (
    ("Passengers on regional Kelbair said the delays were long.", "Kelbair"),
    ("Fares on regional Tarnair have risen twice this year.", "Tarnair"),
    ("Staff at northern Kelbco said the plant was safe.", "Kelbco"),
    ("Customers were angry after central Tarnbank was fined by the regulator.", "Tarnbank"),
))
def test_a_name_after_an_area_adjective_that_speaks_or_has_a_verb_gets_no_place_cue(text, name):
    assert kind_of(text, name) != "place"


@pytest.mark.parametrize("text, name", (
    ("Farmers in northern Tarnia said the rain came late.", "Tarnia"),
    ("Schools in rural Kelbaw were closed this week.", "Kelbaw"),
    ("Roads in south Tarnley, which flooded in May, are open again.", "Tarnley"),
))
def test_a_name_after_an_area_adjective_without_its_own_verb_is_still_a_place(text, name):
    assert kind_of(text, name) in ("place", None)


# --- public registries for the quotation layer: datelines and quoted nicknames (review s21 findings 3 and 5) -------
@pytest.mark.parametrize("text, opening", (
    ("LONDON (Reuters) - Acme said on Monday it would cut jobs.", "LONDON (Reuters) - "),
    ("NEW DELHI, March 3: The minister said the plan was ready.", "NEW DELHI, March 3: "),
    ("HEMPSTEAD, N.Y. ― Jo Doe said the school would reopen.", "HEMPSTEAD, N.Y. ― "),
    ("FARGO, N.D., June 8 /Acme Wire/ -- Acme Corp said sales rose.", "FARGO, N.D., June 8 /Acme Wire/ -- "),
    ("Intro line.\n\nBEDFORD, N.H. (AP) — Jo Doe said the town would vote.", "BEDFORD, N.H. (AP) — "),
))
def test_dateline_spans_gives_the_datelines_opening_paragraphs(text, opening):
    from analysis.mentions import dateline_spans
    assert [text[a:b] for a, b in dateline_spans(text)] == [opening]


@pytest.mark.parametrize("text", (
    "UPDATE - Jo Doe said the vote would go ahead.",
    "WATCH - The minister said the plan was ready.",
    "Acme said on Monday - a holiday - that it would cut jobs.",
    "The BBC - and ITV - said they would cover it.",
    "Jo Doe: I never said that.",
))
def test_dateline_spans_finds_none_in_ordinary_openings(text):
    from analysis.mentions import dateline_spans
    assert dateline_spans(text) == []


@pytest.mark.parametrize("text, a, b", (
    ('Margaret "Peggy" Olsson said hello.', 10, 15),
    ('Tom “Big Tom” Doe won.', 5, 12),
    ('"I am tired of it all," said Robert "Big Bad Bob" Kowal.', 37, 48),
))
def test_is_nickname_takes_one_to_three_words_between_spaces(text, a, b):
    from analysis.mentions import is_nickname, nickname_at
    assert text[a - 1] in "\"“" and is_nickname(text, a, b) and nickname_at(text, a - 2) == b + 2


@pytest.mark.parametrize("text, a, b", (
    ('He said "Big Bad Bob Kowal" won.', 9, 26),
    ('She said "we won it" on Friday.', 10, 19),
    ('Jo Doe said "Yes".', 13, 16),
    ('Jo "the boss" Doe said so.', 4, 12),  # (a word after the first in lower case)
    ('Jo Doe called it "Big Tom",then left.', 18, 25),  # (no space after the closing mark)
    ('Fans chanted "Go Tarn Go Now" all night.', 14, 28),
))
def test_is_nickname_rejects_quotations_and_scare_quotes_of_other_forms(text, a, b):
    from analysis.mentions import is_nickname
    assert not is_nickname(text, a, b)


# --- "University of the <region> at <town>" only for a region (review s21 finding 15) ----------------------------
@pytest.mark.parametrize("text, name", (
    ("She sang at the University of the Arts at Kelso last week.", "University of the Arts"),
    ("A show by the University of the Creative Industries at Kelso opened.", "University of the Creative Industries"),
))
def test_university_of_the_arts_at_a_town_takes_no_campus(text, name):
    assert name in actors(text)


@pytest.mark.parametrize("text, name", (
    ("A study by the University of the South Pacific at Kelso was published.", "University of the South Pacific at Kelso"),
    ("A study by the University of the Western Highlands at Kelso was published.",
     "University of the Western Highlands at Kelso"),
))
def test_university_of_a_region_at_a_town_is_one_campus(text, name):
    assert actors(text)[name][0] == "organisation"


def test_a_cluster_with_any_prefix_that_is_initials_too_needs_a_ships_word():
    """Review s21 finding 19: every form is read, not only the first ("HMS Tarn" then "MV Tarn")."""
    from collections import Counter

    import analysis.mentions as M  # (the rule has no public face; its cluster is built by hand)
    forms = [M._Cand(start=0, end=8, name="HMS Tarn", cues=Counter()),
             M._Cand(start=30, end=37, name="MV Tarn", cues=Counter())]
    cluster = M._Cluster(name="HMS Tarn", cands=forms, cues=Counter())
    assert not M._vessel(cluster, "HMS Tarn is the name. Then MV Tarn read the minutes.")  # (no ship's word)
    assert M._vessel(cluster, "HMS Tarn docked at noon. Then MV Tarn sailed.")
