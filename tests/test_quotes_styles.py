"""Speakers in house styles outside US wire copy (British and Canadian papers), on hand-written text."""

from pathlib import Path

import pandas as pd

from analysis import Article
from analysis.quotes import extract_quotes, reported_claims


def speakers(text):
    q = extract_quotes(Article.from_text(text))
    return list(zip(q["text"].str.rstrip(",."), q["speaker"]))


def test_role_with_article_then_name_between_commas_after_the_quotation():
    text = ('Veteran strategist Anne Dupuis said the plan was "a recipe for chaos".\n\n'
            '"We will not be bullied," the prime minister, Mark Carney, told reporters on Tuesday.')
    assert speakers(text) == [("a recipe for chaos", "Anne Dupuis"), ("We will not be bullied", "Mark Carney")]


def test_role_then_name_gives_the_role_as_affiliation_evidence():
    q = extract_quotes(Article.from_text('"We are investing," the company’s chief executive, Sundar Pichai, said.'))
    assert q["speaker"].tolist() == ["Sundar Pichai"]
    assert q["speaker_mention"].tolist() == ["the company’s chief executive, Sundar Pichai"]
    assert q["affiliation"].tolist() == ["company leadership"]


def test_a_role_clause_without_a_name_is_not_taken_for_one():
    text = '"We are investing," the chief executive, who declined to be named, said.'
    assert speakers(text)[0][1] != "who declined to be named"


def test_a_lead_sentence_full_of_names_is_prose_not_a_headline():
    # many capitalised words, but it ends like a sentence and has verbs in lower case: the full names
    # it introduces are what "Ms Abbott" and "Mr Starmer" later stand for
    text = ('Prime Minister Keir Starmer visited Leeds. Labour MP Diane Abbott was critical.\n\n'
            '"This is a betrayal," Ms Abbott said.\n\n'
            'Mr Starmer rejected that. "We have delivered," he said.')
    assert speakers(text) == [("This is a betrayal", "Diane Abbott"), ("We have delivered", "Keir Starmer")]


def test_a_title_case_headline_ending_in_a_full_stop_is_still_a_headline():
    text = ('Jane Doe Goes After Bill Roe As The New Villain.\n\n'
            'Bill Roe spoke on Monday. "I am ready," Roe said.')
    assert speakers(text) == [("I am ready", "Bill Roe")]


def test_a_stop_after_the_closing_mark_keeps_the_sentence_own_cue():
    # British style puts the full stop outside the marks: the next sentence's cue is not this quotation's
    text = 'Ms Patel said the agency was "reviewing the file". Mr Green, the Opposition leader, said it was "a farce".'
    assert speakers(text) == [("reviewing the file", "Patel"), ("a farce", "Green")]


def test_a_participle_in_the_subject_of_a_quoted_predicate_is_not_a_cue():
    # 'says that the guidelines revealed in August "will go down ..."': the guidelines did not speak
    text = ('David Evan Harris, a lecturer, says that the policy guidelines revealed in August '
            '“will go down in history as a grave mistake”.')
    assert speakers(text) == [("will go down in history as a grave mistake", "David Evan Harris")]


def test_seed_every_reference_partial_quotation_found_has_the_reference_speaker(seed):
    ref = pd.read_csv(Path(__file__).resolve().parent.parent / "data" / "annotations" / "quotes.csv")
    q = extract_quotes(seed).set_index(["start", "end"])
    partial = ref[(ref["kind"] == "partial") & ref["speaker"].notna()]
    found = [r for r in partial.itertuples() if (r.start, r.end) in q.index]
    assert len(found) >= 0.9 * len(partial)
    assert [(r.text, q.loc[(r.start, r.end), "speaker"]) for r in found] == [(r.text, r.speaker) for r in found]


def test_dismissing_and_describing_as_quote_the_subject_and_a_participle_stays_a_label():
    q = extract_quotes(Article.from_text(
        'Conservative leader Pierre Poilievre dismissed the measure as "a gimmick". '
        'Jo Lee described the deal as "a betrayal of workers". '
        'The plan, described as "revolutionary" by its backers, failed.'))
    assert list(zip(q["text"], q["kind"], q["speaker"].fillna(""))) == [
        ("a gimmick", "partial", "Pierre Poilievre"), ("a betrayal of workers", "partial", "Jo Lee"),
        ("revolutionary", "term", "")]


