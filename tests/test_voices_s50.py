"""Speakers and names of session 50 (fitted on the story sets news_gold123 to news_gold126): a town's "City
Corporation" is no company, "the mill" for a company so named, a sentence telling who "she" is ("She was Jo Doe,
77,"), a group described in apposition ("..., a group formed last fall,"), a name the neighbours "know him as", more
related-links labels, time zones, place words (a promenade, a chowk, Welsh rivers and mountains), Afrikaans forms of
address, "Mount" before a country's name, a name after "at" before a verb of saying, a government field office after
its region, "the co-operative" described in apposition after a translated name, the company a story names most, a
federation incorporated, "The bank" in a deck and a live blog's heading on a line of its own; then the near misses
the session's probe review found, and round 2 (a bare person noun in a deck, a possessive's noun phrase after
"says").

Every passage is written for the test (invented people and bodies, real places only as settings); the expected
speakers and names were checked by reading the passage.  The ``_not_`` tests are near misses each rule must leave
alone.
"""

from __future__ import annotations

from .readers import names, sentences, speakers


# --- which body "the company", "the mill", "the group", "the bank" stands for ---------------------------------------

def test_a_towns_city_corporation_is_not_what_the_company_stands_for():
    text = ("Kelbo & Sons Hardware Ltd said it had given 1,500 sandbags to the Tarnford City Corporation.\n\n"
            "In a statement, the company said: \u201cWe have been on Coffee Street for sixty years.\u201d\n")
    assert speakers(text)["We have been on Coffee Street for sixty years."] == "Kelbo & Sons Hardware Ltd"


def test_the_mill_is_the_company_a_story_about_a_sugar_company_names():
    text = ("Growers ask judge to halt mill's new test\n\n"
            "Farmers say a machine is shorting them; the mill calls the suit \"an ambush\"\n\n"
            "TARNVILLE - Twenty growers asked a judge Thursday to stop Kelbo Raw Sugar Co., L.L.C. from using a new "
            "sampling machine to grade their cane.\n\n"
            "Kelbo Raw Sugar Co. said the machine was fair.\n")
    assert speakers(text)["an ambush"] == "Kelbo Raw Sugar Co., L.L.C."


def test_she_is_the_woman_a_sentence_says_she_was():
    text = ("Selectboard Chair Wendell A. Kelbridge cast the deciding vote.\n\n"
            "A woman who has lived across from the depot for 40 years stood at the microphone.\n\n"
            "She was Loretta Tarnowski, 77, and she wanted to know how many trucks would come down her street.\n\n"
            "\u201cI raised five children on that street,\u201d she said.\n")
    assert speakers(text)["I raised five children on that street,"] == "Loretta Tarnowski"


def test_the_group_is_the_body_described_as_a_group_in_apposition():
    text = ("Board sells depot to syrup bottler\n\n"
            "The buyer, Kelbo Sugarmakers & Bottling Cooperative, Inc., plans to turn the depot into a plant. The "
            "Kelbo Sugarmakers cooperative has 40 members.\n\n"
            "The Friends of the Tarnford Freight Depot, a group formed last fall to push for a museum, sent a letter "
            "to the board.\n\n"
            "\u201cThe depot belongs to the history of this town,\u201d the group wrote.\n")
    assert speakers(text)["The depot belongs to the history of this town,"] \
        == "Friends of the Tarnford Freight Depot"


def test_the_co_operative_is_the_body_so_described_after_its_translated_name():
    text = ("The scheme was built by Ynni Kelbo Cyf (Kelbo Community Energy Ltd), a co-operative society "
            "registered in 2014, with a turbine from Tarn Turbines Ltd.\n\n"
            "The co-operative said in its statement to members: \u201cThis is the first scheme.\u201d\n")
    assert speakers(text)["This is the first scheme."] == "Ynni Kelbo Cyf"


def test_the_company_far_from_any_name_is_the_one_the_story_names_first_when_none_is_named_more():
    text = ("About 900 shellers say they have not been paid since August.\n\n"
            "The workers, employed by Kelbo Plateau Cashew Processing Company Limited, said the company had stopped "
            "their allowance.\n\n"
            "\u201cNext week has become three months,\u201d one sheller said.\n\n"
            "The factory's manager said it was waiting for money from Tarnbridge Nut Exports Pvt Ltd of Kollam, "
            "India, which bought its kernels in July.\n\n"
            "\u201cWe borrowed from shopkeepers,\u201d another worker said. \u201cWe borrowed from each other.\u201d\n\n"
            "A labour officer said she had summoned both sides.\n\n"
            "In a statement released last night, the company said it \"values its workers\".\n")
    assert speakers(text)["values its workers"] == "Kelbo Plateau Cashew Processing Company Limited"


