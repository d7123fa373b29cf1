"""Speakers of session 72, fitted on the story sets news_gold177 and news_gold178: a title by its initials defined
in brackets before a name with a short title ("(DCE), Mr Jo Doe,"), a rank's initials ("DSP Jo Doe") or a hyphened
title ("Officer-in-Charge (OC)"), in a headline without "the", and "The UNO, Jo Doe, said"; a local title "of" a
place before "Chief Jo Doe"; "the old man", "the old craftsman", "the shy teenager" for the one person named just
before; the people of a place ("KELBY town councillors"); "Kap." as a title; "who" after a body's place and after
"by" and a name; "and his son Jo Doe" with no comma; "Dad" after the writer's "My father, Jo Doe,"; words a body
resolved "to" do inside the quotation, or a resolution "calling on" someone to do; a resolution passed at a body's
meeting told again; a deck's "karigars' union" and a headline's "developer"; a statement read out, and a lede's
widow named later; a curly single quotation run on from mid-paragraph; "The younger Mr Doe", "The older man",
"Another Doe, Mr Tom Doe,"; an inverted "says Mr Doe, including"; "the defendant" as the one who pleaded; "junior"
and "senior"; "prayed for"; "Nuestra Señora" inside a name and "the cofradía" for it.  The near misses after them
came from two review reads (a crash with "the CEO of Kelby Foods", a co-accused's plea, "and two aides", a letter's
sign-off, an okina).

Every passage is written for the test (invented people and bodies, real places only as settings); the expected
speakers were checked by reading the passage.  The ``_not_`` tests are near misses each rule must leave alone.
"""

from __future__ import annotations

from analysis import Article, extract_quotes

from .readers import mention_names, speakers
from .readers import second_paragraph as _second


def test_a_title_defined_by_its_initials_before_a_short_title_and_the_name():
    said = speakers(_second("The District Chief Executive (DCE), Mr Samuel Kwame Tarnoh, who moved the motion, told "
                            "members that revenue was falling.\n\n\"I have said it before,\" noted the DCE."))
    assert said["I have said it before,"] == "Samuel Kwame Tarnoh"


def test_a_hyphened_title_by_its_initials():
    said = speakers(_second("The Officer-in-Charge (OC) of Kelby Sadar Police Station, Jahir Uddin Tarno, said both "
                            "sides had been warned.\n\n\"We have seized two nets,\" said the OC."))
    assert said["We have seized two nets,"] == "Jahir Uddin Tarno"


def test_a_rank_by_its_initials_before_the_name():
    said = speakers(_second("The Divisional Police Officer (DPO) for Kelby, DSP Emeka Tarnwo, said policemen had "
                            "been deployed.\n\n\"The police are not kingmakers,\" the DPO said."))
    assert said["The police are not kingmakers,"] == "Emeka Tarnwo"


def test_a_title_the_mention_layer_took_for_a_body():
    said = speakers(_second("The District Agricultural Co-ordinator (DACO), Mr Peter Kelbo Tarn, who attended as a "
                            "guest, praised the society.\n\n\"I am not telling the farmers what to do,\" noted the "
                            "DACO."))
    assert said["I am not telling the farmers what to do,"] == "Peter Kelbo Tarn"


def test_the_initials_of_a_title_then_a_name_in_apposition():
    said = speakers(_second("The samity handed a memorandum to the Upazila Nirbahi Officer (UNO) on Saturday.\n\n"
                            "The UNO, Mahbub Tarnkhan, who is no relation of the president, said the relief was "
                            "\"80 per cent complete\"."))
    assert said["80 per cent complete"] == "Mahbub Tarnkhan"


def test_not_a_body_by_its_initials_before_a_name_in_a_list():
    said = speakers(_second("The Kelby Broadcasting Corporation (KBC) was there. The KBC, Jo Tarnby and Ashby Radio "
                            "said the relief was \"80 per cent complete\"."))
    assert said["80 per cent complete"] != "Jo Tarnby"


