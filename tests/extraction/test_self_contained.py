"""Claims that read on their own (rules-1.6): elided verb phrases restored,
"it"/"its" to the one thing they can stand for, clause-pointing "this"
made explicit or marked, and a spokesperson's "we" as the organisation.
All sentences are written for these tests."""

import pytest

from claims.extraction.checkworthiness import BASE
from claims.extraction.speakers import speaker_kind


def _texts(claims):
    return [c.text for c in claims]


# --- verb-phrase ellipsis -------------------------------------------------------------


def test_it_restores_a_verb_phrase_after_did_not(claims_of, find):
    text = "When the guard asked a visitor if he carried a camera, the visitor said he did not."
    c = find(claims_of(text), "did not")
    assert c.text == "The visitor did not carry a camera."
    assert c.speaker == "the visitor"


def test_it_restores_a_progressive_after_a_bare_was(claims_of, find):
    text = "Police asked the driver if he was carrying a weapon. The driver said he was."
    c = find(claims_of(text), "carrying a weapon", "driver was")
    assert c.text == "The driver was carrying a weapon."


def test_it_restores_after_had_not_and_a_modal(claims_of, find):
    c = find(
        claims_of("Inspectors asked whether the firm had tested the brakes. It had not."),
        "had not",
    )
    assert c.text.endswith("had not tested the brakes.")
    c = find(
        claims_of("The committee said the minister could resign. She said she would not."),
        "would not",
    )
    assert c.text.endswith("would not resign.")


def test_it_takes_the_clause_before_not_the_speech_verb(claims_of, find):
    text = "Analysts expected the central bank to cut rates in March. It did not."
    c = find(claims_of(text), "did not")
    assert c.text == "The central bank did not cut rates in March."


def test_it_does_not_restore_across_a_paragraph_or_a_mismatched_auxiliary(claims_of):
    texts = _texts(claims_of("The mayor opened the bridge in May.\n\nHe had not."))
    assert not any("had not opened" in t for t in texts)
    # "was" cannot stand for "opened the bridge" (no progressive or passive before it)
    texts = _texts(claims_of("The mayor opened the new bridge. His deputy said he was."))
    assert not any("was opened" in t or "was opening" in t for t in texts)


# --- "it" and "its" -----------------------------------------------------------------


def test_it_points_it_at_the_one_thing_a_person_subject_acted_on(claims_of, find):
    text = "Engineers described a prototype the agency is building. It is named the Deep Rover."
    c = find(claims_of(text), "Deep Rover")
    assert c.text == "The prototype the agency is building is named the Deep Rover."


def test_it_keeps_it_when_the_subject_before_could_be_it(claims_of, find):
    # "the company" or "a new electric truck": ambiguous, so no replacement
    text = "The company unveiled a new electric truck on Monday. It is called the Volta Hauler."
    c = find(claims_of(text), "Volta Hauler")
    assert c.text.startswith("It is called")


def test_it_keeps_it_when_two_things_were_acted_on(claims_of):
    text = "Engineers tested a new engine and a new wing. It failed during the second test run."
    assert any(t.startswith("It failed") for t in _texts(claims_of(text)))


def test_a_plural_speaker_does_not_block_it_in_its_own_report(claims_of, find):
    text = "The agency said the rover broke down. Engineers say it would be repaired in May."
    c = find(claims_of(text), "repaired")
    assert c.text == "The rover would be repaired in May."
    assert c.speaker == "Engineers"


def test_its_in_an_allegation_is_the_party_that_rejects_it(claims_of, find):
    claims = claims_of("The ministry rejected the allegation that its troops fired on civilians.")
    c = find(claims, "fired on civilians")
    assert c.text == "The ministry’s troops fired on civilians."
    assert c.speaker is None and c.hedge == "the allegation"  # the ministry does not say it
    d = find(claims, "rejected")
    assert d.speaker == "The ministry" and d.kind == "denial"


# --- "this", "these", "those" ---------------------------------------------------------


def test_this_meant_keeps_only_the_consequence(claims_of, find):
    text = (
        "The bridge was closed for repairs in June. This meant that ferries carried "
        "all the traffic across the river."
    )
    c = find(claims_of(text), "ferries")
    assert c.text == "Ferries carried all the traffic across the river."


def test_this_includes_names_the_set_from_the_sentence_before(claims_of, find):
    text = (
        "The storm damaged power lines across the region. This includes hundreds of "
        "power lines in the northern valleys."
    )
    c = find(claims_of(text), "northern valleys")
    assert c.text.startswith("The damaged lines include hundreds of power lines")


