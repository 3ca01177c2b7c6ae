"""One e-mail per moderator per submission (issue 7).

A shared practice enters the Moderation workflow. Wagtail then sends two notices of
its own: the task's "submitted for approval" (to the task's groups and the
superusers) and the workflow's "submitted" (to the superusers). The lab sends its own
e-mail, which carries the reference and the links to the draft and to the
submission. Only the lab's is sent for a shared practice; pages that editors submit
still get Wagtail's notices. Django's locmem backend (cms.settings.test) collects the
real messages in `mail.outbox`.
"""

from __future__ import annotations

from collections import Counter

import pytest
from django.core import mail
from django.urls import reverse
from wagtail.users.models import UserProfile

from editorial.roles import EDITORS, MODERATORS
from practices.models import PracticePage, PracticeSubmission
from practices.submissions import ADMIN_NAMESPACE
from tests.submissions.conftest import role_user, valid_answers
from tests.submissions.test_share_practice import submit

pytestmark = pytest.mark.django_db

SUBMITTER = "maja.berg@example.org"
EXTRA = "research-team@lab.example"


def recipients() -> Counter[str]:
    """How many e-mails each address got (an e-mail may have several recipients)."""
    return Counter(address.lower() for message in mail.outbox for address in message.to)


@pytest.fixture
def people(django_user_model, moderator, settings):
    """Everyone Wagtail or the lab might write to about a new submission."""
    settings.LAB_MODERATOR_EMAILS = [EXTRA, moderator.email.upper()]  # one repeats a member
    super_moderator = role_user(django_user_model, "sara-super", MODERATORS)
    super_moderator.is_superuser = True
    super_moderator.save()
    admin = django_user_model.objects.create_superuser("ada-admin", "ada@lab.example", "x" * 20)
    quiet = role_user(django_user_model, "quinn-quiet", MODERATORS)
    profile = UserProfile.get_for_user(quiet)
    profile.submitted_notifications = False  # turned off in their Wagtail account
    profile.save()
    return {
        "moderator": moderator,
        "super_moderator": super_moderator,
        "admin": admin,
        "quiet": quiet,
    }


def share(client, share_page, capture, **changes) -> PracticeSubmission:
    mail.outbox.clear()
    with capture(execute=True):  # the lab's e-mails go out after the commit
        response = submit(client, share_page, valid_answers(**changes))
    assert response.status_code == 302
    return PracticeSubmission.objects.latest("pk")


def test_every_recipient_gets_one_email_per_submission(
    client, share_page, people, django_user_model, django_capture_on_commit_callbacks
):
    submission = share(client, share_page, django_capture_on_commit_callbacks)

    superusers = set(  # ada-admin, sara-super and the demo's administrator
        django_user_model.objects.filter(is_superuser=True).values_list("email", flat=True)
    )
    moderators = {
        people["moderator"].email,  # before: twice, also listed in LAB_MODERATOR_EMAILS
        people["super_moderator"].email,  # before: the lab's and Wagtail's workflow notice
        people["admin"].email,  # a superuser: told as Wagtail would have told them
        EXTRA,
    } | superusers
    assert recipients() == Counter(dict.fromkeys(moderators | {SUBMITTER}, 1))
    assert people["quiet"].email not in recipients()  # their Wagtail preference holds

    # The one e-mail they get is the lab's: reference, draft and submission links,
    # and no contact data of the submitter.
    for message in mail.outbox:
        if message.to != [SUBMITTER]:
            assert submission.reference in message.subject
            assert reverse("wagtailadmin_pages:edit", args=[submission.page_id]) in message.body
            assert reverse(f"{ADMIN_NAMESPACE}:inspect", args=[submission.pk]) in message.body
            assert SUBMITTER not in message.body


def test_a_second_submission_is_one_more_email_each(
    client, share_page, people, django_capture_on_commit_callbacks
):
    first = share(client, share_page, django_capture_on_commit_callbacks, title="First")
    sent_for_first = len(mail.outbox)
    second = share(client, share_page, django_capture_on_commit_callbacks, title="Second")
    assert len(mail.outbox) == sent_for_first  # outbox cleared in between: same count
    assert all(second.reference in message.subject for message in mail.outbox)
    assert first.reference != second.reference


def test_superusers_are_told_only_as_a_fallback_when_wagtail_would_not_tell_them(
    client, share_page, people, settings, django_capture_on_commit_callbacks
):
    settings.WAGTAILADMIN_NOTIFICATION_INCLUDE_SUPERUSERS = False
    share(client, share_page, django_capture_on_commit_callbacks)
    assert people["admin"].email not in recipients()
    assert recipients()[people["super_moderator"].email] == 1  # as a moderator


def test_an_editors_submission_still_gets_wagtails_notices(
    client, share_page, people, django_user_model, django_capture_on_commit_callbacks
):
    """The silence covers a shared practice's workflow only, even right after one (the
    flag must not stay set): an editor's page notifies as Wagtail always does."""
    share(client, share_page, django_capture_on_commit_callbacks)
    editor = role_user(django_user_model, "eddie-editor", EDITORS)
    practice = PracticePage.objects.live().filter(locale__language_code="en").first()
    practice.save_revision(user=editor)
    mail.outbox.clear()

    practice.get_workflow().start(practice, user=editor)

    subjects = {
        address: [m.subject for m in mail.outbox if address in m.to]
        for address in (people["moderator"].email, people["admin"].email)
    }
    # The task's notice to the Moderators group and the superusers...
    assert any("submitted for approval" in s for s in subjects[people["moderator"].email])
    assert any("submitted for approval" in s for s in subjects[people["admin"].email])
    # ...and the workflow's notice to the superusers: both of Wagtail's, unchanged.
    assert len(subjects[people["admin"].email]) == 2
    assert not any("LAB-" in s for s in subjects[people["moderator"].email])
