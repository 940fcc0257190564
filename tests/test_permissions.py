"""Every URL pattern × {anonymous, reviewer, editor, admin}.

ACCESS below must name every URL of the project: a new URL without an entry
fails `test_it_has_an_access_rule_for_every_url`. Each rule says which
method the URL answers and who may use it:

  PUBLIC   anyone (200)
  PAGE     logged-in users (anonymous → login redirect)
  WRITE    POST-only; anonymous → login; `perm` decides between 403 and allowed
  STAFF    the Django admin: only staff see it (others → admin login)
  OWN      POST-only; anonymous → login; any logged-in user (on their own objects)

The JSON API's operations (token auth, not sessions) have their own matrix in
tests/test_api_permissions.py; only its docs and schema pages are here.

"Allowed" means the request got past authentication and authorisation: any
answer but a login redirect, 403 or 405 (a 400 for an empty form is allowed).
"""

from dataclasses import dataclass

import pytest
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from claims import services
from claims.models import ApiToken, Claim, SpeakerMatch, SpeakerMerge

pytestmark = pytest.mark.django_db
ROLES = ("anonymous", "reviewer", "editor", "admin")


@dataclass(frozen=True)
class Rule:
    kind: str  # PUBLIC, PAGE, WRITE, STAFF, OWN
    args: str = ""  # which object ids reverse() needs: see World.args
    perm: str = ""  # for WRITE: the permission that allows it
    method: str = "post"


def PUBLIC(args=""):
    return Rule("PUBLIC", args, method="get")


def PAGE(args=""):
    return Rule("PAGE", args, method="get")


def WRITE(perm, args=""):
    return Rule("WRITE", args, perm)


def PERM_PAGE(perm, args=""):
    """A page (GET) only some roles may see."""
    return Rule("PERM_PAGE", args, perm, method="get")


ACCESS = {
    "login": PUBLIC(),
    "logout": Rule("LOGOUT", method="post"),
    "admin:index": Rule("STAFF", method="get"),
    "status_css": PUBLIC(),
    "home": PAGE(),
    "queue_bulk": WRITE("claims.change_claim"),
    "article_list": PAGE(),
    "article_new": PAGE(),
    "article_bulk_new": PAGE(),
    "article_progress": PAGE("article"),
    "article_detail": PAGE("article"),
    "article_delete": WRITE("claims.delete_article", "article"),
    "article_reextract": WRITE("claims.change_article", "article"),
    "claim_create": WRITE("claims.add_claim", "article"),
    "claim_merge": WRITE("claims.change_claim", "article"),
    "claim_detail": PAGE("article_claim"),
    "claim_edit": WRITE("claims.change_claim", "claim"),
    "claim_status": WRITE("claims.change_claim", "claim"),
    "claim_assign": WRITE("claims.change_claim", "claim"),
    "claim_split": WRITE("claims.change_claim", "claim"),
    "claim_delete": WRITE("claims.delete_claim", "claim"),
    "claim_restore": WRITE("claims.delete_claim", "claim"),
    "evidence_add": WRITE("claims.add_evidence", "claim"),
    "evidence_remove": WRITE("claims.delete_evidence", "evidence"),
    "link_create": WRITE("claims.add_claimlink", "claim"),
    "link_search": PAGE("claim"),
    "suggestion_accept": WRITE("claims.add_claimlink", "claim"),
    "suggestion_dismiss": WRITE("claims.add_suggestiondismissal", "claim"),
    "link_remove": WRITE("claims.delete_claimlink", "link"),
    "claim_story": PAGE("claim"),
    "claim_factchecks": PAGE("claim"),
    "factcheck_accept": WRITE("claims.add_evidence", "claim"),
    "factcheck_dismiss": WRITE("claims.add_factcheckdismissal", "claim"),
    "speaker_list": PAGE(),
    "speaker_detail": PAGE("speaker"),
    "speaker_merge": WRITE("claims.merge_speakers", "speaker"),
    "speaker_edit": WRITE("claims.merge_speakers", "speaker"),
    "speaker_adversaries": WRITE("claims.merge_speakers", "speaker"),
    "speaker_alias": WRITE("claims.merge_speakers", "speaker_alias"),
    "speaker_matches": PAGE(),
    "speaker_match_decide": WRITE("claims.merge_speakers", "speaker_match"),
    "speaker_merge_undo": WRITE("claims.merge_speakers", "speaker_merge_record"),
    "source_list": PAGE(),
    "source_edit": WRITE("claims.manage_sources", "source"),
    "report": PAGE("article"),
    "report_json": PAGE("article"),
    "report_csv": PAGE("article"),
    "report_claimreview": PAGE("article"),
    "report_publish_check": PERM_PAGE("claims.publish_report", "article"),
    "report_publish": WRITE("claims.publish_report", "article"),
    "report_unpublish": WRITE("claims.publish_report", "article"),
    "public_report": PUBLIC("token"),
    "public_report_json": PUBLIC("token"),
    "public_report_csv": PUBLIC("token"),
    "public_claimreview": PUBLIC("token"),
    "token_list": PAGE(),
    "token_revoke": Rule("OWN", "apitoken"),
    "api-v1:openapi-json": PAGE(),
    "api-v1:openapi-view": PAGE(),
    "public_report_version": PUBLIC("token_v1"),
    "public_report_version_json": PUBLIC("token_v1"),
    "public_report_version_csv": PUBLIC("token_v1"),
    "public_claimreview_version": PUBLIC("token_v1"),
}
API_NAMESPACE = "api-v1"


