"""Speakers and names of session 66, fitted on the story sets news_gold165 and news_gold166: a numbered grade before a
role ("Division 1 skip Jo Doe"); a free relative's "what Jo Doe calls" inside a relative clause; a surname that is a
title's short form ("Sudeshna Sen"); a curate's "CC" after his name; an event's name ("Requiem Mass") read as no
one; a kin's word before a name in apposition ("Its managing director, her nephew Jo Doe"); a bracketed second title
("Barr. (Mrs.) Jo Doe", "Tpl. (Dr.) Jo Doe"); "Bro.", "Sis." and "Tpl." as titles; a language of two words glossing
a quoted word; a prayer's "O Lord"; castes and communities named as peoples; a bus or taxi stand as a place; "A
union official" is no union; a body's noun in a person's role ("network coordinator Jo Doe ... the network"); "the
members" of the one members' body; a signer's firm on the role line under the name, and the letter's "we"; "From our
Kelby Correspondent"; a substitute's minute after a comma on a team sheet; results lines of awards and placings; an
interview's label with a capital inside (one person so named); a colon's clause opened by someone new; a crosshead
over a paragraph opened by a name.  Round 2: a definite object before "who" ("I rang the police, who told me"); the
one an "I" met in a clause opening the sentence ("When I pointed out a mess to one owner he told me:").

Every passage is written for the test (invented people and bodies, real places only as settings); the expected
speakers and names were checked by reading the passage.  The ``_not_`` tests are near misses each rule must leave
alone.
"""

from __future__ import annotations

from .readers import names, speakers
from .readers import second_paragraph as _second
from .readers import town_story as _story


# --- speakers -------------------------------------------------------------------------------------------------------

def test_a_numbered_grade_before_a_role_and_a_name():
    said = speakers(_second("Our Division 3 side won the flag.\n\nDivision 1 skip Rhonda Kelby was gracious in "
                            "defeat, praising Highbury Park for \"bowling like they had been practising since "
                            "Christmas\"."))
    assert said["bowling like they had been practising since Christmas"] == "Rhonda Kelby"


def test_not_a_numbered_grade_of_plural_people():
    said = speakers(_second("Grade 3 pupils wrote to the council.\n\nGrade 3 pupils called the playground "
                            "\"a muddy mess\" in their letter."))
    assert said["a muddy mess"] in (None, "Grade 3 pupils")


def test_what_a_named_person_calls_inside_a_relative_clause():
    said = speakers(_second("The cidery buys apples from an orchard near La Crescent and from backyard growers "
                            "around Fillmore County who bring in what Kari Tollefsrud calls \"orphan apples\". Dale "
                            "Hanson, a co-owner of the orchard, said the deal was fair."))
    assert said["orphan apples"] == "Kari Tollefsrud"


def test_a_surname_that_is_a_titles_short_form():
    said = speakers(_second("I write to thank a taxi driver. My wife, Sudeshna Sen, who is not easily impressed by "
                            "anybody, called him \"the most honest man in West Bengal\". I agree with her."))
    assert said["the most honest man in West Bengal"] == "Sudeshna Sen"


def test_not_a_senators_short_title():
    said = speakers(_second("Sen. Jo Doe called the bill \"a gift to the banks\" on Tuesday."))
    assert said["a gift to the banks"] == "Jo Doe"


def test_a_curates_letters_after_his_name_and_an_event_named_as_no_one():
    text = _second("Her Requiem Mass on Tuesday was concelebrated by six priests. The homily was preached by Fr "
                   "Eamon Kelby, CC, who reminded the church that he was no relation, \"although half of you were "
                   "delivered by her\".\n\n\"She was never once late for a birth,\" he said.")
    said = speakers(text)
    assert said["although half of you were delivered by her"] == "Eamon Kelby"
    assert said["She was never once late for a birth,"] == "Eamon Kelby"
    assert "CC" not in names(text)


def test_not_a_cricket_clubs_letters_nor_a_person_whose_surname_is_an_events_word():
    text = _second("Mr Hosea Bill, a landowner, spoke first. \"We are the last to get water,\" he said.\n\nKelby CC "
                   "beat Tarn by four wickets.")
    assert speakers(text)["We are the last to get water,"] == "Hosea Bill"
    assert names(text).get("Kelby CC") == "organisation"


def test_a_kins_word_before_a_name_in_apposition():
    said = speakers(_second("Funeral arrangements were in the care of Kelby & Sons Ltd. Its managing director, her "
                            "nephew Martin Tarnow, said the family had been \"overwhelmed, but not surprised\"."))
    assert said["overwhelmed, but not surprised"] == "Martin Tarnow"


