"""Person names and their second references (session 28): Latin American dotted titles ("Licda.", "Econ.",
"Abg."), a first surname before a particle (married and Brazilian names) or followed by an apposition in Spanish
copy, Maldivian names called by their second word, local forms of address and titles (Greenland's
Naalakkersuisoq, Albanian "Zoti", Guaraní "Ña", "Hajja", "Don" and "Si" before a given name), and the story's own
staff in bylines and photo credits.  Every passage is invented for the test; expected values were checked by
reading it."""

from __future__ import annotations

from .conftest import quote_speakers as speakers
from .conftest import stakeholder_rows as rows


def _person_of(got: dict, form: str) -> str | None:
    """The row whose name or aliases hold ``form``."""
    return next((n for n, (_k, al) in got.items() if n == form or form in al), None)


CLINIC = ("Teachers block school road\n\n"
          "LOJA - Teachers at the Kelvamar secondary school blocked the main road on Thursday.\n\n"
          "\"Our classrooms have had no roof since the storm,\" said Licda. Yesenia Kelvar Tarnosa, the school's "
          "deputy head.\n\n"
          "\"The ministry sent engineers twice and nothing happened,\" said Econ. Adriana Tarbel Kelmonte, who sits "
          "on the parents' council.\n\n"
          "Econ. Tarbel said the council would take the case to the ombudsman, and Abg. Efraín Kelnoza, the "
          "teachers' lawyer, said the blockade was lawful.")


def test_latin_american_dotted_titles_are_no_names():
    got = rows(CLINIC)
    assert not {"Licda", "Econ", "Abg"} & set(got)
    assert got["Efraín Kelnoza"][0] == "person"


def test_a_speaker_after_said_and_a_dotted_title_is_the_named_person():
    assert speakers(CLINIC) == ["Yesenia Kelvar Tarnosa", "Adriana Tarbel Kelmonte"]


PORT = ("Airport fuel shortage\n\n"
        "CUENCA - The airport's fuel supervisor, Ing. Gonzalo Tarsano Kelpiz, said two flights had been cancelled.\n\n"
        "Norma Kelvín Ortaz, who speaks for the cabin crews, said dozens of staff were stranded.\n\n"
        "\"The tanker arrives tonight,\" Ing. Tarsano said by radio.")


def test_a_dotted_title_before_a_name_is_a_person_s_cue():
    got = rows(PORT)
    assert got["Gonzalo Tarsano Kelpiz"][0] == "person"
    assert "Tarsano" in got["Gonzalo Tarsano Kelpiz"][1]


FARMS = ("River port fees\n\n"
         "CONCEPCIÓN - The port authority's director, Ing. Ulises Kelvaro Tarpena, raised the barge fees on "
         "Wednesday.\n\n"
         "Ing. Kelvaro, 55, said the tender for a new crane would open in April.\n\n"
         "\"The barges are all we have,\" said Joana Tarmeier dos Anjos, 47, who runs cattle near the"
         " river with her sons.\n\n"
         "Tarmeier, who moved across the border in 1994, said her freight bill had tripled.\n\n"
         "Deputy Lucía Orvaz de Kelvaro, whose husband farms on the far bank, called the fees a robbery.\n\n"
         "Deputy Orvaz said she would ask for an inquiry.")


def test_a_surname_before_a_particle_names_a_married_or_brazilian_person_again():
    got = rows(FARMS)
    assert _person_of(got, "Tarmeier") == "Joana Tarmeier dos Anjos"
    assert _person_of(got, "Orvaz") == "Lucía Orvaz de Kelvaro"


def test_a_married_name_s_last_word_is_another_person_s_first_surname():
    got = rows(FARMS)
    assert _person_of(got, "Kelvaro") == "Ulises Kelvaro Tarpena"
    assert "Kelvaro" not in got["Lucía Orvaz de Kelvaro"][1]


GAS = ("Copper shipments resume\n\n"
       "IQUIQUE - \"The first ship leaves on Friday,\" the smelter's manager, Gustavo Tarmena Kelparo, said on "
       "Wednesday.\n\n"
       "Tarmena, a chemist who has run the smelter since 2011, said orders from Asia had recovered.")


def test_an_apposition_after_a_first_surname_in_spanish_copy_tells_the_named_person_again():
    got = rows(GAS)
    assert _person_of(got, "Tarmena") == "Gustavo Tarmena Kelparo"


