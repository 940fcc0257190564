"""Classes of wrong referents found on hard texts written for them
(tests/extraction/referents_dev/wrongref_*), each closed by a general rule that
abstains where agreement or salience does not decide; sentences written for these tests."""

import pytest

# --- "Many of them" who act are people, not the things that acted on them ----------


@pytest.mark.parametrize(
    ("text", "words", "start"),
    [
        # the floods cannot borrow: the farmers or no one
        (
            "Growers said the storms had flattened most of their wheat. "
            "Many of them had taken loans to sow it.",
            "loans",
            "Many of them",
        ),
    ],
)
def test_some_of_a_set_that_acts_is_not_a_set_of_things(claims_of, find, text, words, start):
    assert find(claims_of(text), words).text.startswith(start)


@pytest.mark.parametrize(
    ("text", "words", "start"),
    [
        (
            "The landslide buried 200 houses. Many of them were built without permits.",
            "permits",
            "Many of the houses",
        ),
        (
            "The minister said 300 miners had lost their jobs. "
            "Many of them had worked at the pit for decades.",
            "decades",
            "Many of the 300 miners",
        ),
    ],
)
def test_some_of_a_set_still_takes_the_set(claims_of, find, text, words, start):
    assert find(claims_of(text), words).text.startswith(start)


# --- a quoted "it" is the speaker's own topic ----------------------------------------


def test_a_quoted_it_does_not_take_a_thing_named_in_the_frame(claims_of, find):
    text = (
        '"They want you to think the port is failing," Mayor Lund said of critics on the '
        'harbour board. "It is not."'
    )
    c = find(claims_of(text), "is not")
    assert "board" not in c.text.lower()


# --- "These designations" after two official acts ------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # the designations came first: the nearest act is not (all) of them
        "The Department of State is designating two militia leaders as terrorists. "
        "The Treasury is sanctioning three firms that finance them.\n\n"
        "These designations cut the network off from banks.",
        # two acts: "these actions" are both, not the last alone
        "The Department of State is designating two militia leaders as terrorists. "
        "The Treasury is also sanctioning three firms that finance them.\n\n"
        "These actions cut the network off from banks.",
    ],
)
def test_a_plural_act_noun_after_two_acts_is_not_the_last_act_alone(claims_of, find, text):
    c = find(claims_of(text), "cut the network")
    # left, or the act the noun itself names: never the Treasury's sanctions alone
    assert "sanctions on three firms" not in c.text


def test_one_act_still_names_the_act_noun(claims_of, find):
    text = (
        "The Treasury is sanctioning three firms that finance the militia. "
        "This action cuts the network off from banks."
    )
    c = find(claims_of(text), "the network off")
    assert c.text.startswith("The sanctions on three firms")
