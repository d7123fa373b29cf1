"""Whole names from other languages and countries inside English copy (session 24): bodies named in French,
Spanish or Italian, titles and honorifics of other countries, bylines.  Every sentence is invented for the test;
expected values were checked by reading it."""

from __future__ import annotations

import pytest

from .conftest import kinds


@pytest.mark.parametrize("text, name", [
    ("A new unit will sit within the Commission de surveillance des marchés kelbyens, which reports to the legislature.",
     "Commission de surveillance des marchés kelbyens"),
    ("Members of the Parti de l'avenir du Kelby voted against the bill on Tuesday.", "Parti de l'avenir du Kelby"),
    ("The Association des résidents de la Côte-Tarn said it would meet next week.",
     "Association des résidents de la Côte-Tarn"),
    ("Opposition Leader Jo Doe of the Alliance nationale kelbyenne called the plan a smokescreen.",
     "Alliance nationale kelbyenne"),
    ("The Syndicat kelbyen des métiers du bâtiment, which represents 4,000 workers, backed the call.",
     "Syndicat kelbyen des métiers du bâtiment"),
])
def test_a_romance_body_name_goes_on_through_its_particles_and_lower_case_words(text, name):
    assert kinds(text).get(name) == "organisation"


@pytest.mark.parametrize("text, absent", [
    ("The Commission said it would publish its findings in March.", "Commission said"),
    ("The Association of Kelby Builders said prices rose.", "Association of Kelby Builders said"),
    ("The Commission de facto controls the budget, Jo Doe said.", "Commission de facto"),
    ("The Union overruled objections from members on Monday.", "Union overruled"),
    ("The Alliance wants lawmakers to act, its director said.", "Alliance wants"),
    ("De Kelby said the Council debated the plan for hours.", "Council debated"),
    ("La Tarn, the Council chairman, said the vote was close.", "Council chairman"),
    ("The Office closed early on Friday, Jo Doe said.", "Office closed"),
])
def test_english_copy_after_a_body_word_is_no_romance_tail(text, absent):
    names = kinds(text)
    assert not any(n.startswith(absent) for n in names)


@pytest.mark.parametrize("text, gone, kept", [
    ('"If Datuk Seri is so confident, why is he afraid?" she asked. Datuk Seri Jo Tan did not reply.', "Seri", "Jo Tan"),
    ("The Mentri Besar said the state was stable. Mentri Besar Datuk Jo Tan spoke later.", "Mentri Besar", "Jo Tan"),
    ("“This is hard,” said the Rt. Rev. Jane Ellery-Tam, bishop of Kelby.", "Rt", "Jane Ellery-Tam"),
    ("The Rt Hon Jo Doe MP said the bill was flawed.", "Rt", "Jo Doe"),
    ("Custos Rotulorum Jane Doe appealed to parents. The Custos Rotulorum said so again.", "Custos Rotulorum", "Jane Doe"),
])
def test_a_title_of_another_country_is_no_name_nor_part_of_one(text, gone, kept):
    names = kinds(text)
    assert kept in names and not any(n == gone or n.startswith(gone + " ") for n in names)


@pytest.mark.parametrize("text, name", [
    ("RT reported the strike on Monday.", "RT"),
    ("Sir Jo Doe said the Tan Sri Hotel would close.", "Jo Doe"),
    ("Rt Kelby, the band's drummer, said the tour would go on.", "Rt Kelby"),
    ("Jo Seri, a teacher, said the school was full.", "Jo Seri"),
    ("Datuk Jo Tan and Tan Sri Jo Lim said the vote was fair.", "Jo Lim"),
])
def test_words_like_those_titles_stay_names(text, name):
    assert name in kinds(text)


@pytest.mark.parametrize("text, seat", [
    ("Jo Doe, the Member of Parliament for St Kelby Central, was not satisfied.", "St Kelby Central"),
    ("Member of Parliament for Kelby South, Dr Jo McDoe, told the meeting he had written to the minister.",
     "Kelby South"),
    ("Jo Doe, Member of Parliament for Tarnby-Holme, said the road would be fixed.", "Tarnby-Holme"),
    ("Jo Doe, Member of Parliament for Saint Kelby, said the road would be fixed.", "Saint Kelby"),
    ("Jo Doe, who was Member of Parliament for Kelby Rural until 2015, died on Sunday.", "Kelby Rural"),
])
def test_the_seat_after_member_of_parliament_for_is_no_part_of_the_house(text, seat):
    k = kinds(text)
    assert k.get(seat) == "place" and not any(n.startswith("Parliament") for n in k)


