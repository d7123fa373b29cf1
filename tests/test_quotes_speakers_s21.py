"""Speaker resolution on hand-written text (session 21): an office-holder's spokesperson, descriptions that close a
quotation, titles before a name."""

from .test_quotes_styles import speakers  # (quotation text without its closing comma or stop, speaker) pairs


def test_a_spokesperson_for_the_office_holder_speaks_for_the_holder():
    text = ('Governor Jo Doe vetoed the bill on Monday. A spokesman for the governor said it was "deeply flawed."')
    assert speakers(text)[-1][1] == "Jo Doe"
    text = ('Deputy Minister for Transport Karen Smith said there was "no more money in the pot" after March.\n\n'
            'A spokesperson for the deputy minister later said the network had received "unprecedented support."')
    assert speakers(text)[-1][1] == "Karen Smith"
    text = ('Tom Reed, the owner of the pub, was away. A spokesman for the owner said it would "reopen soon."')
    assert speakers(text)[-1][1] == "Tom Reed"


def test_a_spokesperson_for_a_body_or_group_or_no_one_named_is_not_a_holder():
    text = ('Acme Corp cut 300 jobs on Monday, its chief executive Tom Reed said. A spokesman for the company said '
            'the cuts were "painful but necessary."')
    assert speakers(text)[-1][1] == "Acme Corp"
    text = ('The minister is under pressure over the closures. A spokesman for the minister said the review was '
            '"ongoing."')
    assert speakers(text)[-1][1] == "spokesman for the minister"
    text = 'Jo Doe, 45, died in the crash. A spokeswoman for the family said they were "devastated by the loss."'
    assert speakers(text)[-1][1] == "spokeswoman for the family"
    text = ('Kelby Council approved the plan on Tuesday, leader Tom Reed said. A spokesman for the council said it '
            'was "the right decision."')
    assert speakers(text)[-1][1] == "Kelby Council"
    text = ('Detective Inspector Jane Roe led the inquiry. A spokesman for the police said officers were "keeping '
            'an open mind."')
    assert speakers(text)[-1][1] == "spokesman for the police"
    text = 'Tom Reed, the landlord, refused to comment. A spokesman for the tenants said they felt "betrayed."'
    assert speakers(text)[-1][1] == "spokesman for the tenants"
    text = 'Mayor Jo Doe opened the bridge. A spokeswoman for the victims said the memorial was "long overdue."'
    assert speakers(text)[-1][1] == "spokeswoman for the victims"


def test_a_title_abbreviated_fr_or_msgr_runs_on_into_the_name():
    assert speakers('"That is a bandage," said parish priest Fr. Antonio Sarmiento, SJ.')[-1][1] == "Antonio Sarmiento"
    assert speakers('"We need roofs," said Msgr. Jo Kelby. "Rice too."')[-1][1] == "Jo Kelby"


def test_a_two_word_nickname_inside_the_name_is_no_quotation_the_speaker_stops_at():
    text = '"Still no rice," said Barangay Captain Jose "Big Joe" Cruz of the village.'
    assert speakers(text) == [("Still no rice", "Jose Cruz"), ("Big Joe", None)]
    text = '"I am back," said Dwayne "The Rock" Johnson at the premiere.'
    assert speakers(text)[0][1] == "Dwayne Johnson"


def test_two_capitalised_quoted_words_that_are_no_nickname_keep_their_speaker():
    assert speakers('Tom Reed called the plan "Project Fear" Monday.') == [("Project Fear", "Tom Reed")]
    assert speakers('Tom Reed said the deal was "Very Good" News for the town.') == [("Very Good", "Tom Reed")]


def test_a_record_label_or_studio_named_before_speaks_as_the_label():
    text = ('Jo Doe recorded 14 albums before he died in May.\n\nKelby Blue Records said in a statement that it '
            'would reissue four albums. The label called him "a founding voice of this city."')
    assert speakers(text)[-1][1] == "Kelby Blue Records"
    text = ('Ashby Pictures made the film in 2019. The studio said the sequel was "on hold."')
    assert speakers(text)[-1][1] == "Ashby Pictures"


def test_a_label_or_brand_with_no_organisation_named_stays_a_description():
    text = 'Jane Roe, a designer, left the brand in May. The brand said she was "a visionary."'
    assert speakers(text)[-1][1] == "brand"
    text = 'The chain of events began on Monday, Tom Reed said. "We never saw it coming," he said.'
    assert speakers(text)[-1][1] == "Tom Reed"


