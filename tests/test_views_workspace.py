import re

import pytest
from django.urls import reverse

from claims import services
from claims.models import Article, Claim
from tests.conftest import make_article

pytestmark = pytest.mark.django_db


def test_it_redirects_anonymous_users(client, article):
    assert client.get(reverse("article_detail", args=[article.pk])).status_code == 302


def test_it_highlights_every_claim_at_its_offsets(reviewer_client, article):
    response = reviewer_client.get(reverse("article_detail", args=[article.pk]))
    html = response.content.decode()
    assert response.status_code == 200
    for c in article.claims.all():
        assert (
            f'data-claim="{c.pk}" data-status="unreviewed" data-start="{c.start}">{c.text}</a>'
            in html
        )
    assert 'class="hl status-unreviewed' in html


def test_it_opens_the_claim_panel_as_a_page_and_as_a_fragment(reviewer_client, article):
    claim = article.claims.first()
    url = reverse("claim_detail", args=[article.pk, claim.pk])
    page = reviewer_client.get(url).content.decode()
    assert "<html" in page and 'id="panel"' in page and f'data-claim="{claim.pk}"' in page
    frag = reviewer_client.get(url, HTTP_HX_REQUEST="true", HTTP_HX_TARGET="panel").content.decode()
    assert "<html" not in frag and frag.lstrip().startswith('<aside id="panel"')
    assert f'name="status-version" value="{claim.version}"' in frag


def test_it_404s_a_claim_of_another_article(reviewer_client, article):
    claim = article.claims.first()
    assert (
        reviewer_client.get(reverse("claim_detail", args=[article.pk + 1, claim.pk])).status_code
        == 404
    )


def test_it_polls_while_extracting_and_stops_when_done(reviewer_client, article):
    article.extraction_state = "running"
    article.save()
    html = reviewer_client.get(reverse("article_detail", args=[article.pk])).content.decode()
    assert 'hx-trigger="every 2s"' in html and "Extracting claims" in html
    article.extraction_state = "done"
    article.save()
    frag = reviewer_client.get(
        reverse("article_detail", args=[article.pk]),
        HTTP_HX_REQUEST="true",
        HTTP_HX_TARGET="workspace",
    ).content.decode()
    assert "<html" not in frag and 'hx-trigger="every 2s"' not in frag


def test_it_shows_a_failed_extraction_and_offers_to_rerun(reviewer_client, article):
    article.extraction_state = "failed"
    article.extraction_error = "spaCy model missing"
    article.save()
    html = reviewer_client.get(reverse("article_detail", args=[article.pk])).content.decode()
    assert "Extraction failed" in html and "spaCy model missing" in html
    assert reverse("article_reextract", args=[article.pk]) in html


def test_it_escapes_user_text(reviewer_client, article):
    claim = article.claims.first()
    Claim.objects.filter(pk=claim.pk).update(text="<script>alert(1)</script>")
    html = reviewer_client.get(
        reverse("claim_detail", args=[article.pk, claim.pk])
    ).content.decode()
    assert "<script>alert(1)" not in html and "&lt;script&gt;alert(1)" in html


def test_it_has_no_inline_styles_or_handlers(reviewer_client, article):
    claim = article.claims.first()
    html = reviewer_client.get(
        reverse("claim_detail", args=[article.pk, claim.pk])
    ).content.decode()
    assert "style=" not in html and "onclick" not in html and "hx-on" not in html
    assert "<script>" not in html  # every script tag carries the nonce or a src


def test_the_text_and_the_list_link_each_claim_to_its_panel(reviewer_client, article):
    html = reviewer_client.get(reverse("article_detail", args=[article.pk])).content.decode()
    text = html[html.index('id="article-text"') : html.index("</section>")]
    rows = html[html.index('class="claim-list"') :]
    for c in article.claims.all():
        url = c.get_absolute_url()
        assert f'href="{url}" hx-get="{url}" hx-target="#panel"' in text
        assert f'<a class="row-link" href="{url}" hx-get="{url}"' in rows
    assert f'data-length="{len(article.body)}"' in text


