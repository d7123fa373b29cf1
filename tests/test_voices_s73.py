"""Speakers of session 73, fitted on the story sets news_gold179 and news_gold180: a title's initials for the title
written in full with "the" and a comma before the holder's name ("The Deputy Commissioner of Kelby, Mr Jo Doe, ...
the DC said"; "Officer-in-Charge": OIC); "the vicar" when another is "the vicar's warden"; "the champion" and "the
shy winner" after "She is Mrs Jo Doe"; "the proud father" after "Her father, Mr Jo Doe,"; "the old man" of the
father and son named with their ages, and no "teenager" for the old woman who spoke last; an inner "he said, '...'"
inside a run of paragraphs; "my father" inside a quotation for "his father, the clan leader Jo Doe"; "prayed that
God would '...'"; a body's name "now" ("The merged club, now the Kelby Club Inc.,"); "Its bid said"; "was quoted ...
as saying", after an opening phrase too; "a letter from Jo Doe, who wrote"; "told the panel" after a quotation in a
relative clause; "At the meeting Jo Doe stood up and said"; "the rector of St Mary, Rev. Canon Jo Doe, who said";
"members" of the writer's body and "Members of the Kelby Association"; "Sainsbury's said"; a source who gives only
her first name; no "he" for "police".

Every passage is written for the test (invented people and bodies, real places only as settings); the expected
speakers were checked by reading the passage.  The ``_not_`` tests are near misses each rule must leave alone, and
the ``_still_`` tests readings the starting code already had right that a first version of a rule broke; most of
both came from two review reads of invented passages.
"""

from __future__ import annotations

from analysis import Article, extract_quotes

from .readers import speakers
from .readers import second_paragraph as _second


def test_initials_of_a_title_written_in_full_with_a_comma_before_the_name():
    said = speakers(_second("The Deputy Commissioner of Larkana, Mr Imran Ali Tarnejo, who toured the camps, said the "
                            "water was still rising.\n\n\"Nobody should sleep near the embankment tonight,\" the DC "
                            "said."))
    assert said["Nobody should sleep near the embankment tonight,"] == "Imran Ali Tarnejo"


def test_officer_in_charge_as_oic_after_a_rank():
    said = speakers(_second("The Officer-in-Charge of the Kelby North Police, Chief Inspector W. K. Tarnapala, said "
                            "the road was closed for an hour.\n\n\"We had no thefts at all,\" the OIC said."))
    assert said["We had no thefts at all,"] == "W. K. Tarnapala"


def test_not_initials_of_another_title():
    said = speakers(_second("The Deputy Commissioner of Larkana, Mr Imran Ali Tarnejo, toured the camps on Monday.\n\n"
                            "\"The district has run out of tents,\" the DPO said."))
    assert said["The district has run out of tents,"] != "Imran Ali Tarnejo"


def test_the_vicar_when_another_is_the_vicars_warden():
    said = speakers(_second("The vicar of Kelby, the Rev. Owain Tarnley, led the procession to each well.\n\n"
                            "'It is the water we are thanking,' said the vicar at the first well.\n\n"
                            "Mr Dafydd Tarnley, the vicar's warden, said the crowd had come from all over."))
    assert said["It is the water we are thanking,"] == "Owain Tarnley"


def test_the_champion_after_she_is_named():
    said = speakers(_second("A 64-year-old market vendor walked away with the top prize in the boning contest on "
                            "Monday.\n\nShe is Mrs Hyacinth Tarnwell of Rock Hall, who boned twelve fish in four "
                            "minutes.\n\n\u201cI was not even nervous,\u201d said the champion, still in her apron."))
    assert said["I was not even nervous,"] == "Hyacinth Tarnwell"


def test_the_shy_winner_after_she_is_named_with_a_trade():
    said = speakers(_second("A girl from a village outside Kelby carried home seven prizes on Saturday.\n\nShe is "
                            "Miss Abena Tarnoh, a final-year science student.\n\n\"I borrowed a calculator for two "
                            "terms,\" said the shy winner."))
    assert said["I borrowed a calculator for two terms,"] == "Abena Tarnoh"


