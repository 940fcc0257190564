"""The fuzzy step of speaker resolution (claims.names) on the labelled name
pairs of tests/data/speaker_name_pairs.tsv and the gazetteer's names, and the
two thresholds in the services: a near-certain spelling resolves to the known
speaker (audited), a likely one becomes a merge suggestion, look-alike names of
two parties neither."""

import importlib.util
from pathlib import Path

import pytest

from claims import services
from claims.extraction.speakers import alias_key
from claims.models import ClaimEvent, Speaker, SpeakerMatch
from claims.names import MERGE_AT, SUGGEST_AT, name_score
from claims.services.speakers import speakers_resolve

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location(
    "speaker_matching", ROOT / "benchmarks" / "speaker_matching.py"
)
bench = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bench)


@pytest.fixture(scope="module")
def scores():
    return bench.scored(bench.labelled_pairs() + bench.gazetteer_pairs(), name_score)


def test_no_two_parties_score_as_high_as_the_silent_merge(scores):
    precision, recall, _, fp = bench.at(scores, MERGE_AT)
    assert fp == 0 and precision == 1.0 and recall >= 0.25


def test_the_suggestion_threshold_finds_most_variants_and_few_look_alikes(scores):
    precision, recall, _, _ = bench.at(scores, SUGGEST_AT)
    assert precision >= 0.9 and recall >= 0.85
    baseline = bench.scored(
        bench.labelled_pairs() + bench.gazetteer_pairs(), bench.fuzz.token_sort_ratio
    )
    assert bench.at(baseline, SUGGEST_AT)[0] < precision  # better than plain token_sort_ratio


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Lakeland Defence Ministry", "Lakeland Defense Ministry", True),
        ("Coastal Brigade movement", "Coastal Brigade", True),
        ("Central Command of Lakeland", "Lakeland Central Command", True),
        ("Harakat al Fajr", "Harakat al-Fajr", True),
        ("Lakeland Ministry of Defence", "Northland Ministry of Defence", False),
        ("Lakeland Army", "Lakeland Navy", False),
        ("Iraqi government", "Iranian government", False),
    ],
)
def test_spelling_order_and_descriptions_match_a_swapped_word_does_not(a, b, same):
    assert (name_score(alias_key(a), alias_key(b)) >= SUGGEST_AT) is same


@pytest.mark.django_db
def test_a_near_certain_spelling_resolves_to_the_known_speaker_and_is_audited():
    irgc = Speaker.objects.get(name="Islamic Revolutionary Guard Corps")
    got = speakers_resolve(names=[("Islamic Revolutionary Guards Corps", None)])
    assert got["Islamic Revolutionary Guards Corps"] == irgc
    assert irgc.aliases.filter(name="Islamic Revolutionary Guards Corps").exists()
    event = ClaimEvent.objects.get(action=ClaimEvent.Action.ALIAS_ADDED, subject_id=irgc.pk)
    assert event.actor is None and event.after["written_like"]


@pytest.mark.django_db
def test_a_likely_spelling_is_a_suggestion_and_a_look_alike_nothing():
    got = speakers_resolve(
        names=[("Kataib Hizbollah", "armed_group"), ("Iranian Defence Ministry", "military")]
    )
    kataib, iranian = got["Kataib Hizbollah"], got["Iranian Defence Ministry"]
    assert kataib.name == "Kataib Hizbollah" and not kataib.curated  # not merged silently
    services.speaker_matches_suggest(speakers=[kataib, iranian])
    [match] = SpeakerMatch.objects.filter(speaker=kataib) | SpeakerMatch.objects.filter(
        other=kataib
    )
    assert {match.speaker.name, match.other.name} == {"Kataib Hizbollah", "Kataib Hezbollah"}
    assert SUGGEST_AT <= match.score < MERGE_AT
    assert not SpeakerMatch.objects.filter(speaker=iranian).exists()
    assert not SpeakerMatch.objects.filter(other=iranian).exists()
