"""Attribution rules that must hold outside the seed article's domain."""


def test_it_takes_call_x_y_as_a_stance_of_the_subject(claims_of, find):
    c = find(claims_of("The mayor called the protesters vandals."), "vandals")
    assert c.speaker == "The mayor" and c.kind == "opinion"


def test_it_does_not_take_calling_a_meeting_as_a_stance(claims_of, find):
    c = find(claims_of("The company called a meeting on Monday."), "meeting")
    assert c.speaker is None and c.kind == "fact"


def test_it_takes_the_appositive_name_as_a_person_speaker(claims_of, find):
    claims = claims_of(
        "Another analyst, Kim Jae-won, said the talks would fail. He said the two sides were far apart."
    )
    assert find(claims, "talks would fail").speaker == "Kim Jae-won"
    assert find(claims, "far apart").speaker == "Kim Jae-won"


def test_it_resolves_they_to_the_last_plural_agent_subject(claims_of, find):
    claims = claims_of(
        "The agency opened an inquiry in March. Investigators from the transport board examined the wreck for weeks. "
        "They said a cracked bolt caused the failure."
    )
    assert find(claims, "cracked bolt").speaker.startswith("Investigators")


def test_it_does_not_make_evidence_a_speaker(claims_of, find):
    c = find(
        claims_of("The photos suggested the dam had failed before the storm."), "dam had failed"
    )
    assert c.speaker is None
    assert "photos suggested" in c.text


def test_it_keeps_the_outer_speaker_over_an_evidence_verb(claims_of, find):
    c = find(
        claims_of("Smith added that the bridge’s age suggests that repairs are overdue."), "overdue"
    )
    assert c.speaker == "Smith"


def test_it_attributes_a_speech_clause_after_a_conjunction(claims_of, find):
    claims = claims_of("The report comes after the ministry said it had finished the audit.")
    c = find(claims, "finished the audit")
    assert c.speaker == "the ministry"
    assert not any(x.text.startswith("The report comes") for x in claims)


def test_it_leaves_a_participle_after_a_comma_on_its_noun(claims_of):
    claims = claims_of(
        "Rescuers reached the last of the two villages that were flooded, called Upper Dale."
    )
    assert len(claims) == 1 and claims[0].kind != "opinion" and claims[0].speaker is None
