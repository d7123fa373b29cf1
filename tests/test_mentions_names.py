"""People and organisations in published-style news from outside the US: places, fragments and titles that are
no actor (session 12).  Every sentence is invented for the test; expected values were checked by reading it."""

from __future__ import annotations

import pytest

from analysis import Article
from analysis.mentions import find_mentions, is_furniture_line
from .conftest import kinds


def test_a_place_list_goes_on_through_the_and_names_of_several_words():
    k = kinds("She said residents in Hexbury, Tarnmore and the Vale were struggling. "
              "Parents in Corby Heath, Aldwick and the Tri-Towns have complained.")
    assert k["Tarnmore"] == "place" and k["Vale"] == "place"
    assert k["Aldwick"] == "place" and k["Tri-Towns"] == "place"


def test_a_name_before_a_role_after_an_owner_is_not_the_employer():
    k = kinds("The meeting was held in Hexbury. Labour's Hexbury candidate, Tom Bell, said bills were too high.")
    assert k["Hexbury"] == "place"
    assert k["Tom Bell"] == "person"


def test_a_name_with_accented_letters_after_an_ascii_first_word_is_a_person():
    from analysis import Article
    from analysis.mentions import entities

    def kinds(text):
        return {e.name: e.kind for e in entities(Article.from_text(text))}
    assert kinds("The plan was drawn up by Tomas Engström and approved in March.")["Tomas Engström"] == "person"
    assert kinds("Gunnar Örn Þórisson said the town had waited too long.")["Gunnar Örn Þórisson"] == "person"
    assert kinds("Deniz Ağırbaş, an economist, said prices would rise.")["Deniz Ağırbaş"] == "person"
    # must not fire: a body's name opening with an accented word that is no given name
    assert kinds("Énergie Boréale du Québec said rates would rise in April.")["Énergie Boréale du Québec"] == "organisation"
    assert kinds("Éditions Gallimard said the book would be reprinted.")["Éditions Gallimard"] == "organisation"
    assert kinds("Électricité de France said the plant would close.")["Électricité de France"] == "organisation"
    assert kinds("Shares in Crédit Agricole fell on Monday.")["Crédit Agricole"] == "organisation"
    assert kinds("Société Générale said profits fell.")["Société Générale"] == "organisation"


def test_land_forms_and_compound_compass_words_end_or_open_a_place():
    k = kinds("Farmers in the Marran Plains joined fishers from the Orru Delta. Demand rose across Southeast Asia.")
    assert k["Marran Plains"] == "place" and k["Orru Delta"] == "place" and k["Southeast Asia"] == "place"


def test_a_compass_word_before_a_nationality_is_part_of_the_group():
    k = kinds("The MP said South Africans were tired of excuses, and North Koreans were hungry.")
    assert "South" not in k and "North" not in k
    assert k["South Africans"] == "group"


def test_a_word_cut_off_a_longer_name_at_a_sentence_opening_joins_that_name():
    df = find_mentions(Article.from_text(
        "Northern Quill Resources Inc agreed to the deal on Monday. "
        "Northern Quill Chief Executive Officer Ana Dore said the deal was good."))
    names = set(df["name"])
    assert "Quill" not in names
    assert "Northern Quill Resources Inc" in names


def test_a_government_level_or_cabinet_before_a_portfolio_goes_with_the_title():
    k = kinds("Union Power Minister Ravi Kumar said the target was in reach. "
              "Treasury Cabinet Secretary John Odera declined to comment.")
    assert "Union Power" not in k and "Treasury Cabinet" not in k
    assert k["Ravi Kumar"] == "person" and k["John Odera"] == "person"


def test_a_riding_joined_by_an_en_dash_or_ending_in_a_compass_word_is_a_place():
    k = kinds("Liberal MPP Ann Shore, who represents Don Valley East, said the province had neglected "
              "Kelso–Bramwood and other ridings. Huron–Bruce Lakeshore MPP Gord Vale agreed.")
    assert k["Don Valley East"] == "place"
    assert k["Kelso"] == "place"
    assert k["Bruce Lakeshore"] == "place"
    assert k["Ann Shore"] == "person" and k["Gord Vale"] == "person"


def test_a_compass_word_left_alone_is_no_body_but_a_surname_stays_a_person():
    k = kinds("Leslie Wimes, a South Florida-based activist, spoke. Author Cornel Weste spoke too. "
              "Dana West took the stage. West said the vote mattered.")
    assert k.get("South", "place") == "place"
    assert k["Dana West"] == "person"


def test_a_name_listed_beside_places_only_is_a_place():
    k = kinds("He had taken his family on holidays to Florida, Dubai and the Varrave. "
              "Matatus from Kelands, Thika Road and Ngong Road will stop at Muthurwa.")
    assert k["Varrave"] == "place" and k["Kelands"] == "place"


def test_a_list_beside_an_organisation_types_nothing():
    k = kinds("Protesters from Unison and the Northshire Trades Council gathered. Unison said pay was too low.")
    assert k["Northshire Trades Council"] == "organisation"
    assert k.get("Unison") != "place"


def test_a_stop_or_crossing_named_by_its_place():
    k = kinds("He spoke to commuters at the Kencom bus stage. Traffic backed up at the Globe roundabout.")
    assert k["Kencom"] == "place" and k["Globe"] == "place"


def test_a_campaign_named_by_a_verb_the_and_a_body_word_is_one_name():
    df = find_mentions(Article.from_text(
        "Farmers unite against gas project\n\nRoll the Dice Alliance has joined farmers to fight the project. "
        "Roll the Dice spokeswoman Gina Wood said the forest was at risk. Jo Doe praised the alliance."))
    assert set(df[df["name"] == "Roll the Dice Alliance"]["text"]) == {"Roll the Dice Alliance", "Roll the Dice"}
    assert "Dice Alliance" not in set(df["name"])


def test_a_possessive_before_a_small_business_word_opens_its_name():
    df = find_mentions(Article.from_text(
        "The closure will hit local firms. At Kit's Mill Lane Diner, across from the gate, owner Kit Rowe said "
        "half her customers worked there."))
    assert "Kit's Mill Lane Diner" in set(df["name"])
    assert "Kit" not in set(df["name"])


def test_a_side_named_by_a_plural_before_who_is_an_organisation():
    k = kinds("Fans of the Southern Harriers, who play at Pell Park, were angry. The Harriers, who lost again, "
              "sacked their coach. Jo Doe, who follows them, was sad.")
    assert k["Southern Harriers"] == "organisation"
    assert "Harriers" not in k
    assert k["Jo Doe"] == "person"


def test_a_place_word_before_a_new_sentence_types_nothing_and_a_branch_names_a_body():
    k = kinds("About 60 protesters gathered outside. Unisan branch secretary Gareth Pugh said pay was too low.")
    assert k["Unisan"] == "organisation"


def test_a_name_before_a_land_form_is_a_place():
    k = kinds("Farmers said the Pelliga forest was no place for gas wells. Water from the Marrum river is low.")
    assert k["Pelliga"] == "place" and k["Marrum"] == "place"


def test_a_given_name_alone_with_no_cue_is_a_person():
    k = kinds("The deal collapsed in March. Everyone blamed Timothy for the delay.")
    assert k["Timothy"] == "person"


def test_a_portfolio_word_before_a_title_is_no_body():
    k = kinds("The government will review the limit on some roads, Transport Secretary Ken Skate has announced. "
              "Defence Minister Jo Bell agreed.")
    assert "Transport" not in k and "Defence" not in k
    assert k["Ken Skate"] == "person"


def test_a_place_list_with_accented_capitals_and_a_resident_of_a_place():
    k = kinds("Residents in Ōtaru, Papatoe and the North Reach gave mixed views. Ōtaru resident Mere Tane spoke.")
    assert k["Ōtaru"] == "place" and k["Papatoe"] == "place"
    assert k["Mere Tane"] == "person"


def test_a_member_who_represents_a_seat_names_a_place():
    k = kinds("Coun. Sam Aston, who represents Dartmoor Centre, said the project was overdue. "
              "A lawyer who represents Kestrel said nothing.")
    assert k["Dartmoor Centre"] == "place"
    assert k.get("Kestrel") != "place"


def test_a_welsh_party_and_isles():
    k = kinds("Plaid Cymru's Delyth Jewel said islanders in the Western Isles had been let down.")
    assert k["Plaid Cymru"] == "organisation" and k["Delyth Jewel"] == "person"
    assert k["Western Isles"] == "place"


def test_two_words_opening_with_a_place_that_is_no_given_name_are_no_person():
    k = kinds("The endorsement came from the Arizona Republic and the Boston Enquirer. "
              "Jordan Peel said nothing.")
    assert k["Boston Enquirer"] == "organisation"
    assert k["Jordan Peel"] == "person"


def test_atolls_strips_places_and_a_dateline_before_a_horizontal_bar():
    k = kinds("HEMPSTEAD, N.Y. ― The talks moved from Midway Atoll to the Gaza Strip. He bought a flat at "
              "Tremont Place in New York.")
    assert "HEMPSTEAD" not in k or k["HEMPSTEAD"] == "place"
    assert k["Midway Atoll"] == "place" and k["Gaza Strip"] == "place" and k["Tremont Place"] == "place"


def test_a_region_word_last_makes_no_surname_and_an_era_names_a_leader():
    k = kinds("Voters in the Granite Coast are angry. He headed the committee staff in the Thorne era.")
    assert k.get("Granite Coast") != "person"
    assert k["Thorne"] == "person"


def test_words_after_a_name_stop_at_the_sentence_end():
    k = kinds('"This is a good price," said Bernstone analyst Bruno Montey. Analysts at Jefferes disagreed.')
    assert k["Bruno Montey"] == "person"


def test_an_ampersand_makes_no_person_and_police_ranks_split_a_name():
    k = kinds("The business includes Ben & Jerry's ice cream. South Wales Police Det Insp Claire Evan said the force "
              "was pleased.")
    assert k["Ben & Jerry"] == "organisation"
    assert k["South Wales Police"] == "organisation" and k["Claire Evan"] == "person"


def test_and_inside_a_body_after_its_of_or_between_two_plurals_of_members():
    k = kinds("The Ontario Federation of School Support Staff and Cleaners said it would seek assurances. "
              "Jo Doe, a professor at Tarnhill School of Law and Public Policy, agreed. The United Kelby "
              "Travellers and Consumers Association said it would complain. Members of Amalgamated Couriers and "
              "Drivers Local 771 held signs.")
    assert k["Ontario Federation of School Support Staff and Cleaners"] == "organisation"
    assert k["Tarnhill School of Law and Public Policy"] == "organisation"
    assert k["United Kelby Travellers and Consumers Association"] == "organisation"
    assert "Amalgamated Couriers and Drivers Local 771" in k


def test_amounts_levels_honorifics_and_a_caption_credit_are_no_actors():
    k = kinds("Shares closed at N7.15, and Tier-2 lenders fell. Water Minister Shri Ravi Gowda and Smt. Latha Rao "
              "spoke.\n\nThe mayor spoke outside City Hall on Friday. Picture: Lwazi Mabasi\n\nJo Doe said so.")
    assert "N7.15" not in k and "Tier-2" not in k
    assert k["Ravi Gowda"] == "person" and k["Latha Rao"] == "person"
    assert "Lwazi Mabasi" not in k


def test_a_writer_named_in_a_byline_block_or_a_standfirst_is_no_actor():
    text = ("BUSINESS\n\nLast orders for Albion Inns\n\nThe owner faces a showdown with bondholders, writes Oliver "
            "Sandhurs\n\nOliver Sandhurs, Business Editor\nSunday November 29 2026\n\nKevin Brandle\n"
            "Milwaukee Ledger\nContact Kevin Brandle at (414) 555-0192.\n\nAlbion Inns said Jo Doe, its chairman, "
            "would resign.")
    k = kinds(text)
    assert "Oliver Sandhurs" not in k and "Kevin Brandle" not in k
    assert k["Jo Doe"] == "person" and k["Albion Inns"] == "organisation"


def test_a_place_cut_by_a_hyphened_adjective_stays_a_place():
    k = kinds("The sponsor, Hong Kong-listed Tai Ping Holdings, has undertaken to subscribe.")
    assert k.get("Hong", "place") == "place"


def test_stacked_initials_after_a_title_open_the_name_across_a_split():
    k = kinds("Four ministers stayed away from a meeting chaired by Chief Minister M.S. Venkatappa on Saturday. "
              "Venkatappa said nothing.")
    assert "M.S." not in k
    assert k["M.S. Venkatappa"] == "person"


# --- session 13: general weaknesses seen on news_gold5 (invented sentences) -----------------------------------

def test_a_law_with_a_bracketed_word_and_the_bill_alone_are_no_actors():
    k = kinds("Traders marched against the Stamp Levy (Amendment) Bill, 2027 on Friday. The Bill, tabled by the "
              "Minister of State for Trade (Industry), Mr Paul Okot, goes to a vote. Jo Doe said so.")
    assert "Stamp Levy" not in k and "Amendment" not in k and "Bill" not in k and "Industry" not in k
    assert k["Paul Okot"] == "person"


def test_a_portfolio_word_before_minister_and_a_tax_abbreviation_are_no_actors():
    k = kinds("The Tourism Minister had come to defend the plan. Hoteliers blamed the VAT rise. Ann Roe said so.")
    assert "Tourism Minister" not in k and "VAT" not in k


def test_plural_days_and_an_amount_after_a_currency_sign_are_no_actors():
    k = kinds("The depot shuts on Sundays, said Jo Doe. A farmer who withdraws Rs500 or Shs20,000 pays more.")
    assert "Sundays" not in k and "Rs500" not in k and "Shs20" not in k


def test_a_compass_side_of_a_town_or_a_river_is_a_place():
    k = kinds("Schools west of the Tarrow and north of Kelbridge face closure, Jo Doe said.")
    assert k.get("Tarrow", "place") == "place" and k.get("Kelbridge", "place") == "place"


def test_a_dateline_town_the_story_names_again_is_a_place():
    k = kinds("KELBRIDGE — The council voted on Monday to shut the depot. Riders will travel to Kelbridge each "
              "week, Jo Doe said.")
    assert k.get("Kelbridge", "place") == "place"


def test_a_common_word_opening_a_sentence_before_a_place_is_a_description():
    k = kinds("Longtime Boston budget hawk Jo Doe, a former auditor, said the plan was reckless.")
    assert "Longtime Boston" not in k and k["Jo Doe"] == "person"


def test_a_headline_opening_word_stays_when_the_story_writes_it_inside_a_sentence():
    df = find_mentions(Article.from_text(
        "CITY HALL\n\nCouncil passes budget as mayor balks at 'blank check'\n\nThree Lakes Water and Sewer Authority "
        "warns of 30 percent rate rises by June without new money\n\nBy Jo Roe\nCity Hall Reporter\n\nThe board of "
        "the Three Lakes Water and Sewer Authority (TLWSA) met on Monday and shut two of its three depots, Jo Doe "
        "said."))
    assert list(df["text"]).count("Three Lakes Water and Sewer Authority") == 2


def test_a_title_word_after_an_ampersand_is_part_of_a_body():
    k = kinds("The Federation of Rail & Coach Builders said it would appeal.")
    assert k["Federation of Rail & Coach Builders"] == "organisation" and "Builders" not in k


def test_a_long_name_is_made_whole_by_its_abbreviation_in_brackets():
    k = kinds("The Forum for Coastal and Island Communities in Western Scotland (FCICWS) said the plan was "
              "unfair. The Union of Baltic Ferry Operators and Dock Workers (UBFODW) agreed.")
    assert k["Forum for Coastal and Island Communities in Western Scotland"] == "organisation"
    assert k["Union of Baltic Ferry Operators and Dock Workers"] == "organisation"
    assert "Forum for Coastal and Island Communities" not in k


def test_a_saints_possessive_opens_a_school_or_a_hospital():
    k = kinds("Parents at St Columba's Primary School, Jo Doe said, will meet on Monday.")
    assert k["St Columba's Primary School"] == "organisation" and "St Columba" not in k


def test_two_names_before_models_are_both_products():
    k = kinds("Acme Motors will cut output of the Acme Nova and Nova Sport models, Jo Doe said.")
    assert k.get("Acme Nova") != "person" and k.get("Nova Sport") != "person"


def test_a_member_abbreviation_alone_after_a_title_or_before_its_seat_is_no_actor():
    k = kinds("Deputy CM Jo Rao stayed away. The party's state president and MLA from Hebbagodi, Shri Ravi Gowda, "
              "was blunter.")
    assert "CM" not in k and "MLA" not in k
    assert k.get("Hebbagodi", "place") == "place" and k["Ravi Gowda"] == "person"


def test_a_portfolio_named_before_portfolio_is_no_body():
    k = kinds("Only Ms. Rao, who holds the Women and Family Welfare portfolio, spoke. They want the Coastal Works "
              "portfolio expanded.")
    assert "Women and Family Welfare" not in k and "Family Welfare" not in k and "Coastal Works" not in k


def test_a_town_opened_by_puerto_or_porto_is_one_place():
    k = kinds("She had booked a trip to Puerto Galera that was cancelled. Puerto Rican voters backed Jo Doe.")
    assert k["Puerto Galera"] == "place" and "Galera" not in k


def test_a_name_before_route_or_stop_is_a_place():
    k = kinds("Jo Doe, who owns two buses on the Umoja route, said fares would rise. Riders board at the Hale "
              "Gardens stop.")
    assert k.get("Umoja", "place") == "place" and k.get("Hale Gardens", "place") == "place"


def test_a_town_before_mayor_and_a_name_is_a_place():
    k = kinds("Coalition in tatters as Kwanobuhle mayor ousted\n\nKwanobuhle mayor Sipho Dlamini-Roberts was removed "
              "from office on Friday.")
    assert k.get("Kwanobuhle", "place") == "place" and k["Sipho Dlamini-Roberts"] == "person"


def test_a_given_name_the_list_lacks_alone_is_the_person_named_in_full():
    k = kinds('UPC leader Themba Nkosana-Roe said his party had run out of patience. "Nothing is signed. Themba wants '
              'the finance post," a negotiator said.')
    assert "Themba" not in k and k["Themba Nkosana-Roe"] == "person"


def test_a_committee_of_parliament_is_the_committee():
    k = kinds("Appearing before the Public Finance Committee of Parliament, Mr Jo Okot defended the levy.")
    assert k["Public Finance Committee"] == "organisation" and "Public Finance Committee of Parliament" not in k


def test_a_list_of_fields_before_a_plural_noun_after_a_place_and_a_body_word():
    k = kinds("The Tarnfield Conference of Business, Labor and Civic Leaders, which includes the largest hospitals, "
              "sent a letter. Jo Doe said so.")
    assert k["Tarnfield Conference of Business, Labor and Civic Leaders"] == "organisation"
    assert "Labor" not in k and "Civic Leaders" not in k


def test_a_body_word_alone_is_the_one_body_whose_name_ends_in_it():
    k = kinds("The Harbour and Dock Workers' Union, which represents 9,000 staff, warned of a strike. Union general "
              "secretary Jo Doe said talks had failed.")
    assert "Union" not in k and k["Harbour and Dock Workers' Union"] == "organisation"


def test_a_word_in_commas_after_a_school_is_its_town():
    k = kinds("The plan would close Kelby Primary School, St Aidan's Primary School, Tarnmoor, and Holt Upper Primary "
              "School by 2029, Jo Doe said.")
    assert k["Tarnmoor"] == "place"


def test_malay_and_malaysian_indian_particles_join_a_name():
    k = kinds("A trader, Nurul Ain binti Osman, 52, said prices had doubled. Her neighbour, R. Muthu a/l Ganesan, "
              "agreed.")
    assert k["Nurul Ain binti Osman"] == "person" and "Nurul Ain" not in k
    assert k["R. Muthu a/l Ganesan"] == "person" and "R. Muthu" not in k


def test_malaysian_and_ghanaian_titles_are_no_part_of_a_name():
    k = kinds("Association president Datuk Dr Lim Swee Kee said fares would rise. Tan Sri Ahmad Zaki Osman agreed. "
              "The chief, Nana Kwaku Asare, and Madam Akosua Frimpong spoke later.")
    assert "Datuk" not in k and "Tan Sri" not in k and "Madam" not in k
    assert k["Lim Swee Kee"] == "person" and k["Ahmad Zaki Osman"] == "person"
    assert k["Kwaku Asare"] == "person" and k["Akosua Frimpong"] == "person"


def test_a_malay_road_or_village_word_opens_a_place():
    k = kinds("Traffic on Jalan Tembusu was diverted while residents of Kampung Seri Melor waited.")
    assert k["Jalan Tembusu"] == "place" and k["Kampung Seri Melor"] == "place"


def test_a_town_before_a_shore_or_two_areas_before_one_plural_are_places():
    k = kinds("She walked along the Brayton seafront. Growers in the Kelmo and Ashanti-Vale regions said so.")
    assert k["Brayton"] == "place" and k["Kelmo"] == "place"


def test_common_abbreviations_are_no_body():
    k = kinds("The app now has an SOS button, and the figures came out through an FOI request, Jo Doe said.")
    assert "SOS" not in k and "FOI" not in k


def test_a_place_after_a_preposition_before_who_is_no_person():
    k = kinds("A market trader in Tarnsby, who asked not to be named, said sales had halved.")
    assert k["Tarnsby"] == "place"


def test_a_name_around_a_farmer_or_a_pensioner_is_where_they_live():
    k = kinds("One Kelmarsh farmer said the price was too low. A pensioner from Ollaby said the same.")
    assert k["Kelmarsh"] == "place" and k["Ollaby"] == "place"


def test_untyped_words_in_a_list_with_a_place_are_places():
    k = kinds('"Staff drive in from Tarno, Ash Creek and Velby every day," Jo Doe said.')
    assert k["Tarno"] == "place" and k["Velby"] == "place"


def test_a_photo_credit_after_a_dash_is_no_actor():
    k = kinds("Drivers wait outside the depot in Kelby yesterday. – Photo: TAN AH KOW")
    assert "TAN AH KOW" not in k


def test_a_member_of_parliament_names_no_body():
    k = kinds("The Member of Parliament for the area, Jo Doe, called for a delay.")
    assert "Parliament" not in k and k["Jo Doe"] == "person"


def test_a_merchant_with_a_plural_possessive_and_a_trade_word_is_one_body():
    k = kinds("Customers include Ashby Timber & Builders’ Supplies, which said it had found another carrier.")
    assert k["Ashby Timber & Builders’ Supplies"] == "organisation"


def test_a_long_formal_body_named_once_is_kept():
    k = kinds("Malaysian Hawkers' Welfare Movement president Jo Lim said rents had doubled.")
    assert k["Malaysian Hawkers' Welfare Movement"] == "organisation"


def test_foreign_joining_words_inside_a_body_named_with_its_initials():
    k = kinds("The complaint came from Ciclisti Uniti per i Diritti Urbani (CUDU) and Jo Doe said so.")
    assert k["Ciclisti Uniti per i Diritti Urbani"] == "organisation" and "Ciclisti Uniti" not in k


def test_people_of_a_place_alone_and_the_start_of_a_route_are_no_actors():
    k = kinds("Islanders angry as ferry cancelled again\n\nPassengers may transfer to the Kelmay to Orran route, "
              "Jo Doe said.")
    assert "Islanders" not in k and k["Kelmay"] == "place"


def test_crown_before_a_common_noun_is_no_body():
    k = kinds("The Crown corporation building the dam, Kelby Water Corp., said costs had doubled. Jo Doe agreed.")
    assert "Crown" not in k and k["Kelby Water Corp."] == "organisation"


# --- session 14: places by context, titles of two words, codes and events, linked headlines ----------------------

def test_letters_before_any_currency_sign_are_no_body():
    k = kinds("The board approved a GH¢2.5bn loan and an E£300m credit line, Jo Doe said.")
    assert "GH" not in k and "E" not in k


def test_a_two_syllable_given_name_ending_in_ing_stays_in_the_name():
    k = kinds("The firm is run by chairman Chan Ka-ping and his sister. Mr Chan, 70, did not comment.")
    assert k["Chan Ka-ping"] == "person" and "Chan" not in k


def test_a_malaysian_title_of_two_words_is_no_part_of_a_name():
    k = kinds("The board chairman, Tan Sri Lim Boon Hock, resigned. Menteri Besar Datuk Seri Rahim Osman said "
              "the state would review the deal. A source in the Menteri Besar's office disagreed.")
    assert k["Lim Boon Hock"] == "person" and k["Rahim Osman"] == "person"
    assert "Tan" not in k and "Menteri Besar" not in k and "Seri Rahim Osman" not in k


def test_a_code_of_rules_and_a_named_drought_are_no_actors():
    k = kinds("Under the Merger Code, Acme Holdings has 28 days to respond. Farmers said it was worse than "
              "the Federation Drought, Jo Doe said.")
    assert "Merger Code" not in k and "Federation Drought" not in k


def test_headlines_listed_under_a_related_stories_label_are_furniture():
    k = kinds("Jo Doe said the road would open in May.\n\nRelated stories:\nTarnby flood victims still waiting, "
              "says NGO\nKelby bypass 'not on the cards'\n\nThe council meets on Monday.")
    assert "Tarnby" not in k and "NGO" not in k and "Kelby" not in k


def test_a_name_before_a_settlement_word_in_lower_case_is_a_place():
    k = kinds("Buyers in the Tarnoso district said they were short of cash. Hexley town councillor Jo Doe agreed. "
              "A CNN town hall was planned.")
    assert k["Tarnoso"] == "place" and k["Hexley"] == "place" and k.get("CNN") != "place"


def test_a_name_used_only_after_a_preposition_of_place_or_as_a_modifier_is_a_place():
    k = kinds("Kelbrook barley grower Jo Doe said the season was the worst he had seen.\n\n"
              "Caption: Jo Doe on his farm at Kelbrook.\n\nPrices rose in Marnwick and Leeton, a dealer said. "
              "A Marnwick grain broker agreed. At Ossabe, farmer Ama Owusu said she had not been paid. "
              "Land was sold in To Sai Wan last year.")
    assert k["Kelbrook"] == "place" and k["Marnwick"] == "place" and k["Ossabe"] == "place"
    assert k["Sai Wan"] == "place"


def test_an_employer_or_a_school_after_at_stays_a_body():
    k = kinds("Jo Doe, then at Brandt Kessler Wasserstein, left in 2005. She studied law at Quorvale.")
    assert k.get("Brandt Kessler Wasserstein") != "place" and k.get("Quorvale") != "place"


def test_a_word_that_opens_a_named_valley_is_that_place():
    k = kinds("Allocations in the Tarrabool Valley fell to 10 per cent. Jo Doe accused ministers of treating "
              "the Tarrabool as a drain.")
    assert k["Tarrabool"] == "place"


def forms(text: str) -> dict:
    from analysis.mentions import entities
    return {e.name: set(e.forms) for e in entities(Article.from_text(text)) if e.kind in ("person", "organisation")}


def test_a_family_name_before_a_hyphenated_given_name_is_that_persons_short_form():
    f = forms("Analyst Dr Brian Kwok Tsz-lun said the bonds were cheap. Kwok said buyers would return.")
    assert f["Brian Kwok Tsz-lun"] == {"Brian Kwok Tsz-lun", "Kwok"}


def test_an_assembly_members_seat_after_for_is_a_place():
    k = kinds("Jo Doe, who is also the assemblyman for Tarang, said the ponds were late.")
    assert k["Tarang"] == "place"


def test_friends_of_a_place_is_one_body():
    k = kinds("The campaign group Friends of Kelby Baths, which has 900 members, said it would appeal.")
    assert k["Friends of Kelby Baths"] == "organisation" and "Kelby Baths" not in k


def test_a_body_named_first_without_its_last_organisation_word_is_one_body():
    f = forms("Tarnby Fire Rescue Capt. Jo Doe said crews arrived at nine. Later the Tarnby Fire Rescue Service "
              "said two people were hurt.")
    assert f["Tarnby Fire Rescue Service"] == {"Tarnby Fire Rescue", "Tarnby Fire Rescue Service"}


def test_an_abstract_noun_only_opening_sentences_is_no_body():
    k = kinds("The Kelby Tourism and Transport Workers Union backed the ruling. \"Tourism is the engine of this "
              "town,\" Jo Doe said. Management has promised a review, she added.")
    assert "Tourism" not in k and "Management" not in k
    assert k["Kelby Tourism and Transport Workers Union"] == "organisation"


def test_the_house_of_a_story_with_one_legislature_is_that_legislature():
    f = forms("The bill was debated in Parliament on Tuesday. Jo Doe, who chairs the House's finance committee, "
              "said the minister should appear before the House.")
    assert {"Parliament", "House"} in f.values()
    f = forms("The Senate passed the bill. The House will vote next week, Jo Doe said. Parliament is not involved.")
    assert {"Parliament", "House"} not in f.values() and f["House"] == {"House"}


def test_a_service_district_is_a_body_even_named_once():
    k = kinds("Kelby Area School District Superintendent Dr. Jo Doe praised the staff. The Tarn district is dry.")
    assert k["Kelby Area School District"] == "organisation" and k.get("Tarn") == "place"


def test_a_name_before_resort_in_lower_case_is_the_resorts_town():
    k = kinds("More than 200 former workers of a shuttered Kelbay resort won an injunction, Jo Doe said.")
    assert k["Kelbay"] == "place"


def test_a_department_after_a_role_and_of_is_part_of_the_title():
    k = kinds("Head of Research at Kelby Securities, Jo Doe, said the price was fair. Jo Roe, head of Marden Bank, "
              "disagreed.")
    assert "Research" not in k and k["Kelby Securities"] == "organisation" and k["Marden Bank"] == "organisation"


def test_a_body_of_common_words_after_a_spokesman_and_for_stays_a_body():
    k = kinds('"We are shocked," said Jo Doe, spokesman for World Relief, the charity\'s arm.')
    assert k["World Relief"] == "organisation"


def test_a_person_or_a_place_is_no_short_form_of_a_body_named_after_it():
    f = forms("Muhammad Ali was born in Louisville. Jo Doe visited the Muhammad Ali Center. Kelby Energy said rates "
              "would rise; Kelby Energy Ltd filed its accounts.")
    assert "Muhammad Ali" in f and f["Kelby Energy Ltd"] == {"Kelby Energy", "Kelby Energy Ltd"}


