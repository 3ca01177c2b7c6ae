"""Fixtures of the translation tests: a user per editorial role, the dummy machine
translator, and the compiled gettext catalogues."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from django.core.signals import setting_changed
from django.test import Client

from editorial.roles import EDITORS, MODERATORS, TRANSLATORS, ensure_editorial_setup

DUMMY_TRANSLATOR = {"CLASS": "wagtail_localize.machine_translators.dummy.DummyTranslator"}


@pytest.fixture(scope="session", autouse=True)
def compiled_catalogues() -> None:
    """Compile the lab's .po catalogues (.mo files are generated, never committed)."""
    stale = [
        po
        for locale_dir in settings.LOCALE_PATHS
        for po in Path(locale_dir).glob("*/LC_MESSAGES/django.po")
        if not po.with_suffix(".mo").exists()
        or po.with_suffix(".mo").stat().st_mtime < po.stat().st_mtime
    ]
    if stale:
        codes = sorted({po.parent.parent.name for po in stale})
        call_command("compilemessages", locale=codes, verbosity=0, stdout=io.StringIO())
        # Django caches catalogues per process: drop them, as it does when
        # LOCALE_PATHS changes in a test.
        setting_changed.send(
            sender=None, setting="LOCALE_PATHS", value=settings.LOCALE_PATHS, enter=False
        )


@pytest.fixture
def dummy_translator(settings):
    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = DUMMY_TRANSLATOR
    return DUMMY_TRANSLATOR


def role_client(django_user_model, username: str, group_name: str) -> Client:
    setup = ensure_editorial_setup()
    user = django_user_model.objects.create_user(
        username, f"{username}@example.org", "a-long-test-password"
    )
    user.groups.add(setup.groups[group_name])
    client = Client()
    client.force_login(user)
    client.user = user
    return client


@pytest.fixture
def editor(db, django_user_model) -> Client:
    return role_client(django_user_model, "erin-editor", EDITORS)


@pytest.fixture
def moderator(db, django_user_model) -> Client:
    return role_client(django_user_model, "maud-moderator", MODERATORS)


@pytest.fixture
def translator(db, django_user_model) -> Client:
    return role_client(django_user_model, "tiziana-translator", TRANSLATORS)
