"""An "it" that opens a sentence and the nouns around it: a source cited after it
("according to the ministry") is not what it stands for; an object the main verb makes
someone act on ("forced trucks to take a mountain road") competes with the subject before
it; a document a party spoke in ("warned in a report") is no rival to that party.
Sentences written for these tests."""

import pytest


@pytest.mark.parametrize(
    ("text", "words", "expected", "speaker"),
    [
        (
            "The bridge was built in 1974 and carries about 6,000 vehicles a day. It was "
            "last inspected in 2021, according to the transport ministry.",
            "inspected",
            "The bridge was last inspected in 2021.",
            "the transport ministry",
        ),
        (
            "The dam was finished in 1990. It supplies water to two million people, "
            "according to the water authority.",
            "supplies water",
            "The dam supplies water to two million people.",
            "the water authority",
        ),
        (
            "The new terminal opened in March. It handles 40 flights a day, according to "
            "the airport authority.",
            "40 flights",
            "The new terminal handles 40 flights a day.",
            "the airport authority",
        ),
    ],
)
def test_an_it_before_according_to_is_not_the_source(
    claims_of, find, text, words, expected, speaker
):
    c = find(claims_of(text), words)
    assert c.text == expected
    assert c.speaker == speaker


def test_an_it_with_nothing_before_may_be_the_source_after_it(claims_of, find):
    # no sentence before: the walk has nothing, and the source speaks of itself
    text = "It will hire 300 workers next year, according to the company."
    c = find(claims_of(text), "hire")
    assert c.speaker == "the company"


@pytest.mark.parametrize(
    "text",
    [
        "The collapse has forced hundreds of trucks to take a mountain road through Karsk. "
        "It is narrow and dangerous in winter.",
        "The flood has forced the villagers to use an old footbridge. It is closed at night.",
        "The strike has forced thousands of commuters to take the coastal highway. It is "
        "often jammed.",
    ],
)
def test_the_object_someone_is_made_to_act_on_competes_with_the_subject(claims_of, find, text):
    second = text.split(". ", 1)[1]
    assert find(claims_of(text), second.split()[2]).text.startswith("It ")


def test_a_subject_with_no_such_object_is_still_the_it(claims_of, find):
    text = (
        "The storm has forced hundreds of families to leave their homes. It is expected "
        "to weaken on Friday."
    )
    assert find(claims_of(text), "weaken").text.startswith("The storm")


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "The ministry said engineers had warned in a report two years ago that the "
            "bridge needed urgent repairs. It said the repairs were delayed because of a "
            "shortage of funds.",
            "delayed",
            "the ministry",
        ),
        (
            "The agency said inspectors had written in a letter that the plant was unsafe. "
            "It said the plant would stay closed.",
            "stay closed",
            "the agency",
        ),
    ],
)
def test_a_document_someone_spoke_in_is_no_rival_to_the_party_that_speaks(
    claims_of, find, text, words, speaker
):
    assert find(claims_of(text), words).speaker == speaker
