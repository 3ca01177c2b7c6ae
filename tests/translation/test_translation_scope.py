"""Translating stays inside the translator's scope (issue 13, item 1).

Through wagtail-localize's real submit view, as real members of the lab's groups:
a translation is a draft of that page alone, never live pages or aliases of its
ancestors, and its creator can open it and send it through the Moderation workflow.
"""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.urls import reverse
from wagtail.models import Locale, Page

from practices.models import PracticePage
from regions.models import RegionPage
from tests.translation.test_moderated_translation_flow import approve

SUBMIT = "wagtail_localize:submit_page_translation"


@pytest.fixture
def berlin_editor(db, client, django_user_model):
    """A member of Berlin's region group (Berlin is not translated by the demo)."""
    call_command("lab_region_groups", verbosity=0)
    user = django_user_model.objects.create_user("berlin-editor", password="not-used-1234")
    user.groups.add(Group.objects.get(name="Region editors: Berlin"))
    client.force_login(user)
    client.user = user
    return client


def pages_in(code: str) -> set[int]:
    return set(Page.objects.filter(locale__language_code=code).values_list("pk", flat=True))


def test_a_region_editor_cannot_make_live_aliases_of_ancestors(berlin_editor):
    """Greek has no regions index yet: the view refuses and says why; nothing is created."""
    berlin = RegionPage.objects.get(slug="berlin", locale__language_code="en")
    greek = Locale.objects.get(language_code="el")
    before = pages_in("el")
    response = berlin_editor.post(reverse(SUBMIT, args=(berlin.pk,)), {"locales": [greek.pk]})
    assert pages_in("el") == before, "translating created pages outside the page itself"
    assert response.status_code == 200
    assert f"has no version in {greek.get_display_name()} yet" in response.content.decode()


def test_a_translator_cannot_make_live_aliases_of_ancestors(translator):
    practice = PracticePage.objects.filter(locale__language_code="en").first()
    german = Locale.objects.get(language_code="de")
    before = pages_in("de")
    response = translator.post(reverse(SUBMIT, args=(practice.pk,)), {"locales": [german.pk]})
    assert pages_in("de") == before
    assert f"has no version in {german.get_display_name()} yet" in response.content.decode()


def test_a_region_editors_translation_is_a_draft_they_can_edit_and_moderate(
    berlin_editor, moderator, django_capture_on_commit_callbacks
):
    berlin = RegionPage.objects.get(slug="berlin", locale__language_code="en")
    italian = Locale.objects.get(language_code="it")
    before = pages_in("it")
    response = berlin_editor.post(reverse(SUBMIT, args=(berlin.pk,)), {"locales": [italian.pk]})
    assert response.status_code == 302
    berlin_it = berlin.get_translation(italian)
    assert pages_in("it") - before == {berlin_it.pk}, "only the page itself is created"
    assert not berlin_it.live and berlin_it.alias_of_id is None
    # Its creator opens it (the synced editor, with the moderation bar) ...
    edit_url = reverse("wagtailadmin_pages:edit", args=(berlin_it.pk,))
    editor_html = berlin_editor.get(edit_url)
    assert editor_html.status_code == 200
    assert b"lab-submit-for-moderation" in editor_html.content
    # ... and sends it to moderation; a moderator publishes it.
    response = berlin_editor.post(
        edit_url, {"action": "lab-submit-for-moderation", "confirm_untranslated": "on"}
    )
    assert response.status_code == 302
    berlin_it.refresh_from_db()
    assert not berlin_it.live and berlin_it.workflow_in_progress
    with django_capture_on_commit_callbacks(execute=True):
        approve(moderator, berlin_it)
    berlin_it.refresh_from_db()
    assert berlin_it.live


def test_a_translators_translation_is_a_draft_they_can_edit(translator):
    practice = (
        PracticePage.objects.filter(locale__language_code="en")
        .exclude(
            translation_key__in=PracticePage.objects.filter(locale__language_code="it").values(
                "translation_key"
            )
        )
        .first()
    )
    italian = Locale.objects.get(language_code="it")
    response = translator.post(reverse(SUBMIT, args=(practice.pk,)), {"locales": [italian.pk]})
    assert response.status_code == 302
    practice_it = practice.get_translation(italian)
    assert not practice_it.live
    edit_url = reverse("wagtailadmin_pages:edit", args=(practice_it.pk,))
    assert translator.get(edit_url).status_code == 200


def test_submitting_an_incomplete_translation_warns_with_the_count(berlin_editor):
    """Issue 17, item 2: untranslated segments are counted before moderation."""
    from wagtail_localize.models import Translation

    berlin = RegionPage.objects.get(slug="berlin", locale__language_code="en")
    italian = Locale.objects.get(language_code="it")
    berlin_editor.post(reverse(SUBMIT, args=(berlin.pk,)), {"locales": [italian.pk]})
    berlin_it = berlin.get_translation(italian)
    translation = Translation.objects.get(
        source__object_id=berlin.translation_key, target_locale=italian
    )
    total, done = translation.get_progress()
    assert done < total
    edit_url = reverse("wagtailadmin_pages:edit", args=(berlin_it.pk,))
    response = berlin_editor.post(edit_url, {"action": "lab-submit-for-moderation"}, follow=True)
    berlin_it.refresh_from_db()
    assert not berlin_it.workflow_in_progress, "submitted without the translator confirming"
    assert f"{total - done} of {total} segments are not translated yet" in (
        response.content.decode()
    )
    assert b'name="confirm_untranslated"' in berlin_editor.get(edit_url).content
