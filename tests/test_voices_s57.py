"""Speakers and names of session 57, fitted on the story sets news_gold145 and news_gold146: an academy by its
noun, a body described by a noun no list holds, a lede's managing director named
later, a kin named in a caption after the quotation or with a word of birth order, a body's noun with a relative
clause before "said", a body's relative clause naming another body, a surname with particles, a quotation over two
paragraphs, a memorandum, a deck's indefinite firm, an unnamed former coach, vague plurals reported by a body; names: a
close corporation in lower case, a country's short form before "Ltd", a hyphened compass region, a form of respect
after a title, towns in a masthead's dotted line, a town after "A" and in a line of tags.  Then fitted on
news_gold147 and news_gold148: a lede's body description as "it", "their union" in a deck, a lede's body described
with its town, a Malay title with its apostrophe, a letter writer's "I", a fronted phrase before "its managing
director", an unnamed lineman; names: towns under a masthead, a trail, Irish legal forms.  Last, from errors of the earlier sets: a surname said alone for its first holder, "says managing
director" closing a deck.

Every passage is written for the test (invented people and bodies, real places only as settings); the expected
speakers and names were checked by reading the passage.  The ``_not_`` tests are near misses each rule must leave
alone; test_a_body_described_by_a_noun_no_list_holds passes on the starting code too and is kept as a check.
"""

from __future__ import annotations

from .readers import names, speakers


# --- who says it ----------------------------------------------------------------------------------------------------

def test_the_academy_is_the_one_academy_named():
    text = ("New chair for skills academy\n\n"
            "Four weeks after the smelter closed, Kelby Minerals & Pastoral Skills Academy Ltd has a new chair.\n\n"
            "Jo Doe, 52, ran her own electrical firm before she took over the academy's board on Monday.\n\n"
            "The academy said in a statement that it had picked her for \"her trade background and her business "
            "sense\".\n")
    assert speakers(text)["her trade background and her business sense"] == \
        "Kelby Minerals & Pastoral Skills Academy Ltd"


def test_a_body_described_by_a_noun_no_list_holds():
    text = ("The Kelby Writers Halqa, a circle of poets he helped to found, met on Monday. Tarn Books Ltd, his "
            "publisher for forty years, sent flowers.\n\n"
            "\"He published us when nobody else would,\" the circle said in a resolution.\n")
    assert speakers(text)["He published us when nobody else would,"] == "Kelby Writers Halqa"


def test_not_the_society_described_when_a_society_is_named():
    text = ("Ann Roe leads the Kelby Rodeo Association, the volunteer society that has run the rodeo since 1962.\n\n"
            "The Tarn Humane Rodeo Watch Society has asked the association to drop calf roping. In its second "
            "letter, the society called calf roping \"a relic that belongs in a museum\".\n")
    assert speakers(text)["a relic that belongs in a museum"] == "Tarn Humane Rodeo Watch Society"


def test_a_ledes_managing_director_named_later():
    text = ("KELBY – A family cheese company has signed a €4 million contract, in what its managing director called "
            "\"the best news this valley has had all year\".\n\n"
            "Tarn Vale Farmhouse Cheese Ltd will supply 180 tonnes of cheese from January.\n\n"
            "Managing director Ann Kelso, whose father started the firm in 1979, said the deal had taken eighteen "
            "months.\n")
    assert speakers(text)["the best news this valley has had all year"] == "Ann Kelso"


def test_a_kin_named_in_a_caption_after_the_quotation():
    text = ("Managing director Ann Kelso said the deal had taken eighteen months.\n\n"
            "Con Roe, who chairs the co-op, called the loan \"a vote of confidence\".\n\n"
            "The company's founder, Dinny Doe, 71, still calls in most mornings.\n\n"
            "\"He tastes every batch before it goes out,\" his daughter said.\n\n"
            "Caption: Ann Kelso and her father, Dinny Doe, in the ripening room. Picture: Jo Lee\n")
    assert speakers(text)["He tastes every batch before it goes out,"] == "Ann Kelso"


