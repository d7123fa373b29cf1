"""Speakers and names of session 48: initials after "said", a body's acronym and a title ("said KTGA managing director
Dr W.J. Roe."), the name after a description's comma as the subject of a judging verb, a season inside a firm's name,
a namesake set apart ("not related to Mr Doe"), a name given "as the vendors call" someone, a body's committee, a
Hokkien "Eng", a firm's trade as a live blog's label, compass words before a nationality ("East African"), a
fronted phrase before its subject with no comma, "Port of X", a partner's particle after "&", an unnamed manager
named in the next attribution, "According to him,", a barrister's "Barr.", "as she puts it", a given name written
short before a Bangladeshi name ("Md"), the Attorney General's Chambers, a statement "signed by" someone, a weekday
as a given name after a title, a name given "only as", and "the young all-rounder"; then session 49's: near misses its
two probe reviews found, and round 5 ("The State says", initials written "A.M.", "Farmers here", two plural
possessives joined by "and", Australian states' abbreviations).

Every passage is written for the test (invented people and bodies, real places only as settings); the expected
speakers and names were checked by reading the passage.  The ``_not_`` tests are near misses each rule must leave
alone.
"""

from __future__ import annotations

from .readers import names, quote_kinds, sentences, speakers


# --- initials and titles inside one sentence ------------------------------------------------------------------------

def test_initials_after_said_an_acronym_a_role_and_a_title_end_no_sentence():
    text = ("\u201cThis is the largest investment the growers have made,\u201d said KTGA managing director Dr W.J. "
            "Roebuck.\n\n\u201cFrom next year the value stays here.\u201d\n")
    got = speakers(text)
    assert got["This is the largest investment the growers have made,"] == "W.J. Roebuck"
    assert got["From next year the value stays here."] == "W.J. Roebuck"


def test_initials_after_a_role_closed_by_a_comma_end_no_sentence():
    text = ("\u201cThe bonus was for finishing on time,\u201d says Kelbcorp\u2019s vice-president of operations, "
            "T.K. Arsenault. \u201cWe missed the date.\u201d\n")
    assert sentences(text)[0].endswith("T.K. Arsenault.")
    assert speakers(text)["We missed the date."] == "T.K. Arsenault"


def test_a_barristers_title_with_its_stop_ends_no_sentence_but_a_surname_after_a_given_name_does():
    assert len(sentences("The club\u2019s lawyers, led by Barr. Ita Okon, were studying the contract.")) == 1
    assert len(sentences("He met the attorney general, William Barr. Ann Roe agreed.")) == 2


# --- subjects and attributions --------------------------------------------------------------------------------------

def test_the_name_after_a_descriptions_comma_is_the_subject_of_a_judging_verb():
    text = ("The chair of the Kelby Regional Development Board, Cr Lorna Beutel, welcomed the announcement as "
            "\u201cthe best news for the valley in a decade\u201d.")
    assert speakers(text)["the best news for the valley in a decade"] == "Lorna Beutel"


def test_not_a_quotation_inside_the_subject_as_its_name():
    text = 'The letter, signed "Tom Reed, President," described the recall as "a precaution."'
    assert speakers(text)["a precaution."] is None


def test_an_adverb_of_time_between_the_subject_and_has_called_is_no_subject():
    text = ("The Kelby Lakes Society, a volunteer group that samples the cottage lakes, has long called the stack "
            "\u201ca solution by dilution\u201d.")
    assert speakers(text)["a solution by dilution"] == "Kelby Lakes Society"


def test_a_fronted_phrase_with_no_comma_is_no_part_of_the_subject():
    text = ("The Tarn Valley Relief Committee has opened 14 halls to families.\n\nIn a post on Facebook the "
            "committee said: \u201cNo family will be turned away.\u201d\n")
    assert speakers(text)["No family will be turned away."] == "Tarn Valley Relief Committee"


