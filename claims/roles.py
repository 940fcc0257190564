"""The newsroom roles, as Django groups. The data migration creates them;
views ask `user.has_perm(...)`, never group names."""

REVIEWER = "Reviewer"
EDITOR = "Editor"

_VIEW_ALL = [
    "view_article",
    "view_claim",
    "view_speaker",
    "view_speakeralias",
    "view_source",
    "view_evidence",
    "view_claimlink",
    "view_claimevent",
    "view_suggestiondismissal",
    "view_factcheck",
    "view_factcheckdismissal",
]
REVIEWER_PERMS = _VIEW_ALL + [
    "add_article",
    "change_article",
    "add_claim",
    "change_claim",
    "delete_claim",
    "add_evidence",
    "delete_evidence",
    "add_source",
    "add_claimlink",
    "delete_claimlink",
    "add_suggestiondismissal",
    "add_factcheckdismissal",
    "add_speaker",
    "add_speakeralias",
]
EDITOR_PERMS = REVIEWER_PERMS + [
    "publish_report",
    "delete_article",
    "merge_speakers",
    "manage_sources",
    "change_source",
    "delete_source",
    "change_speaker",
    "change_speakeralias",
    "manage_webhooks",
    "view_webhookendpoint",
    "view_webhookdelivery",
]
ROLE_PERMS = {REVIEWER: REVIEWER_PERMS, EDITOR: EDITOR_PERMS}


def sync_groups(group_model, permission_model) -> None:
    """Create the role groups and give them exactly their permissions
    (used by the data migration, and by tests after a database flush)."""
    for name, codenames in ROLE_PERMS.items():
        group, _ = group_model.objects.get_or_create(name=name)
        group.permissions.set(
            permission_model.objects.filter(
                content_type__app_label="claims", codename__in=codenames
            )
        )
