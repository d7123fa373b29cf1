"""Speakers of session 74, fitted on the story sets news_gold181 and news_gold182: post-nominal letters of a
magistrate and a vet ("Mr Jo Doe RM", "Mr Jo Doe MRCVS") and after a style before a given name ("Canon Jo Doe PP");
a headline's words said after an inner quotation the speaker closes; "gave the cause of death as"; "I was quoted in
these pages as saying" on a letters page under "OPINION › Letters"; "The Kelby DCE, Hon. Jo Doe, ... the DCE said";
"Public Prosecutor (PP) Advocate Jo Doe ... said the PP"; "His daughter, Mrs Jo Doe, gave the eulogy." before a
quotation paragraph; "Kelby Hardware & Timber Ltd of Lautoka said"; "A message from the superintendent minister of
the circuit, Rev. Jo Doe, ... the message said"; "Her husband" after "Mr Jo Doe and his wife, Mrs Ann Doe"; a
sentence that ends ", the inspector said." far after its partial quotation; "The association's vice-chairlady, Mrs
Jo Doe, who ..., said"; "The treasurer rose"; "claims by some youth"; "It said" after "A statement from ... was read";
"gave her name only as"; "So said Mr Jo Doe" and "That was how Jo Doe described it"; "and who wrote" after an age;
no "Dear Editor" speaker; "on behalf of the committee of the Kelby Club ... the committee resolved"; "whose report";
a "she" inside a quotation for the woman its speaker names there.

Every passage is written for the test (invented people and bodies, real places only as settings); the expected
speakers were checked by reading the passage.  The ``_not_`` tests are near misses each rule must leave alone; of the
others, all but one fail on the starting code (the officer apposed to a body's possessive, "The association's
vice-chairlady, Mrs Jo Doe, who ..., said", is read right there too: the held-out story's "she" went astray only
after an unnamed speaker of its headline).
"""

from __future__ import annotations

from analysis import Article, extract_quotes
from analysis.mentions import letters_page

from .readers import names, speakers
from .readers import second_paragraph as _second


def _row(text: str, quote: str) -> dict:
    q = extract_quotes(Article.from_text(text))
    return q[q["text"] == quote].iloc[0].to_dict()


def test_a_resident_magistrates_letters_after_his_name():
    text = _second("The resident magistrate, Mr Colm Tarney RM, told the defendant that the row was \"a civil matter "
                   "until somebody picks up a saw\".")
    assert speakers(text)["a civil matter until somebody picks up a saw"] == "Colm Tarney"
    assert names(text).get("Colm Tarney") == "person"


def test_a_vets_letters_after_his_name():
    text = _second("The society's veterinary officer, Mr Ruairi Tarnach MRCVS, said some lorries had been through "
                   "\"twice, and a few of them three times\".")
    assert speakers(text)["twice, and a few of them three times"] == "Ruairi Tarnach"


def test_a_priests_letters_after_a_style_and_a_given_name():
    assert names(_second("The Mass was celebrated by Canon Michael Tarrant PP, assisted by Fr Colm Doe.")).get(
        "Canon Michael Tarrant") == "person"


def test_a_headlines_words_said_after_an_inner_quotation_closed():
    text = ("Walker died after flood ‘came down the gill like a train’\n\nBy Ann Roe\n\nA WALKER drowned in Kelby Gill "
            "in July, an inquest heard.\n\nHis friend, Mr Tom Tarnley, 29, said they had set off at 11am.\n\n"
            "‘Robbie went first. He said, “It is only a puddle.” Then I heard the noise. The water came down the "
            "gill like a train,’ he said.\n\nThe coroner recorded a conclusion of misadventure.\n")
    assert speakers(text)["came down the gill like a train"] == "Tom Tarnley"


def test_gave_the_cause_of_death_as():
    text = _second("The pathologist, Dr Ranjit Tarnath, gave the cause of death as \"drowning, with hypothermia as a "
                   "contributory factor\".")
    assert speakers(text)["drowning, with hypothermia as a contributory factor"] == "Ranjit Tarnath"


def test_a_section_line_of_letters_after_its_marker():
    assert letters_page("THE KELBY TIDE\n\nOPINION › Letters\n\nColour is not a crime")
    assert not letters_page("THE KELBY TIDE\n\nOPINION › Letters from abroad\n\nColour")


def test_i_was_quoted_in_these_pages_on_a_letters_page():
    text = ("THE KELBY TIDE\n\nOPINION › Letters\n\nA councillor replies\n\nI was quoted in these pages as saying "
            "the question was \"not about taste.\" I stand by that. Council can change the bylaw.\n\nMarion Tarbell, "
            "town councillor, Kelby\n")
    assert speakers(text)["not about taste."] == "Marion Tarbell"


