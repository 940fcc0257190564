"""A possessive pronoun replaced by a bare common noun ("Police raided ... Their
operation", "Residents fled ... their homes") reads as a definite owner: "the police’s
operation", "the residents’ homes" — not "Police’s operation" (a capital and a
generic plural that is nobody in particular) (issue #13). Sentences written for these
tests."""

import pytest


def _texts(claims):
    return [c.text for c in claims]


@pytest.mark.parametrize(
    "text, claim",
    [
        (
            "Police raided the offices of the newspaper on Monday. Their operation was lawful, "
            "the interior minister said.",
            "The police’s operation was lawful.",
        ),
        (
            "Residents fled the town after the attack. Fire destroyed their homes, officials said.",
            "Fire destroyed the residents’ homes.",
        ),
        (
            "Farmers blocked the main road to the dam on Tuesday. Their fields were flooded "
            "when the reservoir was filled last year.",
            "The farmers’ fields were flooded when the reservoir was filled last year.",
        ),
    ],
)
def test_a_bare_plural_owner_takes_the_article_and_loses_the_capital(claims_of, text, claim):
    texts = _texts(claims_of(text))
    assert claim in texts, texts
    assert not any("Police’s" in t or "Residents’" in t or "Farmers’ fields" in t for t in texts)


def test_a_bare_plural_subject_is_left_as_it_reads(claims_of):
    text = (
        "Farmers blocked the main road to the dam on Tuesday. The governor said they would "
        "be compensated."
    )
    assert "Farmers would be compensated." in _texts(claims_of(text))


def test_a_name_or_a_determined_owner_keeps_its_own_form(claims_of):
    text = (
        "The Red Cross opened two clinics in the city on Monday. Its doctors treated "
        "more than 300 people."
    )
    doctors = next(t for t in _texts(claims_of(text)) if "doctors" in t)
    assert doctors.startswith("The Red Cross")
    text = "The farmers blocked the road on Tuesday. Their fields were flooded last year."
    assert not any("the the" in t.lower() for t in _texts(claims_of(text)))