def test_a_kin_named_with_a_word_of_birth_order():
    text = ("Mr Doe died on Sunday at the age of 84.\n\n"
            "His eldest son, Tariq Doe, who now runs the business, said his father had worked until two weeks before "
            "his death.\n\n"
            "His son said the family would keep the shop open \"exactly as he left it\".\n")
    assert speakers(text)["exactly as he left it"] == "Tariq Doe"


def test_a_bodys_noun_with_a_relative_clause_before_said_is_it():
    text = ("Kelby Agri-Services Ltd was fined £18,000 yesterday. The firm said in a statement that it accepted the "
            "decision. \"We have changed how we work,\" it said.\n\n"
            "The Tarn Anglers' Association lost a season's trout.\n\n"
            "The association, which has 240 members, said in a statement that it would ask for the fine to be spent "
            "on restocking. \"Whatever the law allows, the river should get something back,\" it said.\n")
    assert speakers(text)["Whatever the law allows, the river should get something back,"] == \
        "Tarn Anglers' Association"


def test_not_the_body_whose_relative_clause_names_the_council():
    text = ("Council agrees rescue of maltings\n\n"
            "By Jo Lee\n\n"
            "Ashby Wolds District Council's cabinet has agreed to buy the derelict maltings on Thames Street and "
            "restore them with a local company and a building firm.\n\n"
            "Tarnshire Heritage Buildings Trust, which advised the council, described the maltings as \"one of the finest "
            "in the county\".\n\n"
            "The council said it would publish a parking plan \"fair to residents and visitors alike\".\n")
    assert speakers(text)["fair to residents and visitors alike"] == "Ashby Wolds District Council"


def test_a_surname_with_particles_is_the_full_names():
    text = ("The sale ends 16 years of ownership by Dr. Lucía Fernández de la Vega, who founded the winery in 2003.\n\n"
            "\"I built this place for people who had great fruit and no winery,\" Fernández de la Vega said in an "
            "interview.\n\n"
            "Ann Roe, a consultant in Seattle, said such plants were changing hands.\n\n"
            "\"Small labels need to read their contracts,\" she said.\n\n"
            "Fernández de la Vega said she would stay on until the end of the year.\n\n"
            "\"After that I will make one barrel a year, for myself,\" she said.\n")
    said = speakers(text)
    assert said["After that I will make one barrel a year, for myself,"] == "Lucía Fernández de la Vega"
    assert names(text)["Lucía Fernández de la Vega"] == "person"


def test_a_pronoun_after_a_quotation_over_two_paragraphs():
    text = ("Dr Tunde Roe, who led the trial, said the fungus had cut losses by half.\n\n"
            "On a farm outside Kelby, an old man pointed at a row of trees.\n\n"
            "Pa Gabriel Doe, 74, has grown cocoa on the same land since 1968. His farm was one of the 60.\n\n"
            "\"My father used copper. I used copper. Every year the price goes up and the black pod comes anyway. "
            "We sprayed in June. We sprayed in July. Nothing changed.\n\n"
            "\"This year I sprayed the fungus and my harvest was the best since 2012,\" he said.\n")
    said = speakers(text)
    assert said["My father used copper. I used copper. Every year the price goes up and the black pod comes anyway. "
                "We sprayed in June. We sprayed in July. Nothing changed."] == "Gabriel Doe"
    assert said["This year I sprayed the fungus and my harvest was the best since 2012,"] == "Gabriel Doe"


def test_a_memorandum_opening_a_sentence_is_its_subjects():
    text = ("The Kelby Hosiery Manufacturers' Samity said half the units had stopped.\n\n"
            "In a memorandum to the deputy commissioner on Thursday, the samity asked for help from the government. "
            "\"If yarn prices are not controlled before Eid, the industry will not survive,\" the memorandum read.\n")
    assert speakers(text)["If yarn prices are not controlled before Eid, the industry will not survive,"] == \
        "Kelby Hosiery Manufacturers' Samity"


