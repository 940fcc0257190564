"""manage.py import_factchecks: every ClaimReview shape and the flat JSONL,
bad records reported by place, idempotent re-import, all-or-nothing files."""

import datetime as dt
import json

import pytest
from django.core.management import call_command
from django.db import IntegrityError

from claims.models import ClaimEvent, FactCheck

pytestmark = pytest.mark.django_db


def review(n, rating="False", **extra):
    """A ClaimReview as fact-checkers publish it (Google's guidelines)."""
    data = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": f"https://checks.example/review-{n}",
        "claimReviewed": f"Claim number {n} about the bridge collapse.",
        "datePublished": "2024-03-05",
        "name": f"Did the bridge collapse ({n})?",
        "author": {"@type": "Organization", "name": "Check Desk", "url": "https://checks.example"},
        "itemReviewed": {
            "@type": "Claim",
            "author": {"@type": "Person", "name": "A Senator"},
            "datePublished": "2024-03-01",
        },
        "reviewRating": {
            "@type": "Rating",
            "ratingValue": 1,
            "bestRating": 5,
            "worstRating": 1,
            "alternateName": rating,
        },
        "inLanguage": "en",
    }
    data.update(extra)
    return data


def run(tmp_path, capsys, name, content, *args):
    path = tmp_path / name
    path.write_text(content if isinstance(content, str) else json.dumps(content), encoding="utf-8")
    try:
        call_command("import_factchecks", str(path), "--no-progress", *args)
    except SystemExit as exc:
        assert exc.code == 1
    return capsys.readouterr().out


def test_it_imports_a_single_claim_review_with_every_field(tmp_path, capsys):
    out = run(tmp_path, capsys, "one.json", review(1, "Pants on Fire"))
    assert "one.json: 1 new, 0 updated, 0 unchanged, 0 bad" in out
    fc = FactCheck.objects.get()
    assert fc.url == "https://checks.example/review-1"
    assert fc.claim_reviewed == "Claim number 1 about the bridge collapse."
    assert fc.title == "Did the bridge collapse (1)?"
    assert (fc.rating, fc.verdict, fc.stance) == ("Pants on Fire", "false", "contradicts")
    assert (fc.publisher, fc.claimant, fc.language) == ("Check Desk", "A Senator", "en")
    assert fc.published_at == dt.date(2024, 3, 5)
    assert fc.imported_from == "one.json"


def test_it_imports_a_list_a_graph_and_a_data_feed(tmp_path, capsys):
    run(tmp_path, capsys, "list.json", [review(1), review(2, "True")])
    run(
        tmp_path,
        capsys,
        "graph.jsonld",
        {
            "@context": "https://schema.org",
            "@graph": [{"@type": "WebPage", "name": "not a review"}, review(3, "Mixture")],
        },
    )
    feed = {
        "@context": "http://schema.org",
        "@type": "DataFeed",
        "dateModified": "2024-03-06",
        "dataFeedElement": [
            {
                "@type": "DataFeedItem",
                "dateCreated": "2024-03-05",
                "item": [review(4, "Mostly true")],
            },
            {"@type": "DataFeedItem", "item": review(5, "Misleading")},
            review(6, "Unproven"),
        ],
    }
    out = run(tmp_path, capsys, "feed.json", feed)
    assert "feed.json: 3 new" in out
    verdicts = dict(FactCheck.objects.values_list("url", "verdict"))
    assert verdicts == {
        f"https://checks.example/review-{n}": v
        for n, v in [
            (1, "false"),
            (2, "true"),
            (3, "mixed"),
            (4, "mostly_true"),
            (5, "mostly_false"),
            (6, "unproven"),
        ]
    }


def test_it_reads_the_claim_reviews_of_a_fact_check_page(tmp_path, capsys):
    page = (
        '<html><head><script type="application/ld+json">'
        + json.dumps({"@type": "Organization", "name": "Check Desk"})
        + '</script><script type="application/ld+json">'
        + json.dumps(review(7, "Half True")).replace("<", "\\u003c")
        + "</script></head><body>…</body></html>"
    )
    out = run(tmp_path, capsys, "page.html", page)
    assert "page.html: 1 new" in out
    assert FactCheck.objects.get().verdict == "mixed"


