"""The extractor's output record, in the scorer's schema plus extras."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field


@dataclass
class ClaimRecord:
    text: str
    span: tuple[int, int]
    kind: str = "fact"
    speaker: str | None = None
    speaker_span: tuple[int, int] | None = None
    speaker_kind: str | None = None
    cue: str | None = None
    cue_span: tuple[int, int] | None = None
    via: str | None = None
    hedged: bool = False
    hedge: str | None = None
    quantities: list[dict] = field(default_factory=list)
    entities: list[dict] = field(default_factory=list)
    checkworthiness: float = 0.5
    headline: bool = False
    speaker_id: str | None = None  # the party (ArticleClaims.speakers) the speaker is

    def as_dict(self) -> dict:
        d = asdict(self)
        d["span"] = list(self.span)
        d["speaker_span"] = list(self.speaker_span) if self.speaker_span else None
        d["cue_span"] = list(self.cue_span) if self.cue_span else None
        return d


class ArticleClaims(list):
    """One article's ClaimRecords, with ``speakers``: the parties who speak
    (parties.Party), each record's ``speaker_id`` naming one of them."""

    def __init__(self, records=(), speakers=()):
        super().__init__(records)
        self.speakers = list(speakers)
