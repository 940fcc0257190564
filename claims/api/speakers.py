"""/api/v1/speakers: who says what. Record a speaker (or find the one a
name already resolves to); editors merge duplicates."""

from django.db.models import Count, Q
from django.shortcuts import get_object_or_404
from ninja import Query, Router, Status

from claims import services
from claims.api import cursor
from claims.api.auth import require
from claims.api.common import ERRORS, LIST_ERRORS, READ_ERRORS, PageQuery
from claims.api.errors import ApiProblem
from claims.api.schemas import NO_NUL, Id, MergeIn, SpeakerIn, SpeakerOut, SpeakerPage
from claims.models import Speaker

router = Router(tags=["speakers"])
ORDER = ("-n_claims", "name", "id")


class SpeakerQuery(PageQuery):
    q: str = Query("", max_length=200, pattern=NO_NUL, description="In the name or an alias.")


@router.get(
    "/speakers",
    response={200: SpeakerPage, **LIST_ERRORS},
    summary="Speakers, most claims first",
)
def list_speakers(request, params: Query[SpeakerQuery]):
    require(request, "claims.view_speaker")
    qs = Speaker.objects.annotate(
        n_claims=Count("claims", filter=Q(claims__deleted_at__isnull=True), distinct=True)
    )
    if params.q:
        wanted = Speaker.objects.filter(
            Q(name__icontains=params.q) | Q(aliases__name__icontains=params.q)
        )
        qs = qs.filter(pk__in=wanted.values("pk"))
    qs = qs.order_by(*ORDER).prefetch_related("aliases")
    items, next_cursor = cursor.page(qs, ORDER, params.cursor, params.limit, kind="speakers")
    return {"items": items, "next_cursor": next_cursor}


@router.get(
    "/speakers/{speaker_id}", response={200: SpeakerOut, **READ_ERRORS}, summary="Get a speaker"
)
def get_speaker(request, speaker_id: Id):
    require(request, "claims.view_speaker")
    return get_object_or_404(Speaker.objects.prefetch_related("aliases"), pk=speaker_id)


@router.post(
    "/speakers",
    response={201: SpeakerOut, 200: SpeakerOut, **ERRORS},
    summary="Record a speaker (200 with the existing one a name resolves to)",
)
def record_speaker(request, payload: SpeakerIn):
    require(request, "claims.add_speaker")
    existing = services.speaker_resolve(name=payload.name, create=False)
    if existing is not None:
        return Status(200, Speaker.objects.prefetch_related("aliases").get(pk=existing.pk))
    speaker = services.speaker_resolve(name=payload.name, kind=payload.kind)
    if speaker is None:
        raise ApiProblem("invalid-input", "That is not a usable speaker name.")
    return Status(201, Speaker.objects.prefetch_related("aliases").get(pk=speaker.pk))


@router.post(
    "/speakers/{speaker_id}/merge",
    response={200: SpeakerOut, **ERRORS},
    summary="Merge other speakers into this one (editors)",
)
def merge_speakers(request, speaker_id: Id, payload: MergeIn):
    require(request, "claims.merge_speakers")
    target = get_object_or_404(Speaker, pk=speaker_id)
    wanted = set(payload.others) - {target.pk}
    others = list(Speaker.objects.filter(pk__in=wanted))
    if not others or len(others) != len(wanted):
        raise ApiProblem(
            "invalid-input", "Choose one or more existing speakers, other than this one, to merge."
        )
    services.speaker_merge(target=target, others=others, by=request.user)
    return Speaker.objects.prefetch_related("aliases").get(pk=target.pk)
