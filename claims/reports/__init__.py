"""Verification reports: one selector builds the report data for an article
(`builder.build_report`); the HTML page, the JSON and CSV exports and the
ClaimReview JSON-LD are all rendered from that one structure, so they agree.

Status labels, colours, footnote text and ratings come from `claims.status`.
"""
