import pytest
from django.contrib import admin
from django.urls import reverse

from claims import services
from claims.factchecks.readers import record
from claims.models import Article, ClaimEvent, FactCheck, WebhookDelivery, WebhookEndpoint
from tests.conftest import make_article

pytestmark = pytest.mark.django_db


@pytest.fixture
def populated(article, reviewer):
    a, b = list(article.claims.order_by("position"))[:2]
    services.claim_update(claim=a, by=reviewer, expected_version=None, speaker_name="Rebel group")
    services.evidence_add(claim=a, by=reviewer, url="https://example.org/a", stance="supports")
    services.link_create(from_claim=b, to_claim=a, relation="contradicts", by=reviewer)
    services.report_publish(article=make_article(" published"), by=reviewer)  # a ReportVersion
    services.suggestion_dismiss(claim=a, other=article.claims.order_by("position")[2], by=reviewer)
    services.token_create(user=reviewer, name="CMS import")
    services.claim_vectors_queue(claim_ids=[a.pk])
    services.claim_vectors_drain()
    hook = WebhookEndpoint.objects.create(
        url="https://93.184.215.14/hook", secret="whsec_x", events=["report.published"]
    )
    WebhookDelivery.objects.create(
        endpoint=hook,
        event="report.published",
        payload={},
        state="failed",
        attempts=1,
        status_code=500,
    )
    one = services.speaker_resolve(name="Admin Test Harbour Board")
    two = services.speaker_resolve(name="Admin Test Harbor Board")
    services.speaker_matches_suggest(speakers=[two])
    three = services.speaker_resolve(name="Admin Test Lighthouse Trust")
    services.speaker_merge(target=one, others=[three], by=reviewer)
    services.factchecks_import(
        records=[
            (
                "1",
                record(
                    claim_reviewed="Rebels downed a helicopter.",
                    url="https://checks.example/1",
                    rating="False",
                ),
            )
        ],
        imported_from="admin test",
    )
    services.factcheck_dismiss(claim=a, factcheck=FactCheck.objects.get(), by=reviewer)
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
    assert (
        admin_client_.get(
            url, {"q": "helicopter", "status__exact": "unreviewed", "kind__exact": "claim"}
        ).status_code
        == 200
    )
    url = reverse("admin:claims_article_changelist")
    assert admin_client_.get(url, {"extraction_state__exact": "done"}).status_code == 200


def test_it_runs_bulk_status_actions_through_the_services(admin_client_, populated, admin_user):
    ids = list(populated.claims.values_list("pk", flat=True))
    response = admin_client_.post(
        reverse("admin:claims_claim_changelist"),
        {
            "action": "mark_in_review",
            "_selected_action": ids,
        },
    )
    assert response.status_code == 302
    assert set(populated.claims.values_list("status", flat=True)) == {"in_review"}
    assert ClaimEvent.objects.filter(action="status", actor=admin_user).count() == len(ids)


def test_it_audits_a_status_edited_in_the_change_form(admin_client_, populated, admin_user):
    claim = populated.claims.get(kind="statistic")
    url = reverse("admin:claims_claim_change", args=[claim.pk])
    form = {
        "text": claim.text,
        "kind": claim.kind,
        "speaker": "",
        "status": "unverified",
        "rationale": "",
        "assignee": "",
    }
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


def test_it_explains_why_a_published_article_cannot_be_deleted(admin_client_, article, editor):
    services.report_publish(article=article, by=editor)
    url = reverse("admin:claims_article_delete", args=[article.pk])
    page = admin_client_.get(url)
    assert page.status_code == 200
    assert "report is published; unpublish it before deleting" in page.content.decode()
    response = admin_client_.post(url, {"post": "yes"}, follow=True)
    assert response.status_code == 200
    assert "report is published" in response.content.decode()
    bulk = admin_client_.post(
        reverse("admin:claims_article_changelist"),
        {
            "action": "delete_selected",
            "_selected_action": [article.pk],
            "post": "yes",
        },
        follow=True,
    )
    assert bulk.status_code == 200 and "report is published" in bulk.content.decode()
    assert Article.objects.filter(pk=article.pk).exists()


def test_it_deletes_an_unpublished_article_through_the_service(admin_client_, article):
    url = reverse("admin:claims_article_delete", args=[article.pk])
    assert admin_client_.post(url, {"post": "yes"}).status_code == 302
    assert not Article.objects.filter(pk=article.pk).exists()
    assert ClaimEvent.objects.filter(
        subject_type="article", subject_id=article.pk, action="deleted"
    ).exists()


