"""Limits and roles: an article over the size limit is a 413 with one message
whatever its size (refused before the body is read when it says its length);
a logged-in user without a role sees only "no access yet"; var/ secrets and
the SQLite file are created owner-only."""

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from django.contrib.auth.models import Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from claims.errors import TooLarge
from claims.models import Article

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.django_db


@pytest.fixture
def small_limit(settings):
    settings.FACTCHECK_MAX_ARTICLE_BYTES = 10_000
    return TooLarge().message


@pytest.mark.parametrize("size", [10_001, 50_000, 400_000])
def test_a_pasted_article_over_the_limit_is_a_413_with_one_message(
    reviewer_client, small_limit, size
):
    response = reviewer_client.post(
        reverse("article_new"), {"title": "Big", "body": "word " * (size // 5 + 1)}
    )
    assert response.status_code == 413
    assert small_limit in response.content.decode()
    assert not Article.objects.exists()


def test_a_body_over_the_request_limit_is_refused_before_it_is_read(reviewer_client, small_limit):
    body = "word " * 200_000  # 1 MB: over the article limit plus room for the form
    response = reviewer_client.post(reverse("article_new"), {"title": "Huge", "body": body})
    assert response.status_code == 413 and small_limit in response.content.decode()
    assert not Article.objects.exists()


def test_an_upload_over_the_limit_says_the_same(reviewer_client, small_limit):
    upload = SimpleUploadedFile("big.txt", b"word " * 4_000)
    response = reviewer_client.post(reverse("article_new"), {"upload": upload})
    assert response.status_code == 413 and small_limit in response.content.decode()


def test_a_body_django_finds_too_big_while_reading_says_the_same(reviewer_client, settings):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 1_000
    response = reviewer_client.post(reverse("article_new"), {"title": "T", "body": "x" * 5_000})
    assert response.status_code == 413
    assert TooLarge().message in response.content.decode()


@pytest.fixture
def no_role_client(client, django_user_model):
    user = django_user_model.objects.create_user("newcomer", password="x")
    client.force_login(user)
    return client, user


def test_a_user_without_a_role_sees_only_no_access_yet(no_role_client, article):
    client, _ = no_role_client
    claim = article.claims.first()
    pages = [
        reverse("home"),
        reverse("article_list"),
        reverse("article_new"),
        reverse("article_detail", args=[article.pk]),
        claim.get_absolute_url(),
        reverse("speaker_list"),
        reverse("source_list"),
        reverse("report", args=[article.pk]),
        reverse("report_json", args=[article.pk]),
    ]
    for url in pages:
        response = client.get(url)
        assert response.status_code == 403, url
        body = response.content.decode()
        assert "No access yet" in body, url
        assert article.title not in body and claim.text not in body, url
    response = client.post(
        reverse("claim_status", args=[claim.pk]),
        {"status-version": claim.version, "status-status": "in_review"},
    )
    assert response.status_code == 403


def test_view_permissions_are_checked_one_by_one(no_role_client, article):
    client, user = no_role_client
    user.user_permissions.add(Permission.objects.get(codename="view_article"))
    assert client.get(reverse("article_list")).status_code == 200
    assert client.get(reverse("speaker_list")).status_code == 403
    assert client.get(reverse("article_detail", args=[article.pk])).status_code == 403
    user.user_permissions.add(Permission.objects.get(codename="view_speaker"))
    client.force_login(type(user).objects.get(pk=user.pk))
    assert client.get(reverse("speaker_list")).status_code == 200


def test_every_claims_url_has_a_view_permission_or_is_public():
    from django.urls import URLPattern, URLResolver, get_resolver

    from claims.middleware import PUBLIC, VIEW_PERMS

    def names(patterns):
        for p in patterns:
            if isinstance(p, URLResolver):
                yield from names(p.url_patterns)
            elif isinstance(p, URLPattern) and p.callback.__module__.startswith("claims.views"):
                yield p.name

    assert set(names(get_resolver().url_patterns)) - PUBLIC - set(VIEW_PERMS) == set()


def test_var_secrets_and_the_sqlite_file_are_owner_only(tmp_path):
    env = {
        k: v
        for k, v in os.environ.items()
        if k
        not in ("SECRET_KEY", "DATABASE_URL", "DJANGO_SETTINGS_MODULE", "DJANGO_ALLOW_ASYNC_UNSAFE")
    }
    env.update(FACTCHECK_VAR_DIR=str(tmp_path / "var"), DJANGO_SETTINGS_MODULE="factcheck.settings")
    code = (
        "import os; os.umask(0o022); import django; django.setup(); "
        "from django.db import connection; connection.ensure_connection()"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    for name in ("secret_key", "factcheck.sqlite3"):
        mode = stat.S_IMODE((tmp_path / "var" / name).stat().st_mode)
        assert mode == 0o600, f"{name}: {oct(mode)}"
