"""The audit trail: the one way every write is recorded.

The contract, for every service in claims/services/ and anything else that
writes (commands, the admin, the API):

    record(action=ClaimEvent.Action.X, actor=request.user, subject=obj,
           claim=None, article=None, before={...}, after={...}, note="")

- Call it inside the write's ``transaction.atomic``, after the checks, so a
  refused write records nothing and a recorded write cannot be half-done.
- ``subject`` is what was changed (a Claim, Article, Source, Speaker, ...);
  it defaults to ``claim``, else ``article``. Its model name, id and label are
  stored in the event and outlive the subject.
- ``claim`` / ``article`` put the event in that claim's or article's history;
  the article is taken from the claim (or from a subject that has one) when
  not given.
- ``before`` / ``after``: JSON-able dicts of the subject before and after the
  change (``claim_snapshot`` for claims).
- ``actor``: the user; None or an anonymous user means the system (the
  extractor, a management command).

``audit_event`` builds the same event unsaved (for bulk_create), and
``event_values`` its column values (for COPY). Events are append-only: the
model refuses update and delete, and on PostgreSQL a trigger refuses them for
every other writer (migration 0006_audit_subject).
"""

from claims.models import ClaimEvent

LABEL_LENGTH = 200


def claim_snapshot(claim) -> dict:
    """The reviewer-visible state of a claim, for before/after in the audit."""
    return {
        "text": claim.text,
        "span": [claim.start, claim.end],
        "kind": claim.kind,
        "speaker": claim.speaker.name if claim.speaker_id else None,
        "status": claim.status,
        "rationale": claim.rationale,
        "assignee": claim.assignee.get_username() if claim.assignee_id else None,
        "version": claim.version,
    }


def _label(subject) -> str:
    text = getattr(subject, "text", None) or getattr(subject, "title", None) or str(subject)
    text = " ".join(str(text).split())
    return text if len(text) <= LABEL_LENGTH else text[: LABEL_LENGTH - 1] + "…"


def _resolve(subject, claim, article):
    """(subject, article): the subject defaults to the claim, else the article;
    the article to the claim's or the subject's."""
    subject = subject if subject is not None else (claim if claim is not None else article)
    if article is None:
        article = getattr(claim, "article", None) or getattr(subject, "article", None)
    return subject, article


def _subject_fields(subject) -> dict:
    if subject is None:
        return {}
    return {
        "subject_type": subject._meta.model_name,
        "subject_id": subject.pk,
        "subject_label": _label(subject),
    }


def _user(actor):
    return actor if actor is not None and actor.is_authenticated else None


def audit_event(
    *, action, actor=None, subject=None, claim=None, article=None, before=None, after=None, note=""
) -> ClaimEvent:
    """The event `record` would write, unsaved. A subject without an id yet
    (a claim about to be bulk-created) gets it in `audit_bulk_create`."""
    subject, article = _resolve(subject, claim, article)
    event = ClaimEvent(
        action=action,
        actor=_user(actor),
        claim=claim,
        article=article,
        before=before or {},
        after=after or {},
        note=note,
        **_subject_fields(subject),
    )
    event._subject = subject
    return event


def audit_bulk_create(events: list[ClaimEvent]) -> list[ClaimEvent]:
    """Write events built by audit_event in one INSERT, once their subjects
    (e.g. claims just bulk-created) have ids."""
    for event in events:
        if event.subject_id is None and event._subject is not None:
            event.subject_id = event._subject.pk
    return ClaimEvent.objects.bulk_create(events)


def event_values(
    *, action, actor=None, subject=None, claim=None, article=None, before=None, after=None, note=""
) -> dict:
    """audit_event's column values by attribute name (foreign keys as *_id), for
    writers that build no model instances (COPY); every object must have its id."""
    subject, article = _resolve(subject, claim, article)
    user = _user(actor)
    return {
        "action": action,
        "actor_id": user.pk if user else None,
        "claim_id": claim.pk if claim is not None else None,
        "article_id": article.pk if article is not None else None,
        "before": before or {},
        "after": after or {},
        "note": note,
        **_subject_fields(subject),
    }


def record(**kwargs) -> ClaimEvent:
    """Write one audit event (see the module docstring for the arguments)."""
    event = audit_event(**kwargs)
    event.save()
    return event
