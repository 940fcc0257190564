"""Progress of a long extraction: the parse goes paragraph group by group,
the task writes paragraphs done / total on the article as it goes, and the
workspace's polling fragment shows it as a <progress> bar."""

import json

import pytest
from django.urls import reverse

from claims import services
from claims.extraction import pipeline
from claims.extraction.loader import load_pipeline
from claims.models import Article, ExtractionState
from claims.services import extraction as extraction_service


def _long(seed_text: str, copies: int = 6) -> str:
    # a long article: the seed's paragraphs several times, each copy numbered
    # so the text is not one paragraph repeated
    return "\n\n".join(f"Part {i + 1}\n\n{seed_text.strip()}" for i in range(copies))


def test_a_grouped_parse_gives_the_claims_of_a_whole_parse(seed_text):
    nlp = load_pipeline()
    text = _long(seed_text)
    calls = []
    doc = pipeline.parse(text, nlp, progress=lambda done, total: calls.append((done, total)))
    total = len(pipeline.paragraph_ends(text))
    assert total > 100
    assert calls[0] == (0, total) and calls[-1] == (total, total)
    steps = [d for d, _ in calls]
    assert steps == sorted(steps) and len(set(steps)) > 10  # it moves in many steps
    whole = nlp(text)
    assert [(t.idx, t.tag_, t.dep_, t.head.i, t.ent_type_) for t in doc] == [
        (t.idx, t.tag_, t.dep_, t.head.i, t.ent_type_) for t in whole
    ]
    assert json.dumps([r.as_dict() for r in pipeline.doc_to_claims(doc, text)]) == json.dumps(
        [r.as_dict() for r in pipeline.doc_to_claims(whole, text)]
    )


def test_a_short_text_is_one_step():
    calls = []
    pipeline.parse(
        "One paragraph.\n\nAnd another.", load_pipeline(), progress=lambda *a: calls.append(a)
    )
    assert calls == [(0, 2), (2, 2)]


@pytest.mark.django_db
def test_the_task_writes_progress_on_the_article_until_it_reaches_the_total(
    reviewer, seed_text, monkeypatch
):
    article, _ = services.article_create(
        title="Long", body=_long(seed_text), by=reviewer, extract=False
    )
    seen = []
    writer = extraction_service._progress_writer

    def spying(article_id):
        write = writer(article_id)

        def wrapped(done, total):
            write(done, total)
            a = Article.objects.get(pk=article_id)
            seen.append((a.extraction_state, a.extraction_done, a.extraction_total))

        return wrapped

    monkeypatch.setattr(extraction_service, "_progress_writer", spying)
    services.article_run_extraction(article_id=article.pk)
    article.refresh_from_db()
    total = len(pipeline.paragraph_ends(article.body))
    assert article.extraction_state == ExtractionState.DONE and article.claims.exists()
    assert (article.extraction_done, article.extraction_total) == (total, total)
    assert seen[0] == ("running", 0, total) and seen[-1] == ("running", total, total)
    done = [d for _, d, _ in seen]
    assert done == sorted(done) and 0 < done[len(done) // 2] < total


@pytest.mark.django_db
def test_the_polling_fragment_shows_paragraphs_done_of_total(reviewer_client, article):
    Article.objects.filter(pk=article.pk).update(
        extraction_state="running", extraction_done=1200, extraction_total=4000
    )
    frag = reviewer_client.get(
        reverse("article_detail", args=[article.pk]),
        HTTP_HX_REQUEST="true",
        HTTP_HX_TARGET="workspace",
    ).content.decode()
    assert 'hx-trigger="every 2s"' in frag
    assert "1200 of 4000 paragraphs" in frag
    assert '<progress id="extraction-progress" max="4000" value="1200">' in frag
    assert '<label for="extraction-progress">' in frag


@pytest.mark.django_db
def test_a_queued_extraction_says_so_without_a_bar(reviewer_client, article):
    Article.objects.filter(pk=article.pk).update(extraction_state="pending")
    html = reviewer_client.get(reverse("article_detail", args=[article.pk])).content.decode()
    assert "Extracting claims (pending)" in html
    assert "<progress" not in html
