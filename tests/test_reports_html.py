"""The HTML verification report: content, escaping, access, print stylesheet."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from test_reports_support import published, reviewed  # noqa: F401

from claims import services
from claims import status as statuses
from claims.reports.builder import build_report, load_article

pytestmark = pytest.mark.django_db


def _text(html: str) -> str:
    """The page's words: tags dropped, white space folded."""
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", html))


def _report(client, article):
    response = client.get(reverse("report", args=[article.pk]))
    assert response.status_code == 200
    return response.content.decode()


def test_it_shows_every_claim_with_its_status_label_in_article_order(reviewer_client, reviewed):
    html = _report(reviewer_client, reviewed.article)
    ids = re.findall(r'<article class="claim" id="claim-(\d+)"', html)
    expected = [reviewed.xss, reviewed.rebel, reviewed.ministry, reviewed.soldiers, reviewed.tricky]
    assert ids == [str(c.pk) for c in expected]
    for claim in expected:
        label = statuses.get(claim.status).label
        block = html.split(f'id="claim-{claim.pk}"', 1)[1].split("</article>", 1)[0]
        assert f'<span class="badge status-{claim.status}">{label}</span>' in block


def test_it_shows_the_header_summary_evidence_links_and_footnote(reviewer_client, reviewed):
    html = _report(reviewer_client, reviewed.article)
    assert "Rebels say they shot down a helicopter" in html
    assert "Wire" in html and "6 February 2024" in html
    assert 'href="https://wire.example/helicopter"' in html
    assert "Draft" in html
    # Reviewers: everyone who acted on the claims.
    reviewers = html.split("<dt>Reviewers</dt>", 1)[1].split("</dd>", 1)[0]
    assert "eddie" in reviewers and "rita" in reviewers
    # Summary: the chart is server-side SVG, accessible, coloured from status.py.
    assert '<svg class="chart"' in html and 'role="img"' in html
    assert '<title id="chart-status-title">Claims by status (5 in all)</title>' in html
    for s in statuses.STATUSES:
        assert f'fill="{s.colour}"' in html
    # 4 claims are check-worthy (>= 0.5): rebel, ministry, soldiers, tricky (0.5), xss (0.5)
    # -> 5 check-worthy, 4 final (contradicted, confirmed, unverified, disputed).
    assert "80%" in html and "4 of 5" in html
    # Evidence with stance, source title, publisher and date.
    assert "Imagery of the base, 7 February" in html and "Imagery Co" in html
    assert "7 February 2024" in html
    assert "All four helicopters are visible on the apron." in html
    assert "not independent: the source is the speaker" in html
    # Links in plain words, both directions, other article named.
    words = _text(html)
    assert "Contradicted by Ministry of Defence" in words
    assert "Contradicts The rebel group" in words
    assert "Repeated by Ministry of Defence" in words
    assert "(in “Ministry repeats denial”)" in words
    assert "not independent: same speaker" in html
    # Footnote: every status defined, from status.py.
    for s in statuses.STATUSES:
        assert s.description in html


def test_it_highlights_claims_in_the_article_text_by_status(reviewer_client, reviewed):
    html = _report(reviewer_client, reviewed.article)
    text = html.split('<div class="article-text">', 1)[1].split("</div>", 1)[0]
    assert f'<a class="hl status-contradicted" href="#claim-{reviewed.rebel.pk}"' in text
    assert f'<a class="hl status-confirmed" href="#claim-{reviewed.ministry.pk}"' in text
    # The whole body is there, exactly once, in order.
    plain = re.sub(r"<sup.*?</sup>", "", text)
    plain = re.sub(r"<[^>]+>", "", plain)
    import html as htmllib

    assert htmllib.unescape(plain) == reviewed.article.body


def test_status_colours_come_from_status_py(client, reviewer_client, reviewed):
    assert reverse("status_css") in _report(reviewer_client, reviewed.article)
    response = client.get(reverse("status_css"))
    assert response.status_code == 200 and response["Content-Type"].startswith("text/css")
    css = response.content.decode()
    for s in statuses.STATUSES:
        assert f".status-{s.value}{{background-color:{s.colour};color:{s.text_colour};" in css


def test_it_escapes_user_text(reviewer_client, reviewed):
    html = _report(reviewer_client, reviewed.article)
    assert "<script>alert(1)</script>" not in html
    assert (
        "&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;b&gt;bold&lt;/b&gt; &amp; more"
        in html
    )
    assert "<img src=x" not in html and "&lt;img src=x onerror=alert(2)&gt;" in html
    # The only script element on a draft page is none at all.
    assert "<script" not in html.replace("&lt;script", "")


def test_it_has_no_inline_styles(reviewer_client, reviewed):
    html = _report(reviewer_client, reviewed.article)
    assert " style=" not in html and "<style" not in html


def test_it_links_the_print_stylesheet(reviewer_client, reviewed, client):
    html = _report(reviewer_client, reviewed.article)
    match = re.search(r'<link rel="stylesheet" href="([^"]+print\.css)" media="print">', html)
    assert match
    from django.contrib.staticfiles import finders

    css = open(finders.find("reports/print.css")).read()
    assert "@page" in css and "A4" in css
    assert "break-inside: avoid" in css
    assert 'content: " (" attr(href) ")"' in css
    assert ".controls" in css and "display: none" in css


