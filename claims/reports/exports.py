"""The report as JSON (a stable, documented schema: docs/report-json-schema.md)
and as CSV (one row per claim, for spreadsheets).

Both are rendered from `builder.Report`, so they say what the HTML says.
Bump SCHEMA_VERSION's major number for any change that removes or renames a
field or changes its type; adding a field bumps the minor number.
"""

from __future__ import annotations

import csv
import io

from django.conf import settings
from django.utils.text import slugify

from claims import status as statuses
from claims.reports.builder import CHECKWORTHY_THRESHOLD, Report, ReportClaim

SCHEMA_VERSION = "1.0"


def _dt(value) -> str | None:
    return value.isoformat() if value is not None else None


def _date(value) -> str | None:
    return value.isoformat() if value is not None else None


def status_dict(s: statuses.Status) -> dict:
    return {
        "value": s.value,
        "label": s.label,
        "description": s.description,
        "final": s.final,
        "averitec_label": s.averitec,
        "claimreview_rating": s.rating,
        "claimreview_rating_name": s.rating_name,
        "colour": s.colour,
        "text_colour": s.text_colour,
    }


def _speaker_dict(item: ReportClaim) -> dict:
    claim = item.claim
    return {
        "id": claim.speaker_id,
        "name": item.speaker,
        "kind": claim.speaker.kind if claim.speaker_id else None,
        "mention": claim.speaker_mention,
        "is_article_voice": claim.speaker_id is None and not claim.speaker_mention,
    }


def _claim_dict(item: ReportClaim, report_url: str) -> dict:
    claim = item.claim
    return {
        "id": claim.pk,
        "number": item.number,
        "anchor": item.anchor,
        "url": f"{report_url}#{item.anchor}",
        "text": claim.text,
        "start": claim.start,
        "end": claim.end,
        "kind": claim.kind,
        "is_headline": claim.is_headline,
        "speaker": _speaker_dict(item),
        "via": claim.via,
        "hedged": claim.hedged,
        "hedge": claim.hedge,
        "checkworthiness": claim.checkworthiness,
        "is_checkworthy": item.is_checkworthy,
        "quantities": claim.quantities,
        "status": item.status.value,
        "status_label": item.status.label,
        "averitec_label": item.status.averitec,
        "final": item.status.final,
        "rationale": claim.rationale,
        "evidence": [
            {
                "id": line.evidence.pk,
                "stance": line.evidence.stance,
                "excerpt": line.evidence.excerpt,
                "note": line.evidence.note,
                "independent": line.independent,
                "independence_note": line.independence_note,
                "source": {
                    "id": line.source.pk,
                    "url": line.source.url,
                    "title": line.source.title,
                    "publisher": line.source.publisher,
                    "published_at": _date(line.source.published_at),
                    "kind": line.source.kind,
                },
            }
            for line in item.evidence
        ],
        "links": [
            {
                "id": line.link.pk,
                "relation": line.relation,
                "direction": line.direction,
                "phrase": line.phrase,
                "sentence": line.sentence,
                "independent": line.independent,
                "independence_note": line.independence_note,
                "other_claim": {
                    "id": line.other.pk,
                    "text": line.other.text,
                    "speaker": line.other_speaker,
                    "status": line.other.status,
                    "article": None
                    if line.other_article is None
                    else {
                        "id": line.other_article.pk,
                        "title": line.other_article.title,
                        "url": line.other_article.url,
                    },
                },
            }
            for line in item.links
        ],
    }


