"""Speakers, session 33: a single name or a glossed office in apposition, dotted honorifics, a body's organ after
"its", a name told after a description, British run-on quotations, a body's name before a relative clause, a
group's spokeswoman, irregular plurals, live-blog time stamps, plural nouns after a preposition, participle
descriptions; and the near misses the session's review found (a court's order, "it said" after another body).
Invented passages."""

import pytest

from analysis import Article
from analysis.quotes import extract_quotes

from .conftest import speaker_of as _speaker_of


def _rows(text):
    q = extract_quotes(Article.from_text(text))
    return list(zip(q["text"].str.rstrip(",."), q["speaker"], q["source_type"]))




# -- a person who goes by one name, in apposition after a person's noun, taken up by "who"

def test_a_single_name_in_apposition_taken_up_by_who_is_the_speaker():
    text = ('"The trucks came and the beans did not," said the mill\'s manager, Sudarsono, who, like many in '
            'Java, has one name. "Somebody pays for that."\n\nHe called the season "a mess".')
    assert [s for _, s, _ in _rows(text)] == ["Sudarsono"] * 3


def test_a_single_word_after_a_place_description_and_who_stays_the_description():
    text = '"We waited all night," said the mayor of the town, Ostrava, who had driven down.'
    assert _speaker_of(text, "waited") != "Ostrava"


# -- honorifics of Aceh, Malaysia and Brunei written short with a full stop

@pytest.mark.parametrize("text, fragment, speaker", [
    ('"We will pay the farmers faster," said the union\'s head, Tgk. Amir Hasan Doe.', "pay the farmers",
     "Amir Hasan Doe"),
    ('"The river is rising," said the village chief, Awg. Hj. Salleh Roe. "Move the boats," Awg. Salleh told us.',
     "Move the boats", "Salleh Roe"),
])
def test_a_dotted_malay_or_acehnese_honorific_opens_the_name(text, fragment, speaker):
    assert _speaker_of(text, fragment) == speaker


# -- "its board said": the body "it" stands for

def test_its_board_speaks_for_the_body_named_before():
    text = ('The Tarno Valley Orchard Trust was founded in 1990 and buys fruit from 200 growers.\n\n'
            'In a statement to the Evening Ledger, its board said the ban was "a blow to every grower".')
    assert _speaker_of(text, "a blow") == "Tarno Valley Orchard Trust"


# -- a described person named afterwards in a feature ("Her name is ...")

def test_a_description_named_in_a_later_her_name_is_sentence():
    text = ("'The apples are picked before they ripen,' says the woman sorting crates at the back of the shed. "
            "'Nobody wants to wait.'\n\nHer name is Zarina Doe. She has farmed here since 1998.")
    assert [s for _, s, _ in _rows(text)] == ["Zarina Doe", "Zarina Doe"]


def test_her_name_is_does_not_name_a_man_described():
    text = ("'The apples are picked early,' says the man sorting crates at the back of the shed.\n\n"
            "Her name is Zarina Doe. She runs the co-operative.")
    assert _speaker_of(text, "apples") != "Zarina Doe"


# -- a local word glossed after "or" inside a description, then the name

def test_an_office_glossed_after_or_then_the_name():
    text = 'The island\'s chief magistrate, or syndic, Marta Doe, said the levy was "a tax on fishermen".'
    assert _speaker_of(text, "a tax") == "Marta Doe"


def test_or_another_person_is_no_gloss():
    text = '"The levy will stay," said the head of the council, or her deputy, Marta Doe.'
    assert _speaker_of(text, "levy") != "Marta Doe"


# -- British court copy: a single quotation opened after a sentence's end runs on to the next paragraph

def test_a_single_quotation_opened_after_a_sentence_end_runs_on():
    text = ("Procurator fiscal Ann Roe told the court the pump had failed.\n\n"
            "'The staff knew by noon,' Ms Roe said. 'The Crown accepts nothing was hidden, but the delay mattered.\n\n"
            "'By then the nets were empty.'\n\nThe case continues.")
    rows = _rows(text)
    assert [s for _, s, _ in rows] == ["Ann Roe"] * 3
    assert any(t.startswith("The Crown accepts") for t, _, _ in rows)


# -- a body's name, then a relative clause naming a person

def test_a_body_named_before_a_where_clause_speaks_not_the_place_in_its_name():
    text = ('The Holy Cross Brotherhood of Tarno and Velm of Fall River, where Mr. Doe served as treasurer, said it '
            'would hold a Mass and called him "a son of the island".')
    assert _speaker_of(text, "a son of").startswith("Holy Cross Brotherhood of Tarno and Velm")


# -- "a spokeswoman for the group": the group just named, not the story's company

