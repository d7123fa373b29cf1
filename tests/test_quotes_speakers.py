"""Speaker resolution on hand-written text: intro phrases, name particles, clefts, roles, inverted attributions."""

import pytest

from analysis import Article
from analysis.quotes import extract_quotes, story_company

from .test_quotes_styles import speakers  # (quotation text without its closing comma or stop, speaker) pairs


def test_a_time_distance_opening_the_sentence_is_no_speaker():
    text = ("Tom Reed met the minister on Monday. Hours later, Jane Doe returned the compliment, telling "
            "reporters, “He is an amazing man and a true friend of this town.”")
    assert speakers(text)[-1][1] == "Jane Doe"
    text = ("Tom Reed left no doubt about his plans. Eight years ago, he supported the mayor and said, "
            "“She has never done anything for the people of this town.”")
    assert speakers(text)[-1][1] == "Tom Reed"


def test_a_name_with_a_lower_case_particle_is_a_person_for_a_later_pronoun():
    text = ('The new rules were drafted by Federico de Jesus, a strategist from Miami. '
            '"They will never work in the real world of politics," he said.')
    assert speakers(text)[-1][1] == "Federico de Jesus"


def test_the_focus_of_a_cleft_sentence_is_the_speaker():
    text = ('The mayor met the residents on Monday. It was Maria Lopez who told the crowd: '
            '"We will rebuild every house on this street before winter."')
    assert speakers(text)[-1][1] == "Maria Lopez"


def test_a_description_stands_for_the_person_named_with_that_role():
    text = ('Former executive Tom Reed, who left the bank in March, spoke on Friday.\n\n'
            '"We made mistakes and we will pay for them," the former executive said.')
    assert speakers(text)[-1][1] == "Tom Reed"
    text = ('Jane Roe, a spokeswoman for the Home Office, declined to give details.\n\n'
            '"We will not comment on rumours about the case," the spokeswoman said.')
    assert speakers(text)[-1][1] == "Jane Roe"


def test_an_unnamed_source_is_not_a_person_named_before():
    text = ('Jane Roe, a source close to the talks, declined to comment.\n\n'
            '"The deal is off for now and nobody knows why," the source said.')
    assert speakers(text)[-1][1] != "Jane Roe"


def test_a_clause_before_the_comma_is_not_the_speaker_of_an_inverted_attribution():
    text = ('The move is unprecedented, said John Smith, a professor at Yale. '
            '"Nobody has ever tried anything like this before in the state."')
    assert speakers(text)[-1][1] == "John Smith"
    text = ('The plan will fail, according to Mary Jones, a lawyer. '
            '"Nobody has ever tried anything like this before in the state."')
    assert speakers(text)[-1][1] == "Mary Jones"


def test_a_name_after_said_that_opens_the_reported_clause_is_not_the_speaker():
    text = ('Jane Doe, a spokeswoman, said Acme would appeal. '
            '"We believe the court got this wrong and we will fight on."')
    assert speakers(text)[-1][1] == "Jane Doe"


def test_uk_descriptions_stand_for_the_person_named_with_that_role():
    text = ('Prime Minister Keir Starmer faced questions on Wednesday.\n\n'
            'The Prime Minister told MPs: "We will not take lectures from the party that crashed the economy."')
    assert speakers(text)[-1][1] == "Keir Starmer"
    text = ('Sarah Jones, 45, from Leeds, was at the scene. The 45-year-old said: '
            '"I have never seen anything like it in my whole life."')
    assert speakers(text)[-1][1] == "Sarah Jones"
    text = ("Labour's shadow chancellor, Rachel Reeves, spoke to the BBC. The shadow chancellor said: "
            '"These figures show the damage done to family finances."')
    assert speakers(text)[-1][1] == "Rachel Reeves"


def test_a_capitalised_title_with_no_holder_is_a_description_not_a_name():
    q = extract_quotes(Article.from_text('The Prime Minister told MPs: "We will not take lectures from anyone."'))
    assert q["source_type"].tolist() == ["anonymous"]


def test_a_description_opened_by_its_article_then_a_name_between_commas_gives_the_name():
    text = 'The Tory MP for Wells, James Heappey, said: "This is a matter for the police and nobody else."'
    assert speakers(text) == [("This is a matter for the police and nobody else", "James Heappey")]


def test_a_name_in_a_reported_clause_after_a_time_adverbial_is_no_antecedent():
    text = ('Joe Madison, a talk radio host, recalled in 2008 that before the vote, Tom Reed was not treated as '
            'a serious candidate by his listeners.\n\n'
            '"I hate to put it that way, but I am certain that is how folks looked at it," he said.')
    assert speakers(text)[-1][1] == "Joe Madison"


def test_a_focus_adverb_before_a_name_keeps_it_the_clause_subject():
    text = ('The three leaders were careful at the summit. Both Tom Reed and Ann Lee gave diplomatic assurances. '
            'And even Mark Smith tried to help them off the hook, noting that he would demur too.\n\n'
            '"When I visit other countries, it is not my job to comment on candidates," he said.')
    assert speakers(text)[-1][1] == "Mark Smith"


def test_a_name_the_mention_layer_gives_to_a_place_is_no_antecedent_for_he():
    from analysis.quotes import _Resolver

    text = "Tom Reed flew to Lisbon, the capital of Portugal, on Monday. Then he met pro-Portugal activists."
    res = _Resolver(Article.from_text(text))
    assert [c for _, c, _ in res.person_mentions_before(len(text), 0)] == ["Tom Reed"]


def test_the_subject_of_a_participle_after_introductory_phrases_in_a_row():
    text = ("On Thursday, after remaining neutral throughout the primary, Mary Warren appeared with the host and "
            "endorsed Tom Reed, saying, “I think having a fighter in the lead is exactly what this country needs.”")
    assert speakers(text)[-1][1] == "Mary Warren"
    text = ('Here in Columbia, Tom Reed stepped up his emphasis on criminal justice, saying, '
            '"We have got to achieve the day when young people can walk the streets without fear."')
    assert speakers(text)[-1][1] == "Tom Reed"


def test_a_passive_or_subordinate_clause_gives_no_subject_to_a_later_participle():
    text = ("After the ban was announced, Jane Doe’s right-hand woman rallied supporters, saying: "
            "“We have to be ready to stop him at every turn.”")
    assert speakers(text)[-1][1] == "Jane Doe’s right-hand woman"
    text = ("When the mayor announced the cuts, Jane Doe’s deputy rallied supporters, saying: "
            "“We have to be ready to stop him.”")
    assert speakers(text)[-1][1] == "Jane Doe’s deputy"


def test_a_subordinator_opening_the_sentence_is_no_name():
    text = ('My mother, Mary Doe, was a nurse trained in Montreal.\n\n'
            'Once in my early 20s, when my mother mentioned the devil to me while driving, I laughed and said, '
            '"I don\'t believe in the devil."')
    q = extract_quotes(Article.from_text(text))
    assert q["speaker_mention"].tolist() == ["I"]


def test_a_nickname_in_quotation_marks_is_part_of_the_name_run_not_the_name():
    text = ('Juan "Chico" Manriquez of Oakland carried one of the photos. '
            '"I pretty much cried the whole parade through the city," he said.')
    assert speakers(text)[-1][1] == "Juan Manriquez"


def test_a_pronoun_with_no_person_named_nearby_stands_for_the_description_that_opened_a_sentence():
    text = ('The former executive, who asked not to be named, spoke to reporters on Friday. '
            '"We made mistakes and we will pay for them," he said.')
    q = extract_quotes(Article.from_text(text))
    assert q[["speaker", "source_type"]].values.tolist() == [["former executive", "anonymous"]]
    text = ('A spokesman for the ministry declined to comment. Later, he said: '
            '"We will review the decision in due course."')
    assert speakers(text)[-1][1] == "spokesman for the ministry"


def test_a_description_of_the_other_sex_is_no_antecedent():
    text = ("A 29-year-old Berlin woman received five months' probation in July after posting comments online. "
            '"Filth out of our town right now!" he wrote.')
    assert speakers(text)[-1][1] != "29-year-old Berlin woman"
    text = text.replace(" he wrote", " she wrote")
    assert speakers(text)[-1][1] == "29-year-old Berlin woman"


def test_a_party_leader_description_picks_the_leader_of_that_party():
    text = ('Labour leader Keir Starmer spoke first, and Conservative leader Kemi Badenoch replied. '
            '"We will win the next election," the Labour leader said.')
    assert speakers(text)[-1][1] == "Keir Starmer"
    text = text.replace("the Labour leader", "the Conservative leader")
    assert speakers(text)[-1][1] == "Kemi Badenoch"


def test_a_speaker_of_the_other_sex_nearby_does_not_hide_the_description():
    text = ('“This was a shameful night for everyone in the hall,” wrote Tom Reed in The Herald.\n\n'
            'The woman who started it all identified herself as a 52-year-old resident of the town.\n\n'
            '“He truly cares about the people of this state,” she said of the candidate.')
    assert speakers(text)[-1][1] == "woman"


def test_a_photo_credit_line_does_not_introduce_the_next_quotation():
    text = ('Many stars spoke out about their names this year.\n\nGetty.\n\n'
            '“Men, you will not cease to exist by taking your partner’s surname.”')
    assert speakers(text)[-1][1] != "Getty"


def test_a_cue_form_after_a_verb_of_saying_is_its_object_not_a_second_cue():
    # "rail" is a verb of complaint ("to rail against"), but after "calls" it is a noun of the headline's object
    text = "Minister calls rail strike 'a betrayal'\n\nThe walkout went ahead on Monday.\n"
    assert speakers(text)[0][1] == "Minister"


def test_a_name_opening_with_a_given_name_that_is_also_a_word_is_a_person():
    # "Christian" is also a religion word; the pronoun goes to the minister, not to the earlier analyst
    text = ('"The door is wide open," said Ulrike Brand, an economist at Nordbank.\n\n'
            'Austria’s finance minister, Christian Hofer, welcomed the decision. '
            '"Stability is what our economy needs," he told reporters.')
    assert speakers(text)[-1] == ("Stability is what our economy needs", "Christian Hofer")


def test_a_name_inside_another_speaker_s_role_is_no_antecedent():
    # "former Acme Motors speechwriter Noam Feld": a person named in the role is a modifier
    text = ('"These are dark days for us," former Henry T. Hale speechwriter Noam Feld wrote in a column this month.\n\n'
            'He wrote that the party "has built the nearest thing to a protest movement."')
    assert [s for _, s in speakers(text)] == ["Noam Feld", "Noam Feld"]


def test_an_adverb_after_a_surname_is_not_part_of_the_speaker():
    text = ('Defence Secretary Alan Brook met his counterparts on Friday.\n\n'
            'Brook however said he would welcome a "principled security network" for the region.')
    assert speakers(text) == [("principled security network", "Alan Brook")]


def test_a_demonym_opening_a_sentence_is_no_antecedent_of_a_pronoun():
    text = ('Plan faces criticism\n\nPaul Doe, a rabbi, wrote a column on Monday. And Jewish leaders point to the past. '
            '"It is a dark day for the community," he said.')
    assert speakers(text) == [("It is a dark day for the community", "Paul Doe")]


def test_an_object_pronoun_after_a_name_casts_no_vote_on_its_sex():
    # "accused her of": "her" is the person accused, not Mel Hart (whose given name says nothing)
    text = ('Tax rises loom\n\nThe shadow chancellor, Mel Hart, accused her of breaking an election promise.\n\n'
            '"Labour told voters they would not raise taxes," he said.')
    assert speakers(text) == [("Labour told voters they would not raise taxes", "Mel Hart")]


def test_a_capitalised_plural_opening_a_sentence_is_no_lone_surname():
    # "Residents criticised": a plural, never written capitalised inside a sentence; "he" is Paul Doe
    text = ('Plan faces criticism\n\nPaul Doe, a parent, spoke at the meeting. Residents criticised the plan on Monday. '
            '"It is a dark day for the town," he said.')
    assert speakers(text) == [("It is a dark day for the town", "Paul Doe")]


def test_a_role_before_a_name_with_its_body_after_keeps_the_person():
    # "nuclear expert Jo Doe of the Institute for Science": the person, not the last capitalised word
    text = ('Reactor plans stall\n\n"The new design would double the yield," nuclear expert Ann Roe of the Institute '
            'for Science wrote in September.')
    q = extract_quotes(Article.from_text(text))
    assert q["speaker"].tolist() == ["Ann Roe"]


def test_a_description_with_a_capitalised_modifier_and_a_place_after_a_question():
    text = ('Convention notebook\n\n"Will he be the next attorney general?" a Democratic staffer in the room wondered.')
    q = extract_quotes(Article.from_text(text))
    assert q["speaker_mention"].tolist() == ["a Democratic staffer in the room"]
    assert q["source_type"].tolist() == ["anonymous"]


def test_the_agency_and_the_union_stand_for_the_body_named_with_a_kindred_noun():
    text = ('Regulator fines airline\n\nThe Federal Aviation Department fined Skyjet Airlines $2 million on Monday. '
            'The department said it had received 900 complaints. "This is one of our largest penalties," the agency '
            'said.\n\nThe Association of Cabin Staff welcomed the fine. "Crews have paid the price," the union said.')
    q = extract_quotes(Article.from_text(text))
    assert q["speaker"].tolist() == ["Federal Aviation Department", "Association of Cabin Staff"]


def test_a_preposition_of_place_opening_a_sentence_is_no_speaker():
    text = ('Rally in the rain\n\nThe mayor spoke for an hour.\n\nOutside the town hall, about 200 protesters gathered, '
            'chanting "No more cuts, no more lies" and waving placards.')
    q = extract_quotes(Article.from_text(text))
    assert "Outside" not in q["speaker"].fillna("").tolist()


def test_a_quotation_paragraph_after_background_continues_the_speaker_unless_another_source_came_in():
    background = ('Budget row deepens\n\n"We will not accept these cuts," said Jo Doe, the council leader.\n\n'
                  'The council has lost a fifth of its funding since 2015, and reserves are nearly gone.\n\n'
                  '"We have done everything we can."')
    assert speakers(background)[-1] == ("We have done everything we can", "Jo Doe")
    new_source = ('Budget row deepens\n\n"We will not accept these cuts," said Jo Doe, the council leader.\n\n'
                  'The opposition leader, Mark Bell, said the council had wasted millions on consultants.\n\n'
                  '"They have had ten years to fix this."')
    assert speakers(new_source)[-1] == ("They have had ten years to fix this", "Mark Bell")


def test_a_cue_word_inside_an_existential_there_clause_is_a_noun():
    # "there was no phone call planned": "call" is a noun; "adding:" shares the spokeswoman's subject
    text = ('Talks stall\n\nThe spokeswoman declined to comment on the poll but said there was no phone call planned '
            'with the minister, adding: "If one is proposed we will consider it."')
    q = extract_quotes(Article.from_text(text))
    assert q["speaker_mention"].tolist() == ["The spokeswoman"]


def test_a_plural_cue_form_after_a_past_verb_is_its_object_not_a_cue():
    # "rejected claims that ...": "claims" is a noun, so "minister rejected" is no speaker mention
    text = 'Scheme under fire\n\nThe minister rejected claims that the grant scheme was "a shambles".'
    q = extract_quotes(Article.from_text(text))
    assert "minister rejected" not in q["speaker"].fillna("").tolist()


def test_it_said_after_a_company_named_two_sentences_back_and_demand_is_a_noun():
    # business style: "weak demand" is no verb of saying, and "it" is the company named two sentences before
    text = ('Brakes maker slips\n\nNorvik Brakes reported a loss on Tuesday. The company blamed weak demand. '
            '"We expect a recovery next year," it said.')
    assert speakers(text) == [("We expect a recovery next year", "Norvik Brakes")]


def test_a_surname_that_is_also_an_institution_word_after_a_given_name():
    # "Susan Park": "park" names places too, but a given name before it and the mention layer make her a person
    text = ('Chipmaker cuts costs\n\nChief Financial Officer Susan Park said the company would cut costs. She added '
            'that there would be "some headcount reductions" but declined to give numbers.')
    assert speakers(text) == [("some headcount reductions", "Susan Park")]


def test_a_possessor_opening_the_sentence_is_the_topic_a_pronoun_carries_on():
    text = ("The show drew a long review from critic Paul Marsh. Marsh's review also mocked Tom Reed by calling "
            "him a tourist in the arts. He added: “There is no sadder sight in this city than that theatre.”")
    assert speakers(text)[-1][1] == "Paul Marsh"
    text = ("Jane Doe of the Green Trust said the vote was a fraud. Lena Holm's future is unclear, but she said "
            "on Monday that she would stay. “I am going to lead this party into the election,” she said.")
    assert speakers(text)[-1][1] == "Lena Holm"


def test_a_description_opening_the_sentence_leaves_its_relative_clause_and_participle_out():
    text = ("The mayor spoke out on Tuesday. The lawmaker, who represents a district in Marsh County, said the plan "
            "“will hurt every family in the valley and every farm in the county.”")
    q = extract_quotes(Article.from_text(text))
    assert q["speaker_mention"].tolist() == ["The lawmaker"]
    text = ("The council met on Monday. Another senior official speaking to the Daily Post said, “The agents are "
            "looking at every payment made by the council since 2010.”")
    q = extract_quotes(Article.from_text(text))
    assert q["speaker_mention"].tolist() == ["Another senior official"]


def test_a_name_after_a_preposition_is_no_subject_of_a_participle_cue():
    text = ("Tom Reed spoke first. Jane Doe responded to Reed’s question on Twitter writing, “Yes, I will. That "
            "was a poor choice of words on my part.”")
    assert speakers(text)[-1][1] == "Jane Doe"
    text = ("Tom Reed spoke first. “Many people are uncertain this year,” Jane Doe wrote in a statement to Harbor "
            "Weekly explaining why she is running, “but most voters agree that the town is on the wrong track.”")
    assert [s for _, s in speakers(text)] == ["Jane Doe", "Jane Doe"]
    # ("with": the name is the participle's subject)
    text = ("The rally turned ugly on Saturday, with Tom Reed reportedly yelling: “Get him out of this hall "
            "right now!”")
    assert speakers(text)[-1][1] == "Tom Reed"
    # (a person after the preposition is the subject of a gerund)
    text = ("Jim Cole backed Tom Reed on Monday.\n\nAsked about his earlier attacks on Reed, Cole said that was part "
            "of the race — no different, he said, from Peter Bush calling Reed’s policies “voodoo economics” "
            "before joining him.")
    assert speakers(text)[-1][1] == "Peter Bush"


def test_a_cue_form_after_a_possessive_in_s_apostrophe_is_a_noun():
    text = ("Tom Reed spoke first. Jane Weaver did not seem impressed with Bob Sanders’ comments on Tuesday, "
            "telling reporters, “A lot of people said the mayor should step down.”")
    assert speakers(text)[-1][1] == "Jane Weaver"


def test_a_name_after_a_verb_of_calling_is_its_object_not_an_inverted_speaker():
    text = ("Mark Ruben said that in a race between Tom Reed and Jim Cole, he would back the former. He went on "
            "to call Cole “the worst mayor this town has ever had.”")
    assert speakers(text)[-1][1] == "Mark Ruben"


def test_a_partial_quotation_without_a_cue_right_after_a_full_one_goes_on_with_its_speaker():
    text = ("Tom Reed attacked the mayor on Monday. “He is supposed to be a leader for this town,” Reed said. "
            "Instead, “he just acts like a defeated man.”")
    assert [s for _, s in speakers(text)] == ["Tom Reed", "Tom Reed"]


def test_a_claim_made_with_a_participle_is_not_given_to_the_object_of_a_preposition():
    from analysis.quotes import reported_claims
    text = ("Tom Reed spent Monday in the north. He sent out a letter as the council meeting began vowing to fight "
            "for every vote in the city.")
    c = reported_claims(Article.from_text(text))
    assert c["speaker"].tolist() == ["Tom Reed"]


def test_a_spaced_hyphen_ends_the_phrase_before_the_subject():
    text = ("The agency looked again at the request. In May 2013 - four months after Reed left office - the "
            "Transport Department told the group that “no records responsive to your request were located.”")
    assert speakers(text)[-1][1] == "Transport Department"


def test_a_name_opening_with_an_accented_capital_is_a_whole_name():
    # Irish and European names: "Ó", "Émile", "Łukasz" open a name as an ASCII capital does
    text = ("The Minister for Transport, Colm Ó Briain, said the figures were “simply not good enough”.\n\n"
            "“We will fix the timetable before the spring,” Mr Ó Briain said.")
    assert [s for _, s in speakers(text)] == ["Colm Ó Briain", "Colm Ó Briain"]
    text = "“The vote was a warning to every party,” said Émilie Laurent, a researcher at the institute."
    assert speakers(text)[-1][1] == "Émilie Laurent"


def test_a_body_whose_name_ends_in_capitalised_words_is_named_whole():
    # "The Scottish Federation of Small Traders" is the body, not a person called "Small Traders"
    text = ("Retail sales fell for a third month in October.\n\n"
            "The Scottish Federation of Small Traders said the figures were “a red flag for the high street”.")
    assert speakers(text)[-1][1] == "Scottish Federation of Small Traders"


def test_letters_after_a_name_are_no_part_of_it():
    # silk, seats and honours after a name ("KC", "MSP", "OBE") go to the role; a later "he" still finds him
    text = ("Sentencing her, Lord Reith told the court the thefts were cruel.\n\n"
            "Defending, Alan McBride KC said his client was “deeply ashamed” of what she had done.\n\n"
            "“She has lost her career and her good name,” he said.")
    rows = extract_quotes(Article.from_text(text))
    assert rows["speaker"].tolist() == ["Alan McBride", "Alan McBride"]
    assert rows["role"].tolist() == ["KC", "KC"]


def test_a_plural_acronym_is_no_person_and_a_particle_may_follow_a_title():
    # "Opposition MPs" is no woman for "she"; "Ms de Villiers" is a person's name
    text = ("Opposition MPs have tabled dozens of amendments to the bill.\n\n"
            "Ms van Rooyen said the plan had “forgotten the villages”. She added: “You cannot build three "
            "thousand homes and keep one surgery.”")
    assert [s for _, s in speakers(text)] == ["van Rooyen", "van Rooyen"]


def test_the_mp_with_no_mp_named_is_an_unnamed_person():
    # "the MP" is a title like "the senator": the one MP the story names, else an unnamed person, never a body
    text = ("One backbencher, speaking on condition of anonymity, said colleagues were angry.\n\n"
            "“It makes us look foolish,” the MP said.")
    rows = extract_quotes(Article.from_text(text))
    assert rows[["speaker", "source_type"]].values.tolist()[-1] == ["MP", "anonymous"]
    text = ("Labour MP Jo Hart wrote to the minister on Monday.\n\n“It makes us look foolish,” the MP said.")
    assert speakers(text)[-1][1] == "Jo Hart"


def test_a_double_barrelled_name_after_o_apostrophe_stays_whole():
    text = "Nurse Aoife O’Brien-Walsh, who has worked on the ward for a decade, said “we are exhausted”."
    assert speakers(text)[-1][1] == "Aoife O’Brien-Walsh"


def test_a_name_with_a_particle_in_apposition_after_a_title_is_the_speaker():
    # Welsh "ap", Dutch "van der": the name after the description, and "MS" (Member of the Senedd) left out
    text = "The local Member of the Senedd, Gethin ap Huw MS, said the scheme was “a test of who owns our land”."
    assert speakers(text)[-1][1] == "Gethin ap Huw"
    text = "The minister, Joost van der Berg, said the dykes would be “raised before the winter”."
    assert speakers(text)[-1][1] == "Joost van der Berg"


def test_a_body_named_with_of_after_its_noun_is_named_whole():
    # "The Licensed Cabbies’ Guild of Manitoba": the body, not "Guild"
    text = ("Fares rose again in March.\n\n"
            "The Licensed Cabbies’ Guild of Manitoba, which represents most drivers in the city, called the plan "
            "“a tax on the people who can least afford it”.")
    assert speakers(text)[-1][1] == "Licensed Cabbies’ Guild of Manitoba"


def test_a_party_label_in_brackets_is_no_person_and_an_amount_makes_a_cue_form_a_noun():
    # "Cllr Jo Doe (Residents Together)": the label is her group, not a person a later "he" could stand for; and in
    # '"no choice" after a £2m cut in its grant', "cut" is a noun, not a verb of saying after the quotation
    text = ("Council leader Cllr Peter Lund (Residents Together) said the town had “no choice” after a £2m cut in "
            "its grant over two years.\n\n"
            "“Nobody stands for election wanting to close a library,” he told the meeting.")
    rows = extract_quotes(Article.from_text(text))
    assert rows[["kind", "speaker"]].values.tolist() == [["partial", "Peter Lund"], ["full", "Peter Lund"]]


def test_a_relative_clause_inside_an_appositive_does_not_hide_the_subject():
    text = ("The Harbour Workers Forum, a union that has campaigned against night shifts at the port, called the "
            "plan “callous” on Monday.")
    assert speakers(text)[-1][1] == "Harbour Workers Forum"


def test_an_unnamed_spokesperson_of_a_body_named_before_is_the_body():
    text = ("Ashford Borough Council will move to three-weekly bin collections in April. A council spokesperson "
            "said: “We know this is a big change for every household.”\n\n"
            "He added: “We will write to every home before the change.”")
    assert [s for _, s in speakers(text)] == ["Ashford Borough Council", "Ashford Borough Council"]
    text = ("Ashford Borough Council and Kent County Council disagree on the plan. A council spokesperson said: "
            "“We know this is a big change for every household.”")
    assert speakers(text)[-1][1] != "Ashford Borough Council"  # two councils: not clear which


def test_a_role_given_to_no_one_stands_for_the_person_who_spoke_just_before():
    text = ('Defending, Ms Jane Holt KC said her client had been "broken" by the loss of his business.\n\n'
            '"He is not a greedy man," the barrister said. "He is a man who panicked."')
    assert [s for _, s in speakers(text)] == ["Jane Holt"] * 3
    # the speaker's own sentence names someone else with the role
    text = ('Tom Reed was interrupted at the rally. "There is a young man with some problems," Reed said as the '
            'heckler yelled: "You are a fraud!"')
    assert speakers(text)[-1][1] != "Tom Reed"


def test_an_attribution_line_under_a_quotation_names_its_speaker():
    for gap in ("\n", "\n\n"):
        text = ('Experts warned the rules would hurt small firms.\n\n'
                f'"This will cost jobs in every region of the country."{gap}Jo Doe, Centre for Policy Studies\n\n'
                'Others were less sure.')
        assert speakers(text)[-1][1] == "Jo Doe"
    # a sentence on the next line is no attribution line
    text = ('Tom Reed spoke first.\n\n"We really can win this seat on Tuesday."\n\n'
            'Jane Doe, a veteran of the last campaign, waved her hand.')
    assert speakers(text)[-1][1] == "Tom Reed"


def test_a_clause_after_and_does_not_take_a_reported_quotation():
    text = ('Tom Reed said that the minister had "misled parliament on three occasions" and officials admitted '
            'the figures were wrong.')
    assert speakers(text)[-1][1] == "Tom Reed"
    text = ('The minister, Anna Berg, said that the scheme was "working well and saving money for taxpayers", but '
            'critics disagree.')
    assert speakers(text)[-1][1] == "Anna Berg"


def test_a_possessor_in_the_pronouns_own_sentence_is_its_antecedent():
    text = ('Anna Berg visited the capital on Monday. Little is known about Mary Tan\'s fate, but she said last '
            'year: "I will never give up."')
    assert speakers(text)[-1][1] == "Mary Tan"
    # a person named plainly in that sentence comes first
    text = ('Anna Berg visited the capital on Monday. Mary Tan criticised Jane Roe\'s plan, but she said: '
            '"I will listen to everyone."')
    assert speakers(text)[-1][1] == "Mary Tan"


def test_a_name_the_pronouns_give_a_sex_is_a_person_for_a_later_pronoun():
    # (an unfamiliar four-word name that the mention layer may read as an organisation)
    text = 'Khin Ma Ohn Lwin\'s fate remains unclear, but she said in a statement last year: "I will never give up."'
    assert speakers(text)[-1][1] == "Khin Ma Ohn Lwin"


def test_a_role_given_to_no_one_stands_for_the_one_person_the_previous_sentence_is_about():
    text = ('Jane Doe, 45, from Leeds, lost her home in the flood. "We have nothing left," the mother-of-two said.')
    assert speakers(text)[-1][1] == "Jane Doe"
    text = 'Tom Reed went to the meeting on Monday. "We were lied to," the pensioner said.'
    assert speakers(text)[-1][1] == "Tom Reed"
    # the person was asked: the one who asked is someone else
    text = 'Tom Reed was asked about the border. "Will you build the wall?" the moderator said.'
    assert speakers(text)[-1][1] != "Tom Reed"


def test_a_company_named_last_in_the_headline_is_not_joined_to_the_byline():
    text = ("Court rules against delivery app Brightwell\n\nBy JANE ROE-ADAMS\nThe Wire\n\n"
            "A court on Monday ruled against the delivery company Brightwell Logistics Inc. in a dispute with "
            "its drivers.\n\nBrightwell said it was \"disappointed\" by the ruling and would appeal.")
    assert speakers(text)[-1][1] == "Brightwell Logistics Inc."  # (the company's full name, not the byline's)


def test_a_spokesperson_for_the_firm_speaks_for_the_firm_just_named():
    text = ("Shareholders of Bank of Tarnford & Trust Co (BLT) approved the rights issue on Friday.\n\n"
            "The issuing house, Harbourline Capital Partners Limited, said the offer would open in January. "
            'A spokesperson for the firm described investor appetite as "robust".')
    assert speakers(text)[-1][1] == "Harbourline Capital Partners Limited"


def test_an_abbreviated_title_does_not_end_the_sentence_or_the_name():
    text = ('The council voted 10-5 on Tuesday.\n\n"This is not a vanity project," said Ald. Marisol Reyes-Hart, '
            'who wrote the resolution.\n\nAld. Robert Kowal voted against it, warning of a "structural hole".')
    assert [s for _, s in speakers(text)] == ["Marisol Reyes-Hart", "Robert Kowal"]


def test_a_name_in_apposition_to_a_description_is_the_subject():
    text = ('The board was criticised on Monday. The board\'s chairman, Engr. Eduardo Lim-Santos, rejected the '
            'criticism, saying: "We issued two orders to this airline this year."')
    assert speakers(text)[-1][1] == "Eduardo Lim-Santos"


def test_a_description_looks_first_for_the_person_named_last_with_that_role():
    text = ('Opposition senator Ann Castle was not satisfied. "You cannot tell us what you got for it," she said.\n\n'
            'Senator Tom Akers said he would ask for an audit. Asked afterwards whether the rules were broken, '
            'the senator said: "I believe the rules were bent."')
    assert speakers(text)[-1][1] == "Tom Akers"


def test_a_role_after_a_quotation_of_two_sentences_looks_before_the_quotation():
    text = ('Analysts say the lenders hold the stronger hand. Rupert Dale-Moore of Carrow Securities said the bonds '
            'were trading at 61p. "The market has already voted. Nobody believes the equity is worth anything," '
            'the analyst said.')
    assert speakers(text)[-1][1] == "Rupert Dale-Moore"


def test_an_introductory_phrase_under_questioning_is_not_the_subject():
    text = ('Under questioning from senator Tom Akers, the agency\'s chief operating officer, Graham Pell, said the '
            'extensions had been approved "in line with procurement rules at the time".')
    assert speakers(text)[-1][1] == "Graham Pell"


def test_a_us_party_and_place_label_after_a_name_is_not_the_speaker():
    text = ('State Rep. Dan White, D-Milwaukee, said he would push for state money, while state Sen. Karen Voss, '
            'R-Brookfield, dismissed the idea as "asking the county to pay for the city\'s toys."')
    assert speakers(text)[-1][1] == "Karen Voss"


def test_a_description_of_four_words_finds_the_person_named_with_it():
    text = ('Former deputy chief executive Margaret Liu-Soren, who left the agency in 2023, said the problem was '
            'cultural.\n\n"When I arrived, we had forty policy officers," the former deputy chief executive said.')
    assert speakers(text)[-1][1] == "Margaret Liu-Soren"


def test_a_reported_clause_running_on_after_a_quotation_keeps_the_cue_before_it():
    text = ('Speaking to reporters at his home, Mr. Ravi Shankar said the party had been "kept in the dark" about '
            'the revised cost estimates, which have doubled since 2022.')
    assert speakers(text)[-1][1] == "Ravi Shankar"


@pytest.mark.parametrize("mention, name", [
    ("Township of North Dumfries Mayor Gordon Bax-Ellis", "Gordon Bax-Ellis"),
    ("Leader of the Opposition Ravi Ashwath Kumar of the Janata Paksha", "Kumar"),
    ("nuclear expert Jo Doe of the Institute for Science", "Jo Doe"),
])
def test_a_name_before_of_is_the_speaker_but_not_a_body_before_a_title_and_name(mention, name):
    text = f'The plan was attacked on Monday. {mention} said the closure would "rip the heart out" of the town.'
    assert speakers(text)[-1][1].endswith(name)


def test_a_description_opening_a_sentence_after_the_last_name_is_the_pronouns_antecedent():
    text = ('Tom Reed, the chief executive, said the chain would survive. One senior banker who has looked at the '
            'numbers was blunter. "The lenders will not wait much longer," he said.')
    row = speakers(text)[-1]
    assert row[1] != "Tom Reed" and "banker" in row[1]


def test_a_possessor_and_a_capitalised_title_before_an_appositive_name_is_a_role():
    text = 'Albion\'s Finance Director, Tom Okoro-Bent, said the pension scheme was "fully protected".'
    assert speakers(text)[-1][1] == "Tom Okoro-Bent"


def test_a_cue_inside_the_reported_clause_of_an_earlier_cue_is_not_the_quotations():
    text = ('Mei Lin Tan, chief executive of the manager, spoke to investors on Monday. Asked whether directors would '
            'subscribe, the chief executive said all five directors who hold units had indicated they would take '
            'up their rights, and that the board would "listen carefully" to unitholders.')
    assert speakers(text)[-1][1] == "Mei Lin Tan"


def test_a_long_role_with_a_bracketed_acronym_then_a_name_with_a_bracketed_honorific():
    text = ('Shareholders approved the issue on Friday. However, the National Coordinator of the Shareholders Forum '
            'of Nigeria (SFN), Chief (Mrs.) Bisi Adeyemi-Coker, warned of "serious dilution" for small investors. '
            '"Many of our members are pensioners," she said.')
    assert [s for _, s in speakers(text)] == ["Bisi Adeyemi-Coker"] * 2


def test_a_name_before_an_appositive_without_its_closing_comma_is_the_speaker():
    text = ('Both candidates said it was no big deal.\n\nSam Lee, the communications director for the party said '
            'in a statement: "There are no paper ballots to recount."')
    assert speakers(text)[-1][1] == "Sam Lee"


@pytest.mark.parametrize("text", [
    'Leeds Central MP Alex Sobek wrote to the minister. "This is a scandal," the Leeds Central MP said.',
    'Alex Sobek, the MP for Leeds Central, wrote to the minister. "This is a scandal," the Labour MP said.',
])
def test_a_description_ending_in_an_abbreviated_title_is_no_name(text):
    assert speakers(text)[-1][1] == "Alex Sobek"


# --- session 13: general weaknesses seen on news_gold5 (invented sentences) -----------------------------------

