"""/api/v1 evidence, claim links and link suggestions of a claim: the same
services as the claim panel (locks, audit, the version the edit started from)."""

from django.shortcuts import get_object_or_404
from ninja import Router, Status

from claims import services
from claims.api.auth import require
from claims.api.common import ERRORS, READ_ERRORS, claim_or_404, claim_write
from claims.api.errors import ApiProblem
from claims.api.schemas import (
    EvidenceIn,
    EvidenceOut,
    Id,
    LinkIn,
    LinkOut,
    OtherClaimIn,
    SuggestionOut,
)
from claims.models import Claim, ClaimLink, Evidence, LinkOrigin
from claims.suggestions import suggest_links, suggestion_for

router = Router(tags=["evidence and links"])
GONE = "That suggestion is no longer available (linked, dismissed or changed meanwhile)."


def evidence_created(evidence: Evidence) -> Status:
    """201 with new evidence as EvidenceOut reads it."""
    return Status(201, Evidence.objects.select_related("source__speaker").get(pk=evidence.pk))


def link_created(link: ClaimLink) -> Status:
    """201 with a new link as LinkOut reads it."""
    return Status(201, ClaimLink.objects.select_related("from_claim", "to_claim").get(pk=link.pk))


@router.get(
    "/claims/{claim_id}/evidence",
    response={200: list[EvidenceOut], **READ_ERRORS},
    summary="A claim's evidence",
)
def list_evidence(request, claim_id: Id):
    require(request, "claims.view_evidence")
    claim = claim_or_404(claim_id)
    return list(Evidence.objects.filter(claim=claim).select_related("source__speaker"))


@router.post(
    "/claims/{claim_id}/evidence",
    response={201: EvidenceOut, **ERRORS},
    summary="Cite a source as evidence for a claim",
)
def add_evidence(request, claim_id: Id, payload: EvidenceIn):
    evidence = claim_write(
        request,
        ("claims.add_evidence",),
        services.evidence_add,
        claim_id,
        expected_version=payload.version,
        **payload.model_dump(exclude={"version"}),
    )
    return evidence_created(evidence)


@router.delete(
    "/evidence/{evidence_id}",
    response={204: None, **ERRORS},
    summary="Remove evidence from its claim",
)
def remove_evidence(request, evidence_id: Id):
    require(request, "claims.delete_evidence")
    evidence = get_object_or_404(Evidence.objects.select_related("claim"), pk=evidence_id)
    services.evidence_remove(evidence=evidence, by=request.user)
    return Status(204, None)


@router.get(
    "/claims/{claim_id}/links",
    response={200: list[LinkOut], **READ_ERRORS},
    summary="A claim's links to other claims (both directions)",
)
def list_links(request, claim_id: Id):
    require(request, "claims.view_claimlink")
    claim = claim_or_404(claim_id)
    links = ClaimLink.objects.filter(from_claim=claim) | ClaimLink.objects.filter(to_claim=claim)
    return list(links.select_related("from_claim", "to_claim").order_by("created_at", "id"))


@router.post(
    "/claims/{claim_id}/links",
    response={201: LinkOut, **ERRORS},
    summary="Link a claim to another: confirms, contradicts or repeats",
)
def create_link(request, claim_id: Id, payload: LinkIn):
    require(request, "claims.add_claimlink")
    claim = claim_or_404(claim_id)
    other = get_object_or_404(Claim, pk=payload.to_claim)
    a, b = (claim, other) if payload.direction == "out" else (other, claim)
    link = services.link_create(
        from_claim=a, to_claim=b, relation=payload.relation, by=request.user
    )
    return link_created(link)


@router.delete("/links/{link_id}", response={204: None, **ERRORS}, summary="Remove a link")
def remove_link(request, link_id: Id):
    require(request, "claims.delete_claimlink")
    services.link_remove(link=get_object_or_404(ClaimLink, pk=link_id), by=request.user)
    return Status(204, None)


def _suggestion_out(s) -> dict:
    return {
        "other": s.other,
        "relation": s.relation,
        "from_claim_id": s.from_claim.pk,
        "to_claim_id": s.to_claim.pk,
        "score": s.score,
        "reasons": s.reasons,
        "independent": s.independent,
        "independence_note": s.independence,
        "adversarial": s.adversarial,
    }


@router.get(
    "/claims/{claim_id}/suggestions",
    response={200: list[SuggestionOut], **READ_ERRORS},
    summary="Claims elsewhere that may confirm or contradict this one",
)
def list_suggestions(request, claim_id: Id):
    require(request, "claims.view_claim")
    return [_suggestion_out(s) for s in suggest_links(claim_or_404(claim_id))]


def _suggestion(claim_id: int, other_id: int):
    claim = claim_or_404(claim_id)
    other = Claim.objects.filter(pk=other_id).exclude(pk=claim.pk).first()
    suggestion = suggestion_for(claim, other) if other else None
    if suggestion is None:
        raise ApiProblem("invalid-input", GONE)
    return claim, suggestion


@router.post(
    "/claims/{claim_id}/suggestions/accept",
    response={201: LinkOut, **ERRORS},
    summary="Accept a suggested link (it becomes a link)",
)
def accept_suggestion(request, claim_id: Id, payload: OtherClaimIn):
    require(request, "claims.add_claimlink")
    _, s = _suggestion(claim_id, payload.other)
    link = services.link_create(
        from_claim=s.from_claim,
        to_claim=s.to_claim,
        relation=s.relation,
        by=request.user,
        origin=LinkOrigin.SUGGESTED,
        score=s.score,
    )
    return link_created(link)


@router.post(
    "/claims/{claim_id}/suggestions/dismiss",
    response={204: None, **ERRORS},
    summary="Dismiss a suggestion: it is never suggested again",
)
def dismiss_suggestion(request, claim_id: Id, payload: OtherClaimIn):
    require(request, "claims.add_suggestiondismissal")
    claim = claim_or_404(claim_id)
    other = Claim.objects.filter(pk=payload.other).exclude(pk=claim.pk).first()
    if other is None:
        raise ApiProblem("invalid-input", GONE)
    services.suggestion_dismiss(claim=claim, other=other, by=request.user)
    return Status(204, None)
