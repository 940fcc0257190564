"""Antecedents for subject pronouns, so a claim reads without the article.

One left-to-right walk over the parsed doc (no re-parsing) collects, per
agreement class, the mentions a pronoun could point back to:

- ``person`` (he/she): named PERSON entities; a subject or object headed by a
  person noun ("the man", "a witness") blocks, as it is a closer, unnamed
  antecedent.
- ``plural`` (they): active subjects that are plural agents ("the engineers",
  "Putin's forces") or organisations; any other plural subject or direct
  object ("people were wounded", "the attacks") blocks.
- ``single`` (it): singular non-person subjects ("the helicopter", "NASA");
  a singular direct object in between ("launched the helicopter") or a
  demonstrative subject ("This includes ...") blocks.

A pronoun takes the nearest event of its class, within its paragraph or the
previous one; a blocker or an unusable mention (one that is itself anaphoric:
"that proposal", "their attempt") means no replacement.  Resolved pronouns
become mentions in turn, so "He ... He ..." chains.
"""

from __future__ import annotations

from .lexicon import (
    AGENT_NOUNS,
    AGENT_SUFFIXES,
    ANAPHORIC_DETERMINERS,
    NAMING_VERBS,
    NOT_AGENTS,
    ORG_WORDS,
    PERSON_NOUNS,
    RAISING_VERBS,
    TITLE_WORDS,
)

SUBJ_DEPS = frozenset({"nsubj", "nsubjpass"})
# clauses whose subject can be picked up later: main clauses and reported content
_CLAUSE_DEPS = frozenset({"ROOT", "conj", "ccomp"})
_CLAUSAL = frozenset({"ccomp", "xcomp", "csubj", "csubjpass", "advcl"})
_NON_REFERRING = frozenset({"DATE", "TIME", "CARDINAL", "PERCENT", "MONEY", "QUANTITY", "ORDINAL"})
MAX_MENTION = 8
POSSESSIVE_CLASS = {
    "its": ("single", "it"),
    "their": ("plural", "they"),
    "his": ("person", "he"),
    "her": ("person", "she"),
}


def is_expletive_it(tok) -> bool:
    """ "It is normal for viruses to mutate", "It would be a tragedy if ...",
    "It's likely not a coincidence that ...", "it is believed that ...":
    the pronoun points forward to a clause, not back to a mention."""
    v = tok.head
    if v is tok:
        return False
    lemma = v.lemma_.lower()
    kids = list(v.children)
    clausal = any(c.dep_ in _CLAUSAL for c in kids if c.i > tok.i)
    if lemma == "be" or lemma in RAISING_VERBS:
        if clausal:
            return True
        for c in kids:
            if c.dep_ in ("attr", "acomp", "oprd") and any(
                g.dep_ in ("ccomp", "xcomp", "acl", "relcl", "csubj") for g in c.children
            ):
                return True
    if tok.dep_ == "nsubjpass" and any(c.dep_ == "ccomp" for c in kids):
        return True  # "it is believed that ..."
    # "it" as the subject of a copula whose complement is a clause further down ("It is able to ...")
    return lemma == "be" and any(
        c.dep_ in ("xcomp", "ccomp")
        for c in v.subtree
        if c.i > v.i and c.head.dep_ in ("acomp", "attr")
    )


def _plural_agent(t, low, lemma, has_conj) -> bool:
    if t.ent_type_ in ("ORG", "NORP") or (t.ent_type_ == "GPE" and has_conj):
        return True
    if {low, lemma} & (AGENT_NOUNS | ORG_WORDS):
        return True
    if any(
        c.ent_type_ in ("ORG", "NORP") for c in t.lefts if c.dep_ in ("compound", "amod", "poss")
    ):
        return True
    return t.pos_ == "NOUN" and lemma not in NOT_AGENTS and lemma.endswith(AGENT_SUFFIXES)


