"""Second review of session 26: "Al-X said" goes to a person named al-X only when exactly one person so named and
the story never uses "Al-X" as a body's name; a Kurdish form of address (Mamosta, Kak) opening a body's name stays
part of it."""
from analysis.article import Article
from analysis.quotes import extract_quotes
from analysis.stakeholders import find_stakeholders


def _speakers(text):
    return list(extract_quotes(Article.from_text(text))["speaker"])


def _stakeholders(text):
    return {(r.name, r.kind) for r in find_stakeholders(Article.from_text(text)).itertuples()}


def test_al_x_group_with_a_person_so_named_stays_the_group():
    text = ("Al-Shabaab fighters attacked a base near Mogadishu. \"We killed many,\" Al-Shabaab said in a statement. "
            "Ahmed Umar, also known as Abu Ubaidah al-Shabaab leader, did not comment.")
    assert _speakers(text) == ["Al-Shabaab"]


def test_al_x_with_two_people_so_named_is_not_the_first():
    text = ("Qatar's emir, Sheikh Tamim bin Hamad al-Thani, and Prime Minister Mohammed bin Abdulrahman al-Thani met "
            "the envoy. \"We are hopeful,\" Al-Thani said.")
    assert _speakers(text) == ["Al-Thani"]


def test_al_x_father_and_son_is_not_the_father():
    text = ("Mohammed bin Rashid al-Maktoum and his son Hamdan bin Mohammed al-Maktoum opened the show. "
            "\"Dubai is ready,\" Al-Maktoum said.")
    assert _speakers(text) == ["Al-Maktoum"]


def test_al_x_with_one_person_so_named_is_that_person():
    text = ("Iraqi lawmaker Hassan al-Saadi criticised the budget. \"The money never reaches Basra,\" "
            "Al-Saadi said.")
    assert _speakers(text) == ["Hassan al-Saadi"]


def test_mamosta_opening_a_union_stays_the_union():
    text = "The Mamosta Teachers' Union in Sulaimaniyah said 2,000 teachers were unpaid."
    assert ("Mamosta Teachers' Union", "organisation") in _stakeholders(text)


def test_mamosta_opening_an_institute_stays_the_institute():
    text = "Mamosta Ahmed Institute in Sulaimaniyah said enrolment fell."
    assert ("Mamosta Ahmed Institute", "organisation") in _stakeholders(text)


def test_mamosta_before_a_person_is_still_a_title():
    text = "Mamosta Rebwar Ahmed said the school would reopen on Sunday."
    assert ("Rebwar Ahmed", "person") in _stakeholders(text)
