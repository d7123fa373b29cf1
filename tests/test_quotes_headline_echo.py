"""A headline's, deck's or crosshead's quotation repeated by a named speaker in the story (session 27), on invented
text: a bare noun ("developer says", "Company says") or an unnamed definite description in the opening takes the
later speaker; a body's noun keeps the body."""

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