def test_a_pronoun_after_sir_and_a_given_name_is_the_knight_in_full():
    text = ("Sir Malcolm Treadwell-Ince opened the debate.\n\nHis aides frowned. Sir Malcolm, told of the vote, "
            "laughed. “I shall frame that,” he said.")
    assert speakers(text)[-1][1] == "Malcolm Treadwell-Ince"


def test_began_right_after_a_quotation_is_its_cue():
    text = ("Tom Reed sat down and Ann Penhaligon took the floor after him.\n\n“I have in my ward a street with no "
            "lamps,” Penhaligon began. “Under this plan it will have none for a decade.”")
    assert [s for _q, s in speakers(text)] == ["Ann Penhaligon", "Ann Penhaligon"]


def test_a_description_after_a_newly_named_person_is_that_person():
    text = ("Then Tobias Vance-Morrow rose. The member for Elmbridge North has sat in the chamber for thirty years, "
            "and he is never hurried.\n\n“I have read this bill twice,” he said.")
    assert speakers(text)[-1][1] == "Tobias Vance-Morrow"


def test_a_description_that_asks_not_to_be_named_is_someone_else():
    text = ("Tobias Vance-Morrow spoke first. The official, who asked not to be named, was blunter.\n\n"
            "“This bill is dead,” he said.")
    assert speakers(text)[-1][1] != "Tobias Vance-Morrow"


def test_a_capitalised_title_told_again_is_the_person_it_first_described():
    text = ("Helena Marsh-Quayle faced her own benches on Monday. The Health Minister had come to defend the bill."
            "\n\nA backbencher, Tom Reed, said the plan would “close wards”.\n\nThe Minister said she would “listen "
            "to colleagues”.\n\nThe Minister, cornered in the lobby later, was relaxed. She told reporters she was "
            "“open to changes”.")
    assert [s for _q, s in speakers(text)][-2:] == ["Helena Marsh-Quayle", "Helena Marsh-Quayle"]


def test_the_senator_is_the_person_named_with_the_abbreviated_title():
    text = ('Earlier, one Democratic senator had called the plan "reckless".\n\nSen. Lena Okonjo-Strand, R-Ore., the '
            'ranking member, was no kinder. "This is not about one bridge," Okonjo-Strand said.\n\n'
            '"The numbers do not add up," the senator added.')
    assert speakers(text)[-1][1] == "Lena Okonjo-Strand"


def test_a_description_then_a_bodys_name_in_apposition_is_the_body():
    text = ('The trade\'s lobby group, the Federation of Independent Bakers and Millers of Wales (FIBMW), said the '
            'levy was "a tax on bread".')
    assert speakers(text)[-1][1] == "Federation of Independent Bakers and Millers of Wales"


def test_a_lower_case_role_noun_after_an_opening_phrase_keeps_the_name_the_subject():
    text = ("A council source said the plan was “not final”.\n\nAt a crowded meeting in the church hall on Monday "
            "night, parent Niamh Corrigan held up a map.\n\n\"Which bus? The one they cut?\" she asked the room.")
    assert speakers(text)[-1][1] == "Niamh Corrigan"


def test_a_place_ending_a_description_of_people_is_no_speaker():
    text = ('Parents at two village schools in Kent have vowed to fight the plan, warning that closures would "rip '
            'the heart out" of rural life.')
    assert speakers(text)[-1][1] in (None, "", "parents at two village schools in Kent")  # (the parents, unnamed)


def test_a_passive_verb_after_a_quotation_has_no_speaker_subject_but_its_agent_speaks():
    text = ('A report found the firm had "a fair chance of survival" if its loans were written down.')
    assert speakers(text)[-1][1] != "loans"
    text = ('"Northern Lights" was written by Ada Brennan after the 1990 flood.')
    assert speakers(text)[-1][1] == "Ada Brennan"


def test_with_a_name_and_warning_that_the_name_speaks():
    text = ('Councillors clashed over the levy on Monday, with Leader of the Opposition Mary Okello-Tamm warning '
            'that the tax would "hurt the poorest families" and traders threatening a strike.')
    assert speakers(text)[-1][1] == "Mary Okello-Tamm"


def test_a_short_quotation_inside_a_clause_closed_by_she_said_is_her_partial_quotation():
    text = ('Ms Kearney said the firm owed about €9 million. A buyer, whom she did not name, had shown interest in '
            'putting "fresh long-term capital" into the business, she said.')
    rows = extract_quotes(Article.from_text(text))
    row = rows[rows["text"] == "fresh long-term capital"].iloc[0]
    assert row["kind"] == "partial" and row["speaker"] == "Kearney"


def test_a_member_for_a_seat_of_two_places_is_the_subject_for_a_later_pronoun():
    text = ("“It is a disgrace,” Mary Kelleher said.\n\nThe row has reached Westminster. Hexley and Marden MP Joan "
            "Ashcombe-Reid has written to the owners.\n\nShe told The Courier: “Clubs are not just businesses.”")
    assert speakers(text)[-1][1] == "Joan Ashcombe-Reid"


def test_allies_of_a_named_person_speak_not_the_person():
    text = ('The vote is on Tuesday. Allies of Ms Harwood said on Thursday night that she remained "fully '
            'committed" to the bill.')
    assert speakers(text)[-1][1] != "Harwood"


def test_a_body_before_a_relative_clause_and_said_that_speaks_its_partial_quotation():
    text = ('But the Harbour Traders Council, which represents about 200 shops downtown, said in a statement that the '
            'plan would take "scarce money away from basic services." Its director, Tom Reed, said members would '
            'watch the budget.')
    assert speakers(text)[0][1] == "Harbour Traders Council"


def test_a_singular_they_after_one_described_person_is_that_person_not_an_earlier_body():
    text = ('But the Rural Towns Alliance, which represents 300 councils, warned of "years of chaos" in planning.\n\n'
            'A former minister, who asked not to be named, was less sanguine. "The whips are kidding themselves," '
            'they said.')
    assert speakers(text)[-1][1] != "Rural Towns Alliance"


def test_a_malay_name_after_a_body_and_a_role_is_the_speaker_for_a_later_pronoun():
    text = ("Ipoh Hawkers' Welfare Movement president Ahmad Rizal bin Abdul Hamid said stall rents had doubled.\n\n"
            '"Some of our members have closed for good. Others open only at weekends," he told reporters.')
    assert speakers(text)[-1][1] == "Ahmad Rizal bin Abdul Hamid"


def test_kaur_tells_the_sex_and_a_body_with_of_before_a_role_opens_the_subject():
    text = ('Another vendor, Nurul Ain binti Osman, 41, said she had cut her hours. "I cannot keep paying," she said.\n\n'
            "Federation of Perak Traders' Associations secretary-general Datuk Dr Manpreet Kaur Gill said prices would "
            'rise.\n\n"In the end it is the shopper who pays," she said.')
    assert speakers(text)[-1][1] == "Manpreet Kaur Gill"


def test_a_described_tradesman_in_a_town_is_an_anonymous_source_not_the_town():
    text = ("Madam Akua Boateng, the scheme's director, said agents had visited every district.\n\n"
            "A market cashier in Tarnsby, who spoke on condition of anonymity, said few traders had signed up. "
            '"They came for one morning and never returned," he said.')
    got = dict((q, s) for q, s in speakers(text))
    assert got["They came for one morning and never returned"] not in ("Tarnsby", "Akua Boateng")


def test_role_words_a_name_and_its_appositive_after_a_quotation_speak_it():
    text = ("The Kelby Ratepayers' Association, which represents 400 farms, has asked for an audit.\n\n"
            '"Nobody here is against the scheme," association president Jo Peller, a reeve from near Kelby, said in '
            "an interview.")
    assert speakers(text)[-1][1] == "Jo Peller"


def test_the_father_of_three_after_a_quotation_is_the_person_just_named():
    text = ("Bus driver Ravi Nair a/l Gopal, 51, said the new shifts were \"a punishment\".\n\n"
            '"I leave before my children wake and come back after they sleep," said the father of three.')
    assert speakers(text)[-1][1] == "Ravi Nair a/l Gopal"


def test_a_hyphenated_name_of_a_body_is_the_speaker_not_the_body():
    text = 'Chief Marla Stone-Kaye of Elk Creek Cree Nation said her people had waited "a generation" for clean water.'
    assert speakers(text)[-1][1] == "Marla Stone-Kaye"


def test_people_in_a_place_are_the_speaker_not_the_place():
    text = ("The Kelby Bus Users' Group met on Monday.\n\n"
            "RESIDENTS in Kelby have accused the operator of “forgetting the villages” after a third cancellation.")
    q = extract_quotes(Article.from_text(text))
    assert q["speaker"].iloc[-1] != "Kelby Bus Users' Group" and q["source_type"].iloc[-1] == "anonymous"


def test_a_body_before_which_said_speaks_the_partial_quotation():
    text = ("Customers include building merchant Ashby Timber & Builders’ Supplies, which said it had moved its "
            "orders to another carrier “with almost no delay”.")
    assert speakers(text)[-1][1] == "Ashby Timber & Builders’ Supplies"
    text = ("A senior official at Kelby Hall, who asked not to be named, said the plan had been “cleared at the top”.")
    assert speakers(text)[-1][1] != "Kelby Hall"


def test_a_person_called_later_by_a_given_or_leading_family_name_is_named_in_full():
    text = ('Opposition member Dr Farid Osmanov tabled the motion on Tuesday.\n\n'
            '"The contracts must be published in full," said Dr Farid.')
    assert speakers(text)[-1][1] == "Farid Osmanov"
    text = ('Creditors are led by Martin Chau Wing-kee, a fund manager.\n\n'
            '"The offer is far too low," Mr Chau said.')
    assert speakers(text)[-1][1] == "Martin Chau Wing-kee"


def test_the_head_of_a_body_s_name_with_an_ampersand_is_not_a_person_s_full_name():
    text = ('Kestrel Leisure & Hospitality bought the club in May.\n\n'
            'A Kestrel spokesman defended the price rise. He added: "Standing still is not an option for us."')
    assert speakers(text)[-1][1] != "Kestrel Leisure"


def test_the_judge_is_the_justice_the_story_named():
    text = ('Justice Mariam Ostrowska-Hale, sitting in the High Court on Tuesday, froze the assets of the firm.\n\n'
            'Lawyers for the workers welcomed the order. The judge said there was "a real risk that the money '
            'would leave the country before trial".')
    assert speakers(text)[-1][1] == "Mariam Ostrowska-Hale"


def test_an_unnamed_spokesperson_of_a_body_named_by_its_abbreviation_is_the_body():
    text = ('The Northern Basin Water Board (NBWB) cut the allocation on Friday.\n\n'
            'An NBWB spokeswoman said: "Allocations will be reviewed every fortnight."')
    assert speakers(text)[-1][1] == "Northern Basin Water Board"


@pytest.mark.parametrize("text, speaker", [
    ('Independent Member for the Hunter region Karen Ellery said the plan was "far too timid for a drought".',
     "Karen Ellery"),
    ('Councillor for the harbour ward Peter Marsh said: "We were never consulted on any of it."', "Peter Marsh"),
    ('Jo Doe of Smith Barney said: "The bonds will rally before the year is out."', "Jo Doe"),
])
def test_a_role_for_a_place_before_a_given_name_is_the_role_not_the_speaker(text, speaker):
    assert speakers(text)[-1][1] == speaker


def test_a_generation_after_a_name_keeps_it_a_person_who_speaks_next():
    text = ('The union called on the banks to "put the farmer first" and urged the ministry to act.\n\n'
            'Kofi Mensah-Ofori III, a chief from the hill country, was blunter.\n\n'
            '"Our people have heard promises before. Some of them waited four months."')
    assert speakers(text)[-1][1] == "Kofi Mensah-Ofori"  # (the generation is no part of the canonical name)


def test_the_body_noun_before_of_in_an_organisations_name_stands_for_it():
    text = ('The Licensed Grain Buyers Association of Kenya said in a statement that sales fell. The association '
            'called on the banks to "put the farmer first" and urged the ministry to act.')
    assert speakers(text)[-1][1] == "Licensed Grain Buyers Association of Kenya"


@pytest.mark.parametrize("intro", ["An authority spokesperson", "A spokesperson for the authority"])
def test_the_spokesperson_is_the_one_the_reporter_introduced_for_a_named_body(intro):
    text = ('The Northern Lakes Water Authority cut the allocation on Friday. Growers had urged the Northern Lakes '
            f'Water Authority to wait.\n\n{intro} said the figure would be reviewed every month.\n\n'
            '"We know this is a hard start for every irrigator in the valley," the spokesperson said.')
    assert speakers(text)[-1][1] == "Northern Lakes Water Authority"


def test_the_spokesperson_of_no_named_body_stays_anonymous():
    text = ('A spokesperson for Jane Doe said the figure would be reviewed every month.\n\n'
            '"We know this is a hard start for every irrigator in the valley," the spokesperson said.')
    assert speakers(text)[-1][1] == "spokesperson"


def test_an_organisation_noun_is_the_body_just_named_not_its_chief():
    text = ("Harbour Light Power's chief executive, Maria Okafor, did not take questions. In a written statement, "
            'the utility said the plan would let it "build for the next decade".')
    assert speakers(text)[-1][1] == "Harbour Light Power"


@pytest.mark.parametrize("text", [
    'Paul de la Roche went further, accusing the council of "treating tenants as a cash machine" all year.',
    'Her deputy, Paul de la Roche, went further, accusing the council of "treating tenants as a cash machine".',
])
def test_a_name_with_two_particles_is_the_subject_of_a_participle_cue(text):
    assert speakers(text)[-1][1] == "Paul de la Roche"


@pytest.mark.parametrize("text, speaker", [
    ('Finance chief Nadia Brennan told investors on a conference call that sales were "soft, not collapsing" '
     'this year.', "Nadia Brennan"),
    ('A few argue that the new rules are "a gift to the big banks" and nothing more.', "a few"),
])
def test_a_bare_verb_form_after_a_and_a_noun_is_a_noun_not_a_cue(text, speaker):
    assert speakers(text)[-1][1] == speaker


def test_a_quoted_nickname_in_the_subjects_appositive_does_not_hide_the_subject():
    text = ('The shop stewards welcomed the ruling. Their chairman, Ade Okonjo, known to members as "Big Ade", said '
            'the decision sent "a clear message to every employer".')
    q = extract_quotes(Article.from_text(text))
    assert q[["kind", "speaker"]].values.tolist() == [["term", None], ["partial", "Ade Okonjo"]]


def test_the_group_is_the_group_the_reporter_introduced_in_the_sentence_before():
    text = ('Bondholders of Acme Homes Ltd rejected the Acme Homes plan. Acme Homes said it would respond. '
            'A group holding a third of the notes said in a letter that the plan was unfair.\n\n'
            '"The family keeps the land and we take the loss," the group said.')
    assert speakers(text)[-1][1] == "group"


def test_prosecutor_is_a_title_before_a_name():
    text = ('A clerk at the court, who asked not to be named, said files were lost. "It was chaos," the clerk said.\n\n'
            'Lake County Prosecutor Ann Whitby said her office would decide on charges, which she called '
            '"likely but not certain."')
    assert speakers(text)[-1][1] == "Ann Whitby"


@pytest.mark.parametrize("opener", ["Among the tenants in court was", "Also in the public gallery was"])
def test_the_name_after_a_locative_inversion_is_the_subject_a_pronoun_refers_to(opener):
    text = ('Judge Martin Keane granted the order. "The tenants must be rehoused," Keane said.\n\n'
            f'{opener} Rosalind Achebe, 58, who had lived in the block for 30 years. She wept as the order '
            'was read.\n\n"Thirty years, and they gave me a letter," she said afterwards.')
    assert speakers(text)[-1][1] == "Rosalind Achebe"


@pytest.mark.parametrize("who, speaker", [
    ("Shopkeeper Ahmad Faizal Che Omar, 46,", "Ahmad Faizal Che Omar"),
    ("Fisherman Tomasi Vuki Lagi", "Tomasi Vuki Lagi"),
])
def test_an_occupation_written_as_a_title_is_not_part_of_the_name(who, speaker):
    text = ('A source in the mayor\'s office, who declined to be named, said the remarks were "unhelpful".\n\n'
            f'{who} said he had lost stock in the last flood.\n\n'
            '"Just build the wall before the next monsoon," he said.')
    assert speakers(text)[-1][1] == speaker


def test_ruled_is_a_verb_of_saying_and_rules_a_noun():
    q = extract_quotes(Article.from_text(
        'Judge Mara Olsen ruled that the appeal failed, as the law was "plain on its face" and had been for years.'))
    assert q[["kind", "speaker"]].values.tolist() == [["partial", "Mara Olsen"]]
    q = extract_quotes(Article.from_text('Under party rules, delegates may back a "conscience clause" at the convention.'))
    assert q["speaker"].isna().all()


def test_the_words_of_a_text_someone_received_are_not_theirs():
    received = extract_quotes(Article.from_text(
        'Maria Lund said she got a message from her daughter that read, "bus broke down, we are all fine."'))
    assert received["speaker"].isna().all()
    posted = extract_quotes(Article.from_text('Jo Doe posted a message on Twitter reading "Thank you, Kelby!" at once.'))
    assert posted["speaker"].tolist() == ["Jo Doe"]


@pytest.mark.parametrize("text", [
    '81-year-old Nora Quill, a retired nurse who has voted in every election since 1964, said: "I want him out."',
    '76-year-old Nora Quill, founder of the Kelby Institute, told the crowd, "I want him out."',
])
def test_an_age_before_a_name_opens_the_subject(text):
    assert speakers(text)[-1][1] == "Nora Quill"


def test_they_in_a_sentence_opened_by_a_plural_noun_is_that_group():
    text = ('A petition filed by Harbour Crest Fund will be heard in May. The fund said it would act if no deal was '
            '"in sight" by then. Several bondholders hold the notes.\n\n'
            'Bondholders have asked for a review of the land sales, which they described as "deals of the most '
            'troubling kind".')
    assert speakers(text)[-1][1] == "bondholders"


def test_a_quantifier_alone_is_the_subject_of_a_participle_cue():
    text = ('Shoppers were divided. Some welcomed the plan, saying the market had become "unbearable" on Saturdays, '
            'while others said they could not pay more.')
    q = extract_quotes(Article.from_text(text))
    assert q[["kind", "speaker", "source_type"]].values.tolist() == [["partial", "some", "anonymous"]]


def test_a_legal_form_or_a_name_particle_is_never_the_story_company():
    text = ("Quill Ltd, Fennick Ltd and Orla Ltd bid for the bakery contract, which went to Brambleworth. Jo Doe of "
            "Brambleworth said the price was right.")
    assert story_company(Article.from_text(text)) == "Brambleworth"
    text = ("Tariq Al Qudsi, Lina Al Badawi and Yusuf Al Tamimi joined the board of Brambleworth last spring. Jo Doe "
            "of Brambleworth said the price was right.")
    assert story_company(Article.from_text(text)) == "Brambleworth"


def test_a_name_shaped_like_a_persons_that_opens_an_organisation_can_be_the_story_company():
    text = ("Port Elm: Brackley Quay Ferries Ltd wants another year to pay its lenders. Brackley Quay plans to sell two "
            "boats first. Brackley Quay stock slid. Managing director Jo Doe called the offer generous.\n\n"
            'The company said a sale would let it "keep the island routes running all winter".')
    art = Article.from_text(text)
    assert story_company(art) == "Brackley"
    assert speakers(text)[-1][1] == "Brackley Quay Ferries Ltd"


def test_a_form_of_address_picks_the_namesake_of_that_sex():
    text = ("The bakery belongs to Harold Quibell, 44, and his sister Margaret Quibell, 40, who found the ovens cold "
            "on Friday.\n\n"
            "“The gas was cut without a word of warning,” Ms Quibell said.\n\n"
            "“We threw away three hundred loaves,” Mr Quibell said.")
    assert [s for _, s in speakers(text)] == ["Margaret Quibell", "Harold Quibell"]


def test_the_story_companys_word_inside_a_longer_body_name_is_that_body():
    text = ("Tarvania's cheese makers are worried. Shops in Tarvania want lower prices, and the Tarvania Freight Exchange "
            "has cut the night trains. The Dairy Exporters' Council of Tarvania told members by letter that the winter "
            "looked \"grim for small farms\". Exports from Tarvania have halved.")
    assert speakers(text)[-1][1] == "Dairy Exporters' Council of Tarvania"


@pytest.mark.parametrize("text, name", [
    # a bracketed note between the role and the name
    ("The museum's head curator (modern art), Ingrid Vasquez-Horn, conceded the loan had ended \"sooner than "
     'we hoped" but ruled out a new show.', "Ingrid Vasquez-Horn"),
    # a capitalised title alone before the name
    ('Club President, Captain Rhys Tolliver-Grant, after a short break, told members the pavilion would '
     '"stay shut until the roof is fixed".', "Rhys Tolliver-Grant"),
    # the agent of a passive, a title and a name, a seat in brackets, then "who"
    ('Her amendment was seconded by the Deputy Speaker, Senator Mara Quentin-Obi (Wexley North), who '
     'called it "overdue housekeeping".', "Mara Quentin-Obi"),
])
def test_a_role_then_a_name_in_apposition_is_the_named_person(text, name):
    assert speakers(text)[-1][1] == name


def test_a_pronoun_closing_a_quotation_paragraph_is_the_person_the_paragraph_before_brings_in():
    text = ("An agent for the landlord, who would not be identified, said the boiler was \"on order\".\n\n"
            "On the landing on Friday, retired welder Ellen Vasko, 72, said she had had no hot water since March.\n\n"
            '"I heat pans on the stove. I wash at the sink. My neighbour carries my coal. The stairs are dark. Who pays '
            'for this?" she said.')
    assert speakers(text)[-1][1] == "Ellen Vasko"


def test_a_name_the_mention_layer_reads_as_an_organisation_stays_a_person_when_its_sex_is_known():
    text = ("Harbour board member Cllr Ruairidh Mac an t-Saoir, who backed the closure, said the fish market "
            "“lost money every single week”.\n\n"
            "“I would love to keep it. But the roof is falling in and the buyers have gone to the mainland,” he said.\n\n"
            "The secretary of the Glenmorra Boat Owners' Association, Ealasaid NicFhionghain, said skippers were "
            "“angry and out of options”.\n\n"
            "“Where do we land our catch now? Nobody on the board has answered that,” she said.\n\n"
            "Mrs NicFhionghain, who has fished from the harbour for twenty years, said the boats would sail on.")
    assert [s for _, s in speakers(text)][-2:] == ["Ealasaid NicFhionghain", "Ealasaid NicFhionghain"]


def test_a_representative_of_the_company_just_named_speaks_for_it():
    text = ("The lifts in the tower were fitted by Stannard Vertical Systems Ltd in 2023. Asked about the "
            'breakdowns, a company representative insisted every unit had been "serviced on schedule".')
    assert speakers(text)[-1][1] == "Stannard Vertical Systems Ltd"


def test_a_person_described_who_gave_a_name_is_named_so():
    text = ("More than forty residents spoke. A man who gave his name only as Dev, from the north end of the town, "
            'told councillors: "My street floods every winter and nobody comes."')
    assert speakers(text)[-1][1] == "Dev"


def test_a_style_of_address_between_a_role_and_a_name_keeps_the_role():
    text = ("At the ceremony, the district commissioner, His Excellency Dale Ashgrove-Brandt, told guests he was "
            '"thrilled" with the new bridge.\n\nSite engineer Tom Reed said the bridge had "cost less than planned".'
            '\n\nThe commissioner added that it would "carry lorries by June".')
    assert speakers(text)[-1][1] == "Dale Ashgrove-Brandt"


def test_a_document_speaks_for_whoever_issued_it():
    text = ('At a briefing, the harbourmaster of Kelby, Ruth Anselm-Petit, said in a statement that she was '
            '"alarmed" by the spill.\n\n'
            'The statement went on: "Every vessel in the harbour will be inspected before it sails again."')
    q = extract_quotes(Article.from_text(text))
    assert q.iloc[-1]["speaker"] == "Ruth Anselm-Petit" and q.iloc[-1]["source_type"] == "document"
    assert q.iloc[-1]["speaker_mention"].startswith("The statement")
    text = ("Engineers at the Fallow Reach Water Board had advised Kelby County Council to drain the "
            "reservoir by autumn.\n\n"
            "Their report warned that the dam needed new sluices to be “safe for another century”.")
    assert speakers(text)[-1][1] == "Fallow Reach Water Board"
    text = ("The Society of Chimney Sweeps opposed the rules. Its chair, Tom Reed, said the society had written "
            'to every MP. The letter, shared with reporters, asks for "a fair hearing for small firms".')
    assert speakers(text)[-1][1] == "Society of Chimney Sweeps"


def test_a_document_with_no_author_told_stays_a_document():
    text = ('The ferry will stop in March. The statement added: "All passengers will be refunded in full."')
    q = extract_quotes(Article.from_text(text))
    assert q.iloc[-1]["source_type"] == "document"


def test_a_title_stands_for_the_one_holder_named_with_it_in_the_article():
    text = ("Drought aid came up in the chamber, where members questioned the Minister of Agriculture, Dr Greta "
            "Quarrington.\n\nOpposition member Paul Deverell called the scheme “a shambles”.\n\n"
            "“Farmers have waited since the spring,” he said.\n\nHe pressed the minister on unpaid claims. "
            "Quarrington replied that 410 claims had been settled.\n\nShe said the forms were now shorter.\n\n"
            "“I will not pay a claim nobody has checked,” the minister said.\n\n"
            "She promised the rest “before the harvest”.")
    assert [s for _, s in speakers(text)][-2:] == ["Greta Quarrington", "Greta Quarrington"]


def test_an_agent_noun_stands_for_the_one_organisation_named_for_that_trade():
    text = ('The brewer had promised landlords "no more rises this year".\n\n'
            "Most beer sold in the valley comes from Ashcombe Brewing Company, which owns forty pubs.\n\n"
            'The brewer says the rise reflects "the cost of barley and power".')
    assert [s for _, s in speakers(text)] == ["Ashcombe Brewing Company"] * 2


def test_officials_of_a_body_noun_speak_for_the_one_body_so_named():
    text = ("Cleaners at Fernhill Community Hospital will stop work on Thursday, their union said.\n\n"
            'Hospital officials warned the stoppage would put "patients at risk" over the weekend.')
    assert speakers(text)[-1][1] == "Fernhill Community Hospital"


def test_a_prepositional_aside_between_an_appositive_subject_and_its_verb_is_skipped():
    text = ("Later, the Chief Executive of Ferrow Harbour Board, Dr Anil Rasmussen, in a brief interview, said the "
            'dredging was "long overdue".')
    q = extract_quotes(Article.from_text(text))
    assert q.iloc[-1]["speaker"] == "Anil Rasmussen"
    assert "interview" not in q.iloc[-1]["speaker_mention"]


def test_a_long_role_then_a_name_directly_followed_by_said_is_the_subject_a_pronoun_takes():
    text = ('Council engineer Mr Paul Hesketh said the drains had been cleared. "The work is done," Mr Hesketh said.\n\n'
            "At Brinmoor, chairman of the Upper Brinmoor flood group Mr Tobias Renwick said the road had flooded "
            "twice.\n\n"
            '"We are sick of sandbags," he said.')
    assert speakers(text)[-1][1].endswith("Tobias Renwick")


def test_a_role_then_a_comma_and_a_title_before_the_name_is_that_persons_role():
    text = ("The Fisheries Secretary, Deputy Fintan Ashworth-Bligh, told the assembly the quota would be halved.\n\n"
            '"Nobody wants this, but the stocks are collapsing," the Secretary said.')
    assert speakers(text)[-1][1] == "Fintan Ashworth-Bligh"


def test_a_capitalised_title_after_the_the_mention_layer_reads_as_a_name_is_its_holder():
    text = ("The Provost of Glenmorra, Fergus Quayle-Mundy, voted against the budget.\n\n"
            '"We are spending money this town does not have," the Provost said.')
    assert speakers(text)[-1][1] == "Fergus Quayle-Mundy"


def test_a_name_given_a_persons_role_in_apposition_stays_a_person_for_a_later_pronoun():
    text = ('A driver, speaking anonymously, described the lanes as "a menace".\n\n'
            "The Kelby Cyclists’ Alliance backed the scheme. Its co-ordinator, João Pereira dos Santos, said the "
            'lanes were "long overdue".\n\n'
            '"Our riders can finally get to work without fear," he said.')
    assert speakers(text)[-1][1] == "João Pereira dos Santos"


def test_a_quotation_in_the_clause_a_verb_of_saying_reports_after_a_modal_is_the_earlier_speakers():
    text = ('The Kelby Anglers Club welcomed the ban. Jane Doe, its secretary, called the ban "a lifeline". She added '
            'that the club would ask for the river to be restocked "this year, not next".')
    assert speakers(text)[-1][1] == "Jane Doe"


def test_a_district_head_written_as_a_title_before_the_name_is_that_persons_role():
    text = ("Kelby Regent Dewi Kartika-Sari, who toured the flooded villages on Monday, said the dam would be "
            "inspected.\n\n"
            '"Nobody goes back to those houses until the engineers are satisfied," the regent said.\n\n'
            'She said the warnings had been "clear and ignored".')
    assert [s for _, s in speakers(text)][-2:] == ["Dewi Kartika-Sari"] * 2


def test_a_description_after_an_introductory_prepositional_phrase_is_the_subject():
    text = ("Kelby Leisure Group has shut two of its nine hotels for repairs, Kelby Leisure said on Friday.\n\n"
            "In a notice to the Kelby Stock Exchange (KSX), the company, which also runs a ferry, said it would "
            '"pause all new projects".\n\n'
            "Kelby Leisure stock dropped 4 percent.")
    q = extract_quotes(Article.from_text(text))
    assert q.iloc[-1]["speaker_mention"] == "the company"
    assert "Leisure" in q.iloc[-1]["speaker"]


def test_a_seat_and_mp_opening_the_next_clause_is_the_person_just_brought_in():
    text = ("Government will raise fuel duty in April, Minister of State in the Ministry of Energy Peter Asante-Lyle "
            "told the House on Tuesday.\n\n"
            "Summing up, the Kelby Central MP told members the rise would \"pay for every rural road\".\n\n"
            '"Every driver will see the benefit within a year," he added.\n\n'
            'The minister dismissed claims that the rise would "hurt the poorest".')
    got = [s for _, s in speakers(text)]
    assert got[:2] == ["Peter Asante-Lyle"] * 2
    assert got[2] != "Peter Asante-Lyle"  # (the claim's words, which he rejects: no one named says them, as the story
    # sets' gold gives every such quotation, news_gold33, 49, 69, 119, 141)


def test_a_name_in_apposition_after_a_body_name_with_commas_or_after_role_words_is_the_speaker():
    text = ("The secretary of the Union of Bakers, Confectioners and Millers of Kelby, Mrs Oona Penhale-Brooks, "
            'said the new rules would "close half the corner bakeries".')
    assert speakers(text)[-1][1] == "Oona Penhale-Brooks"
    text = ("The Kelby Boatmen's Co-operative is worried. Its president, Brinmoor skipper Alun Roskilly-Vane, who "
            'owns two trawlers, said the quota was "impossible to live on".')
    assert speakers(text)[-1][1] == "Alun Roskilly-Vane"


def test_a_body_in_apposition_after_a_description_is_the_speaker():
    text = ("The fund’s custodian, Kelby Trust Services Ltd, said on Monday that it had "
            '"no record of the transfers".')
    assert speakers(text)[-1][1] == "Kelby Trust Services Ltd"


def test_a_bracketed_state_inside_the_role_before_a_name_keeps_the_name_the_subject():
    text = ('Jane Roe praised the plan. "It is good," said Adam Fox.\n\n'
            'Earlier, Lake County (Ariz.) Sheriff Tom Baker, one of the most divisive figures in the state, vouched '
            'for Fox\'s proposal to build a new jail.\n\nHe said, "We will build the jail and keep our streets safe."')
    assert speakers(text)[-1][1] == "Tom Baker"


def test_a_surname_that_is_a_compass_word_is_the_person_named_in_full_before():
    text = ('Tom Green spoke first. "We will win," Green said.\n\nThat is where author and activist Carl West took the '
            'debate. Filling in for the mayor, West made a sharp dig at his rival. '
            '"I took the money but it did not affect me?" he said.')
    assert speakers(text)[-1][1] == "Carl West"


def test_a_verb_after_but_shares_a_description_subject_with_a_participle_aside():
    text = ("The survey, compiled by Bristol pollster Quarrow & Pike Ltd, found that most tenants backed the scheme, "
            'but warned of "deep unease" if the rents rose again.')
    q = extract_quotes(Article.from_text(text))
    assert q["kind"].tolist() == ["partial"]
    assert q["speaker"].tolist() == ["Quarrow & Pike Ltd"]  # (the document's author, told in the aside)


def test_a_description_with_a_capitalised_modifier_and_a_relative_clause_after_an_adverb_is_the_speaker():
    text = ("However, one Dunmore steward, who asked not to be named, said the manager’s exit had “shaken the "
            "squad” in the days before the final.")
    q = extract_quotes(Article.from_text(text))
    assert q["kind"].tolist() == ["partial"]
    assert q["source_type"].tolist() == ["anonymous"]


def test_her_honour_and_the_pronoun_after_it_are_the_judge_named_before():
    text = ("Judge Maria Okonkwo-Hale refused bail on Friday in a case brought against the Tarsen Cooperative Ltd.\n\n"
            'In refusing bail, her Honour said the accused had shown "a pattern of contempt" for earlier orders.\n\n'
            '"The court cannot ignore what it has seen in the past year," she said.')
    assert [s for _, s in speakers(text)] == ["Maria Okonkwo-Hale"] * 2


def test_a_role_name_and_firm_subject_is_shared_across_but():
    text = ("Lawyer for the cooperative, Mr Oren Blakeworth, of Blakeworth Legal, did not contest the ruling but "
            'told the court his client "will comply in full".')
    assert speakers(text)[-1][1] == "Oren Blakeworth"


def test_words_told_to_the_subject_by_a_named_or_described_teller_are_the_tellers():
    text = ("Tomas Erlund, 71, a retired baker who holds shares in the scheme, said he had been told by a branch "
            'adviser that the fund was "as good as cash in the bank."')
    q = extract_quotes(Article.from_text(text))
    assert q["speaker"].tolist() == ["branch adviser"] and q["source_type"].tolist() == ["anonymous"]
    text = 'Petra Lusk said she had been assured by Mayor Arne Voss that the library would "stay open for good."'
    assert speakers(text)[-1][1] == "Arne Voss"
    # with no teller told, the gist of what she heard is read as hers
    text = 'Councillor Nadia Ferrow said she was told in May that the hall was still "on the list".'
    assert speakers(text)[-1][1] == "Nadia Ferrow"


def test_a_verb_governing_two_that_clauses_reports_the_quotation_in_the_second():
    text = ("Justice Priya Ramnarine on Monday ordered Essequibo Timber Ltd to rehire 40 loggers.\n\n"
            "In a 30-page ruling, the judge found that the company had dismissed the loggers without notice and "
            'that the lay-offs were "unfair, excessive and plainly contrary to the agreement."')
    assert speakers(text)[-1][1] == "Priya Ramnarine"  # (not the company, subject of "dismissed")


def test_a_name_with_a_relative_clause_after_comma_and_opens_its_own_clause():
    text = ("Staff have also spoken up. The Kelby branch of the Library Workers Guild of the Northern Counties passed "
            "a motion on Friday backing the petition, and Professor Ines Barrow-Lund, who teaches history, described "
            'the budget process as "secret by habit."')
    assert speakers(text)[-1][1] == "Ines Barrow-Lund"