def test_a_surname_with_an_abstract_nouns_ending_stays_a_name():
    f = forms("At the convention, host Jo Hannity asked the governor about delegates.\n\nHannity followed up.")
    assert f["Jo Hannity"] == {"Jo Hannity", "Hannity"}


def test_a_small_business_where_a_scene_opens_stays_a_body():
    k = kinds("At Brannock's Harbour Street Diner, across from the gate, owner Jo Doe said trade had halved.")
    assert k["Brannock's Harbour Street Diner"] != "place"


# --- session 15: long organisation names, places, forms of address ---------------------------------------------


def test_a_bracketed_private_company_mark_and_legal_form_end_one_name():
    k = kinds("Diesel bill bites.\n\nMr Tinashe Chidzikwe, whose firm Brackwater Hill Crushers (Pvt) Ltd quarries near "
              "Gweru, said fuel had doubled. Lerato Orchards (Pty) Limited, a fruit grower, agreed.")
    assert k.get("Brackwater Hill Crushers (Pvt) Ltd") == "organisation"
    assert k.get("Lerato Orchards (Pty) Limited") == "organisation"
    for w in ("Ltd", "Pvt", "Brackwater Hill Crushers", "Limited"):
        assert w not in k, w


def test_a_title_word_opening_a_name_with_a_legal_form_is_part_of_it():
    k = kinds("Paving delayed.\n\nEngineers said the paving order went to Sri Durga Anantha Constructions Pvt Ltd "
              "last year.")
    assert k.get("Sri Durga Anantha Constructions Pvt Ltd") == "organisation"
    assert "Durga Anantha Constructions Pvt Ltd" not in k


def test_a_firm_of_partners_with_a_professional_suffix_is_one_name():
    k = kinds("Levy queried.\n\nAttorney Mo Devlin, of Tibbet, Crane & Osler PLLC, opened for the school. Its "
              "bookkeepers, Pellow, Marsh & Ferrand CPAs, gave no answer by Friday.")
    assert k.get("Tibbet, Crane & Osler PLLC") == "organisation"
    assert k.get("Pellow, Marsh & Ferrand CPAs") == "organisation"
    for w in ("Tibbet", "Crane & Osler PLLC", "Pellow, Marsh & Ferrand", "CPAs"):
        assert w not in k, w


def test_a_party_word_after_the_for_of_a_body_is_a_field_of_its_name():
    k = kinds("Pay flat.\n\nIdris Penhale, who heads research at the Institute for Labour and Coastal Studies, "
              "expects no rise.")
    assert k.get("Institute for Labour and Coastal Studies") == "organisation"
    assert "Coastal Studies" not in k and "Institute for Labour" not in k


def test_members_for_a_cause_or_of_a_place_with_a_legal_form_are_one_body():
    k = kinds("Arena vote.\n\nDunmore Ratepayers for Open Books will take the council to court. Ana Ruiz of Oyster "
              "Growers of Pell Bay Inc. said harvests fell. Bernie Sanders for President was a slogan.")
    assert k.get("Dunmore Ratepayers for Open Books") == "organisation"
    assert k.get("Oyster Growers of Pell Bay Inc.") == "organisation"
    assert "Open Books" not in k and "Pell Bay Inc." not in k
    assert k.get("Bernie Sanders") == "person"


def test_an_organisation_word_after_a_common_word_opens_a_name_with_of_the():
    k = kinds("Pay talks.\n\nTalks will resume next week, a spokesman for the Teaching Federation of the Western "
              "Fells said.")
    assert k.get("Teaching Federation of the Western Fells") == "organisation"
    assert "Western Fells" not in k


def test_a_plural_possessive_and_capitalised_words_ending_in_a_body_word_are_one_name():
    k = kinds("Fares row.\n\nMembers of the Porters' and Kindred Crafts Union walked out on Monday.")
    assert k.get("Porters' and Kindred Crafts Union") == "organisation"
    assert "Porters" not in k and "Kindred Crafts Union" not in k


def test_dutch_and_gaelic_surnames_with_particles_stay_whole():
    k = kinds("Ferry cuts.\n\nHarbour convener Cllr Eilidh Nic a’ Bhàird, chairing the board, said cuts were "
              "unavoidable. Dr Marijke van der Sloot, an economist at the port, disagreed.")
    assert k.get("Eilidh Nic a’ Bhàird") == "person" and k.get("Marijke van der Sloot") == "person"
    for w in ("Eilidh Nic", "Bhàird", "Marijke", "Sloot"):
        assert w not in k, w


def test_a_form_of_address_and_dotted_titles_are_no_actors():
    k = kinds("Bridge funds released.\n\nOpening the bridge, the governor of Jigawa State, His Excellency Alhaji Sani "
              "Lawan-Dikko, thanked the engineers. The project's legal adviser, Barr. Chioma Ude-Nnaji, praised the "
              "builders. Site manager Er. Suman Lal Karki agreed. Judge Barr said she would rule on Friday.")
    assert k.get("Sani Lawan-Dikko") == "person" and k.get("Chioma Ude-Nnaji") == "person"
    assert k.get("Suman Lal Karki") == "person"
    for w in ("Excellency", "Barr.", "Er"):
        assert w not in k, w
    assert k.get("Barr") == "person"  # a surname without the full stop


def test_a_state_before_its_governor_and_states_after_a_list_are_places():
    k = kinds("Grants approved.\n\nThe scheme covers Jigawa, Gombe and Yobe states. The Gombe State governor said "
              "digging in the Sarvo valley would begin in May.")
    assert k.get("Jigawa") == "place" and k.get("Yobe") == "place" and k.get("Sarvo") == "place"
    assert k.get("Gombe State") == "place" or k.get("Gombe") == "place"
    assert all(v == "place" for n, v in k.items() if n.startswith("Gombe"))


def test_a_place_ending_in_a_possessive_and_a_saints_short_form():
    k = kinds("Walkout vote.\n\nThe fishers' council gathered in St. John's last week. Porters at St. Aldric's "
              "Community Hospital in Kelby voted to walk out. A porter at St. Aldric's said rotas were unfair.")
    assert k.get("St. John") == "place"
    assert k.get("St. Aldric's Community Hospital") == "organisation"
    assert "St. Aldric" not in k


def test_a_dateline_with_a_full_stop_and_a_place_with_a_lower_case_word_inside():
    df = find_mentions(Article.from_text(
        "Bus fares row\n\nDAR ES SALAAM. BUS owners have asked the Kelby Transit Authority to delay a fare cap. "
        "Most commuters in Dar es Salaam ride minibuses every day."))
    got = set(zip(df["text"], df["name"], df["kind"]))
    assert ("DAR ES SALAAM", "Dar es Salaam", "place") in got and ("Dar es Salaam", "Dar es Salaam", "place") in got
    assert not any(n in ("Dar", "Salaam", "DAR ES SALAAM") for n in df["name"])


def test_a_member_of_parliament_unnamed_or_after_a_seat_and_before_a_title():
    k = kinds("Levy passes.\n\nTom Brack, a backbench MP and a member of the finance panel, objected. Hollins MP "
              "Mr Baraka Athumani Kitwana asked the agency to explain.")
    assert "MP" not in k and "Hollins MP" not in k
    assert k.get("Hollins") == "place" and k.get("Baraka Athumani Kitwana") == "person"


def test_stacked_initials_open_a_persons_name_or_a_road_across_a_sentence_split():
    k = kinds("Sewer row.\n\nShopkeepers petitioned the ward engineer, H.S. Suresh Kamath, for repairs. Buses on "
              "T.K. Road crawled. The U.S. Senate voted.")
    assert k.get("H.S. Suresh Kamath") == "person" and k.get("T.K. Road") == "place"
    assert "H.S." not in k and "T.K." not in k and "Suresh Kamath" not in k


def test_a_unit_after_a_number_with_decimals_is_no_actor():
    k = kinds("Clinic waits grow.\n\nRadiographers said the 3.0 Tesla machine at the clinic broke down twice in May.")
    assert "Tesla" not in k


def test_a_world_town_no_cue_types_is_a_place_when_placed():
    # the world gazetteer (mentions_world_places.txt.gz) knows these towns; stakeholders_places.txt does not
    assert kinds("Homes in Kitwe's eastern suburbs lost power again, Jo Tembo said.")["Kitwe"] == "place"
    k = kinds("Smuggled gold leaves the country through Mutare or Chinhoyi every week, an official said.")
    assert k["Mutare"] == "place" and k["Chinhoyi"] == "place"  # (the second as a list mate of the first)
    k = kinds('"We need more buses," said Ama Doe, a sophomore from Visalia who works nights.')
    assert k["Visalia"] == "place" and k["Ama Doe"] == "person"
    assert kinds("The Ridgecrest, Calif., native has raised $2 million, Jo Roe said.")["Ridgecrest"] == "place"


def test_a_world_place_of_two_words_is_a_place_before_a_noun():
    k = kinds("A report by the Kuala Terengganu research firm Orbitline Data found that sales fell.")
    assert k["Kuala Terengganu"] == "place" and k["Orbitline Data"] == "organisation"


def test_a_world_town_that_is_a_surname_or_acts_is_no_place():
    assert kinds("Critics said the Jackson plan would fail. Jackson said it would not.")["Jackson"] == "person"
    assert kinds("Warren voted against the bill in the Senate.")["Warren"] != "place"
    assert kinds("The mayor said Visalia owed the state money.").get("Visalia") != "place"


def test_a_common_word_after_a_year_is_a_dated_thing_not_an_actor():
    k = kinds("Days before she unveils the 2028 Budget, Treasury Minister Dr Ana Strand answered readers' questions. "
              "The Budget is due in June.")
    assert "Budget" not in k and k["Ana Strand"] == "person"
    assert "Budget" not in kinds("The 2026-27 Budget, Treasurer Ann Roe said, is tight.")


def test_court_and_county_officers_are_titles_before_a_name():
    k = kinds("Magistrate Doe denied bail. Sheriff Roe agreed, and Coroner Poe ruled on the death.")
    assert k == {"Doe": "person", "Roe": "person", "Poe": "person"}


def test_a_role_word_opening_a_sentence_before_an_unlisted_given_name_is_cut_off():
    assert kinds("Patient Rudo Chikwanha waited six hours.") == {"Rudo Chikwanha": "person"}
    # (a word capitalised inside a sentence too stays: it may open a body's name)
    assert "Patient Liaison Office" in kinds("Patient Ama Roe waited. The Patient Liaison Office said no.")


def test_a_universitys_full_name_after_a_student_body_of_is_found_without_the_organ():
    k = kinds("A motion from the Associated Students of Ardmore State University Council passed 9-4 on Friday.")
    assert k.get("Ardmore State University") == "organisation" and "Ardmore State University Council" not in k
    assert kinds("The Ardmore State University Council met.").get("Ardmore State University Council") == "organisation"


def test_two_bodies_sharing_a_field_list_after_and_keep_it_whole():
    k = kinds("Staff at the Ministry of Lands and Land Reform Affairs were told on Monday. The union wrote to the "
              "Select Committee on Lands and Land Reform Affairs asking for a hearing.")
    assert k.get("Ministry of Lands and Land Reform Affairs") == "organisation"
    assert k.get("Select Committee on Lands and Land Reform Affairs") == "organisation"
    assert "Land Reform Affairs" not in k and "Ministry of Lands" not in k
    # (a part written alone elsewhere still makes two names)
    assert "Fox News" in kinds("Jane Doe and Fox News were sued. Fox News said it would fight.")


def test_an_adjective_or_abstract_noun_opening_a_sentence_before_a_role_and_a_name_is_no_employer():
    k = kinds("A hearing into the roof collapse went on on Tuesday. Defence counsel Rhea Sandoval Ibarra said the "
              "contractor held every licence. Shoppers were shaken, a guard said. Civic campaigner Omar Zein "
              "Fakhoury called for a review.")
    assert "Defence" not in k and "Civic" not in k
    assert k["Rhea Sandoval Ibarra"] == "person" and k["Omar Zein Fakhoury"] == "person"
    # (a word with no such shape, or capitalised inside a sentence too, may be the employer)
    k = kinds("The vote was close, staff said. Kelbridge professor Ann Roe said the Kelbridge board erred.")
    assert "Kelbridge" in k


def test_a_place_phrase_after_a_comma_is_no_appositive():
    k = kinds("A barn was flattened in Tarnwick, near a site earmarked for a new bank.")
    assert k.get("Tarnwick") == "place"


def test_an_ordinal_in_figures_before_a_cross_or_main_road_makes_a_street():
    k = kinds("Water poured into shops on 3rd Cross overnight, traders said. On 3rd Cross, the gutter spilled over.")
    assert k.get("Cross") == "place"


def test_a_countrys_constitution_alone_is_a_document_not_an_actor():
    k = kinds("Lawyers argued that section 9 of the Constitution protects the tenants. The Ardenian Constitution "
              "is silent on rent. The Constitution Party disagreed.")
    assert "Constitution" not in k and "Ardenian Constitution" not in k
    assert k.get("Constitution Party") == "organisation"


def test_travelling_from_a_name_is_a_weak_cue_of_a_place():
    assert kinds("\"I came from Tarnwick on the first bus,\" said Moushumi Khatun, a packer.") == {
        "Tarnwick": "place", "Moushumi Khatun": "person"}


def test_a_brand_shaped_word_after_a_and_before_a_preposition_is_a_thing():
    k = kinds("Staff learned of the closure through a TeamsCall on Monday. \"Nobody should hear that in a "
              "TeamsCall at lunchtime,\" said Ann Roe.")
    assert k.get("TeamsCall") != "organisation" and k["Ann Roe"] == "person"


def test_a_surname_that_is_a_function_word_closes_a_name_inside_a_sentence():
    k = kinds("\"The price is too low,\" co-operative treasurer Mrs Grace Wanjiru Were told members. \"We will wait.\"")
    assert k.get("Grace Wanjiru Were") == "person" and "Grace Wanjiru" not in k
    # (not before more capitalised words, a title of a work, nor opening a sentence)
    k = kinds("Critics liked Jane Doe Still Waiting. Were they right, asked Tom Bell.")
    assert "Jane Doe Still Waiting" not in k and "Jane Doe Still" not in k


def test_a_surname_that_is_a_function_word_closes_a_given_name_alone_inside_a_sentence():
    k = kinds("The columnist Gail Will was scathing about the plan. \"It cannot last,\" Will wrote.")
    assert k.get("Gail Will") == "person" and "Gail" not in k
    assert kinds("Conservative columnist Tom Still reignited the feud on Monday.").get("Tom Still") == "person"
    # (not a given name opening a sentence, nor across a stop, nor a lower-case word)
    assert "Grace Was" not in kinds("Grace Was the song of the summer.")
    k = kinds("I met Anna on Friday. Will she stay in Leeds?")
    assert "Anna Will" not in k and k.get("Anna") == "person"
    assert "Tom Will" not in kinds("Tom will stay in Leeds, his sister Ann Roe said.")
    assert "Ann Roe May" not in kinds("Ann Roe may stay in Leeds, her brother said.")
    assert "Jo Doe Then" not in kinds("Jo Doe then left for Leeds, his sister said.")


def test_an_apostrophe_closing_a_given_name_is_part_of_the_name():
    k = kinds("Dr Ochieng' Barasa, a soil scientist, said the rains were late. Barasa said so again.")
    assert k.get("Ochieng' Barasa") == "person" and "Ochieng" not in k
    # (a single quotation that closes is no part of a name)
    assert "‘Kelby Truther’ Jane Doe" not in kinds("‘Kelby Truther’ Jane Doe spoke on Monday.")


def test_a_south_asian_word_for_a_party_ends_a_bodys_name():
    k = kinds("Opposition leader Arun Mehta of the Navya Janapara Paksha (NJP) walked out. The ruling bloc holds "
              "96 seats and the NJP 71.")
    assert k.get("Navya Janapara Paksha") == "organisation" and k["Arun Mehta"] == "person"


def test_a_member_of_the_house_of_keys_or_a_legislative_council_is_a_member():
    k = kinds("Westvale MHK Jo Pelloe moved a motion. Northfield Central MHK Dr Ana Rolt said it came too late. The "
              "amendment, moved by Health Minister Paul Orrell-Doe MHK, was carried. Orrell-Doe said he was glad.")
    assert k["Westvale"] == "place" and k["Jo Pelloe"] == "person" and k["Ana Rolt"] == "person"
    assert k["Paul Orrell-Doe"] == "person" and "Paul Orrell-Doe MHK" not in k
    assert k.get("Northfield Central") in (None, "place")  # a seat named by its part of a town, not a person


def test_a_seat_and_a_members_letters_name_a_place_and_no_actor():
    k = kinds("Replying for the opposition, the St. Arden North West MP asked why the tax was needed. Then the "
              "Brackley MP backed the motion.")
    assert k.get("St. Arden North West") == "place" and k.get("Brackley") == "place"
    assert not any(n.endswith(" MP") for n in k)


def test_a_territory_or_a_country_by_its_form_of_state_is_a_place():
    k = kinds("A Gibraltar lender was fined on Monday. \"Gibraltar's reputation rests on strict rules,\" said Jo "
              "Doe. He said the fine would go towards the Principality's new port.")
    assert k["Gibraltar"] == "place" and k["Principality"] == "place"


def test_a_world_town_after_a_comma_and_of_is_where_a_body_is_based():
    k = kinds("The sale was handled by a broker, Dune Bridge Partners W.L.L., of Nizwa.")
    assert k["Nizwa"] == "place"


def test_a_world_town_describing_a_named_firm_is_a_place():
    k = kinds("Town near Viljandi backs bond\n\nThe town council, just outside Viljandi, voted on Monday. The "
              "study, prepared by Viljandi firm Tamme Konsult OÜ, was upbeat. He said they had hired the Bodmin "
              "solicitors Trevan, Polgrean & Co.")
    assert k["Viljandi"] == "place" and k["Bodmin"] == "place"
    assert k["Tamme Konsult OÜ"] == "organisation"


def test_a_world_town_listed_with_places_is_a_place_whatever_noun_follows_it():
    k = kinds("Members in Dorset, Wiltshire and Yeovil will see higher prices, the co-op said. One Yeovil supplier "
              "said it helped.")
    assert k["Yeovil"] == "place"


def test_a_list_of_plural_trades_inside_a_bodys_name_stays_in_it():
    k = kinds("The secretary of the Guild of Boat Builders, Riggers and Sailmakers of Arcadia, Ms Jo Doe, said "
              "orders were down. The Federation of Bakers, Grocers and Butchers of Kelby (FBGBK) renewed its plea. "
              "The Bank of England, Barclays and HSBC declined to comment.")
    assert k["Guild of Boat Builders, Riggers and Sailmakers of Arcadia"] == "organisation"
    assert k["Federation of Bakers, Grocers and Butchers of Kelby"] == "organisation"
    assert "Riggers" not in k and "Grocers" not in k
    assert k["Bank of England"] == "organisation" and k["Barclays"] == "organisation"


def test_demonyms_of_small_countries_and_peoples_are_no_organisations():
    k = kinds("Most of the miners are Basotho who cross the border each week, Jo Doe said. Faroese trawlers fish "
              "nearby. Kelby Farm, run by Mennonite families, sells eggs.")
    assert "Basotho" not in k and "Faroese" not in k and "Mennonite" not in k


def test_forms_of_address_and_a_constable_alone_are_titles():
    k = kinds("Refusing the adjournment, his Honour said the delay was unfair. The Constable of Arden parish "
              "abstained. \"We must act,\" the Constable said.")
    assert "Honour" not in k and "Constable" not in k


def test_an_engineers_title_opens_no_name():
    k = kinds("The utility's new director, Eng. Khalfan bin Khamis Al Mahrouqi, takes over in May. Eng. Al Mahrouqi "
              "said tariffs would stay.")
    assert "Eng" not in k and k.get("Khalfan bin Khamis Al Mahrouqi") == "person"


def test_a_currency_code_and_an_amount_is_no_actor():
    k = kinds("Kelby Textiles closed at VNĐ18,500 on Friday, and Zeta Group sought USD3bn from lenders.")
    assert "VNĐ18" not in k and "USD3bn" not in k


def test_a_short_caption_label_line_names_no_actor():
    k = kinds("Mill to close\n\nPIC: Staff outside the mill gates at dusk. PIC: TOM KIRWAN\n\n"
              "About 200 jobs will go, managers said.")
    assert "Pic" not in k and "PIC" not in k


def test_a_portfolio_of_enterprise_or_commerce_before_a_minister_names_no_body():
    k = kinds("The grant scheme, defended by Enterprise Minister Lou Baines, survived a vote. Commerce Secretary Rob "
              "Tully agreed.")
    assert "Enterprise" not in k and "Commerce" not in k and k["Lou Baines"] == "person"


def test_a_list_of_fields_before_a_bodys_word_is_one_name():
    k = kinds("The Timber, Furniture and Joinery Workers Union (TFJWU) will strike. The Kelby Tourism, Catering and "
              "Events Association (KTCEA) backed the plan.")
    assert k["Timber, Furniture and Joinery Workers Union"] == "organisation"
    assert k["Kelby Tourism, Catering and Events Association"] == "organisation"
    assert "Furniture" not in k and "Kelby Tourism" not in k


def test_initials_that_spell_a_states_postal_code_open_a_persons_name():
    """'M.S.', 'K.S.' and 'T.N.' are postal codes of US states but, with full stops before a name, a person's
    initials (the stylebook's state abbreviations with full stops, 'N.J.', 'S.C.', stay places)."""
    from analysis import find_stakeholders

    art = Article.from_text("Officials met in Bellmont on Monday. M.S. Varadarajan, the board's treasurer, said the "
                            "accounts were in order. T.N. Kolluri, an auditor, disagreed. The firm is based in "
                            "Camden, N.J. Its chairman did not comment.")
    found = dict(zip(find_stakeholders(art)["name"], find_stakeholders(art)["kind"]))
    assert found.get("M.S. Varadarajan") == "person" and found.get("T.N. Kolluri") == "person"
    assert [k for n, k in found.items() if n.startswith("N.J.")] == ["place"]


def test_and_area_or_and_district_closes_a_community_body_named_of_a_place():
    k = kinds("Plans for a quarry were passed on Tuesday. Concerned Residents of Dunmore and Area, a group set up in "
              "June, will appeal. Friends of Rushby and District agreed.")
    assert k["Concerned Residents of Dunmore and Area"] == "organisation"
    assert k["Friends of Rushby and District"] == "organisation"
    assert "Dunmore" not in k


def test_a_road_word_before_a_number_or_code_is_a_road_not_a_body_or_product():
    k = kinds("The depot will sit beside Road 12E, near the grain elevator. Lorries would join Highway 3 at the "
              "junction.")
    assert k["Road"] == "place" and k.get("Highway", "place") == "place"


def test_a_plural_of_a_trade_opening_a_standfirst_line_is_no_actor():
    k = kinds("Wool prices fall for a third month\n\nShearers say the Vellmark Board 'has forgotten them'\n\n"
              "The Shearers and Wool Handlers Association of Vellmark said on Monday that prices fell again.\n\n"
              "Related Stories\nGraziers brace for a dry winter\n")
    assert "Shearers" not in k and "Graziers" not in k


def test_an_office_of_a_government_field_with_no_name_is_no_actor():
    k = kinds("The dispute now goes before the Labour Commissioner, the union said. It has also petitioned the "
              "Chief Labour Officer. Labour leader Ned Hale called it unfair.")
    assert "Labour Officer" not in k
    assert k["Labour"] == "organisation" and k["Ned Hale"] == "person"
    k = kinds("Miners appealed to the Labour Commissioner. Boat owners wrote to the Fisheries Inspector.")
    assert "Labour" not in k and "Fisheries" not in k


def test_one_word_alone_on_the_first_line_is_the_section_label():
    k = kinds("Orchards\n\nApple growers face a late frost\n\nBy Jo Pell, Orchards Editor\n\n"
              "The Kelby Fruit Growers Association said on Monday that the frost would cut yields.")
    assert "Orchards" not in k
    assert k["Kelby Fruit Growers Association"] == "organisation"


def test_a_role_word_opening_a_sentence_before_a_person_of_a_body_gives_both():
    k = kinds("Rents fell. Economist Ilse Dornbach-Veil of Harbour Lane Analytics expects a slowdown.")
    assert k["Ilse Dornbach-Veil"] == "person"
    assert k["Harbour Lane Analytics"] == "organisation"


def test_joint_stock_legal_forms_and_a_vietnamese_syllable_that_is_an_english_word():
    k = kinds("The arranger, Thiên An Capital JSC, will call bondholders. Tula Cement OJSC and "
              "Kazan Flour CJSC signed too.")
    assert k["Thiên An Capital JSC"] == "organisation"
    assert k["Tula Cement OJSC"] == "organisation" and k["Kazan Flour CJSC"] == "organisation"


def test_a_role_word_opening_a_sentence_before_an_unlisted_name_and_of_a_body():
    k = kinds("Rents fell. Economist Tjiuma Kandjii-Hoaeb of Harbour Lane Analytics expects a slowdown.")
    assert k["Harbour Lane Analytics"] == "organisation"
    assert "Tjiuma Kandjii-Hoaeb" in k


def test_a_company_named_after_its_street_address_keeps_the_number():
    k = kinds("Records show 415 Hawthorn Owner LLC bought the offices at 415 Hawthorn Blvd. in Tulsa last spring "
              "from Quill Estates LLC. Shops near Birch Hollow Park shut, and the Birch Hollow mall emptied.")
    assert k["415 Hawthorn Owner LLC"] == "organisation"
    assert k["Hawthorn Blvd"] == "place"
    assert k["Birch Hollow"] == "place"


def test_a_ridge_after_a_word_that_is_no_given_name_is_a_place():
    k = kinds("Villagers near the Koropa Ridge copper pit want compensation, the inquiry heard. "
              "Former governor Tom Ridge was not involved.")
    assert k["Koropa Ridge"] == "place"
    assert k["Tom Ridge"] == "person"


def test_the_polynesian_o_between_words_that_are_not_english_joins_one_name():
    k = kinds("Keoni Palakiko, who chairs the fishing trust Hui Mālama Kai o Hamakua, spoke first. "
              "Farmers of Kelby said the River o Clay was low.")
    assert k["Hui Mālama Kai o Hamakua"] == "organisation"
    assert "River o Clay" not in k


def test_a_legal_form_after_a_comma_or_a_dotted_form_continues_the_company_name():
    names = set(find_mentions(Article.from_text(
        "Harlow Tide Machinery Co., Ltd. said it would cut jobs. Brindle Capital Pte. Ltd. owns a stake. "
        "Marrow Feeds, LLC and Tolland Grain, Inc. agreed. Ortiz, Vela & Ramos CPA, PSC audited the books. "
        "Corvane Farm Lending, ACA lent the money."))["name"])
    assert {"Harlow Tide Machinery Co., Ltd.", "Brindle Capital Pte. Ltd.", "Marrow Feeds, LLC",
            "Tolland Grain, Inc.", "Ortiz, Vela & Ramos CPA, PSC", "Corvane Farm Lending, ACA"} <= names
    assert not names & {"Ltd.", "LLC", "Inc.", "PSC", "ACA"}


def test_a_dateline_place_the_gazetteer_knows_and_a_release_wire_dateline_are_places():
    k = kinds("MONROVIA - The Tarnwood Civil Court ruled on Tuesday that the firm must pay.")
    assert k["Monrovia"] == "place" and "MONROVIA" not in k
    k = kinds("TARNVILLE, N.D., June 8, 2027 /Plains Business Wire/ -- Dakota Grain Cooperative said it would merge.")
    assert k["Tarnville"] == "place" and k["Plains Business Wire"] == "organisation"


def test_a_name_closed_by_a_region_word_is_a_place():
    k = kinds("Work in the Western Province and the Ayeyarwady Region stopped, farmers in Kelso Governorate said.")
    assert k["Western Province"] == "place" and k["Ayeyarwady Region"] == "place" and k["Kelso Governorate"] == "place"


def test_ethiopian_and_spanish_forms_of_address_are_titles_not_names():
    k = kinds("Traders said so. Ato Kebede Alemu, an exporter, said the queue was long. Farmers agreed. "
              "Wzo. Almaz Tesfaye and W/ro Hirut Bekele agreed. His lawyer, Lcda. Marisol Ortega Ruiz, objected.")
    assert k["Kebede Alemu"] == "person" and k["Almaz Tesfaye"] == "person" and k["Hirut Bekele"] == "person"
    assert k["Marisol Ortega Ruiz"] == "person"
    assert not set(k) & {"Ato Kebede Alemu", "Wzo", "W/ro", "Lcda"}


def test_thai_and_malay_forms_of_address_before_a_given_name_are_titles_not_names():
    k = kinds("A bakery will close, its owner said. \"The rent doubled,\" said Khun Somsak Wattanakorn, who runs it. "
              "Cik Aminah Yusof, a regular customer, said she would miss it.")
    assert k["Somsak Wattanakorn"] == "person" and k["Aminah Yusof"] == "person"
    assert not set(k) & {"Khun Somsak Wattanakorn", "Cik Aminah Yusof"}


def test_dotted_ranks_and_clergy_titles_are_no_names():
    k = kinds("A mill closed. Fr. Tomas Quill, a priest, and Maj. Ann Reyes, a retired officer, agreed.")
    assert k["Tomas Quill"] == k["Ann Reyes"] == "person"
    assert not set(k) & {"Fr", "Maj", "Fr. Tomas Quill", "Maj. Ann Reyes"}


def test_currency_letters_time_zones_and_tag_and_contact_labels_are_no_names():
    k = kinds("The insurer Harlow Mill is worth about KD 61.8 million, Jane Roe said at 9am GMT.\n\n"
              "15:42 JST, May 21, 2027\n\nTags: cane growers, Harlow Mill, labour\n\n"
              "Media Contacts:\nHarlow Mill: Jane Roe, 555-0100")
    assert k["Harlow Mill"] == "organisation" and k["Jane Roe"] == "person"
    assert not set(k) & {"KD", "GMT", "JST", "Tags", "Media Contacts"}


def test_resident_and_circuit_qualify_a_judge_and_comrade_is_a_form_of_address():
    k = kinds("The court sat in Tarnville and fined the Harlow Rubber Company.\n\n"
              "Resident Circuit Judge Tobli K. Warsen-Dahn handed down the ruling. Circuit Judge Ann Moll agreed. "
              "Comrade Yatta B. Kollie-Sumo, the union leader, agreed.")
    assert k["Tobli K. Warsen-Dahn"] == "person" and k["Ann Moll"] == "person"
    assert k["Yatta B. Kollie-Sumo"] == "person"
    assert "Resident Circuit" not in k and "Comrade Yatta B. Kollie-Sumo" not in k


