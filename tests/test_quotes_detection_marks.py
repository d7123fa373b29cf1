"""Finding quotations, their kind and the ``direct`` column, on hand-written sentences (issue 12)."""

import warnings

from analysis import Article
from analysis.quotes import extract_quotes, stray_quote_marks


def rows(text):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        q = extract_quotes(Article.from_text(text))
    return [(r.text, r.kind, bool(r.direct), r.speaker) for r in q.itertuples()]


def test_a_quotation_inside_a_quotation_in_the_same_marks_belongs_to_the_outer_one():
    text = '"Reports say the driver shouted "stop the count" as he fled," Ana Ruiz wrote on Friday.'
    assert rows(text) == [('Reports say the driver shouted "stop the count" as he fled,', "full", True, "Ana Ruiz")]
    curly = "“Fans behind her wore “Vote Ruiz” shirts all night,” Ana Ruiz tweeted."
    assert rows(curly) == [("Fans behind her wore “Vote Ruiz” shirts all night,", "full", True, "Ana Ruiz")]


def test_an_outer_mark_never_closed_is_a_stray_and_the_inner_quotation_stands():
    text = 'He said "yes. Then "no," she said.'
    assert [r[0] for r in rows(text)] == ["no,"]
    assert stray_quote_marks(Article.from_text(text))["start"].tolist() == [8]


def test_single_marks_inside_a_doubled_apostrophe_quotation_are_part_of_it():
    # archived copy types the double mark as two apostrophes: the single-marked words inside are what the
    # speaker quotes, no quotation of their own
    text = "''We hear it every day, 'Rail is a special case,''' Mr. Lund said. ''It is not.''"
    assert rows(text) == []
    uk = "The 'Leave' camp won, said Jo Doe. 'It is over,' she said."
    assert [(r[0], r[1]) for r in rows(uk)] == [("Leave", "term"), ("It is over,", "full")]


def test_only_the_longest_fragment_of_one_attributed_clause_is_direct():
    text = ('Ann Reid said that Lee has energized "a lot of young people" who '
            '"are now rabidly involved in the whole system."')
    assert [(r[0], r[1], r[2]) for r in rows(text)] == [
        ("a lot of young people", "partial", False),
        ("are now rabidly involved in the whole system.", "partial", True)]
    # a verb of saying between them opens a clause of its own: both stay direct
    two = 'Jo Doe called the plan "shameful and cruel" and promised to "fight it in every court in the land."'
    assert [r[2] for r in rows(two)] == [True, True]


def test_words_cried_out_are_speech_even_when_few_or_in_title_case():
    text = "The minister walked in to chants of “Out! Out!” from the gallery."
    assert [(r[0], r[1]) for r in rows(text)] == [("Out! Out!", "full")]
    slogan = 'Hundreds of nurses marched past, chanting "Fair Pay Now," as police watched.'
    assert [(r[0], r[1], r[2]) for r in rows(slogan)] == [("Fair Pay Now,", "full", True)]
    # a slogan with no voice crying it stays a label
    assert rows('The "Fair Pay Now" campaign began in May.')[0][1] == "term"


def test_a_list_of_quoted_words_is_no_run_of_quotations():
    text = 'Clerks searched the files for words such as "harbour," "levy," "Dover," "tariff" and "border checks."'
    assert {r[1] for r in rows(text)} == {"term"}
    assert not any(r[2] for r in rows(text))


def test_a_comma_after_a_clause_of_saying_introduces_a_full_quotation():
    text = 'Ms Oduya, the union’s treasurer, told the meeting simply, "We lost."'
    assert rows(text) == [("We lost.", "full", True, "Oduya")]
    # a capitalised phrase after a comma with no verb of saying before it is no quotation of anyone's
    assert rows('In his budget on Monday, "Fair Shares" was the slogan.')[0][1] == "term"


def test_the_that_after_the_verb_belongs_to_the_attributed_content():
    # the content is 'that what the staff did "may have broken the law."': 19 letters quoted of 38, not most
    text = 'Mook suggested that what the staff did "may have broken the law."'
    assert rows(text) == [("may have broken the law.", "partial", False, "Mook")]


