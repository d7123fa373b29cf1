"""Speaker resolution on hand-written text: the sex a name's form tells, a person brought in by an inverted
sentence or by a description with a participle, and an organisation a "which said" clause follows."""

from analysis.quotes import _sex_of_name_parts

from .test_quotes_styles import speakers  # (quotation text without its closing comma or stop, speaker) pairs


def test_a_slavic_given_name_in_slav_tells_the_sex():
    assert _sex_of_name_parts("Bronisław Kędzior") == "m"
    assert _sex_of_name_parts("Miroslava Horáková") == "f"
    assert _sex_of_name_parts("Slava Doe") is None  # (the ending alone: a man's short name)


def test_a_womans_surname_in_ska_tells_the_sex_only_after_a_given_name_in_a():
    assert _sex_of_name_parts("Ola Kaczmarska") == "f"
    assert _sex_of_name_parts("Kondo Chiska") is None  # (a Central African surname; a man's given name)
    assert _sex_of_name_parts("Lisa Murkowski") is None  # (the men's form is no evidence: no rule reads it)


def test_she_said_is_not_a_man_whose_slavic_given_name_tells_his_sex():
    text = ('Jadwiga Sroka, a nurse at the plant\'s clinic, said the staff had not been told. "We read it in the '
            'paper," she said.\n\n'
            "The plant's director, Radosław Pieczka, said the layoffs had been planned for a year.\n\n"
            '"We cannot go on like this," Pieczka said.\n\n'
            '"Nobody asked the people who work here," she said.')
    assert speakers(text)[-1][1] == "Jadwiga Sroka"


def test_a_person_after_a_locative_inversion_with_a_verb_of_posture_is_the_new_topic():
    text = ('Ann Kowal waited by the gate all night. "They have told us nothing since Tuesday," she said.\n\n'
            "Next to her stood Maria Ostrowska, whose son is one of the injured. She had come from the hospital.\n\n"
            '"The doctors say he will walk again," she said quietly.')
    assert speakers(text)[-1][1] == "Maria Ostrowska"


def test_a_locative_opening_without_an_inverted_verb_leaves_the_speaker():
    text = ('Ann Kowal waited by the gate all night. "They have told us nothing since Tuesday," she said.\n\n'
            "Next to her, the police stood in a line and watched Maria Ostrowska.\n\n"
            '"I will stay until they come up," she said quietly.')
    assert speakers(text)[-1][1] == "Ann Kowal"


def test_an_unnamed_source_with_a_participle_is_the_antecedent_of_he():
    text = ('Professor Tom Reed of Kelby University said the caps had worked elsewhere.\n\n'
            '"Nobody\'s tourism collapsed," he said.\n\n'
            "A tram driver waiting at the depot, who did not give his name, was less sure. "
            '"Half my passengers are suitcases now," he said.')
    got = speakers(text)[-1][1]
    assert got != "Tom Reed" and "driver" in got


def test_a_rescuer_is_a_person_a_he_may_stand_for():
    text = ('Tom Reed, an economist at Kelby University, said the closure was inevitable. "It is simple on paper," '
            "he said.\n\n"
            "The inquiry opened on Monday.\n\n"
            "A rescuer who took part in the operation, and who spoke on condition of anonymity, said the fire was put "
            'out within an hour. "We were lucky," he said.')
    got = speakers(text)[-1][1]
    assert got != "Tom Reed" and "rescuer" in got


def test_an_organisation_after_by_then_which_said_is_the_speaker():
    text = ("The flats are financed by Kelby Commercial Bank, which said in a statement that it was "
            '"closely monitoring" the repayment schedule.')
    assert speakers(text) == [("closely monitoring", "Kelby Commercial Bank")]


def test_a_person_after_a_preposition_then_who_said_is_no_speaker():
    text = ("A senior official at Kelby City Hall, who asked not to be named, said the plan was "
            '"dead in the water".')
    assert speakers(text)[-1][1] != "Kelby City Hall"
