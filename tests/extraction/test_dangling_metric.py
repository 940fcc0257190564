"""benchmarks/dangling.py's test of whether a claim reads on its own, on sentences
written for these tests: what it must count and what it must not."""

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("dangling", ROOT / "benchmarks" / "dangling.py")
dangling_mod = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(dangling_mod)


@pytest.mark.parametrize(
    "sentence",
    [
        # a possessive in a fronted phrase stands for the subject after it
        "Since its founding in 1990, the agency has resettled 40,000 refugees.",
        "In their first week, the inspectors visited nine sites.",
        "After his election in May, the mayor closed two clinics.",
        # the "their" of a generic "those who ..."
        "We remember those who gave their lives in the attack.",
        "The fund supports those who lost their homes.",
        "Those who fled say their village was burned.",
        # an antecedent before, a time expression, expletive "it"
        "The ministry said its staff were safe.",
        "The council met this week.",
        "It is likely that the talks will resume.",
    ],
)
def test_reads_on_its_own(nlp, sentence):
    assert dangling_mod.dangling(nlp(sentence)) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # the fronted possessive has no noun subject to stand for
        "Since its founding in 1990, it has resettled 40,000 refugees.",
        # a plural fronted possessive does not stand for a singular subject
        "In their first week, the inspector visited nine sites.",
        # a bare "their", "this", "its"
        "Today we honor their memory.",
        "This action shows our resolve.",
        "Its route had been shared with both sides.",
    ],
)
def test_dangles(nlp, sentence):
    assert dangling_mod.dangling(nlp(sentence)) != []
