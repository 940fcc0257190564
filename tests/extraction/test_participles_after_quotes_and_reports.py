"""Participles at the end of someone's words. A participle after a quoted verdict whose
comma sits inside the quotation marks ('called it "reckless," adding that ...') is split
off as it is after a plain comma; a participle of citing after a reported clause ("said
crime had fallen, citing police figures") is what the speaker did, not the reported
subject ("Crime cited police figures")."""

import pytest

from claims.extraction.morphology import past_tense


@pytest.mark.parametrize(
    "text, verdict, said, speaker",
    [
        (
            'The mayor called it "reckless," adding that the city would appeal.',
            "The mayor called it reckless.",
            "The city would appeal.",
            "The mayor",
        ),
        (
            'The group described the strikes as "a massacre," saying 40 civilians had been killed.',
            "The group described the strikes as a massacre.",
            "40 civilians had been killed.",
            "The group",
        ),
    ],
)
def test_it_splits_a_participle_after_a_comma_inside_quotes(
    claims_of, text, verdict, said, speaker
):
    claims = {c.text: c for c in claims_of(text)}
    assert verdict in claims and said in claims, list(claims)
    assert claims[said].speaker == speaker


@pytest.mark.parametrize(
    "text, content, basis",
    [
        (
            "The mayor said crime had fallen, citing police figures.",
            "Crime had fallen.",
            "The mayor cited police figures.",
        ),
        (
            "The minister said the economy was recovering, pointing to lower unemployment.",
            "The economy was recovering.",
            "The minister pointed to lower unemployment.",
        ),
        (
            "Officials said the bridge was safe, referring to a 2022 inspection.",
            "The bridge was safe.",
            "Officials referred to a 2022 inspection.",
        ),
    ],
)
def test_it_gives_a_participle_of_citing_to_the_speaker(claims_of, text, content, basis):
    texts = [c.text for c in claims_of(text)]
    assert content in texts and basis in texts, texts


@pytest.mark.parametrize(
    "lemma, past",
    [
        ("refer", "referred"),
        ("admit", "admitted"),
        ("control", "controlled"),
        ("open", "opened"),
        ("edit", "edited"),
        ("visit", "visited"),
        ("grab", "grabbed"),
        ("strip", "stripped"),
        ("stop", "stopped"),
        ("offer", "offered"),
        ("target", "targeted"),
    ],
)
def test_it_writes_the_past_tense_of_regular_verbs(lemma, past):
    assert past_tense(lemma) == past
