"""Split a parsed sentence into atomic pieces and attach attribution.

Works on dependency subtrees as contiguous token ranges (the English parser
is projective), so each sentence costs a walk over its own tokens.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from . import attribution as A
from .coref import antecedents
from .speakers import AGENT_NOUNS, MEDIA_WORDS, ORG_WORDS, PERSON_PRONOUNS, SOURCE_NOUNS, TITLE_WORDS, speaker_kind

CORE_COMPLEMENTS = frozenset({"dobj", "ccomp", "xcomp", "attr", "acomp", "oprd", "dative", "agent", "pobj"})
SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})
CONCESSIVE = frozenset({"though", "although"})
RESULT_VERBS = frozenset({"result", "lead", "cause", "leave", "bring", "prompt", "trigger", "force", "kill", "injure", "wound", "spark"})
RELATIVIZERS = frozenset({"who", "which", "where"})
# participles that work as prepositions ("including", "following") never start a claim
PREPOSITIONAL_PARTICIPLES = frozenset({"include", "accord", "follow", "regard", "concern", "exclude", "give", "consider", "involve", "compare"})
IRREGULAR_PAST = {
    "be": "was", "have": "had", "do": "did", "go": "went", "make": "made", "take": "took", "give": "gave",
    "bring": "brought", "leave": "left", "hit": "hit", "send": "sent", "keep": "kept", "hold": "held",
    "find": "found", "build": "built", "lead": "led", "shoot": "shot", "put": "put", "cut": "cut",
    "set": "set", "see": "saw", "come": "came", "get": "got", "fight": "fought", "drive": "drove",
    "fall": "fell", "break": "broke", "spend": "spent", "lose": "lost", "win": "won", "run": "ran",
    "begin": "began", "stand": "stood", "tell": "told", "say": "said", "strike": "struck", "fly": "flew",
    "sink": "sank", "rise": "rose", "throw": "threw", "speak": "spoke", "write": "wrote", "grow": "grew",
    "know": "knew", "draw": "drew", "choose": "chose", "flee": "fled", "feel": "felt", "meet": "met",
    "sell": "sold", "pay": "paid", "buy": "bought", "catch": "caught", "teach": "taught", "seek": "sought",
    "spread": "spread", "shut": "shut", "let": "let", "quit": "quit", "bear": "bore", "wear": "wore",
    "tear": "tore", "swim": "swam", "sing": "sang", "ring": "rang", "drink": "drank", "eat": "ate",
    "forget": "forgot", "hide": "hid", "ride": "rode", "shake": "shook", "steal": "stole", "wake": "woke",
}


# what a clause did, named as a noun, for a ", resulting in ..." participle
EVENT_NOUNS = frozenset({
    "attack", "strike", "airstrike", "bombing", "raid", "assault", "explosion", "blast", "shelling",
    "offensive", "crash", "collision", "shooting", "engagement", "invasion", "ambush", "barrage",
})
VERB_NOMINALS = {
    "engage": "engagement", "attack": "attack", "bomb": "bombing", "shell": "shelling", "shoot": "shooting",
    "destroy": "destruction", "explode": "explosion", "raid": "raid", "invade": "invasion", "ambush": "ambush",
    "collide": "collision", "storm": "storming", "detonate": "detonation",
}

AGENT_ENTS = frozenset({"PERSON", "ORG", "NORP", "GPE"})
AGENT_PRONOUNS = frozenset({"i", "we", "you", "he", "she", "they", "it", "who"})
MODALS = frozenset({"will", "would", "can", "could", "may", "might", "shall", "should", "must", "wo", "ca"})


def is_agent(tok, names=frozenset()) -> bool:
    """Can this subject say, find or promise something?  "The engineers" can,
    "the images" or "its longevity" cannot (they only show or suggest).
    ``names``: words of the document's named entities, for a surname the
    tagger missed at the start of a sentence."""
    if tok.pos_ == "PRON":
        return tok.lower_ in AGENT_PRONOUNS
    if tok.ent_type_ in AGENT_ENTS or any(t.ent_type_ in AGENT_ENTS for t in tok.lefts if t.dep_ in ("compound", "amod")):
        return True
    if tok.pos_ == "PROPN" or tok.text in names or (tok.is_title and not tok.is_sent_start):
        return True
    w, lemma = tok.lower_, tok.lemma_.lower()
    return bool({w, lemma} & (AGENT_NOUNS | ORG_WORDS | SOURCE_NOUNS | MEDIA_WORDS) or w in TITLE_WORDS)


def past_tense(lemma: str) -> str:
    if lemma in IRREGULAR_PAST:
        return IRREGULAR_PAST[lemma]
    if lemma.endswith("e"):
        return lemma + "d"
    if lemma.endswith("y") and len(lemma) > 2 and lemma[-2] not in "aeiou":
        return lemma[:-1] + "ied"
    if len(lemma) <= 4 and len(lemma) >= 3 and lemma[-1] in "pgtmn" and lemma[-2] in "aeiou" and lemma[-3] not in "aeiou":
        return lemma + lemma[-1] + "ed"
    return lemma + "ed"


def present_3sg(lemma: str) -> str:
    if lemma == "be":
        return "is"
    if lemma == "have":
        return "has"
    if lemma.endswith(("s", "sh", "ch", "x", "z", "o")):
        return lemma + "es"
    if lemma.endswith("y") and len(lemma) > 2 and lemma[-2] not in "aeiou":
        return lemma[:-1] + "ies"
    return lemma + "s"


@dataclass
class Piece:
    order: list[int]
    main: object  # spaCy Token: the piece's main predicate
    prefix: str = ""
    replace: dict = field(default_factory=dict)
    attr: A.Attribution | None = None
    attr_ids: list[int] = field(default_factory=list)
    span_ids: list[int] | None = None
    speech_act: bool = False
    subject: object = None  # Token or None
    headline: bool = False
    unit: int = 0


def rng(tok):
    return range(tok.left_edge.i, tok.right_edge.i + 1)


class SentenceSplitter:
    """Builds pieces for one unit (sentence); ``ctx`` carries doc-level state."""

    def __init__(self, ctx, allowed: set[int]):
        self.ctx = ctx
        self.doc = ctx.doc
        self.allowed = allowed

    # ---- helpers -------------------------------------------------------
    def subject_of(self, head):
        for c in head.children:
            if c.dep_ in SUBJECTS and c.i in self.allowed:
                return c
        return None

    def mention_ids(self, tok):
        """Token ids of a noun phrase used as a speaker, without clauses hung on it."""
        drop = set()
        use = tok
        for c in tok.children:
            if c.dep_ == "appos" and (c.ent_type_ == "PERSON" or c.pos_ == "PROPN" and tok.pos_ != "PROPN") and tok.ent_type_ != "PERSON":
                use = c
        for c in use.children:
            if c.dep_ in ("relcl", "acl", "appos", "punct", "cc") or (c.dep_ == "conj" and use is not tok):
                drop.update(rng(c))
            if c.dep_ == "prep" and c.i > use.i and c.lower_ not in ("of",):
                # "Bruce Bennett from the RAND Corporation": keep the name, drop the affiliation
                if use.ent_type_ == "PERSON" or any(t.ent_type_ == "PERSON" for t in use.lefts):
                    drop.update(rng(c))
        ids = [i for i in rng(use) if i in self.allowed and i not in drop and not self.doc[i].is_space]
        while ids and (self.doc[ids[0]].is_punct or self.doc[ids[0]].lower_ in ("also",)):
            ids.pop(0)
        while ids and self.doc[ids[-1]].is_punct:
            ids.pop()
        return ids

    def make_attr(self, cue, subj, inherited):
        """Attribution for speech verb ``cue`` whose grammatical subject is ``subj``."""
        ctx = self.ctx
        mention = None
        if subj is not None:
            low = subj.lower_
            if subj.pos_ == "PRON" or low in A.FIRST_PERSON:
                if low in A.FIRST_PERSON:
                    return None  # "I will say that ...": the outer attribution speaks
                ant = ctx.resolve(low)
                if ant is None:
                    mention = self.mention_ids(subj)
                else:
                    return A.Attribution(
                        speaker=ant.speaker, speaker_span=(subj.idx, subj.idx + len(subj)), speaker_kind=ant.speaker_kind,
                        cue=cue.text, cue_span=(cue.idx, cue.idx + len(cue)), cue_lemma=cue.lemma_.lower(),
                        via=self.via(cue), short=ant.short,
                    )
            else:
                mention = self.mention_ids(subj)
        elif inherited is not None:
            return A.Attribution(
                speaker=inherited.speaker, speaker_span=inherited.speaker_span, speaker_kind=inherited.speaker_kind,
                cue=cue.text, cue_span=(cue.idx, cue.idx + len(cue)), cue_lemma=cue.lemma_.lower(),
                via=self.via(cue) or inherited.via, short=inherited.short,
            )
        if not mention:
            return None
        return self.attr_from_mention(mention, cue)

    def attr_from_mention(self, ids, cue):
        doc = self.doc
        start, end = doc[ids[0]].idx, doc[ids[-1]].idx + len(doc[ids[-1]])
        text = self.ctx.text[start:end]
        labels = {doc[i].ent_type_ for i in ids if doc[i].ent_type_}
        kind = speaker_kind(text, labels)
        last = doc[ids[-1]]
        if last.dep_ == "appos" and last.head.lower_ in (AGENT_NOUNS | TITLE_WORDS) and last.head.lower_ not in ORG_WORDS:
            kind = "person"  # "Another expert, Bong Young-shik, said": the tagger's ORG is wrong
        short = text
        if kind == "person":
            person = [i for i in ids if doc[i].ent_type_ == "PERSON"]
            if person:
                short = self.ctx.text[doc[person[0]].idx: doc[person[-1]].idx + len(doc[person[-1]])]
        a = A.Attribution(
            speaker=text, speaker_span=(start, end), speaker_kind=kind,
            cue=cue.text if cue is not None else None,
            cue_span=(cue.idx, cue.idx + len(cue)) if cue is not None else None,
            cue_lemma=cue.lemma_.lower() if cue is not None else None,
            via=text if kind == "media" else (self.via(cue) if cue is not None else None), short=short,
            plural=doc[ids[-1]].tag_ in ("NNS", "NNPS"),
        )
        self.ctx.remember(a)
        return a

    def via(self, cue):
        v = A.via_of(cue, self.ctx.is_media_token)
        if v is None:
            return None
        ids = self.mention_ids(v)
        if not ids:
            return None
        return self.ctx.text[self.doc[ids[0]].idx: self.doc[ids[-1]].idx + len(self.doc[ids[-1]])]

    def has_complement_after(self, head):
        for c in head.children:
            if c.i > head.i and (c.dep_ in CORE_COMPLEMENTS or c.dep_ in ("prep", "advcl", "npadvmod")):
                return True
        return False

    # ---- splitting ------------------------------------------------------
    def split_children(self, head):
        out = []
        doc = self.doc
        for c in head.children:
            if c.i not in self.allowed:
                continue
            if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"):
                before = doc[c.left_edge.i - 1] if c.left_edge.i > 0 else None
                if head.tag_ == "VBG" and c.tag_ == "VBG":
                    if c.lemma_ in PREPOSITIONAL_PARTICIPLES:
                        continue
                    if before is not None and before.text == "," and not any(x.dep_ == "cc" and x.i < c.i for x in head.children if x.i > head.i and x.i > c.left_edge.i - 3):
                        out.append((c, "result" if c.lemma_ in RESULT_VERBS else "participle"))
                    continue
                if head.tag_ in ("VB", "VBG", "VBN") and not any(x.dep_ in ("aux", "auxpass") and x.tag_ != "TO" for x in head.children) and head.dep_ != "ROOT":
                    continue
                own_subj = self.subject_of(c) is not None
                own_aux = any(x.dep_ in ("aux", "auxpass") and x.tag_ != "TO" for x in c.children)
                if (
                    c.tag_ == "VBN" and not own_subj and not own_aux and head.tag_ in ("VBD", "VBZ", "VBP")
                    and before is not None and before.text == ","
                ):
                    continue  # "... the hotels that were attacked, called the X": a reduced relative, not a second verb
                own_comp = any(x.dep_ in CORE_COMPLEMENTS or x.dep_ in ("prep", "advcl") for x in c.children)
                if own_subj or (own_comp and self.has_complement_after(head)) or (own_aux and own_comp and head.tag_ not in ("VB", "VBG", "VBN")):
                    out.append((c, "conj"))
            elif c.dep_ == "advcl":
                marks = {m.lower_ for m in c.children if m.dep_ == "mark"}
                if c.i > head.i and marks and self.subject_of(c) is not None and A.speech_content(c)[1]:
                    out.append((c, "speech"))  # "The finding comes after NASA said (that) ..."
                elif marks & CONCESSIVE and self.subject_of(c) is not None:
                    out.append((c, "concessive"))
                elif c.tag_ == "VBG" and not marks and c.i > head.i and c.lemma_ not in PREPOSITIONAL_PARTICIPLES:
                    before = doc[c.left_edge.i - 1] if c.left_edge.i > 0 else None
                    if before is not None and before.text == "," and not A.speech_content(c)[0]:
                        out.append((c, "result" if c.lemma_ in RESULT_VERBS else "participle"))
                elif head.lemma_ == "be" and any(m.tag_ == "TO" for m in c.children) and c.i > head.i and len(rng(c)) >= 4:
                    if any(x.dep_ == "prep" and x.i < c.i and x.i > head.i for x in head.children):
                        out.append((c, "purpose"))
        # "engaged and destroyed a drone, resulting in ...": adjuncts of a shared-subject conjunct
        split_heads = {c.i for c, _ in out}
        for c in head.children:
            if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and c.i not in split_heads and c.i in self.allowed:
                out.extend((g, m) for g, m in self.split_children(c) if m in ("participle", "result", "concessive"))
        return out

    def nested_splits(self, ids, head):
        """Comma relative clauses and gapped numbers inside a piece's own tokens."""
        doc = self.doc
        out = []
        for i in ids:
            t = doc[i]
            if t.dep_ == "relcl" and t.left_edge.i > 0 and doc[t.left_edge.i - 1].text == "," and doc[t.left_edge.i].lower_ in RELATIVIZERS:
                out.append((t, "relcl"))
            elif t.dep_ == "conj" and t.tag_ == "CD" and t.head.pos_ in ("NOUN", "PROPN") and any(c.dep_ == "prep" for c in t.children):
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
        if subj is not None and subj.pos_ != "PRON":
            self.ctx.note_subject(subj, self, main_clause=mode != "content")

        splits = self.split_children(head)
        split_ids = set()
        for c, m in splits:
            lo = c.left_edge.i
            # take the comma / conjunction in front of the split part with it
            while lo - 1 >= head.left_edge.i and doc[lo - 1].dep_ in ("cc", "punct", "mark") and doc[lo - 1].i != head.i:
                lo -= 1
            split_ids.update(range(lo, c.right_edge.i + 1))
            if m == "concessive":
                split_ids.update(rng(c))

        is_speech, content = A.speech_content(head)
        cue = head
        statement_noun = None
        if not is_speech:
            ok, content2, noun = A.issued_statement(head)
            if ok:
                is_speech, content, statement_noun = True, content2, noun
        if (
            is_speech and statement_noun is None and subj is not None and head.lemma_.lower() not in A.STRONG_SPEECH
            and not is_agent(subj, self.ctx.names())
        ):
            is_speech, content = False, []  # "The images suggested ...": evidence, not a speaker
        passive_agent = None
        if is_speech and head.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in head.children):
            for c in head.children:
                if c.dep_ == "agent":
                    for p in c.children:
                        if p.dep_ == "pobj":
                            passive_agent = (c, p)
            if passive_agent is None:
                is_speech = False  # "is said to", handled as a hedge

        pieces = []
        own_ids = [i for i in rng(head) if i in allowed and i not in split_ids]
        if is_speech:
            if passive_agent is not None:
                agent_prep, agent = passive_agent
                ids = self.mention_ids(agent)
                new_attr = self.attr_from_mention(ids, head) if ids else attr
                drop = set(rng(agent_prep))
                piece = Piece(order=[i for i in own_ids if i not in drop], main=head, attr=new_attr, subject=subj,
                              attr_ids=[i for i in rng(agent_prep) if i in allowed])
                pieces.append(piece)
            else:
                new_attr = self.make_attr(cue, subj, attr if subj is None and inherited_subj is None else None)
                if new_attr is None and subj is None and inherited_subj is not None:
                    new_attr = self.make_attr(cue, inherited_subj, None)
                first_person = subj is not None and subj.lower_ in A.FIRST_PERSON
                if first_person:
                    new_attr = attr
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
                                self.ctx.region_speaker.setdefault(q, new_attr)
                    for c in content:
                        sub = self.analyse(c, None, new_attr, "content", depth + 1)
                        for p in sub:
                            if not p.attr_ids:
                                p.attr_ids = attr_ids
                        pieces.extend(sub)
                    if not pieces and new_attr is None:
                        pass
                else:
                    piece = Piece(order=own_ids, main=head, attr=new_attr if not first_person else attr, subject=subj,
                                  speech_act=new_attr is not None and not first_person)
                    if subj is None and inherited_subj is not None:
                        piece.prefix = self.subject_text(inherited_subj)
                    pieces.append(piece)
                    if new_attr is not None:
                        # a bare "..., the group said." next to a quotation speaks for it
                        for j in (head.left_edge.i - 1, head.left_edge.i - 2, head.right_edge.i + 1):
                            if 0 <= j < len(doc):
                                q = self.ctx.layout.quote_at(doc[j].idx)
                                if q is not None:
                                    self.ctx.region_speaker.setdefault(q, new_attr)
        else:
            piece = Piece(order=own_ids, main=head, attr=attr, subject=subj)
            if subj is None and inherited_subj is not None and mode in ("conj", "participle", "concessive", "purpose"):
                piece.prefix = self.subject_text(inherited_subj)
            own = set(own_ids)
            stub = any(m == "speech" for _, m in splits) and not any(
                c.i in own and c.dep_ not in SUBJECTS and c.dep_ not in ("aux", "auxpass", "punct", "neg", "cc", "mark", "advmod")
                for c in head.children
            )
            if not stub:  # "The finding comes" once "after NASA said ..." is its own claim
                pieces.append(piece)

        # pieces hidden inside the clause's own tokens
        for p in list(pieces):
            if p.main is not head:
                continue
            for t, m in self.nested_splits(p.order, head):
                if m == "relcl":
                    drop = set(range(t.left_edge.i - 1, t.right_edge.i + 1))
                    if t.right_edge.i + 1 < len(doc) and doc[t.right_edge.i + 1].text == ",":
                        drop.add(t.right_edge.i + 1)
                    p.order = [i for i in p.order if i not in drop]
                    ante = [i for i in self.mention_ids(t.head)]
                    rel = [i for i in rng(t) if i in allowed and doc[i].lower_ not in RELATIVIZERS]
                    q = Piece(order=rel, main=t, attr=p.attr, subject=None)
                    if doc[t.left_edge.i].lower_ in ("who", "which"):
                        q.prefix = self.ctx.render(ante)
                    pieces.append(q)
                elif m == "gapping":
                    pieces.append(self.gapped(p, t))
                    lo = t.left_edge.i
                    while lo - 1 >= 0 and doc[lo - 1].dep_ in ("cc", "punct"):
                        lo -= 1
                    drop = set(range(lo, t.right_edge.i + 1))
                    p.order = [i for i in p.order if i not in drop]

        for c, m in splits:
            sub = self.analyse(c, eff_subj, attr, m, depth + 1)
            if m in ("participle", "result"):
                for p in sub:
                    if p.main is c:
                        self.conjugate(p, c, head, eff_subj, m)
            elif m == "purpose":
                for p in sub:
                    if p.main is c:
                        p.prefix = self.purpose_prefix(head, eff_subj, c)
            pieces.extend(sub)
        return pieces

    def subject_text(self, subj):
        if subj is None:
            return ""
        if subj.pos_ == "PRON" and subj.lower_ in PERSON_PRONOUNS | {"it", "they"}:
            # the nearest agreeing mention ("It hit a rock, sinking ..." -> "The ferry sank ...")
            ants = antecedents(self.ctx)
            name = ants.lookup(subj)
            if name and subj.i not in ants.singular_they:
                return name
            ant = self.ctx.resolve(subj.lower_)
            if ant is not None:
                return ant.short
        return self.ctx.render([i for i in rng(subj) if i in self.allowed])

    def conjugate(self, p, verb, head, subj, mode):
        while head.tag_ in ("VBG", "VB") and head.dep_ in ("conj", "advcl", "xcomp") and head.head is not head:
            head = head.head
        past = head.tag_ in ("VBD", "VBN") or any(c.lower_ in ("had", "has", "have") for c in head.children if c.dep_ == "aux")
        modal = next((c for c in head.children if c.dep_ == "aux" and c.lower_ in MODALS), None)
        if modal is not None and mode != "result":
            # "would have a longer range, flying 3 km a day" -> "X would fly 3 km a day"
            p.prefix = " ".join(x for x in (self.subject_text(subj) if subj is not None else "", modal.text) if x)
            for v in [verb] + [c for c in verb.children if c.dep_ == "conj" and c.tag_ == "VBG" and c.i in set(p.order)]:
                p.replace[v.i] = v.lemma_.lower()
            return
        if mode == "result":
            p.prefix, plural = self.result_subject(head, subj)
        else:
            p.prefix = self.subject_text(subj) if subj is not None else ""
            plural = subj is not None and subj.tag_ in ("NNS", "NNPS") or (subj is not None and subj.lower_ in ("they", "we"))
        verbs = [verb] + [c for c in verb.children if c.dep_ == "conj" and c.tag_ == "VBG" and c.i in set(p.order)]
        for v in verbs:
            lemma = v.lemma_.lower()
            p.replace[v.i] = past_tense(lemma) if past else (lemma if plural else present_3sg(lemma))

    def result_subject(self, head, subj):
        """What a ", resulting in ..." participle says happened, as a subject:
        "forces engaged two drones, resulting in ..." -> "The engagement by U.S. forces";
        "groups conducted attacks, injuring ..." -> "The attacks by the militia groups".
        "This" when the clause gives no event noun or no plain named subject."""
        if subj is None or subj.pos_ == "PRON" or subj.dep_ not in ("nsubj",) or head.tag_ == "VBG":
            return "This", False
        doc = self.doc
        ids = self.mention_ids(subj)
        if not ids or len(ids) > 8 or any(doc[i].is_quote for i in ids):
            return "This", False
        first = doc[ids[0]]
        if first.lower_ in ("its", "their", "his", "her", "our", "my", "your") or first.pos_ == "PRON":
            return "This", False
        det = None
        if first.lower_ in ("this", "that", "these", "those") or (first.lower_ == "the" and not first.ent_type_):
            det = {first.i: "the"}  # "these militia groups" -> "the militia groups"
        elif first.pos_ == "NOUN" and not first.ent_type_ and first.is_title:
            det = {first.i: first.lower_}  # "Soldiers shelled ..." -> "... by soldiers"
        agent = self.ctx.render(ids, det)
        obj = next((c for c in head.children if c.dep_ == "dobj"), None)
        if obj is not None and obj.lemma_.lower() in EVENT_NOUNS and not any(c.dep_ == "conj" for c in obj.children):
            noun = " ".join([c.text for c in obj.lefts if c.dep_ == "compound"] + [obj.text])
            return f"The {noun} by {agent}", obj.tag_ in ("NNS", "NNPS")
        nominal = VERB_NOMINALS.get(head.lemma_.lower())
        if nominal is not None:
            return f"The {nominal} by {agent}", False
        return "This", False

    def purpose_prefix(self, head, subj, clause):
        doc = self.doc
        parts = [self.subject_text(subj)] if subj is not None else []
        aux = [c for c in head.children if c.dep_ in ("aux", "neg") and c.i < head.i]
        parts.extend(c.text for c in aux)
        parts.append(head.text)
        for c in head.children:
            if c.i > head.i and c.i < clause.i and c.dep_ in ("prep", "attr", "acomp", "advmod"):
                parts.append(self.ctx.render([i for i in rng(c) if i in self.allowed and not doc[i].is_quote]))
                break
        return " ".join(x for x in parts if x)

    def gapped(self, p, num):
        """"900 US troops in Syria, and 2,500 in Iraq" -> the second claim with the noun restored."""
        doc = self.doc
        noun = num.head
        old_num = next(c for c in noun.children if c.dep_ == "nummod")
        new_prep = next(c for c in num.children if c.dep_ == "prep")
        old_prep = None
        for i in p.order:
            t = doc[i]
            if t.dep_ == "prep" and t.lower_ == new_prep.lower_ and t.i < num.i and t.head in (noun, p.main, noun.head):
                old_prep = t
        num_ids = [i for i in rng(num) if i not in set(rng(new_prep))]
        order = []
        skip = set(rng(old_prep)) if old_prep is not None else set()
        drop_lo = num.left_edge.i
        while drop_lo - 1 >= 0 and doc[drop_lo - 1].dep_ in ("cc", "punct"):
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
        return Piece(order=order, main=p.main, attr=p.attr, subject=p.subject, span_ids=list(range(drop_lo, num.right_edge.i + 1)))
