"""Editor-only actions: delete an article, merge speakers, manage sources."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_http_methods, require_POST

from claims import services
from claims.errors import InvalidInput, ServiceError
from claims.forms import SourceForm
from claims.models import (
    Article,
    Source,
    SourceKind,
    Speaker,
    SpeakerAlias,
    SpeakerMatch,
    SpeakerMerge,
)
from claims.selectors import listed_sources
from claims.views.params import (
    choice,
    parse_id,
    parse_ids,
    parse_page,
    plain_text,
    search_text,
)
from claims.views.permissions import error_status, require_perm


@login_required
@require_POST
def article_delete(request, pk):
    require_perm(request, "claims.delete_article")
    article = get_object_or_404(Article, pk=pk)
    try:
        services.article_delete(article=article, by=request.user)
    except ServiceError as exc:
        return render(
            request,
            "claims/message.html",
            {"error": exc.message, "back": article.get_absolute_url()},
            status=error_status(exc),
        )
    messages.success(request, f"Deleted “{article.title}” and its claims.")
    return redirect("article_list")


@login_required
@require_POST
def speaker_merge(request, pk):
    """Fold other speakers (by id, e.g. from the merge form) into this one."""
    require_perm(request, "claims.merge_speakers")
    target = get_object_or_404(Speaker, pk=pk)
    ids = parse_ids(request.POST.getlist("others"), name="speaker id")
    others = list(Speaker.objects.filter(pk__in=ids).exclude(pk=target.pk))
    if not others or len(others) != len(set(ids) - {target.pk}):
        return render(
            request,
            "claims/message.html",
            {
                "error": "Choose one or more existing speakers to merge into this one.",
                "back": target.get_absolute_url(),
            },
            status=400,
        )
    services.speaker_merge(target=target, others=others, by=request.user)
    messages.success(request, f"Merged {', '.join(o.name for o in others)} into {target.name}.")
    return redirect(target.get_absolute_url())


def _speaker_action(request, fn, back: str, done: str):
    """Run a speaker service for an editor; its refusal becomes a 4xx page."""
    require_perm(request, "claims.merge_speakers")
    try:
        with transaction.atomic():  # several services in one answer: all or nothing
            fn()
    except ServiceError as exc:
        return render(
            request,
            "claims/message.html",
            {"error": exc.message, "back": back},
            status=error_status(exc),
        )
    messages.success(request, done)
    return redirect(back)


@login_required
@require_POST
def speaker_edit(request, pk):
    """Extend the gazetteer: kind, role, title, parent (by name) and a new alias."""
    speaker = get_object_or_404(Speaker, pk=pk)
    role = plain_text(request.POST.get("role"), name="role")
    title = plain_text(request.POST.get("title"), name="title", limit=100)
    parent = plain_text(request.POST.get("parent"), name="parent's name")
    alias = plain_text(request.POST.get("alias"), name="alias")

    def run():
        services.speaker_update(
            speaker=speaker,
            by=request.user,
            kind=request.POST.get("kind") or None,
            role=role,
            title=title,
            parent_name=parent,
        )
        if alias:
            services.speaker_add_alias(speaker=speaker, name=alias, by=request.user)

    return _speaker_action(request, run, speaker.get_absolute_url(), f"Saved {speaker.name}.")


@login_required
@require_POST
def speaker_alias(request, pk):
    """Correct how one of a speaker's names is written (`name`), or remove it (`remove`)."""
    alias = get_object_or_404(SpeakerAlias.objects.select_related("speaker"), pk=pk)
    name = plain_text(request.POST.get("name"), name="alias")
    remove = bool(request.POST.get("remove"))

    def run():
        if remove:
            services.speaker_alias_remove(alias=alias, by=request.user)
        else:
            services.speaker_alias_rename(alias=alias, name=name or "", by=request.user)

    done = f"Removed “{alias.name}”." if remove else "Saved the name."
    return _speaker_action(request, run, alias.speaker.get_absolute_url(), done)


