"""Reading ids and numbers from request parameters: one parser with a range
check for every view.

An id or number is ASCII digits only ("²" and "٣" are digits to
str.isdigit() and int(), not to a database) within the range the database
stores (a bigint). A bad value raises django.core.exceptions.BadRequest with
a message naming the parameter: Django answers 400 through handler400
(claims.views.pages.bad_request), so no view can turn it into a 500.
"""

from django.core.exceptions import BadRequest

MAX_ID = 2**63 - 1  # PostgreSQL bigint, Django's BigAutoField
MAX_INT = 2**31 - 1  # PostgreSQL integer (offsets, versions)


def _shown(value) -> str:
    text = str(value)
    return text if len(text) <= 40 else text[:40] + "…"


def number_error(name: str, minimum: int, maximum: int) -> str:
    return f"The {name} must be a whole number from {minimum:,} to {maximum:,}."


def checked_int(value, *, name: str, minimum: int = 0, maximum: int = MAX_INT) -> int:
    """`value` (str or int) as an int within [minimum, maximum]; ValueError
    with the message otherwise."""
    if isinstance(value, int) and not isinstance(value, bool):
        number = value
    else:
        text = str(value).strip()
        digits = text[1:] if text.startswith("-") else text
        if not (digits.isascii() and digits.isdigit()) or len(digits) > 20:
            raise ValueError(number_error(name, minimum, maximum))
        number = int(text)
    if not minimum <= number <= maximum:
        raise ValueError(number_error(name, minimum, maximum))
    return number


def parse_int(
    value, *, name: str, minimum: int = 0, maximum: int = MAX_INT, required: bool = False
) -> int | None:
    """A number parameter; None when missing and not required; BadRequest otherwise."""
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise BadRequest(f"The {name} is missing.")
        return None
    try:
        return checked_int(value, name=name, minimum=minimum, maximum=maximum)
    except ValueError as exc:
        raise BadRequest(f"{exc} (got “{_shown(value)}”)") from None


def parse_id(value, *, name: str, required: bool = False) -> int | None:
    """An object id parameter (1 … 2**63 - 1)."""
    return parse_int(value, name=name, minimum=1, maximum=MAX_ID, required=required)


def parse_ids(values, *, name: str) -> list[int]:
    """A list of ids (e.g. request.POST.getlist("claim")): every one valid, or BadRequest."""
    return [parse_id(v, name=name, required=True) for v in values]


def parse_version(value) -> int:
    """The version an edit was started from: required for every claim write."""
    return parse_int(value, name="version", minimum=0, maximum=MAX_INT, required=True)


def parse_page(value) -> int | str | None:
    """A page number ("last" allowed, as Django's paginator reads it)."""
    if value == "last":
        return value
    return parse_int(value, name="page number", minimum=1, maximum=MAX_INT)


def search_text(value, *, limit: int = 200) -> str:
    """A search box's text, trimmed to `limit` characters; BadRequest for a
    NUL character (PostgreSQL text cannot hold one)."""
    text = (value or "").strip()[:limit]
    if "\x00" in text:
        raise BadRequest("The search text contains a null character.")
    return text


def plain_text(value, *, name: str, limit: int = 200) -> str | None:
    """A short free-text field (None when absent): BadRequest when longer than
    `limit` or holding a NUL character, instead of a silent cut or a 500."""
    if value is None:
        return None
    text = " ".join(value.split())
    if len(text) > limit:
        raise BadRequest(f"The {name} must be at most {limit:,} characters.")
    if "\x00" in text:
        raise BadRequest(f"The {name} contains a null character.")
    return text


def choice(value, choices, *, name: str) -> str:
    """An optional value that must be one of `choices` ("" when missing)."""
    value = value or ""
    if value and value not in choices:
        raise BadRequest(f"“{_shown(value)}” is not a {name} this list can show.")
    return value
