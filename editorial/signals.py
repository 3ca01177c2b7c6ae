"""A new locale's practice or region index page joins the editorial setup at once."""

from __future__ import annotations

from django.db.models.signals import post_save


def on_index_page_created(sender, instance, created: bool, raw: bool = False, **kwargs) -> None:
    # Created by an editor, by load_demo, or by wagtail-localize when it copies a
    # missing parent for a translation: each needs the roles and the workflow.
    if created and not raw:
        from editorial.roles import open_new_tree

        open_new_tree(instance)


def on_region_page_created(sender, instance, created: bool, raw: bool = False, **kwargs) -> None:
    # A region's new translation belongs to that region's group from the start.
    if created and not raw:
        from regions.editors import grant_new_translation

        grant_new_translation(instance)


def connect() -> None:
    from practices.models import PracticeIndexPage
    from regions.models import RegionIndexPage, RegionPage

    post_save.connect(
        on_region_page_created,
        sender=RegionPage,
        dispatch_uid="editorial_grant_region_translation",
    )

    for model in (PracticeIndexPage, RegionIndexPage):
        post_save.connect(
            on_index_page_created,
            sender=model,
            dispatch_uid=f"editorial_open_tree_{model._meta.label_lower}",
        )
