"""Speakers and names of session 59, fitted on the story sets news_gold151 and news_gold152: "their co-operative's
chairman" named later, an inverted cue before a reported clause ("said Jo Doe had been"), "The company behind it
says", a river's own name no story company, "She is Jo Doe" naming a person described, "A woman who runs a shop
stood up and asked", the person of a firm ("Mr Jo Doe of Doe, Roe and Associates described"), "Some in the town
called him", "with the anglers' association warning that", a lede under a long standfirst and a byline, a caption's
credit closing its line, a letter's "asked me:", "heard it described as" and "our coach"; names: a district's fields
listed ("Kelby and District Bowling, Curling and Social Club"), a firm's town and state after "Corp. of",
"CAPTIONS:", a town in commas after ", of" or a firm's legal form, former colonies and New Zealand regions, a
family's plural after a count, "Walk" closing a place's name, a letter's signature under "Yours faithfully,", an
editor's note.

Every passage is written for the test (invented people and bodies, real places only as settings); the expected
speakers and names were checked by reading the passage.  The ``_not_`` tests are near misses each rule must leave
alone.
"""

from __future__ import annotations

from analysis import Article

from .readers import names, sentences, speakers


# --- who says it ----------------------------------------------------------------------------------------------------

def test_their_co_operative_s_chairman_in_a_lede_is_the_chairman_named_later():
    text = ("Meat works plan for the west\n\n"
            "Graziers weigh a $4.5m plant as the drought bites\n\n"
            "KELBY: Drought-hit graziers are weighing up a plan to build a $4.5 million goat meat works at Kelby, in "
            "what their co-operative's chairman calls 'the only new money on the table'.\n\n"
            "The Tarn Graziers' Co-operative Association Ltd will ask its 380 members to put up half the cost.\n\n"
            "Co-op chairman Jo Doe said the plant would give graziers an income from animals eating the last of "
            "their feed.\n\n"
            "'This is a lifeline, plain and simple,' Mr Doe said.\n\n"
            "Members will vote on August 4.\n")
    assert speakers(text)["the only new money on the table"] == "Jo Doe"


def test_a_name_after_an_inverted_cue_that_opens_a_reported_clause_is_no_speaker():
    text = ("Dealership sold\n\n"
            "Kelby Tractors Ltd, a family dealership of four generations, has been sold to a Leeds group.\n\n"
            "The owner of a rival dealership, who asked not to be named because his own business was \"not for sale, "
            "yet\", said Kelby Tractors had been \"the one we all measured ourselves against\".\n\n"
            "\"It is a sad day,\" said Tom Roe, a customer of thirty years.\n\n"
            "The sale closes in May. Staff will keep their jobs.\n")
    said = speakers(text)
    assert said["not for sale, yet"] == said["the one we all measured ourselves against"] \
        == "owner of a rival dealership"
    assert said["It is a sad day,"] == "Tom Roe"


def test_the_company_behind_it_is_the_company_not_the_thing_behind():
    text = ("Anglers fear hatchery plan\n\n"
            "A trout hatchery planned for the banks of the River Kel would take a fifth of its summer flow, anglers "
            "claim. The company behind it says their fears are \"based on a misreading of the figures\".\n\n"
            "By Ann Roe\n\n"
            "KELBY - A plan to build a €6 million fish hatchery has split the town.\n\n"
            "Tarnmouth Aquaculture Ltd has lodged a planning application with the county council. The River Kel "
            "passes the site. The River Kel floods in winter. Anglers fish the River Kel from March.\n\n"
            "\"We will return almost every drop we take,\" said Tom Birch, its managing director.\n\n"
            "The council will decide in June.\n")
    assert speakers(text)["based on a misreading of the figures"] == "Tarnmouth Aquaculture Ltd"


