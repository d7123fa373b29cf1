"""Speakers, session 34: a pronoun's sex vote skips quotations in any house style's marks, a live blog entry's
heading labelled with a description, click letters opening a name. Invented passages."""

from .conftest import speaker_of


# -- a he or she inside a quotation in guillemets or low-high marks is the speaker's word for someone else

def test_a_pronoun_inside_guillemets_casts_no_sex_vote_for_the_name_before():
    text = ("Tomas Reed, a ferryman, said on Friday that the harbour would stay shut.\n\n"
            "«It is a shame,» he said.\n\n"
            "The village's baker, Ysolde Carrec, said the pupils had visited him last week.\n\n"
            "«He let them steer the boat. Then he gave them each a rope to keep,» she said.")
    assert speaker_of(text, "He let them steer") == "Ysolde Carrec"


def test_a_pronoun_inside_low_high_marks_casts_no_sex_vote_for_the_name_before():
    text = ("Greta Lindqvist, who runs the hostel, said the season had been poor.\n\n"
            "„Nobody came,” she said.\n\n"
            "Its cook, Wiebke Ostrander, said the guests had thanked him in June.\n\n"
            "„He cooked for forty people every night, and he never once complained,” she said.")
    assert speaker_of(text, "He cooked for forty") == "Wiebke Ostrander"


# -- a live blog entry's heading: a description, a colon and the quotation

_BLOG = ("LIVE: Harbour inquiry, day two\n\n"
         "14:10 GMT\n"
         "Chair opens session\n\n"
         "Councillor Amos Brightwater, who chairs the inquiry, opened the session.\n\n"
         "“We will hear everybody today,” Cllr Brightwater said.\n\n"
         "13:40 GMT\n"
         "Lawyer for the crews: “the logbooks were rewritten”\n\n"
         "Osric Penhallow, who acts for the ferry crews, told the inquiry the logbooks had been “changed after the fact”.\n\n"
         "“Somebody sat down in April and wrote a new history of that pier,” Mr Penhallow said.\n\n"
         "13:05 GMT\n"
         "Union: “Our members warned them”\n\n"
         "The Tarnmouth Dock Workers Union said in a statement that its members had warned the port in March.\n\n"
         "12:30 GMT\n"
         "Inquiry opens\n\n"
         "The inquiry opened at noon.")


def test_an_entry_heading_labelled_with_a_role_takes_the_entrys_named_speaker():
    assert speaker_of(_BLOG, "the logbooks were rewritten") == "Osric Penhallow"  # ("Lawyer for ...")


def test_an_entry_heading_labelled_with_a_body_noun_reads_the_label_as_a_description():
    assert speaker_of(_BLOG, "Our members warned them") == "Tarnmouth Dock Workers Union"


def test_an_entry_heading_after_a_time_stamp_and_dash_on_its_own_line():
    text = ("LIVE | Storm day three\n\n"
            "17:20 — The fire chief: “We could not reach the valley”\n"
            "Kelby's fire chief, Branwen Treharne, spoke to reporters outside the station.\n\n"
            "“We could not reach the valley until the water went down,” Treharne said.\n\n"
            "16:45 — Roads reopen\n"
            "The coast road has reopened to local traffic, the council said.")
    assert speaker_of(text, "We could not reach the valley") == "Branwen Treharne"  # (the heading's, met first)


# -- click letters open Khoekhoe and San names

def test_a_name_opening_with_a_click_letter_is_a_named_speaker():
    text = ("Villagers met the company on Monday.\n\n"
            "Council secretary Petrus ǃGaroeb said the meeting had been short.\n\n"
            "\"They spoke for ten minutes and left,\" Mr ǃGaroeb said.")
    assert speaker_of(text, "They spoke for ten minutes") in ("Petrus ǃGaroeb", "ǃGaroeb")


# -- review of session 34: an entry heading's quotation is the words of the row that repeats them, before the
# first named speaker of the label's kind

def test_an_entry_heading_goes_to_the_person_who_repeats_its_words_not_the_first_of_its_kind():
    text = ("Farmers' protest live: Brussels\n\n"
            "13:45 CET\n"
            "Farmer: “We cannot live on these prices”\n"
            "Agriculture commissioner Piet Vermaelen met a delegation at the Berlaymont.\n"
            "“I hear their anger,” Vermaelen said.\n"
            "Outside, dairy farmer Joost Heerink from Gelderland stood by his tractor.\n"
            "“We cannot live on these prices,” Heerink said.\n\n"
            "13:20 CET\n"
            "Tractors block Rue de la Loi\n"
            "About 900 tractors entered the European quarter.")
    assert speaker_of(text, "We cannot live on these prices") == "Joost Heerink"


def test_an_entry_heading_goes_to_the_referee_who_repeats_it_not_the_manager_quoted_first():
    text = ("Derby day live\n\n"
            "19:40 GMT\n"
            "Referee: “I got it wrong”\n"
            "City manager Pep Alvarez was furious on the touchline.\n"
            "“Everybody in the stadium saw the handball,” Alvarez said.\n"
            "Referee Michael Dean later admitted his mistake to the pool reporter.\n"
            "“I got it wrong and I apologise,” Dean said.\n\n"
            "19:20 GMT\n"
            "Half time\n"
            "City lead 1-0.")
    assert speaker_of(text, "I got it wrong") == "Michael Dean"


def test_an_entry_heading_goes_to_the_miner_who_repeats_it_not_the_minister():
    text = ("Mine collapse in Zimbabwe: live\n\n"
            "14:10 CAT\n"
            "Miner: “The ground moved like water”\n"
            "Mining minister Winston Chitando arrived at the Bindura shaft.\n"
            "“We are doing everything possible,” Chitando said.\n"
            "One of the rescued men, Tendai Moyo, 29, spoke from a hospital bed.\n"
            "“The ground moved like water and then it was dark,” Moyo said.\n\n"
            "13:40 CAT\n"
            "Six rescued\n"
            "Six miners have been brought up.")
    assert speaker_of(text, "The ground moved like water") == "Tendai Moyo"


