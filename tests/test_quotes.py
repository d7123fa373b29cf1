"""Quotations, their kinds and their speakers, on hand-written sentences (and the seed reference)."""

import warnings
from pathlib import Path

import pandas as pd
import pytest

from analysis import Article, ArticleError
from analysis.quotes import (
    CLAIM_COLUMNS,
    QUOTE_COLUMNS,
    SOURCE_COLUMNS,
    QuoteWarning,
    extract_quotes,
    reported_claims,
    source_stance,
    source_table,
    story_company,
    stray_quote_marks,
    voice_shares,
)


def quotes(text, **kw):
    return extract_quotes(Article.from_text(text), **kw)


def only(text, **kw):
    q = quotes(text, **kw)
    assert len(q) == 1, q[["text", "kind", "speaker"]]
    return q.iloc[0]


# -- attribution patterns ---------------------------------------------------
@pytest.mark.parametrize(
    "text, speaker, mention, cue",
    [
        # cue after the quotation, inverted
        ("“We will build the plant next year,” said Jane Doe.", "Jane Doe", "Jane Doe", "said"),
        # cue after the quotation, subject first
        ("“We will build the plant next year,” Jane Doe said.", "Jane Doe", "Jane Doe", "said"),
        # present tense with an appositive
        ("“Costs are rising fast,” says Omar Haddad, an analyst at Brightwater.", "Omar Haddad",
         "Omar Haddad, an analyst at Brightwater", "says"),
        # cue before the quotation with a colon
        ("Jane Doe said: “We will build the plant next year.”", "Jane Doe", "Jane Doe", "said"),
        # "told" with an object
        ("“We were there for a good reason,” Figueroa told reporters.", "Figueroa", "Figueroa", "told"),
        # according to
        ("“The deal is done,” according to Maria Lopez.", "Maria Lopez", "Maria Lopez", "according to"),
        # title and party in parentheses
        ("“This is a sad day,” said Rep. John Smith (D-Md.), who leads the panel.", "John Smith",
         "Rep. John Smith", "said"),
        # a description followed by the name
        ("A company spokesman, Tom Reyes, said: “We own this mistake.”", "Tom Reyes",
         "A company spokesman, Tom Reyes", "said"),
        # question ending the sentence inside the marks, cue in the next one
        ("“Who would have believed it?” Trump asked the crowd.", "Trump", "Trump", "asked"),
    ],
)
def test_cue_patterns_give_the_speaker(text, speaker, mention, cue):
    row = only(text)
    assert row.kind == "full"
    assert row.speaker == speaker
    assert row.speaker_mention == mention
    assert row.cue == cue


def test_mention_offsets_point_at_the_words():
    text = "Prices fell. “We will recover,” says Jane Doe, chief executive of Acme."
    art = Article.from_text(text)
    row = extract_quotes(art).iloc[0]
    assert art.text[row.speaker_start:row.speaker_end] == row.speaker_mention
    assert art.text[row.start:row.end] == row.text == "We will recover,"


def test_surname_is_the_full_name_met_earlier():
    text = ("Jane Doe founded Acme in 2001. Sales doubled last year.\n\n"
            "“We are only starting,” Doe said.")
    assert only(text).speaker == "Jane Doe"


def test_continuation_without_a_cue_keeps_the_speaker():
    text = "“Costs are rising,” said Jane Doe. “We will have to raise prices next year.”"
    q = quotes(text)
    assert list(q["speaker"]) == ["Jane Doe", "Jane Doe"]


def test_paragraph_that_reopens_a_quotation():
    text = ("“The first thing is the money,” said Jane Doe. “We had none.\n\n"
            "“The second thing is time, and we had even less of that.”")
    q = quotes(text)
    assert list(q["speaker"]) == ["Jane Doe"] * 3
    assert q.iloc[1].text == "We had none."
    assert "continues in the next paragraph" in q.iloc[1].note


@pytest.mark.parametrize("pronoun", ["he", "she"])
def test_pronoun_resolves_to_the_person_named_before(pronoun):
    # "Robin" is borne by both sexes: either pronoun may refer to Robin Haddad
    text = (f"Robin Haddad runs the fund. Prices fell on Monday.\n\n"
            f"“We saw this coming months ago,” {pronoun} said.")
    row = only(text)
    assert row.speaker == "Robin Haddad"
    assert row.speaker_mention == pronoun


@pytest.mark.parametrize("pronoun, speaker", [("she", "Maria Lopez"), ("he", "Omar Haddad")])
def test_pronoun_agrees_with_the_given_name(pronoun, speaker):
    text = ("Omar Haddad runs the fund. Maria Lopez, his deputy, watched the market. Prices fell.\n\n"
            f"“We saw this coming months ago,” {pronoun} said.")
    assert only(text).speaker == speaker


def test_pronoun_skips_a_person_inside_a_reported_clause_and_a_lone_surname_counts():
    text = ("Carson campaigned in Ohio. Carson joked that, among voters, Smith ranks fourth.\n\n"
            "“I have always liked Ohio,” he said.")
    assert only(text).speaker == "Carson"


def test_told_gives_the_speaker_not_the_listener():
    text = "Prices fell again. “We were wrong to wait,” Ramos, 58, told AFP in an interview."
    assert only(text).speaker == "Ramos"


def test_a_relative_clause_that_tells_a_listener_quotes_its_antecedent():
    text = "The hearing was tense. Jane Holt, who told Congress: “We did nothing wrong,” left early."
    assert only(text).speaker == "Jane Holt"


def test_pronoun_skips_a_name_inside_the_quotation():
    text = "Jane Doe spoke first. “Mark Smith is wrong about the plan,” she said."
    assert only(text).speaker == "Jane Doe"


def test_anaphor_the_person_resolves_to_the_anonymous_source():
    text = ("“The plan is late,” says one former executive who worked on it. "
            "Sales fell in May. “Nobody wanted to say so,” the person adds.")
    q = quotes(text)
    assert list(q["speaker"]) == ["former executive", "former executive"]
    assert list(q["speaker_mention"]) == ["one former executive", "the person"]  # its relative clause left out
    assert set(q["source_type"]) == {"anonymous"}


def test_definite_description_is_the_same_source_and_another_is_not():
    text = ("“It was chaos,” says one former Acme executive. “We had no plan,” says another Acme insider. "
            "Later, “it got better,” the former Acme executive says.")
    q = quotes(text)
    assert list(q["speaker"]) == ["former Acme executive", "Acme insider", "former Acme executive"]


def test_speaker_in_the_previous_sentence_reported_claim():
    text = ("For her part, Jane Doe has argued that the risk is overstated. "
            "“Nobody loses money by waiting a year.”")
    assert only(text).speaker == "Jane Doe"


# -- kinds ------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, term",
    [
        ("What executives call the “war room” is on the fifth floor.", "war room"),
        ("Staff praised his “hardcore” work ethic.", "hardcore"),
        ("The platform allowed “sensual” chats with users.", "sensual"),
        ("He wants to build what he dubs “personal superintelligence” for everyone.", "personal superintelligence"),
    ],
)
def test_scare_quote_is_a_term_without_speaker(text, term):
    row = only(text)
    assert row.text == term
    assert row.kind == "term"
    assert row.speaker is None
    assert row.source_type == "none"


def test_partial_quotation_in_the_reporters_sentence():
    text = "Jane Doe, an engineer who left Acme in May, described the plan as “a mess that nobody could fix”."
    row = only(text)
    assert row.kind == "partial"
    assert row.speaker == "Jane Doe"
    assert row.role == "an engineer who left Acme in May"


def test_two_partial_quotations_share_the_cue():
    text = "Jane Doe said in a memo that the goal was “growth at any cost” and “speed above all”."
    q = quotes(text)
    assert list(q["kind"]) == ["partial", "partial"]
    assert list(q["speaker"]) == ["Jane Doe", "Jane Doe"]


