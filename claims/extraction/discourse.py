"""What the article has said so far: the last person, the last other speaker and
the last plural agent, so that "he said" or "they said" names a speaker.

Filled as the split stage walks the clauses in reading order; read by the
attribute stage's ``Attributor`` and by the split stage for the subject of a
restored clause ("..., sinking" -> "The ferry sank").
"""

from __future__ import annotations

from .attribute import Attribution, is_agent, mention_ids
from .lexicon import FEMALE_WORDS, MALE_WORDS, ORG_WORDS, PERSON_PRONOUNS
from .speakers import speaker_kind


class Discourse:
    def __init__(self, ctx):
        self.ctx = ctx
        self.last_person: Attribution | None = None
        self.last_other: Attribution | None = None
        self.last_plural: Attribution | None = None  # last plural agent subject ("the engineers")
        self.region_speaker: dict[int, Attribution] = {}  # quotation index -> who speaks it
        self.turns: dict[int, Attribution] = {}  # paragraph -> a transcript's "CHEN:" label
        self.bylines: set[int] = set()  # paragraphs looked at for '"..." — Name'
        self.person_names: set[str] = set()  # words of the people who spoke ("Ruiz")
        self.people: list[Attribution] = []  # people who spoke or were named subjects, in order
        self.gender: dict[str, str] = {}  # a person's surname -> "he" or "she", once known
        # id of a person named with others as one subject -> all of them ("Bianchi and
        # Ferrante were met ..."): "she" after them is either one, unless gender tells
        self.together: dict[int, list[Attribution]] = {}
        self._surnames: dict[str, int] | None = None  # built on first use
        self._shared: frozenset | None = None  # surnames of two named people

    def _key(self, a: Attribution) -> str:
        """Whose gender ``a``'s is: the surname ("Ms. Lopez" is "Carmen Lopez"), or the
        whole name when the article names two people of that surname ("Marcus Lee Dunn
        ... his sister, Tamika Dunn"), so that one's "he" is not the other's."""
        key = _surname(a)
        if self._shared is None:
            full: dict[str, set] = {}
            for _s, _e, text, label in self.ctx.ents:
                words = text.split()
                if label == "PERSON" and len(words) >= 2:
                    full.setdefault(words[-1].lower().strip(".,'’"), set()).add(text)
            self._shared = frozenset(k for k, v in full.items() if len(v) > 1)
        if key not in self._shared:
            return key
        words = (a.short or a.speaker or "").split()
        return " ".join(words).lower() if len(words) >= 2 else ""

    def gender_of(self, a: Attribution) -> str | None:
        """ "he" or "she" for a person the article has told the gender of, else None."""
        key = self._key(a)
        return self.gender.get(key) if key else None

    def introduced_surname(self, tok) -> bool:
        """Is ``tok`` the surname alone of a person the article named in full before it
        ("Republican businessman Dan Pruitt ... Pruitt went first")? The model often
        leaves the bare surname untagged or takes it for a group (a place it may be)."""
        return self.surname_before(tok) and tok.ent_type_ not in _NOT_A_SURNAME

    def surname_before(self, tok) -> bool:
        """Is ``tok`` the last word of a person's full name the article gave before it,
        however the tagger reads ``tok`` here?"""
        if self._surnames is None:
            self._surnames = {}
            for s, _e, text, label in self.ctx.ents:
                words = text.split()
                if label == "PERSON" and len(words) >= 2 and words[-1][:1].isupper():
                    self._surnames.setdefault(words[-1], s)
        first = self._surnames.get(tok.text)
        return first is not None and first < tok.idx

    def _person(self, a: Attribution) -> None:
        self.last_person = a
        self.people.append(a)
        key = self._key(a)
        if key and key not in self.gender:
            words = {w.lower().strip(".,'’") for w in (a.speaker or "").split()}
            words |= self._words_beside(a)
            if words & FEMALE_WORDS:
                self.gender[key] = "she"
            elif words & MALE_WORDS:
                self.gender[key] = "he"

    def _words_beside(self, a: Attribution) -> set[str]:
        """Nouns the text sets beside a named person's mention that may tell the
        gender: "His mother, Ruth Pike, said ...", "Lina Park, a spokeswoman for ...",
        "the spokeswoman, Lina Park"; the title written before the name is in the
        mention itself ("Ms. Kovac")."""
        if not a.speaker_span:
            return set()
        doc = self.ctx.doc
        span = doc.char_span(*a.speaker_span, alignment_mode="expand")
        if span is None or not len(span):
            return set()
        root = span.root
        near = [c for c in root.children if c.dep_ == "appos"]
        if root.dep_ == "appos":
            near.append(root.head)
        near += [c for t in near for c in t.children if c.dep_ == "compound"]
        return {t.lemma_.lower() for t in near} | {t.lower_ for t in near}

    def remember(self, a: Attribution):
        if (a.speaker or "").lower() in _BARE_PRONOUNS:
            # a pronoun no one was found for ('"He told the guards ...," she wrote'):
            # not a person a later "she" could name
            return
        if a.speaker_kind == "person":
            self._person(a)
            self.person_names.update(w for w in (a.short or "").split() if w[:1].isupper())
        elif a.speaker:
            self.last_other = a

    def note_subject(self, subj, allowed, main_clause=True):
        """A named person or a plural agent as the subject of a clause can be "he" or
        "they" later, even when it did not speak."""
        ctx = self.ctx
        d = ctx.doc
        # "Auditor Nicole Gaines ... Gaines was skeptical": a surname ending in "s" the
        # tagger reads as a plural (or common) noun is still the person named before
        surname = (
            subj.text[:1].isupper()
            and not subj.n_lefts
            and subj.ent_type_ not in _NOT_A_SURNAME
            and (
                self.surname_before(subj)
                or any((a.speaker or "").split()[-1:] == [subj.text] for a in self.people[-6:])
            )
        )
        if (
            main_clause
            and subj.tag_ in {"NNS", "NNPS"}
            and subj.ent_type_ not in {"GPE", "LOC", "PERSON"}
            and not surname
            and is_agent(subj)
        ):
            ids = mention_ids(d, subj, allowed)
            if ids:
                text = ctx.span_text(ids)
                s, e = d[ids[0]].idx, d[ids[-1]].idx + len(d[ids[-1]])
                labels = {d[i].ent_type_ for i in ids if d[i].ent_type_}
                self.last_plural = Attribution(
                    text,
                    (s, e),
                    speaker_kind(text, labels),
                    None,
                    None,
                    None,
                    short=text,
                    plural=True,
                )
            return
        if not main_clause:
            # "Maria Santos said Whitaker had agreed ... she said": the one who speaks
            # stays the person a later "she said" names, not a person in what is said
            return
        named = next(
            (c for c in subj.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"), None
        )
        if named is not None and subj.ent_type_ != "PERSON":
            subj = named  # "Another parent, Robert Haines, questioned ..."
        if (
            subj.ent_type_ == "PERSON"
            or (subj.pos_ == "PROPN" and subj.text in self.person_names)
            or surname
            or any(t.ent_type_ == "PERSON" for t in subj.lefts)
            or (
                subj.pos_ == "PROPN"
                and subj.ent_type_ not in {"GPE", "NORP", "LOC", "FAC"}
                and any(t.pos_ == "PROPN" and t.dep_ == "compound" for t in subj.lefts)
                and speaker_kind(subj.text) in {"organisation", "person"}
                and not any(t.lower_ in ORG_WORDS for t in subj.subtree)
            )
        ):
            ids = mention_ids(d, subj, allowed)
            if any(d[i].dep_ in {"cc", "conj"} for i in ids):  # mention_ids leaves out "and"
                # "Councilwoman Ruth Okoye and Councilman Dev Patel clashed": two people
                s, e = d[ids[0]].idx, d[ids[-1]].idx + len(d[ids[-1]])
                together = []
                for es, ee, text, label in ctx.ents:
                    if label == "PERSON" and s <= es and ee <= e:
                        a = Attribution(text, (es, ee), "person", None, None, None, short=text)
                        together.append(a)
                        self._person(a)
                for a in together:
                    self.together[id(a)] = together
                return
            if ids:
                s, e = d[ids[0]].idx, d[ids[-1]].idx + len(d[ids[-1]])
                person = [i for i in ids if d[i].ent_type_ == "PERSON"]
                short = ctx.span_text(person) if person else ctx.text[s:e]
                self._person(
                    Attribution(ctx.text[s:e], (s, e), "person", None, None, None, short=short)
                )

    def resolve(self, pronoun: str, not_named=frozenset()) -> Attribution | None:
        """The speaker a subject pronoun of a speech verb stands for; ``not_named``: words
        of names the speaker cannot have (whom the quote addresses: "..., Paul," she said)."""
        if pronoun in PERSON_PRONOUNS:
            # the last person the pronoun can be: "Okoye said ... Patel said ... She said" is
            # Okoye once either's gender is known (from a title, or the pronoun used before)
            want = "she" if pronoun in {"she", "her"} else "he"
            for a in reversed(self.people[-6:]):
                if not_named and not_named & set((a.speaker or "").split()):
                    continue
                key = self._key(a)
                known = self.gender.get(key)
                if known is None or known == want:
                    if any(
                        b is not a and self.gender.get(self._key(b), want) == want
                        for b in self.together.get(id(a), ())
                    ):
                        return None  # two people named together: which one?
                    if key and known is None:
                        self.gender[key] = want
                    return a
            if not_named and self.last_person is not None:
                if not_named & set((self.last_person.speaker or "").split()):
                    return None
            if self.last_person is not None:
                known = self.gender.get(self._key(self.last_person))
                if known is not None and known != want:
                    # "Mr. Reyes said ... She said ...": no one the text named can be
                    # "she"; a person of the other gender is a wrong speaker, none is not
                    return None
            return self.last_person
        if pronoun == "they":
            # the most recent of: a named non-person speaker, a plural agent subject
            cands = [
                a for a in (self.last_other, self.last_plural) if a is not None and a.speaker_span
            ]
            return max(cands, key=lambda a: a.speaker_span[0]) if cands else self.last_other
        if pronoun == "it":
            return self.last_other
        return None


_BARE_PRONOUNS = frozenset(("he", "she", "they", "it", "him", "her", "them"))
# a bare surname the model tags as one of these is more likely the place or body itself
_NOT_A_SURNAME = frozenset(("GPE", "LOC", "FAC", "ORG"))


def _surname(a: Attribution) -> str:
    words = (a.short or a.speaker or "").split()
    return words[-1].lower().strip(".,'’") if words else ""