def test_a_lone_name_the_mention_layer_reads_as_a_person_is_not_the_story_company():
    from analysis import story_company

    text = ('Obama spoke in Ohio. He said the plan works. Obama added that he would veto it. '
            'Republicans in Congress objected. Obama said he was confident.')
    assert story_company(Article.from_text(text)) != "Obama"


def test_the_authority_is_the_named_authority_met_before_and_an_unknown_body_stays_a_description():
    text = ("The Lakeside Water Authority raised its charges on Monday. Households will pay about 9 per cent "
            "more from April, according to the authority. The increase follows a dry summer, the board said.")
    rows = reported_claims(Article.from_text(text))
    assert rows[["speaker_mention", "speaker", "source_type"]].values.tolist() == [
        ["the authority", "Lakeside Water Authority", "named"],
        ["the board", "board", "anonymous"]]  # no board is named before it


def test_a_closing_attribution_relays_the_claim_inside_it_and_two_plain_claims_both_stay():
    relayed = ("Ann Lee has told colleagues she finds the new rules stifling, several of the people say. "
               "Ben Cho told staff the plant would close, officials said on Monday.")
    rows = reported_claims(Article.from_text(relayed))
    assert rows[["speaker_mention", "cue"]].values.tolist() == [["several of the people", "say"],
                                                               ["officials", "said"]]
    both = "Ann Lee said sales fell, and Ben Cho said costs rose."
    rows = reported_claims(Article.from_text(both))
    assert rows["speaker"].tolist() == ["Ann Lee", "Ben Cho"]


def test_a_described_speaker_keeps_the_capitals_of_a_name_inside_it():
    text = 'The government defended the plan on Monday. A No 10 spokesperson said: "We will not be changing course."'
    q = extract_quotes(Article.from_text(text))
    assert q["speaker"].tolist() == ["No 10 spokesperson"]
    text = "Senior officials said the talks had stalled. The senior staff left early."
    assert reported_claims(Article.from_text(text))["speaker"].tolist() == [
        "senior officials"]  # a sentence's first word before lower-case words is still lower-cased


def test_a_long_title_before_a_name_stays_whole_in_the_role():
    text = 'Minister of State for Housing Mary Quinlan said: "This is a good day for renters."'
    q = extract_quotes(Article.from_text(text))
    assert q[["speaker", "role"]].values.tolist() == [["Mary Quinlan", "Minister of State for Housing"]]


def test_the_club_a_few_sentences_after_its_name_is_that_club():
    text = ("Harland Rovers confirmed the signing of a new striker on Tuesday. The striker arrived from Portugal "
            "last week after a long negotiation with his former side. Fans gathered outside the ground to watch "
            'training. "He is a player we have followed for a long time," the club says.')
    assert speakers(text) == [("He is a player we have followed for a long time", "Harland Rovers")]


def test_the_club_after_two_organisations_stays_a_description():
    text = ("Harland Rovers beat Dunmore Athletic on Saturday. The striker scored twice in the second half. "
            'Fans stayed to cheer. "It was a long afternoon," the club says.')
    assert speakers(text) == [("It was a long afternoon", "club")]


def test_a_participle_of_announcing_beside_a_finite_cue_is_not_the_claim_and_takes_the_clause_subject():
    rows = reported_claims(Article.from_text("Jo Doe, announcing the deal, said the firm would hire 200 people."))
    assert rows[["speaker", "cue"]].values.tolist() == [["Jo Doe", "said"]]
    rows = reported_claims(Article.from_text("Jo Doe attacked the plan on Monday, saying that it would fail."))
    assert rows[["speaker_mention", "cue"]].values.tolist() == [["Jo Doe", "saying"]]


def test_he_after_an_inverted_attribution_is_the_person_it_names():
    text = ("Ann Cole beat Tom Drake in the runoff and went on to win the seat. Her campaign is taking the same "
            "tack, said James Henson, director of a research project at the university.\n\n"
            '"They have been very clever," he said.')
    assert speakers(text) == [("They have been very clever", "James Henson")]


def test_he_opening_a_sentence_carries_the_earlier_subject_past_a_man_named_as_object():
    text = ("Lance Berry, 49, a navy veteran, said the minister should be ready for questions. He attended the "
            "rally, though he is still not sure whether he will vote for Labour or for Senator Bernard Sands.\n\n"
            '"I ask my wife what she thinks?" he said.')
    assert speakers(text)[-1] == ("I ask my wife what she thinks?", "Lance Berry")