def test_she_is_jo_doe_names_the_woman_described_before():
    text = ("Casino goes to the ballot\n\n"
            "The city council voted 5-2 on Monday night to put a riverboat casino on the August ballot.\n\n"
            "Mayor Tom Roe said voters should have the last word.\n\n"
            "A woman who runs an antiques shop three blocks from the site stood up near the end of the hearing and "
            "asked the council to \"stop talking about Iowa and start talking about Main Street.\"\n\n"
            "She is Ann Birch, whose family has kept a store on Main Street since 1954.\n\n"
            "The vote is on August 6.\n")
    assert speakers(text)["stop talking about Iowa and start talking about Main Street."] == "Ann Birch"


def test_he_is_jo_doe_names_the_owner_described_before():
    text = ("Ice storm: the latest\n\n"
            "Power is out for 11,000 homes across the county after a night of freezing rain.\n\n"
            "Crews from three states are on their way, the cooperative said.\n\n"
            "The owner of an excavating firm who has been clearing trees from roads since 3 a.m. said some side "
            "streets were \"a skating rink with power lines on it.\"\n\n"
            "He is Jo Doe, who runs Doe & Sons Excavating Inc. with his two sons.\n\n"
            "Schools are closed on Tuesday.\n")
    assert speakers(text)["a skating rink with power lines on it."] == "Jo Doe"


def test_not_she_is_for_a_man_described():
    text = ("Casino goes to the ballot\n\n"
            "The city council voted 5-2 on Monday night to put a riverboat casino on the August ballot.\n\n"
            "Mayor Tom Roe said voters should have the last word.\n\n"
            "A man who runs a bakery on Main Street stood up and asked the council to \"think of the shops.\"\n\n"
            "She is Ann Birch, the city clerk, and she read out the result.\n\n"
            "The vote is on August 6.\n")
    assert speakers(text)["think of the shops."] != "Ann Birch"


def test_the_person_of_a_firm_named_with_commas_is_the_subject():
    text = ("Treasurer denies theft of fertiliser\n\n"
            "By Jo Roe in Kelby\n\n"
            "KELBY - A co-operative treasurer pleaded not guilty yesterday to stealing 620 bags of fertiliser.\n\n"
            "Defence counsel Mr Tom Birch of Birch, Mudenda and Associates described the charge as \"a dispute "
            "about book-keeping dressed up as theft\".\n\n"
            "The case continues on Monday. The accused was granted bail.\n")
    assert speakers(text)["a dispute about book-keeping dressed up as theft"] == "Tom Birch"


def test_some_in_the_town_are_its_people_not_the_town():
    text = ("Vet dies at 81\n\n"
            "By Jo Roe\n\n"
            "KELBY - Tom Birch, the town's vet for fifty years, died on Saturday. He was 81.\n\n"
            "\"He never sent a bill he could not explain,\" said Ann Roe, his partner.\n\n"
            "Some in the town called him 'the last of the old sort'. He would not have liked it.\n\n"
            "The funeral is on Friday. He leaves a daughter.\n")
    assert speakers(text)["the last of the old sort"] == "people in the town"


def test_with_the_association_warning_that_the_association_speaks():
    text = ("Hatchery plan splits town\n\n"
            "By Jo Roe\n\n"
            "KELBY - A plan to build a fish hatchery has split the town, with the local anglers' association warning "
            "that it could leave the river \"a trickle in a dry July\" and the company insisting it will return "
            "every drop.\n\n"
            "The Kelby, Tarn River and Lough Dane Trout Anglers' Association has 200 members.\n\n"
            "\"We will fight it,\" said Tom Birch, its secretary.\n\n"
            "The council will decide in June.\n")
    assert speakers(text)["a trickle in a dry July"] == "Kelby, Tarn River and Lough Dane Trout Anglers' Association"


def test_a_caption_after_another_caption_s_credit_speaks_for_its_person():
    text = ("Fire destroys flooring plant\n\n"
            "By Jo Roe\n\n"
            "A fire destroyed the Kelby Hardwood Flooring plant on Monday, the owners said.\n\n"
            "\"We will rebuild,\" said owner Tom Birch.\n\n"
            "Workers gathered at the gates.\n\n"
            "Firefighters pour water on the plant on Monday morning. (Record photo by Dale Rushton)\n"
            "Ann Roe, who has worked at the plant for 31 years: \"I started there when I was 17.\" (Record photo by "
            "Dale Rushton)\n")
    assert speakers(text)["I started there when I was 17."] == "Ann Roe"
    assert "(Record photo by Dale Rushton)" in sentences(text)


