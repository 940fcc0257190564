"""Reads: every list the views show, and what reports and benchmarks share."""

import re
from dataclasses import dataclass

from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVectorField
from django.db import connection
from django.db.models import Count, Expression, Q, QuerySet

from claims.models import Article, Claim, Source, Speaker
from claims.status import FINAL_STATUSES, OPEN_STATUSES

SEARCH_CONFIG = "english"  # must match migrations 0002 (expression index) and 0005 (column)
SEARCH_VECTOR_COLUMN = "search_vector"  # PostgreSQL only: see migration 0005
# Relevance order ranks every match (ts_rank over each one's stored vector, and
# a heap visit each), so it is offered only up to this many matches; above it
# the queue view falls back to check-worthiness order and says so (the capped
# count tells us). Over 1M claims: ~3,600 matches rank in ~100 ms p95, every
# match of a common word (302k) in ~1 s (benchmarks/queue_search.py).
RANK_LIMIT = 5_000


def uses_postgres() -> bool:
    return connection.vendor == "postgresql"


class StoredSearchVector(Expression):
    """claims_claim.search_vector: the tsvector column that migration 0005
    adds on PostgreSQL only (to_tsvector('english', search_text), generated and
    stored, GIN-indexed). It is not a model field, because SQLite has no
    tsvector; this expression names it under whatever alias the query gives
    the claim table (subqueries relabel it), so filters and ts_rank read the
    stored vector instead of re-parsing search_text for every row."""

    output_field = SearchVectorField()

    def __init__(self, alias=None):
        super().__init__()
        self.alias = alias

    def resolve_expression(
        self, query=None, allow_joins=True, reuse=None, summarize=False, for_save=False
    ):
        c = self.copy()
        c.is_summary = summarize
        if c.alias is None and query is not None:
            c.alias = query.get_initial_alias()
        return c

    def relabeled_clone(self, change_map):
        return self.__class__(change_map.get(self.alias, self.alias))

    def get_group_by_cols(self):
        return [self]

    def as_sql(self, compiler, connection):
        alias = compiler.quote_name(self.alias or Claim._meta.db_table)
        return f"{alias}.{connection.ops.quote_name(SEARCH_VECTOR_COLUMN)}", []

    def __eq__(self, other):
        return isinstance(other, StoredSearchVector) and other.alias == self.alias

    def __hash__(self):
        return hash((self.__class__, self.alias))


def search_query(q: str) -> SearchQuery:
    """websearch_to_tsquery('english', q): "quoted phrases", -exclusions, or."""
    return SearchQuery(q, config=SEARCH_CONFIG, search_type="websearch")


ALIAS_NGRAM = 8  # words of the query looked up as one speaker's name, at most
_OPERATOR = re.compile(r'"|(^|\s)-\S|(^|\s)or(\s|$)', re.IGNORECASE)


@dataclass
class SpeakerTerms:
    """The part of a search that names a speaker: its speakers (by any alias)
    and the rest of the query (what those speakers' claims must also match)."""

    speaker_ids: list[int]
    rest: str


def speaker_terms(q: str) -> SpeakerTerms | None:
    """The longest run of the query's words that is one of a speaker's names
    ("CENTCOM", "U.S. Central Command", "Central Command"), found by alias key
    in one indexed query; None when no run is. A query with websearch operators
    (quotes, -exclusions, or) is looked up whole or not at all."""
    from claims.extraction.speakers import alias_key
    from claims.models import SpeakerAlias

    words = q.split()
    if _OPERATOR.search(q):
        spans = [(0, len(words))]
    else:
        spans = [
            (i, j)
            for i in range(len(words))
            for j in range(i + 1, min(len(words), i + ALIAS_NGRAM) + 1)
        ]
    keys = {}
    for i, j in spans:
        key = alias_key(" ".join(words[i:j]).strip('"'))
        if key:
            keys.setdefault(key, (i, j))
    if not keys:
        return None
    found: dict[str, list[int]] = {}
    for key, sid in SpeakerAlias.objects.filter(
        key__in=list(keys), speaker__merged_into__isnull=True
    ).values_list("key", "speaker_id"):
        found.setdefault(key, []).append(sid)
    if not found:
        return None
    best = max(found, key=lambda k: (keys[k][1] - keys[k][0], -keys[k][0]))
    i, j = keys[best]
    return SpeakerTerms(sorted(found[best]), " ".join(words[:i] + words[j:]))


