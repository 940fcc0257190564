"""The speaker corpus (tests/extraction/speakers/, scored by benchmarks/speakers.py):
political and campaign coverage annotated by hand with who says each statement.

The floors sit a little under what the rules reach on each half, so a regression
fails; the held-out half was never looked at while writing rules."""

import importlib.util
from pathlib import Path

import pytest

SCORER = Path(__file__).resolve().parents[2] / "benchmarks" / "speakers.py"
# reached: dev 0.982 of 109 statements (0.750 before the rules written on it; 0.927 when
# d06-d08 were added), held-out 0.932 (0.836 before); with d09-d14 (annotated before the
# extractor ran on them: 0.770 of their 113) dev 0.950 of 222
FLOOR_RIGHT = {"dev": 0.90, "heldout": 0.85}
CEILING_OWN_WRONG = 0.10


@pytest.fixture(scope="module")
def scorer():
    spec = importlib.util.spec_from_file_location("speakers_bench", SCORER)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.mark.parametrize("split", sorted(FLOOR_RIGHT))
def test_it_names_the_speaker_of_sourced_statements(scorer, nlp, split):
    rows = scorer.load(split)
    judged = scorer.judge(rows, scorer.extract_articles(r["article"] for r in rows))
    f = scorer.figures(judged)
    wrong = [
        (j["snippet"], j["said_by"]) for j in judged if j["outcome"] not in ("right", "own_ok")
    ]
    assert f["right"] >= FLOOR_RIGHT[split], (f, wrong)
    assert f["own_wrong"] <= CEILING_OWN_WRONG, (f, wrong)


def test_every_annotated_snippet_is_in_its_article(scorer):
    for split in ("dev", "heldout"):
        for row in scorer.load(split):
            text = (scorer.CORPUS / f"{row['article']}.txt").read_text(encoding="utf-8")
            assert text.count(row["snippet"]) == 1, row