def test_a_federation_incorporated_is_not_what_the_company_stands_for():
    text = ("Farmers reject plantation rent\n\n"
            "The rent offered by Bukid Sunrise Plantations Corp. is too low, the Federation of Farmers of Manolo and "
            "Tarnville, Inc. said on Monday. Its members met on Sunday to talk about the rent.\n\n"
            "Growers met on Sunday.\n\n"
            "\u201cWe will not sign,\u201d the federation's chairman, Jo Doe, said.\n\n"
            "Prices have fallen.\n\n"
            "In a statement, the company said it had \"always honored its obligations\".\n")
    assert speakers(text)["always honored its obligations"] == "Bukid Sunrise Plantations Corp."


def test_the_bank_in_a_deck_is_the_bank_the_story_names_after_it():
    text = ("Court appoints receiver for ginning factory\n\n"
            "Growers say their cotton is locked inside. The bank calls them \"creditors with loud voices\".\n\n"
            "TARNPUR, Oct 16: A court appointed a receiver for Hasil Road Ginning Factory (Pvt) Ltd, which owes "
            "Kelbo Commercial Bank Ltd about Rs86 million, after a petition by the Tarnpur Growers Committee.\n\n"
            "The Tarnpur Growers Committee says its members delivered cotton in September. The Tarnpur Growers "
            "Committee wants their money paid first.\n")
    assert speakers(text)["creditors with loud voices"] == "Kelbo Commercial Bank Ltd"


# --- pronouns -----------------------------------------------------------------------------------------------------

def test_she_is_annette_a_womans_given_name_though_a_mans_his_follows_her_surname():
    text = ("Cane growers ask judge to halt mill's new sugar test\n\n"
            "Twenty farmers say a machine is shorting them at the scale; the mill calls the suit \"an ambush\"\n\n"
            "TARNVILLE - Twenty sugar cane growers asked a state judge Thursday to stop Kelbo Raw Sugar Co., L.L.C. "
            "from using a new core-sampling machine to grade their cane.\n\n"
            "The mill's lawyer, Annette Tarnowski of the Baton Rouge firm Sevin & Landry, told the judge the machine "
            "had been approved by the board in June.\n\n"
            "\"Nobody was ambushed,\" she said.\n\n"
            "\"That is not a threat. That is arithmetic,\" Tarnowski said.\n\n"
            "The first grower to testify was a man in his sixties who had cut cane since he was 14.\n")
    assert speakers(text)["Nobody was ambushed,"] == "Annette Tarnowski"


# --- names ----------------------------------------------------------------------------------------------------------

def test_a_name_the_neighbours_know_him_by_is_the_same_persons():
    text = ("The pipe crosses land farmed by Emrys Kelbo, whose family has kept sheep at Tarn-y-Graig for four "
            "generations. Neighbours know him as \u201cEmrys Tarn-y-Graig\u201d, to tell him apart from the others.\n")
    got = names(text)
    assert got.get("Emrys Kelbo") == "person"
    assert "Emrys Tarn-y-Graig" not in got


def test_not_an_organisation_a_person_whose_nickname_holds_a_body_word():
    text = ("The land is farmed by Emrys Kelbo, 64. Neighbours know him as \u201cEmrys Post\u201d, to tell him "
            "apart.\n\n\u201cMy father dug a ditch,\u201d he said.\n")
    assert names(text) == {"Emrys Kelbo": "person"}
    assert speakers(text)["My father dug a ditch,"] == "Emrys Kelbo"


def test_links_under_a_more_from_label_name_no_actors():
    text = ("Kelbo farmers voted to sell the creamery stake, Jo Doe said on Monday.\n\n"
            "MORE FROM THE KELBO GUARDIAN\n"
            "- Tarnmore Races: record crowds expected for the festival\n"
            "- Milk quota: what the new rules mean\n")
    assert "Tarnmore Races" not in names(text)


def test_a_time_zone_after_a_clock_time_is_no_body():
    text = ("18:40 NPT\nThis is where we end today's live coverage.\n\n"
            "17:20 NPT - Operators dig in\nThe Kelbo Transport Association said the strike would go on.\n")
    assert "NPT" not in names(text)


def test_a_promenade_and_a_chowk_are_places():
    got = names("Vendors on Harris Promenade said the water reached their counters. Police burned tyres at "
                "Traffic Chowk, Jo Doe said.")
    assert got.get("Harris Promenade") == "place"
    assert got.get("Traffic Chowk") == "place"


def test_a_welsh_river_is_a_place():
    got = names("A hydro scheme on a tributary of the Afon Kelbo sent its first power into the grid, Jo Doe said.")
    assert got.get("Afon Kelbo") == "place"


def test_an_afrikaans_form_of_address_opens_no_name():
    text = ("Gottlieb Isak Kelbourne started a bus service in 1948.\n\n"
            "\u201cOom Gottlieb did not shout,\u201d said Andreas Tarn.\n")
    got = names(text)
    assert "Oom Gottlieb" not in got
    assert got.get("Gottlieb Isak Kelbourne") == "person"


