"""What a relative clause is about, written out in its own claim. A pair keeps the word
that joins it ("Floods and landslides destroyed 300 homes", not "Floods landslides");
a pair is plural, so a singular verb looks past it ("the ceasefire agreement reached
today between Armenia and Azerbaijan, which takes effect at midnight": the agreement),
past a participle to the noun it describes. A common noun capitalised only as its
sentence's first word is written small inside another claim ("In rare cases, dengue can
be fatal")."""

import pytest


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Officials cited floods and landslides, which destroyed 300 homes.",
            "Floods and landslides destroyed 300 homes.",
        ),
        (
            "Officials cited floods, landslides and storms, which destroyed 300 homes.",
            "Floods, landslides and storms destroyed 300 homes.",
        ),
        (
            "I welcome the ceasefire agreement reached today between Armenia and Azerbaijan, "
            "which takes effect at midnight local time.",
            "The ceasefire agreement takes effect at midnight local time.",
        ),
        (
            "The deal signed last week by Kenya and Somalia, which ends a border dispute, "
            "was welcomed by the UN.",
            "The deal ends a border dispute.",
        ),
    ],
)
def test_it_writes_out_what_a_relative_clause_is_about(claims_of, text, expected):
    assert expected in [c.text for c in claims_of(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The WHO said dengue cases had doubled. Dengue causes high fever and severe "
            "pain. In rare cases, it can be fatal.",
            "In rare cases, dengue can be fatal.",
        ),
        (
            "Farmers blocked the highway. In the afternoon, they marched to the ministry.",
            "In the afternoon, farmers marched to the ministry.",
        ),
    ],
)
def test_it_writes_a_sentence_opening_common_noun_small_inside_a_claim(claims_of, text, expected):
    assert expected in [c.text for c in claims_of(text)]
