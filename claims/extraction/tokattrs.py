"""Token attributes of a parsed document as plain lists, built once per Doc.

``doc[i].lower_`` makes a Token object and decodes a new string on every
access (~0.2 µs); the stages' loops over a claim's token ids ask for the same
few attributes again and again.  ``attrs(doc).lower[i]`` is a list lookup.
Each list is built on first use from ``Doc.to_array`` (one C pass), its
strings taken from a process-wide table of the vocabulary's strings, so equal
words are one str object whose hash is computed once.

The rule layer never changes a Doc after parsing (but for ``repair``, which
runs before any list is built), so the lists stay true for the Doc's life; they
go with it (the cache holds the Doc weakly).
"""

from __future__ import annotations

import weakref

# (spaCy is not imported here: Doc.to_array takes the attribute names, and
# importing the package must not load spaCy, see loader._is_installed)


class _Table:
    """Vocabulary hash -> its string (``lowered``: lowercased), for whole columns at
    once: the hashes sorted in one array and their strings beside them, so that a
    document's column is looked up with one ``searchsorted`` (a dict lookup per
    token hashed each 64-bit int again, half the time the lists took); spaCy's
    StringStore decodes a new str on every lookup. Equal words are one str object.
    Bounded: started afresh past _MAX."""

    def __init__(self, lowered: bool):
        self.lowered = lowered
        self.data = None  # (sorted hashes, their strings): one object, swapped whole

    def strings(self, doc, attr) -> list[str]:
        import numpy as np

        col = doc.to_array(attr)
        if not len(col):
            return []
        data = self.data
        if data is not None:
            keys, vals = data
            idx = np.searchsorted(keys, col)
            np.minimum(idx, len(keys) - 1, out=idx)
            if (keys[idx] == col).all():
                return vals[idx].tolist()
        new = None if data is None else np.setdiff1d(col, data[0])
        fresh = new is None or len(data[0]) + len(new) > _MAX
        if fresh:
            new = np.unique(col)  # (the table starts again with this document's words)
        store = doc.vocab.strings
        add = [store[h] for h in new.tolist()]
        if self.lowered:
            add = [w.lower() for w in add]
        add = np.array(add, dtype=object)
        if fresh:
            self.data = (new, add)
        else:
            merged = np.concatenate([data[0], new])
            order = np.argsort(merged, kind="stable")
            self.data = (merged[order], np.concatenate([data[1], add])[order])
        return self.strings(doc, attr)


_STR, _LOWER = _Table(False), _Table(True)
_MAX = 500_000

# id(doc) -> its TokenAttrs; an entry leaves when its Doc is freed (a plain dict:
# a WeakKeyDictionary lookup costs more than many of the lookups it saves)
_by_doc: dict[int, TokenAttrs] = {}


_STRING_ATTRS = {
    "text": ("ORTH", _STR),
    "lower": ("LOWER", _STR),
    "lemma": ("LEMMA", _LOWER),  # lowercased: what ``t.lemma_.lower()`` gives
    "pos": ("POS", _STR),
    "tag": ("TAG", _STR),
    "dep": ("DEP", _STR),
    "ent_type": ("ENT_TYPE", _STR),
}


_FLAGS = {
    "is_space": "IS_SPACE",
    "is_punct": "IS_PUNCT",
    "is_quote": "IS_QUOTE",
    "like_num": "LIKE_NUM",
    "space_after": "SPACY",
}


