"""A headline's, deck's or crosshead's quotation repeated by a named speaker in the story (session 27), on invented
text: a bare noun ("developer says", "Company says") or an unnamed definite description in the opening takes the
later speaker; a body's noun keeps the body."""

import pytest

from .conftest import quote_speakers

HEAD = "THE KELBY COURIER\n\n"


def test_a_decks_bare_person_noun_takes_the_named_person_who_says_the_words_later():
    text = (HEAD + "Harbour tower approved\n\n"
            'Residents to appeal; developer says project will bring "life back to the quay"\n\n'
            "A 14-storey block on the Kelby waterfront was approved by the planning board on Thursday by seven votes "
            "to two, despite more than a thousand objections from residents of the old town.\n\n"
            'Quayside Homes director Tom Reedman said the project would bring "life back to the quay".')
    assert quote_speakers(text) == ["Tom Reedman", "Tom Reedman"]


def test_a_crossheads_bare_body_noun_takes_the_body_that_says_the_words_next():
    text = (HEAD + "Mill workers strike after contractor injured\n\n"
            "Workers at the Kelby Pulp S.A. mill stopped work for a day on Wednesday, nine days after a maintenance "
            "contractor was badly burned when a valve failed during a repair at the plant.\n\n"
            "The contractor, Ashby Industrial Services Ltd, said it was helping the investigation.\n\n"
            'Company says safety record is "world class"\n\n'
            "Kelby Pulp, which is owned by a Finnish group, said in a statement that its safety record was "
            '"world class" and that the accident was being investigated.')
    assert quote_speakers(text)[-2:] == ["Kelby Pulp S.A.", "Kelby Pulp S.A."]


def test_an_unnamed_description_in_the_deck_takes_the_body_that_says_the_words_later():
    text = (HEAD + "Fishmeal plants under fire\n\n"
            "An audit found dozens of trawlers fishing with irregular papers. Fishers want the plants shut; the "
            'largest mill says it is "the scapegoat of the season".\n\n'
            "The audit, published on Monday by the fisheries ministry, listed 132 industrial vessels and three "
            "fishmeal plants that had bought their catch in the past year.\n\n"
            "Ashby Marine Proteins Ltd, the largest of the three plants named in the audit, said in a statement that "
            'it was "the scapegoat of the season".')
    assert quote_speakers(text) == ["Ashby Marine Proteins Ltd", "Ashby Marine Proteins Ltd"]


def test_a_headlines_body_noun_keeps_the_body_though_its_spokeswoman_says_the_words():
    text = (HEAD + "Council votes to pull its money; bank calls move \"political theater\"\n\n"
            "The Kelby city council voted 6-3 on Tuesday to move its deposits out of Kelby Harbor Bancorp Inc., "
            "after months of complaints about foreclosures in the east of the city.\n\n"
            'Kelby Harbor spokeswoman Jill Amundsen called the vote "political theater".')
    assert quote_speakers(text)[-1] == "Jill Amundsen"
    assert quote_speakers(text)[0] != "Jill Amundsen"


def test_a_headlines_capitalised_name_is_no_bare_noun():
    text = ("Hacker Hexler: Mayor’s Server Unprotected, ‘Like an Open Door.’\n\n"
            "During an interview with Kelby News Senior Correspondent Ann Roe for “Kelby Tonight” broadcast on "
            "Wednesday’s “Morning Live,” Tomas Reedlyn, the hacker known as “Hexler,” stated that he had access to the "
            "mayor’s email server, which he described as “like an open door.”\n\n"
            "Hexler said, per a translator, that the server was unprotected, and he had total access to the server "
            "that “was like an open door on the Internet, as many such servers are.”")
    assert quote_speakers(text)[0] != "Tomas Reedlyn"


def test_a_crossheads_bare_body_noun_stands_for_the_body_the_story_names():
    text = (HEAD + "Mill to expand\n\n"
            "Kelby Pulp S.A. will build a second line at its mill outside Ashby, it said on Wednesday, adding about "
            "200 jobs once the line opens in two years.\n\n"
            'Company says output will "double by 2030"\n\n'
            "The new line will cost about $900 million and will be paid for from the company's own funds, without "
            "new borrowing, according to the filing made with the regulator on Wednesday.")
    assert quote_speakers(text) == ["Kelby Pulp S.A."]


def test_a_crossheads_title_takes_no_later_speaker_who_does_not_hold_it():
    text = (HEAD + "Arena plan approved\n\n"
            "The town council on Tuesday approved a 20,000-seat arena on the site of the old tram depot.\n\n"
            'Minister says project is "a scandal"\n\n'
            'Opposition leader Lena Okafor said the project was "a scandal", and the sports minister, Piet Varga, '
            "said he would look at it again.")
    assert quote_speakers(text)[0] != "Lena Okafor"


@pytest.mark.parametrize("later, other", [("Kelby Harbour Authority spokesman Jonas Eberle", "Jonas Eberle"),
                                          ("The Kelby Harbour Authority", "Kelby Harbour Authority")])
def test_a_decks_company_takes_no_later_speaker_of_another_body(later, other):
    text = (HEAD + "Oil leak off the cape\n\n"
            'Fishers fear for their nets; the oil company says the leak is "under control".\n\n'
            "A tanker ran aground off Kelby Point on Sunday, spilling crude into the bay near the harbour and the "
            "beaches of the south shore.\n\n" + later + ' said the leak was "under control".')
    assert quote_speakers(text)[0] != other


def test_a_later_speaker_who_denies_the_words_does_not_say_them():
    text = (HEAD + "Deputy premier quits\n\n"
            'The deputy premier resigned on Monday; the opposition says the cabinet is "in disarray".\n\n'
            'In a letter released on Monday, Piet Varga said he was leaving with "great sadness" and denied the '
            'cabinet was "in disarray".')
    assert quote_speakers(text)[0] != "Piet Varga"


def test_a_headlines_noun_read_as_the_named_body_is_kept():
    text = (HEAD + "Power cuts to last 'until further notice'\n\n"
            "Business chamber warns of 'a slow collapse' of the economy\n\n"
            "Kelby Power Ltd extended its rolling power cuts on Monday after four generating units broke down within "
            'a day, and warned that the cuts would continue "until further notice".\n\n'
            "The Kelby Chamber of Commerce and Industry said the cuts were costing its members about $5 million a "
            "day.\n\n"
            'Chamber chief executive Piet Varga said the town faced "a slow collapse" of the economy if the cuts '
            "went on.")
    assert quote_speakers(text)[1] == "Kelby Chamber of Commerce and Industry"


def test_a_headlines_title_read_as_the_named_holder_is_kept():
    text = (HEAD + "Thousands march over rents as minister says 'no easy answer'\n\nUpdated / Saturday, 3 May\n\n"
            "Thousands of people marched through Kelby this afternoon to demand rent controls, as the Minister for "
            'Transport warned that there was "no easy answer" for a crisis that has pushed rents up by a third in '
            "five years.\n\nMarchers carried banners and blocked the main bridge for an hour.\n\n"
            "The Minister for Transport, Piet Varga, said he understood the anger of those who marched but insisted "
            "that more homes were being built.")
    assert quote_speakers(text)[0] == "Piet Varga"
