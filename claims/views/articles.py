"""Articles: the list (search, filters), the new-article form (paste, upload
or fetch; duplicates lead to the existing article) and re-extraction."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import BadRequest
from django.core.paginator import Paginator
from django.db.models import Count, Q
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from claims import services
from claims.errors import ServiceError
from claims.forms import ArticleFilterForm, ArticleForm
from claims.models import Article
from claims.selectors import ArticleFilters
from claims.selectors import article_list as article_list_query
from claims.views.panel import TEMPLATE, form_error_text, workspace_context
from claims.views.params import parse_page
from claims.views.permissions import error_status, require_perm
from claims.views.workspace import extraction_status, open_claim_url

PAGE_SIZE = 30


@login_required
def article_list(request):
    form = ArticleFilterForm(request.GET or None)
    if request.GET and not form.is_valid():
        raise BadRequest(form_error_text(form))
    filters = ArticleFilters()
    if request.GET and form.is_valid():
        d = form.cleaned_data
        filters = ArticleFilters(
            q=d["q"],
            state=d["state"],
            publisher=d["publisher"],
            date_from=d["date_from"],
            date_to=d["date_to"],
        )
    page = Paginator(article_list_query(filters), PAGE_SIZE).get_page(
        parse_page(request.GET.get("page"))
    )
    ctx = {"nav": "articles", "form": form if request.GET else ArticleFilterForm(), "page": page}
    return render(
        request,
        "claims/article_list.html#results" if request.htmx else "claims/article_list.html",
        ctx,
    )


def _form_error(request, form, message, status=400):
    ctx = {"nav": "new", "form": form, "error": message}
    template = "claims/article_new.html#form" if request.htmx else "claims/article_new.html"
    return render(request, template, ctx, status=status)


@login_required
@require_http_methods(["GET", "POST"])
def article_new(request):
    if request.method == "GET":
        return render(request, "claims/article_new.html", {"nav": "new", "form": ArticleForm()})
    require_perm(request, "claims.add_article")
    form = ArticleForm(request.POST, request.FILES)
    if not form.is_valid():
        return _form_error(request, form, "Please correct the fields marked below.")
    d = form.cleaned_data
    try:
        article, created = services.article_import(
            by=request.user,
            title=d["title"] or "",
            body=d["body"] or "",
            url=d["url"] or "",
            fetch=d["fetch"],
            upload=d["upload"],
            publisher=d["publisher"] or "",
            published_at=d["published_at"],
            byline=d["byline"] or "",
        )
    except ServiceError as exc:
        return _form_error(request, form, exc.message, error_status(exc))
    if created:
        messages.success(request, f"Article “{article.title}” added.")
    else:
        messages.info(
            request, f"This article is already here (same URL or same text): “{article.title}”."
        )
    response = redirect(article.get_absolute_url())
    if request.htmx:
        response = render(request, "claims/article_new.html#form", {"form": form})
        response["HX-Redirect"] = article.get_absolute_url()
    return response


LIVE_CLAIMS = Count("claims", filter=Q(claims__deleted_at__isnull=True))


@login_required
@require_POST
def article_reextract(request, pk):
    """Queue the article's extraction again. With a claim's panel open (htmx's
    HX-Current-URL), only the button is swapped, for the header's progress, so
    the panel and what is typed in it stay; else the workspace is swapped."""
    require_perm(request, "claims.change_article")
    article = get_object_or_404(Article, pk=pk)
    open_claim = open_claim_url(request, article) if request.htmx else None
    try:
        services.article_reextract(article=article, by=request.user)
    except ServiceError as exc:
        if open_claim:
            ctx = {"article": article, "reextract_error": exc.message}
            return _retarget(
                render(request, TEMPLATE + "#reextract", ctx, status=error_status(exc))
            )
        ctx = workspace_context(request, article, error=exc.message)
        template = TEMPLATE + "#workspace" if request.htmx else TEMPLATE
        return render(request, template, ctx, status=error_status(exc))
    article = Article.objects.annotate(n_claims=LIVE_CLAIMS).get(pk=pk)
    if open_claim:
        ctx = {"article": article, "reload_url": open_claim}
        return _retarget(render(request, TEMPLATE + "#extraction_status", ctx))
    if request.htmx:
        ctx = workspace_context(request, article, notice="Extraction queued.")
        return render(request, TEMPLATE + "#workspace", ctx)
    messages.success(request, "Extraction queued.")
    return redirect(article.get_absolute_url())


def _retarget(response):
    response["HX-Retarget"] = "#reextract"
    response["HX-Reswap"] = "outerHTML"
    return response


def _bulk_limits() -> dict:
    from django.conf import settings
    from django.template.defaultfilters import filesizeformat

    from claims.middleware import request_limit

    size = lambda n: filesizeformat(n).replace("\xa0", " ")  # noqa: E731
    return {
        "max_files": services.articles.MAX_FILES_AT_ONCE,
        "max_article": size(settings.FACTCHECK_MAX_ARTICLE_BYTES),
        "max_request": size(request_limit()),
    }


@login_required
@require_http_methods(["GET", "POST"])
def article_bulk_new(request):
    """Several article files at once: one article per file (the single
    upload's path), and a result per file with its extraction's progress."""
    ctx = {"nav": "new", **_bulk_limits()}
    if request.method == "GET":
        return render(request, "claims/article_bulk.html", ctx)
    require_perm(request, "claims.add_article")
    try:
        results = services.articles_import_files(
            by=request.user, uploads=request.FILES.getlist("files")
        )
    except ServiceError as exc:
        ctx["error"] = exc.message
        return render(request, "claims/article_bulk.html", ctx, status=error_status(exc))
    ids = [r.article.pk for r in results if r.article]
    counted = Article.objects.annotate(n_claims=LIVE_CLAIMS).in_bulk(ids)
    for r in results:
        r.article = counted.get(r.article.pk) if r.article else None
    ctx.update(results=results, added=sum(r.created for r in results))
    return render(request, "claims/article_bulk.html", ctx)


@login_required
@require_GET
def article_progress(request, pk):
    """An article's extraction state as a small fragment that polls itself
    while the extraction runs (the bulk upload's result list uses it, and the
    workspace's header: see workspace.extraction_status)."""
    article = get_object_or_404(Article.objects.annotate(n_claims=LIVE_CLAIMS), pk=pk)
    if request.htmx and request.htmx.target == "extraction-status":
        return extraction_status(request, article)
    return render(request, "claims/_extraction_progress.html", {"a": article})
