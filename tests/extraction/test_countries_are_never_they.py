"""A country named in the plural form ("The United States", "the Philippines") is one
party: an "it", never the owner a "their" stands for."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "The United States calls on both parties to allow humanitarian access. Their "
        "continued obstruction of aid deliveries is unacceptable.",
        "The United States urged the two generals to stop fighting. Their forces have "
        "killed thousands of civilians in Darfur.",
        "The Netherlands asked the rebels to free the hostages. Their demands remain unclear.",
    ],
)
def test_it_never_gives_a_their_to_a_country(claims_of, text):
    claims = claims_of(text)
    assert not any("States’" in c.text or "Netherlands’" in c.text for c in claims), [
        c.text for c in claims
    ]


def test_it_still_gives_an_it_to_such_a_country(claims_of, find):
    text = "The Philippines has protested the incident. It summoned the ambassador on Monday."
    assert find(claims_of(text), "summoned").text.startswith("The Philippines summoned")


def test_it_still_gives_a_they_to_an_organisation(claims_of, find):
    text = "The ministry denied the report. They said the strike hit an empty building."
    assert find(claims_of(text), "empty building").speaker == "The ministry"