def test_according_to_him_is_the_speaker_not_the_clause_after_its_comma():
    text = ("Club chairman Effiong Bassey spoke after the meeting.\n\nAccording to him, the lawyers were studying the "
            "contract and would advise the board \u201cwithin seven days\u201d.\n")
    assert speakers(text)["within seven days"] == "Effiong Bassey"


def test_a_short_quotation_after_as_she_puts_it_is_her_partial_quotation():
    text = ("Captain Elspeth Roe took over as harbourmaster last year. She is paid for the navigation aids and, as "
            "she puts it, \u201cfor the worrying\u201d.")
    assert quote_kinds(text)["for the worrying"] == "partial"
    assert speakers(text)["for the worrying"] == "Elspeth Roe"


def test_not_a_partial_quotation_for_a_short_scare_quote_with_no_one_putting_it():
    text = "She is paid for the navigation aids and for \u201cthe worrying\u201d."
    assert quote_kinds(text)["the worrying"] == "term"


def test_an_unnamed_manager_named_in_the_next_attribution_is_that_person():
    text = ("A regional manager of Indus Crop Care (Pvt) Ltd, a Lahore pesticide company, dismissed the study as "
            "\"a small trial in a good year\".\n\n\"Traps are useful, but they are no cure,\" said the manager, Rana "
            "Javed Iqbal.\n")
    assert speakers(text)["a small trial in a good year"] == "Rana Javed Iqbal"


def test_she_was_a_name_and_a_description_with_its_relative_clause_names_the_woman_described():
    text = ("A retired forestry officer, who did not wish to be named, said he had come to respect the professor. "
            "\"He was honest,\" the officer said.\n\nAt the family home on Sunday, a young woman in a college T-shirt "
            "sat apart from the mourners.\n\nShe was Thokozani Banda, a master's student whom the professor had been "
            "supervising until April. She is not related to the vice-principal.\n\n\"He marked my last chapter from "
            "his hospital bed. He wrote in the margin, 'Go back to the field,'\" she said.\n")
    assert speakers(text)["He marked my last chapter from his hospital bed. He wrote in the margin, 'Go back to "
                          "the field,'"] == "Thokozani Banda"


def test_a_statement_signed_by_a_described_person_speaks_for_that_person():
    text = ("His death was announced in a statement signed by his first son, Engr. Sunday Nnaji, on behalf of the "
            "family.\n\n\u201cOur father fought for the miners,\u201d the statement said.\n")
    assert speakers(text)["Our father fought for the miners,"] == "Sunday Nnaji"


def test_the_young_all_rounder_is_the_all_rounder_named_before():
    text = ("One of them will be the Couva all-rounder Shiva Persad, 23, who signed a two-year contract.\n\n"
            "\"People keep asking me if I am his son,\" the young all-rounder joked.\n")
    assert speakers(text)["People keep asking me if I am his son,"] == "Shiva Persad"


def test_a_name_given_only_as_is_a_person_who_speaks():
    text = ("A busker outside the post office, who would give his name only as Macca, said he had \u201cnever "
            "packed up a guitar so fast\u201d.")
    assert speakers(text)["never packed up a guitar so fast"] == "Macca"
    assert names(text)["Macca"] == "person"


# --- namesakes and other names ------------------------------------------------------------------------------------

def test_not_related_to_mr_doe_names_the_other_doe():
    text = ("Another worker, Trymore Moyo, 52, said he now sold tomatoes.\n\n\u2018I am a fitter. Now I am a "
            "vendor,\u2019 he said.\n\nUnion secretary Sithembiso Moyo, who is not related to Mr Moyo the fitter, "
            "said the union would go to court.\n\n\u2018Workers have been patient for 19 months,\u2019 she said.\n")
    assert speakers(text)["Workers have been patient for 19 months,"] == "Sithembiso Moyo"