@pytest.mark.parametrize("text, name", [
    ("The Youth Parliament for Kelby met on Monday.", "Youth Parliament for Kelby"),
    ("Members of the Kelby Parliament for years resisted the change.", "Kelby Parliament"),
    ("The Campaign for Kelby Schools said the vote was unfair.", "Campaign for Kelby Schools"),
    ("Jo Doe, a member of the Committee for Kelby Renewal, said so.", "Committee for Kelby Renewal"),
    ("The Senate for decades ignored the Kelby Institute for Fiscal Studies.", "Kelby Institute for Fiscal Studies"),
])
def test_a_house_or_body_for_a_cause_keeps_its_for(text, name):
    assert name in kinds(text)


_STORY = ("Kelby votes to sell churches\n\nBy Harriet Vandermolen | Kelby News Service | November 8, 2004\n\n"
          "KELBY (KNS) — Delegates voted Saturday to sell 14 buildings, Jo Roe said.\n\n{}\n")


@pytest.mark.parametrize("foot", [
    "— Harriet Vandermolen is a national correspondent for Kelby News Service.",
    "- Harriet Vandermolen covers retail for The Ledgerline. Write to her at hv@ledgerline.com.",
    "By Harriet Vandermolen (hv@ledgerline.com)",
])
def test_a_writer_at_the_foot_after_a_dash_or_with_an_email_is_no_actor(foot):
    assert "Harriet Vandermolen" not in kinds(_STORY.format(foot))


@pytest.mark.parametrize("foot, name", [
    ("— Jo Doe, the mayor, said the vote was a disgrace.", "Jo Doe"),
    ("Mayor Jo Doe spoke last.\n- Jo Doe covers the costs of the plan, the council said", "Jo Doe"),
    ("By Tuesday, Jo Doe said, the plan was dead.", "Jo Doe"),
    ("— Jo Doe is a former correspondent of the Ledger who now runs the Kelby Trust.", "Jo Doe"),
    ("Jo Doe, who appeared in the Kelby Gazette, said so.", "Jo Doe"),
])
def test_a_person_in_a_line_like_a_bio_or_byline_stays(foot, name):
    assert name in kinds(_STORY.format(foot))


def test_a_print_edition_note_names_no_actor():
    foot = "Appeared in the Feb. 25, 2026, print edition as 'Kelby Cuts Outlook, Will Shut 38 Stores'."
    assert not any("Outlook" in n for n in kinds(_STORY.format(foot)))


@pytest.mark.parametrize("text, name, absent", [
    ("Custos Rotulorum for St Kelby, the Honourable Jane Chin-Doe, who chaired the meeting, appealed to parents.",
     "Jane Chin-Doe", "Honourable Jane Chin-Doe"),
    ("The Right Honourable Jo Doe said the bill was flawed.", "Jo Doe", "Right Honourable Jo Doe"),
    ("The Honourable Artillery Company said it would parade.", "Honourable Artillery Company", "Artillery Company"),
    ("Members of the Honourable Company of Kelby Golfers voted.", "Honourable Company of Kelby Golfers", "Kelby Golfers"),
    ("The Honourable Members of the House voted.", "House", "Members"),
])
def test_honourable_is_a_style_only_before_a_given_name(text, name, absent):
    k = kinds(text)
    assert name in k and absent not in k


@pytest.mark.parametrize("text, name", [
    ("Solidarity for Economic Justice and Renewal, a civic group that has campaigned for two decades, called the "
     "deal a coronation.", "Solidarity for Economic Justice and Renewal"),
    ("Laity for Kelby Accountability, a group of lay Catholics formed in 2002, held a vigil.",
     "Laity for Kelby Accountability"),
    ("Jo Doe, director of the advocacy group Democracy for Kelby, said so. Democracy for Kelby backs Roe.",
     "Democracy for Kelby"),
    ("The Vandenhoek for Senate Committee also released a new radio ad on Saturday.", "Vandenhoek for Senate Committee"),
    ("A group of Kelby parents, calling themselves Save Our Tarn Schools, said they were consulting a lawyer.",
     "Save Our Tarn Schools"),
])
def test_a_group_named_for_a_cause_or_by_itself_is_one_name(text, name):
    assert kinds(text).get(name) == "organisation"


