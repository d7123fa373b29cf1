"""Kinds of session 26 after its review: the passages where the branch's new kind rules broke a reading that was right,
each with what it should give, and near misses where the narrowed rules must still fire.  Surnames that are also
peoples' names (Chamorro, Baloch, Hazara) stay surnames; the French foreign ministry's quay stays a body; a name that
acts after a place and ", and" is no place; a camp is a place only where the story uses it as one; a quotation that
someone writes, tweets or posts is no title; a body's jargon ("a Pentagon term for") is no language; the ports of
operators are no towns; a person's kin after ", and the" still make the name a person.  Every passage is invented."""

from __future__ import annotations

import pytest

from .conftest import kinds


def stakeholders(text: str) -> dict:
    """Each stakeholder's name with its kind and its aliases (as find_stakeholders gives them)."""
    from analysis import Article, find_stakeholders

    df = find_stakeholders(Article.from_text(text))
    return {name: (kind, set(aliases)) for name, kind, aliases in df[["name", "kind", "aliases"]].itertuples(index=False)}


# --- surnames that are also a people's name --------------------------------------------------------------------

def test_a_surname_alone_after_a_role_is_a_person():
    text = ("Nicaraguan opposition leader Chamorro said on Monday she would not leave the country. Police surrounded "
            "her house in Managua.")
    assert kinds(text).get("Chamorro") == "person"


def test_a_surname_alone_speaking_is_kept():
    text = '"They cannot silence us," Baloch said in Quetta on Friday. The activist was arrested hours later.'
    assert kinds(text).get("Baloch") in ("person", "organisation")  # (an organisation on main too: no cue of a person)


@pytest.mark.parametrize("text, person, alias", [
    ("Violeta Chamorro, Nicaragua's president from 1990 to 1997, died on Saturday in San José, her family said. "
     "Chamorro defeated Daniel Ortega in 1990.", "Violeta Chamorro", "Chamorro"),
    ("Opposition candidate Cristiana Chamorro was placed under house arrest. Chamorro denied the charges, her lawyer "
     "said.", "Cristiana Chamorro", "Chamorro"),
    ('"We will not give up," Chamorro told reporters in Managua. Cristiana Chamorro was later arrested.',
     "Cristiana Chamorro", "Chamorro"),
    ('Former Nicaraguan president Violeta Chamorro has died. "She brought peace," Chamorro\'s daughter Cristiana said.',
     "Violeta Chamorro", "Chamorro"),
    ("Baloch Yakjehti Committee leader Mahrang Baloch was arrested in Quetta on Saturday. Baloch has led protests "
     "against enforced disappearances.", "Mahrang Baloch", "Baloch"),
    ('"The state is killing our people," Baloch said at the rally in Quetta. Mahrang Baloch has been detained twice.',
     "Mahrang Baloch", "Baloch"),
    ('Mahrang Baloch said the government had failed. "They cannot silence us," Baloch said.', "Mahrang Baloch",
     "Baloch"),
    ("Pakistani senator Sarfraz Bugti and Baloch activist Sammi Deen Baloch met on Tuesday. Baloch said talks had "
     "failed.", "Sammi Deen Baloch", "Baloch"),
    ("Police in Karachi arrested Zain Hazara on Monday. Hazara, a shopkeeper, denied the charges.", "Zain Hazara",
     "Hazara"),
])
def test_a_later_surname_stays_the_person_s_alias(text, person, alias):
    kind, aliases = stakeholders(text)[person]
    assert kind == "person" and alias in aliases


def test_a_brand_named_as_a_language_stays():
    text = "Quechua, the Decathlon outdoor brand, recalled 3,000 jackets in France, the company said."
    assert "Quechua" in kinds(text)


def test_a_language_word_opening_a_group_s_name_stays_in_it():
    text = "Sinhala Ravaya, a hardline Buddhist group, marched in Colombo on Sunday."
    got = kinds(text)
    assert got.get("Sinhala Ravaya") == "organisation" and "Ravaya" not in got


def test_a_nationality_before_a_person_s_surname_is_still_cut():
    text = "Pakistani Kelbani, a group leader, said on Sunday the march would go ahead."
    got = kinds(text)
    assert "Pakistani Kelbani" not in got and got.get("Kelbani") == "person"


# --- the French foreign ministry; a name that acts after a place and ", and" ----------------------------------

@pytest.mark.parametrize("text", [
    'The Quai d\'Orsay said in a statement on Tuesday that France would recall its ambassador. "This is '
    'unacceptable," the ministry added.',
    "The Quai d'Orsay summoned the Algerian ambassador on Monday, a French diplomatic source said.",
    '"This is unacceptable," the Quai d\'Orsay said in a statement on Tuesday.',
    "The Quai d’Orsay summoned the Algerian ambassador on Monday, a French diplomatic source said.",
])
def test_the_quai_d_orsay_is_the_ministry(text):
    got = kinds(text)
    assert got.get("Quai d'Orsay", got.get("Quai d’Orsay")) == "organisation"


@pytest.mark.parametrize("text, name", [
    ("Lithium miner SQM extracts brine from the Salar de Atacama, and Codelco wants to develop the Salar de "
     "Pedernales, the company said.", "Codelco"),
    ("Protesters gathered outside the Gare du Nord, and Eurostar cancelled 20 trains on Friday.", "Eurostar"),
    ("Tourists crowded the Piazza della Signoria, and Gucci opened a new shop nearby.", "Gucci"),
    ("Leaders met at Camp David, and Boeing announced a $20 billion order from Qatar Airways.", "Boeing"),
])
def test_a_name_acting_after_a_place_and_a_comma_and_is_no_place(text, name):
    got = kinds(text)
    assert got.get(name) == "organisation"