def test_a_letter_s_own_words_from_others_go_to_them_not_to_the_writer():
    text = ("Letters to the Editor\n\n"
            "Sir, - I have walked the towpath every morning since I retired. The gates went up in October.\n\n"
            "I once heard the riverside described at a public meeting as \"Kelby's back yard\", and that is exactly "
            "what it looks like.\n\n"
            "Our dog, Bramble, was the star of the day. One little girl asked me: \"Does the dog get paid?\" I told her "
            "he gets paid in biscuits.\n\n"
            "On January 26 our coach, Tom Birch, found the slipway locked.\n\n"
            "When he rang the number on the gate, a man who would not give his name told him the club would \"have "
            "to make an appointment\".\n\n"
            "Our coach put it more simply: \"Children in a boat need a slipway, not an appointment.\"\n\n"
            "Yours faithfully,\n"
            "Ann Roe\n"
            "Kelby\n")
    said = speakers(text)
    assert said["Kelby's back yard"] is None
    assert said["Does the dog get paid?"] == "little girl"
    assert said["Children in a boat need a slipway, not an appointment."] == "Tom Birch"


# --- names ----------------------------------------------------------------------------------------------------------

def test_a_district_body_of_fields_listed_is_one_name():
    text = ("Treasurer admits embezzling club funds\n\n"
            "By Jo Roe, Courts Reporter\n\n"
            "A former treasurer embezzled £23,400 from the Kelby and District Bowling, Curling and Social Club, a "
            "court heard yesterday.\n\n"
            "Tom Birch, 63, admitted the charge.\n\n"
            "The club president, Ann Roe, said members had been shocked.\n\n"
            "Sentence was deferred until next month.\n")
    found = names(text)
    assert found.get("Kelby and District Bowling, Curling and Social Club") == "organisation"
    assert "District Bowling, Curling and Social Club" not in found


def test_a_firm_s_town_and_state_after_corp_of_are_no_part_of_its_name():
    text = ("Casino plan goes to voters\n\n"
            "By Jo Roe\n\n"
            "Kelby River Gaming Inc., a subsidiary of Tarnside Gaming & Entertainment Corp. of Davenport, Iowa, "
            "would build a $38 million boat on the riverfront.\n\n"
            "Tarnside Gaming & Entertainment said it was grateful to the council.\n\n"
            "The vote is in August.\n")
    found = names(text)
    assert found.get("Tarnside Gaming & Entertainment Corp.") == "organisation"
    assert "Tarnside Gaming & Entertainment Corp. of Davenport" not in found


def test_a_captions_label_is_no_person():
    text = ("Fire destroys flooring plant\n\n"
            "By Jo Roe\n\n"
            "A fire destroyed the Kelby Hardwood Flooring plant on Monday, the owners said.\n\n"
            "\"We will rebuild,\" said owner Tom Birch.\n\n"
            "Workers gathered at the gates.\n\n"
            "CAPTIONS:\n"
            "Firefighters pour water on the plant. (Record photo by Dale Rushton)\n")
    assert "Captions" not in names(text) and "CAPTIONS" not in names(text)


def test_a_town_in_commas_after_of_or_a_legal_form_is_a_place():
    text = ("Shearing championships lose sponsor\n\n"
            "The Kelby Shears Society Inc. will hold its championships from 30 March.\n\n"
            "Three-time champion Jo Doe, of Taumarunui, known on the circuit as \"the Quiet Man\", said he would "
            "give his prize money back.\n\n"
            "Woolhandling judge Ann Roe, of Piopio, whose daughter is a finalist, said woolhandlers were \"half the "
            "show\".\n\n"
            "Painters will stop supplies to Tarn Crafts & Exports Pvt Ltd, Thamel, until the dues are cleared.\n\n"
            "The society was founded in 1962.\n")
    found = names(text)
    assert found.get("Taumarunui") == "place"
    assert found.get("Piopio") == "place"
    assert found.get("Thamel") == "place"


