"""A new locale's practice or region index page joins the editorial setup at once."""

from __future__ import annotations

from django.db.models.signals import post_save


def on_index_page_created(sender, instance, created: bool, raw: bool = False, **kwargs) -> None:
    # Created by an editor, by load_demo, or by wagtail-localize when it copies a
    # missing parent for a translation: each needs the roles and the workflow.
    if created and not raw:
        from editorial.roles import open_new_tree

        open_new_tree(instance)


def connect() -> None:
    from practices.models import PracticeIndexPage
    from regions.models import RegionIndexPage

    for model in (PracticeIndexPage, RegionIndexPage):
        post_save.connect(
            on_index_page_created,
            sender=model,
            dispatch_uid=f"editorial_open_tree_{model._meta.label_lower}",
        )
