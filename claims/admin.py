"""Django admin: every model, with writes to claims routed through the services
so the audit trail is always written. The audit itself is read-only."""

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db.models import Count
from django.shortcuts import redirect
from django.utils.html import format_html

from claims import services
from claims.errors import ServiceError
from claims.models import (
    ApiToken,
    Article,
    Claim,
    ClaimEvent,
    ClaimLink,
    ClaimVector,
    Evidence,
    FactCheck,
    FactCheckDismissal,
    ReportVersion,
    Source,
    Speaker,
    SpeakerAlias,
    SpeakerMatch,
    SpeakerMerge,
    SuggestionDismissal,
    WebhookDelivery,
    WebhookEndpoint,
)
from claims.services.sources import EDITABLE_FIELDS as EDITABLE_SOURCE_FIELDS
from claims.status import get as get_status


def _report(modeladmin, request, label, result) -> None:
    """The admin's messages for a services.bulk result."""
    if result.done:
        modeladmin.message_user(request, f"{label}: {result.done} done.", messages.SUCCESS)
    for refusal in result.refused[:10]:
        modeladmin.message_user(request, refusal, messages.ERROR)


def _run(modeladmin, request, label, write, objects) -> None:
    _report(modeladmin, request, label, services.bulk_apply(objects=objects, write=write))


def service_action(description: str, done: str, service: str, keyword: str, **options):
    """A bulk action that runs `services.<service>(<keyword>=object, by=user)`
    for each selected object: one message for what was done, one per refusal."""

    def action(modeladmin, request, queryset):
        write = getattr(services, service)
        _run(
            modeladmin,
            request,
            done,
            lambda obj: write(**{keyword: obj, "by": request.user}),
            queryset,
        )

    return admin.action(description=description, **options)(action)


class ServiceAdmin(admin.ModelAdmin):
    """An admin whose saves and deletes go through the services: a refusal
    (a published report, a source still in use) is shown as a message on the
    same page, never a 500, and nothing is half-written (the view is atomic).

    `delete_service` names the service that deletes one object and its keyword,
    e.g. ("article_delete", "article"): the delete page and the bulk delete
    action both go through it (a bulk delete reports each refusal)."""

    delete_service: tuple[str, str] | None = None

    def _delete(self, request, obj):
        name, keyword = self.delete_service
        return getattr(services, name)(**{keyword: obj, "by": request.user})

    def delete_model(self, request, obj):
        if self.delete_service is None:
            raise PermissionDenied("Deleting goes through a service, and this one has none.")
        self._delete(request, obj)

    def delete_queryset(self, request, queryset):
        if self.delete_service is None:
            raise PermissionDenied("Deleting goes through a service, and this one has none.")
        _run(self, request, "Deleted", lambda obj: self._delete(request, obj), queryset)

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        try:
            return super().changeform_view(request, object_id, form_url, extra_context)
        except ServiceError as exc:
            self.message_user(request, exc.message, messages.ERROR)
            return redirect(request.get_full_path())

    def delete_view(self, request, object_id, extra_context=None):
        try:
            return super().delete_view(request, object_id, extra_context)
        except ServiceError as exc:
            self.message_user(request, exc.message, messages.ERROR)
            return redirect(request.get_full_path())


class ReadOnlyInline(admin.TabularInline):
    extra = 0
    can_delete = False
    show_change_link = True

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False


class ClaimInline(ReadOnlyInline):
    model = Claim
    fields = ("position", "text", "kind", "speaker", "status", "checkworthiness")
    readonly_fields = fields
    ordering = ("position",)