def claim_search(qs: QuerySet, q: str) -> QuerySet:
    """Full-text search over claim text, speaker, via and article title
    (Claim.search_text), and by speaker: a query naming a speaker by any of
    its aliases also finds that speaker's claims ("CENTCOM" finds the claims
    of U.S. Central Command however the article wrote it; "CENTCOM drones"
    those of them that match "drones"). PostgreSQL: websearch syntax ("quoted
    phrases", -exclusions, or) matched on the stored, GIN-indexed
    search_vector column, OR speaker_id IN (the speakers) on its index, and
    annotated with `rank` (ts_rank of that column; evaluated only for the rows
    a query returns unless it orders by it); SQLite: every word must appear
    (LIKE), no rank."""
    q = (q or "").strip()
    if not q:
        return qs
    named = speaker_terms(q)
    if uses_postgres():
        query = search_query(q)
        cond = Q(search=query)
        if named is not None:
            by_speaker = Q(speaker_id__in=named.speaker_ids)
            if named.rest.strip():
                by_speaker &= Q(search=search_query(named.rest))
            cond |= by_speaker
        return (
            qs.alias(search=StoredSearchVector())
            .filter(cond)
            .annotate(rank=SearchRank(StoredSearchVector(), query))
        )
    cond = _contains_all(q)
    if named is not None:
        cond |= Q(speaker_id__in=named.speaker_ids) & _contains_all(named.rest)
    return qs.filter(cond)


def _contains_all(q: str) -> Q:
    cond = Q()
    for word in q.split()[:10]:
        cond &= Q(search_text__icontains=word.strip('"'))
    return cond


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


def ranks_by_relevance(filters: QueueFilters) -> bool:
    """Whether review_queue(filters) orders by ts_rank (PostgreSQL only;
    SQLite has no rank and keeps check-worthiness order)."""
    return bool(filters.q) and filters.sort == "relevance" and uses_postgres()


def review_queue(filters: QueueFilters, *, user=None, rank: bool = True) -> QuerySet:
    """The queue's claims, filtered and ordered. rank=False turns a relevance
    order into check-worthiness order (for searches with more than RANK_LIMIT
    matches, where ranking every match would cost seconds)."""
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
        if rank and ranks_by_relevance(filters):
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


@dataclass
class ArticleFilters:
    q: str = ""  # in the title or URL
    state: str = ""  # extraction state
    publisher: str = ""
    date_from: object = None  # a date: published on or after
    date_to: object = None


def article_list(filters: ArticleFilters) -> QuerySet:
    """Articles, newest first, with their live claim count (n_claims)."""
    qs = Article.objects.annotate(
        n_claims=Count("claims", filter=Q(claims__deleted_at__isnull=True))
    )
    if filters.q:
        qs = qs.filter(Q(title__icontains=filters.q) | Q(url__icontains=filters.q))
    if filters.state:
        qs = qs.filter(extraction_state=filters.state)
    if filters.publisher:
        qs = qs.filter(publisher__icontains=filters.publisher)
    if filters.date_from:
        qs = qs.filter(published_at__date__gte=filters.date_from)
    if filters.date_to:
        qs = qs.filter(published_at__date__lte=filters.date_to)
    return qs.order_by("-created_at", "-id")


def listed_speakers(*, q: str = "") -> QuerySet:
    """The speaker list: most claims first, with their record in counts."""
    live = Q(claims__deleted_at__isnull=True)
    qs = Speaker.objects.select_related("parent").annotate(
        n_claims=Count("claims", filter=live),
        n_final=Count("claims", filter=live & Q(claims__status__in=FINAL_STATUSES)),
        n_confirmed=Count("claims", filter=live & Q(claims__status="confirmed")),
        n_contradicted=Count("claims", filter=live & Q(claims__status="contradicted")),
    )
    if q:
        qs = qs.filter(Q(name__icontains=q) | Q(aliases__name__icontains=q)).distinct()
    return qs.order_by("-n_claims", "name")


def listed_sources(*, q: str = "", kind: str = "") -> QuerySet:
    """The source list: newest first, with how often each is cited."""
    qs = Source.objects.annotate(n_evidence=Count("evidence")).order_by("-created_at", "-id")
    if q:
        qs = qs.filter(Q(title__icontains=q) | Q(url__icontains=q) | Q(publisher__icontains=q))
    if kind:
        qs = qs.filter(kind=kind)
    return qs


