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