def test_the_initials_of_a_title_after_a_place_before_the_holder():
    text = _second("The Keta DCE, Hon. Mawuli Tarkpor, who received the petition, said the government \"has not "
                   "forgotten the lagoon\".\n\n\"The sea defence was the first promise,\" the DCE said.")
    assert speakers(text)["The sea defence was the first promise,"] == "Mawuli Tarkpor"


def test_a_title_defined_by_initials_before_an_advocates_name():
    text = _second("Public Prosecutor (PP) Advocate Anisur Tarafdar told reporters the verdict was \"a lesson\".\n\n"
                   "\"Twenty-three witnesses stood in this court,\" said the PP.")
    assert speakers(text)["Twenty-three witnesses stood in this court,"] == "Anisur Tarafdar"


def test_a_name_apposed_to_kin_before_a_quotation_paragraph():
    text = _second("His funeral Mass was on Tuesday.\n\nHis daughter, Mrs Kathleen Tarpey, gave the eulogy.\n\n"
                   "\"He knew every rock in the bay by its first name.\"\n\nHe is survived by his wife.")
    assert speakers(text)["He knew every rock in the bay by its first name."] == "Kathleen Tarpey"


def test_a_company_with_an_ampersand_of_a_place():
    text = _second("Western Hardware & Timber Ltd of Lautoka said in a statement that it would supply roofing iron "
                   "\"at cost price\".")
    assert speakers(text)["at cost price"] == "Western Hardware & Timber Ltd"


def test_a_message_from_a_description_and_a_name_apposed():
    text = _second("A message from the superintendent minister of the Ba circuit, Rev. Eroni Tarakau, who is in "
                   "hospital, was read on his behalf by the circuit steward, Mr Viliame Tora.\n\n\"I have never "
                   "seen a small village give so much,\" the message said.")
    assert speakers(text)["I have never seen a small village give so much,"] == "Eroni Tarakau"


def test_her_husband_named_with_his_wife_before():
    text = _second("Patrick Tarley, 71, pleaded guilty to damaging the hedge, which belonged to Mr Alistair Tembly "
                   "and his wife, Mrs Heather Tembly.\n\nMrs Tembly said the hedge had given the family privacy.\n\n"
                   "Her husband told the court he had only been \"told, shouted at, and once written to\".")
    assert speakers(text)["told, shouted at, and once written to"] == "Alistair Tembly"


def test_a_sentence_that_ends_on_its_cue_far_after_the_quotation():
    text = _second("Prosecuting, Inspector Brian Tarbet told the court the family had come home.\n\nThe hedge, "
                   "planted in 1979, had been \"the subject of words\" between the two households since at least "
                   "1986, the inspector said.")
    assert speakers(text)["the subject of words"] == "Brian Tarbet"


def test_not_a_far_cue_of_another_clause():
    text = _second("The league, which called the rise \"a toll on the night shift\", will take the fares to the "
                   "transport tribunal next month, Dr Kelvo Tarrant said.")
    assert speakers(text)["a toll on the night shift"] != "Kelvo Tarrant"


def test_a_bodys_officer_apposed_then_she():
    text = _second("The association's vice-chairlady, Mrs Faith Tarimu, who sells at the stage, said women would "
                   "suffer most.\n\n\"Who will carry my load in the rain?\" she asked.")
    assert speakers(text)["Who will carry my load in the rain?"] == "Faith Tarimu"


def test_the_treasurer_rose_then_she_said():
    text = _second("The society's treasurer, Mrs Esnart Tembo, who is the chairman's wife, then read the accounts. "
                   "They showed a surplus of K48,000.\n\nMr Lameck Tarwa, a grower from Santhe, accused the board of "
                   "\"running the society like a family shop\".\n\n\"The chairman sits at the top table and his wife "
                   "holds the cash box. Who can check them?\" said Mr Tarwa, to loud applause.\n\nThe treasurer rose "
                   "before he had sat down.\n\n\"Every tambala is written in these books,\" she said.")
    assert speakers(text)["Every tambala is written in these books,"] == "Esnart Tembo"


def test_claims_by_some_people_unnamed():
    row = _row(_second("The DCE, Mr Jo Tarkpor, spoke at the durbar.\n\nHe dismissed claims by some youth that money "
                       "for the lagoon had been \"chopped\" as mischief."), "chopped")
    assert row["speaker"] != "Jo Tarkpor" and row["source_type"] != "named"


