"""manage.py suggest_links FILE [FILE ...] --out OUT.json [--top 3]

Extracts every file, embeds every claim, and writes what the workbench would
suggest between them, without the database:

    {"claims": [{"id", "file", "span", "text", "kind", "speaker", "speaker_id"}],
     "links": [{"from", "to", "relation", "score", "independent", "independence"}]}

Each claim keeps at most --top suggestions (best first), with the same
thresholds, relation rules and direction as the claim panel; opinions and
commitments are never offered, as in the panel. A claim id is
"<file stem>:<n>"; files are taken as published in the order given (a later
file's claim bears on an earlier one's). Speakers are the extractor's parties,
one across the files when they share a normalised name or alias (speaker_id is
that party's normalised name); whether two are independent is
claims.independence's rule, on the parents the extractor found ("Pentagon
spokesman Patrick Ryder" and "the Pentagon": not independent), as in the app.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from claims.matching.relations import ClaimFacts, article_setting, suggested

NOT_OFFERED = {"opinion", "commitment"}


@dataclass(eq=False)
class Party:
    """A party across the files, read by claims.independence as it reads a Speaker."""

    pk: int
    name: str
    parent: Party | None = None


class Parties:
    """The files' parties, one per normalised name or alias."""

    def __init__(self):
        from claims.extraction.speakers import alias_key

        self.key = alias_key
        self.by_key: dict[str, Party] = {}
        self.count = 0

    def get(self, names) -> Party | None:
        keys = [k for k in (self.key(n) for n in names if n) if k]
        if not keys:
            return None
        party = next((self.by_key[k] for k in keys if k in self.by_key), None)
        if party is None:
            self.count += 1
            party = Party(self.count, names[0])
        for k in keys:
            self.by_key.setdefault(k, party)
        return party

    def of_file(self, speakers) -> dict[str, Party]:
        """{party id in this file: Party}, with the parents the extractor found."""
        local = {}
        for p in speakers:
            party = self.get([p.name, *p.aliases])
            if party is not None:
                local[p.id] = party
        for p in speakers:
            child, parent = local.get(p.id), local.get(p.parent)
            if child is not None and parent is not None and child.parent is None:
                if parent is not child:
                    child.parent = parent
        return local


class Command(BaseCommand):
    requires_system_checks = []
    help = "Extract files and write the links the workbench would suggest between their claims."

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="+")
        parser.add_argument("--out", required=True, type=Path)
        parser.add_argument("--top", type=int, default=3)

    def handle(self, *args, files, out, top, **options):
        from claims.extraction import PipelineUnavailable, extract_many

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
        parties = Parties()
        for order, ((stem, text), records) in enumerate(zip(texts, extracted, strict=True)):
            local = parties.of_file(getattr(records, "speakers", []))
            setting = article_setting(text)
            for n, r in enumerate(records):
                party = local.get(r.speaker_id) or (parties.get([r.speaker]) if r.speaker else None)
                claims.append(
                    {
                        "id": f"{stem}:{n}",
                        "file": stem,
                        "span": list(r.span),
                        "text": r.text,
                        "kind": r.kind,
                        "speaker": r.speaker,
                        "speaker_id": parties.key(party.name) if party else None,
                        "_party": party,
                        "_facts": ClaimFacts(
                            r.text,
                            r.kind,
                            r.cue or "",
                            tuple(r.quantities),
                            (order, n),
                            tuple(r.entities or ()),
                            setting,
                        ),
                    }
                )
        links = suggest_among(claims, top)
        for c in claims:
            del c["_facts"], c["_party"]
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
    from claims.independence import independence
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
            mine, theirs = claim["_party"], other["_party"]
            typed = suggested(
                claim["_facts"],
                other["_facts"],
                similarity=float(similarity[i, j]),
                same_party=mine is not None and mine is theirs,
                same_article=claim["file"] == other["file"],
            )
            if typed is not None:
                a, b = (claim, other) if typed.forward else (other, claim)
                verdict = independence(mine, theirs, rivals=set())  # no adversaries in files
                found.append((float(similarity[i, j]), a["id"], b["id"], typed.relation, verdict))
        found.sort(key=lambda f: -f[0])
        for score, a, b, relation, verdict in found[:top]:
            if frozenset((a, b)) in seen:
                continue
            seen.add(frozenset((a, b)))
            links.append(
                {
                    "from": a,
                    "to": b,
                    "relation": relation,
                    "score": round(score, 3),
                    "independent": verdict.independent,
                    "independence": verdict.note,
                }
            )
    return links
