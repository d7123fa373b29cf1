"""Speakers and names of session 58, fitted on the story sets news_gold149 and news_gold150: a he or she told to be
a named person ("He is Mr Jo Doe (71)"), "the co-operative" for the one co-operative named, a nickname after a long
"known to everyone at ... as", an inverted cue before a reported clause, "the board" of a body named with "the board
of", "The company, a subsidiary of ..." for the story's company, Scottish given names, a role set beside a name far
back, a pronoun in a nested quotation in an obituary, a middle name left out of a surname of two words; names: the
Gambian "Alhagie" and "Kafo", a firm's functions as a job title, US prosecutors' titles, a union's name spelt by its
initials across a comma, a state of a federation after an adjective of area, an obituary's places, Welsh street
words, the Philippine "Ma.", a middle initial before "Dela", a barangay captain.  Then, from errors of the earlier
sets: a credit after a desk's name and a bar; a nickname after a description that ends "and a man known ... as".
Last, near misses the review read asked for.

Every passage is written for the test (invented people and bodies, real places only as settings); the expected
speakers and names were checked by reading the passage.  The ``_not_`` tests are near misses each rule must leave
alone.
"""

from __future__ import annotations

from analysis import Article, find_stakeholders

from .readers import names, speakers


# --- who says it ----------------------------------------------------------------------------------------------------

def test_a_he_told_to_be_a_named_person_speaks_as_that_person():
    text = ("Bail refused in cattle case\n\n"
            "Three men accused of stealing 47 cattle will stay in custody, a Kelby magistrate ruled on Monday.\n\n"
            "Magistrate Ann Roe said the court was not satisfied that the witnesses would be safe.\n\n"
            "\"The applicants live a short drive from the people who will testify against them. The court cannot "
            "ignore that,\" said Magistrate Roe.\n\n"
            "'He counted them every morning'\n\n"
            "An old herdsman in a grey blanket, who sat in the public gallery with a stick across his knees, said "
            "afterwards that he had counted the cattle out of the kraal every morning for eleven years.\n\n"
            "He is Mr Jo Doe (71), known around Kelby as \"Mkhulu\".\n\n"
            "\"I know every one of those animals by its face. You can burn a new mark into the skin, but you cannot "
            "burn a new face onto a cow.\n\n"
            "\"When I saw the kraal empty that Saturday, I sat down on the ground,\" he said through an "
            "interpreter.\n")
    said = speakers(text)
    assert said["I know every one of those animals by its face. You can burn a new mark into the skin, but you "
                "cannot burn a new face onto a cow."] == "Jo Doe"
    assert said["When I saw the kraal empty that Saturday, I sat down on the ground,"] == "Jo Doe"


def test_the_co_operative_is_the_one_co_operative_named():
    text = ("Sorting line opens\n\n"
            "A new sorting line at the Kelby peanut shed will grade every load by camera from March.\n\n"
            "Jo Doe, who supplies the shed, is a director of the Kelby Peanut Growers' Co-operative Association "
            "Ltd, and welcomed the line.\n\n"
            "The co-operative said in a statement it had \"long argued\" for better sorting.\n")
    assert speakers(text)["long argued"] == "Kelby Peanut Growers' Co-operative Association Ltd"


def test_a_nickname_after_a_long_known_to_everyone_at():
    text = ("Fire reaches ranch\n\n"
            "Jo Doe, known to everyone at the Kelby Creek auction mart as \"Ozzie\", said the smoke had come over "
            "the hill \"like a wall of brown wool\".\n")
    assert speakers(text)["like a wall of brown wool"] == "Jo Doe"


def test_an_inverted_cue_before_a_reported_clause_has_no_speaker():
    text = ("Fire reaches ranch\n\n"
            "\"Ozzie\", said the smoke had come over the hill \"like a wall of brown wool\".\n")
    said = speakers(text)
    assert said["like a wall of brown wool"] is None
    assert said.get("Ozzie") is None


def test_the_board_is_the_body_named_with_the_board_of():
    text = ("Mart levy\n\n"
            "The charge was introduced on March 1 by the board of Thurles & District Livestock Mart Co-operative "
            "Society Ltd, on top of the commission already taken on each lot.\n\n"
            "Jo Doe, chairman of the Kelby Suckler Producers' Association (KSPA), said the walkout was \"only the "
            "start\".\n\n"
            "In a statement on Wednesday, the board said the levy was \"a small price for a safe yard\".\n")
    assert speakers(text)["a small price for a safe yard"] \
        == "Thurles & District Livestock Mart Co-operative Society Ltd"


