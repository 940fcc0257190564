"""A name with a hyphen inside a word keeps it when a phrase is built from it: the parser
hangs the "-" of "al-Ansari" on the last part as punctuation, and phrases leave
punctuation out."""

import pytest


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The government expelled Kim Sung-ho on Tuesday. This expulsion was the third this year.",
            "The expulsion of Kim Sung-ho was the third this year.",
        ),
        (
            "The Department of State designated Abu Hamza al-Ansari as a Specially Designated "
            "Global Terrorist. This designation blocks all of his property.",
            "The designation of Abu Hamza al-Ansari blocks",
        ),
    ],
)
def test_it_keeps_the_hyphen_of_a_name_in_a_rebuilt_phrase(claims_of, text, expected):
    assert any(c.text.startswith(expected) for c in claims_of(text)), [
        c.text for c in claims_of(text)
    ]


def test_it_keeps_spaced_dashes_out(claims_of):
    text = "The ministry expelled two diplomats - both from the embassy in Oslo - on Monday."
    assert not any(" -on" in c.text or "-both" in c.text for c in claims_of(text))