def test_a_legal_form_closes_a_company_name_before_and():
    names = set(find_mentions(Article.from_text(
        "Donors included H. K. Marsh & Company, Inc. and Marsh International, and Tarn Holdings Ltd and Roe "
        "Capital."))["name"])
    assert {"H. K. Marsh & Company, Inc.", "Marsh International", "Tarn Holdings Ltd", "Roe Capital"} <= names


def test_a_union_or_association_name_goes_on_through_a_second_of_the():
    names = set(find_mentions(Article.from_text(
        "The Union of Dockworkers of the Port of Tarnos called a strike. The Association of Placer Miners and "
        "Prospectors of the Kelso objected."))["name"])
    assert {"Union of Dockworkers of the Port of Tarnos",
            "Association of Placer Miners and Prospectors of the Kelso"} <= names
    assert "Tarnos" not in names and "Kelso" not in names


def test_a_firm_named_after_partners_with_a_foreign_and_or_a_practice_word():
    names = set(find_mentions(Article.from_text(
        "The firm Warsen, Dahn & Associates Law Chambers filed it. Lawyers at Marel, Viret & Associés and "
        "Nowak, Zielinska i Wspólnicy agreed."))["name"])
    assert {"Warsen, Dahn & Associates Law Chambers", "Marel, Viret & Associés",
            "Nowak, Zielinska i Wspólnicy"} <= names
    assert not names & {"Law Chambers", "Marel", "Nowak", "Zielinska"}


# --- session 16: places the story never marks as such, names of bodies cut or split --------------------------------

def test_towns_of_the_gazetteer_listed_after_a_preposition_are_places():
    k = kinds("Growers paid for transport from Alnwick and Morpeth. Ships were diverted to Hexham and Kendal, and "
              "trucks waited.")
    assert all(k.get(t) == "place" for t in ("Alnwick", "Morpeth", "Hexham", "Kendal"))


def test_the_far_end_of_a_route_from_a_place_is_a_place():
    k = kinds("Protesters gathered near Vantoa on Tuesday. The estate feeds villages from Vantoa to Orruvai.")
    assert k["Vantoa"] == "place" and k["Orruvai"] == "place"


def test_a_works_or_a_plot_at_a_name_stands_at_a_place():
    k = kinds("The manager said the factory at Penrith would open on Monday. Plans include new housing plots at "
              "Corran Hill.")
    assert k.get("Penrith") == "place" and k.get("Corran Hill") == "place"


def test_a_person_from_a_name_lives_at_a_place():
    k = kinds("One borrower, a teacher from Nowe Pola who asked not to be named, said the ruling came late.")
    assert k.get("Nowe Pola") == "place"


def test_a_body_name_ending_in_an_organisation_word_is_the_longer_body_it_ends():
    df = find_mentions(Article.from_text(
        "First Nation says it was ignored. The Tarnwater River First Nation was given ten days to reply. The "
        "First Nation's lawyers wrote to the board."))
    orgs = df[df["kind"] == "organisation"]
    assert set(orgs["name"]) == {"Tarnwater River First Nation"}


def test_a_foreign_body_name_goes_on_through_its_particles_and_joining_words():
    names = set(find_mentions(Article.from_text(
        "Regulators took over the Cooperativa de Ahorro y Crédito Vallemar on Friday. The head of the Asociación "
        "de Cooperativas del Sur, Ana Ruiz, called it a shock."))["name"])
    assert {"Cooperativa de Ahorro y Crédito Vallemar", "Asociación de Cooperativas del Sur"} <= names
    assert not names & {"Sur", "Cooperativa de Ahorro", "Crédito Vallemar", "Asociación de Cooperativas"}


def test_an_abbreviation_of_lower_case_words_names_a_thing_not_a_body():
    k = kinds("Staff at Tarn Mills rejected the voluntary retirement scheme (VRS) on Monday. The company said the "
              "VRS was generous. The Kelby Water Board (KWB) agreed.")
    assert "VRS" not in k
    assert k.get("Kelby Water Board") == "organisation"


def test_a_thai_surname_goes_on_through_na_and_the_place_of_its_line():
    df = find_mentions(Article.from_text(
        "“It is a longer wait,” said the group’s coordinator, Ms Kanda Srisuwan na Songkhla. Srisuwan na "
        "Songkhla said holders would vote."))
    people = df[df["kind"] == "person"]
    assert set(people["name"]) == {"Kanda Srisuwan na Songkhla"}


def test_the_field_of_an_office_is_no_body():
    k = kinds("The Deputy Mayor in charge of Urban Renewal, Jo Kamanzi, met traders. The Minister of Fisheries and "
              "the Ocean Economy, Hon. Tomas Vell, said talks would go on. She is responsible for the Kelby Water "
              "Board.")
    assert not {"Urban Renewal", "Ocean Economy", "Fisheries"} & set(k)
    assert k.get("Kelby Water Board") == "organisation"


def test_a_body_name_takes_its_own_name_in_quotation_marks_after_it():
    names = set(find_mentions(Article.from_text(
        'Borrowers are backed by the Association of Kelby Savers "Fair Play for Savers", which filed the case. '
        'Margaret "Peggy" Olsson said the union "Solidarity" would help.'))["name"])
    assert 'Association of Kelby Savers "Fair Play for Savers"' in names
    assert "Association of Kelby Savers" not in names and "Margaret Olsson" in names


def test_the_board_of_a_company_named_by_legal_form_or_abbreviation_is_the_company():
    k = kinds("Tom Wahl, Chairman of the Board of KFSA, said the vote was close. The Board of Tarn Farms Inc. met "
              "on Monday, and the Board of Education agreed. KFSA shares rose.")
    assert k.get("KFSA") == "organisation" and k.get("Tarn Farms Inc.") == "organisation"
    assert "Board of KFSA" not in k and "Board of Tarn Farms Inc." not in k
    assert k.get("Board of Education") == "organisation"


def test_a_party_field_before_minister_and_a_name_is_the_portfolio():
    k = kinds("Labour Minister Anouk Feltz-Mair said she would meet the union on Monday.")
    assert k.get("Anouk Feltz-Mair") == "person" and "Labour" not in k
    assert kinds("The Labour MP Jo Bell disagreed.").get("Labour") == "organisation"  # a party's member
    k = kinds("The former Labour Minister Ruth Ambler said the plan was weak. The shadow Labour Secretary Ian Pask "
              "agreed.")
    assert k.get("Labour") == "organisation" and k.get("Ruth Ambler") == "person" and k.get("Ian Pask") == "person"


def test_a_call_to_follow_the_site_on_a_social_network_is_page_furniture():
    k = kinds("The Tarn Water Board said the loan was delayed, Kelby Post reported.\n"
              "Follow Kelby Post on Facebook and X and never miss an update!\n")
    assert "X" not in k and "Facebook" not in k
    assert k.get("Tarn Water Board") == "organisation"


def test_a_shouted_section_word_above_the_headline_and_a_bracketed_credit_line_are_furniture():
    k = kinds("Issue 12 | Monday, 4 May\n\nMARKETS\n\nTarn Holdings Ltd raises prices\n\n"
              "Tarn Holdings Ltd said prices would rise.\n\n(KNA)\n")
    assert "MARKETS" not in k and "KNA" not in k
    assert k.get("Tarn Holdings Ltd") == "organisation"


def test_a_body_name_goes_on_through_for_the():
    names = set(find_mentions(Article.from_text(
        "The National Council for the Welfare of Hill Farmers and Forest Workers, a volunteer group, said wages "
        "were low."))["name"])
    assert "National Council for the Welfare of Hill Farmers and Forest Workers" in names
    assert not names & {"National Council", "Forest Workers", "Welfare"}


def test_a_town_name_without_its_city_word_is_that_place():
    k = kinds("The mine lies south of Varnock City, near the river. The chief spoke by phone from Varnock.")
    assert k.get("Varnock City") == "place" and k.get("Varnock") == "place"


def test_a_british_spelling_of_a_common_word_opening_a_sentence_is_no_name():
    k = kinds("The head of the Tarn Licence Holders' Association agreed. The catch fell by half. Licence fees will "
              "fall by £2m.")
    assert "Licence" not in k
    assert k.get("Tarn Licence Holders' Association") == "organisation"


def test_a_plural_land_form_alone_is_a_place():
    k = kinds("The committee argued over whether to fill the gap from the Islands' reserves or from cuts.")
    assert k.get("Islands") == "place"


def test_feasts_of_the_world_calendars_are_times_not_bodies():
    k = kinds("The Kelby Teachers Union will meet the minister again after the Eid holiday. Shops close over "
              "Songkran and reopen before Diwali.")
    assert not {"Eid", "Songkran", "Diwali"} & set(k)
    assert k.get("Kelby Teachers Union") == "organisation"


def test_names_between_an_owner_and_a_plural_noun_are_its_sites():
    k = kinds("Marrow Rubber Ltd said the closure of its Vantoa and Orruvai divisions was caused by ageing trees.")
    assert k.get("Vantoa") == "place" and k.get("Orruvai") == "place"
    assert k.get("Marrow Rubber Ltd") == "organisation"
    k = kinds("Its Kelby and Tarno plants will close, Marrow Rubber Ltd said.")
    assert k.get("Kelby") == "place" and k.get("Tarno") == "place"


def test_names_between_an_owner_and_a_plural_of_no_site_are_not_places():
    k = kinds("The fund sold its Vodafone and Orange shares. The union deleted its Facebook posts.")
    assert k.get("Vodafone") == "organisation" and k.get("Orange") == "organisation"
    assert k.get("Facebook") != "place"


def test_a_name_before_a_street_word_of_another_language_is_a_street():
    k = kinds("Anna Kask, who chairs the association of a building on Varne tänav, said residents paid more.")
    assert k.get("Varne") == "place" and k.get("Anna Kask") == "person"


def test_a_currency_code_before_an_amount_ends_a_company_name():
    k = kinds("The court fined Tarn Trading AG CHF 4.2 million. The regulator fined Kelby Bank GHS 2 million.")
    assert k.get("Tarn Trading AG") == "organisation" and k.get("Kelby Bank") == "organisation"
    assert "Kelby Bank GHS" not in k


def test_the_last_town_of_a_place_list_after_a_preposition_is_a_place_though_a_verb_follows():
    k = kinds("Growers in Dedza, Ntcheu and Salima said prices were low. Workers 40km from Morogoro said pay was "
              "late.")
    assert k.get("Salima") == "place" and k.get("Morogoro") == "place"


def test_a_body_formal_name_that_speaks_is_kept_though_named_once():
    k = kinds("The Kwatsi Lisims Government and the Tsawalk-Nuumi Nation said the pipeline plan ignored First "
              "Nations rights.")
    assert k.get("Tsawalk-Nuumi Nation") == "organisation"


def test_a_name_ending_in_a_plural_of_people_is_their_body_not_a_person():
    k = kinds("Mr Banda, who heads Varno Tobacco Growers, said subsidies had been cut.")
    assert k.get("Varno Tobacco Growers") == "organisation"


def test_a_unit_named_by_common_words_after_head_of_is_no_body():
    k = kinds("The head of Corporate Communications, Ama Owusu-Tetteh, said the bank would pay. The director of "
              "Tarn Research Ltd agreed.")
    assert "Corporate Communications" not in k and k.get("Tarn Research Ltd") == "organisation"


def test_a_mosque_or_a_synagogue_is_a_congregation_not_a_person():
    k = kinds("Sheikh Ali Warsame of Kelby Mosque and Rabbi Ann Roth of Tarn Synagogue said the levy was unfair.")
    assert k.get("Kelby Mosque") == "organisation" and k.get("Tarn Synagogue") == "organisation"


def test_where_something_spread_or_was_diverted_to_is_a_place():
    k = kinds("The strike spread to Kelso on Monday. Ships were diverted to Tarbes.")
    assert k.get("Kelso") == "place" and k.get("Tarbes") == "place"


def test_a_bank_a_crisis_spread_to_is_no_place():
    k = kinds("The crisis spread to Credit Suisse and then to Deutsche Bank.")
    assert k.get("Credit Suisse") == "organisation"


def test_a_name_far_before_based_and_a_share_capital_of_a_firm_are_no_place():
    k = kinds("Regulators fined Kelbix and a larger Vell-based bank on Monday. The share capital of Tarnwell was "
              "raised to $5m.")
    assert k.get("Kelbix") == "organisation" and k.get("Tarnwell") == "organisation"


def test_a_swahili_body_name_goes_on_through_its_of_words():
    names = set(find_mentions(Article.from_text(
        "The Chama cha Wafanyakazi wa Mashamba said members would strike. Its leader, Juma Mussa, said talks "
        "had failed."))["name"])
    assert "Chama cha Wafanyakazi wa Mashamba" in names and "Mashamba" not in names


def test_an_analyst_from_a_name_names_an_employer_and_a_sum_is_no_distance():
    k = kinds("An analyst from Tarnwell said the bank was weak. The firm raised $300m from Varnock last year.")
    assert k.get("Tarnwell") == "organisation" and k.get("Varnock") == "organisation"


def test_a_town_named_by_an_area_or_by_the_gazetteer_and_never_acting_is_a_place():
    # an area named after a town, or the port of a town, whether or not the gazetteer knows it
    k = kinds("Workers at the Varnoka industrial estate walked out. Grain left the port of Tessaly, on Monday.")
    assert k.get("Varnoka") == "place" and k.get("Tessaly") == "place"
    # a town of the world gazetteer placed once, then named as a company's home
    k = kinds("The Mbale company behind the plant said it would hire 40 people. Trucks carry the coffee to Mbale.")
    assert k.get("Mbale") == "place"
    k = kinds("A Tarbes bike maker will close. Sales fell, said Jo Pons.")
    assert k.get("Tarbes") == "place"
    # a name that acts stays an actor
    k = kinds("Tessaly said on Monday it would sell the port. Shares in Tessaly rose.")
    assert k.get("Tessaly") == "organisation"


def test_dotted_lower_case_and_bracketed_legal_forms_close_one_company_name():
    names = set(find_mentions(Article.from_text(
        "Gulf Pearl Trading Co. B.S.C. (c) said profits rose. Kelbek Gida Sanayi ve Ticaret A.Ş. posted a "
        "loss. Nordur Fiskur hf. signed the deal. The land belongs to Riverbend Storage Partners, L.P., a "
        "partnership."))["name"])
    assert {"Gulf Pearl Trading Co. B.S.C. (c)", "Kelbek Gida Sanayi ve Ticaret A.Ş.", "Nordur Fiskur hf",
            "Riverbend Storage Partners, L.P."} <= names
    assert not names & {"Kelbek Gida Sanayi", "L.P.", "Nordur Fiskur"}


def test_a_foreign_and_between_two_companies_with_their_own_legal_forms_joins_nothing():
    k = kinds("Acme Ltd i Tarno AG merged.")
    assert k.get("Acme Ltd") == "organisation" and k.get("Tarno AG") == "organisation"


def test_surnames_listed_with_an_ampersand_are_one_firm():
    k = kinds("Lawyers at Marquez, Dunham & Ortiz, PLLC represent the growers. Counsel of Ballard, Moreno & Quint "
              "said the appeal would fail.")
    assert k.get("Marquez, Dunham & Ortiz, PLLC") == "organisation" and "Marquez" not in k
    assert k.get("Ballard, Moreno & Quint") == "organisation" and "Ballard" not in k


def test_a_list_in_prose_with_an_ampersand_is_no_firm():
    k = kinds("Floods hit London, Leeds & York on Monday. Oil majors Chevron, Exxon & Shell said prices would rise.")
    assert k.get("London") == "place" and k.get("Chevron") == "organisation"
    assert not {"London, Leeds & York", "Chevron, Exxon & Shell"} & set(k)
    k = kinds("The grower has hired Tarno-based Ferrer, Quint & Ballo, PLLC, to talk to lenders.")
    assert k.get("Ferrer, Quint & Ballo, PLLC") == "organisation"


def test_styles_party_roles_post_nominals_and_unit_short_forms_alone_are_no_actor():
    k = kinds("HRH Chief Tanyi Obase, the paramount ruler, said the fees were fair. \"We will see,\" Alh. Bojang "
              "said. The Board is not persuaded that the Applicant has shown the costs to be prudent. \"Loans must "
              "change,\" said Mr. Peter Ladd Rose, SLC, chairman of the Kelby Credit Union. Staff were sent home, "
              "according to Kelby County Commissioner Pct. 3 Rosa Delgado-Ruiz.")
    assert not {"HRH", "Alh", "Applicant", "SLC", "Pct"} & set(k)
    assert k.get("Tanyi Obase") == "person" and k.get("Peter Ladd Rose") == "person"
    assert k.get("Rosa Delgado-Ruiz") == "person"


def test_a_nickname_after_a_title_and_an_okina_keep_one_person():
    k = kinds("Company President Roberto \"Beto\" Garza de la Vega said jobs were safe. The president of the union, "
              "Mr. Marcel \"Max\" Joseph-Dubois, welcomed the fund. The chief executive, Dr Sela ʻOfa Taufa, said "
              "the deal was fair.")
    assert k.get("Roberto Garza de la Vega") == "person" and "Roberto" not in k
    assert k.get("Marcel Joseph-Dubois") == "person" and "Marcel" not in k
    assert k.get("Sela ʻOfa Taufa") == "person" and "Sela" not in k and "Taufa" not in k


def test_and_inside_a_body_named_for_members_of_two_places_or_closed_by_a_legal_form():
    k = kinds("The Kelby Port Users' and Ship Agents' Association welcomed the rules. Residents of Tarno face higher "
              "bills. Jo Doe, chairman of the Tarno and Vell Residents’ Association, said Tarno would suffer. The "
              "buyer, Varno Waste and Water Solutions S.A.L., takes over in May.")
    assert k.get("Kelby Port Users' and Ship Agents' Association") == "organisation"
    assert k.get("Tarno and Vell Residents’ Association") == "organisation"
    assert k.get("Varno Waste and Water Solutions S.A.L.") == "organisation"
    assert not {"Kelby Port Users", "Ship Agents' Association", "Vell Residents’ Association",
                "Water Solutions S.A.L."} & set(k)


def test_a_company_closed_by_a_lower_case_legal_form_is_no_place():
    k = kinds("Homes on the Varmavik Sudurlands hf. district heating network will pay more, said Jo Doe.")
    assert k.get("Varmavik Sudurlands hf") == "organisation"


def test_an_appositive_after_a_town_placed_by_in_describes_another():
    k = kinds("At the signing in Mbale, the board's chairman, Hon. Jo Kato, said the deal was fair. Wang Li, who spent "
              "nine years as an engineer at a motor maker in Tarbes, has been deputy general manager since 2019.")
    assert k.get("Mbale") == "place" and k.get("Tarbes") == "place"
    assert k.get("Jo Kato") == "person" and k.get("Wang Li") == "person"


def test_fields_in_commas_before_members_plural_possessive_and_a_short_form_of_a_dotted_company():
    k = kinds("The Kelby Garment, Textile and Allied Workers' Union said members were dismissed. The buyer, Tarno "
              "Waste and Water Solutions S.A.L., takes over in May. Tarno Waste said it would hire.")
    assert k.get("Kelby Garment, Textile and Allied Workers' Union") == "organisation"
    assert k.get("Tarno Waste and Water Solutions S.A.L.") == "organisation"
    assert not {"Kelby Garment", "Textile and Allied Workers' Union", "Water Solutions S.A.L.", "Tarno Waste"} & set(k)


def test_three_words_before_a_list_of_fields_and_a_members_cooperative():
    k = kinds("The fund was set up with the Saint Kelby Banana, Cocoa and Root Crops Growers' Co-operative Society "
              "Limited, the bank said.")
    assert k.get("Saint Kelby Banana, Cocoa and Root Crops Growers' Co-operative Society Limited") == "organisation"
    assert "Saint Kelby Banana" not in k


def test_the_name_a_person_goes_by_is_that_person():
    df = find_mentions(Article.from_text(
        "He will hand control to his daughter, Chen Mei-ling (陳美玲), who goes by Stella. Stella said the plan was "
        "brave. The coach, Jo Tanaka, known as Taka, said the team was ready."))
    names = dict(zip(df["text"], df["name"]))
    assert names.get("Stella") == "Chen Mei-ling" and names.get("Taka") == "Jo Tanaka"


def test_a_town_by_its_council_waters_by_their_last_word_and_a_company_by_its_legal_form():
    k = kinds("The municipal council of Tel el-Varno voted to reopen the plant. Rubbish from Tel el-Varno is taken "
              "to a landfill. The community has fished Kelby Sound for generations. Bondholders led by Marden Road "
              "Holdings LLP opposed the sale. Marden Road declined to comment.")
    assert k.get("Tel el-Varno") == "place" and k.get("Kelby Sound") == "place"
    assert k.get("Marden Road Holdings LLP") == "organisation"


def test_a_sum_after_a_one_letter_currency_sign_and_an_officers_division_word_are_no_actor():
    names = set(find_mentions(Article.from_text(
        "Tenants will be charged roughly E52 extra per quarter.\n\n\"Nobody here can find E52,\" Jo Dlamini "
        "said.\n\nA retired teacher says she lacks a further E52 a week. The Chief Divisional Officer for Kelby, "
        "Mrs Ama Mensah, opened the hall."))["name"])
    assert "E52" not in names and "Divisional Officer" not in names
    assert {"Jo Dlamini", "Ama Mensah"} <= names


def test_continental_academic_titles_with_a_full_stop_are_no_names():
    k = kinds("The site manager, Ing. Walter Brunnhuber, said the work was late. The prosecutor, Mag. Petra Lindner, "
              "disagreed. The judge, Mag. Dr. Eva Moosbrugger, ruled on Friday. Its engineer, Dipl.-Ing. Karin "
              "Oberleitner, declined to comment. The dike-reeve, Ir. Joris Akkerman, said the dike would hold. The "
              "hospital's director, Conf. univ. dr. Andrei Popescu-Lazar, told reporters the ward would close.")
    for name in ("Walter Brunnhuber", "Petra Lindner", "Eva Moosbrugger", "Karin Oberleitner", "Joris Akkerman",
                 "Andrei Popescu-Lazar"):
        assert k[name] == "person"
    for title in ("Ing", "Mag", "Dipl", "Ir", "Conf", "Mag. Dr"):
        assert title not in k


def test_egyptian_and_portuguese_forms_of_address_are_titles():
    k = kinds("The headman, Hagg Mahmoud Abdel-Salam, said fares had doubled. Dona Fernanda, as neighbours call her, "
              "agreed. The clinic's director, Dr.ª Beatriz Costa Pereira, said the boat was safe.")
    assert k["Mahmoud Abdel-Salam"] == "person" and k["Beatriz Costa Pereira"] == "person"
    assert "Hagg Mahmoud Abdel-Salam" not in k and "Dona Fernanda" not in k


def _entity_forms(text: str) -> dict:
    from analysis.mentions import entities
    return {e.name: (e.kind, set(e.forms)) for e in entities(Article.from_text(text))}


def test_an_initial_glued_to_a_given_name_is_a_person_and_the_name_alone_the_same():
    e = _entity_forms("The mill was founded by D.Batmunkh in 1994. \"We had nothing,\" Batmunkh said. His sister, "
                      "Ts.Oyuntuya, runs the shop. Oyuntuya said the family would keep it. Kh.Enkhjargal, the "
                      "association's president, praised him.")
    assert e["D.Batmunkh"] == ("person", {"D.Batmunkh", "Batmunkh"})
    assert e["Ts.Oyuntuya"] == ("person", {"Ts.Oyuntuya", "Oyuntuya"})
    assert e["Kh.Enkhjargal"][0] == "person"
    assert "Batmunkh" not in e and "Oyuntuya" not in e


def test_a_central_asian_patronymic_keeps_the_name_whole():
    e = _entity_forms("The rector, Sardor Ilhom o'g'li Yusupov, called the decision unfair. Yusupov said the "
                      "university would appeal. A student, Malika Akmal qizi Rashidova, said she was worried.")
    assert e["Sardor Ilhom o'g'li Yusupov"] == ("person", {"Sardor Ilhom o'g'li Yusupov", "Yusupov"})
    assert e["Malika Akmal qizi Rashidova"][0] == "person"
    assert "Sardor Ilhom" not in e and "Malika Akmal" not in e


def test_a_foreign_body_s_name_keeps_its_comma_list_and_its_and_and_of_words():
    k = kinds("The board of Waterschap Maas, Waal en Dijkland voted on Tuesday. Members of the Sindicato dos "
              "Trabalhadores das Indústrias Têxteis, Vestuário e Afins do Centro walked out. Staff of the Sindicatul "
              "Liber al Personalului Sanitar și Auxiliar voted. A letter came from the Asociația Mamelor și Copiilor "
              "din Vaslui.")
    assert k["Waterschap Maas, Waal en Dijkland"] == "organisation"
    assert k["Sindicato dos Trabalhadores das Indústrias Têxteis, Vestuário e Afins do Centro"] == "organisation"
    assert k["Sindicatul Liber al Personalului Sanitar și Auxiliar"] == "organisation"
    assert k["Asociația Mamelor și Copiilor din Vaslui"] == "organisation"
    assert "Waal" not in k and "Dijkland" not in k and "Vestuário" not in k


def test_foreign_legal_forms_with_full_stops_close_the_whole_company_name():
    k = kinds("The factory belongs to Corticeira Ferreira Lopes de Matos, S.A., which employs 300 people. The ferries "
              "are run by Middle Delta River Transport and Tourism Company S.A.E., a state firm. The contract went to "
              "Van Dalen Waterbouw en Infrastructuur B.V., a dredging firm.")
    assert k["Corticeira Ferreira Lopes de Matos, S.A."] == "organisation"
    assert k["Middle Delta River Transport and Tourism Company S.A.E."] == "organisation"
    assert k["Van Dalen Waterbouw en Infrastructuur B.V."] == "organisation"
    assert "S.A." not in k and "Infrastructuur B.V." not in k


def test_a_law_firm_of_partners_in_other_languages_and_its_legal_form_is_one_name():
    k = kinds("The company was represented by Hakobyan, Sargsyan and Partners Law Firm LLC, which said it would "
              "appeal. A lawyer for the parents, Ilhom Karimov of the firm Karimov, Usmonov va Hamkorlari, said they "
              "would sue. Their notary, Jo Bauer of Bauer, Lenz und Partner, agreed.")
    assert k["Hakobyan, Sargsyan and Partners Law Firm LLC"] == "organisation"
    assert k["Karimov, Usmonov va Hamkorlari"] == "organisation"
    assert k["Bauer, Lenz und Partner"] == "organisation"
    assert k["Ilhom Karimov"] == "person" and "LLC" not in k and "Usmonov" not in k


def test_an_app_used_as_a_channel_is_no_organisation_but_the_company_is():
    k = kinds("She wrote on Facebook that the fees were unfair. He posted a video on TikTok. Jo Doe said in a "
              "Telegram post that staff were there. Parents set up a WhatsApp group.")
    assert k["Jo Doe"] == "person"
    for w in ("Facebook", "TikTok", "Telegram", "WhatsApp"):
        assert w not in k
    assert kinds("The regulator imposed a ban on TikTok, which plans to appeal.")["TikTok"] == "organisation"


def test_a_sum_glued_to_its_currency_letters_and_a_numbered_road_are_no_organisations():
    k = kinds("Fares rose from LE3 to LE5 and a room costs KD40. \"Two hours a day on the DN15,\" she said. Lorries "
              "queued along the N7 near Kelby.")
    for w in ("LE3", "LE5", "KD40", "DN15", "N7"):
        assert w not in k


def test_an_arabic_word_for_a_village_or_a_valley_opens_a_place():
    k = kinds("Fares from Kom El-Ahmar rose last week. Villagers in Nazlet Saleh and Deir El-Salam said the ferry was "
              "late. Farmers near Kafr Mansour and Wadi Qena agreed.")
    for w in ("Kom El-Ahmar", "Nazlet Saleh", "Deir El-Salam", "Kafr Mansour", "Wadi Qena"):
        assert k[w] == "place"


def test_a_body_of_two_places_people_and_a_villages_consortium_keep_their_and():
    k = kinds("The Upper Tarn Villages Transport and Freight Consortium said flights would resume. Members of the "
              "Kelby and Orrin Counties Farmers and Water Users Association voted against the plan. The Marra and "
              "Tolu Landowners and Affected Persons Association said it would appeal.")
    assert k["Upper Tarn Villages Transport and Freight Consortium"] == "organisation"
    assert k["Kelby and Orrin Counties Farmers and Water Users Association"] == "organisation"
    assert k["Marra and Tolu Landowners and Affected Persons Association"] == "organisation"
    assert "Kelby" not in k and "Marra" not in k and "Freight Consortium" not in k


def test_a_name_after_a_role_of_a_named_body_and_a_comma_is_a_person():
    k = kinds("The chairman of the Kelby and Orrin Farmers Association, Pa Morlai Sahr Bangura-Kai, said the houses "
              "were too small.")
    assert k["Morlai Sahr Bangura-Kai"] == "person"  # ("Pa", an elder's title since session 48, as the story sets
    # write such names: "Aiah Sahr Fomba-Tucker" for "Pa Aiah Sahr Fomba-Tucker")


def test_a_part_of_the_land_or_sea_with_of_is_one_place_and_may_open_a_body_s_name():
    k = kinds("Piracy in the Gulf of Aden fell. Ships crossed the Strait of Hormuz. Amina Yusuf, an economist at the "
              "Gulf of Tarn Institute for Trade and Logistics, said so.")
    assert k["Gulf of Aden"] == "place" and k["Strait of Hormuz"] == "place"
    assert k["Gulf of Tarn Institute for Trade and Logistics"] == "organisation"
    assert "Horn" not in k and "Africa Institute for Trade and Logistics" not in k


def test_pacific_and_african_currency_letters_before_an_amount_are_no_names():
    k = kinds("The grant, worth about VT 9,000 per student, was late. The miner paid NLe 11.4 million in compensation.")
    assert "VT" not in k and "NLe" not in k


