"""Speaker resolution on hand-written text: a title that points back to its one named holder (an appositive
after "the Hon.", a title written as its initials, a headline in sentence case), a person before a role and
"who", the company a short name stands for, an organisation that is the subject of its statement, a body
named in another language, the subject of a sentence with a long aside, and a word that ends a headline after
a verb of saying."""

from analysis import Article, extract_quotes

from .test_quotes_styles import speakers  # (quotation text without its closing comma or stop, speaker) pairs


def test_the_speaker_named_after_the_hon_in_an_appositive_is_the_title_holder():
    text = ('The Speaker, the Hon. Marlon Doe-Bright, ruled the remark out of order on Tuesday night.\n\n'
            '"The Member for Kelby North will withdraw that remark," the Speaker said.')
    assert speakers(text) == [("The Member for Kelby North will withdraw that remark", "Marlon Doe-Bright")]


def test_the_speaker_with_no_holder_named_stays_the_title():
    text = ('The debate ran past midnight on Tuesday.\n\n'
            '"The Member for Kelby North will withdraw that remark," the Speaker said.')
    assert speakers(text) == [("The Member for Kelby North will withdraw that remark", "Speaker")]


_CFO_STORY = ('Kelby Pulp S.A. approved a new mill line on Tuesday.\n\n'
              'Chief Financial Officer Marta Okafor-Lind said debt would peak next year.\n\n'
              'The board met for six hours. Shares fell 2 percent. A union threatened to strike. The governor '
              'attended the announcement. Analysts were divided on the timing.\n\n'
              'Okafor-Lind told analysts the company would not pay a dividend until 2026.\n\n'
              '"Our shareholders understand the trade-off," the CFO said.')


def test_a_title_written_as_its_initials_is_its_one_holder_named_with_it_spelt_out():
    assert speakers(_CFO_STORY)[-1] == ("Our shareholders understand the trade-off", "Marta Okafor-Lind")


def test_a_title_in_initials_held_by_two_people_named_stays_the_title():
    text = _CFO_STORY.replace("debt would peak next year.", "debt would peak next year. Its rival, Ashby Paper, "
                              "named Chief Financial Officer Tom Reyes-Baird in May.")
    assert speakers(text)[-1] == ("Our shareholders understand the trade-off", "CFO")


def test_who_after_a_name_and_its_role_of_a_company_is_the_person():
    text = ('Guests included Lars Eknes-Moore, CEO of Fjordline Marine Corp., who called the ferry "the quietest '
            'ship we have ever built."')
    assert speakers(text) == [("the quietest ship we have ever built", "Lars Eknes-Moore")]


def test_who_after_a_name_and_a_lower_case_role_of_a_body_is_the_person():
    text = ('The panel heard from Lars Eknes-Moore, chairman of the Kelby Port Authority, who called the plan "a '
            'disgrace".')
    assert speakers(text) == [("a disgrace", "Lars Eknes-Moore")]


def test_which_after_a_company_is_the_company():
    text = 'The ferry was built by Fjordline Marine Corp., which called it "a milestone".'
    assert speakers(text) == [("a milestone", "Fjordline Marine Corp.")]


def test_a_headline_in_sentence_case_gives_its_quotation_to_the_holder_of_its_title():
    text = ('Fire chief closes county trails, says crews are \'stretched to the limit\'\n\n'
            'By Jo Writer\n\n'
            'KELBY - Chief Ana Ruiz-Patel of the Kelby County Fire Department on Tuesday closed all hiking trails '
            'in the county park.\n\n'
            '"We have had four fires in a week," Ruiz-Patel told reporters.')
    assert speakers(text)[0] == ("stretched to the limit", "Ana Ruiz-Patel")


def test_a_headline_whose_subject_is_no_title_finds_no_holder_by_it():
    text = ('Park closes county trails, says crews are \'stretched to the limit\'\n\n'
            'By Jo Writer\n\n'
            'KELBY - Chief Ana Ruiz-Patel of the Kelby County Fire Department on Tuesday closed all hiking trails '
            'in the county park.')
    assert speakers(text)[0][1] != "Ana Ruiz-Patel"


def test_an_organisation_opening_its_statement_sentence_is_the_speaker_not_the_signer():
    text = ('In a statement signed by its company secretary, Mr. Tunde Bakare-Ojo, Ogun Flour Mills Plc attributed '
            'the increase to "the cost of wheat imports" and denied any collusion.')
    assert speakers(text) == [("the cost of wheat imports", "Ogun Flour Mills Plc")]


