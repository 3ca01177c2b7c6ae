"""Share a practice (issue 7, part 2): the public form, its protections, the draft it
makes, the moderators' listing and e-mails."""

from __future__ import annotations

import json
import re
from smtplib import SMTPException

import pytest
from django.core import mail
from django.core.exceptions import ImproperlyConfigured
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.mail.backends.base import BaseEmailBackend
from django.test import Client
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.models import (
    Collection,
    Locale,
    Page,
    PageViewRestriction,
    WorkflowPage,
    WorkflowState,
)
from wagtail.search.models import IndexEntry
from wagtail.test.utils.form_data import rich_text

from home.models import ContentPage, HomePage
from practices.forms import MAX_ATTACHMENT_BYTES
from practices.models import (
    PracticeIndexPage,
    PracticePage,
    PracticeSubmission,
    SharePracticePage,
    SubmissionStatus,
)
from practices.submissions import SUBMISSIONS_COLLECTION, Rate, check_rate_setting
from regions.models import RegionPage
from tests.submissions.conftest import (
    CONTACT,
    PDF_BYTES,
    docx_bytes,
    odt_bytes,
    valid_answers,
    zip_bytes,
)

ADDRESS = "203.0.113.7"
REFERENCE = re.compile(r"^LAB-\d{4}-\d{6}$")
# Markup a visitor might try in every text field. Each must come back as inert text.
SCRIPT = "<script>alert('lab-xss')</script>"
IMAGE = '"><img src=x onerror="alert(2)">'
SYMBOLS = 'Fish & chips: 5 < 6 and "quotes"'
PAYLOAD = f"{SCRIPT} {IMAGE} {SYMBOLS}"
TEXT_FIELDS = (
    "title",
    "summary",
    "description",
    "authority_contribution",
    "lessons_learnt",
    "transferability_tips",
    "challenges",
    "partners",
    "inspiring_inclusion",
    "improvement_inclusion",
    "submitter_name",
    "submitter_organisation",
)


def submit(client: Client, page: SharePracticePage, answers: dict, address: str = ADDRESS, **files):
    return client.post(page.get_url(), {**answers, **files}, REMOTE_ADDR=address)


def pdf(name: str = "report.pdf", content: bytes = PDF_BYTES) -> SimpleUploadedFile:
    return SimpleUploadedFile(name, content, content_type="application/pdf")


def counts() -> tuple[int, int, int]:
    return (
        PracticeSubmission.objects.count(),
        PracticePage.objects.count(),
        get_document_model().objects.count(),
    )


def last_submission() -> PracticeSubmission:
    return PracticeSubmission.objects.select_related("page", "attachment").latest("pk")


def assert_inert(html: str) -> None:
    """None of the payload's markup is live in this HTML."""
    assert "<script>alert('lab-xss')" not in html
    assert "onerror=" not in html.replace("onerror=&quot;", "")
    assert "<img src=x" not in html


# --- The page ------------------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize("language_code", ["en", "sv"])
def test_the_form_renders_in_each_language_with_its_help(client, share_page_sv, language_code):
    page = SharePracticePage.objects.get(locale__language_code=language_code)
    response = client.get(page.get_url())

    assert response.status_code == 200
    html = response.content.decode()
    assert 'name="csrfmiddlewaretoken"' in html
    assert f'href="mailto:{CONTACT}"' in html
    assert f'href="/{language_code}/guidelines/"' in html
    assert f'href="/{language_code}/glossary/"' in html
    # The regions offered are the live regions of the page's language.
    regions = response.context["form"].fields["regions"].queryset
    assert set(regions.values_list("locale__language_code", flat=True)) == {language_code}
    assert regions.count() == RegionPage.objects.live().filter(locale=page.locale).count()


@pytest.mark.django_db
def test_one_form_page_per_home_page(share_page):
    home = HomePage.objects.get(locale__language_code="en")
    assert SharePracticePage in HomePage.allowed_subpage_models()
    assert not SharePracticePage.can_create_at(home)
    assert SharePracticePage.allowed_parent_page_models() == [HomePage]


