"""Reading numbers from request parameters."""


def int_or_none(value) -> int | None:
    """The parameter as an int, or None when it is missing or not a number."""
    try:
        return int(value)
    except (TypeError, ValueError):
        return None
