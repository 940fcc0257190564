"""Races on a real PostgreSQL: separate connections in threads, started together."""

from functools import partial

import pytest

from claims import services
from claims.errors import StaleVersion
from claims.models import Claim, ClaimEvent
from tests.conftest import run_together

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_it_lets_exactly_one_of_two_simultaneous_edits_win(article, reviewer, other_reviewer):
    for round_ in range(5):
        claim = Claim.objects.get(pk=article.claims.order_by("position").first().pk)
        version = claim.version
        results = run_together(
            partial(
                services.claim_set_status,
                claim=claim,
                status="in_review",
                by=reviewer,
                rationale=f"r{round_}a",
                expected_version=version,
            ),
            partial(
                services.claim_set_status,
                claim=claim,
                status="unverified",
                by=other_reviewer,
                rationale=f"r{round_}b",
                expected_version=version,
            ),
        )
        stale = [r for r in results if isinstance(r, StaleVersion)]
        won = [r for r in results if isinstance(r, Claim)]
        assert len(stale) == 1 and len(won) == 1, results
        claim.refresh_from_db()
        assert claim.version == version + 1
        assert claim.status == won[0].status
    assert ClaimEvent.objects.filter(action="status").count() == 5


def test_it_keeps_a_reviewer_edit_made_during_re_extraction(article, reviewer):
    target = article.claims.order_by("position").first()
    records = [
        {
            "text": c.text + " (re-extracted)",
            "span": [c.start, c.end],
            "kind": "opinion",
            "checkworthiness": 0.1,
        }
        for c in article.claims.order_by("position")
    ]
    results = run_together(
        lambda: services.extraction_apply(article_id=article.pk, records=records, version="v2"),
        lambda: services.claim_set_status(
            claim=target, status="in_review", by=reviewer, rationale="checking with the ministry"
        ),
    )
    assert not [r for r in results if isinstance(r, Exception)], results
    target.refresh_from_db()
    assert target.status == "in_review"
    assert target.rationale == "checking with the ministry"
    assert target.touched
