"""Cursor pagination for claim lists: the cursor names the last row's sort
key, so a page is the next rows of an index scan whatever the offset, and
claims added meanwhile neither repeat nor shift a page. A relevance order
(ts_rank, not indexable) pages by offset inside its cursor instead."""

import base64
import binascii
import json

from django.db.models import Q, QuerySet
from django.utils.dateparse import parse_datetime

from claims.errors import InvalidInput
from claims.selectors import SORTS

BAD_CURSOR = "That cursor is not one this API gave out; start again without it."
MAX_INT = 2**63 - 1


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
    if not isinstance(payload, list) or len(payload) != 3 or not isinstance(payload[0], str):
        raise InvalidInput(BAD_CURSOR)
    return payload


def _key_value(field: str, value):
    if field == "created_at":
        parsed = parse_datetime(value) if isinstance(value, str) else None
        if parsed is None:
            raise InvalidInput(BAD_CURSOR)
        return parsed
    if not isinstance(value, (int, float)) or isinstance(value, bool) or abs(value) > 1e300:
        raise InvalidInput(BAD_CURSOR)
    return value


def page(qs: QuerySet, sort: str, cursor: str | None, limit: int) -> tuple[list, str | None]:
    """One page of `qs` (already ordered by SORTS[sort], or by rank for
    "relevance") after `cursor`; returns (rows, next cursor or None)."""
    if sort not in SORTS:
        offset = 0
        if cursor:
            kind, offset, _ = decode(cursor)
            if kind != "offset" or not _count(offset):
                raise InvalidInput(BAD_CURSOR)
        rows = list(qs[offset : offset + limit + 1])
        more = len(rows) > limit
        return rows[:limit], encode(["offset", offset + limit, None]) if more else None
    first, _ = SORTS[sort]
    field = first.lstrip("-")
    if cursor:
        kind, value, last_id = decode(cursor)
        if kind != sort or not _count(last_id):
            raise InvalidInput(BAD_CURSOR)
        value = _key_value(field, value)
        op = "lt" if first.startswith("-") else "gt"
        qs = qs.filter(Q(**{f"{field}__{op}": value}) | Q(**{field: value, f"id__{op}": last_id}))
    rows = list(qs[: limit + 1])
    if len(rows) <= limit:
        return rows, None
    rows = rows[:limit]
    last = getattr(rows[-1], field)
    return rows, encode([sort, last.isoformat() if field == "created_at" else last, rows[-1].pk])