@pytest.mark.django_db
def test_editors_create_the_form_page_in_the_admin(admin_client_demo):
    home = HomePage.objects.get(locale__language_code="en")
    for existing in SharePracticePage.objects.child_of(home):
        existing.delete()
    content = ContentPage.objects.child_of(home)
    url = reverse("wagtailadmin_pages:add", args=("practices", "sharepracticepage", home.pk))
    answers = {
        "title": "Share a practice",
        "slug": "share-a-practice",
        "intro": "Tell the lab about a practice.",
        "body": rich_text("<p>Anyone can share a practice.</p>"),
        "contact_email": "not an address",
        "guidelines_page": content.get(slug="guidelines").pk,
        "glossary_page": content.get(slug="glossary").pk,
        "action-publish": "publish",
    }

    refused = admin_client_demo.post(url, answers)
    assert refused.status_code == 200
    assert "contact_email" in refused.context["form"].errors

    answers["contact_email"] = CONTACT
    assert admin_client_demo.post(url, answers).status_code == 302
    page = SharePracticePage.objects.child_of(home).get()
    assert page.live and page.contact_email == CONTACT
    assert [link.slug for link in page.help_links()] == ["guidelines", "glossary"]
    assert admin_client_demo.get(url).status_code != 200  # one per home page


# --- A valid submission -------------------------------------------------------------------


