"""The Elasticsearch engine: per-locale indices behind aliases, one faceted request per search."""

from __future__ import annotations

import functools
import logging
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import UTC, datetime

from django.conf import settings
from elasticsearch import ApiError, Elasticsearch, NotFoundError, TransportError
from elasticsearch.dsl import FacetedSearch, Q, Search, TermsFacet
from elasticsearch.helpers import bulk, streaming_bulk

from search.contract import FACETS, EngineHit, EngineResult, LabQuery

logger = logging.getLogger("lab.search")

# Bump when the mapping or the analysis changes: `lab_index check` reports indices
# built with another version, and `lab_index rebuild` replaces them.
MAPPING_VERSION = 3
FACET_SIZE = 1000
TEXT_FIELDS = ["title^3", "title.folded^2", "summary^2", "summary.folded", "text", "text.folded"]
# In order of preference for a result's one highlighted fragment.
HIGHLIGHTED_FIELDS = ("summary", "text")

# Elastic's language analyzers written out (minus keyword_marker), so a folded
# variant can be added; the filters exist on every cluster with analysis-common
# and on our local node through es-analysis-plugin.
ELISION_ARTICLES = {
    "fr": ["l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu", "puisqu"],
    "it": [
        "c",
        "l",
        "all",
        "dall",
        "dell",
        "nell",
        "sull",
        "coll",
        "pell",
        "gl",
        "agl",
        "dagl",
        "degl",
        "negl",
        "sugl",
        "un",
        "m",
        "t",
        "s",
        "v",
        "d",
    ],
}
STOPWORDS = {
    "en": "_english_",
    "fr": "_french_",
    "de": "_german_",
    "es": "_spanish_",
    "it": "_italian_",
    "el": "_greek_",
    "pt": "_portuguese_",
    "sv": "_swedish_",
}
STEMMERS = {
    "en": "english",
    "fr": "light_french",
    "de": "light_german",
    "es": "light_spanish",
    "it": "light_italian",
    "el": "greek",
    "pt": "light_portuguese",
    "sv": "swedish",  # Elastic's swedish analyzer: Snowball, as the database engine
}


class EngineUnavailable(Exception):
    """The cluster could not answer (down, unreachable, timing out, failing)."""


class IndexMissing(EngineUnavailable):
    """The cluster answers but a locale has no index yet (run `lab_index rebuild`)."""


class QueryRefused(EngineUnavailable):
    """The cluster answers but refused our request (a 4xx): a fault of ours, not an outage."""


def analysis_for(locale: str) -> dict:
    filters: dict[str, dict] = {
        "lab_stop": {"type": "stop", "stopwords": STOPWORDS[locale]},
        "lab_stemmer": {"type": "stemmer", "language": STEMMERS[locale]},
    }
    chain = ["lowercase", "lab_stop", "lab_stemmer"]
    if locale in ELISION_ARTICLES:
        filters["lab_elision"] = {
            "type": "elision",
            "articles_case": True,
            "articles": ELISION_ARTICLES[locale],
        }
        chain.insert(0, "lab_elision")
    if locale == "en":
        filters["lab_possessive"] = {"type": "stemmer", "language": "possessive_english"}
        chain.insert(0, "lab_possessive")
    if locale == "de":
        chain.insert(2, "german_normalization")
    if locale == "el":
        filters["lab_greek_lowercase"] = {"type": "lowercase", "language": "greek"}
        chain[chain.index("lowercase")] = "lab_greek_lowercase"
    return {
        "filter": filters,
        "analyzer": {
            "lab_text": {"type": "custom", "tokenizer": "standard", "filter": chain},
            "lab_folded": {
                "type": "custom",
                "tokenizer": "standard",
                "filter": [*chain, "asciifolding"],
            },
        },
    }


def _text_field(highlighted: bool = False) -> dict:
    # Term vectors with offsets let the fast vector highlighter cut fragments without
    # analysing the text again at query time; on long texts it costs a third less
    # than the unified highlighter reading offsets from the postings.
    options = {"term_vector": "with_positions_offsets"} if highlighted else {}
    return {
        "type": "text",
        "analyzer": "lab_text",
        **options,
        "fields": {"folded": {"type": "text", "analyzer": "lab_folded", **options}},
    }


