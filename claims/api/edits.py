"""/api/v1 manual claim edits, as in the workspace: a claim over selected words
of an article, split, merge, delete and its undo (restore). The same services
as the web app (claims.services.claims), so the same locks, audit events and
refusals: each names the version it started from (409 with the current claim
when someone saved first), 423 while the article's report is published.

They are operations of the claims and articles routers: Django resolves a
path to one router, so a method on a path another router serves must be
registered on that router (else it is a 405)."""

from django.shortcuts import get_object_or_404
from ninja import Query, Schema, Status

from claims import services
from claims.api.articles import router as article_router
from claims.api.auth import require
from claims.api.claims import router
from claims.api.common import ERRORS, claim_write, fresh_claim
from claims.api.errors import ApiProblem
from claims.api.schemas import ClaimCreateIn, ClaimOut, Id, MergeClaimsIn, SplitIn, SplitOut
from claims.models import Article, Claim


class VersionQuery(Schema):
    version: int = Query(..., ge=1, description="The claim's version the delete started from.")


@article_router.post(
    "/articles/{article_id}/claims",
    tags=["claims"],
    response={201: ClaimOut, **ERRORS},
    summary="Add a claim over words of the article",
)
def create_claim(request, article_id: Id, payload: ClaimCreateIn):
    require(request, "claims.add_claim")
    claim = services.claim_create(
        article=get_object_or_404(Article, pk=article_id), by=request.user, **payload.model_dump()
    )
    return Status(201, fresh_claim(claim.pk))


@router.post(
    "/claims/{claim_id}/split",
    response={200: SplitOut, **ERRORS},
    summary="Split a claim in two at an offset inside it",
)
def split_claim(request, claim_id: Id, payload: SplitIn):
    first, second = claim_write(
        request,
        ("claims.change_claim", "claims.add_claim"),
        services.claim_split,
        claim_id,
        expected_version=payload.version,
        at=payload.at,
    )
    return {"first": fresh_claim(first.pk), "second": fresh_claim(second.pk)}


@article_router.post(
    "/articles/{article_id}/claims/merge",
    tags=["claims"],
    response={200: ClaimOut, **ERRORS},
    summary="Merge claims of the article into the first in article order",
)
def merge_claims(request, article_id: Id, payload: MergeClaimsIn):
    """The others' evidence and links move to the kept claim; they are deleted
    (restorable). 409 if any of them changed since the version given."""
    require(request, "claims.change_claim", "claims.delete_claim")
    article = get_object_or_404(Article, pk=article_id)
    versions = {c.id: c.version for c in payload.claims}
    claims = list(Claim.objects.filter(article=article, pk__in=versions))
    if len(claims) != len(versions) or len(versions) < 2:
        raise ApiProblem(
            "invalid-input", "Name two or more different claims of this article to merge."
        )
    keep = services.claim_merge(claims=claims, by=request.user, expected_versions=versions)
    return fresh_claim(keep.pk)


@router.delete(
    "/claims/{claim_id}",
    response={204: None, **ERRORS},
    summary="Delete a claim (restorable: POST …/restore)",
)
def delete_claim(request, claim_id: Id, params: Query[VersionQuery]):
    claim_write(
        request,
        ("claims.delete_claim",),
        services.claim_delete,
        claim_id,
        expected_version=params.version,
    )
    return Status(204, None)


@router.post(
    "/claims/{claim_id}/restore",
    response={200: ClaimOut, **ERRORS},
    summary="Undo a claim's deletion",
)
def restore_claim(request, claim_id: Id):
    claim = claim_write(
        request,
        ("claims.delete_claim",),
        services.claim_restore,
        claim_id,
        load=lambda pk: get_object_or_404(Claim.all_objects, pk=pk),
    )
    return fresh_claim(claim.pk)