def test_it_adds_speaker_aliases_and_edits_sources_through_the_services(admin_client_, admin_user):
    # invented names: the shipped gazetteer already has CENTCOM
    speaker = services.speaker_create(name="NORTHCOMX", kind="military", by=admin_user)
    url = reverse("admin:claims_speaker_change", args=[speaker.pk])
    response = admin_client_.post(
        url,
        {
            "name": "NORTHCOMX",
            "kind": "military",
            "description": "",
            "aliases-TOTAL_FORMS": "2",
            "aliases-INITIAL_FORMS": "1",
            "aliases-0-id": speaker.aliases.get().pk,
            "aliases-0-speaker": speaker.pk,
            "aliases-0-name": "NORTHCOMX",
            "aliases-1-speaker": speaker.pk,
            "aliases-1-name": "Northern Test Command",
            "Speaker_adversaries-TOTAL_FORMS": "0",
            "Speaker_adversaries-INITIAL_FORMS": "0",
        },
    )
    assert response.status_code == 302, response.content[:3000]
    assert sorted(speaker.aliases.values_list("name", flat=True)) == [
        "NORTHCOMX",
        "Northern Test Command",
    ]
    assert (
        ClaimEvent.objects.filter(
            subject_type="speaker", action="alias_added", actor=admin_user
        ).count()
        == 1
    )

    source, _ = services.source_get_or_create(url="https://example.org/a", by=admin_user)
    url = reverse("admin:claims_source_change", args=[source.pk])
    response = admin_client_.post(
        url,
        {
            "url": source.url,
            "title": "A report",
            "publisher": "",
            "published_at": "",
            "kind": source.kind,
            "speaker": "",
            "notes": "",
        },
    )
    assert response.status_code == 302, response.content[:3000]
    source.refresh_from_db()
    assert source.title == "A report"
    assert ClaimEvent.objects.filter(
        subject_type="source", subject_id=source.pk, action="edited", actor=admin_user
    ).exists()


def _change_form_data(response) -> dict:
    """The change form's data as the admin page rendered it (inline formsets
    included), to post back with a few values changed."""
    data = {}
    form = response.context["adminform"].form
    for bound in form:
        value = bound.value()
        if isinstance(value, (list, tuple)):
            value = [v for v in value]
        data[bound.html_name] = "" if value is None else value
    for inline in response.context["inline_admin_formsets"]:
        formset = inline.formset
        for bound in formset.management_form:
            data[bound.html_name] = bound.value()
        for sub in formset.forms:
            for bound in sub:
                value = bound.value()
                data[bound.html_name] = "" if value is None else value
    return data


@pytest.mark.parametrize("model", ["article", "claim"])
def test_it_never_says_changed_successfully_next_to_a_refusal(
    admin_client_, article, editor, model
):
    services.report_publish(article=article, by=editor)  # claims and article are locked
    claim = article.claims.order_by("position").first()
    obj, field = (article, "title") if model == "article" else (claim, "text")
    url = reverse(f"admin:claims_{model}_change", args=[obj.pk])
    data = _change_form_data(admin_client_.get(url))
    data[field] = "Changed in the admin"
    response = admin_client_.post(url, data, follow=True)
    page = response.content.decode()
    assert response.status_code == 200
    shown = [str(m) for m in response.context["messages"]]
    assert len(shown) == 1 and "published" in shown[0], shown
    assert "changed successfully" not in page
    obj.refresh_from_db()
    assert getattr(obj, field) != "Changed in the admin"


def test_it_publishes_and_unpublishes_in_bulk_through_the_services(admin_client_, article):
    other = make_article(" second")
    url = reverse("admin:claims_article_changelist")
    ids = [article.pk, other.pk]
    page = admin_client_.post(url, {"action": "publish", "_selected_action": ids}, follow=True)
    assert "Published: 2 done." in page.content.decode()
    assert Article.objects.filter(pk__in=ids, report_published_at__isnull=False).count() == 2
    published = ClaimEvent.objects.filter(
        action=ClaimEvent.Action.REPORT_PUBLISHED, article_id__in=ids
    )
    assert published.count() == 2
    page = admin_client_.post(url, {"action": "unpublish", "_selected_action": ids}, follow=True)
    assert "Unpublished: 2 done." in page.content.decode()
    assert Article.objects.filter(pk__in=ids, report_published_at__isnull=False).count() == 0
    # Publishing again is a correction, which needs a note: each refusal is said, nothing else changes.
    page = admin_client_.post(url, {"action": "publish", "_selected_action": ids}, follow=True)
    body = page.content.decode()
    assert "correction" in body.lower()
    assert "changed successfully" not in body
    assert Article.objects.filter(pk__in=ids, report_published_at__isnull=False).count() == 0


