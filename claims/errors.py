"""Errors the services raise; views turn them into 4xx responses with the message."""


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