def test_nested_single_quote_belongs_to_the_outer_quotation():
    row = only("“Will he ‘win’? I am not sure,” said Jane Doe.")
    assert row.text == "Will he ‘win’? I am not sure,"


def test_ellipsis_and_brackets_stay_inside():
    row = only("“If you build too slowly . . . then [the company] is out of position,” he said.")
    assert "[the company]" in row.text and ". . ." in row.text


# -- negatives and odd input ---------------------------------------------------
def test_unattributed_quotation_gets_no_invented_speaker():
    row = only("The sign on the door read: “Back in five minutes, maybe ten.”")
    assert row.speaker is None
    assert row.source_type == "none"


def test_straight_quotes_work():
    row = only('"We will not appeal this decision," said Tom Reyes.')
    assert row.text == "We will not appeal this decision,"
    assert row.speaker == "Tom Reyes"


def test_unbalanced_mark_is_reported_and_the_rest_extracted():
    art = Article.from_text("He said “yes and left.\n\nJane Doe said: “We stay.”")
    with pytest.warns(QuoteWarning, match="never closed"):
        q = extract_quotes(art)
    assert list(q["text"]) == ["We stay."]
    stray = stray_quote_marks(art)
    assert list(stray["start"]) == [8]
    assert art.text[8] == "“"


def test_stray_closing_mark_does_not_crash():
    with pytest.warns(QuoteWarning, match="no opening mark"):
        q = quotes("Prices rose” on Monday. “Good,” said Jane Doe.")
    assert list(q["speaker"]) == ["Jane Doe"]


def test_no_quotations_gives_an_empty_table_with_columns():
    q = quotes("Prices rose on Monday. Nobody said anything.")
    assert q.empty
    assert list(q.columns) == QUOTE_COLUMNS


def test_html_entities_and_apostrophes_do_not_break_offsets():
    art = Article.from_text("It&#8217;s the investors&#8217; money. “We&#8217;ll see,” said Jane Doe.")
    q = extract_quotes(art)
    for r in q.itertuples():
        assert art.text[r.start:r.end] == r.text


def test_bad_input_raises_article_error():
    with pytest.raises(ArticleError):
        extract_quotes("not an article")


# -- sources, claims, tone ------------------------------------------------------
def test_source_table_counts_quotes_words_and_claims():
    art = Article.from_text(
        "Sales fell, according to four people familiar with the matter. "
        "“We are worried about next year,” says Jane Doe, an analyst at Brightwater. "
        "Several of the people say the cuts will continue."
    )
    t = source_table(art).set_index("speaker")
    assert list(source_table(art).columns) == SOURCE_COLUMNS
    assert t.loc["Jane Doe", "quotes"] == 1
    assert t.loc["Jane Doe", "words_quoted"] == 6
    assert t.loc["Jane Doe", "affiliation"] == "analyst"
    assert t.loc["people familiar with the matter", "quotes"] == 0
    assert t.loc["people familiar with the matter", "reported_claims"] == 2


def test_reported_claims_have_offsets_and_sentences():
    art = Article.from_text("Prices rose. Insiders say that the plan has failed.")
    c = reported_claims(art)
    assert list(c.columns) == CLAIM_COLUMNS
    row = c.iloc[0]
    assert row.speaker == "insiders"
    assert art.text[row.speaker_start:row.speaker_end] == "Insiders"
    assert row.sentence_id == 1


def test_former_insider_needs_the_story_company():
    art = Article.from_text(
        "Acme cut jobs. Acme shares fell. Acme will report on Friday.\n\n"
        "“It was overdue,” says Jane Doe, a former Acme engineer. "
        "“It was overdue,” says Tom Reyes, a former Zenith engineer."
    )
    assert story_company(art) == "Acme"
    t = source_table(art).set_index("speaker")
    assert t.loc["Jane Doe", "affiliation"] == "former insider"
    assert t.loc["Tom Reyes", "affiliation"] != "former insider"
    t2 = source_table(art, company="Zenith").set_index("speaker")
    assert t2.loc["Tom Reyes", "affiliation"] == "former insider"


def test_tone_columns_and_bootstrap_interval():
    art = Article.from_text("“This is a wonderful, great result,” said Jane Doe. “It is a terrible, awful loss,” she added.")
    q = extract_quotes(art)
    assert list(q["label"]) == ["positive", "negative"]
    row = source_table(art).iloc[0]
    assert row.ci_low <= row.compound_mean <= row.ci_high
    assert row.compound_mean == pytest.approx(q["compound"].mean())
    assert source_table(art).equals(source_table(art))  # fixed seed


# -- the seed reference ------------------------------------------------------------
def test_seed_reference_every_full_quote_found_with_its_source(seed):
    ref = pd.read_csv(Path(__file__).resolve().parent.parent / "data" / "annotations" / "quotes.csv")
    q = extract_quotes(seed).set_index(["start", "end"])
    full = ref[ref["kind"] == "full"]
    for r in full.itertuples():
        assert (r.start, r.end) in q.index, r.text
        assert q.loc[(r.start, r.end), "speaker"] == r.speaker, r.text
    terms = ref[ref["kind"] == "term"]
    found_terms = q.loc[[(r.start, r.end) for r in terms.itertuples()]]
    assert (found_terms["kind"] == "term").all()
    partial = ref[ref["kind"] == "partial"]
    hits = sum((r.start, r.end) in q.index and q.loc[(r.start, r.end), "kind"] == "partial" for r in partial.itertuples())
    assert hits / len(partial) >= 0.9


def test_no_warnings_on_the_seed(seed):
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        extract_quotes(seed)


def test_line_that_reopens_a_quotation_inside_one_paragraph():
    text = "“The first thing is money,” said Jane Doe. “We had none.\n“The second thing is time.”"
    q = quotes(text)
    assert list(q["text"]) == ["The first thing is money,", "We had none.", "The second thing is time."]
    assert list(q["speaker"]) == ["Jane Doe"] * 3


def test_closing_mark_typed_as_opening_mark_is_read_by_its_place():
    # a right-hand mark at the start of a quotation, a left-hand one at its end
    row = only("Prices rose. ”We will cope with this,“ said Jane Doe.")
    assert row.text == "We will cope with this,"
    assert row.speaker == "Jane Doe"


def test_participle_at_clause_start_takes_the_main_subject():
    text = "Jane Doe fell ill. After saying her foot was “so swollen I could barely walk,” she was taken to hospital."
    row = only(text)
    assert row.kind == "partial"
    assert row.speaker == "Jane Doe"
    assert row.speaker_mention == "she"


def test_name_calling_is_the_callers_partial_quotation():
    row = only("Jane Doe called her rival a “reckless and dangerous gambler” on Monday.")
    assert row.kind == "partial"
    assert row.speaker == "Jane Doe"


@pytest.mark.parametrize("bad", ["not an article", ["a list"], None, 42])
def test_non_article_input_raises_article_error(bad):
    with pytest.raises(ArticleError, match="expected an Article"):
        source_table(bad)


# -- sides: company, former, outside --------------------------------------------------
def test_side_column_in_every_table():
    art = Article.from_text(
        "Acme cut jobs. Acme shares fell. Acme will report on Friday.\n\n"
        "“It was overdue,” says Jane Doe, a former Acme engineer who left the company in May. "
        "“We are cutting costs,” says Tom Reyes, Acme’s chief executive. "
        "“Costs were too high,” says Omar Haddad, an analyst at Brightwater. "
        "Some staff say the cuts went too far."
    )
    t = source_table(art).set_index("speaker")
    assert "side" in SOURCE_COLUMNS and "side" in QUOTE_COLUMNS and "side" in CLAIM_COLUMNS
    assert t.loc["Jane Doe", "side"] == "former"
    assert t.loc["Tom Reyes", "side"] == "company"
    assert t.loc["Tom Reyes", "affiliation"] == "company leadership"
    assert t.loc["Omar Haddad", "side"] == "outside"
    q = extract_quotes(art).set_index("speaker")
    assert q.loc["Jane Doe", "side"] == "former"
    c = reported_claims(art)
    assert list(c["speaker"]) == ["staff"]
    assert list(c["side"]) == ["company"]


