"""A free relative after a verb ("..., promises what it calls a '...'") is no speaker, so a later "he said" is not
given to it; "Asked about X, the Minister said he ..." opens with a phrase before the description, whose one holder
is the antecedent of the next "he"; and a long portfolio between the title and the name still makes that person
the title's one holder ("The Minister for Water and Coastal Works Services, Hon. Jo Doe")."""

from .conftest import quote_speakers

STORY = ("VESTRA HARBOUR - The Minister for Energy and Outer Island Electrification Services, Hon. Lomasi Verekai, "
         "assured Parliament on Thursday that the island's diesel generators would be switched off within three years.\n\n"
         "'No family should cook by lamplight in 2029,' the Minister said.\n\n"
         "Mrs Talei Korovatu, who runs a sewing shop near the fish wharf, said the blackouts had cost her two school "
         "uniform orders. 'I sew by torchlight most evenings,' she said.\n\n"
         "The power station opened in 1994 with a loan from a regional bank. Two of its four engines have failed. "
         "Fuel arrives once a month by tanker. Schools in the hill villages close at noon. The price of kerosene "
         "has doubled since the cyclone in February.\n\n"
         "'Our vaccines sit in a cool box with ice from the fish plant,' said Ana Drautabu, a midwife at the "
         "Kelbavu health post.\n\n"
         "Captain Park Joon-seo, whose trawlers freeze their catch at the wharf, said the solar farm was 'a fair "
         "start'. 'We throw away a tonne of fish after every blackout,' Park said.\n\n"
         "'Candles are cheaper than the meter,' said Sereana Vukitarno, a shopkeeper in Tarnavu. 'Nobody buys ice "
         "cream after six,' she said.\n\n"
         "Iliesa Mocekel, a taxi driver, said he no longer works after dark. 'The streets are black and the "
         "passengers stay home,' he said.\n\n"
         "The opposition spokesman for energy, Hon. Josaia Tarnaqa, called the plan 'a promise for the next "
         "election'. 'We heard these words in 2016,' he said.\n\n"
         "Mr Peni Radrokel, a retired electrician, said the village pastors had sent the Minister a petition about "
         "the hill villages.\n\n"
         "The Ministry's energy plan, issued in March as 'Light for Every Village', promises what it calls a "
         "'sun-first' policy for the outer islands.\n\n"
         "Asked about the petition from the pastors, the Minister said he would meet them in May. 'I will go to the "
         "hills myself,' he said.")

def test_a_free_relative_is_no_speaker():
    assert "what it calls a" not in quote_speakers(STORY)


def test_he_after_an_opening_phrase_and_the_minister_is_the_ministers_holder():
    assert quote_speakers(STORY)[-1] == "Lomasi Verekai"


def test_the_minister_with_no_one_holder_stays_unresolved():
    # must not fire: two ministers named with the title, so "the Minister" has no one holder
    text = STORY.replace("Mr Peni Radrokel, a retired electrician,",
                         "The Minister for Schools and Youth, Hon. Mereoni Kelbatu,")
    assert quote_speakers(text)[-1] != "Lomasi Verekai"


def test_a_description_after_a_long_opening_phrase_does_not_outrank_the_named_subject():
    # must not fire: the description after a long opening phrase names no one, so "he" stays the named man
    text = ('In a radio debate recorded on Thursday, Piet Varlow promises to halve the harbour fees within a year.\n\n'
            'Pressed on whether he had ever run a company, the Tarno council hopeful said yes. But he said a town '
            'was not a shop. "A shop can close on Sundays," he said.')
    assert quote_speakers(text)[-1] == "Piet Varlow"


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
