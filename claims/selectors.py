"""Reads that several views (and reports, benchmarks) share."""

from dataclasses import dataclass

from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVector
from django.db import connection
from django.db.models import Count, QuerySet

from claims.models import Claim
from claims.status import OPEN_STATUSES

SEARCH_CONFIG = "english"  # must match the index in migration 0002


def uses_postgres() -> bool:
    return connection.vendor == "postgresql"


def claim_search(qs: QuerySet, q: str) -> QuerySet:
    """Full-text search over claim text, speaker, via and article title
    (Claim.search_text). PostgreSQL: websearch syntax ("quoted phrases",
    -exclusions, or) on the GIN index, ranked; SQLite: every word must appear."""
    q = (q or "").strip()
    if not q:
        return qs
    if uses_postgres():
        query = SearchQuery(q, config=SEARCH_CONFIG, search_type="websearch")
        vector = SearchVector("search_text", config=SEARCH_CONFIG)
        return qs.annotate(search=vector).filter(search=query).annotate(
            rank=SearchRank(vector, query)
        )
    for word in q.split()[:10]:
        qs = qs.filter(search_text__icontains=word.strip('"'))
    return qs


@dataclass
class QueueFilters:
    q: str = ""
    status: str = ""  # "" means the open ones (unreviewed, in review); "all" means every status
    kind: str = ""
    speaker: int | None = None
    article: int | None = None
    assignee: str = ""  # user id, "me" or "none"
    sort: str = "checkworthiness"  # or "newest", "oldest", "relevance"


SORTS = {
    "checkworthiness": ("-checkworthiness", "-id"),
    "newest": ("-created_at", "-id"),
    "oldest": ("created_at", "id"),
}


def review_queue(filters: QueueFilters, *, user=None) -> QuerySet:
    qs = Claim.objects.select_related("article", "speaker", "assignee")
    if filters.status == "all":
        pass
    elif filters.status:
        qs = qs.filter(status=filters.status)
    else:
        qs = qs.filter(status__in=OPEN_STATUSES)
    if filters.kind:
        qs = qs.filter(kind=filters.kind)
    if filters.speaker:
        qs = qs.filter(speaker_id=filters.speaker)
    if filters.article:
        qs = qs.filter(article_id=filters.article)
    if filters.assignee == "me" and user is not None:
        qs = qs.filter(assignee=user)
    elif filters.assignee == "none":
        qs = qs.filter(assignee__isnull=True)
    elif filters.assignee.isdigit():
        qs = qs.filter(assignee_id=int(filters.assignee))
    if filters.q:
        qs = claim_search(qs, filters.q)
        if filters.sort == "relevance" and uses_postgres():
            return qs.order_by("-rank", "-id")
    return qs.order_by(*SORTS.get(filters.sort, SORTS["checkworthiness"]))


def workspace_claims(article) -> QuerySet:
    """The claims of an article, in order, with what the claim list shows,
    in a constant number of queries however many claims there are."""
    return (
        Claim.objects.filter(article=article)
        .select_related("speaker", "assignee")
        .annotate(
            n_evidence=Count("evidence", distinct=True),
            n_links=Count("links_out", distinct=True) + Count("links_in", distinct=True),
        )
        .order_by("position", "start", "id")
    )


def speaker_claims(speaker) -> QuerySet:
    return (
        Claim.objects.filter(speaker=speaker)
        .select_related("article")
        .order_by("-article__published_at", "-article__created_at", "position")
    )