@pytest.mark.parametrize("text, absent", [
    ("Support for Kelby Aid, a charity that feeds children, has grown.", "Support for Kelby Aid"),
    ("Support for Economic Justice, a campaign theme, grew.", "Support for Economic Justice"),
    ("Calls for Fair Pay, a group said, were growing.", "Calls for Fair Pay"),
    ("Jo Doe won. It was thanks to Doe for Kelby Aid, a charity, that the pool opened.", "Doe for Kelby Aid"),
    ("Jo Doe ran for Senate, a campaign that cost millions.", "Jo Doe ran"),
    ("Save the date: Kelby Fair opens in May.", "Save"),
    ("Save Our Schools was painted on a sign, Jo Doe said.", "Save Our Schools"),
    ("Environmental group Water & Climate Justice Kelby said the effort was textbook.", "Water & Climate"),
])
def test_a_phrase_with_for_or_a_slogan_stays_apart(text, absent):
    assert absent not in kinds(text)


@pytest.mark.parametrize("text, name", [
    ("Nakazawa Jun, an analyst at Kelby Securities Co., said costs could rise. \"It is bad,\" Mr. Nakazawa said.",
     "Nakazawa Jun"),
    ("Kelbyama Jun said the plan was dead.", "Kelbyama Jun"),
    ("One volunteer was circumspect. Yin Kelby May, 60, a doctor, said she was elated.", "Yin Kelby May"),
])
def test_a_given_name_written_like_a_month_after_the_family_name(text, name):
    assert kinds(text).get(name) == "person"


@pytest.mark.parametrize("text, absent", [
    ("Sales in Kelby Jun, the weakest month, fell.", "Kelby Jun"),
    ("In Tarnby Dec, a festival, draws crowds.", "Tarnby Dec"),
    ("The Kelby Jun 5 meeting was cancelled.", "Kelby Jun"),
    ("Tokyo Jun, a report said, was hot.", "Tokyo Jun"),
    ("Exports rose in Jun, the ministry said.", "Jun"),
    ("The Kelby Mon, a weekly, said so.", "Kelby Mon"),
    ("Sales in Kelby Tarn Jun, the weakest month, fell.", "Kelby Tarn Jun"),
    ("The Kelby Festival May, a fair, opens.", "Kelby Festival May"),
])
def test_a_month_after_a_place_or_in_a_date_stays_out_of_a_name(text, absent):
    assert absent not in kinds(text)


@pytest.mark.parametrize("text, name, absent", [
    ("Collector Smt. R. Jane Sundaram, IAS, who held talks with the villagers, announced the plan.",
     "Jane Sundaram", "IAS"),  # (the initial after a form of address left off, as after "Dr.")
    ("District Collector Jo Rao said so. The Collector said it again.", "Jo Rao", "Collector"),
    ("Tax Collector Jo Doe said bills would go out.", "Jo Doe", "Tax Collector Jo Doe"),
])
def test_an_indian_district_collector_and_service_letters_are_no_names(text, name, absent):
    k = kinds(text)
    assert name in k and absent not in k


@pytest.mark.parametrize("text, name", [
    ("Kelby Collector Car Auctions sold 40 cars.", "Kelby Collector Car Auctions"),
    ("The IAS said it would hire 40 fellows.", "IAS"),
    ("Jo Doe, IRS, said the audit was routine.", "Jo Doe"),
    ("The Kelby Collector, a magazine, said so.", "Kelby Collector"),
    ("Jo Doe, a stamp collector, said the sale was a success.", "Jo Doe"),
])
def test_collector_in_a_name_and_letters_alone_stay(text, name):
    assert name in kinds(text)


# Review fixes (session 24): ordinary passages the first rules got wrong.

_FOOT_BYLINE = "{}\nThe council met on Monday, Jane Marlow said."


@pytest.mark.parametrize("byline", [
    "By Jo Kelby (@jokelby)",
    "By Jo Kelby, @jokelby",
    "By Jo Kelby (Twitter: @jokelby)",
    "By Jo Kelby (@jo_kelby_news)",
])
def test_a_byline_with_a_social_handle_names_no_actor(byline):
    k = kinds(_FOOT_BYLINE.format(byline))
    assert "Jo Kelby" not in k and k.get("Jane Marlow") == "person"


@pytest.mark.parametrize("text, name", [
    ("The winners:\n- Jo Kelby is a reporter at the Tarnby Ledger, honoured for her series on housing.", "Jo Kelby"),
    ("Journalists held in Tarn:\n- Jo Kelby is a freelance journalist held since March.\n"
     "- Jane Marlow is a photographer for Tarn Wire.", "Jane Marlow"),
    ("Appeared in the dock: Jo Kelby, 34, of Tarnby, charged with fraud.", "Jo Kelby"),
    ("Appears in the documentary: Jo Kelby, the former mayor, who said the city was broke.", "Jo Kelby"),
])
def test_a_list_item_after_a_dash_or_a_line_opening_appeared_in_the_names_its_people(text, name):
    assert kinds(text).get(name) == "person"


