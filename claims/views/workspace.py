"""The article workspace: the text with every claim highlighted at its
offsets, the claim list, and the claim panel. One template
(claims/workspace.html) with partials serves the page and its fragments."""

from urllib.parse import urlsplit

from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, render
from django.urls import Resolver404, resolve, reverse
from django.views.decorators.http import require_GET

from claims.models import Article, Claim
from claims.views.panel import (
    TEMPLATE,
    article_slots,
    can_write,
    panel_context,
    workspace_context,
)


@login_required
@require_GET
def article_detail(request, pk):
    article = get_object_or_404(Article.objects.select_related("report_published_by"), pk=pk)
    ctx = workspace_context(request, article)
    if request.htmx and request.htmx.target == "workspace":
        return render(request, TEMPLATE + "#workspace", ctx)
    if request.htmx and request.htmx.target == "panel":  # the panel's close control
        return render(request, TEMPLATE + "#panel", ctx)
    return render(request, TEMPLATE, ctx)


@login_required
@require_GET
def claim_detail(request, article_pk, pk):
    claim = get_object_or_404(
        Claim.all_objects.select_related("article__report_published_by", "speaker", "assignee"),
        pk=pk,
        article_id=article_pk,
    )
    if request.htmx and request.htmx.target == "panel":
        if claim.speaker_id:  # the chip of the speaker's colour, as in the text and list
            claim.speaker_slot = article_slots(claim.article).get(claim.speaker_id)
        return render(
            request,
            TEMPLATE + "#panel",
            panel_context(request, claim)
            | {
                "article": claim.article,
                "can_change": can_write(request, claim.article, "claims.change_claim"),
            },
        )
    return render(request, TEMPLATE, workspace_context(request, claim.article, claim))


def extraction_status(request, article: Article):
    """The workspace header's extraction state, polled on its own while the
    extraction runs (the whole workspace once was, and a reviewer reading a
    claim meanwhile lost its panel and what was typed in it every 2 s). Once
    it has ended, the workspace is swapped in with the new claims if no claim
    is open, else only the header says so, with a link to reload the page."""
    open_claim = open_claim_url(request, article)
    if article.is_extracting or open_claim:
        ctx = {"article": article, "reload_url": open_claim}
        return render(request, TEMPLATE + "#extraction_status", ctx)
    response = render(request, TEMPLATE + "#workspace", workspace_context(request, article))
    response["HX-Retarget"] = "#workspace"
    response["HX-Reswap"] = "outerHTML"
    return response


def open_claim_url(request, article: Article) -> str | None:
    """The URL of the claim of ``article`` whose panel the page polling is
    showing (htmx's HX-Current-URL), or None."""
    try:
        match = resolve(urlsplit(request.htmx.current_url or "").path)
    except Resolver404:
        return None
    if match.url_name != "claim_detail" or match.kwargs.get("article_pk") != article.pk:
        return None
    return reverse("claim_detail", kwargs=match.kwargs)