def test_it_marks_the_open_claim_current_in_the_text_and_the_list(reviewer_client, article):
    first, *others = article.claims.order_by("position")
    html = reviewer_client.get(
        reverse("claim_detail", args=[article.pk, first.pk])
    ).content.decode()
    assert (
        f'<li id="claim-row-{first.pk}" class="claim-row current" data-claim="{first.pk}" data-speaker='
        in html
    )
    assert re.search(rf'class="hl status-unreviewed current"[^>]* data-claim="{first.pk}"', html)
    for c in others:
        assert (
            f'<li id="claim-row-{c.pk}" class="claim-row" data-claim="{c.pk}" data-speaker=' in html
        )
        assert not re.search(rf'current"[^>]* data-claim="{c.pk}"', html)


def test_the_claim_list_shows_kind_speaker_worth_status_and_counts(
    reviewer_client, article, reviewer
):
    c = article.claims.get(position=0)
    Claim.objects.filter(pk=c.pk).update(via="Reuters & <AP>", vanished=True)
    html = reviewer_client.get(reverse("article_detail", args=[article.pk])).content.decode()
    row = html[
        html.index(
            f'<li id="claim-row-{c.pk}" class="claim-row" data-claim="{c.pk}" data-speaker="The rebel group"'
        ) :
    ]
    row = row[: row.index("</li>")]
    assert (
        '<span class="kind kind-claim">Claim</span> The rebel group · via Reuters &amp; &lt;AP&gt;'
        ' · 90% · <span class="badge status-unreviewed"'
    ) in row
    assert '<span class="flag">no longer extracted</span>' in row


def test_it_escapes_the_article_text_and_keeps_every_offset(reviewer_client, article):
    hostile = '<script>alert(1)</script> & "quoted" '
    Article.objects.filter(pk=article.pk).update(body=hostile + article.body)
    for c in article.claims.all():
        Claim.objects.filter(pk=c.pk).update(start=c.start + len(hostile), end=c.end + len(hostile))
    html = reviewer_client.get(reverse("article_detail", args=[article.pk])).content.decode()
    assert "<script>alert(1)" not in html
    assert (
        '<span data-start="0">&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quoted&quot; '
        in html
    )
    for c in article.claims.all():
        assert (
            f'data-claim="{c.pk}" data-status="unreviewed" data-start="{c.start}">{c.text}</a>'
            in html
        )


def test_it_answers_the_close_control_with_an_empty_panel(reviewer_client, article):
    claim = article.claims.first()
    page = reviewer_client.get(
        reverse("claim_detail", args=[article.pk, claim.pk])
    ).content.decode()
    assert f'class="close" href="{article.get_absolute_url()}" hx-get=' in page  # the close control
    frag = reviewer_client.get(
        article.get_absolute_url(), HTTP_HX_REQUEST="true", HTTP_HX_TARGET="panel"
    ).content.decode()
    assert frag.lstrip().startswith('<aside id="panel"') and "data-claim" not in frag
    assert "<html" not in frag and "Select a highlighted claim" in frag


def test_it_numbers_the_statuses_for_the_keyboard(reviewer_client, article):
    claim = article.claims.first()
    page = reviewer_client.get(
        reverse("claim_detail", args=[article.pk, claim.pk])
    ).content.decode()
    assert '<option value="in_review" data-key="2">' in page
    assert '<option value="confirmed" data-key="3" data-rationale="required">' in page
    assert '<option value="unverified" data-key="6">' in page
    # The page says the claim and the article; a favicon and the phone stylesheet are linked
    title = re.search(r"<title>(.*)</title>", page).group(1)
    assert title == f"{claim.text[:59]}… · {article.title} · factcheck"
    assert 'rel="icon" href="/static/favicon.svg"' in page
    assert 'href="/static/css/phone.css" media="(max-width: 720px)"' in page


def test_it_shows_a_published_article_read_only_with_a_banner(
    reviewer_client, client, editor, article
):
    services.report_publish(article=article, by=editor)
    claim = article.claims.first()
    for url in (article.get_absolute_url(), claim.get_absolute_url()):
        page = reviewer_client.get(url).content.decode()
        assert 'class="locked-banner"' in page and "Ask an editor to open a correction" in page
        assert "claims, evidence and links are locked" in page
        for write in ("claim_status", "evidence_add", "claim_edit", "claim_assign"):
            assert reverse(write, args=[claim.pk]) not in page
        for write in ("claim_create", "article_reextract"):
            assert reverse(write, args=[article.pk]) not in page
        assert "Merge selected claims" not in page and 'name="claim"' not in page
    frag = reviewer_client.get(
        claim.get_absolute_url(), HTTP_HX_REQUEST="true", HTTP_HX_TARGET="panel"
    ).content.decode()
    assert reverse("claim_status", args=[claim.pk]) not in frag
    # The editor is pointed at the report, where a correction is published
    client.force_login(editor)
    page = client.get(article.get_absolute_url()).content.decode()
    assert f'<a href="{reverse("report", args=[article.pk])}">Open the report</a>' in page


