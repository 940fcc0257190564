"""The per-document token lists (tokattrs) say what the Token attributes say,
and DocContext.excluded what layout.is_excluded says, token by token."""

import gc
import weakref
from pathlib import Path

import pytest

from claims.extraction.context import DocContext
from claims.extraction.pipeline import doc_to_claims
from claims.extraction.tokattrs import attrs

TEXTS = Path(__file__).parent / "texts"
SEED = Path(__file__).resolve().parents[2] / "claims" / "demo" / "iran-militia-drones.txt"

# furniture (a dateline, a photo credit, a bullet), quotes, a line break inside
# a paragraph, a capitalised lemma, a possessive, numbers and currency
MIXED = (
    "Drone Strike Hits Base\n\n"
    "WASHINGTON — The Pentagon said on Tuesday that “two drones” struck the base.\n"
    "(Photo: AP) Officials, who spoke anonymously, said $4.5 million was lost.\n\n"
    "- The U.S. Central Command's statement was brief: it “will respond.”\n"
)


@pytest.mark.parametrize(
    "text",
    [MIXED, (TEXTS / "minister_news.txt").read_text(encoding="utf-8")],
    ids=["mixed", "minister_news"],
)
def test_lists_match_token_attributes(nlp, text):
    doc = nlp(text)
    a = attrs(doc)
    assert attrs(doc) is a  # built once per document
    assert a.text == [t.text for t in doc]
    assert a.lower == [t.lower_ for t in doc]
    assert a.lemma == [t.lemma_.lower() for t in doc]
    assert a.pos == [t.pos_ for t in doc]
    assert a.tag == [t.tag_ for t in doc]
    assert a.dep == [t.dep_ for t in doc]
    assert a.ent_type == [t.ent_type_ for t in doc]
    assert a.idx == [t.idx for t in doc]
    assert a.end == [t.idx + len(t) for t in doc]
    assert a.head == [t.head.i for t in doc]
    assert a.is_space == [t.is_space for t in doc]
    assert a.is_punct == [t.is_punct for t in doc]
    assert a.is_quote == [t.is_quote for t in doc]
    assert a.like_num == [t.like_num for t in doc]
    assert a.space_after == [t.whitespace_ == " " for t in doc]
    assert a.sent_start == [t.sent.start for t in doc]
    assert a.sent_end == [t.sent.end for t in doc]
    assert a.sents == [(s.start, s.end) for s in doc.sents]
    assert a.kids == [[c.i for c in t.children] for t in doc]
    with pytest.raises(AttributeError):
        a.no_such_list  # noqa: B018


def test_excluded_tokens_match_layout(nlp):
    doc = nlp(MIXED)
    ctx = DocContext(doc, MIXED)
    excluded = ctx.excluded()
    assert excluded == [ctx.layout.is_excluded(t.idx) for t in doc]
    assert any(excluded) and not all(excluded)  # the dateline, credit and bullet are furniture


def test_belief_passives_are_lowercase():
    # find_hedge looks the lowercased lemma up first, then the lemma itself: a
    # capitalised entry would never be reached
    from claims.extraction.lexicon import BELIEF_PASSIVES

    assert all(w == w.lower() for w in BELIEF_PASSIVES)


def test_lists_go_with_their_doc(nlp):
    import gc

    from claims.extraction import tokattrs

    doc = nlp("The ministry said on Monday that 12 people were hurt.")
    key = id(doc)
    assert attrs(doc).lower[1] == "ministry"
    assert key in tokattrs._by_doc
    del doc
    gc.collect()
    assert key not in tokattrs._by_doc


@pytest.mark.parametrize(
    "text, pointer",
    [
        ("More information on the program is available here.", True),
        ("For more information, visit www.state.gov.", True),
        ("FURTHER DETAILS: contact the embassy", True),
        ("The full report is available here", True),
        ("The vaccines are AVAILABLE HERE!", True),
        ("The vaccine is available here, the minister said.", False),
        ("Officials said more information would follow.", False),
    ],
)
def test_web_pointers(text, pointer):
    from claims.extraction.segment import _pointer

    assert _pointer(text) is pointer


def test_importing_the_extractor_does_not_load_spacy():
    # every process start (manage.py, the system check, a web worker) imports it
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[2]
    code = "import sys, claims.extraction; print('spacy' in sys.modules)"
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=root, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "False"


def test_children_of_is_the_tokens_children(nlp):
    from claims.extraction.tokattrs import children_of

    doc = nlp("The ministry said on Monday that it would not confirm the report.")
    for t in doc:
        assert children_of(t) == tuple(t.children)
        assert children_of(t) is children_of(t)  # the same token object: walked once


@pytest.mark.parametrize("name", ["minister_news.txt", "seed"])
def test_an_extracted_document_is_freed_when_dropped_without_the_cycle_collector(nlp, name):
    """Nothing the stages build keeps the Doc in a reference cycle (nor does
    children_of's memo outlive the document): it is freed as soon as the caller
    lets go of it, not at the collector's next full run in the middle of a batch."""
    path = TEXTS / name if name != "seed" else SEED
    text = path.read_text(encoding="utf-8")
    gc.disable()
    try:
        doc = nlp(text)
        ref = weakref.ref(doc)
        claims = doc_to_claims(doc, text)
        del doc
        assert ref() is None
    finally:
        gc.enable()
    assert claims and claims.speakers  # the whole pipeline ran


def test_sentence_of_a_token_is_its_sent(nlp):
    from claims.extraction.tokattrs import sent_of, sent_start

    doc = nlp("Rebels seized the town.\n\nThe army said it would respond. It did not say when")
    assert len(list(doc.sents)) >= 3
    for t in doc:
        assert sent_start(t) == t.sent.start
        assert (sent_of(t).start, sent_of(t).end) == (t.sent.start, t.sent.end)


def test_has_child_is_any_child_with_that_dependency(nlp):
    from claims.extraction.tokattrs import has_child

    doc = nlp("The ministry did not say that the convoy and the depot were hit.")
    for t in doc:
        for deps in (("neg",), ("conj",), ("ccomp", "nsubj"), ("det",)):
            assert has_child(t, *deps) == any(c.dep_ in deps for c in t.children)
    assert any(has_child(t, "neg") for t in doc)


def test_string_lists_stay_right_as_the_table_grows_and_starts_again(nlp, monkeypatch):
    """The process-wide string table is looked up by sorted hashes: words new to it
    are added in order, and past its bound it starts again from the document."""
    from claims.extraction import tokattrs

    monkeypatch.setattr(tokattrs, "_MAX", 40)
    texts = [
        "The ministry said on Monday that 12 people were hurt.",
        "Rebels seized two towns in the north, officials said.",
        (TEXTS / "minister_news.txt").read_text(encoding="utf-8"),
        "The ministry said on Monday that 12 people were hurt.",
    ]
    for text in texts:
        doc = nlp(text)
        a = attrs(doc)
        assert a.lower == [t.lower_ for t in doc]
        assert a.lemma == [t.lemma_.lower() for t in doc]
        assert a.ent_type == [t.ent_type_ for t in doc]