def test_a_bracketed_second_title_and_counsel_who_answers():
    text = _second("Counsel to the company, Barr. (Mrs.) Ngozi Kelby, told the panel that the setback was \"a rule "
                   "written for open farmland\".\n\nPanel chairman Tpl. (Dr.) Chukwuemeka Tarno then asked whether "
                   "the rear block had been approved.\n\n\"Barrister, was there an approved plan, yes or no?\" Dr. "
                   "Tarno asked.\n\n\"There was an approval for the front block, sir,\" counsel replied.")
    said = speakers(text)
    assert said["a rule written for open farmland"] == "Ngozi Kelby"
    assert said["There was an approval for the front block, sir,"] == "Ngozi Kelby"
    found = names(text)
    assert "Barr" not in found and "Tpl" not in found and found.get("Chukwuemeka Tarno") == "person"


def test_a_union_official_is_no_union():
    said = speakers(_story("Jo Kelby, 34, storekeeper at the depot of the Kelby and Tarno Farmers’ Co-operative Union "
                           "Ltd, has pleaded not guilty.\n\nA union official who asked not to be named said the depot "
                           "had been \"a leaking roof\" for three seasons.\n\n\"Everybody knew bags were walking. "
                           "Nobody wanted to say it,\" the official said.\n\nIn a statement issued on Tuesday, the "
                           "union said it would replace the fertiliser \"as soon as the bank releases our loan\"."))
    assert said["a leaking roof"] == "union official"
    assert said["as soon as the bank releases our loan"] == "Kelby and Tarno Farmers’ Co-operative Union Ltd"


def test_a_bodys_noun_in_a_persons_role_and_a_partnership():
    text = _second("The Kelby Women’s and Youth Network runs two evacuation centres. \"We need containers,\" network "
                   "coordinator Ana Tarno said. In a statement, the network called on the government to send supplies "
                   "\"by boat if the road cannot\".\n\nJo Roe, a spokesman for the Upper Kelby Farm Safety "
                   "Partnership, said the group would offer helmets. The Partnership warned in a leaflet that quad "
                   "bikes were the \"single biggest killer on farms\".")
    said = speakers(text)
    assert said["by boat if the road cannot"] == "Kelby Women’s and Youth Network"
    assert said["single biggest killer on farms"] == "Upper Kelby Farm Safety Partnership"


def test_not_a_bodys_noun_when_its_holder_speaks():
    said = speakers(_second("Ana Tarno, coordinator of the Kelby Women’s Network, visited the centre. \"We need "
                            "containers,\" the coordinator said."))
    assert said["We need containers,"] == "Ana Tarno"


_LETTERS = ("THE KELBY COURIER\n\nLETTERS TO THE EDITOR\n\nFair prices\n\nSir, - I write for the Kelby Water Tanker "
            "Owners' and Drivers' Welfare Association, which has 37 members. We did not dry the taps.\n\nAt our "
            "general meeting on March 28, the members resolved: 'No member shall charge more than Rs 1,200 a load.' We "
            "have also offered two tankers free to the hospital.\n\nD.K. Tarno, Secretary, Kelby\n\nThe bus\n\nSir, - We withdrew the Tuesday service because four "
            "people used it.\n\nKeith Bufton\nManaging Director, Lugg Valley Motor Services Ltd, Kington\n")


def test_the_members_of_a_letter_writers_body_and_a_signers_body_on_the_role_line():
    assert speakers(_LETTERS)["No member shall charge more than Rs 1,200 a load."] == \
        "Kelby Water Tanker Owners' and Drivers' Welfare Association"
    assert names(_LETTERS).get("Lugg Valley Motor Services Ltd") == "organisation"


def test_not_the_members_when_two_bodies_are_named():
    said = speakers(_second("Both the Kelby Traders' Association and the Tarno Growers' Union met on Monday. The "
                            "members said: \"We will not pay the levy.\""))
    assert said["We will not pay the levy."] in (None, "members")


def test_an_interviews_label_with_a_capital_inside_names_its_one_person():
    text = ("Q&A: the boatbuilder of Hillsborough\n\nBy Ann Roe\n\nWilfred McKelby, 74, has built boats on the beach "
            "for sixty years.\n\nTrumpet: Who taught you?\n\nMcKelby: My grandfather. The bank manager said, \"A boat "
            "is not security.\" I said, \"So does money.\"\n\nTrumpet: Will you carry on?\n\nMcKelby: As long as "
            "my hands do.\n")
    assert speakers(text)["So does money."] == "Wilfred McKelby"


