"""A negated confirmation cue ("could not confirm") is not a confirmation."""


def test_a_negated_confirmation_is_a_denial_not_a_confirmation(claims_of, find):
    claims = claims_of(
        "Port officials could not confirm that the tanker had sunk. "
        "The coast guard confirmed that the tanker had sunk. "
        "The harbour master has not confirmed reports that a crane fell."
    )
    assert find(claims, "tanker had sunk").kind == "denial"
    assert [c.kind for c in claims if "tanker had sunk" in c.text] == ["denial", "confirmation"]
    assert find(claims, "crane fell").kind == "denial"
