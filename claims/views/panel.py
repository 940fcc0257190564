"""The workspace and its claim panel as the views render them: the context
(workspace_context), the panel after a write or a refusal (render_panel), and
running a panel write through a service (run_panel_write, and run_panel_form
for a write that starts from one of the panel's forms)."""

import copy

from django.contrib import messages
from django.db.models import Q
from django.shortcuts import redirect, render
from django.urls import reverse

from claims.errors import ServiceError, StaleVersion
from claims.forms import (
    AssignForm,
    ClaimEditForm,
    EvidenceForm,
    LinkForm,
    ManualClaimForm,
    StatusForm,
)
from claims.highlight import Mention, highlighted_html
from claims.models import Article, Claim, ClaimKind, ClaimLink, Relation
from claims.selectors import workspace_claims
from claims.speaker_colours import speaker_slots
from claims.status import STATUSES
from claims.suggestions import explain_independence, grouped, suggest_links
from claims.templatetags.factcheck_tags import claim_meta, truncate_chars
from claims.views.permissions import error_status

TEMPLATE = "claims/workspace.html"


def claim_forms(claim: Claim) -> dict:
    """The panel's forms, filled from the claim as it is now (its version included)."""
    v = claim.version
    return {
        "edit_form": ClaimEditForm(
            initial={
                "version": v,
                "text": claim.text,
                "kind": claim.kind,
                "speaker_name": claim.speaker.name if claim.speaker_id else claim.speaker_mention,
            },
            prefix="edit",
        ),
        "status_form": StatusForm(
            initial={"version": v, "status": claim.status, "rationale": claim.rationale},
            prefix="status",
        ),
        "assign_form": AssignForm(
            initial={"version": v, "assignee": claim.assignee_id or ""}, prefix="assign"
        ),
        "evidence_form": EvidenceForm(initial={"version": v}, prefix="ev"),
        "link_form": LinkForm(prefix="link"),
    }


def panel_context(request, claim: Claim, *, keep_suggestions: bool = False, **extra) -> dict:
    """What the panel shows. keep_suggestions: the browser keeps the
    suggestions it shows (hx-preserve), so they are not looked up again."""
    ctx = {"claim": claim, **claim_forms(claim)}
    if not claim.is_deleted:
        links, links_in = claim_links(claim)
        suggestions = [] if keep_suggestions else suggest_links(claim, explained=False)
        # the speakers' independence, of suggestions and links at once (one query)
        explain_independence(suggestions, links=[*links, *links_in])
        ctx.update(
            {
                "evidence": list(claim.evidence.select_related("source", "created_by")),
                "links_out": links,
                "links_in": links_in,
                "suggestions": suggestions,
                "suggestion_groups": grouped(suggestions),
                "relations": Relation.choices,
                "events": claim.events.select_related("actor")[:50],
                "keep_suggestions": keep_suggestions,
            }
        )
    ctx.update({k: v for k, v in extra.items() if v is not None})
    return ctx


def claim_links(claim: Claim) -> tuple[list[ClaimLink], list[ClaimLink]]:
    """The claim's links out (this claim confirms ...) and in (... confirms this
    claim), each in ClaimLink's order: the links in one query, the claims at
    their other ends (with speaker, and article for its title) in another
    when there are any. Plain queries: the same rows as two select_related
    queries, at half the cost of building them."""
    links = list(ClaimLink.objects.filter(Q(from_claim=claim) | Q(to_claim=claim)))
    ids = {
        link.to_claim_id if link.from_claim_id == claim.pk else link.from_claim_id for link in links
    }
    others = (
        Claim.all_objects.filter(pk__in=ids)
        .select_related("speaker", "article")
        .defer("article__body")
        .in_bulk()
        if ids
        else {}
    )
    links_out, links_in = [], []
    for link in links:
        if link.from_claim_id == claim.pk:
            link.from_claim, link.to_claim = claim, others[link.to_claim_id]
            links_out.append(link)
        else:
            link.from_claim, link.to_claim = others[link.from_claim_id], claim
            links_in.append(link)
    return links_out, links_in


# Claim fields neither the text nor the claim list shows: not loaded for the
# hundreds of claims of the list (the open claim is loaded on its own).
LIST_UNUSED = (
    "quantities",
    "entities",
    "search_text",
    "rationale",
    "cue",
    "hedge",
    "extractor_version",
)


def list_claims(article: Article):
    """workspace_claims as the text and the claim list show them: without the
    fields (LIST_UNUSED) and the assignee they do not show."""
    return (
        workspace_claims(article).select_related(None).select_related("speaker").defer(*LIST_UNUSED)
    )


_PK = 987654321  # stands for a claim id in claim_url()