@pytest.mark.parametrize("text, name, absent", [
    ("Calls for Senate Committee hearings grew on Tuesday, Jo Kelby said.", "Senate Committee",
     "Calls for Senate Committee"),
    ("Pressure for Senate Committee action mounted after the leak, said Jo Kelby.", "Senate Committee",
     "Pressure for Senate Committee"),
    ("Hopes for Council Committee approval faded, Jo Kelby said.", "Council Committee", "Hopes for Council Committee"),
    ("Nominees for Senate Committee posts were announced on Monday.", "Senate Committee",
     "Nominees for Senate Committee"),
    ("Calls for Senate Committee probe grow after leak\nJo Kelby said the matter was serious.", "Senate Committee",
     "Calls for Senate Committee"),
    ("Growers will lobby Canberra for Disaster Relief, said Jo Kelby, a farmer.", "Canberra",
     "Canberra for Disaster Relief"),
    ("She left Microsoft for Kelby Health, a nonprofit that runs clinics, in 2019.", "Kelby Health",
     "Microsoft for Kelby Health"),
    ("Jo Marlow quit Google for Tarnby Works, a charity, last year.", "Tarnby Works", "Google for Tarnby Works"),
    ("The money came from Walmart for Feeding Kelby, a hunger-relief network, said Jo Marlow.", "Feeding Kelby",
     "Walmart for Feeding Kelby"),
    ("He applied to Oxfam for Kelby Relief, a network of food banks, Jo Marlow said.", "Kelby Relief",
     "Oxfam for Kelby Relief"),
    ("Jo Kelby, who raised money at Goldman for Kelby Kids, a charity, said he was proud.", "Kelby Kids",
     "Goldman for Kelby Kids"),
    ("Jo Kelby sold Tarnco for Kelby Holdings, an investment group, shares.", "Kelby Holdings",
     "Tarnco for Kelby Holdings"),
    ("Pressure mounted on Westminster for Scottish Independence, a movement that Jo Kelby leads.", "Westminster",
     "Westminster for Scottish Independence"),
    ("Jo Kelby left Marlow for Tarnby Aid, a charity, in 2015.", "Tarnby Aid", "Marlow for Tarnby Aid"),
    ("Jo Kelby, who switched from Deloitte for Kelby Partners, a consulting group, said the pay was better.",
     "Kelby Partners", "Deloitte for Kelby Partners"),
    ("Jo Kelby moved from Reuters for Kelby Media, a news organisation, in 2018.", "Kelby Media",
     "Reuters for Kelby Media"),
    ("Jo Kelby pressed Ottawa for Wildfire Compensation, a campaign backed by the Tarnby group.", "Ottawa",
     "Ottawa for Wildfire Compensation"),
])
def test_for_after_a_verb_or_a_sentence_opening_noun_joins_no_group(text, name, absent):
    k = kinds(text)
    assert name in k and absent not in k


@pytest.mark.parametrize("text, name", [
    ("The Kelby for Senate Campaign paid Jo Marlow $10,000.", "Kelby for Senate Campaign"),
    ("Jo Doe donated to Democracy for Kelby, an advocacy group.", "Democracy for Kelby"),
    ("Jo Doe said Bikers for Tarn, a group of veterans, would ride.", "Bikers for Tarn"),
])
def test_a_candidates_committee_or_a_group_named_once_stays_whole(text, name):
    assert kinds(text).get(name) == "organisation"


@pytest.mark.parametrize("text, absent", [
    ("Tarnby Oct, a trade fair, opened on Monday.", "Tarnby Oct"),
    ("Kelby Dec, a holiday market, drew 10,000 visitors.", "Kelby Dec"),
    ("The Kelby Apr, a monthly magazine, published the poll.", "Kelby Apr"),
    ("Ocean Mar, a Spanish developer, bought the hotel.", "Ocean Mar"),
    ("Shoppers at Kelby Mar, a market in Lagos, said prices had doubled.", "Kelby Mar"),
    ("The Kelby Aug said nothing about the merger.", "Kelby Aug"),
    ("Exports to Kelby Jun, the ministry said, rose.", "Kelby Jun"),
    ("Brent Jun, the front-month contract, rose 2 per cent.", "Brent Jun"),
    ("Arabica Mar, the benchmark contract, fell 1.5 cents.", "Arabica Mar"),
    ("Robusta May, the most active contract, was steady.", "Robusta May"),
    ("Rio Mar, a resort on Puerto Rico's east coast, reopened.", "Rio Mar"),
])
def test_a_month_after_a_market_a_contract_or_a_fair_names_no_person(text, absent):
    assert absent not in kinds(text)


