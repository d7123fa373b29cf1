"""Fixed phrases of speech whose capitalised word names no one (session 25): "Thank God", "for God's sake", "a Hail
Mary".  Every passage is invented for the test; expected values were checked by reading it."""

from __future__ import annotations

import pytest

from .conftest import kinds


@pytest.mark.parametrize("text, absent", [
    ("“Thank God, the roof held,” Jo Tarnby told the Kelby Courier on Sunday.", "Thank God"),
    ("The Kelby Rovers needed a Hail Mary on the last play, their coach, Ann Roe, said.", "Hail Mary"),
])
def test_a_name_inside_a_phrase_of_speech_is_no_actor(text, absent):
    got = kinds(text)
    assert absent not in got


def test_a_deity_acting_in_the_story_stays():
    text = "Pastor Jo Tarnby told the congregation that God will forgive them and that God sent the rain."
    assert "God" in kinds(text)
