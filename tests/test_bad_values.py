"""Bad values in every form field and query parameter of every view: each is
a 4xx with a message naming the problem, never a 500, and the database is
left exactly as it was (like the permission matrix in test_permissions, a
table over the URL list).

A row: (view name, which object its URL takes, method, data, status, message).
`data` may name objects of the world: "{claim}", "{other}", "{speaker}", …
"""

import pytest
from django.urls import reverse

from claims import services
from claims.models import (
    Article,
    Claim,
    ClaimEvent,
    ClaimLink,
    Evidence,
    Source,
    Speaker,
    SpeakerMatch,
)
from tests.test_permissions import ACCESS

pytestmark = pytest.mark.django_db

HUGE = "9223372036854775808"  # 2**63: one past PostgreSQL's bigint
HUGER = "1" * 40
SUP2 = "²"  # str.isdigit() is True, int() fails
ARABIC3 = "٣"  # int() reads it as 3; an id is ASCII digits
NUL = "a\x00b"
BAD_ID = "must be"  # "… must be a whole number from 1 to …"
BIG = "x" * 20_001


def P(prefix, **data):
    return {f"{prefix}-{k}": v for k, v in data.items()}


def status_form(**kw):
    return P("status", **{"version": "{version}", "status": "in_review", "rationale": "", **kw})


def edit_form(**kw):
    return P(
        "edit",
        **{"version": "{version}", "text": "A claim.", "kind": "claim", "speaker_name": "", **kw},
    )


def ev_form(**kw):
    return P(
        "ev",
        **{
            "version": "{version}",
            "url": "https://example.org/new",
            "title": "",
            "publisher": "",
            "published_at": "",
            "kind": "official",
            "stance": "supports",
            "excerpt": "",
            "note": "",
            **kw,
        },
    )


def link_form(**kw):
    return P("link", **{"relation": "confirms", "direction": "out", "other": "{other}", **kw})


def new_claim(**kw):
    return P(
        "new", **{"start": "0", "end": "6", "text": "", "kind": "claim", "speaker_name": "", **kw}
    )


def article_form(**kw):
    return {
        "title": "A title",
        "body": "Some article text here.",
        "url": "",
        "publisher": "",
        "published_at": "",
        "byline": "",
        **kw,
    }


def source_form(**kw):
    return {
        "url": "https://example.org/src",
        "title": "T",
        "publisher": "",
        "published_at": "",
        "kind": "official",
        "notes": "",
        **kw,
    }


def bulk(**kw):
    return {
        "action": "status",
        "status": "in_review",
        "assignee": "",
        "rationale": "",
        "claim": "{claim}",
        **kw,
    }