@login_required
@require_POST
def speaker_adversaries(request, pk):
    """Add an adversary of the speaker by name (`add`) or remove one by id (`remove`)."""
    speaker = get_object_or_404(Speaker, pk=pk)
    add = plain_text(request.POST.get("add"), name="adversary's name")
    gone = parse_id(request.POST.get("remove"), name="speaker id")
    other = get_object_or_404(Speaker, pk=gone) if gone else None

    def run():
        if other is not None:
            return services.speaker_adversary_remove(speaker=speaker, other=other, by=request.user)
        found = services.speaker_resolve(name=add or "", create=False)
        if found is None:
            raise InvalidInput(f"No speaker is called {add!r}: add it first.")
        services.speaker_adversary_add(speaker=speaker, other=found, by=request.user)

    return _speaker_action(request, run, speaker.get_absolute_url(), "Saved the adversaries.")


@login_required
@require_POST
def speaker_merge_undo(request, pk):
    merge = get_object_or_404(SpeakerMerge, pk=pk)
    return _speaker_action(
        request,
        lambda: services.speaker_unmerge(merge=merge, by=request.user),
        merge.target.get_absolute_url(),
        f"{merge.merged.name} is a speaker of its own again.",
    )


@login_required
@require_POST
def speaker_match_decide(request, pk):
    match = get_object_or_404(SpeakerMatch, pk=pk)
    decision = request.POST.get("decision") or ""
    return _speaker_action(
        request,
        lambda: services.speaker_match_decide(match=match, decision=decision, by=request.user),
        reverse("speaker_matches"),
        "Decided: it will not be asked again.",
    )


@login_required
def source_list(request):
    q = search_text(request.GET.get("q"))
    kind = choice(request.GET.get("kind"), SourceKind.values, name="source kind")
    page = Paginator(listed_sources(q=q, kind=kind), 50).get_page(
        parse_page(request.GET.get("page"))
    )
    ctx = {
        "nav": "sources",
        "page": page,
        "q": q,
        "kind": kind,
        "kinds": SourceKind.choices,
        "can_manage": request.user.has_perm("claims.manage_sources"),
    }
    return render(
        request,
        "claims/source_list.html#results" if request.htmx else "claims/source_list.html",
        ctx,
    )


@login_required
@require_http_methods(["GET", "POST"])
def source_edit(request, pk):
    source = get_object_or_404(Source, pk=pk)
    if request.method == "GET":
        require_perm(request, "claims.manage_sources")
        return render(
            request,
            "claims/source_edit.html",
            {"nav": "sources", "source": source, "form": SourceForm(instance=source)},
        )
    require_perm(request, "claims.manage_sources")
    if request.POST.get("delete"):
        try:
            services.source_delete(source=source, by=request.user)
        except ServiceError as exc:
            return render(
                request,
                "claims/source_edit.html",
                {
                    "nav": "sources",
                    "source": source,
                    "error": exc.message,
                    "form": SourceForm(instance=source),
                },
                status=error_status(exc),
            )
        messages.success(request, "Source deleted.")
        return redirect("source_list")
    form = SourceForm(request.POST, instance=Source.objects.get(pk=source.pk))
    if not form.is_valid():
        return render(
            request,
            "claims/source_edit.html",
            {
                "nav": "sources",
                "source": source,
                "form": form,
                "error": "Please correct the fields marked below.",
            },
            status=400,
        )
    try:
        services.source_update(
            source=source, by=request.user, **{f: form.cleaned_data[f] for f in form.changed_data}
        )
    except ServiceError as exc:
        return render(
            request,
            "claims/source_edit.html",
            {"nav": "sources", "source": source, "form": form, "error": exc.message},
            status=error_status(exc),
        )
    messages.success(request, "Source saved.")
    return redirect("source_list")
