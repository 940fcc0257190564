""" "The government", "the ministry" after a province or state the text names ("Nampula
and Cabo Delgado provinces", "Kano state") is the country's, not the province's: the
description is not joined to the place's party (issue #13). Texts written for these
tests."""

import pytest


def _party_of(claims):
    claim = next(c for c in claims if c.speaker and "the" in c.speaker.lower())
    return next(s for s in claims.speakers if s.id == claim.speaker_id)


@pytest.mark.parametrize(
    "text, place",
    [
        (
            "Aid agencies opened 23 shelters in Nampula and Cabo Delgado provinces on Monday.\n\n"
            "The government said the shelters were already full.",
            "Cabo Delgado",
        ),
        (
            "Floods displaced 30,000 people in Kano state this week.\n\n"
            "The ministry said more rain was expected on Friday.",
            "Kano",
        ),
        (
            "Rebels attacked two towns in the Tillaberi region on Sunday.\n\n"
            "The government said 14 soldiers had been killed.",
            "Tillaberi",
        ),
    ],
)
def test_a_national_description_is_not_a_provinces_party(claims_of, text, place):
    party = _party_of(claims_of(text))
    assert place not in party.name


def test_a_country_can_still_be_the_governments_party(claims_of):
    text = (
        "Floods displaced 30,000 people in Mozambique this week.\n\n"
        "The government said more rain was expected on Friday."
    )
    claims = claims_of(text)
    claim = next(c for c in claims if "rain" in c.text)
    party = next(s for s in claims.speakers if s.id == claim.speaker_id)
    assert party.name == "Mozambique"
