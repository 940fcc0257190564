import pytest
from django.contrib import admin
from django.urls import reverse

from claims import services
from claims.models import ClaimEvent

pytestmark = pytest.mark.django_db


@pytest.fixture
def populated(article, reviewer):
    a, b = list(article.claims.order_by("position"))[:2]
    services.claim_update(claim=a, by=reviewer, expected_version=None, speaker_name="Rebel group")
    services.evidence_add(claim=a, by=reviewer, url="https://example.org/a", stance="supports")
    services.link_create(from_claim=b, to_claim=a, relation="contradicts", by=reviewer)
    services.suggestion_dismiss(claim=a, other=article.claims.order_by("position")[2],
                                by=reviewer)
    return article


def _admin_models():
    return [m for m in admin.site._registry if m._meta.app_label == "claims"]


def test_it_registers_every_claims_model():
    from django.apps import apps

    assert set(apps.get_app_config("claims").get_models()) == set(_admin_models())


def test_it_serves_every_changelist_and_change_form(admin_client_, populated):
    for model in _admin_models():
        opts = model._meta
        url = reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist")
        assert admin_client_.get(url).status_code == 200, url
        obj = model._default_manager.first()
        assert obj is not None, f"no {opts.model_name} in the fixture"
        url = reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[obj.pk])
        assert admin_client_.get(url).status_code == 200, url


def test_it_serves_changelist_search_and_filters(admin_client_, populated):
    url = reverse("admin:claims_claim_changelist")
    assert admin_client_.get(url, {"q": "helicopter", "status__exact": "unreviewed",
                                   "kind__exact": "claim"}).status_code == 200
    url = reverse("admin:claims_article_changelist")
    assert admin_client_.get(url, {"extraction_state__exact": "done"}).status_code == 200


def test_it_runs_bulk_status_actions_through_the_services(admin_client_, populated, admin_user):
    ids = list(populated.claims.values_list("pk", flat=True))
    response = admin_client_.post(reverse("admin:claims_claim_changelist"), {
        "action": "mark_in_review", "_selected_action": ids,
    })
    assert response.status_code == 302
    assert set(populated.claims.values_list("status", flat=True)) == {"in_review"}
    assert ClaimEvent.objects.filter(action="status", actor=admin_user).count() == len(ids)


def test_it_audits_a_status_edited_in_the_change_form(admin_client_, populated, admin_user):
    claim = populated.claims.get(kind="statistic")
    url = reverse("admin:claims_claim_change", args=[claim.pk])
    form = {"text": claim.text, "kind": claim.kind, "speaker": "", "status": "unverified",
            "rationale": "", "assignee": ""}
    for prefix in ("evidence", "links_out", "links_in", "events"):
        form.update({f"{prefix}-TOTAL_FORMS": "0", f"{prefix}-INITIAL_FORMS": "0"})
    response = admin_client_.post(url, form)
    assert response.status_code == 302, response.content[:2000]
    claim.refresh_from_db()
    assert claim.status == "unverified"
    assert ClaimEvent.objects.filter(claim=claim, action="status", actor=admin_user).exists()


def test_it_never_lets_the_audit_be_edited_or_deleted(admin_client_, populated):
    event = ClaimEvent.objects.first()
    url = reverse("admin:claims_claimevent_change", args=[event.pk])
    page = admin_client_.get(url).content.decode()
    assert 'name="_save"' not in page
    delete = reverse("admin:claims_claimevent_delete", args=[event.pk])
    assert admin_client_.post(delete, {"post": "yes"}).status_code == 403
    assert ClaimEvent.objects.filter(pk=event.pk).exists()
