"""The JSON export (checked against its documented schema) and the CSV export."""

import csv
import io
import json

import pytest
from django.urls import reverse
from test_reports_support import TRICKY, XSS, published, reviewed  # noqa: F401

from claims import status as statuses
from claims.reports.exports import SCHEMA_VERSION, neutralise

pytestmark = pytest.mark.django_db

# --- the schema of docs/report-json-schema.md, as a tiny validator ------------------
# A type is a Python type, a tuple of alternatives (None = null), a dict (an
# object with exactly these keys), or a one-element list (an array of that).
OptStr = (str, None)
STATUS = {
    "value": str,
    "label": str,
    "description": str,
    "final": bool,
    "averitec_label": OptStr,
    "claimreview_rating": (int, None),
    "claimreview_rating_name": OptStr,
    "colour": str,
    "text_colour": str,
}
SOURCE = {
    "id": int,
    "url": str,
    "title": str,
    "publisher": str,
    "published_at": OptStr,
    "kind": str,
}
EVIDENCE = {
    "id": int,
    "stance": str,
    "excerpt": str,
    "note": str,
    "independent": bool,
    "independence_note": str,
    "source": SOURCE,
}
OTHER_ARTICLE = {"id": int, "title": str, "url": OptStr}
LINK = {
    "id": int,
    "relation": str,
    "direction": str,
    "phrase": str,
    "sentence": str,
    "independent": bool,
    "independence_note": str,
    "other_claim": {
        "id": int,
        "text": str,
        "speaker": str,
        "status": str,
        "article": (OTHER_ARTICLE, None),
    },
}
CLAIM = {
    "id": int,
    "number": int,
    "anchor": str,
    "url": str,
    "text": str,
    "start": int,
    "end": int,
    "kind": str,
    "is_headline": bool,
    "speaker": {
        "id": (int, None),
        "name": str,
        "kind": OptStr,
        "mention": str,
        "is_article_voice": bool,
    },
    "via": str,
    "hedged": bool,
    "hedge": str,
    "checkworthiness": (float, int),
    "is_checkworthy": bool,
    "quantities": [dict],
    "status": str,
    "status_label": str,
    "averitec_label": OptStr,
    "final": bool,
    "rationale": str,
    "evidence": [EVIDENCE],
    "links": [LINK],
}
SCHEMA = {
    "schema_version": str,
    "generated_at": str,
    "organisation": {"name": str, "url": str},
    "article": {
        "id": int,
        "title": str,
        "url": OptStr,
        "publisher": str,
        "byline": str,
        "published_at": OptStr,
    },
    "report": {
        "state": str,
        "url": str,
        "public_url": OptStr,
        "published_at": OptStr,
        "published_by": OptStr,
        "reviewers": [str],
    },
    "summary": {
        "total_claims": int,
        "by_status": {s.value: int for s in statuses.STATUSES},
        "by_kind": {
            k: int
            for k in (
                "claim",
                "confirmation",
                "denial",
                "statistic",
                "fact",
                "opinion",
                "commitment",
            )
        },
        "checkworthy": {
            "threshold": float,
            "claims": int,
            "verified": int,
            "verified_share": (float, int, None),
        },
    },
    "claims": [CLAIM],
    "statuses": [STATUS],
}


def validate(value, schema, path="$"):
    if isinstance(schema, tuple):
        errors = []
        for alternative in schema:
            if alternative is None:
                if value is None:
                    return
                continue
            try:
                validate(value, alternative, path)
                return
            except AssertionError as exc:
                errors.append(str(exc))
        raise AssertionError(f"{path}: {value!r} matches none of {schema}: {errors}")
    if isinstance(schema, dict):
        assert isinstance(value, dict), f"{path}: expected an object, got {value!r}"
        assert set(value) == set(schema), (
            f"{path}: keys differ: missing {set(schema) - set(value)}, "
            f"unexpected {set(value) - set(schema)}"
        )
        for key, sub in schema.items():
            validate(value[key], sub, f"{path}.{key}")
        return
    if isinstance(schema, list):
        assert isinstance(value, list), f"{path}: expected an array, got {value!r}"
        for i, item in enumerate(value):
            validate(item, schema[0], f"{path}[{i}]")
        return
    if schema is float:
        ok = isinstance(value, float) or (isinstance(value, int) and not isinstance(value, bool))
    elif schema is int:
        ok = isinstance(value, int) and not isinstance(value, bool)
    else:
        ok = isinstance(value, schema)
    assert ok, f"{path}: expected {schema.__name__}, got {value!r}"


