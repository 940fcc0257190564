"""Speakers and sources through the API: record, merge (editors), correct a source."""

import pytest

from claims import services
from claims.models import Claim, Speaker
from tests.api_helpers import call

pytestmark = pytest.mark.django_db


def test_it_records_a_speaker_once(client, secret):
    shipped = Speaker.objects.count()  # the gazetteer's parties
    first = call(
        client, "post", "/speakers", secret, {"name": "The Defence Ministry", "kind": "government"}
    )
    assert first.status_code == 201 and first.json()["kind"] == "government"
    again = call(client, "post", "/speakers", secret, {"name": "Defence Ministry"})
    assert again.status_code == 200 and again.json()["id"] == first.json()["id"]
    assert Speaker.objects.count() == shipped + 1


def test_it_lets_editors_merge_speakers(client, article, reviewer, secret, editor_secret):
    a, b, _ = article.claims.order_by("position")
    services.claim_update(claim=a, by=reviewer, expected_version=None, speaker_name="Rebels")
    services.claim_update(claim=b, by=reviewer, expected_version=None, speaker_name="Militia")
    target, other = Claim.objects.get(pk=a.pk).speaker, Claim.objects.get(pk=b.pk).speaker
    path = f"/speakers/{target.pk}/merge"
    assert call(client, "post", path, secret, {"others": [other.pk]}).status_code == 403
    merged = call(client, "post", path, editor_secret, {"others": [other.pk]})
    assert merged.status_code == 200 and set(merged.json()["aliases"]) == {"Rebels", "Militia"}
    assert Claim.objects.get(pk=b.pk).speaker_id == target.pk
    assert call(client, "post", path, editor_secret, {"others": [target.pk]}).status_code == 400


def test_it_lets_editors_correct_a_source(client, article, reviewer, secret, editor_secret):
    claim = article.claims.order_by("position").first()
    source = services.evidence_add(
        claim=claim, by=reviewer, url="https://example.org/x", stance="supports"
    ).source
    path = f"/sources/{source.pk}"
    assert call(client, "patch", path, secret, {"title": "New"}).status_code == 403
    fixed = call(client, "patch", path, editor_secret, {"title": "New", "kind": None})
    assert fixed.status_code == 200 and fixed.json()["title"] == "New"
    assert fixed.json()["kind"] == "other"
