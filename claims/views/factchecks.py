"""The claim panel's "Previously fact-checked" section: the library's matches
for the open claim (loaded after the panel, as a fragment; without JavaScript
the whole workspace with the section filled in), and a reviewer accepting one
as evidence or dismissing it."""

from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_GET, require_POST

from claims import services
from claims.factcheck_matches import factcheck_matches
from claims.models import Claim, FactCheck
from claims.views.panel import render_panel, run_panel_write
from claims.views.params import parse_id, parse_int
from claims.views.permissions import require_perm

GONE = "That fact-check is no longer in the library."


@login_required
@require_GET
def claim_factchecks(request, pk):
    claim = get_object_or_404(Claim.objects.select_related("article"), pk=pk)
    matches = factcheck_matches(claim)
    if request.htmx:
        return render(
            request,
            "claims/factchecks.html#section",
            {
                "claim": claim,
                "factcheck_matches": matches,
                "can_change": request.user.has_perm("claims.change_claim"),
            },
        )
    return render_panel(request, claim, factcheck_matches=matches)


def _factcheck(request) -> FactCheck | None:
    pk = parse_id(request.POST.get("factcheck"), name="fact-check id")
    return FactCheck.objects.filter(pk=pk).first() if pk else None


@login_required
@require_POST
def factcheck_accept_view(request, pk):
    require_perm(request, "claims.add_evidence", "claims.add_source")
    claim = get_object_or_404(Claim, pk=pk)
    factcheck = _factcheck(request)
    if factcheck is None:
        return render_panel(request, claim, status=400, error=GONE)
    return run_panel_write(
        request,
        claim,
        lambda: services.factcheck_accept(
            claim=claim,
            factcheck=factcheck,
            by=request.user,
            expected_version=parse_int(request.POST.get("version"), name="version"),
        ),
        done=f"Fact-check added as evidence ({factcheck.stance}).",
        redirect_to=claim,
    )


@login_required
@require_POST
def factcheck_dismiss_view(request, pk):
    require_perm(request, "claims.add_factcheckdismissal")
    claim = get_object_or_404(Claim, pk=pk)
    factcheck = _factcheck(request)
    if factcheck is None:
        return render_panel(request, claim, status=400, error=GONE)
    return run_panel_write(
        request,
        claim,
        lambda: services.factcheck_dismiss(
            claim=claim,
            factcheck=factcheck,
            by=request.user,
        ),
        done="Fact-check dismissed: it will not be shown for this claim again.",
        redirect_to=claim,
    )
