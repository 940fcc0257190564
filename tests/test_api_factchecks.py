"""The fact-check library in the API: search (full text, ranked by the claim
panel's code, cursor pages, filters) and a claim's previously-fact-checked
matches, equal to what the panel shows."""

import pytest

from claims.factcheck_matches import factcheck_matches
from claims.models import ClaimEvent, Evidence, FactCheckDismissal
from tests.api_helpers import call
from tests.test_factchecks_panel import FISHERIES_CHECK, HELICOPTER_CHECK, library

pytestmark = pytest.mark.django_db
HELICOPTER = HELICOPTER_CHECK[0]


@pytest.fixture
def checks(article):
    return library(
        HELICOPTER_CHECK,
        (
            "The army said a helicopter made an emergency landing after engine trouble.",
            "Mostly true",
            "https://checks.example/landing",
            {"publisher": "Other Desk"},
        ),
        FISHERIES_CHECK,
        (
            "Drinking hot water with lemon cures the flu within two days.",
            "False",
            None,
            {"publisher": "Health Checks"},
        ),
    )


def test_it_searches_the_library_with_rating_verdict_publisher_date_and_url(client, secret, checks):
    response = call(client, "get", "/factchecks", secret, q="rebel helicopter")
    assert response.status_code == 200, response.content
    items = response.json()["items"]
    assert [i["claim_reviewed"] for i in items] == [HELICOPTER]
    hit = items[0]
    assert hit["rating"] == "Pants on Fire" and hit["verdict"] == "false"
    assert hit["publisher"] == "Check Desk" and hit["published_at"] == "2024-03-05"
    assert hit["url"] == "https://checks.example/helicopter" and hit["stance"] == "contradicts"
    assert 0 < hit["score"] <= 1 and hit["lexical"] == 1.0


def test_it_ranks_the_better_match_first_and_keeps_every_full_text_match(client, secret, checks):
    items = call(client, "get", "/factchecks", secret, q="helicopter").json()["items"]
    assert len(items) == 2
    both = call(client, "get", "/factchecks", secret, q="rebel or helicopter").json()["items"]
    assert both[0]["claim_reviewed"] == HELICOPTER and len(both) == 2
    assert both[0]["score"] >= both[1]["score"]


def test_it_filters_by_verdict_and_publisher_with_or_without_a_search(client, secret, checks):
    def texts(**params):
        data = call(client, "get", "/factchecks", secret, **params).json()
        return sorted(i["claim_reviewed"][:12] for i in data["items"])

    assert texts(q="helicopter", verdict="mostly_true") == ["The army sai"]
    assert texts(publisher="other desk") == ["Parliament a", "The army sai"]
    assert texts(q="helicopter", publisher="check") == ["A rebel grou"]
    assert texts(verdict="false") == ["A rebel grou", "Drinking hot"]
    assert call(client, "get", "/factchecks", secret, verdict="bogus").status_code == 422


def test_it_pages_the_library_and_a_search_by_cursor(client, secret, checks):
    for params in ({}, {"q": "helicopter or lemon or fisheries"}):
        seen, cursor = [], None
        while True:
            page = call(
                client,
                "get",
                "/factchecks",
                secret,
                limit=1,
                **params,
                **({"cursor": cursor} if cursor else {}),
            ).json()
            seen += [i["id"] for i in page["items"]]
            cursor = page["next_cursor"]
            if not cursor:
                break
        whole = call(client, "get", "/factchecks", secret, **params).json()["items"]
        assert seen == [i["id"] for i in whole] and len(seen) == len(set(seen)) >= 3
    plain = call(client, "get", "/factchecks", secret, limit=1).json()["next_cursor"]
    bad = call(client, "get", "/factchecks", secret, q="helicopter", cursor=plain)
    assert bad.status_code == 400 and bad["Content-Type"] == "application/problem+json"


def test_it_gives_a_claims_matches_as_the_panel_shows_them(client, secret, article, checks):
    claim = article.claims.order_by("position").first()
    response = call(client, "get", f"/claims/{claim.pk}/factchecks", secret)
    assert response.status_code == 200
    panel = factcheck_matches(claim)
    assert panel, "the seed claim should match the helicopter fact-check"
    got = response.json()
    assert [(i["id"], i["score"]) for i in got] == [(m.factcheck.pk, m.score) for m in panel]
    assert got[0]["claim_reviewed"] == HELICOPTER
    assert call(client, "get", "/claims/999999/factchecks", secret).status_code == 404


def test_it_accepts_a_match_as_evidence_with_the_claims_version(client, secret, article, checks):
    claim = article.claims.order_by("position").first()
    fc = checks[HELICOPTER]
    path = f"/claims/{claim.pk}/factchecks/accept"
    stale = call(client, "post", path, secret, {"factcheck": fc.pk, "version": claim.version + 1})
    assert stale.status_code == 409 and not Evidence.objects.exists()
    ok = call(client, "post", path, secret, {"factcheck": fc.pk, "version": claim.version})
    assert ok.status_code == 201, ok.content
    evidence = ok.json()
    assert evidence["stance"] == "contradicts" and evidence["source"]["kind"] == "factcheck"
    assert evidence["source"]["url"] == "https://checks.example/helicopter"
    assert ClaimEvent.objects.filter(claim=claim, action="evidence_added").count() == 1
    assert call(client, "get", f"/claims/{claim.pk}/factchecks", secret).json() == []
    unknown = call(client, "post", path, secret, {"factcheck": 999999, "version": 2})
    assert unknown.status_code == 400 and "not in the library" in unknown.json()["detail"]


def test_it_dismisses_a_match_for_good(client, secret, article, checks):
    claim = article.claims.order_by("position").first()
    fc = checks[HELICOPTER]
    path = f"/claims/{claim.pk}/factchecks/dismiss"
    for _ in range(2):
        assert call(client, "post", path, secret, {"factcheck": fc.pk}).status_code == 204
    assert FactCheckDismissal.objects.filter(claim=claim, factcheck=fc).count() == 1
    assert call(client, "get", f"/claims/{claim.pk}/factchecks", secret).json() == []
