"""The review queue (home): claims needing work, filtered, searched, paged,
with bulk assignment and bulk status change through the audited services."""

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.core.exceptions import BadRequest
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST

from claims import services
from claims.forms import BulkForm, QueueFilterForm
from claims.models import Article, Claim, Speaker
from claims.paginators import CappedPaginator
from claims.selectors import RANK_LIMIT, QueueFilters, ranks_by_relevance, review_queue
from claims.views.panel import form_error_text
from claims.views.params import parse_ids, parse_page
from claims.views.permissions import require_perm

PAGE_SIZE = 25


def queue_filters(form: QueueFilterForm) -> QueueFilters:
    if not form.is_valid():
        return QueueFilters()
    d = form.cleaned_data
    return QueueFilters(
        q=d["q"] or "",
        status=d["status"] or "",
        kind=d["kind"] or "",
        speaker=d["speaker"],
        article=d["article"],
        assignee=d["assignee"] or "",
        sort=d["sort"] or ("relevance" if d["q"] else "checkworthiness"),
    )


def queue_page(filters: QueueFilters, user, number, per_page: int = PAGE_SIZE):
    """(page, unranked): one page of the queue with a capped count. A search
    sorted by relevance with more than RANK_LIMIT matches is shown by
    check-worthiness instead (ranking them all costs seconds over a million
    claims); `unranked` is then True and the page says so."""
    qs = review_queue(filters, user=user)
    paginator = CappedPaginator(qs, per_page)
    unranked = ranks_by_relevance(filters) and paginator.count > RANK_LIMIT
    if unranked:
        paginator = CappedPaginator(
            review_queue(filters, user=user, rank=False), per_page, count=paginator.count
        )
    return paginator.get_page(number), unranked


@login_required
def home(request):
    form = QueueFilterForm(request.GET or None)
    if request.GET and not form.is_valid():
        raise BadRequest(form_error_text(form))
    filters = queue_filters(form) if request.GET else QueueFilters()
    page, unranked = queue_page(filters, request.user, parse_page(request.GET.get("page")))
    ctx = {
        "nav": "queue",
        "form": form if request.GET else QueueFilterForm(),
        "filters": filters,
        "page": page,
        "unranked": unranked,
        "users": get_user_model().objects.filter(is_active=True).order_by("username"),
        "speaker": Speaker.objects.filter(pk=filters.speaker).first() if filters.speaker else None,
        "article": Article.objects.filter(pk=filters.article).first() if filters.article else None,
        "bulk_form": BulkForm(),
        "can_change": request.user.has_perm("claims.change_claim"),
    }
    return render(
        request, "claims/queue.html#results" if request.htmx else "claims/queue.html", ctx
    )


def _safe_next(request, fallback="home"):
    nxt = request.POST.get("next") or ""
    if nxt and url_has_allowed_host_and_scheme(nxt, {request.get_host()}, request.is_secure()):
        return nxt
    return fallback


@login_required
@require_POST
def queue_bulk(request):
    """Apply one assignment or status to the selected claims, each through its
    service (so audited and lock-checked); failures are reported per claim."""
    require_perm(request, "claims.change_claim")
    form = BulkForm(request.POST, user=request.user)
    ids = parse_ids(request.POST.getlist("claim"), name="claim id")
    if not ids or not form.is_valid():
        if ids and request.POST.get("action") and set(form.errors) - {"__all__"}:
            raise BadRequest(form_error_text(form))  # a value no form control sends
        problems = form.non_field_errors() if ids else []
        messages.error(
            request, problems[0] if problems else "Select at least one claim and an action."
        )
        return redirect(_safe_next(request))
    d = form.cleaned_data
    claims = Claim.objects.filter(pk__in=ids).select_related("article")
    if d["action"] == "assign":
        result = services.claims_bulk_assign(
            claims=claims, assignee=d["assignee_user"], by=request.user
        )
    else:
        result = services.claims_bulk_set_status(
            claims=claims, status=d["status"], by=request.user, rationale=d["rationale"] or None
        )
    if result.done:
        messages.success(request, f"Updated {result.done} claim{'s' if result.done != 1 else ''}.")
    for refusal in result.refused:
        messages.error(request, f"Not changed — {refusal}")
    return redirect(_safe_next(request))