def test_an_entry_heading_goes_to_the_union_official_who_repeats_it_not_the_company():
    text = ("Strike at Harrow Mills: live\n\n"
            "12:40 GMT\n"
            "Union: “Our members will not be bullied”\n"
            "Harrow Mills said in a statement that it had made its final offer.\n"
            "“This is a fair deal and it is our last,” the company said.\n"
            "The GMB, which represents 300 workers at the plant, rejected it.\n"
            "“Our members will not be bullied into a pay cut,” a GMB regional organiser said.\n\n"
            "12:15 GMT\n"
            "Picket lines\n"
            "Pickets formed at 6am.")
    assert speaker_of(text, "Our members will not be bullied") not in ("Harrow Mills", "GMT")
    assert speaker_of(text, "This is a fair deal") != "GMT"  # (a time zone; the mill is read as a person)


def test_a_key_events_line_goes_to_the_speaker_who_repeats_it_later_not_a_shadow_holder():
    text = ("Key events\n\n"
            "15:57 Chancellor: “We will not borrow”\n"
            "15:40 Opposition: “A budget for nobody”\n\n"
            "15:57 GMT\n"
            "Chancellor Miriam Oduya told MPs the fiscal rules would stay.\n"
            "“We will not borrow for day-to-day spending,” she said.\n\n"
            "15:40 GMT\n"
            "Shadow chancellor Gareth Pryce said it was “a budget for nobody”.")
    assert speaker_of(text, "We will not borrow") == "Miriam Oduya"


# -- a time zone after a clock time is no body: "the company said" is not "GMT"

def test_a_time_zone_after_a_clock_time_is_not_the_airline():
    text = ("IndiGo outage live\n\n"
            "09:40 IST\n"
            "Airline: “Systems are being restored”\n"
            "IndiGo said a fault in its booking system had grounded flights at Delhi and Mumbai.\n"
            "“Systems are being restored,” the airline said.\n\n"
            "09:15 IST\n"
            "Queues at Terminal 1\n"
            "Long queues formed at Delhi.")
    assert speaker_of(text, "Systems are being restored,") != "IST"
    assert speaker_of(text, "Systems are being restored") != "IST"


def test_an_entry_label_for_an_unnamed_board_is_not_the_time_zone():
    text = ("Club takeover live\n\n"
            "14:30 BST\n"
            "Board: “No decision has been taken”\n"
            "The club’s board said in a statement it was still considering three bids.\n"
            "“No decision has been taken and none will be rushed,” the statement said.\n\n"
            "14:00 BST\n"
            "Bids in\n"
            "Three bids were submitted by the deadline.")
    assert speaker_of(text, "No decision has been taken") != "BST"


def test_an_entry_label_for_a_company_is_the_company_not_the_time_zone():
    text = ("Mine spill live\n\n"
            "11:30 SAST\n"
            "Company: “The dam wall is stable”\n"
            "Sibanye Platinum said engineers had inspected the tailings dam at Marikana overnight.\n"
            "“The dam wall is stable and monitored,” Sibanye Platinum said.\n\n"
            "11:00 SAST\n"
            "Residents evacuated\n"
            "About 300 residents were moved.")
    assert speaker_of(text, "The dam wall is stable") == "Sibanye Platinum"


# -- "‘...,’ she said" after a sentence that names someone in its reported clause: her vote is the subject's

def test_she_said_after_single_marks_is_not_the_man_named_in_the_reported_clause():
    text = ("Mumbai: Activist Medha Rane said the builder, Suresh Patil, had ignored the stay order. "
            "‘He poured concrete the next morning,’ she said. Patil said the order reached him late. "
            "‘I stopped work the moment I saw it,’ he said.")
    assert speaker_of(text, "He poured concrete") == "Medha Rane"
    assert speaker_of(text, "I stopped work") == "Suresh Patil"


def test_she_said_after_single_marks_goes_to_the_secretary_not_the_contractor():
    text = ("Chennai: Residents' welfare association secretary Lakshmi Narayanan said the contractor, R. Senthil "
            "Kumar, had dug up the road in March. ‘He never came back,’ she said. Kumar said he had not been paid. "
            "‘The corporation owes me Rs 40 lakh,’ he said.")
    assert speaker_of(text, "He never came back") == "Lakshmi Narayanan"


def test_she_said_after_single_marks_goes_to_the_marae_chair_not_the_skipper():
    text = ("Kaikōura – Marae chair Huia Parata said the skipper, Tane Walker, had pulled three people from the "
            "water. ‘He did not hesitate,’ she said. Walker shrugged it off. ‘Anyone would have,’ he said.")
    assert speaker_of(text, "He did not hesitate") == "Huia Parata"


def test_she_said_after_low_high_marks_goes_to_the_official_not_the_guard():
    text = ("Dresden – Union official Petra Lang said the night guard, Uwe Schmitt, had been dismissed without "
            "warning. „He worked there for 22 years“, she said. Schmitt said he would go to court. "
            "„I want my job back“, he said.")
    assert speaker_of(text, "He worked there") == "Petra Lang"


def test_she_said_after_single_marks_goes_to_the_headteacher_not_the_caretaker():
    text = ("Headteacher Alison Reid said the caretaker, Jordan Platt, had stayed all night to clear the snow. "
            "‘He is the reason we opened,’ she said. Platt said it was nothing. ‘I live across the road,’ he said.")
    assert speaker_of(text, "He is the reason we opened") == "Alison Reid"