class TokenAttrs:
    """Lists indexed by token id: ``text``, ``lower``, ``lemma`` (lowercased),
    ``pos``, ``tag``, ``dep``, ``ent_type`` (strings, as the Token's ``*_``
    attributes), ``idx``, ``end`` (character offsets), ``head`` (the head's
    id), ``is_space``, ``is_punct``, ``is_quote``, ``like_num``, ``space_after`` (a space
    follows: ``whitespace_`` is " "), ``sent_start`` and ``sent_end`` (where the token's
    sentence starts and ends: ``tok.sent.start``, ``tok.sent.end``), ``sents`` (each
    sentence's (start, end), as ``doc.sents`` gives them), ``kids`` (the
    children's ids in order, as ``tok.children`` yields them: spaCy finds them by
    scanning the token's whole subtree)."""

    def __init__(self, doc):
        key = id(doc)
        self._doc = weakref.ref(doc, lambda _ref: _by_doc.pop(key, None))

    def __getattr__(self, name):  # a list not built yet
        doc = self._doc()
        if name in _STRING_ATTRS:
            attr, table = _STRING_ATTRS[name]
            value = table.strings(doc, attr)
        elif name == "idx":
            value = doc.to_array("IDX").tolist()
        elif name == "end":
            arr = doc.to_array(["IDX", "LENGTH"])
            value = (arr[:, 0] + arr[:, 1]).tolist()
        elif name == "head":
            rel = doc.to_array("HEAD").astype("int64").tolist()  # offsets from the token
            value = [i + r for i, r in enumerate(rel)]
        elif name in _FLAGS:
            value = doc.to_array(_FLAGS[name]).astype(bool).tolist()
        elif name == "kids":
            value = [[] for _ in range(len(doc))]
            for i, h in enumerate(self.head):
                if h != i:
                    value[h].append(i)
        elif name == "sents":
            starts, ends = self.sent_start, self.sent_end
            value = [(s, ends[s]) for i, s in enumerate(starts) if s == i]
        elif name in {"sent_start", "sent_end"}:
            self.sent_start, self.sent_end = _sentence_bounds(doc)
            return getattr(self, name)
        else:
            raise AttributeError(name)
        setattr(self, name, value)
        return value


def _sentence_bounds(doc) -> tuple[list[int], list[int]]:
    """Per token: the start and end of its sentence, as ``Token.sent`` finds them
    (back to the nearest token marked a sentence start, or the first; on to the
    next one marked, or the end)."""
    marks = doc.to_array("SENT_START").tolist()
    n = len(marks)
    starts, ends = [0] * n, [n] * n
    begin = 0
    for i in range(1, n):
        if marks[i] == 1:
            for k in range(begin, i):
                ends[k] = i
            begin = i
        starts[i] = begin
    return starts, ends


_last: TokenAttrs | None = None  # the one asked for last (the stages ask for one Doc's at a time)


def attrs(doc) -> TokenAttrs:
    """The document's TokenAttrs (made on first use)."""
    global _last
    a = _last
    if a is not None and a._doc() is doc:
        return a
    a = _by_doc.get(id(doc))
    if a is None or a._doc() is not doc:
        a = _by_doc[id(doc)] = TokenAttrs(doc)
    _last = a
    return a


_last_children: tuple = (None, ())  # (token, its children): the one asked last


def children_of(tok) -> tuple:
    """``tuple(tok.children)``, remembered for the token object asked last:
    characterising a claim walks its predicate's children a dozen times
    (hedge, commitment, demand, negation, future), and spaCy scans the
    token's whole subtree span for them on every walk."""
    global _last_children
    last = _last_children
    if last[0] is tok:
        return last[1]
    doc = tok.doc
    kids = tuple(doc[k] for k in attrs(doc).kids[tok.i])
    _last_children = (tok, kids)
    return kids


def has_child(tok, *deps) -> bool:
    """``any(c.dep_ in deps for c in tok.children)``, from the lists."""
    a = attrs(tok.doc)
    dep = a.dep
    return any(dep[k] in deps for k in a.kids[tok.i])


def sent_start(tok) -> int:
    """``tok.sent.start`` without the sentence's Span: ``Token.sent`` scans the
    document's marks and builds two Spans, some 10 µs a call."""
    return attrs(tok.doc).sent_start[tok.i]


def sent_of(tok):
    """``tok.sent``: the same Span, its bounds read from the lists."""
    a = attrs(tok.doc)
    return tok.doc[a.sent_start[tok.i] : a.sent_end[tok.i]]


def forget_children() -> None:
    """Let go of the token ``children_of`` remembers (and with it its Doc)."""
    global _last_children, _last
    _last_children = (None, ())
    _last = None