def test_the_company_with_its_parent_in_apposition_is_the_story_s_company():
    text = ("Late sailings axed\n\n"
            "Kelby Waterbus Ltd, which runs the route under contract, said yesterday it could not find enough crew.\n\n"
            "Managing director Jo Doe said the decision was \"the last thing any of us wanted\".\n\n"
            "The company, a subsidiary of Tarno Maritime Holdings plc, said in a statement that the change would save "
            "money but insisted \"this is about crewing, not cost\".\n")
    assert speakers(text)["this is about crewing, not cost"] == "Kelby Waterbus Ltd"


def test_a_scottish_given_name_tells_his_sex_beside_a_namesake():
    text = ("Late ferries axed\n\n"
            "'Stranded'\n\n"
            "Seumas Mac an t-Kelby, chairman of the Kelby Ferry Users' Forum (KFUF), said members had been \"cut "
            "adrift\" with barely that much warning.\n\n"
            "\"People in Kelby work nights at the hospital across the water, at the call centres, in the bars and "
            "restaurants. The last boat isn't a luxury for them. It's how they get home,\" said Mr Mac an t-Kelby.\n\n"
            "He said the KFUF would ask councillors to \"look again at every clause\" of the contract. An online "
            "petition, \"Keep the Late Boat\", had gathered 3,100 signatures by last night.\n\n"
            "A staff nurse who crosses the Firth four nights a week said she had already timed the alternative, a "
            "drive of more than two hours round the head of Loch Long by Arrochar.\n\n"
            "Shona Brodie, 34, from Kirn, finishes her shift at half past nine.\n\n"
            "\"By the time I've handed over and walked to the pier, the 9.40 is away,\" Ms Brodie said. \"So what do I "
            "do, sleep in the car park at Gourock?\"\n\n"
            "Union blames pay\n\n"
            "Alasdair Brodie, no relation, the Clyde organiser of the Kelby Ferry, Pier and Harbour Workers' Union, "
            "said the shortage was \"entirely of the company's own making\".\n\n"
            "\"Pay a master on the Kelby run what he'd get on the tugs down the river and you'd have a queue at the "
            "gangway,\" he said.\n")
    assert speakers(text)["Pay a master on the Kelby run what he'd get on the tugs down the river and you'd have a "
                          "queue at the gangway,"] == "Alasdair Brodie"


def test_a_role_set_beside_a_name_far_back_is_that_person():
    text = ("Letters\n\n"
            "SIR - Nobody at the meeting mentioned the fish that lives in the lake and nowhere else.\n\n"
            "The lake warden, Jo Doe, told me in June that the water was at its limit.\n\n"
            "An officer at the treatment works, who would not give his name, told me the works was full.\n\n"
            "The pumps are old. The pipes are older. The council has known this for a decade. Nobody has acted. "
            "The company has not said where the waste will go. The plans do not say either.\n\n"
            "OUR VIEW\n\n"
            "If the lake is, as its warden puts it, 'already at the edge', the company must show where the waste "
            "will go.\n")
    assert speakers(text)["already at the edge"] == "Jo Doe"


def test_not_a_role_far_back_after_someone_new_with_that_noun():
    text = ("Letters\n\n"
            "SIR - Nobody at the meeting mentioned the fish that lives in the lake and nowhere else.\n\n"
            "The lake warden, Jo Doe, told me in June that the water was at its limit.\n\n"
            "The pumps are old. The pipes are older. The council has known this for a decade. Nobody has acted. "
            "The company has not said where the waste will go. The plans do not say either.\n\n"
            "A second warden, who asked not to be named, told me the lake had been worse in 1995.\n\n"
            "OUR VIEW\n\n"
            "If the lake is, as its warden puts it, 'already at the edge', the company must show where the waste "
            "will go.\n")
    assert speakers(text)["already at the edge"] != "Jo Doe"  # (the one who would not be named, or no one)


def test_a_pronoun_in_a_nested_quotation_of_an_obituary_is_its_subject():
    text = ("Mace foreman dies at 78\n\n"
            "Jo La Doe ran the mace floor at the Kelby nutmeg station for 41 years. He died at home on Sunday.\n\n"
            "By a Staff Reporter\n\n"
            "KELBY - Jo Ignatius La Doe, who graded the mace of three generations of farmers at the Kelby nutmeg "
            "station, died at his home on Sunday after a short illness. He was 78.\n\n"
            "Born in Kelby in 1921, the son of a fisherman, he started at the station as a bag boy at 15.\n\n"
            "His daughter, Mrs. Ann La Doe-Roe, said he could tell a grade of mace by its smell.\n\n"
            "\u201cDaddy would put his nose over a tray and call the grade. He was never wrong, not once that I "
            "saw.\n\n"
            "\u201cHe used to tell us, \u2018The nutmeg is the money, but the mace is the lace on the money.\u2019 He "
            "believed a farmer should be paid properly for both,\u201d she said.\n")
    assert speakers(text)["The nutmeg is the money, but the mace is the lace on the money."] == "Jo Ignatius La Doe"