def test_a_continental_law_firm_of_partners_and_its_practice_word_is_one_name():
    k = kinds("The residents' lawyer, mr. Sanne de Vries-Kok of De Vries, Kok & Brandsma Advocaten, said the deadline "
              "was fragile. The bank hired Moreau & Lefebvre Avocats.")
    assert k["De Vries, Kok & Brandsma Advocaten"] == "organisation"
    assert k["Moreau & Lefebvre Avocats"] == "organisation"
    assert k["Sanne de Vries-Kok"] == "person" and "De Vries" not in k


def test_a_compound_s_first_part_with_its_hyphen_and_and_stays_in_the_name():
    k = kinds("The shipyard workers' union, Vestland Verft- og Maskinarbeiderforening, said it would strike. The Kelby "
              "Groß- und Einzelhandelsverband agreed.")
    assert k["Vestland Verft- og Maskinarbeiderforening"] == "organisation"
    assert k["Kelby Groß- und Einzelhandelsverband"] == "organisation"
    assert "Vestland Verft" not in k and "Maskinarbeiderforening" not in k


def test_a_list_closed_by_and_and_a_firm_tail_word_opening_a_name_is_no_partners_firm():
    k = kinds("Bids came from Blackstone, KKR and Partners Group, people familiar with the matter said.")
    assert "Blackstone, KKR and Partners" not in k
    assert k.get("Partners Group") == "organisation"


def test_an_app_as_the_object_of_a_verb_with_on_is_the_company():
    assert kinds("Ofcom called on Telegram to remove the video.").get("Telegram") == "organisation"
    k = kinds("The minister published guidance on Telegram, the Home Office said.")
    assert k.get("Telegram") == "organisation"


def test_arabic_valley_spring_and_well_words_are_given_names_too():
    assert kinds("Wadi Haddad told Reuters the bank would expand.").get("Wadi Haddad") == "person"
    assert kinds("Bir Bahadur Singh said the factory in Punjab would close.").get("Bir Bahadur Singh") == "person"
    assert kinds("Ain Seppik, the Estonian minister, met Jo Doe.").get("Ain Seppik") == "person"


def test_a_body_after_a_role_of_another_body_and_a_comma_is_no_person():
    assert kinds("The owner of The Sun, News UK, said it would cut jobs.").get("News UK") == "organisation"
    assert kinds("The head of Barclays, Lloyds, said it would cut jobs.").get("Lloyds") == "organisation"


def test_a_state_s_letters_after_a_place_and_a_comma_are_no_legal_form():
    k = kinds("Santos, which runs a plant near Port Augusta, S.A., said output fell.")
    assert "Port Augusta, S.A." not in k and k.get("Port Augusta") == "place"


def test_univ_with_a_full_stop_inside_a_body_s_name_is_no_title():
    k = kinds("Researchers at Cambridge Univ. Hospitals said the trial worked.")
    assert "Cambridge" not in k and any(n.startswith("Cambridge Univ") and v == "organisation" for n, v in k.items())
    assert "Oxford" not in kinds("A book from Oxford Univ. Press was cited by Jo Doe.")


def test_a_place_abbreviation_glued_to_a_place_is_no_name_with_glued_initials():
    k = kinds("Fans flew into Ft.Lauderdale, American Airlines said.")
    assert k.get("Ft.Lauderdale") != "person"
    assert k.get("American Airlines") == "organisation"


def test_drs_before_surnames_is_doctors_not_a_body():
    k = kinds("Drs. Smith and Jones said the vaccine was safe.")
    assert k.get("Smith") == "person" and "Drs" not in k


def test_arabic_valley_spring_and_well_words_open_a_place_before_the_arabic_article():
    k = kinds("Rubbish from Ain el-Tarnou and two villages piles up. Farmers in Wadi al-Kelbi lost their crops.")
    assert k.get("Ain el-Tarnou") == "place" and k.get("Wadi al-Kelbi") == "place"


# --- session 17 -------------------------------------------------------------------------------------------------

def test_a_surname_that_is_a_common_word_after_a_quoted_nickname_stays_in_the_name():
    k = kinds('Harold "Hal" Field, who runs the bakery, said prices rose. Field said flour cost more. '
              'State Del. Mabel "Mab" Price said the bill would pass.')
    assert k.get("Harold Field") == "person" and "Harold" not in k
    assert k.get("Mabel Price") == "person" and "Mabel" not in k


def test_a_body_of_two_places_joined_by_and_keeps_both_places():
    k = kinds("The Stonemasons Guild of England and Wales said on Monday it would appeal. "
              "The Oyster Growers of Scotland and Ireland backed it.")
    assert k.get("Stonemasons Guild of England and Wales") == "organisation" and "Wales" not in k
    assert k.get("Oyster Growers of Scotland and Ireland") == "organisation"
    assert kinds("The Bank of England and France's central bank met.").get("France") == "place"


def test_a_peer_s_title_names_a_place_after_of():
    k = kinds("The party chairman, Lord Tamworth of Kelbridge, said the result was a blow. "
              "Baroness Pellow of Tarnby said the bill was flawed.")
    assert k.get("Tamworth of Kelbridge") == "person" and "Kelbridge" not in k
    assert k.get("Pellow of Tarnby") == "person"


def test_a_gazetteer_town_after_a_number_or_quantifier_and_before_a_noun_is_a_place():
    k = kinds("The party will stand candidates in all five Ashburton seats. Its leader, Jo Bell, said so.")
    assert k.get("Ashburton") == "place"


def test_the_street_or_centre_of_a_town_places_it():
    k = kinds("What matters is what gets spent in the main street of Ashburton, he said. Jo Bell agreed.")
    assert k.get("Ashburton") == "place"


def test_a_compass_word_opening_a_two_word_name_makes_no_person():
    k = kinds("Members met in the West Block on Monday. Ferries to South Kelbo were cancelled. Oliver North spoke.")
    assert k.get("West Block") == "place" and k.get("South Kelbo") == "place"
    assert k.get("Oliver North") == "person"


def test_a_print_edition_note_and_a_writer_s_contact_line_are_furniture():
    text = ("Kelby Foods agreed on Monday to buy a rival, its chief executive, Jo Tarn, said.\n\n"
            "Jo Marren-Lodge writes about retail from Kelby. Connect with Jo on Twitter. Email Jo at jm@example.com\n\n"
            "A version of this article appears in print on Dec. 2, Section B, Page 1 with the headline: "
            "Grocers Agree to Merge, Setting Up Antitrust Fight. Order Reprints | Today's Paper")
    k = kinds(text)
    assert "Jo Marren-Lodge" not in k and "Email Jo" not in k and "Section B" not in k
    assert not any("Antitrust" in n or n == "Merge" for n in k)
    assert k.get("Kelby Foods") == "organisation" and k.get("Jo Tarn") == "person"


def test_et_after_a_clock_time_is_no_name():
    assert "ET" not in kinds("The deal closes at 4 p.m. ET on Friday, Kelby Foods said.")


def test_a_party_named_by_an_idea_and_a_party_plural_after_the_is_a_body():
    k = kinds("The motion was backed by the Labour Unionists and the Greens. The Green Liberals' candidate, "
              "Tom Bell, conceded. The Senate Republicans and the Texas Democrats met.")
    assert k.get("Labour Unionists") == "organisation" and k.get("Green Liberals") == "organisation"
    assert "Green" not in k and k.get("Republicans") == "group" and k.get("Texas") == "place"


def test_members_of_a_party_named_by_its_body_word_give_the_party():
    k = kinds("Mr Bell told a private meeting of Kelby Party MPs on Monday that the plan was costed. "
              "Tory MPs disagreed.")
    assert k.get("Kelby Party") == "organisation" and k.get("Tory MPs") == "group"


def test_a_colour_word_opening_every_mention_of_a_name_is_the_name_s_own():
    for colour in ("Blue", "Red"):  # (written in lower case too: "a blue room"; "Red" no participle in "-ed")
        text = (f"{colour} Lake Power says the freeze will force it to borrow more. The board met on Monday in a "
                f"{colour.lower()} room. {colour} Lake Power Corporation, which supplies 600,000 homes, had applied "
                f"for a rise. \"The minister knows that. {colour} Lake Power knows that,\" he said.")
        k = kinds(text)
        assert k.get(f"{colour} Lake Power Corporation") == "organisation" and "Lake Power Corporation" not in k


def test_a_campaign_for_a_cause_of_a_place_is_one_body():
    k = kinds("The Campaign for Clean Lakes and Streams of the Tarn Valley said the fine was too low.")
    assert k.get("Campaign for Clean Lakes and Streams of the Tarn Valley") == "organisation"
    assert "Tarn Valley" not in k and "Clean Lakes" not in k


def test_a_name_before_a_by_election_or_a_constituency_is_the_seat():
    k = kinds("The New Harbour Party has won the Tarnford North by-election. Who is Jo Bell, Tarnford North's new "
              "MP? The Kelby constituency was won by Tom Ash.")
    assert k.get("Tarnford North") == "place" and k.get("Kelby") == "place"
    assert k.get("New Harbour Party") == "organisation"


def test_a_pension_or_retirement_plan_is_an_investor_not_a_plan():
    k = kinds("The Kelby Teachers' Pension Plan said it had sold its stake. The Tarnside Nurses and Public "
              "Servants Retirement Plan holds 4% of the shares. The Marshall Plan was a success.")
    assert k.get("Kelby Teachers' Pension Plan") == "organisation"
    assert k.get("Tarnside Nurses and Public Servants Retirement Plan") == "organisation"
    assert "Marshall Plan" not in k


def test_an_age_of_history_is_no_actor():
    assert "Middle Ages" not in kinds("Cheese was made here in the Middle Ages, Jo Bell said.")


def test_a_role_before_a_name_after_a_place_and_a_comma_is_the_next_name_s():
    k = kinds("In Kwigamuk, tribal administrator Marie Tolson said flights were cut.")
    assert k.get("Kwigamuk") == "place" and k.get("Marie Tolson") == "person"
    k = kinds("Parents said the rule changed. Senior State Counsel Ruvini Pathirage, appearing for the Attorney "
              "General, said the State would show the method was fair.")
    assert any("Ruvini Pathirage" in n and v == "person" for n, v in k.items())  # (a title goes on after the role)


def test_a_household_from_a_name_places_it():
    k = kinds("A family from Penrhyn or Tarnuka often has nobody, Jo Bell said.")
    assert k.get("Penrhyn") == "place" and k.get("Tarnuka") == "place"


def test_an_owner_s_holdings_named_for_a_region_before_another_noun():
    k = kinds("Tallow Resources has written down its Kelbara lithium assets by $1.1 billion, Jo Bell said.")
    assert k.get("Kelbara") == "place" and k.get("Tallow Resources") == "organisation"


def test_land_named_after_its_range_or_region_is_a_place():
    assert kinds("The ruling would protect firefighters in the Sierra foothills, Jo Bell said.").get("Sierra") == "place"


def test_a_name_then_in_and_a_country_between_commas_is_a_town():
    k = kinds("He sends most of his pay home to Tarnuka, in Vanuatu, where his wife is building a house, Jo Bell said.")
    assert k.get("Tarnuka") == "place"


def test_a_firm_named_for_its_partners_after_firm_of():
    k = kinds("Kelby Foods was advised by Castle Row Advisors and the law firm of Pell, Harrow and Ostrick.")
    assert k.get("Pell, Harrow and Ostrick") == "organisation" and "Pell" not in k


def test_a_bank_and_trust_company_is_one_body():
    k = kinds("The panel pressed the former chief executive of Kelby Bank and Trust Company over bonuses.")
    assert k.get("Kelby Bank and Trust Company") == "organisation" and "Trust Company" not in k


def test_a_river_named_after_bank_of_the_or_along_the_is_a_place():
    k = kinds("Villagers on the east bank of the Kelbo have been left without a crossing, Jo Bell said. "
              "At least 30 other crossings along the Kelbo were at risk.")
    assert k.get("Kelbo") == "place"
    assert kinds("The board approved a dike upgrade along the Tarnek, Jo Bell said.").get("Tarnek") == "place"


def test_a_name_after_a_company_s_legal_form_and_of_is_where_it_is_based():
    k = kinds("Jo Bell, whose family firm, Lanificio Bello & Figli S.r.l. of Tarnella, has bought yarn since 1998, "
              "said prices rose.")
    assert k.get("Tarnella") == "place" and k.get("Lanificio Bello & Figli S.r.l.") == "organisation"


def test_a_watchdog_s_office_named_by_its_remit_with_no_person_after_is_a_body():
    k = kinds("She said her party would ask the Parliamentary Ethics Commissioner to investigate. "
              "The Energy Billing Standards Ombudsman said the code was breached.")
    assert k.get("Parliamentary Ethics Commissioner") == "organisation"
    assert k.get("Energy Billing Standards Ombudsman") == "organisation"
    k = kinds("The Kelby Police Commissioner said no. Parliamentary Ethics Commissioner Jo Bell said yes.")
    assert "Kelby Police Commissioner" not in k and k.get("Jo Bell") == "person"


# --- session 17, round 2: names whose family name is not the last word; seats before a member's name ----------

def names_forms(text: str) -> dict:
    df = find_mentions(Article.from_text(text))
    return {n: sorted(set(g["text"])) for n, g in df.groupby("name")}


def test_a_family_name_inside_a_longer_name_after_mr_or_ms_is_that_person():
    f = names_forms("Analyst Bernard Goh Wen Jie of Tarn Bank said rates would rise. \"It is early,\" said Mr Goh. "
                    "Its chief, Mr Azlan Hakim Yusof, said the deal was signed. Mr Hakim said no more.")
    assert f["Bernard Goh Wen Jie"] == ["Bernard Goh Wen Jie", "Goh"]
    assert f["Azlan Hakim Yusof"] == ["Azlan Hakim Yusof", "Hakim"]
    assert "Goh" not in f and "Hakim" not in f


def test_a_month_written_inside_a_chinese_name_does_not_cut_it():
    f = names_forms("Ms Alice Tan May Ling, a trader, said stocks fell. Analyst Kevin Ong Jun Hao agreed. "
                    "Mr Ong said more. Sales rose in May Parliament said.")
    assert "Alice Tan May Ling" in f and f["Kevin Ong Jun Hao"] == ["Kevin Ong Jun Hao", "Ong"]


def test_a_name_the_given_name_list_lacks_after_an_office_of_a_field():
    k = kinds("Minister of State for Transport Zindzi Okafor-Lee said fares would rise. "
              "Senior Minister of State for Trade Promotion Xolani Dube agreed.")
    assert k["Zindzi Okafor-Lee"] == "person" and k["Xolani Dube"] == "person"


def test_a_nationality_word_after_bin_is_the_father_s_name():
    f = names_forms("In Doha, Nasser bin Turki Al Kelbi, chairman of Tarn Holdings, said the bank was sound.")
    assert "Nasser bin Turki Al Kelbi" in f


def test_a_surname_opened_by_a_lower_case_particle_alone_is_the_person():
    f = names_forms("Tarn Oil chief executive Omar bin Saeed al-Kelbani told a conference it would pay. "
                    "\"We have storage,\" al-Kelbani said.")
    assert f["Omar bin Saeed al-Kelbani"] == ["Omar bin Saeed al-Kelbani", "al-Kelbani"]


def test_the_seat_and_then_the_member_s_name_after_mp_for_are_two():
    k = kinds("Independent TD for Kelby West Sorcha Nic Giolla, who raised the cuts, said it was wrong. "
              "The Labour MP for Hexley Moor Janet Rowe agreed.")
    assert k["Sorcha Nic Giolla"] == "person" and k["Janet Rowe"] == "person"
    assert k.get("Kelby West") == "place" and k.get("Hexley Moor") == "place"


def test_oil_grades_and_government_bonds_are_prices_not_bodies():
    k = kinds("Brent crude futures rose $1.10 to $80.02 a barrel, and U.S. West Texas Intermediate futures gained "
              "$1.05. Kelby Power priced its bonds at 1.2 points over Treasuries; German Bunds rallied. "
              "Brent Okafor, an analyst at Tarn Securities, said demand was firm. They raised their Brent forecast.")
    assert not {"Brent", "U.S. West Texas Intermediate", "West Texas Intermediate", "Treasuries", "Bunds",
                "German Bunds"} & set(k)
    assert k["Kelby Power"] == "organisation" and k["Brent Okafor"] == "person"


# --- bylines, bios, credits and channels: the story's own staff and the means of a message are no actors ---------

def test_a_byline_name_over_a_role_or_time_stamp_and_a_bio_line_are_furniture():
    text = ("Tarn growers fight water charge\n\nMilo Fenwick-Hart\nUpdated June 3 2025 - 4:30pm\n\n"
            "A grower stands in her orchard. Picture by Anouk Verhoeven-Lyle\n\n"
            "Tarn Water said the charge was fair. Grower Dana Pike disagreed.\n\n"
            "Milo Fenwick-Hart\nRural reporter\n"
            "Milo covers farming and water across the Tarn Valley. Send news tips to milo@tarntimes.example\n\n"
            "Bexley Okoro-Vance is a senior writer at Tarn Monthly covering water and the people who use it.\n")
    k = kinds(text)
    assert "Dana Pike" in k and "Tarn Water" in k
    assert not {"Milo Fenwick-Hart", "Milo", "Anouk Verhoeven-Lyle", "Bexley Okoro-Vance"} & set(k)


def test_a_newsletter_sign_off_and_written_by_line_are_furniture():
    text = ("Good morning. Kelby Foods had a bad day.\n\nKelby Foods chief Jo Marsh said costs rose.\n\n"
            "That's all for today.\n\nPernille\n\n"
            "The Morning Ledger is written by Pernille Oduya-Strand. Nothing in it is advice.\n")
    k = kinds(text)
    assert "Jo Marsh" in k and not {"Pernille", "Pernille Oduya-Strand"} & set(k)


def test_a_network_named_by_a_letter_after_on_and_an_app_beside_email_are_channels():
    k = kinds("Analyst Jo Marsh put it bluntly on X before the open. Kelby Foods did not answer questions "
              "sent by email and WhatsApp. Follow the Ledger on X at @ledger and sign up to our newsletter here.")
    assert "Jo Marsh" in k and "Kelby Foods" in k
    assert "X" not in k and "WhatsApp" not in k


# --- offices named with their body, and members unnamed ------------------------------------------------------------

def test_an_office_of_a_body_abbreviation_is_the_body_alone():
    k = kinds("Dr Amina Yusuf Al Kelbi, Chief Investment Officer of TQIA, said the fund was patient. "
              "The National Chairman of the KPRC, Chief Tunde Okafor-Bello, welcomed the senator.")
    assert k["TQIA"] == "organisation" and k["KPRC"] == "organisation"
    assert "Chief Investment Officer of TQIA" not in k and "National Chairman of the KPRC" not in k


def test_a_cabinet_secretary_and_a_party_s_member_unnamed_are_no_bodies():
    k = kinds("The seat fell vacant after the death of the riding's long-time Liberal MP, who served 20 years. "
              "Agriculture CS Jo Kamau said arrears would be paid. \"I will act,\" the CS told the Senate.")
    assert "MP" not in k and "CS" not in k and k["Jo Kamau"] == "person"


def test_a_known_place_and_a_compass_word_and_a_senatorial_district_are_seats():
    k = kinds("Senator Jo Adeyemi, who represents Ibadan North Senatorial District, said wards were moved out of "
              "Ibadan South-West. \"They cheated Ibadan South,\" he said. Oliver North was not there.")
    assert k["Ibadan North Senatorial District"] == "place" and k["Ibadan South-West"] == "place"
    assert k["Ibadan South"] == "place" and k["Oliver North"] == "person"


def test_a_field_and_a_modifier_before_an_office_name_no_employer():
    k = kinds("Jo Doe left the Kelby Democratic Alliance (KDA) on Monday. Reacting, the National Publicity "
              "Secretary of the KDA, Alhaji Sani Bello, described the exit as a non-event.")
    assert "National Publicity" not in k and "National Publicity Secretary" not in k
    assert k["Sani Bello"] == "person" and k["Kelby Democratic Alliance"] == "organisation"


def test_partners_listed_with_an_ampersand_and_a_body_word_are_one_firm():
    k = kinds("Jo Marsh, a general partner at Thorne, Vell & Audley Ventures, which led the round, said so.")
    assert k["Thorne, Vell & Audley Ventures"] == "organisation" and "Thorne" not in k


def test_a_name_before_governor_or_mayor_and_a_person_is_the_place():
    k = kinds("Trans Kelbo Governor Beatrice Wafula said farmers were owed money. Federal Reserve Governor Jo Doe "
              "disagreed. The board is chaired by former Nandoro Governor Paul Sang.")
    assert k["Trans Kelbo"] == "place" and k["Nandoro"] == "place"
    assert k["Federal Reserve"] == "organisation" and k["Beatrice Wafula"] == "person"


def test_a_cabinet_field_the_common_words_lack_is_a_portfolio_no_body():
    k = kinds("Agriculture and Livestock Development Cabinet Secretary Dr Jo Lagat said arrears would be paid.")
    assert k["Jo Lagat"] == "person" and "Livestock Development" not in k


def test_a_noun_of_nationality_describes_a_person_and_names_no_body():
    k = kinds("The man at the centre of it is Tobias Engvall, a soft-spoken Swede who left Kelby Labs in August. "
              "A Dutchman, the lab's second hire, agreed.")
    assert "Swede" not in k and "Dutchman" not in k and k["Tobias Engvall"] == "person"


# Session 17, round 3: negative checks for round 1's rules (review probes, invented text).

def test_riding_as_a_verb_makes_no_seat():
    k = kinds("With Tomas Verhaal riding high in the polls, rivals are nervous. Kelvox riding the chip boom "
              "has doubled its sales. Labour won the Ashby riding.")
    assert k["Tomas Verhaal"] == "person" and k.get("Kelvox") != "place"
    assert k["Ashby"] == "place"


def test_a_describing_word_before_a_party_member_is_no_body_in_headline_and_lede():
    k = kinds("Veteran Labour MP Jo Marrick suspended\n\n"
              "Veteran Labour MP Jo Marrick has been suspended by the party. Marrick said she was shocked.")
    assert "Veteran Labour" not in k and k["Jo Marrick"] == "person"


def test_a_name_acting_after_a_phrase_of_place_is_no_place():
    k = kinds("Brevik Metals cut its outlook on Thursday. Tarsund, in Norway, declined to comment.")
    assert k["Tarsund"] != "place" and k["Norway"] == "place"


def test_a_hyphened_word_is_no_call_to_reach_the_writer():
    k = kinds("The study was published on Monday.\n\n"
              "Dr Ilse Varga writes about the results in The Lancet. Follow-up studies at Kelby University are planned.")
    assert k["Ilse Varga"] == "person" and "Kelby University" in k


# Session 17, round 3: the story's own writers, honours, Malay names.

def test_a_writers_bio_at_the_foot_names_staff_not_actors():
    k = kinds("Kelby Mines lifts bid for Tarn Copper\n\n"
              "Tova Marren-Hale and Oskar Penhallow\nMining reporters\n\n"
              "Kelby Mines raised its offer on Monday. Tarn Copper's board said it would consider the bid.\n\n"
              "The offer values Tarn at $2 billion, up from $1.8 billion in March.\n\n"
              "Tova Marren-Hale writes about mining from Perth. Oskar Penhallow is a resources reporter based in Kelby.")
    assert "Tova Marren-Hale" not in k and "Oskar Penhallow" not in k
    assert k["Kelby Mines"] == "organisation"


def test_an_outlets_editor_bio_and_a_credit_after_it_name_staff():
    k = kinds("Inside the lab\n\nBy Ines Vardalou\n\nThe company spent $2 billion on its lab. Its chief executive, "
              "Tom Bell, said the bet would pay off.\n\nThe lab opened in 2021 and employs 400 people.\n\n"
              "Ines Vardalou is Lodemark’s technology editor. Additional reporting by Min-jun Seo in Seoul.")
    assert "Ines Vardalou" not in k and "Min-jun Seo" not in k and k["Tom Bell"] == "person"


def test_a_bio_sentence_with_speech_in_the_story_is_no_furniture():
    k = kinds("Farmers rallied on Monday.\n\nThe rally was peaceful.\n\n"
              "Greta Olafsdottir covers the cost of feed herself, she said, and is a reporter's daughter.")
    assert k["Greta Olafsdottir"] == "person"


def test_a_follow_call_with_a_link_and_a_bulleted_credit_are_furniture():
    k = kinds("The vote passed on Tuesday. Senator Jo Bell said it was overdue. The bill goes to the House next "
              "week, where Speaker Ann Lee has promised a quick vote.\n\n"
              "- With files from Arvid Lindqvist in Kelby.\n"
              "Follow Marta Ekholm-Reyes on Twitter at https://twitter.com/mekholm\n"
              "Copyright 2016 Kelby Wire.")
    assert "Arvid Lindqvist" not in k and not any("Marta" in n for n in k) and k["Jo Bell"] == "person"


def test_honours_after_a_name_with_no_comma_are_no_part_of_it():
    k = kinds("The firm's lawyer, Dr Amaka Eze-Obi SAN, told reporters the case would go ahead. "
              "Kelby United SC lost on Sunday.")
    assert k["Amaka Eze-Obi"] == "person" and "Amaka Eze-Obi SAN" not in k
    assert "Kelby United SC" in k


def test_a_malay_name_is_named_again_by_the_given_names_before_bin():
    df = find_mentions(Article.from_text(
        "Ms Siti Aminah binti Omar, 41, a nurse, bought a flat in 2019. \"We waited,\" she said. "
        "YB Ravi Kandasamy said buyers deserved answers. Ms Siti Aminah said the buyers would meet on Saturday. "
        "Ravi said the ministry would act."))
    names = set(df["name"])
    assert "Siti Aminah" not in names and "Siti Aminah binti Omar" in names
    assert "Ravi Kandasamy" in names and "YB Ravi Kandasamy" not in names


def test_a_sum_glued_to_its_currency_and_a_fiscal_year_are_no_bodies():
    k = kinds("Govt promises lenders to cap arrears at Rs3.4tr, tariff hike on cards\n\n"
              "The fine was set at K450,000 for each line, Tarn Telecom said. The firm expects to turn a profit by the "
              "fourth quarter of FY27, said Kelby Capital. The ministry froze a NIS 12 million grant.")
    assert not any(n.startswith(("Rs3", "K450", "FY27", "NIS")) for n in k)
    assert k["Kelby Capital"] == "organisation"


def test_common_abbreviations_of_things_are_no_bodies():
    k = kinds("Registered SIM cards fell by a third. Police filed 40 FIRs against power thieves in Kelby. "
              "Several ZIP codes in the district lost their only clinic, Jo Bell said.")
    assert "SIM" not in k and "FIRs" not in k and "ZIP" not in k


def test_headlines_listed_under_a_label_with_no_colon_are_furniture():
    k = kinds("Jo Bell won the primary on Tuesday, her campaign said.\n\n"
              "Related Coverage\nBell Wins Endorsement of Two Kelby Mayors (March 1, 2012)\n"
              "Super PACs Outspend Campaigns in Tarn Primary (Feb. 26, 2012)")
    assert not any("Outspend" in n or "Tarn Primary" in n or "Kelby Mayors" in n for n in k)
    assert k["Jo Bell"] == "person"


def test_a_nickname_in_quotes_alone_later_is_the_same_person():
    df = find_mentions(Article.from_text(
        "TV chef Danny ‘Pip’ Morrow told a court his partner drained their gin firm. "
        "Pip, known to fans since a school cookery show, wore a navy suit."))
    assert set(df["name"]) == {"Danny Morrow"}


def test_and_inside_a_union_local_and_a_national_council():
    k = kinds("The drivers' union, Amalgamated Transit and Mechanical Workers Local 4410, warned of cuts. "
              "The Canadian Council of Independent and Family Grocers said the budget was fair. "
              "The British Federation of Shipping and American Airlines met on Monday.")
    assert k["Amalgamated Transit and Mechanical Workers Local 4410"] == "organisation"
    assert k["Canadian Council of Independent and Family Grocers"] == "organisation"
    assert "American Airlines" in k


def test_members_for_a_cause_with_an_article_name_one_body():
    k = kinds("Members of Taxpayers for a Fair Kelby Budget, a citizens' group, said the arena deal was a giveaway. "
              "The group's chairman, Jo Bell, said it would sue.")
    assert k["Taxpayers for a Fair Kelby Budget"] == "organisation" and "Fair Kelby Budget" not in k


def test_places_by_a_plural_land_form_a_stream_a_marg_the_hague_and_a_seat():
    k = kinds("The pipeline could harm salmon in the Tarnoch and Vellick rivers, Jo Bell said. Flooding hit the "
              "Ōpara Stream. The office is on Raj Bhavan Marg. Ministers met in The Hague. "
              "The party named Ann Lee for the Kelby Cantonment seat. Kelby Arena seats 18,000 fans.")
    assert k["Tarnoch"] == "place" and k["Vellick"] == "place" and k["Ōpara Stream"] == "place"
    assert k["Raj Bhavan Marg"] == "place" and k["Hague"] == "place" and k["Kelby Cantonment"] == "place"


def test_a_bracketed_country_or_type_inside_a_company_name():
    k = kinds("Kelby Land (Singapore) Pte Ltd said it would pay the buyers. "
              "Tarn Power Settlement Company (Guarantee) Limited was set up in 2020.")
    assert k["Kelby Land (Singapore) Pte Ltd"] == "organisation"
    assert k["Tarn Power Settlement Company (Guarantee) Limited"] == "organisation"


def test_a_kalenjin_arap_and_a_short_written_given_name_stay_in_the_name():
    k = kinds("Mr Samuel Kibet arap Rotich, the society's chairman, said the sale was illegal. "
              "Party spokesperson Shri Mohd. Iqbal Qureshi told reporters the list was late.")
    assert k["Samuel Kibet arap Rotich"] == "person" and k["Mohd. Iqbal Qureshi"] == "person" and "Mohd" not in k


def test_a_chambers_committee_of_two_fields_is_one_body():
    k = kinds("The Senate Energy and Natural Resources Committee will vote on Tuesday. "
              "The House Energy and Commerce Committee met on Monday.")
    assert k["Senate Energy and Natural Resources Committee"] == "organisation"
    assert k["House Energy and Commerce Committee"] == "organisation" and "House Energy" not in k


def test_a_town_named_with_a_title_after_a_preposition_of_place():
    k = kinds("The line would run to a terminal near Prince Rupert, B.C. He later spoke to Prince Harry about it.")
    assert k["Prince Rupert"] == "place" and "Rupert" not in k and k["Harry"] == "person"


