"""Keeping both engines' indices in step with what is published.

Pages are written to the database engine's table first (always, so the
fallback engine is current); Elasticsearch then receives what is pending. A
write the cluster misses stays pending and is pushed by the next indexing run
or by `lab_index sync`; an editor's publish never waits on a dead cluster.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable

from django.conf import settings
from django.contrib.postgres.search import SearchVector
from django.db import transaction
from django.db.models import Value
from wagtail.models import Page

from search.documents import document_for, fold, stemmed_words
from search.engines.database import POSTGRES_CONFIGS, uses_postgres
from search.models import IndexedDocument, IndexedFacetValue

logger = logging.getLogger("lab.search")


def elasticsearch_enabled() -> bool:
    return bool(settings.ELASTICSEARCH_URL)


def matching_text(document: dict) -> str:
    """What SQLite matches on: the folded text, then its stems in the page's language
    (after a line break, so a phrase never runs from the text into the stems)."""
    if uses_postgres():  # PostgreSQL stems with its own text-search configurations
        return fold(document["text"])
    text = " ".join((document["title"], document["summary"], document["text"]))
    return fold(document["text"]) + "\n" + stemmed_words(text, document["locale"])


def store_document(document: dict) -> IndexedDocument:
    """Write one document to the database engine's table (and mark it for Elasticsearch)."""
    with transaction.atomic():
        stored, _created = IndexedDocument.objects.update_or_create(
            page_id=document["id"],
            defaults={
                "locale": document["locale"],
                "title": document["title"][:255],
                "sort_title": document["sort_title"],
                "year": document["year"],
                "text": document["text"],
                "folded_text": matching_text(document),
                "document": document,
                "digest": document["digest"],
                "deleted": False,
                "elasticsearch_pending": elasticsearch_enabled(),
            },
        )
        IndexedFacetValue.objects.filter(document=stored).delete()
        IndexedFacetValue.objects.bulk_create(
            IndexedFacetValue(document=stored, facet=facet, value=value)
            for facet, values in document["facets"].items()
            for value in values
        )
        if uses_postgres():
            config = POSTGRES_CONFIGS[document["locale"]]
            IndexedDocument.objects.filter(pk=stored.pk).update(
                search_vector=SearchVector(Value(document["title"]), config=config, weight="A")
                + SearchVector(Value(document["summary"]), config=config, weight="B")
                + SearchVector("text", config=config, weight="C")
                + SearchVector("folded_text", config="simple", weight="D")
            )
    return stored


def remove_document(page_id: int) -> None:
    """Take a page out of the search (a tombstone remains until Elasticsearch knows)."""
    if elasticsearch_enabled():
        IndexedDocument.objects.filter(page_id=page_id).update(
            deleted=True, elasticsearch_pending=True
        )
        IndexedFacetValue.objects.filter(document_id=page_id).delete()
    else:
        IndexedDocument.objects.filter(page_id=page_id).delete()


def index_pages(page_ids: Iterable[int]) -> None:
    """Bring these pages' index entries up to date in both engines."""
    for page_id in dict.fromkeys(page_ids):
        page = Page.objects.filter(pk=page_id).first()
        document = document_for(page) if page is not None else None
        if document is not None:
            store_document(document)
        else:
            remove_document(page_id)
    if elasticsearch_enabled():
        push_pending()


def push_pending(limit: int = 1000, refresh: str | bool | None = None) -> int:
    """Send pending writes to Elasticsearch in bulk; returns how many went through."""
    from search.engines.elasticsearch import ElasticsearchEngine, EngineUnavailable
    from search.service import breaker

    if not breaker.allows():
        return 0
    refresh = settings.LAB_INDEX_REFRESH if refresh is None else refresh
    rows = list(
        IndexedDocument.objects.filter(elasticsearch_pending=True).order_by("updated_at")[:limit]
    )
    try:
        done = set(ElasticsearchEngine().write_many(rows, refresh=refresh))
    except EngineUnavailable as error:
        breaker.trip()
        logger.warning(
            "Elasticsearch missed %s index writes (%s); they stay pending.", len(rows), error
        )
        return 0
    for row in rows:
        if row.page_id not in done:
            continue
        # Only if nothing newer was written meanwhile (same updated_at).
        unchanged = IndexedDocument.objects.filter(pk=row.pk, updated_at=row.updated_at)
        if row.deleted:
            unchanged.delete()
        else:
            unchanged.update(elasticsearch_pending=False)
    return len(done)
