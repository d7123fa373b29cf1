"""Whole names, places and speakers in world news (session 39).

A body named for places listed before it keeps them all (a first place of two words, a members' possessive in its
last words, a second "and" among its fields); causes listed with "&", two counties and "of the ... Valley" stay in
a body's name; "the co-op" stands for a co-operative; "the company" is the story's own firm, not a person's firm,
another firm's owner or an incorporated foundation; given names that are common words open a person's name; a person
brought in with a relative clause is the newcomer a later "he" stands for; "Fork", "Gulf" and the Irish "Lough"
make places; "Sun" inside a name is no weekday.  Every passage is written for the test; the expected names and
speakers were checked by reading it.
"""

from __future__ import annotations

import pytest

from analysis import Article, extract_quotes, find_stakeholders


def kinds(text: str) -> dict:
    st = find_stakeholders(Article.from_text(text))
    return dict(zip(st["name"], st["kind"]))


def speakers(text: str) -> dict:
    q = extract_quotes(Article.from_text(text))
    return dict(zip(q["text"], q["speaker"]))


@pytest.mark.parametrize("text, name", [
    ("The Kelby, Tarno and Vell’s Klip Community Development Trust holds 12% of the project.",
     "Kelby, Tarno and Vell’s Klip Community Development Trust"),
    ("Jo Doe, chairman of the Kelby Island, Tarno and Vell Inshore Fishermen's Co-operative Society Ltd, said half "
     "his members left.", "Kelby Island, Tarno and Vell Inshore Fishermen's Co-operative Society Ltd"),
    ("He was a founder member of the Kelby and Tarno Fruit Growers' Co-operative Marketing and Processing Society "
     "Ltd in 1961.", "Kelby and Tarno Fruit Growers' Co-operative Marketing and Processing Society Ltd"),
    ("Jo Doe is secretary of the Kelbapur and Tarnagar Rythu Sangham, a farmers' union.",
     "Kelbapur and Tarnagar Rythu Sangham"),
    ("The Kelby Acequia Alliance for Land, Water & Culture, a statewide advocacy group, called the ruling fair.",
     "Kelby Acequia Alliance for Land, Water & Culture"),
    ("Jo Doe, who chairs Citizens for Clean Air and Water of Nelson and Washington Counties, said no.",
     "Citizens for Clean Air and Water of Nelson and Washington Counties"),
    ("Jo Doe, president of the Independent Steelworkers Association of the Kelby Valley, called the sale unfair.",
     "Independent Steelworkers Association of the Kelby Valley"),
    ("He said Kelby Sun Energy (RF) (Pty) Ltd would pay the trust next year.", "Kelby Sun Energy (RF) (Pty) Ltd"),
])
def test_a_body_s_whole_name(text, name):
    assert kinds(text).get(name) == "organisation"


def test_the_kelby_tarn_liberal_party_caucuses_stay_the_party_s():
    # (the plural after the name is the party's members: the list is not read as its own body then)
    assert "Kelby, Tarn and Vell Liberal Party caucuses" not in kinds("The Kelby, Tarn and Vell Liberal Party "
                                                                      "caucuses met.")


@pytest.mark.parametrize("text, place", [
    ("Water from Beech Fork fills the rickhouse.", "Beech Fork"),
    ("Boats crossed the Winam Gulf at dawn.", "Winam Gulf"),
    ("Fishing on Lough Tarna was poor last year.", "Lough Tarna"),
])
def test_rivers_gulfs_and_loughs_are_places(text, place):
    assert kinds(text).get(place) in (None, "place")


def test_a_fork_after_a_given_name_is_a_surname():
    assert kinds("Jo Fork said the road was closed.").get("Jo Fork") == "person"


@pytest.mark.parametrize("text, name", [
    ("The hydrologist, Faith Jones of Kelby Consulting, testified on Monday.", "Faith Jones"),
    ("Mercy Atieno, a fish trader, said prices fell.", "Mercy Atieno"),
])
def test_given_names_that_are_common_words(text, name):
    assert kinds(text).get(name) == "person"


def test_sunday_s_abbreviation_names_no_one():
    got = kinds("Published Sun 3 Mar 2024.\n\nThe Baltimore Sun reported that Jo Doe had resigned.")
    assert got.get("Baltimore Sun") == "organisation" and "Sun" not in got


def test_the_co_op_is_the_co_operative_named_before():
    text = ("Kelby Rural Electric Cooperative says it has cut power to about 3,100 customers.\n\n"
            "In a statement, the co-op said the shutoff was “a last resort, not a first choice”.")
    assert speakers(text)["a last resort, not a first choice"] == "Kelby Rural Electric Cooperative"


def test_the_company_is_not_a_witness_s_firm():
    text = ("The court granted an injunction against Tarno Land & Water Holdings LLC, which wants to build 140 homes.\n\n"
            "The company's hydrologist, Jo Roe of Roe Hydro Consulting, Inc., testified that the well was safe.\n\n"
            "In a statement after the ruling, the company said it was \"disappointed but confident\".")
    assert speakers(text)["disappointed but confident"] == "Tarno Land & Water Holdings LLC"


