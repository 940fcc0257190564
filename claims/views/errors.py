"""Turning a service's refusal (claims.errors.ServiceError) into a 4xx answer
that carries its message: 400 bad input, 409 stale edit, 423 locked report."""

from django.core.exceptions import PermissionDenied
from django.http import HttpResponse

from claims.errors import ServiceError


def require_perm(request, *perms: str) -> None:
    """403 unless the user holds every permission (e.g. "claims.change_claim")."""
    if not request.user.has_perms(perms):
        raise PermissionDenied("Your role does not allow this change.")


def error_status(exc: ServiceError) -> int:
    return getattr(exc, "status_code", 400) or 400


def plain_error(exc: ServiceError) -> HttpResponse:
    """Last resort when there is no template to show the message in."""
    return HttpResponse(exc.message, status=error_status(exc), content_type="text/plain; charset=utf-8")


def int_or_none(value) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None