def index_body(locale: str) -> dict:
    properties: dict[str, dict] = {
        "id": {"type": "long"},
        "locale": {"type": "keyword"},
        "title": _text_field(),
        "summary": _text_field(highlighted=True),
        "text": _text_field(highlighted=True),
        "sort_title": {"type": "keyword"},
        "year": {"type": "integer"},
        "published_at": {"type": "date"},
        "location": {"type": "geo_point"},
        "digest": {"type": "keyword"},
        "document": {"type": "object", "enabled": False},
    }
    properties.update({facet: {"type": "keyword"} for facet in FACETS})
    return {
        "settings": {
            "number_of_shards": 1,
            "number_of_replicas": settings.LAB_INDEX_REPLICAS,
            "analysis": analysis_for(locale),
        },
        "mappings": {
            "dynamic": "strict",
            "_meta": {"version": MAPPING_VERSION},
            # Results are built from `document`; its full text is already in `text`
            # (indexed, and kept for highlighting): not stored twice, never sent back.
            "_source": {"excludes": ["document.text"]},
            "properties": properties,
        },
    }


def entry_for(document: dict) -> dict:
    """The indexed form of a search document."""
    entry = {
        "id": document["id"],
        "locale": document["locale"],
        "title": document["title"],
        "summary": document["summary"],
        "text": document["text"],
        "sort_title": document["sort_title"],
        "year": document["year"],
        "published_at": document["published_at"],
        "location": [
            {"lat": r["lat"], "lon": r["lng"]} for r in document["regions"] if r["lat"] is not None
        ],
        "digest": document["digest"],
        "document": document,
    }
    entry.update(document["facets"])
    return entry


def nodes() -> list[str]:
    """The cluster's nodes the app was given (ELASTICSEARCH_URL, comma-separated)."""
    return [url for url in settings.ELASTICSEARCH_URL.split(",") if url]


def client(timeout: float | None = None) -> Elasticsearch:
    """The client for the configured nodes (one per process and set of settings)."""
    if settings.ELASTICSEARCH_API_KEY:
        auth = ("api_key", settings.ELASTICSEARCH_API_KEY)
    elif settings.ELASTICSEARCH_USERNAME:
        auth = ("basic_auth", (settings.ELASTICSEARCH_USERNAME, settings.ELASTICSEARCH_PASSWORD))
    else:
        auth = None
    return _client(
        tuple(nodes()),
        timeout or settings.LAB_SEARCH_TIMEOUT,
        auth,
        settings.ELASTICSEARCH_CA_CERTS,
    )


@functools.cache
def _client(
    hosts: tuple[str, ...], timeout: float, auth: tuple | None, ca_certs: str
) -> Elasticsearch:
    # Several nodes: the client's node pool spreads requests over them; a request that
    # fails on one node (refused, reset, timed out, 502/503/504) is retried once on
    # each other node, and a failed node is kept out of the pool for a while (backoff
    # from 1 s doubling up to 30 s) before it is tried again. So a search fails, and
    # the circuit breaker trips, only when no node could answer. One node: no retry,
    # the visitor's timeout is the whole wait.
    several = len(hosts) > 1
    options: dict = {
        "request_timeout": timeout,
        "max_retries": len(hosts) - 1,
        "retry_on_timeout": several,
        "dead_node_backoff_factor": 1.0,
        "max_dead_node_backoff": 30.0,
    }
    if auth is not None:
        options[auth[0]] = auth[1]
    if ca_certs:
        options["ca_certs"] = ca_certs
    return Elasticsearch(list(hosts), **options)


def admin_client() -> Elasticsearch:
    """For rebuilds and checks, which may wait longer than a visitor."""
    return client(timeout=60)


def alias_name(locale: str) -> str:
    return f"{settings.LAB_INDEX_PREFIX}-practices-{locale}"


def new_index_name(locale: str) -> str:
    stamp = datetime.now(UTC).strftime("%Y%m%d%H%M%S%f")
    return f"{alias_name(locale)}-{stamp}"


