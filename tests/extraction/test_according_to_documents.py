"""'according to' a document of someone's makes the document the source; unnamed reports,
the media and sources only pass a claim on (a reporting hedge)."""

import pytest


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The senator has put $12 million of his own money into the race, according to "
            "campaign finance reports.",
            "campaign finance reports",
        ),
        ("Four officers fired their weapons, according to police reports.", "police reports"),
        (
            "The dam holds 30 percent less water than in 2010, according to the report.",
            "the report",
        ),
        ("Ten people died in the fire, according to a UN report.", "a UN report"),
    ],
)
def test_it_makes_a_named_document_the_source(claims_of, text, speaker):
    (claim,) = claims_of(text)
    assert claim.speaker == speaker and not claim.hedged, (claim.speaker, claim.via)


@pytest.mark.parametrize(
    ("text", "via"),
    [
        ("Ten people died in the fire, according to reports.", "reports"),
        ("Ten people died in the fire, according to local media reports.", "local media reports"),
        ("The minister will resign, according to unconfirmed reports.", "unconfirmed reports"),
        ("The minister will resign, according to the media.", "the media"),
        ("The minister will resign, according to diplomatic sources.", "diplomatic sources"),
    ],
)
def test_it_passes_on_what_unnamed_reports_say(claims_of, text, via):
    (claim,) = claims_of(text)
    assert claim.speaker is None and claim.via == via and claim.hedged, (claim.speaker, claim.via)
