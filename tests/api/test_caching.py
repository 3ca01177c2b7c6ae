"""HTTP caching for a CDN in front of the API, and CORS for the configured origins."""

from __future__ import annotations

import time

import pytest

from practices.models import PracticePage

pytestmark = pytest.mark.django_db

PAGES = "/api/v2/pages/"


def test_an_answer_carries_validators_and_a_cdn_policy(client, settings):
    practice = PracticePage.objects.live().first()
    response = client.get(f"{PAGES}{practice.pk}/")
    assert response.status_code == 200
    assert response["ETag"].startswith('"')
    assert response["Last-Modified"].endswith(" GMT")
    assert response["Cache-Control"] == (
        f"public, max-age={settings.LAB_API_MAX_AGE}, "
        f"stale-while-revalidate={settings.LAB_API_STALE_WHILE_REVALIDATE}"
    )
    vary = response.get("Vary", "").lower()
    assert "cookie" not in vary and "accept-language" not in vary


@pytest.mark.parametrize(
    "url",
    [f"{PAGES}?type=practices.PracticePage", "/api/v2/images/", "/api/v2/documents/"],
)
def test_conditional_requests_are_answered_304(client, url):
    first = client.get(url)
    etag, last_modified = first["ETag"], first["Last-Modified"]

    again = client.get(url, HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304
    assert again.content == b""
    assert again["ETag"] == etag
    assert client.get(url, HTTP_IF_MODIFIED_SINCE=last_modified).status_code == 304
    assert client.get(url, HTTP_IF_NONE_MATCH='"something-else"').status_code == 200
    older = "Mon, 01 Jan 2001 00:00:00 GMT"
    assert client.get(url, HTTP_IF_MODIFIED_SINCE=older).status_code == 200


def test_publishing_changes_what_the_next_request_sees(client):
    practice = PracticePage.objects.live().first()
    url = f"{PAGES}{practice.pk}/"
    listing = f"{PAGES}?type=practices.PracticePage&locale=en&limit=100"
    before, before_listing = client.get(url), client.get(listing)
    time.sleep(1.1)  # Last-Modified counts whole seconds

    practice.title = "A new title, just published"
    practice.save_revision().publish()

    for old, path in ((before, url), (before_listing, listing)):
        by_etag = client.get(path, HTTP_IF_NONE_MATCH=old["ETag"])
        by_date = client.get(path, HTTP_IF_MODIFIED_SINCE=old["Last-Modified"])
        assert by_etag.status_code == by_date.status_code == 200
        assert "A new title, just published" in by_etag.content.decode()
        assert by_etag["ETag"] != old["ETag"]


def test_unpublishing_is_seen_too(client):
    practice = PracticePage.objects.live().first()
    listing = f"{PAGES}?type=practices.PracticePage&locale=en&limit=100"
    before = client.get(listing)
    time.sleep(1.1)
    practice.unpublish()
    after = client.get(listing, HTTP_IF_MODIFIED_SINCE=before["Last-Modified"])
    assert after.status_code == 200
    assert after.json()["meta"]["total_count"] == before.json()["meta"]["total_count"] - 1
    assert client.get(f"{PAGES}{practice.pk}/").status_code == 404


def test_the_search_answers_304_on_its_etag(client, engine):
    url = "/api/v2/lab/search/?aspect=innovation"
    first = client.get(url)
    assert first.status_code == 200 and first["Cache-Control"].startswith("public")
    # The index follows the database a moment later: no Last-Modified to trust.
    assert not first.has_header("Last-Modified")
    assert client.get(url, HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 304


def test_errors_and_exports_get_no_validators(client):
    bad = client.get(PAGES, {"limit": "abc"})
    assert bad.status_code == 400 and not bad.has_header("ETag")
    export = client.get("/api/v2/lab/export.csv")
    assert export.streaming and not export.has_header("ETag")
    assert export["Cache-Control"].startswith("public, max-age=")


def test_cors_is_limited_to_the_configured_origins_and_the_api(client, settings):
    settings.CORS_ALLOWED_ORIGINS = ["https://front.example.org"]
    allowed = client.get(PAGES, HTTP_ORIGIN="https://front.example.org")
    assert allowed["Access-Control-Allow-Origin"] == "https://front.example.org"
    assert "ETag" in allowed["Access-Control-Expose-Headers"]
    other = client.get(PAGES, HTTP_ORIGIN="https://elsewhere.example.com")
    assert not other.has_header("Access-Control-Allow-Origin")
    site = client.get("/en/", HTTP_ORIGIN="https://front.example.org")
    assert not site.has_header("Access-Control-Allow-Origin")

    preflight = client.options(
        PAGES,
        HTTP_ORIGIN="https://front.example.org",
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET",
        HTTP_ACCESS_CONTROL_REQUEST_HEADERS="if-none-match",
    )
    assert preflight.status_code == 200
    assert "if-none-match" in preflight["Access-Control-Allow-Headers"]
    assert "POST" not in preflight["Access-Control-Allow-Methods"]

    not_modified = client.get(
        PAGES, HTTP_ORIGIN="https://front.example.org", HTTP_IF_NONE_MATCH=allowed["ETag"]
    )
    assert not_modified.status_code == 304
    assert not_modified["Access-Control-Allow-Origin"] == "https://front.example.org"
