import re

import pytest
from django.urls import reverse
from django.utils import timezone

from claims import services
from claims.models import Claim, ClaimEvent

pytestmark = pytest.mark.django_db


def post(client, name, claim, data, htmx=True):
    extra = {"HTTP_HX_REQUEST": "true", "HTTP_HX_TARGET": "panel"} if htmx else {}
    return client.post(reverse(name, args=[claim.pk]), data, **extra)


def first(article):
    return article.claims.order_by("position").first()


def test_it_sets_a_status_with_a_rationale(reviewer_client, article):
    claim = first(article)
    r = post(
        reviewer_client,
        "claim_status",
        claim,
        {
            "status-version": claim.version,
            "status-status": "confirmed",
            "status-rationale": "AP confirmed",
        },
    )
    assert r.status_code == 200
    html = r.content.decode()
    assert "Status saved" in html
    # Only what changed: the panel, and the claim's row out of band with its new status
    # (static/js/workspace.js recolours the claim's highlights from it); the suggestions
    # are kept by the browser, the text and the rest of the list are not sent again.
    row = re.search(r'<li id="claim-row-(\d+)"[^>]*>', html)
    assert row and row.group(1) == str(claim.pk)
    assert 'hx-swap-oob="true"' in row.group() and 'data-status="confirmed"' in row.group()
    assert html.count('class="claim-row') == 1
    assert "dot dot-confirmed" in html
    assert re.search(rf'<section id="suggestions-{claim.pk}"[^>]* hx-preserve="true"', html)
    assert 'id="article-text' not in html and "claim-list-wrap" not in html
    assert 'name="assign-version" value="2"' in html  # every form of the panel has the new version
    claim.refresh_from_db()
    assert claim.status == "confirmed" and claim.version == 2


def test_a_status_answer_is_the_row_as_the_list_shows_it(reviewer_client, article):
    claim = first(article)
    r = post(
        reviewer_client,
        "claim_status",
        claim,
        {"status-version": claim.version, "status-status": "in_review"},
    )
    answered = re.search(r'<li id="claim-row-\d+".*?</li>', r.content.decode(), re.S).group()
    page = reviewer_client.get(claim.get_absolute_url()).content.decode()
    listed = re.search(rf'<li id="claim-row-{claim.pk}".*?</li>', page, re.S).group()
    assert answered == listed.replace(
        ' class="claim-row current"', ' class="claim-row current" hx-swap-oob="true"'
    )
    # a full panel (opening a claim, other writes) is not kept: its suggestions are fresh
    panel = reviewer_client.get(
        claim.get_absolute_url(), HTTP_HX_REQUEST="true", HTTP_HX_TARGET="panel"
    ).content.decode()
    assert f'id="suggestions-{claim.pk}"' in panel and "hx-preserve" not in panel


def test_it_redirects_after_a_write_without_javascript(reviewer_client, article):
    claim = first(article)
    r = post(
        reviewer_client,
        "claim_status",
        claim,
        {"status-version": claim.version, "status-status": "in_review"},
        htmx=False,
    )
    assert r.status_code == 302 and r["Location"] == claim.get_absolute_url()


def test_it_requires_a_rationale_in_place_with_400(reviewer_client, article):
    claim = first(article)
    r = post(
        reviewer_client,
        "claim_status",
        claim,
        {"status-version": claim.version, "status-status": "contradicted"},
    )
    assert r.status_code == 400
    html = r.content.decode()
    assert "rationale is required" in html
    # the choice stays, and the field the message is about is marked for focus and readers
    assert '<option value="contradicted" selected data-key="4"' in html
    assert re.search(r'<textarea name="status-rationale"[^>]* aria-invalid="true"', html)
    assert html.count('role="alert"') == 1
    claim.refresh_from_db()
    assert claim.status == "unreviewed" and claim.version == 1