def test_a_description_with_a_long_relative_clause_asking_for_anonymity_is_the_speaker():
    text = ("A hospital porter who asked not to be named because he was not allowed to talk about the inquiry said "
            'nurses had seen that Brandvik "never locked the drug cabinet at night."')
    q = extract_quotes(Article.from_text(text))
    assert q["speaker"].tolist() == ["hospital porter"] and q["source_type"].tolist() == ["anonymous"]


def test_the_company_far_from_any_name_is_the_firm_with_a_legal_form_not_a_committee_named_more():
    text = ("Tamsor Valley Growers Committee members met on Monday. The Tamsor Valley Growers Committee wants higher "
            "prices, and Tamsor Valley farmers back it.\n\n"
            "Orvane Fruit Packing Company Limited buys most of the valley's apples.\n\n"
            "Growers held a meeting in the town hall on Tuesday evening.\n\n"
            '"We have offered a fair price and we will keep buying," the company said.')
    assert speakers(text)[-1][1] == "Orvane Fruit Packing Company Limited"


def test_the_bank_is_the_bank_named_not_the_newspaper_named_just_before():
    text = ("Kelby Evening Post › Business\n\n"
            "Banque Rimont S.A. plans to close eight branches in Kelby, the Kelby Evening Post has learned.\n\n"
            "Staff were told on Monday. The Kelby Evening Post asked the lender for comment.\n\n"
            '"Our customers now bank on their phones," the bank said.')
    assert speakers(text)[-1][1] == "Banque Rimont S.A."


def test_a_written_response_the_company_gave_is_the_company_speaking():
    text = ("Marvello Bank S.C. has cut its lending to farmers. Growers say they cannot buy seed.\n\n"
            "The bank said in a written response to the Courier that it had lent 12 million dollars this year. "
            '"We remain a partner of every farmer," the response said.')
    q = extract_quotes(Article.from_text(text))
    assert q[["speaker", "source_type"]].values.tolist() == [["Marvello Bank S.C.", "document"]]


def test_a_statement_by_the_firms_management_is_the_firms():
    text = ("Drossel Timber Ltd has delayed wages at its Kelby sawmill.\n\n"
            "In a statement issued on Friday, Drossel's management acknowledged that the payments were late.\n\n"
            '"Every worker will be paid in full," the statement said.')
    assert speakers(text)[-1][1] == "Drossel Timber Ltd"


def test_an_unsigned_notice_at_a_firm_just_named_is_the_firms():
    text = ("Workers at Kestrin Knitwear Co., Ltd. found the gates locked and a notice saying work had been "
            '"paused until further notice".')
    assert speakers(text)[-1][1].startswith("Kestrin Knitwear Co.")


def test_the_board_and_the_banks_press_office_speak_for_the_company():
    text = ("Kestamo Bank SA lost a court case over its loans on Monday. Shares in Kestamo Bank SA fell.\n\n"
            'Shareholders met on Tuesday. "We will study the ruling," the board said.\n\n'
            'Borrowers cheered. "The bank respects the court," the bank’s press office said.')
    assert [s for _, s in speakers(text)] == ["Kestamo Bank SA", "Kestamo Bank SA"]


def test_a_form_of_address_before_a_given_name_is_the_person_named_in_full():
    text = ("Ato Yonas Bekele Tesfaye, the chairman of a honey producers' union, said prices had fallen.\n\n"
            "\"We cannot sell at these prices,\" Ato Yonas told reporters.\n\n"
            "Ato Yonas said the union would meet the ministry. \"We want our money,\" he said.\n")
    assert [s for _, s in speakers(text)] == ["Yonas Bekele Tesfaye"] * 2
    text = ("Khun Somsak Rattanaporn, who leads the tenants' group, said the owners had not paid.\n\n"
            "\"We have waited two years for this,\" Khun Somsak said.\n")
    assert speakers(text)[-1][1] == "Somsak Rattanaporn"


def test_the_ceo_is_the_chief_executive_named_before_and_back():
    text = ("Harbourline Freight said on Tuesday that it would cut 300 jobs. Harbourline's chief executive officer, "
            "Dr Ilse Marten-Vogt, told analysts that the plan was \"painful but necessary\". Asked about the timing, "
            "the CEO said only that talks had gone on \"for months\".\n")
    assert speakers(text)[-1][1] == "Ilse Marten-Vogt"
    text = ("CEO Tomas Rijkaard said the firm would expand. Shares rose 4 percent. Markets were calm. "
            "\"We are ready,\" the chief executive said.\n")
    assert speakers(text)[-1][1] == "Tomas Rijkaard"


def test_a_description_with_a_bodys_head_noun_then_a_named_body_is_that_body():
    text = ("The porters' guild backed the plan. A rival group, the Kelby Cutters and Carriers Fellowship, "
            "called the offer \"an insult to every member\".\n")
    assert speakers(text)[-1][1] == "Kelby Cutters and Carriers Fellowship"


def test_a_pronoun_after_a_description_with_a_name_in_apposition_is_that_name():
    from analysis.quotes import _Resolver
    text = ("The mill closed in May. The chief executive of Moulins de Rivière-Noire, Jean-Luc de Fontaine-Ramsamy, "
            "said the land had been discussed.\n\n"
            "\"We listened to the union and we looked seriously at the offer,\" he said in an interview.\n")
    end = text.index(", Jean-Luc")
    res = _Resolver(Article.from_text(text))
    assert text[end:res._with_appositive_name(end)] == ", Jean-Luc de Fontaine-Ramsamy"
    assert speakers(text)[-1][1] == "Jean-Luc de Fontaine-Ramsamy"



def test_a_local_form_of_address_tells_the_sex_of_the_person_named_after_it():
    text = ("A supervisor at the mill said the management had told staff to \"prepare for a shutdown\" but to "
            "tell nobody.\n\n"
            "Its vice-chairman, U Kyaw Min Thant, said at least nine mills had closed. "
            "\"Orders have gone abroad and the jobs have gone with them,\" he said.\n")
    assert speakers(text)[-1][1].endswith("Kyaw Min Thant")
    text = ("A driver at the depot said buses were \"left to rot\" there.\n\n"
            "The union's treasurer, Daw Hnin Ei Phyu, said fares had doubled. \"People walk now,\" she said.\n")
    assert speakers(text)[-1][1].endswith("Hnin Ei Phyu")


def test_an_abbreviated_title_with_a_full_stop_stays_in_the_name():
    text = ("Dunmore Cables said on Sunday it would close a plant. Dunmore's chief executive officer, Eng. Sami Fahad "
            "Al-Nouri, told reporters that it was \"too early\" to give figures. Asked about the timing, the CEO said "
            "only that talks had gone on \"for months\".\n")
    assert [s for _, s in speakers(text)] == ["Sami Fahad Al-Nouri"] * 2


def test_the_panel_speaks_through_the_one_judge_named_else_it_is_no_person():
    text = ("The appeals court cut the sentence of Dalvik Oren, 61, the founder of Oren Steel, on Friday. \"The "
            "defendant betrayed his shareholders,\" the three-judge panel led by Presiding Judge Hana Brisk said.\n\n"
            "His daughter, Lira Oren, 35, was acquitted. The panel said there was \"no proof\" that she knew.\n")
    assert [s for _, s in speakers(text)] == ["Hana Brisk"] * 2
    text = ("The appeals court cut the sentence of Dalvik Oren, 61, on Friday.\n\n"
            "His daughter, Lira Oren, 35, was acquitted. The bench said there was \"no proof\" that she knew.\n")
    assert speakers(text)[-1][1] == "bench"
    text = ("The law was struck down by a three-judge bench led by Justice Amos Kiptoo. The bench said the law was "
            "\"unconstitutional and void\".\n")
    assert speakers(text)[-1][1] == "Amos Kiptoo"


def test_an_and_inside_a_bodys_name_stays_in_the_subject():
    text = ("Cotton prices fell on Monday. Economist Dr Amos Ketterby of the Institute for Crop Markets and Rural "
            "Credit said the low prices were \"no surprise\" after the large harvest.\n")
    assert speakers(text)[-1][1] == "Amos Ketterby"
    text = "Prices fell. The Association of Cane Growers and Traders said the prices were \"no surprise\".\n"
    assert speakers(text)[-1][1] == "Association of Cane Growers and Traders"
    text = "Prices fell. Jo Rand and Ann Roe said the prices were \"no surprise\".\n"
    assert speakers(text)[-1][1] == "Ann Roe"


def test_the_words_after_an_and_inside_a_bodys_name_are_no_person_for_a_pronoun():
    text = ("Cotton prices fell on Monday. Economist Dr Amos Ketterby of the Institute for Crop Markets and Rural "
            "Credit said the low prices were \"no surprise\" after the large harvest.\n\n"
            "\"The real test is the second week, when the better grades arrive,\" he said.\n")
    assert [s for _, s in speakers(text)] == ["Amos Ketterby"] * 2


def test_the_statement_speaks_for_the_body_that_said_in_a_statement():
    text = ("Nurses walked out on Monday. The Kelby Nurses Forum, a volunteer group that has logged complaints since "
            "2019, said in a statement that at least 900 nurses were owed pay.\n\n"
            "\"Our members keep the wards open and are paid last. This is a national matter,\" the statement said.\n")
    assert speakers(text)[-1][1] == "Kelby Nurses Forum"


def test_a_spokesperson_of_a_public_body_called_by_a_lower_case_noun_is_that_body():
    text = ("Parents waited outside the Kelby Area School District offices on Monday. A district spokesperson said "
            "the alert was late because staff \"needed to check the facts first\". \"We are sorry,\" the "
            "spokesperson said.\n")
    assert [s for _, s in speakers(text)] == ["Kelby Area School District"] * 2
    text = ("Ships queued at the Kelby Port Authority terminal. A port spokesman said the cranes would be "
            "\"back soon\".\n")
    assert speakers(text)[-1][1] == "Kelby Port Authority"
    text = ("Six men were held at the Kelby Police Service station. A police spokeswoman said they would be charged "
            "\"as soon as possible\".\n")
    assert speakers(text)[-1][1] == "Kelby Police Service"


def test_a_relative_clause_after_a_name_does_not_hide_the_pronoun_of_its_speech_verb():
    text = ("A senior official at one of the big banks, speaking on condition of anonymity, said builders had been "
            "\"using the rain as an excuse\" for overruns.\n\n"
            "For smaller builders the question is one of survival.\n\n"
            "Tashi Norbu Sherpa, whose company Dhunche Khola Power runs a small plant near Kelby, said he had laid "
            "off nine of his 30 staff.\n\n"
            "\"We have paid every instalment for six years,\" he said.\n")
    assert speakers(text)[-1][1] == "Tashi Norbu Sherpa"


def test_a_pronoun_after_a_newcomer_brought_in_with_a_description_is_the_newcomer():
    text = ("\"That is not leadership,\" said the group's president, Walter Brenning-Marr.\n\n"
            "He said the group would file suit \"within the week.\"\n\n"
            "We reached Dr. Otto Brennan-Hale, a sports economist at Kelby State University, during the break.\n\n"
            "He said research had found little evidence for the plan. \"The money fans spend at a stadium is money "
            "they would have spent elsewhere,\" he said.\n")
    assert speakers(text)[-1][1] == "Otto Brennan-Hale"
    text = ("\"We will not back down,\" said union leader Tomas Brandt.\n\n"
            "Reporters spoke to Jon Eriksen, a farmer near the site. \"They never asked us,\" he said.\n")
    assert speakers(text)[-1][1] == "Jon Eriksen"
    text = ("\"We agreed on much,\" President Jo Varn said in Berlin. He met Ivan Petrov, the Kelbian president, "
            "on Monday. \"It was a good meeting,\" he said.\n")
    assert speakers(text)[-1][1] == "Jo Varn"


def test_a_speech_verbs_ing_form_after_in_is_no_cue():
    text = ("\"I only did what I was told,\" Jo Kessler told reporters outside the court.\n\n"
            "He added that the transfers had been approved in writing \"at least twice\" by managers who were "
            "never charged.\n")
    assert speakers(text)[-1][1] == "Jo Kessler"


def test_what_a_body_called_once_is_its_partial_quotation_what_it_calls_is_a_label():
    text = ("The Kelby Schools Forum, which represents 600 school owners, rejected what it called \"generalisations\" "
            "about the sector.\n")
    q = extract_quotes(Article.from_text(text))
    assert q[["kind", "speaker"]].values.tolist() == [["partial", "Kelby Schools Forum"]]
    q = extract_quotes(Article.from_text("Kelby Tools plans the sale of what it calls \"non-core\" assets.\n"))
    assert q["kind"].tolist() == ["term"]


def test_expressing_citing_voicing_and_accusing_quote_the_subject():
    text = ("The firm's staff union, the Kelby Lathe Workers' Union, issued a statement backing management and "
            "expressing \"deep concern\" about the dividend.\n")
    assert speakers(text) == [("deep concern", "Kelby Lathe Workers' Union")]
    text = ("Kelby Ratings Ltd cut the developer's outlook to negative on Monday, citing the developer's \"tight "
            "liquidity position\" and its reliance on asset sales.\n")
    assert speakers(text) == [("tight liquidity position", "Kelby Ratings Ltd")]
    text = "Jo Varn voiced \"serious doubts\" about the plan. Ann Roe accused the owners of \"betraying\" the fans.\n"
    assert speakers(text) == [("serious doubts", "Jo Varn"), ("betraying", "Ann Roe")]


def test_quoted_as_saying_gives_the_one_quoted_not_who_quotes():
    text = ("The Kelby Traders' Association issued a statement on Monday. \"The levy will kill small shops,\" the "
            "statement quoted its chairman, Musa Bello, as saying.\n")
    assert speakers(text)[-1][1] == "Musa Bello"
    text = "State media quoted Foreign Minister Li Wen as saying the talks were \"constructive\".\n"
    assert speakers(text)[-1][1] == "Li Wen"
    text = "Kelby Ratings said the firm was \"broke\", while state media quoted Jo Varn as saying it was \"solvent\".\n"
    assert [s for _, s in speakers(text)] == ["Kelby Ratings", "Jo Varn"]


def test_a_bodys_noun_is_no_role_of_the_person_named_before():
    text = ("In a statement signed by its president, Grace Otieno, the Kelby Nurses Union said the strike would go "
            "on. \"We are not afraid,\" the union said.\n")
    assert speakers(text)[-1][1] == "Kelby Nurses Union"


def test_the_md_the_dg_and_the_ps_are_the_officer_named_with_that_title():
    text = ("Kelby Cement said profits fell. Its managing director, Mr Kofi Asante, told shareholders the year had "
            "been \"difficult\". The MD said demand would recover \"by the second half\".\n")
    assert [s for _, s in speakers(text)] == ["Kofi Asante"] * 2
    text = "Trade Principal Secretary Alfred Kiprono said exports rose. The PS said tea was \"the star performer\".\n"
    assert speakers(text)[-1][1] == "Alfred Kiprono"


def test_the_release_speaks_for_the_body_that_issued_it_not_for_one_of_two_authors():
    text = ("Kelby Power Ltd issued a press release on Friday. \"Supply will be restored within 48 hours,\" the "
            "release said.\n")
    assert speakers(text)[-1][1] == "Kelby Power Ltd"
    text = ("Ama Roe and Kofi Varn, the parents of a victim, have filed a lawsuit against the council.\n\n"
            "The lawsuit contends that the death was \"caused by negligence\" at the site.\n")
    assert speakers(text)[-1][1] == "lawsuit"  # (not the last of its two authors, Kofi Varn)


def test_a_spokesman_for_the_mine_is_the_firm_named_after_its_mines():
    text = ("Kelby Copper Mines Plc halted output at its Ndola shaft. A spokesman for the mine said repairs would take "
            "\"about two weeks\".\n")
    assert speakers(text)[-1][1] == "Kelby Copper Mines Plc"


def test_a_filing_cited_with_according_to_is_the_filing_body_that_opens_the_sentence():
    text = ("Kelby Sugar Ltd halted a line on Monday, according to a filing with the Kelby Stock Exchange. The filing "
            "described the halt as \"temporary\".\n")
    assert speakers(text)[-1][1] == "Kelby Sugar Ltd"


def test_the_mec_and_the_chief_are_the_person_named_with_that_role():
    text = ("Gauteng MEC for Health Dr Nomsa Mokoena said the hospital would reopen. The MEC described the backlog as "
            "\"unacceptable\".\n")
    assert speakers(text)[-1][1] == "Nomsa Mokoena"
    text = ("Nana Kwame Asante II, the chief of Kelby, said the land was sacred. The chief warned miners to \"stay "
            "away\".\n")
    assert speakers(text)[-1][1] == "Kwame Asante"
    text = ('Nana Kwame Asante II, the chief of Kelby, spoke. "The land is sacred," he said. The chief warned miners '
            'to "stay away".')
    assert [s for _, s in speakers(text)] == ["Kwame Asante"] * 2  # (one name, the generation cut, either way)


# --- session 16 round 2: documents speak for their issuer ------------------------------------------------------

def test_a_document_issued_by_a_body_speaks_for_it():
    text = ('Night buses will stop at midnight, says a notice released by Ondra Transit Authority. '
            '"No route can run without drivers," the notice said.')
    assert speakers(text)[-1][1] == "Ondra Transit Authority"


def test_letters_from_a_firm_are_the_firm_s_when_the_letter_speaks():
    text = 'Tenants got letters from Brackwell Estates Ltd last week. "Your rent rises in April," the letter says.'
    assert speakers(text)[-1][1] == "Brackwell Estates Ltd"


def test_a_firm_s_disclosure_speaks_for_the_firm_with_a_dotted_legal_form():
    text = ("Morvan Cam Sanayi A.Ş. said in a disclosure that glass sales had halved. Its furnace is idle. "
            '"No buyer has come forward," the disclosure said.')
    assert speakers(text)[-1][1] == "Morvan Cam Sanayi A.Ş."


def test_a_ruling_and_a_communique_speak_for_the_body_named_before():
    text = ("The Pellam Rail Fares Board capped fares. In its ruling, the board said the depot was too dear. "
            '"Passengers should not pay for the new depot," the ruling states.')
    assert speakers(text)[-1][1] == "Pellam Rail Fares Board"
    text = ("Members of the Hobart Chess League voted to move the final. In a communiqué signed by the league's "
            'secretary, Ms Ada Quill, the league said every club agreed. "Every player will be told by letter," the '
            "communiqué read.")
    assert speakers(text)[-1][1] == "Hobart Chess League"


def test_a_judge_s_ruling_speaks_for_the_judge():
    text = ("Magistrate Ruth Abele fined the landlord. In her ruling, the magistrate said the flat was unsafe. "
            '"Mould covered every wall," the ruling read.')
    assert speakers(text)[-1][1] == "Ruth Abele"


def test_a_statement_in_an_aside_after_its_subject_is_the_subject_s():
    text = ("Corvane Dairies Limited, in a statement issued on Sunday, said the recall was over. Shoppers are wary. "
            '"Every batch was tested twice," the statement said.')
    assert speakers(text)[-1][1] == "Corvane Dairies Limited"


def test_a_review_panel_named_before_speaks_as_the_panel():
    text = ('The Tessly Arts Grants Panel gave the award to a choir. "Each bid had three readers," the panel said in its '
            'decision.')
    assert speakers(text)[-1][1] == "Tessly Arts Grants Panel"


def test_a_document_with_no_issuer_told_is_the_story_s_body():
    text = ("The Brenmoor Housing Board raised rents by 6 per cent. Tenants pay more from July. "
            '"The Board cannot fund repairs from the old rents," the notice states.')
    assert speakers(text)[-1][1] == "Brenmoor Housing Board"


def test_a_document_the_story_s_body_did_not_issue_is_not_its():
    # (residents sued the board: their lawsuit does not speak for the board)
    text = ("The Brenmoor Water Board raised tariffs by 9 per cent. Residents of Kelton sued the Brenmoor Water Board "
            'in March. "The rise was imposed without consultation," the lawsuit says.')
    assert speakers(text)[-1][1] == "lawsuit"


def test_an_officer_who_signed_a_document_is_not_its_voice():
    text = ("Kelby Cement Ltd cut its dividend. Its company secretary, Mr Jo Penrose, signed the notice on Friday. "
            '"Shareholders will be paid in June," the notice read.')
    assert speakers(text)[-1][1] == "notice"


# --- session 16 round 2: kin descriptions ----------------------------------------------------------------------

def test_a_kin_description_is_the_person_named_with_that_relation():
    text = ("Idris Vahl opened the school in 1990. His son, Oren Vahl, teaches there. He said the hall "
            'leaks. His father, who seldom gives interviews, said the school had "never shut for a day".')
    assert speakers(text)[-1][1] == "Idris Vahl"
    text = ("Pita Soloa, 70, fishes off the reef. Soloa's grandson, Lani, mends the nets. "
            '"He reads the tides better than I do," his grandfather said.')
    assert speakers(text)[-1][1] == "Pita Soloa"
    text = 'Her mother, Ines Dorrel, waited outside. "We want an apology," her mother said.'
    assert speakers(text)[-1][1] == "Ines Dorrel"


def test_a_kin_owner_of_the_other_sex_is_not_the_kin():
    # ("her mother" is not the father whose daughter the story names)
    text = ("Osman Derel said he would sell the bakery. Osman Derel's daughter, Ayla Derel, will run it. "
            '"She has the better head for figures," her mother said.')
    assert speakers(text)[-1][1] == "mother"


def test_an_age_before_a_role_is_the_role_s_holder():
    text = 'Haruto Imai still runs the bakery his aunt opened. "The oven is older than me," the 77-year-old owner says.'
    assert speakers(text)[-1][1] == "Haruto Imai"


def test_the_elder_and_the_younger_namesake_are_the_parent_and_the_child():
    text = ("Lin Bao-shan, the founder, will pass the brewery to his son, Lin Kai-wen, next year. "
            'Lin Kai-wen said the brewery "needs new tanks". The elder Lin, who still tastes each batch, calls the '
            'move "overdue".')
    assert speakers(text)[-1][1] == "Lin Bao-shan"
    text = text.replace("The elder Lin, who still tastes each batch,", "The younger Lin")
    assert speakers(text)[-1][1] == "Lin Kai-wen"


def test_a_pronoun_after_the_elder_namesake_is_the_parent():
    text = ("Lin Bao-shan will pass the brewery to his son, Lin Kai-wen. "
            'Analyst Wu Ting-fang says demand is flat. He calls it "a tired market". '
            "In the cellar, the elder Lin taps a cask from 1985. "
            '"This one is not for sale," he says.')
    assert speakers(text)[-1][1] == "Lin Bao-shan"


# --- session 16 round 2: a name's part on second mention -----------------------------------------------------

def test_a_given_name_alone_is_the_namesake_who_bears_it():
    from analysis.quotes import _canonical_name
    text = ("Gunnar Þór Ólafsson runs the ferry. His cousin, Steinþór Ólafsson, sells tickets. "
            '"The boat needs an engine," Steinþór said.')
    # (the surname names two cousins: the given name picks the one who bears it)
    assert _canonical_name("Steinþór", text) == "Steinþór Ólafsson"
    assert _canonical_name("Ólafsson", text) == "Gunnar Þór Ólafsson"


def test_a_surname_opening_with_an_okina_is_read_as_a_name():
    text = ('Board chair Malia Taufaʻao ʻOfanoa said the club would buy a bus. '
            '"Our juniors deserve to travel," Ms ʻOfanoa said.')
    assert speakers(text)[-1][1] == "Malia Taufaʻao ʻOfanoa"


# --- session 16 round 2: places and anonymous sources are no named speakers ----------------------------------

def test_a_sea_or_land_feature_is_no_person_s_name():
    from analysis.quotes import _is_person_name
    # ("he said" must not go to a place when the mention layer misreads it as a person)
    assert not _is_person_name("Pelling Sound") and not _is_person_name("Tarrow Strait")
    assert _is_person_name("Aputi Qilakuk")


def test_an_anonymous_trade_description_in_a_place_stays_anonymous():
    text = ("A hospital porter in Dunmore who has worked for both trusts, and who asked not to be named, said the "
            'wards were "always short of staff".')
    q = extract_quotes(Article.from_text(text))
    assert q.iloc[-1]["source_type"] == "anonymous" and q.iloc[-1]["speaker"] == "hospital porter in Dunmore"
    text = 'A dairy farmer from Brisk said the price was "far too low".'
    q = extract_quotes(Article.from_text(text))
    assert q.iloc[-1]["source_type"] == "anonymous"


def test_a_name_in_apposition_may_carry_its_firm_after_of():
    text = 'The tenants\' lawyer, Ana Rusu of Rusu, Pope and Partners, called the eviction "a plain breach".'
    assert speakers(text)[-1][1] == "Ana Rusu"


def test_a_name_then_a_capitalised_title_after_an_introductory_phrase_is_the_subject():
    text = ('Speaking at the launch, Dr. Hala Nasser Al-Ruwaih, Chief Operating Officer of Ruwaih Foods, said: '
            '"Local farmers will supply every ingredient."')
    assert speakers(text)[-1][1] == "Hala Nasser Al-Ruwaih"


def test_a_pronoun_after_the_office_opening_its_sentence_is_the_office_s_holder():
    text = ("The meeting, chaired by the Governor, Dr Efua Mensah-Bo, passed the budget.\n\n"
            "Nurses left. Their leader, Ken Abara, said it was rushed.\n\n"
            "A headman, Sam Oduro, said his clinic had no doctor. His nephew, Kofi Oduro, said he would go.\n\n"
            "Later, the Governor said she would visit the clinics.\n\n"
            '"I will not sign a budget that leaves a village without a doctor," she said.')
    assert speakers(text)[-1][1] == "Efua Mensah-Bo"


def test_a_quotation_after_a_relative_clause_s_verb_is_its_antecedent_s():
    text = 'Ana Pell said her shop had been sent late invoices by suppliers who cited "port delays".'
    q = extract_quotes(Article.from_text(text))
    assert q.iloc[-1]["speaker"] == "suppliers" and q.iloc[-1]["source_type"] == "anonymous"


def test_a_report_that_found_speaks_for_the_author_its_aside_names():
    text = 'A safety report, compiled by engineer Tomas van Rijn, found the bridge had "a loose bolt on every span".'
    assert speakers(text)[-1][1] == "Tomas van Rijn"
    text = 'Divers found the wreck had "a loose bolt on every span" after the storm.'
    assert speakers(text)[-1][1] is None


# --- session 16 round 3: review fixes --------------------------------------------------------------------------

def test_quoted_as_saying_yields_to_a_later_speech_verb_in_its_sentence():
    text = 'State media quoted Jo Varn as saying the talks were useful, but Ann Roe called them "a sham".'
    assert speakers(text) == [("a sham", "Ann Roe")]


def test_dotted_post_nominals_and_initials_after_a_person_s_name_are_no_company():
    from analysis.quotes import _describe
    for mention, name in (("Jo Doe Q.C.", "Jo Doe"), ("Dr Jane Roe M.D.", "Jane Roe"), ("Jo Doe J.P.", "Jo Doe")):
        assert _describe(mention, mention + " said so.")[::3] == (name, "person")
    assert _describe("Engineer Anand V.K.", "Engineer Anand V.K. said so.")[3] == "person"
    assert _describe("Ferro Holdings S.A.", "Ferro Holdings S.A. said so.")[3] == "group"


def test_a_name_with_glued_initials_in_apposition_after_a_role_is_the_speaker():
    text = 'Her brother, T.Doejav, who runs the mill in Ashby, described his father as "stubborn to the end".'
    assert speakers(text) == [("stubborn to the end", "T.Doejav")]
    text = "The guild's president, Kh.Doejav, said the trade had lost \"its memory\"."
    assert speakers(text) == [("its memory", "Kh.Doejav")]


def test_a_title_in_lower_case_or_abbreviated_before_an_appositive_name_is_skipped():
    text = ("The association's lawyer, mr. Jo de Kelby-Roe of Kelby & Roe Advocaten, said the valuations "
            'used "old prices".')
    assert speakers(text) == [("old prices", "Jo de Kelby-Roe")]
    text = '"Nobody came," Acme\'s medical director, Conf. univ. dr. Ana Ștefănescu-Roe, told reporters.'
    assert speakers(text) == [("Nobody came", "Ana Ștefănescu-Roe")]


def test_a_body_named_after_its_own_description_in_apposition_is_the_speaker():
    text = ("The yard's largest shareholder, the Doe family's investment company Kelby Holding AS, which holds "
            '34 percent, said in a brief comment that it "continues to support management".')
    assert speakers(text) == [("continues to support management", "Kelby Holding AS")]


def test_a_document_speaks_for_the_body_its_sentence_ties_it_to():
    text = ("The Kelby Fisheries Authority fined Doe Brandy on Monday. The written decision, published on the "
            'authority\'s website, is blunter. "The company knew what it was selling," the decision states.')
    assert speakers(text)[-1][1] == "Kelby Fisheries Authority"
    text = ("Ashby Borough Council will vote on the market hall on Tuesday. A report by council officers, published "
            'with the agenda, says stalls have emptied. "Without help the traders will leave," the report says.')
    assert speakers(text)[-1][1] == "Ashby Borough Council"


def test_a_written_opinion_from_a_body_named_with_a_possessive_is_that_body():
    text = ("The Kelby Water Board met on Monday. A written opinion from the board's Audit Committee, published with "
            'the papers, was critical. "The budget is not enough," the opinion reads.')
    assert speakers(text)[-1][1] == "Audit Committee"


def test_the_noun_that_introduced_a_company_stands_for_it_as_the_author_of_a_notice():
    text = ("Ferry operator Kelby Ferjer AS on Tuesday cancelled two ferries it had ordered at Ashby Yard ASA. "
            "The operator, which runs 23 routes, said in a stock exchange notice that it would seek repayment of "
            '$38.4 million. "The yard has missed every deadline," the notice said.')
    assert speakers(text)[-1][1] == "Kelby Ferjer AS"


def test_an_outlet_named_only_after_told_is_no_antecedent_of_he():
    text = '"Nobody came," the medical director told Kelby Insight. He called the rota "safe, but not sustainable".'
    assert speakers(text)[-1][1] == "medical director"


def test_the_office_a_copula_gives_a_name_makes_its_holder_the_speaker():
    text = ('Kelby University was founded in 2019. Its rector is Professor Jo Doe-Roe, a former dean. The ministry '
            'closed the university on Monday. The rector called the decision "disproportionate".')
    assert speakers(text) == [("disproportionate", "Jo Doe-Roe")]


def test_an_abbreviated_academic_title_before_a_judge_is_no_name():
    text = ("The lay judges and the presiding judge, Mag. Dr. Ana Roe-Kelby, found the accused guilty. Jo Doe had "
            'signed 23 agreements. "The court does not doubt his motives," the judge said.')
    assert speakers(text) == [("The court does not doubt his motives", "Ana Roe-Kelby")]


def test_a_second_mention_of_a_name_with_glued_initials_keeps_the_initials():
    text = ('The mill was founded by D.Doejav in 1994. His daughter, T.Oyun, runs it now. "He could not walk any '
            'more," Oyun said. "We had no buyers," Doejav told reporters in 2009.')
    assert speakers(text) == [("He could not walk any more", "T.Oyun"), ("We had no buyers", "D.Doejav")]


def test_a_document_owned_by_a_body_noun_speaks_for_the_body_so_named():
    text = ('The Kelby Fishery Licensing Committee cut the quota on Friday. The Ashby Research Trust had asked for a '
            'cut. The committee\'s decision notice says the stock "has declined to low levels".')
    assert speakers(text) == [("has declined to low levels", "Kelby Fishery Licensing Committee")]
    text = ('The Upper Kelby Water District will vote on Monday. "Water levels have declined by 1.6 feet a year," '
            "the district's management plan states.")
    assert speakers(text) == [("Water levels have declined by 1.6 feet a year", "Upper Kelby Water District")]


def test_a_consortium_is_a_body_a_later_the_consortium_stands_for():
    text = ('The Lower Kelby Villages Transport Consortium asked the airline for a daily flight. "The cuts put our '
            'residents at risk," the consortium wrote.')
    assert speakers(text) == [("The cuts put our residents at risk", "Lower Kelby Villages Transport Consortium")]


def test_a_directive_is_a_document_that_speaks_for_its_issuer():
    text = ('The Kelby Insurance Commission issued a directive to Doe Assurance on Monday. "Claims were left '
            'unpaid for months," the directive states.')
    assert speakers(text) == [("Claims were left unpaid for months", "Kelby Insurance Commission")]


def test_an_outlet_named_after_told_is_no_antecedent_of_it():
    text = ('The Kelby Insurance Commission fined Doe Assurance $250,000 on Monday, its director told Kelby '
            'Business. It called the delays "systemic".')
    assert speakers(text) == [("systemic", "Kelby Insurance Commission")]


def test_a_title_for_a_seat_then_a_name_in_apposition_is_the_named_member():
    text = 'Opposition MP for Kelby North and Ashby, Mr Jo Doe-Roe, called the delays "a scandal".'
    assert speakers(text) == [("a scandal", "Jo Doe-Roe")]


def test_a_body_that_wrote_with_its_abbreviation_in_brackets_speaks_in_the_letter():
    text = ('The Kelby and Ashby Association of School Principals (KAASP) wrote to the Minister of Education on '
            'Monday. "Schools have run out of money," the letter reads.')
    assert speakers(text) == [("Schools have run out of money", "Kelby and Ashby Association of School Principals")]


def test_a_company_noun_with_lower_case_modifiers_is_the_company_just_named():
    text = ('Kelby Bergbahnen GmbH & Co KG runs the lift. Its former manager Jo Doe was convicted on Monday. The '
            'cable car company said in a written statement that it "takes note of the verdict".')
    assert speakers(text) == [("takes note of the verdict", "Kelby Bergbahnen GmbH & Co KG")]
    text = 'Kelby Bergbahnen GmbH & Co KG runs the lift. The rival company said it "takes note of the verdict".'
    assert speakers(text) == [("takes note of the verdict", "rival company")]


def test_a_person_or_a_body_told_to_act_is_no_outlet():
    text = 'The board told John Smith to resign on Friday. "I will not go quietly," he said.'
    assert speakers(text) == [("I will not go quietly", "John Smith")]
    text = 'Police told Jane Doe her son had died. "I was terrified," she said.'
    assert speakers(text) == [("I was terrified", "Jane Doe")]
    text = 'The regulator told Acme Holdings to repay customers. "We will comply," it said.'
    assert speakers(text) == [("We will comply", "Acme Holdings")]


def test_a_capitalised_modifier_blocks_the_company_just_named():
    text = ('Jo Doe said Acme agreed to buy Kelby Gmbh of Munich for $2 million. The American company said: '
            '"We are pleased."')
    assert speakers(text)[-1][1] != "Kelby Gmbh of Munich"


def test_a_body_named_inside_a_prepositional_phrase_of_the_appositive_is_no_speaker():
    text = ("The union's general secretary, a member of the ruling party Kelby Democratic Alliance, said: "
            '"We will strike."')
    assert speakers(text) == [("We will strike", "union's general secretary")]


def test_a_past_copula_names_no_present_holder():
    text = ('Its chief executive was John Smith until 2020, when he was replaced. "Sales fell," the chief '
            'executive said.')
    assert speakers(text) == [("Sales fell", "chief executive")]


def test_a_place_abbreviation_glued_to_a_body_is_no_name_initials():
    text = 'Shares rose after the U.S.Treasury acted. "We are pleased," Treasury said.'
    assert speakers(text) == [("We are pleased", "Treasury")]


