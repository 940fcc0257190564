"""The day right after a verb of saying, before a clause with no "that", is when it was
said: "The army said Saturday it had recaptured the bridge" is the army's claim that it
had recaptured the bridge, not "Saturday the army had recaptured ..."."""

import pytest


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Sudan's army said Saturday it had recaptured a strategic bridge.",
            "Sudan's army had recaptured a strategic bridge.",
        ),
        (
            "The army said on Saturday it had recaptured the bridge.",
            "The army had recaptured the bridge.",
        ),
        (
            "The rebels said Thursday they had shot down a drone.",
            "The rebels had shot down a drone.",
        ),
    ],
)
def test_it_leaves_the_day_of_saying_out_of_what_was_said(claims_of, text, expected):
    assert [c.text for c in claims_of(text)] == [expected]


def test_it_keeps_a_date_inside_a_that_clause(claims_of, find):
    c = find(claims_of("Officials said that on Friday the fire had spread."), "fire had spread")
    assert c.text.startswith("On Friday")
