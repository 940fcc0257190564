"""Who says so (issue #13): a quoted sentence that goes on a quote keeps the speaker of
the quote before it, never the subject of a speech verb that comes after it with a thing
of its own said; a definite description speaking ("The agency said") is the one named
body of its kind before it, not a place between. Sentences written for these tests."""


def _party_of(claims, *words):
    for c in claims:
        if all(w.lower() in c.text.lower() for w in words):
            return next((p for p in claims.speakers if p.id == c.speaker_id), None)
    raise AssertionError(f"no claim with {words!r}: {[c.text for c in claims]!r}")


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


# ---- "The agency said": the one named body of its kind before --------------------------


def test_the_agency_is_the_programme_named_before_not_the_town_it_flew_to(claims_of):
    text = (
        "Floods Cut Off Coastal Towns\n\n"
        "The government declared an emergency on Tuesday. The World Food Programme began "
        "airlifting maize and beans to Angoche in response. The agency said it had enough "
        "stocks for three weeks."
    )
    party = _party_of(claims_of(text), "enough stocks")
    assert party is not None and party.name == "World Food Programme"


def test_the_agency_passes_over_a_town_named_after_the_programme(claims_of):
    text = (
        "Floods Cut Off Coastal Towns\n\n"
        "Roads into the district were cut on Monday. The World Food Programme began "
        "trucking rice and oil to Mocuba in response. The agency said its stocks would "
        "last a month."
    )
    party = _party_of(claims_of(text), "last a month")
    assert party is not None and party.name == "World Food Programme"


def test_the_organization_reaches_the_paragraph_before_over_two_towns(claims_of):
    text = (
        "Floods Cut Off Coastal Towns\n\n"
        "The storm hit the coast on Sunday. The World Health Organization shipped cholera "
        "kits to Angoche on Monday.\n\n"
        "Roads to Mocuba reopened on Wednesday. The organization said the kits would treat "
        "2,000 patients."
    )
    party = _party_of(claims_of(text), "2,000 patients")
    assert party is not None and party.name == "World Health Organization"


def test_the_agency_stays_itself_with_two_named_bodies_before(claims_of):
    text = (
        "Floods Cut Off Coastal Towns\n\n"
        "The rains eased on Wednesday. The World Food Programme and the International "
        "Organization for Migration sent trucks to Angoche and Mocuba. The agency said the "
        "roads were still open."
    )
    party = _party_of(claims_of(text), "roads were still open")
    assert party is not None
    assert party.name not in ("World Food Programme", "International Organization for Migration")
    assert party.name not in ("Angoche", "Mocuba")


def test_the_agency_is_never_a_town_when_no_body_was_named(claims_of):
    text = (
        "Floods Cut Off Coastal Towns\n\n"
        "Seed trucks reached Chokwe and Guija on Thursday. The agency said the harvest "
        "would be late."
    )
    party = _party_of(claims_of(text), "harvest would be late")
    assert party is not None and party.name not in ("Chokwe", "Guija")
    assert "Floods" not in party.name  # nor the title line read as a name


def test_the_ministry_may_still_be_the_country_named_before(claims_of):
    text = (
        "Kenya Bans Grain Exports\n\n"
        "Kenya banned maize exports on Monday. The ministry said the ban would last until "
        "the harvest."
    )
    party = _party_of(claims_of(text), "ban would last")
    assert party is not None and party.name == "Kenya"


# ---- '"...," the trader told VOA': a quotation makes an ambiguous verb speech ------------


def test_a_noun_a_quotation_is_put_in_the_mouth_of_speaks_with_told(claims_of, find):
    for text, word, who in (
        ('"Prices have doubled since March," the trader told VOA.', "prices", "the trader"),
        ("“We sold half of our goats,” the herder told reporters.", "goats", "the herder"),
        ('"The pumps failed at midnight," a technician told the BBC.', "pumps", "a technician"),
    ):
        c = find(claims_of(text), word)
        assert c.speaker == who, text
        assert "told" not in c.text


def test_told_without_a_quotation_still_needs_someone_who_can_speak(claims_of, find):
    assert find(claims_of("The numbers tell a different story."), "story").speaker is None
    c = find(claims_of("The figures told a different story, the analyst said."), "story")
    assert c.speaker == "the analyst"
