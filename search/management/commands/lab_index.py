"""`manage.py lab_index rebuild|check|sync`: the lab search's indices."""

from __future__ import annotations

import time

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from search import maintenance
from search.contract import locale_codes
from search.indexing import elasticsearch_enabled


def progress_bar(items, label: str, total: int):
    return tqdm(items, desc=label, total=total, unit="doc", leave=False, disable=None)


class Command(BaseCommand):
    help = (
        "rebuild: fresh indices for every locale, swapped in with no downtime; "
        "check: report drift between the pages, the database table and Elasticsearch; "
        "sync: repair that drift."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("action", choices=["rebuild", "check", "sync"])
        parser.add_argument(
            "--locale",
            action="append",
            dest="locales",
            metavar="CODE",
            help="Only this locale (repeatable). Default: all eight.",
        )
        parser.add_argument(
            "--from-pages",
            action="store_true",
            help=(
                "rebuild: make every document anew from its page (after a change to what "
                "documents contain). Default: only documents older than their page."
            ),
        )

    def say(self, message: str) -> None:
        if self.verbosity >= 1:
            self.stdout.write(message)

    def handle(self, *args, action: str, locales: list[str] | None, **options) -> None:
        self.verbosity = options.get("verbosity", 1)
        self.from_pages = options.get("from_pages", False)
        if self.from_pages and action != "rebuild":
            raise CommandError("--from-pages goes with rebuild (check and sync read every page).")
        for code in locales or []:
            if code not in locale_codes():
                raise CommandError(
                    f"Unknown locale {code!r}; use one of {', '.join(locale_codes())}."
                )
        locales = maintenance.default_locales(locales)
        engine = "Elasticsearch and the database" if elasticsearch_enabled() else "the database"
        self.say(f"lab_index {action}: {engine}, locales {', '.join(locales)}")
        try:
            getattr(self, f"run_{action}")(locales)
        except Exception as error:  # a cluster refusing a rebuild: say what and stop
            from search.engines.elasticsearch import ApiError, TransportError

            if isinstance(error, (ApiError, TransportError)):
                raise CommandError(f"Elasticsearch refused: {error}") from error
            raise

    def run_rebuild(self, locales: list[str]) -> None:
        started = time.monotonic()
        reports = maintenance.rebuild(locales, progress_bar, from_pages=self.from_pages)
        seconds = time.monotonic() - started
        documents = sum(report.documents for report in reports)
        for report in reports:
            self.say(
                f"  {report.locale}: {report.documents} documents into {report.index}"
                f" ({report.errors} errors, {report.caught_up} caught up,"
                f" {len(report.removed_indices)} old indices removed)"
            )
        errors = sum(report.errors for report in reports)
        message = f"Rebuilt {documents} documents in {seconds:.1f} s."
        if errors:
            raise CommandError(f"{message} {errors} documents failed; run `lab_index sync`.")
        self.say(self.style.SUCCESS(message))

    def report(self, drifts) -> bool:
        clean = True
        for drift in drifts:
            if drift.clean:
                self.say(f"  {drift.locale} {drift.engine}: in step")
                continue
            clean = False
            self.say(
                f"  {drift.locale} {drift.engine}: {len(drift.missing)} missing, "
                f"{len(drift.stale)} stale, {len(drift.extra)} extra"
                + (f" ({drift.note})" if drift.note else "")
            )
        return clean

    def run_check(self, locales: list[str]) -> None:
        if self.report(maintenance.check(locales, progress_bar)):
            self.say(self.style.SUCCESS("No drift."))
        else:
            raise CommandError("Drift found: run `manage.py lab_index sync` to repair it.")

    def run_sync(self, locales: list[str]) -> None:
        self.report(maintenance.sync(locales, progress_bar))
        if self.report(maintenance.check(locales)):
            self.say(self.style.SUCCESS("In step after sync."))
        else:
            raise CommandError("Drift remains after sync (is the cluster reachable?).")
