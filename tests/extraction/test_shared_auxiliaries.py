"""A coordinated verb split into its own claim keeps the auxiliaries it shares with the
verb before it ("were held ... and then put on a flight" -> "were put on a flight"),
so the claim keeps its voice, tense and modality (issue #13).  Sentences written for
these tests."""


def _texts(claims):
    return [c.text for c in claims]


def test_a_shared_passive_auxiliary(claims_of, find):
    text = "The journalists were held for two days and then put on a flight to London."
    assert find(claims_of(text), "flight").text == "The journalists were put on a flight to London."


def test_a_shared_modal_and_perfect(claims_of, find):
    text = "The teams will assess the needs of survivors and help coordinate the relief effort."
    assert find(claims_of(text), "coordinate").text == (
        "The teams will help coordinate the relief effort."
    )
    text = "The militia has attacked villages, burned homes and killed dozens of civilians."
    assert find(claims_of(text), "burned").text == "The militia has burned homes."


def test_no_auxiliary_across_a_negation_or_to_a_plain_past(claims_of, find):
    text = "The army did not stop at the border and turned north."
    assert not any("did not turn" in t for t in _texts(claims_of(text)))
    text = "The government raised fuel prices last week and cut subsidies."
    assert "The government cut subsidies." in _texts(claims_of(text))
