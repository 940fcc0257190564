"""Claims from a parsed article, stage by stage.

    segment       layout, units, headline, captions and boilerplate    segment.py
    attribute     speech frames: speaker mention, cue, content         attribute.py
    split         atomic clauses, elided subjects and verbs restored   split.py
    resolve       quotation speakers, pronouns, elided verb phrases,   resolve.py
                  clause-pointing demonstratives                        (ellipsis.py, coref.py)
    parties       speaker mentions clustered into parties              parties.py
    characterise  kind, hedge, quantities, entities, check-worthiness  characterise.py
    render        self-contained text, ClaimRecords                    render.py

Each stage reads what the one before produced (Unit -> Frames -> Piece ->
Resolved -> Characterised -> ClaimRecord, with the parties beside them) and the document's ``DocContext``;
word lists live in ``lexicon``, verb forms in ``morphology``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from .characterise import characterise
from .context import DocContext
from .loader import load_pipeline
from .parties import parties
from .records import ArticleClaims, ClaimRecord
from .render import render
from .resolve import resolve
from .segment import segment
from .split import split_units


def doc_to_claims(doc, text: str | None = None) -> list[ClaimRecord]:
    ctx = DocContext(doc, doc.text if text is None else text)
    units = segment(ctx)
    pieces = split_units(ctx, units)  # attribute + split, unit by unit
    resolved = resolve(ctx, pieces)
    speakers = parties(ctx, resolved)
    characterised = characterise(ctx, resolved)
    return ArticleClaims(render(ctx, characterised), speakers)


def extract(text: str, *, model: str | None = None) -> list[ClaimRecord]:
    """Claims in one article."""
    if not text or not text.strip():
        return []
    nlp = load_pipeline(model)
    return doc_to_claims(nlp(text), text)


def extract_many(
    texts: Iterable[str], *, batch_size: int = 16, n_process: int = 1, model: str | None = None
) -> Iterator[list[ClaimRecord]]:
    """Claims for many articles, parsed in batches with ``nlp.pipe``."""
    nlp = load_pipeline(model)
    for doc in nlp.pipe((t or "" for t in texts), batch_size=batch_size, n_process=n_process):
        yield doc_to_claims(doc, doc.text) if doc.text.strip() else []
