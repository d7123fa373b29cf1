"""Company forms, places, section labels and live-blog speakers in world news (session 37).

Legal forms of Canada, Luxembourg, Germany, East Africa and Hong Kong close a company's name; a headland, a peak, a
bayou and a South Asian port are places; an obituaries label is page furniture; a live blog's line label after a
time stamp or a bullet names its speaker, and a description label takes the person the entry's next paragraph
names in that role; "in his words" and "by her own account" give the words to the pronoun's person.  Every
passage is written for the test; the expected names were checked by reading it.
"""

from __future__ import annotations

import pytest

from analysis import Article, extract_quotes, find_stakeholders


def kinds(text: str) -> dict:
    st = find_stakeholders(Article.from_text(text))
    return dict(zip(st["name"], st["kind"]))


def speakers(text: str) -> list[tuple[str, str | None]]:
    q = extract_quotes(Article.from_text(text))
    return list(zip(q["text"], q["speaker"]))


@pytest.mark.parametrize("text, name", [
    ("The fund is run by Kelby Capital Partners S.à r.l., which said on Monday that it \"regrets\" the ruling.",
     "Kelby Capital Partners S.à r.l."),
    ("Tarnvik Pelagic AS bought Baie Tarno Fisheries Ltée in March. Baie Tarno Fisheries Ltée said it was "
     "\"reviewing options\".", "Baie Tarno Fisheries Ltée"),
    ("Porters hired by Kelby Summit Safaris & Treks (T) Ltd say they earn little. The manager of Kelby Summit "
     "Safaris & Treks (T) Ltd, Jane Mrema, said pay was \"fair\".", "Kelby Summit Safaris & Treks (T) Ltd"),
    ("Jo Leung, a director of Kelby Pearl Trading Co. Limited, said the pearls were \"excellent\".",
     "Kelby Pearl Trading Co. Limited"),
])
def test_a_legal_form_closes_the_company_name(text, name):
    assert kinds(text).get(name) == "organisation"


def test_headlands_peaks_bayous_and_ports_are_places():
    got = kinds("Every climber who reaches Kelbo Peak owes a porter. The reef off Tarno Point is dying. The boat "
                "from Kelby Bandar leaves at dawn. He lived all his life on Bayou du Tarn.")
    assert {got.get(n) for n in ("Kelbo Peak", "Tarno Point", "Kelby Bandar", "Bayou du Tarn")} == {"place"}


def test_an_obituaries_label_is_no_body():
    got = kinds("Home | News | Sports | Obituaries\n\nOBITUARIES\n\nJo Tarnaux, shrimper, dies at 81\n\n"
                "Jo Tarnaux died Friday at his home. \"He never quit,\" said his son, Sam Tarnaux.\n")
    assert "OBITUARIES" not in got and "Obituaries" not in got and got.get("Jo Tarnaux") == "person"


def test_a_live_blog_label_after_a_time_stamp_or_bullet_names_the_speaker():
    text = ("Live: Kelby votes on the dam\n\n"
            "15:40 State Councillor Imboden: «The glacier will not wait for a second vote»\n\n"
            "Franziska Imboden, the cantonal energy minister, said the canton would try again.\n\n"
            "Key points\n- About 300 homes had no power.\n"
            "- Tarn County Judge Ernest Price: \"If you don't have to be on the road, don't be on the road.\"\n")
    got = dict(speakers(text))
    assert got["The glacier will not wait for a second vote"] == "Franziska Imboden"
    assert got["If you don't have to be on the road, don't be on the road."] == "Ernest Price"


def test_an_entry_description_label_takes_the_person_named_in_that_role():
    text = ("Storm live updates\n\n4:52 p.m. Co-op CEO: 'We are at the mercy of the grid'\n\n"
            "Héctor de la Garza, chief executive of the Kelby Electric Cooperative, said crews were working.\n")
    assert dict(speakers(text))["We are at the mercy of the grid"] == "Héctor de la Garza"


def test_in_his_words_gives_the_words_to_the_person():
    text = ("Ivan Tarnov built boats for sixty years.\n\nHe trained, by his own count, „every boatbuilder between "
            "Kelby and Tarno who is worth the name”. His trade was, in his words, „the only inheritance my father "
            "could afford”.\n")
    assert {s for _, s in speakers(text)} == {"Ivan Tarnov"}


def test_a_place_ending_a_description_is_not_the_speaker():
    text = ("KELBY - The former managing director of a cable-car company in the Tarntal told the court on Tuesday "
            "that he had \"not taken a single groschen\" for himself.\n")
    assert speakers(text)[0][1] != "Tarntal"
    assert "Tarntal" not in {n for n, k in kinds(text).items() if k == "person"}


def test_a_company_named_after_one_of_the_largest():
    text = ("One of the largest exporters, Kelby Seafood Exports (Pvt) Ltd, said in a written reply that it bought "
            "“only from licensed sources”.\n")
    assert speakers(text)[0][1] == "Kelby Seafood Exports (Pvt) Ltd"


def test_a_nickname_after_a_long_known_as_keeps_the_subject():
    text = ("Sam Ortega, a lineman known on his crew as \"Chuy,\" said the wind chill on the pole had been "
            "\"somewhere south of zero.\"\n")
    assert dict(speakers(text))["somewhere south of zero."] == "Sam Ortega"


def test_one_of_them_was_brings_in_the_newer_topic():
    text = ("Jane Kelby-Roe ran the firm for ten years. The company she inherited was, by her own account, "
            "\"a museum with engines.\"\n\nOne of those board members was Ruth Tarnham, a cousin who resigned in "
            "2017. She describes her former colleague as \"brilliant and tone-deaf,\" and says the sale was "
            "rushed.\n")
    got = dict(speakers(text))
    assert got["a museum with engines."] == "Jane Kelby-Roe"
    assert got["brilliant and tone-deaf,"] == "Ruth Tarnham"
