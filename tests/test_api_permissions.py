"""Every API operation × {anonymous, reviewer, editor, admin}.

RULES must name every operation the API serves (method and path, as in the
OpenAPI schema): a new operation without a rule fails
`test_it_has_a_rule_for_every_api_operation`. A rule gives the permission
the operation needs (a tuple: all of them) and the request body; QUERY adds
a query string where an operation needs one.
Anonymous (no token) is always 401; a role without the permission 403;
otherwise "allowed": any answer but 401, 403 or 405, and never a 5xx.
"""

import pytest

from claims import services
from claims.api.app import api
from claims.models import FactCheck, WebhookEndpoint
from tests.api_helpers import API as PREFIX
from tests.api_helpers import call
from tests.conftest import make_article

pytestmark = pytest.mark.django_db
ROLES = ("anonymous", "reviewer", "editor", "admin")


RULES = {
    ("get", "/articles"): ("claims.view_article", None),
    ("post", "/articles"): (
        "claims.add_article",
        lambda w: {"title": "New", "body": f"A fresh article number {w.article.pk}."},
    ),
    ("get", "/articles/{article_id}"): ("claims.view_article", None),
    ("delete", "/articles/{article_id}"): ("claims.delete_article", None),
    ("post", "/articles/{article_id}/extract"): ("claims.change_article", None),
    ("get", "/articles/{article_id}/claims"): ("claims.view_claim", None),
    ("post", "/articles/{article_id}/claims"): (
        "claims.add_claim",
        lambda w: {"start": 0, "end": 10},
    ),
    ("post", "/articles/{article_id}/claims/merge"): (
        ("claims.change_claim", "claims.delete_claim"),
        lambda w: {
            "claims": [
                {"id": w.claim.pk, "version": w.claim.version},
                {"id": w.other.pk, "version": w.other.version},
            ]
        },
    ),
    ("post", "/claims/{claim_id}/split"): (
        ("claims.change_claim", "claims.add_claim"),
        lambda w: {"version": w.claim.version, "at": w.claim.start + 3},
    ),
    ("delete", "/claims/{claim_id}"): ("claims.delete_claim", None),
    ("post", "/claims/{claim_id}/restore"): ("claims.delete_claim", None),
    ("get", "/claims"): ("claims.view_claim", None),
    ("get", "/claims/{claim_id}"): ("claims.view_claim", None),
    ("patch", "/claims/{claim_id}"): (
        "claims.change_claim",
        lambda w: {"version": w.claim.version, "kind": "statistic"},
    ),
    ("post", "/claims/{claim_id}/status"): (
        "claims.change_claim",
        lambda w: {"version": w.claim.version, "status": "in_review"},
    ),
    ("post", "/claims/{claim_id}/assign"): (
        "claims.change_claim",
        lambda w: {"version": w.claim.version, "assignee": "rita"},
    ),
    ("get", "/claims/{claim_id}/evidence"): ("claims.view_evidence", None),
    ("post", "/claims/{claim_id}/evidence"): (
        "claims.add_evidence",
        lambda w: {
            "version": w.claim.version,
            "url": "https://example.org/new",
            "stance": "context",
        },
    ),
    ("delete", "/evidence/{evidence_id}"): ("claims.delete_evidence", None),
    ("get", "/claims/{claim_id}/links"): ("claims.view_claimlink", None),
    ("post", "/claims/{claim_id}/links"): (
        "claims.add_claimlink",
        lambda w: {"to_claim": w.third.pk, "relation": "confirms"},
    ),
    ("delete", "/links/{link_id}"): ("claims.delete_claimlink", None),
    ("get", "/claims/{claim_id}/suggestions"): ("claims.view_claim", None),
    ("post", "/claims/{claim_id}/suggestions/accept"): (
        "claims.add_claimlink",
        lambda w: {"other": w.third.pk},
    ),
    ("post", "/claims/{claim_id}/suggestions/dismiss"): (
        "claims.add_suggestiondismissal",
        lambda w: {"other": w.third.pk},
    ),
    ("get", "/factchecks"): ("claims.view_factcheck", None),
    ("get", "/claims/{claim_id}/factchecks"): ("claims.view_factcheck", None),
    ("post", "/claims/{claim_id}/factchecks/accept"): (
        ("claims.add_evidence", "claims.add_source"),
        lambda w: {"factcheck": w.factcheck.pk, "version": w.claim.version},
    ),
    ("post", "/claims/{claim_id}/factchecks/dismiss"): (
        "claims.add_factcheckdismissal",
        lambda w: {"factcheck": w.factcheck.pk},
    ),
    ("get", "/articles/{article_id}/report"): ("claims.view_article", None),
    ("get", "/articles/{article_id}/claimreview"): ("claims.view_article", None),
    ("post", "/articles/{article_id}/report/publish"): ("claims.publish_report", None),
    ("post", "/articles/{article_id}/report/unpublish"): ("claims.publish_report", None),
    ("get", "/speakers"): ("claims.view_speaker", None),
    ("post", "/speakers"): ("claims.add_speaker", lambda w: {"name": "Army press office"}),
    ("get", "/speakers/{speaker_id}"): ("claims.view_speaker", None),
    ("post", "/speakers/{speaker_id}/merge"): (
        "claims.merge_speakers",
        lambda w: {"others": [w.other_speaker.pk]},
    ),
    ("get", "/sources"): ("claims.view_source", None),
    ("get", "/sources/{source_id}"): ("claims.view_source", None),
    ("patch", "/sources/{source_id}"): (
        "claims.manage_sources",
        lambda w: {"title": "Corrected title"},
    ),
    ("get", "/webhooks"): ("claims.manage_webhooks", None),
    ("post", "/webhooks"): (
        "claims.manage_webhooks",
        lambda w: {"url": "https://93.184.215.14/hook", "events": ["report.published"]},
    ),
    ("delete", "/webhooks/{webhook_id}"): ("claims.manage_webhooks", None),
    ("get", "/webhooks/{webhook_id}/deliveries"): ("claims.manage_webhooks", None),
}