def test_a_watchdog_named_as_a_source_is_not_he():
    text = ("Pastor Ken Swale has now set his sights on the scouts, according to Right Wing Watch.\n\n"
            'Swale slammed the scouts on his weekly radio show, "Generations with Ken Swale," Right Wing Watch '
            "first reported.\n\nHe then said leaders should be punished.\n\n"
            '"Scripture means what it says," he said.')
    assert speakers(text)[-1] == ("Scripture means what it says", "Ken Swale")


def test_a_firm_the_mention_layer_reads_as_an_organisation_is_not_he():
    text = ("Tom Price opened the new solar farm on Monday with Bright Meadow Renewables, the developer that built "
            'it.\n\n"This is a landmark for the county," Bright Meadow Renewables said in a statement.\n\n'
            'He added that more farms would follow.\n\n"We will build three more," he said.')
    assert speakers(text) == [("This is a landmark for the county", "Bright Meadow Renewables"),
                              ("We will build three more", "Tom Price")]


def test_he_skips_a_woman_known_by_her_given_name_alone():
    text = ('John Leguizo is touring a new comedy show. Alyona Petrova interviewed him on Monday. "Just imagine '
            'you are a kid and everything they teach you is new," he said.')
    assert speakers(text) == [("Just imagine you are a kid and everything they teach you is new", "John Leguizo")]


def test_a_naming_verb_in_a_relative_clause_quotes_its_own_subject_not_the_sentence_subject():
    text = ("Tom Hale knows conventions well. He protected the delegates in 1976, in what Ann Royce, a party "
            'treasurer, called "hand-to-hand combat."')
    assert speakers(text) == [("hand-to-hand combat", "Ann Royce")]
    text = 'The plan, which Jo Doe, the finance minister, said was "fully costed", passed.'
    assert speakers(text) == [("fully costed", "Jo Doe")]


def test_a_speaker_with_a_long_relative_clause_is_the_noun_before_who():
    text = ("Although there is no such overlap with the team, a Downing Street official who spoke anonymously to "
            'discuss internal strategy said on Wednesday: "There are discussions between the two offices."')
    assert speakers(text) == [("There are discussions between the two offices", "Downing Street official")]


def test_the_subject_after_at_which_point_opens_at_its_determiner():
    text = 'Jo Marsh spoke for an hour, at which point the crowd chanted: "Build it now!"'
    q = extract_quotes(Article.from_text(text))
    assert q["speaker_mention"].tolist() == ["the crowd"]


def test_a_lone_given_name_in_an_appositive_is_the_she_that_follows():
    text = ("Jo Brewer, a former governor, spoke first. Tom Hale's wife, Melania, is due to speak on Monday. She "
            'rarely speaks in public. At a rally she said Tom is "a kind man with a great heart."')
    assert speakers(text)[-1] == ("a kind man with a great heart", "Melania")


def test_it_after_a_sentence_opened_by_a_document_is_that_document():
    text = ("The email, released by Open Records Watch, was sent at 7 p.m., hours after the Harbour Authority "
            'meeting. Two staff members were copied in.\n\n"I tried to reach you by phone this morning," it reads.')
    q = extract_quotes(Article.from_text(text))
    assert q[["speaker", "source_type"]].values.tolist() == [["email", "document"]]


def test_throughout_opens_an_introductory_phrase_not_a_name():
    text = ("Throughout the campaign, Ann Warren appeared with the candidate and backed her, saying, "
            "“I think a fighter in the lead is exactly what this country needs.”")
    assert speakers(text) == [("I think a fighter in the lead is exactly what this country needs", "Ann Warren")]


def test_the_taoiseach_is_the_one_person_named_with_that_title_before_and_an_honorific_is_no_role():
    text = ("Sinn Féin's Mary Lou McDonald and Taoiseach Simon Harris clashed in the Dáil. \"You have failed a "
            'generation," Ms McDonald said. "We have built more homes than ever," the Taoiseach replied.')
    q = extract_quotes(Article.from_text(text))
    assert q[["speaker", "role"]].values.tolist() == [["Mary Lou McDonald", None], ["Simon Harris", "taoiseach"]]