def test_it_answers_a_stale_edit_with_409_and_the_current_values(
    reviewer_client, other_reviewer, article
):
    claim = first(article)
    services.claim_update(
        claim=claim, by=other_reviewer, expected_version=1, text="Changed by Omar."
    )
    r = post(
        reviewer_client,
        "claim_edit",
        claim,
        {"edit-version": 1, "edit-text": "My edit", "edit-kind": "claim", "edit-speaker_name": ""},
    )
    assert r.status_code == 409
    html = r.content.decode()
    assert "Someone else changed this claim" in html
    assert 'name="edit-version" value="2"' in html
    # What the reviewer typed stays in the form, the saved text next to it
    assert re.search(r'<textarea name="edit-text"[^>]*>\s*My edit</textarea>', html)
    diff = html[html.index('class="stale-diff"') : html.index("</table>")]
    assert "Claim text" in diff and "Changed by Omar." in diff and "My edit" in diff
    assert html.count('role="alert"') == 1
    claim.refresh_from_db()
    assert claim.text == "Changed by Omar."


def test_it_keeps_a_stale_verdict_and_saves_it_when_sent_again(
    reviewer_client, other_reviewer, article
):
    claim = first(article)
    services.claim_set_status(claim=claim, status="in_review", by=other_reviewer)
    typed = {
        "status-version": 1,
        "status-status": "disputed",
        "status-rationale": "Two <b>sources</b> disagree.",
    }
    r = post(reviewer_client, "claim_status", claim, typed)
    html = r.content.decode()
    assert r.status_code == 409
    diff = html[html.index('class="stale-diff"') : html.index("</table>")]
    assert "In review" in diff and "Disputed" in diff
    assert "Two &lt;b&gt;sources&lt;/b&gt; disagree." in diff  # escaped
    assert 'name="status-version" value="2"' in html
    assert '<option value="disputed" selected data-key="5"' in html
    r = post(reviewer_client, "claim_status", claim, typed | {"status-version": 2})
    assert r.status_code == 200
    claim.refresh_from_db()
    assert (claim.status, claim.rationale) == ("disputed", "Two <b>sources</b> disagree.")


def test_it_answers_a_stale_edit_without_javascript_with_the_full_page(
    reviewer_client, other_reviewer, article
):
    claim = first(article)
    services.claim_assign(claim=claim, assignee=other_reviewer, by=other_reviewer)
    r = post(
        reviewer_client,
        "claim_status",
        claim,
        {"status-version": 1, "status-status": "in_review"},
        htmx=False,
    )
    assert r.status_code == 409 and "<html" in r.content.decode()


def test_it_answers_423_when_the_report_is_published(reviewer_client, article):
    article.report_published_at = timezone.now()
    article.save()
    claim = first(article)
    r = post(
        reviewer_client, "claim_status", claim, {"status-version": 1, "status-status": "in_review"}
    )
    assert r.status_code == 423
    assert "report is published" in r.content.decode()
    assert Claim.objects.get(pk=claim.pk).status == "unreviewed"


def test_it_refuses_without_permission(client, django_user_model, article):
    client.force_login(django_user_model.objects.create_user("visitor", password="x"))
    claim = first(article)
    r = post(client, "claim_status", claim, {"status-version": 1, "status-status": "in_review"})
    assert r.status_code == 403


def test_it_refuses_get_on_writes(reviewer_client, article):
    assert reviewer_client.get(reverse("claim_status", args=[first(article).pk])).status_code == 405


def test_it_edits_text_kind_and_speaker(reviewer_client, article):
    claim = first(article)
    r = post(
        reviewer_client,
        "claim_edit",
        claim,
        {
            "edit-version": 1,
            "edit-text": "The rebels shot down a helicopter.",
            "edit-kind": "claim",
            "edit-speaker_name": "Rebel Front",
        },
    )
    assert r.status_code == 200
    claim.refresh_from_db()
    assert claim.speaker.name == "Rebel Front" and claim.text.startswith("The rebels")


