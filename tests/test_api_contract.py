"""The API's schema in the repository (docs/openapi.json) is what the code
serves: a changed API is a reviewed diff of that file. Regenerate it with

    .venv/bin/python manage.py export_openapi_schema --api claims.api.app.api \\
        --indent 1 --sorted --output docs/openapi.json
"""

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
REGENERATE = (
    "run: .venv/bin/python manage.py export_openapi_schema --api claims.api.app.api "
    "--indent 1 --sorted --output docs/openapi.json"
)


@pytest.mark.django_db
def test_it_serves_the_schema_that_is_in_the_repository(reviewer_client):
    response = reviewer_client.get("/api/v1/openapi.json")
    assert response.status_code == 200
    committed = json.loads((ROOT / "docs" / "openapi.json").read_text(encoding="utf-8"))
    assert response.json() == committed, REGENERATE


@pytest.mark.django_db
def test_it_serves_the_schema_and_docs_to_logged_in_users_only(reviewer_client):
    from django.test import Client

    anonymous = Client()
    assert anonymous.get("/api/v1/openapi.json").status_code == 302
    assert anonymous.get("/api/v1/docs").status_code == 302
    assert reviewer_client.get("/api/v1/openapi.json")["Content-Type"].startswith(
        "application/json"
    )


@pytest.mark.django_db
def test_it_serves_the_docs_from_this_site_with_nonced_scripts_only(reviewer_client):
    response = reviewer_client.get("/api/v1/docs")
    assert response.status_code == 200
    html = response.content.decode()
    csp = response["Content-Security-Policy"]
    nonce = csp.split("'nonce-")[1].split("'")[0]
    scripts = html.count("<script")
    assert scripts == html.count(f'nonce="{nonce}"') + 1  # + the JSON settings (not run)
    assert 'type="application/json"' in html
    assert "http://" not in html and "https://" not in html  # nothing from a CDN
    assert "style=" not in html and "<style" not in html
    assert "unsafe-inline" not in csp