def test_a_name_as_the_vendors_call_someone_is_that_persons():
    text = ("Mai Rufaro, as the vendors at the gate call Rufaro Sibanda, 38, said she had sold buns on credit.\n\n"
            "\u2018They will pay me when they are paid,\u2019 she said.\n")
    assert speakers(text)["They will pay me when they are paid,"] == "Rufaro Sibanda"
    assert "Mai Rufaro" not in names(text)


def test_a_bodys_committee_speaks_for_the_body():
    text = ("The Kelby Boat Owners' Association backed the canal for years.\n\nIn a statement, the association's "
            "committee praised his \u2018forty years of patient lobbying\u2019.")
    assert speakers(text)["forty years of patient lobbying"] == "Kelby Boat Owners' Association"


def test_eng_inside_a_hokkien_name_is_no_engineers_title():
    assert names("Dr Chua Eng Kiat, president of the society, said it was a shame.").get("Chua Eng Kiat") == "person"


def test_not_a_name_syllable_for_eng_opening_a_name():
    assert names("Eng. Khalfan Al Mahrouqi said the pipeline was safe.").get("Khalfan Al Mahrouqi") == "person"


def test_a_firms_trade_as_a_live_blog_label_is_the_firm_named_next():
    text = ("Strike enters day four\n\n12:30 PM - Women sort fish at the gate\n\nThe union said pay was too low.\n\n"
            "1:00 PM - Exporter: 'no talks under pressure'\n\nTarn Marine Exports Pvt Ltd, the largest buyer at the "
            "harbour, said it would not negotiate while its gates were blocked.\n\n\"We are ready to talk,\" said its "
            "general manager, Wilfred Pinto.\n")
    assert speakers(text)["no talks under pressure"] == "Tarn Marine Exports Pvt Ltd"


def test_a_given_name_written_short_opens_a_persons_name_that_speaks():
    text = ("\u201cWe have gone as far as the gardens can go,\u201d said Md Shafiqul Islam Rahman, convener of the "
            "forum.\n\nHe described the demand as \u201ca number pulled from the air\u201d.\n")
    assert names(text).get("Md Shafiqul Islam Rahman") == "person"
    assert speakers(text)["a number pulled from the air"] == "Md Shafiqul Islam Rahman"


def test_a_weekday_after_a_title_is_a_given_name():
    assert names("It was signed by Engr. Sunday Okafor, on behalf of the family.").get("Sunday Okafor") == "person"


def test_not_a_given_name_for_a_weekday_after_no_title():
    assert "Sunday Kelby" not in names("The market opens on Sunday Kelby time, traders said.")


def test_a_season_between_capitalised_words_is_a_word_of_a_firms_name():
    got = names("Great Slave Winter Haul Ltd. pleaded guilty in January to failing to ensure a worker's safety.")
    assert got.get("Great Slave Winter Haul Ltd.") == "organisation"


def test_not_a_name_for_a_season_after_a_capitalised_function_word():
    assert "Winter Kelby Council" not in names("The school opened. In Winter Kelby Council closes the pass road.")


def test_both_ends_of_a_renowns_range_are_places():
    got = names("Known on every quay from Belleek to Killaloe simply as 'Commodore', he died at home.")
    assert got.get("Belleek") == "place" and got.get("Killaloe") == "place"


def test_not_places_for_firms_switched_between():
    assert names("He switched from Acme to Beta last year.").get("Acme") == "organisation"


def test_a_compass_word_before_a_nationality_in_a_bodys_name_stays():
    got = names("South African Airways said it would cut flights. The East African Community met on Monday.")
    assert got.get("South African Airways") == "organisation"
    assert got.get("East African Community") == "organisation"


def test_a_field_before_and_a_laboratory_after_make_one_body():
    got = names("The Kelby Gem Testing and Certification Laboratory said the stone had been heated.")
    assert got.get("Kelby Gem Testing and Certification Laboratory") == "organisation"


def test_a_place_and_a_modifier_before_an_office_name_no_person():
    got = names("\u201cEvery tonne counts,\u201d said Tumaini Mollel, Kigoma Regional Director, who attended.")
    assert "Kigoma Regional Director" not in got and got.get("Tumaini Mollel") == "person"