def test_a_spokeswoman_for_the_group_is_the_group_just_named():
    text = ('Kelby Voe Fisheries Ltd was fined £20,000 at Tarno Sheriff Court. Kelby Voe Fisheries Ltd admitted '
            'the charge. Arctic Voe staff said the storm was bad.\n\n'
            'The Northern Isles Shellfish Growers’ Group, which represents 14 firms, said it would review its '
            'code.\n\n'
            '‘One escape hurts every farm. Our members know that,’ a spokeswoman for the group said.')
    assert _speaker_of(text, "One escape") == "Northern Isles Shellfish Growers’ Group"


# -- irregular plurals of people's nouns are no names

@pytest.mark.parametrize("text", [
    "Tarno split over quarry deal\nWomen say they were 'never asked'; firm promises jobs\n\nThe women of Tarno met.",
    'Children say the new school is "too far". The children walk two miles.',
])
def test_an_irregular_plural_of_people_is_no_name(text):
    (_, speaker, stype), = _rows(text)[:1]
    assert stype == "anonymous" and speaker.islower()


# -- a description on the line after a live blog's time stamp

def test_a_description_after_a_time_stamp_line_is_the_pronouns_antecedent():
    text = ('"We swim every time it rains," Jo Doe said.\n\n14:05\nA nurse from the clinic, who asked not to be '
            'named, said the ward was full.\n\n"We have beds in the corridor," she said.')
    rows = _rows(text)
    assert rows[-1][1:] == ("nurse from the clinic", "anonymous")


# -- a plural noun after a preposition is no cue

def test_a_plural_noun_after_a_preposition_is_no_cue_and_the_pronoun_speaks():
    text = ('"We live by the sea," Ana Doe said at a news conference.\n\n'
            'She dismissed criticism from other member states as "jealousy in a suit".')
    assert _speaker_of(text, "jealousy") == "Ana Doe"


# -- a description opened by a participle phrase, and a refusal to give one's name

@pytest.mark.parametrize("opening", [
    "An old man mending nets on the jetty refused to give his name.",
    "One of them, an old man mending nets on the jetty, refused to give his name.",
])
def test_a_described_man_who_would_not_give_his_name_is_the_pronouns_antecedent(opening):
    text = ('Tom Roe said the fishermen had been told late.\n\nOn Sunday about thirty fishermen stood on the quay.\n\n'
            f'{opening} "They will give us fumes and call it work," he said.')
    assert _rows(text)[-1][2] == "anonymous"


# -- a body in apposition with East Asia's "Co., Ltd." and a place's "-based" before it

@pytest.mark.parametrize("appositive, body", [
    ("Osaka-based Kelby Marine Feeds Co., Ltd.", "Kelby Marine Feeds Co., Ltd."),
    ("Tarno-based Kelby Marine Feeds Ltd", "Kelby Marine Feeds Ltd"),
])
def test_a_body_in_apposition_after_a_description_speaks(appositive, body):
    text = (f"The farm's Japanese partner, {appositive}, which supplies its feed, said the project followed "
            '"the best practice there is".')
    assert _speaker_of(text, "best practice") == body


# -- near misses found by the session's review (each wrong on the first version of these rules)

@pytest.mark.parametrize("text, fragment", [
    ("The Financial Services Board fined Kelvale Building Society R9m on Monday over lost records.\n\n"
     'Its board said the society "accepts every finding and will write to members".', "accepts every finding"),
    ("Tarno Gold Corp has bid $900m for Ardwick Metals Ltd, the miner confirmed on Friday.\n\n"
     'Its board said the bid "falls far short of what the business is worth".', "falls far short"),
    ("The Markets Tribunal fined Ostby Glass plc €30m on Thursday for rigging bids.\n\n"
     'Its board said the firm "will read the ruling before deciding whether to appeal".', "will read the ruling"),
])
def test_its_board_after_two_bodies_is_left_unnamed(text, fragment):
    speaker, stype = next((s, t) for q, s, t in _rows(text) if fragment in q)
    assert stype == "anonymous" and speaker == "board"


@pytest.mark.parametrize("text, fragment, not_speaker", [
    ('"The sea took everything," said a father of three who came from Samos in June. His eldest son was born on '
     'the boat. His name is Jonah.', "The sea took", "Jonah"),
    ('"He never argued with anyone," said a man who lived across the road. The dead man was a teacher at the '
     'village school. His name is Piet Molefe, police said.', "never argued", "Piet Molefe"),
    ('"We searched the river for a week," said a man in a grey coat, holding a picture of his brother. His name is '
     'Karim Nassar, and he was 19.', "searched the river", "Karim Nassar"),
    ('"He arrived a month early," said a young father on the ward, rocking his baby. His name is Tomas.',
     "arrived a month early", "Tomas"),
    ('"She wanted to be a pilot," said an old woman at the gate, clutching a school photograph of her daughter. '
     'Her name is Leyla Aziz.', "wanted to be a pilot", "Leyla Aziz"),
])
def test_her_or_his_name_is_after_another_person_names_no_speaker(text, fragment, not_speaker):
    assert _speaker_of(text, fragment) != not_speaker