def test_it_builds_the_report_in_a_constant_number_of_queries(reviewed, article, reviewer):
    def count(a):
        with CaptureQueriesContext(connection) as ctx:
            report = build_report(load_article(a.pk))
            report.text_segments()
            [
                (c.speaker, [link.sentence for link in c.links], [e.source.url for e in c.evidence])
                for c in report.claims
            ]
        return len(ctx.captured_queries)

    big = count(reviewed.article)
    small = count(reviewed.other_article)
    # 6, plus the adversary pairs; speakers with parents add one per level of the hierarchy
    assert big == small <= 7


@pytest.mark.parametrize("name", ["report", "report_json", "report_csv", "report_claimreview"])
def test_anonymous_users_are_redirected_to_login(client, article, name):
    response = client.get(reverse(name, args=[article.pk]))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


@pytest.mark.parametrize("name", ["report_publish", "report_unpublish"])
def test_anonymous_users_cannot_publish(client, article, name):
    response = client.post(reverse(name, args=[article.pk]))
    assert response.status_code == 302 and reverse("login") in response["Location"]
    article.refresh_from_db()
    assert not article.is_published


def test_an_unknown_article_is_a_404(reviewer_client):
    assert reviewer_client.get(reverse("report", args=[999999])).status_code == 404


def test_reviewers_see_no_publish_button(reviewer_client, reviewed):
    html = _report(reviewer_client, reviewed.article)
    assert "Publish report" not in html and "Unpublish report" not in html
    assert "An editor can publish it." in html


def test_editors_see_the_publish_button_with_csrf(editor_client, reviewed):
    # The report leads to the publish step (what is still open), whose form posts with CSRF
    html = _report(editor_client, reviewed.article)
    step = reverse("report_publish_check", args=[reviewed.article.pk])
    assert f'href="{step}">Publish report…</a>' in html
    html = editor_client.get(step).content.decode()
    form = html.split(f'action="{reverse("report_publish", args=[reviewed.article.pk])}"', 1)[1]
    assert "csrfmiddlewaretoken" in form.split("</form>", 1)[0]
    assert "Publish report" in html


def test_the_published_report_says_so_and_shows_the_public_link(editor_client, published):
    html = _report(editor_client, published.article)
    assert "This report is published" in html and "by eddie" in html
    token = published.article.report_token
    assert f"http://testserver/r/{token}/" in html
    assert "Unpublish report" in html
    assert "locked" in html


def test_the_real_seed_article_makes_a_report(
    reviewer_client, reviewer, seed_text, django_capture_on_commit_callbacks
):
    import importlib.util

    spec = importlib.util.find_spec("claims.extraction")
    if spec is None or spec.origin is None:  # missing, or a bare directory (no __init__.py yet)
        pytest.skip("The claims.extraction package is not there yet (another engineer's work).")
    with django_capture_on_commit_callbacks(execute=True):
        article, created = services.article_create(title="", body=seed_text, by=reviewer)
    article.refresh_from_db()
    assert article.extraction_state == "done", article.extraction_error
    claims = list(article.claims.all())
    assert len(claims) >= 5
    first, second = claims[0], claims[1]
    services.claim_set_status(
        claim=first, status="confirmed", by=reviewer, rationale="CENTCOM confirmed the attack."
    )
    services.claim_set_status(claim=second, status="unverified", by=reviewer)
    services.evidence_add(
        claim=first,
        by=reviewer,
        url="https://www.centcom.mil/statement",
        stance="supports",
        title="CENTCOM statement",
        publisher="CENTCOM",
    )
    services.link_create(from_claim=second, to_claim=first, relation="confirms", by=reviewer)
    html = _report(reviewer_client, article)
    for claim in article.claims.all():
        assert f'id="claim-{claim.pk}"' in html
        assert f'status-{claim.status}">{statuses.get(claim.status).label}</span>' in html
    assert "Confirmed by" in html and "CENTCOM statement" in html
    data = reviewer_client.get(reverse("report_json", args=[article.pk])).json()
    assert len(data["claims"]) == len(claims)


def test_related_claims_in_other_articles_link_to_their_report_only_privately(
    reviewer_client, client, published
):
    other = reverse("report", args=[published.other_article.pk])
    target = f"{other}#claim-{published.other_claim.pk}"
    assert target in _report(reviewer_client, published.article)
    public = client.get(reverse("public_report", args=[published.article.report_token]))
    assert other not in public.content.decode()


def test_deleted_claims_and_their_links_leave_the_report(reviewer_client, reviewed, reviewer):
    services.claim_delete(claim=reviewed.rebel, by=reviewer)
    html = _report(reviewer_client, reviewed.article)
    assert f'id="claim-{reviewed.rebel.pk}"' not in html
    assert "Contradicts The rebel group" not in _text(html)
    assert '<title id="chart-status-title">Claims by status (4 in all)</title>' in html


def test_read_only_views_answer_head(reviewer_client, reviewed):
    assert reviewer_client.head(reverse("report", args=[reviewed.article.pk])).status_code == 200
