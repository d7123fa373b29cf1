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
