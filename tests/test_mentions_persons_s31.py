"""Whole person names and their short forms (session 31): East and Central African forms of address before a given
name, a pilgrim's title that is a father's name inside a name, the Iban patronymic "anak" and a longhouse headman's
title, a Malay name opening with a short form of Muhammad, the same title before a name and a word inside it, the
second word of an African name of three or four words written alone, a Chinese name with no cue of its own, a
person whose role opens with a thing's noun ("product manager"); and no person: an office's field after "Minister of
the", a name before ", and certainly not a <role>", a seat named for a saint after "candidate for", a union's name
with "General" before a plural of people.  Every passage is invented for the test; expected values were checked by
reading it."""

from __future__ import annotations

from .conftest import stakeholder_rows as rows


MARKET = ("Traders protest new market fees\n\n"
          "KELBOMA - Stall holders at the central market closed their shutters on Friday over a new daily fee.\n\n"
          "Mama Zawadi Nkelo Mbaruku, who has sold dried fish at the market for 30 years, said the fee was more than "
          "she earned on a slow day.\n\n"
          "\"They want us to pay before we sell anything,\" Mama Zawadi said.\n\n"
          "Mzee Tarimo Kelbwe Ngowi, a retired teacher who chairs the traders' committee, said talks with the council "
          "had failed.\n\n"
          "\"We will open again when the fee is gone,\" Mzee Tarimo said.")

SEAWEED = ("Tailors fight rent rise in old town\n\n"
           "Bi Rehema Haji Tarnelo, who runs a sewing cooperative near the ferry steps, said the new rent would "
           "close half the workshops by Christmas.\n\n"
           "\"We stitch from six in the morning and still we cannot pay,\" Bi Rehema said.")

LONGHOUSE = ("Piped water reaches upriver village\n\n"
             "SUNGAI TARNEK - Families upriver opened their first taps on Saturday after a ten-year wait for a "
             "water main.\n\n"
             "The request was first made in 2014 by Tuai Rumah Bensu anak Tarrek of Rumah Bensu, who said the "
             "children had carried river water up the bank every morning.\n\n"
             "Tuai Rumah Bensu, 64, thanked the district office for the pipes.\n\n"
             "The contractor's site engineer, Mohd Azlan Kelbi Tarmizi, said the line ran for nine kilometres.\n\n"
             "\"The pressure holds all the way to the last house,\" Mohd Azlan said at the opening.")

TITLES = ("Teachers return after pay deal\n\n"
          "JUBA - Teachers in three counties returned to class on Monday after the state paid two months of "
          "arrears.\n\n"
          "Hon. Grace Akuol Tarngor, the state education minister, said the rest would be paid in March.\n\n"
          "\"We have kept our word,\" Hon. Akuol said.\n\n"
          "Sister Monica Tarngor, who runs a school near the river, said many pupils had not come back.")

SECOND_NAMES = ("Teachers want pension fund audited\n\n"
                "TARNOVU - The teachers' union on Wednesday asked for an outside audit of the provincial pension "
                "fund.\n\n"
                "Its president, Aimé Kelbindi Tshanga, said retired teachers had not been paid since April.\n\n"
                "\"Nobody can tell us where the money went,\" Kelbindi said.\n\n"
                "The provincial finance minister, Roland Tarnembo Kasedi, said auditors would start next week.\n\n"
                "\"Every franc will be counted,\" Minister Tarnembo said.")

SECOND_NAME_NEW = ("Teachers want pension fund audited\n\n"
                   "Its president, Aimé Kelbindi Tshanga, said retired teachers had not been paid since April.\n\n"
                   "The provincial finance minister, Roland Tarnembo Kasedi, said auditors would start next week.\n\n"
                   "\"Every franc will be counted,\" Tarnembo said.\n\n"
                   "Kelbindi, a shopkeeper who lends to retired teachers, said many owed him for months.")

CHINESE = ("Noodle maker adds a night shift\n\n"
           "The factory belongs to a family firm from the north. Its director-general, Ong Wei Ming, said supermarket "
           "orders had tripled since the spring.\n\n"
           "\"We cannot make them fast enough,\" Mr Ong said.")

PRODUCT_MANAGER = ("Banks race to speed up transfers\n\n"
                   "Kelsa Tarnquist, product manager for mobile payments at a regional lender, told a fintech "
                   "conference that users now expected money to arrive in seconds.")


def test_mama_and_mzee_before_a_whole_name_are_no_part_of_it_and_link_the_short_form():
    got = rows(MARKET)
    assert got["Zawadi Nkelo Mbaruku"] == ("person", ["Mama Zawadi"])
    assert got["Tarimo Kelbwe Ngowi"][0] == "person" and "Mzee Tarimo" not in got
    assert not any(n.startswith(("Mama", "Mzee")) for n in got), got


