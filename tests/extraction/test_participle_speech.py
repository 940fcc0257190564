"""Speech in a participle after a clause of its own ("The council closed the library
branch, saying it was too costly"): a described "it" or "they" may be the thing just
acted on as well as the one who speaks, so it is left rather than made the speaker
("The council was too costly"); an "it" that acts or commits stays the speaker's. A
statement and its participle ("issued a statement, saying ...") report one clause once."""

import pytest


@pytest.mark.parametrize(
    "text, left",
    [
        ("The council closed the library branch, saying it was too costly.", "It was too costly."),
        (
            "The board cut money for the bus route, saying it was rarely used.",
            "It was rarely used.",
        ),
        ("The council closed two branches, saying they were too costly.", "They were too costly."),
        ("The ministry rejected the report, saying it was biased.", "It was biased."),
    ],
)
def test_it_leaves_a_described_pronoun_that_could_be_the_object(claims_of, find, text, left):
    assert find(claims_of(text), left[:-1]).text == left


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The company reported a loss, saying it would cut 300 jobs.",
            "The company would cut 300 jobs.",
        ),
        (
            "The ministry rejected the report, saying it was ready to talk.",
            "The ministry was ready to talk.",
        ),
        (
            "The army withdrew from the town, saying it had completed its mission.",
            "The army had completed its mission.",
        ),
    ],
)
def test_it_keeps_the_speaker_for_an_it_that_acts(claims_of, text, expected):
    assert expected in [c.text for c in claims_of(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The ministry issued a statement, saying it would send 20 teams.", "send 20 teams"),
        (
            "The army put out a statement on Sunday, saying 12 soldiers had died.",
            "soldiers had died",
        ),
    ],
)
def test_it_reports_a_statement_and_its_participle_once(claims_of, text, expected):
    assert len([c for c in claims_of(text) if expected in c.text]) == 1
