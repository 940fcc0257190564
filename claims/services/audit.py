"""The audit trail: every service write records a ClaimEvent through here."""

from claims.models import ClaimEvent


def claim_snapshot(claim) -> dict:
    """The reviewer-visible state of a claim, for before/after in the audit."""
    return {
        "text": claim.text,
        "span": [claim.start, claim.end],
        "kind": claim.kind,
        "speaker": claim.speaker.name if claim.speaker_id else None,
        "status": claim.status,
        "rationale": claim.rationale,
        "assignee": claim.assignee.get_username() if claim.assignee_id else None,
        "version": claim.version,
    }


def record(*, action, actor=None, claim=None, article=None, before=None, after=None, note=""):
    if article is None and claim is not None:
        article = claim.article
    return ClaimEvent.objects.create(
        action=action,
        actor=actor if (actor is not None and actor.is_authenticated) else None,
        claim=claim,
        article=article,
        before=before or {},
        after=after or {},
        note=note,
    )
