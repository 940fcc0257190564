"""Who says so (issue #13): a quoted sentence that goes on a quote keeps the speaker of
the quote before it, never the subject of a speech verb that comes after it with a thing
of its own said. Sentences written for these tests."""


# ---- a quote continued in the next sentence ------------------------------------------


def test_a_continued_quote_keeps_its_speaker_over_the_next_paragraphs_announcer(claims_of, find):
    text = (
        "Rivers Rise in the North\n\n"
        '"We have boats, but we cannot reach some villages," Tembe said. '
        '"The water is moving too fast."\n\n'
        "The United States announced $2 million in emergency assistance on Tuesday."
    )
    claims = claims_of(text)
    assert find(claims, "water is moving").speaker == "Tembe"
    assert find(claims, "$2 million").speaker == "The United States"


def test_a_continued_quote_keeps_its_speaker_over_an_announcer_in_its_own_paragraph(
    claims_of, find
):
    text = (
        "Clinics Run Out of Fuel\n\n"
        '"The clinic has no power," said Amina Yusuf, a nurse in Kassala. '
        '"We are treating patients by torchlight." '
        "The ministry announced new generators for three hospitals on Friday."
    )
    claims = claims_of(text)
    c = find(claims, "torchlight")
    assert c.speaker == "Amina Yusuf"
    assert not c.text.startswith("The ministry")  # its "we" is not the ministry
    assert find(claims, "generators").speaker == "The ministry"


def test_a_continued_quote_of_a_described_speaker_is_not_the_next_paragraphs(claims_of, find):
    text = (
        "Police Detain Hundreds\n\n"
        "Police sealed off the square before dawn.\n\n"
        '"We did not expect so many people," one officer said. '
        '"The crowd kept growing all morning."\n\n'
        "The Interior Ministry released a list of 300 detainees on Friday."
    )
    claims = claims_of(text)
    assert find(claims, "crowd kept growing").speaker == "one officer"


def test_a_lone_quote_paragraph_does_not_borrow_the_speaker_of_the_paragraph_after(claims_of, find):
    text = (
        "Police Detain Hundreds\n\n"
        "Police sealed off the square before dawn.\n\n"
        '"The crowd kept growing all morning."\n\n'
        "The ministry announced an inquiry into the arrests on Friday."
    )
    claims = claims_of(text)
    assert find(claims, "crowd kept growing").speaker != "The ministry"
    assert find(claims, "inquiry").speaker == "The ministry"


def test_a_bare_frame_after_the_quote_still_speaks_for_it(claims_of, find):
    text = (
        "Rebels Vow to Fight On\n\n"
        "The rebels issued a statement on Sunday. "
        '"We will not lay down our weapons until the siege ends," the group said.'
    )
    assert find(claims_of(text), "lay down").speaker == "the group"