def test_bi_and_a_father_s_name_haji_inside_the_name():
    got = rows(SEAWEED)
    assert got["Rehema Haji Tarnelo"] == ("person", ["Bi Rehema"]), got
    assert "Tarnelo" not in got


def test_an_iban_patronymic_name_after_a_headman_s_title():
    got = rows(LONGHOUSE)
    assert got["Bensu anak Tarrek"] == ("person", ["Bensu"]), got
    assert got["Rumah Bensu"][0] == "place"


def test_mohd_and_the_personal_name_alone_are_the_whole_name():
    got = rows(LONGHOUSE)
    assert got["Mohd Azlan Kelbi Tarmizi"] == ("person", ["Mohd Azlan"]), got


def test_the_same_title_before_a_name_and_a_word_inside_it():
    got = rows(TITLES)
    assert got["Grace Akuol Tarngor"] == ("person", ["Akuol"]), got
    assert got["Monica Tarngor"][0] == "person" and "Akuol" not in got


def test_the_second_word_of_an_african_name_alone_is_that_person():
    got = rows(SECOND_NAMES)
    assert got["Aimé Kelbindi Tshanga"] == ("person", ["Kelbindi"]), got
    assert got["Roland Tarnembo Kasedi"] == ("person", ["Tarnembo"]), got


def test_the_second_word_alone_introduced_anew_is_someone_else():
    got = rows(SECOND_NAME_NEW)
    assert got["Aimé Kelbindi Tshanga"] == ("person", []), got


def test_a_chinese_family_name_alone_for_a_name_with_no_cue_of_its_own():
    got = rows(CHINESE)
    assert got["Ong Wei Ming"] == ("person", ["Ong"]), got


def test_a_product_manager_is_a_person():
    assert rows(PRODUCT_MANAGER)["Kelsa Tarnquist"][0] == "person"


HAJI_FIRST = ("Pilgrims' fund opens new office\n\n"
              "The fund's chairman, Haji Kelmi Tarnoh, said the office would serve 4,000 members.")

TWO_TITLED = ("Clergy call for calm\n\n"
              "Rev. Peter Akot Kelbany, who leads a church in the town, said the prayers would go on all week.\n\n"
              "Rev. James Akot Tarnyo said young men had to lay down their guns.\n\n"
              "\"Our people are tired of fighting,\" Rev. Akot said.")


def test_haji_opening_a_name_is_still_a_title():
    got = rows(HAJI_FIRST)
    assert "Kelmi Tarnoh" in got and not any(n.startswith("Haji") for n in got), got


def test_a_word_inside_two_names_after_the_same_title_links_neither():
    got = rows(TWO_TITLED)
    assert got["Peter Akot Kelbany"] == ("person", []) and got["James Akot Tarnyo"] == ("person", []), got


FIELD = ("Fibre cable to reach the north\n\n"
         "The Minister of the Digital Economy, Anselme Tarvodji, told reporters on Wednesday that the new cable "
         "would reach the northern towns by June.")

FIELD_BODY = ("Dredging to start in the spring\n\n"
              "The Chairman of the Harbour Board, Piet Tarnau, said the dredgers would arrive in March.")


def test_two_ordinary_words_after_minister_of_the_are_a_field_not_a_person():
    got = rows(FIELD)
    assert "Digital Economy" not in got and got["Anselme Tarvodji"][0] == "person", got


def test_a_named_body_after_minister_of_the_stays():
    # must not fire: a body's word in the run ("Board", "Authority") makes it a body, no field of the office
    got = rows(FIELD_BODY)
    assert got["Harbour Board"][0] == "organisation", got


LIST_ADVERB = ("Rowing club votes on boathouse\n\n"
               "The club has 800 members.\n\n"
               "\"The members decide this. Not the committee, not Tarnvale, and certainly not a consultant.\"\n\n"
               "Tarnvale declined to comment.")

SAINT_SEAT = ("Airport contract questioned\n\n"
              "Tessa Orwin-Kelby, the independent candidate for St Agnes North, told voters the runway contract "
              "should be made public.")


def test_a_word_in_a_list_before_and_certainly_not_a_role_is_no_person():
    assert rows(LIST_ADVERB)["Tarnvale"][0] == "organisation"


def test_a_saint_s_name_after_candidate_for_opens_a_seat_not_a_holder():
    got = rows(SAINT_SEAT)
    assert "Agnes North" not in got and got["Tessa Orwin-Kelby"][0] == "person", got


GENERAL_UNION = ("Dockers strike over bonus\n\n"
                 "\"The port runs on our backs and the bonus went to the board,\" said Osric Tarnfield, who heads "
                 "the Kelbara Dock and General Workers' Union.")