def test_not_a_winner_after_another_is_named():
    said = speakers(_second("Mrs Hyacinth Tarnwell of Rock Hall boned twelve fish in four minutes.\n\nThe prize was "
                            "presented by Mr Clive Tarnbury, the committee chairman.\n\n\u201cShe deserved it,\u201d "
                            "said the winner's husband."))
    assert said["She deserved it,"] != "Hyacinth Tarnwell"


def test_the_proud_father_named_as_her_father():
    said = speakers(_second("Her father, Mr. Joseph Tarnaba, who had walked six kilometres to the school, held the "
                            "trophy above his head.\n\n\"I did not go to school. When she reads, I listen,\" the proud "
                            "father said."))
    assert said["I did not go to school. When she reads, I listen,"] == "Joseph Tarnaba"


def test_the_old_man_of_a_father_and_son_named_with_their_ages():
    said = speakers(_second("A father and son from the boatmen's quarter, Ghulam Nabi Tarnani, 68, and his son Rafiq "
                            "Ali Tarnani, 30, have made forty trips in two days.\n\n\"We have not slept since "
                            "Saturday,\" said Rafiq Ali.\n\nThe old man, who refused to leave, said he had \"seen the "
                            "river angry four times\"."))
    assert said["We have not slept since Saturday,"] == "Rafiq Ali Tarnani"
    assert said["seen the river angry four times"] == "Ghulam Nabi Tarnani"


def test_an_inner_he_said_keeps_the_run_of_paragraphs_together():
    said = speakers(_second("Ghulam Nabi Tarnani, 68, and his son Rafiq Ali Tarnani, 30, have made forty trips.\n\n"
                            "\"My father taught me to read the river. On Saturday he said, 'Take the goats first.'\n\n"
                            "\"We have not slept since,\" said Rafiq Ali."))
    assert said["My father taught me to read the river. On Saturday he said, 'Take the goats first.'"] \
        == "Rafiq Ali Tarnani"
    assert said["Take the goats first."] == "Ghulam Nabi Tarnani"


def test_my_father_inside_a_quotation_for_his_father_the_clan_leader():
    said = speakers(_second("Ward 2 councillor Mr Peter Tarnu, 36, voted for the ban against the wishes of his father, "
                            "the clan leader Mr Tarnu Wama, who sat in the gallery.\n\n'My father told me this "
                            "morning, "
                            "\"You cannot ban a handshake.\" I respect him,' Mr Tarnu said."))
    assert said["You cannot ban a handshake."] == "Tarnu Wama"


def test_prayed_that_god_would():
    said = speakers(_second("The prayer was led by the Chief Imam, Sheikh Abdul-Rahman Tarnobi.\n\nThe Chief Imam "
                            "prayed that Allah would \u201creward her for every debt she forgave\u201d."))
    assert said["reward her for every debt she forgave"] == "Abdul-Rahman Tarnobi"


def test_a_bodys_name_now_after_its_description():
    said = speakers(_second("The merged club, now the Kelby-Tarn Rugby & Sports Club Inc., said in a statement that "
                            "the win was \"for every volunteer who has painted a line\"."))
    assert said["for every volunteer who has painted a line"] == "Kelby-Tarn Rugby & Sports Club Inc."


def test_its_bid_is_the_firms():
    said = speakers(_second("The lowest bid came from Tarnow Bros. Demolition Inc. of Kelby, at $64,500. Its bid said "
                            "the job would take \"three days and one loud afternoon.\""))
    assert said["three days and one loud afternoon."] == "Tarnow Bros. Demolition Inc."


def test_was_quoted_as_saying():
    said = speakers(_second("The operator's general manager, Mr Tarn Wei Ming, was quoted in this newspaper on Aug 9 "
                            "as saying that tray return was \u201ceverybody's responsibility\u201d. I agree."))
    assert said["everybody's responsibility"] == "Tarn Wei Ming"


def test_a_letter_from_a_person_who_wrote():
    said = speakers(_second("He handed in a letter from Mr Elwyn Tarnog, who wrote that the farmer was \u201ca man who "
                            "has carried more lambs than most\u201d."))
    assert said["a man who has carried more lambs than most"] == "Elwyn Tarnog"


