"""A role in a story's deck that ends with a full stop, before the story names anyone: a bare role ('Ports minister
says "..."; ...'), a definite one ('... and the minister says the levy "will stay"'), and a deck's '"...," says
dockers' leader.' whose words the body repeats from a union's secretary general named with the union's initials."""

import pytest

from .conftest import quote_speakers

HEAD = "THE HARBOUR GAZETTE\n\nHome > Economy\n\n"


def test_a_bare_role_in_a_deck_is_the_holder_named_later():
    text = (HEAD + "Ferry operators warned after ramp collapse\n\n"
            'Ports minister says "every licence will be checked"; operators fear a summer without crossings.\n\n'
            "Tuesday 4 June | By Mara Ostend\n\n"
            "The Minister of Ports and Shipping, Efraim Valcourt, told reporters on Monday that inspectors would "
            "visit all eleven ferry ramps on the coast before the season opened in July.\n\n"
            '"Every licence will be checked, and no ramp will open without a signature," the minister said.')
    assert quote_speakers(text)[0] == "Efraim Valcourt"


def test_the_minister_in_a_long_deck_is_the_holder_named_later():
    text = (HEAD + "Cold stores fill up under the new fish export levy\n\n"
            "Processors at the east quay have dropped their night shift since the levy on raw fish began in March, "
            'and the minister says the levy "will stay as it is".\n\n'
            "Posted 12.03.2014\n\n"
            "The Minister of Fisheries, Tomasz Orlanski, said at a news conference on Friday that no cargo would "
            "be exempted from the levy, whatever its contract said.\n\n"
            '"The levy stays. The traders had a year to prepare," Orlanski said.')
    assert quote_speakers(text)[0] == "Tomasz Orlanski"


def test_a_decks_leader_is_the_general_secretary_who_says_the_words():
    text = (HEAD + "Grain quay idle as dockers strike for a second day\n\n"
            "'We lift the grain, and the board counts the profit,' says dockers' leader. Two ships have left "
            "the roads for another port since Monday.\n\n"
            "Wednesday 9 May | Staff reporter\n\n"
            "The dockers belong to the Union des Dockers et Pointeurs de Tarnville (UDPT), which wants a "
            "higher rate per sack and written contracts for day workers.\n\n"
            "'We lift the grain, and the board counts the profit,' UDPT secretary general Anselme Dorvigny told "
            "strikers at the quay gate.")
    assert quote_speakers(text) == ["Anselme Dorvigny", "Anselme Dorvigny"]


@pytest.mark.parametrize("text, wrong", [
    # must not fire: a bare role in the opening after someone is already named there is no deck's stand-in, so it
    # does not take the holder the story names later with that role (the "no person named before" guard)
    (HEAD + "Ferry ramps to be inspected\n\n"
     "Opposition leader Rhona Castel demanded answers on Monday; ports minister says \"every licence will be "
     "checked\" as operators fear a summer without crossings and the ferry season slips past its opening date.\n\n"
     "The Minister of Ports, Efraim Valcourt, told reporters inspectors would visit all the ramps.\n\n"
     "Later, the Minister of Tourism, Ada Quell, said she expected a quiet summer.", "Efraim Valcourt"),
])
def test_no_forward_holder_when_someone_was_named_first(text, wrong):
    assert quote_speakers(text)[0] != wrong


def test_of_two_holders_of_a_deck_role_the_one_who_says_its_words_speaks():
    # must not fire for the first holder named: the second says the deck's words
    text = (HEAD + "Grain prices tumble\n\n"
            'Farm minister says the harvest is "secure" as prices fall.\n\n'
            "Tuesday 4 June | By Mara Ostend\n\n"
            "Tarnland's Farm Minister Olek Brandvold said on Monday that traders were panicking. His Kelbian "
            "counterpart, Farm Minister Ines Moravec, told a press conference in Valden the harvest was \"secure\".")
    assert quote_speakers(text)[0] == "Ines Moravec"


def test_of_two_holders_of_a_deck_role_neither_speaks_when_neither_says_its_words():
    # must not fire: two farm ministers are named later and neither repeats the deck's words
    text = (HEAD + "Grain prices tumble\n\n"
            'Farm minister says the harvest is "secure" as prices fall.\n\n'
            "Tuesday 4 June | By Mara Ostend\n\n"
            "Tarnland's Farm Minister Olek Brandvold said on Monday that traders were panicking. His Kelbian "
            "counterpart, Farm Minister Ines Moravec, told a press conference in Valden that stocks were full.")
    assert quote_speakers(text)[0] not in ("Olek Brandvold", "Ines Moravec")