@pytest.mark.django_db
def test_a_valid_submission_becomes_a_draft_under_moderation(
    client, share_page, moderator, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = submit(client, share_page, valid_answers(), attachment=pdf())

    assert response.status_code == 302
    confirmation = client.get(response["Location"])
    submission = last_submission()
    assert REFERENCE.match(submission.reference)
    assert confirmation.status_code == 200
    assert submission.reference in confirmation.content.decode()

    # The submission record keeps the contact data and a hash, never the address.
    assert submission.submitter_email == "maja.berg@example.org"
    assert submission.locale.language_code == "en"
    assert len(submission.ip_hash) == 64 and ADDRESS not in submission.ip_hash

    # The practice: a draft in the English practice database, never live.
    practice = submission.page.specific
    index = PracticeIndexPage.objects.get(locale__language_code="en")
    assert practice.get_parent().pk == index.pk
    assert practice.locale.language_code == "en"
    assert not practice.live and practice.first_published_at is None
    assert practice.latest_revision is not None
    assert practice.title == "Neighbourhood language cafés"
    assert practice.authority_role == "indirect" and practice.start_year == 2021
    assert [r.pk for r in practice.regions.all()] == [int(valid_answers()["regions"][0])]
    assert {t.slug for t in practice.target_groups.all()} == {
        "third-country-nationals",
        "migrant-women",
    }
    assert practice.body[0].value.source == (
        "<p>Every week volunteers host a café.</p><p>The region funds the rooms.</p>"
    )
    assert [child.value["aspect"] for child in practice.evaluation] == ["inclusion"]
    assert practice.contact == ""  # the submitter's details never reach the page

    # The moderation workflow runs on the draft, requested by nobody.
    state = practice.current_workflow_state
    assert state is not None and state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.requested_by is None
    assert submission.status == SubmissionStatus.IN_REVIEW

    # The attachment: a document in the restricted Submissions collection, on the draft.
    document = submission.attachment
    assert document.collection.name == SUBMISSIONS_COLLECTION
    assert document.collection.get_view_restrictions().exists()
    assert document.file.name.endswith(f"{submission.reference.lower()}.pdf")
    assert document.file_size == len(PDF_BYTES)
    assert [child.value["document"].pk for child in practice.documents] == [document.pk]
    assert client.get(document.url).status_code != 200  # not for anonymous visitors

    # Nobody outside sees the draft.
    assert client.get(practice.get_url()).status_code == 404
    assert client.get(f"/api/v2/pages/{practice.pk}/").status_code == 404

    # E-mails: the moderators (with links, without contact data) and the submitter.
    ours = [m for m in mail.outbox if submission.reference in m.subject]
    to_moderator = [m for m in ours if m.to == [moderator.email]]
    to_submitter = [m for m in ours if m.to == ["maja.berg@example.org"]]
    assert len(to_moderator) == 1 and len(to_submitter) == 1
    # One e-mail per moderator: Wagtail's own "submitted for moderation" is not sent too.
    assert [m.subject for m in mail.outbox if moderator.email in m.to] == [to_moderator[0].subject]
    assert reverse("wagtailadmin_pages:edit", args=[practice.pk]) in to_moderator[0].body
    assert "maja.berg@example.org" not in to_moderator[0].body
    assert submission.reference in to_submitter[0].body
    assert CONTACT in to_submitter[0].body


@pytest.mark.django_db
def test_a_swedish_submission_is_a_swedish_draft(
    client, share_page_sv, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = submit(client, share_page_sv, valid_answers("sv", title="Språkcaféer"))

    assert response.status_code == 302
    submission = last_submission()
    practice = submission.page.specific
    assert submission.locale.language_code == "sv"
    assert practice.locale.language_code == "sv"
    assert practice.get_parent().specific.locale.language_code == "sv"
    assert practice.slug == "språkcaféer"
    assert {r.locale.language_code for r in practice.regions.all()} == {"sv"}
    assert not practice.live


@pytest.mark.django_db
def test_without_a_workflow_the_submission_is_received(client, share_page):
    WorkflowPage.objects.filter(page__locale__language_code="en").delete()
    response = submit(client, share_page, valid_answers())

    assert response.status_code == 302
    submission = last_submission()
    assert submission.page.current_workflow_state is None
    assert submission.status == SubmissionStatus.RECEIVED


def approve(practice: PracticePage, moderator) -> None:
    """What a moderator does in the admin: approve the workflow's task."""
    task_state = practice.current_workflow_task_state
    task_state.task.specific.on_action(task_state, moderator, "approve")


def test_the_draft_is_never_found_by_the_lab_search(
    resync_after, db, client, share_page, moderator, engine, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        submit(client, share_page, valid_answers(title="Zebrafinch mentoring circles"))
    practice = last_submission().page.specific

    def search() -> dict:
        response = client.get("/api/v2/lab/search/", {"q": "zebrafinch", "locale": "en"})
        assert response.status_code == 200
        return response.json()

    assert search()["engine"] == engine
    assert search()["total"] == 0
    # Once moderators approve it, the same search finds it: the query could have.
    with django_capture_on_commit_callbacks(execute=True):
        approve(practice, moderator)
    assert [hit["id"] for hit in search()["results"]] == [practice.pk]
    # Unpublished, it leaves the search (and the index as the test found it).
    with django_capture_on_commit_callbacks(execute=True):
        PracticePage.objects.get(pk=practice.pk).unpublish()
    assert search()["total"] == 0


class FailingBackend(BaseEmailBackend):
    def send_messages(self, messages):
        raise SMTPException("the mail server is down")


@pytest.mark.django_db
def test_a_mail_server_failure_keeps_the_submission(
    client, share_page, settings, django_capture_on_commit_callbacks
):
    settings.EMAIL_BACKEND = f"{__name__}.FailingBackend"
    with django_capture_on_commit_callbacks(execute=True):
        response = submit(client, share_page, valid_answers())

    assert response.status_code == 302
    assert last_submission().page is not None


# --- Bad data -------------------------------------------------------------------------------


@pytest.mark.django_db
def test_bad_data_shows_field_errors_and_keeps_what_was_typed(client, share_page):
    english_region = RegionPage.objects.live().get(locale__language_code="en", slug="skane")
    before = counts()
    answers = valid_answers(
        title="Mentors for <b>new</b> arrivals",
        summary="",
        start_year="2022",
        end_year="2019",
        submitter_email="not an address",
        website="javascript:alert(1)",
        partners="x" * 2001,
        improvement_innovation="Could reach more towns.",
    )
    response = submit(client, share_page, answers)

    assert response.status_code == 200
    errors = response.context["form"].errors
    assert set(errors) == {
        "summary",
        "end_year",
        "submitter_email",
        "website",
        "partners",
        "inspiring_innovation",
    }
    assert "before the start year" in errors["end_year"][0]
    html = response.content.decode()
    assert 'role="alert"' in html
    assert 'aria-invalid="true"' in html
    # What was typed comes back, escaped.
    assert 'value="Mentors for &lt;b&gt;new&lt;/b&gt; arrivals"' in html
    assert "Could reach more towns." in html
    assert counts() == before

    # A region of another language is not a choice of the Swedish form.
    sv_form = SharePracticePage.objects.filter(locale__language_code="sv").first()
    if sv_form is not None:
        response = submit(client, sv_form, valid_answers("sv", regions=[str(english_region.pk)]))
        assert "regions" in response.context["form"].errors


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"title": "<b></b>"}, "title"),  # only markup: no title at all
        ({"status": "completed", "end_year": ""}, "end_year"),
        ({"consent": ""}, "consent"),
        ({"regions": []}, "regions"),
        ({"start_year": "1800"}, "start_year"),
        ({"title": "x" * 256}, "title"),
        ({"description": "x" * 10_001}, "description"),
        ({"inspiring_inclusion": "y" * 2001}, "inspiring_inclusion"),
        ({"title": "nul\x00byte"}, "title"),
    ],
)
def test_each_rule_is_a_field_error(client, share_page, changes, field):
    before = counts()
    response = submit(client, share_page, valid_answers(**changes))

    assert response.status_code == 200
    assert field in response.context["form"].errors
    assert counts() == before


