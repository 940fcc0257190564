"""A speaking "It" is a party that can speak: not the town where a body acted (the tagger
may call it an organisation), not the report a party spoke in, and never a set or a
person the article quoted before. Sentences written for these tests; where no party is
sure, the pronoun stays (a wrong speaker is worse than none)."""

import pytest


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        # a place after "in"/"at"/"near" is where the body in the subject acted
        (
            "The regional utility opened a plant in Dorvik. It said the plant would employ "
            "300 people.",
            "employ 300",
            "the regional utility",
        ),
        (
            "The state oil company opened a new refinery near Port Vela on Monday. It said "
            "the refinery would double fuel output.",
            "double fuel",
            "the state oil company",
        ),
        (
            "The charity opened a clinic in Amdal in March. It said the clinic treated 200 "
            "patients a day.",
            "200 patients",
            "the charity",
        ),
        (
            "The regional utility has built a dam at Kessel. It said the dam would be "
            "finished by May.",
            "finished by May",
            "the regional utility",
        ),
    ],
)
def test_a_place_where_a_body_acted_is_not_the_it_that_speaks(
    claims_of, find, text, words, speaker
):
    assert find(claims_of(text), words).speaker == speaker


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        # the party that said it in a report or a statement, not the document
        (
            "Human Rights Watch said in a new report that the police had tortured "
            "detainees. It urged the government to investigate.",
            "investigate",
            "Human Rights Watch",
        ),
        (
            "The World Food Programme said in a statement on Monday that aid deliveries had "
            "resumed. It urged both sides to keep the roads open.",
            "roads open",
            "The World Food Programme",
        ),
        (
            "The ministry said in a statement that the border was closed. It said trucks "
            "would be turned back.",
            "turned back",
            "The ministry",
        ),
        # the document as the subject is the one that urges
        (
            "The report said 4,000 families would lose their homes. It urged the "
            "authorities to suspend construction.",
            "suspend construction",
            "The report",
        ),
        (
            "The auditor's report said the ministry had lost $4 million. It urged the "
            "minister to act.",
            "minister to act",
            "The auditor's report",
        ),
    ],
)
def test_an_it_after_a_report_is_the_party_that_reported(claims_of, find, text, words, speaker):
    c = find(claims_of(text), words)
    assert c.speaker == speaker
    assert not c.text.startswith("It ")


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # the one who reported is a name the tagger takes for a person: not "it", and
        # the report is only where it was said
        (
            "Amnesty Kavaria said in a report that 4,000 families would lose their homes. "
            "It urged the authorities to suspend construction.",
            "suspend construction",
        ),
        # the last party that spoke is a set: it cannot be "it"
        (
            "Human rights groups have criticized the dam. They say the farmers were not "
            "consulted. Amnesty Kavaria said in a report that 4,000 families would lose "
            "their homes. It urged the authorities to suspend construction.",
            "suspend construction",
        ),
    ],
)
def test_an_it_after_a_report_stays_when_the_reporter_cannot_be_it(claims_of, find, text, words):
    c = find(claims_of(text), words)
    assert c.text.startswith("It urged")
    assert c.speaker is None


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        # the one party of the sentence just before, not the speaker before that
        (
            "The ministry said the clinic would reopen. The charity has run the clinic "
            "since 2010. It said it needed more staff.",
            "more staff",
            "the charity",
        ),
        (
            "The group released two videos in 2024, it said.\n\nThe kidnapping had caused "
            "the construction company to suspend work on the road. It said Sunday that it "
            "planned to resume the project next year.",
            "resume the project",
            "the construction company",
        ),
        # the speaker just before goes on
        (
            "The ministry said the clinic would reopen. It said the clinic needed more staff.",
            "more staff",
            "The ministry",
        ),
        # no other party in the sentence before: the last speaker goes on
        (
            "The ministry said the clinic would reopen. The clinic has 40 beds. It said the "
            "clinic needed more staff.",
            "more staff",
            "The ministry",
        ),
    ],
)
def test_an_it_that_speaks_after_another_party_acted_is_that_party(
    claims_of, find, text, words, speaker
):
    assert find(claims_of(text), words).speaker == speaker


@pytest.mark.parametrize(
    "text",
    [
        "The United Nations said 1.4 million people need help.\n\nHands Across Borders "
        "suspended its operations in the area. It said it would review security measures.",
        "The United Nations said 1.4 million people need help.\n\nGlobal Relief Network "
        "closed its office in the town. It said it would review security measures.",
    ],
)
def test_a_name_acting_in_the_sentence_before_leaves_the_last_speaker_out(claims_of, find, text):
    c = find(claims_of(text), "review security")
    assert c.speaker != "The United Nations"
    assert "United Nations" not in c.text
