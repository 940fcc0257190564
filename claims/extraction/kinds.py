"""Claim kinds from the cue, the main predicate, hedges and numbers."""

from __future__ import annotations

from .attribute import is_agent
from .lexicon import (
    COMMIT,
    COMMIT_ADJ,
    COMMIT_MODALS,
    CONFIRM,
    DENIAL_PREDICATES,
    DENY,
    DEONTIC,
    EVALUATIVE_FIRST,
    INSIST,
    OPINION_VERBS_FIRST,
    STANCE,
    STATIVE,
)
from .quantities import is_statistical
from .tokattrs import children_of


def _subject(main):
    v = main
    for _ in range(4):
        for c in v.children:
            if c.dep_ in {"nsubj", "nsubjpass", "expl"}:
                return c
        if v.dep_ in {"conj", "xcomp"} and v.head is not v:
            v = v.head
        else:
            break
    return None


def _agentive(main, speaker=None) -> bool:
    """A modal makes a commitment only when someone commits: an agent subject
    doing something volitional ("we will rebuild", "the US would take"), or a
    passive plan ("will be kept confidential").  "This license will be in effect"
    and "the price will rise" are plain statements about the future."""
    if any(c.dep_ == "auxpass" for c in children_of(main)):
        return main.lemma_.lower() not in STATIVE
    subj = _subject(main)
    if (
        subj is None
        or (subj.lower_ == "it" and not speaker)
        or subj.dep_ == "expl"
        or not is_agent(subj)
    ):
        return False
    return main.lemma_.lower() not in STATIVE


def is_demand(main) -> bool:
    """ "The investigation must be swift": an obligation laid on something, an opinion."""
    return main is not None and any(
        c.dep_ == "aux" and c.lower_ in DEONTIC for c in children_of(main)
    )


def is_commitment(main, speaker=None) -> bool:
    if main is None:
        return False
    for c in children_of(main):
        if c.dep_ in {"aux", "auxpass"} and c.lower_ in COMMIT_MODALS:
            return _agentive(main, speaker)
        if (
            c.dep_ == "aux"
            and c.lower_ == "going"
            or (c.dep_ == "xcomp" and main.lower_ == "going")
        ):
            return _agentive(main, speaker)
        if c.dep_ == "acomp" and c.lower_ in COMMIT_ADJ:
            return True
    if (
        main.lemma_.lower() in COMMIT
        and main.lemma_.lower() != "commit"
        and main.pos_ == "VERB"
        and not any(c.dep_ == "auxpass" for c in children_of(main))
        and any(c.dep_ in {"xcomp", "ccomp"} for c in children_of(main))
    ):
        return True
    if main.lower_ in COMMIT_ADJ and any(
        c.dep_
        in {
            "xcomp",
        }
        or (c.dep_ == "prep" and c.lower_ == "to")
        for c in children_of(main)
    ):
        return True  # "we are committed to ...", not "they have committed crimes"
    return False


def _negated(main) -> bool:
    return main is not None and any(
        c.dep_ == "neg"
        or c.lower_
        in {
            "never",
        }
        for c in children_of(main)
    )


def classify(
    *,
    main,
    cue_lemma,
    speaker,
    speech_act,
    hedge_type,
    quantities,
    subject_lower=None,
    hedge_is_adverb=False,
    evidence=False,
    cue_negated=False,
) -> str:
    cue = (cue_lemma or "").lower()
    if cue in DENY:
        return "denial"
    if cue in CONFIRM:
        # "could not confirm that ...": not a confirmation but its refusal
        return "denial" if cue_negated else "confirmation"
    if cue in COMMIT:
        return "commitment"
    if speech_act and cue in STANCE:
        return "opinion"
    if hedge_type == "speculative" and hedge_is_adverb:
        return "opinion"  # "will likely rise" is a forecast, not a promise
    if is_commitment(main, speaker):
        return "commitment"
    if is_demand(main):
        return "opinion"
    if _negated(main) and (cue in INSIST or (speaker and main.lemma_.lower() in DENIAL_PREDICATES)):
        return "denial"
    if hedge_type == "speculative":
        return "opinion"
    if evidence and is_statistical(quantities):
        return "statistic"  # "Polls show the senator trailing by six points"
    if speaker or hedge_type == "reporting":
        return "claim"
    if (
        subject_lower in {"i", "we"}
        and main is not None
        and (
            main.lemma_.lower() in OPINION_VERBS_FIRST
            or any(c.dep_ == "acomp" and c.lower_ in EVALUATIVE_FIRST for c in children_of(main))
            or main.lower_ in EVALUATIVE_FIRST
        )
    ):
        return "opinion"
    if is_statistical(quantities):
        return "statistic"
    return "fact"
