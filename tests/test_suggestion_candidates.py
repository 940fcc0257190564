"""How suggestions find and re-rank candidates: bounded, in a fixed number of
queries whatever the number of candidates, on stored vectors (those embedded
on the spot are kept). Articles written for these tests."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

import claims.matching as matching
from claims import suggestions
from claims.models import Article, Claim, ClaimVector, Speaker
from claims.services.vectors import claim_vectors_drain, claim_vectors_queue, text_hash
from claims.suggestions import chosen_lexemes, suggest_links
from tests.conftest import article_of_claims

pytestmark = pytest.mark.django_db

BASE = "Rebels said their drones struck the Kessel Ridge radar station on Sunday."


def _claims(texts, speaker="Ridge Front"):
    return article_of_claims(
        f"Report {len(texts)} {texts[0][:20]}", [(t, "claim", speaker) for t in texts]
    )


def _variants(n, offset=0):
    return [
        f"Officials confirmed that drones struck the Kessel Ridge radar station, report {i}."
        for i in range(offset, offset + n)
    ]


def _queries(claim):
    suggestions.lexeme_frequencies()  # read once per process (every few minutes), not per claim
    with CaptureQueriesContext(connection) as ctx:
        found = suggest_links(claim)
    return len(ctx.captured_queries), found


def test_a_panel_costs_the_same_queries_for_three_candidates_or_forty():
    (claim,) = _claims([BASE])
    for i, text in enumerate(_variants(3)):
        _claims([text], speaker=f"Ministry {i}")
    claim_vectors_queue()
    claim_vectors_drain()
    few, found = _queries(claim)
    assert found  # the confirmations are found
    for i, text in enumerate(_variants(40, offset=3)):
        _claims([text], speaker=f"Agency {i}")
    claim_vectors_queue()
    claim_vectors_drain()
    many, found = _queries(claim)
    assert many == few
    assert len(found) == suggestions.LIMIT


def test_vectors_embedded_on_the_spot_are_kept_and_not_embedded_again(monkeypatch):
    (claim,) = _claims([BASE])
    others = [_claims([t], speaker=f"Ministry {i}")[0] for i, t in enumerate(_variants(2))]
    assert not ClaimVector.objects.exists()  # no background task in the tests
    first = suggest_links(claim)
    assert first
    kept = dict(ClaimVector.objects.values_list("claim_id", "text_hash"))
    for c in [claim, *others]:
        assert kept[c.pk] == text_hash(c.text)

    def no_model(texts):
        raise AssertionError(f"embedded again: {texts}")

    monkeypatch.setattr(matching, "embed", no_model)
    again = suggest_links(claim)
    assert [(s.other.pk, s.relation, s.score) for s in again] == [
        (s.other.pk, s.relation, s.score) for s in first
    ]


def test_a_vector_of_an_older_text_is_replaced_on_the_spot():
    (claim,) = _claims([BASE])
    _claims(_variants(1), speaker="Ministry")
    claim_vectors_queue()
    claim_vectors_drain()
    new_text = "Rebels said their drones struck the Kessel Ridge radar station on Monday."
    Claim.objects.filter(pk=claim.pk).update(text=new_text)
    claim.refresh_from_db()
    suggest_links(claim)
    assert ClaimVector.objects.get(claim=claim).text_hash == text_hash(new_text)


def test_candidates_come_from_the_rarest_lexemes(monkeypatch):
    monkeypatch.setattr(
        suggestions,
        "lexeme_frequencies",
        lambda: {"said": 0.2, "drone": 0.05, "struck": 0.01, "station": 0.02},
    )
    chosen = chosen_lexemes(["said", "drone", "struck", "kessel", "station", "sunday", "22"])
    # not among the common ones: rarer than all; then by rarity; never a number
    expected = ["kessel", "sunday", "struck", "station", "drone", "said"]
    assert chosen == expected[: suggestions.POSTGRES_KEYWORDS]


def test_only_candidates_similar_enough_to_be_suggested_are_loaded_whole(monkeypatch):
    from claims.matching.relations import MIN_SIMILARITY

    (claim,) = _claims([BASE])
    for i, text in enumerate(_variants(3)):
        _claims([text], speaker=f"Ministry {i}")
    for i, text in enumerate(
        [
            "The Kessel Ridge radar museum opened a cafe for tourists on Sunday.",
            "Tourists at Kessel Ridge praised the station's new radar exhibit.",
        ]
    ):
        _claims([text], speaker=f"Museum {i}")
    claim_vectors_queue()
    claim_vectors_drain()
    ranked = suggestions.candidates(claim)
    vectors = suggestions.vectors_for([claim, *ranked])
    similar = {c.pk for c in ranked if float(vectors[c.pk] @ vectors[claim.pk]) >= MIN_SIMILARITY}
    assert similar and len(similar) < len(ranked)  # the museum claims are candidates, not similar

    loaded = []
    load = suggestions.load_claims
    monkeypatch.setattr(suggestions, "load_claims", lambda ids: loaded.extend(ids) or load(ids))
    found = suggest_links(claim)
    assert set(loaded) == similar
    assert {s.other.pk for s in found} <= similar


def test_below_min_similarity_no_pair_is_related():
    from claims.matching.relations import MIN_SIMILARITY, ClaimFacts, relate

    denial = ClaimFacts("The ministry denied that drones struck the station.", kind="denial")
    claim = ClaimFacts("Drones struck the station.")
    for a, b in [(denial, claim), (claim, claim), (claim, denial)]:
        for same_party in (True, False):
            just_below = MIN_SIMILARITY - 1e-6
            assert relate(a, b, similarity=just_below, same_party=same_party) is None
    assert relate(denial, claim, similarity=0.99, same_party=False) is not None