def test_a_sentence_ending_on_a_word_that_is_also_a_title_abbreviation_ends():
    text = ('Jo Doe spoke at the annual trade conf. Ann Roe, the chief executive of Acme, was there. "We are '
            'growing fast," she said.')
    assert speakers(text) == [("We are growing fast", "Ann Roe")]


def test_a_source_who_did_not_want_to_be_named_stays_anonymous():
    text = ("Milk prices fell again. A dairy farmer near Tarnwell, who did not want to be named, said the cut was "
            "\"one blow too many\". A haulier in Kelby, who declined to be identified, called it \"the last straw\".\n")
    got = speakers(text)
    assert [q for q, _ in got] == ["one blow too many", "the last straw"]
    assert not {s for _, s in got} & {"Tarnwell", "Kelby"}


def _partials(text):
    q = extract_quotes(Article.from_text(text))
    return [(t.rstrip(",."), s) for t, s, k in zip(q["text"], q["speaker"], q["kind"]) if k == "partial"]


def test_describing_a_long_object_as_quotes_the_subject():
    text = ('The farm minister, Anna Berg, described the Danish position on winter pork as "immovable" on '
            'Friday.')
    assert _partials(text) == [("immovable", "Anna Berg")]


def test_a_passive_describing_verb_makes_its_subject_no_speaker():
    text = ('Senator Ada Morrow was described by colleagues in her own party as "a maverick" on Tuesday.\n\n'
            'Tom Brack, the mayor, has been described in several newspaper profiles over the years as "ruthless".')
    q = extract_quotes(Article.from_text(text))
    assert q["speaker"].tolist() == [None, None]


def test_what_a_described_subject_called_in_the_past_is_its_words():
    text = 'The mill swapped its annual bonus for what the union called "a lottery ticket" in May.'
    assert _partials(text) == [("a lottery ticket", "union")]


def test_a_figure_in_the_object_of_a_calling_verb():
    text = 'Its chairman, Tom Reed, called the 40% levy "arbitrary" and said the group would fight it.'
    assert _partials(text) == [("arbitrary", "Tom Reed")]


def test_a_quoted_word_after_an_indefinite_article_in_a_claim_is_the_speakers():
    text = 'Economist Jane Roe of Kelby Bank said the levy would have a "modest" effect on bread prices.'
    assert _partials(text) == [("modest", "Jane Roe")]


def test_a_body_leader_named_later_in_the_story_speaks_for_its_title():
    text = ('Harbour Bank cut its forecast on Tuesday, citing what its chief executive called "a long, slow '
            'squeeze" on families.\n\n"We see more customers fall behind on their loans," chief executive Jane '
            'Roe told analysts. Finance chief Tom Reed said costs would fall.')
    assert speakers(text)[0] == ("a long, slow squeeze", "Jane Roe")


def test_a_leader_of_another_body_named_later_does_not_speak_for_its_title():
    text = ('Harbour Bank shares fell after the lender missed its targets, a shortfall its chief executive blamed on '
            '"a perfect storm".\n\nKelby Trust chief executive Jane Roe said demand for loans remained strong.')
    assert speakers(text)[0][1] != "Jane Roe"
    text = ('Harbour Bank shares fell after the lender missed its targets, a shortfall its chief executive blamed on '
            '"a perfect storm".\n\nJane Roe, Kelby Trust\'s chief executive, said demand for loans remained strong.')
    assert speakers(text)[0][1] != "Jane Roe"


def test_a_body_leader_is_the_subject_of_a_reduced_relative_naming_verb():
    text = ('Harbour Bank lost money. "We see more customers fall behind," chief executive Jane Roe told '
            'analysts.\n\nThe bank blamed a slowdown its chief executive described as "the worst in a generation".')
    assert speakers(text)[-1] == ("the worst in a generation", "Jane Roe")


def test_the_holder_named_after_a_body_and_whose_role_speaks():
    text = ("The plan was backed by the Kelby Traders' Forum, whose chief executive, Tom Reed, said it was "
            '"a vote of confidence in the high street".')
    assert speakers(text) == [("a vote of confidence in the high street", "Tom Reed")]
    text = 'The Harbour Group, its chair, Ann Lee, said the move was "long overdue" for the town.'
    assert speakers(text) == [("long overdue", "Ann Lee")]


def test_a_fronted_adverbial_of_place_is_no_speaker():
    text = ("Elsewhere in the market hall, the Liberal Party's candidate, Sam Ode, conceded that his party had "
            'been "squeezed" by tactical voting.')
    assert speakers(text) == [("squeezed", "Sam Ode")]


def test_a_named_analyst_at_a_firm_speaks_not_the_firm():
    text = ('Shares in Kelby Foods rose 4% on Thursday. Raj Patel at Morrow Lane & Co said the rise was '
            '"real but fragile", noting that margins fell.')
    assert speakers(text) == [("real but fragile", "Raj Patel")]


def test_a_quoted_nickname_inside_a_name_does_not_stop_the_attribution():
    text = ('The port owners said automation was needed.\n\n"We are not against the future, we are against losing '
            'our jobs," union president Robert "Bobby" Tanaka told a rally on Sunday.')
    q = extract_quotes(Article.from_text(text))
    row = q[q["text"].str.startswith("We are")].iloc[0]
    assert (row["speaker"], row["role"]) == ("Robert Tanaka", "union president")
    assert q[q["text"] == "Bobby"]["kind"].tolist() == ["term"]


def test_an_office_holders_office_speaks_for_the_named_holder():
    text = ('MPs voted to summon Health Minister Jo Dane over a grant to a clinic.\n\nIn a statement, the '
            'minister\'s office said the grant had been approved "at arm\'s length" by officials.')
    assert speakers(text) == [("at arm's length", "Jo Dane")]
    text = 'A new board was named. The premier\'s office said it had "full confidence" in the board.'
    assert speakers(text)[0][1] != "Jo Dane"


def test_an_office_speaks_for_no_past_shadow_or_second_holder_of_its_title():
    text = ('Mayor Ana Kell met the unions on Tuesday. Former mayor Tom Brack criticised the plan.\n\n'
            '"The mayor remains committed to the city," the mayor\'s spokesman said.')
    assert speakers(text) == [("The mayor remains committed to the city", "Ana Kell")]
    text = ('Sen. Ada Morrow wrote to the bank on Monday. The letter followed a hearing chaired by Sen. Lee Vance.'
            '\n\n"The senator expects a full response," the senator\'s office said.')
    assert speakers(text)[0][1] not in ("Ada Morrow", "Lee Vance")
    text = ('Governor Ana Kell signed the bill. Kelby Governor Tom Brack criticised it on the radio.\n\n'
            '"This is a disaster for the state," the governor\'s office said in a statement.')
    assert speakers(text)[0][1] not in ("Ana Kell", "Tom Brack")
    text = ('Rail Minister Ana Kell visited the station, and the shadow minister, Tom Brack, called the delays '
            '"unacceptable".\n\n"The minister has been clear about the timetable," the minister\'s office said.')
    assert speakers(text)[-1] == ("The minister has been clear about the timetable", "Ana Kell")


def test_quoted_words_in_the_object_of_found_are_no_finding():
    text = 'Investigators found a note with the words "I\'m sorry" next to the body.'
    assert extract_quotes(Article.from_text(text))["speaker"].tolist() == [None]
    text = 'The inquiry found a folder marked "Top Secret" in the basement of the town hall.'
    assert extract_quotes(Article.from_text(text))["speaker"].tolist() == [None]
    text = 'The inquiry found that the council had "repeatedly failed" to act on the warnings.'
    assert extract_quotes(Article.from_text(text))["speaker"].tolist() == ["inquiry"]


def test_a_finding_bodys_quoted_word_is_its_words_but_not_the_polices():
    text = ('Kelby Water was fined £20m after the regulator found the company had let sewage into rivers and had '
            '"misled" inspectors about its meters.\n\nPolice found the car had "vanished" overnight.')
    q = extract_quotes(Article.from_text(text))
    assert q["kind"].tolist() == ["partial", "term"]
    assert q["speaker"].tolist()[0] == "regulator"


def test_an_aside_between_spaced_hyphens_before_the_verb_is_skipped():
    text = ('The Kelby Party backed the plan on Monday.\n\nIts chief executive, Dr Rosa Lane - no relation to the '
            'party leader - said the coal mines would "lock in emissions for 30 years."')
    assert speakers(text) == [("lock in emissions for 30 years", "Rosa Lane")]


def test_a_participle_after_a_noun_gives_no_subject_to_a_coordinated_verb():
    text = ('Councillor Hamish Lee said the group would table a motion asking the auditor to examine the deal, and '
            'described the scheme as "a consultant paradise and a ratepayer nightmare."')
    assert speakers(text) == [("a consultant paradise and a ratepayer nightmare", "Hamish Lee")]


def test_a_month_abbreviation_before_a_day_ends_no_subject():
    text = ('The Kelby Deposit Agency, which seized the bank on Oct. 17 and sold its branches to a rival, said in '
            'a written statement to the committee that it had "raised concerns on many occasions."')
    assert speakers(text) == [("raised concerns on many occasions", "Kelby Deposit Agency")]


def test_a_relative_clause_describing_the_quotation_gives_no_speaker():
    text = ('Jane Roe said the firm would not close any shops "as a result of this merger," a phrase that some '
            'traders said left the door open to closures.')
    assert speakers(text) == [("as a result of this merger", "Jane Roe")]


def test_a_name_after_a_present_tense_locative_inversion_is_the_topic_for_she():
    text = ('Ella Ward runs the farm with her husband. "We hire forty pickers a season," she says.\n\nNext to him '
            'on the trailer is Zelia da Costa, 29, from Baucau. She says the hardest part is not the heat but the '
            'sap.\n\n"The first week my arms were red all over," she says.')
    assert speakers(text)[-1] == ("The first week my arms were red all over", "Zelia da Costa")


def test_a_name_after_an_article_and_a_lower_case_role_opens_its_sentence_for_he():
    text = ('"A strike helps nobody," Miguel Tavares said.\n\nThe labour lawyer Joaquim Oliveira, who has advised '
            'workers, said the firm could change a bonus only with notice. He described a change imposed in one '
            'month as "legally vulnerable".')
    assert speakers(text)[-1] == ("legally vulnerable", "Joaquim Oliveira")


def test_a_name_after_an_article_and_a_noun_is_no_subject_in_a_relative_clause_or_after_a_function_word():
    text = ('Ian Lee chaired the hearing on Monday.\n\nThe employer Tom Brack worked for went bust. "We want '
            'answers," he said.')
    assert speakers(text) == [("We want answers", "Ian Lee")]
    text = ('Ian Lee was under pressure on Tuesday.\n\nThe day after Tom Brack, his deputy, resigned, Lee faced '
            'questions in parliament. "We will not change course," he said.')
    assert speakers(text) == [("We will not change course", "Ian Lee")]
    from analysis.quotes import _Resolver

    text = "The team under Tom Brack, the coach, won the cup in May."  # ("under": no agent noun, no role)
    assert not _Resolver(Article.from_text(text))._is_subject(text.index("Tom"))


def test_title_abbreviations_between_a_role_and_a_name_keep_the_name_a_subject():
    text = ('"A strike helps nobody," Miguel Tavares said.\n\nThe Oporto labour lawyer Sr. Dr. Joaquim Tavora de '
            'Almeida, who has advised workers, said the firm could change a bonus only with notice. He described a '
            'change imposed in one month as "legally vulnerable".')
    assert speakers(text)[-1] == ("legally vulnerable", "Joaquim Tavora de Almeida")


def test_a_statement_given_as_the_means_of_a_past_verb_is_its_subjects():
    text = ('The European Commission wants data centres to report their water use by 2027, officials said on '
            'Monday.\n\n"The rules are fair," said Jan Smit, a Commission adviser.\n\nNorway’s energy minister, Kari '
            'Lundberg, whose country hosts 40 large data centres, defended the Norwegian position in a statement to '
            'this newspaper.\n\n"Norway supports the aim. We want a law that works," the statement said.')
    assert speakers(text)[-1] == ("Norway supports the aim. We want a law that works", "Kari Lundberg")


def test_a_body_noun_in_a_summary_stands_for_the_body_named_later():
    text = ('Families waited for hours outside Elm Creek Middle School. The district admits its alerts were "far too '
            'slow."\n\nBy Dana Wells\n\nELM CREEK, Ore. - A bomb threat emptied a middle school on Monday.\n\nHarlow '
            'Valley Unified School District Superintendent Mark Olsen said in a statement that staff had followed the '
            'plan "to the letter."')
    assert speakers(text)[0] == ("far too slow", "Harlow Valley Unified School District")


def test_the_noun_a_body_is_described_by_stands_for_it():
    text = ('Kelby-based Marsh Valley Health will leave the network of Northgate Insurance Co. on May 1 unless the '
            'two sides agree, the nine-hospital system said Friday.\n\nNorthgate has offered 2%, below what the system '
            'called "the bare cost of staying open."')
    assert speakers(text)[-1] == ("the bare cost of staying open", "Marsh Valley Health")
    text = ('Marsh Valley Health, a nonprofit system, runs nine hospitals. It will leave the network of Northgate '
            'Insurance Co. on May 1.\n\nNorthgate has offered 2%, below what the system called "the bare cost of '
            'staying open."')
    assert speakers(text)[-1] == ("the bare cost of staying open", "Marsh Valley Health")


def test_the_noun_of_a_source_who_asked_not_to_be_named_is_that_source():
    text = ('Jo Rivera, the bank\'s chairman and chief executive, told analysts last month that the company was '
            '"well capitalized."\n\nA Kelby Bank executive, who spoke on condition of anonymity because he was not '
            'authorized to discuss the matter, said the bank had weighed a deal but decided against it.\n\n"It would '
            'have looked like we were buying a vote," the executive said.')
    assert speakers(text)[-1] == ("It would have looked like we were buying a vote", "Kelby Bank executive")
    text = ('Most investors are pleased. Jo Grant, a general partner at Kelby Ventures, which led the round, called '
            'the spending "the best use of capital I have seen."\n\nNot every backer is so sure. A partner at another '
            'firm with a stake in the lab, who asked not to be named because the firm\'s position is private, said '
            'some investors had doubts.\n\n"It is a lovely lab. I would like to see a lovely profit attached to it," '
            'the partner said.')
    assert speakers(text)[-1][1] == "partner"


def test_the_initials_of_a_cabinet_secretary_stand_for_the_one_so_titled():
    text = ('Farmers in Kelby County say they have not been paid for maize delivered in March.\n\nTrade and Industry '
            'Cabinet Secretary Dr Jane Wanjiru Mwangi said she had asked the board for a "full account" of payments.'
            '\n\n"Nobody will sit on farmers\' money. People will be held responsible," the CS told the Senate '
            'committee on Tuesday.')
    assert speakers(text)[-1][1] == "Jane Wanjiru Mwangi"


def test_a_call_after_a_dated_article_is_a_noun_and_a_possessive_description_gives_the_name_after_it():
    text = ('Kelby Health\'s finance chief, Ann Pruett, said the system had cash for 190 days.\n\nIts counterpart at '
            'Northgate Holdings Inc., CFO Joanna Reid, told investors on a Feb. 22 earnings call that the insurer '
            'expected "a handful of noisy renegotiations" this year.')
    assert speakers(text)[-1] == ("a handful of noisy renegotiations", "Joanna Reid")


def test_a_name_before_a_multi_word_title_of_a_body_and_a_relative_clause_is_the_speaker():
    text = ('Kelby Bank has won a licence to open a branch in Riyadh, it said on Monday.\n\nIn Riyadh, Omar bin Khalid '
            'Al Rashed, Managing Director of Dunmore Capital Company, which advised the bank on its licence '
            'application, said the process had been "smooth and quick".')
    assert speakers(text)[-1] == ("smooth and quick", "Omar bin Khalid Al Rashed")


def test_a_role_noun_of_a_title_s_kind_tells_again_the_person_introduced_after_a_headline():
    text = ('Senator Bako quits ruling party over new map\n\nSenator Musa Bako on Wednesday formally left the ruling '
            'party for the opposition, citing the redrawing of seats in his zone.\n\nThe lawmaker announced his move '
            'in a letter read on the floor of the Senate.\n\nHe accused the boundary commission of moving three wards '
            'out of his district "to favour one person".')
    assert speakers(text)[-1] == ("to favour one person", "Musa Bako")


def test_a_headline_role_without_its_article_stands_for_the_holder_the_story_names():
    text = ('Sovereign fund to back lender\'s push into Oman; chairman calls stake "a vote of confidence in our banks"'
            '\n\nKelby Commercial Bank said on Monday that the Dunmore Investment Authority would buy a 9% stake for '
            '$400 million.\n\nSheikh Omar bin Salem Al Rashed, Chairman of Kelby Commercial Bank, described the '
            'investment as "a vote of confidence in our banks and in our strategy".')
    assert speakers(text)[0] == ("a vote of confidence in our banks", "Omar bin Salem Al Rashed")


def test_blaming_a_cause_and_emailing_give_the_words_to_their_subject():
    text = ('Shares in Kelby Tools plc fell 20% on Thursday after the retailer cut its profit forecast.\n\nThe company '
            'blamed a "sudden and severe" slowdown in home improvement spending.\n\nI asked the company about the '
            'cut. A spokesperson for Kelby Tools emailed: "The slowdown is temporary, and we expect trading to '
            'recover next year."')
    assert speakers(text) == [("sudden and severe", "Kelby Tools plc"),
                              ("The slowdown is temporary, and we expect trading to recover next year",
                               "Kelby Tools plc")]


def test_a_letter_is_the_words_of_the_pronoun_subject_of_the_sentence_that_names_it():
    text = ('Kelby Mining Corp has spent $2bn on its new smelter this year, and some investors are unhappy.\n\nA '
            'smaller activist fund, Harrow & Pike Capital, went further. In a letter to the board published in '
            'November, it called for the project to be paused. The letter described the spending as "a plan in '
            'search of a purpose".')
    assert speakers(text)[-1] == ("a plan in search of a purpose", "Harrow & Pike Capital")


def test_a_letter_the_group_wrote_is_the_body_described_as_a_group():
    text = ('Kelby Hospital Group will close the maternity unit at Ashby General in June, the company said on Monday.'
            '\n\nAshby Parents Alliance, a parents\' group with about 4,000 members, called the news "a shock".\n\nIts '
            'founder, Jo Dunne, a member of Ashby Borough Council, said the group had written to the company asking '
            'it to keep the unit open until December. The letter, seen by the Herald, says that "women are being '
            'abandoned at the last moment".')
    assert speakers(text)[-1] == ("women are being abandoned at the last moment", "Ashby Parents Alliance")


def test_he_after_another_unnamed_source_is_that_source():
    text = ('"He was right about the cloud when the board thought he was wrong," said Tom Baird, who left the firm in '
            'May.\n\nAnother former engineer, who worked on the new plant until this summer and spoke on condition of '
            'anonymity, was blunter. "There is a version of this where it all works and we all look foolish," he '
            'said.')
    assert speakers(text)[-1] == ("There is a version of this where it all works and we all look foolish",
                                  "former engineer")


def test_an_organisation_noun_stands_for_the_subject_of_the_sentence_before_not_its_object():
    text = ('The premier froze power prices for two years on Monday.\n\nKelby Power Corporation, which serves 600,000 '
            'homes, had applied to the Tarn Energy Rates Board for a 3.5 per cent rise in each of the next two '
            'years.\n\nIn a statement, the utility said it would "respect the wishes of its shareholder", but warned '
            'the freeze would add to its debt.')
    assert speakers(text)[-1] == ("respect the wishes of its shareholder", "Kelby Power Corporation")


def test_it_in_a_sentence_opened_by_a_body_noun_is_the_body_so_named_later():
    text = ('THE KELBY SENTINEL\nBUSINESS\n\nRegulator orders insurer to settle storm claims\n\nBy JO DOE\nBusiness '
            'Editor\n\nThursday, October 14, 2027\n\n'
            'THE insurance regulator has ordered a home insurer to settle more than 400 old storm claims within 60 '
            'days, and fined it $250,000 for what it called "systemic" delays in handling them.\n\nThe Kelby Insurance '
            'Conduct Commission (KICC) said yesterday it had issued a directive to Ashby Mutual Assurance Company '
            'Limited after an inspection found that 412 claims were still open.\n\n"Claims were routinely left without '
            'an adjuster\'s report for months," the directive states.')
    assert [s for _q, s in speakers(text)] == ["Kelby Insurance Conduct Commission"] * 2


def test_a_lone_word_that_stands_for_the_opening_of_a_firm_s_name_is_no_antecedent_of_he():
    text = ('Her son works at Kelby Nickel & Cobalt Corp.\'s new plant south of town.\n\nThe Liberal candidate, Darren '
            'Kowal, is a 51-year-old paramedic who has never run for office.\n\nMr. Kowal rejected the idea that the '
            'plant\'s troubles were the government\'s fault. Nickel prices had fallen by a third since construction '
            'began, he said, and that was "not something a prime minister can fix with a speech".')
    assert speakers(text)[-1] == ("not something a prime minister can fix with a speech", "Darren Kowal")


def test_a_document_that_said_speaks_for_its_issuer():
    text = ('Kelby Compute Inc. sold $7.5 billion of bonds on Wednesday, people familiar with the deal said.\n\nThe '
            'money will go in part toward a lease with Ashby Digital LLC for a campus near Abilene, the people said.'
            '\n\nA Kelby spokesperson declined to comment on the lease, referring to a statement that said the company '
            'would use the proceeds for "general corporate purposes."')
    assert speakers(text)[-1] == ("general corporate purposes", "Kelby Compute Inc.")


def test_the_subject_of_a_headline_s_first_verb_says_the_words_after_a_bare_says():
    text = ('Boundaries: Senator Bako dumps PUA for APRC, says "they cheated Kelby South"\n\nFrom our correspondent, '
            'Abuja\n\nThe senator representing Kelby South, Senator Musa Bako, on Wednesday formally left the ruling '
            'Progressive Unity Alliance (PUA) for the opposition All People\'s Reform Congress (APRC), citing the '
            'redrawing of seats in his zone.')
    assert speakers(text) == [("they cheated Kelby South", "Musa Bako")]


def test_a_description_and_a_name_in_apposition_before_a_colon_introduce_the_quotation():
    text = ('Kelby Capital, the London activist fund, wrote to the board in May calling for a review.\n\nIts founder, '
            'Ines Valle, sent me a short email last night: "We said in May the board was looking at the share price '
            'instead of the business."')
    assert speakers(text)[-1][1] == "Ines Valle"


def test_a_sentence_ending_in_a_colon_introduces_the_quotation_in_the_next_paragraph():
    text = ('Kelby Capital, the London activist fund, wrote to the board in May calling for a review.\n\nIts founder, '
            'Ines Valle, sent me a short email last night:\n\n"We said in May the board was looking at the share price '
            'instead of the business."')
    assert speakers(text)[-1][1] == "Ines Valle"


def test_a_quotation_in_a_bulleted_line_is_the_words_of_the_speaker_who_introduces_the_list():
    text = ('Shares in Kelby Tools plc fell 20% on Thursday.\n\nHere is what Kelby Tools plc, the FTSE 250 retailer, told '
            'the market yesterday:\n\n• Profit will be well below forecasts.\n• Chief executive Jo Doe will step down at '
            'the end of the year "to let the board begin a new chapter".\n• The dividend is under review.\n\nThe shares '
            'fell 31%.')
    assert speakers(text) == [("to let the board begin a new chapter", "Kelby Tools plc")]


def test_an_agent_noun_stands_for_the_named_agent_of_its_participle():
    text = ('City pulls $40 million from Kelby Harbor over foreclosures\n\nCouncil vote \'sends a clear message,\' '
            'sponsor says; bank calls move \'pure theater\'\n\nKELBY - The City Council voted 6-3 on Tuesday to move '
            '$40 million in city deposits out of Kelby Harbor Bancorp Inc.\n\nThe measure, sponsored by Councilwoman '
            'Ann Whitfield, directs the finance department to shift the money to two smaller banks.')
    assert speakers(text)[0] == ("sends a clear message", "Ann Whitfield")
    text = ('The fund was founded by Jo Marsh in 2009 and now manages $4bn.\n\n"We were never in this for the '
            'quick win," the founder said.')
    assert speakers(text)[-1] == ("We were never in this for the quick win", "Jo Marsh")


def test_a_description_whose_words_a_body_s_name_holds_stands_for_that_body():
    text = ('The premier of Kelby froze power prices for two years on Monday.\n\nKelby Power Corporation, which supplies '
            'electricity to 600,000 homes, had applied to the Kelby Utilities Review Board for a 3.5 per cent rise.\n\n'
            'Finance Minister Jo Marsh said the freeze would help families.\n\nThe review board, which would normally '
            'hold public hearings on rate applications, said it would issue a notice "in due course".')
    assert speakers(text)[-1] == ("in due course", "Kelby Utilities Review Board")


# --- speakers round 2, review fixes (session 17): negative tests on the constructions a review found ---

def test_the_speaker_of_a_sentence_about_another_body_is_not_that_body():
    text = ('Kelby Air cancelled 300 flights on Tuesday as its cabin crew walked out in a dispute over pay, the biggest '
            'disruption at the carrier in years.\n\nKelby Air has refused to improve its offer, the union said.\n\n'
            '"Our members have had enough," the union said.')
    assert speakers(text)[-1][1] != "Kelby Air"
    text = ('Ashby Gas halted supplies to Kelbia on Saturday, citing a payment dispute, in the latest move to squeeze '
            'the region\'s energy markets.\n\nAshby Gas had warned of the cut on Friday, the economy ministry said.\n\n'
            '"Kelbia does not depend on this gas," the ministry said in a statement.')
    assert speakers(text)[-1][1] != "Ashby Gas"


def test_the_subject_of_the_sentence_before_is_no_firm_noun_when_another_firm_is_its_object():
    text = ('Council rejects housing plan\n\nKELBY (Reuters) - A council in southern Kelbia has rejected plans for 500 '
            'new homes on green belt land, in a setback for the drive to speed up housebuilding across the country.\n\n'
            'Ashby District Council on Tuesday rejected a bid by Marlow Homes Ltd to build on the site.\n\n"We will '
            'appeal this decision," the developer said.')
    assert speakers(text)[-1][1] != "Ashby District Council"
    text = ('Rail delays go to court\n\nKELBY (Reuters) - Trains across Kelbia ran late for a third week, in the worst '
            'run of delays the network has seen in a decade.\n\nAshby Rail Ltd has sued Kelby Trains Ltd over the '
            'delays. "We will defend ourselves," the operator said.')
    assert speakers(text)[-1][1] != "Ashby Rail Ltd"
    text = ('Council backs riverside homes\n\nKELBY (Reuters) - A council in northern Kelbia has approved plans for 300 '
            'new homes on a former factory site, the largest scheme in the town for a decade.\n\nAshby Borough Council '
            'approved the plan on Tuesday after a four-hour meeting.\n\n"We are delighted with the decision," the '
            'developer said.')
    assert speakers(text)[-1][1] != "Ashby Borough Council"  # (a public body is no developer)


def test_a_person_whose_name_opens_a_body_s_name_is_still_a_he_or_she():
    text = ('Ashcombe warns party over treaty stance\n\nKELBY (Reuters) - Former premier Tom Ashcombe on Tuesday urged '
            'his old party to back a second vote on the treaty, in a speech hosted by the Tom Ashcombe Institute for '
            'Public Policy.\n\nAshcombe said he was worried about the direction of the party. "We are sleepwalking '
            'into disaster," he said.')
    assert speakers(text)[-1][1] == "Tom Ashcombe"


def test_a_document_someone_appears_in_or_is_named_in_is_not_theirs():
    text = ('A Republican group launched a $2 million ad campaign on Tuesday targeting Senator Jane Marsh of '
            'Kelbia, one of the most vulnerable incumbents in next year\'s elections.\n\nMarsh appeared in an ad '
            'released by the committee. The ad called her "a rubber stamp" for the White House.')
    assert speakers(text)[-1][1] != "Jane Marsh"
    text = ('Investors in a collapsed Kelby fund went to court on Tuesday seeking $40 million from its former '
            'managers.\n\nAnn Marsh was named in a lawsuit filed by investors. The lawsuit said she had "misled" them.')
    assert speakers(text)[-1][1] != "Ann Marsh"


def test_it_after_a_body_in_the_passive_with_its_agent_is_the_agent():
    text = ('Kelby Chemicals sues environment agency\n\nKELBY (Reuters) - Kelby Chemicals Inc on Tuesday sued the '
            'Kelbian Environmental Protection Agency over new limits on emissions from its plants, the latest legal '
            'challenge to the rules.\n\nThe agency was sued by Kelby Chemicals over what it called "arbitrary and '
            'unlawful" limits.')
    assert speakers(text)[-1] == ("arbitrary and unlawful", "Kelby Chemicals Inc")


def test_an_office_noun_is_not_the_agent_of_its_participle():
    text = ('A review commissioned by Home Secretary Ann Marsh found on Tuesday that the Kelby police had failed to '
            'tackle misconduct, adding to pressure on the force\'s leaders.\n\nThe force\'s oversight body also '
            'published its findings. "We have lost the trust of the public," the commissioner said.')
    assert speakers(text)[-1][1] != "Ann Marsh"
    text = ('Prosecutors on Tuesday charged a former portfolio manager at Kelby Capital with defrauding investors.\n\n'
            'The fund, managed by Tom Reed until 2019, lost most of its value. Ann Park, a manager at a rival firm, '
            'said the losses were no surprise. "Everyone knew," the manager said.')
    assert speakers(text)[-1][1] != "Tom Reed"


def test_a_judging_verb_as_a_participle_after_its_noun_quotes_no_one():
    text = ('Shares in Kelby Foods fell on Tuesday after a watchdog report.\n\nThe company accused of "greenwashing" '
            'its products denied wrongdoing.')
    assert speakers(text) == [("greenwashing", None)]


def test_a_quotation_after_headlined_or_captioned_is_a_title():
    text = ('Senator Jane Marsh\'s campaign came under fire on Tuesday over a fundraising appeal that critics said '
            'exploited a flood in her home state.\n\nThe campaign emailed supporters a link to a news story headlined '
            '"Marsh fights back." Her opponent texted voters a photo captioned "Where was Jane?"')
    assert [s for _, s in speakers(text)] == [None, None]


def test_a_headline_s_plural_noun_before_a_reaction_verb_is_no_subject_s_verb():
    text = ('Kelby tweets spark outrage, says "he\'s a disgrace"\n\nKELBY (AP) - Senator Tom Reed on Tuesday '
            'criticised President Jo Kelby after a series of early-morning posts attacking a soldier\'s family, saying '
            'the president had crossed a line.')
    assert speakers(text)[0][1] != "Jo Kelby"


def test_a_member_of_parliament_named_with_a_long_role_is_the_mp():
    text = ('The Member of Parliament for Kelby Eastern, Ann Roe-Doyle, said she supported investment but wanted '
            '"guarantees on paper".\n\n"I have seen big promises made to this town before," the MP said.')
    assert speakers(text)[-1] == ("I have seen big promises made to this town before", "Ann Roe-Doyle")


def test_a_title_before_for_and_a_portfolio_is_in_the_holders_role():
    from analysis.quotes import _Resolver

    text = 'Federal Minister for Power Tariq Mehmood met central bank governor Ayesha Siddiqui on Monday. She left.'
    hit = _Resolver(Article.from_text(text))._role_holder(["the", "minister"], len(text))
    assert hit and hit[0] == "Tariq Mehmood"


def test_a_role_in_a_headline_is_the_person_the_story_names_later_with_that_role():
    text = ('Port ferries two years late\n\nAgency chief admits "we should have walked away" from shipyard deal\n\n'
            'By Ian Roe\n\nAna Kell, chief executive of Kelby Ports and Vessels Agency, told MSPs yesterday that the '
            'agency had raised concerns from 2017.\n\nShe said the board had been given poor advice.')
    assert speakers(text) == [("we should have walked away", "Ana Kell")]
    text = ('Council backs housing plan\n\nMayor casts deciding vote as iwi trust chair warns of "another broken '
            'promise"\n\nBy Ian Roe\n\nThe council voted 7-6 on Tuesday to back the plan.\n\nTrust chair Ana Kell '
            'told councillors the iwi had raised its concerns at every stage.')
    assert speakers(text) == [("another broken promise", "Ana Kell")]
    text = ('Tariffs approved\n\nKelby\'s economy minister warns of "a trade war nobody wins"\n\nBy Ian Roe\n\nThe '
            'tariffs were approved on Friday. Kelby\'s economy minister, Tom Brack, called the outcome a mistake.')
    assert speakers(text) == [("a trade war nobody wins", "Tom Brack")]
    text = ('Grant row\n\nStartup says demand is "real, not hype"; ministry says grant was lawful\n\nBy Ian Roe\n\nThe '
            'grant was approved in May. Ana Kell, director general of the ministry, said the rules were followed.')
    assert speakers(text)[0][1] != "Ana Kell"  # (a ministry is no person's role)


def test_a_surname_inside_a_name_of_three_words_is_that_person():
    text = ('The central bank raised its rate on Tuesday. Governor Rodrigo Benavente Solar said the board had acted.'
            '\n\nBenavente said inflation was falling. "We acted in time," he said.')
    assert speakers(text) == [("We acted in time", "Rodrigo Benavente Solar")]
    text = ('Buyers met the developer on Monday. Its adviser, Priscilla Tan Mei Ying, said the account was safe.\n\n'
            '"The money is protected," said Ms Tan.')
    assert speakers(text) == [("The money is protected", "Priscilla Tan Mei Ying")]


def test_given_names_before_a_patronymic_particle_stand_for_the_full_name():
    text = ('Buyers met the developer on Monday. Among them was teacher Siti Aminah binte Yusof, 34.\n\n'
            '"We just want the keys," said Ms Siti Aminah.')
    assert speakers(text) == [("We just want the keys", "Siti Aminah binte Yusof")]


def test_the_dad_of_three_is_the_man_just_named():
    text = ('TV chef Tom Brack told a court his former partner Ann Roe treated their gin firm like a cash machine.\n\n'
            'Giving evidence at the High Court in London, the dad-of-three said: "I trusted her with everything."')
    assert speakers(text) == [("I trusted her with everything", "Tom Brack")]


def test_the_noun_after_another_unnamed_holder_is_that_source_not_a_named_one():
    text = ('"This raises questions," said Ann Roe, senior analyst, Kelby Equities.\n\nAnother analyst with a '
            'domestic brokerage, who did not want to be named, said the growth had been fast. "Something usually '
            'gives," the analyst said.')
    assert speakers(text)[-1][1] != "Ann Roe"


def test_a_surname_inside_a_shows_title_is_no_persons_full_name():
    text = ('Sitting down with Kelby TV\'s "The Ann Roe Show" on Thursday, the senator spoke about trade.\n\n'
            '"It is a hard year," Roe said.')
    assert speakers(text)[-1][1] != "Ann Roe Show"


def test_a_lone_capitalised_title_word_in_a_headline_is_no_role_of_a_person_named_later():
    text = ('State calls 22 emails "top secret"\n\nBy Ian Lee\n\nThe emails were released on Friday. State '
            'Department spokesman Tom Brack said the agency had not decided.')
    assert speakers(text)[0][1] != "Tom Brack"