def test_a_port_of_a_town_opens_its_workers_union():
    assert names("The Port of Tarnby Workers\u2019 Union said it was pleased.").get(
        "Port of Tarnby Workers\u2019 Union") == "organisation"


def test_a_partners_particle_after_an_ampersand_stays_in_the_firms_name():
    assert names("The buyer, Brandsma & de Wit Oils B.V., said so.").get("Brandsma & de Wit Oils B.V.") \
        == "organisation"


def test_two_places_and_a_cooperative_society_ltd_with_its_stop_are_one_body():
    text = ("In Malindi, a fishing co-operative has bought its own cold room.\n\n\u2018We called it the beach "
            "price,\u2019 says Athman Bwana, the chairman of the Malindi and Ngomeni Fishermen\u2019s Co-operative "
            "Society Ltd. \u2018The price was whatever the dealer wanted.\u2019\n\nToday the co-operative sells "
            "snapper to the hotels along the Malindi shore.\n")
    assert names(text).get("Malindi and Ngomeni Fishermen\u2019s Co-operative Society Ltd.") == "organisation"


def test_a_link_line_under_a_greater_than_sign_names_no_one():
    text = ("Fishermen in Kelby sold their catch on the sand.\n\nMore features\n> Lamu\u2019s dhow builders race the "
            "fibreglass boat\n")
    assert "Lamu" not in names(text)


def test_the_attorney_generals_chambers_is_no_person():
    text = ("For the minister, Ms Kabo Sello of the Attorney General\u2019s Chambers argued the conditions were "
            "clear.\n\n\u2018Licences to cut diamonds are a privilege,\u2019 she said.\n")
    assert "Chambers" not in names(text)
    assert speakers(text)["Licences to cut diamonds are a privilege,"] == "Kabo Sello"


def test_a_cemetery_is_a_place():
    assert names("He will be buried at Roselawn Cemetery on Friday.").get("Roselawn Cemetery") == "place"


def test_a_live_blog_entry_opened_by_a_spaced_hyphen_opens_a_sentence():
    text = ("Store to close\n\nThe company's lender, Anglia Mercantile Bank plc, withdrew its overdraft after the bank "
            "lost patience.\n\n14:05 - Bank pulled overdraft\n\nStaff were told on Monday.\n")
    assert "Bank" not in names(text)


def test_pa_before_a_name_is_an_elders_title():
    text = ("Pa Sahr Momoh Kallon, known to the traders simply as \"Pa Cocoa\", has bought beans since 1962.\n\n"
            "\"Cocoa is our bank,\" he says.\n")
    assert names(text).get("Sahr Momoh Kallon") == "person"
    assert speakers(text)["Cocoa is our bank,"] == "Sahr Momoh Kallon"


def test_not_an_elders_title_for_pennsylvanias_abbreviation():
    assert names("She moved to Pittsburgh, Pa. in 1990.").get("Pittsburgh") == "place"


def test_a_monks_thera_is_the_last_word_of_his_name():
    text = ("The chief incumbent of the temple, Ven. Wewala Sumanatissa Thera, visited the strikers.\n\n"
            "\"These are the sons of this soil,\" the Thera said.\n")
    assert names(text).get("Wewala Sumanatissa Thera") == "person"
    assert speakers(text)["These are the sons of this soil,"] == "Wewala Sumanatissa Thera"


def test_a_trade_and_allied_workers_union_is_one_body():
    got = names("The Southern Province Construction and Allied Workers' Union said the strike would go on.")
    assert got.get("Southern Province Construction and Allied Workers' Union") == "organisation"


def test_not_one_body_for_a_person_and_allied_workers():
    assert names("Jo Doe and Allied Workers Union members said so.").get("Jo Doe") == "person"