def test_a_compass_word_opening_a_company_with_a_legal_form_stays():
    k = kinds("The northern route was cut.\n\nNorthern Tarnby Pipelines Ltd., the Calgary-based company, said it had "
              "signed deals. The company says it hopes to build in 2015.")
    assert k["Northern Tarnby Pipelines Ltd."] == "organisation" and "Tarnby Pipelines Ltd." not in k


# Session 17, round 4: fixes of names round 3 found by review (a sentence about an actor read as a writer's bio,
# a glued product code read as a period, a riding after a possessive, "and" between two bodies, a seat named by
# a person, a brook named by a person).

def test_a_sentence_about_an_actor_at_the_foot_is_no_writers_bio():
    k = kinds("Kelby Council approved the budget on Monday. Mayor Rena Marsh said it was fair.\n\n"
              "Rena Marsh covers housing and transport in her weekly address.\n\n"
              "Tova Linde is a longtime critic of the council and has vowed to fight the budget.\n\n"
              "Oren Pike is the editor who approved the story.\n\n"
              "Sam Okoro covers a lot of ground in rural Kelby, meeting farmers.\n\n"
              "Ana Brevik writes about the budget in an op-ed published Tuesday in the Kelby Star.\n\n"
              "Dev Harlow is the paper's new executive editor, the Kelby Star announced.")
    assert {"Rena Marsh", "Tova Linde", "Oren Pike", "Sam Okoro", "Ana Brevik", "Dev Harlow"} <= set(k)


def test_a_writers_bio_blanks_the_name_only_and_each_bio_on_its_line():
    k = kinds("Kelby Mines raised its offer on Monday, its chief executive Jo Bell said.\n\n"
              "Tarn Copper's board will meet next week.\n\n"
              "Tess Varna-Holt covers mining in Tarn Valley. Liam Orrin is a resources reporter based in Kelby.")
    assert "Tess Varna-Holt" not in k and "Liam Orrin" not in k and k["Tarn Valley"] == "place"


def test_a_product_code_of_period_letters_and_more_digits_is_no_period():
    k = kinds("Tarnex said sales of its H30 chips were strong. The H30 was built for data centres. "
              "Profit rose in H1 and in Q3 of FY2025, Jo Bell said.")
    assert "H30" in k and not {"H1", "Q3", "FY2025"} & set(k)


def test_a_riding_after_a_possessive_is_the_seat():
    k = kinds("Tory leader Jo Marrin lost his Tarnbury riding on Monday night, and Ann Kell held her Ashvale riding.")
    assert k["Tarnbury"] == "place" and k["Ashvale"] == "place" and k["Jo Marrin"] == "person"


def test_a_seat_named_by_its_holder_is_no_place():
    k = kinds("Senator Jo Varek said the vote was close. The Varek seat is safe, analysts said, and the Kelly seat "
              "is vulnerable. Labour held the Tarnbury seat.")
    assert k.get("Varek") != "place" and k.get("Kelly") != "place" and k["Tarnbury"] == "place"


def test_a_given_name_and_brook_or_stream_is_a_person():
    k = kinds("Richard Brook, a Labour councillor in Kelby, said the plan was late. Tom Stream, a voter, agreed. "
              "Flooding hit Tarn Brook on Monday.")
    assert k["Richard Brook"] == "person" and k["Tom Stream"] == "person" and k["Tarn Brook"] == "place"


def test_a_chambers_members_and_a_committee_are_two_names():
    k = kinds("House Republicans and Oversight Committee investigators released a report on Kelvox. "
              "The Senate Energy and Mining Committee met on Monday.")
    assert "Oversight Committee" in k and not any(n.startswith("House Republicans and") for n in k)
    assert k["Senate Energy and Mining Committee"] == "organisation"


def test_a_second_national_body_after_and_is_its_own_name():
    k = kinds("The American Federation of Nurses and National Carers Association said the plan was unfair. "
              "The Canadian Council of Independent and Family Grocers agreed.")
    assert k["American Federation of Nurses"] == "organisation" and k["National Carers Association"] == "organisation"
    assert k["Canadian Council of Independent and Family Grocers"] == "organisation"


# --- session 17, round 4: review fixes of round 2's rules ---------------------------------------------------------

def test_a_us_middle_or_maiden_name_after_mr_or_ms_is_someone_else():
    f = names_forms("Sen. Marla Bishop Tenney of Kelby said the bill would pass. In Tarn, Mr. Bishop, the "
                    "Republican candidate, did not concede. Rep. Dora Gale Whitcombe spoke, and Ms. Gale, a "
                    "teacher, agreed. Tenney said she would vote for it.")
    assert "Bishop" not in f.get("Marla Bishop Tenney", []) and "Gale" not in f.get("Dora Gale Whitcombe", [])
    f = names_forms("Ms Rosa Inés Pérez Galdo, the mayor, spoke. Ms Pérez said the city was ready.")
    assert f["Rosa Inés Pérez Galdo"] == ["Pérez", "Rosa Inés Pérez Galdo"]


def test_a_one_sentence_paragraph_saying_a_person_works_for_an_outlet_is_no_tagline():
    text = ("Campaign shakes up staff before vote\n\n"
            "KELBY (Tarn Wire) - The campaign shook up its staff on Tuesday, aides said, a week before the vote.\n\n"
            "The campaign's new manager, Jo Pike, said the staff changes were planned weeks ago and that the "
            "candidate would travel to three more towns before the vote next month.\n\n"
            "Dana Whitlow is a paid contributor for Tarn News.\n\n"
            "The network did not say when she would appear again.\n\n"
            "Polls show the race tightening. A debate is set for Thursday in the state capital, and both "
            "campaigns have bought more advertising in the final week of the race.\n\n"
            "Milo Fenn is a politics reporter for the Ledger. Follow him on X at @milofenn.\n")
    k = kinds(text)
    assert k.get("Dana Whitlow") == "person" and "Tarn News" in k and "Milo Fenn" not in k
    assert not is_furniture_line("Obermann writes about the campaign for The Kelby Review.")
    assert is_furniture_line("Jess covers farming for the Ledger. Send news tips to jess@ledger.example")


def test_a_network_named_by_a_letter_after_a_noun_taking_on_is_the_company():
    k = kinds("The Kelby Supreme Court upheld its ban on X on Monday. Analyst Jo Marsh put it bluntly on X.")
    assert k.get("X") == "organisation" and k.get("Jo Marsh") == "person"


def test_a_given_name_over_the_words_of_a_transcript_is_no_sign_off():
    k = kinds("The candidates met on stage in Kelby on Thursday night.\n\nNadia\nWe need a tax on land now.\n\n"
              "Harold\nI agree with that, and I wrote the bill.\n")
    assert k.get("Nadia") == "person" and k.get("Harold") == "person"


def test_a_benchmark_s_name_before_a_verb_and_no_figure_is_the_person():
    f = names_forms("Brent Okafor, the former adviser, died on Thursday. Brent was a mentor to many, his family "
                    "said. Brent was up $1.52 at $80.10 a barrel.")
    assert f["Brent Okafor"] == ["Brent", "Brent Okafor"]


def test_an_abbreviation_before_governor_is_a_central_bank_no_place():
    k = kinds("KnB Governor Jo Marsh said rates would stay high. Kelby Governor Jo Roe agreed.")
    assert k.get("KnB") != "place" and k.get("Kelby") == "place" and k["Jo Marsh"] == "person"


def test_a_noun_of_nationality_after_a_capitalised_the_inside_a_sentence_is_a_title():
    k = kinds("The lawyer, a Welshman who lives in Kelby, told The Welshman that he would appeal. "
              "The Dutchman, the lab's second hire, agreed.")
    assert k.get("Welshman") == "organisation" and "Dutchman" not in k


def test_a_writers_bio_before_a_print_edition_note_with_a_quoted_headline_is_still_a_bio():
    # the note's quotation marks are furniture, not the story's last speech: the bio above it still names staff
    text = ("By Tess Varna-Holt\n\nKelby Mines raised its offer on Monday, its chief executive Jo Bell said.\n\n"
            "Tarn Copper's board will meet next week.\n\n"
            "Tess Varna-Holt is a senior writer at Quarry Review covering mining and the people who run it.\n\n"
            "This article appears in the May 2026 print edition with the headline \u201cThe Long Dig.\u201d")
    k = kinds(text)
    assert "Tess Varna-Holt" not in k and "Jo Bell" in k


# Session 17, final review fixes (names): a bio-shaped sentence after a sentence of the story, a network named like
# a word after an ordinary noun, a bio's outlet.

def test_a_bio_shaped_sentence_after_a_sentence_of_the_story_names_an_actor():
    k = kinds("The council voted on Monday. \"It is a fair plan,\" Mayor Rena Marsh said.\n\n"
              "The lead plaintiff is a farmer. Tova Linde is a photographer based in Kelby whose fields were flooded.\n\n"
              "The report drew wide notice. Oren Pike is a columnist at The Tarn Review; he covered the council for "
              "a decade.\n\n"
              "Juries meet on Friday. Dana Whitlow writes about film for the Kelby Star and will sit on the panel.\n\n"
              "Turnout fell again. Sam Okoro covers schools for the Ledger. He can be reached at sam@ledger.example.")
    assert {"Tova Linde", "Oren Pike", "Dana Whitlow"} <= set(k) and "Sam Okoro" not in k


def test_a_network_named_like_a_word_after_an_ordinary_noun_and_on_is_a_channel():
    k = kinds("The senator criticized the ruling in a statement on Threads. The company posted an update on Threads. "
              "Her remarks on X drew replies. \"We will not back down,\" Sen. Ann Kell said.")
    assert "Threads" not in k and "X" not in k and k["Ann Kell"] == "person"


def test_a_writers_bio_at_the_foot_blanks_its_outlet_too():
    k = kinds("Lawmakers approved the bill on Thursday.\n\n\"This bill fixes our roads,\" said Sen. Ann Kell.\n\n"
              "Jo Marsh is a politics reporter for The Tarnby Ledger.")
    assert "Jo Marsh" not in k and "Tarnby Ledger" not in k and k["Ann Kell"] == "person"


def test_a_hyphen_joined_given_name_after_a_chinese_family_name_is_romanised_syllables():
    k = kinds("Her predecessor, Carrie Lau Cheng Wai-ling, introduced the bill. Mrs Lau said in 2019 that it was over.")
    assert k.get("Carrie Lau Cheng Wai-ling") == "person" and "Lau" not in k


def test_a_first_paragraph_opening_with_a_wire_dateline_is_the_lede_no_headline():
    k = kinds("KELBY, Tarn. — Gov. Dana Whitlow Orrin signed the education bill on Wednesday.\n\n"
              "\"This is a historic day for Ohio,\" Ms. Orrin said at the Capitol.\n\n"
              "Her father, the former governor, attended the signing. He said he was \"very proud.\"")
    assert k.get("Dana Whitlow Orrin") == "person" and k.get("Ohio") == "place"


def test_a_nationality_title_after_according_to_and_before_a_comma_is_a_paper():
    k = kinds("The minister spoke on Monday. According to The Kiwi, the prime minister will visit Kelby in May.")
    assert k.get("Kiwi") != "person"


def test_a_given_name_under_a_closing_line_ending_in_a_comma_is_a_sign_off():
    for end in ("Thanks for everything,\nMargaret", "Thanks,\r\nMargaret\r\n"):
        k = kinds("The newsroom has changed, Tova Linde said on Monday.\n\nThe stories never stopped.\n\n" + end)
        assert "Margaret" not in k and k["Tova Linde"] == "person"


def test_an_inner_family_name_introduced_by_a_comma_and_a_is_someone_new():
    f = names_forms("Councilwoman Ana Sofia Marquez Ortega said the plan protected libraries.\n\n"
                    "The police union opposed it. Mr. Marquez, a union spokesman, said officers were disappointed.")
    assert f["Ana Sofia Marquez Ortega"] == ["Ana Sofia Marquez Ortega"] and "Marquez" in f


def test_a_bio_shaped_paragraph_with_a_later_clause_of_the_story_names_an_actor():
    head = "The council voted on Monday. \"It is a fair plan,\" Mayor Rena Marsh said.\n\nThe plan takes effect soon.\n\n"
    for tail, name in (("Lena Varga is a reporter for the Kelby Star; she covered the council for a decade.", "Lena Varga"),
                       ("Omar Reyes is a photographer based in Tarn whose images were copied.", "Omar Reyes"),
                       ("Ivo Brandt writes about film for the Ledger and will sit on the panel.", "Ivo Brandt")):
        assert name in kinds(head + tail)
    assert "Tova Linde" not in kinds(head + "Tova Linde covers politics for the Ledger and is based in Kelby.")


def test_mr_and_a_surname_inside_a_longer_name_described_after_the_full_name_is_that_person():
    # a description after the full name was written re-describes him; the same words before it introduce someone new
    k = kinds("President Andrés Felipe Rodríguez Lara on Monday criticised the ambassador.\n\nMr. Rodríguez, a "
              "leftist who took office in 2018, said the remarks were unacceptable.")
    assert "Rodríguez" not in k and k["Andrés Felipe Rodríguez Lara"] == "person"


def test_a_subheading_after_a_dateline_lede_is_still_a_headline():
    # the dateline lede is no headline, but a title-case line with no stop after it is a subheading, not a body
    k = kinds("TARNFORD (Wire) - The Kelby Senate on Thursday passed a stopgap funding bill, sending it to President "
              "Jo Marsh, who is expected to sign it.\n\nSenators Hail Deal As Shutdown Averted\n\n"
              "\"We have done our job,\" Senate Majority Leader Tom Reed told reporters.\n\n"
              "Senator Ann Kell said the bill was a fair compromise. \"It keeps the lights on,\" she said.")
    assert "Shutdown Averted" not in k and "Jo Marsh" in k and "Tom Reed" in k


# Long body names with "and", commas, possessives and foreign words inside (session 18); and separate actors that
# must stay apart.

def test_a_ministry_lists_a_portfolio_and_a_road_field_in_its_name():
    k = kinds("The Ministry of Mines, Transport and Road Safety said the recall covered two models.")
    assert k["Ministry of Mines, Transport and Road Safety"] == "organisation"
    assert "Transport" not in k and "Road Safety" not in k


def test_an_industry_field_and_a_body_word_after_and_make_one_name():
    k = kinds("Jo Marsh, chair of the Clean Energy and Grid Storage Alliance, welcomed the bill. "
              "It needs the approval of the National Telecommunications and Spectrum Board, which meets in May.")
    assert k["Clean Energy and Grid Storage Alliance"] == "organisation"
    assert k["National Telecommunications and Spectrum Board"] == "organisation"
    assert "Clean Energy" not in k and "Spectrum Board" not in k


def test_two_companies_or_a_company_and_a_named_board_stay_apart():
    k = kinds("Kelby Energy and Tarn Power Board officials met on Monday. Pfizer Pharmaceuticals and Acme Biotech "
              "Board met too. Origin Energy and the Clean Energy Council disagreed about the target.")
    assert "Kelby Energy" in k and "Tarn Power Board" in k
    assert "Pfizer Pharmaceuticals" in k and "Acme Biotech Board" in k
    assert "Origin Energy" in k and "Clean Energy Council" in k


def test_separate_actors_joined_by_and_stay_apart():
    cases = {"Google and Microsoft said they would appeal the ruling.": ("Google", "Microsoft"),
             "Leaders of the Senate and House met on Tuesday.": ("Senate", "House"),
             "Britain and France signed the treaty in Paris.": ("Britain", "France"),
             "The FBI and the Justice Department declined to comment.": ("FBI", "Justice Department"),
             "The Treasury and the Bank of England said rates would hold.": ("Treasury", "Bank of England"),
             "Students at Harvard and Yale universities protested.": ("Harvard", "Yale"),
             "The Bank of England, Barclays and Lloyds all raised rates.": ("Bank of England", "Barclays"),
             "Trade between Canada and Mexico rose.": ("Canada", "Mexico"),
             "Shell Energy and BP said they would cut prices.": ("BP",)}
    for text, names in cases.items():
        k = kinds(text)
        assert all(n in k for n in names), (text, k)
        assert not any(" and " in n for n in k), (text, k)


def test_sites_a_body_runs_close_its_name_after_and():
    k = kinds("Kelby Health Partners Inc. and Tarn Valley Medical Center and Clinics would combine, officials said.")
    assert k["Tarn Valley Medical Center and Clinics"] == "organisation"
    assert k["Kelby Health Partners Inc."] == "organisation"
    assert "Labour Party and Unions" not in kinds("The Labour Party and Unions clashed over pay.")


def test_a_possessive_of_members_in_men_goes_on_to_the_body_word():
    k = kinds("Ali Harthi, who heads the Kelby Fishermen's Association, said members had been forgotten.")
    assert k["Kelby Fishermen's Association"] == "organisation" and "Association" not in k
    k = kinds("Tarn Tradesmen's prices rose. The Kelby fishermen's catch was poor, Ann Lee said.")
    assert not any("Association" in n or "prices" in n for n in k)


def test_a_foreign_company_s_lower_case_words_go_on_to_its_legal_form():
    k = kinds("Marc Tremblay, an analyst at Durand Valeurs mobilières Inc., called it a bold bet.")
    assert k["Durand Valeurs mobilières Inc."] == "organisation" and "Inc." not in k
    k = kinds("Shares of Acme rival Roe Ltd fell on Monday, Jo Marsh said.")
    assert "Roe Ltd" in k and not any("rival" in n for n in k)


def test_a_body_named_for_an_area_lists_its_places():
    k = kinds("Ann Roe, of the charity Friends of Wexdale, Orrin and Durham, which helps victims, spoke. "
              "She lives in County Durham.")
    assert k["Friends of Wexdale, Orrin and Durham"] == "organisation"
    assert "Durham" not in k and "Orrin" not in k and "Wexdale" not in k
    k = kinds("Friends of Jane Doe, Tom Roe and Ann Poe gathered outside.")
    assert "Tom Roe" in k and "Ann Poe" in k
    k = kinds("Officials from the Council of Europe, Britain and France met in Strasbourg.")
    assert "Council of Europe" in k and k["Britain"] == "place" and k["France"] == "place"


def test_a_list_of_fields_closed_by_members_of_a_place_is_one_union():
    k = kinds("The Timber, Energy and Allied Workers of Canada, which represents 900 staff, objected.")
    assert k["Timber, Energy and Allied Workers of Canada"] == "organisation"
    k = kinds("Representatives of Amazon, Google and Meta Workers spoke on Monday.")
    assert "Amazon" in k and "Google" in k and not any(n.startswith("Amazon,") for n in k)


def test_fields_joined_by_and_before_a_country_name_its_department():
    k = kinds("A spokesperson for Immigration, Refugees and Citizenship Canada said the files were processed. "
              "Officials said Environment and Climate Change Canada issued a warning. "
              "Ann Roe, director of Water and Data Scotland, a lobby group, agreed.")
    assert k["Immigration, Refugees and Citizenship Canada"] == "organisation"
    assert k["Environment and Climate Change Canada"] == "organisation"
    assert k["Water and Data Scotland"] == "organisation"
    k = kinds("Officials from Britain and France met. Apple and Microsoft Ireland both declined to comment.")
    assert k["Britain"] == "place" and k["France"] == "place" and "Apple" in k
    assert not any(" and " in n for n in k)


def test_a_coalition_for_a_reform_is_a_body_and_a_reform_alone_is_not():
    k = kinds("The Coalition for Tax Fairness and Reform, a budget group, urged a no vote.")
    assert k["Coalition for Tax Fairness and Reform"] == "organisation"
    assert not kinds("Jo Marsh said the Pension Reform would pass.").get("Pension Reform")


def test_a_body_of_members_for_a_cause_goes_on_through_ordinary_words_after_and():
    k = kinds("Americans for Cheaper Energy and Jobs, a lobby backed by utilities, ran the ads.")
    assert k["Americans for Cheaper Energy and Jobs"] == "organisation"
    k = kinds("The ads were paid for by Americans for Prosperity and Koch Industries, Jo Marsh said.")
    assert "Koch Industries" in k and not any(" and " in n for n in k)


def test_a_common_word_alone_in_a_section_label_does_not_split_a_body_name():
    k = kinds("Health | Policy | Prices\n\nJo Marsh, a researcher at the Tarnwick Institute for Health Economics "
              "and Policy, said the evidence was thin.")
    assert k["Tarnwick Institute for Health Economics and Policy"] == "organisation"
    k = kinds("Analysts at the Centre for Fiscal Studies and Reform said so. Reform won two seats, Jo Marsh said.")
    assert "Centre for Fiscal Studies" in k and "Centre for Fiscal Studies and Reform" not in k


def test_fields_of_a_trade_before_a_legal_form_or_a_federation_make_one_name():
    k = kinds("Kelby Shipbuilding and Marine Engineering Ltd, which won the contract, said so. Ann Lee of the "
              "Builders' Merchants and Trade Suppliers Federation agreed.")
    assert k["Kelby Shipbuilding and Marine Engineering Ltd"] == "organisation"
    assert k["Builders' Merchants and Trade Suppliers Federation"] == "organisation"
    k = kinds("Acme Shipping and Beta Logistics Ltd signed a deal. Lloyds Holdings and Standard Chartered Bank "
              "reported profits.")
    assert "Acme Shipping" in k and "Beta Logistics Ltd" in k and "Standard Chartered Bank" in k


def test_a_body_written_after_the_at_a_sentence_opening_stands_alone():
    k = kinds("Economists at the Institute for Fiscal Studies and Treasury officials disagreed. The Treasury "
              "said the forecast was sound.")
    assert k["Institute for Fiscal Studies"] == "organisation" and k["Treasury"] == "organisation"


# Regressions of the long-name joins found by the review of session 18 (each sentence invented): two bodies written
# side by side must stay two.

def test_a_body_named_by_its_word_and_a_body_named_for_a_place_stay_apart():
    cases = {"The Environment Agency and Natural England said water companies must do more.":
             ("Environment Agency", "Natural England"),
             "The Food Standards Agency and Public Health England issued a warning about raw milk.":
             ("Food Standards Agency", "Public Health England"),
             "The Met Office and Public Health England have issued a heatwave alert.":
             ("Met Office", "Public Health England"),
             "The Competition Bureau and Health Canada said the recall was voluntary.":
             ("Competition Bureau", "Health Canada"),
             "The Arts Council and Creative Scotland said funding would be cut.": ("Arts Council", "Creative Scotland"),
             "Oil and Natural Gas Corporation and Coal India reported higher profits on Friday.":
             ("Oil and Natural Gas Corporation", "Coal India")}
    for text, names in cases.items():
        k = kinds(text)
        assert all(k.get(n) == "organisation" for n in names), (text, k)
    k = kinds("The Health and Safety Executive and Transport Scotland are investigating.")
    assert "Transport Scotland" in k and not any(" and " in n for n in k)


def test_a_plural_of_members_or_premises_opening_a_sentence_is_no_field_of_a_place_s_body():
    cases = {"Hospitals and Police Scotland were put on alert.": "Police Scotland",
             "Teachers and Education Scotland officials disagreed on the curriculum.": "Education Scotland",
             "Unions and Business Canada groups both welcomed the budget.": "Business Canada"}
    for text, name in cases.items():
        k = kinds(text)
        assert k.get(name) == "organisation" and not any(" and " in n for n in k), (text, k)
    k = kinds("Tourism and Events Queensland said visitor numbers had recovered.")
    assert k.get("Tourism and Events Queensland") == "organisation"


def test_a_company_and_an_industry_body_after_and_stay_apart():
    cases = {"Boeing Company and Machinists Union negotiators met on Tuesday.": ("Boeing Company", "Machinists Union"),
             "Octopus Energy and Energy Networks Association officials gave evidence.":
             ("Octopus Energy", "Energy Networks Association"),
             "Fortescue Metals and Minerals Council officials met in Perth.": ("Fortescue Metals", "Minerals Council"),
             "Westpac Group and Banking Association officials met on Tuesday.": ("Westpac Group", "Banking Association"),
             "Rio Tinto Group and Mining Council officials met.": ("Rio Tinto Group", "Mining Council")}
    for text, names in cases.items():
        k = kinds(text)
        assert all(n in k for n in names) and not any(" and " in n for n in k), (text, k)


def test_members_for_a_cause_and_a_second_body_after_and_stay_apart():
    cases = {"Americans for Prosperity and Club for Growth spent heavily in Ohio.": "Club for Growth",
             "Americans for Tax Reform and Heritage Foundation officials attended.": "Heritage Foundation",
             "Canadians for Clean Prosperity and Environmental Defence backed the tax.": "Environmental Defence"}
    for text, name in cases.items():
        k = kinds(text)
        assert name in k and not any(" and " in n for n in k), (text, k)


def test_a_sentence_s_last_word_is_no_part_of_a_name_in_the_next_sentence():
    k = kinds("The Ministry of Health and Treasury officials met in London. Treasury sources said no deal was reached.")
    assert k.get("Ministry of Health") == "organisation" and k.get("Treasury") == "organisation"
    k = kinds("The Department of Veterans Affairs and Pentagon officials testified before the Senate. Pentagon "
              "spokesman Jo Marsh declined to comment.")
    assert "Department of Veterans Affairs" in k and "Pentagon" in k
    assert not any(" and " in n for n in k)


def test_bodies_listed_after_a_friends_of_body_are_no_places_of_its_area():
    k = kinds("Friends of Kelvingrove, Oxfam and Shelter held a joint fundraiser.")
    assert k.get("Friends of Kelvingrove") == "organisation" and "Oxfam" in k
    assert not any(" and " in n for n in k)


def test_a_body_and_plural_sites_before_a_place_phrase_stay_apart():
    for text, name in {"The Cleveland Clinic and Hospitals across Ohio are short of nurses.": "Cleveland Clinic",
                       "Durham County Council and Schools across the region must save money.":
                       "Durham County Council"}.items():
        k = kinds(text)
        assert name in k and not any(" and " in n for n in k), (text, k)


def test_companies_listed_before_members_of_a_place_are_no_fields_of_a_union():
    k = kinds("Ford, Stellantis and General Motors Workers of Canada rallied in Windsor.")
    assert "Stellantis" in k and not any("," in n for n in k)
    k = kinds("Apple, Google and Microsoft Engineers for Ukraine raised money.")
    assert "Apple" in k and "Google" in k


def test_a_place_ending_in_men_before_a_possessive_is_no_plural_of_members():
    k = kinds("Werder Bremen's Supervisory Board sacked the coach on Sunday.")
    assert "Werder Bremen's Supervisory Board" not in k and "Supervisory Board" in k


def test_a_currency_s_letters_and_a_magnitude_beside_an_amount_are_no_names():
    k = kinds("The firm reported a net loss of Rs. 842 Mn for the year, chief executive Jo Perera said. Borrowings "
              "rose to Rs 2,150 Mn. Revenue reached RM1.2 Bil. The RM500 would last most families two weeks, "
              "Siti Aminah said.")
    assert k.get("Jo Perera") == "person" and k.get("Siti Aminah") == "person"
    assert not any(n.startswith(("Rs", "Mn", "RM")) for n in k), k


def test_an_okina_inside_a_polynesian_name_keeps_a_person_whole():
    k = kinds("“The last mile is hard,” said Mele Taufa‘ao, the Trust’s country coordinator. Taufa‘ao said seeds "
              "were vital. Sione Tuʻipulotu said the team was proud.")
    assert k.get("Mele Taufa‘ao") == "person" and k.get("Sione Tuʻipulotu") == "person"
    assert "Mele Taufa" not in k
    k = kinds("Residents of Hawai‘i said ‘enough’ to the plan, Ann Lee said.")
    assert k.get("Ann Lee") == "person" and not any("enough" in n for n in k)


def test_a_body_of_a_field_and_a_second_body_named_after_its_country_stay_apart():
    for text, names in {"The Bank of England and Public Health England gave evidence to the committee.":
                        ("Bank of England", "Public Health England"),
                        "The Office for National Statistics and Public Health Scotland published the data.":
                        ("Office for National Statistics", "Public Health Scotland")}.items():
        k = kinds(text)
        assert all(k.get(n) == "organisation" for n in names), (text, k)
    k = kinds("The Department of Health and Social Care said so. The Centre for Media and Public Affairs agreed.")
    assert "Department of Health and Social Care" in k and "Centre for Media and Public Affairs" in k


def test_co_before_an_irish_county_is_a_place_and_a_company_s_co_is_not():
    k = kinds("The plant in Little Island, Co Cork, will close. She grew up in Dungannon, Co. Tyrone, Jo Marsh said.")
    assert k.get("Co Cork") == "place" and k.get("Co. Tyrone") == "place"
    k = kinds("Shares of Kelby Trading Co rose. Acme Co said profits fell.")
    assert k.get("Kelby Trading Co") == "organisation" and k.get("Acme Co") == "organisation"


def test_a_saint_and_a_given_name_alone_is_a_parish_and_a_surname_st_john_stays_a_person():
    k = kinds("Residents blocked roads in August Town, St Andrew, yesterday. St Andrew police are under probe.")
    assert k.get("St Andrew") == "place"
    k = kinds("Ian St John, the former footballer, said so. St John added that it was sad.")
    assert k.get("Ian St John") == "person" and "St John" not in k


def test_a_quoted_nickname_after_two_given_names_stays_inside_the_name():
    k = kinds('In the House, Rep. Jose Antonio "Jun" Marcelo of the 2nd District filed a resolution. Marcelo said so. '
              'The coach, Jo Ann "Jojo" Marsh, agreed.')
    assert k.get("Jose Antonio Marcelo") == "person" and k.get("Jo Ann Marsh") == "person"
    assert "Jose Antonio" not in k and "Marcelo" not in k


def test_a_fijian_chiefly_title_is_no_part_of_the_name_and_given_names_like_ro_stay():
    k = kinds('In Naduri village, Ratu Semi Koroi said homes were lost. "We need seeds," Ratu Semi said.')
    assert k.get("Semi Koroi") == "person" and not any(n.startswith("Ratu") for n in k)
    k = kinds("Rep. Ro Khanna said the bill would pass. Adi Godrej said the group would invest.")
    assert k.get("Ro Khanna") == "person" and k.get("Adi Godrej") == "person"


def test_a_turned_comma_used_as_a_possessive_apostrophe_is_no_okina():
    k = kinds("Jo Marsh‘s campaign said the poll was wrong. Tom Bell‘s aides disagreed.")
    assert k.get("Jo Marsh") == "person" and k.get("Tom Bell") == "person"
    assert not any("‘" in n for n in k)