@pytest.mark.parametrize("text, speaker", [
    ("Surf crews worked until dawn near Hilo. 'Ola Park families carried water to the hall on Monday.\n\n"
     "'We look after our own,' said Malia Keawe, who ran the kitchen.", "Malia Keawe"),
    ("Crowds filled the market on Sunday. 'Tis the week for bargains, as one stallholder put it.\n\n"
     "'We have sold out twice,' said Raj Patel, who sells scarves.", "Raj Patel"),
    ("The bowls club opened in 1968. '70s music played in the bar until late.\n\n"
     "'It was like being young again,' said member Sue Dale.", "Sue Dale"),
    ("The crowd had queued since noon. 'Em Ruadh, the folk band, played first.\n\n"
     "'It was brilliant,' said fan Tom Blair.", "Tom Blair"),
    ("He smiled at the question. 'Cos that's how it works round here, he said afterwards.\n\n"
     "'We just carry on,' said Bill Orr, 80.", "Bill Orr"),
    ("Rangers shut the trails at Kapaa on Friday. The county's mayor spoke at noon. 'Aina residents were asked "
     "to stay home.\n\n'This is a dangerous storm,' the mayor said.", "mayor"),
])
def test_an_apostrophe_after_a_sentence_end_with_no_quotation_before_runs_on_to_nothing(text, speaker):
    rows = _rows(text)
    assert len(rows) == 1 and rows[0][1] == speaker


@pytest.mark.parametrize("text, fragment, judge", [
    ("A state appeals court on Thursday overturned Judge Rosa Mendez's order halting the dam.\n\n"
     '"The lower court erred in finding that the farmers would suffer lasting harm," the ruling said.',
     "lower court erred", "Rosa Mendez"),
    ("Governor Kay Lund signed an order on Tuesday freezing new permits. A challenge was filed the same day and "
     'Judge Omar Reyes set a hearing for Monday.\n\n"No permit shall be granted until the audit ends," the order '
     "said.", "No permit shall", "Omar Reyes"),
    ('Judge Festus Wanjala jailed three traders on Monday. On Wednesday the county issued a curfew order.\n\n'
     '"Shops must close by eight," the order said.', "Shops must close", "Festus Wanjala"),
    ("The High Court on Friday struck down the new boundaries. Justice Nora Hale wrote a dissent.\n\n"
     '"The council drew these lines to favour itself," the ruling said.', "council drew", "Nora Hale"),
])
def test_a_courts_document_is_not_the_one_judge_named(text, fragment, judge):
    assert _speaker_of(text, fragment) != judge


@pytest.mark.parametrize("text, fragment, speaker", [
    ("Ardwick Rail Ltd said it would close three depots, calling the move \"hard but unavoidable\".\n\n"
     'The National Transport Authority approved the new timetable in June. "These choices were not made lightly," it said.',
     "not made lightly", "Ardwick Rail Ltd"),
    ("Tarno Savings Bank said it had refunded every customer and called the errors \"inexcusable\".\n\n"
     'The Prudential Regulation Authority fined the lender £8m last year. "We have changed how we lend," it said.',
     "changed how we lend", "Tarno Savings Bank"),
    ('Ostby Biotech Ltd said the decision was "a great disappointment".\n\n'
     'The Court of Appeal found on Tuesday that the firm had copied the formula. "We will appeal," it said.',
     "We will appeal", "Ostby Biotech Ltd"),
])
def test_it_said_after_another_body_opens_the_sentence_is_still_the_last_body_that_spoke(text, fragment, speaker):
    assert _speaker_of(text, fragment) == speaker


@pytest.mark.parametrize("text, fragment, speaker", [
    ('A statement from police says the rider was "known to officers". The road is still shut.',
     "known to officers", "police"),
    ('A letter signed by dozens of teachers states that the building is "unsafe for pupils". It was sent on Friday.',
     "unsafe for pupils", "teachers"),
    ('New guidance from nurses says babies "should sleep on their backs".', "sleep on their backs", "nurses"),
    ('A complaint by residents claims the club "stays open until 5am". The hearing is on Monday.',
     "stays open", "residents"),
])
def test_a_plural_after_a_preposition_with_its_clause_after_the_cue_speaks(text, fragment, speaker):
    assert _speaker_of(text, fragment) == speaker