def test_the_json_export_matches_its_schema(reviewer_client, reviewed):
    response = reviewer_client.get(reverse("report_json", args=[reviewed.article.pk]))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    data = json.loads(response.content)
    validate(data, SCHEMA)
    assert data["schema_version"] == SCHEMA_VERSION == "1.0"
    assert data["report"]["state"] == "draft" and data["report"]["public_url"] is None
    assert data["report"]["reviewers"] == ["eddie", "rita"]
    assert data["summary"]["total_claims"] == 5
    assert data["summary"]["by_status"]["contradicted"] == 1
    assert data["summary"]["checkworthy"] == {
        "threshold": 0.5,
        "claims": 5,
        "verified": 4,
        "verified_share": 0.8,
    }
    by_id = {c["id"]: c for c in data["claims"]}
    assert [c["number"] for c in data["claims"]] == [1, 2, 3, 4, 5]
    rebel = by_id[reviewed.rebel.pk]
    assert rebel["status"] == "contradicted" and rebel["averitec_label"] == "Refuted"
    assert rebel["url"].endswith(
        f"/articles/{reviewed.article.pk}/report/#claim-{reviewed.rebel.pk}"
    )
    assert rebel["evidence"][0]["stance"] == "contradicts"
    assert rebel["evidence"][0]["source"]["published_at"] == "2024-02-07"
    assert rebel["links"][0]["phrase"] == "contradicted by"
    ministry = by_id[reviewed.ministry.pk]
    assert ministry["speaker"]["kind"] == "government"
    assert ministry["evidence"][0]["independent"] is False
    repeat = [link for link in ministry["links"] if link["relation"] == "repeats"][0]
    assert repeat["direction"] == "in" and repeat["independent"] is False
    assert repeat["independence_note"] == "not independent: same speaker"
    assert repeat["other_claim"]["article"]["title"] == "Ministry repeats denial"
    assert by_id[reviewed.soldiers.pk]["speaker"]["is_article_voice"] is True
    assert by_id[reviewed.soldiers.pk]["speaker"]["name"] == "Wire"
    assert by_id[reviewed.xss.pk]["text"] == XSS
    assert [s["value"] for s in data["statuses"]] == [s.value for s in statuses.STATUSES]
    assert {s["value"]: s["averitec_label"] for s in data["statuses"]}[
        "unverified"
    ] == "Not Enough Evidence"


def test_the_json_export_of_a_published_report_uses_the_public_link(editor_client, published):
    data = editor_client.get(reverse("report_json", args=[published.article.pk])).json()
    validate(data, SCHEMA)
    token = published.article.report_token
    assert data["report"]["state"] == "published"
    assert data["report"]["public_url"] == f"http://testserver/r/{token}/"
    assert data["report"]["published_by"] == "eddie"
    assert data["report"]["published_at"].startswith(
        published.article.report_published_at.date().isoformat()
    )
    assert all(c["url"].startswith(f"http://testserver/r/{token}/#claim-") for c in data["claims"])


def test_the_json_download_is_an_attachment(reviewer_client, reviewed):
    url = reverse("report_json", args=[reviewed.article.pk])
    response = reviewer_client.get(url + "?download=1")
    assert response["Content-Disposition"].startswith("attachment;")


def _csv(response):
    raw = response.content
    assert raw.startswith(b"\xef\xbb\xbf"), "UTF-8 with a BOM, for Excel"
    text = raw[3:].decode("utf-8")
    return list(csv.reader(io.StringIO(text, newline="")))


def test_the_csv_has_one_row_per_claim_and_round_trips_the_texts(reviewer_client, reviewed):
    response = reviewer_client.get(reverse("report_csv", args=[reviewed.article.pk]))
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    disposition = response["Content-Disposition"]
    assert disposition == (
        f'attachment; filename="factcheck-report-{reviewed.article.pk}-'
        'rebels-say-they-shot-down-a-helicopter.csv"'
    )
    rows = _csv(response)
    header, body = rows[0], rows[1:]
    assert header[:7] == [
        "article_id",
        "article_title",
        "report_state",
        "number",
        "claim_id",
        "claim_url",
        "text",
    ]
    assert len(body) == 5
    texts = {int(r[header.index("claim_id")]): r[header.index("text")] for r in body}
    # Exactly the claim texts, commas, quotes and newlines included; the one
    # starting with "=" carries the neutralising apostrophe and nothing else.
    assert texts[reviewed.tricky.pk] == "'" + TRICKY
    assert texts[reviewed.xss.pk] == XSS
    assert texts[reviewed.rebel.pk] == reviewed.rebel.text
    status = {int(r[header.index("claim_id")]): r[header.index("status_label")] for r in body}
    assert status[reviewed.rebel.pk] == "Contradicted"
    rebel = [r for r in body if int(r[header.index("claim_id")]) == reviewed.rebel.pk][0]
    assert rebel[header.index("rationale")] == (
        "Satellite imagery shows the helicopter at its base the next day.\nSee sources."
    )
    assert "<https://imagery.example/base-2024-02-07>" in rebel[header.index("sources")]
    assert rebel[header.index("contradicting_sources")] == "1"
    assert "contradicted by Ministry of Defence" in rebel[header.index("links")]
    # Every cell is quoted and rows end in CRLF (what spreadsheets expect).
    raw = response.content[3:].decode()
    assert raw.startswith('"article_id","article_title",') and raw.count("\r\n") >= 6


@pytest.mark.parametrize(
    "value, expected",
    [
        ("=1+1", "'=1+1"),
        ("+SUM(A1)", "'+SUM(A1)"),
        ("-2", "'-2"),
        ("@cmd", "'@cmd"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("plain, text", "plain, text"),
        ("", ""),
        (None, ""),
        (5, "5"),
        ("a=b", "a=b"),
    ],
)
def test_csv_cells_cannot_be_formulas(value, expected):
    assert neutralise(value) == expected


def test_an_article_without_claims_exports_cleanly(reviewer_client, reviewed):
    other = reviewed.other_article
    other.claims.all().delete()
    data = reviewer_client.get(reverse("report_json", args=[other.pk])).json()
    validate(data, SCHEMA)
    assert data["claims"] == [] and data["summary"]["checkworthy"]["verified_share"] is None
    rows = _csv(reviewer_client.get(reverse("report_csv", args=[other.pk])))
    assert len(rows) == 1
    html = reviewer_client.get(reverse("report", args=[other.pk])).content.decode()
    assert "No claims were found" in html