# (view, args, method, data, status, message)
CASES = [
    # The review queue's filters
    ("home", "", "get", {"speaker": HUGE}, 400, "speaker"),
    ("home", "", "get", {"speaker": SUP2}, 400, "speaker"),
    ("home", "", "get", {"speaker": "abc"}, 400, "speaker"),
    ("home", "", "get", {"speaker": "-1"}, 400, "speaker"),
    ("home", "", "get", {"article": HUGER}, 400, "article"),
    ("home", "", "get", {"article": ARABIC3}, 400, "article"),
    ("home", "", "get", {"status": "bogus"}, 400, "status"),
    ("home", "", "get", {"kind": "bogus"}, 400, "kind"),
    ("home", "", "get", {"assignee": HUGE}, 400, "assignee"),
    ("home", "", "get", {"sort": "bogus"}, 400, "sort"),
    ("home", "", "get", {"q": NUL}, 400, "Search"),
    ("home", "", "get", {"page": SUP2}, 400, "page"),
    ("home", "", "get", {"page": HUGE}, 400, "page"),
    # Bulk changes from the queue
    ("queue_bulk", "", "post", bulk(claim=SUP2), 400, "claim"),
    ("queue_bulk", "", "post", bulk(claim=HUGE), 400, "claim"),
    ("queue_bulk", "", "post", bulk(claim="abc"), 400, "claim"),
    ("queue_bulk", "", "post", bulk(action="bogus"), 400, "action"),
    ("queue_bulk", "", "post", bulk(action="assign", assignee=HUGE), 400, "assignee"),
    ("queue_bulk", "", "post", bulk(action="assign", assignee=SUP2), 400, "assignee"),
    ("queue_bulk", "", "post", bulk(status="bogus"), 400, "status"),
    ("queue_bulk", "", "post", bulk(status="confirmed", rationale=BIG), 400, "at most"),
    # Article list filters
    ("article_list", "", "get", {"state": "bogus"}, 400, "Extraction"),
    ("article_list", "", "get", {"date_from": "2024-13-45"}, 400, "Published from"),
    ("article_list", "", "get", {"date_to": "99999-01-01"}, 400, "to"),
    ("article_list", "", "get", {"q": NUL}, 400, "Search"),
    ("article_list", "", "get", {"page": HUGER}, 400, "page"),
    # New article
    ("article_new", "", "post", article_form(body=""), 400, "empty"),
    ("article_new", "", "post", article_form(body="text \x00 text"), 400, "Null"),
    ("article_new", "", "post", article_form(title="t" * 501), 400, "at most"),
    ("article_new", "", "post", article_form(publisher="p" * 201), 400, "at most"),
    ("article_new", "", "post", article_form(byline="b" * 301), 400, "at most"),
    ("article_new", "", "post", article_form(url="http://[::1"), 400, "not valid"),
    ("article_new", "", "post", article_form(url="http://x.org:99999/"), 400, "not valid"),
    ("article_new", "", "post", article_form(url="ftp://x.org/a"), 400, "http"),
    (
        "article_new",
        "",
        "post",
        article_form(url="http://127.0.0.1:abc/", fetch="on"),
        400,
        "not valid",
    ),
    ("article_new", "", "post", article_form(published_at="not-a-date"), 400, "Published"),
    # Claims: manual claim, merge
    ("claim_create", "article", "post", new_claim(start=SUP2), 400, "Start"),
    ("claim_create", "article", "post", new_claim(start="-1"), 400, "Start"),
    ("claim_create", "article", "post", new_claim(end=HUGE), 400, "End"),
    ("claim_create", "article", "post", new_claim(end="abc"), 400, "End"),
    ("claim_create", "article", "post", new_claim(kind="bogus"), 400, "Kind"),
    ("claim_create", "article", "post", new_claim(text=BIG), 400, "at most"),
    ("claim_create", "article", "post", new_claim(speaker_name="s" * 201), 400, "at most"),
    ("claim_merge", "article", "post", {"claim": ["{claim}", SUP2]}, 400, "claim"),
    ("claim_merge", "article", "post", {"claim": ["{claim}", HUGE]}, 400, "claim"),
    ("claim_merge", "article", "post", {"claim": ["{claim}", "{other}", "x"]}, 400, "claim"),
    # The claim panel
    ("claim_edit", "claim", "post", edit_form(version=SUP2), 400, "version"),
    ("claim_edit", "claim", "post", edit_form(version=HUGE), 400, "version"),
    ("claim_edit", "claim", "post", edit_form(version=""), 400, "version"),
    ("claim_edit", "claim", "post", edit_form(text=""), 400, "Claim text"),
    ("claim_edit", "claim", "post", edit_form(text="a\x00b"), 400, "Null"),
    ("claim_edit", "claim", "post", edit_form(kind="bogus"), 400, "Kind"),
    ("claim_edit", "claim", "post", edit_form(speaker_name="s" * 201), 400, "at most"),
    ("claim_status", "claim", "post", status_form(version="abc"), 400, "version"),
    ("claim_status", "claim", "post", status_form(status="bogus"), 400, "Status"),
    ("claim_status", "claim", "post", status_form(status="confirmed"), 400, "rationale"),
    (
        "claim_status",
        "claim",
        "post",
        status_form(status="confirmed", rationale=BIG),
        400,
        "at most",
    ),
    ("claim_status", "claim", "post", status_form(rationale="r\x00"), 400, "Null"),
    (
        "claim_assign",
        "claim",
        "post",
        P("assign", version="{version}", assignee=HUGE),
        400,
        "Assignee",
    ),
    (
        "claim_assign",
        "claim",
        "post",
        P("assign", version="{version}", assignee=SUP2),
        400,
        "Assignee",
    ),
    ("claim_assign", "claim", "post", P("assign", version=SUP2, assignee=""), 400, "version"),
    ("claim_split", "claim", "post", {"at": SUP2, "version": "{version}"}, 400, "offset"),
    ("claim_split", "claim", "post", {"at": HUGE, "version": "{version}"}, 400, "offset"),
    ("claim_split", "claim", "post", {"at": "-5", "version": "{version}"}, 400, "offset"),
    ("claim_split", "claim", "post", {"at": "10"}, 400, "version"),
    ("claim_split", "claim", "post", {"at": "10", "version": HUGE}, 400, "version"),
    ("claim_delete", "claim", "post", {}, 400, "version"),
    ("claim_delete", "claim", "post", {"version": SUP2}, 400, "version"),
    ("claim_delete", "claim", "post", {"version": "0"}, 409, "Someone else"),
    # Evidence
    ("evidence_add", "claim", "post", ev_form(version=HUGE), 400, "version"),
    ("evidence_add", "claim", "post", ev_form(url="http://[::1"), 400, "not a valid URL"),
    ("evidence_add", "claim", "post", ev_form(url="http://x.org:99999/"), 400, "not a valid URL"),
    ("evidence_add", "claim", "post", ev_form(url="javascript:alert(1)"), 400, "http"),
    ("evidence_add", "claim", "post", ev_form(url=""), 400, "Source URL"),
    ("evidence_add", "claim", "post", ev_form(published_at="2024-02-30"), 400, "Source date"),
    ("evidence_add", "claim", "post", ev_form(kind="bogus"), 400, "Source kind"),
    ("evidence_add", "claim", "post", ev_form(stance="bogus"), 400, "Stance"),
    ("evidence_add", "claim", "post", ev_form(excerpt="e" * 10_001), 400, "at most"),
    ("evidence_add", "claim", "post", ev_form(note="n" * 5_001), 400, "at most"),
    ("evidence_add", "claim", "post", ev_form(title="t\x00"), 400, "Null"),
    # Several files at once: a field that is not a file, no file at all
    ("article_bulk_new", "", "post", {"files": "not a file"}, 400, "Choose one or more files"),
    # Links and suggestions
    ("link_create", "claim", "post", link_form(other=SUP2), 400, "Other claim"),
    ("link_create", "claim", "post", link_form(other=HUGE), 400, "Other claim"),
    ("link_create", "claim", "post", link_form(other="{claim}"), 400, "itself"),
    ("link_create", "claim", "post", link_form(relation="bogus"), 400, "Relation"),
    ("link_create", "claim", "post", link_form(direction="sideways"), 400, "Direction"),
    ("link_search", "claim", "get", {"q": NUL}, 400, "Search"),
    ("suggestion_accept", "claim", "post", {"other": SUP2}, 400, "other"),
    ("suggestion_accept", "claim", "post", {"other": HUGE}, 400, "other"),
    ("suggestion_accept", "claim", "post", {"other": "1", "relation": "bogus"}, 400, "Relation"),
    ("suggestion_accept", "claim", "post", {"other": "1", "swap": "sideways"}, 400, "Swap"),
    ("suggestion_dismiss", "claim", "post", {"other": "abc"}, 400, "other"),
    ("suggestion_dismiss", "claim", "post", {"other": HUGER}, 400, "other"),
    ("link_remove", "link", "post", {"claim": SUP2}, 400, "claim"),
    ("link_remove", "link", "post", {"claim": HUGE}, 400, "claim"),
    # Speakers
    ("speaker_list", "", "get", {"q": NUL}, 400, "Search"),
    ("speaker_list", "", "get", {"page": SUP2}, 400, "page"),
    ("speaker_merge", "speaker", "post", {"others": SUP2}, 400, "speaker"),
    ("speaker_merge", "speaker", "post", {"others": HUGE}, 400, "speaker"),
    ("speaker_merge", "speaker", "post", {"others": "{speaker}"}, 400, "speaker"),
    ("speaker_merge", "speaker", "post", {}, 400, "speaker"),
    ("speaker_matches", "", "get", {"page": SUP2}, 400, "page"),
    ("speaker_edit", "speaker", "post", {"kind": "bogus"}, 400, "speaker kind"),
    ("speaker_edit", "speaker", "post", {"role": "r" * 201}, 400, "at most"),
    ("speaker_edit", "speaker", "post", {"alias": "a\x00b"}, 400, "null"),
    ("speaker_edit", "speaker", "post", {"parent": "No Such Party Anywhere"}, 400, "add it first"),
    ("speaker_match_decide", "match", "post", {"decision": "bogus"}, 400, "Choose merge"),
    ("speaker_adversaries", "speaker", "post", {"add": "No Such Party Anywhere"}, 400, "add it"),
    ("speaker_adversaries", "speaker", "post", {"add": "{speaker_name}"}, 400, "own adversary"),
    ("speaker_adversaries", "speaker", "post", {"add": "a" * 201}, 400, "at most"),
    ("speaker_adversaries", "speaker", "post", {"remove": SUP2}, 400, "speaker id"),
    ("speaker_adversaries", "speaker", "post", {"remove": "{other_speaker}"}, 400, "not an adv"),
    ("speaker_alias", "alias", "post", {"name": ""}, 400, "needs a name"),
    ("speaker_alias", "alias", "post", {"name": "x\x00y"}, 400, "null"),
    ("speaker_alias", "alias", "post", {"name": "Bad Values Harbour Board"}, 400, "already"),
    ("speaker_alias", "canonical_alias", "post", {"remove": "1"}, 400, "another name"),
    # Previously fact-checked
    (
        "factcheck_accept",
        "claim",
        "post",
        {"factcheck": SUP2, "version": "{version}"},
        400,
        "fact-check id",
    ),
    (
        "factcheck_accept",
        "claim",
        "post",
        {"factcheck": HUGE, "version": "{version}"},
        400,
        "fact-check id",
    ),
    ("factcheck_dismiss", "claim", "post", {"factcheck": "abc"}, 400, "fact-check id"),
    # Sources
    ("source_list", "", "get", {"q": NUL}, 400, "Search"),
    ("source_list", "", "get", {"kind": "bogus"}, 400, "kind"),
    ("source_list", "", "get", {"page": HUGE}, 400, "page"),
    ("source_edit", "source", "post", source_form(url="http://[::1"), 400, "not a valid URL"),
    ("source_edit", "source", "post", source_form(url="gopher://x.org/"), 400, "http"),
    ("source_edit", "source", "post", source_form(title="t" * 501), 400, "at most"),
    ("source_edit", "source", "post", source_form(published_at="31/31/2024"), 400, "date"),
    ("source_edit", "source", "post", source_form(kind="bogus"), 400, "kind"),
    ("source_edit", "source", "post", source_form(notes=BIG), 400, "at most"),
    # Ids in the path beyond 64 bits
    ("article_detail", "huge", "get", {}, 404, ""),
    ("claim_edit", "huge", "post", edit_form(), 404, ""),
    ("report_json", "huge", "get", {}, 404, ""),
]


