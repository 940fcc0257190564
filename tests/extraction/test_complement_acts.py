"""A demonstrative and a noun of the stem of the verb just before, a verb with no
object but what it said or was aimed at (issue #13, determiners.complement_act_antecedent):
"The Supreme Court ruled on Monday that the ban was unconstitutional. The government
said it would respect this ruling." -> "the Supreme Court’s ruling that the ban was
unconstitutional". The act is named by its party and what it said or asked for, without
when ("on Monday"). It stays when the verb is negated or passive, its subject names no
party, or the demonstrative's number is not the verb's. All sentences are written for
these tests."""

import pytest

from claims.extraction import extract
from claims.extraction.determiners import _names_verb


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        (
            "The Supreme Court ruled on Monday that the ban was unconstitutional. "
            "The government said it would respect this ruling.",
            "would respect",
            "the Supreme Court’s ruling that the ban was unconstitutional",
        ),
        (
            "Humanitarian agencies have repeatedly called on the government to protect aid "
            "convoys. Those calls have gone largely unheeded.",
            "unheeded",
            "Humanitarian agencies’ calls on the government to protect aid convoys have gone",
        ),
        (
            "The mayor has repeatedly called for calm. These calls have gone unheeded.",
            "unheeded",
            "The mayor’s calls for calm have gone unheeded",
        ),
        (
            "The city council voted on Tuesday to suspend the mayor. "
            "This vote was the first of its kind.",
            "first of its kind",
            "The city council’s vote to suspend the mayor was",
        ),
        (
            "Opposition parties appealed to the electoral commission for a recount on Friday. "
            "The commission rejected this appeal on Sunday.",
            "rejected",
            "opposition parties’ appeal to the electoral commission for a recount",
        ),
        # a party named at length (an appositive): the act by what it asked for
        (
            "The U.N. children's agency, UNICEF, appealed to the European Union for more "
            "vaccines in December. That appeal is still under review.",
            "under review",
            "The appeal to the European Union for more vaccines is still under review",
        ),
    ],
)
def test_the_act_is_named_by_its_party_and_what_it_said(claims_of, text, words, expected, one):
    c = one(claims_of(text), words)
    assert expected in c.text
    assert not any(w in c.text.split() for w in ("this", "This", "these", "These", "Those"))


@pytest.mark.parametrize(
    ("text", "words", "kept"),
    [
        # negated: no call was made
        (
            "The minister did not call on the army to withdraw. This call was expected.",
            "was expected",
            "This call",
        ),
        # "Many" names no party
        (
            "Many called on the president to resign. These calls grew louder.",
            "grew louder",
            "These calls",
        ),
        # one vote, "these votes": others too?
        (
            "The city council voted on Tuesday to suspend the mayor. These votes were close.",
            "were close",
            "These votes",
        ),
    ],
)
def test_the_demonstrative_stays(claims_of, text, words, kept, one):
    c = one(claims_of(text), words)
    assert c.text.startswith(kept)


def test_a_noun_of_the_verb_s_stem_or_its_ing_form():
    assert _names_verb("ruling", "rule")
    assert _names_verb("call", "call")
    assert _names_verb("proposal", "propose")
    assert not _names_verb("rule", "run")
    # another stem only through lexicon.ACT_NOUN_VERB ("decided to ... That decision")
    assert _names_verb("decision", "decide")
    assert not _names_verb("decision", "deliver")
    assert not _names_verb("failure", "file")


def test_an_object_is_not_what_was_said(one):
    # "fined the company": an act on an object (act_noun_antecedent's), not a complement
    claims = extract("The court fined the company $2 million. Lawyers criticised this ruling.")
    c = one(claims, "criticised")
    assert "ruling that" not in c.text