def test_mount_before_a_countrys_name_is_a_mountain():
    got = names("From the farm you can see Mount Kenya on a clear morning, Jo Doe said.")
    assert got.get("Mount Kenya") == "place"


def test_a_name_after_at_before_said_is_no_person():
    text = ("A young man mending a mask on the sea wall at Nakorosi said he had started diving at 15.")
    assert names(text).get("Nakorosi") != "person"


def test_a_region_before_a_field_office_is_a_place_and_the_office_no_body():
    got = names("Mtwara Regional Labour Officer, Ms Anna Kelbo, said she had summoned both sides.")
    assert "Mtwara Regional Labour" not in got
    assert got.get("Anna Kelbo") == "person"


# --- sentences ------------------------------------------------------------------------------------------------------

def test_a_live_blogs_heading_on_a_line_of_its_own_is_a_sentence():
    text = ("Live: bus strike, day 2\n\n"
            "12:15 NPT - Ward chair backs new park\n"
            "Ward chairperson Kamala Devi Tarnowski, whose ward includes the new bus park, praised the new facility "
            "as \"the best bus park in the province\".\n\n"
            "\"It has toilets,\" she said.\n")
    assert "12:15 NPT - Ward chair backs new park" in sentences(text)
    assert speakers(text)["the best bus park in the province"] == "Kamala Devi Tarnowski"


def test_not_a_hard_wrapped_paragraphs_first_line():
    text = ("Intro line of the story.\n\n"
            "The council met Jo Kelbo and the members of\n"
            "Tarnville Rovers on Monday to agree a lease.\n")
    assert len(sentences(text)) == 2


# --- session 50's review: near misses the probe review found, and round 2 (fitted on news_gold125 and 126) -------

def test_not_the_company_named_most_when_another_was_named_just_before():
    text = ("Sugar exports fall\n\n"
            "Kelbo Sugar Ltd shipped less sugar this year. Kelbo Sugar Ltd blamed the drought, and Kelbo Sugar Ltd "
            "cut its forecast.\n\n"
            "Tarn Haulage Ltd, which carries the sugar to the port, also lost work this year.\n\n"
            "The company said it had \u201ccut twelve drivers\u201d.\n")
    assert speakers(text)["cut twelve drivers"] == "Tarn Haulage Ltd"


def test_not_a_place_a_person_whose_nickname_ends_in_a_place_word():
    text = ("Farm wins award\n\n"
            "The land is farmed by Emrys Kelbo, 64. Neighbours know him as \u201cEmrys Bridge\u201d, after the farm "
            "by the river.\n\n\u201cMy father built these walls,\u201d he said.\n")
    assert names(text).get("Emrys Kelbo") == "person"
    assert speakers(text)["My father built these walls,"] == "Emrys Kelbo"


def test_not_a_heading_a_line_that_ends_in_a_word_leaving_its_clause_open():
    text = ("Intro line of the story.\n\n"
            "The meeting was chaired by\n"
            "Councillor Anna Kelbo, who spoke for an hour about the lease of the lake and its boathouse.\n")
    assert len(sentences(text)) == 2


def test_not_she_whose_possessive_the_sentence_names():
    text = ("Family asks for answers\n\n"
            "A crash on the bypass killed two people last week. Their families want a new crossing.\n\n"
            "Anna Kelbo, 62, died at the scene. A young woman spoke at the vigil.\n\n"
            "She was Anna Kelbo's granddaughter, Mira, and she held a photograph.\n\n"
            "\u201cShe crossed that road every day,\u201d she said.\n")
    assert speakers(text)["She crossed that road every day,"] != "Anna Kelbo"


def test_the_mill_is_the_company_named_before_it():
    text = ("Cane season opens\n\n"
            "Kelbo Sugar Co. Ltd runs the only mill in the valley. Growers deliver cane there from June.\n\n"
            "The mill said it would \u201cpay on time this year\u201d.\n")
    assert speakers(text)["pay on time this year"] == "Kelbo Sugar Co. Ltd"


def test_a_bare_person_noun_in_a_deck_is_the_person_named_later_so():
    text = ("Miners strike at Kelbo gold mine\n\n"
            "Union says pensions are not for sale; company says its offer is \"fair\" and mediator calls talks "
            "\"stalled but not dead\"\n\n"
            "TARNVILLE - Five hundred miners walked out of Kelbo Gold Mines Ltd on Monday. The mediator, Gordon "
            "Whitbread, met both sides on Wednesday.\n")
    assert speakers(text)["stalled but not dead"] == "Gordon Whitbread"


def test_not_the_speaker_a_possessive_noun_phrase_after_says():
    text = ("Dealer fined\n\n"
            "Judge says Kelbo man's conduct \"struck at the heart of the trade\", but spares him jail\n\n"
            "A Kelbo cattle dealer was fined at Tarnmore District Court on Monday. The offence was grave.\n")
    assert speakers(text)["struck at the heart of the trade"] != "Kelbo man's conduct"
