"""A reporter named in the byline is no antecedent of a he or she in the story (session 27), on invented text."""

from .conftest import quote_speakers


def test_a_byline_name_is_no_antecedent_of_a_pronoun():
    text = ("Cargo carriers flock to new free zone\n\nBy Tom Reedman, Staff Reporter\n\n"
            "KELBY - The Kelby Free Zone has issued 120 licences in the six months since it opened beside the "
            "airport, and the zone offers no import duties and what he called \"a one-stop shop\" for customs.")
    assert quote_speakers(text) != ["Tom Reedman"]


def test_a_name_after_by_inside_a_sentence_is_still_a_candidate():
    text = ("The survey was carried out last spring.\n\nThe report was written by Tom Reedman, an ecologist at "
            'Kelby University.\n\n"We counted eleven species of orchid," he said.')
    assert quote_speakers(text) == ["Tom Reedman"]