SCHOOL = ("School board vote\n\n"
          "Dora Gale Whitcombe chaired the meeting on Tuesday.\n\n"
          "Gale, a teacher at the primary school, said the vote was rushed.")


def test_an_apposition_after_an_english_middle_name_still_introduces_someone_new():
    assert _person_of(rows(SCHOOL), "Gale") != "Dora Gale Whitcombe"


PIT = ("Sawmill dispute\n\n"
       "PIURA - The sawmill's owner, Rubén Kelmaro Tarpuy, shut the gates on Thursday.\n\n"
       "Kelmaro, no relation, a lorry driver from the valley, said he had not been paid since June.")


def test_no_relation_after_a_first_surname_keeps_two_people_apart():
    assert _person_of(rows(PIT), "Kelmaro") != "Rubén Kelmaro Tarpuy"


ISLANDS = ("Ferry fares rise\n\n"
           "ADDU CITY - \"Families cannot afford the trip to the hospital,\" said Aishath Kelvira Tarsheed, who "
           "chairs the island council's women's committee.\n\n"
           "Kelvira said three islands had lost their morning boat.\n\n"
           "Transport ministry spokesman Hussain Tarvaaz Kelseem defended the fares. \"Fuel costs twice what it "
           "did,\" Tarvaaz said.")


def test_a_maldivian_name_is_called_by_its_second_word():
    got = rows(ISLANDS)
    assert _person_of(got, "Kelvira") == "Aishath Kelvira Tarsheed"
    assert _person_of(got, "Tarvaaz") == "Hussain Tarvaaz Kelseem"


ISLANDS_TWO = ("Fish market opens\n\n"
               "ADDU CITY - Hassan Kelvaan Tarvi opened the new fish market on Thursday.\n\n"
               "Tarvi said the hall would hold 40 stalls. Kelvaan, a boat builder from the south, said it had come "
               "too late.")
# (the whole name's last word is never written alone here: only the apposition after the second word keeps two
# people apart)
ISLANDS_THREE = ("Fish market opens\n\n"
                 "ADDU CITY - Hassan Kelvaan Tarvi opened the new fish market on Thursday.\n\n"
                 "Kelvaan, a boat builder from the south, said it had come too late.")


def test_a_maldivian_second_word_after_which_someone_new_is_introduced_stays_apart():
    for text in (ISLANDS_TWO, ISLANDS_THREE):
        assert _person_of(rows(text), "Kelvaan") != "Hassan Kelvaan Tarvi"


DOCTOR = ("Clinic short of staff\n\n"
          "MALÉ - Dr Ibrahim Tarnoof Kelseem, who runs the island's only clinic, said two doctors had quit. "
          "Kelseem's deputy resigned in May.\n\n"
          "Dr Tarnoof said the clinic needed four more doctors.")


def test_a_title_before_a_maldivian_name_s_second_word_names_the_person_again():
    # (the last word is written alone too, so only the title's reading of the name's shape joins the second word)
    assert "Tarnoof" in rows(DOCTOR)["Ibrahim Tarnoof Kelseem"][1]


ARCTIC = ("Clinic nurses\n\n"
          "SISIMIUT - »The clinic needs four more nurses by winter,« Naalakkersuisoq for Health Kelvi Tarnsen told "
          "the assembly.\n\n"
          "The nurses want a housing allowance, and the Naalakkersuisoq promised to meet them in May.")


def test_the_greenlandic_minister_s_title_is_no_name():
    got = rows(ARCTIC)
    assert "Naalakkersuisoq" not in got
    assert got["Kelvi Tarnsen"][0] == "person"
    assert speakers(ARCTIC)[0].endswith("Kelvi Tarnsen")  # (not the title: "Naalakkersuisoq")


TIRANA = ("Water cuts\n\n"
          "KORÇË - \"Zoti Ministër, the taps in our street run only at night,\" Prof. Kelvina Tarnaj told the "
          "hearing.\n\n"
          "Zonja Tarnaj said she would collect signatures in every district.")


def test_albanian_forms_of_address_and_the_office_they_address_are_no_names():
    got = rows(TIRANA)
    assert not any("Zoti" in n or "Ministër" in n or "Zonja" in n for n in got)
    assert _person_of(got, "Tarnaj") == "Kelvina Tarnaj"