def test_it_said_after_a_statement_from_a_person_was_read():
    text = _second("A statement from the club's patron, Mrs Joyce Tarleton, 101, who could not attend, was read "
                   "by the secretary before the vote. It said she would \"back whatever the members decide\".")
    assert speakers(text)["back whatever the members decide"] == "Joyce Tarleton"


def test_a_name_given_only_as_one_word_is_unnamed():
    row = _row(_second("A visitor from Aberdeen, who gave her name only as Sheena, said she had come for the ponies."
                       "\n\n\"You can smell the baking over the horses,\" she said."),
               "You can smell the baking over the horses,")
    assert row["source_type"] == "anonymous"


def test_not_a_full_name_given_as():
    row = _row(_second("A visitor from Aberdeen, who gave her name as Sheena Tarbat, said she had come for the ponies."
                       "\n\n\"You can smell the baking over the horses,\" she said."),
               "You can smell the baking over the horses,")
    assert row["source_type"] == "named"


def test_so_said_a_name_after_a_quotation_paragraph():
    text = _second("The vicar said the chapels had helped each other for a century.\n\n\"Moriah taught me to read "
                   "and to sing.\"\n\nSo said Mr Gethin Tarrell, 67, who grew up on Regent Street.")
    assert speakers(text)["Moriah taught me to read and to sing."] == "Gethin Tarrell"


def test_that_was_how_a_name_described_it():
    text = _second("A man at the back shouted and was asked to leave.\n\n\"It sounds like a helicopter on your "
                   "roof.\"\n\nThat was how Gordon Tarbrother, 88, described it in a letter read to the meeting.")
    assert speakers(text)["It sounds like a helicopter on your roof."] == "Gordon Tarbrother"


def test_and_who_wrote_after_an_age():
    text = _second("Miss Megan Tarry read a letter from a former member, Mrs Eluned Tarbert, 93, who emigrated to "
                   "Trelew in 1927 and who wrote that she had \"never since sat in a chapel with a better echo\".")
    assert speakers(text)["never since sat in a chapel with a better echo"] == "Eluned Tarbert"


def test_no_salutation_for_a_speaker():
    text = ("THE KELBY CLARION\n\nLETTERS\n\nClub will not sell\n\nDear Editor,\n\nPlease allow me to respond to the "
            "letter of Mr Deonarine Tarsaud and to remarks he made on the radio last week, when he described our "
            "committee as \"land sharks in cricket whites\".\n\nNo land is being sold.\n\nYours faithfully,\n"
            "Shondell Tarbis\n")
    assert speakers(text)["land sharks in cricket whites"] == "Deonarine Tarsaud"


def test_the_committee_of_a_club_written_out_before():
    text = _second("Please allow me, on behalf of the committee of the Rose Hall United Sports & Cultural Club, to "
                   "reply.\n\nOn August 14 the committee resolved that \"no part of the playing field shall be "
                   "leased\", and that resolution stands.")
    assert speakers(text)["no part of the playing field shall be leased"] == \
        "Rose Hall United Sports & Cultural Club"


def test_whose_report_is_the_officers():
    row = _row(_second("The committee refused the plan against the advice of its own officers, whose report "
                       "described the harm as \"less than substantial\"."), "less than substantial")
    assert row["source_type"] != "document" and row["source_type"] != "named"


def test_she_inside_a_quotation_for_the_woman_its_speaker_names():
    text = _second("Superintendent Karen Vogt said the post had been advertised in four states. \"I had one "
                   "applicant,\" Vogt said.\n\nRuth Tarney, 64, has taught Latin since 1979. She took over from her "
                   "own teacher, the late Harriet Tarleton, who taught from 1946 until the year Tarney came back to the "
                   "school.\n\n\"They keep telling me Latin is a dead language. A dead language has a lot of live kids "
                   "in it,\" Mrs Tarney said. \"Thirty-one of them, and I know every one of their middle names.\"\n\n"
                   "\"Mrs. Tarleton wrote it on the board on the first day of every year. When I graduated she told "
                   "me, 'You will be back.' She was right,\" she said.")
    assert speakers(text)["You will be back."] == "Harriet Tarleton"


def test_a_name_between_the_and_a_noun_is_no_one_he_stands_for():
    text = _second("Among them were Koos du Plessis, 68, and his son Ruan, who farm cattle near Louwsburg. The older "
                   "Du Plessis said thieves had \"cut five fences in one night\".\n\nHis son said the family had paid "
                   "for private security since last year.\n\n\"We pay a security company R9,000 a month and they still "
                   "took 38 head,\" Ruan du Plessis said.\n\nA herdsman on the Du Plessis farm, who declined to be "
                   "named, said he had been tied up during the February raid.\n\n\"They told me to lie in the grass "
                   "and count to a thousand. When I finished counting, the camp was empty,\" he said.")
    said = speakers(text)
    assert said["They told me to lie in the grass and count to a thousand. When I finished counting, the camp was "
                "empty,"] == "herdsman"


