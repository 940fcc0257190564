"""A "he" or "she" who speaks is a person the text lets it be: the gender the text
gives a named person (a title, a noun beside the name, the pronoun used before) rules
out the other pronoun, and where the text does not tell, a person of the other gender
is never guessed over leaving the pronoun (a wrong speaker is worse than none).
Sentences written for these tests."""

import pytest

from claims.extraction.speakers import speaker_kind


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        # the last person spoke as "he": "she" goes back to the woman named before him
        (
            "The company's chairwoman, Elena Sorba, defended the deal. Mr. Hale, a "
            "shareholder, said it was rushed. She said the board had followed the rules.",
            "followed the rules",
            "Elena Sorba",
        ),
        (
            "The minister's spokeswoman, Lina Park, said the talks would resume. Mr. Adams, "
            "the envoy, said he was hopeful. She said the next round would be in May.",
            "next round",
            "Lina Park",
        ),
        # a title before the name is the person's, whatever the words before the title
        (
            "Grace Wanjiru, a vegetable seller, said prices were too high. Police "
            "spokesperson Resila Onyango said officers had acted with restraint. She said "
            "12 officers were injured.",
            "12 officers",
            "Police spokesperson Resila Onyango",
        ),
        (
            "Army spokesman Colonel Idris Baba said the road was open. He said troops had "
            "cleared the mines.",
            "cleared the mines",
            "Army spokesman Colonel Idris Baba",
        ),
        # the gender unknown: the one person before is who speaks
        (
            "Dana Whitfield said the plan was sound. She said the city could afford it.",
            "afford",
            "Dana Whitfield",
        ),
        (
            "The suspect's father, Omar Haddad, told reporters his son was innocent. He said "
            "the police had the wrong man.",
            "wrong man",
            "Omar Haddad",
        ),
    ],
)
def test_a_pronoun_that_speaks_is_a_person_of_its_gender(claims_of, find, text, words, speaker):
    assert find(claims_of(text), words).speaker == speaker


@pytest.mark.parametrize(
    ("text", "words", "not_him"),
    [
        # "Mr." says he is not "she": no one else is named
        (
            "Mr. Reyes said the contract was legal. She said the payments were made in cash.",
            "in cash",
            "Reyes",
        ),
        (
            "Prosecutors questioned Mr. Tomas Reyes on Monday. He said he had never taken "
            "bribes. She denied having met the envoy.",
            "met the envoy",
            "Reyes",
        ),
        # "his mother": she is not "he", and the senator before her is not sure either
        (
            "Senator Jon Pike spoke first. His mother, Ruth Pike, said the bill was cruel. "
            "He said it would pass.",
            "would pass",
            "Ruth",
        ),
        (
            "Ms. Dora Lind said the vote was rigged. He said the count would be appealed.",
            "appealed",
            "Lind",
        ),
        # two people named together, neither's gender known: which one is "she"?
        (
            "Ruth Okoye and Dev Patel clashed over the budget on Monday. She said the cuts "
            "were too deep.",
            "too deep",
            "Patel",
        ),
        (
            "Ruth Okoye and Dev Patel clashed over the budget on Monday. He said the cuts "
            "were too deep.",
            "too deep",
            "Okoye",
        ),
    ],
)
def test_no_person_of_the_other_gender_speaks_for_the_pronoun(
    claims_of, find, text, words, not_him
):
    c = find(claims_of(text), words)
    assert not_him not in (c.speaker or "")
    assert not_him not in c.text


def test_the_person_named_beside_two_others_speaks_when_they_were_named_together(claims_of, find):
    text = (
        "Bianchi and Ferrante were met at the airport by their families and by Foreign "
        "Minister Paola Russo. She said they had shown great courage."
    )
    c = find(claims_of(text), "courage")
    assert "Ferrante" not in (c.speaker or "")


def test_a_known_gender_picks_one_of_two_named_together(claims_of, find):
    text = (
        "Councilwoman Ruth Okoye and Councilman Dev Patel clashed over the budget. She "
        "said the cuts were too deep."
    )
    assert "Okoye" in find(claims_of(text), "too deep").speaker


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Police spokesperson Resila Onyango", "person"),
        ("Army spokesman Colonel Idris Baba", "person"),
        ("Ministry spokeswoman Ana Lee", "person"),
        # the government named after its leader, and bodies without a name after a title
        ("the government of President Daniel Mbeki", "government"),
        ("Police", "government"),
        ("The Foreign Ministry", "government"),
        ("the office of Governor Tom Reyes", "government"),
    ],
)
def test_a_title_and_a_name_ending_the_mention_are_a_person(name, kind):
    assert speaker_kind(name) == kind