def claim_url(article: Article):
    """claim -> its claim_detail URL (Claim.get_absolute_url) for the claims of
    `article`, with one reverse() instead of one per claim and use."""
    head, _, tail = reverse("claim_detail", args=[article.pk, _PK]).rpartition(str(_PK))
    return lambda c: f"{head}{c.pk}{tail}"


def prepare_claims(
    article: Article, claims: list[Claim], slots: dict[int, int] | None = None
) -> list[Claim]:
    """Give each claim what the text and the claim list show of it, computed
    once here rather than looked up in the template for every use: its URL,
    its speaker's colour slot (`slots`, the article's; by default those of
    `claims`), its text cut for the list, and the list's meta line."""
    url = claim_url(article)
    if slots is None:
        slots = speaker_slots(c.speaker_id for c in claims if c.speaker_id)
    for c in claims:
        c.url = url(c)
        c.speaker_slot = slots.get(c.speaker_id)
        c.short_text = truncate_chars(c.text, 160)
        c.row_meta = claim_meta(c)
    return claims


def claim_filters(claims: list[Claim]) -> dict:
    """The choices of the workspace's claim filter: the speakers and kinds its
    claims have, and every status (a status changes while the filter stays)."""
    kinds = {c.kind for c in claims}
    return {
        "speakers": sorted({c.speaker_label for c in claims}, key=str.casefold),
        "kinds": [(k.value, k.label) for k in ClaimKind if k.value in kinds],
        "statuses": [(s.value, s.label) for s in STATUSES],
    }


def speaker_key(claims: list[Claim]) -> tuple[list[Mention], list[dict]]:
    """The speaker mentions to colour in the text, and the legend: each
    speaker with its slot, name and page, in the order they first speak
    (`claims` are in text order)."""
    mentions, legend, seen = [], [], set()
    for c in claims:
        if not c.speaker_id:
            continue
        if c.speaker_start is not None and c.speaker_end is not None:
            mentions.append(
                Mention(
                    c.speaker_start, c.speaker_end, c.speaker_id, c.speaker_slot, c.speaker.name
                )
            )
        if c.speaker_id not in seen:
            seen.add(c.speaker_id)
            legend.append({"slot": c.speaker_slot, "speaker": c.speaker})
    return mentions, legend


def can_write(request, article: Article, perm: str) -> bool:
    """Whether the workspace offers a write: the user's role allows it and the
    article's report is not published (its claims are locked: read-only)."""
    return request.user.has_perm(perm) and not article.is_published


def workspace_context(request, article: Article, claim: Claim | None = None, **extra) -> dict:
    claims = prepare_claims(article, list(list_claims(article)))
    mentions, legend = speaker_key(claims)
    if claim is not None:
        claim.speaker_slot = next(
            (c.speaker_slot for c in claims if c.speaker_id == claim.speaker_id), None
        )
    ctx = {
        "nav": "articles",
        "article": article,
        "claims": claims,
        "article_html": highlighted_html(
            article.body,
            claims,
            url=lambda c: c.url,
            current=claim.pk if claim is not None else None,
            mentions=mentions,
        ),
        "speaker_legend": legend,
        "manual_form": ManualClaimForm(prefix="new"),
        "can_change": can_write(request, article, "claims.change_claim"),
        "can_add": can_write(request, article, "claims.add_claim"),
        "claim": claim,
        "claim_filters": claim_filters(claims),
    }
    if claim is not None:
        ctx.update(panel_context(request, claim, **extra))
    else:
        ctx.update({k: v for k, v in extra.items() if v is not None})
    return ctx


def render_panel(request, claim: Claim, *, status: int = 200, **extra):
    """The panel after a write or a refusal. htmx: the panel plus out-of-band
    copies of the article text and claim list (their colours may have
    changed); without JavaScript: the whole workspace with the panel open."""
    article = Article.objects.get(pk=claim.article_id)
    ctx = workspace_context(request, article, claim, **extra)
    if request.htmx:
        ctx["oob"] = True
        return render(request, TEMPLATE + "#panel_update", ctx, status=status)
    return render(request, TEMPLATE, ctx, status=status)


def article_slots(article: Article) -> dict[int, int]:
    """The speaker colour slots of the article's claims (as workspace_context
    gives them), from its speakers' ids alone."""
    ids = (
        Claim.objects.filter(article=article, speaker__isnull=False)
        .order_by()  # DISTINCT on the speaker alone, not on the ordering's columns too
        .values_list("speaker_id", flat=True)
        .distinct()
    )
    return speaker_slots(ids)


