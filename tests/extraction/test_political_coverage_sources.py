"""Who says it in everyday political coverage (issue 13): evidence named at the end of a
sentence, a pronoun after a surname the tagger misreads, a fact check's quoted claim
followed by the name of who made it."""

import pytest


@pytest.mark.parametrize(
    "text, statement, source",
    [
        (
            "The levy rests on a single vote taken in 2018, county records show.",
            "levy rests",
            "records",
        ),
        (
            "Harlow's tax rate is the third lowest among the state's cities, records from the "
            "Department of Revenue show.",
            "third lowest",
            "records",
        ),
        (
            "The bond measure passed in 2019 with 61 percent, court records show.",
            "bond measure",
            "records",
        ),
        ("Turnout fell in every ward on the east side, city data suggest.", "Turnout fell", "data"),
        (
            "The senator missed 40 votes last year, the records indicate.",
            "missed 40 votes",
            "records",
        ),
    ],
)
def test_evidence_that_ends_the_sentence_is_its_source(claims_of, find, text, statement, source):
    c = find(claims_of(text), statement)
    assert c.speaker and source in c.speaker


def test_a_noun_show_is_no_evidence(claims_of, find):
    claims = claims_of("The mayor attended every show. Voters saw the debate as a show.")
    assert find(claims, "attended every show").speaker is None
    assert find(claims, "debate as a show").speaker is None


@pytest.mark.parametrize(
    "text, statement, name",
    [
        (
            "State Auditor Nicole Gaines released a report on Monday. Corrections Director "
            "Paul Hadley said the department had raised starting pay. Gaines was skeptical. "
            '"We have heard that promise before," she told reporters.',
            "heard that promise",
            "Gaines",
        ),
        (
            "Councilwoman Rita Haynes voted against the contract. City Manager Tom Olin said "
            "the contract would save money. Haynes disagreed. "
            '"The savings exist only on paper," she said.',
            "savings exist only",
            "Haynes",
        ),
    ],
)
def test_a_pronoun_after_a_named_subject_ending_in_s_is_that_person(
    claims_of, find, text, statement, name
):
    # the tagger reads "Gaines", "Haynes" as plural nouns: still the person named before,
    # not the one who spoke last
    c = find(claims_of(text), statement)
    assert c.speaker and name in c.speaker
