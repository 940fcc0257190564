"""Speakers: who said what, across articles, and how it turned out."""

from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_GET

from claims.models import Speaker
from claims.selectors import listed_speakers, speaker_claims
from claims.status import STATUSES
from claims.views.params import parse_page, search_text


@login_required
@require_GET
def speaker_list(request):
    q = search_text(request.GET.get("q"))
    page = Paginator(listed_speakers(q=q), 50).get_page(parse_page(request.GET.get("page")))
    ctx = {"nav": "speakers", "page": page, "q": q}
    return render(
        request, "claims/speaker_list.html#results" if request.htmx else "claims/speaker_list.html", ctx
    )


@login_required
@require_GET
def speaker_detail(request, pk):
    speaker = get_object_or_404(Speaker.objects.prefetch_related("aliases"), pk=pk)
    claims = list(speaker_claims(speaker).select_related("assignee"))
    counts = {s.value: 0 for s in STATUSES}
    for c in claims:
        counts[c.status] = counts.get(c.status, 0) + 1
    ctx = {
        "nav": "speakers", "speaker": speaker, "claims": claims,
        "counts": [(s, counts[s.value]) for s in STATUSES],
        "total": len(claims),
        "merge_candidates": (
            Speaker.objects.exclude(pk=speaker.pk).filter(kind=speaker.kind).order_by("name")[:200]
            if request.user.has_perm("claims.merge_speakers") else []
        ),
    }
    return render(request, "claims/speaker_detail.html", ctx)
