"""A "their" after a set of people named by a quantifier or a pronoun in its own clause
("Many of those affected have lost their livelihoods") is theirs: never the subject of
the sentence before ("the floods’ livelihoods")."""

import pytest


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The floods have destroyed more than two million homes. Many of those affected "
            "have lost their livelihoods.",
            "Many of those affected have lost their livelihoods.",
        ),
        (
            "The fires burned across three counties last week. Most of the evacuees have "
            "returned to their homes.",
            "Most of the evacuees have returned to their homes.",
        ),
        (
            "The mines closed in 2019. Some of those who worked there are still waiting for "
            "their pensions.",
            "Some of those who worked there are still waiting for their pensions.",
        ),
    ],
)
def test_it_keeps_their_with_the_set_of_its_own_clause(claims_of, find, text, expected):
    claim = find(claims_of(text), expected.split()[-1].rstrip("."))
    assert claim.text == expected