@admin.register(Article)
class ArticleAdmin(ServiceAdmin):
    delete_service = ("article_delete", "article")
    list_display = (
        "title",
        "publisher",
        "published_at",
        "extraction_state",
        "claim_count",
        "report_state",
        "created_at",
    )
    list_filter = ("extraction_state", "publisher", "report_published_at", "created_at")
    search_fields = ("title", "url", "publisher", "byline")
    date_hierarchy = "created_at"
    readonly_fields = (
        "content_hash",
        "created_by",
        "created_at",
        "updated_at",
        "extraction_state",
        "extraction_error",
        "extractor_version",
        "extracted_at",
        "report_published_at",
        "report_published_by",
    )
    inlines = [ClaimInline]
    actions = ["reextract", "publish", "unpublish"]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(n_claims=Count("claims"))

    @admin.display(description="Claims", ordering="n_claims")
    def claim_count(self, obj):
        return obj.n_claims

    @admin.display(description="Report")
    def report_state(self, obj):
        return "published" if obj.is_published else "draft"

    def save_model(self, request, obj, form, change):
        if not change:
            article, created = services.article_create(
                title=obj.title,
                body=obj.body,
                url=obj.url,
                publisher=obj.publisher,
                published_at=obj.published_at,
                byline=obj.byline,
                by=request.user,
            )
            obj.pk = article.pk
            if not created:
                self.message_user(request, "That article already exists.", messages.WARNING)
            return
        changed = {
            f: form.cleaned_data[f]
            for f in form.changed_data
            if f in ("title", "body", "url", "publisher", "byline", "published_at")
        }
        if changed:  # a refusal propagates: ServiceAdmin shows it instead of "changed successfully"
            services.article_update(article=obj, by=request.user, **changed)

    def get_deleted_objects(self, objs, request):
        """A published article is "protected": the delete pages say why and
        offer no confirmation (article_delete would refuse it)."""
        deleted, counts, perms_needed, protected = super().get_deleted_objects(objs, request)
        # Its report versions go with an (unpublished) article; they are never
        # deleted on their own, so no one holds that permission.
        perms_needed = perms_needed - {ReportVersion._meta.verbose_name}
        locked = [
            f"{a}: its verification report is published; unpublish it before deleting the article"
            for a in objs
            if a.is_published
        ]
        return deleted, counts, perms_needed, [*protected, *locked]

    reextract = service_action(
        "Re-run claim extraction", "Re-extraction", "article_reextract", "article"
    )
    publish = service_action(
        "Publish report", "Published", "report_publish", "article", permissions=["publish"]
    )
    unpublish = service_action(
        "Unpublish report", "Unpublished", "report_unpublish", "article", permissions=["publish"]
    )

    def has_publish_permission(self, request):
        return request.user.has_perm("claims.publish_report")


class AliasInline(admin.TabularInline):
    """Aliases: added, corrected and removed through the speaker services (audited)."""

    model = SpeakerAlias
    extra = 1
    fields = ("name",)


class AdversaryInline(admin.TabularInline):
    """Parties in open conflict with this one (both ways), through the services."""

    model = Speaker.adversaries.through
    fk_name = "from_speaker"
    extra = 1
    autocomplete_fields = ("to_speaker",)
    verbose_name = "adversary"
    verbose_name_plural = "adversaries"


# Speaker fields an editor changes here, all through services.speaker_update.
SPEAKER_EDITABLE = ("name", "kind", "description", "role", "title", "parent", "curated")


@admin.register(Speaker)
class SpeakerAdmin(ServiceAdmin):
    delete_service = ("speaker_delete", "speaker")
    list_display = ("name", "kind", "parent", "curated", "alias_list", "claim_count")
    list_filter = ("kind", "curated")
    search_fields = ("name", "aliases__name")
    fields = SPEAKER_EDITABLE
    autocomplete_fields = ("parent",)
    list_select_related = ("parent",)
    inlines = [AliasInline, AdversaryInline]
    actions = ["merge"]

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .prefetch_related("aliases")
            .annotate(n_claims=Count("claims"))
        )

    @admin.display(description="Aliases")
    def alias_list(self, obj):
        return ", ".join(a.name for a in obj.aliases.all())

    @admin.display(description="Claims", ordering="n_claims")
    def claim_count(self, obj):
        return obj.n_claims

    def save_model(self, request, obj, form, change):
        if not change:
            created = services.speaker_create(
                name=obj.name, kind=obj.kind, description=obj.description, by=request.user
            )
            obj.pk = created.pk
            changed = [f for f in SPEAKER_EDITABLE[3:] if form.cleaned_data.get(f)]
        else:
            changed = [f for f in form.changed_data if f in SPEAKER_EDITABLE]
        if changed:
            services.speaker_update(
                speaker=obj,
                by=request.user,
                **{f: form.cleaned_data[f] for f in changed},
            )

    def save_formset(self, request, form, formset, change):
        speaker = form.instance
        formset.new_objects, formset.changed_objects, formset.deleted_objects = [], [], []
        if formset.model is SpeakerAlias:
            for f in formset.deleted_forms:
                if f.instance.pk:
                    services.speaker_alias_remove(alias=f.instance, by=request.user)
            for f in formset.forms:
                name = f.cleaned_data.get("name") if f.has_changed() else None
                if not name or f in formset.deleted_forms:
                    continue
                if f.instance.pk:
                    services.speaker_alias_rename(alias=f.instance, name=name, by=request.user)
                else:
                    services.speaker_add_alias(speaker=speaker, name=name, by=request.user)
            return
        for f in formset.forms:
            old = f.initial.get("to_speaker")
            new = f.cleaned_data.get("to_speaker")
            gone = f in formset.deleted_forms or (old and new and new.pk != old)
            if gone and old:
                old = old if isinstance(old, Speaker) else Speaker.all_objects.get(pk=old)
                services.speaker_adversary_remove(speaker=speaker, other=old, by=request.user)
            if new and f not in formset.deleted_forms and f.has_changed():
                services.speaker_adversary_add(speaker=speaker, other=new, by=request.user)

    @admin.action(
        description="Merge selected speakers into the first (by name)", permissions=["merge"]
    )
    def merge(self, request, queryset):
        speakers = list(queryset.order_by("name"))
        try:
            services.speaker_merge(target=speakers[0], others=speakers[1:], by=request.user)
        except ServiceError as exc:
            self.message_user(request, exc.message, messages.ERROR)
            return
        self.message_user(request, f"Merged {len(speakers) - 1} speaker(s) into {speakers[0]}.")

    def has_merge_permission(self, request):
        return request.user.has_perm("claims.merge_speakers")