class Antecedents:
    """Built once per doc on first use; ``lookup(tok)`` answers for a subject pronoun."""

    def __init__(self, doc, text, layout):
        self.doc = doc
        self.text = text
        self.layout = layout
        self.resolved: dict[int, str | None] = {}
        self.singular_they: set[int] = (
            set()
        )  # "they" resolved to a singular name: the verb needs fixing
        self.possessors: dict[
            int, str | None
        ] = {}  # possessive determiner of a subject -> its owner
        self._scan()

    # ---- mention texts ----------------------------------------------------
    def _np_ids(self, head):
        doc = self.doc
        drop = set()
        for c in head.children:
            if c.dep_ in ("relcl", "acl", "appos", "punct", "advcl") or (
                c.dep_ == "prep" and c.i > head.i and c.lower_ != "of"
            ):
                drop.update(range(c.left_edge.i, c.right_edge.i + 1))
        ids = [
            i
            for i in range(head.left_edge.i, head.right_edge.i + 1)
            if i not in drop and not doc[i].is_space
        ]
        while ids and (
            doc[ids[0]].is_punct
            or doc[ids[0]].dep_ in ("cc", "preconj")
            or doc[ids[0]].lower_ in ("also", "only", "even")
        ):
            ids.pop(0)
        while ids and doc[ids[-1]].is_punct:
            ids.pop()
        return ids

    def _np_text(self, ids):
        """Source text of the mention; a leading common "The" is lowercased
        (the claim's first letter is capitalised later), "The" in a name stays."""
        doc = self.doc
        if not ids or len(ids) > MAX_MENTION:
            return None
        first = doc[ids[0]]
        if first.lower_ in ANAPHORIC_DETERMINERS or first.pos_ == "PRON":
            return None
        if any(doc[i].is_quote or doc[i].text in "()[]" for i in ids):
            return None
        s, e = first.idx, doc[ids[-1]].idx + len(doc[ids[-1]])
        out = self.text[s:e]
        if "\n" in out:
            return None
        if first.lower_ in ("the", "a", "an") and not first.ent_type_:
            out = first.lower_ + out[len(first.text) :]
        return out

    def _person_text(self, start, end, label_text):
        """A PERSON entity without titles; a bare surname becomes the full name
        it was first mentioned with."""
        words = label_text.split()
        while len(words) > 1 and words[0].lower().strip(".") in TITLE_WORDS:
            words = words[1:]
        name = " ".join(words)
        for suf in ("'s", "’s"):
            if name.endswith(suf):
                name = name[: -len(suf)]
        if len(words) == 1:
            full = self._full_names.get(name)
            if full:
                return full
        return name

    # ---- the walk -----------------------------------------------------------
    def _scan(self):
        doc = self.doc
        lay = self.layout
        self._thing_words = _named_things(doc)
        ents = [
            e
            for e in doc.ents
            if e.label_ == "PERSON" and not set(e.text.split()) <= self._thing_words
        ]
        self._full_names: dict[str, str] = {}
        person_words = set()
        for e in ents:
            ws = [w for w in e.text.split() if w.lower().strip(".") not in TITLE_WORDS]
            person_words.update(ws)
            if len(ws) >= 2:
                self._full_names.setdefault(
                    ws[-1].removesuffix("'s").removesuffix("’s"),
                    " ".join(ws).removesuffix("'s").removesuffix("’s"),
                )
        ent_start = {e.start: e for e in ents}
        # events per class: (token index, paragraph, text or None for a blocker, gender or None)
        ev = {"person": [], "plural": [], "single": []}
        self.events = ev
        self._gender: dict[str, str] = {}
        para_of = lay.paragraph
        for t in doc:
            if t.is_space or t.is_punct:
                continue
            i = t.i
            if i in ent_start:
                e = ent_start[i]
                ev["person"].append(
                    (i, para_of(t.idx), self._person_text(e.start_char, e.end_char, e.text), None)
                )
                if e.root.dep_ in SUBJ_DEPS:
                    self._cross_block(e.root, ev, "person", para_of(t.idx))
                continue
            dep = t.dep_
            if t.tag_ == "PRP$" and t.lower_ in POSSESSIVE_CLASS and t.head.dep_ in SUBJ_DEPS:
                # "Its members carried out ..." -> whose members
                cls, pronoun = POSSESSIVE_CLASS[t.lower_]
                self.possessors[i] = self._resolve(i, para_of(t.idx), cls, pronoun)
                continue
            if dep in SUBJ_DEPS:
                self._subject(t, ev, person_words, para_of)
            elif dep in ("dobj", "dative", "attr", "oprd", "pobj"):
                self._object(t, ev, para_of)

    def _subject(self, t, ev, person_words, para_of):
        i = t.i
        para = para_of(t.idx)
        low = t.lower_
        if t.pos_ == "PRON" or t.tag_ in ("PRP", "DT", "WDT", "WP"):
            if low in ("he", "she"):
                res = self._resolve(i, para, "person", low)
                self.resolved[i] = res
                ev["person"].append((i, para, res, low))
            elif low == "it":
                if is_expletive_it(t):
                    self.resolved[i] = None
                    return
                res = self._resolve(i, para, "single", low)
                if res is None:
                    res = self._object_of_previous(t, para_of)
                self.resolved[i] = res
                ev["single"].append((i, para, res, None))
            elif low == "they":
                res = self._resolve(i, para, "plural", low)
                self.resolved[i] = res
                ev["plural"].append((i, para, res, None))
            elif low in ("this", "that"):
                ev["single"].append((i, para, None, None))
            elif low in ("these", "those"):
                ev["plural"].append((i, para, None, None))
            return
        if (t.ent_type_ == "PERSON" and t.text not in self._thing_words) or t.text in person_words:
            if t.ent_type_ != "PERSON":
                self._cross_block(t, ev, "person", para)
            return  # the entity itself is recorded where it starts
        if t.pos_ not in ("NOUN", "PROPN") or t.ent_type_ in _NON_REFERRING:
            return
        lemma = t.lemma_.lower()
        has_conj = any(c.dep_ == "conj" for c in t.children)
        plural = (
            t.tag_ == "NNS" or (t.tag_ == "NNPS" and t.ent_type_ not in ("ORG", "GPE")) or has_conj
        )
        # main clauses, reported content, and whoever reports ("after NASA said it ...")
        usable_clause = t.head.dep_ in _CLAUSE_DEPS or any(
            c.dep_ == "ccomp" for c in t.head.children
        )
        if not plural and (low in PERSON_NOUNS or lemma in PERSON_NOUNS):
            ev["person"].append(
                (i, para, None, None)
            )  # "the man said ...": an unnamed person is closer
            self._cross_block(t, ev, "person", para)
            return
        ids = self._np_ids(t)
        text = self._np_text(ids) if usable_clause else None
        org = t.ent_type_ in ("ORG", "NORP") or bool({low, lemma} & ORG_WORDS) and t.pos_ == "PROPN"
        if plural:
            agent = t.dep_ == "nsubj" and _plural_agent(t, low, lemma, has_conj)
            ev["plural"].append((i, para, text if agent else None, None))
            self._cross_block(t, ev, "plural", para)
            return
        # a subject in a relative or adverbial clause ("one aircraft NASA is developing") only blocks
        ev["single"].append((i, para, text, None))
        if org and text and t.dep_ == "nsubj":
            ev["plural"].append((i, para, text, "sg"))  # "The ministry ... they said"
        elif t.head.dep_ != "ccomp":
            # a thing inside someone's report does not take "they" from the reporters:
            # "Critics say the plan is too slow. They want ..."
            self._cross_block(t, ev, "single", para)

    @staticmethod
    def _cross_block(t, ev, cls, para):
        """A main or reported clause about someone else in between makes "it" and
        "they" ambiguous: "The army said a soldier was killed. It was ..." """
        head = t.head
        if not (head.dep_ in _CLAUSE_DEPS or any(c.dep_ == "ccomp" for c in head.children)):
            return
        for other in ("single", "plural"):
            if other != cls:
                ev[other].append((t.i, para, None, None))

    def _object(self, t, ev, para_of):
        if t.pos_ not in ("NOUN", "PROPN") or t.ent_type_ in _NON_REFERRING | {"PERSON"}:
            return
        low, lemma = t.lower_, t.lemma_.lower()
        para = para_of(t.idx)
        if t.dep_ == "pobj":
            # only a person noun ("asked a man if he ...") counts from a prepositional phrase
            if (
                t.tag_ == "NN"
                and (low in PERSON_NOUNS or lemma in PERSON_NOUNS)
                and t.head.lower_ not in ("of",)
            ):
                ev["person"].append((t.i, para, None, None))
            return
        if t.dep_ in ("attr", "oprd"):
            return  # "X is the project manager": the same referent as the subject
        if t.tag_ in ("NN", "NNP") and (low in PERSON_NOUNS or lemma in PERSON_NOUNS):
            ev["person"].append((t.i, para, None, None))
        elif t.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in t.children):
            # "described their findings. They said ...": a non-agent object only competes
            # with a subject for a "they" that is acted on or described; "food and
            # medicine" is plural, so it does not compete for "it"
            agent = _plural_agent(t, low, lemma, any(c.dep_ == "conj" for c in t.children))
            ev["plural"].append((t.i, para, None, None if agent else "obj"))
        else:
            ev["single"].append((t.i, para, None, None))

    def _resolve(self, i, para, cls, pronoun):
        events = self.events[cls]
        tok = self.doc[i]
        agentive = tok.dep_ == "nsubj" and tok.head.lemma_ != "be"
        n = len(events) - 1
        while n >= 0 and cls == "plural" and agentive and events[n][3] == "obj":
            n -= 1
        while n >= 0 and events[n][2] is None and _on_own_path(self.doc[events[n][0]], tok):
            n -= 1
        if n < 0:
            return None
        k, p, text, extra = events[n]
        if k >= i or p < para - 1:
            return None
        if text is None:
            return None
        if cls == "person":
            g = self._gender.get(text)
            if g is not None and g != pronoun:
                return None
            self._gender[text] = pronoun
        if cls == "plural" and extra == "sg":
            self.singular_they.add(i)
        return text

    def _object_of_previous(self, tok, para_of):
        """ "Tzanetos shared details about one aircraft NASA is developing. It is
        called ..." -> "the aircraft NASA is developing": when the sentence before
        has a subject "it" cannot be (a person, a plural) and exactly one singular
        thing in its main clause's objects, and nothing in between could be "it"."""
        doc = self.doc
        sent = tok.sent
        if sent.start == 0 or any(
            not t.is_punct and t.dep_ not in ("advmod", "cc", "prep", "pobj", "det", "amod")
            for t in doc[sent.start : tok.i]
        ):
            return None  # only for the opening subject of its sentence
        prev = doc[sent.start - 1].sent
        root = prev.root
        if para_of(root.idx) != para_of(tok.idx) or root.pos_ not in ("VERB", "AUX"):
            return None
        subj = next((c for c in root.children if c.dep_ in SUBJ_DEPS), None)
        if subj is None or not _not_it(subj):
            return None
        cands = []
        for c in root.children:
            if c.dep_ not in ("dobj", "prep"):
                continue
            heads = [c] if c.dep_ == "dobj" else [g for g in c.children if g.dep_ == "pobj"]
            for h in heads:
                cands.append(h)
                cands.extend(
                    g
                    for p in h.children
                    if p.dep_ == "prep"
                    for g in p.children
                    if g.dep_ == "pobj"
                )
        things = [
            h
            for h in cands
            if h.tag_ in ("NN", "NNP")
            and h.ent_type_ not in _NON_REFERRING | {"PERSON", "GPE", "LOC"}
            and h.lemma_.lower() not in PERSON_NOUNS
        ]
        if len(things) != 1 or any(c.dep_ == "conj" for c in things[0].children):
            return None  # "tested a new engine and a new wing. It ...": which one?
        return self._definite_np(things[0])

    def _definite_np(self, head):
        """The mention with its restrictive modifiers, an indefinite determiner made
        definite ("one aircraft NASA is developing" -> "the aircraft NASA is developing")."""
        doc = self.doc
        ids = [i for i in range(head.left_edge.i, head.right_edge.i + 1) if not doc[i].is_space]
        if any(doc[i].text in ",;:()" or doc[i].is_quote for i in ids) or len(ids) > MAX_MENTION:
            ids = self._np_ids(head)
        while ids and doc[ids[-1]].is_punct:
            ids.pop()
        if not ids:
            return None
        first = doc[ids[0]]
        if first.lower_ in ANAPHORIC_DETERMINERS or first.pos_ == "PRON":
            return None
        if first.lower_ in ("a", "an", "one") and first.dep_ in ("det", "nummod"):
            ids = ids[1:]
            prefix = "the "
        else:
            prefix = ""
        text = self._np_text(ids)
        return prefix + text if text else None

    def lookup(self, tok) -> str | None:
        return self.resolved.get(tok.i)