def test_a_headline_title_by_its_initials():
    text = ("THE KELBY MIRROR\n\nSaturday, June 14, 1997\n\nAssembly sacks toll collectors\n\n"
            "DCE calls revenue leakage \"a cancer eating the district\"\n\nFrom our correspondent, Kelby\n\n"
            "The Kelby District Assembly has sacked 14 toll collectors.\n\n"
            "The District Chief Executive (DCE), Mr Samuel Kwame Tarnoh, who moved the motion, told members the "
            "district was losing money every day.\n\nCollectors said they had been made scapegoats.")
    assert speakers(text)["a cancer eating the district"] == "Samuel Kwame Tarnoh"


def test_a_local_title_of_a_place_before_a_chiefs_name():
    said = speakers(_second("On Saturday the kingmakers, led by the Eesa of Isale-Kelby, Chief Rasheed Alabi Tarnlo, "
                            "presented Engr. Olakunle Tarnyan, 46, a son of the late Olu, as the new Olu-elect.\n\n"
                            "In a petition signed by its secretary, Alhaji Tajudeen Kelbami, the Adekelbo Ruling House "
                            "described the choice as \"an imposition\".\n\nThe house’s candidate, Prince Adewale Kelbo, "
                            "told a press conference that the house would \"go to court\".\n\nKingmakers reply\n\n"
                            "Responding, Chief Tarnlo dismissed the claim as \"a story made up last year\" and said the "
                            "kingmakers had consulted Ifa \"as our fathers did\".\n\n\"Ifa chose him. We did not choose "
                            "him,\" said the Eesa."))
    assert said["Ifa chose him. We did not choose him,"] == "Rasheed Alabi Tarnlo"


def test_the_old_man_for_the_retired_man_named_just_before():
    said = speakers(_second("Retired rubber tapper Ismail Tarnof, 78, was carried out of his house by his son on "
                            "Saturday afternoon.\n\n\"This is my fourth big flood. Today we did the same,\" said the "
                            "old man, who is now at the relief centre."))
    assert said["This is my fourth big flood. Today we did the same,"] == "Ismail Tarnof"


def test_the_old_man_after_an_age_told_with_now():
    said = speakers(_second("His father, Mr Lazarus Mwila Tarnbo, now 83, was one of the farmers who founded the "
                            "society. He sat in the front row and stood up when his son mentioned him.\n\n\"I am "
                            "proud of my son,\" the old man said."))
    assert said["I am proud of my son,"] == "Lazarus Mwila Tarnbo"


def test_the_shy_teenager_for_the_one_named_with_his_age_before():
    said = speakers(_second("He is Tevita Tarnalu, 19, known across the district as ‘Train’ for the way he runs. "
                            "Tarnalu’s second try sent the crowd on to the field to chants of ‘Toso Kelby!’.\n\n"
                            "‘I just look at the line and I run,’ said the shy teenager, still in his muddy jersey."))
    assert said["I just look at the line and I run,"] == "Tevita Tarnalu"


def test_not_the_old_man_for_one_who_died():
    said = speakers(_second("Jo Tarnby, 81, died at the scene. Neighbours gathered in the lane.\n\n\"He was a good "
                            "man,\" said the old man."))
    assert said["He was a good man,"] != "Jo Tarnby"


def test_the_people_of_a_place_not_the_place():
    said = speakers(_second("KELBY town councillors have voted to object to the quarry, warning that lorries would "
                            "pass \"within a yard of the chapel door\"."))
    assert said["within a yard of the chapel door"] not in ("Kelby", "KELBY")


def test_kap_as_a_barangay_captains_title():
    said = speakers(_second("The barangay captain, Rodolfo dela Tarno, was there.\n\n\"We will not lose her twice,\" "
                            "said Kap. dela Tarno. The mayor arrived later."))
    assert said["We will not lose her twice,"] == "Rodolfo dela Tarno"


def test_who_after_a_bodys_place_is_the_person_before_it():
    said = speakers(_second("He handed up a letter from Rev. Mlungisi Tarnba of the Bethesda Church in Zion, Kelbyville, "
                            "who described the accused as \"a faithful member\"."))
    assert said["a faithful member"] == "Mlungisi Tarnba"


