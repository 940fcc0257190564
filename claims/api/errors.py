"""Errors as RFC 9457 problem details (application/problem+json).

Every refusal has a stable `type` (a tag URI that names the error, never
changes and is listed in PROBLEMS), a `title` that belongs to the type, the
HTTP `status`, and a `detail` for this occurrence. A 409 on a stale version
adds `current` (the object as it is now); validation errors add `errors`.

What Ninja or Django answer themselves under /api/ (a method the path does
not take, a path that is no operation, a body over the request limit, a
crash) is turned into a problem by `problem_from_response`, which
claims.middleware.ApiProblemMiddleware applies to every error answer under
API_PREFIX that is not one already."""

import json
from dataclasses import dataclass
from http import HTTPStatus

from django.conf import settings
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
        Problem("method-not-allowed", 405, "The path does not take this method."),
        Problem("stale-version", 409, "The object changed since the version you started from."),
        Problem("duplicate", 409, "The object already exists."),
        Problem("validation", 422, "The request does not match the schema."),
        Problem("too-large", 413, "The request is over the size limit."),
        Problem("report-locked", 423, "The article's report is published."),
        Problem("rate-limited", 429, "Too many requests for this token."),
        Problem("server-error", 500, "The server failed to answer."),
    )
}
API_PREFIX = "/api/"  # every version's; factcheck/urls.py mounts /api/v1/


class ApiProblem(Exception):
    """Raised by API code for a refusal that no service makes (e.g. 404)."""

    def __init__(self, slug: str, detail: str, **extra):
        super().__init__(detail)
        self.problem = PROBLEMS[slug]
        self.detail = detail
        self.extra = extra


SERVICE_SLUGS = {  # the first class the error is an instance of
    service_errors.TooLarge: "too-large",
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


def _detail_of(request, response) -> str:
    """What to say about an error answer Ninja or Django made themselves."""
    status = response.status_code
    if status == 404:
        return (
            f"There is no API operation at {request.path}; the operations are listed "
            "at /api/v1/docs (and /api/v1/openapi.json)."
        )
    if status == 405:
        return (
            f"{request.path} does not take {request.method}; it takes "
            f"{response.get('Allow') or 'no method'}."
        )
    if status == 413:
        return service_errors.TooLarge().message
    if status == 500:
        return "The server failed while answering; the error is logged. Try again later."
    if response.get("Content-Type", "").startswith("application/json"):
        try:
            detail = json.loads(response.content).get("detail")
        except (ValueError, AttributeError):
            detail = None
        if isinstance(detail, str) and detail:
            return detail
    return HTTPStatus(status).description if status in HTTPStatus else "The request failed."


def problem_from_response(request, response: HttpResponse) -> HttpResponse:
    """`response`, an error answer that Ninja or Django made themselves (not a
    problem), as a problem with the same status and headers (a 405's Allow,
    in a stable order). A status with a type of its own gets it; any other
    is `about:blank` with the status's reason phrase as title (RFC 9457
    §4.2.1)."""
    status = response.status_code
    allow_head(response)
    slug = next((p.slug for p in PROBLEMS.values() if p.status == status), None)
    detail = _detail_of(request, response)
    if slug:
        body = problem_body(slug, detail, instance=request.path)
    else:
        phrase = HTTPStatus(status).phrase if status in HTTPStatus else "Error"
        body = {
            "type": "about:blank",
            "title": phrase,
            "status": status,
            "detail": detail,
            "instance": request.path,
        }
    problem = HttpResponse(
        json.dumps(body), status=status, content_type=MEDIA_TYPE, charset="utf-8"
    )
    for name, value in response.items():
        if name.lower() not in ("content-type", "content-length"):
            problem[name] = value
    problem.cookies = response.cookies
    return problem


def allow_head(response: HttpResponse) -> None:
    """A 405's Allow in a stable order (Ninja builds it from a set), with HEAD
    wherever GET is allowed, since the API answers HEAD as a GET."""
    if "Allow" in response:
        methods = {m.strip() for m in response["Allow"].split(",")}
        if "GET" in methods:
            methods.add("HEAD")
        response["Allow"] = ", ".join(sorted(methods))


def needs_problem(request, response: HttpResponse) -> bool:
    """An error answer under the API that is not a problem yet. Under DEBUG a
    500 keeps Django's (or Ninja's) traceback page for the developer."""
    return (
        request.path_info.startswith(API_PREFIX)
        and response.status_code >= 400
        and not response.get("Content-Type", "").startswith(MEDIA_TYPE)
        and not (settings.DEBUG and response.status_code >= 500)
        and not getattr(response, "streaming", False)
    )


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
