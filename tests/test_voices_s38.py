"""Whole names, seats, datelines and speakers in world news (session 38).

A members' body "of" two places keeps both; plural possessives joined by "&", and a bilingual legal form after a
slash, stay inside one name; a town after a firm's legal form or a body's name and a comma is its seat, and a title
case wire dateline ("Kelbapur, Nov 19 (PTI)") a place; wire slugs and notes to editors name no one; Vietnamese
names open with their family name; glued initials before a surname do not end a sentence; a phrase opening with
"her" before a name gives the name's sex; a short participle opens a phrase, not a name; a body's one holder of a
role, described and quoted unnamed, is the person named at the opening of the next sentence with "known as".  Every passage is
written for the test; the expected names were checked by reading it.
"""

from __future__ import annotations

import pytest

from analysis import Article, extract_quotes, find_stakeholders
from analysis.mentions import dateline_spans, entities


def kinds(text: str) -> dict:
    st = find_stakeholders(Article.from_text(text))
    return dict(zip(st["name"], st["kind"]))


def layer(text: str) -> dict:
    return {e.name: e.kind for e in entities(Article.from_text(text))}


def speakers(text: str) -> dict:
    q = extract_quotes(Article.from_text(text))
    return dict(zip(q["text"], q["speaker"]))


@pytest.mark.parametrize("text, name", [
    ("The march was organised by the Federation of Small Salt Producers of Kelbpur and Tarnagar, which claims "
     "11,000 members. Tarnagar is a dusty town.", "Federation of Small Salt Producers of Kelbpur and Tarnagar"),
    ("The Crofters’ Association of Kelby and Tarnsay has written to the trust. Tarnsay has 40 crofts.",
     "Crofters’ Association of Kelby and Tarnsay"),
    ("The Kelby Mussel Growers’ & Processors’ Association said prices had fallen.",
     "Kelby Mussel Growers’ & Processors’ Association"),
    ("The survey was done by Tarnac Hydraulics & Geotechnical Ltd./Ltée, which said the dykes were too low.",
     "Tarnac Hydraulics & Geotechnical Ltd./Ltée"),
])
def test_a_body_s_whole_name(text, name):
    assert kinds(text).get(name) == "organisation"


def test_a_union_of_a_place_and_a_person_stays_two_names():
    got = kinds("The Union of Kelby and Jo Doe met on Monday.")
    assert "Union of Kelby and Jo Doe" not in got


def test_a_town_after_a_firm_or_a_body_is_its_seat():
    text = ("Jo Bora, Director, Kelby Spice & Agro Traders Pvt. Ltd., Guwahati, who made the highest bid, said the "
            "yard was fair.\n\nFor queries: Publicity Cell, NLCSPB, Kohima.\n")
    got = kinds(text)
    assert got.get("Guwahati") in (None, "place") and got.get("Kohima") in (None, "place")
    assert got.get("Kelby Spice & Agro Traders Pvt. Ltd.") == "organisation"


def test_a_title_case_dateline_is_a_place_and_its_agency():
    text = "Tarnagar (Gujarat), Nov 19 (PSI) Hundreds of salt workers marched on Tuesday, Jo Doe said.\n"
    assert dateline_spans(text) == [(0, text.index("Hundreds"))]
    got = layer(text)
    assert got["Tarnagar"] == "place" and got["PSI"] == "organisation"
    assert dateline_spans("London, the capital, was quiet: nobody came.") == []  # (no month and day)


def test_wire_slugs_and_notes_to_editors_are_no_one():
    got = kinds("SALT WORKERS MARCH\n(Eds: Adds company reaction in paras 10-14)\n\nJo Doe said the lease was "
                "unfair.\n\n(Photo available: GJ-SALT-LEASE-1: Workers outside the office.)\n\nMORE PSI: "
                "GJ-QUAKE-HOUSING\n")
    assert set(got) == {"Jo Doe"}


def test_vietnamese_names_open_with_the_family_name():
    got = layer("Trần Minh Khôi, a coffee dealer, said he had bought only 40 tonnes. Nguyễn Thị Lan said the price "
                "was low in Hà Nội.")
    assert got["Trần Minh Khôi"] == "person" and got["Nguyễn Thị Lan"] == "person" and got["Hà Nội"] == "place"


def test_glued_initials_before_a_surname_end_no_sentence():
    art = Article.from_text("Acme spokesperson H.R. Manjunath said the water came from outside. He moved to the "
                            "U.S. Trump said so.")
    assert [s.text for s in art.sentences] == ["Acme spokesperson H.R. Manjunath said the water came from outside.",
                                               "He moved to the U.S.", "Trump said so."]
    got = speakers("“The water came from outside,” Kelby Realty spokesperson H.R. Manjunath said.")
    assert got["The water came from outside,"] == "H.R. Manjunath"


