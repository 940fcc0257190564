"""Reporting continuation: an account in the article's voice that is still
someone's account.

"The SITE Intelligence Group said the militants stormed a hotel. The militants
killed 14 guests." -- the second sentence goes on with what SITE reported, so
it keeps SITE as its source.  A sentence takes the speaker of the sentence
just before it when

- both are in the same paragraph and the one before ends with that speaker's
  reported content (not the speaker's own act: "Ouattara called them cowards");
- it has no speaker, hedge or question of its own;
- its subject is the topic of what the speaker said: the same noun as the
  subject of the reported clause ("the militants" ... "The militants"), or a
  pronoun that stands for it ("They also took hostages"), and not the speaker
  ("Beugré said ... He then called the police" is the article's narration);
  when the speaker reports what they saw ("He says he saw a gunman arrive"), the
  person seen is the topic, also by another name ("The attacker wore ...");
- the account before it was reported, not quoted word for word (after a closed
  quotation the unquoted sentence is the article's narration);
- it carries no mark of the article's own background: a date or time the
  sentence before did not give ("last year", "in 2019"), a background adverb
  ("previously", "earlier"), or a definition ("The group is an offshoot of ...").
"""

from __future__ import annotations

from itertools import pairwise

from .lexicon import (
    BACKGROUND_ADVERBS,
    PERCEPTION_VERBS,
    PERPETRATOR_NOUNS,
    PERSON_NOUNS,
    PERSON_PRONOUNS,
    REPORTING_HEDGES,
)
from .tokattrs import attrs

_PRONOUN_CLASS = {"he": "person", "she": "person", "it": "single", "they": "plural"}


def _content_subject(doc, pc):
    """The subject of the clause the speaker's verb reports (not of a clause nested
    deeper: "The engineers said images showed that the blades broke" -> "images")."""
    a = pc.attr
    if a is None or not a.cue_span or pc.main is None:
        return None
    ta, m = attrs(doc), pc.main.i
    cue = next(
        (doc[k] for k in range(ta.sent_start[m], ta.sent_end[m]) if ta.idx[k] == a.cue_span[0]),
        None,
    )
    if cue is None:
        return pc.subject
    clause = pc.main
    while clause.head.i != clause.i and clause.head.i != cue.i:
        clause = clause.head
    if clause.head.i != cue.i:
        return pc.subject if pc.main.i != cue.i else None
    return next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None)


def _is_speaker(subj, attr) -> bool:
    if attr.speaker_span and attr.speaker_span[0] <= subj.idx < attr.speaker_span[1]:
        return True
    if subj.pos_ == "PRON":
        low = subj.lower_
        return (low in PERSON_PRONOUNS and attr.speaker_kind == "person") or (
            low in {"it", "they"} and attr.speaker_kind not in ("person", None)
        )
    return bool(attr.speaker) and subj.text in attr.speaker


def _perceived(topic):
    """ "He says he saw a gunman arrive": when the speaker reports what they saw, the
    account is about the person seen."""
    verb = topic.head
    if verb.lemma_.lower() not in PERCEPTION_VERBS:
        return None
    for c in verb.children:
        if c.dep_ in {"dobj", "ccomp", "xcomp"} and c.i > verb.i:
            seen = [t for t in c.subtree if t.lemma_.lower() in PERSON_NOUNS and t.tag_ == "NN"]
            if len(seen) == 1:
                return seen[0]
    return None


def _same_topic(ctx, subj, topic) -> bool:
    if subj.pos_ != "PRON":
        if topic.pos_ == "PRON" or subj.pos_ not in {"NOUN", "PROPN"}:
            return False
        if subj.lemma_.lower() == topic.lemma_.lower():
            return True
        # "a gunman" ... "The attacker": the one person seen, by another name
        return (
            subj.lower_ in PERPETRATOR_NOUNS
            and topic.lower_ in PERPETRATOR_NOUNS
            and subj.tag_ == topic.tag_
            and any(c.dep_ == "det" and c.lower_ == "the" for c in subj.children)
        )
    if topic.pos_ == "PRON" or subj.lower_ not in _PRONOUN_CLASS:
        return False
    name = ctx.antecedents().lookup(subj)
    return bool(name) and name.lower().endswith(topic.text.lower())


def _background(ctx, unit_pieces, prev_pieces) -> bool:
    doc = ctx.doc
    ids = sorted({i for pc in unit_pieces for i in pc.order})
    before = " ".join(ctx.render(pc.order) for pc in prev_pieces).lower()
    for i in ids:
        t = doc[i]
        if t.lower_ in BACKGROUND_ADVERBS or t.lower_ in REPORTING_HEDGES:
            return True  # "previously", or a source of its own ("reportedly")
        if t.ent_type_ in {"DATE", "TIME"} and t.ent_iob_ == "B":
            ent = ctx.ent_of()[i]  # (the entity that starts here)
            if ent.text.lower() not in before:
                return True
    main = unit_pieces[0].main
    if main is not None and main.lemma_ == "be":
        attr = next((c for c in main.children if c.dep_ == "attr"), None)
        if attr is not None and any(
            c.dep_ == "det" and c.lower_ in {"a", "an"} for c in attr.children
        ):
            return True  # "The group is an offshoot of ...": the article explains
    return False


def continue_accounts(ctx, pieces) -> None:
    """Give the sentences that go on with a reported account its speaker."""
    doc = ctx.doc
    units: list[list] = []
    for pc in pieces:
        if units and units[-1][0].unit == pc.unit:
            units[-1].append(pc)
        else:
            units.append([pc])
    for prev, cur in pairwise(units):
        if cur[0].paragraph != prev[0].paragraph or cur[0].headline:
            continue
        last = prev[-1]
        a = last.attr
        if a is None or not a.speaker or last.speech_act or last.question:
            continue
        if any(pc.attr is not None or pc.question or pc.speech_act for pc in cur):
            continue
        first = next((pc for pc in cur if pc.subject is not None), None)
        topic = _content_subject(doc, last)
        if topic is not None and _is_speaker(topic, a):
            topic = _perceived(topic)  # "he saw a gunman arrive": the gunman
        if first is None or topic is None or _is_speaker(topic, a):
            continue
        if ctx.layout.quote_at(topic.idx) is not None:
            # the account was quoted, word for word ("'... Okonkwo voted for every
            # dollar,' he said. Okonkwo shook her head"): the quotation closed, so what
            # follows unquoted is the article's narration, not more of the speaker's words
            continue
        subj = first.subject
        # a pronoun is the topic when it stands for it (then it is not the speaker)
        if (subj.pos_ != "PRON" and _is_speaker(subj, a)) or not _same_topic(ctx, subj, topic):
            continue
        if _background(ctx, cur, prev):
            continue
        for pc in cur:
            pc.attr = a
            pc.continued = True