def test_not_a_visitor_from_a_place_who_said():
    said = speakers(_second("A visitor from Tarnbridge, who said the town was \u201cdead on Sundays\u201d, left "
                            "early."))
    assert said["dead on Sundays"] != "Tarnbridge"


def test_he_is_no_body_of_police():
    """The police who "describe" a man are many people, never the "he" who speaks later (the commander, whom the
    resolver still misses here, is left to a later round)."""
    said = speakers(_second("The Regional Police Commander, SSP Moses Tarnafa, told journalists the gang was 'well "
                            "armed'.\n\nAmong those arrested is Julius Tarnya, 29, alias 'Kasasiro', whom police "
                            "describe as the leader of the gang. He was picked up at a lodge.\n\nThe commander said "
                            "the operation would continue.\n\nHe warned residents against lynching suspects.\n\n"
                            "'Mob justice is also murder,' he said."))
    assert said["Mob justice is also murder,"] != "police"


def test_told_after_a_quotation_in_a_relative_clause_takes_a_listener():
    said = speakers(_second("Its president, Mr Edwin Tarnell, who says he is \u201cno relation, as far as anybody can "
                            "prove\u201d, told the panel the group was not against the site."))
    assert said["no relation, as far as anybody can prove"] == "Edwin Tarnell"


def test_a_phrase_of_the_scene_without_a_comma_before_a_name_and_two_verbs():
    said = speakers(_second("At the meeting Angus Tarnbull stood up and said, \"If God had wanted curlers on rubber, "
                            "He would have made the ice out of it.\""))
    assert said["If God had wanted curlers on rubber, He would have made the ice out of it."] == "Angus Tarnbull"


def test_members_alone_at_our_meeting_speak_for_the_writers_body():
    said = speakers(_second("I write on behalf of the Tarnside Hawkers' and Stallholders' Association, which "
                            "represents 61 of the 72 stallholders.\n\nAt our general meeting on Aug 13, members "
                            "resolved that \"no "
                            "stallholder should pay for a service he cannot refuse\", and asked the operator to meet "
                            "us."))
    assert said["no stallholder should pay for a service he cannot refuse"] \
        == "Tarnside Hawkers' and Stallholders' Association"


def test_the_rector_of_a_church_then_his_titled_name_who_said():
    said = speakers(_second("The boats were blessed by the rector of St Barnabas-by-the-Sea, Rev. Canon Hallam "
                            "Tarnwell, who said he had asked God to \u201ckeep every boat full\u201d."))
    assert said["keep every boat full"].endswith("Hallam Tarnwell")  # (the mention layer keeps "Canon" in the name)


def test_members_of_an_association_speak_for_it():
    said = speakers(_second("Members of the Tarnbridge Traders' and Shopkeepers' Welfare Association, who met the "
                            "commissioner on Tuesday, asked for the drains to be pumped.\n\n\"If the water enters the "
                            "bazaar, five thousand shops will close,\" they said."))
    assert said["If the water enters the bazaar, five thousand shops will close,"] \
        == "Tarnbridge Traders' and Shopkeepers' Welfare Association"


def test_not_members_of_a_house_of_parliament():
    said = speakers(_second("Members of the House said the bill was \"a swamp of favours\"."))
    assert said["a swamp of favours"] != "House"


def test_a_firms_name_in_the_possessive_form_says():
    said = speakers(_second("Tarnbury's said the offer was \"a joke\"."))
    assert said["a joke"] == "Tarnbury"



def test_a_source_who_gives_only_her_first_name_is_unnamed():
    q = extract_quotes(Article.from_text(_second(
        "A supporter from Woodbury, who would give only her first name, Bev, said she had watched the club for 50 "
        "years. \"My husband owes me twenty dollars,\" she said.")))
    row = q[q["text"] == "My husband owes me twenty dollars,"].iloc[0]
    assert (row["speaker"], row["source_type"]) == ("Bev", "anonymous")


