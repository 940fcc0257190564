"""Evidence, links and suggestions through the API: the claim panel's services."""

import pytest

from claims.models import ClaimEvent, ClaimLink, Evidence, SuggestionDismissal
from tests.api_helpers import call

pytestmark = pytest.mark.django_db


def test_it_adds_and_removes_evidence_with_the_audit(client, article, reviewer, secret):
    claim = article.claims.order_by("position").first()
    response = call(
        client,
        "post",
        f"/claims/{claim.pk}/evidence",
        secret,
        {
            "version": claim.version,
            "url": "https://example.org/statement",
            "stance": "supports",
            "title": "Statement",
        },
    )
    assert response.status_code == 201, response.content
    data = response.json()
    assert data["source"]["url"] == "https://example.org/statement"
    assert ClaimEvent.objects.filter(claim=claim, action="evidence_added", actor=reviewer).exists()
    listed = call(client, "get", f"/claims/{claim.pk}/evidence", secret).json()
    assert [e["id"] for e in listed] == [data["id"]]
    assert call(client, "delete", f"/evidence/{data['id']}", secret).status_code == 204
    assert not Evidence.objects.exists()


def test_it_refuses_evidence_for_a_stale_version(client, article, secret):
    claim = article.claims.order_by("position").first()
    response = call(
        client,
        "post",
        f"/claims/{claim.pk}/evidence",
        secret,
        {"version": claim.version + 5, "url": "https://example.org/s", "stance": "supports"},
    )
    assert response.status_code == 409 and response.json()["current"]["id"] == claim.pk


def test_it_links_claims_in_either_direction(client, article, secret):
    a, b, c = article.claims.order_by("position")
    out = call(
        client,
        "post",
        f"/claims/{a.pk}/links",
        secret,
        {"to_claim": b.pk, "relation": "contradicts"},
    ).json()
    assert (out["from_claim_id"], out["to_claim_id"]) == (a.pk, b.pk)
    into = call(
        client,
        "post",
        f"/claims/{a.pk}/links",
        secret,
        {"to_claim": c.pk, "relation": "confirms", "direction": "in"},
    ).json()
    assert (into["from_claim_id"], into["to_claim_id"]) == (c.pk, a.pk)
    assert len(call(client, "get", f"/claims/{a.pk}/links", secret).json()) == 2
    assert call(client, "delete", f"/links/{out['id']}", secret).status_code == 204
    assert list(ClaimLink.objects.values_list("pk", flat=True)) == [into["id"]]


def test_it_refuses_a_self_link_and_an_unknown_suggestion(client, article, secret):
    a, b, _ = article.claims.order_by("position")
    self_link = call(
        client, "post", f"/claims/{a.pk}/links", secret, {"to_claim": a.pk, "relation": "confirms"}
    )
    assert self_link.status_code == 400
    gone = call(client, "post", f"/claims/{a.pk}/suggestions/accept", secret, {"other": a.pk})
    assert gone.status_code == 400 and gone.json()["type"].endswith(":invalid-input")


def test_it_dismisses_a_suggestion_for_good(client, article, secret):
    a, b, _ = article.claims.order_by("position")
    response = call(client, "post", f"/claims/{a.pk}/suggestions/dismiss", secret, {"other": b.pk})
    assert response.status_code == 204
    assert SuggestionDismissal.objects.filter(claim=a, other=b).exists()
    suggested = call(client, "get", f"/claims/{a.pk}/suggestions", secret).json()
    assert b.pk not in [s["other"]["id"] for s in suggested]
