"""Roles and workflow, machine translation settings, and the demo's translations."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from django.conf import settings
from django.core.management import call_command
from wagtail.models import GroupPagePermission, Locale, WorkflowPage
from wagtail_localize.models import Translation, TranslationSource

from editorial.machine_translation import LabDeepLTranslator
from editorial.roles import EDITORS, MODERATORS, ROLES, TRANSLATORS, moderated_tree_roots
from home.demo_translations import TRANSLATED_PRACTICES
from practices.models import PracticeIndexPage, PracticePage
from regions.models import RegionalActionPage, RegionPage


@pytest.mark.django_db
def test_roles_and_moderation_cover_both_trees_in_every_locale_idempotently():
    call_command("lab_editorial", verbosity=0)
    before = GroupPagePermission.objects.count()
    call_command("lab_editorial", verbosity=0)
    assert GroupPagePermission.objects.count() == before
    roots = list(moderated_tree_roots())
    assert {root.locale.language_code for root in roots} == {"en", "it", "es", "sv"}
    for root in roots:
        assert WorkflowPage.objects.get(page=root).workflow.name == "Moderation"
        granted = {
            (p.group.name, p.permission.codename)
            for p in GroupPagePermission.objects.filter(page=root).select_related(
                "group", "permission"
            )
        }
        assert (EDITORS, "change_page") in granted
        assert (EDITORS, "publish_page") not in granted
        assert (TRANSLATORS, "publish_page") not in granted
        assert (MODERATORS, "publish_page") in granted
    # No role keeps Wagtail's install-wide permissions on the whole site.
    assert not GroupPagePermission.objects.filter(group__name__in=ROLES, page__depth=1).exists()


@pytest.mark.django_db
def test_a_new_locale_tree_is_moderated_from_its_creation(django_user_model):
    english_index = PracticeIndexPage.objects.get(locale__language_code="en")
    greek = Locale.objects.get(language_code="el")
    copy = english_index.copy_for_translation(greek, copy_parents=True)
    assert WorkflowPage.objects.get(page=copy).workflow.name == "Moderation"
    assert GroupPagePermission.objects.filter(page=copy, group__name=TRANSLATORS).exists()


def test_deepl_asks_for_european_portuguese():
    translator = LabDeepLTranslator({"AUTH_KEY": "test:fx"})
    english, portuguese, swedish = (
        Locale(language_code="en"),
        Locale(language_code="pt"),
        Locale(language_code="sv"),
    )
    assert translator.get_parameters(english, portuguese, [])["target_lang"] == "PT-PT"
    assert translator.get_parameters(english, swedish, [])["target_lang"] == "SV"
    assert translator.get_api_endpoint() == "https://api-free.deepl.com/v2/translate"


@pytest.mark.parametrize(("key", "expected"), [("", None), ("abc:fx", "LabDeepLTranslator")])
def test_machine_translation_is_deepl_only_with_a_key(key, expected):
    code = (
        "import json; from cms.settings import base; "
        "print(json.dumps(base.WAGTAILLOCALIZE_MACHINE_TRANSLATOR))"
    )
    env = {**os.environ, "DEEPL_API_KEY": key}
    output = subprocess.run(
        [sys.executable, "-c", code],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    config = json.loads(output)
    if expected is None:
        assert config is None
    else:
        assert config["CLASS"].endswith(expected)
        assert config["OPTIONS"]["AUTH_KEY"] == key


@pytest.mark.django_db
def test_demo_translates_partner_regions_actions_and_practices_with_wagtail_localize():
    for code in ("it", "es", "sv"):
        locale = Locale.objects.get(language_code=code)
        regions = RegionPage.objects.live().filter(locale=locale, partner=True)
        assert regions.count() == 6
        assert RegionalActionPage.objects.live().filter(locale=locale).count() == 6
        practices = PracticePage.objects.live().filter(locale=locale)
        assert set(practices.values_list("slug", flat=True)) == set(TRANSLATED_PRACTICES)
        # Made by wagtail-localize: a source and an enabled translation per page.
        for page in [*regions, *practices]:
            source = TranslationSource.objects.get(object_id=page.translation_key)
            assert source.locale.language_code == "en"
            assert Translation.objects.filter(
                source=source, target_locale=locale, enabled=True
            ).exists()
        assert not regions.filter(alias_of__isnull=False).exists()
    skane = RegionPage.objects.get(slug="skane", locale__language_code="it")
    assert skane.title == "Scania" and skane.url.startswith("/it/")
