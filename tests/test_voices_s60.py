"""Speakers and names of session 60, fitted on the story sets news_gold153 and news_gold154: long names of members'
bodies (a plural possessive list, fields listed after a members' possessive, "Women in Business and Savings Club",
a given name opening the last of listed places, a firm's trades before "& Supply Co."), "says Ma. Teresita Doe";
speakers named by "He is Jo Doe" after their quotation and taken up by "the rancher", a role of a body not named
(", minister of a congregation"), a Dutch given name, a standfirst's "His son says" and "Its principal says", a
deck's bulleted "Mill says", a petition read over two paragraphs and the body that handed it over, a clause fronted
before a speaker, a deck's calling verb before "as opponents warn", a live blog's label opened by a body's name, "the
old miner" for the one named with an old age.

Every passage is written for the test (invented people and bodies, real places only as settings); the expected
speakers and names were checked by reading the passage.  The ``_not_`` tests are near misses each rule must leave
alone.
"""

from __future__ import annotations

from .readers import mention_names, names, speakers
from .readers import town_story as _story


# --- whole names ----------------------------------------------------------------------------------------------------

def test_women_in_business_and_savings_club_is_one_name():
    found = names(_story("The Kelby Women in Business and Savings Club, whose members sell at the market, said it "
                         "would pay for the repairs. Kelby is a market town."))
    assert found.get("Kelby Women in Business and Savings Club") == "organisation"
    assert "Business and Savings Club" not in found and "Kelby Women" not in found


def test_the_last_of_listed_places_may_open_with_a_given_name():
    found = names(_story("Mr Jo Doe, a spokesman for the Kelby, Tarno and Russell Islands Boat Owners’ "
                         "Association, said small operators were being blamed."))
    assert found.get("Kelby, Tarno and Russell Islands Boat Owners’ Association") == "organisation"


def test_members_listed_by_their_plural_possessives():
    found = names(_story("Mr Jo Doe, a spokesman for the Kelby Handloom Owners', Weavers' and Traders' Association, "
                         "said the association would ask for compensation. Kelby has 300 looms."))
    assert found.get("Kelby Handloom Owners', Weavers' and Traders' Association") == "organisation"
    assert "Weavers' and Traders' Association" not in found


def test_fields_listed_after_a_members_possessive():
    found = names(_story("The Kelby Girls’ Parents, Teachers and Friends Association, which raised half the cost "
                         "through bake sales, said the hostel would open in May."))
    assert found.get("Kelby Girls’ Parents, Teachers and Friends Association") == "organisation"
    assert "Kelby Girls" not in found


def test_a_firm_s_trades_before_its_ampersand_and_legal_form():
    found = names(_story("Tarn Valley Feed, Seed & Supply Co., which runs stores in two towns, has bought the old "
                         "feed store on Main Street."))
    assert found.get("Tarn Valley Feed, Seed & Supply Co.") == "organisation"
    assert "Seed & Supply Co." not in found


def test_an_inverted_cue_names_ma_for_maria_whole():
    text = ("Growers sign export deal\n\nBy Ann Roe\n\nKELBY - Nut growers have signed their first export "
            "contract.\n\n“No more middlemen. For thirty years we sold to traders who came with a truck,” says Ma. "
            "Teresita Doe-Roe, chairperson of the cooperative.\n\nThe first container leaves in May.\n\n"
            "The buyer will pay in advance.\n")
    assert speakers(text)["No more middlemen. For thirty years we sold to traders who came with a truck,"] \
        == "Ma. Teresita Doe-Roe"


def test_not_ma_as_a_surname_that_ends_a_sentence():
    found = mention_names("The company was founded by Jack Ma. Daniel Zhang said the deal was done.")
    assert found.get("Jack Ma", (None, None))[1] == "person" and "Daniel Zhang" in found


# --- who says it ----------------------------------------------------------------------------------------------------

