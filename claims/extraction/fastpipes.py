"""The stock pipeline's attribute ruler and lemmatizer: the same annotations for less CPU.

In en_core_web_sm the two took a quarter of the parse time on our corpus (attribute
ruler 16%, lemmatizer 9%), nearly all of it repeating per token what depends on a few
values only: which of the ruler's one-token patterns a token matches depends on its
word, tag and dependency label alone, and its lemma on its word, part of speech and
morphology alone. Each is now worked out once per distinct value, by the stock
components' own code (their Matcher on a probe Doc, their ``lemmatize``), and kept for
the process. The ruler's few patterns of two tokens run through a Matcher of their own,
and the stock ruler's ``set_annotations`` writes the result, so precedence between the
rules is the stock one. tests/extraction/test_fast_components.py compares the
annotations with the stock pipeline's, token by token.
"""

from __future__ import annotations

import numpy as np
from spacy.attrs import DEP, LEMMA, MORPH, ORTH, POS, TAG
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler, Lemmatizer
from spacy.tokens import Doc

_MAX_KEYS = 200_000  # distinct (word, tag, label) or (word, pos, morph) values kept


class CachedAttributeRuler:
    """An AttributeRuler's matches, with one-token patterns looked up per distinct
    (word, tag, dependency label) instead of matched at every token."""

    def __init__(self, ruler: AttributeRuler):
        self.ruler = ruler
        self.vocab = ruler.vocab
        self._single = Matcher(self.vocab, validate=False)
        self._multi = Matcher(self.vocab, validate=False)
        for rule_no, rule in enumerate(ruler.patterns):
            key = self.vocab.strings.add(str(rule_no))
            one_token = all(len(p) == 1 for p in rule["patterns"])
            (self._single if one_token else self._multi).add(key, rule["patterns"])
        self._hits: dict[tuple[int, int, int], tuple[tuple[int, int], ...]] = {}

    def _learn(self, keys: list[tuple[int, int, int]]) -> None:
        """Match the one-token patterns on a probe Doc holding one token per new key:
        a one-token pattern sees nothing but its own token."""
        strings = self.vocab.strings
        probe = Doc(
            self.vocab,
            words=[strings[o] for o, _t, _d in keys],
            spaces=[False] * len(keys),
            tags=[strings[t] for _o, t, _d in keys],
            deps=[strings[d] for _o, _t, d in keys],
            heads=list(range(len(keys))),
        )
        found: list[list[tuple[int, int]]] = [[] for _ in keys]
        for m_id, start, _end in self._single(probe, allow_missing=True, as_spans=False):
            found[start].append((int(strings[m_id]), m_id))
        if len(self._hits) > _MAX_KEYS:
            self._hits.clear()
        for key, hits in zip(keys, found, strict=True):
            self._hits[key] = tuple(sorted(set(hits)))

    def match(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        """What ``AttributeRuler.match`` returns for the Doc."""
        if not len(doc):
            return []
        rows = doc.to_array([ORTH, TAG, DEP]).tolist()
        if any(t == 0 or d == 0 for _o, t, d in rows):  # no tagger or parser ran: the stock way
            return self.ruler.match(doc)
        keys = [tuple(r) for r in rows]
        hits = self._hits
        new = list(dict.fromkeys(k for k in keys if k not in hits))
        if new:
            self._learn(new)
            hits = self._hits
        strings = self.vocab.strings
        matches = [
            (rule_no, m_id, i, i + 1) for i, k in enumerate(keys) for rule_no, m_id in hits[k]
        ]
        matches += [
            (int(strings[m_id]), m_id, s, e)
            for m_id, s, e in self._multi(doc, allow_missing=True, as_spans=False)
        ]
        matches.sort()
        return matches

    def __call__(self, doc: Doc) -> Doc:
        self.ruler.set_annotations(doc, self.match(doc))
        return doc

    def pipe(self, stream, batch_size=128):
        # nlp.pipe calls a component's own pipe when it has one: without this, the stock
        # ruler's, reached through __getattr__
        for doc in stream:
            yield self(doc)

    def __getattr__(self, name):  # the rest of the stock component's interface
        if "ruler" not in self.__dict__:  # while unpickling
            raise AttributeError(name)
        return getattr(self.ruler, name)


class CachedLemmatizer:
    """A rule lemmatizer's lemmas looked up per distinct (word, pos, morphology): the
    key of the stock component's own cache, so the lemma is a function of it."""

    def __init__(self, lemmatizer: Lemmatizer):
        self.lemmatizer = lemmatizer
        self._lemmas: dict[tuple[int, int, int], int] = {}

    def __call__(self, doc: Doc) -> Doc:
        lem = self.lemmatizer
        if lem.overwrite or lem.mode != "rule" or not len(doc):
            return lem(doc)
        arr = doc.to_array([ORTH, POS, MORPH, LEMMA])
        todo = np.flatnonzero(arr[:, 3] == 0)  # the ruler set no lemma: the stock test
        if not len(todo):
            return doc
        keys, first, inverse = np.unique(
            arr[todo, :3], axis=0, return_index=True, return_inverse=True
        )
        cache, strings = self._lemmas, doc.vocab.strings
        if len(cache) > _MAX_KEYS:
            cache.clear()
        found = np.empty(len(keys), dtype=np.uint64)
        for j, (key, at) in enumerate(zip(map(tuple, keys.tolist()), first.tolist(), strict=True)):
            h = cache.get(key)
            if h is None:
                h = cache[key] = strings.add(lem.lemmatize(doc[int(todo[at])])[0])
            found[j] = h
        lemmas = arr[:, 3].copy()
        lemmas[todo] = found[inverse.reshape(-1)]
        doc.from_array([LEMMA], lemmas.reshape(-1, 1))
        return doc

    def pipe(self, stream, batch_size=128):  # not the stock lemmatizer's, see above
        for doc in stream:
            yield self(doc)

    def __getattr__(self, name):  # the rest of the stock component's interface: lookups, mode, ...
        if "lemmatizer" not in self.__dict__:  # while unpickling
            raise AttributeError(name)
        return getattr(self.lemmatizer, name)


def use_cached_components(nlp) -> None:
    """Put the cached components in place of a stock attribute ruler and rule
    lemmatizer, under the same names and at the same places."""
    from spacy.language import Language

    makers = {
        "attribute_ruler": ("factcheck_cached_attribute_ruler", AttributeRuler),
        "lemmatizer": ("factcheck_cached_lemmatizer", Lemmatizer),
    }
    if not Language.has_factory("factcheck_cached_attribute_ruler"):
        Language.factory("factcheck_cached_attribute_ruler")(
            lambda nlp, name, stock: CachedAttributeRuler(nlp.get_pipe(stock))
        )
        Language.factory("factcheck_cached_lemmatizer")(
            lambda nlp, name, stock: CachedLemmatizer(nlp.get_pipe(stock))
        )
    for name, (factory, stock_type) in makers.items():
        stock = nlp.get_pipe(name) if name in nlp.pipe_names else None
        if not isinstance(stock, stock_type):
            continue
        if isinstance(stock, Lemmatizer) and stock.mode != "rule":
            continue
        nlp.add_pipe(factory, name=f"{name}__cached", after=name, config={"stock": name})
        nlp.remove_pipe(name)
        nlp.rename_pipe(f"{name}__cached", name)
