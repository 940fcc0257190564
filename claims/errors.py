"""Errors the services raise; views turn them into 4xx responses with the message."""

from django.conf import settings


class ServiceError(Exception):
    status_code = 400

    def __init__(self, message: str, *, field: str | None = None):
        super().__init__(message)
        self.message = message
        self.field = field  # the input the message is about, when it is about one


class InvalidInput(ServiceError):
    status_code = 400


class StaleVersion(ServiceError):
    """Someone else saved the object since this edit was started."""

    status_code = 409

    def __init__(self, message: str, current=None):
        super().__init__(message)
        self.current = current


class ReportLocked(ServiceError):
    """The article's report is published; its claims are frozen until unpublished."""

    status_code = 423


class Duplicate(ServiceError):
    status_code = 409

    def __init__(self, message: str, existing=None):
        super().__init__(message)
        self.existing = existing


class TooLarge(InvalidInput):
    """An article over settings.FACTCHECK_MAX_ARTICLE_BYTES: one message, whatever its size."""

    status_code = 413

    def __init__(self):
        from django.template.defaultfilters import filesizeformat

        limit = filesizeformat(settings.FACTCHECK_MAX_ARTICLE_BYTES).replace("\xa0", " ")
        super().__init__(
            f"That is over the {limit} limit for an article, so nothing was "
            "saved. Trim the text or split the article into parts."
        )
