"""Speakers and names of session 42: people renamed after a description, speakers a long title or a short given
name hides, a single-marked quotation holding a double-marked one, bodies speaking in statements, and whole names of
companies, unions and districts.

Every passage is written for the test (invented people and bodies, real places only as settings); the expected
speakers and names were checked by reading the passage.  The ``_not_`` tests are near misses each rule must leave
alone.
"""

from __future__ import annotations

import pytest

from analysis import Article

from .readers import speakers, names


OPENER = "Jo Bell, the county's planning chief, said the report was late. \"It is late,\" she said.\n\n"
# (a story's first two short paragraphs may be its headline and standfirst: two more before the passage)
LEDE = OPENER + "The council met on Tuesday to hear the case.\n\nMembers said they would decide by June.\n\n"


# --- people described, then named --------------------------------------------------------------------------------

def test_an_age_alone_closing_a_quotation_is_the_person_renamed_next():
    text = (OPENER + "A retired schoolteacher who drove two hours from Kelby was the first to speak. She held up a "
            "photograph of a dry creek.\n\n\"This is what my grandchildren will get,\" the 74-year-old told the "
            "judge.\n\nThe teacher, Nora Tarnby, is a member of the Kelby Nation.\n")
    assert speakers(text)["This is what my grandchildren will get,"] == "Nora Tarnby"


def test_a_woman_described_is_renamed_by_her_trade():
    text = (OPENER + "A woman who runs kayak trips from Kelby spoke at the meeting.\n\n\"They do not come to paddle "
            "round a fish farm,\" she said.\n\nThe kayak guide, Ellen Tarn, said two tour groups had cancelled.\n")
    assert speakers(text)["They do not come to paddle round a fish farm,"] == "Ellen Tarn"


def test_a_compound_trade_is_renamed_by_its_last_word():
    text = (OPENER + "A lobsterman who has fished out of Kelby for 40 years drove an hour to speak.\n\n\"At least be "
            "honest about that,\" he said.\n\nThe lobsterman, Nate Rowe, 63, sits on the board of the alliance.\n")
    assert speakers(text)["At least be honest about that,"] == "Nate Rowe"


def test_a_labourer_quoted_in_part_is_renamed_next():
    text = (OPENER + "A labourer who survived the rockfall near Kelby said the quarry had been blasting \"three or "
            "four times a day\" with no siren.\n\nThe labourer, Zar Tarnwal, 34, lost two cousins in the accident.\n")
    assert speakers(text)["three or four times a day"] == "Zar Tarnwal"


def test_a_newcomer_after_someone_who_would_not_be_named_is_renamed():
    text = (OPENER + "One manager, who did not want to be named, said the cuts would fall on the night shift.\n\n"
            "A crane driver with 31 years on the docks stood outside the gate.\n\n\"Now they can take one ship away "
            "and 180 of us go with it,\" he said.\n\nThe driver, Alan Kerrow, 56, said he would retire.\n")
    assert speakers(text)["Now they can take one ship away and 180 of us go with it,"] == "Alan Kerrow"


def test_the_nurse_who_asked_not_to_be_named_is_not_the_one_renamed():
    text = (OPENER + "A nurse who asked not to be named said the ward was full.\n\n\"We had no beds,\" she said.\n\n"
            "The nurse, Ana Tarn, 29, works nights.\n")
    assert speakers(text)["We had no beds,"] != "Ana Tarn"


def test_a_feature_s_opening_scene_is_named_in_the_next_paragraph():
    text = ("The old man at the tiller cuts the engine and lets his boat drift. \"This used to be the best place "
            "for shrimp,\" he says. \"Now my net comes up with coal dust.\"\n\nSudarmo, 61, has fished the channels "
            "off Kelby since he was a boy.\n\n\"Before the barges, I could bring home ten kilos,\" Sudarmo says.\n")
    got = speakers(text)
    assert got["This used to be the best place for shrimp,"] == "Sudarmo"
    assert got["Now my net comes up with coal dust."] == "Sudarmo"


