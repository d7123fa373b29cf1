"""People and organisations in real-world US/UK news copy (session 22): fragments of longer names, lists of places
and furniture lines read from published articles.  Every sentence is invented for the test."""

from __future__ import annotations

import pytest

from .test_mentions_names import kinds


# --- the first words of a name in a hyphenated compound adjective ("a Los Angeles-based lawyer") -----------------

@pytest.mark.parametrize("text, fragment", (
    ("The company hired a Los Angeles-based lawyer, Maria Lopez, to fight the case.", "Los"),
    ("A South Korean-born engineer, Ken Park, said the plan was sound.", "South"),
    ("She moved to a San Francisco-based startup last year.", "San"),
    ("The Hong Kong-listed firm Kelby Group said revenue rose.", "Hong"),
    ("Tony Blair-era reforms were praised by the minister.", "Tony")))
def test_the_first_words_of_a_name_in_a_hyphened_adjective_are_no_name(text, fragment):
    assert fragment not in kinds(text), kinds(text)


@pytest.mark.parametrize("text, name, kind", (
    ("The company hired a Los Angeles-based lawyer, Maria Lopez, to fight the case.", "Maria Lopez", "person"),
    ("Jo Doe-Smith said the plant would close.", "Jo Doe-Smith", "person"),
    ("Lee Myung-bak met officials in Seoul.", "Lee Myung-bak", "person"),
    ("The Hong Kong-listed firm Kelby Group said revenue rose.", "Kelby Group", "organisation"),
    ("Ka-ming Wong said the shop would stay open.", "Ka-ming Wong", "person"),
    ("Anne-Marie Tarno, a Kelby-based lawyer, said the ruling was wrong.", "Anne-Marie Tarno", "person"),
    ("Officials in Los Angeles said the Kelby-based firm had closed.", "Los Angeles", "place"),
    ("The rally drew New York City-based activist Jo Roe.", "New York City", "place"),
    ("The company hired a Los Angeles-based lawyer, Maria Lopez, to fight the case.", "Los Angeles", "place"),
    ("The Hong Kong-listed firm Kelby Group said revenue rose.", "Hong Kong", "place")))
def test_names_next_to_hyphens_that_are_names_stay(text, name, kind):
    assert kinds(text).get(name) == kind, kinds(text)


# --- a list of three places or more in commas, or closed by "and other" ----------------------------------------

def test_world_towns_in_a_list_of_places_closed_by_and_other_are_places():
    k = kinds("Kelby now takes a place with Paris, Brussels, Beirut, Bamako, San Bernardino and other cities "
              "struck by terror.")
    assert k["Beirut"] == "place" and k["Bamako"] == "place", k
    k = kinds("The state has cities such as Buffalo, Rochester and other large centres.")
    assert k["Rochester"] == "place", k


def test_world_towns_in_a_list_of_commas_only_are_places():
    k = kinds("The list named Birmingham, Bradford, Derby, Dewsbury, Leeds, as well as Waltham Forest.")
    assert all(k[w] == "place" for w in ("Bradford", "Derby", "Dewsbury")), k


@pytest.mark.parametrize("text, name", (
    ("Sales rose in Paris, Milan and Tokyo, Gucci said on Tuesday.", "Gucci"),
    ("After stops in Paris, Milan, Berlin, Kelbo announced a new line.", "Kelbo"),
    ("In London, Paris, Acme opened new stores, Acme said.", "Acme"),
    ("From Ohio, Texas, Simmons wrote that the race was over.", "Simmons"),
    ("Shares of Barclays, Lloyds, Kelby and other banks fell in London.", "Kelby"),
    ("Clients include Boeing, Airbus, Kelby and other plane makers based in Seattle.", "Kelby")))
def test_a_subject_after_a_list_of_places_or_a_list_of_firms_is_no_place(text, name):
    assert kinds(text)[name] != "place", kinds(text)


# --- photo credits, contributors' lines, byline labels and letters' signatures ----------------------------------

_BODY = ("Kelby bridge opens in May.\n\n"
         "Jo Roe, the mayor of Kelby, said on Monday that the new bridge would open in May after two years of work.\n\n"
         "The council agreed to pay for the last stage of the work, and engineers said the road would be ready.\n\n"
         "\u201cWe have waited a long time for this, and the town is ready for it,\u201d Roe said.\n\n")
_TAIL = "\n\nThe council will vote on the plan for the old bridge next week, officials said."


