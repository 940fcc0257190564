"""The queue's search and counting: on PostgreSQL full-text search matches and
ranks on the stored, GIN-indexed search_vector column (migration 0005), with
websearch syntax; the queue counts at most 10,001 rows; the SQLite fallback
(LIKE, no rank) is exercised by switching the vendor check off."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from claims import selectors
from claims.models import Claim
from claims.paginators import CappedPaginator, capped_count
from claims.selectors import QueueFilters, claim_search, review_queue
from claims.views import queue as queue_view

pytestmark = pytest.mark.django_db


def texts(qs):
    return [c.text for c in qs]


def search(q, **kw):
    return texts(review_queue(QueueFilters(q=q, status="all", **kw)))


# --- schema -------------------------------------------------------------------


def test_it_has_a_generated_search_vector_column_with_a_gin_index():
    with connection.cursor() as cur:
        cur.execute(
            "SELECT data_type, is_generated, generation_expression FROM information_schema.columns "
            "WHERE table_name = 'claims_claim' AND column_name = 'search_vector'"
        )
        data_type, generated, expression = cur.fetchone()
        cur.execute("SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'claims_claim'")
        indexes = dict(cur.fetchall())
    assert data_type == "tsvector" and generated == "ALWAYS"
    assert "to_tsvector('english'::regconfig" in expression and "search_text" in expression
    assert "USING gin (search_vector)" in indexes["claim_search_vector_gin"]
    open_queue = indexes["claim_open_queue_idx"]
    assert "checkworthiness DESC, id DESC" in open_queue and "deleted_at IS NULL" in open_queue
    assert "in_review" in open_queue and "unreviewed" in open_queue
    assert "created_at DESC, id DESC" in indexes["claim_live_newest_idx"]
    assert "checkworthiness DESC, id DESC" in indexes["claim_live_worth_idx"]


# --- full-text search on PostgreSQL ----------------------------------------------


def test_it_matches_and_ranks_on_the_stored_vector_not_the_text():
    sql = str(review_queue(QueueFilters(q="aircraft", sort="relevance")).query)
    assert '"claims_claim"."search_vector" @@ (websearch_to_tsquery(english::regconfig' in sql
    assert 'ts_rank("claims_claim"."search_vector", websearch_to_tsquery(' in sql
    assert "to_tsvector" not in sql


def test_the_planner_can_use_the_gin_index(article):
    qs = claim_search(Claim.all_objects.all(), "aircraft")  # no partial-index predicate
    with connection.cursor() as cur:  # three rows: other scans are cheaper unless forbidden
        cur.execute("SET LOCAL enable_seqscan = off")
        cur.execute("SET LOCAL enable_indexscan = off")
        plan = qs.explain()
    assert "claim_search_vector_gin" in plan


def test_it_ranks_by_relevance_and_otherwise_by_checkworthiness(article):
    heli = "The rebel group said it shot down an army helicopter on Tuesday."
    # Every claim's search text has the title ("... shot down a helicopter");
    # this one says "helicopter" twice, so it ranks first even when least worth.
    Claim.objects.filter(text=heli).update(checkworthiness=0.1)
    ranked = search("helicopter", sort="relevance")
    assert len(ranked) == 3 and ranked[0] == heli
    by_worth = search("helicopter")
    assert by_worth[-1] == heli
    ranks = [c.rank for c in review_queue(QueueFilters(q="helicopter", sort="relevance"))]
    assert ranks == sorted(ranks, reverse=True) and ranks[0] > ranks[-1] > 0


def test_it_understands_websearch_syntax(article):
    assert search('"defence ministry"') == [
        "The defence ministry denied that any aircraft was lost."
    ]
    assert search('"ministry defence"') == []
    assert search("aircraft or soldiers", sort="oldest") == [
        "The defence ministry denied that any aircraft was lost.",
        "About 40 soldiers were stationed at the base.",
    ]
    assert "The defence ministry denied that any aircraft was lost." not in search(
        "helicopter -ministry"
    )
    assert search("aircrafts") == [
        "The defence ministry denied that any aircraft was lost."
    ]  # stems


def test_the_stored_vector_follows_edits_of_the_search_text(article):
    claim = Claim.objects.get(text__startswith="About 40 soldiers")
    claim.text = "About 40 paratroopers were stationed at the base."
    claim.search_text = claim.build_search_text()
    claim.save()
    assert search("paratroopers") == [claim.text]
    assert search("soldiers") == []


def test_it_works_inside_a_subquery_whose_tables_are_relabelled(article):
    inner = claim_search(Claim.objects.all(), "aircraft").values("pk")
    assert texts(Claim.objects.filter(pk__in=inner)) == [
        "The defence ministry denied that any aircraft was lost."
    ]


def test_it_excludes_deleted_claims_from_search(article):
    from django.utils import timezone

    Claim.objects.filter(text__contains="aircraft").update(deleted_at=timezone.now())
    assert search("aircraft") == []


# --- capped count ------------------------------------------------------------------


def test_the_capped_count_stops_after_cap_plus_one_rows(article):
    qs = review_queue(QueueFilters(status="all"))
    assert capped_count(qs, cap=10) == 3
    assert capped_count(qs, cap=2) == 3 and capped_count(qs, cap=1) == 2
    searched = review_queue(QueueFilters(q="helicopter", sort="relevance"))  # names no speaker
    with CaptureQueriesContext(connection) as ctx:
        capped_count(searched, cap=10)
    (sql,) = [q["sql"] for q in ctx.captured_queries]
    assert "LIMIT 11" in sql and "ts_rank" not in sql and "ORDER BY" not in sql
    assert capped_count([1, 2, 3, 4], cap=2) == 3


def test_the_paginator_shows_a_floor_when_capped(article):
    qs = review_queue(QueueFilters(status="all"))
    exact = CappedPaginator(qs, 2, cap=10)
    assert (exact.count, exact.capped, exact.count_display, exact.num_pages_display) == (
        3,
        False,
        "3",
        "2",
    )
    capped = CappedPaginator(qs, 1, cap=2)
    assert capped.count == 3 and capped.capped
    assert capped.count_display == "2+" and capped.num_pages_display == "2+"
    big = CappedPaginator(list(range(20_000)), 25)
    assert big.count_display == "10,000+" and big.num_pages_display == "400+"
    known = CappedPaginator(qs, 2, count=99, cap=10)  # a count already taken is reused
    assert known.count == 11


def test_the_queue_page_says_how_many_and_when_capped(reviewer_client, article, monkeypatch):
    html = reviewer_client.get(reverse("home")).content.decode()
    assert "3 claims" in html and "narrow the filters" not in html
    monkeypatch.setattr("claims.paginators.COUNT_CAP", 2)
    html = reviewer_client.get(reverse("home")).content.decode()
    assert "2+ claims" in html and "narrow the filters" in html


def test_a_search_with_too_many_matches_to_rank_falls_back_and_says_so(
    reviewer_client, reviewer, article, monkeypatch
):
    filters = QueueFilters(q="helicopter", sort="relevance")
    page, unranked = queue_view.queue_page(filters, reviewer, 1)
    assert not unranked
    monkeypatch.setattr(queue_view, "RANK_LIMIT", 2)
    page, unranked = queue_view.queue_page(filters, reviewer, 1)
    assert unranked and page.paginator.count == 3
    worth = [c.checkworthiness for c in page]
    assert worth == sorted(worth, reverse=True)
    html = reviewer_client.get(
        reverse("home"), {"q": "helicopter", "sort": "relevance"}
    ).content.decode()
    assert "Too many matches to sort by relevance" in html


# --- SQLite fallback ------------------------------------------------------------------


def test_without_postgresql_search_is_every_word_with_like_and_no_rank(article, monkeypatch):
    monkeypatch.setattr(selectors, "uses_postgres", lambda: False)
    qs = claim_search(Claim.objects.all(), 'defence "aircraft"')
    sql = str(qs.query)
    assert "search_vector" not in sql and "ts_rank" not in sql and "LIKE" in sql.upper()
    assert texts(qs) == ["The defence ministry denied that any aircraft was lost."]
    filters = QueueFilters(q="helicopter", sort="relevance")
    assert not selectors.ranks_by_relevance(filters)
    worth = [c.checkworthiness for c in review_queue(filters)]
    assert worth == sorted(worth, reverse=True) and len(worth) == 3


# --- search by speaker alias ------------------------------------------------------


@pytest.fixture
def spoken(article, reviewer):
    """The rebel claim said by a speaker with two more names; the article never
    writes them (its mention is "the Tarn Valley Front")."""
    from claims import services

    claim = Claim.objects.get(text__startswith="The rebel group said")
    services.claim_update(
        claim=claim, by=reviewer, expected_version=None, speaker_name="Tarn Valley Front"
    )
    claim.refresh_from_db()
    services.speaker_add_alias(speaker=claim.speaker, name="TVF", by=reviewer)
    services.speaker_add_alias(speaker=claim.speaker, name="Valley Front Militia", by=reviewer)
    Claim.objects.filter(pk=claim.pk).update(speaker_mention="the Tarn Valley Front")
    return claim


def test_a_search_for_any_alias_of_a_speaker_finds_its_claims(spoken):
    assert "TVF" not in Claim.objects.get(pk=spoken.pk).search_text
    assert search("TVF") == [spoken.text]
    assert search("tvf") == [spoken.text]  # as a name is compared: case and dots aside
    assert search("Valley Front Militia") == [spoken.text]
    # a speaker's name plus words: its claims that also match the words
    assert search("TVF helicopter") == [spoken.text]
    assert search("TVF aircraft") == []
    # and the text search is still there ("aircraft" is the ministry's claim)
    assert search("TVF or aircraft", sort="oldest") == [
        "The defence ministry denied that any aircraft was lost."
    ]  # an operator: the whole query is not a name, so plain full text
    assert search("helicopter TVF", sort="oldest") == [spoken.text]


def test_a_gazetteer_alias_finds_the_claims_of_its_speaker(article, reviewer):
    from claims import services

    claim = Claim.objects.get(text__startswith="About 40 soldiers")
    services.claim_update(
        claim=claim, by=reviewer, expected_version=None, speaker_name="U.S. Central Command"
    )
    Claim.objects.filter(pk=claim.pk).update(speaker_mention="")
    assert search("CENTCOM") == [claim.text]
    assert search("CENTCOM soldiers") == [claim.text]


def test_the_speaker_part_of_a_search_uses_the_speaker_index(spoken):
    qs = claim_search(Claim.all_objects.all(), "TVF")
    sql = str(qs.query)
    assert "speaker_id" in sql and "search_vector" in sql
    with connection.cursor() as cur:  # a few rows: other scans are cheaper unless forbidden
        cur.execute("SET LOCAL enable_seqscan = off")
        cur.execute("SET LOCAL enable_indexscan = off")
        plan = qs.explain()
    assert "BitmapOr" in plan and "claim_search_vector_gin" in plan, plan
    assert "Index Cond: (speaker_id = " in plan, plan


def test_without_postgresql_an_alias_finds_its_speakers_claims_too(spoken, monkeypatch):
    monkeypatch.setattr(selectors, "uses_postgres", lambda: False)
    assert search("TVF") == [spoken.text]
    assert search("TVF helicopter") == [spoken.text]
    assert search("TVF aircraft") == []
