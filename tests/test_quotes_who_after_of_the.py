"""The antecedent of ", who said" after "<person> of the <place or body>" is the person: "Councillor Jo Doe of the
North Ward, who said ..." is Jo Doe's quotation, not the ward's; "the Friends of the Earth, who said" has no
person's name before its "of the"."""

import pytest

from analysis import Article, extract_quotes

from .conftest import quote_speakers


def test_who_after_a_person_of_the_place_is_the_person():
    text = ('The car park plan was attacked by Councillor Edda Brynjolfsson of the North Ward, who called it '
            '"a gift to developers".')
    assert quote_speakers(text) == ["Edda Brynjolfsson"]


def test_who_after_a_body_of_the_place_is_not_read_as_a_person():
    text = ('The car park plan was attacked by the Friends of the Fjord, who called it "a gift to developers".')
    rows = extract_quotes(Article.from_text(text, name="x"))
    assert "Friends" not in set(rows.speaker_mention) - {"the Friends of the Fjord", "Friends of the Fjord"}


@pytest.mark.parametrize("text, group", [
    # must not fire: a group's name shaped like a person's (a plural noun for people in it, or an article before
    # it) is no person
    ('The quota was opposed by Young Growers of the Lofoten Coast, who said it was "far too low".', "Young Growers"),
    ('The gift was welcomed by Halden Friends of the Museum, who said it would buy "a new roof".', "Halden Friends"),
    ('The Sisters of the Holy Rosary, who said the orchard was "a gift to the town", will sell it in June.',
     "Sisters"),
])
def test_who_after_a_group_shaped_like_a_name_is_not_a_person(text, group):
    assert group not in quote_speakers(text)
