"""Index on Wagtail's publishing signals, after the transaction commits.

Never on plain `post_save`: drafts must not reach the search. Handlers only
collect page ids; the work runs as a background task once the editor's
transaction has committed.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move

from search.documents import INDEXED_PAGE_MODELS, indexed_models, is_indexed
from search.models import IndexedDocument, LabelsVersion


def affected_page_ids(page: Page) -> list[int]:
    """The indexed pages whose documents change when this page changes."""
    from regions.models import RegionPage

    page = page.specific
    ids = [page.pk] if is_indexed(page) else []
    descendants = Page.objects.descendant_of(page).type(*indexed_models())
    if isinstance(page, RegionPage):
        from practices.models import PracticePage

        ids += list(descendants.values_list("pk", flat=True))
        ids += list(
            PracticePage.objects.filter(
                locale_id=page.locale_id, regions__translation_key=page.translation_key
            ).values_list("pk", flat=True)
        )
    elif not ids:
        # A parent's slug change moves its practices' URLs: reindex those whose
        # stored URL no longer starts with the parent's.
        prefix = page.get_url() or ""
        stored = IndexedDocument.objects.filter(
            page_id__in=descendants.values("pk"), deleted=False
        ).values_list("page_id", "document__url")
        ids += [page_id for page_id, url in stored if not (url or "").startswith(prefix)]
    return ids


_deferred = threading.local()


@contextmanager
def deferred_indexing() -> Iterator[set[int]]:
    """Collect the pages changed inside the block and index them once, in bulk, at
    the end (for commands that publish many pages, such as load_demo)."""
    _deferred.ids = collected = set()
    try:
        yield collected
    finally:
        _deferred.ids = None
    from search.indexing import index_pages

    index_pages(sorted(collected))


def queue_update(page_ids: list[int]) -> None:
    if not page_ids:
        return
    collecting: set[int] | None = getattr(_deferred, "ids", None)
    if collecting is not None:
        collecting.update(page_ids)
        return
    from search.tasks import update_search_index

    ids = sorted(set(page_ids))
    transaction.on_commit(lambda: update_search_index.enqueue(ids))


def on_publish_change(sender, instance: Page, **kwargs) -> None:
    queue_update(affected_page_ids(instance))


def on_move(sender, instance: Page, **kwargs) -> None:
    ids = [instance.pk] + list(
        Page.objects.descendant_of(instance).type(*indexed_models()).values_list("pk", flat=True)
    )
    queue_update(ids)


def on_delete(sender, instance, **kwargs) -> None:
    if isinstance(instance, Page) and sender._meta.label in INDEXED_PAGE_MODELS:
        queue_update([instance.pk])


def on_label_change(sender, **kwargs) -> None:
    """A term or a region changed: every process's facet labels are out of date
    (bumped in the writer's transaction, so a rollback leaves the labels alone)."""
    LabelsVersion.bump()


def connect() -> None:
    from practices.models import Aspect, FundingSource, PolicyArea, TargetGroup
    from regions.models import RegionPage

    for model in (Aspect, PolicyArea, TargetGroup, FundingSource, RegionPage):
        for signal in (post_save, post_delete):
            signal.connect(
                on_label_change, sender=model, dispatch_uid=f"lab_labels_{model.__name__}"
            )
    page_published.connect(on_publish_change, dispatch_uid="lab_search_published")
    page_unpublished.connect(on_publish_change, dispatch_uid="lab_search_unpublished")
    post_page_move.connect(on_move, dispatch_uid="lab_search_moved")
    post_delete.connect(on_delete, dispatch_uid="lab_search_deleted")