class World:
    def __init__(self, article, reviewer):
        self.article = article
        self.claim, self.other, _ = list(article.claims.order_by("position"))
        services.claim_update(
            claim=self.claim, by=reviewer, expected_version=None, speaker_name="Rebel group"
        )
        self.evidence = services.evidence_add(
            claim=self.claim, by=reviewer, url="https://example.org/e", stance="supports"
        )
        self.link = services.link_create(
            from_claim=self.other, to_claim=self.claim, relation="contradicts", by=reviewer
        )
        self.claim.refresh_from_db()
        one = services.speaker_resolve(name="Bad Values Harbour Board")
        two = services.speaker_resolve(name="Bad Values Harbor Board")
        services.speaker_matches_suggest(speakers=[two])
        self.match = SpeakerMatch.objects.filter(speaker__in=[one, two]).first()
        self.alias = services.speaker_add_alias(speaker=two, name="Bad Values Board Two")
        self.canonical_alias = self.claim.speaker.aliases.get(name=self.claim.speaker.name)
        self.other_speaker = one

    def args(self, which):
        return {
            "": [],
            "article": [self.article.pk],
            "claim": [self.claim.pk],
            "link": [self.link.pk],
            "speaker": [self.claim.speaker_id],
            "source": [self.evidence.source_id],
            "huge": [int(HUGE)],
            "match": [self.match.pk],
            "alias": [self.alias.pk],
            "canonical_alias": [self.canonical_alias.pk],
        }[which]

    def fill(self, value):
        names = {
            "{claim}": self.claim.pk,
            "{other}": self.other.pk,
            "{version}": self.claim.version,
            "{speaker}": self.claim.speaker_id,
            "{speaker_name}": self.claim.speaker.name,
            "{other_speaker}": self.other_speaker.pk,
        }
        if isinstance(value, list):
            return [self.fill(v) for v in value]
        return str(names.get(value, value))