def render_claim_change(request, claim: Claim, *, notice: str):
    """The htmx answer to a write that changes only the claim's own fields
    (its status): the panel, where the browser keeps the suggested links
    (hx-preserve: they do not depend on those fields, and are the panel's
    dearest part), and out of band the claim's row of the list alone;
    static/js/workspace.js gives the claim's highlights in the text the row's
    status. Not the text and the whole list again, as render_panel does."""
    article = claim.article
    slots = article_slots(article)
    claim.speaker_slot = slots.get(claim.speaker_id)
    ctx = panel_context(request, claim, keep_suggestions=True, notice=notice) | {
        "article": article,
        "can_change": can_write(request, article, "claims.change_claim"),
    }
    # The row, from what the panel has read: the counts workspace_claims
    # annotates are those of the claim's evidence and of its links out and in.
    row = copy.copy(claim)
    row.n_evidence = len(ctx["evidence"])
    row.n_links = len(ctx["links_out"]) + len(ctx["links_in"])
    ctx["row"] = prepare_claims(article, [row], slots)[0]
    return render(request, TEMPLATE + "#claim_update", ctx)


STALE_NOTICE = "Not saved."  # the heading of a 409; the service says why


def fresh_claim(claim_id: int) -> Claim:
    return Claim.all_objects.select_related("article", "speaker", "assignee").get(pk=claim_id)


def form_error_text(form) -> str:
    parts = []
    for name, errors in form.errors.items():
        label = form.fields[name].label if name in form.fields else ""
        parts.append(
            f"{label or name}: {' '.join(errors)}" if name != "__all__" else " ".join(errors)
        )
    return "Please correct the form — " + "; ".join(parts)


def rebound(form, version: int):
    """`form` as the reviewer typed it, over the claim's current version: saving
    it again replaces the current values knowingly."""
    data = form.data.copy()
    data[form.add_prefix("version")] = str(version)
    return type(form)(data, prefix=form.prefix)


def _shown(field, value) -> str:
    choices = dict((str(k), v) for k, v in getattr(field, "choices", ()))
    return str(choices.get(str(value), value) if value is not None else "")


def stale_diff(form, current_form) -> list[dict]:
    """The fields where what the reviewer typed differs from what is saved now
    (only fields the current form is filled with: the claim's own values)."""
    rows = []
    for name, field in form.fields.items():
        if field.widget.is_hidden or name not in current_form.initial:
            continue
        current = _shown(field, current_form.initial[name])
        yours = _shown(field, form.data.get(form.add_prefix(name), ""))
        if current.strip() != yours.strip():
            rows.append({"label": field.label, "current": current, "yours": yours})
    return rows


def run_panel_write(
    request,
    claim: Claim,
    write,
    *,
    done: str,
    form_key: str | None = None,
    form=None,
    redirect_to: Claim | None = None,
    claim_only: bool = False,
):
    """Run `write()` and answer with the panel: the success notice, or the
    service's message with its status code (409 shows the current values).
    claim_only: the write changes only the claim's own fields, and the htmx
    answer to its success is render_claim_change's."""
    try:
        result = write()
    except StaleVersion as exc:
        current = fresh_claim(claim.pk)
        extra = {}
        if form_key and form is not None:  # keep what was typed, next to the current values
            extra = {
                form_key: rebound(form, current.version),
                "stale_diff": stale_diff(form, claim_forms(current)[form_key]),
            }
        return render_panel(
            request, current, status=409, error=exc.message, stale=STALE_NOTICE, **extra
        )
    except ServiceError as exc:
        if form is not None and exc.field in form.fields:
            form.add_error(exc.field, exc.message)  # marks the field (aria-invalid)
        extra = {form_key: form} if form_key and form is not None else {}
        return render_panel(
            request, fresh_claim(claim.pk), status=error_status(exc), error=exc.message, **extra
        )
    target = redirect_to or (result if isinstance(result, Claim) else None) or fresh_claim(claim.pk)
    if request.htmx and claim_only:
        # The service's claim is the row as it committed it (read under its lock,
        # with article, speaker and assignee; the new version read back by the
        # UPDATE): no need to read it again.
        return render_claim_change(
            request, result if isinstance(result, Claim) else fresh_claim(target.pk), notice=done
        )
    if request.htmx:
        return render_panel(request, fresh_claim(target.pk), notice=done)
    messages.success(request, done)
    return redirect(target.get_absolute_url())


def invalid_form(request, claim: Claim, form, form_key: str):
    return render_panel(
        request, fresh_claim(claim.pk), status=400, error=form_error_text(form), **{form_key: form}
    )


def run_panel_form(
    request, claim: Claim, form, form_key: str, write, *, done: str, claim_only: bool = False
):
    """A panel form's write: a 400 in place when the form is invalid, else
    `write(cleaned_data)` run as run_panel_write runs it, keeping the form (what
    the reviewer typed) for a refusal or a stale edit."""
    if not form.is_valid():
        return invalid_form(request, claim, form, form_key)
    return run_panel_write(
        request,
        claim,
        lambda: write(form.cleaned_data),
        done=done,
        form_key=form_key,
        form=form,
        claim_only=claim_only,
    )