def test_not_the_old_man_for_the_place_after_a_name():
    said = speakers(_second("Mr Kofi Tarnor of Ashwood Hill, 81, has kept bees on the same hillside for sixty years.\n\n"
                            "\"Bees know when you are afraid,\" said the old man."))
    assert said["Bees know when you are afraid,"] != "Ashwood Hill"


def test_still_an_opening_phrase_before_one_quoted_as_saying():
    said = speakers(_second("In 2019, Mr Tom Tarnby was quoted as saying that the bridge was \"perfectly safe\"."))
    assert said["perfectly safe"] == "Tom Tarnby"


def test_still_an_inverted_told_with_a_speaker_after_it():
    said = speakers(_second("\"The bus was overloaded\", told a survivor, Mr Rahim Tarnraf, to reporters at the "
                            "hospital."))
    assert said["The bus was overloaded"] == "Rahim Tarnraf"


def test_the_teenager_is_not_the_elderly_woman_who_spoke_last():
    said = speakers(_second("Mrs Esther Tarnby, 81, and her granddaughter Ruth Tarnby, 17, were the last to leave the "
                            "village.\n\n\"I was born in this house,\" said the elderly woman.\n\n\"Grandma refused to "
                            "go until the water reached the steps,\" said the teenager."))
    assert said["I was born in this house,"] == "Esther Tarnby"
    assert said["Grandma refused to go until the water reached the steps,"] != "Esther Tarnby"


def test_not_a_possessive_name_before_a_participle():
    said = speakers(_second("Mr Tarnau's alleged victim told the Kelby court she had been \"too scared to speak\" for a "
                            "year."))
    assert said["too scared to speak"] != "Tarnau"


def test_not_an_is_after_a_name():
    said = speakers(_second("Tarnby's said to be \"furious\" about the leak, according to friends of the former "
                            "captain."))
    assert said["furious"] != "Tarnby"


def test_not_a_title_and_a_body_for_a_titled_name():
    said = speakers(_second("The workshop was opened by Dr Ama Tarnko, Deputy Director Ghana Health Service, who said "
                            "malaria cases had fallen \"by a third\"."))
    assert said["by a third"] == "Ama Tarnko"


def test_kin_with_a_description_before_the_name_speaks_by_name():
    said = speakers(_second("His uncle, the retired judge Mr Harish Tarnpta, said the verdict was \"a miracle\"."))
    assert said["a miracle"] == "Harish Tarnpta"


def test_a_scene_with_no_comma_before_a_possessive_subject():
    q = extract_quotes(Article.from_text(_second("After the match Kelby's coach said the referee was \"a "
                                                  "disgrace\".")))
    assert q[q["text"] == "a disgrace"]["speaker"].tolist() == ["Kelby's coach"]


def test_not_kin_whose_description_names_another():
    said = speakers(_second("Mr Tom Tarnda, 71, was taken to hospital in Kelby. Her daughter, the nurse treating Mr "
                            "Tarnda, said he was \"stable but very weak\"."))
    assert said["stable but very weak"] != "Tom Tarnda"


def test_they_for_members_of_an_association_after_another_speaker():
    said = speakers(_second("Kelby Rice Mills Ltd said in a statement that families would be fed. A Kelby Rice manager "
                            "said the mill had lent two tractors.\n\nMembers of the Tarnbridge Traders' Welfare "
                            "Association, who met the commissioner on Tuesday, asked for the drains to be pumped.\n\n"
                            "\"If the water enters the bazaar, the shops will close,\" they said."))
    assert said["If the water enters the bazaar, the shops will close,"] == "Tarnbridge Traders' Welfare Association"


def test_no_relation_of_the_family_is_no_role():
    said = speakers(_second("Town councillor Cllr Helen Tarnby, who is no relation of the family, called the closure "
                            "\"a canary in a coal mine\".\n\nThe closing-down sale starts on Monday. The family says the "
                            "smoker will be lit \"until the last sprat is gone\"."))
    assert said["until the last sprat is gone"] != "Helen Tarnby"


def test_not_an_opening_phrase_for_a_name_ending_in_ing():
    said = speakers(_second("Fleming, the harbour master, was quoted as saying the wall was \"perfectly safe\"."))
    assert said["perfectly safe"] == "Fleming"
