"""End-to-end tests: Debian's Chromium driven by Playwright against a live server.

pytest-django's `live_server` needs a transactional database, and a transactional
test ends with a flush that wipes the demo content the session loaded for every
other test. So:

- e2e tests carry the `e2e` marker and `django_db(transaction=True,
  serialized_rollback=True)`, and run after every other test (the hook below);
- each one starts from the migrated state (restored from the serialized copy
  Django keeps of it) with the demo loaded and indexed afresh (`e2e_site`).

Playwright's sync API runs an event loop, and Django refuses database calls while
one runs: fixtures touch the database before the browser starts, tests only talk
HTTP to the live server.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.core.management import call_command
from django.db import DEFAULT_DB_ALIAS, connections
from playwright.sync_api import Browser as PlaywrightBrowser
from playwright.sync_api import ConsoleMessage, Page, Request, Route, sync_playwright

from practices.models import PracticeIndexPage

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-background-networking",
    "--disable-gpu",
    "--no-first-run",
    "--disable-component-update",
    "--disable-sync",
]
LOCAL_HOSTS = {"127.0.0.1", "localhost"}
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Move e2e tests after every other test of the session.

    This hook sees the whole session's items (it is called once, not per folder),
    and trylast puts it after pytest-django's own reordering.
    """
    e2e = [item for item in items if item.get_closest_marker("e2e")]
    if e2e:
        items[:] = [item for item in items if not item.get_closest_marker("e2e")] + e2e


@dataclass
class E2ESite:
    base_url: str
    practices_path: str

    def url(self, path: str) -> str:
        return f"{self.base_url}{path}"


@pytest.fixture
def e2e_site(request, live_server, engine) -> E2ESite:
    """The live server with the demo loaded and indexed for the chosen engine."""
    marker = request.node.get_closest_marker("django_db")
    assert marker and marker.kwargs.get("serialized_rollback"), (
        "mark e2e tests django_db(transaction=True, serialized_rollback=True)"
    )
    connection = connections[DEFAULT_DB_ALIAS]
    # Django restored the migrated state over whatever was there; start truly clean
    # (as its own teardown does), then restore it and load the demo, which indexes.
    call_command(
        "flush", interactive=False, verbosity=0, reset_sequences=False, inhibit_post_migrate=True
    )
    connection.creation.deserialize_db_from_string(connection._test_serialized_contents)
    call_command("load_demo", verbosity=0, stdout=io.StringIO())
    index = PracticeIndexPage.objects.get(locale__language_code="en")
    return E2ESite(base_url=live_server.url, practices_path=index.url)


@dataclass
class BrowserLog:
    """What the page reported and what it tried to load from elsewhere."""

    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    offsite_requests: list[str] = field(default_factory=list)
    failed_requests: list[str] = field(default_factory=list)

    def problems(self) -> list[str]:
        return self.console_errors + self.page_errors + self.offsite_requests + self.failed_requests


class Browser:
    """Headless Chromium whose pages may load nothing but the live server."""

    def __init__(self, chromium: PlaywrightBrowser) -> None:
        self.chromium = chromium
        self.log = BrowserLog()
        self.page = self.new_page()

    def new_page(self, *, javascript: bool = True) -> Page:
        context = self.chromium.new_context(
            viewport={"width": 1280, "height": 900}, java_script_enabled=javascript
        )
        context.route("**/*", self._only_local)
        page = context.new_page()
        page.set_default_timeout(15_000)
        page.on("console", self._on_console)
        page.on("pageerror", lambda error: self.log.page_errors.append(f"page error: {error}"))
        page.on("requestfailed", self._on_request_failed)
        return page

    def _on_request_failed(self, request: Request) -> None:
        # ERR_ABORTED is the browser cancelling a load it no longer needs (the page
        # navigated on); a server error or 404 still shows as a console error.
        if request.failure != "net::ERR_ABORTED":
            self.log.failed_requests.append(f"failed: {request.url} ({request.failure})")

    def _only_local(self, route: Route) -> None:
        if urlsplit(route.request.url).hostname in LOCAL_HOSTS:
            route.continue_()
        else:
            self.log.offsite_requests.append(route.request.url)
            route.abort("blockedbyclient")

    def _on_console(self, message: ConsoleMessage) -> None:
        if message.type == "error":
            self.log.console_errors.append(f"console: {message.text} ({message.location})")

    def screenshot(self, name: str, page: Page | None = None) -> Path:
        ARTIFACTS.mkdir(exist_ok=True)
        path = ARTIFACTS / f"{name}.png"
        (page or self.page).screenshot(path=str(path), full_page=True)
        return path


@pytest.fixture
def browser(e2e_site: E2ESite) -> Iterator[Browser]:
    """Depends on e2e_site so the database work is done before the event loop starts."""
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True
        )
        try:
            yield Browser(chromium)
        finally:
            chromium.close()
