"""A gerund that opens the sentence, before someone's words set in between commas, is the
subject of the verb after them: "Overriding a veto, Brandt acknowledged, would require 12
votes" is Brandt's "Overriding a veto would require 12 votes"."""

import pytest


@pytest.mark.parametrize(
    ("text", "expected", "speaker"),
    [
        (
            "Overriding a veto, Brandt acknowledged, would require 12 Democratic votes.",
            "Overriding a veto would require 12 Democratic votes.",
            "Brandt",
        ),
        (
            "Building the second reservoir, county officials admitted, will cost twice as "
            "much as planned.",
            "Building the second reservoir will cost twice as much as planned.",
            "county officials",
        ),
        (
            "Cutting the fire budget, the audit found, has slowed repairs across the county.",
            "Cutting the fire budget has slowed repairs across the county.",
            "the audit",
        ),
    ],
)
def test_it_makes_the_opening_gerund_the_subject(claims_of, text, expected, speaker):
    claims = claims_of(text)
    assert [(c.text, c.speaker) for c in claims] == [(expected, speaker)]


def test_it_leaves_a_gerund_with_a_subject_of_its_own_alone(claims_of):
    claims = claims_of("Speaking to reporters, the minister said the talks would resume.")
    assert [(c.text, c.speaker) for c in claims] == [("The talks would resume.", "the minister")]


@pytest.mark.parametrize(
    ("text", "expected", "speaker"),
    [
        (
            "After winning the vote, the mayor said, the council will meet again in May.",
            "After winning the vote, the council will meet again in May.",
            "the mayor",
        ),
        (
            "Within a year, the chief executive predicted, the plant will employ 300 people.",
            "Within a year, the plant will employ 300 people.",
            "the chief executive",
        ),
    ],
)
def test_it_keeps_an_opening_phrase_with_the_verb_after_the_words_set_in(
    claims_of, text, expected, speaker
):
    claims = claims_of(text)
    assert [(c.text, c.speaker) for c in claims] == [(expected, speaker)]
