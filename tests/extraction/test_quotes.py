"""Multi-sentence quotations carry their attribution to every sentence."""


def test_it_carries_a_final_attribution_back_over_a_multi_sentence_quote(claims_of, find):
    text = (
        '"The water supply has been restored. Schools will open on Monday," '
        "the city council said in a statement."
    )
    claims = claims_of(text)
    assert find(claims, "water supply").speaker == "the city council"
    assert find(claims, "schools").speaker == "the city council"


def test_it_carries_a_mid_quote_attribution_forward_with_curly_quotes(claims_of, find):
    text = (
        "“The harvest was poor,” farmer Anna Kowalski said on Tuesday. "
        "“Prices for wheat doubled. We sold half of our cattle.”"
    )
    claims = claims_of(text)
    assert find(claims, "harvest").speaker == "farmer Anna Kowalski"
    assert find(claims, "prices for wheat").speaker == "farmer Anna Kowalski"
    assert find(claims, "cattle").speaker == "farmer Anna Kowalski"


def test_it_gives_an_unattributed_quote_paragraph_the_previous_speaker(claims_of, find):
    text = (
        "Economist Maria Santos said inflation would fall next year.\n\n"
        "“Food prices have already stabilised in most regions.”"
    )
    c = find(claims_of(text), "food prices")
    assert c.speaker == "Economist Maria Santos"


def test_it_does_not_attribute_scare_quotes_in_the_article_voice(claims_of, find):
    c = find(claims_of('Police raided several "safe houses" in the capital.'), "safe houses")
    assert c.speaker is None


def test_it_rewrites_a_first_person_subject_in_a_quote_to_the_organisation(claims_of, find):
    c = find(
        claims_of("“We are continuing to assess the damage,” the agency said in a statement."),
        "assess",
    )
    assert c.text.startswith("The agency is continuing to assess")


def test_it_rewrites_i_to_a_person_speaker_and_fixes_the_verb(claims_of, find):
    c = find(claims_of("“I am confident the bridge is safe,” Mayor Jane Holt said."), "confident")
    assert c.text.startswith("Jane Holt is confident")


def test_it_does_not_rewrite_we_for_a_person_or_an_unknown_group(claims_of, find):
    assert find(claims_of("“We will win,” the coach said."), "win").text.startswith("We will win")
    assert find(
        claims_of("“We have seen real progress,” Mayor Jane Holt said."), "progress"
    ).text.startswith("We have seen")


def test_it_does_not_rewrite_we_outside_quotes(claims_of, find):
    c = find(
        claims_of(
            "The ministry issued new rules on Monday. We have also enhanced our support for farmers."
        ),
        "enhanced",
    )
    assert c.text.startswith("We have also enhanced")
