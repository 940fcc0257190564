"""The reporters' own "they": a plural pronoun inside what a group reports, deeper than
the reported subject, that can only be the group itself.

"Residents said the water rose so quickly that they had no time to move their
belongings": once the claim is the content alone ("The water rose so quickly that they
had no time ..."), the pronoun would dangle; it stands for the residents when nothing
else in the sentence or in the one before could be "they".  The reported subject itself
("Officials said they were investigating") is resolve_pronouns' business.
"""

from __future__ import annotations

from .lexicon import AGENT_NOUNS, AGENT_SUFFIXES, NOT_AGENTS, PERSON_NOUNS
from .tokattrs import attrs, sent_of

_PLURAL_PRONOUNS = frozenset({"they", "them", "their"})
_RIVAL_PRONOUNS = frozenset({"they", "them", "their", "we", "us", "our"})
_ACTING_WORDS = PERSON_NOUNS | AGENT_NOUNS
_NOT_REFERRING = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL"})


def _can_act(t) -> bool:
    """People, groups and bodies ("residents", "aid agencies", "the rebels")."""
    if t.ent_type_ in {"ORG", "NORP"}:
        return True
    low, lemma = t.lower_, t.lemma_.lower()
    if {low, lemma} & _ACTING_WORDS:
        return True
    return t.pos_ == "NOUN" and lemma.endswith(AGENT_SUFFIXES) and lemma not in NOT_AGENTS


def _plural_mention(t) -> bool:
    """Could ``t`` be what a "they" stands for (a set, a body, a plural pronoun)?"""
    if t.pos_ == "PRON":
        return t.lower_ in _RIVAL_PRONOUNS
    if t.pos_ == "NUM" and t.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj"}:
        return True  # "the three had been reunited ..."
    if t.pos_ not in {"NOUN", "PROPN"} or t.ent_type_ in _NOT_REFERRING:
        return False
    return t.tag_ in {"NNS", "NNPS"} or t.ent_type_ in {"ORG", "NORP"}


def _rival_before(ctx, sent, speaker_ids) -> bool:
    """A set that can act in the sentence before (same paragraph), other than the
    reporters named again; a "they" there counts unless the coreference walk knows
    it for things ("They caused the river to overflow": the rains)."""
    doc = ctx.doc
    if sent.start == 0:
        return False
    prev = sent_of(doc[sent.start - 1])
    if ctx.layout.paragraph(prev.root.idx) != ctx.layout.paragraph(sent.root.idx):
        return False
    own = {doc[i].lemma_.lower() for i in speaker_ids}
    for t in prev:
        if not _plural_mention(t) or t.lemma_.lower() in own:
            continue
        if t.pos_ == "PRON":
            name = ctx.antecedents().lookup(t) if t.lower_ == "they" else None
            head = name.split()[-1].lower() if name else ""
            if head and not name[:1].isupper() and not head.endswith(AGENT_SUFFIXES):
                if head not in _ACTING_WORDS:
                    continue  # "They caused the river to overflow": the rains
            return True
        if _can_act(t):
            return True
    return False


def reporters_pronouns(ctx, r) -> None:
    """ "[Residents] The water rose so quickly that they had no time to move their
    belongings" -> "... that residents had no time to move residents’ belongings":
    a "they", "them" or "their" below the reported subject of a plural group of
    people or bodies that reports it in the same sentence, when no other set comes
    before it in that sentence (outside the speaker) or could act in the sentence
    before, and none is in the claim before it."""
    attr = r.attr
    if attr is None or not attr.speaker or not attr.speaker_span:
        return
    doc = ctx.doc
    a = attrs(doc)
    lower = a.lower
    cands = [
        i
        for i in r.ids
        if lower[i] in _PLURAL_PRONOUNS and i not in r.replace and a.tag[i] in {"PRP", "PRP$"}
    ]
    if not cands:
        return
    span = doc.char_span(attr.speaker_span[0], attr.speaker_span[1], alignment_mode="expand")
    if span is None or len(span) == 0:
        return
    head = span.root
    if head.pos_ != "NOUN" or head.tag_ != "NNS" or not _can_act(head):
        return  # a named body ("Doctors Without Borders") tells of others more often
    if any(t.pos_ == "PRON" for t in span):
        return  # "its authors": whose?
    speaker_ids = set(range(span.start, span.end))
    subj = r.piece.subject
    name = attr.short or attr.speaker
    if doc[span.start].pos_ != "PROPN":
        name = name[:1].lower() + name[1:]  # "Residents said ..." -> "... residents had"
    for i in cands:
        tok = doc[i]
        if subj is not None and i == subj.i:
            continue  # the reported subject: resolve_pronouns decides
        if ctx.layout.quote_at(tok.idx) is not None:
            continue
        sent = sent_of(tok)
        if not (sent.start <= span.start < sent.end):
            continue  # the reporters are named in another sentence
        if any(_plural_mention(doc[k]) and k not in speaker_ids for k in range(sent.start, i)):
            continue  # another set before it in its sentence
        if any(k in r.replace or _plural_mention(doc[k]) for k in r.ids if k < i):
            continue
        if _rival_before(ctx, sent, speaker_ids):
            return
        if lower[i] == "their":
            r.replace[i] = name + ("’" if name.endswith("s") else "’s")
        else:
            r.replace[i] = name


def reporter_has_rival(ctx, r, tok, name) -> bool:
    """ "Three workers died when the scaffolding collapsed. Officials said the company
    had notified their families": a possessive in a group's report that the walk gave to
    the reporters, when the sentence before names another set that can act, may be
    that set's: True then, and the pronoun stays."""
    attr = r.attr
    if tok.lower_ != "their" or attr is None or not attr.speaker_span:
        return False
    if name not in (attr.speaker, attr.short):
        return False
    span = ctx.doc.char_span(attr.speaker_span[0], attr.speaker_span[1], alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    sent = sent_of(tok)
    if not (sent.start <= span.start < sent.end):
        return False
    return _rival_before(ctx, sent, set(range(span.start, span.end)))