def test_he_is_jo_doe_who_was_taught_names_the_man_described_before_his_quotation():
    text = ("Painter who taught a town to see dies at 84\n\nBy Ann Roe\n\nKELBY - Ann Maclellan, the painter and art "
            "teacher, has died at her home in the town. She was 84.\n\nShe taught art at the academy for thirty "
            "years.\n\nA man in a paint-spattered jumper was among the first to call at the house after the news "
            "spread on Tuesday.\n\n“She told me at fourteen that I had a good eye and a lazy hand,” he said. “I’m "
            "sixty-one now and I’m still working on it.”\n\nHe is Tom Cairns, who was taught by Miss Maclellan in "
            "the 1950s and now exhibits in Edinburgh.\n\nHer funeral will be held on Friday.\n")
    said = speakers(text)
    assert said["She told me at fourteen that I had a good eye and a lazy hand,"] == "Tom Cairns"
    assert said["I’m sixty-one now and I’m still working on it."] == "Tom Cairns"


def test_the_grower_quoted_twice_is_the_one_he_is_names_after():
    text = ("Pulse plant expands\n\nBy Ann Roe\n\nKELBY - A pulse processor will double its plant, the company said "
            "on Tuesday.\n\nThe plant splits lentils for export.\n\nA farmer who grows 3,000 acres of lentils north "
            "of town was delivering to the plant on the day the expansion was announced.\n\n\"Five years ago we "
            "hauled lentils 200 kilometres. Now there's a buyer I can see from my kitchen window,\" the grower "
            "said. \"That's worth something.\"\n\nHe is Lorne Reed, who farms with his two sons.\n\n"
            "The expansion will be finished next year.\n")
    assert speakers(text)["That's worth something."] == "Lorne Reed"


def test_the_rancher_takes_up_a_rancher_described_and_named():
    text = ("Feed store sold to gallery owners\n\nBy Ann Roe\n\nKELBY - The town's last feed store has been sold to "
            "gallery owners from Houston, its owner, Arturo Reed, said on Monday.\n\n\"Nobody wanted it,\" Mr Reed "
            "said.\n\nA rancher in a sweat-stained straw hat was loading the last sacks of range cubes into his "
            "pickup on Tuesday afternoon.\n\n\"I don't drink coffee that costs four dollars and I don't buy "
            "paintings,\" he said. \"I buy feed.\"\n\nHe is Jesse Ybarra, 58, who runs cattle south of town and is "
            "no relation to the store's owner. Everyone on the south side calls him \"Chuy.\"\n\n\"Arturo's a good "
            "man and it's his store to sell. I'm not mad at him,\" the rancher said. \"I'm mad that nobody wants to "
            "do what he did.\"\n\nThe store closes in May.\n")
    said = speakers(text)
    assert said["I buy feed."] == "Jesse Ybarra"
    assert said["Arturo's a good man and it's his store to sell. I'm not mad at him,"] == "Jesse Ybarra"


def test_a_role_of_a_body_not_named_is_taken_up_by_the_noun():
    text = ("Council votes for Sunday swimming\n\nBy Ann Roe\n\nKELBY - The council voted 9-7 on Monday to open "
            "the pool on Sundays.\n\nThe Rev. William Doe, minister of a congregation in the town and secretary of "
            "the Kelby Lord's Day Fellowship, had addressed the council before the vote.\n\n'We have nothing "
            "against swimming. What we ask is that the council does not set the example.\n\n'Nor should it forget "
            "who elected it.'\n\nThe mayor, Cllr Ann Reed, did not vote.\n\nAfter the vote the minister said he "
            "was 'disappointed but not surprised'.\n\nThe pool opens in April.\n")
    assert speakers(text)["disappointed but not surprised"] == "William Doe"


def test_a_dutch_given_name_is_a_man_s_whatever_pronoun_follows():
    text = ("Painter remembered\n\nBy Ann Roe\n\nKELBY - Ann Roe, the painter, has died at 84.\n\nTom Reed, a "
            "director of the Harbour Gallery, said she had refused to let the gallery raise her prices.\n\n“We tried "
            "every year,” Mr Reed said.\n\nA painter who has lived in the town since 1966, Pieter de Vries, "
            "remembered her welcome when he arrived.\n\n“She came round the first morning with a pot of soup,” he "
            "said.\n\nHer funeral is on Friday.\n")
    assert speakers(text)["She came round the first morning with a pot of soup,"] == "Pieter de Vries"


