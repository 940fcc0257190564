"""/api/v1/webhooks: editors register HTTPS endpoints for events, list them
with their recent deliveries, and remove them. See claims/webhooks.py for
the payload and its signature."""

from django.shortcuts import get_object_or_404
from ninja import Query, Router, Status

from claims import services
from claims.api import cursor
from claims.api.auth import require
from claims.api.common import ERRORS, LIST_ERRORS, READ_ERRORS, PageQuery
from claims.api.schemas import DeliveryPage, Id, WebhookCreatedOut, WebhookIn, WebhookOut
from claims.models import WebhookEndpoint

router = Router(tags=["webhooks"])
DELIVERY_ORDER = ("-created_at", "-id")


@router.get(
    "/webhooks",
    response={200: list[WebhookOut], 403: ERRORS[403], **READ_ERRORS},
    summary="Registered webhook endpoints (editors)",
)
def list_webhooks(request):
    require(request, "claims.manage_webhooks")
    return list(WebhookEndpoint.objects.all())


@router.post(
    "/webhooks",
    response={201: WebhookCreatedOut, **ERRORS},
    summary="Register an endpoint (editors); the answer holds its secret, once",
)
def create_webhook(request, payload: WebhookIn):
    require(request, "claims.manage_webhooks")
    endpoint, secret = services.webhook_create(
        url=payload.url, events=payload.events, by=request.user, description=payload.description
    )
    return Status(201, {**WebhookOut.from_orm(endpoint).model_dump(), "secret": secret})


@router.delete(
    "/webhooks/{webhook_id}", response={204: None, **ERRORS}, summary="Remove an endpoint (editors)"
)
def delete_webhook(request, webhook_id: Id):
    require(request, "claims.manage_webhooks")
    services.webhook_delete(
        endpoint=get_object_or_404(WebhookEndpoint, pk=webhook_id), by=request.user
    )
    return Status(204, None)


@router.get(
    "/webhooks/{webhook_id}/deliveries",
    response={200: DeliveryPage, 403: ERRORS[403], **LIST_ERRORS},
    summary="An endpoint's deliveries with their status codes, latest first (editors)",
)
def list_deliveries(request, webhook_id: Id, params: Query[PageQuery]):
    require(request, "claims.manage_webhooks")
    endpoint = get_object_or_404(WebhookEndpoint, pk=webhook_id)
    qs = endpoint.deliveries.order_by(*DELIVERY_ORDER)
    items, next_cursor = cursor.page(
        qs, DELIVERY_ORDER, params.cursor, params.limit, kind="deliveries"
    )
    return {"items": items, "next_cursor": next_cursor}