def snapshot():
    return (
        list(Article.objects.order_by("id").values_list("id", "title", "body", "url")),
        list(
            Claim.all_objects.order_by("id").values_list(
                "id",
                "text",
                "status",
                "version",
                "deleted_at",
                "rationale",
                "assignee_id",
                "speaker_id",
                "start",
                "end",
            )
        ),
        list(Evidence.objects.order_by("id").values_list("id", "claim_id", "source_id")),
        list(Source.objects.order_by("id").values_list("id", "url", "title", "notes")),
        list(ClaimLink.objects.order_by("id").values_list("id", "from_claim_id", "to_claim_id")),
        list(Speaker.objects.order_by("id").values_list("id", "name")),
        ClaimEvent.objects.count(),
    )


def test_it_tries_at_least_60_distinct_bad_inputs():
    distinct = {(name, method, repr(sorted(data.items()))) for name, _, method, data, *_ in CASES}
    assert len(distinct) == len(CASES) >= 60
    assert {name for name, *_ in CASES} >= {
        n for n, r in ACCESS.items() if r.kind in ("PAGE", "WRITE") and n not in NO_INPUT
    }


# Views with no field to fill: their bad inputs are ids in the path (above) or state.
NO_INPUT = {
    "article_detail",
    "claim_detail",
    "claim_story",
    "article_progress",
    "article_delete",
    "article_reextract",
    "claim_restore",
    "evidence_remove",
    "speaker_detail",
    "report",
    "report_json",
    "report_csv",
    "report_claimreview",
    "report_publish",
    "report_unpublish",
    "claim_factchecks",
    "speaker_merge_undo",
    "token_list",
    "api-v1:openapi-view",
    "api-v1:openapi-json",
}