def test_his_son_in_a_standfirst_is_the_son_the_body_names():
    text = ("OBITUARY\n\nAlhaji Jo Doe (1929–2011): the cocoa buyer who stayed\n\nFor six decades he weighed the "
            "town’s cocoa on one brass scale, and he kept buying when the war emptied the district. His son says "
            "he “never cheated a farmer by one cup”.\n\nBy Ann Roe\n\nKELBY, Eastern Province — Alhaji Jo Doe, "
            "who bought cocoa in the district for more than sixty years, died on Saturday at his home. He was "
            "82.\n\nHe was buried on Sunday after prayers at the central mosque, attended by about 2,000 "
            "farmers.\n\nBorn in 1929 in a farming village, he bought his first brass scale in 1951.\n\nHis eldest "
            "son, Mr Sam Doe, who has run the firm since 2004, said his father weighed every bag himself until his "
            "eyes failed.\n\n“My father never cheated a farmer by one cup,” said Mr Sam Doe.\n\nHe leaves a widow "
            "and seven children.\n")
    assert speakers(text)["never cheated a farmer by one cup"] == "Sam Doe"


def test_a_bulleted_deck_s_mill_is_the_company_named_with_that_noun():
    text = ("Growers say mill's weighbridge is two tonnes short\n\n"
            "• Growers want an independent check\n"
            "• Mill says the weighbridge is \"checked every quarter\"\n\nBy Ann Roe\n\n"
            "KELBY. Cane growers supplying the Kelby Sugar & Allied Industries Ltd mill have accused the company of "
            "under-weighing their cane.\n\nThe growers' association says weights fell after the scale was "
            "replaced.\n\n\"Not one lorry came out heavier,\" said Jo Doe, its chairman.\n\n"
            "The mill did not reply to questions on Monday.\n")
    assert speakers(text)["checked every quarter"] == "Kelby Sugar & Allied Industries Ltd"


def test_a_petition_read_over_two_paragraphs_is_the_words_of_the_body_that_handed_it_over():
    text = ("Fishermen petition council\n\nBy Ann Roe\n\nKELBY: Fishermen have petitioned the council over waste "
            "water from a prawn farm.\n\nThe petition, signed by 1,140 fishermen, was handed over on Thursday by the "
            "Kelby Fishermen's Co-operative Society Ltd, which has 900 members.\n\n\"We cannot eat,\" said Mr. Jo "
            "Fernando, the society's president.\n\nThe petition reads: \"We have fished this lagoon for three "
            "hundred years.\n\n\"Today we ask only one thing: that the water be tested.\"\n\nThe council will meet "
            "in August.\n")
    said = speakers(text)
    assert said["We have fished this lagoon for three hundred years."] \
        == said["Today we ask only one thing: that the water be tested."] \
        == "Kelby Fishermen's Co-operative Society Ltd"


def test_a_clause_fronted_before_the_speaker_and_his_name_in_apposition():
    text = ("LETTERS\n\nThe wharf is our river\n\nDear Editor,\n\nI was born in the town and have fished from the "
            "wharf all my life.\n\nWhen the last sugar lighter was laid up in 1968, my father, the late Jo Doe, who "
            "had worked the lighters for thirty years, sat on the wharf with me and said: 'A town that sells its "
            "river will buy its fish from Kingston.' I understand him now.\n\nThe council should say no.\n\n"
            "Yours faithfully,\nAnn Doe-Reed\nKelby\n")
    assert speakers(text)["A town that sells its river will buy its fish from Kingston."] == "Jo Doe"


def test_its_principal_in_a_standfirst_is_the_principal_named_later():
    text = ("School garden wins national award\n\nKelby Valley School's garden programme has won a national prize. Its "
            "principal says the children \"did the hard yards\".\n\nBy Ann Roe\n\nA small country school has "
            "won the country's top school garden award.\n\nPrincipal Hine Reed said the school had started the "
            "programme in 2019 with four raised beds.\n\nThe prize is $20,000.\n\n\"It's for the kids,\" she "
            "said.\n\nThe school has 64 pupils.\n")
    assert speakers(text)["did the hard yards"] == "Hine Reed"