# The second review of session 24: a party after "Member of Parliament for" is no seat (a seat needs a place cue:
# a known place, a compass word, "St"/"Saint", a hyphened pair, a district's word), and a party whose first word is a
# common word keeps the old row rather than being dropped.
@pytest.mark.parametrize("text, party", [
    ("Liam Neary, a Member of Parliament for Fianna Fáil, raised the matter in the Dáil.", "Fianna Fáil"),   # NM_07
    ("Ciarán Burke, Member of Parliament for Sinn Féin, spoke in London.", "Sinn Féin"),                        # X3_01
    ("Tendai Moyo, Member of Parliament for ZANU-PF, denied the claims.", "ZANU-PF"),                          # X3_02
    ("Grace Wanjiru, Member of Parliament for Jubilee, backed the bill.", "Jubilee"),                          # X3_03
    ("Sam Oti, Member of Parliament for NRM, was re-elected.", "NRM"),                                         # Z3_03
    ("Mark Twum, Member of Parliament for NDC, led the walkout.", "NDC"),                                      # Z3_05
    ("Jo Doe, Member of Parliament for Tarnby, said so. Tarnby said on Monday it would fight the seat.", "Tarnby"),
    ("Jo Doe, Member of Parliament for Kelby Tarn Labour, said so.", "Kelby Tarn Labour"),
])
def test_a_party_after_member_of_parliament_for_is_a_body_not_a_seat(text, party):
    assert kinds(text).get(party) == "organisation"


@pytest.mark.parametrize("text, row", [
    ("Lena Hope, Member of Parliament for Reform UK, switched sides.", "Parliament for Reform UK"),         # Z3_04
    ("Jane Doyle, Member of Parliament for Change UK, defected.", "Parliament for Change UK"),              # X3_11
    ("The Member of Parliament for Unity, Ruth Ayo, said the party would win.", "Parliament for Unity"),    # X3_10
])
def test_a_party_opening_with_a_common_word_is_not_dropped(text, row):
    assert kinds(text).get(row) == "organisation"


def test_a_seat_with_a_compass_word_stays_a_place():
    k = kinds("Jo Reid, Member of Parliament for St Kelby South Central, said the road would be fixed.")
    assert k.get("St Kelby South Central") == "place" and not any(n.startswith("Parliament") for n in k)


def test_a_weekend_print_edition_note_names_no_actor():
    foot = "Appeared in the Saturday/Sunday, March 5-6, 2026, print edition as 'Kelby Cuts Outlook'."
    assert not any("Outlook" in n for n in kinds(_STORY.format(foot)))


@pytest.mark.parametrize("foot", [
    "Appeared in the news, Jo Doe said, a print edition was cancelled.",
    "Appears in the court records, Jo Doe said, but the print edition sold out.",
])
def test_prose_that_names_a_print_edition_later_is_no_print_note(foot):
    assert "Jo Doe" in kinds(_STORY.format(foot))


def test_a_portuguese_consortium_is_one_body_through_its_particle():
    from analysis import Article, find_stakeholders
    df = find_stakeholders(Article.from_text(
        "Consórcio Ribeira do Tarno will build the new quay for the port, officials said on Monday. "
        "Work on the quay will start in June, the port's director said."))
    assert "Consórcio Ribeira do Tarno" in set(df["name"])


def test_a_spanish_builder_s_name_goes_on_through_y_to_its_legal_form():
    from analysis import Article, find_stakeholders
    df = find_stakeholders(Article.from_text(
        "Construcciones y Obras del Tarno, S.A. (COTSA) won the contract to lay the track last week. "
        "The line should open in 2027, the ministry said."))
    names = set(df["name"])
    assert "Construcciones y Obras del Tarno, S.A." in names and "Construcciones" not in names


def test_a_polynesian_party_s_name_goes_on_through_o_te():
    from analysis import Article, find_stakeholders
    df = find_stakeholders(Article.from_text(
        "Councillor Hina Marama, whose party Te Ara o te Moana sits in opposition, called the deal rushed. "
        "Te Ara o te Moana holds five seats in the assembly."))
    names = set(df["name"])
    assert "Te Ara o te Moana" in names and "Moana" not in names