@admin.register(SpeakerAlias)
class SpeakerAliasAdmin(ServiceAdmin):
    """Aliases are added, corrected and removed through the speaker services (audited)."""

    delete_service = ("speaker_alias_remove", "alias")
    list_display = ("name", "speaker", "key")
    search_fields = ("name", "speaker__name")
    autocomplete_fields = ("speaker",)

    def get_readonly_fields(self, request, obj=None):
        return ("speaker",) if obj is not None else ()

    def save_model(self, request, obj, form, change):
        if change:
            alias = SpeakerAlias.objects.get(pk=obj.pk)
            services.speaker_alias_rename(alias=alias, name=obj.name, by=request.user)
            return
        obj.pk = services.speaker_add_alias(speaker=obj.speaker, name=obj.name, by=request.user).pk


@admin.register(SpeakerMatch)
class SpeakerMatchAdmin(admin.ModelAdmin):
    """Merge suggestions; decided through the service so merges stay audited."""

    list_display = ("speaker", "other", "score", "reason", "decision", "decided_by", "decided_at")
    list_filter = ("decision",)
    list_select_related = ("speaker", "other", "decided_by")
    search_fields = ("speaker__name", "other__name")
    readonly_fields = (
        "speaker",
        "other",
        "score",
        "reason",
        "decision",
        "decided_by",
        "decided_at",
        "created_at",
    )
    actions = ["merge", "distinct"]

    def has_add_permission(self, request):
        return False

    def _decide(self, request, queryset, decision, label):
        _run(
            self,
            request,
            label,
            lambda m: services.speaker_match_decide(match=m, decision=decision, by=request.user),
            queryset,
        )

    @admin.action(description="Merge the two speakers", permissions=["merge"])
    def merge(self, request, queryset):
        self._decide(request, queryset, "merged", "Merged")

    @admin.action(description="Not the same party", permissions=["merge"])
    def distinct(self, request, queryset):
        self._decide(request, queryset, "distinct", "Kept apart")

    def has_merge_permission(self, request):
        return request.user.has_perm("claims.merge_speakers")


@admin.register(SpeakerMerge)
class SpeakerMergeAdmin(admin.ModelAdmin):
    """Merges of speakers, each undoable (which moves everything back)."""

    list_display = ("merged", "target", "by", "at", "undone_at")
    list_select_related = ("merged", "target", "by")
    readonly_fields = ("target", "merged", "moved", "by", "at", "undone_by", "undone_at")
    actions = ["undo"]

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    @admin.action(description="Undo the merge", permissions=["merge"])
    def undo(self, request, queryset):
        _run(
            self,
            request,
            "Undone",
            lambda m: services.speaker_unmerge(merge=m, by=request.user),
            queryset,
        )

    def has_merge_permission(self, request):
        return request.user.has_perm("claims.merge_speakers")


class EvidenceInline(ReadOnlyInline):
    model = Evidence
    fk_name = "claim"
    fields = ("source", "stance", "excerpt", "created_by", "created_at")
    readonly_fields = fields


