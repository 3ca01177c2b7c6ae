"""`manage.py lab_submissions purge --older-than DAYS [--dry-run]`: forget who sent
submissions decided long ago.

A submission keeps its sender's name, organisation and e-mail address (and a keyed
hash of their network address) so that the research team can write to them while
the practice is reviewed and, after the decision, with follow-up questions
(FACTS.md, Submissions). Once the decision is more than DAYS old, this erases them.
The reference, title, language and the page stay, so the listing still tells what
happened. Undecided submissions are kept.

When a submission was decided is read from Wagtail's own records, as its status is
(PracticeSubmission.objects.with_status):

- published: the practice's first publication (`first_published_at`);
- sent back: when the moderator rejected the workflow's task (`TaskState.finished_at`);
- turned down by deleting the draft: Wagtail's "wagtail.delete" log entry of the page
  the submission made (found through the "wagtail.create" entry that carries the
  submission's reference, practices/submissions.py).

A decided submission whose decision time is not recorded (the audit log was pruned)
is kept and named in the output: the command erases nothing on a guess.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from wagtail.models import PageLogEntry

from practices.models import PracticeSubmission, SubmissionStatus

DECIDED = (SubmissionStatus.PUBLISHED, SubmissionStatus.REJECTED)
SHOWN = 10  # references listed per line of the summary


def days(value: str) -> int:
    """The --older-than value: a whole number of days, 1 or more."""
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise CommandError(f"--older-than takes a whole number of days, 1 or more (not {value!r}).")
    return number


def decided_at(submission: PracticeSubmission) -> datetime | None:
    """When moderators decided this (published or rejected) submission, or None if
    Wagtail kept no record of it."""
    page = submission.page
    if submission.status == SubmissionStatus.PUBLISHED:
        return page.first_published_at or page.last_published_at
    if page is not None:  # sent back: the latest workflow ended with changes requested
        state = page.workflow_states.order_by("-created_at", "-pk").first()
        task_state = state.current_task_state if state is not None else None
        return task_state.finished_at if task_state is not None else None
    created = PageLogEntry.objects.filter(
        action="wagtail.create", data__submission=submission.reference
    ).values("page_id")
    return PageLogEntry.objects.filter(action="wagtail.delete", page_id__in=created).aggregate(
        at=Max("timestamp")
    )["at"]


@dataclass
class Plan:
    due: list[PracticeSubmission]
    unknown: list[PracticeSubmission]


def plan_purge(cutoff: datetime) -> Plan:
    """The decided submissions that still hold contact data, split into those decided
    before `cutoff` and those whose decision time is unknown."""
    candidates = (
        PracticeSubmission.objects.filter(derived_status__in=DECIDED)
        .exclude(submitter_email="", submitter_name="", submitter_organisation="", ip_hash="")
        .select_related("page")
        .order_by("created_at", "pk")
    )
    plan = Plan(due=[], unknown=[])
    for submission in candidates:
        moment = decided_at(submission)
        if moment is None:
            plan.unknown.append(submission)
        elif moment < cutoff:
            plan.due.append(submission)
    return plan


def references(submissions: list[PracticeSubmission]) -> str:
    named = [submission.reference or f"#{submission.pk}" for submission in submissions]
    shown = ", ".join(named[:SHOWN])
    if len(named) > SHOWN:
        shown += f" and {len(named) - SHOWN} more"
    return shown


def plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


class Command(BaseCommand):
    help = (
        "purge: erase the contact details (name, organisation, e-mail address, address "
        "hash) of submissions published or rejected more than DAYS ago."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("action", choices=["purge"])
        parser.add_argument(
            "--older-than",
            required=True,
            metavar="DAYS",
            help="Only submissions decided (published or rejected) more than DAYS days ago.",
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="Say what would be erased; change nothing."
        )

    def handle(self, *args, action: str, older_than: str, dry_run: bool, **options) -> None:
        number = days(older_than)
        try:
            cutoff = timezone.now() - timedelta(days=number)
        except OverflowError:
            message = f"--older-than {number}: that many days ago is before the calendar starts."
            raise CommandError(message) from None
        # One transaction: the plan and the erasure see the same submissions, and
        # either every due submission is erased or none is.
        with transaction.atomic():
            plan = plan_purge(cutoff)
            if not dry_run and plan.due:
                PracticeSubmission.objects.filter(
                    pk__in=[submission.pk for submission in plan.due]
                ).update(
                    submitter_name="", submitter_organisation="", submitter_email="", ip_hash=""
                )
        verb = "Would erase" if dry_run else "Erased"
        self.stdout.write(
            f"{verb} the contact details of {plural(len(plan.due), 'submission')} "
            f"decided before {cutoff:%Y-%m-%d}"
            + (f": {references(plan.due)}." if plan.due else ".")
        )
        if plan.unknown:
            self.stdout.write(
                f"Kept {plural(len(plan.unknown), 'decided submission')} whose decision "
                f"date is not recorded: {references(plan.unknown)}."
            )