def test_it_reads_a_number_only_rating(tmp_path, capsys):
    data = review(8)
    data["reviewRating"] = {
        "@type": "Rating",
        "ratingValue": "4",
        "bestRating": "5",
        "worstRating": "1",
    }
    run(tmp_path, capsys, "n.json", data)
    fc = FactCheck.objects.get()
    assert (fc.verdict, fc.stance) == ("mostly_true", "supports")
    assert fc.rating == "4 on a scale of 1 to 5"


def test_it_reports_bad_items_by_place_and_imports_the_good_ones(tmp_path, capsys):
    no_url = review(2)
    del no_url["url"]
    bad_date = review(3, datePublished="last Tuesday")
    no_claim = review(4, claimReviewed="  ")
    ftp = review(5, url="ftp://checks.example/x")
    out = run(tmp_path, capsys, "mixed.json", [review(1), no_url, bad_date, no_claim, ftp])
    assert "1 new, 0 updated, 0 unchanged, 4 bad" in out
    assert "bad mixed.json: [1]: the ClaimReview has no url" in out
    assert "bad mixed.json: [2]: date 'last Tuesday' is not a date" in out
    assert "bad mixed.json: [3]: the claim text is missing" in out
    assert "bad mixed.json: [4]: url 'ftp://checks.example/x'" in out
    assert FactCheck.objects.count() == 1


def test_it_imports_the_flat_jsonl_and_reports_bad_lines(tmp_path, capsys):
    lines = [
        json.dumps(
            {
                "id": "a1",
                "text": "The dam burst in 1998.",
                "title": "Did the dam burst?",
                "rating": "Mostly False",
                "url": "https://checks.example/dam?utm_source=x",
                "publisher": "Check Desk",
                "date": "2023-01-02",
            }
        ),
        json.dumps({"id": "a2", "text": "Only an id and a text."}),
        "{not json",
        json.dumps(["a", "list"]),
        json.dumps({"id": "a3"}),
        json.dumps({"text": "Neither url nor id"}),
        "",
        json.dumps(review(9, "True")),  # a JSON-LD line
    ]
    out = run(tmp_path, capsys, "lib.jsonl", "\n".join(lines), "--collection", "desk")
    assert "lib.jsonl: 3 new, 0 updated, 0 unchanged, 4 bad" in out
    assert "bad lib.jsonl:3: not JSON" in out
    assert "bad lib.jsonl:4: the line is not a JSON object" in out
    assert 'bad lib.jsonl:5: "text" is missing or not a string' in out
    assert "bad lib.jsonl:6: neither a url nor an id" in out
    dam = FactCheck.objects.get(external_id="a1")
    assert dam.url == "https://checks.example/dam"  # tracking parameter dropped
    assert (dam.verdict, dam.imported_from, dam.published_at) == (
        "mostly_false",
        "desk",
        dt.date(2023, 1, 2),
    )
    bare = FactCheck.objects.get(external_id="a2")
    assert bare.url is None and bare.verdict == "other" and bare.stance == "context"


def test_reimporting_updates_what_changed_and_duplicates_nothing(tmp_path, capsys):
    run(tmp_path, capsys, "feed.json", [review(1), review(2)])
    lines = [json.dumps({"id": "x", "text": "A url-less claim."})]
    run(tmp_path, capsys, "clef.jsonl", "\n".join(lines), "--collection", "clef")
    first = dict(FactCheck.objects.values_list("url", "pk"))

    out = run(tmp_path, capsys, "feed.json", [review(1), review(2, "True"), review(3)])
    assert "feed.json: 1 new, 1 updated, 1 unchanged, 0 bad" in out
    lines = [json.dumps({"id": "x", "text": "A url-less claim, reworded."})]
    out = run(tmp_path, capsys, "clef.jsonl", "\n".join(lines), "--collection", "clef")
    assert "clef.jsonl: 0 new, 1 updated" in out

    assert FactCheck.objects.count() == 4
    two = FactCheck.objects.get(url="https://checks.example/review-2")
    assert two.verdict == "true"
    assert ClaimEvent.objects.filter(action="factcheck_imported").count() == 4
    event = ClaimEvent.objects.get(action="factcheck_updated", subject_id=two.pk)
    assert (event.subject_type, event.actor) == ("factcheck", None)
    assert event.before["verdict"] == "false" and event.after["verdict"] == "true"
    assert ClaimEvent.objects.filter(action="factcheck_updated").count() == 2
    assert FactCheck.objects.get(external_id="x").claim_reviewed == "A url-less claim, reworded."
    for url, pk in first.items():
        assert FactCheck.objects.get(pk=pk).url == url  # updated in place


