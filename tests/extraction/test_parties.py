"""Speakers as parties within one article: descriptions, short names,
acronyms and people joined to the party they stand for. Sentences written for
these tests (not the seed's)."""

import pytest

from claims.extraction.parties import affiliation, parse_person


def _party_of(claims, *words):
    for c in claims:
        if all(w.lower() in c.text.lower() for w in words):
            return next(p for p in claims.speakers if p.id == c.speaker_id)
    raise AssertionError(f"no claim with {words!r}: {[c.text for c in claims]!r}")


def test_it_joins_a_definite_description_to_the_nearest_earlier_compatible_name(claims_of):
    text = (
        "The Northern Liberation Front said it had seized the dam on Monday.\n\n"
        "The militants said they would hold the dam until the talks resume.\n\n"
        "The group also said three of its fighters were wounded."
    )
    claims = claims_of(text)
    front = _party_of(claims, "seized the dam")
    assert _party_of(claims, "hold the dam") is front
    assert _party_of(claims, "fighters were wounded") is front
    assert front.name == "Northern Liberation Front" and front.kind == "armed_group"


def test_it_lets_an_intervening_party_take_the_description(claims_of):
    text = (
        "The Northern Liberation Front said it had seized the dam.\n\n"
        "The Coastal Brigades said they had shelled the port.\n\n"
        "The militants said the port was now closed to shipping."
    )
    claims = claims_of(text)
    assert _party_of(claims, "closed to shipping") is _party_of(claims, "shelled the port")
    assert _party_of(claims, "closed to shipping") is not _party_of(claims, "seized the dam")


def test_it_does_not_join_a_description_of_another_kind(claims_of):
    text = (
        "The Northern Liberation Front said it had seized the dam.\n\n"
        "The ministry said the water supply was not affected."
    )
    claims = claims_of(text)
    assert _party_of(claims, "water supply") is not _party_of(claims, "seized the dam")


def test_it_joins_an_introducing_description_to_the_name_that_follows(claims_of):
    text = (
        "A separatist group backed by its neighbour has claimed the bombing of a bridge, "
        "officials said.\n\n"
        "The Free Valley Movement said in a statement that it planted the explosives."
    )
    claims = claims_of(text)
    intro = _party_of(claims, "bombing of a bridge")
    assert intro.name == "Free Valley Movement"
    assert _party_of(claims, "planted the explosives") is intro


def test_it_joins_an_acronym_defined_in_the_text_to_its_expansion(claims_of):
    text = (
        "The Western Maritime Command (WESMARCOM) said two vessels were intercepted.\n\n"
        "WESMARCOM said the crews were detained in the port of Lira."
    )
    claims = claims_of(text)
    a, b = _party_of(claims, "vessels were intercepted"), _party_of(claims, "crews were detained")
    assert a is b
    assert a.name == "Western Maritime Command" and "WESMARCOM" in a.aliases


def test_it_makes_a_person_of_a_role_title_and_name(claims_of):
    text = (
        "Navy spokeswoman Commander Lena Ostrova said the frigate returned to port on Friday.\n\n"
        "Ostrova said no sailors were hurt.\n\n"
        "The spokeswoman said the damage would be repaired within a month."
    )
    claims = claims_of(text)
    lena = _party_of(claims, "frigate returned")
    assert (lena.name, lena.kind, lena.role) == ("Lena Ostrova", "person", "Navy spokeswoman")
    assert _party_of(claims, "no sailors") is lena
    assert _party_of(claims, "damage would be repaired") is lena
    parent = next(p for p in claims.speakers if p.id == lena.parent)
    assert parent.name == "Navy"


def test_it_keeps_people_with_one_surname_and_different_first_names_apart(claims_of):
    text = (
        "Minister Anna Berg said the tax will rise.\n\n"
        "Opposition leader Tomas Berg said the tax will not pass."
    )
    claims = claims_of(text)
    assert _party_of(claims, "will rise") is not _party_of(claims, "will not pass")


def test_it_gives_unnamed_officials_their_country_as_parent(claims_of):
    text = "Two Canadian officials said the border crossing would reopen on Sunday."
    claims = claims_of(text)
    party = _party_of(claims, "border crossing")
    assert party.kind == "government"
    assert next(p for p in claims.speakers if p.id == party.parent).name == "Canadian"


@pytest.mark.parametrize(
    "mention, expected",
    [
        (
            "Pentagon spokesman Brigadier General Patrick Ryder",
            ("Patrick Ryder", "Brigadier General", "Pentagon spokesman"),
        ),
        ("Health Minister Dr Amina Sule", ("Amina Sule", "Dr", "Health Minister")),
        ("Major General Ole Brandt", ("Ole Brandt", "Major General", "")),
        ("the spokesman", None),
    ],
)
def test_it_parses_a_person_mention(mention, expected):
    assert parse_person(mention) == expected


@pytest.mark.parametrize(
    "role, expected",
    [
        ("Pentagon spokesman", "Pentagon"),
        ("Norway's Foreign minister", "Norway"),
        ("European Commission President", "European Commission"),
        ("spokesman", None),
        ("Health Minister", None),
    ],
)
def test_it_finds_the_organisation_in_a_role(role, expected):
    assert affiliation(role) == expected


def test_it_lists_speakers_and_speaker_ids_in_the_command_output(tmp_path):
    import json

    from django.core.management import call_command

    src = tmp_path / "a.txt"
    src.write_text(
        "The Harbour Authority said the quay will close. The agency said it regrets the delay.",
        encoding="utf-8",
    )
    call_command("extract_claims", str(src), "--out", str(tmp_path))
    data = json.loads((tmp_path / "a.json").read_text(encoding="utf-8"))
    ids = {s["id"] for s in data["speakers"]}
    assert {"id", "name", "kind", "aliases", "role", "parent"} <= set(data["speakers"][0])
    assert all(c["speaker_id"] in ids for c in data["claims"] if c["speaker"])
    assert len({c["speaker_id"] for c in data["claims"] if c["speaker"]}) == 1
