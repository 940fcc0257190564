"""Coordination and participial chains become atomic claims."""


def test_it_restores_the_elided_noun_in_a_gapped_number_coordination(claims_of, find):
    claims = claims_of("There are about 400 Dutch soldiers in Mali, and 150 in Niger.")
    first = find(claims, "400")
    second = find(claims, "150")
    assert first is not second
    assert "Dutch soldiers" in second.text and "Niger" in second.text
    assert "Mali" not in second.text


def test_it_splits_verb_coordination_with_own_objects_and_keeps_the_subject(claims_of, find):
    claims = claims_of("The company closed the plant and fired 200 workers.")
    assert find(claims, "closed the plant").text != find(claims, "fired 200 workers").text
    assert find(claims, "fired").text.startswith("The company fired 200 workers")


def test_it_does_not_split_verbs_sharing_one_object(claims_of):
    claims = claims_of("Rangers found and released a trapped bear.")
    assert len(claims) == 1


def test_it_splits_a_result_participle_into_its_own_claim(claims_of, find):
    claims = claims_of(
        "Soldiers shelled the village, killing four people, resulting in a mass exodus."
    )
    c = find(claims, "exodus")
    # rules-1.4: the event the participle hangs off, not a bare "This"
    assert c.text.startswith("The shelling by soldiers resulted in")


def test_it_keeps_this_for_a_result_with_no_event_noun(claims_of, find):
    c = find(
        claims_of("Fuel prices rose sharply in May, resulting in protests in several cities."),
        "protests",
    )
    assert c.text.startswith("This resulted in")


def test_it_names_the_event_object_for_a_result(claims_of, find):
    claims = claims_of(
        "Since June, these militia groups have conducted numerous attacks on the base, injuring several soldiers."
    )
    c = find(claims, "injur")
    assert c.text.startswith("The attacks by the militia groups injured several soldiers")


def test_it_splits_a_participle_and_restores_its_subject(claims_of, find):
    claims = claims_of(
        "The storm hit the coast on Sunday, destroying 40 homes and damaging the port."
    )
    c = find(claims, "40 homes")
    assert c.text.startswith("The storm destroyed 40 homes and damaged the port")


def test_it_splits_a_concessive_clause(claims_of, find):
    claims = claims_of("Though the fire was contained, three houses burned down.")
    assert find(claims, "contained") is not find(claims, "houses burned")


def test_it_splits_contrasting_conjuncts_and_types_the_denial(claims_of, find):
    claims = claims_of("The club paid the fine but insists it did not break any rules.")
    assert find(claims, "paid the fine").kind == "fact"
    denial = find(claims, "break any rules")
    assert denial.kind == "denial"
    assert denial.speaker == "The club"


def test_it_gives_each_split_claim_a_span_inside_the_input(claims_of):
    text = "There are 12 doctors in the north, and 30 in the south."
    for c in claims_of(text):
        assert 0 <= c.span[0] < c.span[1] <= len(text)


def test_it_splits_conjuncts_that_repeat_the_auxiliary(claims_of, find):
    claims = claims_of("By noon, the ferry was back in port and was no longer taking passengers.")
    assert find(claims, "back in port") is not find(claims, "taking passengers")
    assert find(claims, "taking passengers").text.startswith("The ferry was no longer")


def test_it_keeps_the_modal_when_a_participle_becomes_its_own_claim(claims_of, find):
    c = find(
        claims_of("The new bridge would also have a longer span, carrying up to 4,000 cars a day."),
        "4,000",
    )
    assert c.text.startswith("The new bridge would carry")
