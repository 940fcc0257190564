"""An organisation introduced by what it is and its name ("The militant group Hamas",
"The company, Toyota,"): the name speaks and the name is what its "it", "its" and
"they" stand for; a person's name never stands for "it"; and a demonstrative noun with
a modifier of its own ("that night work") is a kind, not an act named just before."""

import pytest


@pytest.mark.parametrize(
    "text, words, speaker",
    [
        (
            "The militant group Hamas has claimed responsibility for the rocket fire.",
            "claimed responsibility",
            "Hamas",
        ),
        (
            "The terrorist group al-Shabaab has claimed responsibility for the attack.",
            "claimed responsibility",
            "al-Shabaab",
        ),
        (
            "The carmaker Toyota has announced that it will recall 50,000 vehicles.",
            "recall 50,000 vehicles",
            "Toyota",
        ),
    ],
)
def test_it_gives_the_name_after_a_class_noun_as_the_speaker(claims_of, find, text, words, speaker):
    assert find(claims_of(text), words).speaker == speaker


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The militant group Hamas said its fighters had fired rockets.", "Hamas’ fighters"),
        ("The company, Toyota, said its profits fell.", "Toyota’s profits fell"),
        ("The chipmaker Intel said its new factory would open in 2027.", "Intel’s new factory"),
        (
            "The ship, the Galaxy Leader, was seized in November. Its crew is still held.",
            "The Galaxy Leader’s crew",
        ),
    ],
)
def test_it_names_the_organisation_not_its_class_for_its(claims_of, find, text, expected):
    assert find(claims_of(text), expected)


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Earlier strikes hit the port. "
            "The Yemeni rebel group, the Houthis, said they targeted a tanker.",
            "The Houthis targeted a tanker",
        ),
        (
            "Two ships were hit on Monday. "
            "The rebel movement, the Houthis, said they had fired the missiles.",
            "The Houthis had fired the missiles",
        ),
    ],
)
def test_it_takes_they_for_a_named_group_that_speaks(claims_of, find, text, expected):
    claims = claims_of(text)
    c = find(claims, expected)
    assert c.speaker == "the Houthis"
    assert not any(x.text.startswith(("Earlier strikes targeted", "Two ships had")) for x in claims)


@pytest.mark.parametrize(
    "text, words",
    [
        (
            "The study's lead author, Dr. Maria Santos, said it did not prove that night "
            "work caused the disease.",
            "did not prove",
        ),
        (
            "The report's chief author, Professor Ana Lima, said it did not measure "
            "long-term effects.",
            "did not measure",
        ),
    ],
)
def test_it_never_gives_a_persons_name_for_it(claims_of, find, text, words):
    c = find(claims_of(text), words)
    assert not c.text.startswith(("Dr.", "Professor", "Maria", "Ana")), c.text


@pytest.mark.parametrize(
    "text, kept",
    [
        (
            "Nurses who worked nights had a higher risk than colleagues who worked only "
            "days. She said the study did not prove that night work caused the disease.",
            "night work caused the disease",
        ),
        (
            "Drivers who worked weekends earned more than those who worked only weekdays. "
            "He said the data did not show that weekend work was more dangerous.",
            "weekend work was more dangerous",
        ),
    ],
)
def test_it_keeps_a_demonstrative_noun_with_its_own_modifier(claims_of, find, text, kept):
    c = find(claims_of(text), kept)
    assert "only" not in c.text, c.text