def test_a_role_in_apposition_with_no_article_does_not_take_the_president_from_the_one_so_titled():
    text = ('President Ann Roe spoke in Kelby on Monday about guns. Tom Brack, president of the Kelby Campaign, '
            'disagreed with her.\n\n"We need to act," the president said.')
    assert speakers(text) == [("We need to act", "Ann Roe")]


# --- session 17, speakers round 5: review of round 3 -----------------------------------------------------------

def test_a_finding_bodys_quoted_object_of_found_is_its_finding():
    for text, said in [('The tribunal found "a climate of bullying" at the depot.', "tribunal"),
                       ('The watchdog found a "reckless culture" in the lending team.', "watchdog"),
                       ('The court found the new bylaw "unlawful".', "court")]:
        assert extract_quotes(Article.from_text(text))["speaker"].tolist() == [said]
    for text in ['The panel found a banner "Staff only" over the shed door.',
                 'The tribunal found a card "for Mum" in the drawer.']:
        assert extract_quotes(Article.from_text(text))["speaker"].tolist() == [None]


def test_a_word_inside_a_three_word_name_is_not_another_persons_surname():
    text = ('Sen. Ann Kell Dorrance of Kelby backed the bill on Monday.\n\n'
            'Mr. Kell, a retired miner, said the bill was "a gift to the cities."')
    assert extract_quotes(Article.from_text(text))["speaker"].tolist() != ["Ann Kell Dorrance"]
    text = ('Rep. Mara Kell Dorrance of Kelby introduced the bill. Republicans led by Sen. Kell opposed it.\n\n'
            '"This is a waste of money," Kell said.')
    assert speakers(text) != [("This is a waste of money", "Mara Kell Dorrance")]
    text = ('Rep. Nora Jackson Dorrance of Kelby criticised the plan on Monday.\n\n'
            '"This is a crisis at the border," Jackson told reporters.')
    assert speakers(text) != [("This is a crisis at the border", "Nora Jackson Dorrance")]


def test_a_headlines_role_is_not_its_former_holders():
    text = ('Prime minister vows to "fight on"\n\nFormer prime minister Jo Kell\'s allies met on Monday.\n\n'
            'Prime Minister Ann Roe told MPs she would not resign.')
    assert speakers(text) == [("fight on", "Ann Roe")]


def test_a_headlines_role_word_is_the_head_of_the_roles_it_matches():
    text = ('Union chief warns of "a long strike"\n\nJo Doe, the union\'s chief negotiator, said talks had stalled.'
            '\n\nUnion chief Kel Roe said members would walk out next month.')
    assert speakers(text)[0] == ("a long strike", "Kel Roe")
    text = 'Agency chief admits "we failed"\n\nJo Doe, the agency\'s chief executive, spoke on Monday.'
    assert speakers(text) == [("we failed", "Jo Doe")]


def test_an_office_speaks_for_its_holder_not_a_deputy_or_a_state_namesake():
    text = ('Gov. Ann Kell signed the bill. Lt. Gov. Jo Doe was absent.\n\n'
            '"The governor is pleased," the governor\'s office said.')
    assert speakers(text) == [("The governor is pleased", "Ann Kell")]
    text = ('State Sen. Jo Doe and U.S. Sen. Kel Roe toured the plant.\n\n'
            '"The senator backs the workers," the senator\'s office said.')
    assert speakers(text) == [("The senator backs the workers", "Kel Roe")]


def test_a_passive_naming_verb_may_have_a_plain_adverb_before_it():
    from analysis.quotes import _named_passively
    for text in ['Kel Roe is often described as "a maverick"', 'Kel Roe was also called "a maverick"']:
        assert _named_passively(text, 0, text.index('"'))
    text = 'Kel Roe often described him as "a maverick"'
    assert not _named_passively(text, 0, text.index('"'))


# --- session 17, final review (quotes side) ---

def test_an_inner_surname_needs_a_known_given_name_of_the_addresss_sex():
    text = ('Rep. Dorrit Kell Marwood of Kelby said she would retire. "I am finished," she said.\n\n'
            'Her former driver, Mr. Kell, said he had expected it. "She was worn out," Mr. Kell said.')
    assert speakers(text)[-1] == ("She was worn out", "Kell")
    text = ('Justice Oyelaran Roe Dunmore pressed the government lawyer. The lawyer for the growers, Mr. Roe, said '
            'the rule was unlawful.\n\n"The law is plain," Mr. Roe told the court.')
    assert speakers(text)[-1] == ("The law is plain", "Roe")


def test_a_given_name_written_before_a_hyphened_given_name_is_the_surname():
    text = ('Trade chief Paul Lee Wing-kit spoke to reporters on Monday.\n\n'
            '"Exports will recover," Mr Lee said.')
    assert speakers(text) == [("Exports will recover", "Paul Lee Wing-kit")]


def test_a_headlines_role_is_not_a_deputys():
    text = ('Finance minister says "no new taxes"\n\nDeputy Finance Minister Jo Kell opened the debate on Monday. '
            'Finance Minister Ann Roe then told MPs the budget would balance.')
    assert speakers(text) == [("no new taxes", "Ann Roe")]


def test_a_passive_naming_verb_with_an_adverb_names_no_speaker():
    text = 'Senator Kel Roe is often described as "the voice of the farm belt."'
    assert extract_quotes(Article.from_text(text))["speaker"].tolist() == [None]


# --- final review of session 17: a surname inside a longer name, described again after the full name ---

def test_a_surname_inside_a_name_described_again_by_the_holders_role_or_age_is_that_person():
    text = ('MADRID (Wire) - Prime Minister Pablo Ferrán Ortuño said on Friday he would not resign.\n\n'
            'The prime minister, Mr. Ferrán, told parliament the claims were false. Mr. Ferrán, 52, has led the '
            'government since 2019.\n\n"I will continue," Mr. Ferrán said.\n\n'
            'Opposition candidate Xiomara Beltrán Ruiz said the government was finished. "It is over," Ms. Beltrán said.')
    assert speakers(text) == [("I will continue", "Pablo Ferrán Ortuño"), ("It is over", "Xiomara Beltrán Ruiz")]


def test_a_surname_inside_a_name_after_another_role_is_still_someone_else():
    text = ('Justice Ketra Brown Lisle wrote the opinion.\n\nThe lawyer for the challengers, Mr. Brown, said the '
            'ruling was wrong. "The statute is clear," Mr. Brown told reporters.')
    assert speakers(text)[-1] == ("The statute is clear", "Brown")


def test_a_pronoun_set_off_inside_a_clause_is_not_that_clauses_subject():
    text = ('Sen. Delphine Reed spoke first. "We will not fold," Reed said.\n\nRep. Corisande Okonjo-Marsh, who '
            'opposed the bill, said the party had "lost its way." Reed, she added, was "a good friend, but wrong '
            'on this."')
    assert speakers(text)[-1][1] == "Corisande Okonjo-Marsh"
    text = ('"We cannot sell the parks," Councilwoman Ann Bellweather said.\n\nMayor Gloria Stanhope-Kade defended '
            'the plan. Bellweather, she said, was "right about the libraries, and I will back her on that."')
    assert speakers(text)[-1][1] == "Gloria Stanhope-Kade"
    text = ('"I have done nothing wrong," the striker Dario Harris said.\n\nTom Reed, the club chairman, said the '
            'coach had "lost the dressing room." Harris, he said, had been "given every chance."')
    assert speakers(text)[-1][1] == "Tom Reed"


@pytest.mark.parametrize("text, who", [
    ('Jane Doe spoke to reporters outside the court. "I am relieved," she said.', "Jane Doe"),
    ('Asked about the vote, Jane Doe said she was "not worried at all."', "Jane Doe"),
    ('Jane Doe arrived late. The plan, she said, was "never going to work."', "Jane Doe"),
    ('Jane Doe, 52, said she was "shocked and saddened" by the ruling.', "Jane Doe"),
    ('Jane Doe spoke after the vote. Doe\'s lawyer, she said, had "done nothing for months."', "Jane Doe"),
    ('Tom Reed spoke after the match. The referee, he said, had "lost control of the game."', "Tom Reed"),
])
def test_a_parenthetical_pronoun_after_no_name_keeps_its_antecedent(text, who):
    assert speakers(text)[-1][1] == who


def test_the_words_after_an_institution_noun_and_its_preposition_are_no_person():
    text = ('Economist Dr. Petra Lindqvist-Oduya of the Kelby Institute for Transport Economics said the fares '
            'were too high.\n\n"Nobody rides a bus for fun," she said.')
    assert speakers(text)[-1][1] == "Petra Lindqvist-Oduya"
    text = ('Paul Johnson of the Institute for Fiscal Studies said taxes would rise. "It is a big squeeze," he said.')
    assert speakers(text)[-1][1] == "Paul Johnson"


@pytest.mark.parametrize("text, who", [
    ('The Secretary of State for Health Sajid Javid spoke on Monday. "We will not back down," he said.',
     "Sajid Javid"),
    ('Speaking at the Council of Europe, Jane Doe said the rules were "out of date." "We need a new treaty," she '
     'said.', "Jane Doe"),
    ('Jane Doe, a fellow at the Center for American Progress, said the bill was "cruel." "It will hurt children," '
     'she said.', "Jane Doe"),
    ('Tom Reed, head of the Department for Education, said schools were "on their knees." "Teachers are leaving," '
     'he said.', "Tom Reed"),
    ('The Minister for Jobs Simon Harris said the figures were "very encouraging." "We are on track," he said.',
     "Simon Harris"),
    ('The Office of Juliana Ferreira-Blake, the state treasurer, said the audit was "routine." "Nothing was '
     'found," Ferreira-Blake said.', "Juliana Ferreira-Blake"),
])
def test_a_person_named_after_a_body_or_title_with_a_preposition_stays_a_person(text, who):
    assert speakers(text)[-1][1] == who


def test_a_name_after_a_participle_or_a_second_name_in_a_headline_casts_no_sex_vote():
    from analysis.quotes import _genders
    text = ('Mayor Thaddeus Okoro spent the debate on the attack, accusing Corisande Vale-Ruiz of hiding the cost. '
            'He called her budget "a fantasy."')
    assert "Corisande Vale-Ruiz" not in _genders(text)  # (the "He" is the mayor's)
    text = ('Okoro, Vale-Ruiz clash over housing\n\nThe veteran mayor called his rival\'s plan "a fantasy."\n\n'
            'Mayor Thaddeus Okoro and challenger Corisande Vale-Ruiz met on Tuesday.')
    assert "Corisande Vale-Ruiz" not in _genders(text)  # (the "his" is the mayor's)


@pytest.mark.parametrize("text, name, sex", [
    ('Health Minister Corisande Vale-Ruiz said the rules would change.\n\nThe minister said she had asked for a '
     'report.', "Corisande Vale-Ruiz", "f"),
    ('Thaddeus Okoro was elected in May. The former teacher said he would cut taxes.', "Thaddeus Okoro", "m"),
    ('Tom Reed, Corisande Vale-Ruiz and others met the board.\n\nShe said the talks went well.',
     "Corisande Vale-Ruiz", "f"),
    ('Voters backed Thaddeus Okoro, who said he was humbled.', "Thaddeus Okoro", "m"),
    ('Thaddeus Okoro rose to speak. The mayor, he said, would not resign.', "Thaddeus Okoro", "m"),
    ('The council met on Monday, welcoming Corisande Vale-Ruiz as its chair. She said she was honoured.',
     "Corisande Vale-Ruiz", None),  # (was "f": the participle rule abstains here, no vote rather than a wrong one)
    ('The mayor backed the plan, inviting Corisande Vale-Ruiz to use her office for the talks.',
     "Corisande Vale-Ruiz", "f"),  # (a pronoun in the participle's own clause still votes)
])
def test_the_sex_votes_of_ordinary_names_stay(text, name, sex):
    from analysis.quotes import _genders
    assert _genders(text).get(name) == sex


_FILLER = (' The two met at a school gym. About 300 people came. The hall was hot. Tickets sold out in a day. '
           'Parking was scarce.')


def test_the_title_after_a_decks_definite_description_is_its_one_named_holder():
    text = ('Okoro, Vale-Ruiz clash over roads\n\nThe Republican governor called his rival\'s plan "a hole with a '
            'bow on it."\n\nKELBY — Gov. Thaddeus Okoro and challenger Corisande Vale-Ruiz clashed over roads on '
            'Friday.' + _FILLER + '\n\n"Jobs are coming," the governor said.')
    assert speakers(text)[-1][1] == "Thaddeus Okoro"


@pytest.mark.parametrize("text, who", [
    ('A senior governor, who asked not to be named, called the plan "a fantasy."\n\nGov. Thaddeus Okoro spoke '
     'later.' + _FILLER + '\n\n"Jobs are coming," the governor said.', "senior governor"),
    ('Gov. Thaddeus Okoro and Gov. Corisande Vale-Ruiz met on Friday.' + _FILLER + ' One governor called the deal '
     '"a start."\n\n"Jobs are coming," the governor said.', "governor"),
    ('Former Gov. Thaddeus Okoro spoke first.' + _FILLER + ' The governor called the plan "a fantasy."\n\n"Jobs are '
     'coming," the governor said.', "governor"),
    ('The senator, who asked not to be named, said the bill was "dead."\n\nSen. Corisande Vale-Ruiz disagreed.'
     + _FILLER + '\n\n"We have the votes," the senator said.', "senator"),
    ('The mayor called the plan "a fantasy."\n\nMayor Thaddeus Okoro and Mayor Corisande Vale-Ruiz met on Friday.'
     + _FILLER + '\n\n"We have the votes," the mayor said.', "mayor"),
])
def test_an_unnamed_or_ambiguous_title_stays_unnamed(text, who):
    assert speakers(text)[-1][1] == who


def test_the_agency_is_the_rating_agency_named_before():
    text = ('Ashcombe Ratings Services cut the firm\'s outlook to negative on Tuesday.\n\nThe firm spent $40 billion '
            'last year.\n\nThe agency said the pace of spending left "limited headroom."')
    assert speakers(text)[-1][1] == "Ashcombe Ratings Services"


@pytest.mark.parametrize("text, who", [
    ('The Food Standards Agency warned Kelby Catering Services over hygiene. "We found mice," the agency said.',
     "Food Standards Agency"),
    ('Kelby Financial Services was fined £2m by the Financial Conduct Authority. "The failings were serious," the '
     'agency said.', "Financial Conduct Authority"),
    ('Kelby Health Services runs the clinic. A spokesman for the Kelby Housing Agency said the agency would '
     '"review the case."', "Kelby Housing Agency"),
    ('Kelby Cleaning Services won the contract. "We are delighted," the company said.', "Kelby Cleaning Services"),
    ('The Kelby Transportation Department fined the airline. "Passengers were stranded," the agency said.',
     "Kelby Transportation Department"),
])
def test_the_agency_prefers_a_body_named_agency_nearby(text, who):
    assert speakers(text)[-1][1] == who


def test_a_definite_speaker_before_a_prepositional_aside_is_resolved_without_it():
    text = ('Kelby Telecom Inc. agreed on Monday to buy Ashby Mobile Ltd. for $4 billion.\n\nThe Provincial Spectrum '
            'Board must approve the deal. Ashby Mobile shares rose 12 per cent.\n\n"This is a great day," Kelby '
            'Telecom chief executive Tom Reed said.\n\nThe board, in a brief statement, said it would "assess the '
            'application on its merits."')
    assert speakers(text)[-1][1] == "Provincial Spectrum Board"
    text = ('Kelby Water, the utility, raised bills on Monday.\n\nCustomers were angry.\n\nThe company, in a '
            'statement, said the rise was "unavoidable."')
    assert speakers(text)[-1][1] == "Kelby Water"


@pytest.mark.parametrize("text, who", [
    ('Police were called to the house on Monday.\n\nThe man, in his 40s, said he had been "attacked without '
     'warning."', "man"),
    ('The woman, from Leeds, said she was "terrified."', "woman"),
    ('The union, in a letter to members, called the offer "an insult."', "union"),
    ('Tom Reed, in a statement released by his lawyer, said he was "innocent."', "Tom Reed"),
    ('Mayor Jo Doe met the union on Monday.\n\nTalks went on late.\n\nDoe, in an interview on Tuesday, said the deal '
     'was "close."', "Jo Doe"),
])
def test_an_aside_after_an_ordinary_speaker_changes_nothing(text, who):
    assert speakers(text)[-1][1] == who


def test_a_headline_quotation_takes_the_speaker_of_the_story_quotation_that_repeats_it():
    text = ('KBL bad loans jump to 9% as review bites; chairman says worst is "behind us"\n\nBy Jo Writer\n\nMUMBAI: '
            'Kelby Bank Ltd reported a loss of Rs 300 crore on Tuesday. Bad loans rose to 9 per cent of the book.\n\n'
            '"We took the pain upfront, and the worst of it is behind us," Mr Reddy said.\n\nShares fell 3 per cent.')
    assert speakers(text)[0] == ("behind us", "Reddy")
    text = ('Kelby bets on AI\n\nThe group will spend $40bn on data centres. Its chief executive calls it "the '
            'cheapest insurance we will ever buy"\n\nTom Okafor-Lind has never been shy. But when the chief executive '
            'of Kelby Inc. told investors that the group would spend $40bn, even his aides were surprised.\n\nOn the '
            'call he described it as "the cheapest insurance we will ever buy" against rivals.')
    assert speakers(text)[0][1] == "Tom Okafor-Lind"
    text = ('Clinic cuts travel allowance; "We will sell our goats to pay for the motel," says mother\n\nBy Jo Writer'
            '\n\nThe Kelby health board has cut the daily allowance for patients sent abroad to $40.\n\nTeuila '
            'Marsters-Vaine, whose son needs surgery, spoke at the meeting. "We will sell our goats to pay for the '
            'motel if we have to," she said.')
    assert speakers(text)[0][1] == "Teuila Marsters-Vaine"


_BANK = ('\n\nKelby Bank reported a profit of $40m on Tuesday after three years of losses. Bad loans fell to 4 per '
         'cent of the book.\n\n')


@pytest.mark.parametrize("text, who", [
    ('Reed: worst is "behind us"' + _BANK + '"The worst is behind us," said Jane Doe, an analyst.', None),
    ('Union warns of "chaos" at Kelby Bank' + _BANK + 'Tom Reed, the union\'s leader, said there would be "chaos on '
     'Monday".', "Union"),
    ('Analyst says worst is "behind us"' + _BANK + '"The worst is behind us," one analyst said.', "Analyst"),
    ('A senior official called the plan "a disaster"' + _BANK + '"It is a disaster," Jo Doe said.', "senior official"),
    ('Kelby Bank swings to profit; chairman says worst is "behind us"' + _BANK + 'Chairman Tom Reed said the losses '
     'were over. Analyst Jane Doe said the worst was "not behind us yet".', "Tom Reed"),
    ('KBL swings to profit; chairman says worst is "behind us"' + _BANK + 'Analyst Jane Doe said the worst was "not '
     'behind us yet".', None),
])
def test_a_headline_quotation_keeps_its_speaker_when_no_named_person_repeats_it(text, who):
    assert speakers(text)[0][1] == who


def test_a_persons_spokesperson_speaks_for_that_person():
    text = ('Sir Anthony Pelling-Vose, the chairman, was not at the meeting. A spokesman for Sir Anthony said the '
            'chairman had "full confidence" in the board.')
    assert speakers(text)[-1][1] == "Anthony Pelling-Vose"
    text = ('The chef Danny Mulrooney-Pike has been sued by his former partner. Danny\'s spokesman said the chef had '
            '"tried everything" to settle.')
    assert speakers(text)[-1][1] == "Danny Mulrooney-Pike"
    text = 'Tom Reed, 45, was arrested on Monday. A spokesman for Mr Reed said he "denies any wrongdoing".'
    assert speakers(text)[-1][1] == "Tom Reed"


@pytest.mark.parametrize("text, who", [
    ('Kelby Council will close the pool. A spokesman for Kelby Council said the decision was "final".',
     "Kelby Council"),
    ('A Downing Street spokesman said the Prime Minister had "full confidence" in the chancellor.',
     "Downing Street spokesman"),
    ('A spokeswoman for the Prime Minister said the claims were "nonsense".', "spokeswoman for the Prime Minister"),
    ('A spokesman for Kelby Police said officers were "making inquiries".', "Kelby Police"),
    ('Jo Doe, a spokesman for Tom Reed, said the senator was "resting".', "Jo Doe"),
    ('A spokesman for the family said they were "devastated".', "spokesman for the family"),
    # a surname alone that is also a firm's name (review of session 18): the firm's spokesperson, not its founder's
    ('Kelby is recalling 200,000 pickup trucks over a brake fault. Executive chairman Bill Kelby said last month the '
     'company would put quality first.\n\n"We are acting out of caution," said a spokesman for Kelby.',
     "spokesman for Kelby"),
    ('Tarnwell Technologies will cut 6,000 jobs. Founder Michael Tarnwell has said the firm must adapt.\n\n'
     '"These are difficult decisions," a spokeswoman for Tarnwell said.', "spokeswoman for Tarnwell"),
])
def test_a_bodys_or_an_unnamed_spokesperson_is_unchanged(text, who):
    assert speakers(text)[-1][1] == who


def test_a_name_after_a_participle_and_a_persons_noun_in_apposition_is_the_speaker():
    text = ('Residents packed the hall on Monday. Another resident, retired engineer Tomasz Kowalewski-Ruane, who '
            'lives near the site, said the generators would be "running all night".')
    assert speakers(text)[-1][1] == "Tomasz Kowalewski-Ruane"
    text = ('A residents group opposes the plan. Its founder, retired accountant Gloria Weatherspoon-Hale, said '
            'commissioners had "sold the river".')
    assert speakers(text)[-1][1] == "Gloria Weatherspoon-Hale"


@pytest.mark.parametrize("text, who", [
    ('A man, named locally as Tom Reed, said he had been "attacked".', "man"),
    ('A lawyer, representing Tom Reed, said the charges were "baseless".', "lawyer"),
    ('A source, briefed by Tom Reed, said the deal was "dead".', "source"),
    ('A neighbour, retired since 2010, said the noise was "unbearable".', "neighbour"),
    ('A protester, wearing Tom Reed masks, said the rally was "peaceful".', "protester"),
    ('A senior officer, speaking to reporters, said the search was "ongoing".', "senior officer"),
])
def test_a_participle_aside_after_a_description_names_no_speaker(text, who):
    assert speakers(text)[-1][1] == who


def test_a_he_after_an_unnamed_captain_is_the_captain_not_a_named_woman_before():
    text = ('"Keep every receipt," said the network\'s director, Ulrike Haavisto-Brand.\n\nNot all pilots support the '
            'action. A captain with 22 years at the airline, who asked not to be named because he was not '
            'authorised to speak, said younger pilots were worried.\n\n"The public is tired of us," he said.')
    assert speakers(text)[-1][1].startswith("captain")  # (anonymous: not the director named before)


def test_a_named_persons_description_opening_a_sentence_after_the_last_speaker_is_the_newer_subject():
    text = ('Judge Rosamund Achterberg-Lyle said she would sentence Tom Reed on Friday. Defending, Yasmin '
            'Chaudhry-Patel said her client was sorry.\n\n"He is not a sophisticated fraudster," she said.\n\n'
            'The judge rejected that description. She said the offending had been "planned and predatory".')
    assert speakers(text)[-1][1] == "Rosamund Achterberg-Lyle"


@pytest.mark.parametrize("text, who", [
    ('"I am tired of the status quo," the singer Jo Doe said.\n\nThe actress said she wanted change. "Things will '
     'really explode," she said.', "Jo Doe"),
    ('"We will appeal," Jane Roe said.\n\nThe minister, she added, had "failed every family in this town."',
     "Jane Roe"),
    ('"We will appeal," Jane Roe said.\n\nThe ruling was a blow. She said the family would "keep fighting."',
     "Jane Roe"),
    ('Mayor Tom Reed opened the meeting. "We will appeal," councillor Jane Roe said.\n\nA resident shouted from the '
     'back. She said the council had "lied for years."', "resident"),
    ('Health Minister Ann Cole spoke first. "We will appeal," Jane Roe said.\n\nThe woman then left the room. She '
     'said later she was "disgusted."', "Jane Roe"),
    ('"We will appeal," Jane Roe said.\n\nThe Minister for Enterprise, Trade and Employment, Tom Hale, said he was '
     'disappointed by the timing.\n\nLocal councillor Orlaith Byrne-Kelleher, who raised the cuts, said the firm '
     'had benefited from State support.\n\n"They were happy to take grants when it suited them," she said.',
     "Orlaith Byrne-Kelleher"),
])
def test_the_last_speaker_stays_the_pronouns_antecedent_without_a_named_description_since(text, who):
    assert speakers(text)[-1][1] == who


def test_a_name_in_apposition_after_a_titled_possessors_role_is_the_speaker():
    text = ('Mr Barraclay of Kelby Capital said the plan was weak. Mr Barraclay\'s colleague at Kelby, Rupert '
            'Oyelowo-Finch, said the spending now looked "very hard to justify".')
    assert speakers(text)[-1][1] == "Rupert Oyelowo-Finch"


@pytest.mark.parametrize("text, who", [
    ('Tom Reed founded the firm. Mr Reed\'s company, Kelby Holdings, said the claims were "false".', "Kelby Holdings"),
    ('Ann Doe died in May. Mrs Doe\'s daughter said she was "heartbroken".', "Mrs Doe's daughter"),
    ('Dr Amara Singh could not be reached. Dr Singh\'s office said she was "travelling".', "Dr Singh's office"),
    ('Sen. Jo Doe is running again. Sen. Doe\'s campaign, Doe for Kelby, said the poll was "encouraging".',
     "Doe for Kelby"),
    ('Tom Reed was charged on Monday. Mr Reed\'s lawyer, Jane Doe, said the charges were "baseless".', "Jane Doe"),
])
def test_a_titled_possessors_description_without_a_name_after_it_is_unchanged(text, who):
    assert speakers(text)[-1][1] == who


def test_the_agency_is_the_body_called_an_agency_before_a_rating_agency_named_later():
    # review of session 18: "Ratings" and "Services" make a rating agency "the agency" only when no body called an
    # agency was named before
    text = ('The Environment Agency has issued flood warnings across Kelbyshire. Tarnwell Global Ratings said insurers '
            'faced large losses.\n\n"People should not attempt to drive through flood water," the agency said.')
    assert speakers(text)[-1][1] == "Environment Agency"
    # (with no such body before, the rating agency still speaks: test_the_agency_is_the_rating_agency_named_before)


def test_a_he_or_she_after_a_person_of_a_body_is_the_person_not_the_body():
    text = ('Veteran campaigner Dr Jane Holloway of Parents for Safe Streets & Road Safety Britain said the crash '
            'fit what she called "a pattern we have seen for ten years".\n\n'
            '"Every year is the same story and nobody listens to us," she said.')
    assert [s for _q, s in speakers(text)] == ["Jane Holloway", "Jane Holloway"]
    text = ('Chief Mary Redcloud of the Silver Lake Cree Nation, whose land includes the mine site, said her people '
            'had been talking with the company for years.\n\n'
            '"We were told this mine was going ahead no matter what," she said.')
    assert speakers(text)[-1][1] == "Mary Redcloud"


def test_a_body_next_to_a_person_leaves_other_readings_alone():
    # must not fire: a body named alone, a person named with a body, a body's member and a place
    for text, who in [
        ('Tom Reed met Mary Jones of the National Trust on Monday.\n\n"We will fight this," she said.', "Mary Jones"),
        ('Jane Roe of the Kelby Tenants Union spoke at the rally.\n\n"Nobody listens to tenants," said Tom Reed, '
         'its treasurer.\n\n"We will be back," she said.', "Jane Roe"),
        ('Mary Jones, head of the Kelby Arts Trust, said funding was cut.\n\n"It is a blow," she said.', "Mary Jones"),
        ('Kelby Arts Trust director Mary Jones said funding was cut.\n\n"It is a blow," she said.', "Mary Jones"),
        ('Senator Tom Reed of Ohio said the bill was "dead".\n\n"It will not pass," he said.', "Tom Reed"),
    ]:
        assert speakers(text)[-1][1] == who


def test_a_role_opening_the_sentence_then_a_name_in_apposition_is_that_person():
    text = ('The Kelby Housing Trust said rents would rise.\n\n'
            'Chief Executive of KHT, Dr Tom Reed, said in London that the rise was "the best we can do" this year.')
    assert speakers(text)[-1][1] == "Tom Reed"
    text = ('The committee met on Monday.\n\nChairman of the committee, Senator (Chief) Tom Reed, described the '
            'payments as "the worst waste I have seen" and asked for records.')
    assert speakers(text)[-1][1] == "Tom Reed"


def test_a_role_then_a_place_or_a_body_after_the_comma_is_no_apposed_person():
    # must not fire: a place, a body or a list after the comma
    assert speakers('The mayor of Springfield, Illinois, said the plan was "a disaster for the town".')[-1][1] \
        == "mayor of Springfield"
    assert speakers('The president of the company, Acme Holdings, said profits were "strong".')[-1][1] \
        == "Acme Holdings"
    assert speakers('Head of the unit, Jane Roe, said the cuts were "deep and unfair".')[-1][1] == "Jane Roe"
    assert speakers('Its chief executive, Jane Roe, said the cuts were "deep and unfair".')[-1][1] == "Jane Roe"
    assert speakers('Doctors at the Royal Free, Hampstead, said the cases were "rare".')[-1][1] \
        == "doctors at the Royal Free"


def test_a_person_called_by_the_given_names_after_a_form_of_address_is_the_one_so_named_in_full():
    text = ('Ms Siti Mariam Abdul Karim, who chairs the committee, spoke on Monday.\n\n'
            '"I had mothers telling me they were stuck for hours," Ms Siti Mariam said.')
    assert speakers(text)[-1][1] == "Siti Mariam Abdul Karim"
    text = ('Shaikh Khalid bin Rashid Al Amri, the port chairman, spoke on Monday.\n\n'
            '"Our location is our greatest asset," Shaikh Khalid told a press conference.')
    assert speakers(text)[-1][1] == "Khalid bin Rashid Al Amri"


def test_a_given_and_family_name_is_not_a_longer_name_of_a_son_a_place_a_body_or_two_people():
    # must not fire: a generation suffix, a park, a foundation, a hospital, two people with those first words
    for text in ['Tom Reed Jr. runs the farm his father built.\n\n"It was hard work," said Tom Reed, 81.',
                 'Tom Reed Jr runs the farm his father built.\n\n"It was hard work," said Tom Reed, 81.',
                 'The rally was held at Tom Reed Park on Sunday.\n\n"It was a great day," Tom Reed said.',
                 'Tom Reed Hospital opened a ward on Monday.\n\n"We are proud," said Tom Reed, its founder.']:
        assert speakers(text)[-1][1] == "Tom Reed"
    assert speakers('Jane Roe Smith and Jane Roe Brown both ran.\n\n"It was close," Jane Roe said.')[-1][1] \
        == "Jane Roe"
    assert speakers('The Mary Jones Foundation gave $1m.\n\n"We are grateful," Mary Jones said.')[-1][1] \
        == "Mary Jones"
    text = ('Kelby Arches Regeneration and Housing LLP won the contract.\n\nKelby Arches said in a statement that '
            'the hall would keep "the character of the building".')
    assert speakers(text)[-1][1] == "Kelby Arches Regeneration and Housing LLP"  # (the company's short form: no
    # person's longer name; the mention layer reads the name whole across "and" since session 33)


def test_a_description_is_not_taken_for_the_person_quoted_just_before():
    # an epithet ("the former footballer", "the veteran farmer") was tried as the person quoted just before and
    # dropped: a review (session 18) found it giving the words of the person described earlier to the one quoted
    # last (the first five probes below); a description stays a description unless a rule ties it to a name
    for text, who in [
        ('Gary Lanning, who scored 48 goals for England, will present the show. Director general Tim Davey said the '
         'deal was done. "We have reached an agreement," Mr Davey said.\n\n"I am glad to be back," the former '
         'footballer said.', "former footballer"),
        ('The tribunal heard that Peter Grant, a solicitor for 30 years, had taken £400,000. Tribunal chairman Sarah '
         'Hill said: "This was a grave breach of trust."\n\n"I deeply regret my actions," the veteran solicitor said '
         'in a statement.', "veteran solicitor"),
        ('Among them was Pat Rourke, a dairy farmer who has milked cows for 50 years. Association president Frank '
         'Gorton spoke first. "We cannot go on like this," he said.\n\n"I have never seen anger like it," the '
         'veteran farmer said.', "veteran farmer"),
        ('Michael Cole, the developer\'s former lawyer, took the stand. The defence attorney Todd Blane questioned '
         'him. "You lied under oath, didn\'t you?" Mr Blane asked.\n\n"I did," the former lawyer said.',
         "Michael Cole"),  # (the person the story describes so)
        ('Club captain Tom Reed welcomed guests, among them 94-year-old Bill Jones, a member since 1950.\n\n"It is a '
         'proud day for us," Mr Reed said.\n\n"I have seen it all," the longtime member said.', "longtime member"),

        ('Jane Doe, the Labour MP, criticised the plan as "a mess".\n\n"We are listening," the prime minister said.',
         "prime minister"),
        ('Tom Reed called the ruling "a disgrace".\n\n"We will appeal," the company\'s lawyer said.',
         "company's lawyer"),
        ('Tom Reed said the road was "a death trap".\n\n"We want funding," the local police chief said.',
         "local police chief"),
        ('Tom Reed said the plan was "bold".\n\n"It will fail," the other farmer said.', "farmer"),
        ('Tom Reed said the plan was "bold".\n\n"It will fail," the young mother said.', "young mother"),
        ('Tom Reed said the plan was "bold".\n\n"It will fail," the opposition leader said.', "opposition leader"),
        ('Tom Reed said the plan was "bold".\n\n"It will fail," the senior administration official said.',
         "senior administration official"),
        ('Tom Reed said the plan was "bold". Mary Jones, a farmer, disagreed.\n\n"It will fail," the veteran '
         'farmer said.', "veteran farmer"),
        ('Tom Reed said the plan was "bold".\n\n"It will fail," the senior official, who asked not to be named, '
         'said.', "senior official"),
        ('The plan was published on Monday.\n\n"It will fail," the retired teacher said.', "retired teacher"),
        ('Jane Roe, who brought the case, called the verdict "a relief".\n\n"We will appeal," the defence barrister '
         'said.', "defence barrister"),
        ('Tom Reed, the home team manager, called the penalty "a joke".\n\n"It was a clear foul," the visiting '
         'coach said.', "visiting coach"),
        ('Tom Reed, the striker, said the win was "massive".\n\n"We deserved it," the Brazilian midfielder added.',
         "Brazilian midfielder"),
        ('Tom Reed, 45, said the fire was "terrifying".\n\n"We got everyone out," the fire crew commander said.',
         "fire crew commander"),
    ]:
        assert speakers(text)[-1][1] == who


def test_a_noun_of_one_sex_in_apposition_gives_the_name_its_sex():
    text = ('Among those who waited was Emlyn Watkins, 79, from Llanelli. His daughter, Gwenllian Tudur-Evans, said '
            'he had spent 31 hours on a trolley.\n\n"He was cold and he was frightened," she said.')
    assert speakers(text)[-1][1] == "Gwenllian Tudur-Evans"