# --- Protection ----------------------------------------------------------------------------


@pytest.mark.django_db
def test_csrf_is_enforced(share_page):
    client = Client(enforce_csrf_checks=True)
    before = counts()

    assert submit(client, share_page, valid_answers()).status_code == 403
    assert counts() == before

    client.get(share_page.get_url())
    token = client.cookies["csrftoken"].value
    response = submit(client, share_page, valid_answers(csrfmiddlewaretoken=token))
    assert response.status_code == 302


@pytest.mark.django_db
def test_a_filled_honeypot_pretends_success_and_stores_nothing(
    client, share_page, django_capture_on_commit_callbacks
):
    before = counts()
    with django_capture_on_commit_callbacks(execute=True):
        response = submit(client, share_page, valid_answers(homepage="https://spam.example"))

    assert response.status_code == 302
    confirmation = client.get(response["Location"])
    assert confirmation.status_code == 200
    assert re.search(r"LAB-\d{4}-\d{6}", confirmation.content.decode())
    assert counts() == before
    assert mail.outbox == []


@pytest.mark.django_db
def test_a_forged_confirmation_link_shows_the_form(client, share_page):
    response = client.get(share_page.get_url(), {"sent": "LAB-2026-999999"})
    assert response.status_code == 302
    assert response["Location"] == share_page.get_url()


@pytest.mark.django_db
def test_the_rate_limit_refuses_submissions_after_the_limit(client, share_page, settings):
    settings.LAB_SUBMISSION_RATE = "2/h"
    for _attempt in range(2):
        assert submit(client, share_page, valid_answers()).status_code == 302
    before = counts()

    refused = submit(client, share_page, valid_answers())

    assert refused.status_code == 429
    assert 0 < int(refused["Retry-After"]) <= 3600
    assert CONTACT in refused.content.decode()
    assert counts() == before
    # Another address is not affected.
    assert submit(client, share_page, valid_answers(), address="198.51.100.9").status_code == 302


@pytest.mark.django_db
def test_invalid_attempts_do_not_use_up_the_limit(client, share_page, settings):
    settings.LAB_SUBMISSION_RATE = "1/h"
    for _attempt in range(3):
        assert submit(client, share_page, valid_answers(summary="")).status_code == 200
    assert submit(client, share_page, valid_answers()).status_code == 302


def test_the_rate_setting_is_checked(settings):
    assert check_rate_setting() == []
    settings.LAB_SUBMISSION_RATE = "lots"
    assert [error.id for error in check_rate_setting()] == ["practices.E001"]
    assert Rate.parse("5/h") == Rate(5, 3600)
    assert Rate.parse("10 / m") == Rate(10, 60)
    for bad in ("", "5", "0/h", "five/h", "5/w"):
        with pytest.raises(ImproperlyConfigured):
            Rate.parse(bad)


@pytest.mark.django_db
def test_an_oversized_upload_is_refused(client, share_page):
    before = counts()
    big = pdf(content=PDF_BYTES + b"0" * (MAX_ATTACHMENT_BYTES + 1 - len(PDF_BYTES)))

    response = submit(client, share_page, valid_answers(), attachment=big)

    assert response.status_code == 200
    error = response.context["form"].errors["attachment"][0].replace("\xa0", " ")
    assert error == "This file is 10.0 MB; files of up to 10.0 MB can be attached."
    assert counts() == before