def test_a_one_word_name_in_apposition_to_a_kin_noun_is_the_pronoun_s_antecedent():
    text = (OPENER + "Sudarmo has fished here since he was a boy.\n\nHis wife, Hasnah, mends nets on the porch. "
            "\"This sea is already dead,\" she says without looking up.\n")
    assert speakers(text)["This sea is already dead,"] == "Hasnah"


def test_an_irish_woman_s_surname_tells_her_sex_against_a_reported_he():
    text = ("Fr Donal Mac Ruairí, who said the Mass, recalled visiting the house.\n\n\"He talked about milk yields,\" "
            "Fr Mac Ruairí said.\n\nMáire Ní Bhriain, who was secretary of the co-op for 22 years, said he had kept "
            "every supplier's name in his head.\n\n\"He could tell you whose churn was whose,\" she said.\n")
    assert speakers(text)["He could tell you whose churn was whose,"] == "Máire Ní Bhriain"


# --- speakers behind titles, short given names and statements ----------------------------------------------------

def test_a_short_given_name_after_a_comma_stays_in_the_speaker_s_name():
    got = speakers(OPENER + "\"Nobody showed us any paper,\" said the helper, Md. Sohel Rana, at the yard.\n")
    assert got["Nobody showed us any paper,"] in ("Sohel Rana", "Md. Sohel Rana")


def test_a_judge_s_short_given_name_ends_no_sentence_before_the_counsel_s_colon():
    text = (OPENER + "Atty. Cristina Roe-Lim, counsel for the cooperative, told Presiding Judge Ma. Teresa L. Doe of "
            "Branch 7:\n\n\"The contract gives the buyer the last word on price.\"\n")
    assert speakers(text)["The contract gives the buyer the last word on price."] == "Cristina Roe-Lim"


def test_a_family_name_written_like_a_short_given_name_still_ends_a_sentence():
    sents = [s.text for s in Article.from_text("It was founded by Jack Ma. Daniel Tarn said so.").sentences]
    assert len(sents) == 2


def test_a_portfolio_and_a_lawyer_s_title_before_a_minister_s_name():
    text = (OPENER + "Provincial Minister for Mines and Minerals Development Barrister Naveed Akhtar Tarni dismissed "
            "the strike call as \"blackmail\".\n")
    assert speakers(text)["blackmail"] == "Naveed Akhtar Tarni"
    assert names(text).get("Naveed Akhtar Tarni") == "person"


def test_a_monk_s_style_after_his_name_is_its_last_word():
    # (session 48: two of the three story sets with a monk write "Thera" as part of his name, as Sri Lankan copy
    # does; session 42 had read it as a post-nominal after news_gold82 alone)
    text = (OPENER + "The chief incumbent of the temple, Ven. Kelbawa Dhammasiri Thera, offered to host talks.\n\n"
            "\"I am not taking sides,\" the Thera said.\n")
    assert speakers(text)["I am not taking sides,"] == "Kelbawa Dhammasiri Thera"


def test_a_parent_company_named_in_apposition_speaks():
    text = (OPENER + "Acme Widgets Ltd runs the plant.\n\nIts parent company, Kestrel Tarn Group plc, said the fire "
            "was \"not expected to have a material impact\" on its results.\n")
    assert speakers(text)["not expected to have a material impact"] == "Kestrel Tarn Group plc"


def test_a_company_that_has_issued_a_statement_speaks_the_paragraphs_after_its_colon():
    text = (LEDE + "Kelby & Weaver Speciality Chemicals Ltd has issued a statement:\n\n\"We are deeply sorry for the "
            "disruption caused to our neighbours.\n\n\"We will cooperate fully,\" the statement said.\n")
    assert speakers(text)["We are deeply sorry for the disruption caused to our neighbours."] \
        == "Kelby & Weaver Speciality Chemicals Ltd"