def test_former_officer_is_not_leadership():
    art = Article.from_text(
        "Acme cut jobs. Acme shares fell. Acme will report on Friday.\n\n"
        "“It was overdue,” says former chief operating officer Jane Doe, who now runs a bakery."
    )
    row = source_table(art).set_index("speaker").loc["Jane Doe"]
    assert row["affiliation"] != "company leadership"
    assert row["side"] != "company"


def test_newly_hired_head_of_a_unit_is_the_company():
    art = Article.from_text(
        "Acme cut jobs. Acme shares fell.\n\n"
        "To run its new robotics arm, Acme in May hired Jane Doe, a veteran engineer. "
        "Doe has told colleagues the arm needs more money."  # (", two people say" would make the people the source)
    )
    row = source_table(art).set_index("speaker").loc["Jane Doe"]
    assert row["affiliation"] == "company leadership"
    assert row["side"] == "company"
    art2 = Article.from_text(
        "Acme cut jobs. Acme shares fell.\n\n"
        "Jane Doe is also heading up Acme’s robotics lab. Doe has said the lab needs more money."
    )
    assert source_table(art2).set_index("speaker").loc["Jane Doe", "side"] == "company"


# -- long input ---------------------------------------------------------------------------
def test_quotation_deep_inside_one_long_unpunctuated_line():
    # every look-up reads a bounded stretch before a quotation, so a quotation 100 KB into a
    # single sentence is attributed exactly as it is at the start of a short one
    filler = "and prices went up while costs went down " * 2500
    text = filler + "Jane Doe said “We will keep building no matter what” and then " + filler
    q = quotes(text)
    assert len(text) > 200_000
    assert list(q["text"]) == ["We will keep building no matter what"]
    assert list(q["speaker"]) == ["Jane Doe"]
    assert list(q["kind"]) == ["full"]


# -- who declines to speak, and claims of vague groups ---------------------------------------
def test_declined_to_comment_is_counted_per_source():
    art = Article.from_text(
        "Acme cut jobs. Shares of Acme fell. Acme will report on Friday.\n\n"
        "The company, which declined to comment for this article, plans more cuts. "
        "Zenith Corp did not respond to a request for comment. "
        "“We saw it coming,” said Jane Doe, an analyst at Brightwater."
    )
    c = reported_claims(art)
    declined = c[c["kind"] == "declined"]
    assert list(declined["speaker"]) == ["Acme", "Zenith Corp"]
    assert list(declined["speaker_mention"]) == ["The company", "Zenith Corp"]
    assert declined.iloc[0]["side"] == "company"
    t = source_table(art).set_index("speaker")
    assert t.loc["Acme", "declined"] == 1 and t.loc["Acme", "reported_claims"] == 0
    assert t.loc["Jane Doe", "declined"] == 0


def test_vague_quantifier_subjects_are_anonymous_claims():
    art = Article.from_text(
        "While some insiders have welcomed the new plan, costs rose. Others cited the weak market. "
        "Internally, some staff question whether the plan will work. Some of the plans were dropped."
    )
    c = reported_claims(art)
    assert list(c["speaker"]) == ["insiders", "others", "staff"]
    assert list(c["cue"]) == ["welcomed", "cited", "question"]
    assert set(c["source_type"]) == {"anonymous"}
    shares = voice_shares(art).set_index("source_type")
    assert shares.loc["anonymous", "reported_claims"] == 3


# -- speakers across sentences, roles before names, partial quotations after evaluative verbs -----------
@pytest.mark.parametrize(
    "text, speaker",
    [
        ("Jane Doe called the plan a “reckless gamble with public money” on Monday.", "Jane Doe"),
        ("Tom Reyes warned of a “lost decade for the region” if nothing changed.", "Tom Reyes"),
        ("Omar Haddad dismissed the report as “scaremongering by people who should know better”.", "Omar Haddad"),
        ("Jane Doe praised the deal as “a triumph for every worker in the valley”.", "Jane Doe"),
    ],
)
def test_partial_quotation_after_an_evaluative_verb_is_its_subjects(text, speaker):
    row = only(text)
    assert row.kind == "partial"
    assert row.speaker == speaker


def test_spokesman_resolves_to_the_named_spokesman():
    q = quotes("Tom Reyes, a spokesman for Zenith, said: “We will appeal.” Later the spokesman added: “We are confident.”")
    assert list(q["speaker"]) == ["Tom Reyes", "Tom Reyes"]
    assert list(q["speaker_mention"]) == ["Tom Reyes, a spokesman for Zenith", "the spokesman"]
    assert q.iloc[0]["role"] == "a spokesman for Zenith"


def test_employer_before_spokesman_is_the_role():
    row = only("Zenith spokesman Tom Reyes said: “We will appeal.”")
    assert row.speaker == "Tom Reyes"
    assert row.role == "Zenith spokesman"


def test_descriptive_phrase_before_a_name_is_a_role():
    row = only("“It has been a long year,” veteran Irish broadcaster Jane Doe said.")
    assert row.speaker == "Jane Doe"
    assert row.role == "veteran Irish broadcaster"


def test_inverted_cue_after_the_quotation_trailer():
    row = only("“He can say it, but it seems unlikely” that Reyes can win, said Jane Doe, a pollster.")
    assert row.speaker == "Jane Doe"


def test_introductory_phrase_is_not_the_subject():
    row = only("Of the plan, Jane Doe, who has advised three mayors, said: “It will not survive the winter.”")
    assert row.speaker == "Jane Doe"


def test_paragraph_opening_quotation_does_not_skip_a_newly_introduced_source():
    text = ("“We will win,” said Jane Doe.\n\n"
            "Tom Reyes, a rival candidate, disagreed sharply. “This is nonsense.”")
    q = quotes(text)
    assert list(q["speaker"]) == ["Jane Doe", "Tom Reyes"]


def test_many_stray_marks_give_one_warning():
    art = Article.from_text("Prices rose” on Monday. " * 50 + "“Good,” said Jane Doe.")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        q = extract_quotes(art)
    assert len([w for w in caught if issubclass(w.category, QuoteWarning)]) == 1
    assert "50 stray quotation mark(s)" in str(caught[0].message)
    assert len(stray_quote_marks(art)) == 50
    assert list(q["speaker"]) == ["Jane Doe"]


# --- speaker rules from the PolNeAR train error buckets (benchmarks/quotes_errors.py); invented text ---
def test_an_unnamed_spokesman_for_an_organisation_speaks_for_it():
    # (the news_gold convention: an unnamed spokesperson of a named body is that body; the words stay the role)
    row = only("“We will appeal the ruling,” said a spokesman for Zenith Mining.")
    assert row.speaker == "Zenith Mining"
    assert row.role == "a spokesman for Zenith Mining"


def test_participle_after_the_quotation_does_not_name_the_speaker():
    q = quotes("Jane Doe defended the “city values,” saying the town embodied the “heart and soul of the state.”")
    assert q.iloc[-1]["speaker"] == "Jane Doe"
    assert "town" not in str(q.iloc[0]["speaker"])


def test_noun_use_of_a_cue_form_is_no_cue():
    row = only("Tom Reyes dismissed Doe’s comments, telling reporters: “Nobody asked for her endorsement.”")
    assert row.speaker != "Doe’s comments" and "comments" not in (row.speaker_mention or "")


def test_two_word_speech_verbs():
    q = quotes("“You want to be the tough guy tonight,” Tom Reyes shot back. “Let me talk.”\n\n"
               "“It happens, right?” Jane Doe went on, as if she had not heard him.")
    assert list(q["speaker"]) == ["Tom Reyes", "Tom Reyes", "Jane Doe"]


def test_not_the_next_sentences_own_claim():
    q = quotes('Ireland called the plan an "outlaw scheme of the worst kind." Norway insisted that Oslo '
               '"stop its dangerous games at once."')
    assert q.iloc[0]["speaker"] != "Norway"
    assert q.iloc[1]["speaker"] == "Norway"