def test_a_person_of_a_body_in_lower_case_is_the_person():
    assert speakers('"Still no rice," said Jose Cruz of the village.')[-1][1] == "Jose Cruz"
    assert speakers('"It is bad," said Jane Doe from the local union.')[-1][1] == "Jane Doe"
    assert speakers('Tom Reed of the village council said it was "bad news."')[-1][1] == "Tom Reed"
    text = 'Floods hit the town. Tom Reed from the local union said it was "bad news."'
    assert speakers(text)[-1][1] == "Tom Reed"


def test_no_person_of_a_lower_case_body_leaves_the_description_whole():
    assert speakers('Allies of the mayor said it was "bad news."')[-1][1] == "Allies of the mayor"
    assert speakers('Most of the residents said it was "bad news."')[-1][1] == "residents"
    assert speakers('"It is bad," said the head of the village council.')[-1][1] == "head of the village council"
    text = 'The Friends of the earth group said it was "bad news."'
    assert speakers(text)[-1][1] == "Friends of the earth group"
    assert speakers('Tom Reed of the Kelby Union said it was "bad news."')[-1][1] == "Tom Reed"


def test_an_abbreviation_stop_before_a_sentence_opener_ends_the_speaker_mention():
    text = ('Acme Widgets said 6,200 customers were without power at 10 a.m. A spokeswoman for the cooperative, '
            'Jane Doe, said most would be back on "by the end of the day Friday," but warned of delays.')
    assert speakers(text)[-1][1] == "Jane Doe"
    text = 'Orders fell at Kelby Holdings Ltd. A spokesman said it was "on track."'
    assert speakers(text)[-1][1] == "spokesman"  # (not "Kelby Holdings Ltd A spokesman")


def test_an_abbreviation_stop_before_a_name_or_a_day_is_no_sentence_end():
    text = 'The meeting starts at 10 a.m. Tuesday, Tom Reed said, calling it "a key vote."'
    assert speakers(text)[-1][1] == "Tom Reed"
    assert speakers('The U.S. Army said the base was "secure."')[-1][1] == "U.S. Army"
    assert speakers('Jo A. Doe, a lawyer, said the ruling was "wrong."')[-1][1] == "Jo A. Doe"
    assert speakers('"We won," said Tom Reed Jr. of the Kelby Club.')[-1][1] == "Tom Reed Jr"
    text = 'Tom Reed of Acme Inc. said the deal was "a good one" for the town.'
    assert speakers(text)[-1][1] == "Tom Reed"


def test_until_ends_a_subject_before_a_later_verb_of_saying():
    assert speakers('The families waited until police said the suspect was "in custody."')[-1][1] == "police"
    text = 'Tom Reed said the plan was "on hold" until officials explained the cost.'
    assert speakers(text)[-1][1] == "Tom Reed"
    text = 'Jane Roe said the store had been "a mess" for weeks until staff complained to head office.'
    assert speakers(text)[-1][1] == "Jane Roe"
    assert speakers('Until last year, Tom Reed said, the firm was "doing fine."')[-1][1] == "Tom Reed"


def test_a_role_then_a_title_and_a_four_word_name_between_commas():
    text = ('But the chairman of Kelby Town Council, Mr Jo Lau Wei Kel, said the council had been "kept in the dark" '
            'about the delays until residents began complaining at its counters.')
    assert speakers(text)[-1][1] == "Jo Lau Wei Kel"
    assert speakers('The head of the union, Dr Jo Doe, said it was "bad."')[-1][1] == "Jo Doe"
    assert speakers('The chairman, Jo Kel Lau Wei Roe, said it was "bad."')[-1][1] == "chairman"


def test_the_object_of_a_naming_verb_after_a_quotation_is_no_speaker():
    text = ('Acme Corp recalled 40,000 laptops on Monday. A written statement distributed to reporters, signed '
            '"Tom Reed, President," described the recall as "a voluntary measure."')
    assert [s for _, s in speakers(text)] == [None, None]
    assert speakers('"We will appeal," said Jane Roe, the firm\'s lawyer.')[-1][1] == "Jane Roe"
    assert speakers('"It is a scandal," Tom Reed told reporters.')[-1][1] == "Tom Reed"