SAFI = ("Marina plan worries boat owners\n\n"
        "ESSAOUIRA - \"The boats will have nowhere to go,\" said Si Hassan Tarvouni, 59, who chairs the boat owners' "
        "association.\n\n"
        "Si Hassan said nobody had asked them.\n\n"
        "Hajja Tarzia Kelzani, who mends nets on the quay, said the women would lose their work.\n\n"
        "\"We will plant the ranch ourselves,\" said Ña Kelvina Tarbaldo, 66. Ña Kelvina said the survey was wrong.")


def test_maghreb_and_guarani_forms_of_address_are_no_part_of_the_name():
    got = rows(SAFI)
    assert {"Hassan Tarvouni", "Tarzia Kelzani", "Kelvina Tarbaldo"} <= set(got)
    assert _person_of(got, "Si Hassan") == "Hassan Tarvouni"
    assert not any(n.startswith(("Ña ", "Si ", "Hajja ")) for n in got)


DRIVERS = ("Bus drivers strike\n\n"
           "AREQUIPA - \"My children have not seen me for a week,\" said Lázaro Tarpuri Kelnaca, 62, a bus driver "
           "from Tarcoma.\n\n"
           "\"Nobody rides while the fares go up,\" said Marina Tarquelo Kelpaz, who runs a kiosk at the terminal. "
           "Transport union head Félix Tarnaca Kelruiz blamed the city hall.\n\n"
           "Don Lázaro, who has driven the route for thirty years, said the company owed him three months' pay. "
           "\"We cannot feed our families,\" he said.")


def test_don_and_a_given_name_is_the_person_whose_name_opens_with_it():
    got = rows(DRIVERS)
    assert _person_of(got, "Don Lázaro") == "Lázaro Tarpuri Kelnaca"
    assert speakers(DRIVERS) == ["Lázaro Tarpuri Kelnaca", "Marina Tarquelo Kelpaz", "Lázaro Tarpuri Kelnaca"]


HOST = ("Talk show returns\n\n"
        "NEW YORK - Don Lemon said on Monday his new show would start in May. \"It is a fresh start,\" he said.")


def test_don_before_a_name_of_two_words_with_no_longer_name_stays_a_name():
    assert "Don Lemon" in rows(HOST)
    assert speakers(HOST) == ["Don Lemon"]


BYLINES = ("Quarry protest\n\n"
           "By Nerea Kelbo Tarvas, staff writer\n\n"
           "By Kelmad T.\n\n"
           "[Photo: Neighbours march to the quarry on Saturday. (The Hill Gazette / Ilse Tarnberg)]\n\n"
           "[Photo: Lorries at the quarry gate on Friday. La Kelvada / Orvel Tarquino]\n\n"
           "CARTAGO - Deputy Estela Tarvaz de Kelmón said the blasting had cracked the school's walls.\n\n"
           "The quarry's manager, Osmar Kelvín Tarpa, said every blast is measured.\n\n"
           "Tarvaz said she would ask the ministry to suspend the licence.")


def test_bylines_and_photo_credits_name_no_actor():
    got = rows(BYLINES)
    assert not {"Nerea Kelbo Tarvas", "Kelmad T.", "Ilse Tarnberg", "Orvel Tarquino"} & set(got)
    assert _person_of(got, "Tarvaz") == "Estela Tarvaz de Kelmón"


CAPTION_IN_SENTENCE = ("Art fair opens\n\n"
                       "KELBY - The painter Jo Tarnell/Kelby Studio showed work at the fair, organisers said on "
                       "Monday, and the mayor Ann Kelbo opened it.")


def test_a_slash_inside_a_sentence_is_no_photo_credit():
    assert "Ann Kelbo" in rows(CAPTION_IN_SENTENCE)


WELL = ("Dye works dispute\n\n"
        "KELBURGO - Rosario Tarvel Kelnos, who chairs the residents' committee, said the river smelled of dye.\n\n"
        "The firm's operations chief in Guatemala, Graciela Kelvano Tarpas, said the mill treats all its waste.\n\n"
        "\"My own children swim there,\" Kelvano said.\n\n"
        "The biggest employer in Kelburgo, Tarnex Textiles, said it would add a night shift.")


