"""Both supported databases migrate from scratch: the suite itself runs on
PostgreSQL (scripts/test), and this runs the migrations on a fresh SQLite file."""

import os
import subprocess
import sys
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.db import connection

ROOT = Path(__file__).resolve().parents[1]


def test_it_migrates_a_fresh_sqlite_database(tmp_path):
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    env["FACTCHECK_VAR_DIR"] = str(tmp_path)
    result = subprocess.run(
        [sys.executable, "manage.py", "migrate", "--noinput"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "factcheck.sqlite3").exists()


@pytest.mark.django_db
def test_the_models_and_the_migrations_agree():
    """makemigrations --check, in this process: no model change without its migration."""
    out = StringIO()
    try:
        call_command("makemigrations", "--check", "--dry-run", stdout=out, stderr=out)
    except SystemExit as exc:
        pytest.fail(f"a model change has no migration ({exc}):\n{out.getvalue()}")


@pytest.mark.django_db
def test_it_runs_the_suite_on_postgresql_with_the_search_indexes():
    assert connection.vendor == "postgresql", "scripts/test must provide DATABASE_URL"
    with connection.cursor() as cursor:
        cursor.execute("SELECT indexname FROM pg_indexes WHERE tablename = 'claims_claim'")
        names = {row[0] for row in cursor.fetchall()}
    assert {"claim_search_vector_gin", "claim_text_trgm"} <= names