class LinkOutInline(ReadOnlyInline):
    model = ClaimLink
    fk_name = "from_claim"
    verbose_name = "link from this claim"
    verbose_name_plural = "links from this claim"
    fields = ("relation", "to_claim", "origin", "score", "confirmed_by", "confirmed_at")
    readonly_fields = fields


class LinkInInline(LinkOutInline):
    fk_name = "to_claim"
    verbose_name = "link to this claim"
    verbose_name_plural = "links to this claim"
    fields = ("from_claim", "relation", "origin", "score", "confirmed_by", "confirmed_at")
    readonly_fields = fields


class EventInline(ReadOnlyInline):
    model = ClaimEvent
    fields = ("at", "actor", "action", "before", "after", "note")
    readonly_fields = fields
    show_change_link = False


class DeletedFilter(admin.SimpleListFilter):
    title = "deleted"
    parameter_name = "deleted"

    def lookups(self, request, model_admin):
        return [("no", "Live"), ("yes", "Deleted")]

    def queryset(self, request, queryset):
        if self.value() == "no":
            return queryset.filter(deleted_at__isnull=True)
        if self.value() == "yes":
            return queryset.filter(deleted_at__isnull=False)
        return queryset


@admin.register(Claim)
class ClaimAdmin(ServiceAdmin):
    delete_service = ("claim_delete", "claim")
    list_display = (
        "short_text",
        "article",
        "kind",
        "speaker",
        "status_badge",
        "checkworthiness",
        "assignee",
        "origin",
        "updated_at",
    )
    list_filter = (
        "status",
        "kind",
        "origin",
        "vanished",
        DeletedFilter,
        "speaker",
        "article",
        "assignee",
    )
    list_select_related = ("article", "speaker", "assignee")
    search_fields = ("text", "speaker_mention", "speaker__name", "via", "article__title")
    autocomplete_fields = ("speaker", "assignee")
    inlines = [EvidenceInline, LinkOutInline, LinkInInline, EventInline]
    fields = (
        "article",
        "text",
        "kind",
        "speaker",
        "speaker_mention",
        "via",
        "cue",
        "hedged",
        "hedge",
        "start",
        "end",
        "position",
        "quantities",
        "entities",
        "checkworthiness",
        "status",
        "rationale",
        "assignee",
        "origin",
        "touched",
        "vanished",
        "extractor_version",
        "version",
        "deleted_at",
        "created_at",
        "updated_at",
    )
    # Everything else is the extractor's or the services' to set.
    readonly_fields = tuple(
        f for f in fields if f not in ("text", "kind", "speaker", "status", "rationale", "assignee")
    )
    actions = [
        "mark_in_review",
        "mark_unverified",
        "mark_not_checkable",
        "assign_to_me",
        "soft_delete",
        "restore",
    ]

    def get_queryset(self, request):
        return Claim.all_objects.all()

    def has_add_permission(self, request):
        return False  # claims are extracted, or added over a span in the article workspace

    @admin.display(description="Claim", ordering="text")
    def short_text(self, obj):
        return obj.text[:90] + ("…" if len(obj.text) > 90 else "")

    @admin.display(description="Status", ordering="status")
    def status_badge(self, obj):
        s = get_status(obj.status)
        return format_html('<span class="status status-{}">{}</span>', s.value, s.label)

    def save_model(self, request, obj, form, change):
        # A refusal propagates: ServiceAdmin rolls the whole change back and shows
        # it instead of "changed successfully".
        data, changed = form.cleaned_data, set(form.changed_data)
        if changed & {"text", "kind", "speaker"}:
            speaker = data.get("speaker")
            services.claim_update(
                claim=obj,
                by=request.user,
                expected_version=None,
                text=data["text"] if "text" in changed else None,
                kind=data["kind"] if "kind" in changed else None,
                speaker_name=(speaker.name if speaker else "") if "speaker" in changed else None,
            )
        if changed & {"status", "rationale"}:
            services.claim_set_status(
                claim=obj, by=request.user, status=data["status"], rationale=data["rationale"]
            )
        if "assignee" in changed:
            services.claim_assign(claim=obj, by=request.user, assignee=data["assignee"])

    def _status_action(self, request, queryset, status):
        _run(
            self,
            request,
            f"Status set to {get_status(status).label}",
            lambda c: services.claim_set_status(
                claim=c, status=status, by=request.user, rationale=c.rationale
            ),
            queryset,
        )

    @admin.action(description="Mark as in review")
    def mark_in_review(self, request, queryset):
        self._status_action(request, queryset, "in_review")

    @admin.action(description="Mark as unverified")
    def mark_unverified(self, request, queryset):
        self._status_action(request, queryset, "unverified")

    @admin.action(description="Mark as not checkable")
    def mark_not_checkable(self, request, queryset):
        self._status_action(request, queryset, "not_checkable")

    @admin.action(description="Assign to me")
    def assign_to_me(self, request, queryset):
        _run(
            self,
            request,
            "Assigned",
            lambda c: services.claim_assign(claim=c, assignee=request.user, by=request.user),
            queryset,
        )

    @admin.action(description="Delete (can be restored)")
    def soft_delete(self, request, queryset):
        _run(
            self,
            request,
            "Deleted",
            lambda c: services.claim_delete(claim=c, by=request.user),
            queryset.filter(deleted_at__isnull=True),
        )

    @admin.action(description="Restore deleted claims")
    def restore(self, request, queryset):
        _run(
            self,
            request,
            "Restored",
            lambda c: services.claim_restore(claim=c, by=request.user),
            queryset.filter(deleted_at__isnull=False),
        )