@pytest.mark.parametrize("line, name", (
    ("Sam Tarnley via Getty Images.", "Sam Tarnley"),
    ("Sam Tarnley / Reuters.", "Sam Tarnley"),
    ("BYLINE: Sam Tarnley.", "Sam Tarnley"),
    ("--additional reporting by Sam Tarnley.", "Sam Tarnley")))
@pytest.mark.parametrize("tail", ("", _TAIL))
def test_a_credit_line_names_no_actor(line, name, tail):
    k = kinds(_BODY + line + tail)
    assert name not in k and k["Jo Roe"] == "person", k


@pytest.mark.parametrize("line, name", (
    ("Sam Tarnley said the bridge was paid for via Kelby Holdings.", "Sam Tarnley"),
    ("Contributing to the delay, Sam Tarnley said, was the weather.", "Sam Tarnley"),
    ("The plan was backed by Sam Tarnley / the council, officials said.", "Sam Tarnley"),
    ("Sam Tarnley sent the plans via email.", "Sam Tarnley"),
    ("Sam Tarnley via Kelby Post said the delay was costly.", "Sam Tarnley"),
    ("The prize went to Sam Tarnley.\n\nThe ceremony was held in Kelby.", "Sam Tarnley"),
    ("The winner was Sam Tarnley.\n\nHe will be paid in May.", "Sam Tarnley"),
    ("Officials thanked Sam Tarnley.\n\nThe bridge cost $40 million.", "Sam Tarnley")))
def test_a_sentence_with_via_a_slash_contributing_or_a_closing_name_keeps_its_names(line, name):
    k = kinds(_BODY + line + _TAIL)
    assert k.get(name) == "person", k


# --- landmark towers, bowls and a town's hall are places, no people ----------------------------------------------

@pytest.mark.parametrize("text, name", (
    ("He invited the singer to Kelby Tower to use the toilet.", "Kelby Tower"),
    ("As he spoke in the lobby of Kelby Tower, there were no protests.", "Kelby Tower"),
    ("Special lighting of the Tarno Tower was announced.", "Tarno Tower"),
    ("Messages were written in the sky at the Marden Bowl on Friday.", "Marden Bowl"),
    ("The twin Kelby Towers were evacuated on Monday.", "Kelby Towers")))
def test_a_tower_a_bowl_or_a_towns_hall_is_a_place(text, name):
    assert kinds(text).get(name) == "place", kinds(text)


@pytest.mark.parametrize("text, name", (
    ("Former Sen. John Tower of Texas died in 1991.", "John Tower"),
    ("Daniel Tower said the project was approved.", "Daniel Tower"),
    ("Rafael Tower, a lawyer, said the plan was fine.", "Rafael Tower"),
    ("Monty Hall hosted the show for years.", "Monty Hall"),
    ("Sir Martin Hall, the former director, said the report was fair.", "Martin Hall"),
    ("Jo Bowles said the Kelby Bowl would be rebuilt.", "Jo Bowles")))
def test_a_person_whose_surname_is_tower_or_hall_stays_a_person(text, name):
    assert kinds(text).get(name) == "person", kinds(text)


# --- a given name that is also a modal or a role-shaped word keeps its place in the name -------------------------

@pytest.mark.parametrize("text, name", (
    ("Kelby County GOP Chairman Will Tarnley, for example, said the count was late.", "Will Tarnley"),
    ("\u201cWe have to win,\u201d Will Tarnley, the chairman, said.", "Will Tarnley"),
    ("Will Tarnley said the bridge would open in May.", "Will Tarnley"),
    ("\u201cIt is over,\u201d said Will Tarnley, a lawyer.", "Will Tarnley")))
def test_a_given_name_like_will_or_oliver_opens_the_name(text, name):
    assert kinds(text).get(name) == "person", kinds(text)


@pytest.mark.parametrize("text, absent", (
    ("Will Sanders come back? Will Congress act, or will it wait?", "Will Sanders"),
    ("Will Labour win, or will the Tories?", "Will Labour"),
    ("Will Kelby Council act before May?", "Will Kelby Council"),
    ("Will Ohio vote for him?", "Will Ohio"),
    ("Will Acme's plan work?", "Will Acme"),
    ("Will Twitter Be Next?", "Will Twitter"),
    ("Prices fell.\n\nPensioner Joan Tarnley, 79, said bills had doubled.", "Pensioner Joan Tarnley")))
def test_a_modal_or_a_description_opening_a_sentence_stays_out_of_the_name(text, absent):
    assert absent not in kinds(text), kinds(text)


# --- a body "for the" people or the field it serves ("Kelby Coalition for the Homeless") -------------------------

