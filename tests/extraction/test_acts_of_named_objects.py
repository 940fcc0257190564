"""An act named after the fact by a noun ("This arrest", "This conviction") is told by
what it acted on, a name as well as a common noun ("the arrest of Jean-Luc
Moreau-Diallo", not "Police’s arrest"), and a possessive keeps its apostrophe ("the
attack on the Houthis' base")."""

import pytest


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Police arrested Jean-Luc Moreau-Diallo in Lyon. This arrest followed a two-year "
            "investigation.",
            "The arrest of Jean-Luc Moreau-Diallo followed a two-year investigation.",
        ),
        (
            "The court convicted Ana Ruiz on Friday. This conviction can be appealed.",
            "The conviction of Ana Ruiz can be appealed.",
        ),
        (
            "Rebels attacked the Houthis' base. This attack killed 3 guards.",
            "The attack on the Houthis' base killed 3 guards.",
        ),
    ],
)
def test_it_names_an_act_by_what_it_acted_on(claims_of, text, expected):
    assert expected in [c.text for c in claims_of(text)]