def test_partners_with_a_legal_form_of_two_words_are_one_firm():
    assert names("The consultants Brennan, Cobb & Partners Pty Ltd said the saleyards needed a roof.").get(
        "Brennan, Cobb & Partners Pty Ltd") == "organisation"


def test_a_lake_named_with_of_the_is_one_place_and_opens_a_bodys_name():
    assert names("Tourists come to Lake of the Woods every summer.").get("Lake of the Woods") == "place"
    assert names("The Lake of the Woods Resort Association said bookings were down.").get(
        "Lake of the Woods Resort Association") == "organisation"


def test_the_airline_is_the_one_body_named_with_air():
    text = ("LIVE: Paraglider crash shuts Kelby airport\n\nThe pilot, Bikash Rai, 29, of Kelby Skies Pvt. Ltd., is in "
            "the intensive care unit.\n\n1:50 pm - Airline passengers stranded\n\nPassengers of Tarno Air's 1:45 pm "
            "flight to Kathmandu were asked to leave the aircraft.\n\nTour leader Hope Lama, travelling with 14 "
            "trekkers, described the terminal as \"total confusion\".\n\nIn a post on social media, the airline said: "
            "\"All afternoon flights are cancelled.\"\n")
    assert speakers(text)["All afternoon flights are cancelled."] == "Tarno Air"


def test_a_caption_credited_pic_by_names_no_actor():
    assert "Sarath Liyanage" not in names("Pic by Sarath Liyanage: Striking workers outside the site yesterday.")


def test_a_reference_number_with_slashes_names_no_body():
    got = names("The suit, NICN/WR/47/2020, will come up for hearing on July 14.")
    assert "NICN" not in got and "WR" not in got


def test_a_samity_closes_an_associations_name():
    got = names("The Kelby District Flower Growers and Traders Samity rejected the levy in a written reaction.")
    assert got.get("Kelby District Flower Growers and Traders Samity") == "organisation"


# --- near misses found by the session's probe review (each failed on fe07bf3f, but the railway guard) -----------

def test_not_a_surname_for_a_title_after_a_role_or_a_place_word():
    assert len(sentences('"Work will finish in May," said PWD Chief Engineer Er. Rakesh Sharma.')) == 1
    assert len(sentences("The land is in Barangay Sta. Cruz, the police said.")) == 1
    assert speakers('"Work will finish in May," said PWD Chief Engineer Er. Rakesh Sharma.')[
        "Work will finish in May,"] == "Rakesh Sharma"


def test_not_a_name_for_a_season_after_every_or_next():
    assert names("Every Spring Kelby Rovers open their ground to schools.").get("Kelby Rovers") == "organisation"
    assert "Summer Tarno Airways" not in names("Next Summer Tarno Airways will fly to Ashby.")


def test_not_the_person_after_of_for_a_pronoun_when_a_persons_noun_comes_before_of():
    text = ("The lawyer of Ahmed Yusuf told the court the case was weak.\n\n"
            "\"He will return,\" the lawyer said.\n")
    assert speakers(text)["He will return,"] == "lawyer"
    text = "The mother of Jane Akinyi wept in court. \"She was only 12,\" she said."
    assert speakers(text)["She was only 12,"] != "Jane Akinyi"


def test_not_one_person_for_two_names_around_as_well_as():
    got = names("Farmers such as Peter Otieno, as well as traders who know Joseph Kamau well, said prices fell.")
    assert got.get("Peter Otieno") == "person" and got.get("Joseph Kamau") == "person"
    assert names("Mary Auma, as her lawyer called Paul Maina to the stand, wept.").get("Mary Auma") == "person"


def test_not_the_airline_for_a_body_with_air_inside_its_name():
    text = ("The Kelby Clean Air Alliance says planes are too loud. Jetwing Ltd, the island's only carrier, "
            "disagrees.\n\n\"We meet every noise rule,\" the airline said.\n")
    assert speakers(text)["We meet every noise rule,"] == "Jetwing Ltd"