def test_not_an_interviews_label_shared_by_a_father_and_his_son():
    text = ("Q&A: a son on his father's boats\n\nBy Ann Roe\n\nSeamus O'Kelby built boats at Killybegs for fifty "
            "years. Seamus O'Kelby died in March; Seamus O'Kelby's last boat was launched in May. His son Ronan "
            "O'Kelby, 41, now runs the yard.\n\nCourier: What did he teach you?\n\nO'Kelby: Patience. He told me once, "
            "\"Wood does not hurry.\"\n\nCourier: Will you keep the yard?\n\nO'Kelby: I have to.\n")
    assert speakers(text)["Wood does not hurry."] == "Seamus O'Kelby"


def test_a_colons_clause_opened_by_someone_new():
    said = speakers(_second("Ikenga Plaza traders' chairman Mr. Jo Kelby called the notice \"a death sentence\".\n\n"
                            "\"We only pay rent. Yet it is our goods that will be under the rubble,\" Mr. Kelby said.\n\n"
                            "A tailor who did not want her name in the newspaper was more direct: \"If they break it, "
                            "where will I carry my machine to? My landlord will not return my rent.\"\n\nA community "
                            "elder, Chief Ana Tarno, warned the panel against \"settling one flood with another\"."))
    assert said["If they break it, where will I carry my machine to? My landlord will not return my rent."] in (None, "tailor")


def test_not_a_colons_clause_of_the_same_speaker():
    said = speakers(_second("Mr. Jo Kelby spoke next. He was blunt: \"We will not move.\""))
    assert said["We will not move."] == "Jo Kelby"


def test_a_crosshead_over_a_paragraph_opened_by_a_name():
    text = _second("Nong Kelby rang the bell for 52 years.\n\nThe Brotherhood\n\nNong Kelby was a founding member "
                   "of the Brotherhood of the Holy Cross of Baybay, and its president, Bro. Felipe Tarno, led the "
                   "rosary at the wake.\n\nAt a special meeting, the Brotherhood declared: \"The rope of the bell "
                   "shall be known as the rope of Nong Kelby.\"")
    said = speakers(text)
    assert said["The rope of the bell shall be known as the rope of Nong Kelby."] == \
        "Brotherhood of the Holy Cross of Baybay"
    assert "Bro" not in names(text)


# --- names ----------------------------------------------------------------------------------------------------------

def test_a_bus_or_taxi_stand_is_a_place():
    found = names(_second("We left a bag in a shared taxi at the Motor Stand. Buses stopped at the Old Bus Stand for "
                          "six hours."))
    assert found.get("Motor Stand") == "place" and found.get("Old Bus Stand") == "place"


def test_not_a_headland_a_market_or_a_milestone_by_its_last_word():
    found = names(_second("Tendai Head, a Harare teacher, won the national award. Big Bazaar will shut 40 stores, its "
                          "parent said."))
    assert found.get("Tendai Head") == "person" and found.get("Big Bazaar") == "organisation"


def test_a_language_gloss_a_prayer_and_castes_name_no_one():
    found = names(_second("He dismissed the rumours as \"giaman stori\", Tok Pisin for made-up stories. Eternal rest "
                          "grant unto him, O Lord. The society urged the committee to waive the fee for Dalit and "
                          "Janajati families."))
    assert not any(n in found for n in ("Tok Pisin", "O Lord", "Dalit", "Janajati"))


def test_a_papers_correspondent_in_a_town():
    found = names(_story("Hundreds lined the Diamond in Carndonagh on Tuesday for the funeral of a district nurse.",
                         head="Nurse mourned\n\nFrom our Carndonagh Correspondent"))
    assert found.get("Carndonagh") == "place"


def test_not_our_inside_a_word_before_an_employers_name():
    found = names(_second("Four Goldman Sachs analysts said the bank had cut its forecast."))
    assert found.get("Goldman Sachs") == "organisation"


def test_a_substitutes_minute_after_a_comma_on_a_team_sheet():
    found = names(_second("Kelby won the shield.\n\nKelby: R. Kerr; J. Dallas, S. Grant, P. Robertson; M. Shaw, A. "
                          "MacIntyre; B. Gow, T. Innes. Subs: C. Roe (for Innes, 49), L. Mackay."))
    assert not any(n in found for n in ("R. Kerr", "S. Grant", "P. Robertson", "M. Shaw", "T. Innes", "L. Mackay"))


