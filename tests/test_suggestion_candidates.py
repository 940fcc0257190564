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


# What one panel's suggestions may cost on PostgreSQL, whatever the number of
# candidates: the claim's lexemes, links, dismissals and vector (1); the
# candidates with their vectors (1); the similar ones whole, with speaker and
# article (1); their speakers' affiliation chains, every level, and the
# adversaries among them (1).
SUGGESTION_QUERIES = 4


def _related_story(n):
    """BASE, said by a brigade of an army, and n confirmations of it, each in
    its own article, by a ministry of its own government, the army's
    adversary: chains of parents to walk, adversary pairs to find."""
    army = Speaker.objects.create(name="Ridge Army")
    Speaker.objects.create(name="Ridge Front", parent=army)
    (claim,) = _claims([BASE])
    for i, text in enumerate(_variants(n)):
        government = Speaker.objects.create(name=f"Government {i}")
        Speaker.objects.create(name=f"Ministry {i}", parent=government)
        army.adversaries.add(government)
        _claims([text], speaker=f"Ministry {i}")
    claim_vectors_queue()
    claim_vectors_drain()
    suggest_links(claim)  # once: the lexeme statistics and the articles' settings are read
    # the claim as a panel loads it
    return Claim.objects.select_related("article", "speaker").get(pk=claim.pk)


def test_a_panels_suggestions_cost_a_few_queries_none_per_candidate_or_speaker(
    django_assert_max_num_queries,
):
    claim = _related_story(12)
    with django_assert_max_num_queries(SUGGESTION_QUERIES):
        found = suggest_links(claim)
    assert len(found) == suggestions.LIMIT
    # what costs the queries was there to read: chains of parents and an adversary
    assert all(s.other.speaker.parent.name.startswith("Government") for s in found)
    assert claim.speaker.parent.name == "Ridge Army"
    assert all(s.why.adversarial for s in found)


def test_with_nothing_similar_enough_no_claim_speaker_or_article_is_loaded(
    django_assert_max_num_queries,
):
    from claims.matching.relations import MIN_SIMILARITY

    (claim,) = _claims([BASE])
    _claims(["The Kessel Ridge radar museum opened a cafe for tourists on Sunday."], "Museum")
    claim_vectors_queue()
    claim_vectors_drain()
    (museum,) = suggestions.candidates(claim)  # a candidate, not close enough
    vectors = suggestions.vectors_for([claim, museum])
    assert float(vectors[claim.pk] @ vectors[museum.pk]) < MIN_SIMILARITY
    suggestions.lexeme_frequencies()
    with django_assert_max_num_queries(2):  # the claim's lexemes and vector; the candidates
        assert suggest_links(claim) == []


# The whole claim panel (htmx fragment) with suggestions and links: the session
# and user with its permissions (4), the claim (1), its speaker's colour slot
# (1), the assignee menu (1), its links either way (2), evidence (1), history
# (1), and the suggestions, the links' speakers read with theirs (21 before).
PANEL_QUERIES = 11 + SUGGESTION_QUERIES


def test_a_panel_with_suggestions_and_links_opens_in_a_bounded_number_of_queries(
    reviewer_client, django_assert_max_num_queries
):
    from django.urls import reverse

    from claims.models import ClaimLink

    claim = _related_story(12)
    linked = Claim.objects.exclude(article_id=claim.article_id).order_by("pk").first()
    ClaimLink.objects.create(from_claim=linked, to_claim=claim, relation="confirms")
    url = reverse("claim_detail", args=[claim.article_id, claim.pk])
    headers = {"HTTP_HX_REQUEST": "true", "HTTP_HX_TARGET": "panel"}
    assert reviewer_client.get(url, **headers).status_code == 200  # sessions, caches
    with django_assert_max_num_queries(PANEL_QUERIES):
        response = reviewer_client.get(url, **headers)
    html = response.content.decode()
    assert html.count('class="suggestion"') == suggestions.LIMIT
    assert "independent, from an adversary" in html  # chains and adversaries were read


def test_the_candidate_pool_is_the_same_at_every_opening_whichever_plan_reads_it():
    """The pool is the first RANK_POOL matches the scan meets (no ORDER BY, so
    the GIN index stops there). A bitmap scan meets them in the table's page
    order; a sequential scan (the plan for very common words) would start
    wherever a concurrent scan of the table has got to, unless
    synchronize_seqscans is off: then it starts at the first page too."""
    with connection.cursor() as cursor:
        cursor.execute("SHOW synchronize_seqscans")
        assert cursor.fetchone()[0] == "off"