def test_a_phrase_with_her_before_a_name_gives_her_sex():
    text = ("Justice of the Peace Colette Tarnault-Whitlow fined the company $300,000.\n\n"
            "A current employee, who asked not to be named because he still works at the mill, said the mood had "
            "changed.\n\n\"Now if the belt jams, we stop,\" he said.\n\n"
            "In her reasons, Tarnault-Whitlow said the fine was fair.\n\n"
            "\"I accept that the remorse in this courtroom is genuine,\" she said.\n")
    got = speakers(text)
    assert got["I accept that the remorse in this courtroom is genuine,"] == "Colette Tarnault-Whitlow"
    assert got["Now if the belt jams, we stop,"] == "current employee"


def test_a_short_participle_opens_a_phrase_not_a_name():
    text = ("Kelby Mills was fined on Monday. The owner, Jo Tarn, pleaded guilty.\n\n"
            "Taking the stand first, Tarn, 61, blamed the crisis and \"members who stopped paying\".\n")
    assert speakers(text)["members who stopped paying"] == "Jo Tarn"


def test_a_body_s_role_described_then_named():
    text = ("Shares in Red Kelby jumped 22 per cent.\n\n"
            "The company's managing director, a former underground miner who founded Red Kelby in a spare room, "
            "called the deal \"the day we stopped being a drawing on a map\".\n\n"
            "Jo Pollard, known from Kelby to Tarno as \"Dusty\", told reporters the deal had been negotiated for "
            "18 months.\n")
    assert speakers(text)["the day we stopped being a drawing on a map"] == "Jo Pollard"


def test_someone_with_a_role_of_their_own_is_not_the_described_holder():
    text = ("Shares in Red Kelby jumped 22 per cent.\n\n"
            "The company's managing director called the deal \"the day we stopped being a drawing on a map\".\n\n"
            "Jo Doe, an analyst at Tarn Securities, said the deal was risky.\n")
    assert speakers(text)["the day we stopped being a drawing on a map"] != "Jo Doe"


def test_currencies_and_ist_plurals_are_no_bodies():
    got = layer("The cooperative lost 40 million Turkish Liras, the court heard. Conservationists said the line "
                "would cross a gorge.")
    assert got.get("Liras") in (None, "product") and got.get("conservationists") == "group"  # (a common noun's
    # capital at a sentence's start, lower case since session 51)


def test_gaelic_and_indian_place_words():
    got = layer("The nets on the Abhainn Tarnais were lifted near Pabaigh Mòr. Floods hit HSR Layout, said Sanjay "
                "Nagar, a local MLA.")
    assert [got.get(n) for n in ("Abhainn Tarnais", "Pabaigh Mòr", "HSR Layout", "Sanjay Nagar")] \
        == ["place", "place", "place", "person"]


# The review's probes (ordinary copy where the first version of the rules misfired): kept as negative tests.

def test_a_degree_or_a_college_in_initials_still_ends_its_sentence():
    for text, first in (("Priya Nair completed a B.A. Recruiters from three banks approached her.",
                         "Priya Nair completed a B.A."),
                        ("He earned his doctorate at M.I.T. Classmates recall a quiet student.",
                         "He earned his doctorate at M.I.T.")):
        assert Article.from_text(text).sentences[0].text == first


def test_someone_who_just_says_something_next_is_not_the_described_holder():
    text = ("The company's chief executive called the merger \"a perfect fit for both firms\". Gareth Lyle said the "
            "deal would hurt small suppliers like his own firm.\n")
    assert speakers(text)["a perfect fit for both firms"] != "Gareth Lyle"


def test_schedule_and_timeline_lines_are_no_datelines():
    text = "Friday, June 7: Kelby v Tarno, kick-off 8pm.\n\nJo Doe, June 1: appointed ambassador.\n"
    assert dateline_spans(text) == []
    assert layer(text).get("Friday") != "place"


def test_a_surname_after_a_given_name_is_no_quarter_of_a_town():
    got = layer("Rakesh Nagar, the party's district president, said the road would be repaired. Nagar said so.")
    assert got["Rakesh Nagar"] == "person"


def test_a_tournament_and_a_surname_are_no_currency():
    got = layer("Spain reached the final of the Euros. Georgia Pound, his agent, said he would stay.")
    assert got.get("Euros") != "product" and got.get("Georgia Pound") != "product"


def test_a_kinship_word_and_a_given_name_is_the_person_named_in_full():
    got = layer("Jo Tarnakis, who ran a fruit stall for 50 years, has died. \"My children call him Grandpa Jo,\" "
                "said Mary Kelbo. Grandpa Jo never closed on Sundays.")
    assert got.get("Jo Tarnakis") == "person" and "Grandpa Jo" not in got


def test_swamps_docks_and_barangays_are_places():
    got = layer("Floods hit Kelby Swamp. Boats moored at Kelby Dock near Tarno Wharf. Residents of Barangay Kelbanan "
                "fled. Lorna Hills said so.")
    assert [got.get(n) for n in ("Kelby Swamp", "Kelby Dock", "Tarno Wharf", "Barangay Kelbanan", "Lorna Hills")] \
        == ["place"] * 4 + ["person"]


