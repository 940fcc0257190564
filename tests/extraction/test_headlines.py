"""Title-case headlines that the tagger reads as one long name."""


def test_it_keeps_a_title_case_headline_with_a_known_verb(claims_of):
    claims = claims_of("Court Blocks New Voting Map in Texas\n\nThe court ruled on Monday.")
    heads = [c for c in claims if c.headline]
    assert len(heads) == 1 and heads[0].text.startswith("Court Blocks New Voting Map")


def test_it_does_not_take_a_label_headline_for_a_claim(claims_of):
    for title in (
        "Remembering the Victims of Border Attacks",
        "Attribution of Malicious Cyber Activity Against Utilities",
    ):
        claims = claims_of(title + "\n\nThe attacks began in January.")
        assert not any(c.headline for c in claims), title
