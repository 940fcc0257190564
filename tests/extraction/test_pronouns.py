"""Pronoun speakers resolve to the last compatible named speaker."""


def test_it_resolves_he_to_the_last_person_speaker(claims_of, find):
    text = ("Finance minister Pedro Alvarez said the budget was balanced. "
            "He called the opposition's figures fantasies.")
    c = find(claims_of(text), "fantasies")
    assert c.speaker == "Finance minister Pedro Alvarez"
    assert c.text.startswith("Pedro Alvarez called")


def test_it_resolves_it_in_the_content_to_an_organisation_speaker(claims_of, find):
    c = find(claims_of("The shipping company confirmed that it had lost two vessels."), "vessels")
    assert c.text.startswith("The shipping company had lost two vessels")
    assert c.kind == "confirmation"


def test_it_does_not_resolve_she_to_an_organisation(claims_of, find):
    text = "The hospital said the ward was closed. She said nothing else."
    c = find(claims_of(text), "nothing else")
    assert c.speaker != "The hospital"
