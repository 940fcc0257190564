"""A verb in -s read as a plural noun ("The new law bans flavored vapes": "bans" a noun,
"flavored" the verb, "law" given as a subject of the noun): "bans" is the verb, so an
"It" after the sentence is the law, not the state the object was in."""

import pytest


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The new law bans flavored vapes in the state. It also raises the tax on cigarettes.",
            "The new law also raises the tax on cigarettes.",
        ),
        (
            "The new law bans flavored vapes in stores. It also raises the tax.",
            "The new law also raises the tax.",
        ),
    ],
)
def test_it_reads_the_verb_the_tagger_took_for_a_noun(claims_of, text, expected):
    claims = claims_of(text)
    assert expected in [c.text for c in claims]


def test_it_keeps_a_real_noun_phrase_before_a_verb(claims_of):
    texts = [c.text for c in claims_of("U.S. forces destroyed one drone and damaged another.")]
    assert texts[0].startswith("U.S. forces destroyed one drone")
