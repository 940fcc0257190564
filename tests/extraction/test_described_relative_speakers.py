"""A name with a description set beside it and a relative clause that speaks ("a study
by Acme Research, a consulting firm, which found ..."): the parser hangs "which" on the
description; who speaks is the name, not "a consulting firm"."""

import pytest


@pytest.mark.parametrize(
    "text, words, speaker",
    [
        (
            "The campaign cited a study by Acme Research, a consulting firm, which found "
            "that wages had fallen.",
            "Wages had fallen",
            "Acme Research",
        ),
        (
            "Officials pointed to data from the Pew Research Center, a nonpartisan think "
            "tank, which says most adults support the plan.",
            "Most adults support the plan",
            "the Pew Research Center",
        ),
        (
            "The figure came from Jane Smith, an economist, who said prices would rise.",
            "Prices would rise",
            "Jane Smith",
        ),
    ],
)
def test_it_gives_the_name_not_its_description_as_the_speaker(
    claims_of, find, text, words, speaker
):
    assert find(claims_of(text), words).speaker == speaker