def test_a_malay_name_is_called_again_by_its_personal_names():
    k = kinds('Union secretary Mohamed Rizwan Osman said workers were angry. "They did their best," Mr Rizwan said. '
              'Committee chair Nur Hidayah Abdul Karim said residents were upset. "It was chaos," Ms Nur Hidayah said.')
    assert k.get("Mohamed Rizwan Osman") == "person" and k.get("Nur Hidayah Abdul Karim") == "person"
    assert "Rizwan" not in k and "Nur Hidayah" not in k
    k = kinds("Sen. Jane Moore Doe said the bill was flawed. Mr. Moore, a lobbyist, disagreed.")
    assert "Moore" in k  # (a US middle or maiden name: someone else)


def test_a_plural_of_members_opening_a_sentence_and_otherwise_only_inside_a_name_is_no_body():
    k = kinds("Fishermen could not go out, she said. The Kelby Fishermen's Association has given the firm 21 days.")
    assert "Fishermen" not in k and k.get("Kelby Fishermen's Association") == "organisation"
    k = kinds("Dockworkers at six ports walked out. Retailers warn of empty shelves. Retailers are alarmed. The "
              "National Alliance of Retailers and Consumer Brands wrote to the White House.")
    assert "Retailers" not in k and "National Alliance of Retailers and Consumer Brands" in k
    k = kinds("The International Brotherhood of Teamsters called a strike. Teamsters spokesman Jo Marsh said talks "
              "failed. The Australian Greens backed the bill. Greens leader Ann Lee said it was overdue.")
    assert "Teamsters" in k and "Greens" in k


def test_a_site_named_for_a_royal_or_a_chief_keeps_the_title_in_its_name():
    k = kinds("Queen Elizabeth Hospital said the ward was closed. Ratu Sukuna Park was shut for repairs.")
    assert k.get("Queen Elizabeth Hospital") == "organisation" and k.get("Ratu Sukuna Park") == "place"
    assert "Elizabeth Hospital" not in k and "Sukuna Park" not in k
    k = kinds("Dr Jo Abbey said the ward was closed. Ms Ann Park and Sir Tom Lane agreed.")
    assert k.get("Jo Abbey") == "person" and k.get("Ann Park") == "person" and k.get("Tom Lane") == "person"


def test_a_portfolio_before_a_country_names_a_department():
    k = kinds("Health Canada said the recall was voluntary. Transport Canada agreed. Tourism Australia said the "
              "numbers were strong.")
    assert k.get("Transport Canada") == "organisation" and k.get("Tourism Australia") == "organisation"
    k = kinds("Jo Transport said so. Ann Tourism agreed.")  # (a given name first: a person)
    assert all(v != "organisation" for v in k.values()), k


def _actors(text: str) -> dict:
    from analysis import find_stakeholders
    st = find_stakeholders(Article.from_text(text))
    return {r["name"]: (r["kind"], set(r["aliases"])) for _, r in st.iterrows()}


def test_a_knight_whose_surname_is_a_place_word_stays_a_person():
    a = _actors("Sir Colin Bay, the chairman, said the firm would cut 300 jobs. Mr Bay said it was a hard decision.")
    assert a.get("Colin Bay", ("",))[0] == "person" and "Bay" in a["Colin Bay"][1] and "Sir Colin Bay" not in a
    a = _actors("Dame Helen Forest, the head teacher, said pupils were safe. Ms Forest said parents had been told.")
    assert a.get("Helen Forest", ("",))[0] == "person" and "Forest" not in a
    a = _actors("Sir Owen Lake said the trust would appeal. Lake, 61, has led the trust since 2012.")
    assert a.get("Owen Lake", ("",))[0] == "person" and "Lake" not in a
    a = _actors("Sir Martin Hall, the former director, said the report was fair. Hall said he had regrets.")
    assert a.get("Martin Hall", ("",))[0] == "person" and "Sir Martin Hall" not in a
    a = _actors("Prince Jo Hall, a cousin of the king, attended the gala.")
    assert "Prince Jo Hall" not in a


def test_a_surname_st_john_after_a_courtesy_title_stays_a_person():
    k = kinds("Mr St John told the hearing he had not seen the letter. St John said he was abroad at the time.")
    assert k.get("St John") == "person"
    k = kinds("Ms St Mary, 48, and her partner were found dead. Police said Ms St Mary had called for help.")
    assert k.get("St Mary") == "person"
    k = kinds("Lord St John of Kelby spoke in the debate. St John said the bill was flawed.")
    assert k.get("St John") == "person"
    k = kinds("St Patrick was honoured in parades across the country on Monday.")
    assert k.get("St Patrick") == "person"
    k = kinds("Her son, St John Marsh, 9, was treated in hospital. St John's mother said he was recovering.")
    assert k.get("St John") != "place"
    k = kinds("Voters in Kelby, St Andrew, went to the polls. The service at St Joseph was full.")
    assert k.get("St Andrew") == "place" and k.get("St Joseph") == "place"


def test_given_names_after_a_courtesy_title_join_only_a_malay_shaped_name_of_the_same_person():
    a = _actors("Mr Peter Lim said the shop had shut. His brother Mr Peter Lim Wei said the family would reopen it.")
    assert "Peter Lim" in a and "Peter Lim Wei" in a
    a = _actors("Ms Siti Aminah, 21, said she had been threatened. Police said Siti Aminah Abdul Latif, 50, a "
                "neighbour, was arrested.")
    assert "Siti Aminah" in a and "Siti Aminah Abdul Latif" in a
    a = _actors("Siti Aminah Abdul Latif, 50, a teacher, said the school was shut. Ms Siti Aminah said so again.")
    assert "Siti Aminah" in a["Siti Aminah Abdul Latif"][1]


def test_a_team_s_plural_nickname_opening_a_sentence_is_the_team():
    a = _actors("Warriors beat the Hawks 101-98 on Sunday. Kelby Warriors coach Jo Marsh said the side was tired.")
    assert "Warriors" in a.get("Kelby Warriors", ("", set()))[1]
    a = _actors("Fishermen could not go out on Monday. The Tarn Fishermen's Association said boats stayed in port.")
    assert "Fishermen" not in a and "Tarn Fishermen's Association" in a


def test_a_body_named_for_members_and_a_cause_opening_a_sentence_before_and_is_kept():
    k = kinds("Canadians for Fairness spent $2m on the race.")
    assert k.get("Canadians for Fairness") == "organisation"
    k = kinds("Britons for Liberty and Club for Growth spent $2m on the race.")
    assert k.get("Britons for Liberty") == "organisation" and k.get("Club for Growth") == "organisation"


def test_a_currency_s_letters_before_a_number_and_a_unit_s_name_are_a_body():
    df = find_mentions(Article.from_text("The RM said 300 troops would deploy. RM 40 Commando is based in Taunton. "
                                         "The contract was worth RM 500 Million."))
    assert list(df["text"]).count("RM") == 2


def test_a_site_named_for_a_royal_and_the_royal_named_again_are_two_actors():
    k = kinds("Prince Jo Hospital in Kelby said beds were full. Prince Jo said he was proud of the staff.")
    assert k.get("Prince Jo Hospital") == "organisation" and k.get("Jo") == "person"
    k = kinds("Queen Ann School said exams would go ahead. Queen Ann said the pupils had worked hard.")
    assert k.get("Queen Ann School") == "organisation" and k.get("Ann") == "person"


def test_the_narrowed_rules_do_not_fire_on_ordinary_copy():
    for text in ("Tickets for Glastonbury sold out in an hour.", "Votes for Labour fell in the north.",
                 "Calls for Reform grew louder, Jo Marsh said.", "Hopes for Peace faded after the talks."):
        assert not any(" for " in n for n in kinds(text)), text
    assert kinds("Profits were Rs 500 Crore. Sales hit KD 40 Million and RM 3 Billion.") == {}
    a = _actors("Workers walked out. The United Auto Workers said talks had failed.")
    assert "Workers" not in a["United Auto Workers"][1]
    a = _actors("Democrats said the bill failed. Senate Democrats will vote on Tuesday. Republicans blocked it.")
    assert "Democrats" in a and "Republicans" in a
    a = _actors("Nurses in Kelby held a vigil. The Royal College of Nurses said pay was too low.")
    assert "Nurses" not in a["Royal College of Nurses"][1]
    a = _actors("She told Members the bill was fair. Many members own homes. All 40 Kelby Members voted.")
    assert "Members" not in a.get("Kelby Members", ("", set()))[1]
    k = kinds("St Patrick was honoured in parades on Monday. The nun will be known as St Teresa.")
    assert k.get("St Patrick") == "person" and k.get("St Teresa") == "person"


def test_a_bodys_word_alone_before_and_is_not_joined_to_a_body_that_ends_in_it():
    # final review of session 18: "Bank" left after a possessive ("Kelby's Bank") is the end of another bank's name
    for text, name in [("Kelby's Bank and Tarn Bank were sold to a rival.", "Tarn Bank"),
                       ("Shoppers at Kelby's Insurance and Vell Insurance complained.", "Vell Insurance"),
                       ("Staff said Bank and Metro Bank branches would close.", "Metro Bank")]:
        k = kinds(text)
        assert name in k and not any(n.startswith(("Bank and", "Insurance and")) for n in k), (text, k)


# --- session 19: a one-word town of the gazetteer with no cue at all ---------------------------------------------
# (the older gazetteer rules place these; a session-19 rule written for them changed nothing measured and was removed)

def test_an_uncued_town_of_the_gazetteer_after_a_locative_preposition_or_in_its_list_is_a_place():
    k = kinds("The operator will run extra coaches near Tamworth from May. "
              "\"I keep coming back to the plan,\" she said, \"and I keep thinking of the families in Grimsby.\" "
              "Growers shipped fruit to depots in Lisbon, Bilbao and Swansea, and prices rose across Toledo, "
              "Amy Hole, a farmer, said.")
    assert k.get("Tamworth") == "place" and k.get("Swansea") == "place" and k.get("Bilbao") == "place"
    assert k.get("Toledo") == "place" and k.get("Grimsby") == "place"


def test_an_uncued_town_name_after_a_verb_for_with_a_particle_or_shares_stays_an_actor():
    for text, name in [
        ("The striker joined Barnsley last summer and scored twice on Saturday.", "Barnsley"),
        ("The dispute with Swindon has gone on for a year, said a spokesman for the club.", "Swindon"),
        ("The report was written by Wrexham, a consultancy, for the ministry.", "Wrexham"),
        ("Shares in Toledo climbed 4% after the results were published on Monday.", "Toledo"),
        ("The chipmaker, which competes with Fresno in Asia, said demand was weak.", "Fresno"),
        ("The retreat was led by Fr. Miguel de los Santos, who spoke for an hour.", "Santos"),
        ("\"I like Dr. Hale and Lincoln,\" a voter said at the rally.", "Lincoln"),
        ("This was Churchill and Lincoln and even Reagan, the preacher told the crowd.", "Lincoln"),
    ]:
        k = kinds(text)
        assert k.get(name) != "place", (text, k)
    assert kinds("Emma Grimsby, 34, a nurse, said the ward was short. Grimsby has worked there for ten years.")[
        "Emma Grimsby"] == "person"


# --- session 19: a site's call to sign up for a newsletter or an app is page furniture ---------------------------

def test_a_call_to_sign_up_for_a_newsletter_or_app_names_no_actor():
    k = kinds("The Harbour Trust said repairs would start in June, according to a statement.\n\n"
              "Sign up for Tideline Digest to get our reporting delivered to your inbox.\n\n"
              "Subscribe to the Courier's Back Bench newsletter for the week in politics.\n\n"
              "Download the Courier App to get Morning Market Alerts.\n\n"
              "Want to get the latest news from Hexbury and Tarnmore straight to your inbox? Sign up to our emails.")
    assert k.get("Harbour Trust") == "organisation"
    for name in ("Tideline Digest", "Back Bench", "Morning Market Alerts", "Hexbury", "Tarnmore"):
        assert k.get(name) not in ("organisation", "person"), (name, k)


def test_sign_up_subscribe_or_download_in_a_sentence_of_the_story_keeps_its_names():
    for text, name in [
        ("Download speeds on the Acme Broadband app fell 20% in March, the regulator found.", "Acme Broadband"),
        ("Users who sign up for Northgate Bank's app by email get a discount, said Jo Harlow, its founder.",
         "Jo Harlow"),
        ("Subscribers to the Kelby Gazette newsletter fell by half, Mark Dunmore told the hearing.", "Mark Dunmore"),
        ("Sign language interpreters from Deafworks Ltd will attend the inquiry.", "Deafworks Ltd"),
        ("Registered nurses at Bramley Health said emails to managers went unanswered.", "Bramley Health"),
    ]:
        assert name in kinds(text), (text, kinds(text))  # (named, with whatever kind: "the Acme Broadband app")


# --- session 19: a named storm is a weather event, no actor ------------------------------------------------------

def test_a_named_storm_and_its_short_form_name_no_actor():
    k = kinds("Residents braced as Cyclone Marlo neared the coast on Friday. Marlo has weakened, but the cyclone "
              "could still bring flooding, the Harbour Board said.\n\n"
              "The forecaster named Storm Kelda on Monday and warned of gales as Hurricane Tarnell moved north.")
    assert k.get("Harbour Board") == "organisation"
    for name in ("Cyclone Marlo", "Marlo", "Storm Kelda", "Kelda", "Hurricane Tarnell", "Tarnell"):
        assert name not in k, (name, k)


def test_a_storm_word_in_a_person_or_company_name_is_kept():
    assert kinds("The actress Storm Hadley said the film was shot in Georgia during a storm.").get(
        "Storm Hadley") == "person"
    assert kinds("Tessa Quill, who founded Typhoon Analytics, said the hurricane season worried insurers.").get(
        "Tessa Quill") == "person"
    assert "Typhoon Analytics" in kinds("Tessa Quill, who founded Typhoon Analytics, said the hurricane season "
                                        "worried insurers.")
    assert kinds("Storm Hadley, the band's singer, told fans the tour would go ahead.").get("Storm Hadley") \
        == "person"  # (no storm written of in lower case)
    assert kinds("The rally was organised by Hurricane Relief Fund volunteers after the hurricane, said Jo Ames.").get(
        "Jo Ames") == "person"
    assert kinds("Sam Brook of Cyclone Pumps Ltd said demand rose after the cyclone.").get(
        "Cyclone Pumps Ltd") == "organisation"


# --- session 19: a reference's authors are no actors ------------------------------------------------------------

def test_the_authors_of_a_cited_paper_name_no_actor():
    k = kinds("\"The effect was large,\" said Dr. Tamsin Oakes, the study's lead author.\n\n"
              "Journal reference: Oakes T, van Brederode K, Lindqvist AH, et al. \"Screen time and sleep in "
              "adolescents.\" Journal of Youth Health, 2026.")
    assert k.get("Tamsin Oakes") == "person"
    for name in ("Brederode K", "van Brederode K", "Lindqvist AH", "Lindqvist"):
        assert name not in k, (name, k)


def test_et_al_without_initials_keeps_its_names():
    k = kinds("Banks such as Northgate Capital, Halvern Bank et al. have cut rates, said Jo Ames of the "
              "Savers Union.")
    assert k.get("Northgate Capital") == "organisation" and k.get("Jo Ames") == "person"
    assert kinds("The work of Priya Nandakumar et al. was cited by the court.").get("Priya Nandakumar") == "person"
    assert kinds("The paper by Marcus Reed and colleagues, et al., was retracted, Reed said.").get(
        "Marcus Reed") == "person"


# --- session 19: a firm "X & Y" before "and" and another firm's name ---------------------------------------------

def test_an_ampersand_firm_before_and_and_another_firm_names_two():
    k = kinds("The $2bn bond, led by Harwick & Dane and Tolland Mercer Securities, drew strong orders.")
    assert k.get("Harwick & Dane") == "organisation" and k.get("Tolland Mercer Securities") == "organisation"


def test_an_ampersand_firm_whose_name_goes_on_after_and_stays_one():
    for text, name in [
        ("The deal was advised by Marsh & Pike and Co., the broker said.", "Marsh & Pike and Co."),
        ("The bid came from Hale & Dorr and Partners on Monday.", "Hale & Dorr and Partners"),
        ("The firm, Pendle & Sons Roofing and Building Ltd, went bust in May.", "Pendle & Sons Roofing and Building Ltd"),
        ("Shares of Procter & Gamble and Johnson & Johnson rose on Friday.", "Procter & Gamble"),
        ("The Bureau of Food & Drug Safety and Consumer Protection said so.",
         "Bureau of Food & Drug Safety and Consumer Protection"),
    ]:
        assert kinds(text).get(name) == "organisation", (text, kinds(text))


# --- session 19: a columnist's bio "and the author of" a book ----------------------------------------------------

def test_a_columnists_bio_and_book_at_the_foot_name_no_actor():
    k = kinds("Rents rose 9% last year, the Tenants Union said.\n\n"
              "\"Nobody is building,\" said Mark Hollis, a builder.\n\n"
              "Dana Whitfield-Ames is a Coastal Ledger columnist and the author of The Long Lease.")
    assert k.get("Tenants Union") == "organisation" and k.get("Mark Hollis") == "person"
    assert "Dana Whitfield-Ames" not in k and "Long Lease" not in k


def test_and_after_a_role_in_a_sentence_of_the_story_keeps_the_name():
    k = kinds("Rents rose 9% last year, the Tenants Union said.\n\n"
              "Dana Whitfield is a columnist and the paper's owner fired her on Friday.")
    assert k.get("Dana Whitfield") == "person"
    k = kinds("Rents rose, the Tenants Union said.\n\nOmar Pike is an editor and author of three books, said "
              "his publisher, Hartley Press.")
    assert k.get("Omar Pike") == "person"
    k = kinds("\"It was a fraud,\" she said.\n\nLena Ford is the author of the complaint against Halvern Bank.")
    assert k.get("Lena Ford") == "person" and k.get("Halvern Bank") == "organisation"


# --- session 19: a name of two or three words with no cue stays an actor after a preposition ------------------

def test_an_uncued_name_after_at_of_a_role_or_in_a_list_stays_an_actor():
    for text, name in [
        ("\"It is a fair deal,\" said an analyst at Dunmore Hollis.", "Dunmore Hollis"),
        ("Kim Reyes worked at Tarrant Lynch for a decade before joining the fund.", "Tarrant Lynch"),
        ("Emer Doyle, head of equities at Quayside Brokers, was blunter.", "Quayside Brokers"),
        ("Mr Hale's colleague at Castlemoor, Rupen Oyelade, said the dividend now looked safe.", "Rupen Oyelade"),
        ("The couple met at Tarn Whitby's wedding in June.", "Tarn Whitby"),
        ("Funds at Halvern SGR lost 4%, its manager said.", "Halvern SGR"),
        ("The race was between Barack Obama and Mitt Ranney, the pollster said.", "Mitt Ranney"),
        ("\"It was a raid,\" said Paul Sperling of Counter Watch, a group.", "Counter Watch"),
        ("Lena Marsh, a professor in constitutional law at Sciences Vo, disagreed.", "Sciences Vo"),
        ("The talks were held at Dunmore Hollis on Tuesday, people familiar with the matter said.", "Dunmore Hollis"),
        ("Profits rose at Burberry and at Tate Lyle in the quarter.", "Tate Lyle"),
    ]:
        k = kinds(text)
        assert k.get(name) in ("person", "organisation"), (text, k)


# --- session 19: interjections, copyright lines and calls to send letters are no actors --------------------------

def test_a_one_word_exclamation_names_no_actor():
    k = kinds("Layoffs at a lender\n\nThe chief executive admitted the layoffs were her fault, the Tillbury Group "
              "said.\n\nYikes. But also: points for owning it.\n\n\"Crikey!\" said Tom Marsh, a trader.")
    assert k.get("Tillbury Group") == "organisation" and k.get("Tom Marsh") == "person"
    assert "Yikes" not in k and "Crikey" not in k


def test_a_one_word_name_in_a_sentence_with_a_verb_is_kept():
    assert kinds("Who bought the stake? Northgate. Northgate said it paid $4m.").get("Northgate") == "organisation"
    assert kinds("The buyer was Halvern, the bank said.").get("Halvern") in ("organisation", "person")
    assert kinds("\"Tarquin!\" she called. Tarquin Bell, 9, ran back to the car.").get("Tarquin Bell") == "person"


def test_a_copyright_line_and_a_call_to_send_letters_name_no_actor():
    k = kinds("Water rates rise\n\nRates will rise by 4%, said Jo Hale, the chair of Halvern Water Ltd.\n\n"
              "To submit a Life Story or a death notice, email obits@ledger.example\n\n"
              "Letters on the plan may be sent to the Ledger at P.O. Box 42, Kelby, Mo. Letters must be signed.\n\n"
              "© 2024 Tarnwell Media Ltd. Reproduction without permission is prohibited.")
    assert k.get("Halvern Water Ltd.") == "organisation" and k.get("Jo Hale") == "person"
    for name in ("Life Story", "P.O.", "Tarnwell Media Ltd", "Tarnwell Media Ltd. Reproduction"):
        assert k.get(name) not in ("organisation", "person"), (name, k)


def test_send_or_email_in_a_sentence_of_the_story_keeps_its_names():
    k = kinds("Acme Foods said it would send refunds to customers by email, Jo Hale, its chief, said.")
    assert k.get("Acme Foods") == "organisation" and k.get("Jo Hale") == "person"
    k = kinds("Investors were told to contact Northgate Capital, the fund's manager, said Lena Ford.")
    assert k.get("Northgate Capital") == "organisation" and k.get("Lena Ford") == "person"
    k = kinds("The charity, based at a post office box in Kelby, was run by Omar Pike, the court heard.")
    assert k.get("Omar Pike") == "person"


# --- review s19 N6-N8: a chain's outlet, a modifier in a list, a family or an employer after "a" stays an actor ------

def test_a_chain_outlet_after_an_indefinite_article_stays_an_organisation():
    for text, name in (("Plans for a new Aldi in Corby were approved by councillors on Tuesday.", "Aldi"),
                       ("The gunman opened fire at a Walmart in El Paso in 2019, killing 23 people.", "Walmart"),
                       ("The suspect was arrested outside a Starbucks on Queen Street, Toronto police said.",
                        "Starbucks"),
                       ("Shoppers at a Woolworths in western Sydney were evacuated after a gas leak, NSW Police said.",
                        "Woolworths"),
                       ("A Tesco in Manchester was closed after the flood, the supermarket said.", "Tesco"),
                       ("A man was injured at a Bunnings in Perth's north when strong winds toppled a sign, "
                        "WA Police said.", "Bunnings"),
                       ("Staff at a Coles in Melbourne's west walked off the job over the roster changes.", "Coles"),
                       ("He spent a year at an Infosys campus in Mysuru and then moved to a Wipro in Bengaluru.",
                        "Wipro")):
        assert kinds(text).get(name) == "organisation", (name, kinds(text))


def test_a_firm_modifying_a_shared_head_noun_in_a_list_is_no_product():
    assert kinds("A Qantas and Virgin Australia price war on the route has pushed fares down.").get(
        "Qantas") == "organisation"
    assert kinds("She bought an iPhone from an Apple, Samsung and Google reseller in Sydney.").get(
        "Apple") == "organisation"
    assert kinds("A Barclays or Lloyds customer who was mis-sold the policy may be owed compensation, "
                 "the regulator said.").get("Barclays") != "product"


def test_a_family_a_person_or_an_employer_after_a_is_no_product():
    assert kinds("Being a Murdoch, he said, meant living with constant scrutiny.").get("Murdoch") != "product"
    assert kinds("Having a Trump in the White House again has changed the calculus for Canada, "
                 "officials said.").get("Trump") in ("person", "organisation")
    assert kinds("Life as a Windsor, the prince wrote, meant life in a gilded cage.").get("Windsor") != "product"
    assert kinds("Being a Google, in the tech world, means never being small.").get("Google") == "organisation"
    k = kinds("He had applied to work at a Google, a Meta or an Amazon, but took a job at a startup.")
    assert k.get("Google") == "organisation" and k.get("Amazon") == "organisation"
    assert k.get("Meta") != "product"


# --- review s19 N12-N13: people and firms of two or three words after about/between/into stay actors --------------

def test_people_after_about_between_or_into_are_no_places():
    for text, name in (
            ("Talks between Xi Jinping and Joe Biden in Woodside lasted four hours, officials said.", "Xi Jinping"),
            ("Talks between Li Qiang and Anthony Albanese in Canberra covered trade.", "Li Qiang"),
            ("The tussle between Devendra Fadnavis and Eknath Shinde over the home portfolio continued.",
             "Devendra Fadnavis"),
            ("Critics have written extensively about Yogi Adityanath and his policing policies in Uttar Pradesh.",
             "Yogi Adityanath"),
            ("Congress leaders complained about Himanta Biswa Sarma in a letter to the Election Commission.",
             "Himanta Biswa Sarma"),
            ("BRS leaders complained about Revanth Reddy in the Assembly on Friday.", "Revanth Reddy"),
            ("The BJP is worried about Nitish Kumar and his shifting loyalties.", "Nitish Kumar"),
            ("Democrats raised questions about Kash Patel at the hearing on Thursday.", "Kash Patel"),
            ("Senators expressed doubts about Tulsi Gabbard before the committee vote.", "Tulsi Gabbard"),
            ("Fans on TikTok speculated about Sabrina Carpenter and her new album.", "Sabrina Carpenter"),
            ("Analysts were optimistic about Anura Kumara Dissanayake after his first budget.",
             "Anura Kumara Dissanayake"),
            ("Labor strategists were relaxed about Jacinta Nampijinpa Price and her attacks.",
             "Jacinta Nampijinpa Price"),
            ("Police opened an investigation into Huw Edwards in 2023.", "Huw Edwards")):
        assert kinds(text).get(name) == "person", (name, kinds(text))


def test_firms_of_two_or_three_words_after_about_between_into_or_through_are_no_places():
    for text, name in (
            ("The merger between Rolls Royce and Airbus was never seriously discussed, officials said.", "Rolls Royce"),
            ("A deal between Fianna Fáil and Fine Gael was signed on Wednesday.", "Fianna Fáil"),
            ("Creditors grew anxious about Country Garden after it missed a coupon payment, Bloomberg reported.",
             "Country Garden"),
            ("Ofwat opened an inquiry into Thames Water over sewage discharges, the regulator said on Tuesday.",
             "Thames Water"),
            ("The NSW regulator opened an inquiry into Crown Resorts in 2019.", "Crown Resorts"),
            ("Suppliers are worried about Jaguar Land Rover after the cyber attack halted production.",
             "Jaguar Land Rover"),
            ("The deal was arranged through Lazard Freres and announced on Monday.", "Lazard Freres")):
        assert kinds(text).get(name) != "place", (name, kinds(text))


# --- review s19 N9-N11: an uncued gazetteer name after a title's "of", in a from/of list, after about/out of/past --

def test_a_gazetteer_name_after_a_title_and_of_or_in_a_list_of_employers_is_no_place():
    for text, name in (
            ("Pekka Lundmark, the former CEO of Nokia, joined the board in March. He will chair the audit committee, "
             "the company said in a statement.", "Nokia"),
            ("Claudine Gay, the former President of Harvard, resigned in January.", "Harvard"),
            ("Sharon Pickering, the Vice-Chancellor of Monash, said the cuts would hit research.", "Monash"),
            ("\"The yen is still undervalued,\" said strategist Jo Doe of Mizuho in Tokyo.", "Mizuho"),
            ("Executives from Toyota, Honda and Mazda attended the ministry briefing in Tokyo on Friday.", "Honda"),
            ("Executives from Toyota, Honda and Mazda attended the ministry briefing in Tokyo on Friday.", "Mazda"),
            ("The chief executives of Toyota, Honda and Nissan met the trade minister in Tokyo.", "Honda"),
            ("The chief executives of Toyota, Honda and Nissan met the trade minister in Tokyo.", "Nissan")):
        assert kinds(text).get(name) != "place", (name, kinds(text))


def test_a_gazetteer_name_after_about_out_of_or_past_is_no_place():
    for text, name in (
            ("Hindenburg Research published allegations about Adani in January 2023, wiping billions off the "
             "group's market value. The short seller has since closed.", "Adani"),
            ("Spielberg spent a decade developing a film about Lincoln before casting Daniel Day-Lewis.", "Lincoln"),
            ("The museum will host an exhibition about Darwin next spring, curator Jo Doe told The Guardian.",
             "Darwin"),
            ("Her new memoir includes a chapter about Obama and the 2008 campaign, publisher Crown said on Tuesday.",
             "Obama"),
            ("The Labour MP raised concerns about Seymour and the Treaty Principles Bill in Parliament on Wednesday.",
             "Seymour"),
            ("The start-up, spun out of Nokia in 2019, makes radio chips for private 5G networks. It raised "
             "$40 million on Tuesday.", "Nokia"),
            ("Investors were nervous about Honda after the company cut its profit outlook, analysts said.", "Honda"),
            ("Toto Wolff said he had no worries about Mercedes heading into the summer break.", "Mercedes"),
            ("Luton moved past Wigan and into the top six.", "Wigan"),
            ("Collectors talk about Pontiac the way others talk about Ferrari.", "Pontiac")):
        assert kinds(text).get(name) != "place", (name, kinds(text))


# --- review s19 N1-N2: a story's sentence with an address, a name given as a one-word answer ----------------------

def test_a_sentence_of_the_story_with_an_email_address_keeps_its_names():
    k = kinds("Victims were told to email Action Fraud at report@actionfraud.police.uk, Detective Sergeant Jo Doe "
              "said.")
    assert k.get("Jo Doe") == "person" and "Action Fraud" in k
    k = kinds("Residents can submit comments to the Environmental Protection Agency at comments@epa.gov until "
              "March 1, agency spokesman Jo Doe said.")
    assert k.get("Jo Doe") == "person" and k.get("Environmental Protection Agency") == "organisation"
    assert kinds("Anyone with information is asked to contact Thames Valley Police on 101 or email "
                 "appeals@thamesvalley.police.uk, quoting reference 43240012345.").get(
        "Thames Valley Police") == "organisation"
    assert kinds("Anyone with information should contact Crimestoppers anonymously on 0800 555 111 or email "
                 "tips@northumbria.police.uk, Northumbria Police said.").get("Northumbria Police") == "organisation"
    k = kinds("The invoices were sent to Glencore and Trafigura at ops@example.com, the court heard.")
    assert k.get("Glencore") == "organisation" and k.get("Trafigura") == "organisation"


