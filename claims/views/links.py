"""Claim-to-claim links: search-and-link, suggested links (accept / dismiss),
and removal. The open claim's panel is the answer to each."""

from django.contrib.auth.decorators import login_required
from django.core.exceptions import BadRequest
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_GET, require_POST

from claims import services
from claims.forms import LinkForm
from claims.models import Claim, ClaimLink, LinkOrigin, Relation
from claims.selectors import claim_search
from claims.suggestions import suggestion_for
from claims.views.panel import invalid_form, render_panel, run_panel_write
from claims.views.params import parse_id, search_text
from claims.views.permissions import require_perm

SEARCH_LIMIT = 10


@login_required
@require_GET
def link_search(request, pk):
    """Claims to link to, found by full-text search (a fragment of the panel;
    without JavaScript the whole workspace with the results in the panel)."""
    claim = get_object_or_404(Claim.objects.select_related("article"), pk=pk)
    q = search_text(request.GET.get("q"))
    results = []
    if q:
        results = list(
            claim_search(Claim.objects.exclude(pk=claim.pk), q).select_related(
                "speaker", "article"
            )[:SEARCH_LIMIT]
        )
    ctx = {"claim": claim, "q": q, "results": results, "link_form": LinkForm(prefix="link")}
    if request.htmx:
        return render(request, "claims/workspace.html#link_results", ctx)
    return render_panel(request, claim, q=q, results=results)


@login_required
@require_POST
def link_create_view(request, pk):
    require_perm(request, "claims.add_claimlink")
    claim = get_object_or_404(Claim, pk=pk)
    form = LinkForm(request.POST, prefix="link")
    if not form.is_valid():
        return invalid_form(request, claim, form, "link_form")
    d = form.cleaned_data
    other = Claim.objects.filter(pk=d["other"]).first()
    if other is None:
        return render_panel(request, claim, status=400, error="That claim no longer exists.")
    a, b = (claim, other) if d["direction"] == "out" else (other, claim)
    return run_panel_write(
        request,
        claim,
        lambda: services.link_create(
            from_claim=a,
            to_claim=b,
            relation=d["relation"],
            by=request.user,
        ),
        done="Link added.",
        redirect_to=claim,
    )


def _other(request, claim):
    other_id = parse_id(request.POST.get("other"), name="other claim id")
    return Claim.objects.filter(pk=other_id).exclude(pk=claim.pk).first() if other_id else None


def _chosen(request) -> tuple[str | None, bool]:
    """The relation and direction the reviewer chose before accepting (None:
    the suggestion's own relation); BadRequest for anything else."""
    relation = request.POST.get("relation") or None
    if relation is not None and relation not in Relation.values:
        raise BadRequest("Relation: choose confirms, contradicts or repeats.")
    swap = request.POST.get("swap") or ""
    if swap not in ("", "1", "on"):
        raise BadRequest("Swap direction: tick the box or leave it.")
    return relation, bool(swap)


@login_required
@require_POST
def suggestion_accept(request, pk):
    """Accept a suggested link, as suggested or with the relation and
    direction the reviewer chose (the pair must still be a suggestion)."""
    require_perm(request, "claims.add_claimlink")
    claim = get_object_or_404(Claim, pk=pk)
    relation, swap = _chosen(request)
    other = _other(request, claim)
    suggestion = suggestion_for(claim, other) if other else None
    if suggestion is None:
        return render_panel(
            request, claim, status=400, error="That suggestion is no longer available."
        )
    relation = relation or suggestion.relation
    a, b = suggestion.from_claim, suggestion.to_claim
    if swap:
        a, b = b, a
    return run_panel_write(
        request,
        claim,
        lambda: services.link_create(
            from_claim=a,
            to_claim=b,
            relation=relation,
            by=request.user,
            origin=LinkOrigin.SUGGESTED,
            score=suggestion.score,
        ),
        done=f"Linked: {'this claim' if a.pk == claim.pk else 'the other claim'} {relation} "
        f"{'the other' if a.pk == claim.pk else 'this one'}.",
        redirect_to=claim,
    )


@login_required
@require_POST
def suggestion_dismiss_view(request, pk):
    require_perm(request, "claims.add_suggestiondismissal")
    claim = get_object_or_404(Claim, pk=pk)
    other = _other(request, claim)
    if other is None:
        return render_panel(
            request, claim, status=400, error="That suggestion is no longer available."
        )
    return run_panel_write(
        request,
        claim,
        lambda: services.suggestion_dismiss(claim=claim, other=other, by=request.user),
        done="Suggestion dismissed.",
        redirect_to=claim,
    )


@login_required
@require_POST
def link_remove_view(request, pk):
    require_perm(request, "claims.delete_claimlink")
    # A link with a deleted end is not removable (restore the claim first): 404.
    link = get_object_or_404(
        ClaimLink.objects.select_related("from_claim", "to_claim").filter(
            from_claim__deleted_at__isnull=True, to_claim__deleted_at__isnull=True
        ),
        pk=pk,
    )
    # Answer with the panel of the claim it was removed from (default: the link's source).
    here = parse_id(request.POST.get("claim"), name="claim id")
    claim = link.to_claim if here == link.to_claim_id else link.from_claim
    return run_panel_write(
        request,
        claim,
        lambda: services.link_remove(link=link, by=request.user),
        done="Link removed.",
        redirect_to=claim,
    )
