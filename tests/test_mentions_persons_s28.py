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


CLINIC = ("Nurses walk out at coastal clinic\n\n"
          "MANTA - Nurses at the Kelbamar clinic stopped work on Monday.\n\n"
          "\"We have asked for gloves since January and nobody answers,\" said Licda. Rosalba Quiroz Tarnés, the "
          "head nurse.\n\n"
          "\"Every week without a contract costs the province money,\" said Econ. María Kelbo Zambrano, who advises "
          "the governor.\n\n"
          "Econ. Kelbo said the province would pay the nurses' arrears by March, and Abg. Tomás Ordeñana, the "
          "union's lawyer, said the strike was legal.")


def test_latin_american_dotted_titles_are_no_names():
    got = rows(CLINIC)
    assert not {"Licda", "Econ", "Abg"} & set(got)
    assert got["Tomás Ordeñana"][0] == "person"


def test_a_speaker_after_said_and_a_dotted_title_is_the_named_person():
    assert speakers(CLINIC) == ["Rosalba Quiroz Tarnés", "María Kelbo Zambrano"]


PORT = ("Dock strike enters third day\n\n"
        "GUAYAQUIL - The terminal's operations manager, Ing. Rodrigo Tarmeo Zúñiga, called the strike illegal.\n\n"
        "Luis Kelbín Bajaña, the union's leader, said the men would stay out.\n\n"
        "\"The offer stands,\" Ing. Tarmeo said by telephone.")


def test_a_dotted_title_before_a_name_is_a_person_s_cue():
    got = rows(PORT)
    assert got["Rodrigo Tarmeo Zúñiga"][0] == "person"
    assert "Tarmeo" in got["Rodrigo Tarmeo Zúñiga"][1]


FARMS = ("Growers split over dam money\n\n"
         "ASUNCIÓN - The state's chief negotiator, Ing. Ramón Kelbás Tardozo, said the money would be spent on "
         "roads.\n\n"
         "Ing. Kelbás, 61, said a bill would reach Congress within ninety days.\n\n"
         "\"We dry our grain with diesel,\" said Valdir Tarnauer dos Reis, 52, who grows soy near the border.\n\n"
         "Tarnauer, who holds Paraguayan papers, said his diesel bill had doubled.\n\n"
         "Senator Marta Orlez de Kelbás, who is not related to the negotiator, said the deal was rushed.\n\n"
         "Senator Orlez said her party would vote against it.")


def test_a_surname_before_a_particle_names_a_married_or_brazilian_person_again():
    got = rows(FARMS)
    assert _person_of(got, "Tarnauer") == "Valdir Tarnauer dos Reis"
    assert _person_of(got, "Orlez") == "Marta Orlez de Kelbás"


def test_a_married_name_s_last_word_is_another_person_s_first_surname():
    got = rows(FARMS)
    assert _person_of(got, "Kelbás") == "Ramón Kelbás Tardozo"
    assert "Kelbás" not in got["Marta Orlez de Kelbás"][1]


GAS = ("Gas deal signed\n\n"
       "LA PAZ - \"Our gas still has buyers,\" the company's president, Marcelo Tarqui Villca, told reporters.\n\n"
       "Tarqui, an engineer who joined the company in 1998, said a second contract would follow.")


def test_an_apposition_after_a_first_surname_in_spanish_copy_tells_the_named_person_again():
    got = rows(GAS)
    assert _person_of(got, "Tarqui") == "Marcelo Tarqui Villca"


SCHOOL = ("School board vote\n\n"
          "Dora Gale Whitcombe chaired the meeting on Tuesday.\n\n"
          "Gale, a teacher at the primary school, said the vote was rushed.")


def test_an_apposition_after_an_english_middle_name_still_introduces_someone_new():
    assert _person_of(rows(SCHOOL), "Gale") != "Dora Gale Whitcombe"


PIT = ("Mine reopens\n\n"
       "ORURO - The mine's owner, Marcelo Kelbari Villca, reopened the shaft on Monday.\n\n"
       "Kelbari, no relation, a driller from Huanuni, said the pay was late.")


def test_no_relation_after_a_first_surname_keeps_two_people_apart():
    assert _person_of(rows(PIT), "Kelbari") != "Marcelo Kelbari Villca"


