"""`python manage.py lab_editorial`: the editorial roles and the moderation workflow.

Idempotent: creates what is missing (the Editors, Moderators and Translators
groups, the "Moderation" workflow) and grants them the practice and region
trees of every locale. `load_demo` runs it.
"""

from __future__ import annotations

from django.core.management.base import BaseCommand

from editorial.roles import ensure_editorial_setup


class Command(BaseCommand):
    help = "Create the editorial groups and the moderation workflow on every locale's trees."

    def handle(self, *args, **options) -> None:
        setup = ensure_editorial_setup()
        trees = ", ".join(f"{page.title} ({page.locale.language_code})" for page in setup.trees)
        self.stdout.write(
            self.style.SUCCESS(
                f"Groups {', '.join(setup.groups)}; workflow {setup.workflow.name!r} "
                f"on {len(setup.trees)} trees: {trees or 'none yet'}."
            )
        )