def test_title_run_before_the_cue_in_the_next_sentence():
    row = only("“The great state of Alabama is proud to cast its votes for the winner!” State Senator Jane Doe "
               "said as she opened the roll call.")
    assert row.speaker == "Jane Doe"


def test_time_and_place_phrases_before_the_subject():
    row = only("Tuesday at Brook College in Berea, OH, after winning the primary, Gov. Jane Doe (R-OH), said, "
               "“We are getting ready to rent a covered wagon.”")
    assert row.speaker == "Jane Doe"


def test_name_as_a_label_before_a_colon():
    row = only("The economy has been important for rural contests - Jane Doe: “Two weeks ago the south was his.”")
    assert row.speaker == "Jane Doe"


def test_as_x_put_it():
    row = only("As the prosecutor Tom Reyes put it, “apart from some jogging, there was not much to complain about.”")
    assert row.speaker == "Tom Reyes"


def test_sentence_that_ends_on_its_cue_introduces_the_next_quotation():
    row = only("State University’s Jane Doe agreed. “Voters are running out of time to find someone else.”")
    assert row.speaker == "Jane Doe"


def test_cueless_paragraph_after_its_speaker():
    q = quotes("Tom Reyes is upbeat about the race, in part because he sees the mayor as a uniter.\n\n"
               "“Not only can the mayor win in November, she is the one with the best chance of winning.”")
    assert list(q["speaker"]) == ["Tom Reyes"]


def test_word_before_a_given_name_is_not_part_of_the_name():
    q = quotes("Democrat Jane Doe and Tom Reyes spoke first.\n\n“We will win,” Doe said.")
    assert list(q["speaker"]) == ["Jane Doe"]


def test_pronoun_subject_with_a_contraction_or_its_verb():
    row = only("Tom Reyes came to the diner on Monday. He’s said the same thing at every stop: “It is about us.”")
    assert row.speaker == "Tom Reyes"
    assert row.speaker_mention == "He"


def test_asked_what_is_the_question_not_the_speaker():
    row = only("Jane Doe spoke on Monday. Asked which county was her favorite, she demurred: “Whichever one I am in.”")
    assert row.speaker == "Jane Doe"


# -- naming verbs with a speaker, partial quotations with no cue of their own, the direct column --------------
@pytest.mark.parametrize(
    "text, quoted, speaker",
    [
        ("Tom Reyes had called the merger a “disaster” and promised to fight it.", "disaster", "Tom Reyes"),
        ("Jane Doe went after her rival on Monday, calling him “a loser.”", "a loser.", "Jane Doe"),
        ("The council called her “third-rate” and walked out.", "third-rate", "council"),
    ],
)
def test_calling_someone_names_is_the_callers_partial_quotation(text, quoted, speaker):
    row = only(text)
    assert (row.text, row.kind, row.speaker) == (quoted, "partial", speaker)


@pytest.mark.parametrize(
    "text, term",
    [
        ("Critics say the tax loophole called an “inversion” costs billions.", "inversion"),
        ("Insiders call it the “Glass Tower” after its new headquarters.", "Glass Tower"),
        ("The unit is called “the lab” by staff.", "the lab"),
    ],
)
def test_a_name_given_to_a_thing_stays_a_label(text, term):
    row = only(text)
    assert (row.text, row.kind, row.speaker) == (term, "term", None)


def test_reporter_for_an_outlet_is_the_reporter_not_the_outlet():
    row = only("A reporter for Zenith News called it “absolute chaos.”")
    assert row.speaker_mention == "A reporter for Zenith News"
    assert row.speaker == "reporter for Zenith News"
    assert row.source_type == "anonymous"


def test_partial_quotations_with_no_cue_belong_to_the_sentences_subject():
    q = quotes("Jane Doe supports “fair pay for every nurse” and opposes “freezes that hurt the lowest paid.”")
    assert list(q["kind"]) == ["partial", "partial"]
    assert list(q["speaker"]) == ["Jane Doe", "Jane Doe"]


@pytest.mark.parametrize(
    "text, direct",
    [
        # the attributed clause "she was excited" is mostly quoted; what follows "as" is the reporter's
        ("Jane Doe said she was “thrilled with the result” as she faced the vote.", True),
        # a long reported clause around a one-word quotation
        ("Jane Doe said the plan, which her office drafted over many months with two unions, was “fine”.", False),
        # a long partial quotation is direct whatever surrounds it
        ("After weeks of talks with the unions and the board, Jane Doe said the plan would “give every nurse in the "
         "region a fair raise and a real say over shifts” by spring.", True),
    ],
)
def test_direct_column_of_partial_quotations(text, direct):
    row = only(text)
    assert row.kind == "partial"
    assert bool(row.direct) is direct


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("“One more mean question and I leave,” Tom Reyes quipped.", "Tom Reyes"),
        ("Recalling that night, Jane Doe, who ran the campaign, said: “We were exhausted and broke.”", "Jane Doe"),
        ("Despite the loss, Jane Doe said: “We will be back next year.”", "Jane Doe"),
    ],
)
def test_doubled_consonant_cue_and_introductory_phrases(text, speaker):
    assert only(text).speaker == speaker


def test_a_pronoun_inside_a_quotation_does_not_give_the_speaker_a_gender():
    text = ("Geoff Garin, a pollster, studied the race. Garin added, “I think they misjudge her standing.” "
            "Jane Doe disagreed. “He is wrong about the numbers,” she said.")
    q = quotes(text)
    assert list(q["speaker"]) == ["Geoff Garin", "Jane Doe"]


def test_a_title_in_quotation_marks_is_a_term_unless_a_cue_stands_beside_it():
    q = quotes("Jane Doe, on Zenith TV’s “Morning With Alex Ray,” listed “Game of Thrones” and “Breaking Bad” as "
               "her favourite shows.")
    assert list(q["kind"]) == ["term", "term", "term"]
    row = quotes("“Your Honor,” I said, “I would like to explain myself.”").iloc[0]
    assert (row.text, row.kind) == ("Your Honor,", "full")


def test_coordinated_partial_quotations_count_once_as_direct():
    q = quotes("Jane Doe said the board was “fully committed to an open process” and “open to every view.”")
    assert list(q["kind"]) == ["partial", "partial"]
    assert list(q["direct"]) == [True, False]
    assert list(q["speaker"]) == ["Jane Doe", "Jane Doe"]


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("“Build that wall!” the crowd chanted as Jane Doe walked in.", "crowd"),
        ("“The numbers do not add up,” Tom Reyes pointed out.", "Tom Reyes"),
    ],
)
def test_chanted_and_pointed_out_are_cues(text, speaker):
    assert only(text).speaker == speaker


@pytest.mark.parametrize(
    "text, speaker, mention",
    [
        # a person named with the body they belong to, before or after the cue
        ("The vote was close. “We had the numbers in every county that mattered,” Paul Smith of the Iowa "
         "Farm Bureau said.", "Paul Smith", "Paul Smith of the Iowa Farm Bureau"),
        ("“A staged weapon would be a stretch for them,” Jeffrey Lewis of the Center for Nonproliferation "
         "Studies wrote in December.", "Jeffrey Lewis", "Jeffrey Lewis of the Center for Nonproliferation Studies"),
        ("Sen. Ann Carr of Maine said: “We should debate it in the open.”", "Ann Carr", "Sen. Ann Carr of Maine"),
    ],
)
def test_a_name_of_a_body_is_the_person_not_the_body(text, speaker, mention):
    row = only(text)
    assert (row.speaker, row.speaker_mention) == (speaker, mention)


@pytest.mark.parametrize(
    "text, mention",
    [
        ("Mary Jones met the board on Monday. One operative inside the campaign tried to downplay the comments, "
         "saying they were “not a big deal around here at all.”", "One operative inside the campaign"),
        ("Mary Jones met the board on Monday. The retired surgeon addressed his critics in an interview, "
         "remarking that he did not feel “this is a very difficult investigation.”", "The retired surgeon"),
    ],
)
def test_a_participle_cue_quotes_the_description_that_opens_its_clause(text, mention):
    assert only(text).speaker_mention == mention