def test_the_last_of_two_records_with_one_url_wins(tmp_path, capsys):
    out = run(tmp_path, capsys, "dup.json", [review(1, "False"), review(1, "True")])
    assert "1 new, 0 updated, 0 unchanged, 1 repeated in the file (the last one kept)" in out
    assert FactCheck.objects.get().verdict == "true"


def test_strict_skips_a_file_with_any_bad_record(tmp_path, capsys):
    out = run(tmp_path, capsys, "s.json", [review(1), {"@type": "ClaimReview"}], "--strict")
    assert "s.json: not imported (--strict): 1 bad record(s)." in out
    assert not FactCheck.objects.exists()


def test_a_database_failure_writes_nothing_of_the_file(tmp_path, capsys, monkeypatch):
    from claims.services import factchecks

    monkeypatch.setattr(factchecks, "BATCH", 2)
    calls = []
    real = FactCheck.objects.bulk_create

    def failing(objs, *args, **kwargs):
        calls.append(len(objs))
        if len(calls) == 2:
            raise IntegrityError("simulated failure in the second batch")
        return real(objs, *args, **kwargs)

    monkeypatch.setattr(FactCheck.objects, "bulk_create", failing)
    with pytest.raises(IntegrityError):
        run(tmp_path, capsys, "big.json", [review(n) for n in range(4)])
    assert calls == [2, 2] and not FactCheck.objects.exists()


def test_it_says_which_files_are_missing_or_not_fact_checks(tmp_path, capsys):
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="No such file"):
        call_command("import_factchecks", str(tmp_path / "nope.json"))
    out = run(tmp_path, capsys, "notes.txt", "hello")
    assert "bad notes.txt: unknown format .txt" in out
    out = run(tmp_path, capsys, "empty.json", {"@type": "WebPage"})
    assert "bad empty.json: no ClaimReview found" in out
    (tmp_path / "latin1.jsonl").write_bytes(b'{"id": "1", "text": "caf\xe9"}')
    try:
        call_command("import_factchecks", str(tmp_path / "latin1.jsonl"), "--no-progress")
    except SystemExit:
        pass
    assert "bad latin1.jsonl: not UTF-8 text" in capsys.readouterr().out


def test_it_embeds_what_it_imports_and_reembeds_what_changed(tmp_path, capsys):
    import numpy as np

    from claims.matching import MODEL_ID

    out = run(tmp_path, capsys, "feed.json", [review(1), review(2)])
    assert "Embedded 2 fact-check(s)" in out
    one = FactCheck.objects.get(url="https://checks.example/review-1")
    vector = np.frombuffer(bytes(one.embedding), dtype=np.float32)
    assert one.embedding_model == MODEL_ID and vector.shape == (384,)
    assert abs(float(vector @ vector) - 1) < 1e-3

    out = run(
        tmp_path,
        capsys,
        "feed.json",
        [review(1, claimReviewed="A new wording."), review(2, "True")],
    )
    assert "Embedded 1 fact-check(s)" in out  # the verdict change keeps its vector
    one.refresh_from_db()
    assert np.frombuffer(bytes(one.embedding), dtype=np.float32) @ vector < 0.99


def test_no_embed_leaves_the_vectors_to_the_backfill(tmp_path, capsys):
    from claims.matching import MODEL_ID

    out = run(tmp_path, capsys, "feed.json", [review(1), review(2), review(3)], "--no-embed")
    assert "Embedded" not in out and not FactCheck.objects.filter(embedding_model=MODEL_ID)
    call_command("embed_factchecks", "--no-progress")
    assert "Embedded 3 fact-check(s)" in capsys.readouterr().out
    call_command("embed_factchecks", "--no-progress")
    assert "Embedded 0 fact-check(s)" in capsys.readouterr().out
    assert FactCheck.objects.filter(embedding_model=MODEL_ID).count() == 3
