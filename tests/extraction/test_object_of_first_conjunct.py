"""An "it"/"them" (object or owner) in the second of two verbs joined by "and" with
one subject stands for what the first verb acted on, when that is the only mention of
its class in the sentence before the pronoun. An owner's subject is a rival, an object
pronoun's never is (it would be "themselves"). Sentences written for these tests."""

import pytest


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The militia seized the convoy near the border. Its fighters looted the trucks "
            "and burned them.",
            "burned the trucks",
        ),
        (
            "The ministry bought new radars last year and installed them along the coast.",
            "The ministry installed the new radars along the coast.",
        ),
        (
            "Troops surrounded the village at night and shelled it for two days.",
            "Troops shelled the village for two days.",
        ),
        (
            "The group has also abducted children and forced them to serve as fighters.",
            "The group has forced the children to serve as fighters.",
        ),
        (
            "The court opened an inquiry into the fire. We welcome this inquiry and urge "
            "the judges to conduct it openly.",
            "We urge the judges to conduct the inquiry openly.",
        ),
        (
            "Musa planned the raid and recruited the three gunmen who carried it out.",
            "Musa recruited the three gunmen who carried the raid out.",
        ),
    ],
)
def test_the_second_verb_acts_on_what_the_first_did(claims_of, text, expected):
    texts = [c.text for c in claims_of(text)]
    assert any(expected in t for t in texts), texts


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # an owner: the subject is a rival (the rebels' drivers, or the trucks'?)
        ("The rebels seized the trucks and killed their drivers.", "killed their drivers"),
        ("Soldiers detained three journalists and confiscated their cameras.", "their cameras"),
        # two sets before it: which one?
        (
            "Police seized the phones of the students and examined them overnight.",
            "examined them",
        ),
        # a subject of its own: two clauses
        ("The army shelled the town, and rebels later abandoned it.", "abandoned it"),
    ],
)
def test_no_sure_object_leaves_the_pronoun(claims_of, text, kept):
    texts = [c.text for c in claims_of(text)]
    assert any(kept in t for t in texts), texts
