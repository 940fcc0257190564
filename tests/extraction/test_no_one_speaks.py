"""A subject that names no one ("No group", "Nobody", "None of the parties") is no
speaker: the article says itself that no one claimed or said it."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "No group has claimed responsibility for the ambush near Gao.",
        "No militia immediately claimed the rocket attack on the airport.",
        "Nobody has said the count in Maricopa County was rigged.",
        "None of the opposition parties has said it will boycott the vote.",
    ],
)
def test_it_gives_no_speaker_to_no_one(claims_of, text):
    claims = claims_of(text)
    assert len(claims) == 1 and claims[0].speaker is None, [(c.text, c.speaker) for c in claims]


def test_it_keeps_who_reports_that_no_one_claimed_it(claims_of):
    (claim,) = claims_of("No one has claimed responsibility for the bombing, police said.")
    assert claim.speaker == "police"


def test_it_keeps_a_named_claimant(claims_of):
    (claim,) = claims_of("Al-Shabab has claimed responsibility for the attack in Mogadishu.")
    assert claim.speaker == "Al-Shabab"