def test_a_shell_noun_takes_the_event_of_the_clause_before(claims_of, find):
    text = (
        "Officials said Norway launched air strikes against the smugglers' boats, "
        "and those actions had consequences for fishermen."
    )
    c = find(claims_of(text), "consequences")
    assert c.text.startswith("Norway’s air strikes had consequences")


def test_an_unresolved_this_is_kept_but_marked_less_worth_checking(claims_of, find):
    text = (
        "Turnout fell sharply in the capital, and two candidates withdrew. "
        "This worried the party's organisers a great deal."
    )
    c = find(claims_of(text), "organisers")
    assert c.text.startswith("This worried")
    assert c.checkworthiness < BASE[c.kind] - 0.2


# --- a spokesperson's "we" ------------------------------------------------------------


def test_a_spokesmans_we_is_the_organisation_he_speaks_for(claims_of, find):
    text = 'A spokesman for the rebels said the fighting would go on. "We will not stop," he said.'
    c = find(claims_of(text), "will not stop")
    assert c.text == "The rebels will not stop."
    assert c.speaker == "A spokesman for the rebels"


def test_a_spokeswomans_we_with_a_possessive_organisation(claims_of, find):
    text = (
        "The union's spokeswoman, Ana Ruiz, said the strike would go on. "
        '"We are not afraid of the courts," she said.'
    )
    c = find(claims_of(text), "afraid of the courts")
    assert c.text == "The union is not afraid of the courts."


def test_we_stays_for_a_speaker_who_speaks_for_no_one_named(claims_of, find):
    c = find(claims_of('"We will win this race," the candidate said.'), "win this race")
    assert c.text.startswith("We will win")


def test_a_person_noun_or_title_with_a_modifier_is_a_person():
    assert speaker_kind("the man") == "person"
    assert speaker_kind("A spokesman for the rebels") == "person"
    assert speaker_kind("the Ministry of Defence") != "person"
    assert speaker_kind("Witnesses") != "person"


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Engineers described a drone the navy is building. It is called the Sea Hunter. "
            "Officials said Hunter is twice as fast as older models. "
            "Developers say it would carry four missiles.",
            "Hunter would carry four missiles.",
        ),
        (
            "Scientists described a telescope the agency is building. It is called the Nancy "
            "Grace Roman telescope. Officials said Roman is bigger than Hubble. "
            "Developers say it would launch in 2027.",
            "Roman would launch in 2027.",
        ),
    ],
)
def test_a_name_given_to_a_thing_is_not_a_person(claims_of, text, expected):
    assert expected in _texts(claims_of(text))


def test_a_name_given_to_a_person_stays_a_person(claims_of, find):
    text = (
        "The baby was named Rosa Diaz. Officials said Diaz was born on a bus. "
        "Reporters say she weighed three kilograms."
    )
    c = find(claims_of(text), "three kilograms")
    assert not c.text.startswith("It")


# --- competitors that cannot be the pronoun do not block it --------------------------


def test_a_coordinated_object_does_not_compete_for_it(claims_of, find):
    text = (
        "The convoy was carrying food and medicine to a camp. "
        "It had been cleared by both sides before it left."
    )
    c = find(claims_of(text), "cleared")
    assert c.text.startswith("The convoy had been cleared by both sides")


def test_a_single_thing_that_is_not_a_subject_still_blocks_it(claims_of, find):
    text = (
        "The ferry was carrying a truck to the island. It had been inspected by the port authority."
    )
    c = find(claims_of(text), "inspected")
    assert c.text.startswith("It had been inspected")


def test_a_thing_inside_their_report_does_not_take_they_from_the_reporters(claims_of, find):
    text = "Critics say the plan is too slow. They want the city to build a tram instead."
    c = find(claims_of(text), "tram")
    assert c.text == "Critics want the city to build a tram instead."


# --- "This is the third such incident" ------------------------------------------------


def test_this_said_to_be_an_incident_is_the_event_named_before(claims_of, find):
    text = (
        "Police condemned the attack on a mosque in the northern district. "
        "Two worshippers were hurt. This is the second such attack this year."
    )
    c = find(claims_of(text), "second such attack")
    assert (
        c.text
        == "The attack on a mosque in the northern district is the second such attack this year."
    )


def test_this_said_to_be_something_else_is_not_the_attack(claims_of, find):
    # not "The attack ... is a worrying sign": the attack, or condemning it? The whole
    # stance joined keeps both (test_voiced_join.py)
    text = (
        "Police condemned the attack on a mosque in the northern district. "
        "This is a worrying sign for the city."
    )
    c = find(claims_of(text), "worrying sign")
    assert c.text.startswith(
        "Police condemned the attack on a mosque in the northern district, which"
    )
