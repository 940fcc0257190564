"""A participle of an effect after a report set after its account ("Fuel prices will
fall next month, the minister said, easing pressure on households") goes on with the
account: the fall eases the pressure, not the minister's saying so, and the claim is
the minister's. The speaker's own acts after the report ("citing", "adding") stay the
speaker's. Sentences written for these tests."""

import pytest


@pytest.mark.parametrize(
    ("text", "words", "expected", "speaker"),
    [
        (
            "Fuel prices will fall next month, the minister said, easing pressure on households.",
            "pressure",
            "Fuel prices will ease pressure on households.",
            "the minister",
        ),
        (
            "The new bridge will open in May, the mayor said, cutting the commute by half.",
            "commute",
            "The new bridge will cut the commute by half.",
            "the mayor",
        ),
        (
            "The storm destroyed 300 homes, officials said, leaving 2,000 people without shelter.",
            "shelter",
            "The destruction by the storm left 2,000 people without shelter.",
            "officials",
        ),
    ],
)
def test_an_effect_goes_on_with_the_account(claims_of, find, text, words, expected, speaker):
    c = find(claims_of(text), words)
    assert c.text == expected
    assert c.speaker == speaker


@pytest.mark.parametrize(
    ("text", "words", "subject"),
    [
        (
            "Fuel prices will fall next month, the minister said, citing lower crude costs.",
            "crude costs",
            "The minister",
        ),
        (
            "The strike hit a depot, the army said, speaking on condition of anonymity.",
            "anonymity",
            None,
        ),
    ],
)
def test_the_speaker_s_own_act_stays_the_speaker_s(claims_of, text, words, subject):
    texts = [c.text for c in claims_of(text)]
    assert not any(t.startswith(("Fuel prices cite", "The strike spoke")) for t in texts), texts
    if subject:
        assert any(t.startswith(subject) and words in t for t in texts), texts