def test_an_imperative_call_to_write_with_a_speech_cue_is_a_sentence_of_the_story():
    for text in ("Write to Halvern Water at P.O. Box 42 if your bill is wrong, Jo Hale, the regulator's chief, said.",
                 "Send your meter readings to Halvern Water at P.O. Box 42, Jo Hale, the regulator's chief, told "
                 "customers."):
        k = kinds(text)
        assert k.get("Jo Hale") == "person" and "Halvern Water" in k, k
    k = kinds("Water bills rise\n\nRates will rise by 4%, said Jo Hale of Halvern Water Ltd.\n\n"
              "Email us at news@ledger.example with your story.\n\nWrite to the Editor, Kelby Ledger, P.O. Box 42.")
    assert k.get("Jo Hale") == "person"
    assert k.get("Kelby Ledger") not in ("organisation", "person"), k


def test_a_name_given_as_a_one_word_answer_is_kept():
    assert kinds("Then came the buyer. Nvidia. The chipmaker paid $700 million for the start-up.").get(
        "Nvidia") == "organisation"
    assert kinds("Who is to blame for the price rise? Ofgem. The regulator set the cap too high, consumer groups "
                 "say.").get("Ofgem") == "organisation"
    assert "Haaland" in kinds("Who scored the winner? Haaland. Who else? City's top scorer again delivered at the "
                              "Etihad.")
    assert "Reeves" in kinds("The biggest winner of the reshuffle?\n\nReeves.\n\nThe chancellor kept her job and "
                             "gained a deputy.")


# --- review s19 N3: a sign-up call with a speaker is a sentence of the story -------------------------------------

def test_a_call_to_sign_up_or_download_with_a_speech_cue_keeps_its_names():
    k = kinds("Download the Optus app, chief executive Stephen Rue urged customers, to check whether their details "
              "were exposed.")
    assert k.get("Stephen Rue") == "person" and "Optus" in k
    k = kinds("Download the Service NSW app, Premier Chris Minns told parents, to claim the back-to-school voucher.")
    assert k.get("Chris Minns") == "person" and "Service NSW" in k
    k = kinds("Sign up for the Ticketek app now, promoter Frontier Touring told fans, because the presale opens at "
              "noon.")
    assert "Frontier Touring" in k and "Ticketek" in k
    k = kinds("Sign up to the Ticketmaster app, Oasis told fans, for the presale on Saturday.")
    assert "Oasis" in k and "Ticketmaster" in k
    k = kinds("Sign up for Tesco's Clubcard app to get the discounts, says Jo Doe of Which?, but read the terms first.")
    assert k.get("Jo Doe") == "person" and k.get("Tesco") == "organisation"
    k = kinds("Get the latest Samsung Galaxy through the Vodafone app, the carrier said in an advertisement that the "
              "ASA later banned.")
    assert k.get("ASA") == "organisation" and "Vodafone" in k


def test_a_site_call_to_sign_up_with_no_speaker_is_still_furniture():
    k = kinds("Fares rise\n\nFares will rise by 4%, said Jo Hale of Kelby Rail.\n\n"
              "Sign up for Morning Tarn to get our investigations in your inbox.")
    assert k.get("Jo Hale") == "person" and "Morning Tarn" not in k


# --- review s19 N4: honours, members' letters and legal forms before "et al" are no authors' initials -------------

def test_names_with_post_nominals_or_legal_forms_before_et_al_are_actors():
    k = kinds("The letter, signed by Jo Doe MP, Sam Roe MP et al, urged the chancellor to rethink.")
    assert k.get("Jo Doe") == "person" and k.get("Sam Roe") == "person"
    k = kinds("The defence team - Jo Doe KC, Sam Roe KC et al - argued the search was unlawful.")
    assert k.get("Jo Doe") == "person" and k.get("Sam Roe") == "person"
    assert kinds("The case is Jo Doe v. Bayer AG et al, U.S. District Court for the Northern District of "
                 "California.").get("Bayer AG") == "organisation"
    assert kinds("The case is In re Purdue Pharma LP et al, U.S. Bankruptcy Court, Southern District of "
                 "New York.").get("Purdue Pharma LP") == "organisation"


def test_a_reference_with_plain_initials_is_still_furniture():
    k = kinds("The findings were published by Doe JA, Roe K, et al in the Lancet. Lead author Jane Doe of Oxford "
              "University said the result was surprising.")
    assert "Doe JA" not in k and "Roe K" not in k and k.get("Jane Doe") == "person"


# --- review s19 N5: a person named Storm is no storm --------------------------------------------------------------

def test_a_person_named_storm_in_a_story_of_wind_is_kept():
    assert "Storm Hunter" in kinds("Storm Hunter and her partner won the doubles final despite gusty winds at "
                                   "Melbourne Park.")
    assert "Storm Sanders" in kinds("Australia's Storm Sanders withdrew from the tournament as winds of 60km/h "
                                    "swept the courts.")
    assert "Storm Thorgerson" in kinds("The album cover by Storm Thorgerson shows a storm over the Welsh hills.")
    assert "Storm Kelby" in kinds("Storm Kelby, 29, lost in three sets as winds swirled around the court.")


def test_a_storm_that_plays_havoc_or_hits_a_home_is_still_a_storm():
    k = kinds("Storm Darvel played havoc with ferries on Sunday, as the storm moved east.")
    assert "Storm Darvel" not in k and "Darvel" not in k
    k = kinds("Jo Hale, 74, said the storm flooded her street. On Sunday Storm Darvel destroyed her home.")
    assert "Storm Darvel" not in k and k.get("Jo Hale") == "person"
    k = kinds("On Wednesday Hurricane Telma made landfall near Sarasota. The hurricane brought flooding to Tampa, "
              "and Telma weakened overnight.")
    assert "Hurricane Telma" not in k and "Telma" not in k
# --- session 19, names round 2: international copy ---------------------------------------------------------------

def test_names_with_accented_capitals_and_small_letters_are_people():
    for text, name in (("Zoë Müller said the plan was sound.", "Zoë Müller"),
                       ("Łukasz Wójcik said the plan was sound.", "Łukasz Wójcik"),
                       ("Ayşe Şahin said the plan was sound.", "Ayşe Şahin"),
                       ("Þórdís Gylfadóttir said the plan was sound.", "Þórdís Gylfadóttir"),
                       ("Óscar Pérez said the plan was sound.", "Óscar Pérez"),
                       ("Søren Lund and Øystein Berg said the plan was sound.", "Øystein Berg"),
                       ("Ángel Ruiz and Álvaro Soto said the plan was sound.", "Álvaro Soto"),
                       ("Émile Roux said the plan was sound.", "Émile Roux"),
                       ("Hernán Cortés landed in Mexico in 1519, the historian said.", "Hernán Cortés"),
                       ("Hélène Dufort and Jérôme Vasseur said the plan was sound.", "Jérôme Vasseur")):
        assert kinds(text)[name] == "person", text
    # A name opening with an accented surname ("Đặng Văn Hùng") is no longer a person on its accents alone: an
    # accented first word opens a person's name only when it is a listed given name (it is read as a body now).


def test_accents_in_a_later_word_make_no_person_of_a_body_or_place():
    for text in ("Île-de-France Mobilités said trains would run.", "Mötley Crüe announced a farewell tour.",
                 "École Normale Supérieure said the lecture was cancelled.",
                 "Iarnród Éireann said trains would be delayed.", "Türkiye İş Bankası said lending rose.",
                 "Dáil Éireann will sit on Tuesday, the Ceann Comhairle said.",
                 "Kraków Główny station was closed."):
        k = kinds(text)
        assert not any(n.split()[0] in text.split()[0] and v == "person" for n, v in k.items()), (text, k)


def test_a_word_ending_the_sentence_before_a_name_is_no_noun_of_it():
    k = kinds("Tobias Engström, the chief executive of Nordvik Shipping, said the order was firm. "
              "Engström added that more would follow.")
    assert k["Tobias Engström"] == "person" and k["Nordvik Shipping"] == "organisation"
    assert kinds("Tobi Anderton said the order was firm. Anderton added that more would follow.")[
        "Tobi Anderton"] == "person"


def test_a_noun_before_a_name_in_the_same_sentence_still_types_it():
    assert kinds("Shares of the firm Kelvora Holdings fell on Tuesday.")["Kelvora Holdings"] == "organisation"
    assert kinds("The order came from the retailer Marlow Brandt, she said.")["Marlow Brandt"] == "organisation"
    assert kinds("Dr. Ana Ferreira said the results were clear.")["Ana Ferreira"] == "person"
    assert kinds("He met analyst Jo Tarnby on Friday.")["Jo Tarnby"] == "person"
    assert kinds("It was a busy day for the firm. Jane Doe said so.")["Jane Doe"] == "person"


def test_a_given_name_alone_joins_the_one_presumed_person_whose_surname_is_used_alone():
    df = find_mentions(Article.from_text(
        "Tarnel Vardon runs the lab. Vardon is, by most accounts, the reason the others came. Later, Tarnel spoke "
        "to staff."))
    k = dict(zip(df["name"], df["kind"]))
    assert k["Tarnel Vardon"] == "person" and "Tarnel" not in k
    assert kinds("The man at the centre of it all is Anselm Vardon, a soft-spoken engineer who spent six years at "
                 "Kelvora before he left in August to run the new lab. Vardon is, by most accounts, the reason the "
                 "others came. “Anselm is a friend, and he’s going to do good work,” she says.")[
        "Anselm Vardon"] == "person"


def test_a_first_word_shared_by_two_names_joins_neither_by_default():
    df = find_mentions(Article.from_text(
        "Kelvora Devices Inc. unveiled the Kelvora Orbit on Monday. The Orbit costs $300. "
        "A Kelvora spokesperson said sales were strong."))
    k = dict(zip(df["name"], df["kind"]))
    assert k["Kelvora Devices Inc."] == "organisation"
    assert k.get("Kelvora Orbit") != "person" or "Kelvora" not in set(df["name"])


def test_a_body_named_for_its_place_after_du_or_de_is_no_person():
    assert kinds("The utility, Énergie Boréale du Québec, raised rates. Énergie Boréale du Québec declined "
                 "to comment.")["Énergie Boréale du Québec"] == "organisation"
    assert kinds("Energie Boreale du Quebec will raise rates. Energie Boreale du Quebec declined to comment.")[
        "Energie Boreale du Quebec"] == "organisation"
    assert kinds("Pedro de Mendoza said the plan was sound.")["Pedro de Mendoza"] == "person"
    assert kinds("Marie du Pont said the plan was sound.")["Marie du Pont"] == "person"


def test_a_bloc_before_a_members_abbreviation_is_a_party():
    k = kinds("The motion was backed by the Bloc Varennois. Bloc Varennois MP Jean-Luc Roy said it was late.")
    assert k["Bloc Varennois"] == "organisation" and k["Jean-Luc Roy"] == "person"


def test_on_and_a_place_after_a_site_is_where_it_stands():
    k = kinds("The debate at Kelvin University on Long Island was lively, Jane Roe said.")
    assert k["Kelvin University"] == "organisation" and k["Long Island"] == "place"
    k = kinds("She studied at Bay Tarn College on Cape Cod.")
    assert k["Bay Tarn College"] == "organisation" and "Bay Tarn College on Cape Cod" not in k


def test_on_stays_inside_a_body_named_for_its_remit():
    assert kinds("He joined the Council on Foreign Relations in 2004.")["Council on Foreign Relations"] \
        == "organisation"
    assert "Center on Budget and Policy Priorities" in kinds("The Center on Budget and Policy Priorities said so.")
    assert "Institute on Aging" in kinds("The Institute on Aging said so.")
    assert "Commission on Presidential Debates" in kinds("The Commission on Presidential Debates met on Monday.")
    assert "Committee on Ways and Means" in kinds("The Committee on Ways and Means met on Monday.")
    assert "Kelby University" in kinds("Kelby University on Monday said fees would rise.")
    assert "Southend-on-Sea" in kinds("He lives in Southend-on-Sea.")


def test_the_and_a_faith_or_nation_adjective_and_a_movement_head_is_a_body():
    assert kinds("Fighters of the Islamic State seized the town, officials said.")["Islamic State"] == "organisation"
    assert kinds("He fought the Islamic State in Kelbia, he said.")["Islamic State"] == "organisation"
    assert kinds("The Kurdish Front won seats.")["Kurdish Front"] == "organisation"
    assert kinds("The National Front won the vote.")["National Front"] == "organisation"


def test_a_faith_or_nation_adjective_alone_or_as_a_modifier_names_no_body():
    for text in ("The Islamic world reacted with anger.", "An Islamic State fighter was held.",
                 "He met the Irish Army chief on Monday.", "Islamic State fighters fled the town.",
                 "The French teacher said the class was full.", "The Catholic school will close.",
                 "The United States said so.", "The national party leader spoke."):
        k = kinds(text)
        assert not any(v == "person" for v in k.values()), text
    assert "Islamic" not in kinds("The Islamic world reacted with anger.")


def test_surnames_listed_with_and_after_a_firms_people_are_one_firm():
    k = kinds("John Crane, a partner at Crane, Lowell and Stroud, said the deal was done.")
    assert k["Crane, Lowell and Stroud"] == "organisation" and k["John Crane"] == "person"
    assert kinds("A lawyer at Marsh, Tolley and Brant filed the suit on Monday.")["Marsh, Tolley and Brant"] \
        == "organisation"
    assert kinds("Counsel at Marsh, Tolley and Brant filed the suit.")["Marsh, Tolley and Brant"] == "organisation"


def test_a_list_of_firms_after_several_people_or_with_a_longer_last_item_is_no_one_firm():
    for text, bad in (("Lawyers at Freshfields, Linklaters and Clifford Chance advised the banks. The deal closed "
                       "on Friday.", "Freshfields, Linklaters and Clifford"),
                      ("Lawyers at Linklaters, Freshfields and Allen & Overy advised the banks.",
                       "Linklaters, Freshfields and Allen"),
                      ("Attorneys at Skadden, Arps and Latham & Watkins worked on the deal, the filing said.",
                       "Skadden, Arps and Latham"),
                      ("Lawyers at Marsh, Tolley and Brant filed the suit on Monday.", "Marsh, Tolley and Brant"),
                      ("A partner at Marsh, Tolley and Clifford Chance said so.", "Marsh, Tolley and Clifford"),
                      ("An attorney with Marsh, Tolley and Allen & Overy said so.", "Marsh, Tolley and Allen")):
        k = kinds(text)
        assert bad not in k and not any(n.startswith(bad) for n in k), (text, k)
    k = kinds("Lawyers at Linklaters, Freshfields and Allen & Overy advised the banks.")
    assert k.get("Allen & Overy") == "organisation", k


def test_a_list_with_and_is_no_firm_without_a_firms_people_before_at_of_or_with():
    for text, first in (("Lawyers for Marsh, Tolley and Brant filed the suit on Monday.", "Marsh"),
                        ("Analysts at Barclays, Citi and Nomura cut their targets.", "Barclays"),
                        ("Partners at offices in Leeds, York and Hull met.", "Leeds"),
                        ("He met with Tolley, Marsh and Brant on Monday.", "Tolley"),
                        ("The firms Tolley, Marsh and Brant each bid.", "Tolley"),
                        ("A partner at Acme said Jane, Tom and Ann Doe had left.", "Acme")):
        assert first in kinds(text), text


def test_a_lone_speaker_with_an_accented_surnames_ending_is_a_person():
    from analysis.mentions import actor_candidates
    art = Article.from_text("The talks were close, Wiśniewski said, and would go on. Wiśniewski told reporters "
                            "the deal was near.")
    assert [(a[0], a[1]) for a in actor_candidates(art)] == [("Wiśniewski", "person")]
    art = Article.from_text("The talks were close, Kelbrook said, and would go on. Kelbrook told reporters "
                            "the deal was near.")
    assert [(a[0], a[1]) for a in actor_candidates(art)] == [("Kelbrook", "organisation")]


def test_a_nordic_or_estonian_as_and_a_radio_station_before_a_name_mark_a_body():
    assert kinds("The firm will borrow the money from Tarnemere Pank AS over 15 years. Tarnemere Pank said it had "
                 "a long relationship with the town.")["Tarnemere Pank AS"] == "organisation"
    assert kinds("Spanish radio station Onda Kelbica reported it.")["Onda Kelbica"] == "organisation"
    assert kinds("He told the TV station Kelby Live that he would run.")["Kelby Live"] == "organisation"


def test_as_in_capitals_and_a_station_in_other_senses_stay_ordinary():
    assert kinds("IT WAS AS BAD AS IT GETS, Jane Doe said.") == {"Jane Doe": "person"}
    assert kinds("Jane Doe works AS a nurse.") == {"Jane Doe": "person"}
    assert kinds("The radio station manager Jane Doe said it was late.")["Jane Doe"] == "person"
    assert kinds("She waited at the station. Jane Doe said the train was late.")["Jane Doe"] == "person"
    assert kinds("Tom Bell, a radio station owner, said so.")["Tom Bell"] == "person"


def test_a_place_or_a_body_called_like_a_given_name_joins_no_person():
    assert kinds("Jordan Peele made the film. Peele is a director. The film was shown in Jordan last year.")[
        "Jordan Peele"] == "person"
    k = kinds("Austin Reed runs the shop. Reed is busy. Prices in Austin rose.")
    assert k["Austin Reed"] == "person" and k["Austin"] == "place"
    k = kinds("Kelvo Brant runs the shop. Brant is busy. Kelvo shares fell on Monday.")
    assert k.get("Kelvo") != "person"


def test_a_plateau_and_heights_end_a_places_name():
    assert kinds("Boats fished on the Kelby Plateau last year, Jane Doe said.")["Kelby Plateau"] == "place"
    assert kinds("Homes in Tarn Heights were sold, Jane Doe said.")["Tarn Heights"] == "place"


def test_heights_or_plateau_inside_a_bodys_name_leave_it_a_body():
    assert kinds("Crown Heights Capital said it would invest.")["Crown Heights Capital"] == "organisation"
    assert kinds("The Heights Group said so.")["Heights Group"] == "organisation"
    assert kinds("Plateau Energy Ltd said it would invest.")["Plateau Energy Ltd"] == "organisation"
    assert kinds("Kelby Heights Primary School will close, Jane Doe said.")["Kelby Heights Primary School"] \
        == "organisation"
    assert kinds("Jo Heights said the plan was sound.")["Jo Heights"] == "person"


def test_an_adjective_and_a_movement_head_going_on_with_for_or_of_is_no_fragment():
    for text in ("The Democratic Front for the Liberation of Palestine said it would attend.",
                 "The Popular Front for the Liberation of Kelvaria said it would attend.",
                 "The National Party of Kelvaria said it would stand."):
        k = kinds(text)
        assert not any(n in k for n in ("Democratic Front", "Popular Front", "National Party")), (text, k)
    assert kinds("The Kurdish Front said it would attend.")["Kurdish Front"] == "organisation"


def test_a_noun_phrase_ending_the_sentence_before_a_name_still_types_it():
    for text, name in (("It was the best result in years for the party. Sinn Féin said it would form a government.",
                        "Sinn Féin"),
                       ("Voters backed the party. Sinn Féin won 39 seats.", "Sinn Féin"),
                       ("Voters deserted the party. Kelby First said it would regroup.", "Kelby First")):
        assert kinds(text)[name] == "organisation", text
    # must not fire: the word is a predicate, no noun phrase's head
    assert kinds("Tobi Anderton said the order was firm. Anderton added that more would follow.")[
        "Tobi Anderton"] == "person"
    assert kinds("It was a busy day for the firm. Jane Doe said so.")["Jane Doe"] == "person"
    assert kinds("Voters were firm. Tobi Anderton said so.")["Tobi Anderton"] == "person"
    assert kinds("Tarnel Vardon runs the lab. Vardon is, by most accounts, the reason the others came.")[
        "Tarnel Vardon"] == "person"
    assert kinds("Tobi Anderton joined the firm. Anderton said so.")["Tobi Anderton"] == "person"


def test_a_given_name_alone_joins_no_person_when_the_story_says_it_is_a_place():
    df = find_mentions(Article.from_text("Lincoln Shaw, a farmer, said crops failed. Shaw blamed the drought. "
                                         "Lincoln is a market town nearby."))
    rows = list(zip(df["name"], df["kind"]))
    assert ("Lincoln", "place") in rows and rows.count(("Lincoln Shaw", "person")) == 2, rows
    assert kinds("Kelby is a small fishing village. Jo Doe lives there.")["Kelby"] == "place"
    # must not fire: a person said to be a city's or a town's something
    for text, name in (("Jo Doe is a city councillor. She said so.", "Jo Doe"),
                       ("Jo Doe was a town planner in Kelby, she said.", "Jo Doe"),
                       ("Tobi Varga, a farmer, said crops failed. Varga blamed the drought. Later, Tobi spoke.",
                        "Tobi Varga")):
        assert kinds(text)[name] == "person", text


def test_spanish_portuguese_and_italian_forms_of_address_stay_out_of_the_name():
    df = find_mentions(Article.from_text("Señora López said the school had failed her son. López said she would "
                                         "complain."))
    assert set(zip(df["name"], df["kind"])) == {("López", "person")}
    for text, name in (("Sra. Ana Roe said the school had failed her son.", "Ana Roe"),
                       ("Signor Rossi said the shop would close.", "Rossi"),
                       ("Dona Maria Silva said the shop would close.", "Maria Silva"),
                       ("Doña Ana Ruiz said the shop would close.", "Ana Ruiz"),
                       ("John Doe Sr. said the shop would close.", "John Doe")):
        assert kinds(text) == {name: "person"}, text


# --- a person's role in apposition after a name of no known shape (session 19's accented names kept this) --------

def test_a_persons_role_in_apposition_makes_a_person_of_a_name_of_no_known_shape():
    # (an accented first word that is no listed given name, a surname written first: the name alone tells nothing)
    assert kinds("Şükrü Demir, a fisheries researcher, said stocks were low.")["Şükrü Demir"] == "person"
    k = kinds("Nguyễn Thị Lan, a teacher, said the school was full. Lan said classes were large.")
    assert k["Nguyễn Thị Lan"] == "person" and "Lan" not in k
    assert kinds("Đặng Văn Hùng, an economist at the bank, said growth would slow.")["Đặng Văn Hùng"] == "person"


def test_a_role_a_body_has_too_or_a_role_after_a_place_makes_no_person():
    assert kinds("Acme Holdings, a property developer, said the homes would be ready.")["Acme Holdings"] \
        == "organisation"
    assert kinds("Kelby Mining, a member of the group, said output rose.")["Kelby Mining"] == "organisation"
    assert kinds("Tarnfield Capital, an asset manager, said it had sold the stake.")["Tarnfield Capital"] \
        == "organisation"
    assert kinds("Ashby Media Group, a broadcaster, said the show would return.")["Ashby Media Group"] == "organisation"
    k = kinds("Joseph Doe Spiteri, 52, of Naxxar, a director of Kelby Developments Ltd, was charged on Monday.")
    assert k.get("Naxxar") != "person" and k["Joseph Doe Spiteri"] == "person"


def test_a_broadcaster_named_radio_television_tv_or_broadcasting_is_an_organisation():
    assert kinds("Kelby Radio, a broadcaster, said the show would return.")["Kelby Radio"] == "organisation"
    assert kinds("Ashby TV said the show would return next year.")["Ashby TV"] == "organisation"
    assert kinds("Tarn Broadcasting said the show would return.")["Tarn Broadcasting"] == "organisation"
    # (a radio host stays a person; the word alone, in lower case or after a verb, names no body)
    k = kinds("Radio host Jo Doe said the plan was sound. She told Kelby Radio the vote was close.")
    assert k["Jo Doe"] == "person" and k["Kelby Radio"] == "organisation"


# --- session 20: Romance bodies' names with words in lower case; a firm's tail and legal form; "bint" ----------

def test_a_romance_bodys_name_goes_on_over_words_in_lower_case_and_particles():
    k = kinds("The Fédération des contribuables du Kelbec, a taxpayers' group, said the review was overdue.")
    assert k["Fédération des contribuables du Kelbec"] == "organisation"
    k = kinds("Marie Doe, critic for the Parti progressiste du Kelbec, said the plan had failed.")
    assert k["Parti progressiste du Kelbec"] == "organisation" and k["Marie Doe"] == "person"
    k = kinds("Its project office, Société du tramway de la Kelbec-Nord, said it would co-operate.")
    assert k["Société du tramway de la Kelbec-Nord"] == "organisation"
    assert kinds("Caisse de dépôt et placement du Kelbec bought the stake on Monday.") \
        == {"Caisse de dépôt et placement du Kelbec": "organisation"}
    assert kinds("Museo Tarno y Kelby de Arte Moderno opened the show on Friday.") \
        == {"Museo Tarno y Kelby de Arte Moderno": "organisation"}


def test_english_words_after_a_romance_bodys_name_stay_out_of_it():
    for text in ("Banco Kelby chairman Luis de Souza said rates would rise.",
                 "The Instituto said de la Cruz would lead the panel.",
                 "Grupo Tarn's de facto head, Ana Roe, said sales rose.",
                 "Banque Kelby sold del Monte shares on Monday, Jo Doe said.",
                 "Grupo Kelby and rival del Tarn Holdings bid for the port.",
                 "The Parti said voters in du Bois County were angry."):
        names = set(kinds(text))
        assert not any(" " in n and n.split()[0] in ("Banco", "Instituto", "Grupo", "Banque", "Parti")
                       and n.split()[1].islower() for n in names), (text, names)
    k = kinds("Banco Kelby chairman Luis de Souza said rates would rise.")
    assert k["Banco Kelby"] == "organisation" and k["Luis de Souza"] == "person"


def test_a_legal_form_after_a_partners_firms_tail_closes_its_name():
    k = kinds("The review will be carried out by the engineering firm Doe, Roe et Associés Inc., which has 180 days.")
    assert k == {"Doe, Roe et Associés Inc.": "organisation"}
    k = kinds("The plan was drawn up by Tarnley, Kelby & Partners Ltd. for the council.")
    assert k == {"Tarnley, Kelby & Partners Ltd.": "organisation"}


def test_names_after_a_partners_firm_without_its_legal_form_stay_apart():
    k = kinds("Shares in Doe, Roe & Co fell on Monday, while Acme Inc rose.")
    assert k["Doe, Roe & Co"] == "organisation" and k["Acme Inc"] == "organisation"
    k = kinds("Doe, Roe & Sons said Tarn Ltd would buy the plant.")
    assert k["Doe, Roe & Sons"] == "organisation" and k["Tarn Ltd"] == "organisation"
    k = kinds("Blackstone, KKR and Partners Group bid for the firm.")
    assert not any(n.endswith("Group") and "," in n for n in k)
    k = kinds("Lawyers at Doe, Roe & Partners said Kelby Holdings Ltd had settled.")
    assert k["Doe, Roe & Partners"] == "organisation" and k["Kelby Holdings Ltd"] == "organisation"
    k = kinds("Doe & Partners, Ltd said on Monday it had hired Jo Roe.")
    assert k["Jo Roe"] == "person"


def test_bint_inside_an_arabic_womans_name_joins_it():
    k = kinds("Dr Aisha bint Khalid al-Tarni, an economist, said demand was high.")
    assert k == {"Aisha bint Khalid al-Tarni": "person"}
    k = kinds("Minister Mariam bint Saeed al-Kelbani opened the port on Monday.")
    assert k.get("Mariam bint Saeed al-Kelbani") == "person"


def test_bint_as_an_english_word_joins_no_name():
    for text, want in (("He called Tracey a silly bint, Jo Doe said.", {"Jo Doe": "person"}),
                       ("Aisha Tarni said demand was high.", {"Aisha Tarni": "person"}),
                       ("Sheikh Hamad bin Khalid al-Tarni said talks went on.", {"Hamad bin Khalid al-Tarni": "person"}),
                       ("Jo Doe said the old bint had left Kelby.", None),
                       ("Mary Roe met Sara Khalid on Monday.", {"Mary Roe": "person", "Sara Khalid": "person"})):
        k = kinds(text)
        assert not any("bint" in n for n in k), (text, k)
        if want:
            for n, kind in want.items():
                assert k.get(n) == kind, (text, k)


def test_a_plural_of_a_role_capitalised_only_where_a_sentence_opens_names_no_actor():
    k = kinds("Campaigners say it is a closure by the back door. Jo Doe, who chairs the group, said it was wrong.")
    assert "Campaigners" not in k and k["Jo Doe"] == "person"
    k = kinds("* Airlines fall; Kelby Air down 6.4 percent\n\nAirlines were also weak as investors worried about "
              "fuel costs. Kelby Air fell 6.4 percent.")
    assert "Airlines" not in k and k["Kelby Air"] == "organisation"


def test_a_plural_of_a_role_inside_a_sentence_or_a_longer_name_is_kept():
    k = kinds("Kelby Senators said on Monday the coach had left. Fans of the Kelby Senators were angry.")
    assert k["Kelby Senators"] == "organisation"
    k = kinds("The Nurses United union said pay was too low. Nurses United will strike on Monday.")
    assert k.get("Nurses United") == "organisation"
    k = kinds("Barclays said profits rose. Barclays will hire 200 staff.")
    assert k["Barclays"] == "organisation"
    k = kinds("Jo Doe of the Kelby Campaigners' Alliance said the plan was wrong.")
    assert any("Campaigners" in n for n in k), k
    k = kinds("Lenders at Kelby Bank said rates would rise. Kelby Bank chief Jo Doe agreed.")
    assert k["Kelby Bank"] == "organisation" and k["Jo Doe"] == "person"


def test_a_chambers_committee_of_fields_listed_in_commas_is_one_body():
    k = kinds("Sen. Jo Doe, the top Republican on the Senate Banking, Housing and Urban Affairs Committee, said the "
              "bill was dead.")
    assert k["Senate Banking, Housing and Urban Affairs Committee"] == "organisation" and k["Jo Doe"] == "person"
    k = kinds("The Senate Health, Education, Labor, and Pensions Committee will vote on Tuesday.")
    assert k == {"Senate Health, Education, Labor, and Pensions Committee": "organisation"}


