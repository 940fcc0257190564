"""A subject replaced by an antecedent of the other number: every verb that shares
it agrees, not only the first ("were narrowly tailored and were taken")."""

import pytest


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        (
            "U.S. forces conducted strikes against two facilities in eastern Syria. This "
            "action was narrowly tailored and was taken to protect U.S. personnel.",
            "tailored",
            "were narrowly tailored and were taken",
        ),
        (
            "The coalition conducted strikes against three radar sites in Yemen. This action "
            "was carefully planned and was approved by the president.",
            "approved",
            "were carefully planned and were approved",
        ),
    ],
)
def test_it_makes_a_joined_passive_plural_too(claims_of, find, text, word, expected):
    claim = find(claims_of(text), word)
    assert expected in claim.text, claim.text


def test_it_leaves_a_joined_verb_with_its_own_subject(claims_of, find):
    text = (
        "The army shelled two villages near the border. This attack was condemned by the "
        "United Nations, and the government was silent."
    )
    claim = find(claims_of(text), "silent")
    assert (
        "the government was silent" in claim.text.lower()
        or "The government was silent" in claim.text
    )
