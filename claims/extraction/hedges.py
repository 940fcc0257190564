"""Hedge cues.

Reporting hedges ("reportedly", "according to reports") pass a claim on
without owning it: the kind becomes *claim*.  Speculative hedges ("likely",
"may") make a statement an *opinion*.
"""

from __future__ import annotations

from .lexicon import BELIEF_PASSIVES, REPORTING_HEDGES, SPECULATIVE_ADVERBS, SPECULATIVE_MODALS
from .tokattrs import attrs, children_of


def find_hedge(doc, token_ids, main=None) -> tuple[str | None, str | None]:
    """Return (cue text, "reporting"|"speculative") or (None, None)."""
    a = attrs(doc)
    lower, lemma, tag = a.lower, a.lemma, a.tag
    for i in token_ids:
        low = lower[i]
        if low in REPORTING_HEDGES:
            return doc[i].text, "reporting"
        if low in SPECULATIVE_ADVERBS:
            t = doc[i]
            if t.dep_ in {"advmod", "acomp", "ROOT", "amod"} and not (
                t.dep_ == "amod" and t.head.pos_ == "NOUN"
            ):
                return t.text, "speculative"
        # "is believed to", "is said to" (the lowercased lemma first: the list is lowercase)
        if lemma[i] in BELIEF_PASSIVES and tag[i] == "VBN":
            t = doc[i]
            if (
                t.lemma_ in BELIEF_PASSIVES
                and any(c.dep_ == "auxpass" for c in t.children)
                and any(c.dep_ == "xcomp" for c in t.children)
            ):
                return f"{t.text} to", "reporting"
    if main is not None:
        for c in children_of(main):
            if (
                c.dep_ == "aux"
                and c.lower_ in SPECULATIVE_MODALS
                and not any(x.dep_ == "neg" for x in children_of(main))
            ):
                return c.text, "speculative"
    return None, None
