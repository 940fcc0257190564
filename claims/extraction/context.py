"""What every stage may read about one document: the parse, the raw text, the
layout, the entities, and the token renderer.  Built once per document."""

from __future__ import annotations

import bisect

from . import layout as L
from .discourse import Discourse
from .tokattrs import attrs, forget_children


class DocContext:
    def __init__(self, doc, text: str):
        self.doc = doc
        self.text = text
        self.layout = L.analyse(text)
        self.discourse = Discourse(self)
        # entities once per doc (doc.ents builds new Span objects on every access)
        self.ent_spans = tuple(doc.ents)
        self.ents = [
            (e.start_char, e.end_char, text[e.start_char : e.end_char], e.label_)
            for e in self.ent_spans
            if e.label_ != "ORDINAL"
        ]  # (the text's slice is the Span's text: Span.text joins its tokens again)
        self.ent_ends = [e[1] for e in self.ents]
        self._names = None
        self._antecedents = None  # coref.Antecedents, built on first use
        self._lead = None  # (start, end) token ranges of the lead's sentences
        self.memo: dict = {}  # per-document results other stages compute once (resolve.issuer)
        self._excluded = None  # per token: in layout furniture
        self._ent_of = None  # per token: the entity Span it is in

    def release(self) -> None:
        """Drop everything this context holds (the document is done): the
        objects the stages hang on it refer back to it, and would otherwise
        keep the Doc alive until the cycle collector runs."""
        self.__dict__.clear()
        forget_children()

    def names(self) -> frozenset:
        """Words of the named people, organisations and places (built on first use)."""
        if self._names is None:
            self._names = frozenset(
                w
                for _, _, text, label in self.ents
                if label in {"PERSON", "ORG", "NORP", "GPE"}
                for w in text.split()
            )
        return self._names

    def entities_in(self, s: int, e: int) -> list[dict]:
        out = []
        k = bisect.bisect_right(self.ent_ends, s)
        while k < len(self.ents) and self.ents[k][0] < e:
            es, ee, text, label = self.ents[k]
            out.append({"text": text, "label": label, "span": [es, ee]})
            k += 1
        return out

    def ent_of(self) -> list:
        """Per token id: the entity (of ``ent_spans``) it is in, or None: what
        ``next((e for e in doc.ents if e.start <= i < e.end), None)`` finds."""
        if self._ent_of is None:
            out = [None] * len(self.doc)
            for e in self.ent_spans:
                for k in range(e.start, e.end):
                    out[k] = e
            self._ent_of = out
        return self._ent_of

    def excluded(self) -> list[bool]:
        """Per token id: whether it starts inside layout furniture (what
        ``layout.is_excluded(token.idx)`` says), for all tokens at once."""
        if self._excluded is None:
            idx = attrs(self.doc).idx
            out = [False] * len(idx)
            for s, e in self.layout.excluded:
                for k in range(bisect.bisect_left(idx, s), bisect.bisect_left(idx, e)):
                    out[k] = True
            self._excluded = out
        return self._excluded

    def antecedents(self):
        """Subject-pronoun antecedents for the whole document (one walk, on first use)."""
        if self._antecedents is None:
            from .coref import Antecedents

            self._antecedents = Antecedents(self.doc, self.text, self.layout, self)
        return self._antecedents

    def lead_sentences(self) -> list[tuple[int, int]]:
        """The first two sentences with a verb and some length: the lead, which says
        what the article is about (a headline or a dateline is not one)."""
        if self._lead is None:
            self._lead = []
            for sent in self.doc.sents:
                if sent.root.pos_ in {"VERB", "AUX"} and len(sent) >= 8:
                    self._lead.append((sent.start, sent.end))
                    if len(self._lead) == 2:
                        break
        return self._lead

    def span_text(self, ids) -> str:
        """Source text from the first to the last of ``ids``."""
        d = self.doc
        return self.text[d[ids[0]].idx : d[ids[-1]].idx + len(d[ids[-1]])]

    def render(self, ids, replace=None) -> str:
        """Tokens ``ids`` in order with their own spacing; ``replace`` maps token id -> text."""
        a = attrs(self.doc)
        space, text, space_after, punct = a.is_space, a.text, a.space_after, a.is_punct
        out = []
        prev = None
        for i in ids:
            if space[i]:
                continue
            if prev == i - 2 and punct[i - 1] and not space_after[prev] and not space_after[i - 1]:
                # a phrase's tokens without the hyphen inside a word ("al-Ansari": the
                # parser hangs "-" on "Ansari" as punctuation, which phrases drop)
                out.append(replace.get(i - 1, text[i - 1]) if replace else text[i - 1])
            elif prev is not None and i != prev + 1 and out and not out[-1].endswith(" "):
                out.append(" ")
            txt = replace.get(i, text[i]) if replace else text[i]
            out.append(txt + (" " if space_after[i] else ""))
            prev = i
        return "".join(out).strip()