def test_termed_blasted_and_tore_into_quote_the_subject_as_called_does():
    assert speakers('Tom Reed termed the deal "a steal" on Monday.') == [("a steal", "Tom Reed")]
    assert speakers('The lawyer blasted the "shoddy" work of the police.') == [("shoddy", "lawyer")]
    text = 'Tom Reed tore into his "spineless" players last night after a 5-0 defeat.'
    assert speakers(text) == [("spineless", "Tom Reed")]


def test_a_standing_name_after_term_or_a_title_after_tore_into_stays_a_label():
    from analysis import Article
    from analysis.quotes import extract_quotes

    def kinds(text):
        return list(extract_quotes(Article.from_text(text))["kind"])
    assert kinds('What the industry terms "dwell time" has doubled, the report said.') == ["term"]
    assert kinds('The storm tore into "Tornado Alley" towns on Monday.') == ["term"]
    assert kinds('The band tore into "Hey Jude" to close the show.') == ["term"]
    assert kinds('The so-called "dwell time" has doubled.') == ["term"]
    assert kinds('A new practice known as "shrinkflation" is spreading.') == ["term"]


def test_a_dateline_before_the_first_name_leaves_it_the_subject_a_description_stands_for():
    text = ('LONDON - Jane Roe has climbed four flights of stairs to her flat every day for eight months.\n\n'
            '"My knees cannot take it any more," said the 74-year-old retiree.')
    assert speakers(text)[-1][1] == "Jane Roe"
    text = ('KELBY, Ohio (AP) — Jane Roe has climbed four flights of stairs to her flat every day.\n\n'
            '"My knees cannot take it any more," said the retiree.')
    assert speakers(text)[-1][1] == "Jane Roe"


def test_a_dateline_before_a_name_that_is_no_subject_changes_nothing():
    text = ('LONDON - A woman who lives near Jane Roe has climbed the stairs every day.\n\n'
            '"My knees cannot take it any more," said the retiree.')
    assert speakers(text)[-1][1] == "retiree"
    text = 'LONDON - Police said Jane Roe had been found.\n\n"It is a relief," said the retiree.'
    assert speakers(text)[-1][1] == "retiree"
    text = 'WASHINGTON (AP) — Senator Jo Doe said Tuesday she would vote no. "It is a bad bill," she said.'
    assert speakers(text)[-1][1] == "Jo Doe"
    text = 'LONDON - Tom Reed met Jane Roe on Monday.\n\n"It went well," said the 41-year-old.'
    assert speakers(text)[-1][1] == "41-year-old"  # (two people named: as without the dateline)


def test_a_trade_after_an_opening_conjunction_leaves_the_name_the_subject_he_stands_for():
    text = ('Skipper Tom Reed said the team was "hurting".\n\nBut striker John Kelby, who has not scored in nine '
            'games, insisted the squad was still behind the boss.\n\n"People can say what they want," he told '
            'the Kelby Echo.')
    assert speakers(text)[-1][1] == "John Kelby"
    text = text.replace("But striker", "And teacher")
    assert speakers(text)[-1][1] == "John Kelby"


def test_no_trade_before_the_name_after_a_conjunction_keeps_the_earlier_speaker():
    base = 'Skipper Tom Reed said the team was "hurting".\n\n{}\n\n"People can say what they want," he told the Echo.'
    assert speakers(base.format('But under John Kelby, who took over in May, the club has struggled.'))[-1][1] \
        == "Tom Reed"
    assert speakers(base.format('But the fans of John Kelby, who left in May, were angry.'))[-1][1] == "Tom Reed"
    assert speakers(base.format('But after John Kelby, who left in May, quit, the club was sold.'))[-1][1] \
        == "Tom Reed"


def test_an_age_before_a_trade_in_a_place_is_no_name_of_the_place():
    assert speakers('"It was scary," said a 45-year-old teacher from Kelby.')[-1][1] == \
        "45-year-old teacher from Kelby"
    text = ('Jane Roe, the lead author, said the results were "striking."\n\nOne participant, a 29-year-old nurse in '
            'Kelby who asked that her name not be used, said she had slept with the television on. "It was '
            'company," she said.')
    assert speakers(text)[-1][1] == "29-year-old nurse in Kelby"
    assert speakers('"We hid," said Jo Doe, a 45-year-old teacher from Kelby.')[-1][1] == "Jo Doe"


def test_a_dispatcher_or_participant_opening_the_sentence_is_what_she_stands_for():
    text = ('Jane Roe, the shelter manager, said beds were "full by noon."\n\nA dispatcher said the center took more '
            'than 300 calls. "Half of them were people asking if it was over," she said.')
    assert speakers(text)[-1][1] == "dispatcher"


