"""Background tasks (django.tasks): inline in the embedded default and tests,
queued for `manage.py db_worker` when FACTCHECK_TASK_BACKEND=database."""

from django.tasks import task


@task()
def extract_article(article_id: int) -> str:
    from claims.services.extraction import article_run_extraction

    article = article_run_extraction(article_id=article_id)
    return article.extraction_state if article else "deleted"
