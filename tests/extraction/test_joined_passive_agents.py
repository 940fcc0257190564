"""A passive of speech joined to an earlier clause ("... and has been condemned by the
UN") keeps the subject the two clauses share: its agent speaks, of that subject."""

import pytest


@pytest.mark.parametrize(
    ("text", "expected", "speaker"),
    [
        (
            "The detention has drawn protests and has been condemned by the UN.",
            "The detention has been condemned.",
            "the UN",
        ),
        (
            "The pipeline deal was signed in May and was criticised by environmental groups.",
            "The pipeline deal was criticised.",
            "environmental groups",
        ),
    ],
)
def test_it_keeps_the_shared_subject_of_a_joined_passive(claims_of, text, expected, speaker):
    claims = claims_of(text)
    hit = [c for c in claims if c.text == expected]
    assert hit, [c.text for c in claims]
    assert hit[0].speaker == speaker
