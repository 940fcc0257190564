"""Writes from the claim panel: edit, status, assignment, split, delete and
undo, plus manual claims and merges from the workspace. Every write goes
through a service with the version the form was rendered from; a refusal is
answered in place (400 / 409 with the current values / 423)."""

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from claims import services
from claims.errors import ServiceError
from claims.forms import AssignForm, ClaimEditForm, ManualClaimForm, StatusForm
from claims.models import Article, Claim
from claims.views.panel import (
    form_error_text,
    fresh_claim,
    run_panel_form,
    run_panel_write,
    workspace_context,
)
from claims.views.params import parse_ids, parse_int, parse_version
from claims.views.permissions import error_status, require_perm


@login_required
@require_POST
def claim_edit(request, pk):
    require_perm(request, "claims.change_claim")
    claim = get_object_or_404(Claim, pk=pk)
    return run_panel_form(
        request,
        claim,
        ClaimEditForm(request.POST, prefix="edit"),
        "edit_form",
        lambda d: services.claim_update(
            claim=claim,
            by=request.user,
            expected_version=d["version"],
            text=d["text"],
            kind=d["kind"],
            speaker_name=d["speaker_name"],
        ),
        done="Claim saved.",
    )


@login_required
@require_POST
def claim_status(request, pk):
    require_perm(request, "claims.change_claim")
    claim = get_object_or_404(Claim, pk=pk)
    return run_panel_form(
        request,
        claim,
        StatusForm(request.POST, prefix="status"),
        "status_form",
        lambda d: services.claim_set_status(
            claim=claim,
            status=d["status"],
            by=request.user,
            rationale=d["rationale"],
            expected_version=d["version"],
        ),
        done="Status saved.",
        claim_only=True,
    )


@login_required
@require_POST
def claim_assign_view(request, pk):
    require_perm(request, "claims.change_claim")
    claim = get_object_or_404(Claim, pk=pk)
    return run_panel_form(
        request,
        claim,
        AssignForm(request.POST, prefix="assign"),
        "assign_form",
        lambda d: services.claim_assign(
            claim=claim,
            assignee=_assignee(d["assignee"]),
            by=request.user,
            expected_version=d["version"],
        ),
        done="Assignment saved.",
        claim_only=True,
    )


def _assignee(pk):
    return get_user_model().objects.filter(pk=pk).first() if pk else None


@login_required
@require_POST
def claim_split_view(request, pk):
    require_perm(request, "claims.change_claim", "claims.add_claim")
    claim = get_object_or_404(Claim, pk=pk)
    at = parse_int(request.POST.get("at"), name="offset to split at", required=True)
    version = parse_version(request.POST.get("version"))
    return run_panel_write(
        request,
        claim,
        lambda: services.claim_split(
            claim=claim,
            at=at,
            by=request.user,
            expected_version=version,
        )[0],
        done="Claim split in two.",
    )


@login_required
@require_POST
def claim_delete_view(request, pk):
    require_perm(request, "claims.delete_claim")
    claim = get_object_or_404(Claim, pk=pk)
    version = parse_version(request.POST.get("version"))
    return run_panel_write(
        request,
        claim,
        lambda: services.claim_delete(
            claim=claim,
            by=request.user,
            expected_version=version,
        ),
        done="Claim deleted.",
    )


@login_required
@require_POST
def claim_restore_view(request, pk):
    require_perm(request, "claims.delete_claim")
    claim = get_object_or_404(Claim.all_objects, pk=pk)
    return run_panel_write(
        request,
        claim,
        lambda: services.claim_restore(claim=claim, by=request.user),
        done="Claim restored.",
    )


def _workspace_error(request, article, message, status, **extra):
    ctx = workspace_context(request, article, error=message, **extra)
    if request.htmx:
        return render(request, "claims/workspace.html#workspace", ctx, status=status)
    return render(request, "claims/workspace.html", ctx, status=status)


@login_required
@require_POST
def claim_create_view(request, pk):
    """A reviewer's own claim over selected words of the article."""
    require_perm(request, "claims.add_claim")
    article = get_object_or_404(Article, pk=pk)
    form = ManualClaimForm(request.POST, prefix="new")
    if not form.is_valid():
        return _workspace_error(request, article, form_error_text(form), 400, manual_form=form)
    d = form.cleaned_data
    try:
        claim = services.claim_create(
            article=article,
            start=d["start"],
            end=d["end"],
            by=request.user,
            text=d["text"],
            kind=d["kind"],
            speaker_name=d["speaker_name"],
        )
    except ServiceError as exc:
        return _workspace_error(request, article, exc.message, error_status(exc), manual_form=form)
    if request.htmx:
        ctx = workspace_context(request, article, fresh_claim(claim.pk), notice="Claim added.")
        response = render(request, "claims/workspace.html#workspace", ctx)
        response["HX-Push-Url"] = claim.get_absolute_url()
        return response
    messages.success(request, "Claim added.")
    return redirect(claim.get_absolute_url())


@login_required
@require_POST
def claim_merge_view(request, pk):
    require_perm(request, "claims.change_claim", "claims.delete_claim")
    article = get_object_or_404(Article, pk=pk)
    ids = parse_ids(request.POST.getlist("claim"), name="claim id")
    claims = list(Claim.objects.filter(article=article, pk__in=ids))
    if len(claims) < 2:
        return _workspace_error(
            request, article, "Tick at least two claims of this article to merge.", 400
        )
    try:
        keep = services.claim_merge(claims=claims, by=request.user)
    except ServiceError as exc:
        return _workspace_error(request, article, exc.message, error_status(exc))
    if request.htmx:
        ctx = workspace_context(
            request, article, fresh_claim(keep.pk), notice=f"Merged {len(claims)} claims."
        )
        response = render(request, "claims/workspace.html#workspace", ctx)
        response["HX-Push-Url"] = keep.get_absolute_url()
        return response
    messages.success(request, f"Merged {len(claims)} claims.")
    return redirect(keep.get_absolute_url())