def test_a_nickname_in_the_colon_sentence_does_not_stop_its_subject_speaking():
    text = (OPENER + "Its organising secretary, Cde Lovemore Tarn, known in Kelby as \"Bhudi\", went further:\n\n"
            "\"We have seen owners come with promises and leave with machines.\n\n\"Our members have buried "
            "colleagues,\" he said.\n")
    assert speakers(text)["We have seen owners come with promises and leave with machines."] == "Lovemore Tarn"


def test_a_possessed_piece_of_advice_that_has_not_changed_gives_its_possessor():
    text = (OPENER + "Group Manager Sian Tarn's advice for anyone near the plant has not changed all day: \"Keep "
            "windows and doors closed.\"\n")
    assert speakers(text)["Keep windows and doors closed."] == "Sian Tarn"


def test_the_union_is_the_society_of_dock_workers():
    text = (OPENER + "Ray Tarn, branch secretary of the Amalgamated Society of Dock and Quay Workers, said members "
            "would be balloted.\n\nThe union described the plan as 'a polite word for casual labour'.\n")
    assert speakers(text)["a polite word for casual labour"] == "Amalgamated Society of Dock and Quay Workers"


def test_the_company_is_the_one_the_story_calls_so():
    text = (LEDE + "A judge ordered a trial to decide who sits on the board of Hallett Poultry of Sussex, Inc., the Kelby "
            "chicken company at the center of a feud.\n\nThe consent added two directors chosen by Lewes Harbor "
            "Capital Partners LP, a private equity firm.\n\nIn a statement issued by its general counsel, the company "
            "said operations were \"entirely unaffected\".\n")
    assert speakers(text)["entirely unaffected"] == "Hallett Poultry of Sussex, Inc."


def test_a_participle_after_a_partial_quotation_is_no_cue():
    text = (OPENER + "His niece, Hana Tarn, the group's environmental manager, described the assessment as \"a "
            "desktop exercise\" written without a single site visit by members.\n")
    assert speakers(text)["a desktop exercise"] == "Hana Tarn"


def test_a_double_marked_quotation_inside_a_single_marked_one_belongs_to_it():
    text = (OPENER + "\u2018We are not asking for a \u201cbonus\u201d. We are asking for a wage,\u2019 said Siva "
            "Ramtarn, general secretary of the union.\n\n\u2018The company can pay the people who pluck its "
            "tea.\u2019\n")
    got = speakers(text)
    assert got["We are not asking for a \u201cbonus\u201d. We are asking for a wage,"] == "Siva Ramtarn"
    assert got["The company can pay the people who pluck its tea."] == "Siva Ramtarn"


def test_a_single_marked_word_inside_a_double_marked_quotation_still_belongs_to_it():
    got = speakers(OPENER + "\u201cHe said \u2018no\u2019 to me,\u201d Ana Tarn said.\n")
    assert got["He said \u2018no\u2019 to me,"] == "Ana Tarn" and "no" not in got


# --- whole names -----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, name, kind", [
    ("Hallett Brothers Poultry of Sussex, Inc. said the board was lawful.", "Hallett Brothers Poultry of Sussex, Inc.",
     "organisation"),
    ("Kelby Mills of Tarn Ltd said it would appeal.", "Kelby Mills of Tarn Ltd", "organisation"),
    ("Jolene Roe, general manager of Deep Fork Rural Water District No. 4, said the board signed.",
     "Deep Fork Rural Water District No. 4", "organisation"),
    ("Manuel Roe, president of the Narragansett Bay Longshore and Port Workers, said the yard would help.",
     "Narragansett Bay Longshore and Port Workers", "organisation"),
    ("Advocate Farhana Roe of the Coastal Labour Rights and Legal Aid Centre said they would seek compensation.",
     "Coastal Labour Rights and Legal Aid Centre", "organisation"),
    ("Kelby Nation Principal Chief Wade Tarn said the deal was fair. The Nation signed it.", "Kelby Nation",
     "organisation"),
    ("Md. Abdul Tarnam, a fisherman from Kelby, said the drive had united them.", "Md. Abdul Tarnam", "person"),
    ("A man who marked him in 1949 came to the church.\n\nThe man, Ned Power, 85, later played with him.", "Ned Power",
     "person"),
])
def test_whole_names_of_companies_unions_districts_and_people(text, name, kind):
    assert names(OPENER + text).get(name) == kind