# --- names ----------------------------------------------------------------------------------------------------------

def test_a_gambian_pilgrim_s_title_and_a_kafo():
    found = names("Wharf lease\n\n"
                  "The Chairman of the council, Alhagie Jo S. Doe, told the meeting it needed money.\n\n"
                  "Mrs Ann Roe, president of the Kelby Santa Su Women Gardeners’ and Fish Smokers’ Kafo, said the "
                  "members had been \"never consulted\".\n")
    assert found.get("Jo S. Doe") == "person"
    assert found.get("Kelby Santa Su Women Gardeners’ and Fish Smokers’ Kafo") == "organisation"


def test_a_firm_s_functions_make_a_job_title_no_actor():
    found = names("Plant to expand\n\n"
                  "Kelby Composites Inc. said on Monday it would add 80 jobs.\n\n"
                  "Jo Doe, Kelby's Vice-President, Operations, described the program as \"the part I'm proudest "
                  "of.\"\n\n"
                  "In a statement signed by its Human Resource Manager, Madam Ann Roe, the company said it would "
                  "appeal.\n")
    assert "Operations" not in found and "Human Resource Manager" not in found
    assert found.get("Jo Doe") == "person" and found.get("Ann Roe") == "person"


def test_a_us_prosecutor_s_title_is_no_body():
    found = names("Bookkeeper jailed\n\n"
                  "Assistant County Attorney Jo Doe told the court the money had moved. The Kelby County Attorney's "
                  "Office said it would not appeal. The Maple Falls Area School District said nothing.\n")
    assert "Assistant County" not in found and found.get("Jo Doe") == "person"
    assert found.get("Maple Falls Area School District") == "organisation"


def test_a_union_spelt_by_its_initials_across_a_comma():
    found = names("Plant to expand\n\n"
                  "Jo Doe, President of Local 417 of the United Plastics, Composites and Allied Workers of Canada "
                  "(UPCAWC), which represents the hourly workers, welcomed the jobs.\n")
    assert found.get("United Plastics, Composites and Allied Workers of Canada") == "organisation"


def test_not_countries_spelt_by_their_initials():
    found = names("Summit\n\nBrazil, Russia, India and China (BRIC) met in Kelby.\n")
    assert found.get("Brazil") == "place" and "Brazil, Russia, India and China" not in found


def test_a_state_of_a_federation_after_an_adjective_of_area_is_a_place():
    found = names("Antivenom runs out\n\n"
                  "KELBY - A snakebite centre in southern Gombe State has run out of antivenom.\n")
    assert found.get("Gombe State") == "place"


def test_an_obituary_s_places_of_birth_and_death():
    found = names("Bus operator dies\n\n"
                  "Jo Doe, the founder of Kelby Coachlines Ltd, died at his home on September 9.\n\n"
                  "Jo Tautahi Doe, born Ōkaihau, 2 March 1931; died Kaikohe, 9 September 2009.\n\n"
                  "He trained drivers for a Kaikohe school.\n")
    assert found.get("Kaikohe") == "place"


def test_a_welsh_street_is_a_place():
    found = names("Letters\n\nWrite to: The Editor, Kelby Times, Stryd Fawr, Bala. Letters must carry a name.\n")
    assert found.get("Stryd Fawr") == "place"


def test_a_philippine_maria_written_short_after_mrs():
    found = names("Plant opens\n\n"
                  "Mrs. Ma. Luisa D. Roe, chairperson of the cooperative, called it a new start.\n")
    assert found.get("Ma. Luisa D. Roe") == "person" and "Ma" not in found


def test_a_middle_initial_before_dela_stays_in_the_name():
    found = names("Plant opens\n\n"
                  "Atty. Josefina C. Dela Roe-Tan, legal counsel of the cooperative, said it would sign.\n")
    assert found.get("Josefina C. Dela Roe-Tan") == "person"
    assert "Josefina" not in found and "Dela Roe-Tan" not in found


def test_a_barangay_captain_and_his_barangay():
    found = names("Plant opens\n\n"
                  "The plant stands in Barangay Culasi, where oysters will be held in clean water.\n\n"
                  "Barangay Culasi Kapitan Jo P. Doe said the village would guard the water.\n")
    assert found.get("Jo P. Doe") == "person" and found.get("Barangay Culasi") == "place"


