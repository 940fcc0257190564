"""Resolve stage: a sentence that only states the other branch joins the one before."""


def test_it_joins_an_otherwise_sentence_to_the_claim_it_depends_on(claims_of, find):
    text = "“The council must repair the dam by May. Otherwise, the valley will flood,” the engineers said."
    claims = claims_of(text)
    c = find(claims, "valley")
    assert c.text == "The council must repair the dam by May. Otherwise, the valley will flood."
    assert c.speaker == "the engineers"
    assert len(claims) == 1


def test_it_joins_an_if_not_sentence_in_the_same_quotation(claims_of, find):
    text = "“Wages must rise this month. If not, the staff will walk out,” the union said."
    c = find(claims_of(text), "walk out")
    assert c.text.startswith("Wages must rise this month. If not,")


def test_it_keeps_an_otherwise_sentence_of_another_speaker_apart(claims_of, find):
    text = (
        "The council said the dam would be repaired by May. "
        "Otherwise, residents said, the valley would flood."
    )
    c = find(claims_of(text), "valley")
    assert "council" not in c.text.lower()


# --- claims that read on their own (rules-1.5) ------------------------------------------


def test_it_names_the_owner_of_a_possessive_subject(claims_of, find):
    text = "The Northern Front was founded in 2009. Its fighters seized the bridge on Tuesday."
    c = find(claims_of(text), "seized the bridge")
    assert c.text == "The Northern Front’s fighters seized the bridge on Tuesday."


def test_it_keeps_a_possessive_whose_owner_is_not_known(claims_of, find):
    c = find(claims_of("Its fighters seized the bridge on Tuesday."), "seized the bridge")
    assert c.text.startswith("Its fighters")


def test_it_turns_a_demonstrative_with_a_known_noun_into_a_definite(claims_of, find):
    text = "The ferry left the port at dawn with 200 passengers. That ferry sank two hours later."
    c = find(claims_of(text), "sank")
    assert c.text == "The ferry sank two hours later."


def test_it_restores_the_fuller_earlier_mention(claims_of, find):
    text = (
        "Inspectors examined the dam's spillway gates in May. Those gates failed during the storm."
    )
    c = find(claims_of(text), "failed")
    assert c.text == "The dam's spillway gates failed during the storm."


def test_it_keeps_this_year_and_a_demonstrative_without_antecedent(claims_of, find):
    c = find(claims_of("Those proposals would cut taxes this year."), "cut taxes")
    assert c.text == "Those proposals would cut taxes this year."


def test_it_drops_a_fronted_phrase_that_only_points_back(claims_of, find):
    text = "The first prototype crashed in March. With this in mind, the engineers built a lighter frame."
    c = find(claims_of(text), "lighter frame")
    assert c.text == "The engineers built a lighter frame."