@pytest.mark.django_db
@pytest.mark.parametrize(
    "upload",
    [
        SimpleUploadedFile("report.pdf", b"<html><script>x()</script></html>", "application/pdf"),
        SimpleUploadedFile("setup.docx", b"MZ\x90\x00\x03" + b"\x00" * 100, "application/msword"),
        SimpleUploadedFile("archive.docx", zip_bytes({"a.txt": b"hello"}), "application/zip"),
        SimpleUploadedFile(
            "macros.docx",
            docx_bytes(**{"word/vbaProject.bin": b"\x00"}),
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ),
        SimpleUploadedFile("broken.odt", b"PK\x03\x04 not really a zip", "application/zip"),
        SimpleUploadedFile("image.pdf", b"\x89PNG\r\n\x1a\n" + b"\x00" * 50, "application/pdf"),
    ],
    ids=["html-as-pdf", "exe-as-docx", "zip-as-docx", "macro-docx", "broken-zip", "png-as-pdf"],
)
def test_a_disguised_upload_is_refused(client, share_page, upload):
    before = counts()

    response = submit(client, share_page, valid_answers(), attachment=upload)

    assert response.status_code == 200
    assert "not a PDF" in response.context["form"].errors["attachment"][0]
    assert counts() == before


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("name", "content", "extension"),
    [
        ("practice.docx", docx_bytes(), "docx"),
        ("practice.odt", odt_bytes(), "odt"),
        ("named-wrongly.pdf", docx_bytes(), "docx"),  # the content decides
    ],
)
def test_documents_are_accepted_by_their_content(client, share_page, name, content, extension):
    upload = SimpleUploadedFile(name, content, "application/octet-stream")

    assert submit(client, share_page, valid_answers(), attachment=upload).status_code == 302

    assert last_submission().attachment.file.name.endswith(f".{extension}")


# --- Markup in every field -------------------------------------------------------------------


def test_markup_in_every_field_comes_back_escaped_on_the_page_in_the_admin_and_the_api(
    resync_after, db, client, share_page, moderator, moderator_client
):
    answers = valid_answers(**dict.fromkeys(TEXT_FIELDS, PAYLOAD))
    answers["title"] = f"Mentoring circles {PAYLOAD}"
    response = submit(client, share_page, answers)
    assert response.status_code == 302
    submission = last_submission()
    practice = submission.page.specific

    # Stored: plain fields without markup, rich fields as escaped paragraphs.
    assert practice.title == f"Mentoring circles alert('lab-xss') \"> {SYMBOLS}"
    assert "<script" not in practice.summary and "<img" not in practice.summary
    assert practice.lessons_learnt == (
        "<p>alert(&#x27;lab-xss&#x27;) &quot;&gt; "
        "Fish &amp; chips: 5 &lt; 6 and &quot;quotes&quot;</p>"
    )

    # The admin: the draft's editor, the listing and the submission.
    for url in (
        reverse("wagtailadmin_pages:edit", args=[practice.pk]),
        reverse("practice_submissions:index"),
        reverse("practice_submissions:inspect", args=[submission.pk]),
        reverse("wagtailadmin_home"),
    ):
        admin_page = moderator_client.get(url)
        assert admin_page.status_code == 200, url
        assert_inert(admin_page.content.decode())
    inspect = moderator_client.get(reverse("practice_submissions:inspect", args=[submission.pk]))
    assert "Fish &amp; chips: 5 &lt; 6" in inspect.content.decode()

    # Moderators approve it: it goes live.
    approve(practice, moderator)
    practice.refresh_from_db()
    assert practice.live
    assert last_submission().status == SubmissionStatus.PUBLISHED

    # The page.
    page_html = client.get(practice.get_url()).content.decode()
    assert_inert(page_html)
    assert "Fish &amp; chips: 5 &lt; 6 and &quot;quotes&quot;" in page_html
    assert "maja.berg@example.org" not in page_html

    # The API: texts are data, rich texts are escaped HTML, no contact data.
    api = client.get(f"/api/v2/pages/{practice.pk}/")
    assert api.status_code == 200
    data = api.json()
    assert "<script" not in json.dumps(data) and "<img" not in json.dumps(data)
    assert data["summary"].startswith("alert('lab-xss')")
    assert "&lt; 6" in data["lessons_learnt"]
    assert "maja.berg@example.org" not in api.content.decode()
    assert "Welcome Network" not in api.content.decode()

    # The search document and Wagtail's own index: no contact data either.
    document = practice.search_document()
    assert "maja.berg" not in json.dumps(document)
    assert not IndexEntry.objects.filter(body__icontains="maja.berg").exists()
    assert not PageViewRestriction.objects.filter(page=practice).exists()


