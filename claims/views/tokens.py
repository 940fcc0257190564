"""Personal API tokens: a user lists, creates and revokes their own. A new
token's secret is shown once, in the answer to the form that created it."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST

from claims import services
from claims.errors import ServiceError
from claims.models import ApiToken
from claims.views.permissions import error_status


def _page(request, *, status=200, **extra):
    ctx = {"nav": "tokens", "tokens": ApiToken.objects.filter(user=request.user), **extra}
    return render(request, "claims/token_list.html", ctx, status=status)


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def token_list(request):
    if request.method == "GET":
        return _page(request)
    name = request.POST.get("name") or ""
    try:
        token, secret = services.token_create(user=request.user, name=name)
    except ServiceError as exc:
        return _page(request, status=error_status(exc), error=exc.message, name=name[:100])
    return _page(request, status=201, created=token, secret=secret)


@login_required
@require_POST
def token_revoke(request, pk):
    token = get_object_or_404(ApiToken, pk=pk, user=request.user)
    services.token_revoke(token=token, by=request.user)
    messages.success(request, f"Token “{token.name}” revoked: it no longer works.")
    return redirect("token_list")
