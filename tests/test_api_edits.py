"""Manual claim edits through the API (create over a span, split, merge,
delete and restore): the workspace's services, so the same audit events,
the version each started from (409 with the current claim), and 423 while
the article's report is published."""

import pytest

from claims import services
from claims.models import Claim, ClaimEvent
from tests.api_helpers import call

pytestmark = pytest.mark.django_db
Action = ClaimEvent.Action


def claims_of(article):
    return list(article.claims.order_by("position"))


def events(claim, action):
    return ClaimEvent.objects.filter(claim_id=claim, action=action).count()


def test_it_adds_a_claim_over_a_span_of_the_article(client, secret, article):
    start = article.body.index("The defence ministry")
    end = article.body.index(".", start) + 1
    body = {"start": start, "end": end, "kind": "denial", "speaker_name": "Defence ministry"}
    response = call(client, "post", f"/articles/{article.pk}/claims", secret, body)
    assert response.status_code == 201, response.content
    made = response.json()
    assert made["text"] == article.body[start:end] and made["kind"] == "denial"
    assert made["origin"] == "manual" and made["speaker"]["name"] == "Defence ministry"
    assert events(made["id"], Action.CREATED) == 1
    listed = call(client, "get", f"/articles/{article.pk}/claims", secret).json()
    assert made["id"] in [c["id"] for c in listed]
    outside = {"start": 0, "end": len(article.body) + 5}
    bad = call(client, "post", f"/articles/{article.pk}/claims", secret, outside)
    assert bad.status_code == 400 and "not inside the article" in bad.json()["detail"]


def test_it_splits_a_claim_at_an_offset_with_its_version(client, secret, article):
    claim = claims_of(article)[0]
    at = claim.start + claim.text.index(" said") + 1
    path = f"/claims/{claim.pk}/split"
    stale = call(client, "post", path, secret, {"version": claim.version + 1, "at": at})
    assert stale.status_code == 409 and stale.json()["current"]["id"] == claim.pk
    response = call(client, "post", path, secret, {"version": claim.version, "at": at})
    assert response.status_code == 200, response.content
    first, second = response.json()["first"], response.json()["second"]
    assert first["id"] == claim.pk and first["end"] == at == second["start"]
    assert first["version"] == claim.version + 1 and events(claim.pk, Action.SPLIT) == 1
    edge = call(client, "post", path, secret, {"version": first["version"], "at": first["start"]})
    assert edge.status_code == 400


def test_it_merges_claims_named_with_their_versions(client, secret, article, reviewer):
    a, b, c = claims_of(article)
    services.evidence_add(claim=b, by=reviewer, url="https://example.org/m", stance="supports")
    b.refresh_from_db()
    body = {"claims": [{"id": b.pk, "version": b.version}, {"id": a.pk, "version": a.version}]}
    stale = {"claims": [{"id": b.pk, "version": b.version - 1}, body["claims"][1]]}
    refused = call(client, "post", f"/articles/{article.pk}/claims/merge", secret, stale)
    assert refused.status_code == 409 and refused.json()["current"]["id"] == b.pk
    assert Claim.objects.filter(pk=b.pk).exists()
    response = call(client, "post", f"/articles/{article.pk}/claims/merge", secret, body)
    assert response.status_code == 200, response.content
    kept = response.json()
    assert kept["id"] == a.pk and kept["end"] == b.end
    assert not Claim.objects.filter(pk=b.pk).exists() and events(a.pk, Action.MERGED) == 1
    assert call(client, "get", f"/claims/{a.pk}/evidence", secret).json()[0]["claim_id"] == a.pk
    gone = {"claims": [{"id": b.pk, "version": 9}, {"id": c.pk, "version": c.version}]}
    assert (
        call(client, "post", f"/articles/{article.pk}/claims/merge", secret, gone).status_code
        == 400
    )


def test_it_deletes_with_the_version_and_restores(client, secret, article):
    claim = claims_of(article)[0]
    path = f"/claims/{claim.pk}"
    assert call(client, "delete", path + f"?version={claim.version + 3}", secret).status_code == 409
    assert call(client, "delete", path, secret).status_code == 422  # the version is required
    assert call(client, "delete", path + f"?version={claim.version}", secret).status_code == 204
    assert call(client, "get", path, secret).status_code == 404
    restored = call(client, "post", path + "/restore", secret)
    assert restored.status_code == 200 and restored.json()["id"] == claim.pk
    assert call(client, "get", path, secret).status_code == 200
    assert events(claim.pk, Action.DELETED) == 1 and events(claim.pk, Action.RESTORED) == 1


def test_it_refuses_every_edit_while_the_report_is_published(client, secret, article, editor):
    a, b, _ = claims_of(article)
    services.report_publish(article=article, by=editor)
    attempts = [
        ("post", f"/articles/{article.pk}/claims", {"start": 0, "end": 10}),
        ("post", f"/claims/{a.pk}/split", {"version": a.version, "at": a.start + 5}),
        (
            "post",
            f"/articles/{article.pk}/claims/merge",
            {"claims": [{"id": a.pk, "version": a.version}, {"id": b.pk, "version": b.version}]},
        ),
        ("delete", f"/claims/{a.pk}?version={a.version}", None),
        ("post", f"/claims/{a.pk}/restore", None),
    ]
    for method, path, body in attempts:
        response = call(client, method, path, secret, body)
        assert response.status_code == 423, (path, response.content)
        assert response.json()["type"].endswith(":report-locked")
    assert ClaimEvent.objects.filter(claim__article=article, actor__isnull=False).count() == 0
