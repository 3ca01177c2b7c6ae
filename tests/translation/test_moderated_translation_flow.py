"""The editorial flow end to end, through the admin's own views, as each role.

An editor writes an English practice and submits it; a moderator publishes it; a
translator translates it into Italian in wagtail-localize's synced editor and
submits it for moderation; the English source changes and the Italian page shows
as behind; a sync brings the change without losing the translated text; the
Italian page passes moderation and is found by the search in Italian only.
"""

from __future__ import annotations

from urllib.parse import urlencode

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from wagtail.models import Locale, WorkflowState
from wagtail_localize.models import StringSegment, Translation, TranslationSource

from practices.models import PolicyArea, PracticeIndexPage, PracticePage, TargetGroup
from regions.models import RegionPage
from tests.forms import evaluated_form

ITALIAN_TITLE = "Caffè linguistici nel porto di Quarzolino"
ITALIAN_SUMMARY = "Incontri serali di conversazione per marittimi e famiglie appena arrivate."
ITALIAN_NEW_SUMMARY = "Incontri settimanali di conversazione a Quarzolino, ora anche il sabato."


def new_practice(index: PracticeIndexPage) -> PracticePage:
    """An English practice as an editor fills it in (unsaved)."""
    page = PracticePage(
        title="Language cafés in the harbour of Quarzolino",
        slug="language-cafes-quarzolino",
        summary="Evening conversation meetings for seafarers and newly arrived families.",
        body=[("paragraph", "<p>Volunteers host the tables.</p>")],
        evaluation=[
            (
                "aspect_evaluation",
                {
                    "aspect": "inclusion",
                    "inspiring_elements": "<p>Families choose the topics.</p>",
                    "room_for_improvement": "<p>Few tables on weekdays.</p>",
                },
            )
        ],
        authority_role="indirect",
        authority_contribution="The region pays the venue.",
        start_year=2021,
        status="ongoing",
        evidence_level="self-assessed",
        website="https://example.org/cafes",
        contact="Integration office",
        partners="Harbour association",
        locale=index.locale,
    )
    page.regions = [RegionPage.objects.get(slug="skane", locale=index.locale)]
    page.policy_areas = [PolicyArea.objects.get(slug="language-learning", locale=index.locale)]
    page.target_groups = [TargetGroup.objects.get(slug="migrant-women", locale=index.locale)]
    return page


def approve(moderator, page) -> None:
    """The moderator approves the page's current task (the dashboard's "Approve")."""
    page.refresh_from_db()
    task_state = page.current_workflow_task_state
    assert task_state is not None, "the page is not in moderation"
    url = reverse("wagtailadmin_pages:workflow_action", args=(page.pk, "approve", task_state.pk))
    response = moderator.post(url, {"comment": "Fine."})
    assert response.status_code == 302


def request_changes(moderator, page) -> None:
    page.refresh_from_db()
    task_state = page.current_workflow_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=(page.pk, "reject", task_state.pk))
    assert moderator.post(url, {"comment": "Please translate the new summary."}).status_code == 302


def status_of(client, page, locale: str) -> str:
    """The state the admin's status matrix shows for this page in this locale."""
    url = reverse("editorial:translation_status") + "?" + urlencode({"tree": "practices"})
    response = client.get(url)
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    row = soup.find("tr", attrs={"data-page": str(page.pk)})
    assert row is not None, f"{page} is not in the status matrix"
    return row.find("td", attrs={"data-locale": locale})["data-state"]


def translate_segment(client, translation: Translation, source_text: str, text: str) -> None:
    """What the synced editor sends when a translator saves one segment."""
    segment = StringSegment.objects.get(source=translation.source, string__data=source_text)
    url = reverse("wagtail_localize:edit_string_translation", args=(translation.pk, segment.pk))
    response = client.put(
        url, urlencode({"value": text}), content_type="application/x-www-form-urlencoded"
    )
    assert response.status_code in (200, 201), response.content


def search_ids(client, q: str, locale: str) -> list[int]:
    response = client.get(reverse("lab_search_api"), {"q": q, "locale": locale})
    assert response.status_code == 200, response.content
    return [result["id"] for result in response.json()["results"]]


