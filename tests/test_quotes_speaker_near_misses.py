"""Near misses of the speaker rules of session 28, on invented text: each rule was narrowed so that these passages,
written like the ones it was made for, keep the speaker they had before (or the one they should have):

- an age alone closing a quotation is not the last named speaker when someone else is brought in since by "the"
  and an age or by a person's noun ("The accused", "His widow");
- a headline's unnamed role takes no later speaker who says its one word inside a denial, holds another office
  ("deputy minister" is no Finance Minister) or heads another kind of body (a party leader is no assembly's
  President);
- a body's description in the story's opening is not a body the story sets apart as a rival, says is not the
  source, or names for other members (a students' union is no staff union), nor a name cut short;
- a description with a place after it speaks whole ("the three main dock unions in Kelby"), never as the place;
- a noun that may speak ("a source", "a group", "a union", "a court") after a quotation, with a relative clause of
  its own, is still the speaker;
- a comma after the closing mark, then "said by" or "warns walkers of", gives no inverted speaker;
- "police would not give his name" of someone arrested makes no unnamed source of them.
"""

import pytest

from .conftest import quote_speakers

HEAD = "THE KELBY COURIER\n\n"


@pytest.mark.parametrize("text, last", [
    ('"She was the kindest teacher in the school," said Marta Vell.\n\nThe 61-year-old bus driver who struck her '
     'was charged on Tuesday.\n\n"I never saw her," the 61-year-old said.', "Marta Vell"),
    ('"He should never walk free," said Odile Brant, whose son was killed.\n\nThe accused, a former prison guard, '
     'showed no emotion in the dock.\n\n"I did nothing wrong," the 44-year-old told the court.', "Odile Brant"),
    ('"The bakery was his whole life," said Piet Ormond.\n\nThe bakery\'s founder died in 2020. His widow still '
     'opens the shop at six every morning.\n\n"He would have hated the fuss," the 69-year-old said.', "Piet Ormond"),
    ('"My brother was a quiet man," said Karim Dost, whose brother died in the fire.\n\nPolice said the '
     '52-year-old had been arrested at a flat in Ashby.\n\n"I only want answers," the 52-year-old said.',
     "Karim Dost"),
])
def test_an_age_alone_is_not_the_last_speaker_when_someone_else_is_brought_in_with_the(text, last):
    assert quote_speakers(text)[-1] != last


@pytest.mark.parametrize("text, later", [
    # a one-word echo inside a denial
    (HEAD + "Pay talks collapse\n\nNurses' leader calls offer 'insulting'\n\nTalks between nurses and the Kelby "
     "health board broke down on Friday.\n\nHospitals' federation president Anton Grau said the offer was fair "
     "and \"not insulting to anyone\".", "Anton Grau"),
    (HEAD + "Count disputed\n\nOpposition leader says count was 'rigged'\n\nThe election board on Tuesday "
     "rejected claims of fraud in the mayoral vote.\n\n\"Nothing was rigged. Every ballot was counted in "
     "public,\" said election board chairman Ivo Stenk.", "Ivo Stenk"),
    # another office: a deputy's
    (HEAD + "Budget passes first reading\n\nDeputy minister calls budget 'realistic'\n\nThe assembly approved "
     "the budget on Wednesday after a long debate.\n\n\"This budget is realistic and it is fair,\" said Finance "
     "Minister Rena Holt.", "Rena Holt"),
    # the head of another kind of body
    (HEAD + "Bill debated late\n\nParty leader says he is 'confident'\n\nMembers debated the bill until "
     "midnight.\n\n\"I am confident the bill will pass,\" said Assembly President Dario Lenk.", "Dario Lenk"),
])
def test_a_headlines_unnamed_role_takes_no_speaker_who_denies_it_or_holds_another_office(text, later):
    assert quote_speakers(text)[0] != later


@pytest.mark.parametrize("text, body", [
    ("KELBY – Kelby's largest union of nurses said on Monday the pay offer was \"an insult\".\n\nThe Kelby Union "
     "of Theatre and Ward Nurses (KUTWN), a rival union, said it would wait for the full offer.", "Nurses"),
    ("ASHBY – A rival party said the result was \"fraudulent\" and demanded a recount.\n\nThe Ashby People's "
     "Party won 30 of the 41 seats, officials said.", "People's Party"),
    ("KELBY – A relief agency said the convoy had been \"shelled twice\".\n\nThe Kelby Refugee Relief Agency "
     "said it was trying to confirm the report.", "Relief Agency"),
    ("KELBY – A federal agency said the airline had \"failed its passengers\".\n\nThe Kelby Environmental "
     "Protection Agency is not involved in the case.", "Protection Agency"),
    ("KELBY – A labour federation said the fuel price rise was \"a war on workers\".\n\nA rival body, the North "
     "Kelby Federation of Trade Unions, called for a strike.", "Federation"),
    ("ASHBY – A students' union said the fee rise would \"push thousands out of school\".\n\nThe Ashby Academic "
     "Staff Union (AASU), which represents lecturers, also opposed the rise.", "Staff Union"),
])
def test_a_bodys_description_in_the_opening_is_no_rival_nor_a_body_not_its_source(text, body):
    assert body not in (quote_speakers(text)[0] or "")


