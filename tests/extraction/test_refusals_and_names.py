"""Five kinds of wrong output the lead found on own texts (issue #13), each fixed by a
general rule and tested on sentences written for these tests:
a refusal is not a denial ("denied him bail", "rejected the offer"), so "It said
Corvel had rejected the offer" is the organisation's account; a name ending in a
plural noun is a firm's ("Harbour Homes"); "called that support a threat" keeps its
verb; an "it" that is attended is a gathering or is left alone."""


def _find(claims, words):
    hits = [c for c in claims if words in c.text]
    assert len(hits) == 1, [c.text for c in claims]
    return hits[0]


# --- a refusal is an act, not a denial of what someone said --------------------------------


def test_denying_someone_bail_is_a_ruling_not_a_denial(claims_of):
    text = "The court in Mombasa denied him bail. The judges denied the two men bail on Monday."
    for words in ("denied him bail", "two men bail"):
        c = _find(claims_of(text), words)
        assert c.kind != "denial" and c.speaker is None


def test_denying_a_request_is_a_refusal(claims_of):
    c = _find(claims_of("A judge denied the request for bail on Friday."), "request")
    assert c.kind != "denial" and c.speaker is None


def test_denying_allegations_wrongdoing_or_a_plan_is_a_denial(claims_of):
    text = (
        "The ministry denied the allegations. Police denied any wrongdoing. "
        "The army dismissed the report as propaganda. He denied that he had taken the money."
    )
    claims = claims_of(text)
    for words in ("allegations", "wrongdoing", "propaganda", "taken the money"):
        assert _find(claims, words).kind == "denial"
    c = _find(claims_of("Union leaders deny strike plan, report says"), "strike plan")
    assert c.kind == "denial"


def test_rejecting_an_offer_inside_an_account_leaves_the_account_its_speaker(claims_of):
    text = (
        "Talks on the sale of the Harlow plant collapsed on Tuesday. Mitra Steel said it had "
        "offered $40 million for the site. It said Corvel had rejected the offer."
    )
    c = _find(claims_of(text), "rejected the offer")
    assert c.speaker == "Mitra Steel" and c.cue == "said"
    assert c.text == "Corvel had rejected the offer."


def test_rejecting_claims_is_still_a_denial(claims_of):
    c = _find(claims_of("The mayor rejected the accusations."), "accusations")
    assert c.kind == "denial" and c.speaker == "The mayor"


# --- a name ending in a plural noun is a firm's ------------------------------------------------


def test_a_name_ending_in_a_plural_noun_is_an_organisation(claims_of):
    text = "Harbour Homes said it would build 400 houses on the old dock site."
    c = _find(claims_of(text), "400 houses")
    assert c.speaker == "Harbour Homes" and c.speaker_kind == "organisation"
    assert c.text.startswith("Harbour Homes would build")


def test_a_surname_ending_in_s_is_still_a_person(claims_of):
    c = _find(claims_of("Tom Williams said he was innocent."), "innocent")
    assert c.speaker_kind == "person"


# --- "called that support a threat" --------------------------------------------------------


def test_called_that_noun_a_thing_keeps_its_verb(claims_of):
    text = (
        "Kenya has urged its neighbors to stop all support to the rebels, and it called that "
        "support a threat to the region."
    )
    c = _find(claims_of(text), "threat to the region")
    assert "called" in c.text and c.speaker == "Kenya"


def test_said_that_support_would_is_still_a_that_clause(claims_of):
    c = _find(claims_of("Officials said that support would continue."), "continue")
    assert c.speaker == "Officials" and c.text.startswith("Support would continue")


# --- what is attended is a gathering ------------------------------------------------------------


def test_it_attended_is_the_gathering_named_before(claims_of):
    text = (
        "A cholera outbreak has killed 40 people in the region since May. Officials held a "
        "memorial service for the victims in Goma on Sunday. It was attended by 300 guests."
    )
    c = _find(claims_of(text), "300 guests")
    assert c.text.startswith("The memorial service")


def test_it_attended_is_never_an_outbreak(claims_of):
    text = "The outbreak spread quickly. It was attended by 300 guests, organisers said."
    c = _find(claims_of(text), "300 guests")
    assert "outbreak" not in c.text.lower()