def test_a_surname_that_is_a_word_of_places_stays_a_person_s():
    got = layer("Leona Marsh, the chief executive, said the board was united. Marsh, asked about the pledge, declined "
                "to comment. Nurses struck at Northstar Lakes Health System. Northstar Lakes has offered 11 percent.")
    assert got.get("Leona Marsh") == "person" and got.get("Northstar Lakes") != "place"


def test_a_season_s_word_opening_a_town_stays_in_its_name():
    got = layer("His brother lives in Fall River and his sister in Little Rock.")
    assert got.get("Fall River") == "place" and "River" not in got


def test_an_unnamed_source_met_as_he_is_no_antecedent_of_she():
    text = ("Justice Jo Tarnault fined the company $300,000. In her ruling, Tarnault said the company had been "
            "negligent.\n\n"
            "A current employee, who asked not to be named because he still works at the mill, said the mood had "
            "changed.\n\n\"Now if the belt jams, we stop,\" he said.\n\n"
            "The defence had asked for a smaller fine.\n\n"
            "\"I accept that the remorse in this courtroom is genuine,\" she said.\n")
    assert speakers(text)["I accept that the remorse in this courtroom is genuine,"] == "Jo Tarnault"


def test_an_unnamed_source_of_the_other_sex_is_kept_when_no_one_else_is_there():
    text = ("A worker at the Kelby plant, who did not want to be named, said he expected to lose his job.\n\n"
            "\"Thirty years, and that is it,\" he said.\n\nHis wife, who also asked not to be named, said the family "
            "would have to sell their house.\n\n\"We have nothing else,\" she said.\n")
    assert speakers(text)["We have nothing else,"] != "family would have"


def test_brands_idioms_and_given_names_are_no_kinship_forms():
    got = layer("Ben Kessler, the chief executive, said Uncle Ben's rice had been renamed. Sam Whitfield, a tax "
                "partner, said: \"Uncle Sam wants his share.\" Tia Mowry presented the trophy. Mowry called it a "
                "joy.")
    assert got.get("Ben Kessler") == "person" and got.get("Sam Whitfield") == "person"
    assert got.get("Tia Mowry") == "person"


def test_a_second_unnamed_source_of_the_same_noun_takes_the_other_pronoun():
    text = ("One nurse, who asked not to be named, said the ward was full.\n\n\"We are running on fumes,\" he said."
            "\n\nAnother nurse said the night shift was worse.\n\n\"I go home and cry,\" she said.\n")
    assert speakers(text)["I go home and cry,"] == "nurse"


# After news_gold71 and news_gold72 were released (session 38's second round).

def test_a_body_for_a_list_of_causes_keeps_them_all():
    got = layer("The Kelby Flood Victims’ Forum for Relief, Rehabilitation and Justice filed the petition.")
    assert got.get("Kelby Flood Victims’ Forum for Relief, Rehabilitation and Justice") == "organisation"
    got = layer("The Society for Relief, Jo Doe said, was late.")
    assert got.get("Jo Doe") == "person"


def test_cc_is_a_legal_form():
    got = layer("Tarno Bus Services CC said its drivers were trained.")
    assert got.get("Tarno Bus Services CC") == "organisation"


def test_three_word_seats_are_no_seat_and_name():
    got = layer("The MP for North East Fife said no. The MP for Bury St Edmunds told the Commons it would pass. "
                "A Liberal senator for New South Wales said so.")
    assert got.get("North East Fife") == "place" and got.get("Bury St Edmunds") == "place"
    assert got.get("New South Wales") == "place"


def test_press_review_and_nationality_labels_name_no_trade():
    text = ("Live: the budget\n\n9.05am — The Guardian: ‘The chancellor has boxed herself in’\n\n"
            "Simon Tarnwell, a reader in Kelby, said he would wait and see.\n\n"
            "9.20am — Italian: ‘We will win it again’\n\nGareth Kelb, a Welsh fan, said the stadium was full.\n")
    got = speakers(text)
    assert got["The chancellor has boxed herself in"] != "Simon Tarnwell"
    assert got["We will win it again"] != "Gareth Kelb"


def test_a_one_word_seat_then_a_name_after_member_for():
    got = layer("The Member for Murray Mick Tarnaskis told the crowd he would fight for every litre.")
    assert got.get("Mick Tarnaskis") == "person" and "Murray Mick Tarnaskis" not in got


def test_a_live_blog_label_of_a_trade_in_ist_names_the_entry_s_speaker():
    text = ("Live: Kelby irrigators rally\n\n2.20pm — Ecologist: ‘The river needs its share’\n\n"
            "Not everyone in Kelby is on the side of the tractors. Dr Lorna Tarnby, an ecologist with Friends of the "
            "Kelby Wetlands, watched the rally.\n\n“The river needs its share. The wetlands have been drying out for "
            "thirty years,” she said.\n")
    assert speakers(text)["The river needs its share"] == "Lorna Tarnby"
