"""Two small errors of claims that read on their own. An "it" in what a new speaker
reports, after another party's report about a thing ("The ministry said the outbreak
was over. Critics said it had acted too late"), may be the party or the thing: it is
left, not made "The outbreak had acted too late". A body's name put inside a sentence
takes a small "the" ("As a result of the Department of the Treasury’s designation"),
a newspaper keeps its own ("The New York Times")."""

import pytest


@pytest.mark.parametrize(
    "text, left",
    [
        (
            "The ministry said the outbreak was over. Critics said it had acted too late.",
            "It had acted too late.",
        ),
        (
            "The company said the plant was safe. Regulators said it had ignored warnings.",
            "It had ignored warnings.",
        ),
    ],
)
def test_it_leaves_it_when_a_reporter_and_its_subject_compete(claims_of, find, text, left):
    assert find(claims_of(text), left[3:-1]).text == left


def test_it_still_takes_the_reporter_for_its_own_next_report(claims_of, find):
    claims = claims_of(
        "The ministry said the outbreak was over. It said it would lift restrictions."
    )
    assert find(claims, "lift restrictions").text == "The ministry would lift restrictions."


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The Department of the Treasury determined that the bank had laundered money. "
            "As a result of that determination, its assets are frozen.",
            "As a result of the Department of the Treasury’s determination",
        ),
        (
            "The Office of Foreign Assets Control found that the firm broke the rules. "
            "Because of that finding, its accounts were closed.",
            "Because of the Office of Foreign Assets Control’s finding",
        ),
    ],
)
def test_it_writes_a_small_the_for_a_body_inside_a_sentence(claims_of, find, text, expected):
    assert find(claims_of(text), expected)