def test_not_a_line_of_ages():
    found = names(_second("Sentenced: K. Durkin, 24, and E. Gildea, 31."))
    assert found.get("K. Durkin") == "person" and found.get("E. Gildea") == "person"


def test_a_results_lines_awards_and_a_placed_entry_alone_name_no_one():
    found = names(_second("The show drew 400 entries.\n\nRomney: Champion ram, D. M. Kelby; champion ewe hogget, P. J. "
                          "Tarno.\n\nHereford: Champion bull, R. Kingan; champion heifer, I. Dunlea.\n\nSenior: 1, G. "
                          "Wybrow."))
    assert not any(n in found for n in ("D. M. Kelby", "P. J. Tarno", "R. Kingan", "I. Dunlea", "G. Wybrow"))


def test_not_a_line_of_people_described():
    found = names(_second("Elected: Chairman, J. Kelby, a retired teacher who farms at Tarn; secretary, B. Roe, who "
                          "runs the post office."))
    assert found.get("J. Kelby") == "person" and found.get("B. Roe") == "person"


def test_not_the_organisation_named_last_before():
    said = speakers(_second("A charity that runs hostels for young people has been fined by the Charity Commission. "
                            "The organisation said the fine was \"unfair but accepted\"."))
    assert said["unfair but accepted"] in (None, "organisation")


def test_a_letters_we_is_the_body_of_its_signer():
    text = ("THE KELBY COURIER\n\nLETTERS TO THE EDITOR\n\nThe bus\n\nSir, - We withdrew the Tuesday service because "
            "four people used it. Until then I can only repeat what we told the council in writing: \"Lugg Valley "
            "cannot run a public service at a private loss.\"\n\nKeith Bufton\nManaging Director, Lugg Valley Motor "
            "Services Ltd, Kington\n\nThe hall\n\nSir, - We need a new roof. As I told the committee: \"The rain "
            "comes in.\"\n\nAnn Roe\nTarn\n")
    said = speakers(text)
    assert said["Lugg Valley cannot run a public service at a private loss."] == "Lugg Valley Motor Services Ltd"
    assert said["The rain comes in."] == "Ann Roe"


# --- round 2 --------------------------------------------------------------------------------------------------------

def test_a_definite_object_before_who_and_the_one_met_in_an_opening_clause():
    said = speakers(_second("Sir, - The dogs are another matter. When I pointed out a mess to one owner last week he "
                            "told me: \"It is the country, love. Get some wellies.\" I rang the police, who told me it "
                            "was \"a matter for the council\".\n\nMegan Kelby\nNorton"))
    assert said["It is the country, love. Get some wellies."] == "owner"
    assert said["a matter for the council"] == "police"


def test_not_the_head_of_a_body_nor_a_named_one_met():
    said = speakers(_second("The head of the union, who called the offer \"an insult\", resigned on Monday. When I "
                            "rang Jo Tarno, he told me: \"It is done.\""))
    assert said["an insult"] == "head of the union"
    assert said["It is done."] == "Jo Tarno"


def test_not_charges_on_a_labelled_line():
    found = names(_second("Convicted: of theft, J. Kelby; of assault, B. Tarno."))
    assert found.get("J. Kelby") == "person" and found.get("B. Tarno") == "person"


def test_not_a_numbered_grade_before_a_verb_and_its_object():
    said = speakers(_second("Platform 2 staff gave commuter Ana Silva a refund on Tuesday night, saying the trains "
                            "would be \"off all night\"."))
    assert said["off all night"] != "Ana Silva"


def test_not_a_what_clause_inside_a_relative_clause_before_another_verb():
    said = speakers(_second("A pensioner who wanted to know what the council would do about the potholes said she "
                            "had waited \"three years for an answer\". A former employee who has seen what Kelby Mining "
                            "Ltd pays its contractors called the wages \"a disgrace\"."))
    assert said["three years for an answer"] == "pensioner"
    assert said["a disgrace"] == "former employee"


def test_not_an_event_word_closing_a_bodys_name():
    said = speakers(_second("Epic Games said the update had been \"rushed\". The Royal Highland Show said in a statement "
                            "that ticket sales were \"the strongest ever\"."))
    assert said["rushed"] == "Epic Games" and said["the strongest ever"] == "Royal Highland Show"


def test_not_the_members_of_another_body():
    said = speakers(_second("The Kelby Chamber of Commerce sponsored the new green at Kelby Bowling Club.\n\nAt the "
                            "club's annual meeting on Monday, the members voted to name it after the late president, "
                            "calling her \"the soul of the place\"."))
    assert said["the soul of the place"] != "Kelby Chamber of Commerce"
