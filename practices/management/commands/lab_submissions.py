"""`manage.py lab_submissions purge --older-than DAYS`: forget who sent old, decided
submissions.

A submission keeps its sender's name, organisation and e-mail address so that the
research team can write to them while the practice is reviewed. Once moderators have
decided (the practice published, or its draft deleted or sent back), those details
are no longer needed: this erases them, with the keyed hash of the sender's address,
for submissions received more than DAYS ago. The reference, title, language and the
page stay, so the listing still tells what happened. Undecided submissions are kept.
"""

from __future__ import annotations

from datetime import timedelta

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import transaction
from django.utils import timezone

from practices.models import PracticeSubmission, SubmissionStatus

DECIDED = (SubmissionStatus.PUBLISHED, SubmissionStatus.REJECTED)
SHOWN = 10  # references listed in the summary line


def days(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise CommandError(f"--older-than takes a whole number of days, 1 or more (not {value!r}).")
    return number


class Command(BaseCommand):
    help = (
        "purge: erase the contact details of submissions received more than DAYS ago "
        "whose practice was published or turned down."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("action", choices=["purge"])
        parser.add_argument(
            "--older-than",
            required=True,
            metavar="DAYS",
            help="Only submissions received more than this many days ago.",
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="List what would be erased; change nothing."
        )

    def handle(self, *args, action: str, older_than: str, dry_run: bool, **options) -> None:
        cutoff = timezone.now() - timedelta(days=days(older_than))
        with transaction.atomic():
            due = list(
                PracticeSubmission.objects.filter(created_at__lt=cutoff, derived_status__in=DECIDED)
                .exclude(submitter_email="", submitter_name="")
                .order_by("created_at", "pk")
                .values_list("pk", "reference")
            )
            if not dry_run:
                PracticeSubmission.objects.filter(pk__in=[pk for pk, _ref in due]).update(
                    submitter_name="", submitter_organisation="", submitter_email="", ip_hash=""
                )
        references = [reference or f"#{pk}" for pk, reference in due]
        shown = ", ".join(references[:SHOWN])
        if len(references) > SHOWN:
            shown += f" and {len(references) - SHOWN} more"
        verb = "Would erase" if dry_run else "Erased"
        self.stdout.write(
            f"{verb} the contact details of {len(references)} decided submission"
            f"{'' if len(references) == 1 else 's'} received before {cutoff:%Y-%m-%d}"
            + (f": {shown}." if references else ".")
        )
