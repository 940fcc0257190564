"""speaker_key and speaker kinds."""

from claims.extraction import speaker_key


def test_it_merges_an_organisation_with_and_without_its_location():
    assert speaker_key("The Islamic Resistance in Iraq") == speaker_key("The Islamic Resistance")


def test_it_merges_a_titled_person_with_the_bare_surname():
    assert (
        speaker_key("Health minister Anna Berg") == speaker_key("Berg") == speaker_key("Anna Berg")
    )


def test_it_keeps_different_organisations_apart():
    assert speaker_key("The Red Cross") != speaker_key("The Red Crescent")


def test_it_classifies_speaker_kinds(claims_of, find):
    claims = claims_of(
        "The army said the border was quiet. The rebel militia said it had withdrawn."
    )
    assert find(claims, "border").speaker_kind == "military"
    assert find(claims, "withdrawn").speaker_kind == "armed_group"
