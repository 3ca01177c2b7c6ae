"""Rebuild, check and sync of the lab's indices (`manage.py lab_index`)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from django.conf import settings

from search.contract import locale_codes
from search.documents import document_for, live_indexed_pages
from search.indexing import elasticsearch_enabled, store_document
from search.models import IndexedDocument

Progress = Callable[[Iterable, str, int], Iterable]


def no_progress(items: Iterable, _label: str, _total: int) -> Iterable:
    return items


def expected_documents(locale: str, progress: Progress = no_progress) -> dict[int, dict]:
    pages = list(live_indexed_pages(locale))
    documents = {}
    for page in progress(pages, f"Documents {locale}", len(pages)):
        document = document_for(page)
        if document is not None:
            documents[document["id"]] = document
    return documents


def refresh_database_table(locale: str, progress: Progress = no_progress) -> dict[int, dict]:
    """Make the database engine's rows for a locale match the live pages."""
    documents = expected_documents(locale, progress)
    current = dict(
        IndexedDocument.objects.filter(locale=locale, deleted=False).values_list(
            "page_id", "digest"
        )
    )
    for page_id, document in documents.items():
        if current.get(page_id) != document["digest"]:
            store_document(document)
    gone = set(current) - set(documents)
    IndexedDocument.objects.filter(page_id__in=gone).delete()
    return documents


@dataclass
class Drift:
    locale: str
    engine: str
    missing: list[int] = field(default_factory=list)
    stale: list[int] = field(default_factory=list)
    extra: list[int] = field(default_factory=list)
    note: str = ""

    @property
    def clean(self) -> bool:
        return not (self.missing or self.stale or self.extra or self.note)


def compare(locale: str, engine: str, expected: dict[int, dict], actual: dict[int, str]) -> Drift:
    drift = Drift(locale, engine)
    for page_id, document in expected.items():
        if page_id not in actual:
            drift.missing.append(page_id)
        elif actual[page_id] != document["digest"]:
            drift.stale.append(page_id)
    drift.extra = sorted(set(actual) - set(expected))
    return drift


def check(locales: list[str], progress: Progress = no_progress) -> list[Drift]:
    drifts = []
    for locale in locales:
        expected = expected_documents(locale, progress)
        stored = dict(
            IndexedDocument.objects.filter(locale=locale, deleted=False).values_list(
                "page_id", "digest"
            )
        )
        drifts.append(compare(locale, "database", expected, stored))
        if elasticsearch_enabled():
            from search.engines import elasticsearch as es_engine

            try:
                indexed = es_engine.indexed_digests(locale)
            except es_engine.EngineUnavailable as error:
                drifts.append(Drift(locale, "elasticsearch", note=f"unreachable: {error}"))
                continue
            drift = compare(locale, "elasticsearch", expected, indexed)
            version = es_engine.index_version(locale)
            if version != es_engine.MAPPING_VERSION:
                drift.note = (
                    f"index mapping version {version}, code expects "
                    f"{es_engine.MAPPING_VERSION}: run `lab_index rebuild`"
                )
            drifts.append(drift)
    return drifts


def sync(locales: list[str], progress: Progress = no_progress) -> list[Drift]:
    """Repair drift: the database table from the pages, then Elasticsearch from the table."""
    before = check(locales, progress)
    for locale in locales:
        refresh_database_table(locale)
    if elasticsearch_enabled():
        from search.engines import elasticsearch as es_engine

        for drift in before:
            if drift.engine != "elasticsearch" or drift.note.startswith("unreachable"):
                continue
            IndexedDocument.objects.filter(page_id__in=drift.missing + drift.stale).update(
                elasticsearch_pending=True
            )
            for page_id in drift.extra:
                es_engine.ElasticsearchEngine(es_engine.admin_client()).delete_document(
                    drift.locale, page_id, refresh=settings.LAB_INDEX_REFRESH
                )
        from search.indexing import push_pending

        while push_pending(limit=1000):
            pass
    return before


@dataclass
class RebuildReport:
    locale: str
    index: str
    documents: int
    errors: int
    caught_up: int
    removed_indices: list[str]


def rebuild(locales: list[str], progress: Progress = no_progress) -> list[RebuildReport]:
    """Fresh database rows, then (with a cluster) a fresh index per locale swapped in."""
    reports = []
    for locale in locales:
        refresh_database_table(locale, progress)
        if not elasticsearch_enabled():
            count = IndexedDocument.objects.filter(locale=locale, deleted=False).count()
            reports.append(RebuildReport(locale, "database", count, 0, 0, []))
            continue
        from search.engines import elasticsearch as es_engine

        reports.append(es_engine.rebuild_locale(locale, progress))
    return reports


def default_locales(requested: list[str] | None) -> list[str]:
    return requested or locale_codes()
