"""Request gates that hold for every view.

RequestSizeLimitMiddleware: a request body over the article limit is refused
with 413 and one message before any of it is read (Content-Length); when
Django finds it too big while reading (no Content-Length), handler400
(claims.views.permissions.bad_request) gives the same answer.

ApiProblemMiddleware: under /api/, an error answer that Ninja or Django made
themselves (405 for a method the path does not take, 404 for a path that is
no operation, 413, 500) becomes application/problem+json like every refusal
of the API's own (claims/api/errors.py).

RoleRequiredMiddleware: a logged-in user needs a role. Without the `view_*`
permission a screen shows, they get the "no access yet" page (403) and
nothing else; anonymous users are left to @login_required, public report
links to their token.
"""

from django.conf import settings
from django.shortcuts import render

from claims.api.errors import API_PREFIX, allow_head, needs_problem, problem_from_response
from claims.errors import TooLarge

# Screens that need no login at all (token-checked or static).
PUBLIC = {
    "status_css",
    "public_report",
    "public_report_json",
    "public_report_csv",
    "public_claimreview",
    "public_report_version",
    "public_report_version_json",
    "public_report_version_csv",
    "public_claimreview_version",
}

# What each screen shows, as the view permission it needs. A claims URL that
# is neither here nor in PUBLIC needs every view permission (fails closed).
_ARTICLE = ("claims.view_article", "claims.view_claim")
VIEW_PERMS = {
    "home": ("claims.view_claim",),
    "queue_bulk": ("claims.view_claim",),
    "article_list": ("claims.view_article",),
    "article_new": ("claims.view_article",),
    "article_bulk_new": ("claims.view_article",),
    "article_progress": _ARTICLE,
    "article_detail": _ARTICLE,
    "claim_detail": _ARTICLE,
    "article_delete": _ARTICLE,
    "article_reextract": _ARTICLE,
    "claim_create": _ARTICLE,
    "claim_merge": _ARTICLE,
    "claim_edit": _ARTICLE,
    "claim_status": _ARTICLE,
    "claim_assign": _ARTICLE,
    "claim_split": _ARTICLE,
    "claim_delete": _ARTICLE,
    "claim_restore": _ARTICLE,
    "evidence_add": _ARTICLE + ("claims.view_evidence", "claims.view_source"),
    "evidence_remove": _ARTICLE + ("claims.view_evidence",),
    "link_create": _ARTICLE + ("claims.view_claimlink",),
    "link_search": _ARTICLE + ("claims.view_claimlink",),
    "suggestion_accept": _ARTICLE + ("claims.view_claimlink",),
    "suggestion_dismiss": _ARTICLE + ("claims.view_suggestiondismissal",),
    "link_remove": _ARTICLE + ("claims.view_claimlink",),
    "claim_story": _ARTICLE + ("claims.view_claimlink", "claims.view_speaker"),
    "speaker_list": ("claims.view_speaker",),
    "speaker_detail": ("claims.view_speaker", "claims.view_claim"),
    "speaker_merge": ("claims.view_speaker",),
    "speaker_edit": ("claims.view_speaker",),
    "speaker_adversaries": ("claims.view_speaker",),
    "speaker_alias": ("claims.view_speaker",),
    "speaker_matches": ("claims.view_speaker",),
    "speaker_match_decide": ("claims.view_speaker",),
    "speaker_merge_undo": ("claims.view_speaker",),
    "claim_factchecks": _ARTICLE,
    "factcheck_accept": _ARTICLE + ("claims.view_evidence",),
    "factcheck_dismiss": _ARTICLE,
    "source_list": ("claims.view_source",),
    "source_edit": ("claims.view_source",),
    "report": _ARTICLE,
    "report_json": _ARTICLE,
    "report_csv": _ARTICLE,
    "report_claimreview": _ARTICLE,
    "report_publish": _ARTICLE,
    "report_unpublish": _ARTICLE,
    "report_publish_check": _ARTICLE,
    # A colleague's own API tokens (they act with the colleague's role).
    "token_list": ("claims.view_claim",),
    "token_revoke": ("claims.view_claim",),
}
ALL_VIEW_PERMS = tuple(sorted({p for perms in VIEW_PERMS.values() for p in perms}))


def too_large(request):
    return render(request, "claims/message.html", {"error": TooLarge().message}, status=413)


def request_limit() -> int:
    """The largest request body: an article plus room for the other fields."""
    return settings.FACTCHECK_MAX_ARTICLE_BYTES + 512 * 1024


class RequestSizeLimitMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = 0
        if length > request_limit():
            return too_large(request)
        return self.get_response(request)


class ApiProblemMiddleware:
    """Outside every gate that can refuse a request (the size limit), so it
    sees their answers too."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        head = request.method == "HEAD" and request.path_info.startswith(API_PREFIX)
        if head:
            # HTTP requires HEAD wherever GET is answered (RFC 9110 §9.3.2), and
            # Ninja routes GET only: answer it as the GET, headers without body
            request.method = "GET"
        response = self.get_response(request)
        if needs_problem(request, response):
            response = problem_from_response(request, response)
        if head:
            request.method = "HEAD"
            allow_head(response)
            if not getattr(response, "streaming", False):
                response["Content-Length"] = str(len(response.content))
                response.content = b""
        return response


class RoleRequiredMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = request.resolver_match
        if match is None or not view_func.__module__.startswith("claims.views"):
            return None  # login, logout, the admin (staff only)
        if match.url_name in PUBLIC or not request.user.is_authenticated:
            return None
        perms = VIEW_PERMS.get(match.url_name, ALL_VIEW_PERMS)
        if request.user.has_perms(perms):
            return None
        return render(request, "claims/no_access.html", {"no_access": True}, status=403)