class LabFacetedSearch(FacetedSearch):
    """elasticsearch.dsl's FacetedSearch: results post-filtered, each facet counted
    under every filter but its own; plus map buckets under every filter."""

    facets = {facet: TermsFacet(field=facet, size=FACET_SIZE, min_doc_count=1) for facet in FACETS}
    fields = TEXT_FIELDS

    def __init__(self, query: LabQuery, es: Elasticsearch) -> None:
        self.lab_query = query
        self.es = es
        self.index = alias_name(query.locale)
        super().__init__(
            query=query.q or None, filters=dict(query.filters), sort=self.sort_order(query)
        )

    @staticmethod
    def sort_order(query: LabQuery) -> tuple:
        by_title = ({"sort_title": "asc"}, {"id": "asc"})
        if query.sort == "newest":
            return ({"year": {"order": "desc", "missing": "_last"}}, *by_title)
        if query.sort == "relevance" and query.q:
            return ("_score", *by_title)
        return by_title

    def search(self) -> Search:
        return (
            Search(using=self.es, index=self.index)
            .source(["document"])
            .extra(track_total_hits=True)
        )

    def query(self, search: Search, query: str) -> Search:
        return search.query(
            Q("multi_match", query=query, fields=self.fields, operator="and", type="best_fields")
        )

    def highlight(self, search: Search) -> Search:
        # A result shows one fragment: from the summary if it matches, else from the
        # text. Each field is highlighted once, with the matches of its folded variant
        # merged in (`Skane` marks `Skåne`), from the term vectors (see _text_field).
        search = search.highlight_options(
            type="fvh",
            encoder="html",
            pre_tags=["<mark>"],
            post_tags=["</mark>"],
            number_of_fragments=1,
            fragment_size=180,
            no_match_size=0,
        )
        for field in HIGHLIGHTED_FIELDS:
            search = search.highlight(field, matched_fields=[field, f"{field}.folded"])
        return search

    def request_body(self) -> dict:
        """The JSON body of the one search request (FacetedSearch keeps it in `_s`)."""
        return self._s.to_dict()

    def aggregate(self, search: Search) -> None:
        super().aggregate(search)
        every_filter = Q("match_all")
        for facet_filter in self._filters.values():
            every_filter &= facet_filter
        search.aggs.bucket("_map", "filter", filter=every_filter).bucket(
            "regions", "terms", field="region", size=FACET_SIZE
        )


def first_fragment(highlight: dict[str, list[str]]) -> str:
    for field in HIGHLIGHTED_FIELDS:
        if highlight.get(field):
            return highlight[field][0]
    return ""


