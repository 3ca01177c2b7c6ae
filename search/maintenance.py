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


def expected_documents(
    locale: str, progress: Progress = no_progress, page_ids: Iterable[int] | None = None
) -> dict[int, dict]:
    pages = list(live_indexed_pages(locale, page_ids))
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


def refresh_outdated_rows(locale: str, progress: Progress = no_progress) -> int:
    """The table's rows brought up to date where a publish may have been missed: live
    pages without a row or published after their row was written get their document
    anew; rows of pages no longer live go. Returns how many documents were written.

    Live indexing keeps the table in step on every publish, so a rebuild need not
    turn every page into a document again; `lab_index sync` compares them all."""
    from search.documents import indexed_models

    published: dict[int, object] = {}
    for model in indexed_models():
        published.update(
            model.objects.live()
            .filter(locale__language_code=locale)
            .values_list("pk", "last_published_at")
        )
    written = dict(
        IndexedDocument.objects.filter(locale=locale, deleted=False).values_list(
            "page_id", "updated_at"
        )
    )
    outdated = [
        page_id
        for page_id, published_at in published.items()
        if page_id not in written or (published_at and published_at > written[page_id])
    ]
    documents = expected_documents(locale, progress, page_ids=outdated) if outdated else {}
    for document in documents.values():
        store_document(document)
    IndexedDocument.objects.filter(page_id__in=set(written) - set(published)).delete()
    return len(documents)


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


def rebuild(
    locales: list[str], progress: Progress = no_progress, from_pages: bool = False
) -> list[RebuildReport]:
    """The database table brought up to date (every document made anew from its page
    with `from_pages`, else only the outdated ones), then (with a cluster) a fresh
    index per locale loaded from the table and swapped in."""
    for locale in locales:
        if from_pages:
            refresh_database_table(locale, progress)
        else:
            refresh_outdated_rows(locale, progress)
    if elasticsearch_enabled():
        from search.engines import elasticsearch as es_engine

        return es_engine.rebuild_locales(locales, progress)
    return [
        RebuildReport(
            locale,
            "database",
            IndexedDocument.objects.filter(locale=locale, deleted=False).count(),
            0,
            0,
            [],
        )
        for locale in locales
    ]


def default_locales(requested: list[str] | None) -> list[str]:
    return requested or locale_codes()