ISLANDS = ("Resort leases extended\n\n"
           "MALÉ - \"The banks are already calling,\" said Fathimath Kelbeena Moosa, secretary general of the "
           "resort owners' association.\n\n"
           "Kelbeena said 15 more resorts would apply.\n\n"
           "Opposition leader Ibrahim Tarnoof Hameed called the deal rushed. \"Why sign it on a Sunday night?\" "
           "Tarnoof said.")


def test_a_maldivian_name_is_called_by_its_second_word():
    got = rows(ISLANDS)
    assert _person_of(got, "Kelbeena") == "Fathimath Kelbeena Moosa"
    assert _person_of(got, "Tarnoof") == "Ibrahim Tarnoof Hameed"


ISLANDS_TWO = ("Harbour plan\n\n"
               "MALÉ - Ahmed Kelbeen Tarif opened the harbour on Monday.\n\n"
               "Tarif said the port would take bigger ships. Kelbeen, a fisherman from the north, said it was late.")


def test_a_maldivian_second_word_after_which_someone_new_is_introduced_stays_apart():
    assert _person_of(rows(ISLANDS_TWO), "Kelbeen") != "Ahmed Kelbeen Tarif"


ARCTIC = ("Licence debate\n\n"
          "NUUK - »This project means jobs,« Naalakkersuisoq for Mineral Resources Aviaja Kelbsen said.\n\n"
          "The Naalakkersuisoq said the company would hire locally.")


def test_the_greenlandic_minister_s_title_is_no_name():
    got = rows(ARCTIC)
    assert "Naalakkersuisoq" not in got
    assert got["Aviaja Kelbsen"][0] == "person"
    assert speakers(ARCTIC)[0].endswith("Aviaja Kelbsen")  # (not the title: "Naalakkersuisoq")


TIRANA = ("Tariff row\n\n"
          "TIRANA - \"Zoti Ministër, our village has light four hours a day,\" Prof. Arta Kelmendi told the "
          "minister.\n\n"
          "Zonja Kelmendi said the rise was unjust.")


def test_albanian_forms_of_address_and_the_office_they_address_are_no_names():
    got = rows(TIRANA)
    assert not any("Zoti" in n or "Ministër" in n or "Zonja" in n for n in got)
    assert _person_of(got, "Kelmendi") == "Arta Kelmendi"


SAFI = ("Port plan angers fishers\n\n"
        "SAFI - \"My father fished here,\" said Si Ahmed Kelbouni, 64, head of the cooperative.\n\n"
        "Si Ahmed said the members were never shown the plans.\n\n"
        "Hajja Zohra Tarnani, who sells sardines at the auction, called it the end of the port.\n\n"
        "\"We will occupy the estates,\" said Ña Eusebia Tarvalba, 70. Ña Eusebia said the law was late.")


def test_maghreb_and_guarani_forms_of_address_are_no_part_of_the_name():
    got = rows(SAFI)
    assert {"Ahmed Kelbouni", "Zohra Tarnani", "Eusebia Tarvalba"} <= set(got)
    assert _person_of(got, "Si Ahmed") == "Ahmed Kelbouni"
    assert not any(n.startswith(("Ña ", "Si ", "Hajja ")) for n in got)


DRIVERS = ("Diesel queues grow\n\n"
           "EL ALTO - \"I sleep in the cabin,\" said Eusebio Tarcaya Mamani, 58, a driver from Patacamaya.\n\n"
           "\"My takings have halved,\" said Rosa Quelca Ticona, who sells soup along the queue. Union leader "
           "Lucio Gómez Rojas blamed the state oil company.\n\n"
           "Don Eusebio, as the younger drivers call him, said he had lost two contracts. \"They don't wait for "
           "us,\" he said.")


def test_don_and_a_given_name_is_the_person_whose_name_opens_with_it():
    got = rows(DRIVERS)
    assert _person_of(got, "Don Eusebio") == "Eusebio Tarcaya Mamani"
    assert speakers(DRIVERS) == ["Eusebio Tarcaya Mamani", "Rosa Quelca Ticona", "Eusebio Tarcaya Mamani"]


HOST = ("Talk show returns\n\n"
        "NEW YORK - Don Lemon said on Monday his new show would start in May. \"It is a fresh start,\" he said.")


def test_don_before_a_name_of_two_words_with_no_longer_name_stays_a_name():
    assert "Don Lemon" in rows(HOST)
    assert speakers(HOST) == ["Don Lemon"]


