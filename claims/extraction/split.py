"""Stage 3, split: one unit's clauses as atomic pieces, each under its speech frame.

Walks dependency subtrees as contiguous token ranges (the English parser is
projective), so each sentence costs a walk over its own tokens.  Coordinated
clauses, participles (", killing ..."), concessive and purpose clauses,
comma relative clauses and gapped numbers ("900 in Syria and 2,500 in Iraq")
become pieces of their own, with the shared subject restored in front and
the verb conjugated to stand alone.  Reported content becomes pieces under
the frame's ``Attribution``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .attribute import (
    SUBJECTS,
    Attribution,
    Attributor,
    attribute,
    indirect_question,
    narrated,
    parenthesis_span,
    parenthesis_tail,
    speech_content,
    subject_of,
)
from .coref import earlier_mention, is_expletive_it
from .demonstratives import compared_clause, partitive_sets
from .lexicon import (
    ASSERTION_NOUNS,
    CONCESSIVE,
    CONTINUING_SPEECH,
    DEMONSTRATIVES,
    EFFECT_PARTICIPLES,
    EVENT_NOUNS,
    FIRST_PERSON,
    HARM_VERBS,
    MODALS,
    PERSON_NOUNS,
    PERSON_PRONOUNS,
    PLACE_NOUNS,
    POSSESSIVE_DETERMINERS,
    PREPOSITIONAL_PARTICIPLES,
    RELATIVIZERS,
    RESULT_VERBS,
    STRONG_SPEECH,
    VERB_NOMINALS,
    VIEW_ACTS,
)
from .morphology import past_tense, present_3sg
from .tokattrs import attrs

# unions of word lists, built once rather than on every call
_RELATIVIZERS_OR_THAT = RELATIVIZERS | {"that"}
_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
_PERSON_OR_IT_THEY = PERSON_PRONOUNS | {"it", "they"}


def _closes_sentence(doc, j) -> bool:
    """Is ``doc[j]`` a closing quote mark after a full stop, or that full stop?"""
    k = j - 1 if doc[j].is_quote else j
    return k >= 0 and doc[k].text in {".", "!", "?"}


POSSESSIVE_PRONOUNS = {"its": "it", "their": "they", "his": "he", "her": "she"}
CORE_COMPLEMENTS = frozenset(
    {"dobj", "ccomp", "xcomp", "attr", "acomp", "oprd", "dative", "agent", "pobj"}
)


@dataclass
class Piece:
    order: list[int]
    main: object  # spaCy Token: the piece's main predicate
    prefix: str = ""
    replace: dict = field(default_factory=dict)
    attr: Attribution | None = None
    attr_ids: list[int] = field(default_factory=list)
    span_ids: list[int] | None = None
    speech_act: bool = False
    subject: object = None  # Token or None
    headline: bool = False
    unit: int = 0
    paragraph: int = 0
    unit_start: int = 0  # char offset of the unit's first token
    verbless: bool = False  # a title-case headline kept whole
    question: bool = False  # "asked whether ...": someone's account of a question, never a fact
    continued: bool = False  # goes on with the account of the sentence before (continuation.py)


# verbs whose past participle is their base form ("were held and then put on a flight")
_UNCHANGED_PARTICIPLES = frozenset(
    "put cut set hit shut spread let hurt cost quit split burst cast broadcast".split()
)


def agrees_with_possessive(noun, poss) -> bool:
    """Could ``noun`` be what the possessive ``poss`` (its/their/his/her) stands for?"""
    person = noun.ent_type_ == "PERSON" or noun.lemma_.lower() in PERSON_NOUNS
    plural = noun.tag_ in {"NNS", "NNPS"}
    low = poss.lower_
    if low in {"his", "her"}:
        return person and not plural
    if low == "its":
        return not person and not plural
    return plural or noun.ent_type_ in {"ORG", "NORP"}


def _relative_antecedent(rel):
    """The noun a relative clause is about: its head, or, when the verb's number says
    otherwise ("homes outside the capital that rely ..."), the noun further up the
    phrase that agrees with it."""
    verb = rel
    if verb.tag_ not in {"VBP", "VBZ"} and verb.lower_ not in {"was", "were"}:
        aux = next(
            (
                c
                for c in rel.children
                if c.dep_ in {"aux", "auxpass"}
                and (c.tag_ in {"VBP", "VBZ"} or c.lower_ in {"was", "were"})
            ),
            None,
        )
        verb = aux if aux is not None else verb
    # the number the verb says: "that rely", "which were home to", "which was closed"
    want = {"VBP": True, "VBZ": False}.get(verb.tag_, {"were": True, "was": False}.get(verb.lower_))
    who = rel.doc[rel.left_edge.i].lower_ == "who"  # "the driver of the truck, who ..."
    noun = rel.head
    if not who and rel.lemma_.lower() in HARM_VERBS and noun.lemma_.lower() not in EVENT_NOUNS:
        # "the bombing of the U.S. Embassy in Beirut, which killed 63 people": the event
        # further up the phrase killed them, not the place
        event = noun
        for _ in range(4):
            up = event.head
            if event.dep_ != "pobj" or up.dep_ != "prep":
                break
            if up.head.pos_ == "VERB":
                # "condemn the attack yesterday on peacekeepers ...": the parser hangs the
                # phrase on the verb; the event is the object just before it
                obj = next((c for c in up.head.children if c.dep_ == "dobj"), None)
                if (
                    obj is not None
                    and obj.lemma_.lower() in EVENT_NOUNS
                    and 0 < up.i - obj.right_edge.i <= 2
                ):
                    return obj
                break
            if up.head.pos_ != "NOUN":
                break
            event = up.head
            if event.lemma_.lower() in EVENT_NOUNS:
                return event
    for _ in range(4):
        person = noun.ent_type_ == "PERSON" or noun.lemma_.lower() in PERSON_NOUNS
        while noun.dep_ == "conj" and noun.head.pos_ in {"NOUN", "PROPN"}:
            noun = noun.head  # "between Armenia and Azerbaijan": the pair, from its first
        # a pair is plural ("Armenia and Azerbaijan, which takes effect": not the pair)
        plural = noun.tag_ in {"NNS", "NNPS"} or any(c.dep_ == "conj" for c in noun.children)
        if (want is None or plural == want) and (person or not who):
            return noun
        up = noun.head
        if noun.dep_ != "pobj" or up.dep_ not in {"prep", "agent"}:
            break
        if up.head.dep_ == "acl" and up.head.tag_ == "VBN" and up.head.head.pos_ == "NOUN":
            # "the agreement reached today between Armenia and Azerbaijan, which takes
            # effect ...": past the participle to the noun it describes
            noun = up.head.head
            continue
        if up.head.pos_ not in {"NOUN", "PROPN", "NUM"}:
            break
        noun = up.head
    return rel.head


_BE_FORMS = {("past", False): "was", ("past", True): "were"}
_BE_FORMS.update({("present", False): "is", ("present", True): "are"})


def gapped_passive(verb, subj) -> str | None:
    """ "One soldier was killed and three wounded": the second clause has its own
    subject but leaves out the passive "was"/"were" of the first; its claim needs it
    back, in the number of its own subject ("Three were wounded"), else it reads as an
    active verb ("Three wounded in the attack"). The form of "be", or None."""
    if verb.dep_ != "conj" or verb.tag_ != "VBN" or subj.i > verb.i:
        return None
    if any(c.dep_ in {"aux", "auxpass"} for c in verb.children):
        return None
    aux = [c for c in verb.head.children if c.dep_ == "auxpass" and c.i < verb.head.i]
    if len(aux) != 1 or any(c.dep_ == "aux" for c in verb.head.children):
        return None
    low = aux[0].lower_
    tense = "past" if low in {"was", "were"} else "present" if low in {"is", "are"} else None
    if tense is None:
        return None
    if subj.tag_ in {"NNS", "NNPS"} or (subj.tag_ == "CD" and subj.lower_ not in {"one", "1"}):
        plural = True
    elif subj.tag_ in {"NN", "NNP"} or subj.lower_ in {"one", "1"}:
        plural = False
    else:
        return None
    return _BE_FORMS[(tense, plural)]


def _sole_antecedent(rel) -> bool:
    """The noun just before ", which"/", where" is the only one the relative word can
    stand for: the head of the phrase before the comma, not one of a list ("Kenya,
    Somalia, and Ethiopia, where"), not set against another ("partisan data, not race,
    which"), and not the object of a preposition inside a longer noun phrase ("rations
    in the camps in Palo, which it had cut": the rations or the camps may be meant)."""
    noun = rel.head
    doc = rel.doc
    start = rel.left_edge.i
    end = max([noun.i] + [c.right_edge.i for c in noun.children if c.i < start - 1])
    if noun.pos_ not in {"NOUN", "PROPN"} or end + 2 != start or doc[end + 1].text != ",":
        return False
    if noun.dep_ in {"conj", "appos"} or any(c.dep_ in {"conj", "neg"} for c in noun.children):
        return False
    if noun.dep_ == "pobj" and noun.head.head.pos_ in {"NOUN", "PROPN", "NUM", "PRON"}:
        return False
    return True


def rng(tok):
    return range(tok.left_edge.i, tok.right_edge.i + 1)


def split(ctx, unit, frames) -> list[Piece]:
    """Pieces of one unit under its speech ``frames``."""
    doc = ctx.doc
    splitter = SentenceSplitter(ctx, frames, unit.headline)
    allowed = frames.allowed
    pieces = []
    a = attrs(doc)
    head, punct, pos, dep = a.head, a.is_punct, a.pos, a.dep
    for i in unit.ids:
        if i in allowed and (head[i] == i or head[i] not in allowed) and not punct[i]:
            if pos[i] in {"VERB", "AUX"} or dep[i] == "ROOT":
                pieces.extend(splitter.analyse(doc[i]))
    # "whether they belonged to ...", "when the talks would resume": a question left
    # over from a clause split off its verb is no statement of anyone's
    pieces = [pc for pc in pieces if pc.main is None or not indirect_question(pc.main)]
    if frames.according is not None:
        splitter.attributor.apply_according(frames.according, pieces)
    if frames.colon is not None:
        splitter.colon_statement(frames.colon, pieces)
    if frames.turn is not None:
        for pc in pieces:
            if pc.attr is None:  # a transcript's turn: what the labelled speaker says
                pc.attr = frames.turn
    for pc in pieces:
        pc.unit, pc.headline, pc.paragraph, pc.unit_start = (
            unit.index,
            unit.headline,
            unit.paragraph,
            doc[unit.ids[0]].idx,
        )
    return pieces


def split_units(ctx, units) -> list[Piece]:
    """Stages 2 and 3 over the document: each unit's frames, then its pieces."""
    pieces = []
    for unit in units:
        if unit.verbless:
            pieces.append(
                Piece(
                    order=list(unit.ids),
                    main=None,
                    headline=True,
                    unit=unit.index,
                    verbless=True,
                    paragraph=unit.paragraph,
                    unit_start=ctx.doc[unit.ids[0]].idx,
                )
            )
            continue
        pieces.extend(split(ctx, unit, attribute(ctx, unit)))
    return pieces


class SentenceSplitter:
    """Builds pieces for one unit (sentence); ``ctx`` carries doc-level state."""

    def __init__(self, ctx, frames, headline=False):
        self.ctx = ctx
        self.doc = ctx.doc
        self.frames = frames
        self.headline = headline
        self.allowed = frames.allowed
        self.attributor = Attributor(ctx, frames.allowed, frames.addressed)

    def subject_of(self, head):
        subj = subject_of(head, self.allowed)
        if subj is None:
            subj = self.subject_past_dateline(head)
        return subj

    def subject_past_dateline(self, head):
        """ "KANO, NIGERIA — Floods ... have killed ...": the parser takes the dateline
        for the subject and the real one for its apposition; the dateline is left out of
        the claim, the apposition after it is the subject."""
        allowed = self.allowed
        for k in attrs(self.doc).kids[head.i]:
            t = self.doc[k]
            if t.dep_ in SUBJECTS and k not in allowed and t.i < head.i:
                return next(
                    (
                        a
                        for a in t.children
                        if a.dep_ == "appos" and a.i > t.i and all(i in allowed for i in rng(a))
                    ),
                    None,
                )
        return None

    def mention_ids(self, tok):
        return self.attributor.mention_ids(tok)

    def has_complement_after(self, head):
        for c in head.children:
            if c.i > head.i and (
                c.dep_ in CORE_COMPLEMENTS or c.dep_ in {"prep", "advcl", "npadvmod"}
            ):
                return True
        return False

    # ---- splitting ------------------------------------------------------
    def split_children(self, head):
        out = []
        doc = self.doc
        a = attrs(doc)
        dep, tag, pos = a.dep, a.tag, a.pos
        kids = [doc[k] for k in a.kids[head.i]]  # walked several times below
        for c in kids:
            if c.i not in self.allowed:
                continue
            if c.i in self.frames.lifted or (
                dep[c.i] == "conj"
                and head.i in self.frames.speech
                and c in self.frames.speech[head.i].content
            ):
                # the speaker's own act, or more of what is said: analysed with the frame
                out.append((c, "frame"))
                continue
            if dep[c.i] == "conj" and pos[c.i] in {"VERB", "AUX"}:
                if compared_clause(doc, head, c):
                    continue  # what a comparative is measured against: not a claim
                before = doc[c.left_edge.i - 1] if c.left_edge.i > 0 else None
                if tag[head.i] == "VBG" and tag[c.i] == "VBG":
                    if c.lemma_ in PREPOSITIONAL_PARTICIPLES:
                        continue
                    if (
                        before is not None
                        and before.text == ","
                        and not any(
                            dep[x.i] == "cc" and x.i < c.i
                            for x in kids
                            if x.i > head.i and x.i > c.left_edge.i - 3
                        )
                    ):
                        out.append((c, "result" if c.lemma_ in RESULT_VERBS else "participle"))
                    continue
                if (
                    tag[head.i] in {"VB", "VBG", "VBN"}
                    and not any(dep[x.i] in {"aux", "auxpass"} and tag[x.i] != "TO" for x in kids)
                    and dep[head.i] != "ROOT"
                ):
                    continue
                own_subj = self.subject_of(c) is not None
                own_aux = any(
                    dep[x.i] in {"aux", "auxpass"} and tag[x.i] != "TO" for x in c.children
                )
                if (
                    tag[c.i] == "VB"
                    and tag[head.i] in {"VBZ", "VBD"}
                    and not own_subj
                    and not own_aux
                ):
                    # "This is necessary and proportionate to deter ...": a bare base form
                    # cannot go on from a finite verb on its own (the tagger's verb is an
                    # adjective the copula carries): it stays in the clause
                    continue
                if (
                    tag[c.i] == "VBN"
                    and not own_subj
                    and not own_aux
                    and tag[head.i] in {"VBD", "VBZ", "VBP"}
                    and before is not None
                    and before.text == ","
                ):
                    continue  # "... the hotels that were attacked, called the X": a reduced relative, not a second verb
                own_comp = any(
                    dep[x.i] in CORE_COMPLEMENTS or dep[x.i] in {"prep", "advcl"}
                    for x in c.children
                )
                if (
                    own_subj
                    or (own_comp and self.has_complement_after(head))
                    or (own_aux and own_comp and tag[head.i] not in {"VB", "VBG", "VBN"})
                    # "did not comment, but said it would ...": a verb of saying with
                    # what it says goes on from a verb with nothing after it
                    or (c.i in self.frames.speech and self.frames.speech[c.i].content)
                ):
                    out.append((c, "conj"))
            elif dep[c.i] == "advcl":
                marks = {m.lower_ for m in c.children if dep[m.i] == "mark"}
                if (
                    c.i > head.i
                    and marks
                    and self.subject_of(c) is not None
                    and speech_content(c)[1]
                ):
                    out.append((c, "speech"))  # "The finding comes after NASA said (that) ..."
                elif marks & CONCESSIVE and self.subject_of(c) is not None:
                    out.append((c, "concessive"))
                elif (
                    tag[c.i] == "VBG"
                    and not marks
                    and c.i > head.i
                    and c.lemma_ not in PREPOSITIONAL_PARTICIPLES
                ):
                    lo = c.left_edge.i
                    if lo < c.i and doc[lo].text == ",":
                        lo += 1  # the parser may hang the comma on the participle
                    before = doc[lo - 1] if lo > 0 else None
                    if (
                        before is not None
                        and before.is_quote
                        and c.left_edge.i > 1
                        and doc[c.left_edge.i - 2].text == ","
                    ):
                        before = doc[c.left_edge.i - 2]  # 'called it "reckless," adding ...'
                    if before is not None and before.text == "," and not speech_content(c)[0]:
                        if (
                            c.lemma_ not in RESULT_VERBS
                            and any(dep[x.i] == "auxpass" for x in kids)
                            and not any(dep[x.i] == "agent" for x in kids)
                        ):
                            # "the rating could be cut, raising costs": what the passive
                            # tells, not its subject, raises them; it stays with its clause
                            continue
                        out.append((c, "result" if c.lemma_ in RESULT_VERBS else "participle"))
                    elif (
                        before is not None
                        and before.text == ","
                        and c.i in self.frames.speech
                        and not self.frames.speech[c.i].content
                        and self.subject_of(c) is None
                    ):
                        # "vetoed the bill, calling it unworkable", "..., describing it as
                        # a giveaway": the subject's verdict on what it acted on
                        out.append((c, "verdict"))
                    elif (
                        before is not None
                        and before.text == ","
                        and c.i in self.frames.speech
                        and self.frames.speech[c.i].content
                    ):
                        out.append(
                            (c, "speech_participle")
                        )  # participial speech: saying, adding that, telling reporters
                elif (
                    head.lemma_ == "be"
                    and any(tag[m.i] == "TO" for m in c.children)
                    and c.i > head.i
                    and len(rng(c)) >= 4
                ):
                    if any(dep[x.i] == "prep" and x.i < c.i and x.i > head.i for x in kids):
                        out.append((c, "purpose"))
        # "the allegation that ...", "its claim that ...": someone's assertion inside the clause
        for c in kids:
            if (
                c.i in self.allowed
                and dep[c.i] in {"dobj", "nsubj", "nsubjpass", "attr", "pobj"}
                and c.lemma_.lower() in ASSERTION_NOUNS
            ):
                for g in c.children:
                    if (
                        dep[g.i] in {"acl", "ccomp"}
                        and g.i > c.i
                        and any(dep[m.i] == "mark" and m.lower_ == "that" for m in g.children)
                    ):
                        out.append((g, "assertion"))
        # "engaged and destroyed a drone, resulting in ...": adjuncts of a shared-subject conjunct
        split_heads = {c.i for c, _ in out}
        for c in kids:
            if (
                dep[c.i] == "conj"
                and pos[c.i] in {"VERB", "AUX"}
                and c.i not in split_heads
                and c.i in self.allowed
            ):
                out.extend(
                    (g, m)
                    for g, m in self.split_children(c)
                    if m in {"participle", "result", "concessive"}
                )
        return out

    def nested_splits(self, ids, head):
        """Comma relative clauses and gapped numbers inside a piece's own tokens."""
        doc = self.doc
        out = []
        dep = attrs(doc).dep
        for i in ids:
            if dep[i] not in {"relcl", "advcl", "conj"}:
                continue  # each case below is one of these (a new case: add its dep here)
            t = doc[i]
            if (
                t.dep_ == "relcl"
                and t.i != head.i
                and t.left_edge.i > 0
                and doc[t.left_edge.i - 1].text == ","
                and doc[t.left_edge.i].lower_ in RELATIVIZERS
            ):
                out.append((t, "relcl"))
            elif (
                # resolve helper: a relative clause interrupted by an aside ("terminals
                # that, among other things, support wind turbines") is a claim of its own
                t.dep_ == "relcl"
                and doc[t.left_edge.i].lower_ in _RELATIVIZERS_OR_THAT
                and t.left_edge.i + 1 < len(doc)
                and doc[t.left_edge.i + 1].text == ","
                and t.head.pos_ in {"NOUN", "PROPN"}
            ):
                out.append((t, "relcl"))
            elif (
                t.dep_ in {"relcl", "advcl"}
                and t.i in self.frames.speech
                and t.left_edge.i > 0
                and doc[t.left_edge.i - 1].text == ","
                and doc[t.left_edge.i].tag_ in {"WRB", "IN"}
                and doc[t.left_edge.i].dep_ in {"advmod", "mark"}
                and self.frames.speech[t.i].subject is not None
                and self.frames.speech[t.i].subject.pos_ != "PRON"
                and t.i != head.i
                and t.head.i != head.i
            ):
                out.append((t, "speech"))
            elif (
                t.dep_ == "conj"
                and t.tag_ == "CD"
                and t.head.pos_ in {"NOUN", "PROPN"}
                and any(c.dep_ == "prep" for c in t.children)
            ):
                if any(c.dep_ == "nummod" for c in t.head.children):
                    out.append((t, "gapping"))
        return out

    def analyse(self, head, inherited_subj=None, attr=None, mode=None, depth=0):
        """Pieces for the clause headed by ``head``."""
        if depth > 8:
            return []
        doc = self.doc
        allowed = self.allowed
        subj = self.subject_of(head)
        if subj is None and inherited_subj is not None:
            eff_subj = inherited_subj
        else:
            eff_subj = subj
        par = self.frames.parenthetical.get(head.i)
        # "Whitaker, she said, was ...": the parenthesis names who speaks before the
        # clause's own subject can become the person a pronoun stands for
        par_attr = self.attributor.make_attr(par, subject_of(par, allowed), None) if par else None
        if subj is not None and subj.pos_ != "PRON":
            self.ctx.discourse.note_subject(subj, allowed, main_clause=mode != "content")

        splits = self.split_children(head)
        split_ids = set()
        for c, m in splits:
            lo = c.left_edge.i
            # take the comma / conjunction in front of the split part with it
            while (
                lo - 1 >= head.left_edge.i
                and doc[lo - 1].dep_ in {"cc", "punct", "mark"}
                and doc[lo - 1].i != head.i
            ):
                lo -= 1
            split_ids.update(range(lo, c.right_edge.i + 1))
            if m == "concessive":
                split_ids.update(rng(c))

        par_ids, par_tail = [], []
        told_effects: set[int] = set()
        outer_attr = attr
        if par is not None:
            if par_attr is not None:
                attr = self.keep_channel(par_attr, attr)
                self.speaks_for_quotes(par, par_attr)
            par_ids, dropped = self.parenthesis_ids(par, head)
            split_ids.update(dropped)
            par_tail = parenthesis_tail(par, allowed)
            for c in par_tail:
                lo = c.left_edge.i
                while lo - 1 > par.i and doc[lo - 1].dep_ in {"cc", "punct"}:
                    lo -= 1
                split_ids.update(range(lo, c.right_edge.i + 1))

        frame = self.frames.speech.get(head.i)
        passive_agent = frame.passive_agent if frame is not None else None
        content = frame.content if frame is not None else []
        cue = head

        pieces = []
        own_ids = [i for i in rng(head) if i in allowed and i not in split_ids]
        if frame is not None:
            if passive_agent is not None:
                agent_prep, agent = passive_agent
                ids = self.mention_ids(agent)
                new_attr = self.attributor.attr_from_mention(ids, head) if ids else attr
                drop = set(rng(agent_prep))
                piece = Piece(
                    order=[i for i in own_ids if i not in drop],
                    main=head,
                    attr=new_attr,
                    subject=subj,
                    attr_ids=[i for i in rng(agent_prep) if i in allowed],
                )
                if subj is None and inherited_subj is not None:
                    # "The detention has drawn protests and has been condemned by the UN":
                    # the joined passive is condemned by its agent, of the shared subject
                    piece.prefix = self.with_shared_aux(
                        self.subject_text(inherited_subj), head, mode
                    )
                pieces.append(piece)
            else:
                new_attr = self.attributor.make_attr(
                    cue, subj, attr if subj is None and inherited_subj is None else None
                )
                if new_attr is None and subj is None and inherited_subj is not None:
                    new_attr = self.attributor.make_attr(cue, inherited_subj, None)
                new_attr = self.keep_channel(new_attr, attr)
                if (
                    (mode in {"content", "conj"} or par_attr is not None)
                    and new_attr is not None
                    and new_attr.evidence
                    and attr is not None
                    and attr.speaker
                ):
                    # "A consultant said the party's polling showed ...", "The report, she
                    # added, found ...": the one who cites the evidence asserts what it shows
                    new_attr = attr
                first_person = subj is not None and subj.lower_ in FIRST_PERSON
                if first_person:
                    new_attr = attr
                elif (
                    mode == "content"
                    and attr is not None
                    and attr.speaker
                    and new_attr is not None
                    and subj is not None
                    and subj.pos_ == "PRON"
                    and (new_attr.speaker or "").lower() == subj.lower_
                    and self.ctx.layout.quote_at(subj.idx) is not None
                ):
                    # '"He told the guards he couldn't breathe," she wrote': a "he" in the
                    # quotation no one was found for is someone the quoted speaker tells
                    # of; what he said is the speaker's account
                    new_attr = None
                content = [c for c in content if c.i in allowed]
                if content:
                    content_ids = set()
                    for c in content:
                        content_ids.update(rng(c))
                    attr_ids = [i for i in own_ids if i not in content_ids]
                    if new_attr is not None:
                        for c in content:
                            q = self.ctx.layout.quote_at(c.idx)
                            if q is not None:
                                self.ctx.discourse.region_speaker.setdefault(q, new_attr)
                    for c in content:
                        sub = self.analyse(c, None, new_attr, "content", depth + 1)
                        for p in sub:
                            if not p.attr_ids:
                                p.attr_ids = attr_ids
                        pieces.extend(sub)
                    for c, m in self.effects_after_report(head, content, splits):
                        # "Prices will fall, the minister said, easing pressure": what
                        # eases it is the fall the minister told of, not his saying so
                        csubj = self.subject_of(content[0])
                        sub = self.analyse(c, csubj, new_attr, m, depth + 1)
                        for p in sub:
                            if p.main is c:
                                self.conjugate(p, c, content[0], csubj, m)
                            if not p.attr_ids:
                                p.attr_ids = attr_ids
                        pieces.extend(sub)
                        told_effects.add(c.i)
                    for g, h in self.frames.lifted.items():
                        if h == head.i:  # "... and promised to vote": the speaker's own act
                            pieces.extend(
                                self.analyse(
                                    doc[g], subj or inherited_subj, attr, "lifted", depth + 1
                                )
                            )
                elif (
                    self.headline
                    and new_attr is not None
                    and new_attr.speaker is None
                    and new_attr.via
                ):
                    # "X claim Y, report says": the headline minus its channel tail
                    tail = set(rng(subj)) if subj is not None else set()
                    tail.add(head.i)
                    order = [i for i in own_ids if i not in tail]
                    pieces.append(
                        Piece(
                            order=order,
                            main=head,
                            attr=self.headline_claimer(order, new_attr),
                            subject=None,
                            attr_ids=sorted(tail),
                        )
                    )
                else:
                    if (
                        (mode == "content" or par_attr is not None)
                        and new_attr is not None
                        and attr is not None
                        and attr.speaker
                        and new_attr.cue_lemma not in VIEW_ACTS
                    ):
                        # "Donors have pledged $40 million, the agency said", "She said he
                        # called the plan a disaster": an act of speech with no clause of
                        # its own is told whole, subject and all, and who tells it is the
                        # one who reports it; the act's own subject speaks no claim here
                        new_attr, first_person = None, True
                    piece = Piece(
                        order=own_ids,
                        main=head,
                        attr=new_attr if not first_person else attr,
                        subject=subj,
                        speech_act=new_attr is not None and not first_person,
                    )
                    if subj is None and inherited_subj is not None:
                        piece.prefix = self.with_shared_aux(
                            self.subject_text(inherited_subj), head, mode
                        )
                    pieces.append(piece)
                    if new_attr is not None:
                        self.speaks_for_quotes(head, new_attr)
        else:
            piece = Piece(
                order=own_ids,
                main=head,
                attr=attr,
                subject=subj,
                attr_ids=par_ids,
                question=head.i in self.frames.questions,
            )
            if (
                mode in {"content", "assertion"}
                and head.tag_ == "VBG"
                and subj is not None
                and not any(c.dep_ in {"aux", "auxpass"} for c in head.children)
            ):
                # "Polls show the governor leading" -> "The governor is leading"
                plural = subj.tag_ in {"NNS", "NNPS"} or subj.lower_ in {"they", "we"}
                past = head.head.tag_ in {"VBD", "VBN"}
                be = ("were" if plural else "was") if past else ("are" if plural else "is")
                piece.replace[head.i] = f"{be} {head.text}"
            if (
                mode is None
                and attr is not None
                and attr.speaker is None
                and attr.via
                and self.headline
            ):
                attr = piece.attr = self.headline_claimer(own_ids, attr)
            if (
                subj is None
                and inherited_subj is not None
                and mode in {"conj", "lifted", "participle", "concessive", "purpose"}
            ):
                piece.prefix = self.with_shared_aux(self.subject_text(inherited_subj), head, mode)
            elif mode == "conj" and subj is not None:
                be = gapped_passive(head, subj)
                if be:
                    piece.replace[head.i] = f"{be} {head.text}"
            own = set(own_ids)
            stub = any(m == "speech" for _, m in splits) and not any(
                c.i in own
                and c.dep_ not in SUBJECTS
                and c.dep_ not in {"aux", "auxpass", "punct", "neg", "cc", "mark", "advmod"}
                for c in head.children
            )
            if not stub:  # "The finding comes" once "after NASA said ..." is its own claim
                pieces.append(piece)

        if any(m == "conj" for _, m in splits):
            for p in pieces:
                if p.main is head:
                    self.not_only_uninverted(p, head, subj)

        # pieces hidden inside the clause's own tokens
        for p in list(pieces):
            if p.main is not head:
                continue
            for t, m in self.nested_splits(p.order, head):
                if m == "relcl":
                    lo = t.left_edge.i - (doc[t.left_edge.i - 1].text == ",")
                    drop = set(range(lo, t.right_edge.i + 1))
                    if t.right_edge.i + 1 < len(doc) and doc[t.right_edge.i + 1].text == ",":
                        drop.add(t.right_edge.i + 1)
                    p.order = [i for i in p.order if i not in drop]
                    ante = [i for i in self.mention_ids(_relative_antecedent(t)) if i < lo]
                    said = self.relative_speech(t)
                    if said is not None:
                        # "the map, which rights groups say dilutes ...": the groups say
                        # that the map dilutes ...
                        content, rel_subj, a = said
                        inner = {x.i for x in content.subtree} - set(rng(rel_subj))
                        q = Piece(
                            order=[i for i in rng(content) if i in allowed and i in inner],
                            main=content,
                            attr=a,
                            subject=None,
                            attr_ids=[i for i in rng(t) if i in allowed and i not in rng(content)],
                            prefix=self.ctx.render(ante),
                        )
                        pieces.append(q)
                        continue
                    frame = self.frames.speech.get(t.i)
                    if (
                        frame is not None
                        and frame.subject is not None
                        and frame.subject.tag_ in {"WP", "WDT"}
                        and ante
                    ):
                        # "challenged by Ruiz, who called it wishful thinking": Ruiz speaks
                        sub = self.analyse(t, None, None, "speech", depth + 1)
                        for q in sub:
                            if frame.subject.i in q.order:
                                q.replace[frame.subject.i] = self.ctx.render(ante)
                        pieces.extend(sub)
                        continue
                    rel = [
                        i
                        for i in rng(t)
                        if i in allowed
                        and doc[i].lower_ not in RELATIVIZERS
                        and i != t.left_edge.i  # the relativizer ("that")
                    ]
                    if len(rel) > 1 and doc[rel[0]].text == ",":
                        # the aside after it (", among other things,") goes with it
                        close = next((k for k in rel[1:] if doc[k].text == ","), None)
                        if close is not None and close < t.i:
                            rel = [i for i in rel if i > close]
                    # what a relative clause says of the object of a speaker's own act
                    # ("Greene denied the charges, which carry a prison term") is the
                    # article's description, not what the speaker said or denied
                    q = Piece(
                        order=rel, main=t, attr=None if p.speech_act else p.attr, subject=None
                    )
                    placed = self.relative_antecedent_in_place(q, t, ante)
                    if not placed and doc[t.left_edge.i].lower_ in {"who", "which", "that"}:
                        q.prefix = self.ctx.render(ante)
                    pieces.append(q)
                elif m == "speech":
                    # "... on Thursday, when Lopez accused Whitaker of ...": a speech act
                    # set into the clause as a relative or adverbial clause is its own
                    lo = t.left_edge.i
                    while lo - 1 >= 0 and doc[lo - 1].text == ",":
                        lo -= 1
                    drop = set(range(lo, t.right_edge.i + 1))
                    p.order = [i for i in p.order if i not in drop]
                    sub = self.analyse(t, None, None, "speech", depth + 1)
                    for q in sub:
                        q.order = [i for i in q.order if not self.opener(doc[i], t)]
                    pieces.extend(sub)
                elif m == "gapping":
                    pieces.append(self.gapped(p, t))
                    lo = t.left_edge.i
                    while lo - 1 >= 0 and doc[lo - 1].dep_ in {"cc", "punct"}:
                        lo -= 1
                    drop = set(range(lo, t.right_edge.i + 1))
                    p.order = [i for i in p.order if i not in drop]

        for c in par_tail:
            # "..., she said, and she left the room": what she did, in the article's voice
            told = outer_attr if narrated(par, c, allowed) else attr
            pieces.extend(self.analyse(c, None, told, "conj", depth + 1))
        for c, m in splits:
            if m == "frame" or c.i in told_effects:
                continue
            if m == "assertion":
                a, own = self.assertion_attr(c.head, attr)
                sub = self.analyse(c, None, a, m, depth + 1)
                carrier = [p for p in pieces if p.main is head] if own and sub else []
                for p in carrier:
                    # "X shared its assessment that ...": the outer clause only says who asserts
                    pieces.remove(p)
                    for q in sub:
                        q.attr_ids = list(q.attr_ids) + p.order
                pieces.extend(sub)
                continue
            host_subj = eff_subj
            if (
                m == "speech_participle"
                and mode == "content"
                and attr is not None
                and attr.speaker
                and (c.lemma_.lower() in CONTINUING_SPEECH or _names_again(c, eff_subj))
            ):
                # "He said the fund was short, noting that the gap had doubled": the parser
                # hangs the participle on the reported clause, but the speaker goes on
                host_subj = None
            told = attr
            if m == "conj" and par is not None and narrated(par, c, allowed):
                told = outer_attr  # "The plan is dead, she said, and she left the room."
            sub = self.analyse(c, host_subj, told, m, depth + 1)
            if m in {"participle", "result", "verdict"}:
                for p in sub:
                    if p.main is c:
                        self.conjugate(p, c, head, eff_subj, m)
                        if m == "verdict":
                            self.verdict_object(p, c, head)
            elif m == "speech_participle":
                self.participle_content_subject(sub, c, head, eff_subj)
            elif m == "purpose":
                for p in sub:
                    if p.main is c:
                        p.prefix = self.purpose_prefix(head, eff_subj, c)
            pieces.extend(sub)
        return pieces

    def effects_after_report(self, head, content, splits):
        """The participles of an effect ("easing", "cutting", "raising") the parser hung
        on a verb of saying that follows its one reported clause ("Fuel prices will fall
        next month, the minister said, easing pressure on households"): they go on with
        the reported clause.  The speaker's own acts ("citing", "adding", "speaking on
        condition of anonymity") are no effects and stay the speaker's."""
        if len(content) != 1 or content[0].i > head.i:
            return []
        if (
            not any(c.dep_ == "nsubj" and content[0].i < c.i < head.i for c in head.children)
            or self.subject_of(content[0]) is None
        ):
            return []
        doc = self.doc
        return [
            (c, m)
            for c, m in splits
            if m in {"participle", "result"}
            and c.head.i == head.i
            and c.dep_ == "advcl"
            and c.tag_ == "VBG"
            and c.i > head.i
            and doc[c.i - 1].text == ","
            and c.lemma_.lower() in EFFECT_PARTICIPLES
        ]

    def colon_statement(self, colon, pieces) -> None:
        """ "Benz's message to investors was blunt: the company will not meet its
        target": the clause after the colon is the owner's, the part before only says so."""
        colon_i, owner, noun = colon
        doc = self.doc
        ids = [i for i in self.mention_ids(owner) if doc[i].tag_ != "POS"]
        if not ids:
            return
        a = None
        for pc in pieces:
            post = [i for i in pc.order if i > colon_i]
            if not post or (pc.attr is not None and pc.attr.speaker):
                continue
            if a is None:
                a = self.attributor.attr_from_mention(ids, None)
                a.cue, a.cue_span, a.cue_lemma = (
                    noun.text,
                    (noun.idx, noun.idx + len(noun)),
                    noun.lemma_.lower(),
                )
                # the quotation the colon opens is the speaker's to its end, sentences
                # after this one included ("... was blunt: “We lose ... That's not ...”")
                q = self.ctx.layout.quote_at(doc[colon_i].idx + 2)
                if q is not None:
                    self.ctx.discourse.region_speaker.setdefault(q, a)
            pre = [i for i in pc.order if i <= colon_i]
            if pre:
                pc.order, pc.attr_ids = post, list(pc.attr_ids) + pre
                if pc.main is None or pc.main.i < colon_i:
                    pc.main = next(
                        doc[i] for i in post if doc[i].head.i not in post or doc[i].head.i == i
                    )
                pc.subject = self.subject_of(pc.main)
                pc.prefix = ""
            pc.attr = a

    def relative_speech(self, t):
        """(content head, relativizer, attribution) when the relative clause ``t`` says
        what someone says of its noun: "which voting rights groups say dilutes ...",
        "which her campaign says would build ..."."""
        frame = self.frames.speech.get(t.i)
        if frame is None or frame.subject is None or frame.passive_agent is not None:
            return None
        for c in frame.content:
            rel = next(
                (
                    g
                    for g in c.children
                    if g.dep_ in {"nsubj", "nsubjpass"} and g.lower_ in _RELATIVIZERS_OR_THAT
                ),
                None,
            )
            if rel is not None:
                a = self.attributor.make_attr(t, frame.subject, None)
                return (c, rel, a) if a is not None else None
        return None

    def not_only_uninverted(self, p, head, subj) -> None:
        """ "Not only did the militia shell the camp, but it also blocked ..." -> "The
        militia shelled the camp": once the "but also" clause is a claim of its own, the
        first loses "Not only" and the inversion it asked for ("did ... shell" ->
        "shelled", "were the journalists detained" -> "the journalists were detained")."""
        kids = list(head.children)
        neg = next((c for c in kids if c.dep_ == "preconj" and c.lower_ == "not"), None)
        if neg is None or not p.order or p.order[0] != neg.i:
            return
        only = next((c for c in neg.children if c.lower_ == "only"), None)
        if only is None or only.i != neg.i + 1:
            return
        aux = next((c for c in kids if c.dep_ in {"aux", "auxpass"} and c.i == only.i + 1), None)
        if aux is None and head.i == only.i + 1 and head.lemma_.lower() in {"be", "have"}:
            # "Not only were the journalists detained": the parser makes "were" the head
            aux = head
            if subj is None or subj.i < head.i:
                subj = next(
                    (g for c in kids if c.i > head.i for g in c.children if g.dep_ in SUBJECTS),
                    None,
                )
        if aux is None or subj is None or subj.left_edge.i != aux.i + 1:
            return
        span = set(rng(subj))
        order = [i for i in p.order if i not in (neg.i, only.i, aux.i)]
        if aux.lemma_.lower() == "do" and aux is not head:
            if aux.tag_ == "VBD":
                p.replace[head.i] = past_tense(head.lemma_.lower())
            elif aux.tag_ == "VBZ":
                p.replace[head.i] = present_3sg(head.lemma_.lower())
        else:
            k = max(j for j, i in enumerate(order) if i in span)
            order.insert(k + 1, aux.i)
        p.order = order

    def relative_antecedent_in_place(self, q, rel, ante) -> bool:
        """ "The bridge, which engineers had declared unsafe, ..." -> "Engineers had
        declared the bridge unsafe"; "The camp, where 20,000 people live, ..." ->
        "20,000 people live in the camp": a relative word that is not the clause's
        subject stands where the antecedent goes, not in front of the clause. True when
        the antecedent was put in its place; False otherwise (a subject relative word:
        the antecedent goes in front; "where" after what is not a place ("the meeting,
        where the minister announced ...") stays as it was)."""
        doc = self.doc
        word = doc[rel.left_edge.i]
        subj = self.subject_of(rel)
        if not ante or word.head.i != rel.i or subj is None or subj.dep_ != "nsubj":
            return False  # (a passive has no object: "which" as its object is a misparse)
        if not _sole_antecedent(rel):
            return False
        if word.dep_ == "dobj" and word.lower_ in {"which", "whom", "who"}:
            q.replace[rel.i] = f"{rel.text} {self.inner_mention(ante)}"
            return True
        if word.dep_ == "advmod" and word.lower_ == "where":
            noun = doc[ante[-1]]
            last = next((i for i in reversed(q.order) if not doc[i].is_punct), None)
            if last is None or (
                noun.lemma_.lower() not in PLACE_NOUNS and noun.ent_type_ not in _PLACE_ENTS
            ):
                return False
            q.replace[last] = f"{doc[last].text} in {self.inner_mention(ante)}"
            return True
        return False

    def inner_mention(self, ids) -> str:
        """A mention as it reads inside a sentence: a leading "The" lowercased ("the
        Rural Water Security Act"), but for a place's own ("The Hague")."""
        text = self.ctx.render(ids)
        first = self.doc[ids[0]]
        if first.lower_ in {"the", "a", "an"} and first.ent_type_ not in _PLACE_ENTS:
            text = first.lower_ + text[len(first.text) :]
        return text

    @staticmethod
    def opener(tok, clause) -> bool:
        """The word that ties a relative or adverbial clause to its host ("when", "as")."""
        return tok.i == clause.left_edge.i and tok.dep_ in {"advmod", "mark"}

    def keep_channel(self, new, outer):
        """A speaker inside content carried by a channel ("X claims Y, report says")
        keeps the channel as via."""
        if (
            new is not None
            and outer is not None
            and outer.speaker is None
            and outer.via
            and not new.via
        ):
            return new.but(via=outer.via, hedge=new.hedge or outer.hedge)
        return new

    def speaks_for_quotes(self, cue, a):
        """A bare "..., the group said." next to a quotation speaks for it.  Only a
        quotation of its own paragraph, and one before the frame only when the verb has
        no object of its own for the quote to be: in '"The water is moving too fast."
        // The United States announced $2 million ...' the quote is not the announcement
        (it goes on the quote attributed before it)."""
        doc, lay = self.doc, self.ctx.layout
        para = lay.paragraph(cue.idx)
        # a new sentence after a closed quoted sentence whose verb has its own thing
        # said (not "... told reporters", "... told VOA": whom it was said to)
        own_object = doc[cue.left_edge.i].is_title and any(
            c.dep_ == "dobj"
            and c.pos_ not in {"PROPN", "PRON"}
            and c.ent_type_ not in {"PERSON", "ORG", "GPE", "NORP"}
            for c in cue.children
        )
        for j in (cue.left_edge.i - 1, cue.left_edge.i - 2, cue.right_edge.i + 1):
            if 0 <= j < len(doc):
                if j < cue.i and own_object and _closes_sentence(doc, j):
                    continue
                if j > cue.i and doc[j - 1].text in {".", "!", "?"}:
                    # 'Friends describe her as blunt. "Denise doesn't ...," said Rachel
                    # Ibarra': a quotation that opens a new sentence is not this frame's
                    continue
                q = lay.quote_at(doc[j].idx)
                if q is not None and lay.paragraph(doc[j].idx) == para:
                    self.ctx.discourse.region_speaker.setdefault(q, a)

    def parenthesis_ids(self, par, head):
        """(tokens of "the minister said", tokens to drop from the clause): the
        parenthesis and the punctuation around it; a comma after a fronted
        adverbial stays ("Beyond that, he said, the bank ..." -> "Beyond that, the bank ...")."""
        doc = self.doc
        lo, hi = parenthesis_span(par)
        while hi > par.i and doc[hi].is_punct:
            hi -= 1
        while lo - 1 > head.left_edge.i and doc[lo - 1].is_punct:
            lo -= 1
        while hi + 1 < head.right_edge.i and doc[hi + 1].is_punct and doc[hi + 1].text not in ".!?":
            hi += 1
        dropped = set(range(lo, hi + 1))
        left = doc[lo - 1] if lo > 0 else None
        right = doc[hi + 1] if hi + 1 < len(doc) else None
        if (
            left is not None
            and left.i == head.i
            and right is not None
            and not (
                head.lemma_ == "be"  # "It was, she said, the only budget ...": its complement
                and not any(c.dep_ in {"attr", "acomp"} for c in head.children)
            )
        ):
            top = right
            while top.head.i != head.i and top.head.i != top.i:
                top = top.head
            if (
                top.dep_ in {"ccomp", "advcl"}
                and all(doc[k].is_punct or lo <= k <= hi for k in range(top.left_edge.i, right.i))
                and any(c.dep_ in SUBJECTS for c in top.children)
            ):
                # '"Every year we wait," she said, "someone else gets hurt"': a clause
                # of its own after the verb keeps its comma ("It was, she said, the
                # only budget": the verb's complement does not)
                comma = next((i for i in range(lo, par.i) if doc[i].text == ","), None)
                if comma is not None:
                    dropped.discard(comma)
        if left is not None and left.i >= head.left_edge.i and left.i != head.i:
            # (after the verb itself, "It was, she said, the only ...", no comma stays)
            top = left
            while top.head.i != head.i and top.head.i != top.i:
                top = top.head
            if top.dep_ not in SUBJECTS:
                comma = next((i for i in range(lo, par.i) if doc[i].text == ","), None)
                if comma is not None:
                    dropped.discard(comma)
        ids = [i for i in range(par.left_edge.i, hi + 1) if i in self.allowed]
        return ids, dropped

    def assertion_attr(self, noun, attr):
        """(attribution, the clause's subject asserts it) for "the allegation that ...":
        the noun's possessor ("X's claim", "its assessment"), else nobody named (a
        reporting hedge on the claim)."""
        poss = next((c for c in noun.children if c.dep_ == "poss"), None)
        cue_span = (noun.idx, noun.idx + len(noun))
        via = attr.via if attr is not None else None
        if poss is not None:
            subj = self.subject_of(noun.head) if noun.dep_ != "nsubj" else None
            own = (
                poss.pos_ == "PRON"
                and subj is not None
                and subj.pos_ != "PRON"
                and agrees_with_possessive(subj, poss)
            )
            if own:
                poss = subj  # "The company repeated its claim that ..."
            if poss.pos_ == "PRON":
                ant = self.ctx.discourse.resolve(POSSESSIVE_PRONOUNS.get(poss.lower_, ""))
                if ant is not None:
                    return Attribution(
                        ant.speaker,
                        (poss.idx, poss.idx + len(poss)),
                        ant.speaker_kind,
                        noun.text,
                        cue_span,
                        noun.lemma_.lower(),
                        via=via,
                        short=ant.short,
                    ), False
            else:
                ids = [i for i in self.mention_ids(poss) if self.doc[i].tag_ != "POS"]
                if ids:
                    a = self.attributor.attr_from_mention(ids, None)
                    a.cue, a.cue_span, a.cue_lemma = noun.text, cue_span, noun.lemma_.lower()
                    return a, own
        return Attribution(
            None,
            None,
            None,
            noun.text,
            cue_span,
            noun.lemma_.lower(),
            via=via,
            hedge=f"the {noun.text}",
        ), False

    def headline_claimer(self, ids, attr):
        """In a headline carried by a channel ("Rebels claim town, report says") the
        party that claims speaks, also where the parser took the verb for a noun."""
        doc = self.doc
        for k, i in enumerate(ids):
            t = doc[i]
            if t.tag_ in {"VBP", "VBZ", "VBD"} and t.lemma_.lower() in STRONG_SPEECH and k > 0:
                mention = [j for j in ids[:k] if not doc[j].is_punct]
                if mention and all(
                    doc[j].pos_ in {"NOUN", "PROPN", "ADJ", "VERB"} or doc[j].is_punct
                    for j in ids[:k]
                ):
                    a = self.attributor.attr_from_mention(mention, t)
                    return a.but(via=attr.via, hedge=attr.hedge)
                break
        return attr

    @staticmethod
    def with_shared_aux(prefix, head, mode):
        """ "The journalists were held for two days and then put on a flight" -> "The
        journalists were put on a flight"; "will assess ... and help coordinate" -> "will
        help coordinate": a coordinated verb with no auxiliary of its own shares those of
        the verb it is coordinated to, when its form is the one they ask for (never
        across a negation: "did not stop and turned")."""
        if mode != "conj" or not prefix or head.dep_ != "conj":
            return prefix
        if any(c.dep_ in {"aux", "auxpass", "neg"} for c in head.children):
            return prefix
        first = head.head
        if first.pos_ not in {"VERB", "AUX"} or any(c.dep_ == "neg" for c in first.children):
            return prefix
        aux = [c for c in first.children if c.dep_ in {"aux", "auxpass"} and c.i < first.i]
        if not aux or any(c.tag_ == "TO" for c in aux):
            return prefix
        last = aux[-1]
        lemma = last.lemma_.lower()
        low, tag = head.lower_, head.tag_
        if last.dep_ == "auxpass" or lemma == "have":
            # a participle (the tagger may call "put" a base form, "promised" a past)
            fits = (
                tag == "VBN"
                or (tag == "VBD" and low.endswith("ed"))
                or (low == head.lemma_.lower() and low in _UNCHANGED_PARTICIPLES)
            )
        elif last.tag_ == "MD":
            fits = tag in {"VB", "VBP"}
        elif lemma == "be":
            fits = tag == "VBG"
        else:
            fits = False
        if not fits:
            return prefix
        return prefix + " " + " ".join(c.text for c in aux)

    def subject_text(self, subj):
        if subj is None:
            return ""
        if subj.pos_ == "PRON" and subj.lower_ in _PERSON_OR_IT_THEY:
            # the nearest agreeing mention ("It hit a rock, sinking ..." -> "The ferry sank ...")
            ants = self.ctx.antecedents()
            name = ants.lookup(subj)
            if name and subj.i not in ants.singular_they:
                return name
            if name is None and subj.lower_ in {"they", "it"}:
                # the coreference walk found no antecedent it is sure of: the last
                # speaker is no better ("The UN said it was sending teams. They will
                # assess ... and help ..." is not "The United Nations help")
                return self.ctx.render([subj.i])
            ant = self.ctx.discourse.resolve(subj.lower_)
            if ant is not None:
                return ant.short
        ids = [i for i in rng(subj) if i in self.allowed]
        first = self.doc[ids[0]] if ids else None
        if first is not None and first.tag_ == "PRP$" and first.head.i == subj.i and len(ids) > 1:
            # "Its fighters burned shelters and killed ..." -> "The group’s fighters killed ..."
            owner = self.ctx.antecedents().possessors.get(first.i)
            if owner:
                return self.ctx.render(
                    ids, {first.i: owner + ("’" if owner.endswith("s") else "’s")}
                )
        if first is not None and first.lower_ in DEMONSTRATIVES and first.dep_ == "det":
            # as the first clause's subject reads after resolve
            if earlier_mention(self.ctx, first.head, body_only=True) is not None:
                return self.ctx.render(ids, {first.i: "the"})
            if first.head.i == ids[-1]:
                from .demonstratives import noun_antecedent
                from .resolve import clause_antecedent

                named = clause_antecedent(self.ctx, first, first.head) or noun_antecedent(
                    self.ctx, first, first.head
                )
                if named:
                    return named
            if earlier_mention(self.ctx, first.head) is not None:
                return self.ctx.render(ids, {first.i: "the"})
        # "The largest of these ... and killed ...": as the first clause's subject reads
        return self.ctx.render(ids, partitive_sets(self.ctx, ids) or None)

    def conjugate(self, p, verb, head, subj, mode):
        while (
            head.tag_ in {"VBG", "VB"}
            and head.dep_ in {"conj", "advcl", "xcomp"}
            and head.head is not head
        ):
            head = head.head
        past = head.tag_ in {"VBD", "VBN"} or any(
            c.lower_ in {"had", "has", "have"} for c in head.children if c.dep_ == "aux"
        )
        modal = next((c for c in head.children if c.dep_ == "aux" and c.lower_ in MODALS), None)
        if modal is not None and mode != "result":
            # "would have a longer range, flying 3 km a day" -> "X would fly 3 km a day"
            p.prefix = " ".join(
                x for x in (self.subject_text(subj) if subj is not None else "", modal.text) if x
            )
            for v in [verb] + [
                c
                for c in verb.children
                if c.dep_ == "conj" and c.tag_ == "VBG" and c.i in set(p.order)
            ]:
                p.replace[v.i] = v.lemma_.lower()
            return
        if mode == "result":
            p.prefix, plural = self.result_subject(head, subj)
        else:
            p.prefix = self.subject_text(subj) if subj is not None else ""
            plural = (
                subj is not None
                and subj.tag_ in {"NNS", "NNPS"}
                or (subj is not None and subj.lower_ in {"they", "we"})
            )
        verbs = [verb] + [
            c for c in verb.children if c.dep_ == "conj" and c.tag_ == "VBG" and c.i in set(p.order)
        ]
        for v in verbs:
            lemma = v.lemma_.lower()
            p.replace[v.i] = (
                past_tense(lemma) if past else (lemma if plural else present_3sg(lemma))
            )

    def verdict_object(self, p, verb, head) -> None:
        """ "vetoed a bill that would have capped rents, calling it unworkable" -> "...
        called the bill unworkable": the verdict's "it"/"them" is what the clause it
        hangs on acted on, when that agrees in number."""
        obj = next(
            (c for c in verb.children if c.dep_ in {"dobj", "dative"} and c.i > verb.i), None
        )
        if obj is None or obj.lower_ not in {"it", "them"} or obj.i not in p.order:
            return
        text = self.acted_on(head, obj.lower_ == "them")
        if text:
            p.replace[obj.i] = text

    def participle_content_subject(self, sub, verb, head, subj) -> None:
        """ "The mayor signed the ordinance, saying it would cut wait times" -> "The
        ordinance would cut wait times": the "it" of what a person says while acting on
        something is that thing (not the speaker, who is no "it"); never an "it" the
        subject could be ("The company cut jobs, saying it needed ..."), nor an
        expletive ("saying it was time to act")."""
        if subj is None or not (
            subj.ent_type_ == "PERSON"
            or subj.lemma_.lower() in PERSON_NOUNS
            or subj.lower_ in {"he", "she"}
        ):
            return
        frame = self.frames.speech.get(verb.i)
        content = {c.i for c in frame.content} if frame is not None else set()
        for p in sub:
            s = p.subject
            if (
                p.main is None
                or p.main.i not in content
                or s is None
                or s.lower_ != "it"
                or s.i not in p.order
                or s.i in p.replace
                or is_expletive_it(s)
            ):
                continue
            text = self.acted_on(head, False)
            if text:
                p.replace[s.i] = text

    def acted_on(self, head, plural) -> str | None:
        """What the clause headed by ``head`` acted on, as a definite noun phrase ("the
        bill" for "vetoed a bill that would have ..."), if its number is ``plural``."""
        acted = next((c for c in head.children if c.dep_ in {"dobj", "nsubjpass"}), None)
        if acted is None:
            # "voted against the package, describing it as ...": the object of the
            # preposition right after the verb
            prep = next((c for c in head.children if c.dep_ == "prep" and c.i > head.i), None)
            if prep is not None and prep.i == head.i + 1:
                acted = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if acted is None or acted.pos_ not in {"NOUN", "PROPN"}:
            return None
        if (acted.tag_ in {"NNS", "NNPS"}) != plural:
            return None
        doc = self.doc
        if acted.pos_ == "PROPN":
            ids = [i for i in self.mention_ids(acted) if i in self.allowed]
            return self.ctx.render(ids) if ids else None
        words = [
            c.i
            for c in acted.lefts
            if c.dep_ in {"compound", "amod", "nmod", "poss", "case"} and c.i in self.allowed
        ]
        ids = sorted(k for w in words for k in range(doc[w].left_edge.i, doc[w].right_edge.i + 1))
        poss = any(doc[w].dep_ == "poss" for w in words)
        text = self.ctx.render(ids + [acted.i])
        return text if poss else "the " + text

    def result_subject(self, head, subj):
        """What a ", resulting in ..." participle says happened, as a subject:
        "forces engaged two drones, resulting in ..." -> "The engagement by U.S. forces";
        "groups conducted attacks, injuring ..." -> "The attacks by the militia groups".
        "This" when the clause gives no event noun or no plain named subject."""
        if (
            subj is None
            or subj.pos_ == "PRON"
            or subj.dep_
            not in {
                "nsubj",
            }
            or head.tag_ == "VBG"
        ):
            return "This", False
        doc = self.doc
        ids = self.mention_ids(subj)
        if not ids or len(ids) > 8 or any(doc[i].is_quote for i in ids):
            return "This", False
        first = doc[ids[0]]
        if first.lower_ in POSSESSIVE_DETERMINERS or first.pos_ == "PRON":
            return "This", False
        det = None
        if first.lower_ in DEMONSTRATIVES or (first.lower_ == "the" and not first.ent_type_):
            det = {first.i: "the"}  # "these militia groups" -> "the militia groups"
        elif first.lower_ in {"a", "an"}:
            det = {first.i: first.lower_}  # "A truck bomb exploded" -> "... by a truck bomb"
        elif first.pos_ == "NOUN" and not first.ent_type_ and first.is_title:
            det = {first.i: first.lower_}  # "Soldiers shelled ..." -> "... by soldiers"
        agent = self.ctx.render(ids, det)
        obj = next((c for c in head.children if c.dep_ == "dobj"), None)
        if (
            obj is not None
            and obj.lemma_.lower() in EVENT_NOUNS
            and not any(c.dep_ == "conj" for c in obj.children)
        ):
            noun = " ".join([c.text for c in obj.lefts if c.dep_ == "compound"] + [obj.text])
            return f"The {noun} by {agent}{self.event_place(head)}", obj.tag_ in {"NNS", "NNPS"}
        nominal = VERB_NOMINALS.get(head.lemma_.lower())
        if nominal is not None:
            return f"The {nominal} by {agent}{self.event_place(head)}", False
        return "This", False

    def event_place(self, head):
        """ " in western Iraq" for "In western Iraq, U.S. forces engaged two drones,
        resulting in ...": the place of the event, so that two engagements differ
        (resolve helper's addition)."""
        doc = self.doc
        verb = head
        while verb.dep_ == "conj" and verb.head.pos_ in {"VERB", "AUX"}:
            verb = verb.head
        for c in verb.children:
            if (
                c.dep_ != "prep"
                or c.lower_ not in {"in", "at", "near", "outside"}
                or c.i not in self.allowed
            ):
                continue
            ids = [i for i in rng(c) if i in self.allowed]
            if len(ids) <= 8 and any(doc[i].ent_type_ in {"GPE", "LOC", "FAC"} for i in ids):
                return " " + self.ctx.render(ids, {c.i: c.lower_})
        return ""

    def purpose_prefix(self, head, subj, clause):
        doc = self.doc
        parts = [self.subject_text(subj)] if subj is not None else []
        aux = [c for c in head.children if c.dep_ in {"aux", "neg"} and c.i < head.i]
        parts.extend(c.text for c in aux)
        parts.append(head.text)
        for c in head.children:
            if c.i > head.i and c.i < clause.i and c.dep_ in {"prep", "attr", "acomp", "advmod"}:
                parts.append(
                    self.ctx.render(
                        [i for i in rng(c) if i in self.allowed and not doc[i].is_quote]
                    )
                )
                break
        return " ".join(x for x in parts if x)

    def gapped(self, p, num):
        """ "900 US troops in Syria, and 2,500 in Iraq" -> the second claim with the noun restored."""
        doc = self.doc
        noun = num.head
        old_num = next(c for c in noun.children if c.dep_ == "nummod")
        new_prep = next(c for c in num.children if c.dep_ == "prep")
        old_prep = None
        for i in p.order:
            t = doc[i]
            if (
                t.dep_ == "prep"
                and t.lower_ == new_prep.lower_
                and t.i < num.i
                and t.head in (noun, p.main, noun.head)
            ):
                old_prep = t
        num_ids = [i for i in rng(num) if i not in set(rng(new_prep))]
        order = []
        skip = set(rng(old_prep)) if old_prep is not None else set()
        drop_lo = num.left_edge.i
        while drop_lo - 1 >= 0 and doc[drop_lo - 1].dep_ in {"cc", "punct"}:
            drop_lo -= 1
        gone = set(range(drop_lo, num.right_edge.i + 1))
        for i in p.order:
            if i in gone:
                continue
            if i == old_num.i:
                order.extend(num_ids)
            elif i in skip:
                if old_prep is not None and i == old_prep.left_edge.i:
                    order.extend(rng(new_prep))
            else:
                order.append(i)
        if old_prep is None:
            order.extend(rng(new_prep))
        return Piece(
            order=order,
            main=p.main,
            attr=p.attr,
            subject=p.subject,
            span_ids=list(range(drop_lo, num.right_edge.i + 1)),
        )


def _names_again(participle, host) -> bool:
    """ "Lindqvist said a group of senators had met, saying the group was closer than
    the leaders think": the participle's own clause names the reported clause's subject
    again by its noun ("the group"), which that subject would not do of itself ("we",
    "it"): the one who reports goes on speaking."""
    if host is None or host.pos_ != "NOUN":
        return False
    for k in participle.children:
        if k.dep_ != "ccomp":
            continue
        for g in k.children:
            if (
                g.dep_ in ("nsubj", "nsubjpass")
                and g.pos_ == "NOUN"
                and g.lemma_ == host.lemma_
                and any(d.dep_ == "det" and d.lower_ in ("the", "that", "this") for d in g.children)
            ):
                return True
    return False