QUERY = {("delete", "/claims/{claim_id}"): lambda w: f"?version={w.claim.version}"}


def _operations():
    schema = api.get_openapi_schema()
    for path, methods in schema["paths"].items():
        for method in methods:
            yield method, path.removeprefix(PREFIX)


def test_it_has_a_rule_for_every_api_operation():
    served = set(_operations())
    assert served - set(RULES) == set(), "add these operations to RULES with who may call them"
    assert set(RULES) - served == set(), "these RULES name no operation"


class World:
    """Fresh objects for one request, so destructive operations see no leftovers."""

    def __init__(self, n, reviewer):
        self.article = make_article(f" api {n}")
        self.claim, self.other, self.third = self.article.claims.order_by("position")
        services.claim_update(
            claim=self.claim, by=reviewer, expected_version=None, speaker_name=f"Rebel group {n}"
        )
        services.claim_update(
            claim=self.other,
            by=reviewer,
            expected_version=None,
            speaker_name=f"Defence ministry {n}",
        )
        self.evidence = services.evidence_add(
            claim=self.claim,
            by=reviewer,
            stance="supports",
            url=f"https://example.org/{self.article.pk}",
        )
        self.link = services.link_create(
            from_claim=self.other, to_claim=self.claim, relation="contradicts", by=reviewer
        )
        self.claim.refresh_from_db()
        self.other.refresh_from_db()
        self.other_speaker = self.other.speaker
        self.factcheck = FactCheck.objects.create(
            claim_reviewed=self.claim.text,
            rating="False",
            verdict="false",
            url=f"https://checks.example/{self.article.pk}",
            imported_from="matrix",
        )
        self.webhook = WebhookEndpoint.objects.create(
            url="https://93.184.215.14/hook", events=["report.published"], secret="whsec_x"
        )

    def path(self, template):
        return PREFIX + template.format(
            article_id=self.article.pk,
            claim_id=self.claim.pk,
            evidence_id=self.evidence.pk,
            link_id=self.link.pk,
            speaker_id=self.claim.speaker_id,
            source_id=self.evidence.source_id,
            webhook_id=self.webhook.pk,
        )


@pytest.fixture
def tokens(reviewer, editor, admin_user):
    return {
        role: services.token_create(user=user, name="matrix")[1]
        for role, user in (("reviewer", reviewer), ("editor", editor), ("admin", admin_user))
    }


@pytest.mark.parametrize("role", ROLES)
def test_it_answers_every_operation_as_expected_for_each_role(
    role, client, tokens, reviewer, editor, admin_user
):
    users = {"anonymous": None, "reviewer": reviewer, "editor": editor, "admin": admin_user}
    failures = []
    for n, ((method, template), (perm, body)) in enumerate(sorted(RULES.items())):
        world = World(f"{role} {n}", reviewer)
        path = world.path(template) + QUERY.get((method, template), lambda w: "")(world)
        response = call(
            client,
            method,
            path.removeprefix(PREFIX),
            tokens.get(role),
            body(world) if body else None,
        )
        user = users[role]
        if user is None:
            expected = "401"
        else:
            perms = perm if isinstance(perm, tuple) else (perm,)
            expected = "allowed" if user.has_perms(perms) else "403"
        code = response.status_code
        if expected == "allowed":
            ok = code not in (401, 403, 405) and code < 500
        else:
            ok = str(code) == expected
            ok = ok and response["Content-Type"] == "application/problem+json"
        if not ok:
            failures.append(
                f"{method.upper()} {path} as {role}: expected {expected}, got {code} "
                f"{response.content[:200]!r}"
            )
    assert not failures, "\n".join(failures)


def test_it_refuses_unknown_and_revoked_tokens(client, reviewer, article):
    token, secret = services.token_create(user=reviewer, name="soon revoked")
    assert call(client, "get", "/articles", secret).status_code == 200
    assert call(client, "get", "/articles", secret + "x").status_code == 401
    services.token_revoke(token=token, by=reviewer)
    response = call(client, "get", "/articles", secret)
    assert response.status_code == 401
    assert response.json()["type"].endswith(":unauthenticated")
    assert response["WWW-Authenticate"].startswith("Bearer")


def test_it_ignores_a_logged_in_session_without_a_token(reviewer_client, article):
    response = reviewer_client.get(f"{PREFIX}/articles")
    assert response.status_code == 401