@pytest.mark.parametrize("text, who", [
    ('The biggest private hauliers in Kelby said the toll was "a tax on trade".',
     "biggest private hauliers in Kelby"),
    ('"We did not start the fire," the three men arrested in Ashby told the court.', "three men arrested in Ashby"),
    ('The four main dock unions in Kelby said the reform was "unacceptable".', "four main dock unions in Kelby"),
    ('The four main dock unions in northern Kelby said the reform was "unacceptable".',
     "four main dock unions in northern Kelby"),
])
def test_a_description_ending_in_a_place_speaks_whole(text, who):
    assert quote_speakers(text) == [who]


@pytest.mark.parametrize("text", [
    'The head of the largest nurses\' union in Norway said the offer was "an insult".',
    'Three of the biggest private employers in Norway said the levy was "a tax on jobs".',
])
def test_a_description_inside_an_of_phrase_never_gives_the_place(text):
    assert quote_speakers(text)[0] != "Norway"


@pytest.mark.parametrize("text, who", [
    ('"It is over for the mayor," a source the paper did not name said.', "source"),
    ('"We are not afraid," a group the council banned last year said in a statement.', "group"),
    ('"We will fight this in court," a union the port refuses to recognise said on Monday.', "union"),
    ('"The plan is unlawful," a court the residents petitioned ruled on Friday.', "court"),
])
def test_a_noun_that_may_speak_after_a_quotation_with_its_own_relative_clause_is_its_speaker(text, who):
    assert who in (quote_speakers(text)[0] or "")


@pytest.mark.parametrize("text", [
    "The novel 'Harbour Lights', said by critics to be her best, turns 30 this year.",
    "The sign 'Keep out', warns walkers of the cliff edge ahead.",
])
def test_a_comma_after_the_closing_mark_then_a_passive_or_an_object_gives_no_speaker(text):
    assert quote_speakers(text) == [None]


def test_police_withholding_an_arrested_persons_name_makes_no_unnamed_source():
    text = ('"The crossing is a death trap," said councillor Ivan Ruel.\n\nA van driver was arrested on Friday; '
            'police would not give his name.\n\n"We asked for a crossing years ago," he said.')
    assert quote_speakers(text) == ["Ivan Ruel", "Ivan Ruel"]


def test_one_who_would_not_give_his_name_is_the_whole_description_not_cut_at_his():
    text = ('"We will not accept a pay cut," said union convenor Tam Brodie.\n\nBrodie, 51, has led the branch '
            'since 2012. A welder in his forties would not give his name.\n\n"I have nothing to say," he said.')
    assert quote_speakers(text)[-1] == "welder in his forties"


def test_a_body_s_initials_in_brackets_before_a_lower_case_word_keep_the_name_s_end():
    text = ('Clinics are full. The Kelby Health Service (KHS) in the north, which runs four clinics, said it was '
            '"hiring fast".')
    assert quote_speakers(text) == ["Kelby Health Service"]


@pytest.mark.parametrize("text", [
    # a sentence since the quotation opens with someone else's name
    ('"The new road will cut the farm in two," said Ola Brekke, who chairs the farmers\' co-operative.\n\n'
     'Kelby Tarnes Lunde keeps goats on the hill above the village.\n\n'
     '"I may have to sell them all," the 63-year-old said.'),
    # an age alone that closes no quotation, a long paragraph after the last one
    ('"The new road will cut the farm in two," said Ola Brekke, who chairs the farmers\' co-operative.\n\n'
     'The road would run for nine kilometres through the valley, past the school and the old mill, and would '
     'carry about 4,000 lorries a week to the quarry that the regional council approved last year. Work is due to '
     'start in the spring, and the council says it will pay owners a fair price for their land.\n\n'
     'The 63-year-old called the plan "a disgrace".'),
])
def test_an_age_alone_is_no_speaker_named_before_when_someone_else_opens_a_sentence_or_it_closes_no_quote(text):
    assert quote_speakers(text)[-1] == "63-year-old"
