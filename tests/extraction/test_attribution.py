"""Speech and stance verbs, 'according to', passives and via."""


def test_it_takes_the_subject_of_said_as_speaker(claims_of, find):
    c = find(claims_of("The mayor of Lyon said the bridge will reopen in May."), "bridge")
    assert c.speaker == "The mayor of Lyon"
    assert c.cue == "said"


def test_it_strips_the_attribution_from_the_claim_text(claims_of, find):
    c = find(claims_of("The harbour authority said the ferry carried 300 passengers."), "ferry")
    assert "said" not in c.text.lower()
    assert c.text.startswith("The ferry carried 300 passengers")


def test_it_uses_according_to_as_speaker(claims_of, find):
    c = find(
        claims_of("The factory closed in March, according to the Ministry of Labour."), "factory"
    )
    assert c.speaker == "the Ministry of Labour"
    assert "according" not in c.text.lower()


def test_it_records_a_news_outlet_in_according_to_as_via(claims_of, find):
    c = find(claims_of("The dam was damaged by the flood, according to Reuters."), "dam")
    assert c.via == "Reuters"


def test_it_keeps_the_sayer_and_the_outlet_apart_for_told(claims_of, find):
    text = (
        "Three police officers told The Associated Press that the convoy was stopped at the border."
    )
    c = find(claims_of(text), "convoy")
    assert c.speaker == "Three police officers"
    assert c.via == "The Associated Press"


def test_it_handles_said_in_a_statement(claims_of, find):
    c = find(
        claims_of("The airline said in a statement that all flights were cancelled."), "flights"
    )
    assert c.speaker == "The airline"


def test_it_takes_the_agent_of_a_passive_confirmation_as_speaker(claims_of, find):
    c = find(
        claims_of("The death of the two climbers was confirmed by the mountain rescue service."),
        "climbers",
    )
    assert c.speaker == "the mountain rescue service"
    assert c.kind == "confirmation"


def test_it_treats_generic_reports_as_a_hedge_not_a_speaker(claims_of, find):
    c = find(claims_of("The rebels have seized the airport, according to reports."), "airport")
    assert c.speaker is None
    assert c.hedged
    assert c.via == "reports"


def test_it_attributes_a_speech_act_without_complement_to_its_subject(claims_of, find):
    c = find(
        claims_of("A separatist group claimed responsibility for the pipeline explosion."),
        "pipeline",
    )
    assert c.speaker == "A separatist group"
    assert c.speaker_kind == "armed_group"


def test_it_gives_the_speaker_span_as_offsets_of_the_mention(claims_of, find):
    text = "The coast guard said two boats sank."
    c = find(claims_of(text), "boats")
    assert text[c.speaker_span[0] : c.speaker_span[1]] == "The coast guard"
    assert text[c.cue_span[0] : c.cue_span[1]] == "said"


def test_it_takes_calling_someone_names_as_an_opinion_of_the_caller(claims_of, find):
    for text, speaker in (
        ("The senator called the protesters criminals.", "The senator"),
        ("The minister called the strikers traitors.", "The minister"),
    ):
        c = find(claims_of(text), "called")
        assert (c.speaker, c.kind) == (speaker, "opinion"), text


def test_it_does_not_take_calling_a_service_for_speech(claims_of, find):
    c = find(claims_of("The landlord called the fire brigade."), "fire brigade")
    assert c.speaker is None and c.kind == "fact"
