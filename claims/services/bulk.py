"""Bulk changes: one service write applied to many objects, used by the review
queue's bulk form and the admin's bulk actions alike.

Each object goes through its own service call (its own transaction, lock and
audit event), so one refusal (a published report, a missing rationale) leaves
the others done and is reported by object."""

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from claims.errors import ServiceError
from claims.services.claims import claim_assign, claim_set_status


@dataclass
class BulkResult:
    done: int = 0
    refused: list[str] = field(default_factory=list)  # "#12: why", one per refused object


def bulk_apply(*, objects: Iterable, write: Callable) -> BulkResult:
    """Run write(obj) for every object; a ServiceError refuses that one only."""
    result = BulkResult()
    for obj in objects:
        try:
            write(obj)
        except ServiceError as exc:
            result.refused.append(f"#{obj.pk}: {exc.message}")
        else:
            result.done += 1
    return result


def claims_bulk_set_status(
    *, claims: Iterable, status: str, by, rationale: str | None = None
) -> BulkResult:
    """Give every claim this status; rationale None keeps each claim's own."""
    return bulk_apply(
        objects=claims,
        write=lambda c: claim_set_status(
            claim=c,
            status=status,
            by=by,
            rationale=c.rationale if rationale is None else rationale,
        ),
    )


def claims_bulk_assign(*, claims: Iterable, assignee, by) -> BulkResult:
    return bulk_apply(
        objects=claims, write=lambda c: claim_assign(claim=c, assignee=assignee, by=by)
    )
