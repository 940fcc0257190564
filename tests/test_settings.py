"""Configuration: a bad environment value stops start-up with a message that
names the variable and what it accepts; secrets can come from files."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured

from factcheck.env import env_choice, env_int, env_secret

ROOT = Path(__file__).resolve().parents[1]


def _setup(**env):
    """Start Django with the production settings and this environment."""
    base = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("FACTCHECK_", "DATABASE_URL", "SECRET_KEY", "DJANGO_ALLOW_ASYNC"))
    }
    return subprocess.run(
        [sys.executable, "-c", "import django; django.setup()"],
        cwd=ROOT,
        env={**base, "DJANGO_SETTINGS_MODULE": "factcheck.settings", **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_it_refuses_an_unknown_task_backend_naming_the_allowed_ones(tmp_path):
    result = _setup(FACTCHECK_TASK_BACKEND="celery", FACTCHECK_VAR_DIR=str(tmp_path))
    assert result.returncode != 0
    assert (
        "ImproperlyConfigured: FACTCHECK_TASK_BACKEND must be one of immediate, database; "
        "got 'celery'" in result.stderr
    )


def test_it_reads_the_database_url_and_secret_key_from_files(tmp_path):
    (tmp_path / "db").write_text("postgres://u:p@db.internal:5432/news\n")
    (tmp_path / "key").write_text("k" * 60)
    code = (
        "import django; django.setup(); from django.conf import settings as s; "
        "print(s.DATABASES['default']['HOST'], len(s.SECRET_KEY))"
    )
    base = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("DATABASE_URL", "DJANGO_ALLOW_ASYNC"))
    }
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env={
            **base,
            "DJANGO_SETTINGS_MODULE": "factcheck.settings",
            "DATABASE_URL_FILE": str(tmp_path / "db"),
            "SECRET_KEY_FILE": str(tmp_path / "key"),
            "FACTCHECK_VAR_DIR": str(tmp_path),
        },
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["db.internal", "60"]


def test_a_secret_comes_from_the_variable_or_its_file_never_both(monkeypatch, tmp_path):
    monkeypatch.setenv("X_SECRET", "direct")
    monkeypatch.delenv("X_SECRET_FILE", raising=False)
    assert env_secret("X_SECRET") == "direct"
    monkeypatch.setenv("X_SECRET_FILE", str(tmp_path / "missing"))
    with pytest.raises(ImproperlyConfigured, match="X_SECRET or X_SECRET_FILE, not both"):
        env_secret("X_SECRET")
    monkeypatch.delenv("X_SECRET")
    with pytest.raises(ImproperlyConfigured, match="cannot be read"):
        env_secret("X_SECRET")


def test_choices_and_numbers_are_checked(monkeypatch):
    monkeypatch.setenv("X_LEVEL", "warning")
    assert env_choice("X_LEVEL", "INFO", ("INFO", "WARNING")) == "WARNING"
    monkeypatch.setenv("X_LEVEL", "loud")
    with pytest.raises(ImproperlyConfigured, match="X_LEVEL must be one of INFO, WARNING"):
        env_choice("X_LEVEL", "INFO", ("INFO", "WARNING"))
    monkeypatch.setenv("X_POOL", "0")
    with pytest.raises(ImproperlyConfigured, match="X_POOL must be at least 1, got 0"):
        env_int("X_POOL", 20, minimum=1)
    monkeypatch.setenv("X_POOL", "many")
    with pytest.raises(ImproperlyConfigured, match="X_POOL must be an integer"):
        env_int("X_POOL", 20)


def test_only_the_settings_read_the_environment():
    """The app and its layers get configuration from settings (factcheck/env.py
    readers, called in settings.py), never from os.environ themselves."""
    allowed = {"factcheck/env.py", "factcheck/wsgi.py", "factcheck/asgi.py"}
    offenders = []
    for path in [*ROOT.glob("claims/**/*.py"), *ROOT.glob("factcheck/*.py")]:
        name = str(path.relative_to(ROOT))
        text = path.read_text(encoding="utf-8")
        if name not in allowed and ("os.environ" in text or "getenv(" in text):
            offenders.append(name)
    assert offenders == []