class ElasticsearchEngine:
    name = "elasticsearch"
    _ready_locales: set[str] = set()  # per process: indices known to exist

    def __init__(self, es: Elasticsearch | None = None) -> None:
        self.es = es or client()

    def search(self, query: LabQuery) -> EngineResult:
        faceted = LabFacetedSearch(query, self.es)[query.offset : query.offset + query.page_size]
        try:
            # Read as plain JSON: elasticsearch.dsl's response objects would wrap every
            # hit and bucket, which turning the answer into an EngineResult never needs.
            # On a cluster, a shard with no copy left answers an error rather than a
            # smaller total nobody would notice.
            response = self.es.search(
                index=faceted.index,
                body=faceted.request_body(),
                allow_partial_search_results=False,
            ).body
        except NotFoundError:
            logger.warning(
                "Index %s is missing: run `manage.py lab_index rebuild`.", alias_name(query.locale)
            )
            raise IndexMissing(f"index {alias_name(query.locale)} missing") from None
        except ApiError as error:
            if 400 <= error.meta.status < 500 and error.meta.status != 429:
                raise QueryRefused(str(error)) from error
            raise EngineUnavailable(str(error)) from error
        except TransportError as error:
            raise EngineUnavailable(str(error)) from error
        hits = [
            EngineHit(
                id=int(hit["_id"]),
                document=hit["_source"]["document"],
                highlight=first_fragment(hit.get("highlight", {})),
            )
            for hit in response["hits"]["hits"]
        ]
        aggregations = response["aggregations"]
        facets = {
            facet: {
                bucket["key"]: bucket["doc_count"]
                for bucket in aggregations[f"_filter_{facet}"][facet]["buckets"]
                if bucket["doc_count"] > 0
            }
            for facet in FACETS
        }
        map_counts = {
            bucket["key"]: bucket["doc_count"]
            for bucket in aggregations["_map"]["regions"]["buckets"]
        }
        return EngineResult(
            total=response["hits"]["total"]["value"], hits=hits, facets=facets, map=map_counts
        )

    # --- writing ---------------------------------------------------------------

    def ensure_index(self, locale: str) -> None:
        """Create a locale's index behind its alias on first write, so a write never
        auto-creates an index with a guessed mapping."""
        if locale in self._ready_locales:
            return
        alias = alias_name(locale)
        if not self.es.indices.exists(index=alias):
            body = index_body(locale)
            index = new_index_name(locale)
            self.es.indices.create(
                index=index,
                settings=body["settings"],
                mappings=body["mappings"],
                aliases={alias: {}},
            )
        self._ready_locales.add(locale)

    def index_document(self, document: dict, refresh: str | bool = False) -> None:
        try:
            self.ensure_index(document["locale"])
            self.es.index(
                index=alias_name(document["locale"]),
                id=str(document["id"]),
                document=entry_for(document),
                refresh=refresh,
            )
        except (TransportError, ApiError) as error:
            raise EngineUnavailable(str(error)) from error

    def delete_document(self, locale: str, page_id: int, refresh: str | bool = False) -> None:
        try:
            self.es.delete(index=alias_name(locale), id=str(page_id), refresh=refresh)
        except NotFoundError:
            pass
        except (TransportError, ApiError) as error:
            raise EngineUnavailable(str(error)) from error

    def write_many(self, rows, refresh: str | bool = False) -> list[int]:
        """Index or delete (tombstones) many table rows in one bulk request; returns
        the page ids that went through. Raises EngineUnavailable if the cluster is gone."""
        rows = list(rows)
        if not rows:
            return []
        actions = []
        for row in rows:
            self.ensure_index(row.locale)
            if row.deleted:
                actions.append(
                    {
                        "_op_type": "delete",
                        "_index": alias_name(row.locale),
                        "_id": str(row.page_id),
                    }
                )
            else:
                actions.append(
                    {
                        "_op_type": "index",
                        "_index": alias_name(row.locale),
                        "_id": str(row.page_id),
                        "_source": entry_for(row.document),
                    }
                )
        done = []
        try:
            for ok, item in streaming_bulk(
                self.es,
                actions,
                chunk_size=500,
                refresh=refresh,
                raise_on_error=False,
                raise_on_exception=True,
            ):
                result = next(iter(item.values()))
                if ok or (result.get("status") == 404 and "delete" in item):
                    done.append(int(result["_id"]))
                else:
                    logger.warning(
                        "Elasticsearch refused page %s: %s", result.get("_id"), result.get("error")
                    )
        except (TransportError, ApiError) as error:
            raise EngineUnavailable(str(error)) from error
        return done


# --- maintenance (lab_index) ---------------------------------------------------------


def indexed_digests(locale: str) -> dict[int, str]:
    """page id → digest of every entry in a locale's index."""
    from elasticsearch.helpers import scan

    try:
        return {
            int(hit["_id"]): hit["_source"]["digest"]
            for hit in scan(
                admin_client(),
                index=alias_name(locale),
                _source=["digest"],
                query={"query": {"match_all": {}}},
            )
        }
    except NotFoundError:
        return {}
    except (TransportError, ApiError) as error:
        raise EngineUnavailable(str(error)) from error


def index_version(locale: str) -> int | None:
    try:
        mappings = admin_client().indices.get_mapping(index=alias_name(locale))
    except NotFoundError:
        return None
    except (TransportError, ApiError) as error:
        raise EngineUnavailable(str(error)) from error
    for body in mappings.values():
        return body["mappings"].get("_meta", {}).get("version")
    return None


def indices_behind(alias: str) -> list[str]:
    es = admin_client()
    try:
        return sorted(es.indices.get(index=f"{alias}-*").keys())
    except NotFoundError:
        return []


BULK_CHUNK = 250
BULK_IN_FLIGHT = 2


def load_index(es: Elasticsearch, index: str, documents: Iterable[dict]) -> int:
    """Bulk-load documents into a fresh index; returns how many failed.

    The caller's thread reads `documents` (a database cursor, inside its
    transaction) and cuts chunks; worker threads only send them, two at a time,
    so the node indexes one chunk while the next is being prepared."""

    def send(actions: list[dict]) -> int:
        _done, failed = bulk(
            es,
            actions,
            stats_only=True,
            raise_on_error=False,
            raise_on_exception=False,
            max_retries=2,
            chunk_size=BULK_CHUNK,
        )
        return failed

    def chunks() -> Iterator[list[dict]]:
        chunk: list[dict] = []
        for doc in documents:
            chunk.append({"_index": index, "_id": str(doc["id"]), "_source": entry_for(doc)})
            if len(chunk) == BULK_CHUNK:
                yield chunk
                chunk = []
        if chunk:
            yield chunk

    failed = 0
    with ThreadPoolExecutor(max_workers=BULK_IN_FLIGHT) as pool:
        in_flight: deque[Future[int]] = deque()
        for chunk in chunks():
            in_flight.append(pool.submit(send, chunk))
            if len(in_flight) >= BULK_IN_FLIGHT:
                failed += in_flight.popleft().result()
        failed += sum(future.result() for future in in_flight)
    return failed