def test_a_chamber_and_a_list_with_no_committee_closing_it_stay_apart():
    k = kinds("The House, Senate and White House agreed on the plan.")
    assert k["House"] == "organisation" and k["White House"] == "organisation"
    k = kinds("The Senate Finance, Banking and Judiciary committees met on Monday.")
    assert not any("," in n for n in k), k
    k = kinds("Senate Finance, Jo Doe and the Banking Committee met.")
    assert k["Jo Doe"] == "person" and not any("," in n for n in k), k
    k = kinds("House Speaker Jo Doe, the Senate and the Rules Committee met on Monday.")
    assert k["Jo Doe"] == "person" and not any("," in n for n in k), k
    k = kinds("The Senate Banking panel, Kelby Holdings and Tarn Capital Committee members met.")
    assert not any(n.startswith("Senate Banking,") for n in k), k


def test_the_first_of_two_spanish_surnames_alone_is_the_person():
    df = find_mentions(Article.from_text(
        "At a news conference, Governor Rodrigo Kelbaría Tarnas said the board did not see the move as a turn. "
        "\"We are taking our foot off the accelerator,\" Kelbaría told reporters. Kelbaría said the board would wait."))
    assert set(df["name"]) == {"Rodrigo Kelbaría Tarnas"}
    df = find_mentions(Article.from_text(
        "The critic Beatriz Tarnoz Méndez wrote one of the few reviews. \"She hated the word,\" Tarnoz said."))
    assert set(df["name"]) == {"Beatriz Tarnoz Méndez"}


def test_a_middle_name_or_a_shared_surname_alone_is_no_first_surname():
    def named(text):
        df = find_mentions(Article.from_text(text))
        return dict(zip(df["text"], df["name"]))
    k = named("Sen. Jane Moore Doe said the bill was dead. Doe added that Moore, the coach, had left.")
    assert k["Doe"] == "Jane Moore Doe" and k.get("Moore") != "Jane Moore Doe"
    k = named("John Paul Roe led the band for years. Paul said the tour was over.")
    assert k.get("Paul") != "John Paul Roe"
    k = named("Ana Smith Jones and John Smith spoke on Monday. Smith said the plan had failed.")
    assert k["Smith"] != "Ana Smith Jones"
    k = named("Mary Kelby Roe met staff at Kelby Holdings. Kelby said profits rose.")
    assert k.get("Kelby") != "Mary Kelby Roe"
    k = named("Maria Lopez Tarn and Ana Lopez Roe spoke on Monday. Lopez said the plan had failed.")
    assert k.get("Lopez") not in ("Maria Lopez Tarn", "Ana Lopez Roe")


def test_a_first_surname_after_a_title_or_introducing_someone_is_left_to_the_titled_rule():
    def named(text):
        df = find_mentions(Article.from_text(text))
        return dict(zip(df["text"], df["name"]))
    k = named("Rep. Dora Gale Whitcombe spoke on Monday. Gale, a teacher from Kelby, agreed with the plan.")
    assert k.get("Gale") != "Dora Gale Whitcombe"


def test_a_german_unions_name_goes_on_over_und_and_its_list():
    k = kinds("The union IG Kelbwerk und Metall (IGKM) said it was preparing warning strikes at four sites.")
    assert k["IG Kelbwerk und Metall"] == "organisation" and "Metall" not in k
    k = kinds("The union IGBT - Industriegewerkschaft Kelbau, Tarn und Maschinen - said it would strike.")
    assert k["Industriegewerkschaft Kelbau, Tarn und Maschinen"] == "organisation" and "Maschinen" not in k


def test_german_words_of_bonds_media_or_a_broker_join_no_body():
    for text, want in (("German Bund yields rose on Monday, Jo Doe said.", {"Jo Doe": "person"}),
                       ("Traders sold Bund futures and bought Treasuries, Jo Doe said.", {"Jo Doe": "person"}),
                       ("Watch it on IG Live, Jo Doe said.", {"Jo Doe": "person"}),
                       ("IG Group said profits rose on Monday.", {"IG Group": "organisation"}),
                       ("Kelby Verband chief Jo Doe and Tarn Holdings agreed.", {"Jo Doe": "person",
                                                                               "Tarn Holdings": "organisation"})):
        k = kinds(text)
        assert all(k.get(n) == kind for n, kind in want.items()), (text, k)
        assert not any(" und " in n or " and " in n for n in k), (text, k)


def test_an_elided_article_before_a_capital_goes_on_inside_a_name():
    k = kinds("Jo Doe of the Banque de l'Union Kelbec said rates would rise.")
    assert k["Banque de l'Union Kelbec"] == "organisation" and k["Jo Doe"] == "person"
    k = kinds("Mutuelles Kelby de l'Atlantique cut its forecast on Monday.")
    assert "Mutuelles Kelby de l'Atlantique" in k


def test_an_elided_article_before_a_small_letter_joins_nothing():
    for text in ("Jo Doe said d'oh and left the room.", "They toasted l'chaim at the party, Jo Doe said.",
                 "Jo Doe ordered the duck à l'orange at Kelby Grill.", "Jo Doe won the prix d'excellence in May.",
                 "Jo Doe said the hors d'oeuvres were cold."):
        k = kinds(text)
        assert k.get("Jo Doe") == "person" and not any("'" in n for n in k), (text, k)


# (a story's body, then its foot: the writers' bios and credits below are the paper's own staff, no actors)
_BODY = ("The council approved the plan on Monday. \"It is a good day,\" said Mayor Jo Roe, who backed the plan for "
         "years.\n\nThe vote was 7-2. Critics said the cost was too high.\n\nThe plan goes to the county next month.\n\n")


def test_a_contributors_credit_of_names_and_places_names_no_actor():
    for foot, name in (("(With inputs from Priya Kelkar in New Delhi)", "Priya Kelkar"),
                       ("With a report from Étienne Tarnier in Ottawa", "Étienne Tarnier"),
                       ("With reporting from Sam Kelby and Ana Tarn.", "Sam Kelby")):
        k = kinds(_BODY + foot)
        assert name not in k and k["Jo Roe"] == "person", (foot, k)


def test_a_sentence_opening_like_a_credit_that_goes_on_in_lower_case_keeps_its_names():
    for text, name in (("With a report from Kelby Audit due in May, Jo Doe will decide the plan.", "Jo Doe"),
                       ("With input from Kelby residents, the council redrew the map, Jo Doe said.", "Jo Doe"),
                       ("With reporting from the front line, Jo Doe won the Kelby Prize.", "Jo Doe"),
                       ("With inputs from Jo Doe and the union, the board changed the plan.", "Jo Doe"),
                       ("With a report from Jo Doe due next week, the council waits.", "Jo Doe")):
        assert kinds(text).get(name) == "person", text


def test_a_writers_bio_with_an_accent_a_title_a_capitalised_role_or_a_glued_role_names_no_actor():
    for foot, name in (("Oliver Kelbridge is Political Editor of The Kelby Ledger. He has covered Westminster since "
                        "2009.", "Oliver Kelbridge"),
                       ("Émilie Tarnaud-Kim is a reporter with Kelby News in Quebec City.", "Émilie Tarnaud-Kim"),
                       ("Dr. Helena Marsh-Tarno is HealthBeat's senior health correspondent. She trained as a doctor.",
                        "Helena Marsh-Tarno"),
                       ("Rosalind Kelberg is the Chronicle’s parliamentary sketchwriter.", "Rosalind Kelberg")):
        k = kinds(_BODY + foot)
        assert name not in k and k["Jo Roe"] == "person", (foot, k)


def test_a_bio_shaped_sentence_about_an_actor_of_the_story_keeps_the_name():
    text = ("Jo Doe said the firm would appeal. \"We will win,\" she said.\n\nThe case resumes in May.\n\n"
            "Jo Doe is Executive Editor of Kelby Press.")
    assert kinds(text)["Jo Doe"] == "person"
    text = ("Sam Roe is Political Editor of the Kelby Ledger. \"The vote was close,\" Roe said on Monday.\n\n"
            "The count ended at midnight.")
    assert kinds(text)["Sam Roe"] == "person"
    text = _BODY + "Dr. Ana Tarn is the hospital's chief surgeon and the author of the report."
    assert kinds(text).get("Ana Tarn") == "person"
    text = _BODY + "Émilie Kelby is a Kelby teacher who opposed the plan."
    assert kinds(text).get("Émilie Kelby") == "person"
    text = _BODY + "Prof. Jo Tarnwell is Chair of Kelby University's economics department."
    assert kinds(text).get("Jo Tarnwell") == "person"


def test_a_doctor_who_writes_about_results_at_the_foot_is_an_actor():
    k = kinds(_BODY + "Dr Ana Kelbery writes about the results in The Lancet. Follow-up studies are planned.")
    assert k.get("Ana Kelbery") == "person"
    k = kinds(_BODY + "Prof. Sam Tarnley covers the cost of the plan in a new report.")
    assert k.get("Sam Tarnley") == "person"


# --- session 20 (fixes of the review's regressions): a first surname only in a Spanish or Portuguese name; an
# elided article only inside a name; place heads before one; bios' glued and capitalised roles; committees' fields

def _named(text: str) -> dict:
    """Each mention's words -> the actor's name it is counted under."""
    df = find_mentions(Article.from_text(text))
    return dict(zip(df["text"], df["name"]))


@pytest.mark.parametrize("text, word, kind", (
    ("Sales manager Emily Ford Wilson said dealers were nervous. Ford said on Tuesday it would recall 10,000 "
     "trucks.", "Ford", "organisation"),
    ("Sales manager Emily Ford Wilson said dealers were nervous. \"We will fix every truck,\" Ford said in a "
     "statement on Tuesday.", "Ford", "organisation"),
    ("Analyst Sarah Dell Harris said PC demand was weak. Dell said its server sales rose 20%.", "Dell",
     "organisation"),
    ("Park visitor Ruth Disney Clark said the queues were long. Disney said attendance was up.", "Disney",
     "organisation"),
    ("Customer Ana Santander Ruiz said fees were too high. Santander said it would review charges.",
     "Santander", "organisation"),
    ("Homeowner David Tesla Ward said he had bought an electric car. Tesla said deliveries rose.", "Tesla",
     "organisation"),
    ("Carla Boeing Smith, a flight attendant, said the plane shook. Boeing said it was investigating.",
     "Boeing", "organisation"),
    ("\"We are not giving up,\" said Carla Boeing Smith, a flight attendant. \"Safety is our priority,\" "
     "Boeing said in a statement.", "Boeing", "organisation"),
    ("Kelly Ann Apple Jones, a teacher, said the iPhone ban worked. Apple said it would not comment.", "Apple",
     "organisation"),
    ("Daniel Clayton Brooks, 19, was shot on Friday. Clayton police said no arrests had been made.", "Clayton",
     None),
    ("Anil Prakash Sharma, 45, was arrested in Jaipur. Prakash, his cousin, told police he had been framed.",
     "Prakash", None),
    ("Anil Prakash Sharma, 45, was arrested in Jaipur. \"He was framed,\" Prakash, his cousin, told "
     "reporters.", "Prakash", None),
    ("Mary Kennedy Doyle, a nurse in Galway, said beds were short. Kennedy, the health minister, said more "
     "were coming.", "Kennedy", "person"),
    ("Mary Kennedy Doyle, a nurse in Galway, said beds were short. \"More beds are coming,\" said Kennedy, "
     "the health minister.", "Kennedy", "person"),
    ("Jennifer Lopez Garcia, 33, a cashier in Phoenix, said prices were up. Lopez, the singer, had cancelled "
     "her show in Phoenix.", "Lopez", "person")))
def test_a_bare_middle_word_of_an_english_name_is_a_company_or_someone_else(text, word, kind):
    # (the review's passages: a company, a town's police or a person introduced in apposition, kept apart)
    assert _named(text)[word] == word, (text, _named(text))
    if kind:
        assert kinds(text)[word] == kind, (text, kinds(text))


@pytest.mark.parametrize("text, word", (
    ("Shopper Emily Kelby Wilson said prices were high. Kelby said on Monday it would cut them.",
     "Kelby"),
    ("Jo Tarnwell Harris, a nurse, said wards were full. Tarnwell said its staff were tired.",
     "Tarnwell"),
    ("Officer Daniel Kelby Waters said he heard shots. Kelby said the suspect ran.", "Kelby"),
    ("Mary Tarn Doyle, a teacher, said classes were big. Tarn, the minister, said more were coming.",
     "Tarn"),
    ("Anil Kelby Sharma, 45, was charged. Kelby, his cousin, said he was framed.", "Kelby"),
    ("Carol Kelby Ross voted no. Kelby, who runs the bakery, said she would close.", "Kelby")))
def test_a_bare_middle_word_of_an_invented_english_name_stays_apart(text, word):
    assert _named(text)[word] == word, (text, _named(text))


@pytest.mark.parametrize("text, word, full", (
    ("Ana Lucía Tarno Vega, mayor of the town, said the river flooded. Tarno said aid was slow.", "Tarno",
     "Ana Lucía Tarno Vega"),
    ("João Paulo Kelbo Santos, 19, won the race. \"I trained for years,\" Kelbo said.", "Kelbo",
     "João Paulo Kelbo Santos"),
    ("Police said Jose Luis Tarnez Kelba, 28, was charged. Tarnez appeared in court on Monday.", "Tarnez",
     "Jose Luis Tarnez Kelba"),
    ("Maria Fernanda Kelbo Tarna won the Kelby Prize. Kelbo dedicated it to her mother.", "Kelbo",
     "Maria Fernanda Kelbo Tarna")))
def test_the_first_surname_of_a_spanish_or_portuguese_name_alone_is_still_the_person(text, word, full):
    assert _named(text)[word] == full, (text, _named(text))


@pytest.mark.parametrize("text, word", (
    ("Customer Ana Kelbo Ruiz said fees were high. Kelbo said it would review charges.", "Kelbo"),
    ("Customer Ana Kelbo Ruiz said fees were high. Kelbo said on Monday its profit rose.", "Kelbo"),
    ("Carlos Tarno Vega, a fisherman, said the catch was poor. Tarno, the minister, disagreed.",
     "Tarno")))
def test_a_spanish_first_surname_said_it_or_introduced_anew_stays_apart(text, word):
    assert _named(text)[word] == word, (text, _named(text))


@pytest.mark.parametrize("text", (
    "The Tour de France passes through the Massif Central and the Col d'Aubisque.",
    "Cyclists climbed the Col d'Aubisque and the Col du Tourmalet on Tuesday.",
    "Riders tackled the Col d'Izoard on Thursday. Col d'Izoard has hosted 36 stages.",
    "\"The climb was brutal,\" Tadej Pogačar said after the Col d'Aubisque stage.",
    "Riders climbed the Col d'Kelby on Monday, Jo Doe said.",
    "Jo Doe said d'Tarno was the hardest climb."))
def test_an_elided_article_after_a_title_or_alone_names_no_one(text):
    assert not any(n.startswith(("d'", "l'")) for n in kinds(text)), (text, kinds(text))


def test_an_elided_article_inside_a_persons_name_still_joins_it():
    k = kinds("Former president Jean-Luc Giscard d'Kelby died aged 94. Giscard d'Kelby led the country for years.")
    assert k.get("Jean-Luc Giscard d'Kelby") == "person", k
    k = kinds("Writer Jean d'Tarnay died in 2017, his publisher said.")
    assert k.get("Jean d'Tarnay") == "person", k
    k = kinds("Dr d'Kelby said the ward was full.")  # (after a title: the surname)
    assert k.get("d'Kelby") == "person", k
    k = kinds("Lt. d'Tarno said the fire started at 3am.")
    assert k.get("d'Tarno") == "person", k


@pytest.mark.parametrize("text, name", (
    ("Tourists flocked to the Côte d'Azur this summer, officials said.", "Côte d'Azur"),
    ("She grew up near the Côte d'Or vineyards in Burgundy.", "Côte d'Or"),
    ("Police in Valle d'Aosta said two climbers died on Mont Blanc.", "Valle d'Aosta"),
    ("The Lac d'Annecy is one of the cleanest lakes in Europe, officials said.", "Lac d'Annecy"),
    ("Tourists crossed the Pont d'Kelby on Monday, Jo Doe said.", "Pont d'Kelby")))
def test_a_coast_lake_valley_or_bridge_before_an_elided_article_is_a_place(text, name):
    assert kinds(text).get(name) == "place", (text, kinds(text))


@pytest.mark.parametrize("text, name, kind", (
    ("Val Kelby said the plan was sound.", "Val Kelby", "person"),
    ("Mont Kelby Ltd said profits rose.", "Mont Kelby Ltd", "organisation"),
    ("Jo Doe of Porte Holdings said sales fell.", "Jo Doe", "person"),
    ("Cap Tarn Inc said it would hire 200 staff.", "Cap Tarn Inc", "organisation"),
    ("Mary Pont said the bridge was closed.", "Mary Pont", "person")))
def test_a_place_head_before_another_word_makes_no_place(text, name, kind):
    assert kinds(text).get(name) == kind, (text, kinds(text))


@pytest.mark.parametrize("text, name", (
    ("Sam Roe is the largest creditor. He is owed $40 million, court papers show.", "Sam Roe"),
    ("The jury awarded $2 million.\n\nJane Doe is an insurance underwriter from Ohio who testified "
     "at the trial.", "Jane Doe"),
    ("The insurer lost $2 billion.\n\nJohn Smith is the lead underwriter.", "John Smith"),
    ("Aaron Sorkin is an American screenwriter. His new film opens Friday.", "Aaron Sorkin"),
    ("Jon Favreau is a former Obama speechwriter. He now hosts a podcast.", "Jon Favreau"),
    ("Tom Roe is a former White House speechwriter.", "Tom Roe"),
    ("Richard Horton is Editor of The Lancet. He has led the journal since 1995.", "Richard Horton"),
    (_BODY + "Jo Kelby is a Nashville songwriter.", "Jo Kelby"),
    (_BODY + "Ana Tarn is the bank's biggest creditor.", "Ana Tarn"),
    ("Jo Kelby is Editor of Tarn Weekly. She has led it since 2015.", "Jo Kelby")))
def test_an_actors_job_ending_in_a_writers_role_is_no_bio(text, name):
    # (the review's passages: creditor, underwriter, screenwriter, speechwriter; "Editor of" on a profile's lede)
    assert kinds(text).get(name) == "person", (text, kinds(text))


@pytest.mark.parametrize("foot, name", (
    ("Rosalind Kelberg is the Chronicle’s parliamentary sketchwriter.", "Rosalind Kelberg"),
    ("Sam Tarnley is a subeditor at The Kelby Post.", "Sam Tarnley"),
    ("Oliver Kelbridge is Political Editor of The Kelby Ledger. He has covered Westminster since "
     "2009.", "Oliver Kelbridge"),
    ("Oliver Kelbridge is Political Editor of The Kelby Ledger.\n\nShare on Facebook | Share on "
     "Twitter", "Oliver Kelbridge")))
def test_a_writers_bio_with_a_newsroom_compound_or_a_title_on_the_closing_line_names_no_actor(foot, name):
    k = kinds(_BODY + foot)
    assert name not in k and k["Jo Roe"] == "person", (foot, k)


@pytest.mark.parametrize("text", (
    "Senate Armed Services, Foreign Relations and Intelligence Committee members were briefed on Tuesday.",
    "The House Armed Services, Veterans Affairs and Intelligence Committee members toured the base.",
    "The Senate Kelby Affairs, Tarn and Rural Committee staff met on Monday.",
    "House Veterans Affairs, Armed Services and Budget Committee members met on Monday."))
def test_a_list_of_committees_of_two_word_fields_is_no_one_committee(text):
    assert not any(n.count(",") and n.endswith("Committee") for n in kinds(text)), (text, kinds(text))


@pytest.mark.parametrize("text, name", (
    ("Senate Agriculture, Nutrition, and Forestry Committee Chairwoman Jo Doe said the farm bill "
     "was stalled.", "Senate Agriculture, Nutrition, and Forestry Committee"),
    ("The Senate Commerce, Science, and Transportation Committee approved the nomination.",
     "Senate Commerce, Science, and Transportation Committee"),
    ("The bill goes to the House Science, Space, and Technology Committee, Jo Doe said.",
     "House Science, Space, and Technology Committee")))
def test_a_chambers_committee_of_one_word_fields_is_still_one_body(text, name):
    assert kinds(text).get(name) == "organisation", (text, kinds(text))


# Session 20, final names review: a first surname written alone that is a town, a town's body, or someone new
# (the review's passages, then invented ones).
@pytest.mark.parametrize("text, word, full", (
    ("Carmen Rosa Mendoza Flores sells tamales in Los Angeles. Mendoza, Argentina, is where her parents met.",
     "Mendoza", "Carmen Rosa Mendoza Flores"),
    ("Carlos Eduardo Medina Rojas, a farmer from Sinaloa, was deported. Medina, Ohio, is where he lived for 20 "
     "years.", "Medina", "Carlos Eduardo Medina Rojas"),
    ("Luis Fernando Vallejo Mesa, a former mayor, was arrested. Vallejo, California, is twinned with his home "
     "town.", "Vallejo", "Luis Fernando Vallejo Mesa"),
    ("Juan Carlos Laredo Gomez drives a truck across the border. Laredo, Texas, is the busiest inland port in the "
     "US.", "Laredo", "Juan Carlos Laredo Gomez"),
    ("Jose Merced Alvarez, 56, was killed in the crash. Merced police said the driver fled.", "Merced",
     "Jose Merced Alvarez"),
    ("Maria Salinas Ortega, a farmworker, was injured. Salinas police said the driver was drunk.", "Salinas",
     "Maria Salinas Ortega"),
    ("Maria Fernanda Cordoba Ruiz studied in Spain. Cordoba was her favourite city.", "Cordoba",
     "Maria Fernanda Cordoba Ruiz"),
    ("Police identified the driver as Ana Maria Lopez Reyes, 29, of Pomona. Lopez, who is not related to her, was "
     "the officer who made the arrest.", "Lopez", "Ana Maria Lopez Reyes"),
    ("Juan Carlos Rivera Soto, 33, was charged with fraud. Rivera, no relation, was the prosecutor.", "Rivera",
     "Juan Carlos Rivera Soto"),
    ("Ana Maria Lopez Reyes, 29, was killed. Lopez, 45, a neighbour, called 911.", "Lopez",
     "Ana Maria Lopez Reyes"),
    ("Juan Pablo Herrera Soto, the Chilean consul, met city officials. Herrera, 52, a Chilean-born councillor, "
     "hosted him.", "Herrera", "Juan Pablo Herrera Soto"),
    ("Jose Antonio Ramos Silva, a nurse in Toronto, said wait times had doubled. Ramos, who chairs the health "
     "committee, disagreed.", "Ramos", "Jose Antonio Ramos Silva"),
    ("Ana Maria Tarnos Reyes, 29, was killed. Tarnos, 61, a retired teacher who lived next door, called 911.",
     "Tarnos", "Ana Maria Tarnos Reyes"),
    ("Juan Carlos Dorado Soto was charged. Dorado, who is the county's chief prosecutor, declined to comment.",
     "Dorado", "Juan Carlos Dorado Soto"),
    ("Luis Miguel Kelbar Ruiz moved to Texas as a boy. Kelbar, Texas, has a population of 8,000.", "Kelbar",
     "Luis Miguel Kelbar Ruiz"),
    ("Maria Tarnal Ortega was injured. Tarnal officials said the road would be repaired.", "Tarnal",
     "Maria Tarnal Ortega"),
    ("Carmen Rosa Berrio Flores, a cleaner, was fired. Berrio, no relation to her, runs the agency that hired "
     "her.", "Berrio", "Carmen Rosa Berrio Flores")))
def test_a_first_surname_alone_that_is_a_town_or_someone_new_stays_apart(text, word, full):
    named = _named(text)
    assert named[word] != full, (text, named)


@pytest.mark.parametrize("text, word, full", (
    ("Carlos Alberto Kelbar Vega, a farmer, lost his crop. Officials met Kelbar on Monday. Kelbar said the aid "
     "came too late.", "Kelbar", "Carlos Alberto Kelbar Vega"),
    ("Ana Lucía Dorado Pérez, 41, runs a bakery in Queens. Dorado, who opened the shop in 2010, said rents had "
     "tripled.", "Dorado", "Ana Lucía Dorado Pérez"),
    ("Rosa María Berrio Lopez coaches the under-12s. Berrio said the pitch in Salford was flooded.", "Berrio",
     "Rosa María Berrio Lopez")))
def test_a_first_surname_alone_with_a_clause_or_a_town_elsewhere_is_still_the_person(text, word, full):
    assert _named(text)[word] == full, (text, _named(text))


@pytest.mark.parametrize("text, name", (
    ("The widow of Valéry Giscard d'Estaing, Anne-Aymone Giscard d'Estaing, died on Tuesday.",
     "Anne-Aymone Giscard d'Estaing"),
    ("The widow of Valéry Giscard d'Estaing, Anne-Aymone Giscard d'Estaing, died on Tuesday.",
     "Valéry Giscard d'Estaing"),
    ("Giscard d'Estaing's widow, Anne-Aymone Giscard d'Estaing, attended the ceremony.",
     "Anne-Aymone Giscard d'Estaing"),
    ("Ballerina Marie-Agnès d'Arcy said the company was struggling. D'Arcy joined the Paris Opera in 1998.",
     "Ballerina Marie-Agnès d'Arcy"),
    ("Valéry Giscard d'Estaing said the euro was strong.", "Valéry Giscard d'Estaing"),
    ("Jean-Pierre d'Arcy said the tram would open in May.", "Jean-Pierre d'Arcy"),
    ("Marie-Agnès d'Arvy said the budget was tight. She joined in 1998.", "Marie-Agnès d'Arvy"),
    ("Gérald Tarno d'Kelby said the vineyard would be sold.", "Gérald Tarno d'Kelby")))
def test_a_name_ending_in_a_lower_case_elided_surname_is_a_person(text, name):
    assert kinds(text).get(name) == "person", (text, kinds(text))


@pytest.mark.parametrize("text, name, kind", (
    ("Banca d'Italia said rates would stay on hold.", "Banca d'Italia", "organisation"),
    ("Côte d'Ivoire said it would hold elections in October.", "Côte d'Ivoire", "place"),
    ("Musée d'Orsay said visitor numbers rose.", "Musée d'Orsay", "organisation"),
    ("Caisse d'Epargne said profits rose.", "Caisse d'Epargne", "organisation"),
    ("Château d'Yquem said the harvest was small.", "Château d'Yquem", "organisation"),
    ("Le Monde d'Aujourd'hui said it would close.", "Le Monde d'Aujourd'hui", "organisation")))
def test_a_body_or_place_ending_in_an_elided_word_keeps_its_kind(text, name, kind):
    assert kinds(text).get(name) == kind, (text, kinds(text))


@pytest.mark.parametrize("text, name", (
    ("Jane Doe is a copywriter at a Denver ad agency. She lost her job to AI last month.", "Jane Doe"),
    ("Jo Kelby is a freelance copywriter in Leeds. She said AI tools had halved her fees.", "Jo Kelby")))
def test_a_copywriter_is_no_writers_bio(text, name):
    assert kinds(text).get(name) == "person", (text, kinds(text))


def test_a_copyeditor_at_the_foot_is_still_a_writers_bio():
    k = kinds(_BODY + "Sam Tarnley is a copyeditor at The Kelby Post.")
    assert "Sam Tarnley" not in k and k["Jo Roe"] == "person", k


@pytest.mark.parametrize("text, full", [
    ("Sales fell sharply in June, according to Kurosaki Tetsuo of a Nagoya trading house. "
     "\"We could not agree on the price,\" Mr Kurosaki said.", "Kurosaki Tetsuo"),
    ("Hanazono Hiroshi, a timber buyer, said the auction in Kushiro was quiet. "
     "\"Quality matters more than speed,\" Mr. Hanazono said.", "Hanazono Hiroshi"),
])
def test_a_family_name_written_first_alone_after_a_courtesy_title_is_that_person(text, full):
    from analysis import find_stakeholders
    df = find_stakeholders(Article.from_text(text))
    people = {n: list(a) for n, a, k in zip(df["name"], df["aliases"], df["kind"]) if k == "person"}
    assert full in people and len(people) == 1


def test_a_feast_s_name_before_bin_is_part_of_the_person_s_name():
    from analysis import find_stakeholders
    df = find_stakeholders(Article.from_text(
        "Prices have doubled since spring, said Dr. Salma Ramadan bin Tarhuni, who teaches finance in Misrata."))
    assert "Salma Ramadan bin Tarhuni" in set(df.loc[df["kind"] == "person", "name"])


@pytest.mark.parametrize("text, full, other", [
    # a relative of the same family name, a word of kin after her
    ("The farmer Mori Kenta lost his orchard to the flood. Mrs Mori, his wife, was in hospital.", "Mori Kenta", "Mori"),
    ("Han Ji-woo, a courier, was killed on the highway. Mrs Han, his mother, wants the firm prosecuted.",
     "Han Ji-woo", "Han"),
    # a person brought in anew by an indefinite appositive
    ("Tarrant Shapley spoke at the rally on Monday. Mr Tarrant, a local resident, said the road was dangerous.",
     "Tarrant Shapley", "Tarrant"),
])
def test_a_courtesy_title_and_a_name_s_first_word_may_be_someone_else(text, full, other):
    from analysis import find_stakeholders
    df = find_stakeholders(Article.from_text(text))
    people = {n: list(a) for n, a, k in zip(df["name"], df["aliases"], df["kind"]) if k == "person"}
    assert full in people and other in people and other not in people[full], people


def test_a_malay_courtesy_title_before_a_given_name_is_the_same_person():
    from analysis import find_stakeholders
    df = find_stakeholders(Article.from_text(
        "Azman Kelbi, a lorry driver, said the road was closed. Encik Azman said he waited six hours."))
    people = {n: list(a) for n, a, k in zip(df["name"], df["aliases"], df["kind"]) if k == "person"}
    assert list(people) == ["Azman Kelbi"], people


@pytest.mark.parametrize("text, name", [
    ("Nur Hidayah May binti Kamarul won the appeal in Ipoh.", "Nur Hidayah May binti Kamarul"),
    ("Police questioned Aina Sofea June binti Rosli over the fire in Kuantan.", "Aina Sofea June binti Rosli"),
])
def test_a_name_of_three_given_names_and_a_patronymic_is_a_person(text, name):
    from analysis import find_stakeholders
    df = find_stakeholders(Article.from_text(text))
    assert dict(zip(df["name"], df["kind"])).get(name) == "person", list(zip(df["name"], df["kind"]))