def test_a_single_marked_quotation_runs_on_into_the_next_paragraph():
    text = ("Union leader Jo Doe said: 'The cap on rail fares has to stay for the whole of next year.\n\n"
            "'Anything else would betray the commuters who kept this town going,' she added.\n\n"
            "Ministers declined to comment.")
    got = rows(text)
    assert [(r[0][:22], r[1], r[3]) for r in got] == [("The cap on rail fares ", "full", "Jo Doe"),
                                                     ("Anything else would be", "full", "Jo Doe")]


def test_a_short_single_marked_paragraph_is_speech_in_british_copy():
    text = ("'The cap on rail fares will stay for the whole of next year,' Jo Doe said.\n\n"
            "'It is the least we can do.'\n\nShe left at noon.")
    assert [(r[0], r[1], r[3]) for r in rows(text)][1] == ("It is the least we can do.", "full", "Jo Doe")
    # in copy that quotes in double marks, such a line is a heading quoting the story
    us = '"The cap on rail fares will stay," Jo Doe said.\n\n\'A change warrior.\'\n\nShe was fired in May.'
    assert rows(us)[1][1] == "term"


def test_the_content_after_a_verb_of_telling_starts_at_its_that():
    # the listener and the adverbials before "that" are no part of what was said
    text = 'Jo Doe told supporters after her win in the county primary that "when you win, it is beautiful."'
    assert rows(text) == [("when you win, it is beautiful.", "partial", True, "Jo Doe")]


def test_a_plural_possessive_closes_a_single_quotation_only_when_nothing_else_does():
    # a headline: "choices' ahead" looks like "workers' union", but no other mark closes the quotation
    assert [r[0] for r in rows("PM warns of 'tough choices' ahead of budget")] == ["tough choices"]
    nested = "'The workers' union will fight this,' she said."
    assert [r[0] for r in rows(nested)] == ["The workers' union will fight this,"]
    assert rows("The dockers' union and the nurses' union met.") == []


def test_a_single_marked_quotation_in_a_us_headline_is_not_a_direct_quotation():
    # US headline style quotes in single marks; the story below quotes the same words in double marks
    text = ("Mayor Ruiz: 'We Will Fix Every Bridge.'\n\n"
            '"We will fix every bridge in this county by the spring," Mayor Ana Ruiz said on Monday.\n\n'
            "The council approved the plan.")
    got = rows(text)
    assert [(r[0], r[2]) for r in got] == [("We Will Fix Every Bridge.", False),
                                           ("We will fix every bridge in this county by the spring,", True)]
    # in British copy, which quotes in single marks throughout, the first line is speech like any other
    british = ("'We will fix every bridge in this county by the spring,' Ana Ruiz said.\n\n"
               "'It is the least we can do,' she added.")
    assert [r[2] for r in rows(british)] == [True, True]


def test_a_straight_mark_right_after_a_colon_opens_a_quotation():
    # a transcript's speaker label typed without the space after its colon
    text = ('Councillor Jo Doe (Ward 4):"Who approved the budget for the bridge? Nobody asked us."\n\n'
            "The mayor did not answer.")
    got = rows(text)
    assert [(r[0], r[1], r[2]) for r in got] == [("Who approved the budget for the bridge? Nobody asked us.", "full",
                                                  True)]


def test_with_no_verb_of_saying_the_content_starts_at_the_that_before_the_quotation():
    # "worried" is no verb of saying: the content is 'that the levy was "a burden on families."' (most of it
    # quoted), not the whole sentence from "In a long interview"
    text = ('In a long interview on Friday evening, the veteran councillor Jo Roe worried that the levy was '
            '"a burden on families."')
    assert [(r[0], r[1], r[2]) for r in rows(text)] == [("a burden on families.", "partial", True)]
    # without the "that", the sentence is the content and the few quoted words are not most of it
    plain = ('In a long interview on Friday evening, the veteran councillor Jo Roe worried about '
             '"a burden on families."')
    assert [(r[0], r[1], r[2]) for r in rows(plain)] == [("a burden on families.", "partial", False)]


