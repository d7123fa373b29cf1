"""A headline's or a crosshead's "company" ("...; company calls vote 'not binding'"), when the story has named no
company before it and the story's main subject is no company (a place, a people), is the first company the body
names after it, not a place from the dateline."""

from .conftest import quote_speakers

STORY = ("THE FJORD POST\n\nVillagers reject copper mine; company calls vote 'not binding'\n\nSKARDAL, Nordland, "
         "May 4 (FP) - Residents of six villages around Skardal voted against a copper mine on Sunday. Nordland's "
         "county council has not yet said whether it will review the licence.\n\nThe mine belongs to Kvitfjell "
         "Mineral AS, which holds a thirty-year licence from the state.\n\nNordland has seen three such votes since "
         "2010, and Skardal's mayor says more will follow.")


def test_a_headlines_company_is_the_company_named_later():
    assert quote_speakers(STORY)[0] == "Kvitfjell Mineral AS"


def test_a_headlines_board_is_not_sent_to_a_company_named_later():
    # must not fire: "Board says" is not "company says"
    text = STORY.replace("company calls vote", "Board calls vote")
    assert quote_speakers(text)[0] != "Kvitfjell Mineral AS"


def test_a_headlines_company_is_not_a_persons_firm_named_first():
    # must not fire on the firm of a person who acts for the other side ("Jo Doe of Doe & Partners LLP", "Jo Doe,
    # a partner at ..."): the story's company is the next one named
    for lawyer in ("Their lawyer, Maren Dahl of Dahl & Berg Advokater AS, said",
                   "Maren Dahl, a partner at Dahl Berg Legal Ltd, said"):
        text = ("THE FJORD POST\n\nGrowers sue over fungicide; company calls product 'safe if used as directed'"
                "\n\nSTAVANGER, Rogaland, May 4 (FP) - Eleven fruit growers from Rogaland filed suit on Tuesday. "
                f"{lawyer} the case could take two years.\n\nThe fungicide is sold by Nordagro Kjemi AS.")
        assert quote_speakers(text)[0] == "Nordagro Kjemi AS"