@pytest.mark.parametrize(
    "name, args, method, data, status, message",
    CASES,
    ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)],
)
def test_it_answers_a_bad_value_with_a_4xx_message_and_no_change(
    admin_client_, admin_user, article, name, args, method, data, status, message
):
    world = World(article, admin_user)
    url = reverse(name, args=world.args(args))
    filled = {k: world.fill(v) for k, v in data.items()}
    before = snapshot()
    response = getattr(admin_client_, method)(url, filled, HTTP_HX_REQUEST="true")
    assert response.status_code == status, response.content.decode()[:2000]
    assert message.lower() in response.content.decode().lower()
    assert snapshot() == before


def test_removing_evidence_of_a_deleted_claim_is_a_4xx(admin_client_, admin_user, article):
    world = World(article, admin_user)
    services.claim_delete(claim=world.claim, by=admin_user, expected_version=world.claim.version)
    before = snapshot()
    response = admin_client_.post(
        reverse("evidence_remove", args=[world.evidence.pk]), HTTP_HX_REQUEST="true"
    )
    assert response.status_code == 404 and snapshot() == before
    response = admin_client_.post(
        reverse("link_remove", args=[world.link.pk]), HTTP_HX_REQUEST="true"
    )
    assert response.status_code == 404 and snapshot() == before
