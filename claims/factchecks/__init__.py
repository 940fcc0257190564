"""The fact-check library's pure layer (no ORM): reading published fact-checks
(schema.org ClaimReview JSON-LD, JSONL) into plain records, and normalising
their ratings into a verdict and the evidence stance that verdict implies.

Writes are in claims.services.factchecks; the panel's lookup in
claims.factcheck_matches.
"""