def test_a_sexless_role_or_a_noun_that_is_no_apposition_gives_no_sex():
    # must not fire: a role of no sex, a noun that is the name's object or another's, a son named after "he"
    for text, who in [
        ('Kim Reed, his son, said he had spent a day on a trolley.\n\n"I was cold," he said.', "Kim Reed"),
        ('Her brother, Sam Roe, said she was "a fighter".\n\n"She never gave up," he said.', "Sam Roe"),
        ('The judge, Sam Roe, said she was "appalled".\n\n"This was cruel," she said.', "Sam Roe"),
        ('The woman who shot Sam Roe was jailed. Police said he had "no chance".\n\n"He was unarmed," a detective '
         'said.', "detective"),
        ('Sam Roe, the coach, said he was "proud".\n\n"We played well," he said.', "Sam Roe"),
    ]:
        assert speakers(text)[-1][1] == who


def test_a_name_after_a_title_or_occupation_is_a_person_though_the_mention_layer_reads_a_body():
    text = ('Justice Nargis Bano Malik heard the petitions on Tuesday.\n\nCounsel for the petitioners, Barrister Syed '
            'Imran Haider Qazi, told the bench that the company had sold 14,600 files. The court was packed with '
            'savers.\n\n"My lord, these people sent their life savings from Doha," he argued.')
    assert speakers(text)[-1][1] == "Syed Imran Haider Qazi"


def test_a_titled_run_ending_in_an_institution_or_a_place_is_no_person():
    # must not fire: a hospital, a centre, a foundation, a ship, a park named after a titled person
    for text, who in [
        ('Jane Roe works at Queen Elizabeth Hospital in Birmingham.\n\n"We are stretched," she said.', "Jane Roe"),
        ('Jane Roe took the case to the Judge Rotenberg Center.\n\n"It was hard," she said.', "Jane Roe"),
        ('Jane Roe met staff from the Senator Tom Reed Foundation.\n\n"They were kind," she said.', "Jane Roe"),
        ('Jane Roe sailed on the Princess Royal Star last year.\n\n"It was a dream," she said.', "Jane Roe"),
        ('Tom Reed visited Prince Albert Park on Sunday.\n\n"It was lovely," he said.', "Tom Reed"),
    ]:
        assert speakers(text)[-1][1] == who


@pytest.mark.parametrize("text, who", [
    # review of session 18: a noun of one sex after a preposition ("the mother of the boy") gives the name after it
    # no sex (the name is the mother's or the father's)
    ('The mother of the boy, Jordan Hughes, thanked the man who saved him. "He is a hero," she said.',
     "Jordan Hughes"),
    ('The father of the girl, Alex Price, thanked the stranger who saved her. "She is a hero," he told reporters.',
     "Alex Price"),
])
def test_a_sexed_noun_after_a_preposition_gives_the_apposed_name_no_sex(text, who):
    assert speakers(text)[-1][1] == who


def test_given_names_after_a_form_of_address_stay_unresolved_when_two_people_bear_them():
    # review of session 18: the second "John Paul" hides after a capitalised party word
    text = ('John Paul Smith won the seat for Labour, beating Conservative John Paul Jones by 200 votes.\n\n'
            '"I am delighted," Mr John Paul said.')
    assert speakers(text)[-1][1] == "John Paul"


@pytest.mark.parametrize("text, who", [
    # session 18 reviews: a definite description with an age is the one person the story gives that age, and never
    # a person given another age
    ('Residents are counting the cost. Pensioner Mary Kell, 82, lost everything. Her neighbour Dan Roe, 41, helped '
     'carry her to safety.\n\n"I have nothing left," Mrs Kell said.\n\n"The water came up so fast," the 41-year-old '
     'builder said.', "Dan Roe"),
    ('Dan Roe, 41, a builder, helped his neighbour. Fire chief Ted Kell, 58, praised residents.\n\n'
     '"People have been amazing," Mr Kell said.\n\n"The water came up so fast," the 41-year-old builder said.',
     "Dan Roe"),
    ('Teen swimmer wins\n\nYoung Ava Lind won gold, beating veteran Marta Kos, 34.\n\n"I cannot believe it," Lind '
     'said.\n\n"She is the future of the sport," the 34-year-old said.', "Marta Kos"),
    ('A driver, 19, survived a crash on the motorway. Sergeant Ted Kell, 52, attended the scene. "It is a miracle '
     'he survived," Sgt Kell said.\n\n"I was lucky," the 19-year-old student said.', "19-year-old student"),
    ('A woman aged 52 was hurt when a dog attacked her in a park. Neighbour Dan Roe, 30, said he heard screaming. '
     '"It was horrible," Mr Roe said.\n\n"I thought I was going to die," the 52-year-old said.', "52-year-old"),
])
def test_an_age_in_a_description_is_the_person_of_that_age(text, who):
    assert speakers(text)[-1][1] == who


@pytest.mark.parametrize("text, who", [
    # must not fire: no age stated for anyone, the same age twice, an age of a thing, a person given that age
    ('Dan Roe lost his home in the flood. "It was terrifying," the 41-year-old said.', "Dan Roe"),
    ('Dan Roe, 41, lost his home in the flood. "It was terrifying," the 41-year-old said.', "Dan Roe"),
    ('Dan Roe, 41, and Ted Kell, 41, lost their homes. "It was terrifying," Mr Kell said. "We lost everything," the '
     '41-year-old added.', "Ted Kell"),
    ('Dan Roe, who runs a 30-year-old family firm, lost his shop. "It was terrifying," the shopkeeper said.',
     "Dan Roe"),
    ('Ted Kell, 58, chairs the club. Dan Roe lost his home. "It was terrifying," the 41-year-old said.',
     "Dan Roe"),  # (no age given to him; not the man of 58)
    ('The 41-year-old Dan Roe lost his home, police said. "It was terrifying," Mr Roe said.', "Dan Roe"),
])
def test_an_age_in_a_description_leaves_other_speakers_alone(text, who):
    assert speakers(text)[-1][1] == who


@pytest.mark.parametrize("text, who", [
    # session 18 review: "the governor", "the mayor" is the current, full holder, not a former or deputy one
    ('Gov. Dan Roe of Kelby signed the budget on Friday. Former Gov. Ted Kell praised the deal.\n\n'
     '"This budget protects families," the governor said in a statement.', "Dan Roe"),
    ('Mayor Dan Roe said the budget was balanced. Deputy Mayor Ann Kell disagreed.\n\n"We will get it done," the '
     'mayor said.', "Dan Roe"),
    ('Gov. Dan Roe signed the budget. Former Gov. Ted Kell praised it. "It is a good day," the former governor '
     'said.', "Ted Kell"),
])
def test_a_plain_office_is_its_current_full_holder(text, who):
    assert speakers(text)[-1][1] == who


@pytest.mark.parametrize("text, who", [
    # must not fire: only a former holder named, only a deputy named, a deputy asked for, a plain holder alone
    ('Former Gov. Ted Kell praised the deal. "This budget protects families," the former governor said.',
     "Ted Kell"),
    ('Deputy Mayor Ann Kell said the city faced a deficit. "The numbers do not add up," the deputy mayor said.',
     "Ann Kell"),
    ('Mayor Dan Roe said the budget was balanced. Deputy Mayor Ann Kell disagreed. "The numbers do not add up," '
     'the deputy mayor said.', "Ann Kell"),
    ('Gov. Dan Roe signed the budget on Friday. "It is a good day," the governor said.', "Dan Roe"),
    ('Former Gov. Ted Kell criticised the budget. Gov. Dan Roe defended it. "It is a good day," the governor '
     'said.', "Dan Roe"),
    ('Shadow Chancellor Ann Kell attacked the plan. "It is a mess," the shadow chancellor said.', "Ann Kell"),
])
def test_a_qualified_office_keeps_its_own_holder(text, who):
    assert speakers(text)[-1][1] == who


@pytest.mark.parametrize("text, who", [
    # session 18 review: a name right after a person's "at" is the body she works at, even if read as a person
    ('Analyst Ted Kell at Goldman Brams said profits were up. Bank chief Ann Roe disagreed. "We are confident," she '
     'said. "We are cautious," he said.', "Ted Kell"),
])
def test_a_person_at_a_body_is_the_one_a_pronoun_stands_for(text, who):
    assert speakers(text)[-1][1] == who


@pytest.mark.parametrize("text, who", [
    # must not fire: two people met, a person's possessive, a person with another person, no person before "at"
    ('Ted Kell met Ann Roe at the summit. "We agreed on a lot," she said.', "Ann Roe"),
    ('Ted Kell spoke at Ann Roe\'s funeral on Friday. "She was a friend," he said.', "Ted Kell"),
    ('Ted Kell, with Ann Roe, opened the school. "It is a great day," she said.', "Ann Roe"),
    ('Analyst Ted Kell said profits were up. "We are cautious," he said.', "Ted Kell"),
    ('Ann Roe sat next to Ted Kell at dinner. "He was charming," she said.', "Ann Roe"),
])
def test_a_name_after_at_stays_a_person_elsewhere(text, who):
    assert speakers(text)[-1][1] == who


@pytest.mark.parametrize("text, who", [
    # review of session 18: the age rule must not give a speaker's words to a victim of the same age, nor drop a
    # person whose age the story updates
    ('The crash killed Liam Byrne, 22. Another driver, Conor Walsh, a 22-year-old apprentice, was unhurt. '
     '"I keep seeing it," the 22-year-old said.', "Conor Walsh"),
    ('A cyclist, Peter Kane, 33, was struck by a van. The van driver, a 33-year-old man from Naas, stopped at the '
     'scene. "I didn\'t see him," the 33-year-old driver told gardaí.', "33-year-old driver"),
    ('Farmer Hugh Bennett, 55, lost 200 sheep in the snow. Bennett, now 56, said he had rebuilt the flock. "It took '
     'years," the 56-year-old said.', "Hugh Bennett"),
    ('Bill Grady, 88, is the town\'s oldest veteran. Grady, who turned 89 last week, served in Korea. "We were just '
     'kids," the 89-year-old said.', "Bill Grady"),
])
def test_an_age_in_a_description_goes_to_no_victim_of_that_age_nor_drops_an_older_speaker(text, who):
    assert speakers(text)[-1][1] == who


def test_an_age_written_in_words_before_a_role_is_the_role_s_holder():
    # the age pattern of "the 79-year-old chairman" covers ages in words too (a second, narrower pattern of the same
    # name shadowed it for a while in session 18)
    text = ('Tom Reed, the chairman of Kelby Rovers, has run the club since 1990.\n\n"We will not sell," the '
            'seventy-nine-year-old chairman said.')
    assert speakers(text)[-1][1] == "Tom Reed"


@pytest.mark.parametrize("text, who", [
    # a headline-like first line in sentence case: its opening word is no given name ("Is Doe", "Maybe Roe")
    ('Is Doe finally connecting with voters\n\nMaria Doe spoke in Leeds on Monday. "We are ready for this," Doe said.',
     "Maria Doe"),
    ('Maybe Roe has a point on taxes\n\nSenator Alan Roe spoke in Ohio on Monday. "We are ready for this," Roe said.',
     "Alan Roe"),
    ('Debating Roe on character\n\nSenator Ann Roe spoke in Ohio. "We will win this," Roe said.', "Ann Roe"),
    # nor is a title the mention layer cuts off the name
    ('Councilwoman Jo Tate-Doe proposed the change on Monday.\n\n"This vote sends a message," Tate-Doe said.',
     "Jo Tate-Doe"),
])
def test_a_surname_is_the_full_name_the_mention_layer_gives_that_person(text, who):
    assert speakers(text)[-1][1] == who


@pytest.mark.parametrize("text, who", [
    # (ordinary copy where the name tables must not change the speaker: a body named after the person, two of one
    # surname, a title before the name, a name before "of" and a firm, a pronoun after two people of either sex)
    ('The Roe Foundation gave money to the school. "We are proud of it," said Jo Roe, its director. "It matters," Roe '
     'added.', "Jo Roe"),
    ('Jo Doe and her brother Sam Doe run the farm. "We will not sell," Ms Doe said.', "Jo Doe"),
    ('Shares in Kelby Mining fell. "The market overreacted," Mining analyst Tom Reyes said. "It will recover," Reyes '
     'said.', "Tom Reyes"),
    ('"We will appeal," said Anna Lind of Kelby Holdings. Lind said the ruling was wrong. "It is unfair," Lind added.',
     "Anna Lind"),
    ('Anna Walsh, a former union leader, had close ties to Senator Mark Biddle. On Sunday she backed the plan.\n\n'
     '"We need someone who fights," she said.', "Anna Walsh"),
])
def test_the_name_tables_keep_ordinary_speakers(text, who):
    assert speakers(text)[-1][1] == who


def test_a_person_named_after_to_and_a_title_takes_no_vote_from_the_subjects_pronoun():
    from analysis.quotes import _genders  # the mention layer's span leaves the title out; the run of capitals keeps it
    assert "Sasha Biddle" not in _genders("Tom Walsh apologised to Senator Sasha Biddle and to his own supporters.")
    assert "Kim Osei" not in _genders("Ann Walsh wrote to Vice President Kim Osei about her plan on Monday.")
    # (a form of address before a name still votes; so does a pronoun after a subject with a title)
    assert _genders("The veteran backbencher Dame Kim Osei said her group would vote.") == {"Kim Osei": "f"}
    assert _genders("Senator Sasha Biddle said his plan would work.") == {"Sasha Biddle": "m"}


@pytest.mark.parametrize("text, who", [
    ('Liberal Oscar-winner Roe ‘not sure’ about the vote.\n\nLONDON (AFP) – Oscar-winning actress Susan Roe is not '
     'sure she can vote for the plan.\n\n“That’s a legitimate concern,” Roe, 69, told reporters on Monday.', "Susan Roe"),
    ('Award-winner Doe ‘not sure’ about the vote.\n\nThe singer Maria Doe is not sure she can vote for the plan.\n\n'
     '“That’s a legitimate concern,” Doe told reporters on Monday.', "Maria Doe"),
    # (a name's own hyphened parts are capitalised, or lower case after its first word: no description)
    ('Jean-Marc Doe spoke on Monday. "We are ready for this," Doe said.', "Jean-Marc Doe"),
    ('North Korean leader Kim Jong-un met Jo Doe on Monday. "We are ready," Kim said.', "Kim Jong-un"),
])
def test_a_hyphened_description_before_a_surname_is_no_given_name(text, who):
    assert speakers(text)[-1][1] == who


@pytest.mark.parametrize("text, who", [
    # (a person's surname inside a firm's name, or a name after "of" in a body's, keeps its speaker)
    ('Jo Doe runs Kelby Doe Farms Ltd with her sons. Doe prices are the lowest in the county, she said, and "that is '
     'how it stays."', "Jo Doe"),
    ('Tom Reyes owns Reyes Kelby Holdings Group. Reyes said he would sell, and that it was "the right time."',
     "Tom Reyes"),
    ('The University of Leeds studied the plan. Its author, Tom Reyes, said he was "surprised by the result."',
     "Tom Reyes"),
    ('"Rates will rise," the Bank of Nova Scotia said in a note. Its economist Ann Lee said she expected "two more '
     'hikes."', "Ann Lee"),
    ('The Office of Ann Lee, the state treasurer, said the audit was "routine." "Nothing was found," Lee said.',
     "Ann Lee"),
])
def test_names_inside_a_bodys_name_keep_ordinary_speakers(text, who):
    assert speakers(text)[-1][1] == who


@pytest.mark.parametrize("text, who", [
    # session 19: an unnamed spokesperson (of no one, or of a firm's noun) speaks for the organisation that opens
    # the sentence before as its subject, when nothing else is named there
    ('Ratings firm Northgate Ratings, which downgraded Kelby County in 2020, said it would keep the rating under '
     'review. A spokesman said the firm wanted to see "sustained progress" on debt.', "Northgate Ratings"),
    ('Kelby Valley Rail Ltd has cancelled all trains between Ashford and Kelby for the rest of the day. A '
     'spokesperson for the operator said: "Two trees are down across the line and we will not run trains '
     'tonight."', "Kelby Valley Rail Ltd"),
])
def test_an_unnamed_spokesperson_speaks_for_the_organisation_just_the_subject(text, who):
    assert speakers(text)[-1][1] == who


def test_the_body_noun_of_a_spokesperson_goes_on_as_that_body():
    text = ('Kelby Valley Rail Ltd has cancelled all trains between Ashford and Kelby for the rest of the day. A '
            'spokesperson for the operator said: "Two trees are down across the line." Buses are "unlikely" '
            'before Monday, the operator added.')
    assert speakers(text)[-1][1] == "Kelby Valley Rail Ltd"


def test_a_league_spokesperson_speaks_for_a_sports_association():
    text = ("The vote is a key step in the owner's effort to land a National Soccer Association franchise. A league "
            'spokesperson said in an email that Kelby was "one of several cities that have expressed interest".')
    assert speakers(text)[-1][1] == "National Soccer Association"


@pytest.mark.parametrize("text, who", [
    # ... but not when the sentence before names two organisations or a person, when a public body opens it and the
    # spokesperson is a firm's, when the noun names another kind of body, or when the spokesperson is "the" one
    ('Acme Foods Ltd sued Kelby Farms Ltd on Monday. A spokesman said the claim was "entirely baseless".',
     "spokesman"),
    ('Ashby Borough Council approved the plan on Tuesday. A spokesman for the developer said the homes would be '
     '"ready by spring".', "spokesman for the developer"),
    ('Kelby Council rejected the budget drawn up by Mayor Jo Doe. A spokesman said the mayor was "deeply '
     'disappointed".', "spokesman"),
    ('Northgate Foods Ltd cut 200 jobs at its Ashby plant. A union spokesman said the cuts were "a betrayal".',
     "union spokesman"),
    ('Northgate Foods Ltd cut 200 jobs at its Ashby plant. The spokesman said the cuts were "regrettable but '
     'necessary".', "spokesman"),
    ('Northgate Foods Ltd cut 200 jobs at its Ashby plant. A spokesman for Jo Doe said she was "shocked".',
     "Jo Doe"),
    ('Police arrested two men after the raid. A spokesman said the men were "known to officers".', "spokesman"),
])
def test_an_unnamed_spokesperson_is_no_organisation_of_the_sentence_before_otherwise(text, who):
    assert speakers(text)[-1][1] == who


@pytest.mark.parametrize("text, who", [
    # review s19 (R1-R8): "a spokesman for the <noun>" when the sentence before names another, unnamed body with
    # that noun in lower case ("a children's charity"): that body's spokesman, not the organisation opening it
    ('Acme Corp ended its sponsorship of the local football club on Monday. A spokesman for the club said the '
     'decision was "a huge blow".', "spokesman for the club"),
    ('Acme Corp donated £1m to a children\'s charity last year. A spokesman for the charity said the money had been '
     '"transformational".', "spokesman for the charity"),
    ('Acme Corp paid the charity £10,000 last year, records show. A spokesman for the charity said the money was '
     '"a donation".', "spokesman for the charity"),
    ('Acme Corp sold the site to a housing developer in March. A spokesperson for the developer said 300 homes would '
     'be "built by 2027".', "spokesperson for the developer"),
    ('Acme Corp pulled its adverts from the broadcaster after the row. A spokesperson for the broadcaster said it '
     '"stood by" the programme.', "spokesperson for the broadcaster"),
    ('Acme Corp signed a supply deal with a Chinese producer last week. A spokesman for the producer said the deal '
     'was "a milestone".', "spokesman for the producer"),
    ('Acme Corp has been targeted by a hacking team linked to Russia. A spokesman for the team said on Telegram that '
     'the attack was "only the beginning".', "spokesman for the team"),
    ('Acme Corp shares fell on news that its biggest customer, a state-owned utility, had cancelled orders. A '
     'spokesman for the utility said the move was "routine".', "spokesman for the utility"),
    # (R9-R15): the organisation is no bare subject of an active verb there: a modifier ("Acme Corp workers"), a
    # possessor ("Acme Corp's warehouse"), or the patient of a passive with its agent ("was praised by campaigners");
    # the spokesperson is someone else's (unnamed, or a body the mention layer does not name: left unresolved)
    ('Acme Corp workers walked out on Monday over pay. A spokesman said the strike would "go on as long as it '
     'takes".', "spokesman"),
    ('Acme Corp\'s warehouse in Leeds was raided by officers on Monday. A spokesman said three men had been '
     '"arrested on suspicion of fraud".', "spokesman"),
    ('Acme Corp\'s former chief executive was charged with fraud on Tuesday. A spokesman said he would "vigorously '
     'contest" the charges.', "spokesman"),
    ('Acme Corp was praised by campaigners for the move. A spokeswoman said the change was "long overdue".',
     "spokeswoman"),
    ('Acme Corp has been sued by its former landlord. A spokesman said the landlord was "owed £2m".', "spokesman"),
    ('Acme Corp was accused by Greenpeace of greenwashing. A spokesman said the company had "lied for years".',
     "spokesman"),  # (Greenpeace's; the mention layer does not name Greenpeace an organisation here)
    ('Acme Corp has been criticised by the local council over the smell. A spokesman said the council was '
     '"monitoring the situation".', "spokesman"),  # (the council's)
    ('Acme Corp staff walked out on Monday. A spokesman said members were "angry".', "spokesman"),
    ('Acme Corp customers have complained about the fees. A spokeswoman said the charges were "unfair".',
     "spokeswoman"),
    ('Acme Corp bought the club in 2019. A spokesman for the club said fans were "delighted".',
     "spokesman for the club"),
])
def test_an_unnamed_spokesperson_is_not_the_organisation_before_when_the_text_points_elsewhere(text, who):
    assert speakers(text)[-1][1] == who


@pytest.mark.parametrize("text, who", [
    # ... while the organisation as the bare subject of an active verb, after an aside or before an object, still is
    ('Acme Corp, which employs 3,000 people in the town, announced the closure on Monday. A spokesman said the '
     'decision was "painful".', "Acme Corp"),
    ('Acme Corp plans to close 40 stores next year. A spokesman said the company would "look after staff".',
     "Acme Corp"),
    ('Acme Corp cut 200 jobs on Monday. A spokesman said the company would "support every worker".', "Acme Corp"),
])
def test_an_unnamed_spokesperson_speaks_for_the_active_subject_before(text, who):
    assert speakers(text)[-1][1] == who


@pytest.mark.parametrize("text, who", [
    # review s19 (wrong in both versions): "a spokesman for the <firm's noun>" when the sentence before brings in
    # another, unnamed body with that noun in lower case ("a private equity firm", "a regional airline"): that
    # body's spokesman, not the firm named there (the story's company fallback for "the firm" included)
    ('Acme Corp is being sued by a consumer group over hidden fees. A spokesman for the group said customers had '
     'been "ripped off".', "spokesman for the group"),
    ('Acme Corp was bought by a private equity firm in 2021. A spokeswoman for the firm said it was "committed to '
     'the business".', "spokeswoman for the firm"),
    ('Acme Corp has hired a law firm to investigate the claims. A spokesman for the firm said the review would be '
     '"independent".', "spokesman for the firm"),
    ('Acme Corp was named in a lawsuit filed by a group of drivers. A spokeswoman for the group said drivers were '
     '"owed millions".', "spokeswoman for the group"),
    ('Acme Corp\'s takeover of a regional airline was blocked on Friday. A spokesman for the airline said it was '
     '"disappointed".', "spokesman for the airline"),
    ('Acme Corp sold the unit to a rival airline. A spokesman for the airline said it was "pleased".',
     "spokesman for the airline"),
])
def test_a_spokesperson_for_a_firms_noun_is_not_the_firm_when_the_noun_names_another_body(text, who):
    assert speakers(text)[-1][1] == who


@pytest.mark.parametrize("text, who", [
    # ... while with the noun only in the firm's own name or its aside, or not before at all, the firm still speaks
    ('Acme Corp cut 200 jobs on Monday. A spokesman for the firm said the cuts were "painful".', "Acme Corp"),
    ('Acme Corp reported a loss on Tuesday. A spokeswoman for the company said the results were '
     '"disappointing".', "Acme Corp"),
    ('Shares in Acme Corp fell 5% on Monday. A spokesman for the group said it was "confident".', "Acme Corp"),
    ('Acme Airways cancelled 40 flights on Monday. A spokesman for the airline said passengers would be "fully '
     'refunded".', "Acme Airways"),
    ('Acme Corp, the retail group, said profits fell. A spokesman for the group said trading was "tough".',
     "Acme Corp"),
    ('Acme Corp cut 200 jobs, and the firm blamed weak demand. A spokesman for the firm said staff were "upset".',
     "Acme Corp"),
    ('Acme Corp said the company would cut 200 jobs. A spokeswoman for the company said the move was "hard".',
     "Acme Corp"),
    # (the noun in a predicate the firm's name opens describes the firm itself)
    ('Acme Corp is a privately owned firm based in Leeds. A spokesman for the firm said it was "proud".',
     "Acme Corp"),
    ('Acme Corp became the first airline to ban smoking. A spokesman for the airline said it was "proud".',
     "Acme Corp"),
    ('Acme Corp is one of the biggest groups in the sector. A spokesman for the group said it was "proud".',
     "Acme Corp"),
])
def test_a_spokesperson_for_a_firms_noun_still_speaks_for_the_firm_named(text, who):
    assert speakers(text)[-1][1] == who



@pytest.mark.parametrize("text, who", [
    # the focus of a cleft reported after a speech verb is no candidate for a later pronoun at all, even when the
    # reporting subject is no name ("The lawyer said it was Mr Doe who"): the description speaks, not the focus
    ('The lawyer said it was Mr Cox who wrote the email. "He admitted it," he said.', "lawyer"),
    ('A spokesman said it was Tom Cox who wrote the email. "He admitted it," he said.', "spokesman"),
    # (a cleft opening its sentence or a clause still gives its focus)
    ('It was Mr Cox who wrote the email. "I did it," he said.', "Cox"),
    ('Tom Roe lost, but it was Dan Cox who won. "I am delighted," he said.', "Dan Cox"),
    ('Mary Jones said it was Jane Smith who had found the error. "I would have missed it," she said.', "Mary Jones"),
])
def test_the_focus_of_a_reported_cleft_is_no_candidate_for_a_pronoun(text, who):
    assert speakers(text)[-1][1] == who


@pytest.mark.parametrize("text, who", [
    # session 19: a pronoun after two women goes to the subject of the last clause that spoke: a name after a
    # possessive description that speaks ("Her colleague Jo Doe added that"), the focus of a cleft ("it was Ms Doe
    # who spoke"); a name inside a clause reported by "told the court" without "that" is no subject
    ('"Prices keep rising," said Anne Walsh, secretary of the Kelby Consumers Forum. She advised buyers to ask for '
     'receipts. Her colleague Mary Jones added that buyers should check the list first. "The list changes every '
     'week," she said.', "Mary Jones"),
    ('"We were blindsided," said union organiser Anne Walsh. She said the union would seek a meeting. Her colleague '
     'Mary Jones, a shop steward, said many workers had mortgages. Ms Walsh had been at the meeting, but it was Ms '
     'Jones who spoke to workers afterwards. "They ask me if they should turn up tomorrow," she said.', "Mary Jones"),
    ('Prosecutor Anne Walsh said he had made 143 transfers. She told the court the fraud came to light when the '
     'club\'s chairwoman, Mary Jones, asked to see statements. The accused had "repeatedly delayed" producing them, '
     'she said.', "Anne Walsh"),
    ('Mary Jones opened the meeting. It was Anne Walsh who set out the plan. "We start on Monday," she said.',
     "Anne Walsh"),
])
def test_a_pronoun_goes_to_the_subject_of_the_last_clause_that_spoke(text, who):
    assert speakers(text)[-1][1] == who


@pytest.mark.parametrize("text, who", [
    # ... and ordinary passages where those rules must not move the speaker
    ('"We lost everything," said Anne Walsh. Her neighbour, the widow Mary Jones, lost her roof too. "We will '
     'rebuild together," she said.', "Anne Walsh"),
    ('Anne Walsh told the court the defendant had lied. "He knew exactly what he was doing," she said.',
     "Anne Walsh"),
    ('"It was a shock," said Anne Walsh. She told reporters the company had called Mary Jones first. "They never '
     'called me," she said.', "Anne Walsh"),
    ('Anne Walsh chaired the meeting. It was Mary Jones\'s idea to start early, she said. "We start on Monday," she '
     'said.', "Anne Walsh"),
    ('Tom Reed said the plan was sound. His wife Mary Reed runs the shop. "We open at nine," he said.', "Tom Reed"),
    ('"We are ready," said head teacher Jane Roe. Her predecessor Mary Jones retired in May. "The school is in good '
     'hands," she said.', "Jane Roe"),
    ('"The vote was close," said Anne Walsh. Her rival Mary Jones declined to comment. "I wish her well," she said.',
     "Anne Walsh"),
])
def test_a_pronoun_keeps_its_speaker_in_ordinary_passages(text, who):
    assert speakers(text)[-1][1] == who


@pytest.mark.parametrize("text, who", [
    # review s19 (R16-R20): a cleft after a speech verb in its sentence is reported content, its focus no subject
    ('Mary Jones said it was Jane Smith who had found the error. "I would have missed it," she said.', "Mary Jones"),
    ('Tom Green said that it was Peter White who started the fight. "I just defended myself," he said.',
     "Tom Green"),
    ('Sarah Green insists it was Mary Brown who leaked the memo. "I had nothing to do with it," she told the BBC.',
     "Sarah Green"),
    ('Tom Cole, the coach, said it was James Hart who won the match for them. "He was brilliant," he said.',
     "Tom Cole"),
    ('Mr Smith said it is Mr Jones who should resign. "He has lost the trust of members," he said.', "Smith"),
    ('Anne Walsh told reporters it was Mary Jones who called the police. "I was too scared," she said.',
     "Anne Walsh"),
    ('Anne Walsh has always maintained that it was Mary Jones who wrote the letter. "I never saw it," she said.',
     "Anne Walsh"),
    # (a cleft opening a clause still is: ", and it was Dan Cole who scored")
    ('Tom Reed played well in the first half, and it was Dan Cole who scored twice. "The lads were superb," he '
     'said.', "Dan Cole"),
])
def test_the_focus_of_a_reported_cleft_is_no_antecedent(text, who):
    assert speakers(text)[-1][1] == who


@pytest.mark.parametrize("text, who", [
    # session 19: a deck drops the article: one capitalised common noun of a body or a firm ("Company says",
    # "Regulator says") stands for "the <noun>", resolved by name or to the one body the story names later so
    ('Ashby Foods shelves $7-billion plant\n\nCompany says it won\'t commit capital until the rules settle, calling '
     'them a "moving target"\n\nBy Jo Bloggs\n\nAshby Foods Inc. said on Wednesday it had shelved its plant in Kelby.',
     "Ashby Foods Inc."),
    ('Rail operator fined $1m over breakdown\n\nRegulator says maintenance lapses were "avoidable"\n\nBy Jo Bloggs\n\n'
     'The Land Transport Authority fined Kelby Rail Ltd $1m on Tuesday over a breakdown in July. The authority said '
     'the lapses could have been prevented.', "Land Transport Authority"),
])
def test_a_capitalised_noun_in_a_deck_stands_for_the_body_it_names(text, who):
    assert speakers(text)[0][1] == who


@pytest.mark.parametrize("text, who", [
    # session 19: after a semicolon right behind the closing mark, a cue belongs to the next clause: the quotation's
    # own cue before it comes first
    ('Rail operator fined $1m over breakdown\n\nTransport Authority says maintenance lapses were "avoidable"; operator '
     'apologises\n\nBy Jo Bloggs\n\nThe Land Transport Authority fined Kelby Rail Ltd $1m on Tuesday.',
     "Land Transport Authority"),
    ('The mayor called the plan "a disgrace"; the council said it would appeal.', "mayor"),
    ('Residents called the scheme "a scandal"; the developer said it had followed every rule.', "residents"),  # (a plural noun, no name: lower case)
])
def test_a_cue_after_a_semicolon_is_the_next_clause_s(text, who):
    assert speakers(text)[0][1] == who


@pytest.mark.parametrize("text, who", [
    # ... and where neither must change the speaker: a quotation opening its sentence takes the cue after the
    # semicolon still; a name or a multi-word subject in a headline is read as before; outside a headline a
    # capitalised noun is no stand-in
    ('"We will appeal"; that was all the union said.', "union"),
    ('Kelby Foods to close plant\n\nMayor Jo Doe says closure is "a hammer blow"\n\nBy Jo Bloggs\n\nKelby Foods Inc. '
     'will close its Ashby plant in December.', "Jo Doe"),
    ('Kelby Foods to close plant\n\nKelby Foods says closure is "regrettable"\n\nBy Jo Bloggs\n\nKelby Foods Inc. '
     'will close its Ashby plant in December, the company said.', "Kelby Foods Inc."),
    ('The council met on Monday. "We will not cut the budget," said Tom Reed, the council leader. Company '
     'directors were not present.', "Tom Reed"),
    ('"It was a long night," Anne Walsh said; she had not slept.', "Anne Walsh"),
])
def test_a_deck_noun_or_a_semicolon_leaves_ordinary_speakers_alone(text, who):
    assert speakers(text)[0][1] == who


@pytest.mark.parametrize("text, who", [
    # session 19: a document "from the <noun>" speaks for the body the story names by that noun, both as the
    # mention ("A letter from the authority said") and later as "the statement"
    ('The Kelby Land Registry Authority, the third respondent, did not send a lawyer. A letter from the authority '
     'read in court said it would "abide by any orders the court may issue".', "Kelby Land Registry Authority"),
    ('Jo Doe, 56, stole £200,000 from the Ashby Community Development Trust. A victim impact statement from the '
     'trust was read to the court. "People stopped giving," the statement said.', "Ashby Community Development Trust"),
    ('Kelby Foods Ltd has cut 200 jobs. A letter from the union said the cuts were "a betrayal".',
     "letter from the union"),
])
def test_a_document_from_the_body_s_noun_speaks_for_that_body(text, who):
    assert speakers(text)[-1][1] == who


@pytest.mark.parametrize("text, who", [
    # ... and ordinary documents it must leave alone
    ('Kelby Foods Ltd has cut 200 jobs. A statement from the company said the cuts were "painful but necessary".',
     "Kelby Foods Ltd"),
    ('Kelby Foods Ltd has cut 200 jobs. A letter from Jo Doe, the chairman, said the cuts were "painful but '
     'necessary".', "Jo Doe"),
    ('Kelby Foods Ltd said in a statement that it would cut 200 jobs. "The decision was not taken lightly," the '
     'statement said.', "Kelby Foods Ltd"),
    ('The Ashby Borough Council met on Monday. A report from the council\'s planning officers said the scheme was '
     '"acceptable".', "report from the council's planning officers"),
    ('Kelby Foods Ltd has cut 200 jobs. A notice on the gates said the site was "closed until further notice".',
     "Kelby Foods Ltd"),
    # (a letter from one unnamed person is that person's words: the writer, unnamed; session 71)
    ('Police were called to the Ashby Road flats on Monday. A letter from a neighbour said the noise was '
     '"unbearable".', "neighbour"),
])
def test_a_document_from_no_body_keeps_its_speaker(text, who):
    assert speakers(text)[-1][1] == who


@pytest.mark.parametrize("text, who", [
    # session 19: "the union" (an institution noun) is the body, never a person whose role names it
    ('Jo Dlamini, provincial organiser of the Kelby Farm Workers\' Union, called the pledge "a start, not a gift." '
     'The growers met on Friday. The union says the pledge is "a start." Farmers disagree.',
     "Kelby Farm Workers' Union"),
])
def test_a_body_noun_is_the_body_not_its_member(text, who):
    assert speakers(text)[-1][1] == who


