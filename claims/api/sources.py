"""/api/v1/sources: the sources cited as evidence; editors correct them."""

from django.db.models import Q
from django.shortcuts import get_object_or_404
from ninja import Query, Router

from claims import services
from claims.api import cursor
from claims.api.auth import require
from claims.api.common import ERRORS, LIST_ERRORS, READ_ERRORS, PageQuery
from claims.api.schemas import NO_NUL, Id, SourceKindValue, SourceOut, SourcePage, SourceUpdateIn
from claims.models import Source

router = Router(tags=["sources"])
ORDER = ("-created_at", "-id")


class SourceQuery(PageQuery):
    q: str = Query(
        "", max_length=200, pattern=NO_NUL, description="In the title, URL or publisher."
    )
    kind: SourceKindValue | None = None


@router.get("/sources", response={200: SourcePage, **LIST_ERRORS}, summary="Sources, newest first")
def list_sources(request, params: Query[SourceQuery]):
    require(request, "claims.view_source")
    qs = Source.objects.select_related("speaker").order_by(*ORDER)
    if params.q:
        qs = qs.filter(
            Q(title__icontains=params.q)
            | Q(url__icontains=params.q)
            | Q(publisher__icontains=params.q)
        )
    if params.kind:
        qs = qs.filter(kind=params.kind)
    items, next_cursor = cursor.page(qs, ORDER, params.cursor, params.limit, kind="sources")
    return {"items": items, "next_cursor": next_cursor}


@router.get(
    "/sources/{source_id}", response={200: SourceOut, **READ_ERRORS}, summary="Get a source"
)
def get_source(request, source_id: Id):
    require(request, "claims.view_source")
    return get_object_or_404(Source.objects.select_related("speaker"), pk=source_id)


@router.patch(
    "/sources/{source_id}",
    response={200: SourceOut, **ERRORS},
    summary="Correct a source's details (editors)",
)
def update_source(request, source_id: Id, payload: SourceUpdateIn):
    require(request, "claims.manage_sources")
    source = get_object_or_404(Source, pk=source_id)
    # null clears the date; for the other fields it means "leave as it is"
    changes = {
        k: v
        for k, v in payload.model_dump(exclude_unset=True).items()
        if v is not None or k == "published_at"
    }
    services.source_update(source=source, by=request.user, **changes)
    return Source.objects.select_related("speaker").get(pk=source.pk)
