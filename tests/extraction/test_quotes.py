"""Multi-sentence quotations carry their attribution to every sentence."""


def test_it_carries_a_final_attribution_back_over_a_multi_sentence_quote(claims_of, find):
    text = ('"The water supply has been restored. Schools will open on Monday," '
            "the city council said in a statement.")
    claims = claims_of(text)
    assert find(claims, "water supply").speaker == "the city council"
    assert find(claims, "schools").speaker == "the city council"


def test_it_carries_a_mid_quote_attribution_forward_with_curly_quotes(claims_of, find):
    text = ("“The harvest was poor,” farmer Anna Kowalski said on Tuesday. "
            "“Prices for wheat doubled. We sold half of our cattle.”")
    claims = claims_of(text)
    assert find(claims, "harvest").speaker == "farmer Anna Kowalski"
    assert find(claims, "prices for wheat").speaker == "farmer Anna Kowalski"
    assert find(claims, "cattle").speaker == "farmer Anna Kowalski"


def test_it_gives_an_unattributed_quote_paragraph_the_previous_speaker(claims_of, find):
    text = ("Economist Maria Santos said inflation would fall next year.\n\n"
            "“Food prices have already stabilised in most regions.”")
    c = find(claims_of(text), "food prices")
    assert c.speaker == "Economist Maria Santos"


def test_it_does_not_attribute_scare_quotes_in_the_article_voice(claims_of, find):
    c = find(claims_of('Police raided several "safe houses" in the capital.'), "safe houses")
    assert c.speaker is None