def test_a_name_given_before_its_company_s_legal_form_is_the_same_company():
    got = names(OPENER + "The council asked the regulator to suspend Kelby Cobalt Recovery's permit.\n\nKelby "
                "Cobalt Recovery Ltd (KCRL), a joint venture, began work in March.\n")
    assert got.get("Kelby Cobalt Recovery Ltd") == "organisation" and "Kelby Cobalt Recovery" not in got


@pytest.mark.parametrize("text, absent", [
    ("Shares of Pellworth Inc. fell after the report.", "Shares of Pellworth Inc."),
    ("The case is Faison v. Pender Ridge Pork LLC, No. 7:14-CV-218.", "Pender Ridge Pork LLC, No. 7"),
    ("Under Exchange Agreement No. 14, the currency was devalued.", "Exchange Agreement No. 14"),
    ("Jo Doe and Allied Workers officials met on Friday.", "Jo Doe and Allied Workers"),
    ("Activists from the For Women Kelby and Tarn Matters alliance protested.", "For Women Kelby and Tarn Matters"),
])
def test_not_a_whole_name(text, absent):
    assert absent not in names(OPENER + text)


def test_a_person_s_name_is_not_her_firm_s_short_form():
    got = names(OPENER + "Mary Doe said so.\n\nMary Doe Ltd, her firm, began work in March.\n")
    assert got.get("Mary Doe") == "person" and got.get("Mary Doe Ltd") == "organisation"


# --- session 42, second round ------------------------------------------------------------------------------------

def test_an_age_closing_a_quotation_after_said_is_the_subject_not_the_name_in_her_aside():
    text = (OPENER + "Mary Tarrant, no relation to Ann, has worked on the quay for 19 years.\n\n\"We only wanted what "
            "was promised in March,\" said the 41-year-old.\n")
    assert speakers(text)["We only wanted what was promised in March,"] == "Mary Tarrant"


def test_an_age_said_of_two_people_in_a_row_is_nobody_s():
    text = (OPENER + "Mary Tarrant met Ann Colley on the quay on Monday.\n\n\"We only wanted what was promised,\" said "
            "the 41-year-old.\n")
    assert speakers(text)["We only wanted what was promised,"] != "Mary Tarrant"


def test_an_age_stated_after_a_nickname_fits_the_old_fisherman():
    text = (LEDE + "A man who rowed with him every summer stood at the back of the church.\n\nTom Vessey, known on the "
            "quay as 'Tom the Boat', is 84 and the last of that crew.\n\n'He could read the sea the way other men read "
            "the paper,' said the old fisherman.\n")
    assert speakers(text)["He could read the sea the way other men read the paper,"] == "Tom Vessey"


def test_a_young_age_stated_does_not_fit_the_old_fisherman():
    text = (LEDE + "Tom Vessey, known on the quay as 'Tom the Boat', is 24 and the last of that crew.\n\n'He could "
            "read the sea the way other men read the paper,' said the old fisherman.\n")
    assert speakers(text)["He could read the sea the way other men read the paper,"] != "Tom Vessey"


def test_a_live_blog_label_of_a_bare_noun_is_the_body_named_next():
    text = (OPENER + "5:15 PM\nCompany: \"The door is open\"\n\nTarno Valley Fruits Corporation has issued a "
            "statement. In it, the company says it has offered a wage increase.\n\n6:02 PM\nFlood group: \"We were "
            "told this would not happen again\"\n\nHazel Bray, chairwoman of the Kelby Flood Action Group, said "
            "residents were angry.\n")
    said = speakers(text)
    assert said["The door is open"] == "Tarno Valley Fruits Corporation"
    assert said["We were told this would not happen again"] == "Kelby Flood Action Group"


