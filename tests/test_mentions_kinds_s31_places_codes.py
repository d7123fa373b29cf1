"""Kinds of names, session 31: a currency's code the story writes before an amount, a code of letters and figures,
the people of one part of a country of two, a town someone travelled back from, a volcano, a town named with its
"Town" where someone spoke, a ground or a shore at a place, and a plural of dwellers or landholders opening lines.
Every passage is invented for the test; expected values were checked by reading it."""

from __future__ import annotations

import pytest

from .conftest import kinds, stakeholder_rows


# --- a currency's code -------------------------------------------------------------------------------------------

def test_a_currency_code_the_story_writes_before_an_amount_is_no_actor_alone():
    text = ("Traders at Owino market said UGX 3,700 bought one dollar on Thursday. UGX has lost 4 per cent since "
            "January as coffee receipts fell, Nakato Mirembe, a currency dealer, said.")
    assert "UGX" not in stakeholder_rows(text)


def test_a_currency_code_never_written_before_an_amount_is_left_to_the_other_rules():
    # the same letters with no amount anywhere: nothing says they are a currency here
    text = ("UGX weakens as coffee receipts dry up, dealers said on Thursday. Nakato Mirembe, a trader at Owino "
            "market, said importers were buying dollars early.")
    assert "UGX" in stakeholder_rows(text)


def test_a_known_body_s_letters_stay_even_before_an_amount_elsewhere():
    # "SOS" is the Somali shilling's code and a known body's letters: the body stays
    text = ("The appeal raised SOS 300,000 in Hargeisa. SOS Children's Villages said on Monday that it would open "
            "two more homes, and SOS said the money would go to food.")
    assert stakeholder_rows(text).get("SOS Children's Villages", ("",))[0] == "organisation"


# --- a code of letters and figures -----------------------------------------------------------------------------

def test_a_code_of_letters_and_figures_in_a_dateline_s_bracket_is_no_agency():
    text = "MONROVIA (ELBC104) - The health ministry opened two clinics in Paynesville on Tuesday, officials said."
    assert "ELBC104" not in stakeholder_rows(text)


def test_a_wire_s_name_in_a_dateline_s_bracket_stays_an_agency():
    text = "MONROVIA (CMC) - The health ministry opened two clinics in Paynesville on Tuesday, officials said."
    assert stakeholder_rows(text).get("CMC", ("",))[0] == "organisation"


# --- the people of one part of a country of two -----------------------------------------------------------------

def test_the_people_of_one_part_of_a_country_of_two_are_a_group():
    text = ("Barbudans queued at the ferry dock on Monday for the new land forms. Each Barbudan will get a plot, the "
            "lands officer said.")
    k = kinds(text)
    assert k.get("Barbudans") == "group"
    assert k.get("Barbudan") == "group"


def test_a_singular_given_name_is_no_people():
    # "Adrian" ends as "-ian" does; a given name is never read as a place's people
    text = "Opposition members said the titles were late. Adrian, a cane cutter at Estbury, said he had waited years."
    assert kinds(text).get("Adrian") != "group"


# --- a town someone travelled back from -------------------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("Hassan Idris, a baker who came back from Tarnosh last spring, said rents in the old city had doubled.",
     "Tarnosh"),
    ("Ana Ruiz came to Lisbon from Hainvale as a teenager and now owns the shop, which employs six people.",
     "Hainvale"),
])
def test_a_name_someone_travelled_back_or_on_from_is_a_place(text, name):
    assert kinds(text).get(name) == "place"


def test_a_firm_someone_came_back_from_stays_a_firm():
    text = "Jo Doe, who came back from Tarnwell Capital last year, said the fund would grow, Tarnwell Capital said."
    assert kinds(text).get("Tarnwell Capital") == "organisation"


# --- a volcano --------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("Ash fell on the island's farms after La Kelbière erupted on Sunday night, the airline said.",
     "La Kelbière"),
    ("The 1902 eruption of Mont Tarnelle killed thousands, the museum's guide told visitors.", "Mont Tarnelle"),
    ("Farmers near the Tarnomo volcano were moved to schools on Friday, police said.", "Tarnomo"),
])
def test_a_name_that_erupts_is_a_volcano(text, name):
    assert kinds(text).get(name) == "place"


def test_a_social_network_that_erupts_stays_the_company():
    # a word of a volcano's land ("ash") in the sentence: only the social-network check stops it
    text = "Instagram erupted with photos of the ash cloud on Sunday, and the company said it would label the posts."
    assert kinds(text).get("Instagram") != "place"


# --- a town named with its "Town" where someone spoke -----------------------------------------------------------

def test_a_town_named_with_town_where_someone_spoke_is_a_place():
    text = "The port will be dredged next year, the transport minister said in Tobago Town on Friday."
    assert kinds(text).get("Tobago Town") == "place"


