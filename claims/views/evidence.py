"""Evidence on a claim: a source (reused by URL) with a stance."""

from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_POST

from claims import services
from claims.forms import EvidenceForm
from claims.models import Claim, Evidence
from claims.views.panel import run_panel_form, run_panel_write
from claims.views.permissions import require_perm


@login_required
@require_POST
def evidence_add_view(request, pk):
    require_perm(request, "claims.add_evidence", "claims.add_source")
    claim = get_object_or_404(Claim, pk=pk)
    return run_panel_form(
        request,
        claim,
        EvidenceForm(request.POST, prefix="ev"),
        "evidence_form",
        lambda d: services.evidence_add(
            claim=claim,
            by=request.user,
            url=d["url"],
            stance=d["stance"],
            title=d["title"],
            publisher=d["publisher"],
            published_at=d["published_at"],
            kind=d["kind"],
            excerpt=d["excerpt"],
            note=d["note"],
            expected_version=d["version"],
        ),
        done="Evidence added.",
    )


@login_required
@require_POST
def evidence_remove_view(request, pk):
    require_perm(request, "claims.delete_evidence")
    # Evidence of a deleted claim is not removable (restore the claim first): 404.
    evidence = get_object_or_404(
        Evidence.objects.select_related("claim").filter(claim__deleted_at__isnull=True), pk=pk
    )
    claim = evidence.claim
    return run_panel_write(
        request,
        claim,
        lambda: services.evidence_remove(evidence=evidence, by=request.user),
        done="Evidence removed.",
        redirect_to=claim,
    )
