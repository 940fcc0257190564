"""Personas (set up once per test via fixtures) and shared helpers.

The suite runs on PostgreSQL (scripts/test starts one); tests that need
on_commit callbacks (extraction is queued on commit) use
`django_capture_on_commit_callbacks(execute=True)`.
"""

import os
import threading
from pathlib import Path

import pytest
from django.contrib.auth.models import Group

from claims import roles

SEED = Path(__file__).resolve().parents[1] / "claims" / "demo" / "iran-militia-drones.txt"
PASSWORD = "correct-horse-battery-staple"


@pytest.fixture(scope="session", autouse=True)
def _close_connection_pools(django_db_setup, django_db_blocker):
    """Close every connection to the test database before pytest-django drops
    it: pooled ones, and any a live-server request thread left idle (DROP
    DATABASE refuses while a session is open)."""
    yield
    from django.db import connection, connections

    with django_db_blocker.unblock():
        name = connection.settings_dict["NAME"]
        # Only a test database (test_…, one per xdist worker) is cleared: a worker that ran
        # no database test never switched to one, and must not cut another worker's sessions.
        if connection.vendor == "postgresql" and str(name).startswith("test_"):
            with connection.cursor() as cursor:
                cursor.execute(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    "WHERE datname = %s AND pid <> pg_backend_pid()",
                    [name],
                )
        for conn in connections.all():
            conn.close()
            if hasattr(conn, "close_pool"):
                conn.close_pool()


@pytest.fixture
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


def _user(django_user_model, username, group=None, superuser=False):
    user = django_user_model.objects.create_user(
        username=username,
        password=PASSWORD,
        email=f"{username}@newsroom.test",
        is_staff=superuser,
        is_superuser=superuser,
    )
    if group:
        # The roles come from a data migration. A transactional test leaves the tables empty
        # (serialized_rollback puts them back at the start of the next one): pytest-django runs
        # those tests last, and so must any scheduler (xdist's --dist load keeps that order;
        # --dist loadfile does not). Missing roles mean a test started on emptied tables.
        assert Group.objects.filter(name=group).exists(), (
            "a transactional test emptied the database first"
        )
        user.groups.add(Group.objects.get(name=group))
    return user


@pytest.fixture
def reviewer(db, django_user_model):
    return _user(django_user_model, "rita", roles.REVIEWER)


@pytest.fixture
def other_reviewer(db, django_user_model):
    return _user(django_user_model, "omar", roles.REVIEWER)


@pytest.fixture
def editor(db, django_user_model):
    return _user(django_user_model, "eddie", roles.EDITOR)


@pytest.fixture
def admin_user(db, django_user_model):
    return _user(django_user_model, "ada", superuser=True)


@pytest.fixture
def reviewer_client(client, reviewer):
    client.force_login(reviewer)
    return client


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


@pytest.fixture
def admin_client_(client, admin_user):
    client.force_login(admin_user)
    return client


def make_article(suffix="", created_by=None):
    """A small article with three claims, made without the NLP (fast, deterministic)."""
    from claims.models import Article, Claim, ClaimKind

    body = (
        "Rebels say they shot down a helicopter\n\n"
        "The rebel group said it shot down an army helicopter on Tuesday. "
        "The defence ministry denied that any aircraft was lost. "
        "About 40 soldiers were stationed at the base." + suffix
    )
    a = Article.objects.create(
        title="Rebels say they shot down a helicopter" + suffix,
        body=body,
        publisher="Wire",
        created_by=created_by,
        extraction_state="done",
    )

    def claim(sentence, position, kind, **kw):
        start = body.index(sentence)
        c = Claim(
            article=a,
            text=sentence,
            start=start,
            end=start + len(sentence),
            position=position,
            kind=kind,
            **kw,
        )
        c.search_text = c.build_search_text()
        c.save()
        return c

    claim(
        "The rebel group said it shot down an army helicopter on Tuesday.",
        0,
        ClaimKind.CLAIM,
        speaker_mention="The rebel group",
        checkworthiness=0.9,
    )
    claim(
        "The defence ministry denied that any aircraft was lost.",
        1,
        ClaimKind.DENIAL,
        speaker_mention="The defence ministry",
        checkworthiness=0.8,
    )
    claim(
        "About 40 soldiers were stationed at the base.",
        2,
        ClaimKind.STATISTIC,
        checkworthiness=0.6,
        quantities=[{"value": 40, "unit": "soldiers", "approximate": True}],
    )
    return a