def test_the_company_is_not_its_parent():
    text = ("Kelby Apparel Manufacturing, Inc. will pay $1.3 million in back wages.\n\n"
            "Kelby Apparel Manufacturing is a subsidiary of Tarno Textile Holdings Ltd. of Hong Kong. In a "
            "statement, the company said it had \"cooperated fully\" with the investigation.")
    assert speakers(text)["cooperated fully"] == "Kelby Apparel Manufacturing, Inc."


def test_an_incorporated_foundation_is_no_company():
    text = ("On a ridge above the village, Kelby Nickel & Chromite Mining Corp. has been extracting ore since "
            "2006.\n\n"
            "The petition was prepared by Jo Roe of the Tarno Legal Assistance Foundation, Inc., a non-profit.\n\n"
            "The company, in a written reply, said it \"respects the rights of indigenous peoples\".")
    assert speakers(text)["respects the rights of indigenous peoples"] == "Kelby Nickel & Chromite Mining Corp."


def test_a_person_brought_in_with_a_relative_clause_is_he():
    text = ("Mr Roe dismissed that as ‘scaremongering’ and said the mine would be underground.\n\n"
            "Among those backing the scheme was 82-year-old Bill Doe, who worked at the last mine to close.\n\n"
            "‘When I was a boy, half this village went underground,’ he said.")
    assert speakers(text)["When I was a boy, half this village went underground,"] == "Bill Doe"


def test_he_stays_the_speaker_when_he_brings_the_person_in():
    text = ("Mr Roe said the mine would be underground. He met Jo Doe, who worked at the mine.\n\n"
            "'It is fine,' he said.")
    assert speakers(text)["It is fine,"] == "Roe"


# A story of fifteen sentences or more, where a bare word named once with nothing of a body about it is no
# stakeholder (mentions._bare_word): after "from" or "to" it stays one only when the words before name no home, no
# way and no range of places (a place, if listed at all).
_LONG = ("The water board met on Tuesday to discuss the dry summer. " * 14
         + "{} Jo Doe, the board's chairman, said the supply would hold.")


@pytest.mark.parametrize("sentence, word", [
    ("Dr Ama Roe, a veterinarian from Kelbapur, said the herds were thin.", "Kelbapur"),
    ("He wrote to the minister about the road to Tarnagar every spring.", "Tarnagar"),
    ("He was known from Kelbi to Tarnowa as the rain king.", "Kelbi"),
    ("He was known from Kelbi to Tarnowa as the rain king.", "Tarnowa"),
])
def test_a_home_a_way_or_a_range_is_no_stakeholder(sentence, word):
    assert kinds(_LONG.format(sentence)).get(word) in (None, "place")


def test_a_firm_after_from_stays_listed():
    got = kinds(_LONG.format("The board took a loan from Brellix last year."))
    assert got.get("Brellix") == "organisation"


@pytest.mark.parametrize("sentence, words", [
    ("The rain fell hardest around Kelbapur and Tarnagar.", ("Kelbapur", "Tarnagar")),
    ("He is survived by his wife, Mele; his sons Tomasi, Sione and Pita; and nine grandchildren.",
     ("Tomasi", "Sione", "Pita")),
])
def test_places_and_kin_listed_are_no_stakeholders(sentence, words):
    got = kinds(_LONG.format(sentence))
    assert all(got.get(w) in (None, "place") for w in words)


def test_firms_invested_in_stay_listed():
    got = kinds(_LONG.format("The board invested in Brellix and Quendal last year."))
    assert got.get("Brellix") == "organisation" and got.get("Quendal") == "organisation"


def test_a_byline_s_role_is_no_title_of_the_next_line_s_first_word():
    got = kinds("Ferries move closer\n\nBy Ingrid Roe, Council Reporter\n\nKelbsay’s long-promised ferries moved a step "
                "closer on Tuesday when councillors voted to build three vessels.")
    assert got.get("Kelbsay") != "person" and got.get("Ingrid Roe") is None


def test_the_outlet_s_writer_and_photographer_are_no_stakeholders():
    text = ("Mill will not reopen\n\nPosted: 18 May 2022 | 13:05\nBy Thandi Roe, Kelby FM News\n\n"
            "▶ Listen: Thandi Roe reports from the Tarno Valley (2:14)\n\n"
            "The Tarno sugar mill will not reopen after the floods, its owner, Kelby Sugar Ltd, said on Tuesday. "
            "\"We cannot rebuild it,\" said Jo Doe, the company's chief executive.\n\n"
            "Story by Dana Vell · Photographs by Pete Quill\n\nPete Quill’s photographs of the valley appear inside.")
    got = kinds(text)
    assert "Thandi Roe" not in got and "Pete Quill" not in got and got.get("Jo Doe") == "person"


def test_a_person_in_a_credit_who_speaks_stays():
    text = ("Photo: Jo Doe\n\nThe mill closed on Monday. \"It is over,\" Jo Doe said. Jo Doe has run the mill "
            "since 1990.")
    assert kinds(text).get("Jo Doe") == "person"