def test_a_named_person_after_the_description_is_still_what_she_stands_for():
    text = ('A dispatcher said the center took more than 300 calls. Jane Roe, the shelter manager, said beds ran out '
            'by noon. "We turned people away," she said.')
    assert speakers(text)[-1][1] == "Jane Roe"
    text = ('The survivors were taken to Kelby General. Jane Roe, a nurse there, said most were cold. "They were '
            'shaking," she said.')
    assert speakers(text)[-1][1] == "Jane Roe"
    text = 'Jane Roe, the manager, said the shop would reopen. "We are not giving up," she said.'
    assert speakers(text)[-1][1] == "Jane Roe"
    text = ('Tom Reed met shoppers on Monday. A shopper, Jane Roe, said prices were up. "It is hard," she said.')
    assert speakers(text)[-1][1] == "Jane Roe"
    text = ('Jane Roe runs the stall. Shoppers said prices were up. "It is hard," she said.')
    assert speakers(text)[-1][1] == "Jane Roe"


def test_a_body_opening_the_sentence_before_with_the_or_a_bracket_speaks_through_its_spokesperson():
    text = 'The Kelby Traders Association cancelled the fair. A spokesperson said they were "sorry."'
    assert speakers(text)[-1][1] == "Kelby Traders Association"
    text = ('The Kelby Councils Association (Cymdeithas Cynghorau Kelby) said its members would meet the minister. A '
            'spokesperson said councils were "ready to work on a solution."')
    assert speakers(text)[-1][1] == "Kelby Councils Association"
    assert speakers('Kelby Rail Ltd (KRL) cancelled all trains. A spokesperson said they were "sorry."')[-1][1] \
        == "Kelby Rail Ltd"


def test_a_body_that_is_no_bare_subject_before_leaves_the_spokesperson_unnamed():
    for text in ('The Kelby Trust workers walked out on Monday. A spokesperson said they were "angry."',
                 'The Kelby Trust (KT) staff walked out on Monday. A spokesperson said they were "angry."',
                 'The Kelby Trust sold the site to Ashby Homes Ltd. A spokesperson said it was "a good deal."',
                 'The Kelby Trust said it would appeal. Jane Roe, its chair, was away. A spokesperson said it was '
                 '"a good deal."',
                 'The minister met the Kelby Trust on Monday. A spokesperson said it was "a good meeting."'):
        assert speakers(text)[-1][1] == "spokesperson", text


def test_the_one_heard_or_seen_saying_is_the_speaker():
    text = 'A customer hiding in a back aisle heard the gunman say "do not make me do it" before the shots.'
    assert speakers(text)[-1][1] == "gunman"
    assert speakers('Neighbours heard the man shout "get out" twice.')[-1][1] == "man"
    text = 'Tom Reed said he saw the driver tell the officer "I did nothing wrong."'
    assert speakers(text)[-1][1] == "driver"


def test_a_perception_verb_inside_a_relative_clause_or_without_a_cue_after_changes_nothing():
    assert speakers('Jane Roe, who watched the match, said it was "a disgrace."')[-1][1] == "Jane Roe"
    assert speakers('Tom Reed heard from voters who said the plan was "a mess."')[-1][1] == "voters"
    assert speakers('Tom Reed saw the plan and said it was "a mess."')[-1][1] == "Tom Reed"
    assert speakers('Jane Roe, who saw the crash, told police it was "terrifying."')[-1][1] == "Jane Roe"
    assert speakers('Tom Reed, seen as a moderate, said the bill was "fair."')[-1][1] == "Tom Reed"


def test_the_capitalised_office_before_a_relative_clause_is_its_holder():
    text = ('First Minister Jane Roe was accused yesterday of "sailing into a crisis."\n\nTom Reed clashed with the '
            'First Minister, who insisted the report had been shared "as soon as it was verified."')
    assert speakers(text)[-1][1] == "Jane Roe"


def test_an_office_with_no_holder_named_or_no_the_before_it_stays_the_office():
    text = 'Tom Reed clashed with the Prime Minister, who insisted the report was shared "as soon as it was verified."'
    assert speakers(text)[-1][1] == "Prime Minister"
    text = 'Tom Reed met the Kelby Chancellor, who insisted the plan was "on track."'
    assert speakers(text)[-1][1] == "Kelby Chancellor"
