"""A condition is part of what is claimed: "If this is true, he should resign" does not
say he should resign. A fronted phrase that only points back is dropped ("With this in
mind, ..."), but a condition ("if", "unless") stays, even when it points back."""

import pytest


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            '"If this is true, he should resign," she told reporters.',
            "If this is true, he should resign.",
        ),
        (
            "Unless that changes, the plant will close in May, the company said.",
            "Unless that changes, the plant will close in May.",
        ),
    ],
)
def test_it_keeps_a_condition_that_points_back(claims_of, text, expected):
    assert [c.text for c in claims_of(text)] == [expected]


def test_it_still_drops_a_phrase_that_only_points_back(claims_of):
    texts = [c.text for c in claims_of("With this in mind, the council voted to delay the plan.")]
    assert texts == ["The council voted to delay the plan."]
