"""Property-based fuzzing of every documented operation (schemathesis, in-process).

Schemathesis generates requests from the OpenAPI document, valid ones and invalid
ones, sends them to the Django WSGI application (no network) and fails on any 5xx,
any status code, content type or header the document does not list for the
operation, and any body that breaks its schema. Bounded so that the whole run
stays well under two minutes on two cores.
"""

from __future__ import annotations

import pytest
import schemathesis
from django.core import signals
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections

from cms.openapi import document

MAX_EXAMPLES = 50
CHECKS = [
    "not_a_server_error",
    "status_code_conformance",
    "content_type_conformance",
    "response_headers_conformance",
    "response_schema_conformance",
]

django_app = get_wsgi_application()


def app(environ, start_response):
    """The WSGI application, kept inside the test's transaction: like Django's test
    client, don't let the end of a request close the test's database connection."""
    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    try:
        response = django_app(environ, start_response)
        try:
            return [b"".join(response)]
        finally:
            response.close()
    finally:
        signals.request_started.connect(close_old_connections)
        signals.request_finished.connect(close_old_connections)


schema = schemathesis.openapi.from_dict(document())
schema.app = app
schema.config.generation.update(
    max_examples=MAX_EXAMPLES,
    modes=["positive", "negative"],
    database="none",  # no example database written into the work tree
)
schema.config.checks.update(included_check_names=CHECKS)
schema.config.phases.update(phases=["examples", "fuzzing"])


@pytest.mark.django_db
@schema.parametrize()
def test_no_operation_answers_5xx_or_breaks_the_document(case):
    case.call_and_validate()
