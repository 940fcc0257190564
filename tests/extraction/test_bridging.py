"""Semantic bridging (issue #13, claims/extraction/bridging.py): a demonstrative
determiner no rule resolved ("this judgment", "this disaster") takes the one mention
before it, in its paragraph, whose head noun the embedding model finds of its meaning,
clearly above any other; otherwise it stays.  All sentences are written for these
tests; the refusals matter as much as the finds (a wrong referent is worse than a
dangling one)."""

import pytest

from claims.extraction import bridging
from claims.extraction.bridging import MARGIN, THRESHOLD, choose


def _texts(claims):
    return [c.text for c in claims]


# --- finds ---------------------------------------------------------------------------------


def test_a_synonym_names_the_mention_before(claims_of, find):
    text = (
        "The verdict in the trial of the former minister was read out on Monday. The "
        "sentence of his deputy followed on Tuesday. Lawyers said this judgment would be "
        "appealed."
    )
    c = find(claims_of(text), "appealed")
    assert c.text == "The verdict in the trial of the former minister would be appealed."


def test_a_more_general_noun_names_the_event_before(claims_of, find):
    text = (
        "Investigators blamed the collapse of the Morandi bridge in Genoa on poor "
        "maintenance. The operator said this disaster could not have been foreseen."
    )
    c = find(claims_of(text), "foreseen")
    assert c.text == "The collapse of the Morandi bridge in Genoa could not have been foreseen."


def test_an_act_named_by_its_verb(claims_of, find):
    text = (
        "Gunmen attacked a convoy of the World Food Programme near the town of Yei on "
        "Sunday. The United Nations said this atrocity would not stop its work."
    )
    c = find(claims_of(text), "stop its work")
    assert c.text.startswith("The attack on the convoy of the World Food Programme near")


# --- refusals --------------------------------------------------------------------------------


def test_two_mentions_alike_leave_it(claims_of, find):
    text = (
        "Investigators blamed the collapse of the Morandi bridge in Genoa on poor "
        "maintenance, and the collapse of a school roof in Naples on a faulty beam. The "
        "ministry said this disaster could not have been foreseen."
    )
    c = find(claims_of(text), "foreseen")
    assert c.text == "This disaster could not have been foreseen."


def test_a_mention_of_another_meaning_is_not_taken(claims_of, find):
    text = (
        "The ministry published the annual budget report on Monday. Officials said this "
        "tragedy could have been avoided."
    )
    c = find(claims_of(text), "avoided")
    assert c.text == "This tragedy could have been avoided."


def test_a_mention_in_another_paragraph_is_not_taken(claims_of, find):
    text = (
        "Investigators blamed the collapse of the Morandi bridge in Genoa on poor "
        "maintenance.\n\nThe operator said this disaster could not have been foreseen."
    )
    c = find(claims_of(text), "foreseen")
    assert c.text == "This disaster could not have been foreseen."


def test_an_act_is_not_the_party_that_did_it(claims_of, find):
    # "court" is close to "ruling", but a ruling is not a court
    text = (
        "The Constitutional Court of Guatemala met on Monday in the capital. The "
        "opposition welcomed this ruling."
    )
    c = find(claims_of(text), "welcomed")
    assert c.text == "The opposition welcomed this ruling."


def test_a_mention_that_points_back_itself_is_not_taken(claims_of, find):
    # "its verdict" says no more than "this judgment": whose, the text says elsewhere
    text = (
        "On Monday the court delivered its verdict in the corruption trial of the former "
        "energy minister. Defense lawyers said this judgment would be appealed."
    )
    c = find(claims_of(text), "appealed")
    assert c.text == "This judgment would be appealed."


def test_without_the_model_nothing_changes(claims_of, monkeypatch, nlp):
    from claims.extraction import extract

    def unavailable(texts):
        from claims.matching.embedder import EmbedderUnavailable

        raise EmbedderUnavailable("not installed")

    text = (
        "Investigators blamed the collapse of the Morandi bridge in Genoa on poor "
        "maintenance. The engineers' union said this disaster could have been avoided."
    )
    with_model = "The collapse of the Morandi bridge in Genoa could have been avoided."
    assert with_model in _texts(claims_of(text))
    monkeypatch.setattr(bridging, "_default_embed", unavailable)
    monkeypatch.setattr(bridging, "_vectors", {})
    claims = extract(text)
    assert "This disaster could have been avoided." in _texts(claims)


# --- the decision alone --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("scores", "eligible", "expected"),
    [
        ([THRESHOLD + 0.2, THRESHOLD - 0.1], [True, True], 0),
        ([THRESHOLD - 0.01], [True], None),  # not close enough
        ([THRESHOLD + 0.2, THRESHOLD + 0.2 - MARGIN / 2], [True, True], None),  # two alike
        ([THRESHOLD + 0.2, THRESHOLD - 0.1], [False, True], None),  # the best cannot win
        ([THRESHOLD - 0.1, THRESHOLD + 0.2], [True, True], 1),
        ([], [], None),
    ],
)
def test_choose(scores, eligible, expected):
    assert choose(scores, eligible) == expected
