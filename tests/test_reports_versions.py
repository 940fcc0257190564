"""A published report is an immutable snapshot: its public pages (HTML, JSON,
CSV, ClaimReview) stay byte for byte the same whatever later happens to shared
sources, speakers or other articles; a correction is a new version with a
note, under the same link; each version keeps its own address."""

import re

import pytest
from django.urls import reverse

from claims import services
from claims.models import Claim, ReportVersion, Source, Speaker
from tests.conftest import make_article

pytestmark = pytest.mark.django_db

FORMATS = ("public_report", "public_report_json", "public_report_csv", "public_claimreview")


def public_files(client, token, names=FORMATS, args=()):
    out = {}
    for name in names:
        response = client.get(reverse(name, args=[token, *args]))
        assert response.status_code == 200, name
        # The CSP nonce is per response; everything else must not move.
        out[name] = re.sub(rb'nonce="[^"]*"', b'nonce=""', response.content)
    return out


@pytest.fixture
def world(reviewer, editor):
    """An article whose claim has evidence from a source shared with another
    article, a resolved speaker, and a link to a claim of that other article."""
    here = make_article(" here")
    there = make_article(" there")
    claim = here.claims.order_by("position").first()
    services.claim_update(
        claim=claim, by=reviewer, expected_version=None, speaker_name="Rebel spokesman"
    )
    claim = Claim.objects.get(pk=claim.pk)
    services.evidence_add(
        claim=claim, by=reviewer, url="https://example.org/wire", stance="supports"
    )  # a source with no title yet
    services.claim_set_status(
        claim=Claim.objects.get(pk=claim.pk),
        status="confirmed",
        by=reviewer,
        rationale="Two witnesses.",
    )
    other = there.claims.order_by("position").first()
    other = services.claim_update(
        claim=other, by=reviewer, expected_version=None, text="Only the other article says this."
    )
    services.link_create(
        from_claim=other, to_claim=Claim.objects.get(pk=claim.pk), relation="confirms", by=reviewer
    )
    services.report_publish(article=there, by=editor)  # its claim text may be shown
    article = services.report_publish(article=here, by=editor)
    return article, there, Claim.objects.get(pk=claim.pk), other


def test_the_public_report_does_not_move_when_shared_data_changes(client, world, reviewer, editor):
    article, there, claim, other = world
    token = article.report_token
    before = public_files(client, token)
    assert b"Rebel spokesman" in before["public_report"]

    # Another article's claim fills the shared source's empty title.
    services.report_unpublish(article=there, by=editor)
    services.evidence_add(
        claim=Claim.objects.get(pk=other.pk),
        by=reviewer,
        url="https://example.org/wire",
        stance="supports",
        title="Wire story about the helicopter",
    )
    # An editor corrects the source and merges the speaker into another.
    source = Source.objects.get(url="https://example.org/wire")
    services.source_update(
        source=source, by=editor, title="Renamed wire story", publisher="Wire Agency"
    )
    target = Speaker.objects.create(name="Army of the Rebels")
    services.speaker_merge(target=target, others=[claim.speaker], by=editor)
    # The linked claim in the other article is edited.
    services.claim_update(
        claim=Claim.objects.get(pk=other.pk),
        by=reviewer,
        expected_version=None,
        text="An edited linked claim.",
    )

    assert public_files(client, token) == before
    assert (
        public_files(client, token, [n + "" for n in ("public_report_version",)], args=[1])[
            "public_report_version"
        ].count(b"Rebel spokesman")
        >= 1
    )


def test_republishing_is_a_correction_with_a_note_under_the_same_link(
    client, world, editor_client, editor
):
    article, _, claim, _ = world
    token = article.report_token
    v1 = public_files(client, token)
    services.source_update(
        source=Source.objects.get(url="https://example.org/wire"),
        by=editor,
        title="Renamed wire story",
    )

    # Without a note: refused, nothing changes.
    response = editor_client.post(reverse("report_publish", args=[article.pk]))
    assert (
        response.status_code == 400 and "correction note is required" in response.content.decode()
    )
    assert ReportVersion.objects.filter(article=article).count() == 1

    response = editor_client.post(
        reverse("report_publish", args=[article.pk]),
        {"correction_note": "The source's title was wrong."},
    )
    assert response.status_code == 302
    article.refresh_from_db()
    assert article.report_token == token  # the same public link
    page = client.get(reverse("public_report", args=[token])).content.decode()
    assert "Corrected on" in page and "The source&#x27;s title was wrong." in page
    assert "Renamed wire story" in page and "Version 1" in page
    assert client.get(reverse("public_report_json", args=[token])).json()["report"]["version"] == 2

    # Version 1 stays readable at its own address, exactly as it was.
    old = public_files(
        client,
        token,
        ("public_report_version_json", "public_report_version_csv", "public_claimreview_version"),
        args=[1],
    )
    assert old["public_report_version_json"] == v1["public_report_json"]
    assert old["public_report_version_csv"] == v1["public_report_csv"]
    assert old["public_claimreview_version"] == v1["public_claimreview"]
    old_page = client.get(reverse("public_report_version", args=[token, 1])).content.decode()
    assert "Renamed wire story" not in old_page and "Read the latest version" in old_page
    assert client.get(reverse("public_report_version", args=[token, 3])).status_code == 404


def test_unpublishing_revokes_every_version_until_a_correction_is_published(client, world, editor):
    article, _, _, _ = world
    token = article.report_token
    services.report_unpublish(article=article, by=editor)
    for name, args in (
        ("public_report", []),
        ("public_report_json", []),
        ("public_report_version", [1]),
        ("public_report_version_csv", [1]),
    ):
        assert client.get(reverse(name, args=[token, *args])).status_code == 404, name
    with pytest.raises(Exception, match="correction note is required"):
        services.report_publish(article=article, by=editor)
    services.report_publish(article=article, by=editor, correction_note="Status corrected.")
    assert client.get(reverse("public_report", args=[token])).status_code == 200


def test_a_public_report_hides_claims_of_articles_whose_report_is_not_published(
    client, world, editor
):
    article, there, claim, other = world
    services.report_unpublish(article=there, by=editor)
    services.report_publish(article=article, by=editor, correction_note="Refreshed.")
    token = article.report_token
    files = public_files(client, token)
    for name, body in files.items():
        assert other.text.encode() not in body, name
        assert b"there" not in body, name  # the other article's title
    assert b"whose report is not published" in files["public_report"]
    # Colleagues still see the link on the private report.
    editor_page = client.get(reverse("report", args=[article.pk]))
    assert editor_page.status_code == 302  # anonymous: login first


def test_a_public_report_names_the_newsroom_not_staff_logins(client, world, reviewer, editor):
    article, _, _, _ = world
    files = public_files(client, article.report_token)
    for name, body in files.items():
        assert not re.search(rb"\b(rita|eddie)\b", body), name
    editor.first_name, editor.last_name = "Edith", "Editor"
    editor.save()
    services.report_publish(article=article, by=editor, correction_note="Named.")
    files = public_files(client, article.report_token)
    assert b"Edith Editor" in files["public_report"]
    assert not re.search(rb"\b(rita|eddie)\b", files["public_report"])
