"""Sentence boundaries the parser gets wrong on news text."""

from claims.extraction.loader import _newline_boundaries


def _tagged(nlp, text):
    doc = nlp.make_doc(text)
    for name in ("tok2vec", "tagger"):
        if name in nlp.pipe_names:
            doc = nlp.get_pipe(name)(doc)
    return _newline_boundaries(doc)


def test_it_forbids_a_sentence_start_right_after_a_possessive(nlp):
    doc = _tagged(nlp, "The probe worked together with the agency’s Franklin rover in a crater.")
    after = next(t for t in doc if t.i > 0 and doc[t.i - 1].tag_ == "POS")
    assert after.is_sent_start is False


def test_it_forbids_a_sentence_start_before_a_lowercase_word(nlp):
    doc = _tagged(nlp, "Officials in the U.S. said the vote was delayed.")
    said = next(t for t in doc if t.text == "said")
    assert said.is_sent_start is False


def test_it_ends_a_sentence_at_a_period_glued_to_a_hyphenated_initialism(claims_of, find):
    claims = claims_of(
        "Officials arrested a senior member of ISIS-K. Rahimi was detained in Kabul on Monday."
    )
    assert find(claims, "arrested").text.endswith("ISIS-K.")
    assert find(claims, "detained").text.startswith("Rahimi was detained")


def test_it_keeps_a_sentence_whole_across_a_possessive(claims_of, find):
    claims = claims_of(
        "At that point, Voyager was travelling together with NASA’s Pioneer probe in a region of space known as the heliosheath."
    )
    assert len(claims) == 1
    assert "Pioneer probe" in find(claims, "Voyager").text