def test_a_next_sentence_that_reports_its_own_claim_is_no_closing_attribution():
    text = ("“It is a very sad development,” Ann Cruz told reporters. “This is the consequence of the culture of "
            "the campaign. That has no place in politics.” Tom Kasich said he would have fired the manager.")
    assert [s for _, s in speakers(text)] == ["Ann Cruz", "Ann Cruz"]
    assert speakers("“It is over.” Jo Smith said on Monday after the vote.") == [("It is over", "Jo Smith")]


def test_a_dash_then_a_new_clause_is_no_dash_attribution():
    text = ("Although Martin Ode lamented her gaffes - \"does she have to keep giving them ammunition?\" - "
            "Democrats in Iowa who watched the debate said they were unfazed.")
    assert speakers(text)[0][1] != "Democrats"
    assert speakers('"We will win this seat back."\n— Jane Doe, party chair') == [
        ("We will win this seat back", "Jane Doe")]


def test_a_time_adverbial_after_an_appositive_subject_keeps_the_subject():
    # wire style: "The minister, Jo Doe, on Tuesday said" (the time phrase is no speaker)
    text = ('The council met in Lisbon.\n\n'
            'Portugal’s finance minister, Rui Tavares, last month called the plan "a reckless gamble" for savers.\n\n'
            'Ana Costa, the mayor, on Tuesday said the vote was "long overdue".')
    assert speakers(text) == [("a reckless gamble", "Rui Tavares"), ("long overdue", "Ana Costa")]


def test_rail_before_a_noun_is_the_railway_not_a_verb_of_speaking():
    text = ('Ministers face a revolt over plans to raise regulated rail fares, with several backbench MPs '
            'warning the rise would be "politically toxic".')
    assert speakers(text)[0][1] != "raise regulated"


def test_a_description_pronoun_of_the_other_sex_passes_over_the_latest_holder_of_the_role():
    # two premiers named; "The premier ... he said" is the male one, not the latest one named
    text = ('Manitoba Premier Paul Rennick says his province will not sign the accord.\n\n'
            '"We were never consulted," Rennick said.\n\n'
            'Saskatchewan Premier Joanne Kerr called the decision "short-sighted".\n\n'
            'The premier said his government would focus on wind power instead. "That is where the jobs are," he said.')
    assert speakers(text)[-1] == ("That is where the jobs are", "Paul Rennick")


def test_an_anonymous_source_with_a_relative_clause_before_told():
    # British style: the verb of "who asked not to be named" is not the attribution's cue
    text = ("Universities warn of closures\n\n'We've cut everything we can cut,' one vice-chancellor, who asked not "
            "to be named, told the Observer.")
    q = extract_quotes(Article.from_text(text))
    assert q["speaker"].tolist() == ["vice-chancellor"]
    assert q["source_type"].tolist() == ["anonymous"]


def test_blaming_and_condemning_quote_the_subject_s_judgement():
    q = extract_quotes(Article.from_text(
        'Universities in crisis\n\nDr Ann Grady, general secretary of the lecturers’ union, blamed "years of '
        'marketisation" for the deficits. Tom Reid condemned the "reckless" cuts.'))
    assert list(zip(q["text"], q["kind"], q["speaker"])) == [
        ("years of marketisation", "partial", "Ann Grady"), ("reckless", "partial", "Tom Reid")]


def test_parliamentary_titles_give_the_government_affiliation():
    text = ("Fuel duty row\n\n'This is a tax on the countryside,' said Tom Hale, the shadow chancellor.\n\n"
            "A Department for Transport spokesperson said: 'No decision has been taken.'")
    q = extract_quotes(Article.from_text(text))
    assert q["affiliation"].tolist() == ["government", "government"]


def test_a_given_name_alone_after_a_described_relative_is_the_speaker():
    text = "Maternity inquiry\n\n'There is no excuse,' said Mr Hollis's wife, Sarah. 'We just want the truth.'"
    assert speakers(text) == [("There is no excuse", "Sarah"), ("We just want the truth", "Sarah")]


def test_a_verb_of_saying_in_a_coordinated_that_clause_is_reported_not_an_attribution():
    # Canadian style: "and that Canada would respond" is what Ms. Lalonde told reporters
    text = ('Tariff dispute\n\nMs. Lalonde, who was in Washington on Tuesday, told reporters that the tariffs were '
            '"totally unacceptable" and that Canada would respond "in a measured way."')
    assert [s for _, s in speakers(text)] == ["Lalonde", "Lalonde"]