def test_a_decks_indefinite_firm_named_later():
    text = ("Tile makers weigh return to coal\n\n"
            "Units say piped gas now costs more; association warns of job losses while a gas distributor says the "
            "price is \"fair and transparent\".\n\n"
            "By Jo Lee\n\n"
            "KELBY: Tile makers are considering a return to coal after their supplier raised prices.\n\n"
            "Tarnpur Urja Gas Distribution Ltd said the rise followed world prices.\n")
    assert speakers(text)["fair and transparent"] == "Tarnpur Urja Gas Distribution Ltd"


def test_an_unnamed_former_coach_is_not_the_coach_named():
    text = ("The coach, Farouk Roe, said the team trained on a savannah. \"We play for the ground,\" he said.\n\n"
            "The bank said it was reviewing the loan.\n\n"
            "A former national youth coach who asked not to be named said the plan was \"ambitious but not crazy\". "
            "\"The east has the players,\" he said.\n")
    said = speakers(text)
    assert said["The east has the players,"] == "former national youth coach"
    assert said["We play for the ground,"] == "Farouk Roe"


def test_vague_plurals_reported_by_a_body():
    text = ("The Kelby Growers and Landowners Association welcomed the new price formula.\n\n"
            "Some growers had described the old formula as \"the company's share and the grower's leftovers\", the "
            "association said, adding that the new formula would be published at every collection point.\n")
    assert speakers(text)["the company's share and the grower's leftovers"] == "growers"


# --- names ------------------------------------------------------------------------------------------------------------

def test_a_close_corporation_in_lower_case_is_one_name():
    text = ("Kwanza & Tarn Fisheries cc, which supplies frozen fish to shops in the town, welcomed the decision. Its "
            "owner, Jo Doe, said the market undercut businesses.\n")
    assert names(text).get("Kwanza & Tarn Fisheries cc") == "organisation"


def test_a_countrys_short_form_before_ltd_stays_in_the_name():
    text = ("Greenleaf Agro-Chemicals & Seeds Nig. Ltd, which sells copper fungicides across the South-West, said in "
            "a statement that one trial \"is not enough\".\n")
    found = names(text)
    assert found.get("Greenleaf Agro-Chemicals & Seeds Nig. Ltd") == "organisation"
    assert found.get("South-West") == "place"


def test_a_form_of_respect_after_a_title_is_no_person():
    text = ("Sheikh Abdul Doe died on Sunday.\n\n"
            "\"Sheikh Sahib published young poets when nobody would read them,\" the circle said.\n")
    assert not any("Sahib" in name for name in names(text))


def test_towns_a_masthead_line_serves_are_places():
    text = ("THE ISA & GULF COURIER\n"
            "Mount Isa · Kelbyton · Tarnton · Burketown\n\n"
            "New chair for skills academy\n\n"
            "Jo Doe took over the academy's board on Monday.\n\n"
            "More Q&As\n"
            "• Kelbyton's new vet on the tick season\n"
            "• Tarnton's charter boss on the wet\n")
    found = names(text)
    assert found.get("Kelbyton") == "place" and found.get("Tarnton") == "place"


def test_a_town_after_a_capital_a_and_in_tags_is_a_place():
    text = ("Contractor fined after slurry spill\n\n"
            "A Turriff agricultural contractor and its director have been fined after slurry poured into a burn.\n\n"
            "An agricultural contracting firm from Turriff has been fined £18,000 at Banff Sheriff Court.\n\n"
            "The driver had gone to collect a part from a dealer in Turriff.\n\n"
            "Tags: Turriff, Banff Sheriff Court, pollution, farming\n")
    assert names(text).get("Turriff") == "place"


# --- fitted on news_gold147 and news_gold148 (released: their error lists were seen once, see benchmarks/HISTORY.md) --

def test_a_bodys_description_opening_a_lede_is_the_it_of_its_clause():
    text = ("PACKHOUSE & GROWER\n\n"
            "Kelby co-op bets $3.8m on year-round kumara\n\n"
            "Northland's biggest kumara growers' co-operative has opened a curing and coolstore complex that it says "
            "will \"end the April glut\" and let growers sell all year.\n\n"
            "Words: Jo Lee\n\n"
            "The Tarnby Kumara Growers' Co-operative Ltd opened its new $3.8 million complex on Friday. The Tarn "
            "Whanau Land Trust leased it the site.\n")
    assert speakers(text)["end the April glut"] == "Tarnby Kumara Growers' Co-operative Ltd"
    assert names(text).get("Northland") == "place"


