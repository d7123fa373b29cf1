"""The speaker named by a title only before a given name and that given name ("Bi Jane said"), which the mention
layer links to the person's whole name (session 31).  Every passage is invented for the test."""

from __future__ import annotations

from .conftest import quote_speakers as speakers

SEAWEED = ("Seaweed growers seek a better price\n\n"
           "Bi Sabrina Haji Kelbwa, who leads a women's growers' group on the east coast, said buyers paid too "
           "little.\n\n"
           "\"We carry the seaweed on our heads for two hours,\" Bi Sabrina said.")

NO_WHOLE_NAME = ("Seaweed growers seek a better price\n\n"
                 "Bi Sabrina Haji Kelbwa, who leads a women's growers' group on the east coast, met the buyers.\n\n"
                 "\"We carry the seaweed on our heads for two hours,\" Bi Amina said.")


def test_a_given_name_after_bi_speaks_as_the_whole_name():
    assert speakers(SEAWEED) == ["Sabrina Haji Kelbwa"]


def test_a_given_name_no_whole_name_opens_with_stays_bare():
    assert "Sabrina Haji Kelbwa" not in speakers(NO_WHOLE_NAME)


CHINESE_BI = ("Lab finds cleaner river\n\n"
              "Bi Xiaotan, a researcher at a university in the city, led the study of the river's water.\n\n"
              "\"The readings have improved for three years running,\" Bi said.")


def test_bi_alone_after_a_chinese_name_is_its_family_name():
    assert speakers(CHINESE_BI) == ["Bi Xiaotan"]