def test_who_after_by_and_a_name_is_that_person():
    said = speakers(_second("The factory was opened by the chairman, Mr Om Tarnshney, after a puja performed by Pandit "
                            "Shiv Kelbarma, who said the locks would 'keep out thieves'."))
    assert said["keep out thieves"] == "Pandit Shiv Kelbarma"


def test_his_son_and_a_name_without_a_comma():
    said = speakers(_second("Its founder, Mr Mzwandile Tarnso, 68, and his son Siyabonga Tarnso, the company's "
                            "manager, both gave evidence.\n\nThe younger Tarnso told the court the firm had written \"at "
                            "least eleven times\". His father said they had buried members on credit \"because we "
                            "could not send a family away\"."))
    assert said["at least eleven times"] == "Siyabonga Tarnso"
    assert said["because we could not send a family away"] == "Mzwandile Tarnso"


def test_dad_after_the_writers_father_named():
    said = speakers(_second("My father, Wasyl Tarnyk, poured the concrete for that pool in 1967. We called it the "
                            "tank.\n\nDad used to say, “A town without a pool sends its kids to the dugout.” He "
                            "helped bury two boys."))
    assert said["A town without a pool sends its kids to the dugout."] == "Wasyl Tarnyk"


def test_not_dad_for_another_letters_father():
    said = speakers(_second("My late father, Tom Tarnce, was a drover.\n\nIvor Tarnce, Kelby\n\nSir – The mart is "
                            "busy.\n\nIt makes money.\n\nDad wrote last week that the mart was “a relic”."))
    assert said["a relic"] != "Tom Tarnce"


def test_a_resolution_to_do_opened_inside_the_quotation():
    said = speakers(_second("The Kelby Traders' & Development Association passed a resolution at its monthly meeting "
                            "“to mark his contribution with a plaque at the old hall”."))
    assert said["to mark his contribution with a plaque at the old hall"] == \
        "Kelby Traders' & Development Association"


def test_a_resolution_calling_on_someone_to_do():
    said = speakers(_second("At its annual meeting on Tuesday, the Kelby Crofters' & Graziers' Association passed a "
                            "resolution calling on the government to \"act now, before the hill lamb goes\"."))
    assert said["act now, before the hill lamb goes"] == "Kelby Crofters' & Graziers' Association"


def test_a_resolution_passed_at_a_bodys_meeting_told_again():
    said = speakers(_second("The resolution was passed by a show of hands at the annual general meeting of the Kelby "
                            "North Maize Growers’ Co-operative Society Limited, held under the mango trees.\n\n"
                            "“Resolved that this society shall not deliver maize on credit,” the resolution read.\n\n"
                            "It was moved by the secretary. The resolution also urged the board to “open talks with "
                            "any miller who will pay cash”."))
    body = "Kelby North Maize Growers’ Co-operative Society Limited"
    assert said["Resolved that this society shall not deliver maize on credit,"] == body
    assert said["open talks with any miller who will pay cash"] == body


def test_a_decks_union_by_its_members_noun():
    text = ("THE KELBY DAILY\n\nLock firm opens factory\n\nRs 42-crore unit to make smart locks; karigars' union warns "
            "against 'a machine that eats karigars'\n\nOur Correspondent\n\nKelby, March 3: Varshbury Locks Pvt Ltd "
            "opened a factory on Monday.\n\nThe Kelby Tala Karigar & Mazdoor Union, which says it speaks for 9,000 "
            "home-based lock workers, warned in a statement that the factory must not take their work.\n\nIts general "
            "secretary, Ms Farhana Kelbshi, spoke to reporters.")
    assert speakers(text)["a machine that eats karigars"] == "Kelby Tala Karigar & Mazdoor Union"