def test_a_headlines_words_after_a_sentence_with_a_verb_of_saying_in_the_same_quotation():
    text = ("Retiring teacher tells board \"a dead language has a lot of live kids in it\"\n\nBy Ann Roe\n\nKELBY - "
            "The school board voted on Monday to end the Latin course.\n\nLatin teacher Ruth Tarney, 64, has taught in "
            "Kelby since 1979.\n\n\"They keep telling me Latin is a dead language. A dead language has a lot of live "
            "kids in it,\" Tarney said.\n\nThe board meets again in May.\n")
    assert speakers(text)["a dead language has a lot of live kids in it"] == "Ruth Tarney"


def test_the_clubs_secretary_signed_a_letter_with_that_role():
    text = ("THE KELBY CLARION\n\nLETTERS\n\nClub will not sell\n\nDear Editor,\n\nNo land is being sold.\n\nYours "
            "faithfully,\nShondell Tarbis (Mrs)\nSecretary, Kelby United Sports Club\n\nEditor's note: The club's "
            "secretary said the walk on Saturday would go ahead \"rain or shine\".\n")
    assert speakers(text)["rain or shine"] == "Shondell Tarbis"


def test_a_titles_initials_are_no_organisation():
    found = names(_second("The Keta DCE, Hon. Mawuli Tarkpor, said the lagoon would be dredged. \"We will do it,\" "
                          "the DCE said.\n\nThe Meru Central OCPD, Mr Josphat Tarigo, said police would act. The "
                          "District Commissioner (DC), Mr Felix Tembwe, urged calm, and the DC left at noon."))
    assert not {"DCE", "Keta DCE", "Meru Central OCPD", "DC", "District Commissioner"} & set(found)
    assert found.get("Mawuli Tarkpor") == found.get("Felix Tembwe") == "person"


def test_not_a_bodys_initials_nor_a_persons_initials():
    found = names(_second("Cody Shepherd, 29, who farms corn, voted yes. The Kelby Water Board (KWB) said it would "
                          "help, and the KWB later wrote to the council."))
    assert found.get("Cody Shepherd") == "person" and found.get("Kelby Water Board") == "organisation"


def test_not_the_reader_of_a_bodys_letter():
    text = _second("A letter from the council was read by the market's manager, Mr Tom Tarsidine, at a meeting of "
                   "traders on Tuesday.\n\n\"The market will move to the square for the duration of the works,\" the "
                   "letter said.")
    assert speakers(text)["The market will move to the square for the duration of the works,"] != "Tom Tarsidine"


def test_not_a_vague_claims_author_after_the_subjects_own_verb():
    text = _second("Mr Osei Tarkwo denied claims by some relatives that he had taken the land by force and insisted "
                   "he had \"done nothing wrong\".")
    assert speakers(text)["done nothing wrong"] == "Osei Tarkwo"


def test_not_a_name_apposed_to_kin_who_died():
    text = _second("Mrs Ada Tarafor, 90, still runs the provision shop on Market Road.\n\nHer husband, Mr Felix "
                   "Tarafor, died in 2009.\n\n\"I talk to him every morning when I open the shutters.\"")
    assert speakers(text)["I talk to him every morning when I open the shutters."] != "Felix Tarafor"


def test_not_an_offices_or_a_persons_initials_defined_in_brackets():
    found = names(_second("The Office of the Special Prosecutor (OSP) has frozen four accounts, and the OSP said the "
                          "suspect would be invited. Baker Lucy Singer (LS) told Mark Judge (MJ) she had rebuilt the "
                          "shop."))
    assert found.get("Office of the Special Prosecutor") == "organisation"
    assert found.get("Lucy Singer") == found.get("Mark Judge") == "person"


def test_not_the_committee_of_a_club_after_another_committee():
    text = _second("On behalf of the committee of the Kelby Golf Club, Mr Harold Pym asked the council for a lease."
                   "\n\nKelby Council's finance committee considered the request on Monday.\n\nThe committee said in "
                   "its report that the rent was \"out of step with the market\".")
    assert speakers(text)["out of step with the market"] != "Kelby Golf Club"


def test_not_so_said_a_possessive_name():
    text = _second("\"The bypass will destroy Kelby.\"\n\nSo said Cllr Ann Tarroe's critics on the council when she "
                   "backed the scheme in 2015.")
    assert speakers(text)["The bypass will destroy Kelby."] != "Ann Tarroe"
