"""Races over HTTP against a live server on PostgreSQL: real clients, real
sessions and CSRF, requests released together by a barrier."""

import re
from functools import partial

import pytest
import requests

from claims.models import Claim, ClaimEvent
from tests.conftest import PASSWORD, run_together

pytestmark = [pytest.mark.live, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def login(base: str, username: str) -> requests.Session:
    s = requests.Session()
    page = s.get(f"{base}/accounts/login/", timeout=30)
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.text).group(1)
    r = s.post(
        f"{base}/accounts/login/",
        timeout=30,
        allow_redirects=False,
        data={"csrfmiddlewaretoken": token, "username": username, "password": PASSWORD},
        headers={"Referer": f"{base}/accounts/login/"},
    )
    assert r.status_code == 302, r.text[:500]
    return s


def post(session, base, path, data):
    return session.post(
        f"{base}{path}",
        data=data,
        timeout=60,
        headers={
            "X-CSRFToken": session.cookies["csrftoken"],
            "HX-Request": "true",
            "Referer": f"{base}/",
        },
    )


def test_it_lets_one_of_two_simultaneous_status_changes_win(
    live_server, article, reviewer, other_reviewer
):
    base = live_server.url
    rita, omar = login(base, reviewer.username), login(base, other_reviewer.username)
    claim = article.claims.order_by("position").first()
    for round_ in range(3):
        claim.refresh_from_db()
        version = claim.version
        path = f"/claims/{claim.pk}/status/"
        results = run_together(
            partial(
                post,
                rita,
                base,
                path,
                {
                    "status-version": version,
                    "status-status": "in_review",
                    "status-rationale": f"rita {round_}",
                },
            ),
            partial(
                post,
                omar,
                base,
                path,
                {
                    "status-version": version,
                    "status-status": "unverified",
                    "status-rationale": f"omar {round_}",
                },
            ),
        )
        codes = sorted(r.status_code for r in results)
        assert codes == [200, 409], codes
        loser = next(r for r in results if r.status_code == 409)
        assert "Someone else changed this claim" in loser.text
        claim.refresh_from_db()
        winner = next(r for r in results if r.status_code == 200)
        assert claim.version == version + 1
        assert (claim.rationale == f"rita {round_}") == (winner is results[0])
    assert ClaimEvent.objects.filter(claim=claim, action="status").count() == 3


def test_it_keeps_a_reviewers_edit_made_during_re_extraction(
    live_server, reviewer, editor, seed_text
):
    from claims import services

    base = live_server.url
    article, _ = services.article_create(title="", body=seed_text, by=reviewer, extract=False)
    from claims import extraction

    records = [r.as_dict() for r in extraction.extract(seed_text)]
    services.extraction_apply(article_id=article.pk, records=records, version="v0")
    claim = Claim.objects.filter(article=article).order_by("position")[3]
    rita, eddie = login(base, reviewer.username), login(base, editor.username)
    results = run_together(
        lambda: post(eddie, base, f"/articles/{article.pk}/reextract/", {}),
        lambda: post(
            rita,
            base,
            f"/claims/{claim.pk}/status/",
            {
                "status-version": claim.version,
                "status-status": "in_review",
                "status-rationale": "Calling the ministry",
            },
        ),
    )
    assert all(r.status_code == 200 for r in results), [r.status_code for r in results]
    claim.refresh_from_db()
    article.refresh_from_db()
    assert article.extraction_state == "done"
    assert claim.status == "in_review" and claim.rationale == "Calling the ministry"
    assert claim.touched and not claim.vanished