def test_a_headline_s_firm_noun_is_the_company_named_next():
    text = ("Miner says Tarno spill 'contained'; landowners say river is dead\n\nTarno Ridge Gold Ltd said on Monday "
            "that a leak of tailings at its mine had been stopped.\n\nLandowners downstream said the river had "
            "turned grey.\n")
    assert speakers(text)["contained"] == "Tarno Ridge Gold Ltd"


def test_a_label_for_another_firm_is_not_the_company_named_next():
    text = ("Rival firm says Tarno spill 'contained'\n\nTarno Ridge Gold Ltd said on Monday that a leak of tailings "
            "at its mine had been stopped.\n")
    assert speakers(text)["contained"] != "Tarno Ridge Gold Ltd"


def test_a_body_s_noun_and_its_board_with_an_aside_speak_for_the_body():
    text = (LEDE + "The Kelby Lobster Dealers' Cooperative received an offer for its wharf on Friday.\n\nThe co-op "
            "board, in its own statement, called the offer \"serious and generous\" and said it would reply "
            "next week.\n")
    assert speakers(text)["serious and generous"] == "Kelby Lobster Dealers' Cooperative"


def test_a_possessed_statement_that_put_it_simply_gives_its_owner():
    text = (LEDE + "Sean Doyle chaired the Kelby Fishermen's Co-operative Society Ltd for thirty years.\n\nThe "
            "co-op's statement on his death put it simply: 'Without Sean Doyle there would be no co-op and no "
            "pier.'\n")
    assert speakers(text)["Without Sean Doyle there would be no co-op and no pier."] == \
        "Kelby Fishermen's Co-operative Society Ltd"


def test_a_welsh_particle_in_a_possessor_s_name():
    text = (OPENER + "Town mayor Cllr Meirion ap Tudur told a packed meeting that the council was not opposed to the "
            "terminal.\n\nCllr ap Tudur's message to the company was short: \"Come and talk to us before you pour "
            "concrete.\"\n")
    assert speakers(text)["Come and talk to us before you pour concrete."] == "Meirion ap Tudur"


def test_a_capitalised_role_opening_a_sentence_is_no_introductory_phrase():
    text = (OPENER + "Managing director Graham Cole broke the news to staff in the canteen at 7am:\n\n'This is the "
            "hardest announcement I have made in 30 years. The people in this factory have done nothing wrong.'\n")
    assert speakers(text)["This is the hardest announcement I have made in 30 years. The people in this factory "
                          "have done nothing wrong."] == "Graham Cole"


def test_a_reported_clause_after_a_nickname_is_no_speaker_mention():
    text = (OPENER + "Captain Huw Rees, 71, known on the waterfront as 'Rees the Boats', said the second jetty would "
            "sit at the narrowest point of the channel.\n\n\"I have brought a hundred tankers up that channel. Ask "
            "any pilot.\"\n")
    assert speakers(text)["I have brought a hundred tankers up that channel. Ask any pilot."] == "Huw Rees"


def test_a_release_that_quoted_its_manager_is_the_company_s():
    text = (OPENER + "Tarno Ridge Gold Ltd said in a media release on Tuesday that the leak had been contained. The "
            "release quoted general manager Craig Tolland as saying the company would pay compensation.\n\n\"We "
            "deeply regret this incident,\" the release said.\n")
    assert speakers(text)["We deeply regret this incident,"] == "Tarno Ridge Gold Ltd"


def test_an_elderly_man_described_is_the_man_of_fitting_age_named_next():
    text = (LEDE + "An elderly man in a faded green shirt watched training from the terraces, as he has done, "
            "he says, since he retired as a shaft sinker in 1979.\n\n\"I have never seen this club without the "
            "mine,\" he said.\n\nLazarus Chanda, 71, summed up the sale in one sentence: \"They are selling our "
            "Saturday afternoons.\"\n")
    assert speakers(text)["I have never seen this club without the mine,"] == "Lazarus Chanda"


def test_an_elderly_man_described_is_not_a_young_man_named_next():
    text = (LEDE + "An elderly man in a faded green shirt watched training from the terraces, as he has done, "
            "he says, since he retired as a shaft sinker in 1979.\n\n\"I have never seen this club without the "
            "mine,\" he said.\n\nLazarus Chanda, 23, summed up the sale in one sentence: \"They are selling our "
            "Saturday afternoons.\"\n")
    assert speakers(text)["I have never seen this club without the mine,"] != "Lazarus Chanda"