def article_of_claims(title, claims, *, published_at=None):
    """An article whose body is its claims' texts, one after another, and its
    claims: (text, kind, speaker name or None), each at its own offsets. Its
    extraction is done, as for any article with claims: one left pending (the
    model's default) has its workspace header poll its progress every 2 s."""
    from claims.models import Article, Claim, Speaker

    body = " ".join(text for text, _, _ in claims)
    article = Article.objects.create(
        title=title, body=body, published_at=published_at, extraction_state="done"
    )
    out, start = [], 0
    for i, (text, kind, speaker) in enumerate(claims):
        who = Speaker.objects.get_or_create(name=speaker)[0] if speaker else None
        c = Claim(
            article=article,
            text=text,
            start=start,
            end=start + len(text),
            position=i,
            kind=kind,
            speaker=who,
            speaker_mention=speaker or "",
        )
        c.search_text = c.build_search_text()
        c.save()
        out.append(c)
        start += len(text) + 1
    return out


@pytest.fixture
def secret(reviewer):
    """A personal API token of the reviewer (the secret a client sends)."""
    from claims import services

    return services.token_create(user=reviewer, name="tests")[1]


@pytest.fixture
def editor_secret(editor):
    from claims import services

    return services.token_create(user=editor, name="tests")[1]


@pytest.fixture
def article(db, reviewer):
    return make_article(created_by=reviewer)


@pytest.fixture(scope="session")
def _chromium():
    """One Chromium per test process, started by the first browser test (each
    test has its own context, so no cookie or storage crosses between tests).
    Playwright's sync API leaves an event loop on this thread from then on, so
    Django's async-safety check is off for the rest of the process: the browser
    tests are transactional and run after the other database tests, and the
    tests that start Django in a subprocess take this variable out.

    That running loop also moves Django's connections: they are kept per thread,
    and per async context while a loop runs on the thread, so from the launch on
    `connections[alias]` would be a new connection object, without the serialized
    contents that pytest-django's set-up stored on the original. serialized_rollback
    would then restore nothing, and a browser test run after another transactional
    test (which empties the tables) would start without roles, permissions or
    gazetteer: the original connections are put back in the loop's context."""
    from django.conf import settings
    from django.db import connections

    chromium = settings.FACTCHECK_CHROMIUM
    if not Path(chromium).exists():
        pytest.skip(
            f"Chromium not found at {chromium}: install it (scripts/ensure-chromium) to run browser tests"
        )
    from playwright.sync_api import sync_playwright

    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    kept = {alias: connections[alias] for alias in connections}
    with sync_playwright() as p:
        for alias, conn in kept.items():
            connections[alias] = conn
        b = p.chromium.launch(
            executable_path=chromium,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--disable-quic",
            ],
        )
        yield b
        b.close()


@pytest.fixture
def browser(_chromium):
    return _chromium


def run_together(*fns):
    """Run the callables in threads released by one barrier; return each one's
    result or the exception it raised. Each thread closes its own connection."""
    from django.db import connection

    barrier = threading.Barrier(len(fns))
    results = [None] * len(fns)

    def worker(i, fn):
        try:
            barrier.wait()
            results[i] = fn()
        except Exception as exc:  # noqa: BLE001 - the caller inspects it
            results[i] = exc
        finally:
            connection.close()

    threads = [threading.Thread(target=worker, args=(i, fn)) for i, fn in enumerate(fns)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    return results