def _named_things(doc) -> set:
    """Words of names the article gives to things: "It is called the Mars Chopper
    rotorcraft", "a rover named Perseverance" -- the tagger may still read
    "Chopper" as a person later on."""
    out = set()
    for t in doc:
        if t.dep_ != "oprd" or t.head.lemma_.lower() not in NAMING_VERBS:
            continue
        verb = t.head
        named = (
            verb.head
            if verb.dep_ == "acl"
            else next((c for c in verb.children if c.dep_ in ("nsubjpass", "dobj")), None)
        )
        if named is None or named.ent_type_ == "PERSON" or named.lower_ in ("he", "she"):
            continue
        if named.lemma_.lower() in PERSON_NOUNS:
            continue  # "The baby was named Rosa": a person
        if t.pos_ == "PROPN":
            out.update(w.text for w in t.subtree if w.pos_ == "PROPN")
        elif t.pos_ == "NOUN" and t.lemma_.lower() not in PERSON_NOUNS:
            out.update(
                w.text
                for c in t.lefts
                if c.dep_ in ("compound", "amod")
                for w in c.subtree
                if w.pos_ == "PROPN" or w.ent_type_ == "PERSON"
            )
    return out


def _on_own_path(e, tok) -> bool:
    """Is ``e`` a mention the pronoun ``tok`` cannot point at because the pronoun sits in
    its own clause: the noun whose that-clause holds it ("the allegation that its
    troops ..."), or the subject of the verb that reports it ("Developers say it ...")?"""
    child, head = tok, tok.head
    while head.i != child.i:
        if head.i == e.i and child.dep_ in ("acl", "ccomp", "relcl"):
            return True
        if child.dep_ in ("ccomp", "xcomp") and e.head.i == head.i and e.dep_ in SUBJ_DEPS:
            return True
        child, head = head, head.head
    return False