def test_not_a_partner_s_firm_after_of_for_a_town():
    text = ("Widow wins claim\n\n"
            "A widow has won her claim against a Kelby builder.\n\n"
            "Tom Birch, of Doe, Roe & Co, said his client, a widow, had waited two years.\n\n"
            "The builder will appeal.\n\n"
            "Costs were awarded.\n")
    assert names(text).get("Doe, Roe & Co") == "organisation"


def test_former_colonies_and_new_zealand_regions_are_places():
    text = ("Rice payments\n\n"
            "Dear Editor,\n\n"
            "An old man from the coast stood up and said: \"I have seen British Guiana and I have seen Guyana, and I "
            "never waited seven months for my money.\"\n\n"
            "The King Country Shears Society Inc. thanks its sponsors in the King Country and the Waikato.\n\n"
            "We will meet again in March.\n")
    found = names(text)
    assert found.get("British Guiana") == "place"
    assert found.get("King Country") == "place"
    assert "Guiana" not in found


def test_a_family_s_plural_after_a_count_is_a_group():
    text = ("Dealer sold after 112 years\n\n"
            "By Jo Roe\n\n"
            "Kelby Tractors Ltd, founded by Tom Atkinson in 1904, has been sold to a Leeds group.\n\n"
            "Managing director Richard Atkinson said the family had been approached in March.\n\n"
            "\"If the Atkinsons can't make it work on their own, what chance have the rest of us got?\" said a rival "
            "dealer.\n\n"
            "\"I've worked for three Atkinsons and now I'll work for a plc,\" said foreman Jo Doe.\n\n"
            "The sale closes in May.\n")
    assert names(text).get("Atkinsons") == "group"


def test_a_walk_closing_a_name_is_a_place():
    text = ("Anglers fear hatchery plan\n\n"
            "By Jo Roe\n\n"
            "KELBY - A hatchery would take a fifth of the river's summer flow, anglers say.\n\n"
            "In 1995 you could walk across the river below the Bowers Walk without wetting your ankles, the "
            "anglers' secretary said.\n\n"
            "The council will decide in June.\n")
    assert names(text).get("Bowers Walk") in (None, "place")


def test_a_letter_s_signature_under_its_closing_line():
    text = ("Rice payments: two letters\n\n"
            "Dear Editor,\n\n"
            "I am a rice farmer with 45 acres. I delivered 2,140 bags of paddy in April and I have not received one "
            "dollar. The rice millers say they are waiting for a buyer.\n\n"
            "My bank manager wants his money too. He cannot wait for the millers.\n\n"
            "More than 300 farmers met at the school on November 7 and agreed not to plant the autumn crop.\n\n"
            "We have sent our resolution to every mill on the coast.\n\n"
            "Yours faithfully,\n"
            "Jo Doe\n"
            "Chairman, Kelby Rice Farmers' Action Committee\n"
            "Tain, Corentyne\n\n"
            "Editor's note: We sent this letter to the millers. Their secretary, Mr Tom Birch, said they would "
            "\"respond in due course\".\n")
    found = names(text)
    assert found.get("Jo Doe") == "person"
    assert found.get("Kelby Rice Farmers' Action Committee") == "organisation"
    assert found.get("Tain") in (None, "place") and found.get("Corentyne") in (None, "place")
    assert found.get("Tom Birch") == "person"
    assert speakers(text)["respond in due course"] == "Tom Birch"


def test_the_sentence_after_a_bracketed_credit_line_opens_at_the_next_line():
    article = Article.from_text("Fire at the mill\n\nA fire destroyed the mill on Monday.\n\nCrews fight the fire. "
                                "(Record photo by Jo Roe)\nAnn Doe, who has worked there for 31 years: \"I was "
                                "there.\" (Record photo by Jo Roe)\n")
    assert [s.text for s in article.sentences][3:5] == ["(Record photo by Jo Roe)",
                                                       "Ann Doe, who has worked there for 31 years: \"I was there.\""]


