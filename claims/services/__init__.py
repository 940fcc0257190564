"""Every write goes through a keyword-only service function here: atomic,
permission-agnostic (views check roles), and audited through
claims.services.audit.record (the one audit contract; see there)."""

from claims.services.articles import (  # noqa: F401
    article_create,
    article_delete,
    article_import,
    article_reextract,
    article_update,
    articles_import_files,
    report_publish,
    report_snapshot_first,
    report_unpublish,
)
from claims.services.bulk import (  # noqa: F401
    bulk_apply,
    claims_bulk_assign,
    claims_bulk_set_status,
)
from claims.services.claims import (  # noqa: F401
    claim_assign,
    claim_create,
    claim_delete,
    claim_merge,
    claim_restore,
    claim_set_status,
    claim_split,
    claim_update,
)
from claims.services.evidence import (  # noqa: F401
    evidence_add,
    evidence_remove,
    link_create,
    link_remove,
    source_get_or_create,
    suggestion_dismiss,
)
from claims.services.extraction import article_run_extraction, extraction_apply  # noqa: F401
from claims.services.factchecks import (  # noqa: F401
    factcheck_accept,
    factcheck_dismiss,
    factchecks_embed,
    factchecks_from_report,
    factchecks_import,
)
from claims.services.sources import source_delete, source_update  # noqa: F401
from claims.services.speakers import (  # noqa: F401
    speaker_add_alias,
    speaker_adversary_add,
    speaker_adversary_remove,
    speaker_alias_remove,
    speaker_alias_rename,
    speaker_create,
    speaker_delete,
    speaker_match_decide,
    speaker_matches_suggest,
    speaker_merge,
    speaker_resolve,
    speaker_unmerge,
    speaker_update,
)
from claims.services.tokens import token_create, token_revoke  # noqa: F401
from claims.services.vectors import (  # noqa: F401
    claim_vectors_compute,
    claim_vectors_drain,
    claim_vectors_queue,
)
from claims.services.webhooks import webhook_create, webhook_delete  # noqa: F401
