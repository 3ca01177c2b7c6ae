"""Region editors edit, publish and translate their own region's pages, and nothing else."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.urls import reverse
from wagtail.models import Locale

from practices.models import PracticePage
from regions.models import RegionalActionPage, RegionPage
from tests.forms import evaluated_form, region_form


@pytest.fixture
def skane_editor(resync_after, db, django_user_model, django_capture_on_commit_callbacks):
    """A member of Skåne's group, with Skåne's profile and action translated into Swedish
    before the groups are (re)built — the command follows new locales."""
    swedish = Locale.objects.get(language_code="sv")
    region = RegionPage.objects.get(slug="skane", locale__language_code="en")
    action = RegionalActionPage.objects.child_of(region).get()
    with django_capture_on_commit_callbacks(execute=True):
        for page in (region, action):  # the demo may have translated them already
            if page.get_translation_or_none(swedish) is None:
                page.copy_for_translation(swedish, copy_parents=True).save_revision().publish()
    call_command("lab_region_groups", verbosity=0)
    user = django_user_model.objects.create_user("skane-editor", password="not-used-1234")
    user.groups.add(Group.objects.get(name="Region editors: Skåne"))
    return user


def edit(client, page, form) -> int:
    return client.post(reverse("wagtailadmin_pages:edit", args=(page.pk,)), form).status_code


def test_skane_editor_edits_and_publishes_skanes_profile_and_action(
    skane_editor, client, django_capture_on_commit_callbacks
):
    client.force_login(skane_editor)
    region = RegionPage.objects.get(slug="skane", locale__language_code="en")
    with django_capture_on_commit_callbacks(execute=True):
        status = edit(
            client, region, region_form(region, intro="A new profile", **{"action-publish": "1"})
        )
    assert status == 302
    region.refresh_from_db()
    assert region.intro == "A new profile" and region.live
    action = RegionalActionPage.objects.child_of(region).get()
    with django_capture_on_commit_callbacks(execute=True):
        status = edit(
            client,
            action,
            evaluated_form(action, summary="A new summary", **{"action-publish": "1"}),
        )
    assert status == 302
    action.refresh_from_db()
    assert action.summary == "A new summary" and action.live


@pytest.mark.parametrize("language", ["en", "sv"])
def test_skane_editor_may_edit_and_publish_in_every_locale(skane_editor, client, language):
    client.force_login(skane_editor)
    region = RegionPage.objects.get(slug="skane", locale__language_code=language)
    action = RegionalActionPage.objects.child_of(region).get()
    for page in (region, action):
        permissions = page.permissions_for_user(skane_editor)
        assert permissions.can_edit() and permissions.can_publish(), page
        response = client.get(reverse("wagtailadmin_pages:edit", args=(page.pk,)))
        assert response.status_code == 200, page


def test_skane_editor_is_refused_elsewhere(skane_editor, client):
    client.force_login(skane_editor)
    campania = RegionPage.objects.get(slug="campania", locale__language_code="en")
    before = campania.intro
    status = edit(
        client, campania, region_form(campania, intro="Taken over", **{"action-publish": "1"})
    )
    assert status in (302, 403)
    campania.refresh_from_db()
    assert campania.intro == before
    practice = PracticePage.objects.filter(locale__language_code="en").first()
    response = client.get(reverse("wagtailadmin_pages:edit", args=(practice.pk,)))
    assert response.status_code in (302, 403)
    for url in (
        reverse("wagtailsnippets_practices_aspect:list"),
        reverse("wagtailsites:index"),
        reverse("wagtailusers_groups:index"),
    ):
        assert client.get(url).status_code in (302, 403), url


def test_skane_editor_translates_only_skane(skane_editor, client):
    client.force_login(skane_editor)
    skane = RegionPage.objects.get(slug="skane", locale__language_code="en")
    campania = RegionPage.objects.get(slug="campania", locale__language_code="en")
    submit = "wagtail_localize:submit_page_translation"
    assert client.get(reverse(submit, args=(skane.pk,))).status_code == 200
    assert client.get(reverse(submit, args=(campania.pk,))).status_code == 403
    snippet = reverse(
        "wagtail_localize:submit_snippet_translation", args=("practices", "aspect", 1)
    )
    assert client.get(snippet).status_code == 403


def test_groups_stay_the_same_when_the_command_runs_again(skane_editor):
    group = Group.objects.get(name="Region editors: Skåne")
    grants = set(group.page_permissions.values_list("page_id", "permission_id"))
    skane_pages = RegionPage.objects.filter(slug="skane").count()
    assert skane_pages >= 2  # en and sv at least
    assert len(grants) == skane_pages * 3  # every locale's page × add, change, publish
    call_command("lab_region_groups", verbosity=0)
    assert set(group.page_permissions.values_list("page_id", "permission_id")) == grants
    assert Group.objects.filter(name__startswith="Region editors: ").count() == (
        RegionPage.objects.filter(locale__language_code="en").count()
    )


def test_anonymous_visitors_reach_neither_the_admin_nor_drafts(db, client):
    response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 302 and "/login/" in response["Location"]
    practice = PracticePage.objects.filter(locale__language_code="en").first()
    practice.summary = "A draft nobody outside may read."
    practice.save_revision()
    assert "A draft nobody outside may read." not in client.get(practice.url).content.decode()
    preview = reverse("wagtailadmin_pages:preview_on_edit", args=(practice.pk,))
    assert client.get(preview).status_code == 302


def test_translation_editor_views_follow_the_same_scope(skane_editor, client):
    """Views addressed by a translation id (PO download here) are scoped like the rest."""
    from wagtail_localize.models import Translation

    client.force_login(skane_editor)
    swedish = Locale.objects.get(language_code="sv")

    def po_download(slug: str) -> int:
        region = RegionPage.objects.get(slug=slug, locale__language_code="en")
        translation = Translation.objects.filter(
            source__object_id=region.translation_key, target_locale=swedish
        ).first()
        assert translation is not None, f"the demo translates {slug} into Swedish"
        url = reverse("wagtail_localize:download_pofile", args=(translation.pk,))
        return client.get(url).status_code

    assert po_download("skane") == 200
    assert po_download("campania") == 403