def test_a_bulk_claim_delete_goes_through_the_service_and_can_be_restored(
    admin_client_, article, admin_user
):
    ids = list(article.claims.values_list("pk", flat=True))[:2]
    admin_client_.post(
        reverse("admin:claims_claim_changelist"),
        {"action": "delete_selected", "_selected_action": ids, "post": "yes"},
    )
    assert not article.claims.filter(pk__in=ids).exists()  # soft-deleted: hidden
    assert (
        ClaimEvent.objects.filter(claim_id__in=ids, action="deleted", actor=admin_user).count() == 2
    )


def _prefixes(data: dict) -> list[str]:
    return [k.removesuffix("-TOTAL_FORMS") for k in data if k.endswith("-TOTAL_FORMS")]


def test_an_editor_extends_the_gazetteer_in_the_admin_through_the_audited_services(
    admin_client_, admin_user
):
    from claims.models import Speaker

    gov = services.speaker_create(name="Lakeland government", kind="government", by=admin_user)
    navy = services.speaker_create(name="Lakeland Navy", kind="military", by=admin_user)
    rebels = services.speaker_create(name="Reef Coast Rebels", kind="armed_group", by=admin_user)
    services.speaker_add_alias(speaker=navy, name="Lakeland Navi", by=admin_user)
    services.speaker_add_alias(speaker=navy, name="LKN", by=admin_user)
    url = reverse("admin:claims_speaker_change", args=[navy.pk])
    data = _change_form_data(admin_client_.get(url))
    data.update(role="Naval service", title="", parent=gov.pk, curated="on")
    names = {data[f"aliases-{i}-name"]: i for i in range(int(data["aliases-INITIAL_FORMS"]))}
    data[f"aliases-{names['Lakeland Navi']}-name"] = "Lakeland Naval Service"
    data[f"aliases-{names['LKN']}-DELETE"] = "on"
    data[f"aliases-{len(names)}-name"] = "Navy of Lakeland"
    [rivals] = [p for p in _prefixes(data) if p != "aliases"]
    data[f"{rivals}-0-to_speaker"] = rebels.pk
    response = admin_client_.post(url, data)
    assert response.status_code == 302, response.content[:3000]
    navy.refresh_from_db()
    assert (navy.role, navy.parent, navy.curated) == ("Naval service", gov, True)
    assert sorted(navy.aliases.values_list("name", flat=True)) == [
        "Lakeland Naval Service",
        "Lakeland Navy",
        "Navy of Lakeland",
    ]
    assert list(rebels.adversaries.all()) == [navy]  # both ways
    notes = set(
        ClaimEvent.objects.filter(subject_id=navy.pk, actor=admin_user).values_list(
            "note", flat=True
        )
    )
    assert {
        f"Speaker #{navy.pk} edited",
        "Alias “Lakeland Navi” of Lakeland Navy now written “Lakeland Naval Service”",
        "“LKN” is no longer a name of Lakeland Navy",
        "“Navy of Lakeland” added as an alias of Lakeland Navy",
        "Lakeland Navy and Reef Coast Rebels are adversaries",
    } <= notes

    # a party cannot be its own ancestor: the form says why, nothing changes
    url = reverse("admin:claims_speaker_change", args=[gov.pk])
    data = _change_form_data(admin_client_.get(url))
    data["parent"] = navy.pk
    response = admin_client_.post(url, data)
    assert response.status_code == 200
    assert (
        "Lakeland government cannot belong to Lakeland Navy: Lakeland Navy already belongs to "
        "Lakeland government (Lakeland Navy → Lakeland government)."
    ) in response.content.decode()
    assert Speaker.objects.get(pk=gov.pk).parent is None

    # the adversary removed again, from the other side
    url = reverse("admin:claims_speaker_change", args=[rebels.pk])
    data = _change_form_data(admin_client_.get(url))
    [rivals] = [p for p in _prefixes(data) if p != "aliases"]
    data[f"{rivals}-0-DELETE"] = "on"
    assert admin_client_.post(url, data).status_code == 302
    assert not navy.adversaries.exists() and not rebels.adversaries.exists()