def test_a_club_named_with_town_that_speaks_stays_a_club():
    text = "Ipswich Town said on Monday that the manager had left, and the club thanked him."
    assert kinds(text).get("Ipswich Town") == "organisation"


# --- a ground or a shore at a place -----------------------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("Schoolboys practised on the football ground at Kelbotts until dark, the coach said.", "Kelbotts"),
    ("Children swim by the lagoon shore at Tarnafale every evening, the island council said.", "Tarnafale"),
])
def test_a_ground_or_a_shore_at_a_name_places_it(text, name):
    assert kinds(text).get(name) == "place"


# --- a plural of dwellers or landholders opening lines ----------------------------------------------------------

def _proposed(text: str) -> list[str]:
    """The actors the rules propose before the trained filter (which may drop a name on its own)."""
    from analysis import Article
    from analysis.mentions import actor_candidates

    return [name for name, _kind, _features, _forms in actor_candidates(Article.from_text(text))]


def test_landholders_opening_a_headline_and_a_paragraph_are_no_body():
    text = ("Fish camp shuts early\n\nBy Our Correspondent, 14 March 2019\n\nForty deckhands were laid off on "
            "Thursday, the cooperative said.\n\nLandowners seek compensation\n\nLandowners along the Kelbo river, "
            "whose gardens the new dam flooded, have waited three years for the promised payments.")
    assert "Landowners" not in _proposed(text)


def test_landholders_inside_a_sentence_keep_a_body_s_name():
    text = ("The Kelbara Landowners said on Monday that lease payments were late, and the Kelbara Landowners' "
            "lawyer wrote to the minister.")
    rows = stakeholder_rows(text)
    assert any("Landowners" in name for name in rows)


# --- a government's official after a one-word name's possessive -------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("The union's regional secretary in Kelbenburg, Jo Doe, called the cuts a betrayal. Kelbenburg's economy "
     "minister, Ann Roe, said she would meet both sides on Friday.", "Kelbenburg"),
    ("Tarnhausen's mayor, Ann Roe, said the plant at Tarnhausen would stay open.", "Tarnhausen"),
    ("The union's district leader for Kelbenland, Jo Doe, called the cuts unfair. Kelbenland's economy minister, Ann "
     "Roe, said she would meet both sides.", "Kelbenland"),
])
def test_a_name_whose_minister_or_mayor_speaks_is_the_place_they_govern(text, name):
    assert kinds(text).get(name) == "place"


@pytest.mark.parametrize("text, name", [
    ("Labour's health minister said the plan was sound, and Labour said it would vote for it.", "Labour"),
    ("Kelbcorp's treasurer said the bond would be repaid in May, Kelbcorp said.", "Kelbcorp"),
])
def test_a_party_s_minister_or_a_firm_s_treasurer_leaves_the_body(text, name):
    assert kinds(text).get(name) == "organisation"


# --- a messaging network as the channel of what was sent, or used as a verb -------------------------------------

@pytest.mark.parametrize("text", [
    "\u00abListeners send us photos of potholes on Telegram every day,\u00bb said Kelma Tarouk, who produces the "
    "morning show.",
    "Have a tip? Telegram the desk at any hour.",
])
def test_a_network_that_carried_what_was_sent_or_used_as_a_verb_is_no_actor(text):
    assert "Telegram" not in _proposed(text)


@pytest.mark.parametrize("text", [
    "The regulator sent its findings on Telegram to prosecutors on Friday.",
    "The regulator sent us its findings on Telegram's encryption last week.",
    "Telegram said on Monday it would remove the channels.",
])
def test_a_network_sent_about_or_speaking_stays_the_company(text):
    assert "Telegram" in _proposed(text)


# --- a region in a dateline's tail ------------------------------------------------------------------------------

def test_a_region_after_a_dateline_s_town_is_a_place_and_types_the_name_elsewhere():
    text = ("MORVEL, Kelbaba \u2013 Provincial officials have closed two pits after a landslide, the mines office said.\n\n"
            "Kelbaba export licences are now issued online, traders said.")
    assert kinds(text).get("Kelbaba") == "place"


@pytest.mark.parametrize("text", [
    "MORVEL, June 8 \u2013 The council met on Friday and voted to close the pits.",
    "MORVEL, Calif. \u2013 The council met on Friday and voted to close the pits.",
    # a month or a weekday alone in the tail: only _dateline_region's own checks stop them
    "MORVEL, June \u2013 The council met on Friday and voted to close the pits.",
    "MORVEL, Sunday \u2013 The council met on Friday and voted to close the pits.",
])
def test_a_date_or_an_abbreviated_state_in_a_dateline_s_tail_is_no_region_name(text):
    assert not any(kind == "place" and name not in ("Morvel", "MORVEL") for name, kind in kinds(text).items())
