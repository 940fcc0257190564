"""Who may do what, and how a service's refusal (claims.errors.ServiceError)
becomes an HTTP status: 400 bad input, 409 stale edit, 423 locked report."""

from django.core.exceptions import BadRequest, PermissionDenied, RequestDataTooBig
from django.shortcuts import render

from claims.errors import ServiceError


def require_perm(request, *perms: str) -> None:
    """403 unless the user holds every permission (e.g. "claims.change_claim")."""
    if not request.user.has_perms(perms):
        raise PermissionDenied("Your role does not allow this change.")


def error_status(exc: ServiceError) -> int:
    return getattr(exc, "status_code", 400) or 400


def bad_request(request, exception=None):
    """handler400: a BadRequest (e.g. from claims.views.params) with its message;
    a body too big to read is the article limit's 413."""
    if isinstance(exception, RequestDataTooBig):
        from claims.middleware import too_large

        return too_large(request)
    message = (
        str(exception)
        if isinstance(exception, BadRequest) and str(exception)
        else "The request could not be understood."
    )
    template = (
        "claims/message.html#error" if getattr(request, "htmx", False) else "claims/message.html"
    )
    return render(request, template, {"error": message}, status=400)
