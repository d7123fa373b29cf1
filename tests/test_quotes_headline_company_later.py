"""A headline's or a crosshead's "company" ("...; company calls petition 'misleading'"), when the story has named
no company before it and the story's main subject is no company (a place, a people), is the first company the body
names after it, not a place from the dateline."""

from .conftest import quote_speakers

STORY = ("THE FJORD POST\n\nFishermen fight fish-farm expansion; company calls petition 'misleading'\n\nHAVSUND, "
         "Troms, May 4 (FP) - More than 400 fishermen signed a petition on Wednesday against two new salmon pens in "
         "Havsund's sound. Troms county has not said when it will rule on the permit.\n\nThe pens would be run by "
         "Kvitfjell Havbruk AS, whose first site in the sound opened in 2015.\n\nTroms has turned down four such "
         "permits since 2012, and the fishermen's association expects a fifth refusal.")


def test_a_headlines_company_is_the_company_named_later():
    assert quote_speakers(STORY)[0] == "Kvitfjell Havbruk AS"


def test_a_company_in_the_body_is_not_sent_to_a_company_named_later():
    # must not fire: only a headline's or a crosshead's "company" looks forward; in the body "the company" before
    # any firm is named is not the firm a later paragraph names
    text = STORY.replace("company calls petition 'misleading'", "petition goes to county").replace(
        "Troms county has not said", "\"The petition is misleading,\" the company said. Troms county has not said")
    assert quote_speakers(text)[0] != "Kvitfjell Havbruk AS"


def test_a_headlines_company_is_not_a_persons_firm_named_first():
    # must not fire on the firm of a person who acts for the other side ("Jo Doe of Doe & Partners LLP", "Jo Doe,
    # a partner at ..."): the story's company is the next one named
    for lawyer in ("Their lawyer, Maren Dahl of Dahl & Berg Advokater AS, said",
                   "Maren Dahl, a partner at Dahl Berg Legal Ltd, said"):
        text = ("THE FJORD POST\n\nGrowers sue over fungicide; company calls product 'safe if used as directed'"
                "\n\nSTAVANGER, Rogaland, May 4 (FP) - Eleven fruit growers from Rogaland filed suit on Tuesday. "
                f"{lawyer} the case could take two years.\n\nThe fungicide is sold by Nordagro Kjemi AS.")
        assert quote_speakers(text)[0] == "Nordagro Kjemi AS"
