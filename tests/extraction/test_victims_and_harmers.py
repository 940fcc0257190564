"""A "they" after a clause in which something harmed people ("The floods have
displaced 200,000 people"): a past act is the harmer's ("They have destroyed nearly 2
million homes": the floods); what is told of the people after it ("They are living in
camps", "They were buried on Sunday") may be theirs as well as the harmer's when both
are plural, so it is left ("The floods were buried" was wrong); a single harmer is no
"they", so the people are."""

import pytest


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The floods have affected 33 million people. They have destroyed nearly 2 million homes.",
            "The floods have destroyed nearly 2 million homes.",
        ),
        (
            "The floods killed 300 people. They also destroyed roads.",
            "The floods also destroyed roads.",
        ),
        (
            "The storm injured 40 villagers. They were taken to hospitals in the capital.",
            "The 40 villagers were taken to hospitals in the capital.",
        ),
        (
            "The earthquake displaced 20,000 families. They are sleeping in tents.",
            "The 20,000 families are sleeping in tents.",
        ),
    ],
)
def test_it_tells_the_harmer_from_the_harmed(claims_of, text, expected):
    assert expected in [c.text for c in claims_of(text)]


@pytest.mark.parametrize(
    "text, left",
    [
        (
            "The floods have displaced 200,000 people. They are living in camps.",
            "They are living in camps.",
        ),
        (
            "The floods have killed 300 people. They were buried on Sunday.",
            "They were buried on Sunday.",
        ),
    ],
)
def test_it_leaves_they_when_harmer_and_harmed_are_both_plural(claims_of, text, left):
    assert left in [c.text for c in claims_of(text)]