def test_a_director_s_short_given_name_stays_in_her_name():
    text = (OPENER + "\"We moved on the wage. They did not move. We will try again tomorrow,\" Director Ma. Lourdes "
            "Pangan-Oca told reporters as she left the building.\n")
    assert speakers(text)["We moved on the wage. They did not move. We will try again tomorrow,"] \
        == "Ma. Lourdes Pangan-Oca"  # ("Ma." no sentence's end, and part of her name as the story sets write it:
    # "Ma. Lourdes Pangilinan-Oca", news_gold84; session 47 listed "Lourdes" as a given name)


def test_a_place_and_district_club_is_one_name_after_the_place_alone():
    text = (LEDE + "The sugar factory at Tarnwick will close in March, its owner said. About 200 people work at the "
            "Tarnwick site.\n\nThe closure also leaves Tarnwick and District Football Club without a sponsor. The "
            "club has played on factory land since 1952.\n")
    assert "Tarnwick and District Football Club" in names(text)  # (not "District Football Club": Tarnwick a place)


def test_the_union_is_not_the_employers_association():
    text = (OPENER + "The Kelby Tea Workers Union called a strike on Monday. The Association of Tea Garden Proprietors "
            "of Kelby said it could not pay more.\n\nThe union, in a leaflet handed out at the gates, warned of \"a "
            "strike in every garden\".\n")
    assert speakers(text)["a strike in every garden"] == "Kelby Tea Workers Union"


# --- session 42, third round -------------------------------------------------------------------------------------

def test_a_possessed_description_between_commas_after_an_opening_phrase_is_the_name_s():
    text = (LEDE + "Tarno Marine will cut 300 jobs at its Kelby yard, the company said on Monday.\n\nIn a statement, "
            "Bramwell Group plc, Tarno Marine's parent company, said it remained 'fully committed to Kelby'.\n\nOn "
            "Tuesday, Jo Penrose, Tarno Marine's chief executive, said the cuts were 'painful but necessary'.\n")
    said = speakers(text)
    assert said["fully committed to Kelby"] == "Bramwell Group plc"
    assert said["painful but necessary"] == "Jo Penrose"


def test_a_possessed_description_opening_the_clause_stays_the_speaker():
    text = (LEDE + "Jo Penrose was cleared on Monday.\n\nAfter the vote, Jo Penrose's lawyer said the case had been "
            "'a disgrace from the start'.\n")
    assert speakers(text)["a disgrace from the start"] != "Jo Penrose"


@pytest.mark.parametrize("text, quote, speaker", [
    ("\"This was not the vote anybody dreamed of,\" board president Roland Ste. Croix told members.\n",
     "This was not the vote anybody dreamed of,", "Roland Ste. Croix"),
    ("\"This was not the vote anybody dreamed of,\" said Roland St. John.\n",
     "This was not the vote anybody dreamed of,", "Roland St. John"),
    ("Mzee Loishiye ole Meikoki, chairman of the village council, said the farm had brought water to the village. "
     "\"We drink from his pipe every day,\" the elder said.\n", "We drink from his pipe every day,",
     "Loishiye ole Meikoki"),
    ("Tuai Rumah Bangau anak Lias, 68, headman of Rumah Manggi, told the court that bulldozers entered the farmland. "
     "Tuai Rumah Bangau ended his evidence with a plea: \"Give us back our land.\"\n", "Give us back our land.",
     "Bangau anak Lias"),
])
def test_a_saint_s_abbreviation_a_maasai_particle_and_a_title_of_two_words_in_a_speaker_s_name(text, quote, speaker):
    assert speakers(OPENER + text)[quote] == speaker