def _names(patterns, prefix=""):
    for p in patterns:
        if isinstance(p, URLResolver):
            if p.namespace == "admin":
                yield "admin:index"  # the admin is one rule: staff only
                continue
            if p.namespace == API_NAMESPACE:  # token-auth operations: test_api_permissions
                yield from (
                    f"{API_NAMESPACE}:{q.name}"
                    for q in p.url_patterns
                    if q.name in ("openapi-json", "openapi-view")
                )
                continue
            yield from _names(p.url_patterns, prefix)
        elif isinstance(p, URLPattern):
            assert p.name, f"URL pattern {p.pattern} has no name, so it has no access rule"
            yield prefix + p.name


def test_it_has_an_access_rule_for_every_url():
    names = set(_names(get_resolver().url_patterns))
    assert names - set(ACCESS) == set(), "add these URLs to ACCESS with who may use them"
    assert set(ACCESS) - names == set(), "these ACCESS entries name no URL"


class World:
    """An article with claims, evidence, a link and a published copy: what the
    URLs' arguments name."""

    def __init__(self, article, reviewer, editor):
        self.article = article
        self.claim, self.other, _ = list(article.claims.order_by("position"))
        services.claim_update(
            claim=self.claim, by=reviewer, expected_version=None, speaker_name="Rebel group"
        )
        self.evidence = services.evidence_add(
            claim=self.claim,
            by=reviewer,
            url=f"https://example.org/{article.pk}",
            stance="supports",
        )
        self.link = services.link_create(
            from_claim=self.other, to_claim=self.claim, relation="contradicts", by=reviewer
        )
        self.claim = Claim.objects.get(pk=self.claim.pk)
        published = services.report_publish(article=_copy(article), by=editor)
        self.token = published.report_token
        self.api_token = (
            ApiToken.objects.filter(user=reviewer, revoked_at__isnull=True).first()
            or services.token_create(user=reviewer, name="matrix")[0]
        )
        # a merge suggestion and a merge, for the speaker editors' URLs
        board = services.speaker_resolve(name=f"Permission Test Harbour Board {article.pk}")
        alike = services.speaker_resolve(name=f"Permission Test Harbor Board {article.pk}")
        self.match = (
            services.speaker_matches_suggest(speakers=[alike])
            or SpeakerMatch.objects.filter(other=alike)
        )[0]
        folded = services.speaker_resolve(name=f"Permission Test Lighthouse {article.pk}")
        services.speaker_merge(target=board, others=[folded], by=editor)
        self.merge = SpeakerMerge.objects.get(merged=folded)
        self.alias = services.speaker_add_alias(
            speaker=board, name=f"Permission Test Board {article.pk}", by=editor
        )

    def args(self, which):
        return {
            "": [],
            "article": [self.article.pk],
            "claim": [self.claim.pk],
            "article_claim": [self.article.pk, self.claim.pk],
            "evidence": [self.evidence.pk],
            "link": [self.link.pk],
            "speaker": [self.claim.speaker_id],
            "source": [self.evidence.source_id],
            "token": [self.token],
            "apitoken": [self.api_token.pk],
            "token_v1": [self.token, 1],
            "speaker_match": [self.match.pk],
            "speaker_merge_record": [self.merge.pk],
            "speaker_alias": [self.alias.pk],
        }[which]


