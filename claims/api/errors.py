"""Errors as RFC 9457 problem details (application/problem+json).

Every refusal has a stable `type` (a tag URI that names the error, never
changes and is listed in PROBLEMS), a `title` that belongs to the type, the
HTTP `status`, and a `detail` for this occurrence. A 409 on a stale version
adds `current` (the object as it is now); validation errors add `errors`."""

from dataclasses import dataclass

from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from ninja.errors import AuthenticationError, HttpError
from ninja.errors import ValidationError as NinjaValidationError

from claims import errors as service_errors

MEDIA_TYPE = "application/problem+json"
TYPE_BASE = "tag:factcheck,2026:problem:"


@dataclass(frozen=True)
class Problem:
    slug: str
    status: int
    title: str

    @property
    def type(self) -> str:
        return TYPE_BASE + self.slug


PROBLEMS = {
    p.slug: p
    for p in (
        Problem("invalid-input", 400, "The request's values were refused."),
        Problem("unauthenticated", 401, "An API token is required."),
        Problem("forbidden", 403, "Your role does not allow this."),
        Problem("not-found", 404, "No such object."),
        Problem("stale-version", 409, "The object changed since the version you started from."),
        Problem("duplicate", 409, "The object already exists."),
        Problem("validation", 422, "The request does not match the schema."),
        Problem("report-locked", 423, "The article's report is published."),
        Problem("rate-limited", 429, "Too many requests for this token."),
    )
}


class ApiProblem(Exception):
    """Raised by API code for a refusal that no service makes (e.g. 404)."""

    def __init__(self, slug: str, detail: str, **extra):
        super().__init__(detail)
        self.problem = PROBLEMS[slug]
        self.detail = detail
        self.extra = extra


SERVICE_SLUGS = {
    service_errors.StaleVersion: "stale-version",
    service_errors.Duplicate: "duplicate",
    service_errors.ReportLocked: "report-locked",
    service_errors.InvalidInput: "invalid-input",
}


def problem_body(slug: str, detail: str, instance: str = "", **extra) -> dict:
    p = PROBLEMS[slug]
    body = {"type": p.type, "title": p.title, "status": p.status, "detail": detail}
    if instance:
        body["instance"] = instance
    body.update(extra)
    return body


def problem_response(api, request, slug: str, detail: str, *, headers=None, **extra):
    body = problem_body(slug, detail, instance=request.path, **extra)
    response = api.create_response(request, body, status=PROBLEMS[slug].status)
    response["Content-Type"] = MEDIA_TYPE
    for name, value in (headers or {}).items():
        response[name] = value
    return response


def install(api, current_of) -> None:
    """Register the handlers on `api`. current_of(exc) serialises the current
    object a StaleVersion carries (schemas live with the routers)."""

    @api.exception_handler(ApiProblem)
    def _problem(request, exc: ApiProblem) -> HttpResponse:
        headers = exc.extra.pop("headers", None)
        return problem_response(
            api, request, exc.problem.slug, exc.detail, headers=headers, **exc.extra
        )

    @api.exception_handler(service_errors.ServiceError)
    def _service(request, exc) -> HttpResponse:
        slug = next(
            (s for cls, s in SERVICE_SLUGS.items() if isinstance(exc, cls)), "invalid-input"
        )
        extra = {}
        if isinstance(exc, service_errors.StaleVersion) and exc.current is not None:
            extra["current"] = current_of(exc.current)
        return problem_response(api, request, slug, exc.message, **extra)

    @api.exception_handler(AuthenticationError)
    def _unauthenticated(request, exc) -> HttpResponse:
        return problem_response(
            api,
            request,
            "unauthenticated",
            "Send a personal API token as 'Authorization: Bearer <token>'; create one under "
            "Account → API tokens. Unknown and revoked tokens are refused.",
            headers={"WWW-Authenticate": 'Bearer realm="factcheck"'},
        )

    @api.exception_handler(PermissionDenied)
    def _forbidden(request, exc) -> HttpResponse:
        return problem_response(
            api, request, "forbidden", str(exc) or "Your role does not allow this."
        )

    @api.exception_handler(Http404)
    def _not_found(request, exc) -> HttpResponse:
        return problem_response(api, request, "not-found", str(exc) or "No such object.")

    @api.exception_handler(NinjaValidationError)
    def _validation(request, exc) -> HttpResponse:
        errors = [
            {
                "loc": [str(x) for x in e.get("loc", [])],
                "msg": str(e.get("msg", "")),
                "type": str(e.get("type", "")),
            }
            for e in exc.errors
        ]
        return problem_response(
            api,
            request,
            "validation",
            "Some values do not match the schema; see errors.",
            errors=errors,
        )

    @api.exception_handler(HttpError)
    def _http(request, exc: HttpError) -> HttpResponse:
        slug = next(
            (p.slug for p in PROBLEMS.values() if p.status == exc.status_code), "invalid-input"
        )
        return problem_response(api, request, slug, str(exc))
