"""A free relative after a verb ("..., promises what it calls a '...'") is no speaker, so a later "he said" is not
given to it; "Asked about X, the Minister said he ..." opens with a phrase before the description, whose one holder
is the antecedent of the next "he"; and a long portfolio between the title and the name still makes that person
the title's one holder ("The Minister for Roads and Rural Transport Development, Hon. Jo Doe")."""

from .conftest import quote_speakers

STORY = ("TARAWA - The Minister for Infrastructure and Rural Transport Development, Hon. Batiri Temwane, told the House on "
         "Monday that the causeway would be rebuilt by December.\n\n"
         "'The causeway is our only road,' the Minister said.\n\n"
         "Mrs Neiti Rabaua, who sells bread at the causeway market, said she had lost half her customers. 'People "
         "walk around now,' she said.\n\n"
         "The old causeway was built in 1987 with a grant from Japan. Its concrete has cracked in three places. "
         "Buses have not used it since March. Trucks carrying water now take the long road around the lagoon. "
         "The price of a bag of rice has risen by a fifth in the outer villages.\n\n"
         "'We carry the water on our heads again,' said Teitiri Boua, a nurse at the Bikenibeu clinic.\n\n"
         "Captain Liu Wen-hsiang, whose boats land tuna at the port, said the repairs were 'long overdue'. 'We lose "
         "two days on every trip,' Liu said.\n\n"
         "'The ferry costs too much for a family,' said Rereata Tebau, a teacher in Betio. 'My pupils arrive late "
         "every day,' she said.\n\n"
         "Tomasi Fale, who drives a minibus, said he had lost half his income. 'The long road eats my fuel,' he "
         "said.\n\n"
         "The opposition member for North Tarawa, Hon. Kourabi Nenem, called the delay 'a scandal'. 'We asked for "
         "this road in 2019,' he said.\n\n"
         "Mr Ioane Kaiea, a retired builder, said the elders had written to the Minister about the old bridge.\n\n"
         "The Ministry's road plan, published under the title 'Roads for Every Island', promises what it calls a "
         "'one-island' approach to repairs.\n\n"
         "Asked about the letter from the elders, the Minister said he would visit them next week. 'I will listen "
         "first,' he said.")


def test_a_free_relative_is_no_speaker():
    assert "what it calls a" not in quote_speakers(STORY)


def test_he_after_an_opening_phrase_and_the_minister_is_the_ministers_holder():
    assert quote_speakers(STORY)[-1] == "Batiri Temwane"


def test_the_minister_with_no_one_holder_stays_unresolved():
    # must not fire: two ministers named with the title, so "the Minister" has no one holder
    text = STORY.replace("Mr Ioane Kaiea, a retired builder,",
                         "The Minister for Health and Medical Services, Hon. Tetiro Kabure,")
    assert quote_speakers(text)[-1] != "Batiri Temwane"


def test_a_description_after_a_long_opening_phrase_does_not_outrank_the_named_subject():
    # must not fire: the description after a long opening phrase names no one, so "he" stays the named man
    text = ('In the interview, which airs on Sunday, Tom Harlow says he never backs down from a fight.\n\n'
            'Asked if he had ever been bullied at school, the Kelby mayoral candidate said no. But he said '
            'bullying did not stop at school. "It happens at fifty too," he said.')
    assert quote_speakers(text)[-1] == "Tom Harlow"


def test_a_name_after_a_second_office_joined_by_and_the_is_not_the_first_titles_holder():
    # must not fire: the name after "and the Governor of ..." is the Governor's; the Minister is not named
    text = ('The Minister for Trade and the Governor of the Reserve Bank of Tarnland, Hemi Walker, met exporters in '
            'Porthaven on Tuesday. Asked about the currency, the Minister said he would "watch it week by week."')
    assert quote_speakers(text) != ["Hemi Walker"]


def test_a_portfolio_with_and_but_no_second_office_still_names_the_holder():
    text = ('The Minister of Law and Justice, Hon. Semi Naivalu, opened the new court in Labasa on Friday. '
            'Asked about the backlog, the Minister said it would be "cleared before the rains."')
    assert quote_speakers(text) == ["Semi Naivalu"]


def test_a_free_relative_with_its_own_subject_and_a_calling_verb_gives_that_subject():
    text = ('What the harbour master called "a routine dredge" has closed the inner basin for a month, the '
            'fishermen\'s co-operative said.')
    assert quote_speakers(text) == ["harbour master"]


def test_a_free_relative_with_a_pronoun_subject_is_still_no_speaker():
    # must not fire: "what it calls" names a thing, and "it" is no subject to give
    text = ('The port plan, published on Monday, promises what it calls a "fair share" for the fishing fleet. '
            'Critics say the fleet was never asked.')
    assert quote_speakers(text) in ([], [None])
