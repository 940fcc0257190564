"""A bare "this"/"that" subject, or "this" and a noun of an act, in the article's voice
right after a sentence that reports what someone said (issue #13,
demonstratives._speaker_named / _voiced): the sentence before is joined with who
said it ("The health ministry said 62 people had died of cholera in March, which was
twice as many as in February"), so the claim keeps both the account and what it is
about and still says whose account it is. It stays when the speaker is only a pronoun,
when the claim has a speaker of its own, or in a quotation. All sentences are written
for these tests."""

import pytest


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        (
            "The health ministry said 62 people had died of cholera in March. "
            "That was twice as many as in February.",
            "twice as many",
            "The health ministry said 62 people had died of cholera in March, which was twice "
            "as many as in February.",
        ),
        (
            "About 9,000 families have lost their homes, according to the Red Cross. "
            "This is the highest number since 2010.",
            "highest number",
            "According to the Red Cross, about 9,000 families have lost their homes, which is "
            "the highest number since 2010.",
        ),
        (
            "Officials estimate that 3,000 people fled the town last week. "
            "This is more than the camp can hold.",
            "camp can hold",
            "Officials estimate 3,000 people fled the town last week, which is more than the "
            "camp can hold.",
        ),
        (
            "The mayor said the river would flood the old town. "
            "This would force 2,000 people from their homes.",
            "2,000 people",
            "The mayor said the river would flood the old town, which would force 2,000 people "
            "from their homes.",
        ),
        # the speaker's own pronouns stay pronouns once the speaker is named before them
        (
            "Aid workers said they had reached the camp on Sunday. "
            "That was the first delivery in a month.",
            "first delivery",
            "Aid workers said they had reached the camp on Sunday, which was the first "
            "delivery in a month.",
        ),
        (
            "The Red Cross said its teams had reached the camp on Sunday. "
            "That was the first delivery in a month.",
            "first delivery",
            "The Red Cross said its teams had reached the camp on Sunday, which was the first "
            "delivery in a month.",
        ),
    ],
)
def test_this_after_an_account_is_the_account_with_its_speaker(
    claims_of, text, words, expected, one
):
    claims = claims_of(text)
    c = one(claims, words)
    assert c.text == expected
    assert c.speaker is None  # the article's claim: it says itself whose the account is
    # the account stays a claim of its own, its speaker's
    assert any(o is not c and o.speaker and words not in o.text for o in claims)


def test_a_noun_of_an_act_after_an_account_is_appended_to_it(claims_of, one):
    text = (
        "Police said soldiers beat demonstrators in the main square. "
        "This crackdown left dozens of people injured."
    )
    c = one(claims_of(text), "dozens of people")
    assert c.text == (
        "Police said soldiers beat demonstrators in the main square, a crackdown that left "
        "dozens of people injured."
    )


def test_a_stance_that_names_its_speaker_is_joined_as_it_is(claims_of, one):
    text = (
        "Police condemned the attack on a mosque in the northern district. "
        "This is a worrying sign for the city."
    )
    c = one(claims_of(text), "worrying sign")
    assert c.text == (
        "Police condemned the attack on a mosque in the northern district, which is a "
        "worrying sign for the city."
    )


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # the speaker is only a pronoun: the joined claim could not say who
        (
            "The ministry released its figures on Monday. It said 40 schools had been closed "
            "by the floods. This is the highest number since 1998.",
            "highest number",
        ),
        # the claim has a speaker of its own: whose "this"?
        (
            "The ministry said 40 schools had been closed by the floods. "
            "This is the highest number since 1998, the teachers' union said.",
            "highest number",
        ),
        # a quotation: what the speaker said before is not in the article
        (
            "The ministry said 40 schools had been closed by the floods. "
            '"This is the highest number since 1998," the minister added.',
            "highest number",
        ),
        # the account holds a pronoun nothing resolved: joined, it would not read either
        (
            "The ministry said he had resigned on Friday. That was a surprise to many.",
            "surprise to many",
        ),
    ],
)
def test_this_after_an_account_stays(claims_of, text, words, one):
    c = one(claims_of(text), words)
    assert c.text.startswith(("This", "That"))


# --- a "this" after adverbs that only tie the sentence to the one before ---------------


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        (
            "The government closed the border crossing on Monday. "
            "Perhaps most importantly, this will cut off food to two million people.",
            "two million",
            "Perhaps most importantly, the government closing the border crossing on Monday "
            "will cut off food to two million people.",
        ),
        (
            "The glacier is now retreating at about 15 meters a year. "
            "Still, this exposes more of the ancient forest each summer.",
            "ancient forest",
            "Still, the glacier retreating at about 15 meters a year exposes more of the "
            "ancient forest each summer.",
        ),
    ],
)
def test_this_after_linking_adverbs_is_the_clause_before(claims_of, text, words, expected, one):
    assert one(claims_of(text), words).text == expected


def test_the_clause_joined_after_linking_adverbs_keeps_its_own_capitals(claims_of, one):
    text = (
        "Many roads in the south were washed away by a cyclone in January. "
        "Perhaps most seriously, this has cut off dozens of villages from the clinic."
    )
    assert one(claims_of(text), "dozens of villages").text == (
        "Perhaps most seriously, many roads in the south were washed away by a cyclone in "
        "January, which has cut off dozens of villages from the clinic."
    )
    text = (
        "Kenya closed the Dadaab camp in June. "
        "However, this has not stopped new arrivals from Somalia."
    )
    assert one(claims_of(text), "new arrivals").text.startswith("However, Kenya closed")


def test_this_after_a_time_phrase_stays(claims_of, one):
    # "Last year" says when, not how the sentence follows: "this" may be something else
    text = (
        "The ministry pledged $10 million to rebuild the port. "
        "Last year, this was a step toward peace."
    )
    assert one(claims_of(text), "step toward peace").text.startswith("Last year, this")
