"""Antecedents for subject pronouns, so a claim reads without the article.

One left-to-right walk over the parsed doc (no re-parsing) collects, per
agreement class, the mentions a pronoun could point back to:

- ``person`` (he/she): named PERSON entities, and definite unnamed people who are
  the subject of a main clause or of a report by a non-person ("the minister",
  "the governor of Kano state", an appositive title); any other person noun
  ("a witness", "the attacker" in a person's report) blocks, as it is a closer
  antecedent.
- ``plural`` (they): plural subjects and organisations; one acted on or described
  ("The facilities were used ...") only for a "they" that is acted on or described
  too; plural direct objects that could act block an acting "they" (not the dead,
  nor objects inside an infinitive); the people an event happened to ("the deaths
  of five aid workers") and the new referent of a subjectless sentence ("Among the
  dead were three nurses") count.
- ``single`` (it): singular non-person subjects ("the helicopter", "NASA");
  a singular direct object in between ("launched the helicopter") or a
  demonstrative subject with nothing it stands for blocks.

A pronoun takes the nearest event of its class, within its paragraph or the
previous one; a blocker or an unusable mention (one that is itself anaphoric:
"that proposal", "their attempt") means no replacement.  A demonstrative mention
with a known antecedent ("These strikes", "Its fighters" once "its" is known) is
usable.  Before that: a predicate with "also" goes on with the subject before
(the reported one after a report); a fronted concession sets the topic of a
reported "it"; an acting pronoun after "X said Y ..." where X and Y could both be
it stays unresolved.  Resolved pronouns become mentions in turn, so "He ... He
..." chains; partitives ("Many of them") and possessives of subjects are
resolved on the way.
"""

from __future__ import annotations

from .attribute import is_agent, is_evidence, vocative
from .lexicon import (
    ACCOUNT_VERBS,
    ACT_NOUNS,
    ACT_PASSIVES,
    AGENT_NOUNS,
    AGENT_SUFFIXES,
    ANAPHORIC_DETERMINERS,
    BODY_NOUNS,
    CHARACTERISE_VERBS,
    COMMAND_VERBS,
    CONCESSIVE,
    CONTROL_ADJECTIVES,
    CROWD_HEADS,
    DAY_PARTS,
    DEMONSTRATIVES,
    DIRECTIVE_VERBS,
    DISCLOSURE_NOUNS,
    DISCLOSURE_VERBS,
    DOCUMENT_NOUNS,
    EVENT_NOUNS,
    FEMALE_WORDS,
    GIVING_DISCLOSURE_VERBS,
    INCLUSION_VERBS,
    JOINT_VERBS,
    MALE_WORDS,
    MEMBER_NOUNS,
    NAMING_VERBS,
    NEW_REFERENT_MODIFIERS,
    NON_AGENTIVE_VERBS,
    NON_REFERRING_DETERMINERS,
    NOT_AGENTS,
    ORDER_VERBS,
    ORG_WORDS,
    PARTY_ACTS,
    PERSON_NOUNS,
    PLACE_PREPOSITIONS,
    PLURAL_PARTS,
    QUANTIFYING_DETERMINERS,
    QUANTITY_HEADS,
    RAISING_VERBS,
    REFUSAL_VERBS,
    SINGULAR_PLURAL_NAMES,
    SOURCE_NOUNS,
    STRONG_SPEECH,
    TIME_WORDS,
    TITLE_WORDS,
    TOPIC_VERBS,
    VICTIM_EVENT_NOUNS,
    VICTIM_VERBS,
    WEAK_SPEECH,
    WITHHELD_VERBS,
)
from .tokattrs import attrs, has_child, sent_of, sent_start

SUBJ_DEPS = frozenset({"nsubj", "nsubjpass"})
# clauses whose subject can be picked up later: main clauses and reported content
_CLAUSE_DEPS = frozenset({"ROOT", "conj", "ccomp"})
_CLAUSAL = frozenset({"ccomp", "xcomp", "csubj", "csubjpass", "advcl"})
_NON_REFERRING = frozenset({"DATE", "TIME", "CARDINAL", "PERCENT", "MONEY", "QUANTITY", "ORDINAL"})
# unions of word lists, built once rather than on every call
_NON_REFERRING_OR_PERSON = _NON_REFERRING | {"PERSON"}
_NON_REFERRING_OR_PLACE = _NON_REFERRING | {"PERSON", "GPE", "LOC"}
_AGENT_OR_ORG_WORDS = AGENT_NOUNS | ORG_WORDS
_EVENT_OR_PERSON_NOUNS = EVENT_NOUNS | PERSON_NOUNS
_SPEECH = STRONG_SPEECH | WEAK_SPEECH
# nouns of a body as a subject ("The regional utility opened a plant in Dorvik")
_BODY_SUBJECT_WORDS = ORG_WORDS | AGENT_NOUNS | BODY_NOUNS
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
_ACTING_WORDS = PERSON_NOUNS | AGENT_NOUNS
_SPEECH_OR_ACCOUNT = _SPEECH | ACCOUNT_VERBS
_PARTY_VERBS = STRONG_SPEECH | DIRECTIVE_VERBS | PARTY_ACTS
_ACTS_AND_DOCUMENTS = SOURCE_NOUNS | ACT_NOUNS | EVENT_NOUNS
_ACT_WORDS = EVENT_NOUNS | ACT_NOUNS
_SPEAKING_VERBS = _SPEECH | DIRECTIVE_VERBS
_PEOPLE_OF_PARTY = PERSON_NOUNS | MEMBER_NOUNS
_TIME_NOUNS = TIME_WORDS | DAY_PARTS
MAX_MENTION = 8
_OBJECT_PRONOUNS = {
    "him": ("person", "he"),
    "her": ("person", "she"),
}
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
    if lemma in RAISING_VERBS and lemma != "be":
        # "It seems that ..." points forward; "It does not appear to cause ..." is the strain
        clausal = any(c.dep_ in {"ccomp", "csubj"} for c in kids if c.i > tok.i)
    if lemma == "be" or lemma in RAISING_VERBS:
        if clausal:
            return True
        for c in kids:
            if c.dep_ in {"attr", "acomp", "oprd"} and any(
                g.dep_ in {"ccomp", "xcomp", "acl", "relcl", "csubj"}
                and not (g.dep_ == "xcomp" and c.lemma_.lower() in CONTROL_ADJECTIVES)
                for g in c.children
            ):
                return True
    if tok.dep_ == "nsubjpass" and any(c.dep_ == "ccomp" for c in kids):
        return True  # "it is believed that ..."
    # "it" as the subject of a copula whose complement is a clause further down ("It is
    # hard to say ..."); not when the adjective's clause has the subject's own referent
    # ("It is still able to send data": the helicopter)
    return lemma == "be" and any(
        c.dep_ in {"xcomp", "ccomp"}
        for c in v.subtree
        if c.i > v.i
        and c.head.dep_ in {"acomp", "attr"}
        and not (c.dep_ == "xcomp" and c.head.lemma_.lower() in CONTROL_ADJECTIVES)
    )


def _plural_agent(t, low, lemma, has_conj) -> bool:
    if t.ent_type_ in {"ORG", "NORP"} or (t.ent_type_ == "GPE" and has_conj):
        return True
    if {low, lemma} & _AGENT_OR_ORG_WORDS:
        return True
    if any(
        c.ent_type_ in {"ORG", "NORP"} for c in t.lefts if c.dep_ in {"compound", "amod", "poss"}
    ):
        return True
    return t.pos_ == "NOUN" and lemma not in NOT_AGENTS and lemma.endswith(AGENT_SUFFIXES)