def test_a_deck_s_calling_verb_before_a_clause_of_its_own_after_the_quotation():
    text = ("Council backs Sunday swimming\n\nPool will open from 2pm on Sundays from April. Swimming club welcomes "
            "'a small step into the twentieth century' as opponents warn of 'the thin end of the wedge'\n\n"
            "By Ann Roe\n\nKelby Council voted 9-7 on Monday night to open the leisure centre pool on Sunday "
            "afternoons.\n\nAlderman Jo Doe, who led the opposition, said it had been 'a sad night'.\n\nKelby "
            "Swimming and Lifesaving Club, which has 180 members, has campaigned for Sunday opening since 1991.\n\n"
            "The pool opens on April 6.\n")
    assert speakers(text)["a small step into the twentieth century"] == "Kelby Swimming and Lifesaving Club"


def test_a_live_blog_label_opened_by_a_body_s_name_is_the_holder_named_in_the_entry():
    text = ("LIVE | River breaks embankment\n\nBy Live Desk\n\nThe river broke through the embankment at dawn. Follow "
            "our live updates.\n\n6.10pm – Roads closed\n\nThe district road to the ferry is under water, police "
            "said.\n\n5.20pm – Union Parishad chairman: 'We warned them'\n\nThe local Union Parishad chairman, Md. "
            "Jo Talukder, said villagers had reported cracks in June.\n\n\"We wrote three letters,\" said Mr. "
            "Talukder.\n\n4.00pm – Homes lost\n\nAbout 600 homes have been lost, officials said.\n")
    assert speakers(text)["We warned them"] == "Md. Jo Talukder"


def test_not_a_label_opened_by_a_role_and_for():
    text = ("LIVE: Senate hearing on palm concession\n\nBy Live Desk\n\n14:05 GMT\nLawyer for communities: “consent "
            "was manufactured”\n\nCllr. Ann T. Roe-Doe, a lawyer for the affected communities, told senators that "
            "consent had been \"manufactured from the top\".\n\n13:40 GMT\nThe hearing opened with a prayer.\n")
    assert speakers(text)["consent was manufactured"] == "Ann T. Roe-Doe"


def test_the_old_miner_is_the_one_named_with_an_old_age():
    text = ("Miners bury their old leader\n\nBy Ann Roe\n\nKELBY - Jo Doe, who led the coal miners' union for twenty "
            "years, was buried on Saturday.\n\n“He never told me a lie,” said Tom Reed, the mine's former manager.\n\n"
            "At Doe's house on Sunday, an old man sat under the mango tree holding a brass lamp.\n\nHe is Pa Sam "
            "Odo, 84, who worked beside Doe at the pit for more than 20 years.\n\n“In the pit, if the roof came "
            "down, you wanted him next to you,” he said.\n\n“We buried many friends together. Now I must bury him,” "
            "the old miner said.\n\nThe union will meet on Friday.\n")
    assert speakers(text)["We buried many friends together. Now I must bury him,"] == "Sam Odo"


def test_a_woman_who_has_dyed_cloth_leaned_and_said_is_the_woman_named_next():
    text = ("Dyers take dealer to court\n\nBy Ann Roe\n\nOSOGBO — A chemical dealer has pleaded not guilty to "
            "selling fake caustic soda to a dyers' co-operative.\n\nAbout 40 members of the co-operative sat on the "
            "back benches of the court.\n\nOutside, a stooped woman who has dyed cloth in the Isale-Osun area since "
            "before Independence leaned on her stick and said: “In sixty years I have never seen indigo refuse to "
            "take. Never.”\n\nShe is Madam Ann Adeyemi, 78, known at the dye pits as “Iya Aro”.\n\nThe case was "
            "adjourned to May 12.\n")
    assert speakers(text)["In sixty years I have never seen indigo refuse to take. Never."] == "Ann Adeyemi"


