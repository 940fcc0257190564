"""/api/v1/claims: the review queue (filters, full-text search, cursor
pagination), one claim, and the reviewer writes: edit, status, assignment.
Every write names the version it started from (409 with the current claim
when someone else saved first; 423 when the article's report is published)."""

from django.contrib.auth import get_user_model
from ninja import Query, Router, Schema

from claims import services
from claims.api import cursor
from claims.api.auth import require
from claims.api.common import (
    CURSOR_DESCRIPTION,
    ERRORS,
    LIST_ERRORS,
    READ_ERRORS,
    WEBSEARCH,
    claim_or_404,
    claim_write,
    fresh_claim,
    search_param,
)
from claims.api.errors import ApiProblem
from claims.api.schemas import (
    MAX_ID,
    AssignIn,
    ClaimOut,
    ClaimPage,
    ClaimUpdateIn,
    Id,
    KindValue,
    StatusIn,
    StatusValue,
)
from claims.selectors import SORTS, QueueFilters, ranks_by_relevance, review_queue

router = Router(tags=["claims"])
CHANGE = ("claims.change_claim",)


class QueueQuery(Schema):
    q: str = search_param(
        WEBSEARCH + "; a speaker named by any of its aliases (CENTCOM) also finds that "
        "speaker's claims."
    )
    status: StatusValue | None = Query(
        None, description="Omitted: the open ones (unreviewed, in review)."
    )
    any_status: bool = Query(False, description="Every status (ignores `status`).")
    kind: KindValue | None = None
    speaker: int | None = Query(None, ge=1, le=MAX_ID)
    article: int | None = Query(None, ge=1, le=MAX_ID)
    assignee: str = Query(
        "",
        max_length=150,
        pattern=r"^(|me|none|[0-9]{1,18})$",
        description="A user id, 'me' or 'none'.",
    )
    sort: str = Query(
        "",
        pattern=r"^(|checkworthiness|newest|oldest|relevance)$",
        description="Default: relevance when searching, else checkworthiness.",
    )
    cursor: str | None = Query(
        None, max_length=500, pattern=r"^[A-Za-z0-9_-]*$", description=CURSOR_DESCRIPTION
    )
    limit: int = Query(50, ge=1, le=200)


@router.get("/claims", response={200: ClaimPage, **LIST_ERRORS}, summary="The review queue")
def list_claims(request, params: Query[QueueQuery]):
    require(request, "claims.view_claim")
    sort = params.sort or ("relevance" if params.q else "checkworthiness")
    filters = QueueFilters(
        q=params.q,
        status="all" if params.any_status else (params.status or ""),
        kind=params.kind or "",
        speaker=params.speaker,
        article=params.article,
        assignee=params.assignee,
        sort=sort,
    )
    qs = review_queue(filters, user=request.user)
    if ranks_by_relevance(filters):
        order, key = None, "relevance"
    else:
        key = sort if sort in SORTS else "checkworthiness"
        order = SORTS[key]
    items, next_cursor = cursor.page(qs, order, params.cursor, params.limit, kind=f"claims:{key}")
    return {"items": items, "next_cursor": next_cursor}


@router.get("/claims/{claim_id}", response={200: ClaimOut, **READ_ERRORS}, summary="Get a claim")
def get_claim(request, claim_id: Id):
    require(request, "claims.view_claim")
    return claim_or_404(claim_id)


@router.patch(
    "/claims/{claim_id}",
    response={200: ClaimOut, **ERRORS},
    summary="Edit a claim's text, kind or speaker",
)
def update_claim(request, claim_id: Id, payload: ClaimUpdateIn):
    claim = claim_write(
        request,
        CHANGE,
        services.claim_update,
        claim_id,
        expected_version=payload.version,
        text=payload.text,
        kind=payload.kind,
        speaker_name=payload.speaker_name,
    )
    return fresh_claim(claim.pk)


@router.post(
    "/claims/{claim_id}/status",
    response={200: ClaimOut, **ERRORS},
    summary="Set a claim's status (with a rationale for a verdict)",
)
def set_status(request, claim_id: Id, payload: StatusIn):
    claim = claim_write(
        request,
        CHANGE,
        services.claim_set_status,
        claim_id,
        expected_version=payload.version,
        status=payload.status,
        rationale=payload.rationale,
    )
    return fresh_claim(claim.pk)


@router.post(
    "/claims/{claim_id}/assign",
    response={200: ClaimOut, **ERRORS},
    summary="Assign a claim to a user (or nobody)",
)
def assign(request, claim_id: Id, payload: AssignIn):
    require(request, *CHANGE)
    assignee = None
    if payload.assignee:
        assignee = (
            get_user_model().objects.filter(username=payload.assignee, is_active=True).first()
        )
        if assignee is None:
            raise ApiProblem("invalid-input", f"There is no active user {payload.assignee!r}.")
    claim = claim_write(
        request,
        CHANGE,
        services.claim_assign,
        claim_id,
        expected_version=payload.version,
        assignee=assignee,
    )
    return fresh_claim(claim.pk)