def test_a_middle_name_left_out_of_a_name_with_a_surname_of_two_words():
    found = names("Obituary\n\n"
                  "Jo Ignatius La Doe ran the mace floor for 30 years. Jo La Doe was born in Kelby in 1931.\n")
    assert found.get("Jo Ignatius La Doe") == "person" and "Jo La Doe" not in found


# --- round 2: from errors of the earlier sets and the rest of the pair ----------------------------------------------

def test_a_credit_after_a_desk_and_a_bar_is_no_actor():
    found = names("KELBY POST ONLINE\nHome › Nation › Kelby\n\n"
                  "LIVE: Kelby truckers' strike, day three\n\n"
                  "Container and tanker drivers keep their vehicles off the road for a third day over fines at a new "
                  "weighbridge. Follow the latest here.\n\n"
                  "Kelby Post Live Desk | Reporting by Sita Kumari Doe in Birgunj | Last updated: 19:55 NPT, "
                  "Wednesday 21 January 2026\n\n"
                  "Ram Roe, president of the Kelby Truck Operators' Federation, said the strike would go on.\n")
    assert "Sita Kumari Doe" not in found and found.get("Ram Roe") == "person"
    assert "Container" not in found


def test_a_nickname_after_a_description_ending_in_a_man_known_as():
    text = ("KELBY MESSENGER\n\n"
            "‘Uncle Bus’ drove the district to school for 40 years\n\n"
            "Jo Tautahi Doe, who built a one-bus school run into the biggest coach company north of the bridge, has "
            "died at 78. Hundreds came to farewell him.\n\n"
            "By Ann Roe\n\n"
            "Jo Tautahi Doe, the founder of Kelby Coachlines Ltd and a man known across the Mid North simply as "
            "“Uncle Bus”, died at his home on September 9. He was 78.\n\n"
            "He bought his first bus in 1968 for $1,800.\n")
    rows = find_stakeholders(Article.from_text(text))
    aliases = dict(zip(rows["name"], rows["aliases"]))
    assert "Uncle Bus" in aliases["Jo Tautahi Doe"] and "Uncle Bus" not in aliases


# --- near misses the review read asked for --------------------------------------------------------------------------

def test_not_a_clause_after_a_name_and_as():
    text = ("Verdict\n\n"
            "The jury took four hours.\n\n"
            "\"I am innocent,\" said Jo Doe as she was leaving court.\n\n"
            "\"We are ready,\" said a spokesman for Kelby Ltd as talks were resumed.\n")
    said = speakers(text)
    assert said["I am innocent,"] == "Jo Doe"
    assert said["We are ready,"] is not None


def test_not_its_role_when_the_holder_is_another_body_s():
    text = ("Pay talks\n\n"
            "Jo Doe, the chairman of the Kelby Bakers' Union, said members would strike on Friday.\n\n"
            "The union wants 8 per cent. The bakeries have lost money for two years. Flour costs have doubled. "
            "Energy bills have risen. Three shops have closed since March.\n\n"
            "Tarno Foods Ltd, which owns the bakeries, said it could offer 3 per cent.\n\n"
            "\"We will not be held to ransom,\" its chairman said.\n")
    assert speakers(text)["We will not be held to ransom,"] != "Jo Doe"


def test_not_a_group_described_in_apposition_for_the_story_s_company():
    text = ("Fine for river spill\n\n"
            "Tarno plc was fined £40,000 on Monday for a spill into the River Kelby. The company said it regretted "
            "the spill.\n\n"
            "Campaigners from Clean Kelby Rivers watched from the gallery.\n\n"
            "The group, a coalition of 40 angling clubs, said the fine was \"far too small\".\n")
    assert speakers(text)["far too small"] != "Tarno plc"


def test_not_the_board_a_person_sits_on():
    text = ("Chief executive to step down\n\n"
            "Tarno plc said on Monday its chief executive, Jo Doe, would step down in June.\n\n"
            "Ms Doe, who also sits on the board of Kelby Hospital Trust, joined the firm in 2009.\n\n"
            "In a statement, the board said it had \"begun a search for a successor\".\n")
    assert speakers(text)["begun a search for a successor"] != "Kelby Hospital Trust"


def test_not_a_son_whose_name_leaves_out_one_of_his_father_s():
    found = names("Family firm sold\n\n"
                  "Jo Herbert Walker Doe founded the mill in 1950. His son, Jo Walker Doe, ran it from 1980 and sold "
                  "it on Monday.\n")
    assert found.get("Jo Herbert Walker Doe") == "person" and found.get("Jo Walker Doe") == "person"
