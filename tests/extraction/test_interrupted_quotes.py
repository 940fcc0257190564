"""Interrupted quotations ('"When the plant closes," he said, "the town will die."'): the
opening clause belongs to the quoted clause, not to "said" (the claim had lost its
condition), and a clause of its own after the interruption keeps the comma between the
two parts ("Every year we wait, someone else gets hurt")."""

import pytest


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            '"When the plant closes," he said, "the town will die."',
            "When the plant closes, the town will die.",
        ),
        (
            '"Since the plant closed," Ortiz said, "half the shops on Main Street have shut."',
            "Since the plant closed, half the shops on Main Street have shut.",
        ),
        (
            '"Every year we wait," she said, "someone else gets hurt."',
            "Every year we wait, someone else gets hurt.",
        ),
        ('"Normally," she said, "you have two candidates."', "Normally, you have two candidates."),
    ],
)
def test_it_joins_the_parts_of_an_interrupted_quotation(claims_of, text, expected):
    assert [c.text for c in claims_of(text)] == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Prices, the minister said, will fall.", "Prices will fall."),
        (
            "It was, she said, the only budget that could pass.",
            "It was the only budget that could pass.",
        ),
    ],
)
def test_it_leaves_no_comma_after_a_subject_or_a_copula(claims_of, text, expected):
    assert [c.text for c in claims_of(text)] == [expected]
