"""The versioned JSON API (/api/v1/): one NinjaAPI with a router per
resource, personal-token auth on every operation, and problem+json errors.
The schema is served at /api/v1/openapi.json and the docs at /api/v1/docs
(both for logged-in users); docs/openapi.json in the repository is the
reviewed copy (tests/test_api_contract.py keeps them equal)."""

from django.contrib.auth.decorators import login_required
from ninja import NinjaAPI

from claims.api import (
    articles,
    claims,
    edits,  # noqa: F401 - registers the manual claim edits on the claims and articles routers
    errors,
    evidence,
    factchecks,
    reports,
    sources,
    speakers,
    webhooks,
)
from claims.api.auth import TokenAuth
from claims.api.docs import VendoredSwagger
from claims.api.schemas import ClaimOut

DESCRIPTION = """\
The factcheck workbench for newsroom systems.

**Auth**: a personal API token (create one under *API tokens* in the web app)
as `Authorization: Bearer fct_…`. It acts with its user's role: reviewers
review claims; editors also publish reports, delete articles and merge
speakers. No token: 401. A role without the permission: 403. Each token may
make a limited number of requests a minute (429 with `Retry-After`).

**Writes** go through the same services as the web app (same audit trail).
Claim writes carry the `version` they started from: 409 with the current claim
(`current`) when someone else saved first; 423 while the article's report is
published.

**Errors** are RFC 9457 `application/problem+json` with a stable `type`,
including the answers no operation declares: a method the path does not take
(405, with `Allow`), a path that is no operation (404), a request body over
the size limit (413) and a server error (500).
"""


class FactcheckAPI(NinjaAPI):
    def get_openapi_schema(self, *, path_prefix=None, path_params=None):
        """Ninja's schema, with every 4xx answer declared as problem+json (what
        the error handlers send) instead of application/json."""
        schema = super().get_openapi_schema(path_prefix=path_prefix, path_params=path_params)
        for methods in schema["paths"].values():
            for operation in methods.values():
                for code, response in operation.get("responses", {}).items():
                    content = response.get("content", {})
                    if str(code).startswith("4") and "application/json" in content:
                        content[errors.MEDIA_TYPE] = content.pop("application/json")
        return schema


def _current(obj) -> dict:
    return ClaimOut.from_orm(obj).model_dump(mode="json")


def build() -> NinjaAPI:
    api = FactcheckAPI(
        title="factcheck API",
        version="1",
        description=DESCRIPTION,
        urls_namespace="api-v1",
        auth=TokenAuth(),
        docs=VendoredSwagger(),
        docs_url="/docs",
        openapi_url="/openapi.json",
        docs_decorator=login_required,
    )
    errors.install(api, _current)
    api.add_router("", articles.router)
    api.add_router("", claims.router)
    api.add_router("", evidence.router)
    api.add_router("", factchecks.router)
    api.add_router("", reports.router)
    api.add_router("", speakers.router)
    api.add_router("", sources.router)
    api.add_router("", webhooks.router)
    return api


api = build()
