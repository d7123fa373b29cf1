"""Whole organisation names that were cut into pieces (session 29): legal forms after a comma (Spanish and Andorran
"SLU" and "S.L.", Venezuelan "C.A.", Lusophone "E.P.", Central American "S. de R.L.", an undotted "SA" after a
Romance name but not after a town), the Turkish "Ltd. Şti.", the francophone "Ets." before a firm's name; a plural's
possessive "'s" before "and" inside one body; "Syndicate" closing a union's name; members' plurals either side of
"and"; foreign connectors inside a body's name (Portuguese "para a", a field after "y" closing the name, "et du"
covered by the bracketed initials, a capitalised "La" before the head, a foreign "and" after a group's noun); and
"for the" after a legislature.  Every sentence is invented for the test; expected values were checked by reading
it."""

from __future__ import annotations

from .conftest import kinds


def _no_form_alone(got: dict, *forms: str) -> bool:
    return not any(f in got for f in forms)


# --- legal forms -----------------------------------------------------------------------------------------------------

def test_a_single_owner_company_s_form_after_a_comma_stays_in_the_name():
    got = kinds("Transports Coll Blanc, SLU, which runs the buses in Escaldes, did not answer questions on Friday.")
    assert got.get("Transports Coll Blanc, SLU") == "organisation" and _no_form_alone(got, "SLU"), got


def test_a_spanish_limited_company_s_dotted_form_after_a_comma_stays_in_the_name():
    got = kinds("The contract went to Dragados Marinos del Sur, S.L. after a tender that drew four bids.")
    assert got.get("Dragados Marinos del Sur, S.L.") == "organisation" and _no_form_alone(got, "S.L."), got


def test_a_venezuelan_company_s_form_after_a_comma_stays_in_the_name():
    got = kinds("Analysts at Llanos Data & Strategy, C.A., a Maracaibo consultancy, expect output to fall.")
    assert got.get("Llanos Data & Strategy, C.A.") == "organisation" and _no_form_alone(got, "C.A."), got


def test_a_public_company_s_form_after_a_comma_stays_in_the_name():
    got = kinds("The licence is held by Empresa Nacional de Pescas do Namibe, E.P., the state fishing company.")
    assert got.get("Empresa Nacional de Pescas do Namibe, E.P.") == "organisation", got
    assert _no_form_alone(got, "E.P."), got


def test_a_central_american_limited_company_s_spaced_form_stays_in_the_name():
    got = kinds("Most of the seamstresses sew for Textiles Tegucigalpa Norte, S. de R.L. de C.V. on the edge of town.")
    assert got.get("Textiles Tegucigalpa Norte, S. de R.L. de C.V.") == "organisation", got
    got = kinds("The plant, Maquiladora Sula Uno, S. de R.L., employs 900 people.")
    assert got.get("Maquiladora Sula Uno, S. de R.L.") == "organisation" and _no_form_alone(got, "S. de R.L."), got


def test_an_undotted_sa_after_a_romance_company_s_name_stays_in_it():
    got = kinds("Aigües de la Vall Alta, SA, which supplies water to six villages, raised its prices by a tenth.")
    assert got.get("Aigües de la Vall Alta, SA") == "organisation" and _no_form_alone(got, "SA"), got


def test_an_undotted_sa_after_a_town_is_the_state_and_no_legal_form():
    got = kinds("The trial ran in Murray Bridge, SA, where growers planted forty hectares of the new wheat.")
    assert "Murray Bridge, SA" not in got, got


def test_the_turkish_limited_company_s_form_goes_on_after_ltd():
    got = kinds("A broker at Mersin Tanker Nakliyat Ltd. Şti., a shipping firm, said demand was thin.")
    assert got.get("Mersin Tanker Nakliyat Ltd. Şti") == "organisation", got


def test_a_firm_opened_by_ets_is_one_name():
    got = kinds("Cocoa is bought by Ets. Mbarga et Frères SARL, the largest buyer in Kribi.")
    assert got.get("Ets. Mbarga et Frères SARL") == "organisation" and "Ets" not in got, got


