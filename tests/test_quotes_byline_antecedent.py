"""A reporter named in the byline is no antecedent of a he or she in the story (session 27), on invented text; a
sentence opened by "By" ("By then, Jo Doe had ...") is no byline."""

import pytest

from .conftest import quote_speakers


def test_a_byline_name_is_no_antecedent_of_a_pronoun():
    text = ("Wine exporters sign up to bonded warehouse\n\nBy Tom Reedman, Staff Reporter\n\n"
            "TARNO - Forty-five exporters have rented space in the Tarno bonded warehouse since the port opened it "
            "in March, drawn by storage free of excise and what he called \"a door straight onto the ships\".")
    assert quote_speakers(text) != ["Tom Reedman"]


def test_a_name_after_by_inside_a_sentence_is_still_a_candidate():
    text = ("The survey was carried out last spring.\n\nThe report was written by Tom Reedman, an ecologist at "
            'Kelby University.\n\n"We counted eleven species of orchid," he said.')
    assert quote_speakers(text) == ["Tom Reedman"]


@pytest.mark.parametrize("text, speaker", [
    # "By" opening a sentence of the story, not a byline: the name there is the antecedent
    ('By the time Lena Okafor reached the ward, her father had died.\n\nShe said the ambulance took "almost two '
     'hours" to come.', "Lena Okafor"),
    ('Piet Varga\'s shop burned down on Monday.\n\nBy contrast, Lena Okafor, whose bakery next door was spared, was '
     'lucky. She said the firefighters were "heroes".', "Lena Okafor"),
    ('By Friday night, Lena Okafor had left the coalition. She said she had "no regrets".', "Lena Okafor"),
    ('Rosa Mendel, a midwife, spoke first.\n\nBy noon, Lena Okafor had reached the clinic. She said the queue was '
     '"endless".', "Lena Okafor"),
])
def test_a_sentence_opened_by_by_is_no_byline(text, speaker):
    assert quote_speakers(text)[-1] == speaker


def test_the_second_name_of_a_byline_of_two_is_no_antecedent():
    text = ("Bonded warehouse fills up\n\nBy Tom Reedman and Piet Varga, Staff Reporters\n\n"
            "TARNO - Forty-five exporters have rented space in the Tarno bonded warehouse since March, drawn by "
            "storage free of excise and what he called \"a door straight onto the ships\".")
    assert quote_speakers(text)[-1] not in ("Tom Reedman", "Piet Varga")
