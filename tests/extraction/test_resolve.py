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
    text = ("The council said the dam would be repaired by May. "
            "Otherwise, residents said, the valley would flood.")
    c = find(claims_of(text), "valley")
    assert "council" not in c.text.lower()
