"""The translation status matrix in the admin and its dashboard panel."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from wagtail.models import Locale, Page
from wagtail_localize.models import TranslationSource

from editorial.status import TranslationState, translation_status
from practices.models import PracticePage
from regions.models import RegionPage

pytestmark = pytest.mark.django_db
STATUS_URL = reverse("editorial:translation_status")


def matrix(client, **filters) -> BeautifulSoup:
    response = client.get(STATUS_URL, filters)
    assert response.status_code == 200, response.content.decode()[:2000]
    return BeautifulSoup(response.content, "html.parser")


def test_demo_translations_show_per_page_and_locale(admin_client_demo):
    soup = matrix(admin_client_demo, tree="regions")
    skane = RegionPage.objects.get(slug="skane", locale__language_code="en")
    row = soup.find("tr", attrs={"data-page": str(skane.pk)})
    states = {
        td["data-locale"]: td["data-state"]
        for td in row.find_all("td", attrs={"data-locale": True})
    }
    assert states["en"] == "source"
    assert {states[code] for code in ("it", "es", "sv")} == {"up-to-date"}
    assert {states[code] for code in ("fr", "de", "el", "pt")} == {"missing"}
    # Each missing cell links to wagtail-localize's translate view for that locale.
    cell = row.find("td", attrs={"data-locale": "fr"})
    submit = reverse("wagtail_localize:submit_page_translation", args=(skane.pk,))
    assert cell.find("a")["href"].startswith(f"{submit}?select_locale=fr")


def test_filters_narrow_the_tree_and_the_locale(admin_client_demo):
    soup = matrix(admin_client_demo, tree="practices", locale="it")
    header = [th.get_text(strip=True) for th in soup.select("thead th")]
    assert header[2:] == ["IT"]
    practice_tree = set(PracticePage.objects.values_list("pk", flat=True)) | {
        PracticePage.objects.first().get_parent().pk
    }
    rows = soup.select("tbody tr[data-page]")
    assert rows and {int(row["data-page"]) for row in rows} <= practice_tree
    assert not soup.find("tr", attrs={"data-page": str(RegionPage.objects.first().pk)})
    states = {td["data-state"] for td in soup.select("td[data-locale]")}
    assert states <= {"source", "missing", "up-to-date"}


def test_state_filter_keeps_rows_with_that_state(admin_client_demo):
    soup = matrix(admin_client_demo, tree="practices", locale="sv", state="up-to-date")
    cells = soup.select("td[data-locale=sv]")
    assert len(cells) == 13  # the practice database and its twelve translated practices
    assert {cell["data-state"] for cell in cells} == {"up-to-date"}


@pytest.mark.parametrize(
    "query", [{"tree": "nowhere"}, {"locale": "xx"}, {"state": "lost"}, {"locale": "<script>"}]
)
def test_a_bad_filter_is_a_clear_400_not_a_500(admin_client_demo, query):
    response = admin_client_demo.get(STATUS_URL, query)
    assert response.status_code == 400
    assert b"Select a valid choice" in response.content
    assert b"<script>" not in response.content


def test_a_page_whose_source_changed_is_behind_until_synced(admin_client_demo):
    region = RegionPage.objects.get(slug="puglia", locale__language_code="en")
    italian = Locale.objects.get(language_code="it")

    def state_in_italian() -> str:
        row = next(r for r in translation_status(trees=["regions"]) if r.source.pk == region.pk)
        return next(c.state for c in row.cells if c.locale == italian)

    assert state_in_italian() == TranslationState.UP_TO_DATE
    region.intro = "A changed introduction."
    region.save_revision().publish()
    assert state_in_italian() == TranslationState.BEHIND
    source = TranslationSource.objects.get_for_instance(region)
    source.update_from_db()
    assert state_in_italian() == TranslationState.IN_PROGRESS  # synced, not yet published
    source.translations.get(target_locale=italian).save_target(publish=False)
    region.get_translation(italian).get_latest_revision().publish()
    assert state_in_italian() == TranslationState.UP_TO_DATE


def test_the_dashboard_panel_counts_each_state(admin_client_demo):
    response = admin_client_demo.get(reverse("wagtailadmin_home"))
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    panel = soup.find(attrs={"data-translation-counts": True})
    assert panel is not None
    counts = {tag["data-count"]: int(tag.get_text()) for tag in panel.select("[data-count]")}
    assert set(counts) == set(TranslationState.values)
    assert counts["up-to-date"] >= 90  # the demo's translations
    link = panel.find("a", href=lambda href: href and "state=missing" in href)
    assert link is not None


def test_the_report_is_in_the_reports_menu(admin_client_demo):
    response = admin_client_demo.get(reverse("wagtailadmin_home"))
    assert STATUS_URL.encode() in response.content


def test_region_editors_see_only_the_rows_they_may_edit(client, django_user_model):
    """An unpublished submission (a draft practice) is not shown to a region editor,
    nor is any page outside their region; their own region is."""
    from django.contrib.auth.models import Group
    from django.core.management import call_command

    from practices.models import PracticeIndexPage

    index = PracticeIndexPage.objects.get(locale__language_code="en")
    draft = PracticePage(
        title="Unpublished submission about Quarzolino",
        slug="unpublished-submission-quarzolino",
        summary="Not reviewed yet.",
        authority_role="indirect",
        status="ongoing",
        evidence_level="self-assessed",
        start_year=2025,
        live=False,
    )
    index.add_child(instance=draft)
    draft.save_revision()
    call_command("lab_region_groups", verbosity=0)
    user = django_user_model.objects.create_user("skane-status", password="not-used-1234")
    user.groups.add(Group.objects.get(name="Region editors: Skåne"))
    client.force_login(user)
    response = client.get(STATUS_URL)
    assert response.status_code == 200
    assert b"Unpublished submission about Quarzolino" not in response.content
    soup = BeautifulSoup(response.content, "html.parser")
    shown = {int(row["data-page"]) for row in soup.select("tbody tr[data-page]")}
    skane = RegionPage.objects.get(slug="skane", locale__language_code="en")
    assert skane.pk in shown
    assert draft.pk not in shown
    assert all(
        RegionPage.objects.get(pk=pk).slug == "skane"
        if RegionPage.objects.filter(pk=pk).exists()
        else Page.objects.get(pk=pk).get_parent().specific.slug == "skane"
        for pk in shown
    )
