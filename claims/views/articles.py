"""Articles: the list (search, filters), the new-article form (paste, upload
or fetch; duplicates lead to the existing article) and re-extraction."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db.models import Count, Q
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_http_methods, require_POST

from claims import ingest, services
from claims.errors import InvalidInput, ServiceError
from claims.forms import ArticleFilterForm, ArticleForm
from claims.models import Article
from claims.views.permissions import error_status, require_perm
from claims.views.panel import workspace_context

PAGE_SIZE = 30


@login_required
def article_list(request):
    form = ArticleFilterForm(request.GET or None)
    qs = Article.objects.annotate(
        n_claims=Count("claims", filter=Q(claims__deleted_at__isnull=True))
    )
    if request.GET and form.is_valid():
        d = form.cleaned_data
        if d["q"]:
            qs = qs.filter(Q(title__icontains=d["q"]) | Q(url__icontains=d["q"]))
        if d["state"]:
            qs = qs.filter(extraction_state=d["state"])
        if d["publisher"]:
            qs = qs.filter(publisher__icontains=d["publisher"])
        if d["date_from"]:
            qs = qs.filter(published_at__date__gte=d["date_from"])
        if d["date_to"]:
            qs = qs.filter(published_at__date__lte=d["date_to"])
    page = Paginator(qs.order_by("-created_at", "-id"), PAGE_SIZE).get_page(request.GET.get("page"))
    ctx = {"nav": "articles", "form": form if request.GET else ArticleFilterForm(), "page": page}
    return render(
        request, "claims/article_list.html#results" if request.htmx else "claims/article_list.html", ctx
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
    url = (d["url"] or "").strip()
    try:
        if d["upload"]:
            got = ingest.from_upload(d["upload"])
        elif d["fetch"]:
            if not url:
                raise InvalidInput("Give the URL to fetch the article from.")
            got = ingest.fetch(url)
        else:
            got = ingest.Ingested(body=ingest.normalise_newlines(d["body"] or ""))
        article, created = services.article_create(
            title=(d["title"] or "").strip() or got.title, body=got.body, by=request.user,
            url=url or None, publisher=(d["publisher"] or "").strip() or got.publisher,
            published_at=d["published_at"] or got.published,
            byline=d["byline"] or "",
        )
    except ServiceError as exc:
        return _form_error(request, form, exc.message, error_status(exc))
    if created:
        messages.success(request, f"Article “{article.title}” added.")
    else:
        messages.info(request, f"This article is already here (same URL or same text): “{article.title}”.")
    response = redirect(article.get_absolute_url())
    if request.htmx:
        response = render(request, "claims/article_new.html#form", {"form": form})
        response["HX-Redirect"] = article.get_absolute_url()
    return response


@login_required
@require_POST
def article_reextract(request, pk):
    require_perm(request, "claims.change_article")
    article = get_object_or_404(Article, pk=pk)
    try:
        services.article_reextract(article=article, by=request.user)
    except ServiceError as exc:
        ctx = workspace_context(request, article, error=exc.message)
        template = "claims/workspace.html#workspace" if request.htmx else "claims/workspace.html"
        return render(request, template, ctx, status=error_status(exc))
    article.refresh_from_db()
    if request.htmx:
        return render(request, "claims/workspace.html#workspace",
                      workspace_context(request, article, notice="Extraction queued."))
    messages.success(request, "Extraction queued.")
    return redirect(article.get_absolute_url())