def test_its_letter_after_a_sentence_about_the_body_is_the_body_s():
    text = (LEDE + "The Kelby Frozen Shrimp Exporters Association said its members had lost Tk 40 crore. The "
            "association has written to the commerce minister asking for help. Its letter ended: \"We request your "
            "urgent intervention before the orders are lost.\"\n")
    assert speakers(text)["We request your urgent intervention before the orders are lost."] \
        == "Kelby Frozen Shrimp Exporters Association"


def test_a_body_s_letter_with_a_phrase_and_an_aside_that_ended_with_a_warning():
    text = (LEDE + "The Forum of Village Heads of Tarno met on Sunday.\n\nThe forum's letter to the regent, delivered "
            "on Monday, ended with a warning: \"If the wall is still standing in October, we will take it down.\"\n")
    assert speakers(text)["If the wall is still standing in October, we will take it down."] \
        == "Forum of Village Heads of Tarno"


# --- a review's near misses of the second round (kept as negative tests) ------------------------------------------

@pytest.mark.parametrize("opening", [
    "Following chairman Tom Reed's resignation, vice-chair Ann Colley told members:",
    "Praising captain Tom Reed, head coach Ann Colley said after the match:",
    "Asked about coach Tom Reed's future, club president Ann Colley said:",
    "Despite chairman Tom Reed's warning, Ann Colley told members:",
])
def test_a_role_inside_an_opening_phrase_is_not_the_clause_s_subject(opening):
    text = OPENER + opening + "\n\n'We will carry on. The club is bigger than any one of us.'\n"
    assert speakers(text)["We will carry on. The club is bigger than any one of us."] == "Ann Colley"


@pytest.mark.parametrize("sentence", [
    "Paddy Gallagher was 20 minutes late for the fish auction on Monday.",
    "Paddy Gallagher was 30 years at sea before he bought the chip shop on the pier.",
])
def test_a_number_after_was_that_is_no_age_gives_no_young_fisherman(sentence):
    text = LEDE + sentence + "\n\n'The prices are a disgrace,' said the young fisherman.\n"
    assert speakers(text)["The prices are a disgrace,"] != "Paddy Gallagher"


def test_a_boat_s_age_in_years_is_no_old_fisherman_s():
    text = (LEDE + "The trawler Mary Kate, known on the quay as 'the Old Lady', is 84 years old and still fishing.\n\n"
            "'They built them to last back then,' said the old fisherman.\n")
    assert speakers(text)["They built them to last back then,"] != "Mary Kate"


@pytest.mark.parametrize("sentence", [
    "Siobhan Keane, along with Declan Moran, signed the letter to the minister.",
    "Siobhan Keane, as well as Declan Moran, spoke at the meeting in Ennis on Monday.",
    "Siobhan Keane, whose husband Declan Moran is 52, has run the post office for 22 years.",
])
def test_a_bare_age_is_not_the_subject_s_beside_another_person_of_her_clause(sentence):
    text = OPENER + sentence + "\n\n\"We were never told a thing,\" said the 52-year-old.\n"
    assert speakers(text)["We were never told a thing,"] != "Siobhan Keane"


@pytest.mark.parametrize("before, owner", [
    ("The Environment Agency said in a release on Monday that it was investigating the spill.",
     "Kelby Water Ltd's release"),
    ("Kelby Water Ltd apologised on Monday for the spill.", "The company's release"),
])
def test_a_release_owned_in_its_quoting_sentence_is_its_owner_s(before, owner):
    text = (LEDE + before + f"\n\n{owner} quoted chief executive Ann Colley as saying the firm would pay for the "
            "clean-up.\n\n\"We are deeply sorry,\" the release said.\n")
    assert speakers(text)["We are deeply sorry,"] == "Kelby Water Ltd"


def test_the_union_is_the_association_called_a_union_in_apposition():
    text = (OPENER + "The Kelby Bus Drivers' Union struck last month. This week the Kelby Medical Association, the "
            "doctors' union, balloted its members.\n\nThe union said the result was \"overwhelming\".\n")
    assert speakers(text)["overwhelming"] == "Kelby Medical Association"


