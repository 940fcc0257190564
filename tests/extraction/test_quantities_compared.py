"""Magnitudes and ordinals are quantities the matcher can compare: two accounts of one
event that differ only in such a number contradict each other, as
benchmarks/suggestion_quality.py types a pair (real extractor, real embedder,
``relations.suggested``).  Sentences written for these tests."""

import pytest

from claims.matching import embed
from claims.matching.relations import CONFIRMS, CONTRADICTS, ClaimFacts, suggested


def units(c):
    return {q["unit"]: q["value"] for q in c.quantities}


@pytest.mark.parametrize(
    "text",
    [
        "A magnitude 6.4 earthquake struck the coast of Chiloe on Sunday.",
        "The earthquake that struck Chiloe on Sunday had a magnitude of 6.4.",
        "A 6.4-magnitude quake shook Chiloe on Sunday.",
        "A magnitude-6.4 quake shook Chiloe on Sunday.",
        "Sunday's quake in Chiloe measured 6.4.",
        "The tremor registered 6.4 on the Richter scale.",
    ],
)
def test_a_magnitude_is_read_with_its_scale(claims_of, text):
    (c,) = claims_of(text)
    assert units(c).get("magnitude") == 6.4


@pytest.mark.parametrize(
    "text, unit, value",
    [
        ("It was the third attack on the base this week.", "attack (ordinal)", 3),
        ("The company's profit fell in the second quarter.", "quarter (ordinal)", 2),
        ("The militia claimed its fourth drone strike on the port.", "strike (ordinal)", 4),
    ],
)
def test_an_ordinal_of_a_noun_is_a_quantity(claims_of, text, unit, value):
    (c,) = claims_of(text)
    assert units(c).get(unit) == value


def test_no_ordinal_where_nothing_is_counted_and_no_scale_for_other_measures(claims_of):
    (c,) = claims_of("Police first reported the fire on March 3rd.")
    assert c.quantities == []
    (c,) = claims_of("The survey team measured 12 meters of snow near the summit.")
    assert units(c) == {"meter": 12}


def test_an_ordinal_does_not_make_a_statistic(claims_of):
    (c,) = claims_of("It was the third attack on the base this week.")
    assert c.kind == "fact"


def _facts(claims_of, text, order):
    (c,) = claims_of(text)
    return ClaimFacts(c.text, c.kind, c.cue or "", tuple(c.quantities), (order,))


def _typed(claims_of, a_text, b_text):
    a, b = _facts(claims_of, a_text, 0), _facts(claims_of, b_text, 1)
    va, vb = embed([a.text, b.text])
    return suggested(a, b, similarity=float(va @ vb), same_party=False, same_article=False)


@pytest.mark.parametrize(
    "a, b",
    [
        (
            "The seismology institute said a magnitude 6.9 earthquake hit Chiloe on Sunday.",
            "The navy said the earthquake that hit Chiloe on Sunday had a magnitude of 6.2.",
        ),
        (
            "Seismologists said a 5.8-magnitude quake shook Tromso on Friday.",
            "The Norwegian agency said Friday's quake in Tromso measured 5.1.",
        ),
    ],
)
def test_two_accounts_differing_only_in_magnitude_contradict(claims_of, a, b):
    t = _typed(claims_of, a, b)
    assert t is not None and t.relation == CONTRADICTS
    assert "magnitude" in t.reasons[0]


def test_the_same_magnitude_written_two_ways_confirms(claims_of):
    t = _typed(
        claims_of,
        "The seismology institute said a magnitude 6.9 earthquake hit Chiloe on Sunday.",
        "The navy said the earthquake that hit Chiloe on Sunday had a magnitude of 6.9.",
    )
    assert t is not None and t.relation == CONFIRMS


def test_two_accounts_differing_only_in_an_ordinal_contradict(claims_of):
    t = _typed(
        claims_of,
        "The governor said it was the third arson attack on the clinic this year.",
        "The police chief said it was the fourth arson attack on the clinic this year.",
    )
    assert t is not None and t.relation == CONTRADICTS


def test_an_ordinal_is_not_compared_with_a_count(claims_of):
    a = _facts(claims_of, "It was the third attack on the clinic this year.", 0)
    b = _facts(claims_of, "There were two attacks on the clinic this year.", 1)
    t = suggested(a, b, similarity=0.9, same_party=False, same_article=False)
    assert t is None or "numbers disagree" not in " ".join(t.reasons)
