"""Two wrong "they"s. A "they" in a clause set inside a sentence whose subject is a
plural part of a set ("Nine of them ... , where they are being treated") is that part,
not the whole set; in the next sentence it stays the whole set. The subject "they"/"it"
of the second of two joined "that" clauses goes on with the first one's subject, not
with the one who reports both. Sentences written for these tests."""

import pytest


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The company said 23 workers were in the pit when the wall gave way. Nine of them "
            "were pulled out alive and taken to a hospital in Chingola, where they are being "
            "treated for broken bones.",
            "Nine of the 23 workers are being treated for broken bones.",
        ),
        (
            "Police detained 40 students at the rally. Several of them were later moved to a "
            "prison in the north, where they are held without charge.",
            "Several of the students are held without charge.",
        ),
    ],
)
def test_a_they_inside_the_part_s_sentence_is_the_part(claims_of, text, expected):
    texts = [c.text for c in claims_of(text)]
    assert expected in texts, texts


def test_a_they_in_the_next_sentence_stays_the_whole_set(claims_of):
    text = (
        "Rescue teams pulled 12 people from the rubble. Many of them were children. "
        "They were taken to a hospital in the capital."
    )
    texts = [c.text for c in claims_of(text)]
    assert "The people were taken to a hospital in the capital." in texts, texts


@pytest.mark.parametrize(
    ("text", "expected", "speaker"),
    [
        (
            "Survivors told investigators that the attackers had singled out members of the "
            "Masal community and that they had used ethnic slurs during the killings.",
            "The attackers had used ethnic slurs during the killings.",
            "Survivors",
        ),
        (
            "Officials said the rebels had entered the town at night and that they had "
            "burned the market.",
            "The rebels had burned the market.",
            "Officials",
        ),
        (
            "The ministry said the plant had been inspected in March and that it had passed "
            "every test.",
            "The plant had passed every test.",
            "The ministry",
        ),
    ],
)
def test_joined_that_clauses_keep_their_subject(claims_of, text, expected, speaker):
    c = next((c for c in claims_of(text) if c.text == expected), None)
    assert c is not None, [c.text for c in claims_of(text)]
    assert c.speaker == speaker


def test_the_reporter_goes_on_when_it_was_the_first_subject(claims_of):
    text = "The ministry said it had inspected the plant in March and that it would publish the results."
    texts = [c.text for c in claims_of(text)]
    assert "The ministry would publish the results." in texts, texts
