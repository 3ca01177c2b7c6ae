"""`lab_submissions purge`: the contact details of submissions decided long ago go;
everything else stays.

The age that counts is the decision's (published, sent back, or the draft deleted),
read from Wagtail's records, not the submission's: a practice received long ago and
published yesterday keeps its sender's address for follow-up questions.
"""

from __future__ import annotations

import io
from datetime import timedelta

import pytest
from django.core.management import CommandError, call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from wagtail.models import PageLogEntry, TaskState

from practices.models import PracticeSubmission, SubmissionStatus
from practices.submissions import ADMIN_NAMESPACE
from tests.submissions.conftest import valid_answers
from tests.submissions.test_share_practice import submit

pytestmark = pytest.mark.django_db

SENDER = "maja.berg@example.org"


def purge(*args: str) -> str:
    out = io.StringIO()
    call_command("lab_submissions", "purge", *args, stdout=out)
    return out.getvalue()


def ago(days: int):
    return timezone.now() - timedelta(days=days)


def deletion_log(submission: PracticeSubmission):
    """Wagtail's record of the deletion of the draft this submission made."""
    created = PageLogEntry.objects.get(
        action="wagtail.create", data__submission=submission.reference
    )
    return PageLogEntry.objects.filter(action="wagtail.delete", page_id=created.page_id)


@pytest.fixture
def submissions(client, share_page, moderator, django_capture_on_commit_callbacks):
    """Every submission received 500 days ago; decided (or not) as their names say."""
    names = (
        "published_long_ago",
        "sent_back_long_ago",
        "deleted_long_ago",
        "published_yesterday",
        "deleted_yesterday",
        "in_review",
        "deleted_no_record",
    )
    made = {}
    for number, name in enumerate(names, start=1):
        with django_capture_on_commit_callbacks(execute=True):
            submit(client, share_page, valid_answers(title=f"Practice {name}"), f"10.0.0.{number}")
        made[name] = PracticeSubmission.objects.latest("pk")
    PracticeSubmission.objects.update(created_at=ago(500))

    for name in ("published_long_ago", "published_yesterday"):
        made[name].page.save_revision(user=moderator).publish(user=moderator)
    made["sent_back_long_ago"].page.current_workflow_task_state.reject(user=moderator)
    for name in ("deleted_long_ago", "deleted_yesterday", "deleted_no_record"):
        made[name].page.delete(user=moderator)  # how moderators turn a submission down

    # Move the decisions back in time, where Wagtail keeps them.
    long_ago, yesterday = ago(400), ago(1)
    type(made["published_long_ago"].page).objects.filter(
        pk=made["published_long_ago"].page_id
    ).update(first_published_at=long_ago, last_published_at=ago(2))  # edited since
    type(made["published_yesterday"].page).objects.filter(
        pk=made["published_yesterday"].page_id
    ).update(first_published_at=yesterday)
    TaskState.objects.filter(
        workflow_state__object_id=str(made["sent_back_long_ago"].page_id)
    ).update(finished_at=long_ago)
    deletion_log(made["deleted_long_ago"]).update(timestamp=long_ago)
    deletion_log(made["deleted_yesterday"]).update(timestamp=yesterday)
    deletion_log(made["deleted_no_record"]).delete()  # an audit log pruned by hand

    return {name: PracticeSubmission.objects.get(pk=s.pk) for name, s in made.items()}


def contact(submission: PracticeSubmission) -> tuple[str, str, str, str]:
    submission.refresh_from_db()
    return (
        submission.submitter_name,
        submission.submitter_organisation,
        submission.submitter_email,
        submission.ip_hash,
    )


ERASED = ("published_long_ago", "sent_back_long_ago", "deleted_long_ago")
KEPT = ("published_yesterday", "deleted_yesterday", "in_review", "deleted_no_record")


def test_purge_erases_contact_details_of_submissions_decided_long_ago(submissions, moderator):
    statuses = {name: submission.status for name, submission in submissions.items()}
    assert statuses == {
        "published_long_ago": SubmissionStatus.PUBLISHED,
        "sent_back_long_ago": SubmissionStatus.REJECTED,
        "deleted_long_ago": SubmissionStatus.REJECTED,
        "published_yesterday": SubmissionStatus.PUBLISHED,
        "deleted_yesterday": SubmissionStatus.REJECTED,
        "in_review": SubmissionStatus.IN_REVIEW,
        "deleted_no_record": SubmissionStatus.REJECTED,
    }

    preview = purge("--older-than", "365", "--dry-run")
    assert preview.startswith("Would erase the contact details of 3 submissions decided before")
    assert all(submissions[name].reference in preview for name in ERASED)
    assert all(contact(submission)[2] == SENDER for submission in submissions.values())

    report = purge("--older-than", "365")
    lines = report.splitlines()
    assert lines[0].startswith("Erased the contact details of 3 submissions decided before")
    assert {name for name in submissions if submissions[name].reference in lines[0]} == set(ERASED)
    # Decided, but when is not known: kept, and said so.
    assert lines[1] == (
        "Kept 1 decided submission whose decision date is not recorded: "
        f"{submissions['deleted_no_record'].reference}."
    )
    for name in ERASED:
        assert contact(submissions[name]) == ("", "", "", ""), name
        erased = PracticeSubmission.objects.get(pk=submissions[name].pk)
        assert (erased.reference, erased.title) == (
            submissions[name].reference,
            f"Practice {name}",
        )  # what happened stays known
    for name in KEPT:
        name_, organisation, email, ip_hash = contact(submissions[name])
        assert (name_, organisation, email) == ("Maja Berg", "Welcome Network", SENDER), name
        assert ip_hash, name

    # The moderators' listing and the submission's page in the admin still work.
    client = Client()
    client.force_login(moderator)
    listing = client.get(reverse(f"{ADMIN_NAMESPACE}:index"))
    inspect = client.get(reverse(f"{ADMIN_NAMESPACE}:inspect", args=[submissions[ERASED[0]].pk]))
    assert listing.status_code == inspect.status_code == 200
    assert submissions[ERASED[0]].reference in inspect.content.decode()
    assert "Maja Berg" not in inspect.content.decode()

    # Run again: nothing left to erase.
    assert purge("--older-than", "365").startswith("Erased the contact details of 0 submissions")


def test_the_decision_counts_not_the_receipt(submissions):
    """Everything was received 500 days ago; nothing was decided more than 450 days
    ago. (Counting from receipt, all five dated decisions would go.)"""
    assert purge("--older-than", "450").startswith("Erased the contact details of 0 submissions")
    assert all(contact(submission)[2] == SENDER for submission in submissions.values())
    # Two days reaches the three old decisions, not yesterday's.
    assert purge("--older-than", "2").startswith("Erased the contact details of 3 submissions")
    assert contact(submissions["published_yesterday"])[2] == SENDER
    assert contact(submissions["deleted_yesterday"])[2] == SENDER


@pytest.mark.parametrize("value", ["0", "-3", "a year", "1.5", ""])
def test_purge_refuses_a_bad_age(submissions, value):
    with pytest.raises(CommandError, match="whole number of days"):
        purge("--older-than", value)
    assert all(contact(submission)[2] == SENDER for submission in submissions.values())


def test_purge_refuses_an_age_beyond_the_calendar(db):
    with pytest.raises(CommandError, match="before the calendar starts"):
        purge("--older-than", "1000000000")


def test_purge_needs_an_age(db):
    with pytest.raises(CommandError, match="--older-than"):
        call_command("lab_submissions", "purge")
