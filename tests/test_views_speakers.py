import pytest
from django.urls import reverse

from claims.services import claim_update

pytestmark = pytest.mark.django_db


def test_it_shows_a_speakers_record(reviewer_client, reviewer, article):
    claim = article.claims.order_by("position").first()
    claim = claim_update(claim=claim, by=reviewer, expected_version=1, speaker_name="Rebel Front")
    html = reviewer_client.get(reverse("speaker_list")).content.decode()
    assert "Rebel Front" in html
    r = reviewer_client.get(reverse("speaker_detail", args=[claim.speaker_id]))
    assert r.status_code == 200 and "shot down an army helicopter" in r.content.decode()
    assert r.context["total"] == 1


def test_it_redirects_anonymous_users(client):
    assert client.get(reverse("speaker_list")).status_code == 302