def test_its_managing_director_is_the_letter_signer_with_that_role():
    text = ("Letters to the Editor\n\n"
            "Sir, - Kelby Leisure Parks (Holdings) Ltd describes its scheme as low-impact luxury. At the drop-in "
            "session in the Methodist hall its managing director told me: \"We are building a few cabins in a "
            "field.\"\n\n"
            "Sixty-four lodges and 130 parking spaces are not a few cabins in a field.\n\n"
            "Ann Roe\n"
            "Dentdale\n\n"
            "Sir, - Our lodges will bring jobs to the valley. We have listened to every objection.\n\n"
            "Tom Birch\n"
            "Managing Director, Kelby Leisure Parks (Holdings) Ltd\n")
    assert speakers(text)["We are building a few cabins in a field."] == "Tom Birch"


# --- near misses the review read asked for --------------------------------------------------------------------------

def test_not_a_town_for_a_firm_in_commas_before_said():
    text = ("Shares slide\n\n"
            "By Jo Roe\n\n"
            "Kelby Mining shares fell 9 per cent on Monday after the company cut its forecast.\n\n"
            "Ann Roe, of Deloitte, said the fall was \"priced in weeks ago\".\n\n"
            "The company will report in March.\n\n"
            "Its chairman has not commented.\n")
    assert names(text).get("Deloitte") != "place"


def test_not_an_absolute_phrase_after_a_possessive():
    text = ("Hatchery plan splits town\n\n"
            "By Jo Roe\n\n"
            "KELBY - A plan to build a fish hatchery has split the town, with the company's warning that it could "
            "leave the river \"a trickle in a dry July\" read out at the meeting.\n\n"
            "Tarnmouth Aquaculture Ltd has lodged a planning application.\n\n"
            "\"We will fight it,\" said Tom Birch, the anglers' secretary.\n\n"
            "The council will decide in June.\n")
    assert speakers(text)["a trickle in a dry July"] != "company's"


def test_not_the_person_of_a_firm_after_a_preposition():
    text = ("Treasurer denies theft of fertiliser\n\n"
            "By Jo Roe in Kelby\n\n"
            "KELBY - A co-operative treasurer pleaded not guilty yesterday to stealing 620 bags of fertiliser.\n\n"
            "A partner of Tom Birch of Birch, Mudenda and Associates described the charge as \"a dispute about "
            "book-keeping dressed up as theft\".\n\n"
            "The case continues on Monday. The accused was granted bail.\n")
    assert speakers(text)["a dispute about book-keeping dressed up as theft"] != "Tom Birch"


def test_not_a_family_for_a_plural_before_a_noun():
    text = ("Dealer group grows\n\n"
            "By Jo Roe\n\n"
            "Kelby Motors, run by Ann Johnson, has bought a rival in Leeds.\n\n"
            "The firm also bought two Johnsons dealerships in Leeds last year. The Johnsons dealerships employ 40 "
            "people.\n\n"
            "\"We are here to stay,\" said Ms Johnson.\n\n"
            "The deal closes in May.\n")
    assert names(text).get("Johnsons") != "group"


def test_a_signature_s_role_line_names_a_body_not_a_place():
    text = ("Bypass letters\n\n"
            "Dear Editor,\n\n"
            "The bypass is late. The council promised it in 2019 and we are still waiting.\n\n"
            "Lorries go through the town every day. Children cross the road to school.\n\n"
            "Tarnco has offered to fund a study. The council has not replied.\n\n"
            "We will meet again in March.\n\n"
            "Yours faithfully,\n"
            "Ann Birch\n"
            "Chair, Kelby Bypass Now\n")
    found = names(text)
    assert found.get("Ann Birch") == "person"
    assert found.get("Kelby Bypass Now") == "organisation"