@pytest.mark.parametrize("text, name", (
    ("The Tarno Legal Clinic for the Homeless sued the city.", "Tarno Legal Clinic for the Homeless"),
    ("The Northeast Kelby Coalition for the Homeless filed suit.", "Northeast Kelby Coalition for the Homeless"),
    ("The Kelby Center for the Performing Arts will close.", "Kelby Center for the Performing Arts"),
    ("The Tarno Center for the Blind and the Kelby Coalition for the Elderly merged.", "Tarno Center for the Blind"),
    ("The Tarno Center for the Blind and the Kelby Coalition for the Elderly merged.",
     "Kelby Coalition for the Elderly")))
def test_a_body_for_the_people_it_serves_is_one_name(text, name):
    assert kinds(text).get(name) == "organisation", kinds(text)


@pytest.mark.parametrize("text, name", (
    ("Money went from the Kelby Foundation for the Tarno project.", "Kelby Foundation"),
    ("She worked at the Acme Foundation for the Red Cross appeal.", "Acme Foundation"),
    ("Funds came from the Kelby Trust for the Ahmed family.", "Kelby Trust"),
    ("He voted for the Labour Party for the first time.", "Labour Party"),
    ("The Acme Corporation for the Americas said sales rose.", "Acme Corporation"),
    ("Jo Roe of the Kelby Institute for the first time said no.", "Kelby Institute"),
    ("The exit polls were run by Kelby Research for the Associated Press.", "Kelby Research"),
    ("The report by Kelby Research for the Daily News was late.", "Kelby Research")))
def test_a_name_after_for_the_is_no_part_of_the_body(text, name):
    assert kinds(text).get(name) == "organisation", kinds(text)


# --- an office named by its holder's role ("the Kelby County Sheriff's Office") ---------------------------------

@pytest.mark.parametrize("text, name", (
    ("The Kelby County Sheriff's Office said two men were held.", "Kelby County Sheriff's Office"),
    ("The Tarno District Attorney's Office declined to comment.", "Tarno District Attorney's Office"),
    ("The Kelby County Coroner's Office said the victim was 34.", "Kelby County Coroner's Office"),
    ("The Tarno County Sheriff's Department said the road was shut.", "Tarno County Sheriff's Department")))
def test_an_office_named_by_its_holders_role_is_one_body(text, name):
    assert kinds(text).get(name) == "organisation", kinds(text)


@pytest.mark.parametrize("text, name, absent", (
    ("Jo Roe's Office said nothing.", "Jo Roe", "Jo Roe's Office"),
    ("Sheriff Jo Roe's department said nothing.", "Jo Roe", "Jo Roe's department"),
    ("Mayor Jo Roe's Office Hours event was cancelled.", "Jo Roe", "Jo Roe's Office"),
    ("Jo Roe, the sheriff, said his deputies were tired.", "Jo Roe", "Sheriff"),
    ("The sheriff's office said Jo Roe was held.", "Jo Roe", "sheriff's office")))
def test_a_persons_possessive_before_office_stays_a_person(text, name, absent):
    k = kinds(text)
    assert k.get(name) == "person" and absent not in k, k


# --- "who" after "Jo Doe of <body>," is Jo Doe, not the body -------------------------------------------------------

@pytest.mark.parametrize("text, name", (
    ("\u201cIt did not count,\u201d said Jo Roe of Kelby Rights Watch, who observed voting in the north.",
     "Kelby Rights Watch"),
    ("\u201cWe are ready,\u201d said Jo Roe at the Tarno Policy Center, who leads the team.", "Tarno Policy Center"),
    ("\u201cIt is late,\u201d said Jo Roe of Tarno, who has studied the case.", "Tarno")))
def test_who_after_a_persons_body_is_the_person(text, name):
    k = kinds(text)
    assert k.get(name) == "organisation" and k.get("Jo Roe") == "person", k


@pytest.mark.parametrize("text, name", (
    ("The book was written by the wife of Jo Roe, who died in 2001.", "Jo Roe"),
    ("The award went to the son of Sam Tarnley, who founded the firm.", "Sam Tarnley"),
    ("She met Jo Roe, who runs the clinic.", "Jo Roe"),
    ("The song was sung by a friend of Tom Kelby, who wrote it in 1990.", "Tom Kelby"),
    ("Jo Roe of Kelby said the mayor, Sam Tarnley, who took office in May, was right.", "Sam Tarnley")))
def test_who_after_a_person_keeps_the_person(text, name):
    assert kinds(text).get(name) == "person", kinds(text)