def test_a_headlines_developer_for_the_body_told_so_in_apposition():
    text = ("THE KELBY TRIBUNE\n\nFloods hit town\n\nHomes under water; developer says rainfall was \"unprecedented\"\n\n"
            "By our reporter\n\nThe boats were lent to the district by Tarno Boat & Marine Supplies Sdn Bhd. Volunteers "
            "said two of the Tarno Boat craft had run out of fuel by Saturday night.\n\nKelby Hillside Properties "
            "Berhad, the developer of the hillside project, said in a statement that the rainfall was "
            "\"unprecedented\".\n\nResidents disagreed.")
    first = extract_quotes(Article.from_text(text)).iloc[0]  # (the deck's; the body's own words repeat it later)
    assert (first["text"], first["speaker"]) == ("unprecedented", "Kelby Hillside Properties Berhad")


def test_a_statement_read_out_is_its_authors():
    said = speakers(_second("Arthur Tarnce, 81, fell on the pavement.\n\nA statement from his widow, Mrs Margaret "
                            "Tarnce, was read by the coroner, Mrs Helen Kelbett.\n\n\"Arthur walked to the post office "
                            "every morning. He never did give up.\n\n\"I don't blame anybody for the weather.\"\n\n"
                            "A shop assistant said more."))
    assert said["Arthur walked to the post office every morning. He never did give up."] == "Margaret Tarnce"
    assert said["I don't blame anybody for the weather."] == "Margaret Tarnce"


def test_a_ledes_widow_named_later_as_his_widow():
    text = ("THE KELBY JOURNAL\n\nWidow's plea after fall\n\nBy our reporter\n\nTHE widow of a retired hop grower who "
            "died after slipping on ice has told an inquest she hopes \"nobody else's husband goes out for a stamp\".\n\n"
            "Arthur Tarnce, 81, fell on the pavement.\n\nA statement from his widow, Mrs Margaret Tarnce, was read by "
            "the coroner.\n\nThe coroner recorded a conclusion of accidental death.")
    assert speakers(text)["nobody else's husband goes out for a stamp"] == "Margaret Tarnce"


def test_a_curly_single_quotation_run_on_from_mid_paragraph():
    said = speakers(_second("The younger Mr Tarnday said the fittings would go to the museum. ‘I would like the "
                            "drawers to stay in Kelby. They have never been anywhere else.\n\n‘As for me, I’m 52 and I "
                            "can mend anything.’\n\nThe sale starts on Monday."))
    assert said.get("I would like the drawers to stay in Kelby. They have never been anywhere else.") is not None
    assert said["As for me, I’m 52 and I can mend anything."] is not None


def test_the_younger_mr_for_the_son_of_a_father_told_so():
    said = speakers(_second("The managing director, Mr John Tarnday jnr, spoke to staff.\n\nHis father, Mr John "
                            "Tarnday snr, 81, still opens the post. The founder, Mr Joseph Tarnday, was a blacksmith.\n\n"
                            "The younger Mr Tarnday said the fittings would go to the museum: ‘I would like them to stay "
                            "in Kelby.’"))
    assert said["I would like them to stay in Kelby."] == "John Tarnday jnr"


def test_another_namesake_named_in_apposition():
    said = speakers(_second("His father, Mr John Tarnday snr, 81, said it was sad. The founder, Mr Joseph Tarnday, was "
                            "a blacksmith.\n\nAnother Tarnday, Mr Tom Tarnday, who runs a garden centre and is no "
                            "relation, said he would take on ‘perhaps two of the girls’."))
    assert said["perhaps two of the girls"] == "Tom Tarnday"


def test_an_inverted_cue_then_a_word_of_the_sentence():
    said = speakers(_second("Mr Jo Tarnday runs the shop.\n\nThe sale starts on Monday. Everything must go, says Mr "
                            "Tarnday, including ‘the shop cat, if anybody can catch her’."))
    assert said["the shop cat, if anybody can catch her"] == "Jo Tarnday"


def test_the_defendant_is_the_one_who_pleaded():
    said = speakers(_second("Francis Tarnn (63), of Drumard Road, Kelby, pleaded guilty on Monday to criminal "
                            "damage.\n\nProsecutor Mrs Alison Kelbault said that the defendant used a hired digger.\n\n"
                            "She said that when he was cautioned, the defendant replied: ‘He can walk round by the "
                            "road.’"))
    assert said["He can walk round by the road."] == "Francis Tarnn"