def test_the_railway_is_the_railways_corporation():
    text = "Tarn Railways Corporation suspended services.\n\n\"The line is unsafe,\" the railway said.\n"
    assert speakers(text)["The line is unsafe,"] == "Tarn Railways Corporation"


def test_not_a_partial_quotation_for_words_a_sign_puts():
    text = 'Grace Wambui runs the clinic. She treats, as the sign puts it, "all comers".'
    assert quote_kinds(text)["all comers"] == "term"


def test_a_fronted_phrase_ends_before_the_subject_not_inside_its_prepositions_object():
    text = 'In court a lawyer for the mother of the boy said: "She wants answers."'
    assert speakers(text)["She wants answers."].startswith("lawyer")


# --- round 5 (fitted on news_gold121+122 after they were scored) -----------------------------------------------------

def test_the_state_standing_alone_is_a_government_no_person_for_a_later_she():
    text = ("The State says he \"knew the account was empty\".\n\n"
            "Prosecuting, Mr Tinashe Gumbo told the court the accused \"knew the account was empty\" when he "
            "signed.\n\n"
            "The first farmer to complain was Mrs Rudo Chari. She sold leaf to the company in May.\n\n"
            "\"He came to our village in a white truck and shook every hand. He told us to plant, and we believed "
            "him,\" she told reporters outside the court.\n")
    got = speakers(text)
    assert got["He came to our village in a white truck and shook every hand. He told us to plant, and we "
               "believed him,"] == "Rudo Chari"
    assert names("The Crown said he knew the account was empty.").get("Crown") == "organisation"


def test_not_a_government_for_a_person_written_after_the():
    assert names("The Jo we knew said little.").get("Jo") == "person"


def test_initials_written_as_am_before_a_surname_are_a_persons():
    text = ("The Kelby Traders' Union said it had asked members not to raise prices.\n\n"
            "Its secretary, Mr. A.M. Riyas, warned that any trader found 'profiting from misery' would be expelled.\n")
    assert speakers(text)["profiting from misery"] == "A.M. Riyas"


def test_a_plural_subject_with_here_after_it_is_a_group_no_antecedent_of_she():
    text = ("She is Rose Auma, 46, a mother of six who delivered seed to the mill in June. Farmers here call the "
            "notes \"paper money\" because that is all they have been paid.\n\n"
            "\"I sold my goats to buy seed. Now the goats are gone,\" she said.\n")
    assert speakers(text)["I sold my goats to buy seed. Now the goats are gone,"] == "Rose Auma"


def test_two_plural_possessives_joined_by_and_with_a_word_before_the_second_are_one_body():
    got = names("The Kelby Market Traders\u2019 and Market Women\u2019s Association said the toll was too high.")
    assert got.get("Kelby Market Traders\u2019 and Market Women\u2019s Association") == "organisation"


def test_an_australian_states_abbreviation_after_a_town_is_a_place():
    got = names("The mill is in Dubbo, NSW, and its kiln in Gympie, Qld.")
    assert got.get("NSW") == "place" and "Qld" not in {k for k, v in got.items() if v != "place"}


# --- near misses found by the second probe review (each failed on 2c020d7f; the last is a guard that failed on
# 3da09359, round 5's first form) --------------------------------------------------------------------------------------

def test_a_capitalised_plural_with_here_after_it_is_no_name_that_takes_a_later_he():
    text = ("Kofi Mensah, 60, has fished off Elmina since he was a boy. Fishermen here say the catch \"has halved\". "
            "\"My sons have left for the city,\" he said.")
    assert speakers(text)["My sons have left for the city,"] == "Kofi Mensah"


def test_a_rulers_title_after_the_stays_a_person():
    assert names("The Shah said he would return to Tehran.").get("Shah") == "person"


def test_a_presidents_name_before_the_noun_it_modifies_stays_a_person():
    assert names("Critics of the Obama administration said the plan failed.").get("Obama") == "person"