def test_a_quotation_opening_a_sentence_that_goes_on_unquoted_is_partial():
    # the reporter's clause goes on after the marks: a few quoted words of a longer clause, no direct quotation
    text = 'The council met on Monday.\n\n"We are shocked" by the closure of the plant in town, Jo Doe said.'
    assert [r[:3] for r in rows(text)] == [("We are shocked", "partial", False)]
    # a quotation that ends its clause inside the marks is full, and so is one with its comma left out
    full = 'The council met on Monday.\n\n"We are shocked and saddened by the closure," Jo Doe said.'
    assert [r[1:3] for r in rows(full)] == [("full", True)]
    bare = 'The council met on Monday.\n\n"We are shocked and saddened by the closure" she said.'
    assert [r[1:3] for r in rows(bare)] == [("full", True)]


def test_an_unquoted_clause_after_a_continued_voice_keeps_the_speaker():
    # the quotation opening the second paragraph continues Jo Doe's voice; the clause goes on after the marks
    text = ('"The plant will close in May," Jo Doe said.\n\n'
            '"We are shocked" by the closure of the plant in town and by the loss of so many jobs.')
    got = rows(text)
    assert got[1] == ("We are shocked", "partial", False, "Jo Doe")


def test_a_reason_after_a_partial_quotation_belongs_to_its_content():
    # the content is 'it was "a scandal and a disgrace" because the money had run out': the quoted words are
    # not most of it (a reason or a condition is part of what was said)
    text = 'Jo Doe said it was "a scandal and a disgrace" because the money had run out.'
    assert rows(text) == [("a scandal and a disgrace", "partial", False, "Jo Doe")]
    # a dash still ends it: 'it was "a scandal and a disgrace"' is most quoted
    dash = 'Jo Doe said it was "a scandal and a disgrace" — the money had run out.'
    assert rows(dash) == [("a scandal and a disgrace", "partial", True, "Jo Doe")]


def test_a_quoted_word_after_a_copula_in_reported_speech_is_the_speakers_word():
    from analysis import Article
    from analysis.quotes import extract_quotes
    # 'said colleagues were "furious"': the source's word, a partial quotation of the source, not a label
    text = "One minister, speaking on condition of anonymity, said colleagues were “furious” about the delay."
    q = extract_quotes(Article.from_text(text))
    assert q[["kind", "text"]].values.tolist() == [["partial", "furious"]]
    assert q["speaker"].tolist() == ["minister"]
    # a quoted word with no copula before it stays a label: 'the "affordable" homes'
    q = extract_quotes(Article.from_text("Jo Doe said the “affordable” homes would be built next year."))
    assert q["kind"].tolist() == ["term"]


def test_a_lower_case_word_before_a_passive_by_is_speech_not_a_bylined_title():
    from analysis import Article
    from analysis.quotes import extract_quotes
    # 'said the league was "encouraged" by the offer': the commissioner's word; '"The Long Road," by Jo Doe': a title
    q = extract_quotes(Article.from_text("Commissioner Ana Silva said the league was “encouraged” by the offer."))
    assert q[["kind", "speaker"]].values.tolist() == [["partial", "Ana Silva"]]
    q = extract_quotes(Article.from_text("Shop owner Jo Doe said the square had become “impassable” at rush hour."))
    assert q["kind"].tolist() == ["partial"]
    q = extract_quotes(Article.from_text("She was reading “The Long Road,” by Jo Doe, on the train."))
    assert q["kind"].tolist() == ["term"]


def test_a_quotation_on_a_furniture_line_is_no_ones_speech():
    from analysis import Article
    from analysis.quotes import extract_quotes
    # a link to another story under a speaker's paragraph: its quoted headline is nobody's words here
    text = ("Waiting lists grew again in March.\n\n“We are doing all we can,” said Dr Ana Silva.\n\n"
            "Read more: ‘I waited three years for a scan’\n\nThe figures will be published in May.")
    q = extract_quotes(Article.from_text(text))
    assert q[["kind", "speaker"]].values.tolist() == [["full", "Ana Silva"], ["term", None]]