def _copy(article):
    """A second article (different text) whose report is published, for token URLs."""
    from claims.models import Article

    return Article.objects.create(
        title="Published " + article.title, body=article.body + f"\n\nPublished copy {article.pk}."
    )


@pytest.fixture
def clients(client, reviewer, editor, admin_user):
    from django.test import Client

    made = {"anonymous": client}
    for role, user in (("reviewer", reviewer), ("editor", editor), ("admin", admin_user)):
        c = Client()
        c.force_login(user)
        made[role] = c
    return made


def _expected(rule: Rule, role: str, user) -> str:
    if rule.kind == "PUBLIC":
        return "ok"
    if rule.kind == "LOGOUT":
        return "redirect"
    if rule.kind == "STAFF":
        return "ok" if role == "admin" else "admin-login"
    if role == "anonymous":
        return "login"
    if rule.kind == "PAGE":
        return "ok"
    if rule.kind == "OWN":
        return "allowed"
    return "allowed" if user.has_perm(rule.perm) else "forbidden"


def _outcome(response) -> str:
    code = response.status_code
    location = response.headers.get("Location", "")
    if code in (301, 302, 303) and location.startswith(reverse("admin:login")):
        return "admin-login"
    if code in (301, 302, 303) and location.startswith(reverse("login")):
        return "login"
    if code == 403:
        return "forbidden"
    if code == 405:
        return "method-not-allowed"
    if code == 200:
        return "ok"
    if code in (301, 302, 303):
        return "redirect"
    return f"status-{code}"


@pytest.mark.parametrize("role", ROLES)
def test_it_answers_every_url_as_expected_for_each_role(
    role, clients, reviewer, editor, admin_user
):
    from tests.conftest import make_article

    users = {"anonymous": None, "reviewer": reviewer, "editor": editor, "admin": admin_user}
    failures = []
    # Logging out ends the session the other requests need: it goes last.
    order = sorted(ACCESS.items(), key=lambda item: (item[0] == "logout", item[0]))
    # Reads share one world; every write gets a fresh one, so a destructive URL
    # never sees another's leftovers.
    shared = World(make_article(f" {role}"), reviewer, editor)
    for n, (name, rule) in enumerate(order):
        if rule.kind == "WRITE":
            world = World(make_article(f" {role} {n}"), reviewer, editor)
        else:
            world = shared
        url = reverse(name, args=world.args(rule.args))
        response = getattr(clients[role], rule.method)(url)
        got = _outcome(response)
        expected = _expected(rule, role, users[role])
        if expected == "allowed":
            ok = (
                got not in ("login", "forbidden", "method-not-allowed", "admin-login")
                and response.status_code < 500
            )
        elif expected == "redirect":
            ok = got in ("redirect", "login")
        else:
            ok = got == expected
        if not ok:
            failures.append(
                f"{name} {rule.method.upper()} {url} as {role}: expected {expected}, "
                f"got {got} ({response.status_code})"
            )
        if rule.kind in ("WRITE", "OWN") and users[role] is not None:
            get = clients[role].get(url)
            if get.status_code not in (405, 403) and not (name == "source_edit"):
                failures.append(f"{name}: GET on a POST-only URL answered {get.status_code}")
    assert not failures, "\n".join(failures)
