from django.urls import path

from claims.views import (
    articles,
    claim_panel,
    editor,
    evidence,
    factchecks,
    links,
    queue,
    speakers,
    status_css,
    story,
    tokens,
    workspace,
)

urlpatterns = [
    path("", queue.home, name="home"),
    path("queue/bulk/", queue.queue_bulk, name="queue_bulk"),
    path("status.css", status_css.status_css, name="status_css"),
    # Articles
    path("articles/", articles.article_list, name="article_list"),
    path("articles/new/", articles.article_new, name="article_new"),
    path("articles/new/files/", articles.article_bulk_new, name="article_bulk_new"),
    path("articles/<int:pk>/progress/", articles.article_progress, name="article_progress"),
    path("articles/<int:pk>/", workspace.article_detail, name="article_detail"),
    path("articles/<int:pk>/delete/", editor.article_delete, name="article_delete"),
    path("articles/<int:pk>/reextract/", articles.article_reextract, name="article_reextract"),
    path("articles/<int:pk>/claims/new/", claim_panel.claim_create_view, name="claim_create"),
    path("articles/<int:pk>/claims/merge/", claim_panel.claim_merge_view, name="claim_merge"),
    # The claim panel (full page: the workspace with the panel open)
    path("articles/<int:article_pk>/claims/<int:pk>/", workspace.claim_detail, name="claim_detail"),
    path("claims/<int:pk>/edit/", claim_panel.claim_edit, name="claim_edit"),
    path("claims/<int:pk>/status/", claim_panel.claim_status, name="claim_status"),
    path("claims/<int:pk>/assign/", claim_panel.claim_assign_view, name="claim_assign"),
    path("claims/<int:pk>/split/", claim_panel.claim_split_view, name="claim_split"),
    path("claims/<int:pk>/delete/", claim_panel.claim_delete_view, name="claim_delete"),
    path("claims/<int:pk>/restore/", claim_panel.claim_restore_view, name="claim_restore"),
    path("claims/<int:pk>/evidence/", evidence.evidence_add_view, name="evidence_add"),
    path("evidence/<int:pk>/remove/", evidence.evidence_remove_view, name="evidence_remove"),
    path("claims/<int:pk>/links/", links.link_create_view, name="link_create"),
    path("claims/<int:pk>/links/search/", links.link_search, name="link_search"),
    path("claims/<int:pk>/suggestions/accept/", links.suggestion_accept, name="suggestion_accept"),
    path(
        "claims/<int:pk>/suggestions/dismiss/",
        links.suggestion_dismiss_view,
        name="suggestion_dismiss",
    ),
    path("links/<int:pk>/remove/", links.link_remove_view, name="link_remove"),
    path("claims/<int:pk>/story/", story.claim_story_view, name="claim_story"),
    path("claims/<int:pk>/factchecks/", factchecks.claim_factchecks, name="claim_factchecks"),
    path(
        "claims/<int:pk>/factchecks/accept/",
        factchecks.factcheck_accept_view,
        name="factcheck_accept",
    ),
    path(
        "claims/<int:pk>/factchecks/dismiss/",
        factchecks.factcheck_dismiss_view,
        name="factcheck_dismiss",
    ),
    # Speakers
    path("speakers/", speakers.speaker_list, name="speaker_list"),
    path("speakers/<int:pk>/", speakers.speaker_detail, name="speaker_detail"),
    path("speakers/<int:pk>/merge/", editor.speaker_merge, name="speaker_merge"),
    # Personal API tokens
    path("account/tokens/", tokens.token_list, name="token_list"),
    path("account/tokens/<int:pk>/revoke/", tokens.token_revoke, name="token_revoke"),
    path("speakers/<int:pk>/edit/", editor.speaker_edit, name="speaker_edit"),
    path("speakers/<int:pk>/adversaries/", editor.speaker_adversaries, name="speaker_adversaries"),
    path("speakers/aliases/<int:pk>/", editor.speaker_alias, name="speaker_alias"),
    path("speakers/matches/", speakers.speaker_matches, name="speaker_matches"),
    path("speakers/matches/<int:pk>/", editor.speaker_match_decide, name="speaker_match_decide"),
    path("speakers/merges/<int:pk>/undo/", editor.speaker_merge_undo, name="speaker_merge_undo"),
    # Sources (editors manage them)
    path("sources/", editor.source_list, name="source_list"),
    path("sources/<int:pk>/edit/", editor.source_edit, name="source_edit"),
]