@pytest.mark.parametrize("text", [
    # ... while a person's own noun still finds the person
    'Jo Doe, the union\'s general secretary, spoke on Monday. "We will strike," the general secretary said.',
    'Councillor Jo Doe, who chairs the Kelby Council housing committee, said rents were "too high". "We will act," '
    'the councillor said.',
    'Jo Doe, the chief executive of Kelby Foods Ltd, said sales fell. "It was a hard year," the chief executive said.',
    'Jo Doe, a spokeswoman for the hospital, said two patients were "stable". "They are recovering," the spokeswoman '
    'said.',
    'Dr Jo Doe, a surgeon at Kelby General Hospital, said the ward was "overwhelmed". "We need more staff," the '
    'surgeon said.',
])
def test_a_person_noun_still_finds_the_member(text):
    assert speakers(text)[-1][1] == "Jo Doe"


def test_a_deck_spokesperson_is_the_spokesperson_named_later_with_that_role():
    # session 19: 'A White House spokeswoman says "..."' in a deck: the person the story names later so
    text = ('Doe nomination teeters as senator withholds support\n\nA White House spokeswoman says he "will be '
            'confirmed."\n\nBy Jo Bloggs\n\nThe nomination of Tom Doe is in trouble. White House spokeswoman Ann Reed '
            'said Doe "has spent 30 years building things."')
    assert speakers(text)[0][1] == "Ann Reed"


@pytest.mark.parametrize("text, who", [
    # ... but not outside a headline, nor when no one is named later with that role
    ('The nomination of Tom Doe is in trouble. A White House spokeswoman said he "will be confirmed." Later, White '
     'House spokeswoman Ann Reed said Doe had "broad support".', "White House"),
    ('Kelby Council approves budget\n\nA council spokeswoman says the budget is "balanced"\n\nBy Jo Bloggs\n\nKelby '
     'Council approved its budget on Monday. Council leader Ann Reed said it protected services.', "Kelby Council"),
    ('Kelby Council approves budget\n\nA spokeswoman for Kelby Council says the budget is "balanced"\n\nBy Jo '
     'Bloggs\n\nKelby Council approved its budget on Monday.', "Kelby Council"),
])
def test_a_spokesperson_outside_a_deck_or_never_named_speaks_for_the_body(text, who):
    assert speakers(text)[0][1] == who


@pytest.mark.parametrize("text, who", [
    # session 19: ordinary headline subjects the deck-noun rule leaves as they were
    ('Two dead in Kelby crash\n\nPolice say driver was "going far too fast"\n\nBy Jo Bloggs\n\nTwo people died when a '
     'car hit a wall in Kelby on Sunday. Kelby Constabulary said the driver was 19.', "Police"),
    ('Ferry firm fined £2m\n\nCourt says safety failings were "grave"\n\nBy Jo Bloggs\n\nKelby Ferries Ltd was fined '
     '£2m at Ashby Crown Court on Monday. Judge Ann Reed said the failings were serious.', "Ashby Crown Court"),
    ('Budget row deepens\n\nGovernment says plan is "fully costed"\n\nBy Jo Bloggs\n\nThe Treasury published its plan '
     'on Monday. Chancellor Tom Reed said every pledge was funded.', "Government"),
])
def test_ordinary_headline_subjects_are_read_as_before(text, who):
    assert speakers(text)[0][1] == who


@pytest.mark.parametrize("text, who", [
    # session 19: two words of a body in a deck ("Business chamber warns", "Union local says"): the one body the
    # story names later with that institution noun
    ("Rolling blackouts go on\n\nBusiness chamber warns of 'a slow-motion shutdown' of the economy\n\nBy Jo Bloggs\n\n"
     "Kelby Power escalated load shedding on Tuesday. The Ashby and Kelby Chamber of Commerce and Industry said firms "
     "were closing.", "Ashby and Kelby Chamber of Commerce and Industry"),
    ('Kelby Foods to close plant; 640 jobs headed abroad\n\nUnion local says it was "blindsided"\n\nBy Jo Bloggs\n\n'
     'Kelby Foods Inc. will close its Ashby plant in December. The International Union of Food Workers said its '
     'members were shocked.', "International Union of Food Workers"),
])
def test_two_words_of_a_body_in_a_deck_stand_for_the_body_named_later(text, who):
    assert speakers(text)[-1][1] == who


@pytest.mark.parametrize("text, who", [
    # ... but not a person's role, a firm's noun, a capitalised name, or a body the story never names so
    ('Ferry fiasco deepens\n\nAgency chief admits "we should have walked away"\n\nBy Jo Bloggs\n\nThe Kelby Ports '
     'Agency owns the fleet. Its chief executive, Ann Reed, told MSPs the contract had failed.', "Agency chief"),
    ('Ferry fiasco deepens\n\nRival firm says bid was "never serious"\n\nBy Jo Bloggs\n\nKelby Ferries Ltd lost the '
     'contract to Ashby Marine Ltd on Monday.', "Rival firm"),
    ('Visa backlog grows\n\nHome Office says delays are "regrettable"\n\nBy Jo Bloggs\n\nThe Home Office said 40,000 '
     'people were waiting.', "Home Office"),
    ('Two held after Kelby raid\n\nLocal police say the men were "known to officers"\n\nBy Jo Bloggs\n\nKelby '
     'Constabulary arrested two men on Monday.', "Local police"),
])
def test_two_word_deck_subjects_otherwise_are_read_as_before(text, who):
    assert speakers(text)[0][1] == who


def test_capitalised_common_words_the_mention_layer_names_no_one_by_are_no_earlier_person():
    # the layer names no one in "First Buyers" or "Investment Officer", and the story writes "buyers" and "officer"
    # in lower case: the pronoun is the person named before
    text = 'Tom Reed is ahead in the race for mayor.\n\nFirst Buyers are the reason. Many buyers back him.\n\n"We will build homes," he said.'
    assert speakers(text)[-1][1] == "Tom Reed"
    text = ('Ana Roe spoke on Monday.\n\nInvestment Officer jobs are scarce, and every officer knows it.\n\n'
            '"It is a careful plan," she said.')
    assert speakers(text)[-1][1] == "Ana Roe"
    # must not fire: a person the layer may miss, whose words the story never writes in lower case
    for text, who in [
        ('Kofi Mensah-Ofori III, a chief from the hill country, was blunter.\n\n"We have heard promises before."', "Kofi Mensah-Ofori"),
        ('Another vendor, Jo Doe, said prices rose.\n\nTomas Kelby Reyes, a baker, was blunter.\n\n"Nobody buys bread," he said.', "Tomas Kelby Reyes"),
        ('Jane Roe of the Kelby Tenants Union spoke at the rally.\n\n"Nobody listens to tenants," she said.', "Jane Roe"),
        ('Mark Cuban spoke on Monday.\n\nCuban said he would vote. "I have not decided," he said.', "Mark Cuban"),
        ('The young mayor, Mary Young, spoke on Monday.\n\n"We will build homes," she said.', "Mary Young"),
    ]:
        assert speakers(text)[-1][1] == who, text


@pytest.mark.parametrize("text, who", [
    # review s19 F2: a pronoun after Mr/Ms and a surname that is also an institution word goes by the form of address
    # (a rule that made "Mr Street" a candidate of its own gave "she" to him; it was reverted)
    ('Mr Street met Ms Church at the town hall. Ms Church said it went well. "We agreed on the budget," she said.',
     "Ms Church"),
    ('Ms Hall met Mr Church at the depot. Mr Church said it went well. "We agreed on the budget," he said.',
     "Mr Church"),
    ('Kate Hall runs the shop. Ms Hall said trade was slow. "We need more visitors," she said.', "Kate Hall"),
    # (and the reported cleft's focus is no candidate: the man who spoke is)
    ('Mr Hall said it was Mr Cox who had written the email. "I never saw it," he said.', "Hall"),
])
def test_a_pronoun_after_an_institution_word_surname_goes_by_the_form_of_address(text, who):
    assert speakers(text)[-1][1] == who


def test_an_arabic_name_with_a_glued_article_in_apposition_is_the_speaker():
    text = 'A senior official at the ministry, Jo bin Kelby al-Doe, said the talks were "going well" but gave no date.'
    assert speakers(text) == [("going well", "Jo bin Kelby al-Doe")]
    text = ('Its chairman, Sami al-Roe, said the firm was "doing everything it can" for the crew.\n\n'
            '"We will pay whatever it takes," Mr al-Roe said.')
    assert [s for _, s in speakers(text)] == ["Sami al-Roe", "Sami al-Roe"]


@pytest.mark.parametrize("text, speaker", [
    ('The imam of the al-Noor mosque, a local man, said it was "a sad day" for everyone.',
     "imam of the al-Noor mosque"),
    ('A spokesman, who works for al-Roe Holdings, said the deal was "on track" now.', "spokesman"),
    ('Its owner, the al-Roe family, said the hotel would "reopen soon" after repairs.', "owner"),
    ('The new chief, Jo Roe, said the report was "fair".', "Jo Roe"),
    ('Worshippers at the al-Noor mosque said the service was "very moving" and calm.', "al-Noor mosque"),
])
def test_a_glued_article_outside_a_name_makes_no_person(text, speaker):
    assert speakers(text)[0][1] == speaker


def test_an_office_of_a_charge_before_a_name_gives_the_name():
    text = 'Dean of Students Jane Doe said police had been told to "keep their distance" from the protest.'
    assert speakers(text) == [("keep their distance", "Jane Doe")]
    text = 'Dean of Admissions Tom Reed said the new test was "a fairer measure" of ability.'
    assert speakers(text) == [("a fairer measure", "Tom Reed")]


@pytest.mark.parametrize("text, speaker", [
    ('Dean Smith of Acme Corp said the deal was "done and dusted" on Friday.', "Dean Smith"),
    ('Smith of Kelby Bank said rates were "too high for comfort" this year.', "Smith"),
    ('Provost Jane Roe of Kelby College said the budget was "tight but fair" for now.', "Jane Roe"),
    ('Mayor of Kelby Tom Reed said the plan was "a good start" for the town.', "Tom Reed"),
    ('Smith of Barclays Capital Europe said the bond market was "nervous" this week.', "Smith"),
    ('Secretary of State Jane Roe said the talks were "constructive" and useful.', "Jane Roe"),
])
def test_a_person_of_a_place_or_body_keeps_the_name_before_of(text, speaker):
    assert speakers(text)[0][1] == speaker


def test_a_call_after_a_speech_verb_and_a_modified_noun_is_no_verb():
    text = 'Tom Reed said in a brief telephone call that the mayor would "fight on" regardless.'
    assert speakers(text) == [("fight on", "Tom Reed")]
    text = ("Mr. Doe's campaign manager, Tom Reed, said in a brief telephone call that the congressman would "
            '"let his record do the talking" and left.')
    assert speakers(text) == [("let his record do the talking", "Tom Reed")]


@pytest.mark.parametrize("text, speaker", [
    ('Tom Reed said in a written statement that the plan was "unworkable".', "Tom Reed"),
    ('Jane Doe told reporters during a short phone call that the deal was "dead".', "Jane Doe"),
    ('Residents of a small town say the plant is "a blight" on the valley.', "Residents of a small town"),
    ('Jane Doe spoke to a local paper. Critics in a neighbouring town call the project "a white elephant".',
     "critics in a neighbouring town"),
    ('Tom Reed said on a conference call that sales were "solid" in March.', "Tom Reed"),
])
def test_a_speech_verb_after_a_noun_phrase_keeps_its_subject(text, speaker):
    assert speakers(text)[0][1] == speaker


def test_the_named_agent_of_a_passive_naming_verb_is_the_speaker():
    text = ('That concession was dismissed as "too little, too late" by Jane Doe, head of investment at Kelby '
            'Asset Management.')
    assert speakers(text) == [("too little, too late", "Jane Doe")]
    text = 'The plan was described as "reckless" by Tom Reed, the opposition leader.'
    assert speakers(text) == [("reckless", "Tom Reed")]
    text = 'The plan was described by Tom Reed as "reckless" on Monday.'
    assert speakers(text) == [("reckless", "Tom Reed")]


def test_words_a_passive_naming_verb_gives_to_unnamed_agents_are_quoted_with_no_speaker():
    q = extract_quotes(Article.from_text('The wage pledge has been called "brave" by some growers and "reckless" by '
                                         'others.'))
    assert list(zip(q["text"], q["kind"], q["speaker"])) == [("brave", "partial", None), ("reckless", "partial", None)]


@pytest.mark.parametrize("text", [
    'The deal was described as "a bargain" by comparison with last year.',
    'The result was called "historic" by far more people than expected.',
    'The design was described as "solid" by any measure.',
    'The house was described as "derelict" by then.',
    'The bridge was called "the Big Arch" by Victorians.',
    'The ship was named "Spirit of Kelby" by Jane Doe in 1990.',
])
def test_a_passive_naming_verb_with_no_agent_after_it_keeps_a_label(text):
    q = extract_quotes(Article.from_text(text))
    assert list(q["kind"]) == ["term"] and list(q["speaker"]) == [None]


def test_a_participle_of_warning_after_a_comma_is_the_subjects_cue():
    text = ('His colleague at Kelby Point, Jane Roe, was more cautious, warning clients in a note that the '
            '"path of least resistance" for yields was still higher.')
    assert speakers(text) == [("path of least resistance", "Jane Roe")]
    text = 'Jane Roe was upbeat, warning staff on Friday that the merger was "not yet safe from the regulator".'
    assert speakers(text) == [("not yet safe from the regulator", "Jane Roe")]


@pytest.mark.parametrize("text, speaker", [
    ('The engine failed, warning lights flashed and the pilot said the noise was "terrifying" to hear.', "pilot"),
    ('Prices rose again, warning signs that analysts said were "hard to ignore" this year.', "analysts"),
    ('Jane Roe issued a warning that the merger was "not yet safe" from the regulator.', "Jane Roe"),
    ('The warning that prices would "keep rising" came from Tom Reed, who runs the shop.', None),
    ('Tom Reed said the warning, sent in a note that week, was "overdone" by far.', "Tom Reed"),
])
def test_a_warning_that_is_a_noun_or_an_adjective_is_no_new_cue(text, speaker):
    assert speakers(text)[0][1] == speaker


_BULLETED_DECK = (
    "Storm hits the coast\n\nSummary\n- Thousands of homes are without power across the county tonight\n"
    "- Rail services between the two towns are cancelled until Monday at the earliest\n"
    "- First Minister says emergency meeting \"ready to stand up\" overnight\n\n"
    "By Jo Kelby\n\nThe storm brought down trees and power lines across the west on Sunday, and forecasters "
    "said the worst of the wind would pass by midnight, though heavy rain would follow in the morning.\n\n"
    "First Minister Rhian Doe-Price said ministers would meet overnight if needed. \"We are ready,\" she said.")


def test_a_capitalised_title_in_a_bulleted_deck_line_is_its_holder_named_later():
    assert speakers(_BULLETED_DECK)[0] == ("ready to stand up", "Rhian Doe-Price")


@pytest.mark.parametrize("old, new, speaker", [
    ("First Minister says", "Senator Tom Reed says", "Tom Reed"),
    ("First Minister says", "Dean Smith says", "Dean Smith"),
    ("First Minister Rhian Doe-Price said", "Rhian Doe-Price, a farmer, said", "First Minister"),
])
def test_a_deck_line_with_a_name_or_no_holder_named_later_keeps_its_speaker(old, new, speaker):
    assert speakers(_BULLETED_DECK.replace(old, new))[0][1] == speaker


def test_a_deck_noun_stands_for_the_body_it_names_not_a_related_one():
    from analysis.quotes import _Resolver
    text = ("Kelby Bank posts loss, plans rights issue\n\n- Shareholders demand probe of former directors\n"
            "- Union warns against \"backdoor sack\" of staff\n\nBy Jo Kelby\n\n"
            "Kelby Bank Plc has reported a loss for the half year after setting aside provisions for bad loans, and "
            "announced plans to raise fresh capital through a rights issue before the end of the year, it said.\n\n"
            "The Progressive Shareholders and Investors Association of Kelby called for a probe of the directors.\n\n"
            "The Union of Bank Officers of Kelby warned that it would resist any attempt to cut staff.")
    res = _Resolver(Article.from_text(text))
    hit = res._body_named_later("union", text.index("Union warns") + 1)
    assert hit and hit[0] == "Union of Bank Officers of Kelby"


@pytest.mark.parametrize("text, speaker", [
    ("Acme's partner in the project, Kelby Petroleum Ltd., which holds a 30 per cent stake, said the delay was "
     '"regrettable but necessary".', "Kelby Petroleum Ltd."),
    ('The project office, Société des Transports de Kelby, said it was "disappointed" by the ruling.',
     "Société des Transports de Kelby"),
])
def test_a_body_named_in_apposition_after_its_description_is_the_speaker(text, speaker):
    assert speakers(text)[0][1] == speaker


@pytest.mark.parametrize("text, speaker", [
    ('The firm\'s lawyer, Jo Doe Jr., said the claim was "baseless" and would fail.', "Jo Doe Jr"),
    ('His deputy, Ana de la Cruz, said the plan was "sound" and costed.', "Ana de la Cruz"),
    ('Its lawyer, Jo de la Roe, said the case was "closed" for good.', "Jo de la Roe"),
    ('The firm\'s founder, Tom Reed, said the sale was "the right call" for staff.', "Tom Reed"),
    ('Its owner, the Kelby Trust, said the hotel would "reopen soon" after repairs.', "Kelby Trust"),
])
def test_a_person_in_apposition_stays_a_person(text, speaker):
    assert speakers(text)[0][1] == speaker


@pytest.mark.parametrize("text, speaker", [
    ('The hospital will close its doors at night from March.\n\nResidents say it is "a closure by the back door" '
     'and plan a march.', "residents"),
    ('The hospital will close its doors at night.\n\nCampaigners say it is "a closure by the back door". Jo Roe, '
     'who chairs the group, said she was angry.', "campaigners"),
    ('Colleagues said he was "only nearly sure" about the figures. Many colleagues agreed.', "colleagues"),
])
def test_a_capitalised_plural_noun_opening_a_sentence_is_no_name(text, speaker):
    q = extract_quotes(Article.from_text(text))
    assert (q["speaker"].iloc[0], q["source_type"].iloc[0]) == (speaker, "anonymous")


@pytest.mark.parametrize("text, speaker", [
    ('Jo Banks, the party donor, spoke at length. Banks said the banks were "too cautious" with loans.', "Jo Banks"),
    ('Tom Evans met the council. Evans said the plan was "a mess" from the start.', "Tom Evans"),
    ('Mr Jones met the council. Jones said the scheme was "a mess" from the start.', "Jones"),
    ('Ann Sands met the council. Sands said the sands were "shifting" on the beach.', "Ann Sands"),
    ('Reporters asked Tom Reed about the plan. Reed said it was "a mess" from the start.', "Tom Reed"),
])
def test_a_surname_ending_in_s_stays_a_name(text, speaker):
    assert speakers(text)[0][1] == speaker


def test_an_and_inside_a_body_named_after_of_with_no_article_keeps_the_person():
    text = 'Jo Doe of Kelby Centre for Policy and Society Studies said Tom Reed had "climbed a very high tree" lately.'
    assert speakers(text) == [("climbed a very high tree", "Jo Doe")]


@pytest.mark.parametrize("text, speaker", [
    ('Jo Doe of Kelby Bank and Tom Reed of Acme Corp said the plan was "a gamble" at best.', "Tom Reed"),
    ('Jo Doe of Kelby Centre for Policy Studies said the plan was "a gamble" at best.', "Jo Doe"),
    ('The Kelby Centre for Policy and Society Studies said the plan was "a gamble" at best.',
     "Kelby Centre for Policy and Society Studies"),
    ('Jo Doe of Kelby Council and Mary Roe said the plan was "a gamble" at best.', "Mary Roe"),
])
def test_an_and_between_people_still_ends_the_first_mention(text, speaker):
    assert speakers(text)[0][1] == speaker


def test_a_lower_case_del_inside_a_name_is_a_particle_not_a_title():
    text = ('"The market is waiting for this deal," says Rodrigo Ibanez del Campo, an analyst at Kelby Securities.\n\n'
            'For Mr Ibanez the risk is a long fight in court. "The price will not wait for politics," he says.')
    assert [w for _q, w in speakers(text)] == ["Rodrigo Ibanez del Campo"] * 2


@pytest.mark.parametrize("text", [
    'Virginia Del. Jo Doe said the bill was "dead on arrival".',
    'Del. Jo Doe of Kelby said the bill was "dead on arrival".',
])
def test_a_capitalised_del_before_a_name_stays_a_title(text):
    assert speakers(text)[-1][1] == "Jo Doe"


def test_a_seat_closing_a_quotation_of_several_sentences_is_the_speaker_just_quoted():
    text = ('Labour housing spokeswoman Jane Doe MP described the plan as "too little, too late" on Tuesday.\n\n'
            '"There are 6,000 homes lying empty in this county. The minister has had a year to act," '
            'the Kelby West MP said.')
    assert speakers(text)[-1][1] == "Jane Doe"


@pytest.mark.parametrize("text", [
    # someone else named since the last quotation
    'Jane Doe MP described the plan as "too little" on Tuesday. Tom Reed, the housing minister, disagreed.\n\n'
    '"There are 6,000 homes lying empty. We have had a year to act," the Kelby West MP said.',
    # no one quoted before
    'The vote was close on Tuesday.\n\n'
    '"There are 6,000 homes lying empty. We have had a year to act," the Kelby West MP said.',
    # the last quotation sentences back
    'Jane Doe MP described the plan as "too little" on Tuesday. The debate went on all night. Members left at '
    'dawn.\n\n"There are 6,000 homes lying empty," the Kelby West MP said.',
    # a body quoted last
    'The Kelby Housing Trust called the plan "too little" on Tuesday.\n\n'
    '"There are 6,000 homes lying empty," the Kelby West MP said.',
    'The council said the plan was "a start". Residents were not convinced.\n\n'
    '"It is far too little. We have waited for years," the Kelby West MP said.',
])
def test_a_seat_closing_a_quotation_otherwise_stays_a_description(text):
    assert speakers(text)[-1][1] == "Kelby West MP"


@pytest.mark.parametrize("text, who", [
    # a rebuttal by another member, with no name: the description stays (review of session 20)
    ('Housing Minister Tom Reed defended the plan. "It is working," he said. "The minister is wrong," the Kelby '
     'Central TD said.', "Kelby Central TD"),
    ('The Prime Minister, Tom Reed, defended the decision. "It was the right call," he said. "It was a betrayal of '
     'pensioners," the Tory MP said.', "Tory MP"),
    ('Chancellor Jane Roe defended the budget. "We have made tough choices," she said. "These choices fall on the '
     'poorest," the Green MP said.', "Green MP"),
    ('"Homes are being built," Minister Tom Reed said. "Not enough," the Kelby TD said.', "Kelby TD"),
    ('Kelby Party housing spokeswoman Jane Roe said the figures were wrong. "The Government is spinning," she said. '
     '"That is untrue," the Fine Gael TD said.', "Fine Gael TD"),
    ('"The scheme is a success," the Minister for Housing said. "It is a failure," the Kelby Central TD said.',
     "Kelby Central TD"),
])
def test_a_seat_closing_a_rebuttal_is_not_the_member_just_quoted(text, who):
    assert speakers(text)[-1][1] == who


def test_a_seat_closing_a_quotation_leaves_the_last_speakers_role_alone():
    text = 'Chancellor Jane Roe defended the budget. "We have made tough choices," she said. ' \
           '"These choices fall on the poorest," the Green MP said.'
    rows = extract_quotes(Article.from_text(text))
    assert rows.iloc[0]["role"] != "Green MP"  # the description is not written back as her role


@pytest.mark.parametrize("text, who", [
    ('Analyst Jane Roe was more forgiving. Roe said in an interview that sales would recover next year. Ann Doe, '
     'she noted, had given a cautious outlook.\n\n"This finance chief tells you the bad news early," she said.',
     "Jane Roe"),
    ('Jane Roe said sales would recover. Ann Doe, she noted, had given a cautious outlook. She said the plan was '
     'sound.\n\n"We will be fine by the summer," she said.', "Jane Roe"),
])
def test_a_pronoun_carries_on_the_one_that_interrupts_a_clause_after_another_name(text, who):
    assert speakers(text)[-1][1] == who


@pytest.mark.parametrize("text, who", [
    ('Jane Roe said sales would recover. Ann Doe, she noted, had given a cautious outlook. Doe spoke to analysts '
     'later.\n\n"We will be fine by the summer," she said.', "Ann Doe"),
    ('Jane Roe said sales would recover. Tom Reed, she noted, had given a cautious outlook.\n\nAnn Doe, the chief '
     'executive, spoke to analysts later. "We will be fine by the summer," she said.', "Ann Doe"),
    ('Tom Reed said sales would recover. Ann Doe, he noted, had given a cautious outlook.\n\n'
     '"We will be fine by the summer," she said.', "Ann Doe"),
    ('Jane Roe, the chief executive, said sales would recover.\n\n"We will be fine by the summer," she said.',
     "Jane Roe"),
    ('Ann Doe met Jane Roe on Monday. Doe, a lawyer, said the deal was done.\n\n"We signed at noon," she said.',
     "Ann Doe"),
])
def test_a_pronoun_without_an_interrupting_one_before_it_is_read_as_before(text, who):
    assert speakers(text)[-1][1] == who


_GOVERNOR_MIDDLE = ("His wife did most of the talking. She spoke for ten minutes. The crowd cheered. Polls show a close "
                    "race. Mr. Reed's rivals have seized on his spending. Jim Roe, a county chairman, said voters were "
                    'tired.\n\n"People have seen every ad," he said.\n\n')
_GOVERNOR_END = ('The governor, for his part, said he was not thinking about Tuesday.\n\n'
                 '"I am thinking about Zanesville," he said.')


def test_a_title_told_again_is_its_one_holder_written_after_its_abbreviation():
    text = "Gov. Tom Reed of Kelby toured a valve plant on Saturday. " + _GOVERNOR_MIDDLE + _GOVERNOR_END
    assert speakers(text)[-1][1] == "Tom Reed"


@pytest.mark.parametrize("text", [
    "Tom Reed of Kelby toured a valve plant on Saturday. " + _GOVERNOR_MIDDLE + _GOVERNOR_END,
    "Gov. Tom Reed of Kelby toured a valve plant on Saturday. " + _GOVERNOR_MIDDLE
    + _GOVERNOR_END.replace("governor", "senator"),
    "Gov. Tom Reed of Kelby toured a valve plant on Saturday. Gov. Al Fox of Ashgrove stayed home. "
    + _GOVERNOR_MIDDLE + _GOVERNOR_END,
    "The Gov. Tom Reed Foundation paid for the event. " + _GOVERNOR_MIDDLE + _GOVERNOR_END,
    "Sgt. Tom Reed of Kelby police arrived on Saturday. " + _GOVERNOR_MIDDLE + _GOVERNOR_END,
    "Govt. Tom Reed of Kelby toured a valve plant on Saturday. " + _GOVERNOR_MIDDLE + _GOVERNOR_END,
])
def test_a_title_told_again_is_no_one_written_after_another_title_or_one_of_several(text):
    assert speakers(text)[-1][1] != "Tom Reed"


@pytest.mark.parametrize("text, who", [
    ('Among them was Chan Siu-fong, 34, a civil servant who had waited since Friday with her sister. Chan said she '
     'had finally bought a flat.\n\n"Every time I wait, the price goes up," she said.\n\nHer sister, Chan Siu-wah, '
     'was less sure.', "Chan Siu-fong"),
    ('Kelby MP Jean-Marc Doe said the timeline was "troubling".\n\n"We want the plant," he said.\n\nHe was joined by '
     'Zelie Doe, no relation, the mayor of Ashgrove. "Leave the plant alone," Ms. Doe said.', "Zelie Doe"),
])
def test_a_surname_two_people_bear_is_the_one_named_in_full_before_it(text, who):
    assert speakers(text)[-1][1] == who


@pytest.mark.parametrize("text, who", [
    ('Tom Reed and his wife, Ann Reed, opened the shop in 1990. Reed said trade had never been worse.\n\n'
     '"We may close by Christmas," he said.', "Tom Reed"),
    ('Tom Reed opened the shop in 1990. Reed said trade had never been worse.\n\n"We may close by Christmas," he said.',
     "Tom Reed"),
    ('Kelby MP Jean-Marc Doe and the mayor, Zelie Doe, met on Monday. "Leave the plant alone," Mr. Doe said.',
     "Jean-Marc Doe"),
    ('Ann Reed and Tom Reed opened the shop in 1990. "We may close by Christmas," Mr Reed said.', "Tom Reed"),
])
def test_a_surname_two_people_bear_is_read_as_before_when_no_sentence_or_sex_tells_them_apart(text, who):
    assert speakers(text)[-1][1] == who


def test_a_surname_two_people_named_in_one_sentence_bear_is_neither_by_place():
    text = ('Jo Chan Mei-ling, a teacher, and her brother Chan Ka-wai came early. "The price is too high," Chan said.')
    assert speakers(text)[-1][1] not in ("Jo Chan Mei-ling", "Chan Ka-wai")


@pytest.mark.parametrize("text, who", [
    ('Since then, retired couple Derek and Maureen Pocock, who live next door, have logged 61 parties.\n\nDerek, 71, '
     'a former bus driver, told the paper: "It is like living next to a nightclub."', "Derek Pocock"),
    ("The boy's parents, Mark and Lisa Jones, were at the school gates on Monday.\n\nMark, 44, said: "
     '"Nobody told us anything."', "Mark Jones"),
])
def test_a_given_name_before_another_that_shares_a_surname_is_the_full_name(text, who):
    assert speakers(text)[-1][1] == who


@pytest.mark.parametrize("text, who", [
    ('By Naomi Achterberg-Lee and Julian Okafor\n\nLee said: "Nobody told us anything."', "Lee"),
    ('Reporting by Harriet Blaine and Mark Delahunty.\n\nBlaine said: "Nobody told us anything."', "Blaine"),
    ('Derek and Maureen Pocock live next door. Derek and Ann Smith live opposite. Derek said: "Nobody told us '
     'anything."', "Derek"),
    ('Mark met Lisa Jones at the gates on Monday. Mark said: "Nobody told us anything."', "Mark"),
    ('Ann Roe and Derek Smith met at the gates. Derek said: "Nobody told us anything."', "Derek Smith"),
])
def test_a_given_name_otherwise_gets_no_other_persons_surname(text, who):
    assert speakers(text)[-1][1] == who


@pytest.mark.parametrize("text, who", [
    ('Independent TD for Kelby West Roisin Doe, who raised the cuts in the Dail, said the company had taken State '
     'support for years.\n\n"They were happy to take the grants," she said.', "Roisin Doe"),
    ('Labour MP for Ashgrove North Jane Doe, who chairs the committee, said the deal was a mistake.\n\n'
     '"We warned them twice," she said.', "Jane Doe"),
])
def test_a_pronoun_stands_for_the_person_named_after_a_seat_ending_a_title(text, who):
    assert speakers(text)[-1][1] == who


@pytest.mark.parametrize("text, who", [
    ('Texas Sen. Jane Doe said the deal was a mistake.\n\n"We warned them twice," she said.', "Jane Doe"),
    ('Jane Doe, who chairs the Kelby West committee, said the deal was a mistake.\n\n"We warned them twice," she '
     'said.', "Jane Doe"),
    ('The Kelby West Jane Doe Foundation said the deal was a mistake. Ann Roe agreed.\n\n"We warned them twice," she '
     'said.', "Ann Roe"),
    ('Residents of Kelby West said the deal was a mistake. Ann Roe agreed.\n\n"We warned them twice," she said.',
     "Ann Roe"),
])
def test_a_place_before_a_name_otherwise_changes_no_pronoun(text, who):
    assert speakers(text)[-1][1] == who


@pytest.mark.parametrize("text", [
    'White House spokeswoman Alex Roe said Tom Reed "has spent 30 years building things" and that he would be '
    'confirmed.',
    'The son of actress Kel Roe said he would appeal.',
])
def test_a_role_of_one_sex_right_before_a_name_gives_its_sex(text):
    from analysis.quotes import _genders
    assert _genders(text)[text.split(" Roe")[0].split()[-1] + " Roe"] == "f"


@pytest.mark.parametrize("text, who, sex", [
    ('A spokeswoman for Kel Roe said he would appeal.', "Kel Roe", None),  # (whose spokeswoman: no role of hers)
    ('Mr Kel Roe, whose wife Alex Roe is a councillor, said he would appeal.', "Kel Roe", "m"),
    ('Her husband Kel Roe said he would appeal.', "Kel Roe", "m"),
    ('Policewoman Kel Roe said he would appeal.', "Kel Roe", None),  # (a capitalised title: no vote of its own)
    ('Finance officer Kel Roe said he would appeal.', "Kel Roe", "m"),
])
def test_a_name_without_such_a_role_right_before_it_keeps_its_sex(text, who, sex):
    from analysis.quotes import _genders
    assert _genders(text).get(who) == sex


# -- s20 review of the passive-agent, plural-group, office-of and deck rules: each regression passage, right answer

def _rows(text):
    q = extract_quotes(Article.from_text(text))
    return list(zip(q["text"].str.rstrip(",."), q["kind"], q["speaker"], q["source_type"]))


@pytest.mark.parametrize("text, first, second", [
    ('The strategy was called "risky" by Tom Reed and "inspired" by Jane Roe.', "Tom Reed", "Jane Roe"),
    ('The plan was described as "ambitious" by Jo Doe and "unrealistic" by Tom Reed.', "Jo Doe", "Tom Reed"),
    ('The film was called "a masterpiece" by Jo Doe and "boring" by Jane Roe, both critics.', "Jo Doe", "Jane Roe"),
    ('The plan was described as "ambitious" by Jo Doe but "unworkable" by the Kelby Institute.', "Jo Doe",
     "Kelby Institute"),
    ('The strategy was called "risky" by some and "inspired" by Jane Roe.', None, "Jane Roe"),
])
def test_each_coordinated_passive_agent_speaks_its_own_quotation(text, first, second):
    assert [s for _t, _k, s, _st in _rows(text)] == [first, second]


@pytest.mark.parametrize("text, speaker", [
    ('Jo Doe said the plan was "reckless". Tom Reed called it "unfunded" on Monday.', "Jo Doe"),
    ('Jo Doe said the plan was "reckless" and "unfunded".', "Jo Doe"),
    ('Jo Doe called the plan "reckless" and "unfunded" on Monday.', "Jo Doe"),
    ('The plan was "reckless", Jo Doe said, and "unfunded".', "Jo Doe"),
    ('Jo Doe said the scheme was "a con" and had been called "a scandal" by others.', "Jo Doe"),
])
def test_a_shared_sentence_speaker_still_holds_without_an_own_agent(text, speaker):
    assert _rows(text)[0][2] == speaker


@pytest.mark.parametrize("text", [
    'The fees were described as "excessive" by Christmas, after a wave of complaints.',
    'The plan was called "a good start" by Easter, when ministers met again.',
    'The repairs were described as "urgent" by Friday, when the report was published.',
    'The site was described as "unsafe" by December, and work was halted.',
    'The site was described as "unsafe" by Monday morning.',
    'The team was described as "unbeatable" by the end of the season.',
    'The project was described as "on schedule" by May 2024 but delays followed.',
    'The price was described as "cheap" by London standards.',
    'The heat was described as "unusual" by Irish standards.',
    'The crowd was described as "huge" by Kelby standards.',
    'The building was designed by Frank Gehry and was described as "a masterpiece" when it opened in 1997.',
    'The house was built by Tom Reed and was described as "unique" when it was listed.',
    'The town was described as "thriving" by St Patrick\'s Day.',
    'The market was described as "calm" by most accounts.',
    'The talks were described as "productive" by the Christmas break.',
])
def test_a_time_or_measure_after_by_or_an_earlier_verbs_agent_leaves_a_label(text):
    assert [(k, s) for _t, k, s, _st in _rows(text)] == [("term", None)]


