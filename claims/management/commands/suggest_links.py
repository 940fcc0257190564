"""manage.py suggest_links FILE [FILE ...] --out OUT.json [--top 3]

Extracts every file, embeds every claim, and writes what the workbench would
suggest between them, without the database:

    {"claims": [{"id", "file", "span", "text", "kind", "speaker", "speaker_id"}],
     "links": [{"from", "to", "relation", "score", "independent"}]}

Each claim keeps at most --top suggestions (best first), with the same
thresholds, relation rules and direction as the claim panel; opinions and
commitments are never offered, as in the panel. A claim id is
"<file stem>:<n>"; files are taken as published in the order given (a later
file's claim bears on an earlier one's). Speakers are identified by their
normalised name, so the same party in two files is one speaker_id.
"""

from __future__ import annotations

import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from claims.matching.relations import ClaimFacts, suggested

NOT_OFFERED = {"opinion", "commitment"}


class Command(BaseCommand):
    requires_system_checks = []
    help = "Extract files and write the links the workbench would suggest between their claims."

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="+")
        parser.add_argument("--out", required=True, type=Path)
        parser.add_argument("--top", type=int, default=3)

    def handle(self, *args, files, out, top, **options):
        from claims.extraction import PipelineUnavailable, extract_many, speaker_key

        if top < 1:
            raise CommandError("--top must be at least 1")
        texts = []
        for name in files:
            try:
                texts.append((Path(name).stem, Path(name).read_bytes().decode("utf-8")))
            except (OSError, UnicodeDecodeError) as exc:
                raise CommandError(f"{name}: cannot read as UTF-8 text ({exc})") from exc
        try:
            extracted = list(extract_many([t for _, t in texts]))
        except PipelineUnavailable as exc:
            raise CommandError(str(exc)) from exc
        claims = []
        for order, ((stem, _), records) in enumerate(zip(texts, extracted)):
            for n, r in enumerate(records):
                key = speaker_key(r.speaker) if r.speaker else None
                claims.append(
                    {
                        "id": f"{stem}:{n}",
                        "file": stem,
                        "span": list(r.span),
                        "text": r.text,
                        "kind": r.kind,
                        "speaker": r.speaker,
                        "speaker_id": key or None,
                        "_facts": ClaimFacts(
                            r.text,
                            r.kind,
                            r.cue or "",
                            tuple(r.quantities),
                            (order, n),
                            tuple(r.entities or ()),
                        ),
                    }
                )
        links = suggest_among(claims, top)
        for c in claims:
            del c["_facts"]
        try:
            out.write_text(
                json.dumps({"claims": claims, "links": links}, indent=1, ensure_ascii=False),
                encoding="utf-8",
            )
        except OSError as exc:
            raise CommandError(f"{out}: cannot write ({exc})") from exc
        self.stdout.write(f"{len(claims)} claims, {len(links)} suggested links -> {out}")


def suggest_among(claims: list[dict], top: int) -> list[dict]:
    """For each claim, its best `top` suggestions among the others (one link
    per pair: a pair suggested from both sides is written once)."""
    from claims.matching import embed

    if not claims:
        return []
    vectors = embed([c["text"] for c in claims])
    similarity = vectors @ vectors.T
    links, seen = [], set()
    for i, claim in enumerate(claims):
        found = []
        for j, other in enumerate(claims):
            if i == j or other["kind"] in NOT_OFFERED:
                continue
            same_party = bool(claim["speaker_id"]) and claim["speaker_id"] == other["speaker_id"]
            typed = suggested(
                claim["_facts"],
                other["_facts"],
                similarity=float(similarity[i, j]),
                same_party=same_party,
                same_article=claim["file"] == other["file"],
            )
            if typed is not None:
                a, b = (claim, other) if typed.forward else (other, claim)
                found.append(
                    (float(similarity[i, j]), a["id"], b["id"], typed.relation, not same_party)
                )
        found.sort(key=lambda f: -f[0])
        for score, a, b, relation, independent in found[:top]:
            if frozenset((a, b)) in seen:
                continue
            seen.add(frozenset((a, b)))
            links.append(
                {
                    "from": a,
                    "to": b,
                    "relation": relation,
                    "score": round(score, 3),
                    "independent": independent,
                }
            )
    return links