def test_the_signer_who_opens_the_sentence_is_the_speaker():
    text = ('In a statement, Tunde Bakare-Ojo, its company secretary, attributed the increase to "the cost of '
            'wheat imports" and denied any collusion.')
    assert speakers(text) == [("the cost of wheat imports", "Tunde Bakare-Ojo")]


def test_a_move_branded_so_by_others_is_not_the_words_of_the_subject_organisation():
    text = ('Kelby Sports Holdings, which bought the club for £30million in May, has also scrapped the club’s fan '
            'forum – a move branded “a slap in the face” by supporters.')
    assert speakers(text) == [("a slap in the face", None)]


def test_the_association_stands_for_an_association_named_in_italian_before():
    text = ('Ms. Ferri is a member of the Associazione Consumatori Liguri, which is preparing a complaint '
            'against the bank. The association called the fees "a tax on pensioners."')
    assert speakers(text) == [("a tax on pensioners", "Associazione Consumatori Liguri")]


def test_the_association_is_no_foundation_named_in_italian_before():
    text = ('Ms. Ferri has written to the Fondazione Carlo Liguri, which funds the clinic. The association called '
            'the fees "a tax on pensioners."')
    assert speakers(text)[0][1] != "Fondazione Carlo Liguri"


def test_a_body_named_in_another_language_after_its_description_is_the_speaker():
    text = ('The lender\'s largest shareholder, Fondazione Banca del Monte di Lucca, which owns 19 per cent, said it '
            'would study the plan "with great care" but made no promise.')
    assert speakers(text) == [("with great care", "Fondazione Banca del Monte di Lucca")]


def test_a_person_named_after_the_same_description_is_the_speaker():
    text = ('The lender\'s largest shareholder, Marco Bellandi-Rossi, who owns 19 per cent, said he would study '
            'the plan "with great care" but made no promise.')
    assert speakers(text) == [("with great care", "Marco Bellandi-Rossi")]


def test_a_name_with_particles_after_its_description_is_the_subject():
    text = ('But his neighbour across the square, Rosa María de la Fuente, said she had been kept awake "night '
            'after night" in August by the bars.')
    assert speakers(text) == [("night after night", "Rosa María de la Fuente")]


def test_a_described_subject_after_and_with_an_aside_holding_because_is_the_speaker():
    text = ('Ortiz has been linked with a move since June, and a club official, speaking on condition of '
            'anonymity because he was not authorised to discuss transfers, said the club had rejected "at least '
            'three" bids.')
    [(quote, speaker)] = speakers(text)
    assert quote == "at least three" and "club official" in speaker


def test_and_before_a_second_role_of_the_same_person_opens_no_clause():
    text = 'Jo Doe-Ames, a lawyer, and a mother of two, said the ruling was "a travesty".'
    assert speakers(text) == [("a travesty", "Jo Doe-Ames")]


_EVENT_STORY = ('Kestrel Horizon 2024 live: Kestrel bets the laptop on AI\n\n'
                'Welcome to our live coverage of Kestrel Horizon, the annual developer conference of Kestrel '
                'Software Inc., from San Diego.\n\n'
                'Kestrel shares rose 2% in early trading.\n\n'
                'Outside, about 30 contract testers held signs about late pay.\n\n'
                'A Kestrel spokesperson said the company "holds its suppliers to high standards" and was looking '
                'into the complaints.')


def test_a_spokesperson_of_a_short_name_speaks_for_no_company_of_another_name():
    text = _EVENT_STORY.replace("Kestrel Software Inc.", "Ashby Software Inc.")
    assert speakers(text)[-1][1] != "Ashby Software Inc."


def kinds(text):
    q = extract_quotes(Article.from_text(text))
    return list(zip(q["text"], q["kind"]))


def test_a_word_that_ends_a_headline_after_a_verb_of_saying_is_what_was_said():
    text = ("Board junks hospital loan; mayor says 'politics'\n\n"
            "KELBY CITY - The provincial board on Friday rejected the loan by eight votes to five.")
    assert kinds(text) == [("politics", "partial")]


def test_a_word_before_the_noun_after_a_verb_of_saying_is_a_term():
    text = ("Board junks hospital loan; regulator admits 'delayed' response\n\n"
            "KELBY CITY - The provincial board on Friday rejected the loan by eight votes to five.")
    assert kinds(text) == [("delayed", "term")]
