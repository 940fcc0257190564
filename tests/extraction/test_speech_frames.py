"""Speech frames beyond "X said that Y" (rules-1.5), on sentences written for these tests."""


def test_it_takes_a_parenthetical_speaker_and_keeps_the_subject_before_the_comma_out(
    claims_of, find
):
    c = find(
        claims_of("Owning the network, the chief executive said, would speed up the roll-out."),
        "roll-out",
    )
    assert c.text == "Owning the network would speed up the roll-out."
    assert c.speaker == "the chief executive" and c.cue == "said"


def test_it_keeps_the_comma_after_a_fronted_adverbial_in_a_parenthetical(claims_of, find):
    text = "Inspector Lena Hoff visited the depot. Without new cranes, she said, the port may close in June."
    c = find(claims_of(text), "port may close")
    assert c.text == "Without new cranes, the port may close in June."
    assert c.speaker == "Inspector Lena Hoff"
    assert text[c.speaker_span[0] : c.speaker_span[1]] == "she"  # the pronoun that speaks


def test_it_reads_an_interrupted_quotation_as_one_claim_of_its_speaker(claims_of, find):
    text = "“In most years,” the coach said, “we lose two players to injury.”"
    claims = claims_of(text)
    c = find(claims, "two players")
    assert c.speaker == "the coach"
    assert "said" not in c.text
    assert len(claims) == 1


def test_it_takes_polls_records_and_data_as_sources(claims_of, find):
    for text, source in (
        ("Polls show the senator trailing by six points.", "Polls"),
        ("Court records indicate the lease was signed in 2017.", "Court records"),
        ("Data suggest rents fell in the spring.", "Data"),
    ):
        c = next(c for c in claims_of(text) if source.lower() not in c.text.lower())
        assert c.speaker == source, (text, c)


def test_it_makes_a_participle_after_an_evidence_verb_a_sentence(claims_of, find):
    c = find(claims_of("Polls show the senator trailing by six points."), "trailing")
    assert c.text == "The senator is trailing by six points."
    assert c.kind == "statistic"


def test_it_keeps_images_as_evidence_in_the_article_voice(claims_of, find):
    c = find(
        claims_of("The photos suggested the dam had failed before the storm."), "dam had failed"
    )
    assert c.speaker is None


def test_it_takes_a_colon_introduced_quotation_as_said(claims_of, find):
    c = find(claims_of("The senator wrote on Twitter: “The count was fair.”"), "count was fair")
    assert c.speaker == "The senator" and c.cue == "wrote"
    c = find(
        claims_of("In a statement, the ministry said: “The border will reopen on Monday.”"),
        "border",
    )
    assert c.speaker == "the ministry"


def test_it_splits_participial_speech_from_the_act(claims_of, find):
    for text, content in (
        ("The minister rejected the plan, saying it would cost too much.", "cost too much"),
        (
            "The agency raised its forecast, noting that exports had recovered.",
            "exports had recovered",
        ),
        (
            "The general toured the base, telling reporters the troops would stay.",
            "troops would stay",
        ),
    ):
        claims = claims_of(text)
        c = find(claims, content)
        assert c.speaker in ("The minister", "The agency", "The general"), (text, c)
        assert not any(w in c.text for w in ("saying", "noting", "telling")), c.text


def test_it_does_not_take_a_reported_question_for_a_claim_of_fact(claims_of):
    assert claims_of("Reporters asked whether the minister would resign.") == []


def test_it_keeps_a_witness_account_of_a_question_with_its_speaker(claims_of, find):
    c = find(
        claims_of("A witness said a gunman asked a guard if the hotel was open."), "asked a guard"
    )
    assert c.speaker == "A witness" and c.kind == "claim"


def test_it_attributes_a_that_clause_of_an_assertion_noun(claims_of, find):
    c = find(
        claims_of("Greenpeace's claim that the river was poisoned was disputed."),
        "river was poisoned",
    )
    assert c.speaker == "Greenpeace" and c.kind == "claim"
    claims = claims_of("The company repeated its claim that the factory was safe.")
    assert [(c.text, c.speaker) for c in claims] == [("The factory was safe.", "The company")]


def test_it_hedges_an_unowned_allegation_and_keeps_the_denial(claims_of, find):
    claims = claims_of("The ministry rejected the allegation that the police fired on civilians.")
    denial = find(claims, "rejected the allegation")
    assert denial.kind == "denial" and denial.speaker == "The ministry"
    c = find(claims, "fired on civilians")
    assert c.speaker is None and c.hedged and c.kind == "claim"


def test_it_does_not_take_a_thing_that_cannot_speak_for_a_speaker(claims_of, find):
    c = find(claims_of("That culture emphasizes loyalty above all."), "loyalty")
    assert c.speaker is None


def test_it_reads_a_headline_tail_as_the_channel_and_the_claimer_as_speaker(claims_of, find):
    text = "Union leaders deny strike plan, report says\n\nThe union met on Monday."
    c = find(claims_of(text), "strike plan")
    assert c.headline and c.via == "report"
    assert c.speaker == "Union leaders" and c.kind == "denial"
    assert "report says" not in c.text


def test_it_keeps_a_determined_report_as_a_source(claims_of, find):
    c = find(claims_of("The report said the river had burst its banks."), "river")
    assert c.speaker == "The report" and c.via is None
