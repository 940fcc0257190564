"""Background tasks (django.tasks): inline in the embedded default and tests,
queued for `manage.py db_worker` when FACTCHECK_TASK_BACKEND=database."""

from django.conf import settings
from django.tasks import task

from claims.models import ExtractionState


@task()
def extract_article(article_id: int) -> str:
    from claims import webhooks
    from claims.services.extraction import article_run_extraction

    article = article_run_extraction(article_id=article_id)
    if article is None:
        return "deleted"
    if article.extraction_state == ExtractionState.DONE:
        webhooks.article_extracted(article)
        if settings.EMBED_AFTER_EXTRACTION:
            # The article is reviewable now; its claims' vectors follow as their own task.
            embed_claims.enqueue(article.pk)
    return article.extraction_state


@task()
def embed_claims(article_id: int) -> int:
    """Embed an article's claims that have no (current) vector; after extraction."""
    from claims.services.vectors import claim_vectors_drain, claim_vectors_queue

    claim_vectors_queue(article_id=article_id)
    return claim_vectors_drain(article_id=article_id)


@task()
def deliver_webhook(delivery_id: int) -> str:
    """One attempt at a webhook delivery (claims.webhooks.deliver)."""
    from claims import webhooks

    return webhooks.deliver(delivery_id)