class Antecedents:
    """Built once per doc on first use; ``lookup(tok)`` answers for a subject pronoun."""

    def __init__(self, doc, text, layout, ctx=None):
        self.ctx = ctx  # the DocContext, for demonstratives that point at a clause
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
        # mentions that open with a common noun capitalised only as the sentence's first
        # word ("Police", "Farmers near the dam")
        self.common_openers: set[str] = set()
        self.partitive: dict[int, str] = {}  # "Many of them" -> what "them" stands for
        self.concessive: dict[int, str] = {}  # "Although X ..., NASA said it ..." -> X
        self._singular: set[str] = set()  # what an "it" stood for: not a "they" after
        self.objects: dict[int, str] = {}  # "stopped him" -> who "him" stands for
        self._scan()

    # ---- mention texts ----------------------------------------------------
    def _np_ids(self, head):
        doc = self.doc
        drop = set()
        for c in head.children:
            if c.dep_ in {"relcl", "acl", "appos", "punct", "advcl", "parataxis"} or (
                c.dep_ == "prep" and c.i > head.i and c.lower_ != "of" and not _in_name(head, c)
            ):
                drop.update(range(c.left_edge.i, c.right_edge.i + 1))
        a = attrs(doc)
        space, punct, dep, lower = a.is_space, a.is_punct, a.dep, a.lower
        ids = [
            i
            for i in range(head.left_edge.i, head.right_edge.i + 1)
            if i not in drop and not space[i]
        ]

        while ids and (
            punct[ids[0]]
            or dep[ids[0]] in {"cc", "preconj"}
            or lower[ids[0]] in {"also", "only", "even"}
        ):
            ids.pop(0)
        while ids and punct[ids[-1]]:
            ids.pop()
        return ids

    def _np_text(self, ids):
        """Source text of the mention; a leading common "The" is lowercased
        (the claim's first letter is capitalised later), "The" in a name stays."""
        doc = self.doc
        if not ids or len(ids) > MAX_MENTION:
            return None
        first = doc[ids[0]]
        if first.lower_ in DEMONSTRATIVES and first.dep_ == "det":
            # "These strikes ... They were conducted ..." -> "the strikes", as the
            # subject's own claim reads once resolve made it definite
            if _mentioned_before(first.head):
                rest = self._np_text(ids[1:])
                return "the " + rest if rest else None
            if self.ctx is not None and first.head.i == ids[-1]:
                from .resolve import clause_antecedent

                return clause_antecedent(self.ctx, first, first.head)
            return None
        if first.tag_ == "PRP$" and self.possessors.get(first.i):
            # "Its fighters" once "its" is known: "the network’s fighters"
            rest = self._np_text(ids[1:])
            owner = self.possessors[first.i]
            return f"{owner}{'’' if owner.endswith('s') else '’s'} {rest}" if rest else None
        if first.lower_ in ANAPHORIC_DETERMINERS or first.pos_ == "PRON":
            return None
        a = attrs(doc)
        quote, text = a.is_quote, a.text
        if any(quote[i] or text[i] in "()[]" for i in ids):
            return None
        s, e = first.idx, a.end[ids[-1]]
        out = self.text[s:e]
        if "\n" in out:
            return None
        if first.lower_ in {"the", "a", "an"} and not first.ent_type_:
            out = first.lower_ + out[len(first.text) :]
        elif _capital_of_sentence_only(first, ids):
            # "Police raided ... Their operation" -> "the police’s operation": resolve
            # gives a bare common noun its article as an owner, not "Police’s"
            self.common_openers.add(out)
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

    def _definite_person(self, t):
        """ "the minister", "the governor of Kano state", "the ministry's deputy
        director": an unnamed person mention definite enough to stand for "she";
        a title held by a person named before is that person ("Finance minister
        Pedro Alvarez ... the minister" -> "Pedro Alvarez")."""
        name = next((c for c in t.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
        if name is not None:  # "The union's spokeswoman, Ana Ruiz, ..." -> "Ana Ruiz"
            return self._np_text([k for k in self._np_ids(name) if self.doc[k].pos_ == "PROPN"])
        ids = self._np_ids(t)
        if not ids:
            return None
        first = self.doc[ids[0]]
        if not (
            first.lower_ == "the"
            or (first.dep_ == "poss" and first.pos_ in {"NOUN", "PROPN"})
            or (first.tag_ == "DT" and first.lower_ in DEMONSTRATIVES)
        ):
            return None
        named = self._titled.get(t.lemma_.lower())
        if named is not None and named[0] < t.i:
            return named[1]
        if first.lower_ in DEMONSTRATIVES:
            rest = self._np_text(ids[1:])
            return "the " + rest if rest else None
        return self._np_text(ids)

    # ---- the walk -----------------------------------------------------------
    def _scan(self):
        doc = self.doc
        lay = self.layout
        self._thing_words = _named_things(doc)
        all_ents = self.ctx.ent_spans if self.ctx is not None else doc.ents
        # "Ould Salem commands operations in central Mali. He ..." with "Mali" a PERSON
        # there and a GPE in "Mali and Burkina Faso": a name the tagger also reads as a
        # place; nor the name of a body set beside its noun ("the militant group Ansar
        # Dine", an apposition the tagger calls a PERSON)
        places = {e.text for e in all_ents if e.label_ in {"GPE", "LOC"}}
        for e in all_ents:
            if e.label_ == "PERSON" and (
                e.text in places
                or (e.root.dep_ == "appos" and e.root.head.lemma_.lower() in ORG_WORDS)
            ):
                self._thing_words.update(e.text.split())
        ents = [
            e
            for e in all_ents
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
        self._person_ent = {k: e for e in ents for k in range(e.start, e.end)}
        self._person_words = person_words
        # title noun -> (token, name) of the last person named with it ("minister Pedro Alvarez")
        self._titled: dict[str, tuple[int, str]] = {}
        for e in ents:
            titles = [
                w.lemma_.lower()
                for w in doc[max(0, e.start - 3) : e.end]
                if w.lemma_.lower() in PERSON_NOUNS and not w.ent_type_ == "PERSON"
            ]
            for title in titles:
                self._titled[title] = (e.start, self._person_text(e.start_char, e.end_char, e.text))
        # events per class: (token index, paragraph, text or None for a blocker, gender or None)
        ev = {"person": [], "plural": [], "single": []}
        self.events = ev
        self._gender: dict[str, str] = {}
        self._together: dict[str, list[str]] = {}  # a person named with others as a subject
        for e in ents:
            # "Ms. Ana Kovac", "His mother, Ruth Pike": a title or a noun beside the name
            # tells whether "he" or "she" can stand for the person
            g = _gender_beside(doc, e)
            if g is not None:
                self._gender.setdefault(self._person_text(e.start_char, e.end_char, e.text), g)
        para_of = lay.paragraph
        a = attrs(doc)
        space, punct, deps, lower, tag, heads = (
            a.is_space,
            a.is_punct,
            a.dep,
            a.lower,
            a.tag,
            a.head,
        )
        pos, ent_type = a.pos, a.ent_type
        for i in range(len(doc)):
            if space[i] or punct[i]:
                continue
            if i in ent_start:
                t = doc[i]
                e = ent_start[i]
                if vocative(doc, i, lay.quote_at) is not None:
                    continue  # "Talk is cheap, Kyle," she said: the addressee, not "she"
                ev["person"].append(
                    (i, para_of(t.idx), self._person_text(e.start_char, e.end_char, e.text), None)
                )
                if e.root.dep_ in SUBJ_DEPS:
                    self._cross_block(e.root, ev, "person", para_of(t.idx))
                    self._people_named_together(e.root, ev, para_of(t.idx))
                continue
            dep = deps[i]
            if lower[i] == "them" and dep == "pobj" and lower[heads[i]] == "of":
                t = doc[i]
                part = t.head.head  # "Many of them", "One of them" as a subject
                if part.dep_ in SUBJ_DEPS and part.i < t.i:
                    res = self._resolve(i, para_of(t.idx), "plural", "they", agent_of=part)
                    if i in self.singular_they:
                        res = None  # "Many of the ministry"
                    res = res or self._partitive_set(t, para_of)
                    if res:
                        self.events["plural"].append((i, para_of(t.idx), res, None))
                        head = res.split()[0]
                        if head[:1].isupper() and not any(
                            e.text.startswith(head) and e.label_ not in _NON_REFERRING
                            for e in (self.ctx.ent_spans if self.ctx is not None else doc.ents)
                        ):
                            res = head.lower() + res[len(head) :]  # "Five officers" mid-sentence
                        if head[:1].isdigit():
                            res = "the " + res  # "Many of the 300 workers"
                        self.partitive[i] = res
                continue
            if lower[i] == "them" and dep == "pobj" and lower[heads[i]] == "among":
                # "... killed 63 people. Among them were diplomats ...": the set before
                t = doc[i]
                verb = t.head.head
                if (
                    verb.lemma_ == "be"
                    and t.head.dep_ == "prep"
                    and t.i < verb.i
                    and not any(c.dep_ in SUBJ_DEPS and c.i < verb.i for c in verb.children)
                ):
                    res = self._partitive_set(t, para_of, counted=True)
                    if res:
                        self.partitive[i] = res  # "Among the 63 people were ..."
                continue
            if tag[i] == "PRP$" and lower[i] in POSSESSIVE_CLASS and deps[heads[i]] in SUBJ_DEPS:
                # "Its members carried out ..." -> whose members
                t = doc[i]
                cls, pronoun = POSSESSIVE_CLASS[t.lower_]
                owner = (
                    self._actor_of_previous(t, cls, pronoun)
                    or self._named_reporter(t)
                    or self._resolve(i, para_of(t.idx), cls, pronoun, owner=True)
                )
                if owner is None and cls == "plural":
                    owner = self._people_of_previous(t, para_of)
                elif owner is None and cls == "single":
                    # "I want to thank the government of Qatar ... Its mediators ..."
                    owner = self._owner_of_previous(t, para_of)
                self.possessors[i] = owner or self._subject_of_previous(t, cls, para_of)
                continue
            if tag[i] == "PRP$" and lower[i] in POSSESSIVE_CLASS and dep == "poss":
                # "Under his leadership, ...", "... honor their memory": any other owner
                cls, pronoun = POSSESSIVE_CLASS[lower[i]]
                self.possessors[i] = (
                    self._named_reporter(doc[i])
                    or self._actor_of_named_act(doc[i], cls)
                    or self._resolve(i, para_of(doc[i].idx), cls, pronoun, owner=True)
                    or self._subject_of_previous(doc[i], cls, para_of)
                    or (self._object_of_first_conjunct(doc[i], cls) if cls != "person" else None)
                )
                continue
            if dep in SUBJ_DEPS:
                self._subject(doc[i], ev, person_words, para_of)
            elif dep in {"dobj", "dative", "pobj"} and lower[i] in _OBJECT_PRONOUNS:
                if tag[i] == "PRP":
                    self._object_pronoun(doc[i], para_of)
            elif (
                dep in {"dobj", "dative", "pobj"} and lower[i] in {"it", "them"} and tag[i] == "PRP"
            ):
                if dep == "dobj" and lower[i] == "it":
                    self._verdict_it(doc[i], para_of)
                if i not in self.objects:
                    cls = "single" if lower[i] == "it" else "plural"
                    found = self._subject_of_previous(
                        doc[i], cls, para_of
                    ) or self._object_of_first_conjunct(doc[i], cls)
                    if found is None and cls == "plural":
                        found = self._set_acted_on_before(doc[i], para_of)
                    if found is None and cls == "single":
                        found = self._party_ordered(doc[i], para_of)
                        if found:  # "ordered it to install pumps and to move its workers"
                            ev["single"].append((i, para_of(doc[i].idx), found, None))
                    if found:
                        self.objects[i] = found
            elif dep in {"dobj", "dative", "attr", "oprd", "pobj"} and (
                # (what _object asks first, without making the token)
                (lower[i] in QUANTITY_HEADS and tag[i] == "NNS")
                or (pos[i] in {"NOUN", "PROPN"} and ent_type[i] not in _NON_REFERRING_OR_PERSON)
            ):
                self._object(doc[i], ev, para_of)

    def _subject(self, t, ev, person_words, para_of):
        i = t.i
        a = attrs(self.doc)
        para = para_of(a.idx[i])
        low = a.lower[i]
        if a.pos[i] == "PRON" or a.tag[i] in {"PRP", "DT", "WDT", "WP"}:
            if low in {"he", "she"}:
                res = self._owner_of_reporter(t) or (
                    self._reporter_before(t, "person", low) or self._resolve(i, para, "person", low)
                )
                self.resolved[i] = res
                ev["person"].append((i, para, res, low))
            elif low == "it":
                if is_expletive_it(t):
                    self.resolved[i] = None
                    return
                reporter = self._owner_of_reporter(t) or self._reporter_before(t, "single", low)
                topic = None if reporter else self._concessive_topic(t)
                if topic:
                    self.concessive[i] = topic
                res = reporter or topic or self._resolve(i, para, "single", low)
                if not (topic or reporter) and res and competing_thing(t, self.layout):
                    rep = next((c for c in t.head.head.children if c.dep_ in SUBJ_DEPS), None)
                    if rep is not None and any(
                        k == rep.i and text == res for k, _p, text, _x in ev["single"]
                    ):
                        res = None  # the reporter, or the thing the sentence before was about
                if res is None:
                    res = (
                        self._first_conjunct_subject(t, "single")
                        or self._object_of_previous(t, para_of)
                        or self._subject_of_previous(t, "single", para_of)
                    )
                self.resolved[i] = res
                if res:
                    self._singular.add(res)
                ev["single"].append((i, para, res, None))
            elif low == "they":
                res = (
                    self._partitive_in_sentence(t)
                    or self._owner_of_reporter(t)
                    or self._reporter_before(t, "plural", low)
                    or self._resolve(i, para, "plural", low)
                    or self._first_conjunct_subject(t, "plural")
                    or self._people_of_previous(t, para_of)
                    or self._plural_object_of_previous(t, para_of)
                    or self._ordered_set(t, para_of)
                    or self._subject_of_previous(t, "plural", para_of)
                )
                self.resolved[i] = res
                ev["plural"].append((i, para, res, None))
            elif low in {"this", "that", "which"}:
                # a demonstrative with nothing it stands for, or a relative clause's
                # subject ("an affiliate of the group, which has claimed attacks. It ..."):
                # another thing "it" may be
                ev["single"].append((i, para, None, None))
            elif low in {"these", "those"}:
                ev["plural"].append((i, para, None, None))
            return
        if low == "one" and a.tag[i] == "CD":
            appos = next((c for c in t.children if c.dep_ == "appos"), None)
            if appos is not None and appos.lemma_.lower() in PERSON_NOUNS:
                # "One of them, the ministry's deputy director of police, ordered ..."
                ev["person"].append((i, para, self._definite_person(appos), None))
                self._cross_block(t, ev, "person", para)
            return
        if (t.ent_type_ == "PERSON" and t.text not in self._thing_words) or t.text in person_words:
            if t.ent_type_ != "PERSON":
                self._cross_block(t, ev, "person", para)
                self._people_named_together(t, ev, para)
            return  # the entity itself is recorded where it starts
        if t.pos_ not in {"NOUN", "PROPN"} or t.ent_type_ in _NON_REFERRING:
            crowd = self._crowd(t)
            if crowd is not None:
                # "Thousands of residents fled ... They walked ...": a set counted
                # roughly is the people (or things) it counts
                verb = t.head.head if t.head.dep_ in {"aux", "auxpass"} else t.head
                usable = verb.dep_ in _CLAUSE_DEPS or has_child(verb, "ccomp")
                # acted on ("Hundreds of homes were destroyed", "Dozens of protesters
                # were detained. They later released ..."): only for a "they" acted on
                # or described in turn
                acted_on = t.dep_ == "nsubjpass" or verb.lemma_ == "be"
                extra = "patient" if acted_on else None
                ev["plural"].append((i, para, crowd if usable else None, extra))
                self._cross_block(t, ev, "plural", para)
                return
            if any(c.dep_ == "prep" and c.lower_ == "of" for c in t.children) and (
                t.pos_ in {"ADJ", "NUM", "DET", "PRON"}
            ):
                # "Many of the victims were children. Their bodies ...": some of a set
                # is someone, though not one "their" could stand for
                ev["plural"].append((i, para, None, None))
            return
        lemma = t.lemma_.lower()
        has_conj = has_child(t, "conj")
        plural = (
            t.tag_ == "NNS" or (t.tag_ == "NNPS" and t.ent_type_ not in {"ORG", "GPE"}) or has_conj
        )
        # main clauses, reported content, and whoever reports ("after NASA said it ...");
        # a subject the parser hung on an auxiliary ("Their convoy was clearly marked")
        # belongs to the auxiliary's verb
        verb = t.head.head if t.head.dep_ in {"aux", "auxpass"} else t.head
        usable_clause = verb.dep_ in _CLAUSE_DEPS or has_child(verb, "ccomp")
        if not plural and (low in PERSON_NOUNS or lemma in PERSON_NOUNS):
            # "the man said ...": an unnamed person is closer; a definite one ("the
            # minister", "the governor of Kano state") is what "she"/"he" stands for
            text = self._definite_person(t) if _main_person_mention(t) else None
            ev["person"].append((i, para, text, None))
            self._cross_block(t, ev, "person", para)
            return
        ids = self._np_ids(t)
        name = next((c for c in t.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
        if (
            name is not None
            and t.pos_ == "NOUN"
            and not plural
            and (name.ent_type_ != "PERSON" or lemma in ORG_WORDS)
        ):
            # "The militant group Hamas", "The company, Toyota,": the name, not the class
            ids = self._np_ids(name)
        text = self._np_text(ids) if usable_clause and ids else None
        org = t.ent_type_ in {"ORG", "NORP"} or bool({low, lemma} & ORG_WORDS) and t.pos_ == "PROPN"
        if (
            text
            and name is not None
            and t.pos_ == "NOUN"
            and (name.ent_type_ in {"ORG", "NORP"} or lemma in ORG_WORDS)
        ):
            org = True  # "The Yemeni rebel group, the Houthis, said they ..."
        if plural and has_conj and t.pos_ == "PROPN":
            group = self._named_group(t)
            if group:
                ev["plural"].append((i, para, group if usable_clause else None, None))
                self._cross_block(t, ev, "plural", para)
                return
        if plural:
            agent = t.dep_ == "nsubj" and _plural_agent(t, low, lemma, has_conj)
            # a plural thing that acts ("The floods killed ...") can be any "they"; one
            # acted on or described ("The facilities were used ...") only a "they" that
            # is acted on or described too ("They were located ...")
            # People acted on act in turn ("The suspects were detained ... They had
            # helped the bomber"): only things are patients only
            acted_on = (
                not agent
                and (t.dep_ == "nsubjpass" or t.head.lemma_ == "be")
                and not {low, lemma} & _ACTING_WORDS
            )
            if acted_on and self._owners_of_subject(t):
                # "Their phones were seized, and they ...": the owners or the phones?
                text = None
            ev["plural"].append((i, para, text, "patient" if acted_on else None))
            self._cross_block(t, ev, "plural", para)
            return
        # a subject in a relative or adverbial clause ("one aircraft NASA is developing") only blocks
        ev["single"].append((i, para, text, None))
        owners = self._owners_of_subject(t)
        if org and text and t.dep_ == "nsubj" and t.ent_type_ != "GPE":
            # "The ministry ... they said"; a country is never a "they" ("The United
            # States calls on both parties ... Their obstruction")
            ev["plural"].append((i, para, text, "sg"))
        elif owners:
            ev["plural"].append((i, para, owners, "owners"))
        elif t.head.dep_ != "ccomp":
            # a thing inside someone's report does not take "they" from the reporters:
            # "Critics say the plan is too slow. They want ..."
            self._cross_block(t, ev, "single", para)

    def _crowd(self, t):
        """ "Thousands of residents", "Hundreds of protesters": a subject that counts a
        set roughly (``CROWD_HEADS``, no number before it) and names it in its "of"
        phrase, a plural noun; its text with the count word lower-cased (the claim's
        first letter is capitalised later). None for anything else."""
        if t.lower_ not in CROWD_HEADS or t.tag_ != "NNS" or any(c.like_num for c in t.lefts):
            return None
        of = next((c for c in t.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        noun = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
        if (
            noun is None
            or noun.tag_ != "NNS"
            or noun.pos_ != "NOUN"
            or noun.ent_type_ in _NON_REFERRING
            or any(c.tag_ == "PRP$" or c.lower_ in DEMONSTRATIVES for c in noun.lefts)
        ):
            return None
        text = self._np_text(self._np_ids(t))
        return text[0].lower() + text[1:] if text else None

    def _people_named_together(self, root, ev, para):
        """Record people named together as a subject (see _named_group)."""
        names = self._group_names(root)
        if names:
            ev["plural"].append((root.i, para, ", ".join(names[:-1]) + " and " + names[-1], None))
            for name in names:
                self._together[name] = names

    def _named_group(self, root):
        names = self._group_names(root)
        return ", ".join(names[:-1]) + " and " + names[-1] if names else None

    def _group_names(self, root):
        """ "Ana Ruiz and Tom Bell are correspondents ... They entered the country
        legally" -> "Ana Ruiz and Tom Bell": people named together, each in full, as
        what a later "they" (or "their") stands for; a group with a member that is no
        name ("Ana Ruiz and her lawyer") or the name of something else (an
        organisation, a place) is left to the usual walk, and so is one with no member
        the tagger knows for a person."""
        members, todo = [], [root]
        while todo:
            m = todo.pop(0)
            members.append(m)
            todo.extend(c for c in m.children if c.dep_ == "conj")
        if len(members) < 2 or len(members) > 4:
            return None
        names, person = [], False
        for m in members:
            e = self._person_ent.get(m.i)
            if e is not None:
                names.append(self._person_text(e.start_char, e.end_char, e.text))
                person = True
            elif m.pos_ == "PROPN" and not m.ent_type_:
                ids = [c.i for c in m.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
                if any(self.doc[k].ent_type_ for k in ids):
                    return None
                words = [self.doc[k].text for k in ids] + [m.text]
                name = " ".join(words)
                names.append(self._full_names.get(name, name))
                person = person or m.text in self._person_words
            elif m.text in self._person_words and m.pos_ in {"PROPN", "NOUN"}:
                names.append(self._full_names.get(m.text, m.text))
                person = True
            else:
                return None
        if not person or len(set(names)) != len(names):
            return None
        return names

    def _owners_of_subject(self, t):
        """ "Their equipment was confiscated, and they have not been allowed to call
        their families": the known owners of a singular subject ("their" resolved) go
        on as what "they" stands for in the rest of its sentence (across sentences
        other sets compete); the subject itself cannot be "they"."""
        dep = attrs(self.doc).dep
        poss = next((self.doc[k] for k in attrs(self.doc).kids[t.i] if dep[k] == "poss"), None)
        if poss is None or poss.lower_ != "their" or poss.tag_ != "PRP$":
            return None

        owner = self.possessors.get(poss.i)
        if not owner or "’" in owner or "'" in owner:
            return None
        return owner

    @staticmethod
    def _cross_block(t, ev, cls, para):
        """A main or reported clause about someone else in between makes "it" and
        "they" ambiguous: "The army said a soldier was killed. It was ..." """
        head = t.head
        if not (head.dep_ in _CLAUSE_DEPS or has_child(head, "ccomp")):
            return
        for other in ("single", "plural"):
            if other != cls:
                ev[other].append((t.i, para, None, None))

    def _object(self, t, ev, para_of):
        a, i = attrs(self.doc), t.i  # (the walk asks this of every object in the document)
        low = a.lower[i]
        quantity = low in QUANTITY_HEADS and a.tag[i] == "NNS"  # "dozens of students"
        if not quantity and (
            a.pos[i] not in {"NOUN", "PROPN"} or a.ent_type[i] in _NON_REFERRING_OR_PERSON
        ):
            return
        dobj = a.dep[i] == "dobj"
        if dobj and _non_finite(t.head) and not _authors_act(t.head):
            return  # "... intended to avoid civilian casualties. They were ...": backgrounded
        if dobj and _no_referent(t):
            return  # "has not found any evidence. It will ...": nothing "it" could be
        if dobj and _members_of_subject(t):
            return  # "These teams include 160 engineers. They ...": the teams, with them
        lemma = t.lemma_.lower()
        para = para_of(t.idx)
        if (
            t.dep_ == "pobj"
            and t.tag_ == "NNS"
            and t.head.lower_ == "of"
            and t.head.head.lemma_.lower() in VICTIM_EVENT_NOUNS
            and _plural_agent(t, low, lemma, False)
        ):
            # "the deaths of five aid workers. They were delivering food ..."
            ids = self._np_ids(t)
            text = self._np_text(ids)
            first = self.doc[ids[0]] if ids else None
            if text and first is not None and (first.like_num or first.pos_ == "NUM"):
                text = "the " + text
            ev["plural"].append((t.i, para, text, None))
            return
        if t.dep_ == "pobj":
            # only a person noun ("asked a man if he ...") counts from a prepositional
            # phrase; not one that says what someone is ("described Ould Salem as a
            # ruthless commander", "served as an adviser")
            if (
                t.tag_ == "NN"
                and (low in PERSON_NOUNS or lemma in PERSON_NOUNS)
                and t.head.lower_ != "of"
                and not (t.head.lower_ == "as" and not has_child(t.head, "amod"))
            ):
                ev["person"].append((t.i, para, None, None))
            return
        if t.dep_ == "attr" and not any(c.dep_ in SUBJ_DEPS for c in t.head.children):
            # "Among the victims were two employees ...", "There were ...": the new
            # referent of a sentence with no subject of its own
            if t.pos_ != "NOUN" or t.head.dep_ not in _CLAUSE_DEPS:
                return
            text = self._np_text(self._np_ids(t))
            if text and self.doc[self._np_ids(t)[0]].like_num:
                text = "the " + text
            if t.tag_ == "NNS":
                agent = _plural_agent(t, low, lemma, False)
                ev["plural"].append((t.i, para, text, None if agent else "patient"))
                self._cross_block(t, ev, "plural", para)
            else:
                ev["single"].append((t.i, para, text, None))
                self._cross_block(t, ev, "single", para)
            return
        if t.dep_ in {"attr", "oprd"}:
            return  # "X is the project manager": the same referent as the subject
        if t.tag_ in {"NN", "NNP"} and (low in PERSON_NOUNS or lemma in PERSON_NOUNS):
            ev["person"].append((t.i, para, None, None))
        elif t.tag_ in {"NNS", "NNPS"} or any(c.dep_ == "conj" for c in t.children):
            # "described their findings. They said ...": a non-agent object only competes
            # with a subject for a "they" that is acted on or described; "food and
            # medicine" is plural, so it does not compete for "it"
            what = t
            if low in QUANTITY_HEADS:  # "dozens of students": the students
                of = next((c for c in t.children if c.dep_ == "prep" and c.lower_ == "of"), None)
                what = next((g for g in of.children if g.dep_ == "pobj"), t) if of else t
            agent = _plural_agent(
                what, what.lower_, what.lemma_.lower(), any(c.dep_ == "conj" for c in t.children)
            )
            if t.dep_ == "dobj" and t.head.lemma_.lower() in VICTIM_VERBS:
                # "killed 300 people. They also destroyed roads": the floods; but "killed
                # seven peacekeepers. They were protecting civilians": the dead, for a
                # "they" that says what they had been doing
                if agent or {low, lemma} & _ACTING_WORDS:
                    ids = self._np_ids(t)
                    text = self._np_text(ids)
                    if text and self.doc[ids[0]].like_num:
                        text = "the " + text
                    ev["plural"].append((t.i, para, text, "victim"))
                    return
                agent = False
            ev["plural"].append((t.i, para, None, None if agent else "obj"))
        else:
            ev["single"].append((t.i, para, None, None))

    def _resolve(self, i, para, cls, pronoun, agent_of=None, owner=False):
        events = self.events[cls]
        tok = self.doc[i]
        subj = agent_of if agent_of is not None else tok
        agentive = owner or (  # an owner ("Their convoy") is someone, like an agent
            subj.dep_ == "nsubj"
            and subj.head.lemma_ != "be"
            and subj.head.lemma_.lower() not in NON_AGENTIVE_VERBS
        )
        if owner and tok.head.dep_ in SUBJ_DEPS:
            subj = tok.head  # "Its fighters have also attacked ...": the subject's "also"
        same = self._same_subject(subj, events, cls, agentive)
        if same is not None:
            return same
        n = len(events) - 1
        while n >= 0 and agent_of is not None and events[n][0] >= agent_of.left_edge.i:
            n -= 1  # "One of them": its own subject is not what "them" stands for
        background = owner or _background(tok if agent_of is None else agent_of)
        if cls == "plural" and n >= 0 and events[n][3] == "victim" and not background:
            if _harmed_by_one(self.doc[events[n][0]]):
                # "The storm injured 40 villagers. They were taken to hospitals": a
                # single harmer is no "they"
                background = True
        if (
            cls == "plural"
            and n >= 0
            and events[n][3] == "victim"
            and not background
            and not (agentive and _past_act(subj))
        ):
            # "The floods have displaced 200,000 people. They are living in camps",
            # "... killed 300 people. They were buried on Sunday": the victims or what
            # harmed them? Only a past act ("They also destroyed roads") is the latter's
            return None
        while (
            n >= 0
            and cls == "plural"
            and (
                (agentive and events[n][3] == "obj")
                # "after their visas were revoked. They left ...": a thing acted on in a
                # clause that sets the scene cannot act
                or (agentive and events[n][3] == "patient" and events[n][2] is None)
                or (events[n][3] == "victim" and not background)
            )
        ):
            n -= 1
        while n >= 0 and events[n][2] is None and _on_own_path(self.doc[events[n][0]], tok):
            n -= 1
        if owner and cls == "single" and _people_noun(tok.head):
            # "Its officials urged families ...": people belong to a party, not to the
            # stagnant water the sentence before warned of (nor to cholera)
            while n >= 0 and (
                events[n][0] >= i  # its own noun ("Its spokesman"), registered first
                or self._not_party(events[n])
                or self._act_or_document(events[n])
            ):
                n -= 1
        elif cls == "plural" and not owner and _act_passive(subj):
            # "The strikes targeted a depot and a command post. They were conducted at
            # night": only acts are conducted or carried out
            while n >= 0 and not self._act_event(events[n]):
                n -= 1
        elif cls == "single" and not owner and _speaks(subj):
            # "The weather office has forecast more rain. It advised residents ...": what
            # someone acted on cannot speak
            while n >= 0 and self._object_thing(events[n]):
                n -= 1
        if n < 0:
            return None
        k, p, text, extra = events[n]
        if k >= i or p < para - 1:
            return None
        if cls == "person" and not owner and _declines(subj):
            rep = self._reporter_of(self.doc[k], events[:n])
            if rep is not None:
                # "Spokesman Aaron Feld said the clinic was staffed on the days Dunn was
                # held. He declined to discuss ...": who declines to say more is the one
                # who spoke, not someone he spoke of; unsure (no such mention), none
                k, text, extra = rep
                if text is None:
                    return None
        if cls == "single" and not owner:
            reporter = _medium_of_report(self.doc[k])
            if reporter is not None:
                # "Amnesty Kavaria said in a report that ... It urged ...": the one who
                # reported in it, when that one can be "it"; else no one
                if not _named_body(reporter):
                    return None
                return next((x for kk, _p, x, _e in events[:n] if kk == reporter.i and x), None)
        if extra == "owners" and sent_start(self.doc[k]) != sent_start(tok):
            return None  # the owners of a subject go on in its own sentence only
        if text is None or (cls == "plural" and agentive and extra == "patient"):
            return None
        # ("Many of them had borrowed": the partitive's own clause is what acts)
        acting = agent_of if agent_of is not None else tok
        if agentive and self._reporter_competes(self.doc[k], acting, events[:n], text):
            return self._reporter_who_speaks_on(self.doc[k], subj, events[:n], cls)
        if not _speaks(subj) and self._reported_competes(self.doc[k], events[:n]):
            return None
        if (not owner and self._cannot_say(self.doc[k], subj)) or self._outside_quote(
            k, p, tok, para, cls
        ):
            return None
        if cls == "person":
            g = self._gender.get(text)
            if g is not None and g != pronoun:
                return None
            if any(
                m != text and self._gender.get(m, pronoun) == pronoun
                for m in self._together.get(text, ())
            ):
                return None  # "Ruth Okoye and Dev Patel clashed ... She said": which one?
            self._gender[text] = pronoun
        if cls == "plural" and extra == "sg":
            self.singular_they.add(i)
        return text

    def _reporter_of(self, ant, before):
        """(index, text, extra) of the speaker whose reported clause holds ``ant`` in
        its sentence ("Feld said in an email that the clinic was staffed on the days
        Dunn was held": Feld for Dunn), with text None when that speaker is in no event
        of ``before``; None when ``ant`` is in no one's report."""
        t = ant
        while t.dep_ != "ROOT" and t.head.i != t.i:
            if t.dep_ == "ccomp" and t.head.lemma_.lower() in _SPEECH:
                rep = next((c for c in t.head.children if c.dep_ == "nsubj"), None)
                if rep is None or rep.i > ant.i:
                    return None
                lo, hi = rep.left_edge.i, rep.i
                hit = next((e for e in reversed(before) if lo <= e[0] <= hi and e[2]), None)
                return (hit[0], hit[2], hit[3]) if hit else (rep.i, None, None)
            t = t.head
        return None

    def _act_event(self, event) -> bool:
        """Is the mention an act or an event ("the strikes", a "they" that stood for
        them)?"""
        k, _p, text, _x = event
        t = self.doc[k]
        if t.pos_ == "PRON":
            word = text.split()[-1].lower() if text else ""
            return word in _ACT_WORDS or word.removesuffix("s") in _ACT_WORDS
        return t.lemma_.lower() in _ACT_WORDS or t.lower_ in _ACT_WORDS

    def _object_thing(self, event) -> bool:
        """An object or a phrase's noun ("forecast more rain", "for the week") that is no
        party and no document, or a set in between: nothing that could be an "it" that
        speaks or acts as a party."""
        t = self.doc[event[0]]
        if event[2] is None and t.tag_ in {"NNS", "NNPS"} and t.pos_ == "NOUN":
            return True  # a set ("has allowed refugees to work") is never "it"
        if t.pos_ == "PRON" or t.dep_ in SUBJ_DEPS or is_evidence(t):
            return False
        return _place_of_a_body(t) or not self._party(event)

    def _act_or_document(self, event) -> bool:
        """ "The ministry opened an inquiry. Its spokesman said ...": an act, an event or
        a document named by a common noun has no spokesman, officials or fighters."""
        t = self.doc[event[0]]
        if t.pos_ != "NOUN" or t.ent_type_ in {"ORG", "GPE", "NORP"}:
            return False  # (an inquiry can find, but has no spokesman)
        if {t.lower_, t.lemma_.lower()} & _ACTS_AND_DOCUMENTS:
            return True
        # what a clause acted on that is no party ("has denied responsibility")
        return t.dep_ in {"dobj", "attr"} and not self._party(event)

    def _not_party(self, event) -> bool:
        """A thing in someone's report ("It warned that stagnant water could spread
        cholera"), which no people can belong to; outside a report a thing may have
        workers ("bought the factory. Its workers ..."), and an unresolved pronoun may
        be a party."""
        t = self.doc[event[0]]
        if event[2] is None and t.pos_ == "PRON":
            return False
        if not any(a.dep_ == "ccomp" for a in t.ancestors):
            return False
        return not self._party(event)

    def _party(self, event) -> bool:
        """Is the mention of a single-class event an organisation, a country or someone
        who acts (an "it" by what it was resolved to)?"""
        k, _p, text, _x = event
        t = self.doc[k]
        if t.pos_ == "PRON":
            return any(
                e[2] == text and self.doc[e[0]].pos_ != "PRON" and self._party(e)
                for e in self.events["single"]
                if e[0] < k
            )
        return is_agent(t) or t.ent_type_ in {"ORG", "NORP", "GPE"} or t.lemma_.lower() in ORG_WORDS

    @staticmethod
    def _cannot_say(ant, subj) -> bool:
        """ "The reservoir is owned by a regional utility. It said it would send
        engineers": the subject of a speech verb is someone who can speak (a person,
        an organisation, a named party, a document), not any thing before it."""
        if subj.dep_ != "nsubj" or subj.head.lemma_.lower() not in STRONG_SPEECH:
            return False
        return not (is_agent(ant) or ant.ent_type_ in {"ORG", "NORP", "GPE"} or is_evidence(ant))

    def _sentence_it_opens_after(self, tok, para_of):
        """The sentence before the one ``tok`` opens (nothing but adverbs, conjunctions
        and punctuation before it: "Later, it said ..."), when both are in one
        paragraph; else None."""
        doc = self.doc
        sent = sent_of(tok)
        if sent.start == 0 or any(
            not t.is_punct and t.dep_ not in {"advmod", "cc"} for t in doc[sent.start : tok.i]
        ):
            return None
        prev = sent_of(doc[sent.start - 1])
        if para_of(prev.root.idx) != para_of(tok.idx):
            return None
        return prev

    def speaking_party(self, tok) -> str | None:
        """ "A storm flooded a depot owned by the water board. It said repairs would
        take a week" -> "the water board": an "it" that opens its sentence and says
        something, which the walk left open, is the one party in the sentence before
        (its paragraph) that can speak: a singular organisation, a named body or a
        document, not a person and not a thing; the reporter of that sentence when it
        reports something and its reported clause names no rival ("The audit's report
        said the owner had ignored the rules. It said ..." -> "the audit's report").
        None when there is none or more than one."""
        if tok.lower_ != "it" or tok.dep_ != "nsubj" or tok.head.dep_ != "ROOT":
            return None
        prev = self._sentence_it_opens_after(tok, self.layout.paragraph)
        if prev is None:
            return None
        found = []
        for t in prev:
            if t.pos_ not in {"NOUN", "PROPN"} or t.dep_ in {"compound", "poss", "nmod"}:
                continue
            if _place_of_a_body(t):
                continue  # "The utility opened a plant in Dorvik": the town, whatever its tag
            if _medium_of_report(t) is not None:
                continue  # "X said in a report ...": X spoke, if it can be "it", not the report
            if t.dep_ == "pobj" and t.head.dep_ == "prep" and t.head.head.dep_ == "nsubj":
                continue  # "the ministry of health": part of its name
            if t.tag_ not in {"NN", "NNP"} or any(c.dep_ == "conj" for c in t.children):
                continue
            if t.ent_type_ in _NON_REFERRING_OR_PERSON or t.lemma_.lower() in PERSON_NOUNS:
                continue
            if t.ent_type_ == "" and t.pos_ == "PROPN" and not is_agent(t):
                continue
            if (
                is_agent(t)
                or t.ent_type_ in {"ORG", "NORP", "GPE"}
                or is_evidence(t)
                or (t.dep_ == "nsubj" and t.head.i == prev.root.i and t.lemma_ in BODY_NOUNS)
            ):
                found.append(t)
        if len(found) != 1:
            return None
        return self._definite_np(found[0])

    def _ordered_set(self, tok, para_of):
        """ "The ministry said two reporters had broken the rules of their permits. They
        were ordered to leave within a week." -> "the two reporters": a "they" told or
        made to do something ("were ordered to", ``ORDER_VERBS``), opening its sentence
        after a single party's report, is the one set in that report that can act
        (people, agents, organisations), when no other set is counted there ("closed three
        factories": which were told?) and the reporter is not itself plural."""
        doc = self.doc
        verb = tok.head
        if tok.dep_ != "nsubjpass" or verb.dep_ != "ROOT" or verb.lemma_.lower() not in ORDER_VERBS:
            return None
        if not any(
            c.dep_ == "xcomp" and any(g.tag_ == "TO" for g in c.children) for c in verb.children
        ):
            return None
        prev = self._sentence_it_opens_after(tok, para_of)
        if prev is None:
            return None
        root = prev.root
        if root.lemma_.lower() not in _SPEECH:
            return None
        rep = next((c for c in root.children if c.dep_ == "nsubj"), None)
        content = next((c for c in root.children if c.dep_ == "ccomp"), None)
        if rep is None or content is None or rep.tag_ in {"NNS", "NNPS"} or rep.lower_ == "they":
            return None
        inside = range(content.left_edge.i, content.right_edge.i + 1)
        sets, counted = [], 0
        for t in prev:
            if t.pos_ not in {"NOUN", "PROPN"} or t.ent_type_ in _NON_REFERRING:
                continue
            if not (t.tag_ in {"NNS", "NNPS"} or any(c.dep_ == "conj" for c in t.children)):
                continue
            if any(c.dep_ == "nummod" or c.like_num for c in t.lefts):
                counted += 1
            low, lemma = t.lower_, t.lemma_.lower()
            if t.i in inside and (
                _plural_agent(t, low, lemma, False) or {low, lemma} & PERSON_NOUNS
            ):
                sets.append(t)
        if len(sets) != 1 or counted > (1 if any(c.like_num for c in sets[0].lefts) else 0):
            return None
        t = sets[0]
        if any(c.dep_ == "conj" for c in t.children) or any(
            c.tag_ == "PRP$" or c.lower_ in DEMONSTRATIVES for c in t.lefts
        ):
            return None
        ids = self._np_ids(t)
        text = self._np_text(ids)
        if text and doc[ids[0]].like_num:
            text = "the " + text
        return text

    def _verdict_it(self, tok, para_of):
        """ "The adviser defended the agreement. Critics called it a surrender." -> "called
        the agreement a surrender": the "it" of a verdict ("called it a ...", "described it
        as ...") is the one thing the sentence just before (its paragraph) talked about,
        the single, uncoordinated object of a verb of talking about something
        (``TOPIC_VERBS``) in its main clause. After an act ("raised the tax", "voted
        against the bill") the verdict may be on the act or the thing, and it stays."""
        verb = tok.head
        lemma = verb.lemma_.lower()
        if lemma not in NAMING_VERBS and lemma not in CHARACTERISE_VERBS:
            return
        if not any(
            c.dep_ in {"oprd", "attr", "acomp", "ccomp", "xcomp"}
            or (c.dep_ == "prep" and c.lower_ == "as")
            for c in verb.children
            if c.i > tok.i
        ):
            return  # "called it off", "named it": not a verdict
        doc = self.doc
        sent = sent_of(tok)
        if sent.start == 0:
            return
        prev = sent_of(doc[sent.start - 1])
        if para_of(prev.root.idx) != para_of(tok.idx):
            return
        root = prev.root
        if root.lemma_.lower() not in TOPIC_VERBS:
            return
        objs = [c for c in root.children if c.dep_ == "dobj"]
        if len(objs) != 1 or any(c.dep_ == "ccomp" for c in root.children):
            return
        obj = objs[0]
        if not _one_thing(obj):
            return
        # nothing else singular in between that "it" could be: the walk's last "it"
        # candidate must be this object or come before it
        if any(obj.i < k < tok.i and text is not None for k, _p, text, _x in self.events["single"]):
            return
        text = self._definite_np(obj)
        if text:
            self.objects[tok.i] = text

    def _object_pronoun(self, tok, para_of):
        """ "When a guard stopped him, he detonated ..." -> "the bomber": an object
        pronoun takes the nearest mention of its class that is not its own clause's
        subject (nor what that subject stands for), when that mention is sure (has a
        text) and no other one of the class competes in its paragraph or the one
        before."""
        cls, pronoun = _OBJECT_PRONOUNS[tok.lower_]
        verb = tok.head.head if tok.dep_ == "pobj" else tok.head
        v = verb
        own = None
        for _ in range(3):  # "urged him to resign": the subject of the controller
            own = next((c for c in v.children if c.dep_ in SUBJ_DEPS), None)
            if own is not None or v.dep_ not in {"xcomp", "conj", "advcl"} or v.head.i == v.i:
                break
            v = v.head
        bound = set()
        lo = hi = -1
        if own is not None:
            if own.pos_ == "PRON" and not self.resolved.get(own.i):
                return  # "He thanked him": with "he" unknown, so is "him"
            bound.add(self.resolved.get(own.i) or self._np_text(self._np_ids(own)))
            lo, hi = own.left_edge.i, own.right_edge.i
        para = para_of(tok.idx)
        found = None
        for k, p, text, _x in reversed(self.events[cls]):
            if k >= tok.i or lo <= k <= hi:
                continue
            if p < para - 1:
                break
            if text is not None and any(
                b and (text == b or text.split()[-1] == b.split()[-1]) for b in bound
            ):
                continue  # "Brenner praised him": never Karl Brenner
            if found is None:
                if text is None:
                    return
                found = text
            elif text is not None and text != found:
                return  # two candidates: which one?
        if found is None or self._gender.get(found, pronoun) != pronoun:
            return
        self.objects[tok.i] = found

    def _outside_quote(self, k, p, tok, para, cls) -> bool:
        """A pronoun inside a direct quote is the quoted speaker's own word: it does not
        reach back into an earlier paragraph ('Residents have been told to boil their
        water. // "They have known about the leaks," said a baker'), and a quoted "they"
        is not a group the article has just had speak or tell of something ('Analysts
        said the price was fair. "They are paying for the brands," said one analyst':
        the one quoted is among them)."""
        lay = self.layout
        if lay.quote_at(tok.idx) is None or lay.quote_at(self.doc[k].idx) is not None:
            return False
        if p < para:
            return True
        ant = self.doc[k]
        return (
            cls == "plural"
            and ant.dep_ == "nsubj"
            and ant.head.lemma_.lower() in _SPEECH_OR_ACCOUNT
        )

    def _named_reporter(self, tok):
        """ "Pfizer said its vaccine appeared to work": an "its" right after the speech
        verb of a one-word name the tagger took for a person (a company, an agency) is
        that name: no person is "its", and nothing else stands between."""
        if tok.lower_ != "its":
            return None
        verb = tok
        while verb.dep_ != "ccomp" and verb.head.i != verb.i:
            verb = verb.head
        if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in _SPEECH:
            return None
        frame = verb.head
        rep = next((c for c in frame.children if c.dep_ == "nsubj"), None)
        if rep is None or rep.ent_type_ != "PERSON" or rep.i > tok.i:
            return None
        ent = (
            self.ctx.ent_of()[rep.i]
            if self.ctx is not None
            else next((e for e in self.doc.ents if e.start <= rep.i < e.end), None)
        )
        if ent is None or len(ent) != 1 or rep.text in self._full_names:
            return None
        if any(t.lemma_.lower() in TITLE_WORDS for t in self.doc[max(0, rep.i - 3) : rep.i]):
            return None
        between = self.doc[rep.i + 1 : tok.i]
        if any(t.pos_ in {"NOUN", "PROPN", "PRON"} for t in between):
            return None
        return rep.text

    def _owner_of_reporter(self, tok):
        """ "His lawyer said he would fight the charges" -> the minister: the subject of
        a report whose reporter is someone's ("His lawyer", "Its spokesman", "Their
        families") is that owner, when the walk knows it."""
        clause = tok.head
        if tok.dep_ not in SUBJ_DEPS or clause.dep_ != "ccomp":
            return None
        rep = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
        if rep is None or rep.i > tok.i:
            return None
        poss = next((c for c in rep.children if c.dep_ == "poss" and c.tag_ == "PRP$"), None)
        if poss is None or POSSESSIVE_CLASS.get(poss.lower_, (None, None))[1] != tok.lower_:
            return None
        return self.possessors.get(poss.i)

    def _reporter_before(self, tok, cls, pronoun):
        """ "The information ministry said the pair had violated their visas. It did not
        give details" -> "The information ministry": a pronoun opening a main clause
        whose predicate is a reporter's act (giving or withholding details, declining to
        comment) after a sentence that reports something stands for the one who
        reported, when that one agrees with it; else None (the usual walk decides)."""
        doc = self.doc
        verb = tok.head
        if tok.dep_ != "nsubj" or verb.dep_ != "ROOT" or not _discloses(verb):
            return None
        sent = sent_of(tok)
        if sent.start == 0 or any(t.dep_ in SUBJ_DEPS for t in doc[sent.start : tok.i]):
            return None
        root = sent_of(doc[sent.start - 1]).root
        if self.layout.paragraph(root.idx) != self.layout.paragraph(tok.idx):
            return None
        if root.lemma_.lower() not in _SPEECH or not any(c.dep_ == "ccomp" for c in root.children):
            return None
        rep = next((c for c in root.children if c.dep_ == "nsubj"), None)
        if rep is None:
            return None
        lo, hi = rep.left_edge.i, rep.i
        for k, _p, text, extra in reversed(self.events[cls]):
            if k < lo:
                return None
            if k > hi:
                continue
            if text is None:
                return None
            if cls == "person":
                if self._gender.get(text, pronoun) != pronoun:
                    return None
                self._gender[text] = pronoun
            if cls == "plural" and extra == "sg":
                self.singular_they.add(tok.i)
            return text
        return None

    def _reporter_competes(self, ant, tok, before, text) -> bool:
        """ "The ministry said the pair had violated their visas. It did not give
        details": a pronoun that acts, opening a main clause after a report, may be the
        reporter as well as the reported subject, when both could be it."""
        verb = tok.head.head if tok.tag_ == "PRP$" and tok.head.dep_ in SUBJ_DEPS else tok.head
        # a main clause, or what someone else reports ("Critics said it had acted too
        # late": the ministry or the outbreak it reported on?)
        told = (
            verb.dep_ == "ccomp"
            and verb.head.lemma_.lower() in _SPEECH
            and any(c.dep_ == "nsubj" and c.pos_ != "PRON" for c in verb.head.children)
        )
        if (verb.dep_ != "ROOT" and not told) or ant.head.dep_ != "ccomp":
            return False  # ("Its director, Sandra Moy, urged ...": the owner of the subject)
        if sent_start(tok) <= ant.i:
            # the reported subject must be in an earlier sentence than the pronoun
            if sent_start(ant) == sent_start(tok):
                return False
        rep = next((c for c in ant.head.head.children if c.dep_ in SUBJ_DEPS), None)
        if rep is None or rep.i > ant.i:
            return False
        lo, hi = rep.left_edge.i, rep.i
        return any(lo <= k <= hi and t and t != text for k, _p, t, _x in before)

    def _set_acted_on_before(self, tok, para_of):
        """ "The three men were arrested in Ostrova in 2023. The government accused them
        of espionage" -> "the three men": a "them" after a sentence whose subject is a
        set acted on (a passive: arrested, detained, seized), the only set named in that
        sentence, with nothing plural before the pronoun in its own, is that set; what
        was done to it goes on being done."""
        prev = _sentence_before(tok, para_of)
        if prev is None:
            return None
        doc, root, start = self.doc, prev.root, prev.end
        subj = next((c for c in root.children if c.dep_ == "nsubjpass"), None)
        if subj is None or subj.pos_ != "NOUN" or subj.tag_ != "NNS":
            return None
        if any(c.dep_ == "conj" for c in subj.children) or subj.lower_ in QUANTITY_HEADS:
            return None
        if any(
            c.tag_ == "PRP$" or c.lower_ in QUANTIFYING_DETERMINERS or c.lower_ in DEMONSTRATIVES
            for c in subj.lefts
        ):
            return None
        lo, hi = subj.left_edge.i, subj.right_edge.i
        verb = tok.head.head if tok.dep_ == "pobj" else tok.head
        own = next((c for c in verb.children if c.dep_ in SUBJ_DEPS), None)
        # never its own verb's subject ("Police questioned them": not the police)
        skip = range(own.left_edge.i, own.right_edge.i + 1) if own is not None else ()
        for t in list(prev) + list(doc[start : tok.i]):
            if lo <= t.i <= hi or t.i in skip:
                continue
            if t.lower_ in {"they", "them", "their"} or (
                t.tag_ in {"NNS", "NNPS"}
                and t.pos_ in {"NOUN", "PROPN"}
                and t.ent_type_ not in _NON_REFERRING
            ):
                return None  # another set: which one?
        ids = self._np_ids(subj)
        if not ids or doc[ids[0]].lower_ != "the":
            return None
        return self._np_text(ids)

    def _party_ordered(self, tok, para_of):
        """ "Inspectors had warned the company that heavy rains had weakened the walls of
        the pit. They ordered it to install drainage pumps" -> "the company": an "it" told,
        asked or made to do something is a party (a company, a government, a body), and
        stands for the one singular party named in its sentence before it or in the
        sentence before (its paragraph), its own verb's subject aside; none when another
        "it" or "its" there may be it too."""
        verb = tok.head
        if (
            tok.dep_ != "dobj"
            or verb.lemma_.lower() not in ORDER_VERBS
            or not any(c.dep_ == "xcomp" and c.i > tok.i for c in verb.children)
        ):
            return None
        doc = self.doc
        start = sent_start(tok)
        if start > 0 and para_of(doc[start - 1].idx) == para_of(tok.idx):
            start = sent_start(doc[start - 1])
        own = next((c for c in verb.children if c.dep_ in SUBJ_DEPS), None)
        skip = range(own.left_edge.i, own.right_edge.i + 1) if own is not None else ()
        cands = []
        for t in doc[start : tok.i]:
            if t.i in skip:
                continue
            if t.lower_ in {"it", "its"} and t.pos_ == "PRON":
                return None
            if _of_class(t, "single") and _party_mention(t):
                cands.append(t)
        if len(cands) != 1 or any(c.tag_ == "PRP$" for c in cands[0].lefts):
            return None
        return self._definite_np_core(cands[0])

    def _definite_np_core(self, head):
        """The mention without clauses or phrases after its noun ("the company", "the
        Government of Kestria"), made definite."""
        ids = self._np_ids(head)
        if not ids:
            return None
        first = self.doc[ids[0]]
        if first.lower_ in {"a", "an", "one"} and first.dep_ in {"det", "nummod"}:
            text = self._np_text(ids[1:])
            return "the " + text if text else None
        return self._np_text(ids)

    def _reporter_who_speaks_on(self, ant, subj, before, cls):
        """ "Mine inspectors had warned the company that heavy rains had weakened the
        walls. They ordered it to install pumps" -> "Mine inspectors": after a report, a
        pronoun that speaks or orders in turn ("ordered", "urged", "said") is the
        reporter when what the report told of cannot speak (rains, a bridge: no party),
        and the reporter is a party the walk has, with no other party of the class
        between them."""
        commands = subj.dep_ == "nsubj" and subj.head.lemma_.lower() in COMMAND_VERBS
        if not (_speaks(subj) or commands) or subj.pos_ != "PRON" or _party_mention(ant):
            return None
        if cls == "plural" and not self._cannot_act(ant):
            return None
        rep = next((c for c in ant.head.head.children if c.dep_ in SUBJ_DEPS), None)
        if rep is None or not _party_mention(rep):
            return None
        lo, hi = rep.left_edge.i, rep.i
        found = None
        for k, _p, text, _x in before:
            if lo <= k <= hi:
                found = text
            elif hi < k < ant.i and text and _party_mention(self.doc[k]):
                return None  # another party between them
        return found

    def _reported_competes(self, ant, before) -> bool:
        """ "A fire has destroyed 40 warehouses, the fire brigade said. Officials warn
        that it could spread": the nearest mention is the reporter, but what it reported
        has a subject of the same kind, which the account goes on with as likely as not.
        A pronoun that does not speak ("It said", "It urged": the reporter) is left
        when the reporter and its reported subject both could be it."""
        if ant.dep_ != "nsubj" or ant.head.lemma_.lower() not in _PARTY_VERBS:
            return False
        cue = ant.head
        content = next((c for c in cue.children if c.dep_ == "ccomp"), None)
        if (
            content is None
            and cue.dep_ in {"ccomp", "parataxis"}
            and cue.head.i < cue.i
            and cue.lemma_.lower() in _SPEECH
        ):
            # "..., the fire brigade said": the content is the head (not "The agency
            # said it had deployed 20 trucks": "deployed" reports nothing)
            content = cue.head
        if content is None:
            return False
        rsubj = next((c for c in content.children if c.dep_ in SUBJ_DEPS), None)
        if rsubj is None or rsubj.i == ant.i:
            return False
        lo, hi = rsubj.left_edge.i, rsubj.i
        return any(lo <= k <= hi and t for k, _p, t, _x in before)

    def _concessive_topic(self, tok):
        """ "Although the crash ended Ingenuity's flight, NASA said it is still able to
        send data": a fronted concession sets the topic the reported "it" goes on with,
        when it names exactly one singular thing that is not an event, a person or
        the speaker."""
        clause = tok.head
        if tok.dep_ != "nsubj" or clause.dep_ != "ccomp":
            return None
        verb = clause.head
        conc = next(
            (
                c
                for c in verb.children
                if c.dep_ == "advcl"
                and c.i < verb.i
                and any(m.dep_ == "mark" and m.lower_ in CONCESSIVE for m in c.children)
            ),
            None,
        )
        if conc is None:
            return None
        found = [
            t
            for t in conc.subtree
            if (
                t.dep_ in {"nsubj", "nsubjpass", "dobj", "poss"}
                or (t.dep_ == "nmod" and any(c.tag_ == "POS" for c in t.children))
            )
            and t.tag_ in {"NN", "NNP"}
            and t.ent_type_ not in _NON_REFERRING_OR_PERSON
            and t.lemma_.lower() not in _EVENT_OR_PERSON_NOUNS
            and not any(c.dep_ == "conj" for c in t.children)
        ]
        owners = {t.head.i for t in found if t.dep_ in {"poss", "nmod"}}
        found = [t for t in found if t.i not in owners]  # "the rover's arm": the rover
        if len(found) != 1:
            return None
        t = found[0]
        if t.dep_ in {"poss", "nmod"} or t.pos_ == "PROPN":
            ids = [c.i for c in t.lefts if c.dep_ in {"compound", "det"}] + [t.i]
            return self._np_text(ids)
        return self._np_text(self._np_ids(t))

    def _partitive_set(self, tok, para_of, counted=False):
        """ "Guatemala hosts 300,000 displaced people. Many of them fled ..." -> "the
        displaced people": a partitive takes a set of people or things, the nearest
        plural common noun before it in its sentence or the one before (not a
        country or an organisation, which are not sets of members)."""
        doc = self.doc
        sent = sent_of(tok)
        start = sent_start(doc[sent.start - 1]) if sent.start > 0 else sent.start
        if para_of(doc[start].idx) != para_of(tok.idx):
            start = sent.start
        part = tok.head.head
        for k in range(part.left_edge.i - 1, start - 1, -1):
            t = doc[k]
            if (
                t.tag_ == "NNS"
                and t.pos_ == "NOUN"
                and t.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj", "attr"}
                and t.ent_type_ in {"", "CARDINAL"}
                and t.lemma_.lower() not in QUANTITY_HEADS
                and not (t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.i == part.i)
                # "charged 300 protesters with organizing mass riots. Most of them ...": what
                # a clause with no tense of its own acts on is in the background
                and not (t.dep_ == "dobj" and _non_finite(t.head))
            ):
                if t.dep_ in SUBJ_DEPS and t.head.dep_ == "ccomp":
                    rep = next((c for c in t.head.head.children if c.dep_ == "nsubj"), None)
                    if rep is not None and rep.i < t.i and rep.tag_ in {"NNS", "NNPS"}:
                        # "Farmers said the floods had destroyed their crop. Many of them
                        # had borrowed money": the reporters are a set as well -- which?
                        return None
                if t.dep_ == "pobj" and self._set_rivals(t, doc[max(start, sent_start(t)) : t.i]):
                    # "9 million households receive water through lead pipes. Many of
                    # those ...", "pulled 40 miners from the collapsed shafts. Most of
                    # them ...": the nearest noun in a phrase, or the clause's subject or
                    # object before it? Either is as likely
                    return None
                deps = ("amod", "compound", "nummod") if counted else ("amod", "compound")
                mods = [c for c in t.lefts if c.dep_ in deps and c.i >= t.i - 3]
                if any(c.tag_ == "PRP$" or c.lower_ in DEMONSTRATIVES for c in t.lefts):
                    return None
                # a number with its own words ("4 million", "more than 14,000")
                words = [
                    w.text
                    for c in mods
                    for w in (c.subtree if c.dep_ == "nummod" else [c])
                    if not w.is_punct
                ]
                return "the " + " ".join([*words, t.text])
        return None

    @staticmethod
    def _set_rivals(t, before) -> bool:
        """A plural subject or object before the noun ``t`` of a prepositional phrase
        that a partitive could take as well; unless only ``t`` is counted ("awarded
        grants to three inland river ports. Each of these ..."), which one is open."""
        counted = any(c.dep_ == "nummod" for c in t.children)
        for u in before:
            if (
                u.tag_ == "NNS"
                and u.pos_ == "NOUN"
                and (u.dep_ in SUBJ_DEPS or u.dep_ == "dobj")
                and u.ent_type_ in {"", "CARDINAL"}
                and not any(c.tag_ == "PRP$" or c.lower_ in DEMONSTRATIVES for c in u.lefts)
                and (not counted or any(c.dep_ == "nummod" for c in u.children))
            ):
                return True
        return False

    def _same_subject(self, tok, events, cls, agentive):
        """ "Security forces have killed 120 people. They have also used live
        ammunition": a pronoun subject whose predicate is "also" (or "too") another act
        goes on with the subject of the sentence before, whatever its objects were."""
        doc = self.doc
        if tok.dep_ not in SUBJ_DEPS or not any(
            c.dep_ == "advmod" and c.lower_ in {"also", "too", "likewise"}
            for c in tok.head.children
        ):
            return None
        sent = sent_of(tok)
        if sent.start == 0 or any(
            t.dep_ in SUBJ_DEPS and not _person_reporting(t, tok) for t in doc[sent.start : tok.i]
        ):
            return None
        prev = sent_of(doc[sent.start - 1])
        if self.layout.paragraph(prev.root.idx) != self.layout.paragraph(tok.idx):
            return None
        if _run_in_heading(prev, self.layout) and prev.start > 0:
            # "Helping small utilities. It also provides $2.5 billion ...": the fact
            # sheet's label for the paragraph is no sentence; the one before it is
            prev = sent_of(doc[prev.start - 1])
        subj = next((c for c in prev.root.children if c.dep_ in SUBJ_DEPS), None)
        content = next((c for c in prev.root.children if c.dep_ == "ccomp"), None)
        if content is not None:
            # "Witnesses said the protesters threw stones. They also set fire ...": the
            # account goes on, so its subject does, not the witnesses
            subj = next((c for c in content.children if c.dep_ in SUBJ_DEPS), None)
        if subj is None:
            return None
        lo, hi = subj.left_edge.i, subj.i
        for k, _p, text, extra in reversed(events):
            if lo <= k <= hi:
                if text is None or (cls == "plural" and agentive and extra == "patient"):
                    return None
                if cls == "plural" and extra == "sg":
                    self.singular_they.add(tok.i)
                return text
        return None

    def _partitive_in_sentence(self, tok):
        """ "Nine of them were pulled out alive and taken to a hospital, where they are
        being treated" -> "nine of the 23 workers": a "they" in a clause set inside the
        sentence whose subject is a plural part of a set ("Nine of them", "Many of the
        victims" as the walk knows them) is that part, not the whole set. Only in the
        part's own sentence ("Many of them were children. They were taken ..." may be
        all of them)."""
        if tok.head.dep_ not in {"relcl", "advcl", "acl"}:
            return None
        start = sent_start(tok)
        for j, whole in self.partitive.items():
            if not start <= j < tok.i:
                continue
            part = self.doc[j].head.head
            if part.dep_ not in SUBJ_DEPS or part.head.dep_ != "ROOT":
                continue
            if not (
                part.lower_ in PLURAL_PARTS
                or (part.like_num and part.lower_ not in {"one", "1"} and part.tag_ == "CD")
            ):
                continue
            if not any(a.i == part.head.i for a in tok.head.ancestors):
                continue
            return f"{part.lower_} of {whole}"
        return None

    def _object_of_first_conjunct(self, tok, cls):
        """ "The group has abducted children and forced them to serve as fighters" ->
        "the children", "Gunmen stormed the station and set fire to its armory" -> "the
        station", "planned the attack and recruited the two bombers who carried it out"
        -> "the attack": an "it"/"them" (object or owner) in the second of two verbs
        joined by "and" with one subject stands for what the first verb acted on, when
        that is the only mention of its class in the sentence before the pronoun. An
        object pronoun is never its own verbs' subject, so the subject is no rival for
        it; an owner's is ("The rebels seized the trucks and killed their drivers"
        stays)."""
        doc = self.doc
        x, v2 = tok, None
        for _ in range(5):  # "forced them", "set fire to its armory", "who carried it out"
            if x.dep_ == "conj" and x.pos_ in {"VERB", "AUX"}:
                v2 = x
                break
            if x.dep_ not in {"dobj", "pobj", "prep", "poss", "xcomp", "relcl", "dative"}:
                return None
            x = x.head
        if v2 is None:
            return None
        v1 = v2.head
        if v1.pos_ not in {"VERB", "AUX"} or not any(
            c.dep_ == "cc" and v1.i < c.i < v2.i for c in v1.children
        ):
            return None
        if any(c.dep_ in SUBJ_DEPS for c in v2.children):
            return None  # a subject of its own: two clauses, not one subject's two acts
        subj = next((c for c in v1.children if c.dep_ in SUBJ_DEPS), None)
        if subj is None or subj.i > v1.i:
            return None
        start = sent_start(tok)
        skip = range(subj.left_edge.i, subj.right_edge.i + 1) if tok.tag_ == "PRP" else ()
        cands = []
        for t in doc[start : tok.i]:
            if t.i in skip:
                continue
            if t.pos_ == "PRON":
                if t.lower_ in ({"it", "its"} if cls == "single" else {"they", "them", "their"}):
                    return None  # another pronoun of the class: whose?
                continue
            if (
                t.pos_ not in {"NOUN", "PROPN"}
                or t.ent_type_ in _NON_REFERRING
                or t.lemma_.lower() in _TIME_NOUNS
            ):
                continue
            if _rival(t, cls) or (cls == "single" and t.ent_type_ in {"ORG", "GPE", "NORP"}):
                cands.append(t)
        if len(cands) != 1:
            return None
        obj = cands[0]
        if obj.i <= v1.i or obj.i >= v2.i:
            return None
        if not (
            (obj.dep_ == "dobj" and obj.head.i == v1.i)
            or (obj.dep_ == "pobj" and obj.head.head.i == v1.i and obj.head.dep_ == "prep")
        ):
            return None
        if not (_of_class(obj, cls) or _rival(obj, cls)) or _no_referent(obj):
            return None
        if any(c.tag_ == "PRP$" for c in obj.lefts):
            return None  # itself anaphoric
        ids = self._np_ids(obj)
        if not ids:
            return None
        first = doc[ids[0]]
        if first.lower_ in {"a", "an", "one"} and first.dep_ in {"det", "nummod"}:
            text = self._np_text(ids[1:])
            return "the " + text if text else None
        if first.dep_ == "det" and first.lower_ in QUANTIFYING_DETERMINERS:
            return None  # "some protesters": which of them?
        text = self._np_text(ids)
        if (
            text
            and obj.pos_ == "NOUN"
            and first.pos_ in {"NOUN", "ADJ", "NUM"}
            and not first.ent_type_
            and not any(doc[k].dep_ == "poss" for k in ids)
        ):
            text = "the " + text  # "abducted children and forced them" -> "the children"
        return text

    def _first_conjunct_subject(self, tok, cls):
        """ "The United States does not seek conflict with Qasra, but it will not hesitate
        to protect its personnel" -> "The United States": the subject pronoun of a clause
        coordinated with an earlier one of its sentence ("X ..., and it ...", "X ..., but
        they ...") goes on with that clause's subject when the walk has it for the same
        class, whatever the first clause acted on in between (coordinated clauses keep
        their subject). Not an organisation for "they" ("The ministry ..., and they"), and
        a pronoun subject only as the walk resolved it."""
        verb = tok.head
        if tok.dep_ not in SUBJ_DEPS or verb.dep_ != "conj":
            return None
        first = verb.head
        if not any(c.dep_ == "cc" and first.i < c.i < tok.i for c in first.children):
            return None
        subj = next((c for c in first.children if c.dep_ in SUBJ_DEPS), None)
        if subj is None or subj.i > tok.i:
            return None
        if subj.pos_ == "PRON":
            return self.resolved.get(subj.i) if subj.lower_ == tok.lower_ else None
        for k, _p, text, extra in reversed(self.events[cls]):
            if k < subj.i:
                return None
            if k == subj.i:
                return None if extra == "sg" else text
        return None

    def _subject_of_previous(self, tok, cls, para_of):
        """ "The ministry has stockpiled vaccines for two years. It said it had ..." ->
        "the ministry"; "Schools in Kelvale stayed open last week. Officials considered
        closing them" -> "Schools in Kelvale": a pronoun the walk left open (a subject, a
        possessive, an object) goes on with the topic of the sentence just before (its
        paragraph): the subject of that sentence's main clause, when it is of the
        pronoun's class, definite (not "No group", "Some parents", "a study"), and the
        only mention of the class around: nothing of the class in the pronoun's sentence
        before it, nor as an object of that main clause, nor with a relative clause of
        its own in that sentence. Further:
        - a pronoun that acts, never a thing acted on or described ("The warehouses were
          used to store grain. They supplied ...");
        - after a report ("X said ..."), only a pronoun that speaks in turn ("It said"):
          otherwise the report's content may hold what it stands for;
        - a pronoun that speaks, or owns people ("Its leaders"), only a party (an
          organisation, a country, someone who acts, a document), and the only one there;
        - not "It is the unit that ...", which names something new;
        - an object pronoun ("closing them") never a party (who acts is not what is acted
          on as often), nor with a subject "it"/"they" of its own clause."""
        prev = _sentence_before(tok, para_of)
        if prev is None:
            return None
        doc, root, start = self.doc, prev.root, prev.end
        subj = next((c for c in root.children if c.dep_ in SUBJ_DEPS), None)
        if subj is None or not _of_class(subj, cls):
            return None
        if any(c.lower_ in QUANTIFYING_DETERMINERS for c in subj.lefts):
            return None
        if cls == "single" and not (
            (subj.pos_ == "PROPN" and (subj.ent_type_ or not subj.is_sent_start))
            or any(c.dep_ in {"det", "poss"} and c.lower_ not in {"a", "an"} for c in subj.lefts)
        ):
            return None  # "Anger grew over ...": a bare common noun, whatever the tagger says
        if (
            any(_rival(t, cls) for t in doc[start : tok.i])
            or any(
                c.dep_ in {"dobj", "attr", "dative"}
                and (
                    _rival(c, cls)
                    # "arrested dozens of students": the students
                    or (c.lower_ in QUANTITY_HEADS and any(_rival(g, cls) for g in c.subtree))
                )
                for c in root.children
            )
            # "forced hundreds of trucks to take a mountain road": the road as well
            or any(
                c.dep_ == "dobj" and _rival(c, cls) and _authors_act(c.head)
                for x in root.children
                if x.dep_ == "xcomp"
                for c in x.children
            )
            or any(
                t.dep_ == "relcl"
                and t.head.i != subj.i
                and _rival(t.head, cls)
                # "said it carried out the attack, which killed nine soldiers. Its
                # leader ...": an attack has no people; a party named so would
                and not (
                    tok.tag_ == "PRP$"
                    and tok.head.lemma_.lower() in _PEOPLE_OF_PARTY
                    and not _party_mention(t.head)
                )
                for t in prev
            )
        ):
            return None  # ("a new law, which allows ...": the law is talked about too)
        verb = tok.head
        if (
            tok.dep_ == "nsubj"
            and verb.lemma_ != "be"
            and verb.lemma_.lower() not in NON_AGENTIVE_VERBS
            and (subj.dep_ == "nsubjpass" or root.lemma_ == "be")
            and not _party_mention(subj)
        ):
            return None  # "The warehouses were used ... They supplied": a thing acted on
        speaks = tok.dep_ == "nsubj" and verb.lemma_.lower() in _SPEAKING_VERBS
        # "The rebel movement said troops had shelled two villages. Its fighters ...":
        # people belong to a party, as the one who speaks is one
        members = tok.tag_ == "PRP$" and verb.lemma_.lower() in _PEOPLE_OF_PARTY
        reports = root.lemma_.lower() in _SPEECH or any(c.dep_ == "ccomp" for c in root.children)
        if reports and not (speaks or members):
            return None
        if speaks or members:
            if not _party_mention(subj) or any(
                t.i != subj.i
                and _of_class(t, cls)
                and _party_mention(t)
                and _medium_of_report(t) is None  # "warned in a report": not a party
                for t in prev
            ):
                return None
        if (
            tok.dep_ in SUBJ_DEPS
            and verb.lemma_ == "be"
            and any(c.dep_ == "attr" and c.pos_ in {"NOUN", "PROPN"} for c in verb.children)
        ):
            return None
        if tok.dep_ in {"dobj", "pobj", "dative"}:
            clause = verb.head if tok.dep_ == "pobj" else verb
            if _party_mention(subj) or any(
                c.dep_ in SUBJ_DEPS and c.lower_ in {"it", "they"} for c in clause.children
            ):
                return None
        return self._definite_np(subj)

    def _people_of_previous(self, tok, para_of):
        """ "Today, we honor the service members who lost their lives. Their sacrifice
        ..." -> "the service members": a "they" or "their" opening its sentence, after a
        sentence in which the author ("we", "I"), who cannot be "they", acts on one
        plural object and on nothing else plural."""
        doc = self.doc
        sent = sent_of(tok)
        if sent.start == 0 or any(
            not t.is_punct and t.dep_ not in {"advmod", "cc", "det"}
            for t in doc[sent.start : tok.i]
        ):
            return None
        root = sent_of(doc[sent.start - 1]).root
        if para_of(root.idx) != para_of(tok.idx) or root.pos_ != "VERB":
            return None
        subj = next((c for c in root.children if c.dep_ in SUBJ_DEPS), None)
        if subj is None or subj.lower_ not in {"we", "i"}:
            return None
        plural = [
            h
            for c in root.children
            if c.dep_ in {"dobj", "prep"}
            for h in ([c] if c.dep_ == "dobj" else [g for g in c.children if g.dep_ == "pobj"])
            if h.tag_ in {"NNS", "NNPS"} or any(g.dep_ == "conj" for g in h.children)
        ]
        if len(plural) != 1 or plural[0].dep_ != "dobj" or plural[0].ent_type_ in _NON_REFERRING:
            return None
        if any(g.dep_ == "conj" for g in plural[0].children):
            return None
        ids = self._np_ids(plural[0])
        text = self._np_text(ids)
        if text and doc[ids[0]].like_num:
            text = "the " + text
        return text

    def _object_of_previous(self, tok, para_of):
        """ "Tzanetos shared details about one aircraft NASA is developing. It is
        called ..." -> "the aircraft NASA is developing": when the sentence before
        has a subject "it" cannot be (a person, a plural) and exactly one singular
        thing in its main clause's objects, and nothing in between could be "it"."""
        doc = self.doc
        sent = sent_of(tok)
        before = doc[sent.start : tok.i]
        frame = tok.head.head if tok.head.dep_ == "ccomp" else None
        if frame is not None and frame.dep_ == "ROOT" and frame.i < tok.i:
            # "They said it adds to ...": after a speech frame whose subject cannot be it
            fs = next((c for c in frame.children if c.dep_ in SUBJ_DEPS), None)
            if fs is not None and _not_it(fs) and fs.right_edge.i < frame.i:
                before = [
                    t
                    for t in before
                    if not (fs.left_edge.i <= t.i <= fs.right_edge.i or t.i == frame.i)
                    and not (t.dep_ == "mark" and t.head.i == tok.head.i)
                    and not (t.dep_ in {"aux", "neg"} and t.head.i == frame.i)
                ]
        if sent.start == 0 or any(
            not t.is_punct and t.dep_ not in {"advmod", "cc", "prep", "pobj", "det", "amod"}
            for t in before
        ):
            return None  # only for the opening subject of its sentence
        prev = sent_of(doc[sent.start - 1])
        root = prev.root
        if para_of(root.idx) != para_of(tok.idx) or root.pos_ not in {"VERB", "AUX"}:
            return None
        subj = next((c for c in root.children if c.dep_ in SUBJ_DEPS), None)
        if subj is None or not _not_it(subj):
            return None
        cands = []
        for c in root.children:
            if c.dep_ not in {"dobj", "prep"} or c.lower_ == "as":
                continue  # "was designated as a Foreign Terrorist Organization": the subject
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
            if h.tag_ in {"NN", "NNP"}
            and h.ent_type_ not in _NON_REFERRING_OR_PLACE
            and h.lemma_.lower() not in PERSON_NOUNS
            and _medium_of_report(h) is None  # "said in a report": the one who said it
        ]
        if len(things) != 1 or any(c.dep_ == "conj" for c in things[0].children):
            return None  # "tested a new engine and a new wing. It ...": which one?
        quote_at = self.layout.quote_at
        if quote_at(tok.idx) is not None and quote_at(things[0].idx) is None:
            # '"It is not," she said of critics on the council': a quoted "it" is the
            # speaker's own topic, not a thing the article's frame named
            return None
        return self._definite_np(things[0])

    def _actor_of_previous(self, tok, cls, pronoun):
        """ "These officials manipulated the vote count and barred opposition candidates
        from running. Their actions undermined ..." -> "the officials": the owner of acts
        ("Their actions", "Its attacks") opening a sentence is who acted in the sentence
        before, its active subject, not what that one acted on; not after a report
        ("X said Y ..."), where the acts may be either's."""
        doc = self.doc
        noun = tok.head
        if noun.lemma_.lower() not in ACT_NOUNS or noun.dep_ not in SUBJ_DEPS:
            return None
        sent = sent_of(tok)
        if sent.start == 0 or any(
            not t.is_punct and t.dep_ not in {"advmod", "cc"} for t in doc[sent.start : tok.i]
        ):
            return None
        root = sent_of(doc[sent.start - 1]).root
        if self.layout.paragraph(root.idx) != self.layout.paragraph(tok.idx):
            return None
        if root.pos_ != "VERB" or any(c.dep_ in {"ccomp", "nsubjpass"} for c in root.children):
            return None
        subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
        if subj is None:
            return None
        lo, hi = subj.left_edge.i, subj.i
        for k, _p, text, _extra in reversed(self.events[cls]):
            if k < lo:
                return None
            if k > hi:
                continue
            if not text:
                return None
            if cls == "person" and self._gender.setdefault(text, pronoun) != pronoun:
                return None
            return text
        return None

    def _actor_of_named_act(self, tok, cls):
        """ "Consular officers have requested access to the journalists. The ministry has
        not responded to their request." -> "Consular officers": the owner of a noun that
        names the act of one verb in the sentence before (or earlier in its own), with
        the verb's stem, is that verb's active subject, when it agrees and the walk has
        it."""
        from .demonstratives import same_stem

        if cls == "person" or tok.head.pos_ != "NOUN":
            return None
        noun = tok.head.lemma_.lower()
        doc = self.doc
        starts = attrs(doc).sent_start
        own = starts[tok.i]
        start = starts[own - 1] if own > 0 else own
        if self.layout.paragraph(doc[start].idx) != self.layout.paragraph(tok.idx):
            start = own
        pos, lemmas = attrs(doc).pos, attrs(doc).lemma
        verbs = [
            doc[k] for k in range(start, tok.i) if pos[k] == "VERB" and same_stem(noun, lemmas[k])
        ]
        if len(verbs) != 1:
            return None
        subj = next((c for c in verbs[0].children if c.dep_ == "nsubj"), None)
        if subj is None:
            return None
        for k, _p, text, extra in reversed(self.events[cls]):
            if k == subj.i:
                if cls == "plural" and extra == "sg":
                    return None  # "The ministry requested ... their request": it, not they
                first = doc[subj.left_edge.i]
                if text and first.is_sent_start and subj.pos_ == "NOUN" and not first.ent_type_:
                    text = text[:1].lower() + text[1:]  # "Consular officers" mid-sentence
                return text
        return None

    def _plural_object_of_previous(self, tok, para_of):
        """ "The foreign ministry accused the journalists of spying. It said they had
        entered on tourist visas" -> "the journalists": a "they" opening its sentence (or
        the clause a singular speaker reports), after a sentence whose subject cannot be
        "they" (a person, a singular thing, an organisation the article has called "it")
        and which names exactly one plural, uncoordinated set of people or things outside
        its subject; one that acts must be able to act (people, agents, organisations)."""
        doc = self.doc
        sent = sent_of(tok)
        before = [t for t in doc[sent.start : tok.i] if not t.is_punct]
        frame = tok.head.head if tok.head.dep_ == "ccomp" else None
        if frame is not None and frame.dep_ == "ROOT" and frame.i < tok.i:
            # "It said they had entered ...": a speaker who cannot be "they"
            fs = next((c for c in frame.children if c.dep_ in SUBJ_DEPS), None)
            if fs is None or not self._not_they(fs) or fs.right_edge.i > frame.i:
                return None
            before = [
                t
                for t in before
                if not (fs.left_edge.i <= t.i <= fs.right_edge.i or t.i == frame.i)
                and not (t.dep_ == "mark" and t.head.i == tok.head.i)
                and not (t.dep_ in {"aux", "neg"} and t.head.i == frame.i)
            ]
        if sent.start == 0 or any(t.dep_ not in {"advmod", "cc"} for t in before):
            return None
        prev = sent_of(doc[sent.start - 1])
        root = prev.root
        if para_of(root.idx) != para_of(tok.idx) or root.pos_ not in {"VERB", "AUX"}:
            return None
        if {root.lemma_.lower(), tok.head.lemma_.lower()} & JOINT_VERBS:
            return None  # "The senator met union leaders. They discussed ...": both
        subj = next((c for c in root.children if c.dep_ in SUBJ_DEPS), None)
        # "The Department is designating five officials. They include ...": a set with
        # members, never the one body that acts
        members = _members_they(tok)
        if subj is None or not (self._not_they(subj) or members and _one_body(subj)):
            return None
        cands = [
            t
            for t in prev
            if t.pos_ in {"NOUN", "PROPN"}
            and t.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj", "attr", "dative", "appos"}
            and (t.tag_ in {"NNS", "NNPS"} or any(c.dep_ == "conj" for c in t.children))
            and t.ent_type_ not in _NON_REFERRING
            and not subj.left_edge.i <= t.i <= subj.right_edge.i
        ]
        # "dozens of tree stumps": the stumps
        cands = [
            t
            for t in cands
            if not (t.lower_ in QUANTITY_HEADS and any(c.head.i == t.i for c in cands))
        ]
        if members:
            # the set the sentence acts on, not the sets of its phrases ("designating five
            # officials for their involvement in violations of rights")
            cands = [t for t in cands if t.dep_ == "dobj" and t.head.i == root.i]
        agentive = (
            tok.dep_ == "nsubj"
            and tok.head.lemma_ != "be"
            and tok.head.lemma_.lower() not in NON_AGENTIVE_VERBS
        )
        if agentive:
            # "accused the activists of organising rallies. It said they had received
            # money": a thing acted on in a clause with no tense of its own (as in
            # _object) is in the background for a "they" that acts
            cands = [
                t
                for t in cands
                if not (
                    t.dep_ == "dobj"
                    and _non_finite(t.head)
                    and not _plural_agent(t, t.lower_, t.lemma_.lower(), False)
                )
            ]
        if len(cands) != 1:
            return None
        obj = cands[0]
        low, lemma = obj.lower_, obj.lemma_.lower()
        if agentive and not (_plural_agent(obj, low, lemma, False) or {low, lemma} & PERSON_NOUNS):
            return None  # a "they" that acts is a set that can act
        para = para_of(tok.idx)
        # a speaker who acted on the set and says what "they" did keeps to it: only
        # its own paragraph can hold a rival then
        back = 0 if frame is not None and frame.i < tok.i else 1
        if any(
            k < tok.i
            and p >= para - back
            and text
            and not (extra == "sg" and (text in self._singular or members))
            and not (agentive and self._cannot_act(doc[k]))
            for k, p, text, extra in self.events["plural"]
        ):
            # "The network said its reporters had done nothing wrong. It called the
            # expulsions an attack ... They were put on a flight": a set named earlier
            # in the paragraph (or the one before) may be the one meant
            return None
        if any(c.dep_ == "conj" for c in obj.children) or obj.dep_ in {"nsubj", "nsubjpass"}:
            return None  # "union leaders and factory owners": one of them, or both?
        if obj.dep_ == "pobj" and obj.head.head.pos_ not in {"VERB", "AUX", "NOUN"}:
            return None
        if obj.dep_ == "pobj" and obj.head.lower_ in {"with", "alongside", "beside"}:
            return None  # "spoke with the prime ministers. They ...": together
        if any(c.tag_ == "PRP$" or c.lower_ in DEMONSTRATIVES for c in obj.lefts):
            return None  # itself anaphoric
        drop = {
            k.i
            for c in obj.children
            if c.dep_ == "prep" and any(g.dep_ == "pcomp" for g in c.children)
            for k in c.subtree
        }  # "the activists of organising rallies" -> "the activists"
        ids = [k for k in self._np_ids(obj) if k not in drop]
        if ids and doc[ids[0]].lower_ == "the":
            return self._np_text(ids)
        if ids and doc[ids[0]].dep_ == "det":
            ids = ids[1:]  # "several reporters" -> "the reporters"
        text = self._np_text(ids)
        return "the " + text if text else None

    @staticmethod
    def _cannot_act(t) -> bool:
        """ "more than 3,000 buildings", "the floods": a set of things, no rival for a
        "they" that assesses or helps (a pronoun may be anyone)."""
        if t.pos_ not in {"NOUN", "PROPN"} or t.tag_ not in {"NNS", "NNPS"}:
            return False
        low, lemma = t.lower_, t.lemma_.lower()
        if t.ent_type_ in {"ORG", "NORP"} or {low, lemma} & _ACTING_WORDS:
            return False
        return not (lemma.endswith(AGENT_SUFFIXES) and lemma not in NOT_AGENTS)

    def _not_they(self, subj) -> bool:
        """A subject "they" cannot stand for: a singular pronoun, a person, a singular
        thing, or an organisation the article has called "it"."""
        if subj.pos_ == "PRON":
            return subj.lower_ in {"it", "he", "she", "i"}
        if subj.tag_ not in {"NN", "NNP", "NNPS"} or any(c.dep_ == "conj" for c in subj.children):
            return False
        if subj.ent_type_ == "PERSON" or subj.lemma_.lower() in PERSON_NOUNS:
            return True
        text = self._np_text(self._np_ids(subj))
        if text and text in self._singular:
            return True
        low, lemma = subj.lower_, subj.lemma_.lower()
        return subj.tag_ != "NNPS" and not (
            subj.ent_type_ in {"ORG", "NORP"} or {low, lemma} & _AGENT_OR_ORG_WORDS
        )

    def _owner_of_previous(self, tok, para_of):
        """ "I want to thank the government of Qatar for its efforts. Its mediators
        worked for months" -> "the government of Qatar": an "its" opening its sentence,
        after a sentence whose subject "it" cannot be (a person, a plural, "I") and whose
        main clause acts on exactly one singular thing (its direct objects, also those
        of a verb it governs: "wants to thank"), not a person nor a date."""
        doc = self.doc
        sent = sent_of(tok)
        if sent.start == 0 or any(
            not t.is_punct and t.dep_ not in {"advmod", "cc"} for t in doc[sent.start : tok.i]
        ):
            return None
        root = sent_of(doc[sent.start - 1]).root
        if para_of(root.idx) != para_of(tok.idx) or root.pos_ not in {"VERB", "AUX"}:
            return None
        subj = next((c for c in root.children if c.dep_ in SUBJ_DEPS), None)
        if subj is None or not _not_it(subj):
            return None
        verbs, objs = [root], []
        while verbs:
            v = verbs.pop()
            for c in v.children:
                if c.dep_ == "dobj":
                    objs.append(c)
                elif c.dep_ in {"xcomp", "conj"} and c.pos_ == "VERB":
                    verbs.append(c)
        if len(objs) != 1:
            return None
        obj = objs[0]
        if not _one_thing(obj):
            return None
        return self._definite_np(obj)

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
        if first.lower_ in {"a", "an", "one"} and first.dep_ in {"det", "nummod"}:
            ids = ids[1:]
            prefix = "the "
        else:
            prefix = ""
        text = self._np_text(ids)
        return prefix + text if text else None

    def genders(self) -> dict:
        """Person mention -> "he" or "she", as the pronouns resolved so far used them."""
        return dict(self._gender)

    def lookup(self, tok) -> str | None:
        return self.resolved.get(tok.i)


def _sentence_before(tok, para_of):
    """The sentence just before ``tok``'s, when its root is in the same paragraph."""
    start = sent_start(tok)
    if start == 0:
        return None
    prev = sent_of(tok.doc[start - 1])
    return prev if para_of(prev.root.idx) == para_of(tok.idx) else None


def _lower_elsewhere(doc, low: str) -> bool:
    """Does the word appear in lower case elsewhere in the document?"""
    words = doc.user_data.get("lower_words")
    if words is None:
        words = doc.user_data["lower_words"] = {t.text for t in doc if t.text.islower()}
    return low in words


def _capital_of_sentence_only(first, ids) -> bool:
    """A common noun capitalised only because it opens its sentence ("Police", "Farmers",
    "Security forces"), not a name, an acronym or the start of a name ("Police Chief
    Ana Ruiz")."""
    text = first.text
    doc = first.doc
    if first.ent_type_ or not first.is_sent_start:
        return False
    if not (text[:1].isupper() and text[1:].islower()):
        return False
    if first.pos_ != "NOUN" and not (first.pos_ == "PROPN" and _lower_elsewhere(doc, text.lower())):
        return False  # ("Dengue causes ..." is the "dengue" of "dengue cases")
    nxt = doc[ids[1]] if len(ids) > 1 else None
    return nxt is None or (nxt.pos_ != "PROPN" and not nxt.ent_type_)


def _medium_of_report(t):
    """ "Amnesty Kavaria said in a report that ...": the document (or statement) a party
    reported in, with its own subject before it, is the medium, not who spoke; the
    reporter (that subject) when ``t`` is such a medium, else None."""
    if t.dep_ != "pobj" or t.head.lower_ not in {"in", "through"}:
        return None
    if t.lemma_.lower() not in DOCUMENT_NOUNS and not is_evidence(t):
        return None
    verb = t.head.head
    if verb.pos_ not in {"VERB", "AUX"}:
        return None  # ("warned in a report", "wrote in a letter" as well as "said")
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.i > t.i or is_evidence(subj):
        return None
    return subj


def _named_body(t) -> bool:
    """An organisation as its name or its common noun says ("Human Rights Watch", "the
    aid group"), not a person and not a name the tagger calls a place."""
    if t.ent_type_:
        return t.ent_type_ in {"ORG", "NORP", "GPE"}
    low = t.lemma_.lower()
    return low not in PERSON_NOUNS and (low in ORG_WORDS or low in AGENT_NOUNS)


def _place_of_a_body(t) -> bool:
    """ "The regional utility opened a plant in Dorvik": a name that is the object of a
    place's preposition ("in", "at", "near") in a clause whose subject is an organisation
    named by its common noun is where the body acted, not a party that speaks as "it"
    (the tagger may call the town an organisation)."""
    if t.dep_ != "pobj" or t.pos_ != "PROPN" or t.head.lower_ not in PLACE_PREPOSITIONS:
        return False
    verb = t.head.head
    while verb.dep_ in {"dobj", "pobj", "prep", "conj"} and verb.head.i != verb.i:
        verb = verb.head  # "a plant in Dorvik", "an office at Brenholm"
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return (
        subj is not None
        and subj.pos_ == "NOUN"
        and subj.tag_ == "NN"
        and subj.lemma_.lower() not in PERSON_NOUNS
        and subj.lemma_.lower() in _BODY_SUBJECT_WORDS
    )


def _gender_beside(doc, ent) -> str | None:
    """ "he" or "she" as the words of a person's name or the nouns beside it tell it (a
    title just before or in it, "Ms. Kovac"; an apposition, "His mother, Ruth Pike", "Lina
    Park, a spokeswoman"); None when they do not, or disagree."""
    near = list(doc[max(0, ent.start - 2) : ent.end])
    root = ent.root
    appos = [c for c in root.children if c.dep_ == "appos"]
    if root.dep_ == "appos":
        appos.append(root.head)
    near += appos + [c for t in appos for c in t.children if c.dep_ == "compound"]
    words = {t.lower_.strip(".") for t in near} | {t.lemma_.lower() for t in near}
    female, male = bool(words & FEMALE_WORDS), bool(words & MALE_WORDS)
    if female == male:
        return None
    return "she" if female else "he"


def _of_class(t, cls) -> bool:
    """A noun mention an "it" (``single``: singular, uncoordinated) or a "they"
    (``plural``: plural or coordinated) could stand for: not a person, a date or an
    amount, and no part of a longer name."""
    if t.pos_ not in {"NOUN", "PROPN"} or t.ent_type_ in _NON_REFERRING_OR_PERSON:
        return False
    if t.lemma_.lower() in PERSON_NOUNS or t.dep_ in {"compound", "nmod", "poss"}:
        return False
    coordinated = any(c.dep_ == "conj" for c in t.children)
    if cls == "single":
        return (t.tag_ in {"NN", "NNP"} or one_named_body(t)) and not coordinated
    return (t.tag_ == "NNS" or (t.tag_ == "NNPS" and not one_named_body(t))) or coordinated


def one_named_body(t) -> bool:
    """ "The United States", "the Netherlands", "the United Nations": a name of plural
    form for one country or body, an "it" and never a "they"."""
    return t.tag_ == "NNPS" and (
        t.ent_type_ == "GPE" or (t.ent_type_ == "ORG" and t.lower_ in SINGULAR_PLURAL_NAMES)
    )


def _rival(t, cls) -> bool:
    """A mention that competes for the pronoun: one of its class, or for "they" any set
    (people too: "arrested dozens of students. They ...")."""
    if _of_class(t, cls):
        return True
    return cls == "plural" and t.tag_ in {"NNS", "NNPS"} and t.pos_ in {"NOUN", "PROPN"}


def _party_mention(t) -> bool:
    """An organisation, a country, someone who acts, or a document: who can speak."""
    return (
        is_agent(t)
        or t.ent_type_ in {"ORG", "NORP", "GPE"}
        or t.lemma_.lower() in ORG_WORDS
        or is_evidence(t)
    )


def _person_reporting(subj, tok) -> bool:
    """ "She said it would also compensate farmers": is ``subj`` a person who reports the
    clause the pronoun ``tok`` opens (a person is never "it" nor "they")?"""
    if tok.lower_ not in {"it", "they"} or tok.head.dep_ != "ccomp" or subj.dep_ != "nsubj":
        return False
    frame = tok.head.head
    if subj.head.i != frame.i or frame.lemma_.lower() not in _SPEECH:
        return False
    if subj.pos_ == "PRON":
        return subj.lower_ in {"he", "she", "i"}
    if any(c.dep_ == "poss" for c in subj.children):
        return False  # "Its chairman said it would also ...": the chairman's body, maybe
    return subj.ent_type_ == "PERSON" or subj.lemma_.lower() in PERSON_NOUNS


def _authors_act(v) -> bool:
    """ "I want to thank the leaders of both countries", "We wish to congratulate the
    team": an infinitive the author ("I", "we") wants or means to do is the author's act,
    and what it acts on is in the foreground, as after a finite verb; so is what someone
    the main verb acts on is made or allowed to do ("The collapse has forced hundreds of
    trucks to take a mountain road": the road is what the sentence tells)."""
    if v.dep_ != "xcomp" or v.head.dep_ != "ROOT":
        return False
    return any(
        (c.dep_ == "nsubj" and c.lower_ in {"i", "we"}) or (c.dep_ == "dobj" and c.i < v.i)
        for c in v.head.children
    )


def _act_passive(subj) -> bool:
    """ "They were conducted ...", "They were carried out by ...": a "they" that only
    acts can be."""
    return subj.dep_ == "nsubjpass" and subj.head.lemma_.lower() in ACT_PASSIVES


def _members_they(tok) -> bool:
    """ "They include the commander of the riot police": a "they" that includes or
    comprises people or things is a set with members."""
    return tok.dep_ == "nsubj" and tok.head.lemma_.lower() in INCLUSION_VERBS


def _one_body(subj) -> bool:
    """A singular organisation ("the Department of State", "the ministry")."""
    if subj.tag_ not in {"NN", "NNP"} or any(c.dep_ == "conj" for c in subj.children):
        return False
    return subj.ent_type_ in {"ORG", "NORP"} or subj.lemma_.lower() in ORG_WORDS


def _declines(subj) -> bool:
    """Is ``subj`` the subject of what one who reports does when he says no more: "He
    declined to discuss ...", "She refused to comment"?"""
    return subj.dep_ == "nsubj" and subj.head.lemma_.lower() in REFUSAL_VERBS


def _speaks(subj) -> bool:
    """The subject of a speech verb or an act that only someone can do ("said",
    "warned", "advised", "urged", "announced", "hosts", "signed")."""
    return subj.dep_ == "nsubj" and subj.head.lemma_.lower() in _PARTY_VERBS


def _people_noun(noun) -> bool:
    """ "officials", "mediators", "fighters", "staff": people who act for a party."""
    return noun.pos_ == "NOUN" and bool({noun.lower_, noun.lemma_.lower()} & MEMBER_NOUNS)


def _run_in_heading(sent, layout) -> bool:
    """ "Helping small utilities.", "Key provisions:": a short label opening its paragraph,
    with no subject and no finite verb, as fact sheets put before a paragraph."""
    words = [t for t in sent if not t.is_punct and not t.is_space]
    if not words or len(words) > 6:
        return False
    if sent.start > 0 and layout.paragraph(sent.doc[sent.start - 1].idx) == layout.paragraph(
        sent[0].idx
    ):
        return False  # not the first in its paragraph
    return not any(t.dep_ in SUBJ_DEPS or t.tag_ in _FINITE_TAGS for t in words)


def _members_of_subject(obj) -> bool:
    """ "These teams include 160 rescue specialists, engineers and medical staff": the
    object of an inclusion verb is part of a plural subject, no other set."""
    verb = obj.head
    if verb.lemma_.lower() not in INCLUSION_VERBS:
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subj is not None and (
        subj.tag_ in {"NNS", "NNPS"} or any(c.dep_ == "conj" for c in subj.children)
    )


def _one_thing(obj) -> bool:
    """An object an "it" can stand for: one singular thing, not a person, not several
    joined ("a depot and a bridge"), not one that introduces no referent ("any
    evidence")."""
    return not (
        obj.tag_ not in {"NN", "NNP"}
        or obj.ent_type_ in _NON_REFERRING_OR_PERSON
        or obj.lemma_.lower() in PERSON_NOUNS
        or any(c.dep_ == "conj" for c in obj.children)
        or _no_referent(obj)
    )


def _no_referent(obj) -> bool:
    """ "any direct evidence", "no survivors", "did not find a body": an object that
    introduces nothing a later pronoun could stand for."""
    a = attrs(obj.doc)
    dep, kids = a.dep, a.kids
    det = next((a.lower[k] for k in kids[obj.i] if dep[k] == "det"), None)
    if det in NON_REFERRING_DETERMINERS:
        return True
    return det in {"a", "an"} and any(dep[k] == "neg" for k in kids[a.head[obj.i]])


def _discloses(verb) -> bool:
    """ "did not give details", "gave no further details", "declined to elaborate",
    "did not say when ...": what a party that reported something does about it."""
    lemma = verb.lemma_.lower()
    if lemma in REFUSAL_VERBS:
        return any(c.dep_ == "xcomp" and _discloses_act(c, True) for c in verb.children)
    negated = any(c.dep_ == "neg" for c in verb.children)
    return _discloses_act(verb, negated)


def _discloses_act(verb, negated) -> bool:
    lemma = verb.lemma_.lower()
    if lemma in DISCLOSURE_VERBS:
        return True
    if lemma in WITHHELD_VERBS:
        return negated
    if lemma in GIVING_DISCLOSURE_VERBS:
        return any(c.dep_ == "dobj" and c.lemma_.lower() in DISCLOSURE_NOUNS for c in verb.children)
    return False


def _harmed_by_one(victim) -> bool:
    """Is the subject of the verb that harmed ``victim`` one thing or party?"""
    by = next((c for c in victim.head.children if c.dep_ == "nsubj"), None)
    return (
        by is not None
        and by.tag_ in {"NN", "NNP"}
        and not any(c.dep_ == "conj" for c in by.children)
        and by.lemma_.lower() not in ORG_WORDS  # ("The army ... they")
    )


def _past_act(subj) -> bool:
    """ "They destroyed ...", "They have destroyed ...": an act told in the past."""
    v = subj.head
    if subj.dep_ != "nsubj" or v.pos_ != "VERB":
        return False
    aux = {c.lemma_ for c in v.children if c.dep_ == "aux"}
    return (v.tag_ == "VBD" and not aux) or (v.tag_ == "VBN" and "have" in aux)


def _background(tok) -> bool:
    """ "They were protecting civilians", "They had worked for the embassy", "They were
    nurses": a clause that says what its subject had been doing or was, not a new act."""
    v = tok.head
    if tok.dep_ not in SUBJ_DEPS:
        return False
    aux = [c.lower_ for c in v.children if c.dep_ in {"aux", "auxpass"}]
    return (
        (v.tag_ == "VBG" and any(a in {"was", "were"} for a in aux))
        or (v.tag_ == "VBG" and "had" in aux and "been" in aux)  # "had been guarding"
        or (v.tag_ == "VBN" and "had" in aux)
        or (
            v.lemma_ == "be"
            and v.tag_
            in {
                "VBD",
            }
        )
    )


def _named_things(doc) -> set:
    """Words of names the article gives to things: "It is called the Mars Chopper
    rotorcraft", "a rover named Perseverance" -- the tagger may still read
    "Chopper" as a person later on."""
    out = set()
    a = attrs(doc)
    lemma, heads = a.lemma, a.head
    for k, dep in enumerate(a.dep):
        if dep != "oprd" or lemma[heads[k]] not in NAMING_VERBS:
            continue
        t = doc[k]
        verb = t.head
        named = (
            verb.head
            if verb.dep_ == "acl"
            else next((c for c in verb.children if c.dep_ in {"nsubjpass", "dobj"}), None)
        )
        if named is None or named.ent_type_ == "PERSON" or named.lower_ in {"he", "she"}:
            continue
        if named.lemma_.lower() in PERSON_NOUNS:
            continue  # "The baby was named Rosa": a person
        if t.pos_ == "PROPN":
            out.update(w.text for w in t.subtree if w.pos_ == "PROPN")
        elif t.pos_ == "NOUN" and t.lemma_.lower() not in PERSON_NOUNS:
            out.update(
                w.text
                for c in t.lefts
                if c.dep_ in {"compound", "amod"}
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
        if head.i == e.i and child.dep_ in {"acl", "ccomp", "relcl"}:
            return True
        if child.dep_ in {"ccomp", "xcomp"} and e.head.i == head.i and e.dep_ in SUBJ_DEPS:
            return True
        child, head = head, head.head
    return False


def competing_thing(tok, layout) -> bool:
    """ "The backup generator did not start. The ministry said it had been inspected":
    a reported "it" that is acted on or described, after a sentence whose subject is
    another single thing, may be that thing as well as the one who reports."""
    doc = tok.doc
    if tok.head.dep_ != "ccomp" or sent_start(tok) == 0:
        return False
    if not (tok.dep_ == "nsubjpass" or tok.head.lemma_ == "be"):
        return False
    prev = sent_of(doc[sent_start(tok) - 1])
    if layout.paragraph(prev.root.idx) != layout.paragraph(tok.idx):
        return False
    subj = next((c for c in prev.root.children if c.dep_ in SUBJ_DEPS), None)
    return (
        subj is not None
        and subj.tag_ in {"NN", "NNP"}
        and subj.pos_ in {"NOUN", "PROPN"}
        and subj.ent_type_ not in {"PERSON", "ORG", "GPE", "NORP"}
        and subj.lemma_.lower() not in PERSON_NOUNS
    )


def _in_name(head, prep) -> bool:
    """ "the Agency for International Development": a preposition inside a name."""
    sub = [t for t in prep.subtree if t.i != prep.i]
    return (
        head.pos_ == "PROPN"
        and prep.i == head.i + 1
        and bool(sub)
        and all(t.pos_ == "PROPN" or t.dep_ == "det" for t in sub)
    )


def _main_person_mention(t) -> bool:
    """A person the pronoun may stand for: the subject of a main clause, or of a
    reported one whose reporter is not a person ("The committee said the minister
    could resign. She said ..."); not the attacker in "Kouassi said the attacker
    wore a uniform. He then called the police" (Kouassi is)."""
    head = t.head
    if head.dep_ in {"ROOT", "conj"}:
        return True
    if head.dep_ != "ccomp":
        return False
    rep = next((c for c in head.head.children if c.dep_ in SUBJ_DEPS), None)
    return rep is not None and not (
        rep.ent_type_ == "PERSON"
        or rep.lemma_.lower() in PERSON_NOUNS
        or rep.lower_ in {"he", "she", "i"}
    )


def _non_finite(v) -> bool:
    """A verb in an infinitive or participle clause ("to avoid ...", "intended to limit")."""
    a = attrs(v.doc)  # (asked of the verb of every object in the document)
    dep, tag, kids, head = a.dep, a.tag, a.kids, a.head
    i = v.i
    for _ in range(3):
        if dep[i] == "conj" and not any(
            dep[k] in {"nsubj", "nsubjpass", "aux", "auxpass"} for k in kids[i]
        ):
            i = head[i]  # "to have planned the attack and trained the bomber"
            continue
        if tag[i] not in {"VB", "VBG", "VBN"} or any(
            # "to have trained", "to be given": only a finite auxiliary makes it finite
            dep[k] in {"aux", "auxpass"} and tag[k] not in {"TO", "VB", "VBG", "VBN"}
            for k in kids[i]
        ):
            return False
        if any(tag[k] == "TO" for k in kids[i]) or dep[i] in {"xcomp", "acl", "advcl", "pcomp"}:
            return True
        if dep[i] != "conj":
            return False
        i = head[i]
    return False


def _mentioned_before(noun) -> bool:
    """Is ``noun``'s lemma named earlier in the document ("strikes ... These strikes")?"""
    lemma, tag = noun.lemma_.lower(), noun.tag_
    doc = noun.doc
    a = attrs(doc)
    lemmas, tags, pos = a.lemma, a.tag, a.pos
    return any(
        lemmas[k] == lemma
        and tags[k] == tag
        and pos[k] in {"NOUN", "PROPN"}
        and not any(c.lower_ in NEW_REFERENT_MODIFIERS for c in doc[k].lefts)
        for k in range(max(0, noun.i - 1))
    )


def _not_it(subj) -> bool:
    """A subject "it" cannot stand for: a person, a plural, a personal pronoun."""
    if subj.pos_ == "PRON":
        return subj.lower_ in {"he", "she", "they", "we", "i", "you"}
    return (
        subj.ent_type_ == "PERSON"
        or subj.lemma_.lower() in PERSON_NOUNS
        or subj.tag_ in {"NNS", "NNPS"}
        or any(c.dep_ == "conj" for c in subj.children)
    )


def earlier_mention(ctx, noun, body_only=False):
    """The nearest earlier mention of ``noun``'s lemma and number in the article,
    as text without determiner ("the helicopter's navigation system"), or None;
    ``body_only``: not one in the title ("FACT SHEET: U.S. Assistance to ...")."""
    doc = ctx.doc
    lemma, tag = noun.lemma_.lower(), noun.tag_
    a = attrs(doc)
    lemmas, tags, pos = a.lemma, a.tag, a.pos
    title_end = ctx.layout.headline_end
    for k in range(noun.i - 1, -1, -1):
        if lemmas[k] != lemma or tags[k] != tag or pos[k] not in {"NOUN", "PROPN"}:
            continue
        t = doc[k]
        if body_only and t.idx < title_end:
            break
        if t.dep_ == "compound" and t.head.lemma_.lower() in PERSON_NOUNS:
            continue  # "the bloc's foreign policy chief" names a person, no policy
        left = [
            c for c in t.lefts if c.dep_ in {"det", "poss", "compound", "amod", "nummod", "case"}
        ]
        if any(c.lower_ in NEW_REFERENT_MODIFIERS for c in left) and not any(
            c.dep_ == "nummod" for c in left
        ):
            # "take further action ... this action": another action; but "deployed an
            # additional 1,500 troops ... These troops" are the troops counted there
            continue
        if any(
            c.lower_ in ANAPHORIC_DETERMINERS or c.pos_ == "PRON" for x in left for c in x.subtree
        ):
            return ""  # itself anaphoric ("its last flight"): the noun is known, not its owner
        start = min([c.left_edge.i for c in left] + [t.i])
        if doc[start].dep_ == "det":
            start += 1
        return ctx.render(range(start, t.i + 1))
    return None


_ADDING = frozenset({"also", "too", "likewise"})
_POSSIBLE = frozenset({"may", "might", "could", "can"})


def competing_things(tok, layout):
    """ "Fine particles can enter the bloodstream. Some scientists believe they may also
    reach the brain": a reported "they" after a sentence whose subject is other things
    (plural, no one who could say or believe anything), in a clause that adds to what
    was said of them ("may also", "could too") or tells what is done to them or what
    they are, is
    those things rather than the ones who report it.  Returns that subject, or None."""
    doc = tok.doc
    if tok.lower_ != "they" or tok.dep_ not in SUBJ_DEPS or sent_start(tok) == 0:
        return None
    clause = tok.head
    if clause.dep_ != "ccomp":
        return None
    # "may also reach": a possibility added to what the things do; "will also strike"
    # may be the reporters' own plan
    adds = any(c.dep_ == "advmod" and c.lower_ in _ADDING for c in clause.children) and any(
        c.dep_ == "aux" and c.lower_ in _POSSIBLE for c in clause.children
    )
    if not (adds or tok.dep_ == "nsubjpass" or clause.lemma_ == "be"):
        return None
    prev = sent_of(doc[sent_start(tok) - 1])
    if layout.paragraph(prev.root.idx) != layout.paragraph(tok.idx):
        return None
    subj = next((c for c in prev.root.children if c.dep_ in SUBJ_DEPS), None)
    reporter = next((c for c in clause.head.children if c.dep_ in SUBJ_DEPS), None)
    ok = (
        subj is not None
        and subj.tag_ == "NNS"
        and subj.pos_ == "NOUN"
        and not subj.ent_type_
        and subj.lemma_.lower() not in PERSON_NOUNS
        and not is_agent(subj)
        and (reporter is None or reporter.lemma_.lower() != subj.lemma_.lower())
    )
    return subj if ok else None
