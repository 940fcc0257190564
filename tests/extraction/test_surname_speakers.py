"""Speakers named by surname alone after the full name, and two people who share a
surname (a relative, a spouse): "he" and "she" and the parties keep them apart."""


def test_a_surname_subject_is_whom_a_later_pronoun_speaker_names(claims_of, find):
    claims = claims_of(
        "The debate between Democrat Nora Quist and Republican Hal Brenner ran 90 minutes, "
        "moderated by Linda Farrow.\n\n"
        "Brenner spoke first. “Taxes here are the highest in the region,” he said.\n\n"
        "Quist answered right away. “That is simply not true,” she said."
    )
    assert "Brenner" in find(claims, "highest in the region").speaker
    assert "Quist" in find(claims, "simply not true").speaker


def test_a_surname_the_tagger_takes_for_a_place_is_no_pronoun_antecedent(claims_of, find):
    claims = claims_of(
        "Senator Ann Jordan visited the border on Monday.\n\n"
        "Jordan borders Syria and Iraq. “The crossings are quiet,” she said."
    )
    c = find(claims, "crossings are quiet")
    assert c.speaker is None or "Jordan" in c.speaker


def test_two_people_of_one_surname_stay_two_parties(claims_of, find):
    claims = claims_of(
        "Marcel Ortiz, 41, was arrested on Friday. Ortiz was held overnight.\n\n"
        "His wife, Elena Ortiz, said on Saturday that he had done nothing wrong. "
        "“He was at home with me all evening,” she said."
    )
    c = find(claims, "done nothing wrong")
    by_id = {p.id: p.name for p in claims.speakers}
    assert by_id[c.speaker_id] == "Elena Ortiz"
    c = find(claims, "at home with me")
    assert by_id[c.speaker_id] == "Elena Ortiz"


def test_one_person_named_in_full_and_by_surname_stays_one_party(claims_of, find):
    claims = claims_of(
        "Transit chief Rosa Delgado defended the fare increase on Monday. "
        "Delgado said the agency had lost $40 million last year. "
        "Ms. Delgado added that buses would run more often."
    )
    ids = {find(claims, w).speaker_id for w in ("lost $40 million", "more often")}
    assert len(ids) == 1
