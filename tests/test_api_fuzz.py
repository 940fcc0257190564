"""Schema-driven fuzzing of the API with schemathesis: every operation of the
schema the code serves, with a reviewer's token (editors' operations answer
403, which the schema declares), in process through Django's WSGI handler.
Half the generated ids are replaced by real ones, so writes reach real
objects. Checks: no 5xx, only declared status codes and content types, and
bodies that match the declared schemas. Bounded: a few examples per operation."""

import pytest
import schemathesis
from django.core import signals
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from hypothesis import HealthCheck, Phase
from hypothesis import settings as hypothesis_settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from claims import services
from claims.api.app import api
from tests.conftest import make_article

schema = schemathesis.openapi.from_dict(api.get_openapi_schema())
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
]
EXAMPLES = 4


class Objects:
    def __init__(self, reviewer):
        article = make_article(" fuzz")
        claim, other, _ = article.claims.order_by("position")
        services.claim_update(
            claim=claim, by=reviewer, expected_version=None, speaker_name="Rebel group"
        )
        evidence = services.evidence_add(
            claim=claim, by=reviewer, stance="supports", url="https://example.org/fuzz"
        )
        link = services.link_create(
            from_claim=other, to_claim=claim, relation="confirms", by=reviewer
        )
        claim.refresh_from_db()
        self.ids = {
            "article_id": article.pk,
            "claim_id": claim.pk,
            "evidence_id": evidence.pk,
            "link_id": link.pk,
            "speaker_id": claim.speaker_id,
            "source_id": evidence.source_id,
        }


@pytest.fixture
def fuzz(db, reviewer, settings):
    """Real objects to aim at, a token, and the WSGI app running inside this
    test's transaction (starting or finishing a request must not close the connection)."""
    settings.FACTCHECK_API_RATE_PER_MINUTE = 1_000_000
    for signal in (signals.request_started, signals.request_finished):
        signal.disconnect(close_old_connections)
    try:
        yield Objects(reviewer), services.token_create(user=reviewer, name="fuzz")[1]
    finally:
        for signal in (signals.request_started, signals.request_finished):
            signal.connect(close_old_connections)


APP = get_wsgi_application()


@schema.parametrize()
@hypothesis_settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=True,
    database=None,
    phases=[Phase.explicit, Phase.generate],
    suppress_health_check=list(HealthCheck),
)
def test_it_survives_fuzzing_of_every_operation(case, fuzz):
    objects, secret = fuzz
    for name, value in (case.path_parameters or {}).items():
        if name in objects.ids and isinstance(value, int) and value % 2 == 0:
            case.path_parameters[name] = objects.ids[name]
    response = case.call(app=APP, headers={"Authorization": f"Bearer {secret}"})
    case.validate_response(response, checks=CHECKS)