def rebuild_locales(locales: list[str], progress) -> list:
    """Per locale a fresh index loaded from the database table, with the writes made
    meanwhile caught up; then every alias swapped in one atomic request, the writes
    made during the swap caught up, and the old indices removed.

    Steps that change the cluster's state (create, settings, refresh, aliases,
    delete) go out once for all locales, not once per locale."""
    from django.utils import timezone

    from search.maintenance import RebuildReport
    from search.models import IndexedDocument

    es = admin_client()
    new = {locale: new_index_name(locale) for locale in locales}

    def create(locale: str) -> None:
        body = index_body(locale)
        # Bulk-load settings: no refresh, no replica until the load is done.
        load_settings = {**body["settings"], "number_of_replicas": 0, "refresh_interval": "-1"}
        es.indices.create(index=new[locale], settings=load_settings, mappings=body["mappings"])

    with ThreadPoolExecutor(max_workers=4) as pool:  # plain HTTP: no database here
        list(pool.map(create, locales))

    def catch_up(locale: str, since) -> int:
        """Apply to the new index what live indexing wrote to the table since then."""
        changed = list(IndexedDocument.objects.filter(locale=locale, updated_at__gte=since))
        load_index(es, new[locale], (row.document for row in changed if not row.deleted))
        for row in changed:
            if row.deleted:
                es.delete(index=new[locale], id=str(row.page_id), ignore=[404])
        return len(changed)

    totals, errors, caught_up, first_catch_up = {}, {}, {}, {}
    for locale in locales:
        started = timezone.now()
        rows = IndexedDocument.objects.filter(locale=locale, deleted=False).order_by("page_id")
        totals[locale] = rows.count()
        documents = rows.values_list("document", flat=True).iterator(chunk_size=500)
        errors[locale] = load_index(
            es, new[locale], progress(documents, f"Indexing {locale}", totals[locale])
        )
        first_catch_up[locale] = timezone.now()
        caught_up[locale] = catch_up(locale, started)

    fresh = ",".join(new.values())
    es.indices.put_settings(
        index=fresh,
        settings={
            "index": {"refresh_interval": "1s", "number_of_replicas": settings.LAB_INDEX_REPLICAS}
        },
    )
    es.indices.refresh(index=fresh)

    actions: list[dict] = []
    old: dict[str, list[str]] = {}
    for locale in locales:
        alias = alias_name(locale)
        old[locale] = [name for name in indices_behind(alias) if name != new[locale]]
        try:
            holders = list(es.indices.get_alias(name=alias).keys())
        except NotFoundError:
            holders = []
        if holders:
            actions += [{"remove": {"index": name, "alias": alias}} for name in holders]
        elif es.indices.exists(index=alias):
            actions.append({"remove_index": {"index": alias}})  # a plain index squats on it
        actions.append({"add": {"index": new[locale], "alias": alias}})
    es.indices.update_aliases(actions=actions)
    swapped_at = timezone.now()

    # Live writes between the first catch-up and the swap went to the old indices.
    for locale in locales:
        caught_up[locale] += catch_up(locale, first_catch_up[locale])
    es.indices.refresh(index=fresh)
    for locale in locales:
        IndexedDocument.objects.filter(
            locale=locale, deleted=False, updated_at__lt=first_catch_up[locale]
        ).update(elasticsearch_pending=False)
        IndexedDocument.objects.filter(
            locale=locale, deleted=True, updated_at__lt=swapped_at
        ).delete()
    removed = [name for names in old.values() for name in names]
    if removed:
        es.indices.delete(index=",".join(removed), ignore_unavailable=True)
    return [
        RebuildReport(
            locale, new[locale], totals[locale], errors[locale], caught_up[locale], old[locale]
        )
        for locale in locales
    ]