def test_a_name_of_a_gapped_clause_after_a_place_is_no_place():
    text = ("Albemarle pumps brine from the Salar de Atacama and Livent from the Salar del Hombre Muerto, analysts "
            "said.")
    got = kinds(text)
    assert got.get("Livent") != "place" and got.get("Salar del Hombre Muerto") == "place"


def test_a_list_of_places_still_makes_its_last_name_a_place():
    text = "Trucks carried grain from the Salar de Kelbo and Tarnwick to the port, the union said."
    assert kinds(text).get("Tarnwick") == "place"


# --- camps -----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("Camp Fire, the youth group, said it would close three summer programmes in Oregon. Camp Fire has 80 councils "
     "nationwide.", "Camp Fire"),
    ("Camp Kesem, a nonprofit that runs camps for children of cancer patients, raised $5 million, its chief "
     "executive said.", "Camp Kesem"),
    ("Camp Trump dismissed the poll on Sunday, saying its own numbers showed a lead in Ohio.", "Camp Trump"),
    ('"We are heartbroken," Camp Mystic said in a statement on Saturday.', "Camp Mystic"),
])
def test_a_camp_s_name_that_acts_as_a_body_is_no_place(text, name):
    assert kinds(text).get(name) == "organisation"


@pytest.mark.parametrize("text, name", [
    ("British troops left Camp Tarnbury in 2014, the Ministry of Defence said.", "Camp Tarnbury"),
    ("Camp Kelbaz, the Marine base, will house 5,000 troops by 2028, the Navy said.", "Camp Kelbaz"),
    ("Marines at Camp Ashgrove were exposed to contaminated water, the Navy said.", "Camp Ashgrove"),
])
def test_a_camp_used_as_a_place_is_a_place(text, name):
    assert kinds(text).get(name) == "place"


def test_a_camp_named_again_in_a_headline_stays_a_place():
    text = ("Jo Tarnby, whose firm pours concrete at Camp Kelbaz near Tarnville, said hiring was slow.\n\nRELATED:\n"
            "Camp Kelbaz construction passes halfway mark\n")
    assert kinds(text).get("Camp Kelbaz") == "place"


# --- quotations that are posts, not titles ---------------------------------------------------------------------

@pytest.mark.parametrize("text, names", [
    ('Trump wrote on Truth Social: "Jerome Powell Is a Total Loser and the Fed Must Cut Rates Now!" The dollar fell '
     'after the post.', {"Jerome Powell": "person", "Fed": "organisation"}),
    ('"Jerome Powell Is a Total Loser and the Fed Must Cut Rates Now!" Trump posted on Truth Social on Monday.',
     {"Jerome Powell": "person", "Fed": "organisation"}),
    ('"Keir Starmer Has Betrayed the Workers of Britain," Nigel Farage tweeted on Sunday.', {"Keir Starmer": "person"}),
    ('Opposition MP Jo Kelby posted: "Why Did the Minister Hide the Report From Parliament and the Auditor-General?" '
     'The ministry did not reply.', {"Parliament": "organisation"}),
])
def test_names_in_a_post_in_title_case_stay(text, names):
    got = kinds(text)
    for name, kind in names.items():
        assert got.get(name) == kind


def test_a_report_s_title_after_said_and_no_colon_is_still_a_title():
    text = ('The trust said its report "Salt and the Tarnish Coast: What Comes Next" would come out in '
            'June, its chair, Jo Tarnby, said.')
    got = kinds(text)
    assert "Tarnish Coast" not in got and "What Comes Next" not in got


# --- a body's jargon is no language -------------------------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ('"Gray zone" is a Pentagon term for actions short of war, analysts at RAND said.', "Pentagon"),
    ('"Hysteresis" is an IMF term for lasting damage from a recession, economist Jo Kelby said.', "IMF"),
    ("The ruling was a Kremlin phrase for surrender, said analyst Tatiana Stanovaya.", "Kremlin"),
])
def test_a_body_s_term_keeps_the_body(text, name):
    assert kinds(text).get(name) == "organisation"


@pytest.mark.parametrize("text, name", [
    ('"Shalom" is a Hebrew word for peace, the guide, Jo Tarnby, told the visitors.', "Hebrew"),
    ('Villagers call it "kelbo", a Tarnese word for the dry wind, Jo Roe said.', "Tarnese"),
])
def test_a_language_s_word_is_still_no_actor(text, name):
    assert name not in kinds(text)


# --- ports of operators; a person's kin after ", and the" ----------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("The ports of DP World and Adani handled record volumes last year, the shipping ministry said.", "Adani"),
    ("The ports of Hutchison and COSCO in the Panama Canal zone are under review, officials said.", "Hutchison"),
    ("The ports of Hapag-Lloyd and MSC in northern Europe were congested, analysts at Sea-Intelligence said.",
     "Hapag-Lloyd"),
])
def test_the_ports_of_operators_are_no_places(text, name):
    assert kinds(text).get(name) != "place"


def test_the_ports_of_towns_with_a_hyphen_are_places():
    text = "Ferries to the ports of Saint-Malo and Kelbport were cancelled on Friday, the operator said."
    got = kinds(text)
    assert got.get("Kelbport") == "place"


@pytest.mark.parametrize("text, name", [
    ("Among those arrested were Kelby, and the man's brother, the police spokesman said.", "Kelby"),
    ("Police detained Okafor, and the suspect's brother was also held, a police spokesman in Lagos said.", "Okafor"),
])
def test_a_person_s_kin_after_a_comma_and_the_keep_the_person(text, name):
    assert kinds(text).get(name) == "person"


def test_a_body_s_people_after_a_comma_and_the_give_no_person():
    text = "The deal was backed by Tarnasek, and the fund's chief executive, Jo Roe, praised it."
    assert kinds(text).get("Tarnasek") != "person"