@admin.register(Source)
class SourceAdmin(ServiceAdmin):
    delete_service = ("source_delete", "source")
    list_display = ("title", "publisher", "kind", "published_at", "speaker", "url")
    list_filter = ("kind", "publisher")
    search_fields = ("title", "url", "publisher", "notes")
    autocomplete_fields = ("speaker",)
    readonly_fields = ("created_by", "created_at")

    def save_model(self, request, obj, form, change):
        data = form.cleaned_data
        if not change:
            source, _ = services.source_get_or_create(
                url=data["url"],
                by=request.user,
                title=data["title"],
                publisher=data["publisher"],
                published_at=data["published_at"],
                kind=data["kind"],
                speaker=data["speaker"],
            )
            obj.pk = source.pk
            return
        changed = {f: data[f] for f in form.changed_data if f in EDITABLE_SOURCE_FIELDS}
        if changed:
            services.source_update(source=obj, by=request.user, **changed)

    def has_change_permission(self, request, obj=None):
        return request.user.has_perm("claims.manage_sources")

    def has_delete_permission(self, request, obj=None):
        return request.user.has_perm("claims.manage_sources")


@admin.register(Evidence)
class EvidenceAdmin(admin.ModelAdmin):
    """Read-only: evidence is added and removed in the claim panel (audited)."""

    list_display = ("claim", "source", "stance", "created_by", "created_at")
    list_filter = ("stance", "source__kind")
    search_fields = ("claim__text", "source__title", "source__url", "excerpt")
    list_select_related = ("claim", "source", "created_by")

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(ClaimLink)
class ClaimLinkAdmin(EvidenceAdmin):
    list_display = (
        "from_claim",
        "relation",
        "to_claim",
        "origin",
        "score",
        "independent",
        "confirmed_by",
        "confirmed_at",
    )
    list_filter = ("relation", "origin")
    search_fields = ("from_claim__text", "to_claim__text")
    list_select_related = ("from_claim", "to_claim", "confirmed_by")

    @admin.display(boolean=True, description="Independent")
    def independent(self, obj):
        return obj.is_independent


@admin.register(SuggestionDismissal)
class SuggestionDismissalAdmin(EvidenceAdmin):
    list_display = ("claim", "other", "dismissed_by", "dismissed_at")
    list_filter = ()
    search_fields = ("claim__text", "other__text")
    list_select_related = ("claim", "other", "dismissed_by")


@admin.register(ClaimVector)
class ClaimVectorAdmin(EvidenceAdmin):
    """Read-only: whether each claim is embedded yet (vectors come from the engine)."""

    list_display = ("claim", "model", "embedded", "embedded_at")
    list_filter = ("model",)
    search_fields = ("claim__text",)
    list_select_related = ("claim",)
    exclude = ("vector",)

    @admin.display(boolean=True, description="Embedded")
    def embedded(self, obj):
        return obj.vector is not None