@pytest.mark.parametrize("text, wrong", [
    ("Miner says spill is 'contained'\n\nA contractor, Kelby Drilling Services Pty Ltd, was pumping tailings when the "
     "pipe split, Tarno Ridge Gold Ltd said on Monday.\n", "Kelby Drilling Services Pty Ltd"),
    ("Miner says pit was 'a death trap'\n\nDai Rowlands, who worked underground at the Kelby colliery for 20 years, "
     "says the pit run by Kelby Coal Ltd was dangerous long before the fire.\n", "Kelby Coal Ltd"),
])
def test_a_firm_s_label_is_no_company_named_that_does_not_speak(text, wrong):
    assert wrong not in speakers(text).values()


# --- session 42, fourth round ------------------------------------------------------------------------------------

def test_initials_run_together_open_a_person_s_name():
    text = (LEDE + "Its district manager, K. Sivapalan, said the board had bought more than 9,000 tonnes.\n\n"
            "A.L.M. Haniffa, managing director of Haniffa & Sons Rice Mills (Pvt) Ltd, said millers were paying what "
            "the market allowed. 'Our stores are full,' he said.\n\nM.S. Haniffa, a farmer who is no relation to the "
            "miller, said he had sold 40 bags. 'The man who gave me the loan set the price,' he said.\n")
    said = speakers(text)
    assert said["Our stores are full,"] == "A.L.M. Haniffa"
    assert said["The man who gave me the loan set the price,"] == "M.S. Haniffa"



def test_the_doer_of_a_verb_of_the_description_renames_the_woman():
    text = (LEDE + "A woman who has trapped muskrat along the river since she was nine sat in the front row.\n\n\"That "
            "water is our grocery store,\" she said during a break.\n\nThe trapper, Bernice Fleet, 71, is one of 14 "
            "elders who swore affidavits in the case.\n")
    assert speakers(text)["That water is our grocery store,"] == "Bernice Fleet"


def test_a_market_manager_does_not_rename_a_woman_who_sells_at_the_market():
    text = (LEDE + "A woman who sells fish at the market stood by her stall.\n\n\"Nobody buys now,\" she said.\n\nThe "
            "market manager, Jo Dorran, 50, said trade was down.\n")
    assert speakers(text)["Nobody buys now,"] != "Jo Dorran"


def test_a_nickname_after_known_up_and_down_the_shore_as_is_no_quotation_of_its_own():
    text = (LEDE + "Cyril Pardy, 58, known up and down the shore as \"Boxer,\" called the closure \"the second "
            "moratorium\".\n")
    said = speakers(text)
    assert said["the second moratorium"] == "Cyril Pardy" and said.get("Boxer,") is None  # (a term: no speaker)


# --- a review's near misses of the third and fourth rounds (kept as negative tests) --------------------------------

@pytest.mark.parametrize("passage, quote, speaker", [
    ("Kelby District Court fined Tarno Quarries Ltd £40,000 on Monday. The court has ordered the firm to replant the "
     "hillside. It said it would appeal: \"We will fight this ruling.\"\n", "We will fight this ruling.",
     "Tarno Quarries Ltd"),
    ("The Tarno Harbour Board runs the pier. The board was sued last week by the Kelby Fishermen's Association. It "
     "said: \"We were left with no choice.\"\n", "We were left with no choice.", "Kelby Fishermen's Association"),
])
def test_it_said_is_not_the_body_the_sentence_before_opens_with(passage, quote, speaker):
    assert speakers(LEDE + passage)[quote] == speaker


@pytest.mark.parametrize("story", [
    "Miner says spill is 'contained'\n\nIn a statement to the exchange on Monday, Tarno Ridge Gold Ltd warned that "
    "clean-up costs could reach $4m.\n",
    "Miner says spill is 'contained'\n\nThe leak at the Kelby pit has been stopped, according to Tarno Ridge Gold Ltd, "
    "which owns the mine.\n",
])
def test_a_firm_s_label_is_the_one_company_named_after_it(story):
    assert speakers(story)["contained"] == "Tarno Ridge Gold Ltd"
