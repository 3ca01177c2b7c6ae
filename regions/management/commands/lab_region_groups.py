"""`manage.py lab_region_groups`: one editor group per region (idempotent)."""

from django.core.management.base import BaseCommand

from regions.editors import sync_region_groups


class Command(BaseCommand):
    help = (
        "Create or update one group per region whose members may edit, publish and "
        "translate that region's pages in every locale, and nothing else."
    )

    def handle(self, *args, **options) -> None:
        reports = sync_region_groups()
        if options["verbosity"] < 1:
            return
        for report in reports:
            state = "created" if report.created else "updated"
            self.stdout.write(
                f"  {report.group} ({state}): {report.pages} pages in the locale trees, "
                f"collection '{report.collection}'"
            )
        self.stdout.write(self.style.SUCCESS(f"{len(reports)} region editor groups in step."))