def test_by_saying_keeps_the_subject_before_it_not_the_next_clause():
    q = quotes("Obama ended his list by saying “Too many.” The audience gathered in the hall followed him by "
               "softly echoing “too many.”")
    assert q.iloc[0].speaker == "Obama"


def test_a_dateline_is_not_the_subject_of_a_participle_cue():
    row = only("TALLAHASSEE, Fla. — Rep. Gwen Graham on Friday pummeled the plan as divisive while praising the "
               "mayor as a “work horse, not a show horse.”")
    assert row.speaker == "Gwen Graham"


@pytest.mark.parametrize(
    "text, mention",
    [
        # a description ends before its relative clause; a name keeps its own
        ("“I cannot tell you more than that,” said one source who spoke on condition of anonymity.", "one source"),
        ("“It is over,” said the newspaper, which backed him in the primary.", "the newspaper"),
        ("“It is a fair deal,” said Sen. Ann Carr of Maine, who backed it.", "Sen. Ann Carr of Maine, who backed it"),
        # a day after a name is not part of it, after a description it is
        ("“We will come together,” Reince Priebus later Thursday told reporters.", "Reince Priebus"),
        ("“It is speculative,” the order released Friday said.", "the order released Friday"),
        # a reflexive after the name is not part of it
        ("“We will win this state,” Jane Doe herself said.", "Jane Doe"),
    ],
)
def test_where_a_speaker_mention_ends(text, mention):
    assert only(text).speaker_mention == mention


def test_a_name_in_apposition_at_the_end_of_a_sentence_is_not_the_next_pronoun():
    q = quotes("Tom Reyes thanked his parents, his wife and his spokesman, Paul Carr. He said his wife told him "
               "“you are going to win this thing.”")
    assert q.iloc[0].speaker == "Tom Reyes"


@pytest.mark.parametrize(
    "text, speaker, mention",
    [
        # a descriptive phrase before a name is a role, not part of the name (nor another person)
        ("Former Obama speechwriter Jon Favreau published a column calling it “more important than electing "
         "Obama in 2008.”", "Jon Favreau", "Former Obama speechwriter Jon Favreau"),
        ("Veteran Irish broadcaster Jane Doe published a column calling it “more important than anything this "
         "year.”", "Jane Doe", "Veteran Irish broadcaster Jane Doe"),
        # a verb and its object are not the subject of a participle cue
        ("Tom Bush offered a sharp retort on the radio, tweeting at him, “you are a loser and a whiner.”",
         "Tom Bush", "Tom Bush"),
    ],
)
def test_the_subject_of_a_participle_cue_is_the_name_not_the_role_or_the_object(text, speaker, mention):
    row = only(text)
    assert (row.speaker, row.speaker_mention) == (speaker, mention)


def test_a_verb_between_two_names_is_not_a_role():
    q = quotes("“Education matters most,” says Ann Roloson, 32, who works in retail. Roloson supports Democrat "
               "Hillary Clinton in the race. “I have student loans and no good job.”")
    assert list(q["speaker"]) == ["Ann Roloson", "Ann Roloson"]


def test_the_subject_of_a_closing_speech_verb_is_the_next_pronoun_s_antecedent():
    q = quotes("Tom Cruz is not only right on the issues, he is also the ablest candidate Ray Viguerie argues. "
               "“Cruz is our best debater,” he says.")
    assert q.iloc[0].speaker == "Ray Viguerie"


def test_it_said_is_the_organisation_just_named():
    row = only("Acme Corp released its results on Monday. “Sales rose in every region,” it said in a statement.")
    assert (row.speaker, row.speaker_mention) == ("Acme Corp", "it")


@pytest.mark.parametrize(
    "text, mention",
    [
        ("“We will win the state,” read the email. “We grow stronger every day.”", "the email"),
        ("“She should act like one,” the editorial read.", "the editorial"),
        ("“Look at the statement he put out,” Kellyanne Conway notes. “It was different in tone.”",
         "Kellyanne Conway"),
    ],
)
def test_read_after_a_quotation_is_a_verb(text, mention):
    assert quotes(text).iloc[0].speaker_mention == mention


def test_read_as_a_noun_is_no_cue():
    row = only("Jane Doe called it “a good read for the whole family.”")
    assert row.speaker == "Jane Doe"


@pytest.mark.parametrize(
    "text, speaker",
    [
        # a relative clause left open before the cue: its antecedent speaks
        ("“Clinton needs a strategy for these voters,” Nate Silver, the polling guru who founded FiveThirtyEight "
         "tweeted on Wednesday.", "Nate Silver"),
        # ... but in "which Jane Doe calls", Doe does
        ("The plan is one which historian John Baick calls “a foundation of our political culture.”", "John Baick"),
        # a subordinator and a verb after the name are not part of the mention
        ("“We are ready,” Rubio pushed back on Thursday, saying “the bill had the right security parts.”", "Rubio"),
    ],
)
def test_relative_clauses_and_verbs_around_the_subject(text, speaker):
    assert quotes(text).iloc[0].speaker == speaker


def test_a_pronoun_after_a_newer_clause_subject_is_not_the_older_speaker():
    q = quotes("“We will win,” John Roe said at noon. Tom Reyes, the party chairman, spent the week in Ohio. "
               "Turnout was low. Rain fell all day. “It was a long week,” he said.")
    assert list(q["speaker"]) == ["John Roe", "Tom Reyes"]


def test_an_introductory_phrase_after_and_is_not_the_subject():
    row = only("And after the court refused to reinstate the law, Gov. Pat McCrory blamed the court’s “four liberal "
               "justices who blocked the law.”")
    assert row.speaker == "Pat McCrory"


@pytest.mark.parametrize(
    "text, speakers",
    [
        ("“Well, yes, I will look at a lot of people,” Jane Doe said. “Grizzly Adams?” Ann Roe repeated.",
         ["Jane Doe", "Ann Roe"]),
        ("“So what do we do?” Jane Doe asked. “Nooooo!” the crowd cried out.", ["Jane Doe", "crowd"]),
        ("“This is fantastic!” beamed Tom Hartley of Madison.", ["Tom Hartley"]),
    ],
)
def test_verbs_of_repeating_and_calling_out_are_cues(text, speakers):
    assert list(quotes(text)["speaker"]) == speakers


def test_a_cry_as_a_noun_is_no_cue():
    q = quotes("There was a cry of joy. “We won,” said Jane Doe.")
    assert list(q["speaker"]) == ["Jane Doe"]


def test_another_is_a_new_unnamed_source_not_the_previous_speaker():
    q = quotes("Jane Doe tweeted, “Trump did the same last week.” Another tweeted, “Clinton thinks she is above "
               "the rules.”")
    assert list(q["speaker_mention"]) == ["Jane Doe", "Another"]
    assert list(q["source_type"]) == ["named", "anonymous"]


@pytest.mark.parametrize(
    "text, speaker",
    [
        # a party word, then a lower-case role, then the name opens the clause of a participle cue
        ("Prices fell again on Monday. Republican senator John Harlow took to the radio, saying: “Another "
         "terrible day for savers. When will this end?”", "John Harlow"),
        # a dateline with its date and wire credit is not the subject
        ("WASHINGTON, Dec. 8 (Wire) — Jane Roe rallied supporters, saying: “We have to be ready to stop him now.”",
         "Jane Roe"),
    ],
)
def test_the_clause_subject_skips_a_party_word_and_a_dated_dateline(text, speaker):
    assert only(text).speaker == speaker


def test_a_common_word_opening_a_sentence_is_not_a_speaker():
    # "wait" is written in lower case elsewhere and never capitalised inside a sentence: not a name
    q = quotes("Jo Bell spoke for an hour. Then she made the crowd wait. Wait, it gets better: “We will double "
               "the budget next year and triple it after that.”")
    assert q.iloc[0].speaker != "Wait"