def test_only_the_header_polls_while_extracting_not_the_workspace(reviewer_client, article):
    Article.objects.filter(pk=article.pk).update(extraction_state="pending")
    html = reviewer_client.get(reverse("article_detail", args=[article.pk])).content.decode()
    progress = reverse("article_progress", args=[article.pk])
    workspace = html[html.index('<div id="workspace"') :]
    assert "hx-get" not in workspace[: workspace.index(">")]  # the workspace itself: no poll
    assert (
        f'<div id="extraction-status" hx-get="{progress}" hx-trigger="every 2s" '
        'hx-target="this" hx-swap="outerHTML">'
    ) in html
    assert html.count('hx-trigger="every 2s"') == 1


def progress_of(client, article, current_url):
    return client.get(
        reverse("article_progress", args=[article.pk]),
        HTTP_HX_REQUEST="true",
        HTTP_HX_TARGET="extraction-status",
        HTTP_HX_CURRENT_URL=current_url,
    )


def test_the_header_fragment_polls_on_while_extracting(reviewer_client, article):
    claim = article.claims.first()
    Article.objects.filter(pk=article.pk).update(
        extraction_state="running", extraction_done=2, extraction_total=5
    )
    for url in (article.get_absolute_url(), reverse("claim_detail", args=[article.pk, claim.pk])):
        r = progress_of(reviewer_client, article, "http://testserver" + url)
        frag = r.content.decode()
        assert frag.lstrip().startswith('<div id="extraction-status"') and "<html" not in frag
        assert 'hx-trigger="every 2s"' in frag and "2 of 5 paragraphs" in frag
        assert 'id="panel"' not in frag and "HX-Retarget" not in r.headers


def test_when_done_with_no_claim_open_the_workspace_is_swapped_in(reviewer_client, article):
    Article.objects.filter(pk=article.pk).update(extraction_state="done")
    for current in (article.get_absolute_url(), "/articles/?q=x", "not a url", ""):
        r = progress_of(reviewer_client, article, "http://testserver" + current)
        frag = r.content.decode()
        assert r.headers["HX-Retarget"] == "#workspace" and r.headers["HX-Reswap"] == "outerHTML"
        assert frag.lstrip().startswith('<div id="workspace"') and "<html" not in frag
        assert "every 2s" not in frag and "Extraction finished" not in frag
        assert all(c.text in frag for c in article.claims.all())  # the new claims


def test_when_done_with_a_claim_open_the_header_says_so_and_leaves_the_panel(
    reviewer_client, article
):
    claim = article.claims.first()
    url = reverse("claim_detail", args=[article.pk, claim.pk])
    Article.objects.filter(pk=article.pk).update(extraction_state="done")
    r = progress_of(reviewer_client, article, f"http://testserver{url}?x=<b>")
    frag = r.content.decode()
    assert "HX-Retarget" not in r.headers and 'id="panel"' not in frag
    assert frag.lstrip().startswith('<p id="extraction-status" class="notice" role="status">')
    assert (
        "Extraction finished: 3 claims." in frag
        and f'<a href="{url}">Reload to see them</a>' in frag
    )
    assert "every 2s" not in frag and "<b>" not in frag
    # a claim of another article open: not this workspace's panel
    other = make_article(" (other)")
    elsewhere = reverse("claim_detail", args=[other.pk, other.claims.first().pk])
    assert "HX-Retarget" in progress_of(reviewer_client, article, elsewhere).headers
    Article.objects.filter(pk=article.pk).update(extraction_state="failed")
    frag = progress_of(reviewer_client, article, url).content.decode()
    assert "Extraction failed." in frag and f'<a href="{url}">Reload to see why</a>' in frag
