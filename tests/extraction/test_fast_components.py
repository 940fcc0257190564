"""The cached attribute ruler and lemmatizer give the stock components' annotations."""

from pathlib import Path

import pytest
import spacy
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, POS, SENT_START, TAG

from claims.extraction import load_pipeline, pipeline_name
from claims.extraction.fastpipes import CachedAttributeRuler, CachedLemmatizer

TEXTS = sorted((Path(__file__).resolve().parent / "texts").glob("*.txt"))[:5]
ATTRS = [TAG, POS, MORPH, LEMMA, DEP, HEAD, ENT_IOB, ENT_TYPE, SENT_START]

# Sentences for the ruler's rarer rules: two-token patterns ("gonna", "y'all", "let's",
# "there is"), a dependency label in a pattern ("but" as an adverb, "it" as a subject
# and an object, auxiliaries, "do"/"have" as main verbs, a determiner standing alone),
# contractions, whitespace tokens, and words the process has not seen before.
SENTENCES = [
    "We're gonna win this, y'all, and let's be clear: there is nothing they can do.",
    "I ain't seen nothin' like it.  She gets it; he got it too.",
    "But the council did not approve the plan, but it did have the votes.\n\nThat was all.",
    "They do their homework. Does it matter? I'd have said so, and you know it.",
    "The Zorblaxian envoy quandrified the   treaty\n\n\nwhile    Qwertyville's mayor wasn't there.",
    "Those who left say this is what they'd wanted: c'mon, it's gotta stop.",
]


@pytest.fixture(scope="module")
def stock():
    nlp = spacy.load(pipeline_name())
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("factcheck_newline_sents", before="parser")
    return nlp


def _annotations(doc):
    return doc.to_array(ATTRS).tolist(), [t.lemma_ for t in doc], [str(t.morph) for t in doc]


def test_it_replaces_the_two_components_in_place(nlp, stock):
    assert nlp.pipe_names == stock.pipe_names
    assert isinstance(nlp.get_pipe("attribute_ruler"), CachedAttributeRuler)
    assert isinstance(nlp.get_pipe("lemmatizer"), CachedLemmatizer)


def test_it_gives_the_stock_annotations_token_by_token(nlp, stock):
    texts = [*SENTENCES, *(p.read_text(encoding="utf-8") for p in TEXTS)]
    for _ in range(2):  # the second time from the caches
        for text, ours, theirs in zip(texts, nlp.pipe(texts), stock.pipe(texts), strict=True):
            assert _annotations(ours) == _annotations(theirs), text


def test_it_matches_as_the_stock_ruler_does(stock):
    ruler = stock.get_pipe("attribute_ruler")
    cached = CachedAttributeRuler(ruler)
    with stock.select_pipes(disable=["attribute_ruler", "lemmatizer", "ner"]):
        docs = list(stock.pipe(SENTENCES))
    for doc in docs:
        assert cached.match(doc) == ruler.match(doc), doc.text
    assert any(e - s == 2 for d in docs for _r, _m, s, e in cached.match(d)), (
        "no two-token rule ran"
    )


def test_it_leaves_an_unparsed_doc_to_the_stock_ruler(stock):
    ruler = stock.get_pipe("attribute_ruler")
    with stock.select_pipes(enable=["tok2vec", "tagger"]):
        doc = stock("There is a way, but it isn't this one.")
    assert CachedAttributeRuler(ruler).match(doc) == ruler.match(doc)


def test_it_is_what_load_pipeline_gives(nlp):
    assert load_pipeline() is nlp


def test_it_keeps_the_stock_components_interface(nlp, stock):
    """morphology.verb_lemmas reads the lemmatizer's tables through the pipeline."""
    ours, theirs = nlp.get_pipe("lemmatizer"), stock.get_pipe("lemmatizer")
    assert ours.mode == theirs.mode == "rule"
    assert (
        ours.lookups.get_table("lemma_index")["verb"]
        == theirs.lookups.get_table("lemma_index")["verb"]
    )
    assert nlp.get_pipe("attribute_ruler").patterns == stock.get_pipe("attribute_ruler").patterns


def test_it_runs_its_own_code_in_nlp_pipe(nlp, monkeypatch):
    """nlp.pipe calls a component's pipe: it must be the cached one, not the stock one
    the rest of the interface is handed to."""
    calls = []
    for name in ("attribute_ruler", "lemmatizer"):
        component = nlp.get_pipe(name)
        monkeypatch.setattr(type(component), "__call__", _counting(type(component).__call__, calls))
    list(nlp.pipe(["The ministry said it would respond.", "Prices rose."]))
    assert len(calls) == 4
    for name in ("attribute_ruler", "lemmatizer"):
        component = nlp.get_pipe(name)
        assert (
            type(component).pipe
            is not type(component.__dict__[next(iter(component.__dict__))]).pipe
        )


def _counting(call, calls):
    def counted(self, doc):
        calls.append(type(self).__name__)
        return call(self, doc)

    return counted
