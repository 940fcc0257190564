"""/api/v1/articles: create (text or URL fetch), list, get, re-extract, delete,
and the claims of one article."""

from datetime import date

from django.shortcuts import get_object_or_404
from ninja import Query, Router, Status

from claims import services
from claims.api import cursor
from claims.api.auth import require
from claims.api.common import LIST_ERRORS, PageQuery
from claims.api.schemas import (
    NO_NUL,
    ArticleDetailOut,
    ArticleIn,
    ArticleOut,
    ArticlePage,
    ClaimOut,
    Id,
    Problem,
    StateValue,
)
from claims.models import Article
from claims.selectors import ArticleFilters, article_list, workspace_claims

router = Router(tags=["articles"])
ORDER = ("-created_at", "-id")  # article_list's
WRITE_ERRORS = {
    400: Problem,
    401: Problem,
    403: Problem,
    404: Problem,
    423: Problem,
    422: Problem,
    429: Problem,
}
READ_ERRORS = {401: Problem, 404: Problem, 422: Problem, 429: Problem}
# An article's text (given or fetched) over FACTCHECK_MAX_ARTICLE_BYTES: 413.
CREATE_ERRORS = {**WRITE_ERRORS, 413: Problem}


class ArticleListQuery(PageQuery):
    q: str = Query("", max_length=200, pattern=NO_NUL, description="In the title or URL.")
    state: StateValue | None = Query(None, description="Extraction state.")
    publisher: str = Query("", max_length=200, pattern=NO_NUL)
    date_from: date | None = Query(None, description="Published on or after.")
    date_to: date | None = Query(None, description="Published on or before.")


@router.get(
    "/articles", response={200: ArticlePage, **LIST_ERRORS}, summary="List articles, newest first"
)
def list_articles(request, filters: Query[ArticleListQuery]):
    require(request, "claims.view_article")
    qs = article_list(
        ArticleFilters(
            q=filters.q,
            state=filters.state or "",
            publisher=filters.publisher,
            date_from=filters.date_from,
            date_to=filters.date_to,
        )
    )
    items, next_cursor = cursor.page(qs, ORDER, filters.cursor, filters.limit, kind="articles")
    return {"items": items, "next_cursor": next_cursor}


@router.post(
    "/articles",
    response={201: ArticleDetailOut, 200: ArticleDetailOut, **CREATE_ERRORS},
    summary="Create an article from text or a URL",
)
def create_article(request, payload: ArticleIn):
    """201 with the new article (its extraction queued), or 200 with the
    existing one when the same URL or the same text is already here."""
    require(request, "claims.add_article")
    article, created = services.article_import(
        by=request.user,
        title=payload.title,
        body=payload.body,
        url=payload.url,
        fetch=payload.fetch,
        publisher=payload.publisher,
        published_at=payload.published_at,
        byline=payload.byline,
    )
    return Status(201 if created else 200, article)


@router.get(
    "/articles/{article_id}",
    response={200: ArticleDetailOut, **READ_ERRORS},
    summary="Get an article with its extraction state",
)
def get_article(request, article_id: Id):
    require(request, "claims.view_article")
    return get_object_or_404(Article, pk=article_id)


@router.post(
    "/articles/{article_id}/extract",
    response={202: ArticleOut, **WRITE_ERRORS},
    summary="Run extraction again",
)
def reextract_article(request, article_id: Id):
    require(request, "claims.change_article")
    article = get_object_or_404(Article, pk=article_id)
    services.article_reextract(article=article, by=request.user)
    article.refresh_from_db()
    return Status(202, article)


@router.delete(
    "/articles/{article_id}",
    response={204: None, **WRITE_ERRORS},
    summary="Delete an article (editors)",
)
def delete_article(request, article_id: Id):
    require(request, "claims.delete_article")
    article = get_object_or_404(Article, pk=article_id)
    services.article_delete(article=article, by=request.user)
    return Status(204, None)


@router.get(
    "/articles/{article_id}/claims",
    response={200: list[ClaimOut], **READ_ERRORS},
    summary="The claims of an article, in article order",
)
def article_claims(request, article_id: Id):
    require(request, "claims.view_claim")
    article = get_object_or_404(Article, pk=article_id)
    return list(workspace_claims(article))
