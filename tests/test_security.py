"""Security by default: CSP without unsafe-inline, CSRF, login throttling,
and a clean `check --deploy` under production settings."""

import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
from django.test import Client
from django.urls import reverse

from tests.conftest import PASSWORD

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.django_db


def _production_env(**extra):
    env = dict(os.environ)
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)  # set once a browser test ran; --deploy refuses it
    env.update(
        SECRET_KEY=secrets.token_urlsafe(64),
        DEBUG="0",
        FACTCHECK_HTTPS="1",
        ALLOWED_HOSTS="factcheck.example.org",
        **extra,
    )
    return env


def test_it_passes_check_deploy_under_production_settings():
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=_production_env(),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_it_uses_secure_cookies_and_hsts_under_https():
    code = (
        "import django, json; django.setup(); from django.conf import settings as s; "
        "print(json.dumps([s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE, "
        "s.SECURE_HSTS_SECONDS, s.SECURE_SSL_REDIRECT]))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env=_production_env(DJANGO_SETTINGS_MODULE="factcheck.settings"),
    )
    assert result.returncode == 0, result.stderr
    secure_session, secure_csrf, hsts, redirect = __import__("json").loads(result.stdout)
    assert secure_session and secure_csrf and redirect
    assert hsts >= 31536000


def test_it_sends_a_csp_with_a_nonce_and_no_unsafe_inline(client):
    response = client.get(reverse("login"))
    policy = response.headers["Content-Security-Policy"]
    assert "unsafe-inline" not in policy and "unsafe-eval" not in policy
    assert "script-src 'self' 'nonce-" in policy
    assert "frame-ancestors 'none'" in policy
    nonce = policy.split("'nonce-")[1].split("'")[0]
    body = response.content.decode()
    for tag in body.split("<script")[1:]:
        head = tag.split(">", 1)[0]
        assert f'nonce="{nonce}"' in head or "src=" in head, head


def test_it_requires_login_for_the_workbench(client):
    response = client.get(reverse("home"))
    assert response.status_code == 302
    assert response.url.startswith(reverse("login"))


def test_it_refuses_a_post_without_csrf(reviewer):
    strict = Client(enforce_csrf_checks=True)
    response = strict.post(reverse("login"), {"username": "rita", "password": PASSWORD})
    assert response.status_code == 403


def test_it_locks_out_a_login_after_repeated_failures(reviewer):
    client = Client()
    for _ in range(5):
        client.post(reverse("login"), {"username": "rita", "password": "wrong"})
    response = client.post(reverse("login"), {"username": "rita", "password": PASSWORD})
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session
