"""Speakers: who said what, across articles, and how it turned out."""

from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db.models import Count, Exists, OuterRef, Q
from django.http import Http404
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET

from claims.models import ClaimLink, MergeDecision, Speaker, SpeakerKind, SpeakerMatch, SpeakerMerge
from claims.selectors import listed_speakers, speaker_claims, speaker_links_in
from claims.status import STATUSES
from claims.views.params import parse_page, search_text


@login_required
@require_GET
def speaker_list(request):
    q = search_text(request.GET.get("q"))
    page = Paginator(listed_speakers(q=q), 50).get_page(parse_page(request.GET.get("page")))
    ctx = {"nav": "speakers", "page": page, "q": q}
    return render(
        request,
        "claims/speaker_list.html#results" if request.htmx else "claims/speaker_list.html",
        ctx,
    )


@login_required
@require_GET
def speaker_detail(request, pk):
    speaker = Speaker.all_objects.filter(pk=pk).select_related("merged_into").first()
    if speaker is None:
        raise Http404("No such speaker.")
    if speaker.merged_into_id and not request.GET.get("merged"):
        return redirect(speaker.merged_into.get_absolute_url())
    claims = list(
        speaker_claims(speaker)
        .select_related("assignee")
        .annotate(
            linked_out=Exists(ClaimLink.objects.filter(from_claim=OuterRef("pk"))),
            linked_in=Exists(ClaimLink.objects.filter(to_claim=OuterRef("pk"))),
        )
    )
    counts = {s.value: 0 for s in STATUSES}
    for c in claims:
        counts[c.status] = counts.get(c.status, 0) + 1
    can_edit = request.user.has_perm("claims.merge_speakers")
    members = list(Speaker.objects.filter(parent=speaker).order_by("name")[:100])
    ctx = {
        "nav": "speakers",
        "speaker": speaker,
        "claims": claims,
        "chain": speaker.affiliation_chain()[1:],
        "aliases": [a for a in speaker.aliases.all() if a.name != speaker.name],
        "all_aliases": list(speaker.aliases.all()) if can_edit else [],
        "members": members,
        "adversaries": list(speaker.adversaries.all()[:20]),
        "counts": [(s, counts[s.value]) for s in STATUSES],
        "total": len(claims),
        "links_in": speaker_links_in(speaker),
        "merges": list(
            SpeakerMerge.objects.filter(target=speaker)
            .select_related("merged", "by")
            .order_by("-at")[:20]
        )
        if can_edit
        else [],
        "pending": list(
            SpeakerMatch.objects.filter(decision=MergeDecision.PENDING)
            .filter(Q(speaker=speaker) | Q(other=speaker))
            .select_related("speaker", "other")[:10]
        )
        if can_edit
        else [],
        "kinds": SpeakerKind.choices,
        "can_edit": can_edit,
        "merge_candidates": (
            Speaker.objects.exclude(pk=speaker.pk).filter(kind=speaker.kind).order_by("name")[:200]
            if can_edit
            else []
        ),
    }
    return render(request, "claims/speaker_detail.html", ctx)


@login_required
@require_GET
def speaker_matches(request):
    """Merge suggestions waiting for an editor: uncertain matches are never merged silently."""
    live = Q(claims__deleted_at__isnull=True)
    pending = (
        SpeakerMatch.objects.filter(
            decision=MergeDecision.PENDING,
            speaker__merged_into__isnull=True,
            other__merged_into__isnull=True,
        )
        .select_related("speaker", "other")
        .order_by("-score", "id")
    )
    page = Paginator(pending, 50).get_page(parse_page(request.GET.get("page")))
    ids = {m.speaker_id for m in page.object_list} | {m.other_id for m in page.object_list}
    n = dict(
        Speaker.objects.filter(pk__in=ids)
        .annotate(n=Count("claims", filter=live))
        .values_list("pk", "n")
    )
    for m in page.object_list:
        m.speaker_claims, m.other_claims = n.get(m.speaker_id, 0), n.get(m.other_id, 0)
    ctx = {
        "nav": "speakers",
        "page": page,
        "can_edit": request.user.has_perm("claims.merge_speakers"),
    }
    return render(request, "claims/speaker_matches.html", ctx)
