"""A verb of saying joined to one with nothing after it ("The company did not comment,
but said it would review the claims"): what is said is a claim of the shared subject,
not part of one sentence in the article's voice."""

import pytest


@pytest.mark.parametrize(
    "text, first, said, speaker",
    [
        (
            "The company did not comment, but said it would review the claims.",
            "The company did not comment.",
            "The company would review the claims.",
            "The company",
        ),
        (
            "Whitfield did not respond directly, but said she had voted to cut the tax.",
            "Whitfield did not respond directly.",
            "Whitfield had voted to cut the tax.",
            "Whitfield",
        ),
        (
            "The minister paused and said the talks had failed.",
            "The minister paused.",
            "The talks had failed.",
            "The minister",
        ),
    ],
)
def test_it_splits_what_is_said_from_a_verb_with_nothing_after_it(
    claims_of, text, first, said, speaker
):
    claims = {c.text: c for c in claims_of(text)}
    assert first in claims and said in claims, list(claims)
    assert claims[said].speaker == speaker
