"""What is still open in a report: shown to the editor before publishing
(the publish step) and, once published, in the report itself ("published
with N open items").

Pure: it reads a builder.Report (no queries). Four kinds of open item:
- check-worthy claims without a final status (marked "not checkable" counts as decided),
- claims with no evidence (those that are check-worthy or have a verdict),
- links nobody has confirmed yet (e.g. written by the matcher),
- confirmations that are not independent (a link or a source from the claim's own speaker).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from claims.reports.builder import Report, ReportClaim

DECIDED_WITHOUT_VERDICT = "not_checkable"


@dataclass
class OpenItem:
    claim: ReportClaim
    detail: str = ""


@dataclass
class OpenKind:
    key: str
    label: str  # plural noun phrase: "check-worthy claims without a final status"
    singular: str
    items: list[OpenItem] = field(default_factory=list)

    @property
    def count(self) -> int:
        return len(self.items)

    @property
    def phrase(self) -> str:
        return f"{self.count} {self.singular if self.count == 1 else self.label}"


@dataclass
class Readiness:
    kinds: list[OpenKind]

    @property
    def remaining(self) -> int:
        return sum(k.count for k in self.kinds)

    @property
    def ready(self) -> bool:
        return self.remaining == 0

    @property
    def open_kinds(self) -> list[OpenKind]:
        return [k for k in self.kinds if k.count]


def readiness(report: Report) -> Readiness:
    unfinished = OpenKind(
        "unfinished",
        "check-worthy claims without a final status",
        "check-worthy claim without a final status",
    )
    no_evidence = OpenKind("no_evidence", "claims with no evidence", "claim with no evidence")
    unconfirmed = OpenKind("unconfirmed_links", "links not yet confirmed", "link not yet confirmed")
    dependent = OpenKind(
        "not_independent",
        "confirmations that are not independent",
        "confirmation that is not independent",
    )
    seen_links: set[int] = set()
    for rc in report.claims:
        decided = rc.status.final or rc.status.value == DECIDED_WITHOUT_VERDICT
        if rc.is_checkworthy and not decided:
            unfinished.items.append(OpenItem(rc, rc.status.label))
        if (
            not rc.evidence
            and rc.status.value != DECIDED_WITHOUT_VERDICT
            and (rc.is_checkworthy or rc.status.final)
        ):
            no_evidence.items.append(OpenItem(rc, rc.status.label))
        for line in rc.links:
            if line.link.confirmed_at is None and line.link.pk not in seen_links:
                seen_links.add(line.link.pk)
                unconfirmed.items.append(OpenItem(rc, line.sentence))
            if line.phrase == "confirmed by" and not line.independent:
                dependent.items.append(OpenItem(rc, f"{line.sentence} — {line.independence_note}"))
        for ev in rc.evidence:
            if ev.evidence.stance == "supports" and not ev.independent:
                dependent.items.append(
                    OpenItem(
                        rc, f"source {ev.source.title or ev.source.url} — {ev.independence_note}"
                    )
                )
    return Readiness([unfinished, no_evidence, unconfirmed, dependent])
