"""The report lock: while an article's verification report is published, the
article, its claims, their evidence and links do not change."""

from claims.errors import ReportLocked
from claims.models import Article

CHANGE_CLAIMS = "changing its claims, evidence or links"


def article_lock_unpublished(
    article_id: int, *, to: str = CHANGE_CLAIMS, for_delete: bool = False
) -> Article:
    """Lock the article's row, so that publishing and every write to the
    article serialise, and refuse with ReportLocked (423) while its report is
    published. `to` says what was refused ("deleting the article"); deleting
    takes the stronger lock (FOR UPDATE) a DELETE needs."""
    rows = Article.objects.select_for_update(no_key=not for_delete)
    article = rows.get(pk=article_id)
    if article.is_published:
        raise ReportLocked(
            "The report is published, so this article and its claims are locked: an editor "
            f"must unpublish the report before {to}."
        )
    return article