def test_it_rejects_an_empty_text_with_400(reviewer_client, article):
    claim = first(article)
    r = post(
        reviewer_client,
        "claim_edit",
        claim,
        {"edit-version": 1, "edit-text": "   ", "edit-kind": "claim"},
    )
    assert r.status_code == 400
    assert Claim.objects.get(pk=claim.pk).version == 1


def test_it_assigns(reviewer_client, other_reviewer, article):
    claim = first(article)
    r = post(
        reviewer_client,
        "claim_assign",
        claim,
        {"assign-version": 1, "assign-assignee": other_reviewer.pk},
    )
    assert r.status_code == 200
    assert Claim.objects.get(pk=claim.pk).assignee == other_reviewer


def test_it_deletes_with_undo(reviewer_client, article):
    claim = first(article)
    r = post(reviewer_client, "claim_delete", claim, {"version": 1})
    assert r.status_code == 200 and "Undo" in r.content.decode()
    assert not Claim.objects.filter(pk=claim.pk).exists()
    r = post(reviewer_client, "claim_restore", claim, {})
    assert r.status_code == 200 and Claim.objects.filter(pk=claim.pk).exists()
    assert ClaimEvent.objects.filter(claim=claim, action="restored").exists()


def test_it_splits_a_claim(reviewer_client, article):
    claim = first(article)
    at = claim.start + claim.text.index(" shot")
    r = post(reviewer_client, "claim_split", claim, {"version": 1, "at": at})
    assert r.status_code == 200
    assert article.claims.count() == 4


def test_it_rejects_a_split_at_the_edge(reviewer_client, article):
    claim = first(article)
    r = post(reviewer_client, "claim_split", claim, {"version": 1, "at": claim.start})
    assert r.status_code == 400 and article.claims.count() == 3


def test_it_adds_a_manual_claim_from_a_selection(reviewer_client, article):
    start = article.body.index("army helicopter")
    r = reviewer_client.post(
        reverse("claim_create", args=[article.pk]),
        {"new-start": start, "new-end": start + len("army helicopter"), "new-kind": "claim"},
        HTTP_HX_REQUEST="true",
        HTTP_HX_TARGET="workspace",
    )
    assert r.status_code == 200
    claim = Claim.objects.get(origin="manual")
    assert claim.text == "army helicopter" and r["HX-Push-Url"] == claim.get_absolute_url()


def test_it_rejects_a_span_outside_the_article(reviewer_client, article):
    r = reviewer_client.post(
        reverse("claim_create", args=[article.pk]),
        {"new-start": 5, "new-end": 99999, "new-kind": "claim"},
    )
    assert r.status_code == 400 and "not inside the article" in r.content.decode()
    assert article.claims.count() == 3


def test_it_merges_claims(reviewer_client, article):
    ids = list(article.claims.values_list("pk", flat=True))[:2]
    r = reviewer_client.post(reverse("claim_merge", args=[article.pk]), {"claim": ids})
    assert r.status_code == 302
    assert article.claims.count() == 2


def test_it_needs_two_claims_to_merge(reviewer_client, article):
    r = reviewer_client.post(
        reverse("claim_merge", args=[article.pk]), {"claim": [first(article).pk]}
    )
    assert r.status_code == 400 and article.claims.count() == 3


def test_a_panel_opened_in_place_shows_the_speakers_colour_as_the_page_does(reviewer_client, db):
    from tests.conftest import article_of_claims

    *_, claim = article_of_claims(
        "Two speakers",
        [
            ("The ministry said the port was closed.", "claim", "The ministry"),
            ("The rebels said they held the port.", "claim", "The rebels"),
        ],
    )
    page = reviewer_client.get(claim.get_absolute_url()).content.decode()
    panel = reviewer_client.get(
        claim.get_absolute_url(), HTTP_HX_REQUEST="true", HTTP_HX_TARGET="panel"
    ).content.decode()
    chip = re.search(
        r'<p class="meta"><span class="sr">Speaker: </span>(<span class="chip spk-\d+")', page
    )
    assert chip is not None
    assert chip.group(1) in panel