def speaker_links_in(speaker) -> list[dict]:
    """Who confirmed and who contradicted this speaker's claims: one row per
    (relation, other speaker) with how many links, and whether that other
    speaker is independent of this one (claims.independence)."""
    from claims.independence import attach_chains, independence, rival_pairs
    from claims.models import ClaimLink

    links = ClaimLink.objects.filter(
        to_claim__speaker=speaker,
        to_claim__deleted_at__isnull=True,
        from_claim__deleted_at__isnull=True,
        relation__in=["confirms", "contradicts"],
    ).select_related("from_claim__speaker")
    rows: dict[tuple, dict] = {}
    for link in links:
        other = link.from_claim.speaker
        key = (link.relation, other.pk if other else None)
        row = rows.setdefault(key, {"relation": link.relation, "speaker": other, "count": 0})
        row["count"] += 1
    attach_chains([speaker, *(r["speaker"] for r in rows.values())])
    rivals = rival_pairs()
    for row in rows.values():
        row["independence"] = independence(speaker, row["speaker"], rivals=rivals)
    return sorted(rows.values(), key=lambda r: (r["relation"], -r["count"]))


# The story view reads at most this many claims, this many links away.
STORY_MAX_CLAIMS = 60
STORY_MAX_DEPTH = 6


@dataclass
class StoryLink:
    link: object  # ClaimLink
    from_claim: Claim
    to_claim: Claim
    independence: object  # claims.independence.Independence


@dataclass
class Story:
    """The claims linked to one claim, directly or through others (the
    connected component of ClaimLinks, bounded), grouped by article."""

    root: Claim
    articles: list  # [(Article, [Claim, ...])], oldest article first, claims in text order
    links: list  # [StoryLink], in the order of their articles and claims
    truncated: bool  # the component goes on beyond the bounds


def claim_story(
    claim: Claim, *, max_claims: int = STORY_MAX_CLAIMS, max_depth: int = STORY_MAX_DEPTH
) -> Story:
    """The story around `claim` in a bounded number of queries, whatever its
    size: one per link level walked (at most max_depth), one for the claims
    (with speakers and articles), one for the links between them and one for
    the speakers' affiliation chains with their adversaries. Every
    claim gets `story_out` and `story_in`, its StoryLinks."""
    from claims.independence import independence, load_chains_and_rivals
    from claims.models import ClaimLink

    live = ClaimLink.objects.filter(
        from_claim__deleted_at__isnull=True, to_claim__deleted_at__isnull=True
    )
    seen, frontier, truncated = {claim.pk}, {claim.pk}, False
    for _ in range(max_depth):
        if not frontier:
            break
        reached = set()
        for a, b in live.filter(
            Q(from_claim_id__in=frontier) | Q(to_claim_id__in=frontier)
        ).values_list("from_claim_id", "to_claim_id"):
            reached.update((a, b))
        frontier = reached - seen
        room = max_claims - len(seen)
        if len(frontier) > room:
            frontier, truncated = set(sorted(frontier)[:room]), True
        seen |= frontier
    else:
        truncated = truncated or bool(frontier)  # links further away were not followed
    claims = {
        c.pk: c
        for c in Claim.objects.filter(pk__in=seen).select_related(
            "speaker", "article", "article__report_published_by"
        )
    }
    claims.setdefault(claim.pk, claim)
    links = list(
        live.filter(from_claim_id__in=claims.keys(), to_claim_id__in=claims.keys()).order_by("pk")
    )
    speakers = [c.speaker for c in claims.values() if c.speaker_id]
    rivals: set = set()
    if speakers:
        rivals = load_chains_and_rivals(speakers)
    for c in claims.values():
        c.story_out, c.story_in = [], []
    story_links = []
    for link in links:
        a, b = claims[link.from_claim_id], claims[link.to_claim_id]
        link.from_claim, link.to_claim = a, b
        row = StoryLink(link, a, b, independence(a.speaker, b.speaker, rivals=rivals))
        a.story_out.append(row)
        b.story_in.append(row)
        story_links.append(row)
    by_article: dict[int, list[Claim]] = {}
    for c in sorted(claims.values(), key=lambda c: (c.position, c.start, c.pk)):
        by_article.setdefault(c.article_id, []).append(c)
    articles = sorted(
        ((cs[0].article, cs) for cs in by_article.values()),
        key=lambda ac: (ac[0].published_at or ac[0].created_at, ac[0].pk),
    )
    order = {c.pk: i for i, (_, cs) in enumerate(articles) for c in cs}
    story_links.sort(key=lambda r: (order[r.from_claim.pk], order[r.to_claim.pk], r.link.pk))
    return Story(root=claim, articles=articles, links=story_links, truncated=truncated)