def test_an_attachment_survives_approval_and_becomes_public(
    resync_after, db, client, share_page, moderator
):
    submit(client, share_page, valid_answers(), attachment=pdf())
    submission = last_submission()
    practice = submission.page.specific
    assert client.get(submission.attachment.url).status_code != 200

    approve(practice, moderator)

    submission.attachment.refresh_from_db()
    assert submission.attachment.collection.pk == Collection.get_first_root_node().pk
    assert client.get(submission.attachment.url).status_code == 200


# --- The moderators' listing ---------------------------------------------------------------


@pytest.mark.django_db
def test_moderators_see_submissions_with_their_status(
    client, share_page, moderator, moderator_client, editor_client
):
    submit(client, share_page, valid_answers(title="First circle"))
    submit(client, share_page, valid_answers(title="Second circle"))
    first, second = PracticeSubmission.objects.order_by("pk")
    # Moderators turn the second down: they request changes.
    task_state = second.page.current_workflow_task_state
    task_state.task.specific.on_action(task_state, moderator, "reject")

    listing = moderator_client.get(reverse("practice_submissions:index"))
    assert listing.status_code == 200
    html = listing.content.decode()
    assert first.reference in html and second.reference in html
    assert "In review" in html and "Rejected" in html
    assert "maja.berg@example.org" not in html  # contact data only on the inspect view

    rejected = moderator_client.get(
        reverse("practice_submissions:index"), {"status": SubmissionStatus.REJECTED}
    )
    assert second.reference in rejected.content.decode()
    assert first.reference not in rejected.content.decode()

    inspect = moderator_client.get(reverse("practice_submissions:inspect", args=[first.pk]))
    assert "maja.berg@example.org" in inspect.content.decode()
    assert reverse("wagtailadmin_pages:edit", args=[first.page_id]) in inspect.content.decode()

    # A deleted draft counts as turned down.
    first.page.delete()
    assert PracticeSubmission.objects.get(pk=first.pk).status == SubmissionStatus.REJECTED

    # Read-only, and for moderators only.
    assert moderator_client.get(reverse("practice_submissions:add")).status_code != 200
    assert (
        moderator_client.get(reverse("practice_submissions:edit", args=[second.pk])).status_code
        != 200
    )
    for url in (
        reverse("practice_submissions:index"),
        reverse("practice_submissions:inspect", args=[second.pk]),
    ):
        assert editor_client.get(url).status_code != 200
        assert "maja.berg" not in editor_client.get(url, follow=True).content.decode()
        assert Client().get(url).status_code == 302  # to the login


@pytest.mark.django_db
def test_the_sv_page_exists_only_where_a_locale_tree_exists(share_page_sv):
    sv = Locale.objects.get(language_code="sv")
    assert share_page_sv.locale == sv
    assert share_page_sv.practice_index().locale == sv
    assert Page.objects.get(pk=share_page_sv.pk).live


@pytest.mark.django_db
def test_an_editors_submission_still_gets_wagtails_moderation_email(moderator, django_user_model):
    """Only a shared practice's own e-mail replaces Wagtail's: a page an editor
    submits for moderation notifies the moderators as Wagtail always does."""
    from editorial.roles import EDITORS
    from tests.submissions.conftest import role_user

    editor = role_user(django_user_model, "eddie-editor", EDITORS)
    practice = PracticePage.objects.live().filter(locale__language_code="en").first()
    practice.save_revision(user=editor)
    mail.outbox.clear()
    practice.get_workflow().start(practice, user=editor)
    subjects = [m.subject for m in mail.outbox if moderator.email in m.to]
    assert len(subjects) == 1 and "submitted for approval" in subjects[0]
