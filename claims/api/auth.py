"""Who is calling: a personal API token (Authorization: Bearer fct_...) acts
as its user with the user's role; no token or an unknown/revoked one is a 401,
a role without the permission a 403, too many requests in a minute a 429."""

from django.conf import settings
from django.core.exceptions import PermissionDenied
from ninja.security import HttpBearer

from claims.api.errors import ApiProblem
from claims.services.tokens import seconds_left_in_window, token_use


class TokenAuth(HttpBearer):
    def authenticate(self, request, token):
        found = token_use(token)
        if found is None:
            return None
        limit = settings.FACTCHECK_API_RATE_PER_MINUTE
        if found.window_count > limit:
            wait = seconds_left_in_window(found)
            raise ApiProblem(
                "rate-limited",
                f"This token made more than {limit} requests this minute; retry in {wait} s.",
                headers={"Retry-After": str(wait)},
            )
        request.user = found.user
        return found


def require(request, *perms: str) -> None:
    """403 unless the token's user holds every permission ("claims.change_claim")."""
    if not request.user.has_perms(perms):
        raise PermissionDenied("Your role does not allow this.")
