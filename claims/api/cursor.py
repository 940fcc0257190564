"""Cursor pagination for every API list: the cursor names the last row's sort
key (every field of the order, which ends in the id, so it is unique), so a
page is the next rows of an index scan whatever the offset, and rows added
meanwhile neither repeat nor shift a page. A relevance order (a rank, not
indexable) pages by offset inside its cursor instead.

A cursor is opaque to clients (URL-safe base64 of JSON) and names the list it
came from: one from another list, another order, or forged is a 400."""

import base64
import binascii
import json
from collections.abc import Sequence

from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.db.models import Q, QuerySet
from django.utils.dateparse import parse_date, parse_datetime

from claims.errors import InvalidInput

BAD_CURSOR = "That cursor is not one this API gave out; start again without it."
MAX_INT = 2**63 - 1
MAX_TEXT = 1000
OFFSET = "offset"


def _count(value) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= MAX_INT


def encode(payload: list) -> str:
    raw = json.dumps(payload, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode(cursor: str) -> list:
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        payload = json.loads(raw)
    except (binascii.Error, ValueError, UnicodeDecodeError):
        raise InvalidInput(BAD_CURSOR) from None
    if not isinstance(payload, list) or len(payload) != 2 or not isinstance(payload[0], str):
        raise InvalidInput(BAD_CURSOR)
    return payload


def _field(qs: QuerySet, name: str):
    """The model field or annotation that `name` orders by."""
    if name in qs.query.annotations:
        return qs.query.annotations[name].output_field
    try:
        return qs.model._meta.get_field(name)
    except FieldDoesNotExist:
        raise InvalidInput(BAD_CURSOR) from None


def _dump(value):
    return value.isoformat() if hasattr(value, "isoformat") else value


def _load(field, value):
    """A cursor's value for `field`, checked against its type (a 400 if it is not one)."""
    if isinstance(field, models.DateTimeField):
        parsed = parse_datetime(value) if isinstance(value, str) else None
    elif isinstance(field, models.DateField):
        parsed = parse_date(value) if isinstance(value, str) else None
    elif isinstance(field, (models.IntegerField, models.AutoField)):
        parsed = value if isinstance(value, int) and not isinstance(value, bool) else None
        parsed = parsed if parsed is not None and abs(parsed) <= MAX_INT else None
    elif isinstance(field, models.FloatField):
        ok = isinstance(value, (int, float)) and not isinstance(value, bool)
        parsed = value if ok and abs(value) <= 1e300 else None
    elif isinstance(field, (models.CharField, models.TextField)):
        ok = isinstance(value, str) and len(value) <= MAX_TEXT and "\x00" not in value
        parsed = value if ok else None
    else:
        parsed = None
    if parsed is None:
        raise InvalidInput(BAD_CURSOR)
    return parsed


def _after(qs: QuerySet, order: Sequence[str], values: list) -> QuerySet:
    """The rows after the one whose order fields hold `values` (lexicographic,
    each field in its own direction)."""
    cond, equal = Q(), {}
    for spec, value in zip(order, values, strict=True):
        name = spec.lstrip("-")
        value = _load(_field(qs, name), value)
        op = "lt" if spec.startswith("-") else "gt"
        cond |= Q(**equal, **{f"{name}__{op}": value})
        equal[name] = value
    return qs.filter(cond)


def page(
    qs: QuerySet, order: Sequence[str] | None, cursor: str | None, limit: int, *, kind: str
) -> tuple[list, str | None]:
    """One page of `qs` after `cursor`; returns (rows, next cursor or None).

    `order` is the order `qs` is in (non-null fields, ending in a unique one),
    or None for a rank order, paged by offset. `kind` names the list and order,
    so a cursor is only taken back by the list it came from."""
    if order is None:
        offset = 0
        if cursor:
            got, offset = decode(cursor)
            if got != f"{kind}:{OFFSET}" or not _count(offset):
                raise InvalidInput(BAD_CURSOR)
        rows = list(qs[offset : offset + limit + 1])
        more = len(rows) > limit
        return rows[:limit], encode([f"{kind}:{OFFSET}", offset + limit]) if more else None
    if cursor:
        got, values = decode(cursor)
        if got != kind or not isinstance(values, list) or len(values) != len(order):
            raise InvalidInput(BAD_CURSOR)
        qs = _after(qs, order, values)
    rows = list(qs[: limit + 1])
    if len(rows) <= limit:
        return rows, None
    rows = rows[:limit]
    last = [_dump(getattr(rows[-1], spec.lstrip("-"))) for spec in order]
    return rows, encode([kind, last])
