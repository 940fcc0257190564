"""A bare "this"/"that" that stands for the clause before it, and a bare "these"/"those"
for the set the sentence before brought in (issue #13, demonstratives._joined,
_clause_before and object_set).  The clause is joined by a relative "which", as English
says what a whole clause did or was; the pronoun stays wherever the text does not say
which clause, or whose.  All sentences are written for these tests."""


def _find(claims, words):
    hits = [c for c in claims if words in c.text]
    assert len(hits) == 1, [c.text for c in claims]
    return hits[0]


# --- "this"/"that": the clause before, joined ------------------------------------------------


def test_this_after_one_clause_is_that_clause_joined_by_which(claims_of):
    text = (
        "Chad now shelters more than 700,000 refugees from Sudan. "
        "This has strained the resources of one of the poorest countries in the world."
    )
    c = _find(claims_of(text), "strained")
    assert c.text == (
        "Chad now shelters more than 700,000 refugees from Sudan, which has strained the "
        "resources of one of the poorest countries in the world."
    )


def test_that_said_to_be_a_share_is_the_clause_with_the_quantity(claims_of):
    text = (
        "The Kivu deposit holds an estimated 90,000 tons of cobalt. "
        "That is about a tenth of the world's known reserves."
    )
    c = _find(claims_of(text), "a tenth")
    assert c.text.startswith("The Kivu deposit holds an estimated 90,000 tons of cobalt, which is")


def test_this_after_and_is_the_clause_just_before_in_its_sentence(claims_of):
    text = "There is no cure for the disease, and this is why early testing matters so much."
    c = _find(claims_of(text), "early testing")
    assert c.text == "There is no cure for the disease, which is why early testing matters so much."


def test_this_in_a_speakers_account_of_the_article_s_clause(claims_of):
    text = (
        "Cobalt from Katanga has powered the world's phones for two decades. "
        "Critics say this has brought little to the miners who dig it."
    )
    c = _find(claims_of(text), "brought little")
    assert c.speaker == "Critics"
    assert c.text.startswith("Cobalt from Katanga has powered the world's phones for two decades")


def test_this_opening_a_paragraph_after_a_paragraph_of_one_sentence(claims_of):
    text = (
        "Mozambique's ports are growing fast, officials say.\n\n"
        "The port of Beira handled a record 4 million tons of cargo last year.\n\n"
        "This made it the busiest port in central Mozambique."
    )
    c = _find(claims_of(text), "busiest port")
    assert c.text.startswith("The port of Beira handl")
    text = (
        "Mozambique's ports are growing fast, officials say.\n\n"
        "The port of Beira handled a record 4 million tons of cargo last year.\n\n"
        "That is a fifth more than the port of Nacala handled."
    )
    c = _find(claims_of(text), "a fifth more")
    assert c.text.startswith(
        "The port of Beira handled a record 4 million tons of cargo last year, which is"
    )


def test_this_opening_a_paragraph_after_several_sentences_stays(claims_of):
    text = (
        "Mozambique's ports are growing fast, officials say.\n\n"
        "The port of Beira handled 4 million tons of cargo last year. Its new grain terminal "
        "opened in March.\n\n"
        "This made Beira the busiest port in central Mozambique."
    )
    c = _find(claims_of(text), "busiest port")
    assert c.text.startswith("This made")


def test_this_after_two_clauses_stays(claims_of):
    text = (
        "The council raised bus fares in March and cut night services. "
        "This has angered commuters across the city."
    )
    c = _find(claims_of(text), "angered")
    assert c.text.startswith("This has angered")


def test_this_after_someone_elses_account_joins_it_with_its_speaker(claims_of):
    # the account or what it is about? Joined with who gave it, the claim keeps both
    # (test_voiced_join.py)
    text = (
        "The ministry said 40 schools had been closed by the floods. "
        "This is the highest number since 1998."
    )
    c = _find(claims_of(text), "highest number")
    assert c.text == (
        "The ministry said 40 schools had been closed by the floods, which is the highest "
        "number since 1998."
    )


def test_this_opening_a_quotation_stays(claims_of):
    text = (
        "The river rose two meters overnight. "
        '"This is the worst we have seen," said Ali Musa, a farmer.'
    )
    c = _find(claims_of(text), "worst we have seen")
    assert c.text.startswith("This is")


def test_this_that_is_confirmed_is_not_joined(claims_of):
    text = "The governor resigned on Friday. This was confirmed by his office."
    c = _find(claims_of(text), "confirmed")
    assert "resigned" not in c.text


def test_this_after_a_reply_to_the_sentence_before_stays(claims_of):
    text = (
        "Police fired tear gas at the marchers. The marchers threw stones in retaliation. "
        "This was the worst violence of the campaign."
    )
    c = _find(claims_of(text), "worst violence")
    assert c.text.startswith("This was")


def test_this_after_a_sentence_about_what_a_demonstrative_named_stays(claims_of):
    text = (
        "Attacks in the province have killed more than 900 people since 2022. Most of those "
        "were police officers. This has emptied many rural police stations."
    )
    c = _find(claims_of(text), "emptied")
    assert c.text.startswith("This has")


def test_this_after_a_clause_about_a_thing_named_just_before_stays(claims_of):
    text = (
        "The ministry is announcing $40 million in grants for clinics. The grants will be "
        "paid through the regional health fund. This builds on last year's program."
    )
    c = _find(claims_of(text), "builds on")
    assert "health fund, which" not in c.text


# --- "these"/"those": the one set the sentence before brought in ------------------------------


def test_these_after_a_list_of_objects_is_that_list(claims_of):
    text = (
        "The grants will fund electric buses, bike lanes and new sidewalks. "
        "These will cut emissions in the city center by a third."
    )
    c = _find(claims_of(text), "cut emissions")
    assert c.text.startswith("The electric buses, bike lanes and new sidewalks will cut")


def test_these_in_a_speakers_account_is_the_object_not_the_partner(claims_of):
    text = (
        "The government has signed contracts with two Chinese firms to build the dam. "
        "Engineers say these could take ten years to complete."
    )
    c = _find(claims_of(text), "ten years")
    assert c.text.startswith("The contracts")


def test_those_after_two_sets_brought_in_stays(claims_of):
    text = (
        "The ministry cancelled 30 permits and suspended four companies. "
        "Those will be reviewed by a court next month."
    )
    c = _find(claims_of(text), "reviewed")
    assert c.text.startswith("Those will")
