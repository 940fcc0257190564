"""What someone did NOT say or find is no claim of theirs: "The minister did not say
that the talks had failed" must not give "The talks had failed" as the minister's. The
clause stays whole, in the voice that tells it. A negated confirmation or denial keeps
its own kind ("could not confirm" is a denial, see test_negated_confirmation)."""

import pytest


@pytest.mark.parametrize(
    "text, whole",
    [
        (
            "The minister did not say that the talks had failed.",
            "The minister did not say that the talks had failed.",
        ),
        (
            "The company never claimed that the product cured cancer.",
            "The company never claimed that the product cured cancer.",
        ),
        (
            "The survey did not show that weekend work was harder.",
            "The survey did not show that weekend work was harder.",
        ),
        (
            "The data did not suggest that the vaccine caused the illness.",
            "The data did not suggest that the vaccine caused the illness.",
        ),
    ],
)
def test_it_keeps_what_was_not_said_inside_its_negation(claims_of, text, whole):
    claims = claims_of(text)
    assert [c.text for c in claims] == [whole]
    assert claims[0].speaker is None  # the article says what they did not say


@pytest.mark.parametrize(
    "text, whole, speaker",
    [
        (
            "Officials said the records do not show that the money was stolen.",
            "The records do not show that the money was stolen.",
            "Officials",
        ),
        (
            "The union said the survey did not find that night shifts were unsafe.",
            "The survey did not find that night shifts were unsafe.",
            "The union",
        ),
    ],
)
def test_it_gives_a_negated_finding_to_whoever_reports_it(claims_of, text, whole, speaker):
    claims = claims_of(text)
    assert [(c.text, c.speaker) for c in claims] == [(whole, speaker)]


def test_it_still_reads_a_refused_confirmation_and_a_denial_as_before(claims_of, find):
    claims = claims_of(
        "Police have not confirmed that the attacker was a soldier. "
        "The ministry denied that troops had crossed the border."
    )
    assert find(claims, "attacker was a soldier").kind == "denial"
    assert find(claims, "troops had crossed").kind == "denial"


def test_it_keeps_the_speaker_of_a_negated_verb_with_no_reported_clause(claims_of, find):
    # nothing is reported, so nothing is turned round: the party still speaks here, and
    # stays the last speaker for a pronoun after it
    claims = claims_of("The ministry has not announced any charges against the two men.")
    assert find(claims, "any charges").speaker == "The ministry"
