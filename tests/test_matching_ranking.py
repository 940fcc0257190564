"""claims.matching: the real int8 MiniLM model (installed from the lock, run
offline), BM25 and their z-scored mix, on sentences written for these tests."""

import json

import numpy as np
import pytest
from django.core.management import CommandError, call_command

from claims.matching import DIMENSIONS, HybridIndex, embed, fuse, rank
from claims.matching.lexical import BM25, terms
from claims.matching.ranking import clean_query, zscore

LIBRARY = [
    "Drones attacked a military base in northern Somalia.",
    "The city council approved a new budget for public libraries.",
    "Wheat prices rose sharply in European markets.",
    "Officials denied that the water supply was contaminated.",
]


def test_it_embeds_to_unit_vectors_in_the_order_given():
    vectors = embed(["A much longer sentence about the drone strike on the base.", "Hi."])
    assert vectors.shape == (2, DIMENSIONS) and vectors.dtype == np.float32
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-4)
    alone = embed(["Hi."])[0]
    assert float(alone @ vectors[1]) > 0.999  # batching and sorting do not change a vector
    assert embed([]).shape == (0, DIMENSIONS)


def test_it_puts_paraphrases_close_and_unrelated_text_far():
    a, b, c = embed(
        [
            "Iran denied any role in the drone attack.",
            "Tehran rejected responsibility for the strike by unmanned aircraft.",
            "The weather in Paris was sunny on Sunday.",
        ]
    )
    assert float(a @ b) > 0.5 > 0.1 > float(a @ c)


def test_bm25_prefers_the_rarer_shared_term():
    index = BM25(["drones attacked the base", "the base was quiet", "markets rose"])
    scores = index.scores("drones near the base")
    assert scores[0] > scores[1] > scores[2] == 0
    assert terms("The attacks were attacked") == ["attack", "attack"]


def test_fuse_z_scores_each_signal_before_mixing():
    lexical = np.array([10.0, 0.0, 0.0])
    cosine = np.array([0.1, 0.5, 0.0])
    assert np.allclose(zscore(np.ones(3)), 0)
    assert np.argmax(fuse(lexical, cosine, 1.0)) == 1
    assert np.argmax(fuse(lexical, cosine, 0.0)) == 0


def test_rank_finds_a_paraphrase_with_no_shared_word():
    ((best, *rest),) = rank(["Unmanned aircraft struck an army camp in Somalia"], LIBRARY, top=3)
    assert best.index == 0 and best.score > rest[0].score and len(rest) == 2


def test_a_pasted_post_loses_its_links_and_signature():
    post = "Wheat is up again pic.twitter.com/abc https://t.co/x — Jane Doe (@jdoe) January 6, 2020"
    assert clean_query(post) == "Wheat is up again"


def test_an_index_takes_stored_vectors_and_refuses_a_wrong_count():
    vectors = embed(LIBRARY)
    index = HybridIndex(LIBRARY, vectors)
    assert index.search(["contaminated water"], top=1)[0][0].index == 3
    with pytest.raises(ValueError):
        HybridIndex(LIBRARY, vectors[:2])


def _jsonl(path, rows):
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_match_claims_writes_a_trec_run(tmp_path):
    library = _jsonl(
        tmp_path / "lib.jsonl",
        [{"id": f"d{i}", "text": t, "title": ""} for i, t in enumerate(LIBRARY)],
    )
    queries = _jsonl(
        tmp_path / "q.jsonl",
        [
            {"id": "q1", "text": "Was the water supply poisoned? Officials say no"},
            {"id": "q2", "text": "Bread and grain cost more in Europe"},
        ],
    )
    out = tmp_path / "run.tsv"
    call_command("match_claims", library=library, queries=queries, out=out, top=2)
    lines = [line.split() for line in out.read_text().splitlines()]
    assert [line[:4] for line in lines] == [
        ["q1", "Q0", "d3", "1"],
        lines[1][:2] + [lines[1][2], "2"],
        ["q2", "Q0", "d2", "1"],
        lines[3][:2] + [lines[3][2], "2"],
    ]
    assert all(len(line) == 6 and line[5] == "factcheck" for line in lines)
    assert float(lines[0][4]) >= float(lines[1][4])


def test_match_claims_names_the_bad_line(tmp_path):
    library = tmp_path / "lib.jsonl"
    library.write_text('{"id": "1", "text": "fine"}\n{"id": "2"}\n', encoding="utf-8")
    queries = _jsonl(tmp_path / "q.jsonl", [{"id": "q", "text": "x"}])
    with pytest.raises(CommandError, match=r"lib.jsonl:2: 'text' is missing"):
        call_command("match_claims", library=library, queries=queries, out=tmp_path / "r.tsv")
    library.write_text('{"id": "1", "text": "a"}\nnot json\n', encoding="utf-8")
    with pytest.raises(CommandError, match=r"lib.jsonl:2: not JSON"):
        call_command("match_claims", library=library, queries=queries, out=tmp_path / "r.tsv")
    assert not (tmp_path / "r.tsv").exists()
