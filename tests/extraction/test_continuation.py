"""Reporting continuation (rules-1.6): a sentence in the article's voice that goes
on with someone's reported account keeps its speaker; background, a new
paragraph, a new speaker or a new topic ends the account.  Sentences written
for these tests."""

import pytest

SITE = (
    "The SITE Intelligence Group said the militants stormed a hotel in the capital. "
    "The militants killed 14 guests. They also took hostages."
)


def test_a_sentence_on_the_reported_topic_keeps_the_eyewitness(claims_of, find):
    text = (
        "Jean Kouassi said the attacker wore military clothing. The attacker fled on a motorbike."
    )
    c = find(claims_of(text), "motorbike")
    assert c.speaker == "Jean Kouassi"
    assert c.kind == "claim"


def test_the_source_stays_on_every_claim_it_reports_in_the_paragraph(claims_of, find):
    claims = claims_of(SITE)
    assert find(claims, "14 guests").speaker == "The SITE Intelligence Group"
    c = find(claims, "hostages")
    assert c.speaker == "The SITE Intelligence Group"
    # the pronoun is the topic, not the source
    assert c.text == "The militants also took hostages."


def test_an_according_to_source_goes_on_with_the_account(claims_of, find):
    text = (
        "According to the SITE Intelligence Group, the militants stormed a hotel. "
        "The militants killed 14 guests."
    )
    claims = claims_of(text)
    first = find(claims, "stormed")
    assert first.speaker is not None
    assert find(claims, "14 guests").speaker == first.speaker


def test_a_new_paragraph_ends_the_account(claims_of, find):
    text = "Jean Kouassi said the attacker wore military clothing.\n\nThe attacker fled on a motorbike."
    assert find(claims_of(text), "motorbike").speaker is None


def test_a_new_named_speaker_takes_over(claims_of, find):
    text = (
        "The SITE Intelligence Group said the militants stormed a hotel. "
        "A police spokesman said the militants fled. The militants left two cars behind."
    )
    claims = claims_of(text)
    assert find(claims, "fled").speaker == "A police spokesman"
    assert find(claims, "two cars").speaker == "A police spokesman"


@pytest.mark.parametrize(
    "background,word",
    [
        ("The militants attacked a church in the same town last year.", "church"),
        ("The militants had previously attacked a church in the town.", "church"),
        ("The militants are a splinter group of a larger movement.", "splinter"),
        ("The militants reportedly crossed the border from the north.", "border"),
    ],
)
def test_background_in_the_articles_voice_does_not_inherit(claims_of, find, background, word):
    text = "The SITE Intelligence Group said the militants stormed a hotel. " + background
    assert find(claims_of(text), word).speaker is None


def test_a_different_subject_does_not_inherit(claims_of, find):
    text = "Jean Kouassi said the attacker wore military clothing. The hotel reopened after the repairs."
    assert find(claims_of(text), "reopened").speaker is None


def test_the_speaker_as_subject_is_narration_not_the_account(claims_of, find):
    text = "Jean Kouassi said the attacker wore military clothing. He then called the police."
    assert find(claims_of(text), "police").speaker is None


def test_an_account_of_what_the_speaker_saw_is_extended(claims_of, find):
    # "he saw a gunman": the gunman's clothes can only be the witness's account
    # (rules-1.7; until rules-1.6 this stayed in the article's voice)
    text = "Jean Kouassi says he saw a gunman arrive. The gunman wore a mask."
    assert find(claims_of(text), "mask").speaker == "Jean Kouassi"


def test_the_speakers_own_act_does_not_start_an_account(claims_of, find):
    text = "The president called the attackers cowards. The attackers fled across the border."
    assert find(claims_of(text), "border").speaker is None


# --- an eyewitness's account of the person seen (rules-1.7) ------------------------------


def test_what_a_witness_saw_goes_on_under_the_witness(claims_of, find):
    text = "Maria Lopez said she saw a gunman enter the bank. The attacker wore a black mask."
    c = find(claims_of(text), "black mask")
    assert c.speaker == "Maria Lopez"


@pytest.mark.parametrize(
    "text",
    [
        # another person, not the one seen
        "Maria Lopez said she saw a gunman enter the bank. The guard wore a black mask.",
        # she saw no one: her own act
        "Maria Lopez said she called the police. The attacker wore a black mask.",
        # "an attacker": not the one seen
        "Maria Lopez said she saw a gunman enter the bank. An attacker wore a black mask.",
    ],
)
def test_other_people_are_not_the_account_of_the_one_seen(claims_of, find, text):
    assert find(claims_of(text), "black mask").speaker is None