def report_dict(report: Report, *, report_url: str, public_url: str | None) -> dict:
    """The JSON export. `report_url` is the canonical absolute report URL
    (the public one once published); claim urls are `report_url#claim-<id>`."""
    article, summary = report.article, report.summary
    return {
        "schema_version": SCHEMA_VERSION,
        "generated_at": _dt(report.generated_at),
        "organisation": {"name": settings.FACTCHECK_ORG_NAME, "url": settings.FACTCHECK_ORG_URL},
        "article": {
            "id": article.pk,
            "title": article.title,
            "url": article.url,
            "publisher": article.publisher,
            "byline": article.byline,
            "published_at": _dt(article.published_at),
        },
        "report": {
            "state": report.state,
            "url": report_url,
            "public_url": public_url,
            "published_at": _dt(report.published_at),
            "published_by": report.published_by or None,
            "reviewers": report.reviewers,
        },
        "summary": {
            "total_claims": summary.total,
            "by_status": {c.value: c.count for c in summary.by_status},
            "by_kind": {c.value: c.count for c in summary.by_kind},
            "checkworthy": {
                "threshold": CHECKWORTHY_THRESHOLD,
                "claims": summary.checkworthy,
                "verified": summary.checkworthy_verified,
                "verified_share": summary.verified_share,
            },
        },
        "claims": [_claim_dict(item, report_url) for item in report.claims],
        "statuses": [status_dict(s) for s in statuses.STATUSES],
    }


# --- CSV ----------------------------------------------------------------------

CSV_COLUMNS = (
    "article_id",
    "article_title",
    "report_state",
    "number",
    "claim_id",
    "claim_url",
    "text",
    "kind",
    "speaker",
    "via",
    "status",
    "status_label",
    "averitec_label",
    "rationale",
    "checkworthiness",
    "supporting_sources",
    "contradicting_sources",
    "context_sources",
    "sources",
    "links",
)

# A spreadsheet treats a cell starting with one of these as a formula (or, for
# tab and CR, may strip them and then see one): prefix a ' so it stays text.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value) -> str:
    text = "" if value is None else str(value)
    if text.startswith(FORMULA_PREFIXES):
        return "'" + text
    return text


def _source_line(line) -> str:
    s = line.source
    details = ", ".join(p for p in (s.publisher, _date(s.published_at)) if p)
    title = s.title or s.url
    text = f"{line.evidence.get_stance_display()}: {title}"
    if details:
        text += f" ({details})"
    text += f" <{s.url}>"
    if line.independence_note:
        text += f" [{line.independence_note}]"
    return text


def _link_line(line) -> str:
    text = line.sentence
    if line.independence_note:
        text += f" [{line.independence_note}]"
    return text


def csv_rows(report: Report, *, report_url: str):
    article = report.article
    for item in report.claims:
        claim = item.claim
        stances = [line.evidence.stance for line in item.evidence]
        yield [
            article.pk,
            article.title,
            report.state,
            item.number,
            claim.pk,
            f"{report_url}#{item.anchor}",
            claim.text,
            claim.get_kind_display(),
            item.speaker,
            claim.via,
            item.status.value,
            item.status.label,
            item.status.averitec or "",
            claim.rationale,
            f"{claim.checkworthiness:.2f}",
            stances.count("supports"),
            stances.count("contradicts"),
            stances.count("context"),
            "\n".join(_source_line(line) for line in item.evidence),
            "\n".join(_link_line(line) for line in item.links),
        ]


def report_csv(report: Report, *, report_url: str) -> bytes:
    """UTF-8 with a BOM (so Excel detects the encoding), every cell quoted (so
    embedded commas, quotes and newlines survive), CRLF rows, and formula
    injection neutralised."""
    out = io.StringIO()
    writer = csv.writer(out, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for row in csv_rows(report, report_url=report_url):
        writer.writerow([neutralise(cell) for cell in row])
    return out.getvalue().encode("utf-8-sig")


def filename(report: Report, extension: str) -> str:
    """A safe ASCII download name: factcheck-report-12-rebels-say-they-shot.csv"""
    slug = slugify(report.article.title)[:50].strip("-")
    name = f"factcheck-report-{report.article.pk}"
    return f"{name}-{slug}.{extension}" if slug else f"{name}.{extension}"
