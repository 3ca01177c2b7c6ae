"""A database that cannot be reached answers 503 with a clear message, never 500.

The connection is swapped for one that cannot be opened: on PostgreSQL a port
where no server listens, on SQLite a file in a directory that does not exist. The
errors are the database's own, raised wherever the request first touches it; the
test's own connection is put back afterwards.
"""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
from django.db import DEFAULT_DB_ALIAS, connections
from django.test import Client


def unused_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def unreachable_settings(settings_dict: dict, vendor: str, tmp_path: Path) -> dict:
    """The same database's settings, pointing where it cannot be opened."""
    if vendor == "postgresql":
        return {**settings_dict, "HOST": "127.0.0.1", "PORT": str(unused_port())}
    if vendor == "sqlite":
        return {**settings_dict, "NAME": str(tmp_path / "no-such-directory" / "db.sqlite3")}
    pytest.fail(f"No way to make a {vendor} database unreachable in this test.")


@pytest.fixture
def database_gone(db, tmp_path) -> Iterator[None]:
    original = connections[DEFAULT_DB_ALIAS]
    unreachable = type(original)(
        unreachable_settings(original.settings_dict, original.vendor, tmp_path), DEFAULT_DB_ALIAS
    )
    connections[DEFAULT_DB_ALIAS] = unreachable
    try:
        yield
    finally:
        unreachable.close()
        connections[DEFAULT_DB_ALIAS] = original


@pytest.fixture
def visitor() -> Client:
    # The test client re-raises view errors by default; a browser sees the response.
    return Client(raise_request_exception=False)


def test_visitor_page_answers_503_with_the_plain_page(database_gone, visitor):
    response = visitor.get("/en/")

    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert "text/html" in response["Content-Type"]
    assert b"try again" in response.content.lower()


@pytest.mark.parametrize("path", ["/api/v2/pages/?locale=en", "/api/v2/pages/find/?html_path=/en/"])
def test_api_answers_503_with_the_json_error(database_gone, visitor, path):
    response = visitor.get(path)

    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert response.json()["error"]["code"] == "unavailable"


def test_the_same_requests_answer_200_with_the_database(db, visitor):
    # The counterpart, so the 503s above are the database's doing and nothing else.
    for path in ("/en/", "/api/v2/pages/?locale=en"):
        assert visitor.get(path).status_code == 200, path
