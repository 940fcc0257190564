"""A shell noun ("this effort", "these actions", "these operations") names an act
told before it (resolve.shell_antecedent). Who condemned or welcomed an attack did
not carry it out, a paragraph that has named its own thing done is not about the
lead's, and the events a paragraph's sentence is about are what its shell noun
names. All sentences are written for these tests."""

import pytest


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        (
            "The United Kingdom condemns the bombing of a hospital in Marib on Friday.\n\n"
            "The ministry reported that this action killed 14 patients.",
            "14 patients",
            "The bombing killed 14 patients.",
        ),
        (
            "France condemned the airstrikes on the port of Hodeidah. "
            "These actions killed 20 dockworkers, the port authority said.",
            "dockworkers",
            "The airstrikes killed 20 dockworkers.",
        ),
    ],
)
def test_who_condemned_an_attack_is_not_its_owner(claims_of, find, text, words, expected):
    assert find(claims_of(text), words).text == expected


def test_a_party_that_carried_it_out_still_owns_it(claims_of, find):
    text = (
        "Russia launched cyber attacks against Ukraine's banks in February. "
        "These actions disrupted payments for days."
    )
    assert find(claims_of(text), "payments").text.startswith("Russia’s cyber attacks")


def test_a_paragraph_that_named_its_own_act_does_not_reach_back_to_the_lead(claims_of, find):
    text = (
        "The United States condemns the attack on the central market in Beni on Sunday.\n\n"
        "The two governments signed a trade accord in Kampala on Monday. "
        "The United States supports this effort."
    )
    c = find(claims_of(text), "supports")
    assert "attack" not in c.text and "Beni" not in c.text


def test_a_letter_s_closing_shell_noun_still_takes_the_lead(claims_of, find):
    text = (
        "At my direction, United States forces conducted strikes against a weapons depot "
        "in eastern Syria on June 4.\n\n"
        "These actions were taken to protect United States personnel."
    )
    c = find(claims_of(text), "protect")
    assert "strikes" in c.text and "These actions" not in c.text


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        (
            "The strikes were conducted in a way meant to spare civilians. "
            "Officials said these operations would continue.",
            "continue",
            "The strikes would continue.",
        ),
        (
            "The raids were carried out at night to limit the risk to residents. "
            "Commanders said that remains the aim of these operations.",
            "the aim of",
            "the aim of the raids",
        ),
    ],
)
def test_the_events_its_paragraph_is_about(claims_of, find, text, words, expected):
    assert expected in find(claims_of(text), words).text


def test_a_subject_of_another_number_is_not_taken(claims_of, find):
    text = (
        "The strike was conducted in a way meant to spare civilians. "
        "Officials said these operations would continue."
    )
    assert "strike" not in find(claims_of(text), "continue").text
