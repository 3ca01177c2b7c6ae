"""`lab_submissions purge`: the contact details of old, decided submissions go;
everything else stays."""

from __future__ import annotations

import io
from datetime import timedelta

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone

from practices.models import PracticeSubmission, SubmissionStatus
from tests.submissions.conftest import valid_answers
from tests.submissions.test_share_practice import submit

pytestmark = pytest.mark.django_db


def purge(*args: str) -> str:
    out = io.StringIO()
    call_command("lab_submissions", "purge", *args, stdout=out)
    return out.getvalue()


@pytest.fixture
def submissions(client, share_page, moderator, django_capture_on_commit_callbacks):
    """Four submissions: published, rejected and in review, received 400 days ago,
    and a published one received yesterday."""
    made = {}
    for name, ip in (("published", 1), ("rejected", 2), ("in_review", 3), ("recent", 4)):
        with django_capture_on_commit_callbacks(execute=True):
            submit(client, share_page, valid_answers(title=f"Practice {name}"), f"10.0.0.{ip}")
        made[name] = PracticeSubmission.objects.latest("pk")
    made["published"].page.save_revision().publish()
    made["recent"].page.save_revision().publish()
    made["rejected"].page.delete()  # how moderators turn a submission down
    long_ago = timezone.now() - timedelta(days=400)
    PracticeSubmission.objects.exclude(pk=made["recent"].pk).update(created_at=long_ago)
    PracticeSubmission.objects.filter(pk=made["recent"].pk).update(
        created_at=timezone.now() - timedelta(days=1)
    )
    return {name: PracticeSubmission.objects.get(pk=s.pk) for name, s in made.items()}


def test_purge_erases_only_old_decided_submissions(submissions):
    assert submissions["published"].status == SubmissionStatus.PUBLISHED
    assert submissions["rejected"].status == SubmissionStatus.REJECTED
    assert submissions["in_review"].status == SubmissionStatus.IN_REVIEW

    preview = purge("--older-than", "365", "--dry-run")
    assert preview.startswith("Would erase the contact details of 2 decided submissions")
    assert PracticeSubmission.objects.exclude(submitter_email="").count() == 4

    report = purge("--older-than", "365")
    assert report.startswith("Erased the contact details of 2 decided submissions")
    for name in ("published", "rejected"):
        erased = PracticeSubmission.objects.get(pk=submissions[name].pk)
        assert erased.reference in report
        assert (erased.submitter_name, erased.submitter_email, erased.ip_hash) == ("", "", "")
        assert erased.title == f"Practice {name}"  # what happened stays known
    for name in ("in_review", "recent"):
        kept = PracticeSubmission.objects.get(pk=submissions[name].pk)
        assert kept.submitter_email == "maja.berg@example.org" and kept.ip_hash

    assert purge("--older-than", "365").startswith("Erased the contact details of 0")


@pytest.mark.parametrize("value", ["0", "-3", "a year", "1.5"])
def test_purge_refuses_a_bad_age(submissions, value):
    with pytest.raises(CommandError, match="whole number of days"):
        purge("--older-than", value)
    assert PracticeSubmission.objects.exclude(submitter_email="").count() == 4
