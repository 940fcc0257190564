"""A party that says what it did and then goes on ("The agency said it had deployed 20
trucks. It ordered new tents."): the reported act ("deployed") reports nothing, so the
party is not in competition with a subject of something it reported, and the next "It"
is the party. A reporter with a reported subject of its own still leaves "it"."""

import pytest


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The agency said it had deployed 20 trucks. It ordered new tents.",
            "The agency ordered new tents",
        ),
        (
            "The fire service said it had deployed more than 500 firefighters. "
            "It ordered the evacuation of 12 villages.",
            "The fire service ordered the evacuation",
        ),
        (
            "The ministry said it had arrested 12 suspects. It banned all protests.",
            "The ministry banned all protests",
        ),
    ],
)
def test_it_goes_on_with_the_party_that_reported_its_own_act(claims_of, find, text, expected):
    assert find(claims_of(text), expected)


def test_it_leaves_it_when_the_reporter_and_what_it_reported_compete(claims_of, find):
    claims = claims_of(
        "A fire has destroyed 40 warehouses, the fire brigade said. "
        "Officials warn that it could spread."
    )
    assert find(claims, "could spread").text == "It could spread."
