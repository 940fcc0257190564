"""Stage 5, characterise: what sort of claim each resolved piece is.

Kind, hedge, quantities, entities and a check-worthiness prior, from the
piece's tokens, its predicate and its attribution.
"""

from __future__ import annotations

from dataclasses import dataclass

from .checkworthiness import score as cw_score
from .hedges import find_hedge
from .kinds import classify
from .lexicon import FUTURE_AUX
from .quantities import counted, find_quantities
from .resolve import Resolved, trim
from .tokattrs import attrs, children_of


@dataclass
class Characterised:
    resolved: Resolved
    span: tuple[int, int]
    kind: str
    hedge: str | None
    quantities: list
    entities: list
    checkworthiness: float


def evidence_span(ctx, r: Resolved) -> tuple[int, int]:
    """Character span of the claim's evidence in the text."""
    doc, a, excluded = ctx.doc, attrs(ctx.doc), ctx.excluded()
    pc = r.piece
    space = a.is_space
    src = [i for i in (pc.span_ids or r.ids) if not space[i] and not excluded[i]]
    src = trim(doc, src) or src
    idx, end = a.idx, a.end
    return min(map(idx.__getitem__, src)), max(map(end.__getitem__, src))


def cue_negated(doc, cue_span) -> bool:
    """The speech verb is negated: "could not confirm", "did not confirm",
    "was unable to confirm", "is not able to verify"."""
    if not cue_span:
        return False
    span = doc.char_span(*cue_span)
    if span is None:
        return False
    cue = span.root
    if any(c.dep_ == "neg" for c in cue.children):
        return True
    head = cue.head  # "unable to confirm", "not able to confirm"
    return cue.dep_ == "xcomp" and (
        head.lower_ == "unable"
        or (head.lower_ == "able" and any(c.dep_ == "neg" for c in head.children))
        or any(c.dep_ == "neg" for c in head.children if head.lemma_ == "be")
    )


def characterise_one(ctx, r: Resolved) -> Characterised:
    doc, excluded = ctx.doc, ctx.excluded()
    pc, ids, attr = r.piece, r.ids, r.attr
    s, e = evidence_span(ctx, r)
    scan = list(ids) + [i for i in pc.attr_ids if not excluded[i]]
    hedge, htype = find_hedge(doc, scan, pc.main)
    if attr is not None and attr.hedge and not hedge:
        hedge, htype = attr.hedge, "reporting"
    quantities = find_quantities(doc, ids if not pc.span_ids else pc.order)
    ents = ctx.entities_in(s, e)
    speaker = attr.speaker if attr is not None else None
    kind = classify(
        cue_negated=attr is not None and cue_negated(doc, attr.cue_span),
        main=pc.main,
        cue_lemma=attr.cue_lemma if attr is not None and speaker else None,
        speaker=speaker,
        speech_act=pc.speech_act,
        hedge_type=htype,
        quantities=quantities,
        subject_lower=pc.subject.lower_ if pc.subject is not None else None,
        hedge_is_adverb=bool(hedge) and hedge.lower() not in {"may", "might", "could"},
        evidence=bool(speaker) and attr.evidence,
    )
    future = pc.main is not None and any(
        c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in children_of(pc.main)
    )
    cw = cw_score(
        kind,
        quantities=counted(quantities),
        entities=ents,
        hedge_type=htype,
        headline=pc.headline,
        n_words=r.n_words,
        future=future,
        anaphoric=r.anaphoric,
    )
    return Characterised(r, (s, e), kind, hedge, quantities, ents, cw)


def characterise(ctx, resolved) -> list[Characterised]:
    return [characterise_one(ctx, r) for r in resolved]
