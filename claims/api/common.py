"""What the routers share: the error answers they declare, the query of a
cursor-paged list, and the one shape of a claim write."""

from collections.abc import Callable

from django.shortcuts import get_object_or_404
from ninja import Query, Schema

from claims.api.auth import require
from claims.api.schemas import NO_NUL, Problem
from claims.models import Claim

ERRORS = {
    400: Problem,
    401: Problem,
    403: Problem,
    404: Problem,
    409: Problem,
    422: Problem,
    423: Problem,
    429: Problem,
}
READ_ERRORS = {401: Problem, 404: Problem, 422: Problem, 429: Problem}
# A list: a forged or foreign cursor is a 400.
LIST_ERRORS = {400: Problem, **READ_ERRORS}
CURSOR_DESCRIPTION = "The `next_cursor` of the previous page; omitted: the first page."


def search_param(description: str):
    """A list's `q`: up to 200 characters, no NUL (PostgreSQL text cannot hold it)."""
    return Query("", max_length=200, pattern=NO_NUL, description=description)


WEBSEARCH = 'Full-text search (websearch syntax: "phrase", -word, or)'


class PageQuery(Schema):
    cursor: str | None = Query(
        None, max_length=500, pattern=r"^[A-Za-z0-9_-]*$", description=CURSOR_DESCRIPTION
    )
    limit: int = Query(50, ge=1, le=200)


def claim_or_404(pk: int) -> Claim:
    return get_object_or_404(Claim.objects.select_related("speaker", "assignee"), pk=pk)


def fresh_claim(pk: int) -> Claim:
    """The claim as it is after a write (deleted ones too: a delete answers with it)."""
    return Claim.all_objects.select_related("speaker", "assignee").get(pk=pk)


def claim_write(
    request,
    perms: tuple[str, ...],
    service: Callable,
    claim_id: int,
    *,
    load=claim_or_404,
    **values,
):
    """Every claim write: the role's permissions (403), the claim (404), then
    the service with the claim and the caller, which checks the version the
    edit started from and the report lock inside its transaction and records
    the audit event. Its refusals are answered by the handlers in
    claims.api.errors: a stale version is a 409 with the current claim, a
    published report a 423, a refused value a 400. Returns what the service
    returns."""
    require(request, *perms)
    return service(claim=load(claim_id), by=request.user, **values)
