"""The subject after a dateline speaks, though the parser may join it to the dateline's
place names ("LAHORE, PAKISTAN — Police in Lahore said ...": "Police" a conjunct of
"LAHORE", the dateline the subject)."""

from spacy.tokens import Doc

from claims.extraction.repair import dateline_subject


def test_it_gives_the_subject_after_a_dateline_its_words(claims_of):
    text = (
        "Pakistan Police Detain 20 After Market Bombing\n\nLAHORE, PAKISTAN — Police in "
        "Pakistan's eastern city of Lahore said Tuesday they had detained 20 people in "
        "connection with a bombing that killed nine people at a crowded market.\n"
    )
    claims = claims_of(text)
    hit = [c for c in claims if c.text.startswith("Police in Pakistan's eastern city")]
    assert hit and hit[0].speaker == "Police in Pakistan's eastern city of Lahore", [
        (c.text, c.speaker) for c in claims
    ]


def _misparsed(nlp):
    # "DHAKA, BANGLADESH — Rescue workers said they found 31 bodies.", parsed with the
    # rescue workers as a conjunct of the dateline's "DHAKA"
    words = ["DHAKA", ",", "BANGLADESH", "—", "Rescue", "workers", "said", "they", "found"]
    words += ["31", "bodies", "."]
    heads = [6, 0, 0, 0, 5, 0, 6, 8, 6, 10, 8, 6]
    deps = ["nsubj", "punct", "conj", "punct", "compound", "conj", "ROOT", "nsubj", "ccomp"]
    deps += ["nummod", "dobj", "punct"]
    spaces = [False, True, True, True, True, True, True, True, True, True, False, False]
    pos = ["PROPN", "PUNCT", "PROPN", "PUNCT", "NOUN", "NOUN", "VERB", "PRON", "VERB"]
    pos += ["NUM", "NOUN", "PUNCT"]
    return Doc(nlp.vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos)


def test_it_makes_the_first_conjunct_after_the_dateline_the_subject(nlp):
    doc = _misparsed(nlp)
    assert dateline_subject(doc, len("DHAKA, BANGLADESH — "))
    assert doc[5].dep_ == "nsubj" and doc[5].head.i == 6
    assert doc[0].dep_ == "dep"
    assert [t.text for t in doc[5].subtree] == ["Rescue", "workers"]


def test_it_leaves_a_subject_after_the_dateline_alone(nlp):
    doc = _misparsed(nlp)
    doc[5].head, doc[5].dep_, doc[0].dep_ = doc[6], "nsubj", "npadvmod"  # parsed right
    assert not dateline_subject(doc, len("DHAKA, BANGLADESH — "))
    assert doc[5].dep_ == "nsubj" and doc[0].dep_ == "npadvmod"
