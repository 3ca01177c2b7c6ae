"""Test setup: the demo content is loaded once per session and indexed in every engine."""

import os

import pytest
from django.conf import settings
from django.core.cache import caches
from django.core.management import call_command

from search.service import breaker

# The node `make test` starts (or the cluster a developer points the suite at).
ELASTICSEARCH_URL = os.environ.get("ELASTICSEARCH_URL", "")
ENGINES = ["database", "elasticsearch"]


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        call_command("load_demo", verbosity=0)  # also rebuilds the indices


@pytest.fixture(autouse=True)
def isolated_caches_and_media(settings, tmp_path_factory):
    """Nothing kept in a cache or a media file reaches the next test.

    The database rolls back after each test, caches and files do not. On SQLite a
    rolled-back row's id is handed out again, so an image created by one test could
    be served another test's cached rendition (Wagtail keys them by image id and
    file hash, and the hash is empty for images created in code). Each test starts
    with empty caches and its own MEDIA_ROOT (a test may still set its own)."""
    for cache in caches.all():
        cache.clear()
    settings.MEDIA_ROOT = tmp_path_factory.mktemp("media")


@pytest.fixture
def admin_client_demo(client, django_user_model):
    """A client logged in as the demo superuser."""
    client.force_login(django_user_model.objects.get(username="demo"))
    return client


def use_engine(name: str, settings_fixture) -> None:
    if name == "elasticsearch":
        if not ELASTICSEARCH_URL:
            pytest.fail(
                "ELASTICSEARCH_URL is not set: run the suite with `make test`, "
                "which starts a local node."
            )
        settings_fixture.ELASTICSEARCH_URL = ELASTICSEARCH_URL
    else:
        settings_fixture.ELASTICSEARCH_URL = ""
    breaker.reset()


@pytest.fixture(params=ENGINES)
def engine(request, settings):
    """Run the test once per search engine."""
    use_engine(request.param, settings)
    yield request.param
    breaker.reset()


@pytest.fixture
def resync_after(django_db_blocker):
    """For tests that write to the index: the database rolls back, Elasticsearch does
    not, so put the cluster back in step with the (rolled back) database afterwards.
    Request it before `db` so that it tears down after the rollback."""
    yield
    if not ELASTICSEARCH_URL:
        return
    original = settings.ELASTICSEARCH_URL
    settings.ELASTICSEARCH_URL = ELASTICSEARCH_URL
    breaker.reset()
    try:
        with django_db_blocker.unblock():
            call_command("lab_index", "sync", verbosity=0)
    finally:
        settings.ELASTICSEARCH_URL = original
