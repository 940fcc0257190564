"""Background tasks (django.tasks): inline in the embedded default and tests,
queued for `manage.py db_worker` when FACTCHECK_TASK_BACKEND=database."""

from django.tasks import task

from claims.models import ExtractionState


@task()
def extract_article(article_id: int) -> str:
    from claims.services.extraction import article_run_extraction

    from claims import webhooks

    article = article_run_extraction(article_id=article_id)
    if article is not None and article.extraction_state == ExtractionState.DONE:
        webhooks.article_extracted(article)
    return article.extraction_state if article else "deleted"


@task()
def deliver_webhook(delivery_id: int) -> str:
    """One attempt at a webhook delivery (claims.webhooks.deliver)."""
    from claims import webhooks

    return webhooks.deliver(delivery_id)
