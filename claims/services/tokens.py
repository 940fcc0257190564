"""Personal API tokens: created by their user (the token is returned once and
only its digest kept), revoked by their user or an admin, and checked on every
API request, which also counts the request against the token's rate limit."""

import secrets
from datetime import timedelta

from django.db import transaction
from django.db.models import Case, F, Value, When
from django.utils import timezone

from claims.errors import InvalidInput
from claims.models import ApiToken, ClaimEvent, token_digest
from claims.services.audit import record

MAX_TOKENS_PER_USER = 20
WINDOW = timedelta(minutes=1)


@transaction.atomic
def token_create(*, user, name: str) -> tuple[ApiToken, str]:
    """A new token for `user`; returns (the stored token, the secret to show once)."""
    name = (name or "").strip()
    if not name:
        raise InvalidInput("Name the token after what will use it (e.g. “CMS import”).")
    if len(name) > 100:
        raise InvalidInput("A token's name can be at most 100 characters.")
    live = ApiToken.objects.select_for_update().filter(user=user, revoked_at__isnull=True)
    if live.count() >= MAX_TOKENS_PER_USER:
        raise InvalidInput(
            f"You already have {MAX_TOKENS_PER_USER} active tokens; revoke one you no longer use."
        )
    secret = ApiToken.PREFIX + secrets.token_urlsafe(32)
    token = ApiToken.objects.create(
        user=user, name=name, prefix=secret[:10], digest=token_digest(secret)
    )
    record(
        action=ClaimEvent.Action.CREATED,
        actor=user,
        subject=token,
        after={"name": name, "prefix": token.prefix},
        note="API token created",
    )
    return token, secret


@transaction.atomic
def token_revoke(*, token: ApiToken, by) -> ApiToken:
    token = ApiToken.objects.select_for_update().get(pk=token.pk)
    if token.user_id != by.pk and not by.is_superuser:
        raise InvalidInput("Only the token's owner or an administrator can revoke it.")
    if token.revoked_at is None:
        token.revoked_at = timezone.now()
        token.save(update_fields=["revoked_at"])
        record(
            action=ClaimEvent.Action.DELETED,
            actor=by,
            subject=token,
            before={"name": token.name, "prefix": token.prefix},
            note="API token revoked",
        )
    return token


def token_use(secret: str) -> ApiToken | None:
    """The active token with this secret, its last-used time set and this
    request counted in its current one-minute window (`window_count`); None
    for an unknown or revoked token or an inactive user."""
    now = timezone.now()
    window = now.replace(second=0, microsecond=0)
    live = ApiToken.objects.filter(
        digest=token_digest(secret or ""), revoked_at__isnull=True, user__is_active=True
    )
    updated = live.update(
        last_used_at=now,
        window_start=window,
        window_count=Case(When(window_start=window, then=F("window_count") + 1), default=Value(1)),
    )
    if not updated:
        return None
    return live.select_related("user").first()


def seconds_left_in_window(token: ApiToken) -> int:
    end = (token.window_start or timezone.now()) + WINDOW
    return max(1, int((end - timezone.now()).total_seconds()) + 1)