@pytest.mark.usefixtures("dummy_translator")
def test_a_translation_goes_through_moderation_like_its_source(
    resync_after,
    engine,
    db,
    editor,
    moderator,
    translator,
    client,
    django_capture_on_commit_callbacks,
):
    index = PracticeIndexPage.objects.get(locale__language_code="en")
    italian = Locale.objects.get(language_code="it")

    # 1. The editor writes an English practice and submits it for moderation.
    add_url = reverse("wagtailadmin_pages:add", args=("practices", "practicepage", index.pk))
    assert editor.get(add_url).status_code == 200
    data = evaluated_form(new_practice(index))
    response = editor.post(add_url, {**data, "action-submit": "submit"})
    assert response.status_code == 302, response.content.decode()[:3000]
    page = PracticePage.objects.get(slug="language-cafes-quarzolino", locale=index.locale)
    assert not page.live
    assert page.workflow_in_progress
    assert page.get_workflow().name == "Moderation"

    # Editors cannot publish: "publish" falls back to saving a draft.
    edit_url = reverse("wagtailadmin_pages:edit", args=(page.pk,))
    editor.post(edit_url, {**evaluated_form(page), "action-publish": "publish"})
    page.refresh_from_db()
    assert not page.live

    # 2. A moderator approves it: it is published (and indexed).
    with django_capture_on_commit_callbacks(execute=True):
        approve(moderator, page)
    page.refresh_from_db()
    assert page.live
    assert client.get(page.url).status_code == 200
    assert status_of(translator, page, "it") == "missing"

    # 3. A translator translates it into Italian with wagtail-localize.
    submit_url = reverse("wagtail_localize:submit_page_translation", args=(page.pk,))
    assert translator.get(submit_url).status_code == 200
    response = translator.post(submit_url, {"locales": [italian.pk]})
    assert response.status_code == 302
    page_it = page.get_translation(italian)
    assert not page_it.live, "a new translation is a draft, never live at once"
    translation = Translation.objects.get(
        source=TranslationSource.objects.get_for_instance(page), target_locale=italian
    )
    editor_html = translator.get(reverse("wagtailadmin_pages:edit", args=(page_it.pk,)))
    assert editor_html.status_code == 200
    assert b"lab-submit-for-moderation" in editor_html.content  # the moderation bar

    translate_segment(translator, translation, page.title, ITALIAN_TITLE)
    translate_segment(translator, translation, page.summary, ITALIAN_SUMMARY)
    # The rest by machine translation (the dummy translator stands in for DeepL).
    machine_url = reverse("wagtail_localize:machine_translate", args=(translation.pk,))
    assert translator.post(machine_url).status_code == 302

    # The synced editor's own "publish" is closed to translators ...
    it_edit_url = reverse("wagtailadmin_pages:edit", args=(page_it.pk,))
    response = translator.post(it_edit_url, {"action": "publish"})
    assert response.status_code == 302 and response.url == reverse("wagtailadmin_home")
    page_it.refresh_from_db()
    assert not page_it.live  # Wagtail answered "permission denied"
    # ... they submit the translation for moderation instead.
    response = translator.post(it_edit_url, {"action": "lab-submit-for-moderation"})
    assert response.status_code == 302
    page_it.refresh_from_db()
    assert not page_it.live
    assert page_it.workflow_in_progress
    assert page_it.get_latest_revision_as_object().title == ITALIAN_TITLE
    assert status_of(translator, page, "it") == "in-progress"

    with django_capture_on_commit_callbacks(execute=True):
        approve(moderator, page_it)
    page_it.refresh_from_db()
    assert page_it.live and page_it.title == ITALIAN_TITLE
    assert page_it.url.startswith("/it/")
    assert ITALIAN_SUMMARY in client.get(page_it.url).content.decode()
    assert status_of(translator, page, "it") == "up-to-date"

    # 4. The English source changes (a text and a synchronised fact) and is published.
    changed = evaluated_form(
        page, summary="Weekly conversation meetings, now on Saturdays too.", start_year="2020"
    )
    response = editor.post(edit_url, {**changed, "action-submit": "submit"})
    assert response.status_code == 302
    with django_capture_on_commit_callbacks(execute=True):
        approve(moderator, page)
    page.refresh_from_db()
    assert page.summary.startswith("Weekly")
    assert status_of(translator, page, "it") == "behind"

    # 5. The translator syncs: the change comes in, translated text stays.
    source = translation.source
    sync_url = reverse("wagtail_localize:update_translations", args=(source.pk,))
    assert translator.get(sync_url).status_code == 200
    response = translator.post(sync_url, {"publish_translations": "on"})
    assert response.status_code == 302
    page_it.refresh_from_db()
    draft = page_it.get_latest_revision_as_object()
    assert draft.title == ITALIAN_TITLE, "the sync lost the translated title"
    assert draft.start_year == 2020, "a synchronised fact did not follow its source"
    assert page_it.live and page_it.start_year == 2021, "the sync went live past moderation"
    assert page_it.workflow_in_progress, "a translator's sync goes to moderation"
    assert status_of(translator, page, "it") == "in-progress"

    # In moderation the page is locked to the translator, as Wagtail locks it.
    translate_segment(translator, translation, page.summary, ITALIAN_NEW_SUMMARY)
    translator.post(it_edit_url, {"action": "lab-submit-for-moderation"})
    assert page_it.get_latest_revision_as_object().summary != ITALIAN_NEW_SUMMARY
    # The moderator asks for the new summary to be translated ...
    request_changes(moderator, page_it)
    page_it.refresh_from_db()
    assert page_it.current_workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES
    assert b"Resubmit for moderation" in translator.get(it_edit_url).content
    # ... and the translator resubmits with it (confirming what the sync left
    # untranslated: the warning itself is tested in test_translation_scope.py).
    response = translator.post(
        it_edit_url, {"action": "lab-submit-for-moderation", "confirm_untranslated": "on"}
    )
    assert response.status_code == 302
    page_it.refresh_from_db()
    assert page_it.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS
    assert page_it.get_latest_revision_as_object().summary == ITALIAN_NEW_SUMMARY
    assert page_it.get_latest_revision_as_object().title == ITALIAN_TITLE

    # 6. It passes moderation, and the Italian search finds it; the French does not.
    with django_capture_on_commit_callbacks(execute=True):
        approve(moderator, page_it)
    page_it.refresh_from_db()
    assert page_it.live
    assert (page_it.title, page_it.summary, page_it.start_year) == (
        ITALIAN_TITLE,
        ITALIAN_NEW_SUMMARY,
        2020,
    )
    assert not page_it.workflow_in_progress
    assert (
        WorkflowState.objects.filter(
            object_id=str(page_it.pk), status=WorkflowState.STATUS_APPROVED
        ).count()
        == 2
    )
    assert status_of(translator, page, "it") == "up-to-date"
    assert page_it.pk in search_ids(client, "Quarzolino", "it")
    assert page_it.pk not in search_ids(client, "Quarzolino", "fr")
    assert page.pk not in search_ids(client, "Quarzolino", "it")