def _not_it(subj) -> bool:
    """A subject "it" cannot stand for: a person, a plural, a personal pronoun."""
    if subj.pos_ == "PRON":
        return subj.lower_ in ("he", "she", "they", "we", "i", "you")
    return (
        subj.ent_type_ == "PERSON"
        or subj.lemma_.lower() in PERSON_NOUNS
        or subj.tag_ in ("NNS", "NNPS")
        or any(c.dep_ == "conj" for c in subj.children)
    )


def earlier_mention(ctx, noun):
    """The nearest earlier mention of ``noun``'s lemma and number in the article,
    as text without determiner ("the helicopter's navigation system"), or None."""
    doc = ctx.doc
    lemma, tag = noun.lemma_.lower(), noun.tag_
    for k in range(noun.i - 1, -1, -1):
        t = doc[k]
        if t.lemma_.lower() != lemma or t.tag_ != tag or t.pos_ not in ("NOUN", "PROPN"):
            continue
        left = [
            c for c in t.lefts if c.dep_ in ("det", "poss", "compound", "amod", "nummod", "case")
        ]
        if any(
            c.lower_ in ANAPHORIC_DETERMINERS or c.pos_ == "PRON" for x in left for c in x.subtree
        ):
            return ""  # itself anaphoric ("its last flight"): the noun is known, not its owner
        start = min([c.left_edge.i for c in left] + [t.i])
        if doc[start].dep_ == "det":
            start += 1
        return ctx.render(range(start, t.i + 1))
    return None