def test_a_spokeswoman_for_a_body_described_by_its_own_words():
    text = ("The Kelby Workers' Mutual Aid Society of Victoria has set up a scholarship fund in his name.\n\n"
            "A spokeswoman for the mutual aid society said the fund was chosen \"because he would hate a statue.\"")
    assert speakers(text)["because he would hate a statue."] == "Kelby Workers' Mutual Aid Society of Victoria"


def test_one_of_many_is_not_the_body_of_its_trade():
    text = ("Kelby Seafood Processors Inc. said prices would hold.\n\nA processor said privately that \"nobody wants "
            "to be the first to blink.\"")
    assert speakers(text)["nobody wants to be the first to blink."] != "Kelby Seafood Processors Inc."


def test_she_is_names_the_person_just_described():
    text = ("KELBY — When it rains hard, the river turns red.\n\n"
            "“Before the mine, the river was brown for one day,” says a 61-year-old farmer standing in a paddy where "
            "the stalks have gone pale.\n\nShe is Ana Tarrant, and she has planted these four hectares since 1979.\n\n"
            "“We are not educated people. But we have eyes,” she says.")
    got = speakers(text)
    assert got["Before the mine, the river was brown for one day,"] == "Ana Tarrant"
    assert got["We are not educated people. But we have eyes,"] == "Ana Tarrant"


# Negative probes of the session's review (/work/wt/_review/s39, outside the repository): passages where a first
# version of the rules above went wrong and the code before them was right.
_ANALYSTS = "Analysts said the sector had a difficult quarter. " * 14 + "{} Jo Doe, an analyst at Kelby Research, said no."


@pytest.mark.parametrize("sentence, firms", [
    ("Two men from Brellix came to replace the gas meter on Tuesday.", ("Brellix",)),
    ("Thousands of customers switched from Brellix to Quendal after the price rise.", ("Brellix", "Quendal")),
    ("The group spun off Brellix and Quendal in 2021 to cut its debt.", ("Brellix", "Quendal")),
])
def test_firms_after_from_to_and_off_stay_listed(sentence, firms):
    got = kinds(_ANALYSTS.format(sentence))
    assert all(got.get(f) == "organisation" for f in firms)


def test_a_charity_named_with_a_virtue_is_no_person():
    got = kinds("Mercy Wings, a charity that flies patients to hospital, said its plane would land in Tarno in May.")
    assert got.get("Mercy Wings") != "person"


def test_sunday_s_abbreviation_in_a_schedule_names_no_one():
    got = kinds("Kelby library opening hours: Mon-Fri 9am-5pm, Sat 10am-4pm, Sun Closed.\n\nThe library will reopen "
                "after repairs, the council said.")
    assert "Sun Closed" not in got


def test_a_role_at_a_hard_wrapped_line_s_end_still_names_the_person():
    got = kinds("A fine of £5,000 was imposed on the club's manager\nOkonkwo after the match, the league announced.")
    assert got.get("Okonkwo") == "person"


@pytest.mark.parametrize("text, name", [
    ("Reporter held in Kelby\n\nBy Ana Roelofs\n\nKELBY — Police detained Ana Roelofs, a correspondent for this "
     "newspaper, for six hours on Tuesday while she covered a protest. Ana Roelofs was released without charge.",
     "Ana Roelofs"),
    ("Prize for Kelby photographer\n\nPhotographs by Ana Roe\n\nAna Roe won the Tarno Photo Prize on Monday for her "
     "pictures of the floods. Ana Roe, 29, has worked in Kelby since 2018.", "Ana Roe"),
])
def test_a_credited_writer_the_story_is_about_stays(text, name):
    assert kinds(text).get(name) == "person"


@pytest.mark.parametrize("text, quote, wrong", [
    ("The Kelby Police Federation, which represents rank-and-file officers, has asked for a pay rise.\n\nTwo men were "
     "arrested after the march. A spokesman for the police said the men had been \"throwing bottles at officers\".",
     "throwing bottles at officers", "Kelby Police Federation"),
    ("Kelby Government Employees Union called a strike for Monday.\n\nThe dispute is over pensions. The government "
     "said the strike was \"unnecessary\".", "unnecessary", "Kelby Government Employees Union"),
    ("\"We had no choice,\" said Tom Roe, the mine's manager.\n\nThe decision angered Ben Doe, who ran the miners' "
     "union for years.\n\n\"I understand the anger, but the mine lost money every month,\" he said.",
     "I understand the anger, but the mine lost money every month,", "Ben Doe"),
    ("The Kelby Rural Electric Cooperative cut power to 3,100 homes.\n\nThe Kelby Historical Society said its museum "
     "had lost its records. The co-op said power would return \"by Friday\".", "by Friday", "Kelby Historical Society"),
])
def test_a_body_s_modifier_or_an_object_is_no_speaker(text, quote, wrong):
    assert speakers(text)[quote] != wrong