def test_not_the_defendant_for_the_prosecutor_who_spoke_of_him():
    said = speakers(_second("Prosecutor Mrs Alison Kelbault said that the defendant used a hired digger.\n\nShe said "
                            "that when he was cautioned, the defendant replied: ‘He can walk round by the road.’"))
    assert said["He can walk round by the road."] != "Alison Kelbault"


def test_the_older_man_of_two_namesakes():
    said = speakers(_second("Hugh Tarnkay junior, 34, took the title. His father, Hugh Tarnkay senior, 67, stood "
                            "reserve.\n\n\"I've been trying to beat him since I was sixteen,\" said the younger Mr "
                            "Tarnkay.\n\nThe older man, who has shown here every year since he was nine, said he had no "
                            "complaints.\n\n\"The judge got it right,\" he said."))
    assert said["I've been trying to beat him since I was sixteen,"] == "Hugh Tarnkay junior"
    assert said["The judge got it right,"] == "Hugh Tarnkay senior"


def test_junior_and_senior_are_two_people():
    found = mention_names("Hugh Tarnkay junior, 34, took the title. His father, Hugh Tarnkay senior, 67, stood "
                          "reserve.")
    assert found["Hugh Tarnkay junior"][0] != found["Hugh Tarnkay senior"][0]


def test_a_ministers_prayer():
    said = speakers(_second("The show was opened by the parish minister, the Rev Angus Tarnrae, who prayed in Gaelic "
                            "and in English for \"dry ground, fair judges and honest weights\"."))
    assert said["dry ground, fair judges and honest weights"] == "Angus Tarnrae"


def test_our_lady_inside_a_brotherhoods_name_and_its_local_noun():
    text = _second("The return was the work of the Cofradía de Nuestra Señora de la Paz de Kelbogan, the "
                   "confraternity that has cared for the image since 1894.\n\nThe cofradía described his decision as "
                   "“an act of faith that money cannot repay”.")
    assert mention_names(text)["Cofradía de Nuestra Señora de la Paz de Kelbogan"][1] == "organisation"
    assert speakers(text)["an act of faith that money cannot repay"] == \
        "Cofradía de Nuestra Señora de la Paz de Kelbogan"


def test_not_a_plural_noun_for_the_body_it_ends():
    said = speakers(_second("Tom Reedby coaches the Ashby Rovers. \"We want our pitch back,\" the rovers said."))
    assert said["We want our pitch back,"] != "Ashby Rovers"


def test_not_a_title_by_initials_when_the_text_names_a_holder_of_another_body():
    said = speakers(_second("\"We were surprised,\" the CEO said.\n\nAnalysts said the CEO of Kelby Foods had been too "
                            "optimistic."))
    assert said["We were surprised,"] != "Kelby Foods"


def test_not_the_defendant_for_a_co_accused_who_pleaded():
    said = speakers(_second("The friend, Tom Ashwood, 61, pleaded guilty last year and is expected to testify.\n\nThe "
                            "former mayor, Jo Kelby, 66, has maintained his innocence.\n\n\"I never took a dime,\" the "
                            "defendant told reporters."))
    assert said["I never took a dime,"] != "Tom Ashwood"


def test_not_the_people_of_a_name_and_others_joined_to_it():
    said = speakers(_second("Sen. Jo Kelby and two aides were held for more than an hour, saying afterward that they "
                            "had been \"treated like criminals.\""))
    assert said["treated like criminals."] == "Jo Kelby"


def test_not_dad_across_a_letters_sign_off():
    said = speakers(_second("The war memorial needs cleaning. My father, Dan Tarnby, served on its committee.\n"
                            "Ann Tarnby, Kelby\n\nDad always said, \"The names matter more than the stone.\""))
    assert said["The names matter more than the stone."] != "Dan Tarnby"


def test_not_a_curly_okina_for_an_opening_mark():
    text = _second("Residents of ‘Ewa Beach packed the community centre on Tuesday night. ‘Ewa has grown faster than "
                   "any town on O‘ahu, and we are paying for it with traffic.\n\n‘Ewa residents want a second road.")
    assert not any(t.startswith("Ewa has grown") for t in speakers(text))
