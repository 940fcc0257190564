"""A "them" after a sentence whose subject is a set acted on (a passive), the only set
named there, with nothing plural before the pronoun in its own sentence (its own
verb's subject aside), is that set. Sentences written for these tests."""

import pytest


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The two journalists were detained at the border crossing on Friday. Police "
            "questioned them for six hours.",
            "Police questioned the two journalists for six hours.",
        ),
        (
            "The documents were seized in a raid on the office. Investigators are still "
            "examining them.",
            "Investigators are still examining the documents.",
        ),
        (
            "The hostages were freed on Sunday. Soldiers found them in a house near the border.",
            "Soldiers found the hostages in a house near the border.",
        ),
    ],
)
def test_the_set_acted_on_goes_on(claims_of, text, expected):
    texts = [c.text for c in claims_of(text)]
    assert expected in texts, texts


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # the police named before the pronoun may be them too
        (
            "The protesters were arrested near parliament. Police said the officers had "
            "beaten them.",
            "beaten them",
        ),
        # two sets in the sentence before
        (
            "The trucks were stopped by soldiers at the border. Officials later released them.",
            "released them",
        ),
    ],
)
def test_another_set_leaves_them(claims_of, text, kept):
    texts = [c.text for c in claims_of(text)]
    assert any(kept in t for t in texts), texts