def test_a_role_in_a_country_before_a_name_cues_a_person():
    got = rows(WELL)
    assert got["Graciela Kelvano Tarpas"] == ("person", ["Kelvano"])
    assert got["Tarnex Textiles"][0] == "organisation"


UTILITY = ("Bus fares rise\n\n"
           "PONCE - Ing. Rigoberto Vélez Tarnés, the transit authority's president, said the new fares would start "
           "in July.\n\n"
           "\"The buses are older than the drivers,\" Vélez Tarnés said at a hearing in the city hall.\n\n"
           "Nilda Tarbosa Kelmar, who cleans offices downtown, said she takes two buses a day.")


def test_both_surnames_name_a_spanish_named_person_again():
    # ("Vélez" alone gives the two words a body's weak cue: a club's and a town's name too)
    assert rows(UTILITY)["Rigoberto Vélez Tarnés"] == ("person", ["Vélez Tarnés"])


BUILDER = ("Bus contract\n\n"
           "PONCE - Ing. Rigoberto Kelvara Tarnés, the transit authority's president, signed the contract.\n\n"
           "The supplier Kelvara Tarnés, a bus builder that his uncles own, said the first buses would arrive in "
           "May.\n\n"
           "Nilda Tarbosa Kelmar, who cleans offices downtown, said she takes two buses a day.")


def test_two_surnames_that_the_story_makes_a_body_stay_a_body():
    assert "Kelvara Tarnés" not in rows(BUILDER)["Rigoberto Kelvara Tarnés"][1]


SIBLINGS = ("Transit board\n\n"
            "PONCE - Ing. Rigoberto Vélez Tarnés, the transit authority's president, and his sister, Lcda. Olga "
            "Vélez Tarnés, the authority's lawyer, signed the contract.\n\n"
            "\"The buses are older than the drivers,\" Vélez Tarnés said.\n\n"
            "Nilda Tarbosa Kelmar, who cleans offices downtown, said she takes two buses a day.")


def test_both_surnames_that_two_people_share_join_neither():
    got = rows(SIBLINGS)
    assert "Vélez Tarnés" not in got["Rigoberto Vélez Tarnés"][1] + got["Olga Vélez Tarnés"][1]


# Near misses of session 28's rules (a reviewer's regressions, rewritten with invented names): "Don" before a word
# is an English given name when that name comes first, a place after a preposition, or opens a name of its own.
COUNCIL = ("Zoning vote\n\n"
           "SPOKANE - Council member Don Wesley said the rezoning would \"gut the neighbourhood\".\n\n"
           "Wesley Tarrant, a developer, said the plan was fair. \"Wesley has never built anything,\" Don Wesley said.")


def test_don_and_a_given_name_written_first_is_a_man_s_own_name():
    got = rows(COUNCIL)
    assert _person_of(got, "Don Wesley") == "Don Wesley"
    assert _person_of(got, "Wesley Tarrant") == "Wesley Tarrant"
    assert speakers(COUNCIL)[-1] == "Don Wesley"


COACH = ("Coach hired\n\n"
         "DENVER - Dale Tarkin, the club's president, announced the hire on Monday.\n\n"
         "Don Dale, the new coach, said he wanted a fast team.")


def test_don_and_a_given_name_after_a_name_of_two_words_is_no_second_reference():
    assert _person_of(rows(COACH), "Don Dale") == "Don Dale"


TOWN = ("Olive growers protest\n\n"
        "MÉRIDA - \"Prices are below cost,\" said Benito Kelbo Sánchez, who heads the growers' cooperative.\n\n"
        "\"Nobody buys at this price,\" said Rosa Tarnero Ruiz, a grower.\n\n"
        "Hundreds of tractors drove into Don Benito on Tuesday to block the town hall.")


def test_don_and_a_word_after_a_preposition_of_place_is_no_second_reference():
    assert _person_of(rows(TOWN), "Don Benito") != "Benito Kelbo Sánchez"


PROVOST = ("University cuts\n\n"
           "ITHACA - Don Michael Tarrow, the former provost, said the cuts were \"short-sighted\".")


def test_don_before_a_given_name_and_one_surname_stays_in_the_name():
    assert "Don Michael Tarrow" in rows(PROVOST)