@pytest.mark.parametrize(
    "text",
    [
        "Tom Gray spoke in Ohio. Gray warned of “chaos” in the markets.",
        "Tom Gray spoke in Ohio. Gray hailed the deal as “historic” on Monday.",
        "Tom Gray spoke in Ohio. Gray praised the mayor as “brave” and said little else.",
    ],
)
def test_a_short_quotation_after_warning_or_praising_is_the_subject_s_partial_quotation(text):
    row = only(text)
    assert (row.kind, row.speaker) == ("partial", "Tom Gray")


def test_a_scare_quote_without_a_judging_verb_stays_a_term():
    row = only("Tom Gray spoke in Ohio. The “reform” left most farmers poorer.")
    assert (row.kind, row.speaker) == ("term", None)


def test_an_adverb_opening_the_clause_without_a_comma_is_not_the_subject():
    row = only("Tom Gray spoke in Ohio. Later Gray knocked Hale on trade and called him a “moderate,” a subtle dig.")
    assert row.speaker == "Tom Gray"


def test_the_cue_before_a_quotation_ending_its_sentence_beats_the_next_sentence_s_cue():
    q = quotes("Tom Gray spoke in Ohio. Gray said the plan was “reckless and cruel.” Others agreed. "
               "“Is it over?” Jo Lin asked.")
    assert list(q.speaker) == ["Tom Gray", "Jo Lin"]


_LEADER_STORY = "Ann Lee founded Acme in 2001 and still runs her company. Acme sells robots. Lee met the mayor, Tom Park, on Monday. "


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        # an announcement is its subject's claim; a leader's title stands for the company's leader named nearby
        ("At its spring results, the robotics chief announced plans to double output next year.", "Ann Lee"),
        ("The company's chief executive announced plans to double output next year.", "Ann Lee"),
        # another body's chief is not the story company's leader
        ("The rival's chief announced plans to double output next year.", "rival's chief"),
    ],
)
def test_a_leader_description_announcing_plans_is_the_company_leader_s_claim(sentence, speaker):
    c = reported_claims(Article.from_text(_LEADER_STORY + sentence), company="Acme")
    assert list(c.speaker) == [speaker]


def test_a_hyphenated_title_and_an_acronym_before_a_name_are_its_role():
    q = quotes("U.N. Secretary-General Ana Pires called the test “deeply troubling.” “It is a grave violation,” "
               "Pires said.")
    assert list(q.speaker) == ["Ana Pires", "Ana Pires"]
    assert q.iloc[0].role == "U.N. Secretary-General"


def test_a_title_with_of_before_a_name_leaves_the_name_the_subject_for_a_later_pronoun():
    q = quotes("Ann Ross said the vote was “deeply troubling.” “It is a grave mistake,” Tom Bell said.\n\n"
               "Secretary of State John Kerry said the country would work with other members, and he urged the "
               "North to resume talks.\n\n“We remain open to credible talks aimed at a settlement,” he said.")
    assert q.iloc[-1].speaker == "John Kerry"


def test_an_inverted_attribution_after_the_reporter_s_clause_names_the_speaker():
    q = quotes("“Many would consider that a blow for the mayor” if she did not win by a wider margin than that, "
               "said Tom Wade, an analyst at the Civic Report. “And yet it is still possible.”")
    assert list(q.speaker) == ["Tom Wade", "Tom Wade"]


def test_a_listener_after_a_late_telling_verb_is_not_the_speaker():
    q = quotes("Jo Marsh spoke first. “We can still win this” if turnout holds up across the county, told Tom "
               "Wade, an analyst at the Civic Report.")
    assert q.iloc[0].speaker != "Tom Wade"


def test_a_programme_title_after_on_or_told_is_a_term_not_speech():
    q = quotes("“We will win this,” Jo Marsh said on ABC's “This Week With Ann Lee.” “It is over,” she told "
               "“Fox and Friends,” adding more.")
    assert list(q.kind) == ["full", "term", "full", "term"]
    assert list(q.speaker.iloc[[0, 2]]) == ["Jo Marsh", "Jo Marsh"]


def test_a_sentence_told_in_quotation_marks_is_not_a_programme_title():
    assert only("Ann Lee spoke first. She told reporters “it is over for the old guard” on Monday.").kind != "term"


def test_a_lone_lower_case_word_is_no_speaker_but_a_collective_noun_is():
    row = only("Mr. Hale spoke in Ohio on Monday. He noted that Mr. Gray had at last described his plan "
               "“not only on radio but on television,” a first for him.")
    assert row.speaker_mention != "last"
    assert only("“We have made three arrests so far,” police said on Monday.").speaker_mention == "police"


def test_a_lone_given_name_keeps_its_sex_against_a_nearby_his():
    q = quotes("Tom Gray spoke for an hour. Melanie nodded along as Gray went on about his plans for the "
               "town, until he reached the final words of his speech.\n\n“I love this town,” he said.")
    assert q.iloc[-1].speaker == "Tom Gray"


@pytest.mark.parametrize(
    "text, mention",
    [
        # a preposition after a described noun belongs to the subject
        ("“We will appeal,” the lawyer for the family said.", "the lawyer for the family"),
        ("“Vote early,” the banner on the town hall said.", "the banner on the town hall"),
        # an -ly word after an article is a noun, not an adverb
        ("“We will appeal,” the family said.", "the family"),
        ("“We will appeal,” Tom Reyes quickly said.", "Tom Reyes"),
    ],
)
def test_a_described_subject_keeps_its_post_modifier(text, mention):
    assert only(text).speaker_mention == mention


def test_a_long_description_before_a_noun_like_cue_is_the_speaker_not_the_previous_subject():
    q = quotes("Tom Reyes set up a website for the island.\n\n“Hi visitors! The island may become your new "
               "home!” a welcome message on the website reads. “If that happens, pack warm clothes.”")
    assert list(q.speaker_mention) == ["a welcome message on the website"] * 2


@pytest.mark.parametrize(
    "text, speaker",
    [
        # an unnamed source with its relative clause between commas, before the cue
        ("Tom Reyes spoke first. “The agents are under a lot of pressure,” an intelligence source, who was not "
         "authorized to speak on the record, told the paper.", "intelligence source"),
        # an aside between dashes is skipped back to the subject, the listener of "told" is not the speaker
        ("Tom Gray — named by the paper as a leading choice for the post — told Bill Rand of the Ledger that "
         "“you have to look at it very seriously.”", "Tom Gray"),
        # a town's state after its comma ends the introductory phrase
        ("Tom Gray was in a fighting mood. Speaking at a town hall in Salem, New Hampshire, Gray went after Hale, "
         "calling him “a total stiff.”", "Tom Gray"),
        # ... but a titled name after a comma is the subject
        ("Nobody expected it. In Washington, Sen. Jo Doe, a Republican, went after Hale, calling him "
         "“a total stiff.”", "Jo Doe"),
    ],
)
def test_asides_appositives_and_places_around_the_subject(text, speaker):
    assert only(text).speaker == speaker


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("The test drew wide condemnation. Norland branded its neighbour an “outlaw nation in the region.”",
         "Norland"),
        ("The vote was close. The union later dubbed the deal a “sellout of the worst kind.”", "union"),
    ],
)
def test_a_partial_quotation_after_a_naming_verb_is_its_subject_s(text, speaker):
    row = only(text)
    assert (row.kind, row.speaker) == ("partial", speaker)


def test_a_naming_participle_without_an_object_gives_no_speaker():
    row = only("New polls came out on Monday. The candidate labeled “a leader who has faced tough times before” "
               "still leads the field.")
    assert row.speaker is None