def test_their_union_in_a_deck_is_the_union_named_later():
    text = ("Coopers to go as distillery buys casks\n\n"
            "Eleven coopers will lose their trade; their union says the move would be \"the end of a trade in "
            "Kintyre\".\n\n"
            "By Jo Lee\n\n"
            "Kelby Distillers Ltd will close its cooperage in March, the company said yesterday.\n\n"
            "The Scottish Distillery, Cooperage and Allied Trades Union said it would ballot its members.\n")
    assert speakers(text)["the end of a trade in Kintyre"] == "Scottish Distillery, Cooperage and Allied Trades Union"


def test_a_lede_body_described_with_its_town():
    text = ("Cement dust study\n\n"
            "A year-long study by a Lalitpur research centre calls the readings near the industrial district "
            "'alarming'. Cement makers say the trucks are to blame.\n\n"
            "By Jo Lee\n\n"
            "The study, by the Kelby Centre for Air Quality and Health, placed monitors at six sites in Lalitpur "
            "and two near the plants.\n")
    assert speakers(text)["alarming"] == "Kelby Centre for Air Quality and Health"


def test_a_malay_title_with_its_apostrophe_before_a_family_name():
    text = ("Kelby Furniture Makers Association president Dato’ Lim Chee Keong said orders had risen by a third.\n\n"
            "“Some factories are turning away buyers,” Dato’ Lim said.\n\n"
            "Madam Lim Siew Lan, a director of Tarn Timber Sdn Bhd and no relation to Dato’ Lim, said rubberwood "
            "prices had risen.\n")
    assert speakers(text)["Some factories are turning away buyers,"] == "Lim Chee Keong"
    assert "Lim" not in names(text)


def test_a_letter_writers_i_is_the_letter_s_signer():
    text = ("Letters\n\n"
            "Jobs for whom?\n\n"
            "Sir – The developer promises 40 jobs. I have lived in Garsdale for 61 years and I know what those jobs "
            "will be.\n\n"
            "Mary Capstick\n"
            "Garsdale\n\n"
            "A vote, not a verdict\n\n"
            "Sir – At our meeting on 9 November members voted 5–4 to make no objection. I voted against, and said at "
            "the time that the new junction would be “an accident waiting for a tractor”.\n\n"
            "Cllr Tom Capstick (no relation to Mary)\n"
            "Sedbergh\n")
    assert speakers(text)["an accident waiting for a tractor"] == "Tom Capstick"
    found = names(text)
    assert found.get("Mary Capstick") == "person" and "Mary Capstick Garsdale" not in found


def test_a_fronted_phrase_before_its_managing_director():
    text = ("Kelby Leisure Parks Ltd describes its scheme as “low-impact luxury”. At the drop-in session in the "
            "Methodist hall its managing director told me: “We are not building a town.”\n")
    assert speakers(text)["We are not building a town."] == "managing director"


def test_an_unnamed_lineman_is_the_pronouns_antecedent():
    text = ("10:05am — Traders march\n\n"
            "Allah Dino Khoso, president of the traders association, said shops would stay shut until the power came "
            "back.\n\n"
            "\"We have no choice,\" he said.\n\n"
            "10:40am — Lineman speaks\n\n"
            "A SUPDCO lineman who asked not to be named told The Current that many transformers in the city were "
            "overloaded.\n\n"
            "\"We fix one and two more burn. There are not enough transformers in the store,\" he said.\n")
    said = speakers(text)
    assert said["We fix one and two more burn. There are not enough transformers in the store,"] == "SUPDCO lineman"
    assert said["We have no choice,"] == "Allah Dino Khoso"