# An apposition after a first surname that relates it to someone else, or gives it another office, introduces
# someone new even in Spanish copy.
BROTHER = ("Mine protest\n\n"
           "CAJAMARCA - Mayor José Tarmírez Soto said the mine had poisoned the river.\n\n"
           "Tarmírez, the mayor's brother, runs a haulage firm that works for the mine. He said the water was clean.")
UNRELATED = ("Mine protest\n\n"
             "CAJAMARCA - Mayor José Tarmírez Soto said the mine had poisoned the river.\n\n"
             "Tarmírez, a 34-year-old miner and no relation of the mayor, said the water was clean.")
FATHER = ("Court ruling\n\n"
          "RECIFE - Senator Flávio Kelbonaro de Souza denied the charges on Monday.\n\n"
          "Kelbonaro, the former president, said his son was innocent.")


def test_a_kinship_or_unrelated_apposition_after_a_first_surname_is_someone_else():
    for text in (BROTHER, UNRELATED):
        assert _person_of(rows(text), "Tarmírez") != "José Tarmírez Soto"


def test_an_apposition_with_another_office_after_a_first_surname_is_someone_else():
    assert _person_of(rows(FATHER), "Kelbonaro") != "Flávio Kelbonaro de Souza"


# A whole name that has an apposition or an age of its own, then its first surname with another: two people.
HARBOUR = ("Harbour row\n\n"
           "VIGO - José Tarno Vega, a fisherman, said the harbour fees were too high.\n\n"
           "Tarno, the minister, said the fees would stay.")
AGES = ("Harbour row\n\n"
        "VIGO - Ana Tarno Reyes, 29, said the harbour fees were too high.\n\n"
        "Tarno, 45, said the fees would stay.")


def test_a_first_surname_s_apposition_after_a_whole_name_with_its_own_is_someone_else():
    assert _person_of(rows(HARBOUR), "Tarno") != "José Tarno Vega"
    assert _person_of(rows(AGES), "Tarno") != "Ana Tarno Reyes"


SENATOR = ("Reform vote\n\n"
           "PUEBLA - Senator Lidia Tarvélez García called the reform a fraud.\n\n"
           "Tarvélez, the senator, said she would go to court.")


def test_an_apposition_with_the_same_office_still_names_the_person_again():
    assert _person_of(rows(SENATOR), "Tarvélez") == "Lidia Tarvélez García"


# A caption's sentence names someone of the story (not the story's staff); a sentence opening "By then," is no
# byline even when it ends with an initial.
CAPTION = ("Harbour fees dropped\n\n"
           "Photo: Mayor Ana Kelbrook speaks to fishermen on the quay on Monday.\n\n"
           "PORT ANTONIO - Fishermen blocked the harbour for a day. \"We heard them,\" Kelbrook said.")
BY_THEN = ("Count continues\n\n"
           "By late evening, Ana Kelbo led Jo Tarnell by 90 votes in Ward C.\n\n"
           "\"It is not over,\" Tarnell said.")


def test_a_name_given_only_in_a_photo_caption_takes_its_surname_in_the_body():
    assert _person_of(rows(CAPTION), "Kelbrook") == "Ana Kelbrook"
    assert speakers(CAPTION) == ["Ana Kelbrook"]


def test_a_sentence_opening_with_by_and_ending_with_an_initial_is_no_byline():
    got = rows(BY_THEN)
    assert "Ana Kelbo" in got
    assert speakers(BY_THEN) == ["Jo Tarnell"]


RETAIL = ("Shop closures\n\n"
          "DUBLIN - The brand's owner in Ireland, Marks Tarnell, said it would close two shops.")


def test_a_role_in_a_country_before_a_name_with_a_common_word_cues_no_person():
    assert rows(RETAIL).get("Marks Tarnell", ("",))[0] != "person"


WIFE = ("Budget cuts\n\n"
        "MONTERREY - Senator Ana Kelbo de Tarnez said the cuts were cruel. Her husband Luis Tarnez Vega backed her.\n\n"
        "\"The cuts hurt women most,\" Ms. Tarnez said.")


def test_a_woman_s_title_before_a_married_name_s_last_word_keeps_it_hers():
    got = rows(WIFE)
    assert _person_of(got, "Tarnez") == "Ana Kelbo de Tarnez"
    assert "Tarnez" not in got
