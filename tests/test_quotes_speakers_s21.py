"""Speaker resolution on hand-written text (session 21): an office-holder's spokesperson, descriptions that close a
quotation, titles before a name."""

from .test_quotes_styles import speakers  # (quotation text without its closing comma or stop, speaker) pairs


def test_a_spokesperson_for_the_office_holder_speaks_for_the_holder():
    text = ('Governor Jo Doe vetoed the bill on Monday. A spokesman for the governor said it was "deeply flawed."')
    assert speakers(text)[-1][1] == "Jo Doe"
    text = ('Deputy Minister for Transport Karen Smith said there was "no more money in the pot" after March.\n\n'
            'A spokesperson for the deputy minister later said the network had received "unprecedented support."')
    assert speakers(text)[-1][1] == "Karen Smith"
    text = ('Tom Reed, the owner of the pub, was away. A spokesman for the owner said it would "reopen soon."')
    assert speakers(text)[-1][1] == "Tom Reed"


def test_a_spokesperson_for_a_body_or_group_or_no_one_named_is_not_a_holder():
    text = ('Acme Corp cut 300 jobs on Monday, its chief executive Tom Reed said. A spokesman for the company said '
            'the cuts were "painful but necessary."')
    assert speakers(text)[-1][1] == "Acme Corp"
    text = ('The minister is under pressure over the closures. A spokesman for the minister said the review was '
            '"ongoing."')
    assert speakers(text)[-1][1] == "spokesman for the minister"
    text = 'Jo Doe, 45, died in the crash. A spokeswoman for the family said they were "devastated by the loss."'
    assert speakers(text)[-1][1] == "spokeswoman for the family"
    text = ('Kelby Council approved the plan on Tuesday, leader Tom Reed said. A spokesman for the council said it '
            'was "the right decision."')
    assert speakers(text)[-1][1] == "Kelby Council"
    text = ('Detective Inspector Jane Roe led the inquiry. A spokesman for the police said officers were "keeping '
            'an open mind."')
    assert speakers(text)[-1][1] == "spokesman for the police"
    text = 'Tom Reed, the landlord, refused to comment. A spokesman for the tenants said they felt "betrayed."'
    assert speakers(text)[-1][1] == "spokesman for the tenants"
    text = 'Mayor Jo Doe opened the bridge. A spokeswoman for the victims said the memorial was "long overdue."'
    assert speakers(text)[-1][1] == "spokeswoman for the victims"