def test_a_line_of_towns_under_the_masthead_and_a_trail_are_places():
    text = ("THE MAWDDACH MERCURY\n"
            "Dolgellau · Barmouth · Tywyn · Dinas Mawddwy\n\n"
            "Town told: take on toilets or lose them\n\n"
            "By Jo Lee\n\n"
            "The county council's cabinet voted on Tuesday to stop paying for Dolgellau's two public toilets. The "
            "blocks at Y Marian car park and on Eldon Square cost £38,400 a year. \"If the answer is Barmouth, the "
            "firm will take them to Barmouth,\" a coach driver said. Walkers coming off the Mawddach Trail use them "
            "too.\n")
    found = names(text)
    assert all(found.get(town) == "place" for town in ("Dolgellau", "Barmouth"))
    assert found.get("Mawddach Trail") == "place"


def test_irish_legal_forms_close_the_name():
    text = ("Kelby Valley Events & Catering Teoranta, of Market Street, and its director pleaded guilty. The company "
            "will pay €2,500 to the Tarn Island Community Hall Trust CLG.\n\n"
            "Kelby Valley had run bars at weddings for eleven years. The hall on Tarn Island needs a new roof.\n")
    found = names(text)
    assert found.get("Kelby Valley Events & Catering Teoranta") == "organisation"
    assert found.get("Tarn Island Community Hall Trust CLG") == "organisation"


# --- fitted on errors of the earlier story sets ----------------------------------------------------------------------

def test_a_surname_said_alone_stays_with_its_first_holder():
    text = ("Kelby Pepper Trading Sdn Bhd will ship 600 tonnes a year to Osaka, its managing director Lim Chee Keong "
            "said.\n\n"
            "\"Our buyers are asking where it came from,\" Lim said.\n\n"
            "She is Ivy Lim Mei Ling, 47, who is not related to the managing director, and who farms 2,000 vines.\n\n"
            "\"We are not a charity,\" Lim said.\n")
    said = speakers(text)
    assert said["Our buyers are asking where it came from,"] == "Lim Chee Keong"
    assert said["We are not a charity,"] == "Lim Chee Keong"


def test_says_managing_director_closing_a_deck():
    text = ("Rice mill opens\n\n"
            "New mill to buy padi from 6,000 farmers; \"no farmer will be turned away\", says managing director\n\n"
            "By Jo Lee\n\n"
            "KELBY: Kelby Rice Mill Sdn Bhd opened its new mill on Monday. Managing director Rashid Ismail said the "
            "mill would buy from every farmer in the district.\n")
    assert speakers(text)["no farmer will be turned away"] == "Rashid Ismail"


# --- near misses the last read asked for -------------------------------------------------------------------------------

def test_not_one_sentence_across_a_name_and_limited():
    from .readers import sentences
    got = sentences("The bakery was founded by Jo Doe. Limited parking has hurt trade since the square was closed.")
    assert got == ["The bakery was founded by Jo Doe.", "Limited parking has hurt trade since the square was closed."]


def test_not_a_town_modifier_for_a_firms_spokesman():
    text = ("Prices cut\n\n"
            "A Kelbymart spokesman said its stores would cut the price of bread from Monday, and the chain would "
            "absorb the cost.\n")
    assert names(text).get("Kelbymart") == "organisation"


def test_not_a_kin_stated_later_outside_a_caption():
    text = ("Jo Roe, 71, still calls in most mornings.\n\n"
            "\"He tastes every batch before it goes out,\" his daughter said.\n\n"
            "Across the valley, Tarn Kelso's daughter, Amy Kelso, runs the creamery her grandfather built.\n")
    assert speakers(text)["He tastes every batch before it goes out,"] != "Amy Kelso"


def test_a_chambermaid_named_before_her_age_alone():
    text = ("Blackouts hit hotel staff\n\n"
            "By Jo Lee\n\n"
            "Ramón Doe, the union's secretary-general, said the blackouts had lasted all week. \"The hotels should be "
            "worried about that too,\" he said.\n\n"
            "Yokelda Mercedes Rosario, a chambermaid at a resort in Cabeza de Toro, said her two children did their "
            "homework by candlelight. \"Three weeks ago the light went at six in the evening. Who lives like that?\" "
            "the 29-year-old said.\n")
    assert speakers(text)["Three weeks ago the light went at six in the evening. Who lives like that?"] == \
        "Yokelda Mercedes Rosario"
    assert names(text).get("Yokelda Mercedes Rosario") == "person"
