"""Officials, leaders, spokesmen and fighters belong to a party: "Its spokesman" after
"The ministry opened an inquiry" is the ministry's (an inquiry, an act or a document has
no spokesman), and after "The group has denied responsibility" the group's."""

import pytest


@pytest.mark.parametrize(
    "text, words, speaker",
    [
        (
            "The ministry opened an inquiry. Its spokesman said the report was false.",
            "report was false",
            "The ministry’s spokesman",
        ),
        (
            "The group has denied responsibility. Its leaders say the victims were combatants.",
            "victims were combatants",
            "The group’s leaders",
        ),
        (
            "The commission published a report. Its members said the dam was unsafe.",
            "dam was unsafe",
            "The commission’s members",
        ),
    ],
)
def test_it_gives_people_of_a_party_to_the_party(claims_of, find, text, words, speaker):
    assert find(claims_of(text), words).speaker == speaker