# --- English names across "and" -------------------------------------------------------------------------------------

def test_a_plural_s_possessive_before_and_goes_on_to_the_body_s_word():
    got = kinds("Mary Flett, secretary of the Orkney Watermen's and Pilots' Guild, said pilots were tired.")
    assert got.get("Orkney Watermen's and Pilots' Guild") == "organisation", got


def test_a_possessive_that_no_body_s_word_follows_stays_apart():
    got = kinds("The Kelby Fishermen's and Boatmen's catches fell in June, officials said.")
    assert "Kelby Fishermen's and Boatmen's" not in got, got


def test_a_syndicate_closes_a_union_s_name_across_and():
    got = kinds("Zainab Kadhim, an official of the Basra Nurses' and Midwives' Syndicate, said wages were late.")
    assert got.get("Basra Nurses' and Midwives' Syndicate") == "organisation", got


def test_members_plurals_either_side_of_and_make_one_body():
    got = kinds("Jo Hale, who chairs the Northern Cyclists and Taxi Drivers Union, opposed the new lanes.")
    assert got.get("Northern Cyclists and Taxi Drivers Union") == "organisation", got


# --- foreign connectors ---------------------------------------------------------------------------------------------

def test_portuguese_para_a_and_e_go_on_inside_a_movement_s_name():
    got = kinds("The petition was drawn up by the Movimento para a Justiça e Trabalho (MJT), which says it has 4,000 "
                "members in Nampula.")
    assert got.get("Movimento para a Justiça e Trabalho") == "organisation", got


def test_a_field_after_y_that_ends_the_name_goes_on_with_it():
    got = kinds("A survey by the Instituto Andino de Cultura y Sociedad found that two in three households skip meals.")
    assert got.get("Instituto Andino de Cultura y Sociedad") == "organisation", got


def test_et_du_goes_on_when_the_bracketed_initials_cover_the_whole_name():
    got = kinds("Posters for the Parti de l'Avenir et du Progrès du Kelbo (PAPK) went up across Kaolack overnight.")
    assert got.get("Parti de l'Avenir et du Progrès du Kelbo") == "organisation", got


def test_a_capitalised_la_before_a_foreign_head_opens_the_body_s_name():
    got = kinds("A spokesman for La Société des Pêcheurs de la Côte Rocheuse said on Friday that the quays were unsafe.")
    assert got.get("La Société des Pêcheurs de la Côte Rocheuse") == "organisation", got


def test_a_foreign_and_after_a_group_s_noun_joins_one_name():
    got = kinds("Councillor Marc Gindre, whose group Kelby Horizon et Solidarité holds three seats, asked for a recount.")
    assert got.get("Kelby Horizon et Solidarité") == "organisation", got


def test_a_foreign_and_with_no_group_s_noun_before_joins_nothing():
    got = kinds("Flights to Trinidad y Tobago resumed on Monday, the airline said.")
    assert not any(n.startswith("Trinidad y") and v == "organisation" for n, v in got.items()), got


# --- "for the" after a legislature ----------------------------------------------------------------------------------

def test_for_the_after_a_legislature_opens_the_member_s_party():
    got = kinds("The wells have run dry, said Farah Kelbaar, elected to the Somaliland Parliament for the Movement "
                "for Change.")
    assert got.get("Movement for Change") == "organisation", got
    assert not any("Parliament for the" in n for n in got), got


def test_a_portuguese_article_after_e_goes_on_inside_a_centre_s_name():
    got = kinds("A report by the Instituto de Estudos Rurais e os Mercados Locais (IERML) found that prices rose.")
    assert got.get("Instituto de Estudos Rurais e os Mercados Locais") == "organisation", got


def test_a_mayan_word_s_glottal_stops_before_del_go_on_inside_a_body_s_name():
    got = kinds("The vote was called by the Consejo de Aldeas K’iche’ del Altiplano Norte on Sunday.")
    assert got.get("Consejo de Aldeas K’iche’ del Altiplano Norte") == "organisation", got


def test_a_possessive_apostrophe_before_de_closes_the_name():
    got = kinds("Workers at the Kelby Farmers’ de facto cooperative were paid late.")
    assert not any(n.endswith(" de facto") or "’ de" in n for n in got), got