@pytest.mark.parametrize("text, speaker", [
    ('The plan was described as "reckless" by Jane Mayday, a local farmer.', "Jane Mayday"),
    ('The plan was described as "reckless" by the Kelby Institute, which studies farming.', "Kelby Institute"),
    ('The plan was described as "reckless" by Tom Easter, a local farmer.', "Tom Easter"),
    ('The plan was described by Tom Reed as "reckless" on Monday.', "Tom Reed"),
    ('The house was built in 1990 and was described by Tom Reed as "unique" when it was listed.', "Tom Reed"),
    ('The plan was called "reckless" by the Kelby Standards Board.', "Kelby Standards Board"),
    ('The law was called "an attack on free speech" by the Kelby Civil Liberties Union.', "Kelby Civil Liberties Union"),
])
def test_a_named_agent_is_still_the_speaker_beside_the_time_rule(text, speaker):
    assert _rows(text)[0][2] == speaker


@pytest.mark.parametrize("text, speaker", [
    ('The Islanders lost 3-2 to the Rangers on Saturday. Islanders said the captain would miss "two to three '
     'weeks".', "Islanders"),
    ('Chiefs confirm injury\n\nChiefs said the receiver would be "out for the season". Coach Andy Reid said: '
     '"It\'s a blow."', "Chiefs"),
    ('Chiefs said the player would be "out for weeks".', "Chiefs"),
    ('Islanders said the captain would miss "several weeks".', "Islanders"),
    ('The Liberals were re-elected in April. Liberals said the carbon tax was "gone for good". Some liberals in '
     'Quebec disagreed.', "Liberals"),
    ('Liberals said the carbon tax was "working". Some liberals in the party disagreed.', "Liberals"),
    ('Nationals said the policy would "hurt regional Australia". Two foreign nationals were arrested.', "Nationals"),
    ('Rangers said in a statement that the manager had left "by mutual consent". Park rangers in the area were not '
     'involved.', "Rangers"),
    ('The Kelby Owls won again. Owls said the coach would stay "for years". Some owls nested nearby.', "Kelby Owls"),
])
def test_a_party_or_club_plural_opening_a_sentence_stays_a_name(text, speaker):
    assert [(s, st) for _t, _k, s, st in _rows(text)] [0] == (speaker, "named")


@pytest.mark.parametrize("text, speaker", [
    ('Rebels said they had "taken the town" after days of fighting. The rebels then withdrew.', "rebels"),
    ('Senators said the bill was "dead on arrival" in its current form.', "senators"),
    ('Independents said the bill was "flawed". Two independents voted against it.', "independents"),
    ('Residents said the road was "a death trap" for children. The residents met on Monday.', "residents"),
    ('Brewers said the duty rise was "a hammer blow" to pubs. Small brewers were worst hit.', "brewers"),
])
def test_a_plural_of_people_opening_a_sentence_is_still_a_group(text, speaker):
    assert [(s, st) for _t, _k, s, st in _rows(text)][0] == (speaker, "anonymous")


@pytest.mark.parametrize("text, speaker, role", [
    ('Archbishop of Westminster Vincent Nichols said: "We pray for peace."', "Vincent Nichols",
     "Archbishop of Westminster"),
    ('Master of Trinity College Cambridge Sally Davies said: "We are delighted."', "Sally Davies",
     "Master of Trinity College Cambridge"),
    ('Chair of the Board Mary Walsh said the appointment was "a strong one".', "Mary Walsh", "Chair of the Board"),
    ('Head of News Tom Reed said the story was "accurate" in every detail.', "Tom Reed", "Head of News"),
])
def test_an_office_of_a_place_before_a_name_keeps_the_name_and_the_role(text, speaker, role):
    q = extract_quotes(Article.from_text(text))
    assert (q["speaker"].iloc[0], q["role"].iloc[0]) == (speaker, role)


@pytest.mark.parametrize("text, speaker", [
    ('Tom Reed of Kelby Bank said the rise was "overdue" at last.', "Tom Reed"),
    ('Secretary of State Jane Roe said the talks were "useful" but short.', "Jane Roe"),
    ('Smith of Kelby Bank said the rise was "overdue" at last.', "Smith"),
    ('Kelby Chamber of Commerce said the rise was "overdue" at last.', "Kelby Chamber of Commerce"),
    ('Jo Doe, Mayor of Kelby, said the rise was "overdue" at last.', "Jo Doe"),
])
def test_heads_with_of_and_no_office_before_a_name_are_unchanged(text, speaker):
    assert _rows(text)[0][2] == speaker


_DECK = ('At a glance\n- Premier says hospital "on track"\n- Health Minister says "no delays"\n\n'
         'Premier Jo Doe said the hospital was on track. Health Minister Tom Reed said there were no delays.')


def test_a_bulleted_deck_line_takes_the_speaker_on_its_own_line():
    assert [s for _t, _k, s, _st in _rows(_DECK)] == ["Jo Doe", "Tom Reed"]
    text = ('Among the findings:\n- Residents said the service was "poor"\n- Staff said they were "overworked"\n'
            '- Managers said targets were "unrealistic"\nThe report\'s author, Jo Doe, said: "These findings are stark."')
    assert [s for _t, _k, s, _st in _rows(text)] == ["residents", "staff", "managers", "Jo Doe"]


@pytest.mark.parametrize("text, speakers_", [
    ('The plan is "bold", Jo Doe said.\nTom Reed said it was "reckless".', ["Jo Doe", "Tom Reed"]),
    ('- The plan is "bold", Jo Doe said.\n- Tom Reed said it was "reckless".', ["Jo Doe", "Tom Reed"]),
    ('Jo Doe said:\n"The plan is bold and it will work for every family in Kelby."', ["Jo Doe"]),
    ('- "The plan is bold," Jo Doe said.\n- "It is reckless," Tom Reed said.', ["Jo Doe", "Tom Reed"]),
    ('The minister said the plan was "bold".\nTom Reed said it was "reckless".', ["minister", "Tom Reed"]),
])
def test_a_speaker_on_another_line_outside_a_bulleted_deck_is_unchanged(text, speakers_):
    assert [s for _t, _k, s, _st in _rows(text)] == speakers_


# -- final review of session 20: offices after "the", namesakes named in passing, another party's member

@pytest.mark.parametrize("text", [
    'The sentence was described as "unduly lenient" by the Director of Public Prosecutions.',
    'The plan was described as "ambitious" by the Mayor of Kelby, who launched it on Monday.',
    'The report was described as "damning" by the Secretary of State for Education.',
    'The ruling was described as "a travesty" by the Solicitor General, Jo Doe.',
    'The school was described as "outstanding" by the Head of Inspections.',
])
def test_an_office_after_the_as_a_passive_agent_is_no_named_speaker(text):
    assert speakers(text)[0][1] is None


@pytest.mark.parametrize("text, who", [
    ('The budget was described by the Kelby Institute for Fiscal Studies as "a gamble".',
     "Kelby Institute for Fiscal Studies"),
    ('The plan was described as "ambitious" by Jo Doe but "unworkable" by the Kelby Institute.', "Kelby Institute"),
    ('The offer was dismissed as "too little, too late" by Jo Doe, a shareholder.', "Jo Doe"),
])
def test_a_body_or_a_person_named_whole_as_a_passive_agent_is_the_speaker(text, who):
    assert speakers(text)[-1][1] == who


@pytest.mark.parametrize("text, who", [
    ('Chief executive Tom Reed said profits rose. "We had a great year," Mr Reed said. The company was founded by '
     'his grandfather, Arthur Reed, in 1920. "We remain a family business," Mr Reed said.', "Tom Reed"),
    ('Ann Reed, the owner, said the hotel was full. "We are delighted," Ms Reed said. Her daughter, Kate Reed, '
     'manages the restaurant. "She has great ideas," Ms Reed said.', "Ann Reed"),
    ('Police inspector Raj Doe said two men had been arrested. "We have recovered the vehicle," Mr Doe said. The '
     'victim, Sunil Doe, 24, was a taxi driver. "The investigation is ongoing," Mr Doe said.', "Raj Doe"),
])
def test_a_namesake_named_in_passing_does_not_take_the_form_of_address_already_used(text, who):
    assert speakers(text)[-1][1] == who


@pytest.mark.parametrize("text, who", [
    ('Jo Doe MLA said the roads were "a disgrace". "We are fixing them," the DUP MLA said.', "DUP MLA"),
    ("Labour's Jo Doe MP said the plan was sound. \"It will work,\" she said. \"It will not,\" the Tory MP said.",
     "Tory MP"),
    ('Sinn Féin housing spokeswoman Jo Doe TD described the measure as "too little". "There are homes lying '
     'empty," the Kelby West TD said.', "Jo Doe"),
])
def test_a_party_description_is_the_member_just_quoted_only_for_that_members_party(text, who):
    assert speakers(text)[-1][1] == who



def test_a_headline_after_a_bulleted_deck_is_measured_on_its_own_line():
    from analysis.quotes import _Resolver

    deck = ("- Jo Doe says the plan for the new bridge over the river is late\n\n"
            "- The council said last spring that it would cost less than it now does")
    body = ("The minister for transport, Sam Roe, told reporters on Monday that the work on the bridge would be "
            "finished by the end of next year, as planned, and that the cost had not changed.")
    text = deck + '\n\nMinister says "we are on track"\n\n' + body + "\n"
    res = _Resolver(Article.from_text(text))
    assert res._in_headline(text.index("we are"))
    assert res._in_headline(text.index("bridge over"))
    assert not res._in_headline(text.index("told reporters"))


@pytest.mark.parametrize("text, who", [
    ('Mayor of London Sadiq Khan said the plan was "bold".', "Sadiq Khan"),
    ('Mayor of Kelby Jo Doe said the plan was "bold".', "Jo Doe"),
    ('Director of Public Health Jo Doe said the figures were "worrying".', "Jo Doe"),
    ('Bishop of Kelby Jo Doe said the closure was "a loss".', "Jo Doe"),
])
def test_an_office_of_a_place_before_any_given_name_is_the_role_not_the_name(text, who):
    assert speakers(text)[0][1] == who  # (a given name of either sex opens the name: "Jo", "Sadiq")


# An office-holder's spokesperson, descriptions that close a quotation, titles and nicknames in names, perception verbs.
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


def test_a_perception_verb_before_a_finite_cue_is_the_perceivers_clause():
    # (only a bare verb of saying after its object makes the one heard or seen the speaker)
    assert speakers('Fans that saw the crash said "It was terrifying, the car just flew."')[-1][1] == "Fans"
    assert speakers('Witnesses who saw the crash said "the car just flew across the road."')[-1][1] == "Witnesses"
    assert speakers('Neighbours who watched the fire told reporters it was "like a furnace."')[-1][1] == "neighbours"
    assert speakers('Critics who see the bill say it is "a gift to landlords."')[-1][1] == "critics"
    text = 'Residents who hear the trains at night say the noise is "unbearable."'
    assert speakers(text)[-1][1] == "residents"
    assert speakers('Voters who saw the debate told pollsters the mayor was "evasive."')[-1][1] == "voters"
    assert speakers('Police heard the suspect say "I did it" during the search.')[-1][1] == "suspect"
    assert speakers('Staff saw the manager yell "get out" at a customer.')[-1][1] == "manager"
    text = 'Officers overheard the man tell his friend "they will never find it."'
    assert speakers(text)[-1][1] == "man"


def test_the_capitalised_office_before_a_relative_clause_is_its_holder():
    text = ('First Minister Jane Roe was accused yesterday of "sailing into a crisis."\n\nTom Reed clashed with the '
            'First Minister, who insisted the report had been shared "as soon as it was verified."')
    assert speakers(text)[-1][1] == "Jane Roe"


def test_an_office_with_no_holder_named_or_no_the_before_it_stays_the_office():
    text = 'Tom Reed clashed with the Prime Minister, who insisted the report was shared "as soon as it was verified."'
    assert speakers(text)[-1][1] == "Prime Minister"
    text = 'Tom Reed met the Kelby Chancellor, who insisted the plan was "on track."'
    assert speakers(text)[-1][1] == "Kelby Chancellor"


# Ordinary copy that broader versions of those rules broke (calling verbs after a quotation, two holders of one role,
# "termed", single initials): each passage must read as it did before them.
def test_a_calling_verb_after_a_quotation_quotes_the_name_after_it():
    # wire, tabloid and sport copy: '"...," warned/blasted/slammed/hailed NAME' is an inverted attribution
    assert speakers('"The economy will slow sharply next year," warned Jane Roe, chief economist at Kelby Bank.') \
        == [("The economy will slow sharply next year", "Jane Roe")]
    assert speakers('"This is a reckless budget that punishes the poor," blasted opposition leader Mary Kline.') \
        == [("This is a reckless budget that punishes the poor", "Mary Kline")]
    assert [s for _, s in speakers('"They have failed this city," criticised Councillor Paul Dunne. '
                                   '"Enough is enough."')] == ["Paul Dunne", "Paul Dunne"]
    assert speakers('"An outstanding servant to the club," hailed chairman Mike Dolan in a statement.')[0][1] \
        == "Mike Dolan"
    assert [s for _, s in speakers('"Stay away from the river," warned police. "The water levels are rising '
                                   'quickly."')] == ["police", "police"]
    assert speakers('"This bill will cost jobs," warned the Kelby Chamber of Commerce in a statement.')[0][1] \
        == "Kelby Chamber of Commerce"
    assert speakers('"Unacceptable," dismissed Finance Minister Jane Roe when asked about the plan.')[0][1] \
        == "Jane Roe"


def test_a_naming_verb_after_a_quotation_that_opens_its_sentence_quotes_the_name_after_it():
    assert speakers('"Mr Reed was a danger to the public," described Detective Inspector Alan Forde in his '
                    'evidence.')[0][1] == "Alan Forde"
    assert speakers('"It\'s the worst decision I have ever seen," described one witness, Tom Reed.')[0][1] \
        == "Tom Reed"
    assert speakers('"Order, order," called the Speaker, Jo Kelby, as MPs jeered.')[0][1] == "the Speaker"


def test_a_naming_verb_names_its_object_after_a_quotation_inside_its_sentence():
    text = 'The statement, signed "Jo Doe, President," described the recall as "a precaution."'
    assert [s for _, s in speakers(text)] == [None, None]
    text = 'The letter, headed "Urgent," called the plan "a disgrace."'
    assert [s for _, s in speakers(text)] == [None, None]


def test_a_spokesperson_for_a_role_two_people_hold_stays_a_description():
    text = ('Health Minister Jane Roe and Finance Minister Tom Reed met union leaders on Monday. A spokesman for the '
            'minister said the talks were "constructive."')
    assert speakers(text)[-1][1] == "spokesman for the minister"
    text = ('Senator Jo Doe and Senator Alan Brooks both opposed the bill. A spokesman for the senator said she was '
            '"disappointed."')
    assert speakers(text)[-1][1] == "spokesman for the senator"
    text = ('Mayor Ellen Cho met Mayor Tom Reed of Kelby on Monday. "It was productive," a spokeswoman for the mayor '
            'said.')
    assert speakers(text)[-1][1] == "spokeswoman for the mayor"
    text = ('Health Minister Jane Kelby said the plan was on track. Junior minister Jo Doe disagreed. A spokesman for '
            'the minister said: "It is on schedule."')
    assert speakers(text)[-1][1] == "spokesman for the minister"


def test_a_spokesperson_for_a_role_one_person_holds_speaks_for_that_person():
    text = ('Tom Reed, the former minister, and the current minister, Jane Roe, spoke at the event. A spokesman for '
            'the minister said: "She was delighted."')
    assert speakers(text)[-1][1] == "Jane Roe"
    text = ('The coroner, Dr Ruth Lane, adjourned the inquest. A spokesman for the coroner said: "A full hearing '
            'will take place in the new year."')
    assert speakers(text)[-1][1] == "Ruth Lane"


def test_a_quotation_after_termed_is_its_subjects_in_the_sentence_or_no_ones():
    text = 'The senator termed the proposal "economic murder." Her colleagues agreed.'
    assert speakers(text)[-1][1] != "colleagues"
    text = ('The Kelby Reserve Bank kept rates on hold. "Inflation remains our focus," Governor Jo Kelby said. '
            'Analysts termed the move "prudent."')
    assert speakers(text)[-1][1] != "Jo Kelby"
    text = 'Opposition parties termed the budget "anti-poor," while Finance Minister Jo Doe said it was "balanced."'
    assert speakers(text)[0][1] != "Jo Doe"
    assert speakers('Council leader Tom Reed termed the report "a whitewash" and called for an inquiry.') \
        == [("a whitewash", "Tom Reed")]


def test_one_initial_before_a_given_name_that_looks_like_a_sentence_opener_stays_in_the_name():
    assert speakers('"It\'s time to act," said T. An Nguyen, who leads the association.')[0][1] == "T. An Nguyen"
    text = 'The vote closed at 10 a.m. A spokeswoman for the board, Jo Doe, said it was "a fair result."'
    assert speakers(text)[-1][1] == "Jo Doe"


def test_the_noun_term_is_no_naming_verb():
    text = ('Jo Doe, head of fixed income at Kelby Asset Management, said the terms were "better than the market had '
            'feared."')
    assert speakers(text) == [("better than the market had feared", "Jo Doe")]
    text = 'Kelby Ratings said it had placed the company\'s long-term rating "on watch with developing implications".'
    assert speakers(text) == [("on watch with developing implications", "Kelby Ratings")]
    text = 'Tom Reed said the short-term outlook was "grim" for farmers.'
    assert speakers(text) == [("grim", "Tom Reed")]


def test_quoted_search_words_after_the_noun_terms_stay_terms():
    # real wire copy: a list of quoted keywords is no one's words ("terms" is a noun, not the verb "termed")
    text = ('Officials searched their records for terms containing words such as "ambassador," "attack" and '
            '"consulate." Nothing was found.')
    rows = extract_quotes(Article.from_text(text))
    assert list(rows["kind"]) == ["term", "term", "term"] and rows["speaker"].isna().all()


_FAR = ("The council said the works would resume in March. It blamed a shortage of parts. Residents held a meeting "
        "on Friday. About 60 people attended. The lift was built in 1984. It has broken down 14 times this year. "
        "Repairs will cost $40,000.\n\n")


def test_a_description_far_from_the_one_person_named_with_its_noun_is_that_person():
    for text, who in [
        ('Among those waiting was retiree Jo Doe, 74, who climbs nine floors every day.\n\n' + _FAR
         + '"My knees cannot take it," said the retiree.', "Jo Doe"),
        ('Jane Roe, a solicitor, was struck off on Monday.\n\n' + _FAR + '"I regret it," the solicitor said.',
         "Jane Roe"),
        ('Tom Reed, the Acme striker, was dropped on Monday. Reed had not scored since March.\n\n' + _FAR
         + '"I regret it," said the striker.', "Tom Reed"),
        ('Jane Roe, a Welsh farmer, sold her herd on Monday.\n\n' + _FAR + '"I regret it," said the Welsh farmer.',
         "Jane Roe"),
    ]:
        assert speakers(text)[-1][1] == who


def test_a_far_description_is_no_one_named_when_its_noun_or_words_are_not_hers_alone():
    # must not fire: two so named, another noun, a word she was not given, another one unnamed, a body too,
    # another age
    for text, who in [
        ('Jane Roe, a solicitor, and Tom Reed, a solicitor from Leeds, were struck off on Monday.\n\n' + _FAR
         + '"I regret it," said the solicitor.', "solicitor"),
        ('Jane Roe, a teacher, was struck off on Monday.\n\n' + _FAR + '"I regret it," said the solicitor.',
         "solicitor"),
        ('Jane Roe, a solicitor, was struck off on Monday.\n\n' + _FAR + '"I regret it," said the veteran solicitor.',
         "veteran solicitor"),
        ('Jane Roe, a solicitor, was struck off on Monday. Another solicitor told the tribunal she was honest.\n\n'
         + _FAR + '"I regret it," said the solicitor.', "solicitor"),
        ('Jane Roe, a solicitor, was struck off on Monday. A solicitor for the bank said the case was closed.\n\n'
         + _FAR + '"I regret it," said the solicitor.', "solicitor"),
        ('Retiree Jo Doe, 81, lives on the ninth floor.\n\n' + _FAR + '"It is hard," said the 74-year-old retiree.',
         "74-year-old retiree"),
        ('Retiree Jo Doe, 74, and retiree Tom Reed, 81, live on the ninth floor.\n\n' + _FAR
         + '"It is hard," said the retiree.', "retiree"),
        ('Jane Roe, a nurse, was struck off on Monday.\n\n' + _FAR + '"I regret it," said the former nurse.',
         "former nurse"),
        ('Jane Roe, a farmer, sold her herd. Tom Reed, a dairy farmer, kept his.\n\n' + _FAR
         + '"I regret it," said the farmer.', "farmer"),
        ('Jane Roe, the club secretary, left Acme FC on Monday.\n\n' + _FAR + '"We regret it," said the club.',
         "club"),
    ]:
        assert speakers(text)[-1][1] == who


def test_a_nickname_of_three_words_inside_a_name_is_no_quotation_as_in_the_mention_layer():
    # quotes reads the mention layer's nickname form (mentions.is_nickname): one to three capitalised words
    rows = extract_quotes(Article.from_text('"I am tired of it all," said Robert "Big Bad Bob" Kowal, who won on '
                                            'Friday.'))
    assert rows[["text", "kind", "speaker"]].values.tolist()[0] == ["I am tired of it all,", "full", "Robert Kowal"]
    assert rows["speaker_mention"][0].startswith('Robert "Big Bad Bob" Kowal')
    assert rows[["text", "kind"]].values.tolist()[1] == ["Big Bad Bob", "term"]


# Copy that breaks paragraphs with single line breaks (and marks a few sections with blank lines): a quotation that
# ends its long line is not attributed by a speech verb in the next line's paragraph.
_SINGLE_BREAK_HEAD = "Council votes on the budget\n\nThe council met on Tuesday night to vote on the budget.\n"


def test_a_speech_verb_in_the_next_single_break_paragraph_is_not_the_quotations_cue():
    text = (_SINGLE_BREAK_HEAD + '"When you run a city, the memorized speech about how great it is does not fill one '
            'pothole," said Jane Doe, the council leader. "People expect you to plow the snow and open the schools."\n'
            'Tom Reed hit back again, saying Doe was too focused on her own campaign to care about the snow.\n'
            'The vote is expected next week.')
    assert speakers(text)[-1] == ("People expect you to plow the snow and open the schools", "Jane Doe")
    text = (_SINGLE_BREAK_HEAD + '"Parks have been short of money for a very long time and should be treated as '
            'such," said Maria Lopez, a member from Kelby. "They have no place at the bottom of the list of this town."\n'
            'Tom Reed, a member from Ashby, criticized the plan for the roads. "We are losing the roads," he said.')
    assert speakers(text)[1] == ("They have no place at the bottom of the list of this town", "Maria Lopez")


@pytest.mark.parametrize("text, expected", [
    # the cue on the same line after a question
    ('The council met on Tuesday.\n\n"Who will pay for the new roads in this town?" Jane Doe asked.',
     "Jane Doe"),
    # hard-wrapped copy: a short line ends at the closing mark and the cue goes on in the next line
    ('Budget vote\n\nThe council met on Tuesday to vote on the budget for the\ncoming year. "Who will pay for the '
     'roads?"\nJane Doe asked.\n\nThe vote is next week.', "Jane Doe"),
    ('Budget vote\n\nMembers argued for hours.\n"We will not be bullied by anyone?"\nTom Reed asked the mayor.'
     '\n\nThe vote is next week.', "Tom Reed"),
    # blank-line paragraphs: the cue after the quotation in its own paragraph
    ('The council met on Tuesday.\n\n"We will rebuild every house on this street before the winter comes," '
     'Jane Doe said.\n\nTom Reed disagreed.', "Jane Doe"),
    # a single-break paragraph with its cue on the same line
    (_SINGLE_BREAK_HEAD + '"We will rebuild every house on this street before the winter comes, whatever the '
     'cost to the town," Jane Doe said on Tuesday.\nTom Reed hit back, saying the plan was too costly.', "Jane Doe"),
])
def test_a_cue_on_the_quotations_own_line_or_in_wrapped_copy_still_attributes(text, expected):
    assert speakers(text)[0][1] == expected


def test_a_name_between_a_dash_and_the_colon_before_a_quotation_labels_its_speaker():
    text = ("Polling roundup for Monday.\n\nPollsters agree - Jane Doe: “One of the biggest lessons was a simple "
            "one: keep on contacting voters as late as possible.”")
    assert speakers(text)[-1][1] == "Jane Doe"
    text = ("Polling roundup for Monday.\n\nBut polls did predict the mayoral race - Tom Reed: “While the caucuses "
            "provided an upset, most pollsters fared much better.”")
    assert speakers(text)[-1][1] == "Tom Reed"
    text = ("Polling roundup for Monday.\n\nPOLLS ARE NOT WRONG, JUST EARLY - Maria Lopez and Tom Reed: “The polls "
            "ended too early to catch the late swing in the county.”")
    assert speakers(text)[-1][1] == "Maria Lopez"


@pytest.mark.parametrize("text, expected", [
    ('Jane Doe had a warning for the council - and for Tom Reed: "You will pay for every road in this town."',
     "Jane Doe"),
    ('The mayor spoke on Tuesday - Jane Doe said: "We will rebuild every house on this street before winter."',
     "Jane Doe"),
    ('Tom Reed had a message for the paper - Kelby Post: "You will pay for every word you print about me."',
     "Tom Reed"),
    ('Jane Doe wrote to the council on Monday – New York: "We will rebuild every house on this street."',
     "Jane Doe"),
    ('Jane Doe gave her view of the vote - Results: "We will rebuild every house on this street."', "Jane Doe"),
    ('Jane Doe told the council - and the press: "We will rebuild every house on this street before winter."',
     "Jane Doe"),
])
def test_a_dash_before_no_name_and_colon_leaves_the_cue_its_speaker(text, expected):
    assert speakers(text)[-1][1] == expected


def _company_speaker(text, company):
    return list(extract_quotes(Article.from_text(text), company=company)["speaker"])[-1]


def test_the_story_company_quoted_inside_the_marks_does_not_hide_the_firm_named_just_before():
    text = ("Ashby lawmakers passed the bill on Tuesday. The vote came after a long debate. The debate drew "
            "attention from local "
            "employers such as Kelby Foods, which opposed the bill. \"We call on other businesses to join us in "
            "speaking out against discrimination in Ashby,\" the company tweeted.")
    assert _company_speaker(text, "Ashby") == "Kelby Foods"
    text = ("Ashby lawmakers passed the bill on Tuesday. The vote came after a long debate. The bill was opposed "
            "by Roe Media, "
            "which owns two papers in the town. \"This law will cost Ashby jobs and investment for years to come,\" "
            "the company said in a statement.")
    assert _company_speaker(text, "Ashby") == "Roe Media"


@pytest.mark.parametrize("text", [
    # the story's company named in the reporter's words in the sentence before: it is "the company"
    "Acme Corp cut 200 jobs on Monday. The cuts were criticised by Kelby Foods, a rival. \"We regret every job "
    "lost at Acme,\" the company said.",
    "Acme Corp cut 200 jobs on Monday, its second round this year. Kelby Foods, a rival, said nothing. \"We "
    "regret every job lost,\" the company said.",
    "Acme Corp posted a loss on Monday. \"We regret every job lost at Acme,\" the company said.",
    "Shares of Acme Corp fell on Monday. Analysts at Kelby Bank cut their rating. \"We regret every job lost,\" "
    "the company said.",
    "Acme Corp said on Monday it would close two plants. \"Acme will keep its head office in Ashby,\" the company "
    "said.",
])
def test_the_story_company_named_by_the_reporter_nearby_stays_the_company(text):
    assert _company_speaker(text, "Acme Corp") == "Acme Corp"


_VILLAGES = "The mayor visited two villages on Monday.\n\n"


@pytest.mark.parametrize("middle, last, expected", [
    # another person is the subject of the sentence between
    ("Her neighbour, Tom Reed, has farmed there for forty years and more.", " “That is a tough area.”", None),
    ("Her neighbour Tom Reed argued that the roads were worse than the towns.", " “That is a tough area.”",
     "Tom Reed"),
    # a speech verb in the sentence between gives its own speaker
    ("A council spokesman told reporters the towns would get new roads by the spring.",
     " “That is a tough area.”", "council spokesman"),
    # the quotation does not open its sentence
    ("They also lie far from any city, far away from either Kelby or Ashby and the coast.",
     " Critics call the plan “a tough sell.”", "critics"),
    # the quotation opens the next paragraph (the paragraph rule, unchanged)
    ("They also lie far from any city, far away from either Kelby or Ashby and the coast.",
     "\n\n“That is a tough area.”", "Jane Doe"),
])
def test_a_quotation_after_a_sentence_between_keeps_its_other_readings(middle, last, expected):
    text = _VILLAGES + "“Those are some very small towns,” Jane Doe said. " + middle + last
    assert speakers(text)[1][1] == expected


def test_a_bodys_quotation_before_a_background_sentence_gives_the_next_one_no_speaker():
    text = (_VILLAGES + "“Those are some very small towns,” the council said in a statement. They also lie far from "
            "any city, far away from either Kelby or Ashby and the coast. “That is a tough area.”")
    assert speakers(text)[1][1] is None


def test_words_a_crowd_cries_out_in_a_participle_after_a_comma_are_the_crowds():
    text = 'Outside the hall, about 200 protesters gathered in three groups, holding signs and chanting "Dump Reed."'
    assert speakers(text)[-1][1] == "about 200 protesters"
    text = ('Jane Doe spoke just down the street from the hotel, where about 50 protesters had gathered on Wednesday, '
            'chanting "no contract, no peace" after the union failed to reach a deal.')
    assert speakers(text)[-1][1] == "about 50 protesters"


@pytest.mark.parametrize("text, expected", [
    ('The protesters gathered outside, chanting "No deal, no peace."', "protesters"),
    ('Jane Doe arrived at the hall, shouting "We won!"', "Jane Doe"),
    ('Hundreds of fans marched through the town on Monday, chanting "We want Reed."', "Hundreds of fans"),
    ('Jane Doe walked into the hall, where she was greeted by students, chanting "Doe! Doe!"', "Jane Doe"),
    ('Tom Reed, who was greeted by students, thanked them, shouting "We did it!"', "Tom Reed"),
    # not a verb of crying out
    ('Jane Doe spoke at the hall, where about 50 students had gathered, telling them "We did it!"', "Jane Doe"),
    ('On Monday, the striking workers marched to the plant, yelling "No deal, no peace!"', "striking workers"),
])
def test_a_participle_of_crying_out_keeps_the_usual_subject_elsewhere(text, expected):
    assert speakers(text)[-1][1] == expected


_HEARING = "The hearing ran for eleven hours.\n\n"


def test_a_label_opening_the_paragraph_gives_each_turn_of_a_transcript_its_speaker():
    text = (_HEARING + 'Rep. Tom Reed (R-Ohio):"I have not heard anyone other than you ever cite that figure. Who told '
            'you that?"\n\nFormer secretary of state Jane Doe:"We learned that from the department and its analysis '
            'of the e-mails."\n\n- exchange during a hearing.')
    assert [s for _, s in speakers(text)] == ["Tom Reed", "Jane Doe"]
    text = (_HEARING + 'Tom Reed asked about the figure.\n\nREED: "I have not heard anyone other than you ever cite '
            'that figure. Who told you that?"\n\nDOE: "We learned that from the department and its analysis of the '
            'e-mails."\n\nJane Doe left at noon.')
    assert [s for _, s in speakers(text)] == ["Tom Reed", "Jane Doe"]


@pytest.mark.parametrize("label, expected", [
    ("UPDATE:", None),  # capitals that are no one's surname
    ("In a letter to Jane Doe:", "Tom Reed"),  # a preposition: the name is no label
    ("He wrote to Jane Doe:", "Tom Reed"),  # a verb: the name is its object
    ("Then Tom Reed Praised Jane Doe:", "Tom Reed"),  # title case with a verb
    ("Jane Doe told reporters:", "Jane Doe"),  # a cue before the colon (the usual reading)
])
def test_a_paragraph_opening_before_a_colon_that_is_no_label_keeps_the_usual_reading(label, expected):
    text = _HEARING + '"We will win this," Tom Reed said.\n\n' + label + ' "We learned that from the department."'
    assert speakers(text)[-1][1] == expected


def test_a_title_case_headline_with_a_name_before_the_colon_is_no_label():
    text = ("Jo Roe Praises Kelby Political Editor Jane Doe: 'Very Good Reporter.'\n\nJo Roe praised the editor "
            "on Monday.")
    assert all(s != "Jane Doe" for _, s in speakers(text))


def test_an_organisation_opening_the_clause_before_a_colon_is_the_speaker_of_the_quotation_after_it():
    text = ("The Kelby Board of Elections was conclusive in its findings: “Further discussion on this issue is "
            "unnecessary.”")
    assert speakers(text)[-1][1] == "Kelby Board of Elections"
    assert speakers("Acme Corp had one message for its staff: “We will not close the plant.”")[-1][1] == "Acme Corp"


@pytest.mark.parametrize("text, expected", [
    # a speech verb with its own subject before the colon
    ("The Kelby Times made the same claim in May, and Acme Corp responded: “We will not close the plant.”",
     "Acme Corp"),
    # the organisation inside quotation marks (a headline quoted before a byline)
    ('"The plant to close at the end of May," by Kelby Times reporter Jane Doe: “The plant, which gave an early '
     'start to many workers, will close.”', None),
    # no organisation's name opens the clause
    ("The council approved three things on Monday: “more parks, more roads and more schools.”", None),
    ("Kelby, the town, had one message for the minister: “We will not close the plant.”", None),
    # a person opens the clause
    ("Jane Doe of Acme Corp had one message for the staff: “We will not close the plant.”", "Jane Doe"),
])
def test_a_colon_after_no_organisations_clause_keeps_the_usual_reading(text, expected):
    assert speakers(text)[-1][1] == expected


def test_a_hyphened_head_noun_keeps_its_prepositional_phrase_in_the_speaker():
    text = "“They know Jane is the only one strong enough to stop the banks,” a voice-over in the ad states."
    assert speakers(text)[-1][1] == "voice-over in the ad"
    text = "“They know Jane is the only one strong enough to stop the banks,” a co-founder of the group said."
    assert speakers(text)[-1][1] == "co-founder of the group"


@pytest.mark.parametrize("text, expected", [
    ("“We will win,” Jane Doe said in a half-hour interview with the paper.", "Jane Doe"),
    ("“We will win,” a Kelby-based spokesman for the group said.", "Kelby-based spokesman for the group"),
    ("Jane Doe, a long-time critic of the plan, said on Monday: “We will win.”", "Jane Doe"),
    ("“We will win,” said a spokesman for the Ashby-Kelby council.", "spokesman for the Ashby-Kelby council"),
    ("“We will win,” the two-time winner of the race said on Sunday.", "two-time winner of the race"),
])
def test_hyphened_words_elsewhere_leave_the_speaker_as_it_was(text, expected):
    assert speakers(text)[-1][1] == expected