@pytest.mark.parametrize(
    "text, speaker",
    [
        # another firm named just before, the story's company not: "the company" is that firm
        ("Acme makes robots and sells them worldwide. Its sales rose again.\n\nThe bill drew wide attention. "
         "Local employers such as Brill Foods opposed it. “We call on other businesses to join us,” the company "
         "tweeted.", "Brill Foods"),
        # the story's company named in the same sentence stays "the company"
        ("Acme makes robots. Acme sold more robots this year than ever before, helped by Brill Foods. “We call "
         "on other businesses to join us,” the company said.", "Acme"),
    ],
)
def test_the_company_is_the_firm_just_named_unless_the_story_company_is_near(text, speaker):
    assert only(text, company="Acme").speaker == speaker


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("Tom Reyes emailed the secretary in December. Ann Lee's response was: “Is the store in Ohio or Iowa?”",
         "Ann Lee"),
        ("Tom Reyes spoke first. In Lee's words, “they are the most inventive places on the planet.”", "Lee"),
        ("Tom Reyes spoke first. In the words of Ann Lee, “they are the most inventive places on the planet.”",
         "Ann Lee"),
    ],
)
def test_the_possessor_of_a_speech_noun_before_a_quotation_is_its_speaker(text, speaker):
    assert only(text).speaker == speaker


def test_a_possessive_pronoun_before_a_speech_noun_is_the_person_it_stands_for():
    assert only("Ann Lee won the seat. Her tweet read simply: “We did it, folks.”").speaker == "Ann Lee"


def test_an_introductory_clause_cut_by_a_dash_keeps_its_subject():
    row = only("The rally ran late. When Tom Gray finally wrapped up — “I will fight for you, and I will win for "
               "you!” — the balloons came down.")
    assert row.speaker == "Tom Gray"


def test_a_noun_like_cue_after_a_modal_is_a_verb():
    row = only("The timing was so odd that a spokesman for Tom Gray could only quip: “I guess the holiday was "
               "booked.”")
    assert row.speaker_mention == "a spokesman for Tom Gray"
    # ... but not after a negation: no speech is reported
    assert only("Gray did not reply to “the usual nonsense from my rivals.”").speaker is None


@pytest.mark.parametrize("n_boot", [0, -5, 2.5, True])
def test_source_tables_refuse_a_bootstrap_without_resamples(n_boot):
    art = Article.from_text("“Good times,” says Jane Doe. “Bad times,” Jane Doe added.")
    with pytest.raises(ValueError, match=r"n_boot=.*at least 1"):
        source_table(art, n_boot=n_boot)
    with pytest.raises(ValueError, match=r"n_boot=.*at least 1"):
        source_stance(extract_quotes(art), n_boot=n_boot)
    assert source_table(art, n_boot=50)["quotes"].tolist() == [2]


def test_the_developer_said_is_the_organisation_just_named_in_a_story_without_one_company():
    art = Article.from_text(
        "Brightwater Energy has raised $400m for a solar park in Nevada, the developer said on Monday. "
        "Construction starts next year.\n\n"
        "Brightwater said it expected the park to power 90,000 homes.")
    claims = reported_claims(art)
    assert claims["speaker"].tolist() == ["Brightwater Energy", "Brightwater Energy"]
    assert source_table(art)["speaker"].tolist() == ["Brightwater Energy"]


def test_the_club_said_stays_a_description_when_no_organisation_was_just_named():
    art = Article.from_text(
        "Fans queued for hours on Saturday. Ticket prices will rise by a fifth next season, the club said.")
    assert reported_claims(art)["speaker"].tolist() == ["club"]


@pytest.mark.parametrize("text, fragment, speaker", [
    ('Tom Wade said the decision had been "difficult but unavoidable" and that more cuts would follow.',
     "difficult but unavoidable", "Tom Wade"),
    ('A council spokesperson, Ann Lee, said the mayor had "full confidence" in her deputy.', "full confidence", "Ann Lee"),
])
def test_a_few_words_quoted_inside_reported_speech_are_the_speakers(text, fragment, speaker):
    q = quotes(text)
    row = q[q["text"] == fragment].iloc[0]
    assert (row.kind, row.speaker, row.direct) == ("partial", speaker, False)


def test_a_scare_quoted_word_with_no_speech_around_it_stays_a_term():
    q = quotes('The so-called "quiet period" ended on Monday, and the "experts" were wrong, the report found.')
    assert set(q["kind"]) == {"term"} and q["speaker"].isna().all()


@pytest.mark.parametrize("text, speaker, role", [
    ('A spokesman for the Harbour Trust, Tom Reyes, said: "We have nothing to hide."', "Tom Reyes",
     "A spokesman for the Harbour Trust"),
    ('The head of the union, Jo Hart, said: "We will strike."', "Jo Hart", "The head of the union"),
])
def test_a_name_after_a_description_with_its_employer_is_the_speaker(text, speaker, role):
    row = only(text)
    assert (row.speaker, row.role) == (speaker, role)


@pytest.mark.parametrize("title", ["Chancellor", "Premier", "Taoiseach", "Det Sgt"])
def test_a_title_before_an_unfamiliar_given_name_is_a_role(title):
    row = only(f'Speaking on Tuesday, {title} Olaf Brannagh said: "We will not apologise."')
    assert (row.speaker, row.role) == ("Olaf Brannagh", title)


@pytest.mark.parametrize("text, speaker", [
    ('Reserve Bank governor Ann Bullock last month warned: "We are not yet confident."', "Ann Bullock"),
    ('The governor earlier this year told reporters: "We are not yet confident."', "governor"),
    ('Treasurer Jim Calder yesterday said: "We have found the savings."', "Jim Calder"),
])
def test_a_time_phrase_between_speaker_and_verb_is_not_part_of_the_speaker(text, speaker):
    assert only(text).speaker == speaker


def test_a_day_after_a_participle_stays_in_the_description():
    assert only('The order released Friday said: "All residents must leave."').speaker == "order released Friday"


def test_an_office_in_the_lede_is_the_holder_the_article_names_next():
    q = quotes('The Taoiseach has rejected calls for an inquiry, saying the agency was "delivering at a pace never '
               'seen before".\n\nSpeaking in the Dáil, Taoiseach Micheál Doherty said the agency had built 2,300 homes.')
    assert q.iloc[0].speaker == "Micheál Doherty"


def test_an_office_with_two_holders_named_later_stays_a_description():
    q = quotes('"We will not apologise," the prime minister said. Prime Minister Jo Lee met former prime minister '
               'Ann Ray, and Prime Minister Tom Kerr joined them.')
    assert q.iloc[0].speaker == "prime minister"


def test_a_headline_with_its_byline_is_a_title_not_a_quotation():
    q = quotes("MORE READING:\n\n"
               "—\"Ferry operators brace for a winter of strikes,\" by the Courier's Ann Bell: http://ex.am/ple\n\n"
               "“We will keep sailing,” said Tom Reed, who runs the Skye route.")
    assert q["kind"].tolist() == ["term", "full"]
    assert q["speaker"].tolist() == [None, "Tom Reed"]


def test_a_short_line_in_single_marks_is_a_heading_but_a_shout_on_its_line_is_speech():
    q = quotes("The mayor spoke for an hour.\n\n‘Not for sale.’\n\nResidents said the pier was "
               "“worth more than any hotel” and cheered.\n\n\"Never!\"\n\nThe crowd then left.")
    assert q["kind"].tolist() == ["term", "partial", "full"]


@pytest.mark.parametrize("text, speaker", [
    # a verb and its object between the subject and a participle cue: the clause's subject speaks
    ('Lori Dunn held up a sign saying "Farmers Against the Dam." She was not alone.', "Lori Dunn"),
    ('As the vote closed, Reed’s campaign sent out a release saying the mayor owes "voters an '
     'explanation for every broken promise on the pier."', "Reed’s campaign"),
])
def test_a_participle_cue_after_a_verb_and_its_object_is_the_clause_subjects(text, speaker):
    row = quotes(text).iloc[0]
    assert row.speaker_mention == speaker


def test_a_description_with_a_phrasal_verb_and_object_before_saying_is_the_speaker():
    row = quotes('His office put out a statement saying the plan "does not have the support it needs to pass '
                 'the council."').iloc[0]
    assert row.speaker_mention == "His office"