# --- near misses the review read found ------------------------------------------------------------------------------

def test_not_one_body_for_a_trust_and_a_club():
    found = names(_story("The Kelby Community Trust and Bowls Club will share the hall from May, the council said."))
    assert "Kelby Community Trust and Bowls Club" not in found


def test_not_ma_for_maria_where_the_story_writes_ma_as_a_surname():
    text = ("Start-up at twenty\n\nBy Ann Roe\n\nKELBY - Jack Ma founded the firm in a flat in 1999.\n\n“We had "
            "nothing but a flat and a phone,” says Ma. Lucy Peng, a co-founder, remembers it differently.\n\nThe "
            "firm now employs 2,000 people.\n\nIt will list its shares next year.\n")
    assert "Ma. Lucy Peng" not in mention_names(text)


def test_not_the_dead_man_a_he_was_sentence_names():
    text = ("Town mourns crash victim\n\nBy Ann Roe\n\nKELBY - A man died when his car hit a tree on Route 9 on "
            "Saturday, police said.\n\nA neighbour who has lived on the street for forty years stood at the gate on "
            "Sunday.\n\n\"He was kind to everybody and he fixed my fence for nothing,\" the neighbour said.\n\nHe was "
            "Jo Doe, 41, who was buried on Tuesday after a service at St Mary's.\n\nPolice are investigating.\n")
    assert speakers(text)["He was kind to everybody and he fixed my fence for nothing,"] != "Jo Doe"


def test_not_the_son_a_he_is_sentence_names_after_my_son():
    text = ("Pulse plant expands\n\nBy Ann Roe\n\nKELBY - A pulse processor will double its plant, the company said "
            "on Tuesday.\n\nThe plant splits lentils for export.\n\nA farmer who grows 3,000 acres of lentils north "
            "of town was delivering to the plant on the day the expansion was announced.\n\n\"Five years ago we "
            "hauled lentils 200 kilometres,\" the grower said. \"My son runs the farm now.\"\n\nHe is Lorne Reed, "
            "30, who took over from his father in 2019.\n\nThe expansion will be finished next year.\n")
    assert speakers(text)["My son runs the farm now."] != "Lorne Reed"


def test_not_the_courier_for_a_letter_s_author():
    text = ("Residents write to council\n\nBy Ann Roe\n\nKELBY: Residents have written to the council about the "
            "quarry.\n\nThe letter, signed by 300 residents, was delivered on Thursday by Kelby Couriers Ltd.\n\nThe "
            "letter says: \"We do not want a quarry next to the school.\"\n\nThe council will meet in August.\n\n"
            "The vote is expected in September.\n")
    assert speakers(text)["We do not want a quarry next to the school."] != "Kelby Couriers Ltd"


def test_not_the_principal_of_another_school():
    text = ("School garden wins national award\n\nKelby Valley School's garden programme has won a national prize. "
            "Its principal says the children \"did the hard yards\".\n\nBy Ann Roe\n\nA small country school has won "
            "the country's top school garden award.\n\nTarn High School, which came second, sent its pupils to the "
            "ceremony. Principal Hine Reed said they would try again next year.\n\nThe prize is $20,000.\n\nThe "
            "school has 64 pupils.\n")
    assert speakers(text)["did the hard yards"] != "Hine Reed"


def test_not_a_bulleted_list_of_the_body_for_a_deck():
    text = ("Council approves budget\n\nBy Ann Roe\n\nKELBY - The council approved its budget on Monday after a "
            "three-hour debate. Councillors heard from several groups.\n\nAmong the points raised:\n\n• Mill says the "
            "new road is \"too narrow for lorries\"\n• Residents want a speed limit\n\nWorkers at the Kelby Timber "
            "Ltd mill were at the meeting, but the company did not speak. Tarn Paper Ltd, which runs the other mill "
            "in town, asked for a wider road.\n\nThe budget takes effect in April.\n")
    assert speakers(text)["too narrow for lorries"] != "Kelby Timber Ltd"