GENERAL_PERSON = ("Army chief visits flood zone\n\n"
                  "General Kelvin Tarnbury, the army chief, said troops would stay until the water fell.")


def test_general_before_workers_and_a_union_is_no_title():
    got = rows(GENERAL_UNION)
    assert not any(k == "person" and "Union" in n for n, (k, _) in got.items()), got


def test_general_before_a_name_is_still_a_title():
    assert rows(GENERAL_PERSON)["Kelvin Tarnbury"][0] == "person"


STREET = ("Marathon closes the seafront\n\n"
          "Traffic on Mama Kelbina Drive was diverted on Sunday for the marathon. County officer Juma Tarnoo said the "
          "road would reopen by noon.\n\n"
          "Repairs on Mzee Tarimo Street will start next week.")

CHINESE_BI = ("Lab finds cleaner river\n\n"
              "Bi Xiaotan, a researcher at a university in the city, led the study of the river's water.\n\n"
              "Bi said the readings had improved for three years running.")


def test_mama_or_mzee_before_a_street_s_name_is_no_title():
    got = rows(STREET)
    assert not any(k == "person" and n.endswith(("Drive", "Street")) for n, (k, _) in got.items()), got
    assert got["Juma Tarnoo"][0] == "person"


def test_bi_before_a_chinese_given_name_is_the_family_name():
    got = rows(CHINESE_BI)
    assert got["Bi Xiaotan"] == ("person", ["Bi"]), got


TUAN_HAJI = ("Mosque wing nearly done\n\n"
             "Tuan Haji Kamarul Tarnizam, the mosque committee chairman, said the new wing would be finished before "
             "the fasting month.")

ORANG_KAYA = ("Exhibition opens in the capital\n\n"
              "Pehin Orang Kaya Haji Rosli Kelbahar, a senior adviser, opened the exhibition on Saturday.")


def test_haji_after_tuan_is_a_title_not_a_father_s_name():
    got = rows(TUAN_HAJI)
    assert "Kamarul Tarnizam" in got and not any(n.startswith(("Tuan", "Haji")) for n in got), got


def test_haji_after_orang_kaya_is_a_title_not_a_father_s_name():
    got = rows(ORANG_KAYA)
    assert "Rosli Kelbahar" in got and not any("Kaya" in n for n in got), got


TITLED_FATHER = ("Clinic marks forty years\n\n"
                 "Dr. Wanza Kelbo Tarnett, a surgeon, now runs the clinic.\n\n"
                 "Dr. Kelbo, her father, founded it in 1985, and he still sees patients on Fridays.")

NAMESAKE_APPOSITION = ("Stadium named after founder\n\n"
                       "Mohamed Idris Kelbani, the club's founder, opened the new stand in 1991.\n\n"
                       "Mohamed Idris, a student leader, asked the council about ticket prices.")


def test_a_word_inside_a_titled_name_introduced_anew_is_someone_else():
    got = rows(TITLED_FATHER)
    assert got["Wanza Kelbo Tarnett"] == ("person", []) and got["Kelbo"][0] == "person", got


def test_mohamed_and_a_name_introduced_anew_is_someone_else():
    got = rows(NAMESAKE_APPOSITION)
    assert got["Mohamed Idris Kelbani"] == ("person", []) and "Mohamed Idris" in got, got


HOSPITAL = ("Patients wait for hours\n\n"
            "Patients at Rumah Sakit Umum Kelbara in the city waited for hours on Monday, said Ratna Tarnawati, a "
            "nurse.")


def test_rumah_sakit_opens_a_hospital_s_name_not_a_longhouse():
    got = rows(HOSPITAL)
    assert got["Rumah Sakit Umum Kelbara"][0] == "organisation", got


FIELD_PLURAL = ("Senators question withdrawal\n\n"
                "The Chairman of the Joint Chiefs, Gen. Marlon Tarnby, told senators the withdrawal had been a "
                "failure.")


def test_a_plural_after_chairman_of_the_names_a_body_not_a_field():
    got = rows(FIELD_PLURAL)
    assert got["Joint Chiefs"][0] == "organisation" and got["Marlon Tarnby"][0] == "person", got


STUDIO = ("Studio cuts jobs\n\n"
          "Tarnivo, a game developer based in the capital, said on Monday it would cut 150 jobs after its latest "
          "title sold poorly.")

ENGINEER = ("Outage hits payments\n\n"
            "Karim Tarnawi, a software engineer at a payments firm, said the outage lasted six hours.")


def test_one_word_before_a_thing_s_role_that_goes_on_with_it_is_no_person():
    assert rows(STUDIO)["Tarnivo"][0] != "person"


def test_a_person_s_name_before_a_thing_s_role_is_a_person():
    assert rows(ENGINEER)["Karim Tarnawi"][0] == "person"
