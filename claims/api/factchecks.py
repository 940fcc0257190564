"""/api/v1/factchecks: the fact-check library (fact-checks published before,
imported or the desk's own), searched and ranked with the same code as the
claim panel's "Previously fact-checked" section (claims.factcheck_matches),
a claim's matches as the panel shows them, and a reviewer accepting one as
evidence or dismissing it (the panel's services: version, lock, audit)."""

from ninja import Field, Query, Router, Schema, Status

from claims import services
from claims.api import cursor
from claims.api.auth import require
from claims.api.common import (
    ERRORS,
    LIST_ERRORS,
    READ_ERRORS,
    WEBSEARCH,
    PageQuery,
    claim_or_404,
    claim_write,
    search_param,
)
from claims.api.errors import ApiProblem
from claims.api.evidence import evidence_created
from claims.api.schemas import (
    MAX_ID,
    EvidenceOut,
    FactCheckOut,
    FactCheckPage,
    Id,
    VerdictValue,
)
from claims.factcheck_matches import factcheck_matches, library_filter, library_search
from claims.models import FactCheck

router = Router(tags=["fact-check library"])
ORDER = ("-created_at", "-id")
VIEW = ("claims.view_factcheck",)
ACCEPT = ("claims.add_evidence", "claims.add_source")
DISMISS = ("claims.add_factcheckdismissal",)
GONE = "That fact-check is not in the library."


class FactCheckChoiceIn(Schema):
    factcheck: int = Field(..., ge=1, le=MAX_ID, description="The fact-check's id.")


class FactCheckAcceptIn(FactCheckChoiceIn):
    version: int = Field(..., ge=1, description="The claim's version the edit started from.")


class LibraryQuery(PageQuery):
    q: str = search_param(
        WEBSEARCH + ", ranked by relevance as the claim panel ranks a claim's matches. "
        "Omitted: the library, latest added first."
    )
    verdict: VerdictValue | None = Query(None, description="The normalised verdict.")
    publisher: str = search_param("In the publisher.")


def _out(fc: FactCheck, match=None) -> dict:
    return {
        "id": fc.pk,
        "claim_reviewed": fc.claim_reviewed,
        "title": fc.title,
        "rating": fc.rating,
        "verdict": fc.verdict,
        "verdict_label": fc.get_verdict_display(),
        "stance": fc.stance,
        "publisher": fc.publisher,
        "claimant": fc.claimant,
        "published_at": fc.published_at,
        "url": fc.url,
        "language": fc.language,
        "own": fc.is_own,
        "score": match.score if match else None,
        "lexical": match.lexical if match else None,
        "cosine": match.cosine if match else None,
    }


@router.get(
    "/factchecks",
    response={200: FactCheckPage, **LIST_ERRORS},
    summary="Search the fact-check library",
)
def search_factchecks(request, params: Query[LibraryQuery]):
    require(request, *VIEW)
    verdict = params.verdict or ""
    if params.q.strip():
        matches = library_search(params.q, verdict=verdict, publisher=params.publisher)
        page, next_cursor = cursor.page(
            matches, None, params.cursor, params.limit, kind="factchecks:relevance"
        )
        items = [_out(m.factcheck, m) for m in page]
    else:
        qs = library_filter(FactCheck.objects.order_by(*ORDER), verdict, params.publisher)
        page, next_cursor = cursor.page(qs, ORDER, params.cursor, params.limit, kind="factchecks")
        items = [_out(fc) for fc in page]
    return {"items": items, "next_cursor": next_cursor}


@router.get(
    "/claims/{claim_id}/factchecks",
    response={200: list[FactCheckOut], **READ_ERRORS},
    summary="Previously fact-checked: the library's matches for a claim, best first",
)
def claim_factchecks(request, claim_id: Id):
    require(request, *VIEW, "claims.view_claim")
    return [_out(m.factcheck, m) for m in factcheck_matches(claim_or_404(claim_id))]


def _factcheck(pk: int) -> FactCheck:
    factcheck = FactCheck.objects.filter(pk=pk).first()
    if factcheck is None:
        raise ApiProblem("invalid-input", GONE)
    return factcheck


@router.post(
    "/claims/{claim_id}/factchecks/accept",
    response={201: EvidenceOut, **ERRORS},
    summary="Add a fact-check as evidence (stance from its verdict)",
)
def accept_factcheck(request, claim_id: Id, payload: FactCheckAcceptIn):
    require(request, *ACCEPT)
    evidence = claim_write(
        request,
        ACCEPT,
        services.factcheck_accept,
        claim_id,
        factcheck=_factcheck(payload.factcheck),
        expected_version=payload.version,
    )
    return evidence_created(evidence)


@router.post(
    "/claims/{claim_id}/factchecks/dismiss",
    response={204: None, **ERRORS},
    summary="Dismiss a fact-check: never shown for this claim again",
)
def dismiss_factcheck(request, claim_id: Id, payload: FactCheckChoiceIn):
    require(request, *DISMISS)
    claim_write(
        request,
        DISMISS,
        services.factcheck_dismiss,
        claim_id,
        factcheck=_factcheck(payload.factcheck),
    )
    return Status(204, None)
