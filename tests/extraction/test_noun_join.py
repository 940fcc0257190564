"""A "this"/"that" and a noun of an act or event that names the clause just before by
another word (issue #13, demonstratives.noun_join): "The court jailed the opposition
leader in March. This ruling angered ..." -> "The court jailed the opposition leader in
March, a ruling that angered ...". The clause is joined as English joins it: an
appositive after it for the subject opening the claim, else "and" and "the" noun. The
demonstrative stays whenever the noun could name a thing, or the sentence before is
someone else's account, or not one claim of the same paragraph. All sentences are
written for these tests."""

import pytest

from claims.extraction.lexicon import JOIN_NOT_ACTS, JOIN_NOUNS

# --- fires --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        (
            "The court jailed the opposition leader for five years in March. "
            "This ruling angered his supporters.",
            "angered",
            "The court jailed the opposition leader for five years in March, a ruling that "
            "angered his supporters.",
        ),
        (
            "Farmers and herders signed a grazing pact in Kaduna last year. "
            "That accord ended months of violence in the region.",
            "months of violence",
            "Farmers and herders signed a grazing pact in Kaduna last year, an accord that "
            "ended months of violence in the region.",
        ),
        (
            "The regulator fined the bank $2 million for lax controls. "
            "This penalty was the largest in its history.",
            "the largest",
            "The regulator fined the bank $2 million for lax controls, a penalty that was "
            "the largest in its history.",
        ),
    ],
)
def test_subject_names_the_clause_before_as_an_appositive(claims_of, text, words, expected, one):
    c = one(claims_of(text), words)
    assert c.text == expected
    assert c.speaker is None


def test_a_noun_elsewhere_in_the_claim_takes_the_clause_joined_by_and(claims_of, one):
    text = (
        "The government shut down the internet across the country on election day. "
        "Businesses lost millions of dollars during this shutdown."
    )
    c = one(claims_of(text), "millions of dollars")
    assert c.text == (
        "The government shut down the internet across the country on election day, and "
        "businesses lost millions of dollars during the shutdown."
    )


def test_the_sentence_before_stays_a_claim_of_its_own(claims_of):
    text = (
        "The court jailed the opposition leader for five years in March. "
        "This ruling angered his supporters."
    )
    texts = [c.text for c in claims_of(text)]
    assert "The court jailed the opposition leader for five years in March." in texts


# --- abstains -------------------------------------------------------------------------------


def test_a_noun_that_may_name_a_thing_stays(claims_of, one):
    # "aircraft" names a thing (the helicopter), not the buying
    text = "The ministry bought a helicopter from Russia in May. This aircraft crashed in July."
    c = one(claims_of(text), "crashed")
    assert c.text == "This aircraft crashed in July."


def test_after_someone_elses_account_the_noun_joins_it_with_its_speaker(claims_of, one):
    # the police's account, then the article's "this crackdown": the account or the event?
    # Joined with who gave it, the claim keeps both (test_voiced_join.py)
    text = (
        "Police said soldiers beat demonstrators in the main square. "
        "This crackdown left dozens of people injured."
    )
    c = one(claims_of(text), "dozens of people")
    assert c.text.startswith(
        "Police said soldiers beat demonstrators in the main square, a crackdown"
    )


def test_a_speaker_s_noun_after_the_article_s_clause_stays(claims_of, one):
    text = (
        "Workers at the Kibali mine stopped work on Monday. "
        "The company said this strike cost it $4 million a day."
    )
    c = one(claims_of(text), "$4 million")
    assert "Kibali" not in c.text
    assert "strike" in c.text


def test_a_quoted_noun_stays(claims_of, one):
    text = (
        "The army seized control of the state broadcaster on Tuesday. "
        '"This coup will not stand," the president said.'
    )
    c = one(claims_of(text), "will not stand")
    assert "broadcaster" not in c.text


def test_opening_a_paragraph_of_its_own_after_several_sentences_stays(claims_of, one):
    text = (
        "Teachers walked off the job in 40 schools on Monday. Parents kept children at home."
        "\n\nThis strike closed most schools in the province."
    )
    c = one(claims_of(text), "most schools")
    assert c.text.startswith("This strike")


def test_a_plural_stays(claims_of, one):
    # "these measures": which acts of the clause? (another rule may name the ministry's)
    text = (
        "The ministry raised fuel prices by 20 percent. "
        "These measures sparked protests across the country."
    )
    c = one(claims_of(text), "sparked protests")
    assert "raised fuel prices" not in c.text


def test_a_state_before_is_no_act_a_noun_could_name(claims_of, one):
    text = (
        "Five companies own the ports on the country's coast. "
        "This arrangement has kept shipping fees high for years."
    )
    c = one(claims_of(text), "shipping fees")
    assert c.text.startswith("This arrangement")


def test_a_frame_noun_is_not_an_act():
    # "in this regard", "to that end": no act; the act nouns take "a"
    assert not JOIN_NOT_ACTS & JOIN_NOUNS
    assert {"regard", "end", "way", "case"} <= JOIN_NOT_ACTS
