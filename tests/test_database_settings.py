"""The PostgreSQL connection settings that matter under load: pooled
connections, parameters bound by the server, and queries a connection runs
again and again prepared once (parsed and planned once per connection, not
on every request)."""

import pytest
from django.conf import settings
from django.db import connection

from claims.models import Claim


def test_postgres_connections_are_pooled_and_bind_server_side():
    options = settings.DATABASES["default"].get("OPTIONS", {})
    if settings.DATABASES["default"]["ENGINE"] != "django.db.backends.postgresql":
        pytest.skip("SQLite: nothing to pool or prepare")
    assert options["pool"]["max_size"] >= options["pool"]["min_size"]
    assert options["server_side_binding"] is True
    assert 1 <= options["prepare_threshold"] <= 5


@pytest.mark.django_db
def test_a_query_run_again_is_prepared_once_on_its_connection():
    marker = 987_654_321_123
    for _ in range(settings.DATABASES["default"]["OPTIONS"]["prepare_threshold"] + 1):
        assert not Claim.objects.filter(pk=marker).exists()
    with connection.cursor() as cur:
        cur.execute("SELECT statement FROM pg_prepared_statements")
        prepared = [row[0] for row in cur.fetchall()]
    assert [s for s in prepared if 'FROM "claims_claim"' in s and "LIMIT 1" in s], prepared