@pytest.mark.parametrize("text, mention", [
    # a time adverbial between the subject and its verb is not part of the subject
    ("Jane Holt last week said the pier was “a disgrace to the town and all its people.”", "Jane Holt"),
    ("Jane Holt earlier this month called the pier “a disgrace to the town and all its people.”", "Jane Holt"),
    ("The anger was aimed at Reed, who Holt on Wednesday called “a reckless and dangerous man.”", "Holt"),
    ("Jane Holt yesterday said the pier was “a disgrace to the town and all its people.”", "Jane Holt"),
    # ... but a month that ends a name stays in it
    ("“We will not be leaving the pier to rot,” Theresa May said.", "Theresa May"),
])
def test_a_time_adverbial_before_the_verb_is_not_part_of_the_speaker(text, mention):
    assert only(text).speaker_mention == mention


@pytest.mark.parametrize("text, mention", [
    ('As the Herald’s Jane Holt puts it, "The council has no plan and no money to pay for one."',
     "the Herald’s Jane Holt"),  # "puts it" as "put it"; a capitalised "As" opens no subject
    ('"Will he be the next mayor?" a staffer in the room asked.', "a staffer in the room"),
    ("A friend referred to him as “the kindest soul I have ever met in my whole life” in a post.", "A friend"),
])
def test_puts_it_a_post_modifier_with_in_and_referring_to_someone_as(text, mention):
    assert only(text).speaker_mention == mention


def test_the_passive_referred_to_as_stays_a_label():
    row = only("The levy, referred to as the “pier tax” by locals, will rise.")
    assert row.kind == "term" and row.speaker is None


@pytest.mark.parametrize("text, speaker", [
    # a surname that is also a modal verb or a month
    ("The columnist Gail Will was scathing.\n\n“This might end the whole field,” Will wrote.", "Gail Will"),
    ("Prime Minister Theresa May spoke in Leeds on Friday.\n\n“The pier stays,” May said.", "Theresa May"),
    ("Prime Minister Theresa May spoke in Leeds on Friday.\n\n“The pier stays,” Mrs May said.", "Theresa May"),
    # ... and a month that names nobody speaks for nobody
    ("The council voted in May.\n\n“The pier stays,” May said.", None),
])
def test_a_surname_that_is_a_modal_or_a_month(text, speaker):
    assert only(text).speaker == speaker


@pytest.mark.parametrize("text, mention", [
    ('In other words, explained BBC presenter Jane Holt: "What does that have to do with the budget?"',
     "BBC presenter Jane Holt"),
    ('Later, added Holt: "What does that have to do with the budget?"', "Holt"),
])
def test_an_inverted_cue_after_an_introductory_phrase_names_the_speaker_after_it(text, mention):
    assert only(text).speaker_mention == mention


def test_said_before_a_name_with_its_own_verb_reports_on_that_name():
    q = quotes("Councillor Jane Holt used to back the plan, but now said Reed had “the chance and the duty to "
               "bring us together.”\n\n“I think he can do that, but the pier is the real test.”")
    assert q["speaker"].tolist() == ["Jane Holt", "Jane Holt"]


@pytest.mark.parametrize("text, speaker", [
    ("“The pier will always be the pier,” an angry Holt retaliated. “It never gives up.”", "Holt"),
    ("Jane Holt spoke at length. “Is she serious about this?” reacted her rival, Tom Reed.", "Tom Reed"),
])
def test_retaliating_and_reacting_quote_their_speaker(text, speaker):
    assert set(quotes(text)["speaker"]) == {speaker}


def test_a_contrasting_clause_after_a_british_partial_quotation_keeps_the_cue_before_it():
    q = quotes("Labour leader Kim Ward clashed with Prime Minister Tom Reed on Wednesday. Ms Ward said the "
               "government had \"lost control of the pier\", while Mr Reed accused her of having \"no plan at "
               "all for the town\".")
    assert q["speaker"].tolist() == ["Kim Ward", "Tom Reed"]


def test_a_knight_called_by_his_first_name_is_the_person_named_in_full():
    row = only("Opposition leader Alan Frame spoke in Hull on Monday. Sir Alan said the government had "
               "\"lost control of the pier and the whole seafront\".")
    assert row.speaker == "Alan Frame"


def test_a_dateline_dash_is_not_part_of_the_speaker_mention():
    row = only('OTTAWA (CP) - Finance Minister Jo Lane says the budget will "make life more affordable for '
               'every family in the country".')
    assert (row.speaker, row.speaker_mention) == ("Jo Lane", "Finance Minister Jo Lane")


def test_a_description_after_a_quotation_may_name_a_body_after_its_preposition():
    row = only("“Why did the mayor not pay?” a narrator in the Green Party ad asks.")
    assert row.speaker_mention == "a narrator in the Green Party ad"


def test_one_of_a_group_named_just_before_is_the_speaker():
    row = only('Several Labour MPs have written to the chancellor. One, who asked not to be named, said: '
               '"People here have a car or they have nothing."')
    assert (row.speaker, row.source_type, row.role) == ("one of the Labour MPs", "anonymous", "who asked not to be named")
    assert only('"We will stay," one said.').speaker == "one"


def test_an_unclosed_quotation_ending_its_paragraph_runs_to_the_paragraph_end():
    art = Article.from_text("Jo Grant said the bill was “really an amorphous position to have.\n\n"
                            "The vote is due on Friday.")
    with pytest.warns(QuoteWarning, match="never closed"):  # still reported as a stray mark
        q = extract_quotes(art)
    assert q[["text", "speaker"]].values.tolist() == [["really an amorphous position to have.", "Jo Grant"]]


def test_an_unclosed_quotation_stops_before_the_attribution_it_runs_into():
    art = Article.from_text('"There was no warning at all about the closure, said Jo Grant, a parent.\n\n'
                            "The vote is due.")
    with pytest.warns(QuoteWarning, match="never closed"):
        q = extract_quotes(art)
    assert q[["text", "speaker"]].values.tolist() == [["There was no warning at all about the closure,", "Jo Grant"]]


@pytest.mark.parametrize("text, fragment, speaker", [
    ('Maria Costa said the board had "knowingly" ignored the warnings.', "knowingly", "Maria Costa"),
    ('Peter Lund said the minister had "abandoned" the island.', "abandoned", "Peter Lund"),
    ('Ruth Adeyemi said the insurer would settle "eventually" but not this year.', "eventually", "Ruth Adeyemi"),
    ('Sam Okoro argued that the mill shut because of "disastrous" flooding last spring.', "disastrous", "Sam Okoro"),
])
def test_a_quoted_verb_adverb_or_judging_adjective_in_reported_speech_is_the_speakers(text, fragment, speaker):
    q = quotes(text)
    row = q[q["text"] == fragment].iloc[0]
    assert (row.kind, row.speaker) == ("partial", speaker)


@pytest.mark.parametrize("text", [
    'Ian Fox said one "contractor" had listed a home address.',
    'Lena Brandt said farmers were paid in "vouchers" instead of cash.',
    "Mills says it will cut jobs; unions question 'massive' bonus pool",
    'Eve Hart said the "sustainable" flights would cost more.',
])
def test_a_quoted_noun_in_reported_speech_stays_a_scare_quote(text):
    q = quotes(text)
    assert set(q["kind"]) == {"term"} and q["speaker"].isna().all()


@pytest.mark.parametrize("text, speaker", [
    ('A grain trader, who asked not to be named because he buys from both co-ops, said prices had been '
     '"pushed up by hoarding".', "grain trader"),
    ('Jo Lee, a nurse who quit the ward because it was short-staffed, said the rota had been "a shambles".', "Jo Lee"),
])
def test_a_subordinate_clause_inside_a_relative_clause_does_not_cut_off_the_subject(text, speaker):
    row = only(text)
    assert (row.kind, row.speaker, row.cue) == ("partial", speaker, "said")