# --- near misses found in review: the rules above must not fire --------------------------------------------------

def test_sa_after_a_person_s_name_and_before_a_role_is_no_legal_form():
    got = kinds('"We were beaten fairly," said Lindiwe du Toit, SA captain, after the loss in Paarl.')
    assert not any(n.endswith(", SA") for n in got), got
    got = kinds('"Volumes held up," said Carla da Costa, SA Mills spokeswoman, on Tuesday.')
    assert not any(n.endswith(", SA Mills") or n.endswith(", SA") for n in got), got


def test_sa_after_a_given_name_and_a_surname_particle_is_no_legal_form():
    got = kinds("The ruling was criticised by Carlos de la Vega, SA, a lawyer in Mount Gambier.")
    assert got.get("Carlos de la Vega") == "person" and "Carlos de la Vega, SA" not in got, got


def test_a_credential_after_a_person_s_name_is_no_company_s_form():
    got = kinds('"The accounts are wrong," said Anil Kapoor, C.A., a partner at a Pune audit practice.')
    assert got.get("Anil Kapoor") == "person" and "Anil Kapoor, C.A." not in got, got
    got = kinds("The appeal was dismissed by Lady Justice Marsh, C.A., on Thursday.")
    assert not any(n.endswith(", C.A.") for n in got), got


def test_an_undotted_form_before_a_role_noun_is_no_company_s_form():
    got = kinds('"It was a long season," said Mark Dunn, SLU athletic director, on Monday.')
    assert got.get("Mark Dunn") == "person" and "Mark Dunn, SLU" not in got, got
    got = kinds("Luc Marchand, SARL owner, said his bakery would shut in June.")
    assert got.get("Luc Marchand") == "person" and "Luc Marchand, SARL" not in got, got


def test_congress_opening_a_body_s_name_keeps_for_the():
    got = kinds("The Congress for the Walkable Town said the new ring road would split the valley.")
    assert got.get("Congress for the Walkable Town") == "organisation", got


def test_a_legislature_before_for_the_stays_a_body_of_its_own():
    got = kinds("Dina Aziz, elected to the Regional Parliament for the Green Party, said the vote was rigged.")
    assert got.get("Regional Parliament") == "organisation" and got.get("Green Party") == "organisation", got
    got = kinds("Nour Haddad, a member of the Federal Parliament for the Afar Region, said the road was closed.")
    assert got.get("Federal Parliament") == "organisation", got


def test_a_portuguese_and_the_before_a_second_body_joins_no_name():
    got = kinds("A deal between the Associação dos Pescadores e a Kelbytel was signed on Monday, officials said.")
    assert not any(" e a " in n for n in got), got
    got = kinds("The Câmara Municipal e a Guarda Costeira closed the beach on Sunday, according to the radio.")
    assert not any(" e a " in n for n in got), got


def test_a_portuguese_and_the_after_para_a_goes_on_in_the_name():
    got = kinds("A grant from the Fundação para a Pesca e a Memória Costeira paid for the museum.")
    assert got.get("Fundação para a Pesca e a Memória Costeira") == "organisation", got


def test_a_family_s_plural_possessive_before_de_is_no_glottal_stop():
    got = kinds("Life in the O’Haras’ de Burca household was strict, said the historian Ben Tully.")
    assert not any("’ de" in n for n in got), got


def test_a_whole_legal_form_then_a_capitalised_limited_opening_a_sentence_stay_apart():
    got = kinds("She founded Kelso Metrics Ltd. Limited funding forced her to sell it in 2019.")
    assert "Kelso Metrics Ltd. Limited" not in got, got


def test_a_turkish_company_s_short_form_ends_no_sentence():
    from analysis import Article

    art = Article.from_text("A trader at Tarsus Gıda Ltd. Şti. said prices were firm. Exports rose in May.")
    assert [s.text for s in art.sentences][0] == "A trader at Tarsus Gıda Ltd. Şti. said prices were firm.", \
        [s.text for s in art.sentences]