BYLINES = ("Workers protest outside plant\n\n"
           "By Lidia Kelbo Ortez, staff writer\n\n"
           "By Sofiane K.\n\n"
           "[Photo: Residents march to the plant on Tuesday. (The Valley Weekly / Marta Tarnell)]\n\n"
           "[Photo: Strikers at the gate on Monday. El Vigía / Derlo Quintana]\n\n"
           "ALAJUELA - Senator Blanca Ortez de Núñez said the well would dry the village.\n\n"
           "The plant's director, Jorge Kelbín Salas, said the company recycles its water.\n\n"
           "Ortez said she would ask the minister to stop the permit.")


def test_bylines_and_photo_credits_name_no_actor():
    got = rows(BYLINES)
    assert not {"Lidia Kelbo Ortez", "Sofiane K.", "Marta Tarnell", "Derlo Quintana"} & set(got)
    assert _person_of(got, "Ortez") == "Blanca Ortez de Núñez"


CAPTION_IN_SENTENCE = ("Art fair opens\n\n"
                       "KELBY - The painter Jo Tarnell/Kelby Studio showed work at the fair, organisers said on "
                       "Monday, and the mayor Ann Kelbo opened it.")


def test_a_slash_inside_a_sentence_is_no_photo_credit():
    assert "Ann Kelbo" in rows(CAPTION_IN_SENTENCE)


WELL = ("Water permit fight\n\n"
        "HEREDIA - José Tarnés Quirós, who leads the village water board, said the aquifer was low.\n\n"
        "The company's plant director in Costa Rica, Graciela Kelbano Rivas, said the firm recycles its water.\n\n"
        "\"We drink from the same aquifer,\" Kelbano said.\n\n"
        "The largest employer in Heredia, Kelby Foods, said it would hire 300 people.")


def test_a_role_in_a_country_before_a_name_cues_a_person():
    got = rows(WELL)
    assert got["Graciela Kelbano Rivas"] == ("person", ["Kelbano"])
    assert got["Kelby Foods"][0] == "organisation"


UTILITY = ("Utility deal with bondholders\n\n"
           "SAN JUAN - Ing. Héctor Vélez Tarnés, the utility's executive director, said the deal was done.\n\n"
           "\"Today we can talk about the future,\" Vélez Tarnés told reporters at the utility's headquarters.\n\n"
           "Iris Quiñones Ruiz, who owns two bakeries, said her bills had doubled.")


def test_both_surnames_name_a_spanish_named_person_again():
    # ("Vélez" alone gives the two words a body's weak cue: a club's and a town's name too)
    assert rows(UTILITY)["Héctor Vélez Tarnés"] == ("person", ["Vélez Tarnés"])


BUILDER = ("Utility contract\n\n"
           "SAN JUAN - Ing. Héctor Kelbo Tarnés, the utility's executive director, signed the deal.\n\n"
           "The contractor Kelbo Tarnés, a construction company owned by his cousins, said it would start in May.\n\n"
           "Iris Quiñones Ruiz, who owns two bakeries, said her bills had doubled.")


def test_two_surnames_that_the_story_makes_a_body_stay_a_body():
    assert "Kelbo Tarnés" not in rows(BUILDER)["Héctor Kelbo Tarnés"][1]


SIBLINGS = ("Utility board\n\n"
            "SAN JUAN - Ing. Héctor Vélez Tarnés, the utility's executive director, and his sister, Lcda. Rosa "
            "Vélez Tarnés, the board's lawyer, signed the deal.\n\n"
            "\"Today we can talk about the future,\" Vélez Tarnés told reporters.\n\n"
            "Iris Quiñones Ruiz, who owns two bakeries, said her bills had doubled.")


def test_both_surnames_that_two_people_share_join_neither():
    got = rows(SIBLINGS)
    assert "Vélez Tarnés" not in got["Héctor Vélez Tarnés"][1] + got["Rosa Vélez Tarnés"][1]


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
             "Tarmírez, a 34-year-old miner who is not related to the mayor, said the water was clean.")
FATHER = ("Court ruling\n\n"
          "RECIFE - Senator Flávio Kelbonaro de Souza denied the charges on Monday.\n\n"
          "Kelbonaro, the former president, said his son was innocent.")


def test_a_kinship_or_unrelated_apposition_after_a_first_surname_is_someone_else():
    for text in (BROTHER, UNRELATED):
        assert _person_of(rows(text), "Tarmírez") != "José Tarmírez Soto"


def test_an_apposition_with_another_office_after_a_first_surname_is_someone_else():
    assert _person_of(rows(FATHER), "Kelbonaro") != "Flávio Kelbonaro de Souza"


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
