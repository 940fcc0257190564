"""A verb the tagger takes for a particle or a preposition ("back") but the parser gives
a subject and an object is a verb: the clause is a claim, not lost. Sentences written
for these tests."""

import pytest


@pytest.mark.parametrize(
    ("text", "expected", "speaker"),
    [
        (
            "The city will vote in May. The mayor said 58 percent of voters back the measure.",
            "58 percent of voters back the measure.",
            "The mayor",
        ),
        (
            "The city will vote in May. 58 percent of voters back the measure, "
            "according to the poll.",
            "58 percent of voters back the measure.",
            "the poll",
        ),
    ],
)
def test_a_verb_read_as_a_particle_still_makes_its_claim(claims_of, find, text, expected, speaker):
    c = find(claims_of(text), "back the measure")
    assert c.text == expected
    assert c.speaker == speaker


def test_the_particle_itself_is_left_as_it_is(claims_of, find):
    text = "The city will vote in May. The mayor wants the money back before the vote."
    assert find(claims_of(text), "money back").text == (
        "The mayor wants the money back before the vote."
    )
