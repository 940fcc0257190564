import pytest
from django.urls import reverse

from claims.models import Claim, ClaimEvent

pytestmark = pytest.mark.django_db


def test_it_redirects_anonymous_users_to_login(client):
    response = client.get(reverse("home"))
    assert response.status_code == 302
    assert reverse("login") in response["Location"]


def test_it_lists_open_claims_by_checkworthiness(reviewer_client, article):
    response = reviewer_client.get(reverse("home"))
    assert response.status_code == 200
    html = response.content.decode()
    assert html.index("The rebel group said") < html.index("The defence ministry denied")
    assert "<html" in html


def test_it_serves_the_results_fragment_to_htmx(reviewer_client, article):
    response = reviewer_client.get(reverse("home"), {"q": "ministry"}, HTTP_HX_REQUEST="true")
    html = response.content.decode()
    assert response.status_code == 200
    assert "<html" not in html and 'id="queue-results"' in html
    assert "defence ministry denied" in html
    assert "About 40 soldiers" not in html


def test_it_filters_by_kind_and_status(reviewer_client, article):
    html = reviewer_client.get(reverse("home"), {"kind": "denial"}).content.decode()
    assert "defence ministry denied" in html and "rebel group said" not in html
    html = reviewer_client.get(reverse("home"), {"status": "confirmed"}).content.decode()
    assert "rebel group said" not in html


def test_it_paginates(reviewer_client, article):
    response = reviewer_client.get(reverse("home"), {"page": "99"})
    assert response.status_code == 200
    assert response.context["page"].number == 1


def test_it_bulk_assigns_through_the_service(reviewer_client, reviewer, article):
    ids = list(article.claims.values_list("pk", flat=True))
    response = reviewer_client.post(
        reverse("queue_bulk"), {"claim": ids, "action": "assign", "assignee": "me"}
    )
    assert response.status_code == 302
    assert set(Claim.objects.filter(pk__in=ids).values_list("assignee", flat=True)) == {reviewer.pk}
    assert ClaimEvent.objects.filter(action="assigned").count() == 3


def test_it_reports_per_claim_failures_and_applies_the_rest(reviewer_client, article):
    ids = list(article.claims.values_list("pk", flat=True))
    response = reviewer_client.post(
        reverse("queue_bulk"),
        {"claim": ids, "action": "status", "status": "confirmed"},
        follow=True,
    )
    assert "rationale is required" in response.content.decode()
    assert not Claim.objects.filter(status="confirmed").exists()
    response = reviewer_client.post(
        reverse("queue_bulk"),
        {"claim": ids, "action": "status", "status": "in_review"},
        follow=True,
    )
    assert Claim.objects.filter(status="in_review").count() == 3
    assert "Updated 3 claims" in response.content.decode()


def test_it_refuses_bulk_changes_without_permission(client, django_user_model, article):
    user = django_user_model.objects.create_user("visitor", password="x")
    client.force_login(user)
    ids = list(article.claims.values_list("pk", flat=True))
    response = client.post(
        reverse("queue_bulk"), {"claim": ids, "action": "assign", "assignee": "me"}
    )
    assert response.status_code == 403
    assert not Claim.objects.filter(assignee__isnull=False).exists()


def test_it_serves_status_colours_as_css_without_login(client):
    from claims.status import STATUSES

    response = client.get(reverse("status_css"))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/css")
    css = response.content.decode()
    for s in STATUSES:
        assert f".status-{s.value}" in css and s.colour in css
    assert "max-age" in response["Cache-Control"]
