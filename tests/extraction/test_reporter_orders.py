"""After a report, a pronoun that speaks or orders in turn is the reporter when what
the report told of cannot speak; an "it" told or made to do something is the one
singular party named around it. Sentences written for these tests."""

import pytest


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mine safety inspectors had warned the company in March that heavy rains had "
            "weakened the walls of the pit. They ordered it to install drainage pumps.",
            "Mine safety inspectors ordered the company to install drainage pumps.",
        ),
        (
            "The ministry said the bridge had been damaged by the floods. It ordered the "
            "road closed until repairs are finished.",
            "The ministry ordered the road closed until repairs are finished.",
        ),
        (
            "Auditors told the agency last year that the old computers were a risk. They "
            "urged it to replace the servers.",
            "Auditors urged the agency to replace the servers.",
        ),
        (
            "Auditors told the agency last year that its old computers were a risk. They "
            "urged it to replace the servers.",
            "Auditors urged it to replace the servers.",  # "its" before: which one?
        ),
    ],
)
def test_the_reporter_orders(claims_of, text, expected):
    texts = [c.text for c in claims_of(text)]
    assert expected in texts, texts


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # the soldiers could call on the government too
        (
            "Residents said the soldiers had burned their crops. They called on the "
            "government to investigate.",
            "They called on the government to investigate.",
        ),
        # rules require, as people do
        (
            "Inspectors said new safety rules had taken effect. They require mines to "
            "install pumps.",
            "They require mines to install pumps.",
        ),
        # two parties: the court or the newspaper?
        (
            "The court heard the case of the newspaper in June. Judges told it to pay the fine.",
            "told it to pay the fine",
        ),
    ],
)
def test_unsure_pronouns_stay(claims_of, text, kept):
    texts = [c.text for c in claims_of(text)]
    assert any(kept in t for t in texts), texts
