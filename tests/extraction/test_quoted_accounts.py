"""Who speaks around a direct quotation: narration after a closed quotation is the
article's; a "he" inside a quotation no one was found for is someone the quoted
speaker tells of; a written statement from someone is that someone's word."""


def test_narration_after_a_closed_quotation_is_the_articles(claims_of, find):
    claims = claims_of(
        "Candidate Troy Madsen spoke first. “Councilman Reyes voted against every road "
        "repair in this district,” he said. Reyes laughed during the answer."
    )
    assert "Madsen" in find(claims, "voted against every road").speaker
    assert find(claims, "laughed during the answer").speaker is None


def test_a_reported_account_still_goes_on_after_the_sentence(claims_of, find):
    # the reported (not quoted) account keeps its continuation (continuation.py)
    claims = claims_of(
        "Police said the gunmen entered the bank at noon. The gunmen took four hostages."
    )
    assert find(claims, "took four hostages").speaker == "Police"


def test_an_unresolved_he_inside_a_quotation_tells_the_quoted_speakers_account(claims_of, find):
    claims = claims_of(
        "The union filed a grievance on Monday.\n\n"
        "A nurse at the clinic, Joan Pratt, wrote online that the ward was short-staffed. "
        "“He told the guards he couldn't breathe,” she wrote."
    )
    c = find(claims, "told the guards")
    assert "Pratt" in c.speaker
    assert c.text.startswith("He told"), c.text  # the quoted "he" is not the one quoting


def test_a_he_said_of_a_woman_named_with_her_relation_is_not_her(claims_of, find):
    claims = claims_of(
        "Victor Lund, 52, was detained at the airport on Sunday.\n\n"
        "His daughter, Ingrid Lund, said on Monday that he had asked for a lawyer."
    )
    c = find(claims, "asked for a lawyer")
    assert "Ingrid" in c.speaker
    assert "Ingrid" not in c.text, c.text


def test_a_statement_from_someone_is_that_someones_word(claims_of, find):
    claims = claims_of(
        "A statement from Council President Ruth Ames said the vote would be delayed. "
        "Ames told reporters later that the delay would be short."
    )
    ids = {find(claims, w).speaker_id for w in ("vote would be delayed", "delay would be short")}
    assert len(ids) == 1
    assert {p.name for p in claims.speakers} >= {"Ruth Ames"}
    c = find(claims_of("An email from the mayor's office said the park would reopen."), "reopen")
    assert c.speaker == "the mayor's office"


def test_a_statement_with_no_author_stays_the_speaker(claims_of, find):
    c = find(claims_of("A statement released Friday said the plant would close."), "close")
    assert c.speaker.startswith("A statement")


def test_documents_that_tell_a_story_say_nothing(claims_of, find):
    claims = claims_of(
        "Court records tell a different story. Hospital logs show the ward was understaffed."
    )
    assert find(claims, "different story").speaker is None
    assert "logs" in find(claims, "understaffed").speaker
    c = find(claims_of("The mayor told reporters the budget was balanced."), "balanced")
    assert c.speaker == "The mayor"


def test_a_quoted_epithet_after_the_object_of_call_is_a_stance(claims_of, find):
    c = find(
        claims_of("Hughes called the proposal “a giveaway to developers” at the meeting."),
        "giveaway",
    )
    assert c.speaker == "Hughes"
    c = find(claims_of("The board called a special meeting for Thursday."), "special meeting")
    assert c.speaker is None


def test_people_who_describe_someone_as_something_speak(claims_of, find):
    for text, who in (
        ("Friends describe her as blunt.", "Friends"),
        ("Colleagues described the senator as tireless and fair.", "Colleagues"),
        ("Neighbors described him as a quiet man.", "Neighbors"),
    ):
        assert find(claims_of(text), who).speaker == who
    assert find(claims_of("The report describes the bridge in detail."), "bridge").speaker is None


def test_a_quotation_opening_a_new_sentence_is_not_the_frame_befores(claims_of, find):
    claims = claims_of(
        "Teachers describe the principal as strict. “Marta runs a tight ship,” said Leo "
        "Grant, who taught there for a decade. “If you are late, you will hear about it.”"
    )
    assert "Grant" in find(claims, "hear about it").speaker


def test_a_campaign_ad_is_a_source(claims_of, find):
    c = find(claims_of("The ad claims violent crime rose 30 percent last year."), "30 percent")
    assert c.speaker == "The ad"
    c = find(claims_of("The mailer says the senator skipped 40 votes."), "40 votes")
    assert c.speaker == "The mailer"


def test_a_quoted_i_will_reads_as_the_speaker_will(claims_of, find):
    c = find(
        claims_of("Rep. Angela Torres has not decided. “I'll talk to my family,” she said."),
        "talk to",
    )
    assert "Torres will talk" in c.text and "'ll" not in c.text, c.text


def test_a_participle_after_a_parenthetical_said_stays_with_what_is_said(claims_of, find):
    c = find(
        claims_of(
            "The lawyer spoke after the hearing. The map splits Black neighborhoods among "
            "three districts, she said, diluting their votes."
        ),
        "splits",
    )
    assert c.speaker is not None and "diluting" in c.text and "she said" not in c.text
