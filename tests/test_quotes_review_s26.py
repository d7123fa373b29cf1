"""Session 26 review of s26-speakers: the near misses where the branch's rules gave the wrong speaker (a
description's age word, a description's appositive, a deck's "Role:" label), with the speakers the review expects.
Invented passages (the review's)."""

import warnings

import pytest

from analysis import Article, extract_quotes


def speaker_of(text: str, quote: str):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        q = extract_quotes(Article.from_text(text))
    return next(r.speaker for r in q.itertuples() if r.text == quote)


@pytest.mark.parametrize("text, quote, allowed", [
    # an age word with an age that does not fit, or a person who has not spoken (he died at the scene)
    pytest.param('A man was stabbed to death outside a club in Peckham on Saturday.\n\nDaniel Okafor, 24, died at '
                 'the scene. "I held his hand until the ambulance came," the young man said.',
                 'I held his hand until the ambulance came,', ('young man',), id='DN-age-23'),
    pytest.param('An elderly man was found alive after three days under rubble in Antakya.\n\nRescuers pulled '
                 'Mehmet Yilmaz, 82, from the ruins on Thursday. "We heard him tapping," the young rescuer said.',
                 'We heard him tapping,', ('young rescuer',), id='r2-DN-age-19'),
    pytest.param('Istanbul taxi fares rose again.\n\nMehmet Yilmaz, 82, has driven a taxi in Beyoglu for 50 years. '
                 '"The new apps are killing us," the young driver said.',
                 'The new apps are killing us,', ('young driver',), id='r6-DN-age-1'),
    pytest.param('Istanbul taxi fares rose again.\n\nEmre Demir, 19, has driven a taxi in Beyoglu since last '
                 'spring. "The old days were better," the elderly driver said.',
                 'The old days were better,', ('elderly driver',), id='r6-DN-age-2'),
    # a description before an appositive: not a title the story writes with that one person, or a possessive
    pytest.param('Detective Inspector Ruth Kerr, 45, led the inquiry.\n\nThe suspect, a 19-year-old from Leeds, '
                 'said he was "sorry for everything".',
                 'sorry for everything', ('suspect',), id='r2-APPOS-40'),
    pytest.param('President Lula met President Milei in Brasilia.\n\nThe president, a former metalworker, said the '
                 'talks were "frank".',
                 'frank', ('president', 'Lula'), id='r2-APPOS-41'),
    pytest.param("Prime Minister Jo Kell visited Kyiv. The prime minister's spokesman, a former journalist, said "
                 'the visit was "historic".',
                 'historic', ("prime minister's spokesman",), id='r2-APPOS-48'),
    pytest.param("Kelby Bank chief executive Jo Fenn announced the cuts. The bank's spokesman, a former reporter, "
                 'said the cuts were "painful".',
                 'painful', ("bank's spokesman",), id='r3-APPOS-5'),
    pytest.param('Senator Rosa Vidal questioned the witness for an hour. The witness, a former marine, said the '
                 'claims were "lies".',
                 'lies', ('witness',), id='r3-APPOS-12'),
    # a deck's label: the quotation's own cue first, one holder of the title only, no salutation
    pytest.param('Mayor: "We are ready," says fire chief\n\nKelby\'s fire chief, Jo Dunn, said the town was ready '
                 'for the floods. Mayor Ana Ruiz was abroad.',
                 'We are ready,', ('Jo Dunn',), id='DECK-68'),
    pytest.param('Dispute over fees. Lawyer: "My client is innocent"\n\nLawyer Ana Ruiz, who represents the '
                 "victims, called Jo Kell guilty. Kell's own lawyer, Tom Reed, said his client was innocent.",
                 'My client is innocent', (None, 'Tom Reed', 'Lawyer'), id='r2-DECK-68'),
    pytest.param('Coach: "We were robbed," says captain\n\nKelby FC captain Leo Ruiz blamed the referee. Coach Tom '
                 'Reed declined to comment.',
                 'We were robbed,', ('Leo Ruiz',), id='r2-DECK-75'),
    pytest.param('Open letter. Dear voter: "Your vote counts"\n\nThe Electoral Commission urged people to vote on '
                 'Thursday.',
                 'Your vote counts', (None, 'Electoral Commission'), id='r4-DECK-11'),
    pytest.param('Strike ends. Minister: "Talks are over," union says\n\nThe Kelby Teachers Union said on Monday '
                 'that talks with Education Minister Jo Kell were over.',
                 'Talks are over,', ('Kelby Teachers Union',), id='r6-DECK-3'),
    pytest.param('Strike ends. Chairman: "We have a deal," says union leader\n\nUnion leader Tom Reed said the deal '
                 'was signed. Kelby Rail chairman Ana Ruiz declined to comment.',
                 'We have a deal,', ('Tom Reed',), id='r6-DECK-4'),
])
def test_the_reviews_near_misses_keep_their_speaker(text, quote, allowed):
    assert speaker_of(text, quote) in allowed


def test_a_decks_label_after_a_clause_with_its_own_cue_is_the_speaker():
    # the cue of the clause before the semicolon belongs to that clause's quotation, not to the label's
    text = ('Ferry firm says timetable is "realistic"; Harbour mayor: "The queues are a disgrace"\n\n'
            'Kelby Ferries said on Monday its summer timetable was realistic. The harbour mayor, Ana Ruiz, said the '
            'queues at the port were a disgrace and called for more sailings.')
    assert speaker_of(text, "The queues are a disgrace") == "Ana Ruiz"


def test_an_age_word_fits_a_person_who_said_something_after_two_appositives():
    text = ('Pensions were paid late again in Tbilisi.\n\nOn a bench in the park, Nino Beridze, 74, a retired nurse, '
            'said her pension had come late for months.\n\n"We queue and we wait and nobody answers," the old woman '
            'said.')
    assert speaker_of(text, "We queue and we wait and nobody answers,") == "Nino Beridze"
