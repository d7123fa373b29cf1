"""The speaker named by a title only before a given name and that given name ("Bi Jane said"), which the mention
layer links to the person's whole name (session 31).  Every passage is invented for the test."""

from __future__ import annotations

from .conftest import quote_speakers as speakers

SEAWEED = ("Tailors fight rent rise in old town\n\n"
           "Bi Rehema Haji Tarnelo, who runs a sewing cooperative near the ferry steps, said the new rent would "
           "close half the workshops by Christmas.\n\n"
           "\"We stitch from six in the morning and still we cannot pay,\" Bi Rehema said.")

NO_WHOLE_NAME = ("Tailors fight rent rise in old town\n\n"
                 "Bi Rehema Haji Tarnelo, who runs a sewing cooperative near the ferry steps, met the landlords.\n\n"
                 "\"We stitch from six in the morning and still we cannot pay,\" Bi Amina said.")


def test_a_given_name_after_bi_speaks_as_the_whole_name():
    assert speakers(SEAWEED) == ["Rehema Haji Tarnelo"]


def test_a_given_name_no_whole_name_opens_with_stays_bare():
    assert "Rehema Haji Tarnelo" not in speakers(NO_WHOLE_NAME)


CHINESE_BI = ("Lab finds cleaner river\n\n"
              "Bi Xiaotan, a researcher at a university in the city, led the study of the river's water.\n\n"
              "\"The readings have improved for three years running,\" Bi said.")


def test_bi_alone_after_a_chinese_name_is_its_family_name():
    assert speakers(CHINESE_BI) == ["Bi Xiaotan"]