@admin.register(ClaimEvent)
class ClaimEventAdmin(EvidenceAdmin):
    """The audit trail: visible, never editable."""

    list_display = ("at", "action", "actor", "subject", "article", "note")
    list_filter = ("action", "subject_type", "at")
    search_fields = ("subject_label", "article__title", "note", "actor__username")
    list_select_related = ("actor", "article")
    date_hierarchy = "at"

    @admin.display(description="Subject", ordering="subject_type")
    def subject(self, obj):
        if not obj.subject_type:
            return "—"
        return f"{obj.subject_type} #{obj.subject_id}: {obj.subject_label}"


@admin.register(ApiToken)
class ApiTokenAdmin(admin.ModelAdmin):
    """Tokens are created by their users (shown once); here they can be seen
    and revoked, never read or edited."""

    list_display = ("name", "user", "prefix", "created_at", "last_used_at", "revoked_at")
    list_filter = ("revoked_at",)
    search_fields = ("name", "user__username", "prefix")
    list_select_related = ("user",)
    readonly_fields = ("user", "name", "prefix", "created_at", "last_used_at", "revoked_at")
    actions = ["revoke"]

    def has_add_permission(self, request):
        return False

    @admin.action(description="Revoke the selected tokens")
    def revoke(self, request, queryset):
        for token in queryset:
            services.token_revoke(token=token, by=request.user)
        self.message_user(request, f"Revoked {queryset.count()} token(s).", messages.SUCCESS)


@admin.register(ReportVersion)
class ReportVersionAdmin(EvidenceAdmin):
    """Published report versions: what the public link served; never editable."""

    list_display = ("article", "number", "published_at", "published_by", "correction_note")
    list_filter = ("published_at",)
    search_fields = ("article__title", "correction_note")
    list_select_related = ("article", "published_by")
    exclude = ("html", "jsonld_script", "json", "csv", "claimreview")


class DeliveryInline(ReadOnlyInline):
    model = WebhookDelivery
    fields = (
        "created_at",
        "event",
        "state",
        "attempts",
        "status_code",
        "error",
        "last_attempt_at",
        "next_attempt_at",
    )
    readonly_fields = fields
    show_change_link = True

    def get_queryset(self, request):
        return super().get_queryset(request).order_by("-created_at", "-id")


@admin.register(WebhookEndpoint)
class WebhookEndpointAdmin(ServiceAdmin):
    """Endpoints are registered through the API (the secret is shown once
    there); here they are seen with their deliveries, paused or removed."""

    delete_service = ("webhook_delete", "endpoint")

    list_display = ("url", "description", "events", "active", "created_by", "created_at")
    list_filter = ("active",)
    search_fields = ("url", "description")
    fields = ("url", "description", "events", "active", "created_by", "created_at")
    readonly_fields = ("url", "description", "events", "created_by", "created_at")
    inlines = [DeliveryInline]

    def has_add_permission(self, request):
        return False


@admin.register(WebhookDelivery)
class WebhookDeliveryAdmin(admin.ModelAdmin):
    """The delivery log: every event sent, its attempts and status codes."""

    list_display = (
        "created_at",
        "event",
        "endpoint",
        "state",
        "attempts",
        "status_code",
        "last_attempt_at",
        "next_attempt_at",
    )
    list_filter = ("state", "event")
    search_fields = ("endpoint__url", "error")
    list_select_related = ("endpoint",)
    date_hierarchy = "created_at"


@admin.register(FactCheck)
class FactCheckAdmin(admin.ModelAdmin):
    """The fact-check library: filled by `manage.py import_factchecks` and by
    publishing reports; read here, and entries can be deleted."""

    list_display = (
        "short_claim",
        "rating",
        "verdict",
        "publisher",
        "published_at",
        "imported_from",
        "url",
    )
    list_filter = ("verdict", "imported_from", "language", "publisher")
    search_fields = ("claim_reviewed", "title", "url", "publisher", "external_id")
    date_hierarchy = "published_at"
    list_select_related = ("claim",)
    readonly_fields = [f.name for f in FactCheck._meta.fields]

    @admin.display(description="Claim reviewed", ordering="claim_reviewed")
    def short_claim(self, obj):
        return obj.claim_reviewed[:90] + ("…" if len(obj.claim_reviewed) > 90 else "")

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(FactCheckDismissal)
class FactCheckDismissalAdmin(EvidenceAdmin):
    list_display = ("claim", "factcheck", "dismissed_by", "dismissed_at")
    list_filter = ()
    search_fields = ("claim__text", "factcheck__claim_reviewed")
    list_select_related = ("claim", "factcheck", "dismissed_by")
