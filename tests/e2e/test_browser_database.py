"""A browser test sees the test database as the migrations left it, whichever
transactional test ran before it in its worker.

Starting Chromium (Playwright's sync API) leaves an asyncio loop running on the
test thread, and Django keeps database connections per thread *and*, while a
loop runs there, per async context: without care, every test after the browser
started gets a fresh connection object that lacks the serialized contents
pytest-django's set-up stored on the original one, so serialized_rollback
restores nothing and the test starts on the tables an earlier transactional
test emptied (roles, permissions and the gazetteer gone)."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.db import connection

from claims import roles
from claims.models import Speaker

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def test_a_browser_test_starts_on_the_data_the_migrations_made(browser, live_server):
    assert browser.is_connected()
    # The connection the test database was set up (and serialized) on, not a fresh one.
    assert hasattr(connection, "_test_serialized_contents")
    assert Permission.objects.exists()
    assert set(Group.objects.values_list("name", flat=True)) >= {roles.REVIEWER, roles.EDITOR}
    assert Speaker.objects.filter(name="U.S. Central Command").exists()
