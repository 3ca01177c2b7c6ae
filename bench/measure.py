"""The measurements of `make bench`, each on the same content and the same queries.

Latencies are wall-clock times taken around the call (time.perf_counter), on
loopback, with the engines interleaved query by query so that the noise of a
shared machine falls on every engine alike.
"""

from __future__ import annotations

import json
import random
import subprocess
import sys
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlencode

from django.conf import settings

from bench.loadgen import percentile
from bench.services import REPO, VAR, BenchError, KeepAlive
from bench.spec import CorpusSpec, query_words
from search.contract import FACETS, LabQuery

# The two filters of the compared query: facets Wagtail's own search can filter on too.
COMPARED_FILTERS = {
    "status": ("ongoing", "completed"),
    "authority_role": ("direct", "indirect"),
}
# The literal "one .facet() per facet" version (not the same answer): facets Wagtail's
# index cannot express are stood in for by one more facet request each, on this field.
NAIVE_STAND_IN_FIELD = "start_year"


def summary_ms(seconds: list[float]) -> dict:
    return {
        "samples": len(seconds),
        "p50_ms": round(1000 * percentile(seconds, 0.50), 2),
        "p95_ms": round(1000 * percentile(seconds, 0.95), 2),
        "mean_ms": round(1000 * sum(seconds) / len(seconds), 2),
    }


def compared_queries(spec: CorpusSpec, count: int, seed: int = 8) -> list[LabQuery]:
    """A text query + 2 filters, over every locale of the corpus, all different."""
    rng = random.Random(seed)  # noqa: S311 - picks test queries
    codes = spec.locale_codes()
    queries = []
    for number in range(count):
        locale = codes[number % len(codes)]
        filters = {facet: (rng.choice(values),) for facet, values in COMPARED_FILTERS.items()}
        queries.append(LabQuery(q=rng.choice(query_words(locale)), locale=locale, filters=filters))
    return queries


def api_path(query: LabQuery) -> str:
    params: list[tuple[str, str]] = [("locale", query.locale)]
    if query.q:
        params.append(("q", query.q))
    for facet, values in query.filters.items():
        params += [(facet, value) for value in values]
    return "/api/v2/lab/search/?" + urlencode(params)


# --- faceted search: our two engines and the naive approach ---------------------------------


def naive_facet_per_request(
    query: LabQuery, locale_ids: dict[str, int], only_expressible: bool = False
) -> tuple:
    """The issue's literal naive approach: `.search()` for the hits, `.count()`, then one
    `.facet()` request per facet (and one for the map). Not the same answer: facets
    Wagtail cannot express are stood in for, none is disjunctive, and the results
    lack the API's fields. Kept as a lower bound on the naive approach's cost."""
    from bench.naive import FILTER_FIELDS, backend
    from practices.models import PracticePage

    pages = PracticePage.objects.live().filter(locale_id=locale_ids[query.locale])
    for facet, values in query.filters.items():
        pages = pages.filter(**{f"{FILTER_FIELDS[facet]}__in": values})
    results = backend().search(query.q, pages, operator="and")
    hits = list(results[query.offset : query.offset + query.page_size])
    total = results.count()
    facets = {}
    for facet in (*FACETS, "map"):
        field = FILTER_FIELDS.get(facet)
        if field is None and only_expressible:
            continue
        facets[facet] = results.facet(field or NAIVE_STAND_IN_FIELD)
    return hits, total, facets


def same_answer(ours, naive) -> bool:
    """The naive answer is ours: total, every facet's counts, the map, and the fields
    of the results both return (their order differs: each ranks in its own way)."""
    if (ours.total, ours.facets, ours.map) != (naive.total, naive.facets, naive.map):
        return False
    documents = {hit.id: hit.document for hit in ours.hits}
    for hit in naive.hits:
        if hit.id in documents:
            document = documents[hit.id]
            shown = {key: document[key] for key in ("title", "url", "summary", "year")}
            shown["regions"] = [
                {"slug": region["slug"], "country": region["country"]}
                for region in document["regions"]
            ]
            shown["facets"] = {key: document["facets"][key] for key in ("kind", "aspect")}
            if shown != hit.document:
                return False
    return True


def naive_requests(query: LabQuery, locale_ids: dict[str, int]) -> dict:
    """How many Elasticsearch requests and SQL queries one naive search makes."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from bench import naive

    client = naive.backend().es
    sent = []
    perform = client.perform_request

    def counted(*args, **kwargs):
        sent.append(args[1] if len(args) > 1 else kwargs.get("path"))
        return perform(*args, **kwargs)

    client.perform_request = counted
    try:
        with CaptureQueriesContext(connection) as queries:
            naive.search(query, locale_ids[query.locale])
    finally:
        del client.perform_request
    return {"elasticsearch_requests": len(sent), "sql_queries": len(queries.captured_queries)}


def build_naive_index() -> dict:
    """Wagtail's Elasticsearch index of the practice pages (its own mapping and analysis)."""
    from wagtail.search.backends import get_search_backend

    from practices.models import PracticePage

    backend = get_search_backend("naive")
    started = time.perf_counter()
    index = backend.get_index_for_model(PracticePage)
    index.reset()
    index.add_model(PracticePage)  # the mapping first, as `update_index` does
    pages = PracticePage.objects.live().order_by("pk")
    count = pages.count()
    for start in range(0, count, 500):
        index.add_items(PracticePage, list(pages[start : start + 500]))
    index.refresh()
    return {"documents": count, "seconds": round(time.perf_counter() - started, 2)}


def faceted_search(queries: list[LabQuery], warmup: int = 10) -> dict:
    """p50/p95 of every approach on the same queries, interleaved; and whether the
    naive approach gave our engine's answer to each."""
    from wagtail.models import Locale

    from bench import naive
    from search.engines.database import DatabaseEngine
    from search.engines.elasticsearch import ElasticsearchEngine

    locale_ids = dict(Locale.objects.values_list("language_code", "pk"))
    approaches: dict[str, Callable[[LabQuery], object]] = {
        "elasticsearch": ElasticsearchEngine().search,
        "database": DatabaseEngine().search,
        "naive": lambda q: naive.search(q, locale_ids[q.locale]),
        "naive_facet_per_request": lambda q: naive_facet_per_request(q, locale_ids),
        "naive_expressible_only": lambda q: naive_facet_per_request(
            q, locale_ids, only_expressible=True
        ),
    }
    for query in queries[:warmup]:
        for run in approaches.values():
            run(query)
    timings: dict[str, list[float]] = {name: [] for name in approaches}
    names = list(approaches)
    same = 0
    for number, query in enumerate(queries):
        answers = {}
        # Rotate the order so that no approach always runs right after another.
        for name in names[number % len(names) :] + names[: number % len(names)]:
            started = time.perf_counter()
            answers[name] = approaches[name](query)
            timings[name].append(time.perf_counter() - started)
        same += same_answer(answers["elasticsearch"], answers["naive"])
    sizes = {name: summary_ms(values) for name, values in timings.items()}
    sizes["elasticsearch"]["requests_per_search"] = 1
    sizes["naive"].update(naive_requests(queries[0], locale_ids))
    sizes["naive"]["same_answer_as_elasticsearch_engine"] = f"{same} of {len(queries)}"
    sizes["naive_facet_per_request"]["requests_per_search"] = 2 + len(FACETS) + 1
    sizes["naive_expressible_only"]["requests_per_search"] = 2 + len(naive.FILTER_FIELDS)
    return sizes


# --- our API over the raw Elasticsearch request ------------------------------------------------


def raw_request(query: LabQuery) -> tuple[str, bytes]:
    """The exact request our engine sends for this query: index path and JSON body."""
    from search.engines.elasticsearch import LabFacetedSearch, alias_name, client

    faceted = LabFacetedSearch(query, client())[query.offset : query.offset + query.page_size]
    body = faceted.request_body()
    return f"/{alias_name(query.locale)}/_search", json.dumps(body).encode()


def api_vs_raw(app_url: str, queries: list[LabQuery], warmup: int = 10) -> tuple[dict, int]:
    """End-to-end API time and the raw Elasticsearch time for the same queries, both
    from this process over loopback keep-alive connections. Returns (figures, errors)."""
    api = KeepAlive(app_url)
    raw = KeepAlive(settings.ELASTICSEARCH_URL.split(",")[0])
    requests = [(api_path(query), *raw_request(query)) for query in queries]
    errors = 0

    def timed_api(path: str) -> float:
        nonlocal errors
        started = time.perf_counter()
        status, body = api.request("GET", path)
        elapsed = time.perf_counter() - started
        if status != 200 or json.loads(body).get("engine") != "elasticsearch":
            errors += 1
        return elapsed

    def timed_raw(path: str, body: bytes) -> float:
        nonlocal errors
        started = time.perf_counter()
        status, _answer = raw.request("POST", path, body)
        elapsed = time.perf_counter() - started
        if status != 200:
            errors += 1
        return elapsed

    for path, raw_path, body in requests[:warmup]:
        timed_api(path)
        timed_raw(raw_path, body)
    api_times, raw_times = [], []
    for number, (path, raw_path, body) in enumerate(requests):
        if number % 2:
            api_times.append(timed_api(path))
            raw_times.append(timed_raw(raw_path, body))
        else:
            raw_times.append(timed_raw(raw_path, body))
            api_times.append(timed_api(path))
    api.close()
    raw.close()
    return {"api": summary_ms(api_times), "raw_elasticsearch": summary_ms(raw_times)}, errors


# --- indexing ------------------------------------------------------------------------------------


class PhaseClock:
    """Wraps lab_index's progress callback to time its two long phases: turning pages
    into documents ("Documents xx") and loading them into Elasticsearch ("Indexing xx").
    The time a phase's loop body takes is inside its iteration, so it is counted."""

    def __init__(self, progress) -> None:
        self.progress = progress
        self.seconds: dict[str, float] = {}

    def __call__(self, items, label: str, total: int):
        phase = label.split()[0].lower()

        def timed():
            started = time.perf_counter()
            try:
                yield from self.progress(items, label, total)
            finally:
                self.seconds[phase] = self.seconds.get(phase, 0.0) + time.perf_counter() - started

        return timed()


def rebuild(locales: list[str], progress, from_pages: bool = False) -> dict:
    """`lab_index rebuild [--from-pages]` (the service function the command calls),
    timed by phase."""
    from search import maintenance

    clock = PhaseClock(progress)
    started = time.perf_counter()
    reports = maintenance.rebuild(locales, clock, from_pages=from_pages)
    seconds = time.perf_counter() - started
    documents = sum(report.documents for report in reports)
    pages_s = clock.seconds.get("documents", 0.0)
    load_s = clock.seconds.get("indexing", 0.0)
    return {
        "documents": documents,
        "seconds": round(seconds, 2),
        "errors": sum(report.errors for report in reports),
        "docs_per_s": round(documents / seconds, 1),
        "phases_s": {
            "pages_to_documents": round(pages_s, 2),
            "bulk_load_into_elasticsearch": round(load_s, 2),
            "index_create_refresh_swap_and_rest": round(seconds - pages_s - load_s, 2),
        },
    }


def publish_to_search(app_url: str, samples: int, timeout: float = 15.0) -> tuple[dict, int]:
    """Publish a changed practice as an editor does, then ask the search API for it until
    it is found; the time from the publish call to the first answer that has it."""
    from practices.models import PracticePage

    api = KeepAlive(app_url)
    pages = list(
        PracticePage.objects.live()
        .filter(locale__language_code=settings.LANGUAGE_CODE)
        .order_by("pk")
        .values_list("pk", flat=True)[:samples]
    )
    if len(pages) < samples:
        raise BenchError("the corpus has too few English practices to measure publishing")
    latencies, errors = [], 0
    for page_id in pages:
        page = PracticePage.objects.get(pk=page_id)
        original = page.title
        token = "zq" + uuid.uuid4().hex[:10]
        page.title = f"{original} {token}"
        path = api_path(LabQuery(q=token, locale=page.locale.language_code))
        started = time.perf_counter()
        page.save_revision().publish()
        found = False
        while time.perf_counter() - started < timeout:
            status, body = api.request("GET", path)
            if status != 200:
                errors += 1
            elif json.loads(body).get("total", 0) >= 1:
                found = True
                break
            time.sleep(0.02)
        elapsed = time.perf_counter() - started
        if not found:
            errors += 1
        latencies.append(elapsed if found else timeout)
        page = PracticePage.objects.get(pk=page_id)
        page.title = original
        page.save_revision().publish()
        time.sleep(0.2)
    api.close()
    return {
        "samples_s": [round(x, 3) for x in latencies],
        "median_s": round(percentile(latencies, 0.5), 3),
        "max_s": round(max(latencies), 3),
    }, errors


# --- load from a second process -----------------------------------------------------------------


def load(app_url: str, paths: list[str], name: str, concurrency: int, seconds: float) -> dict:
    """Run bench/loadgen.py in its own process against these paths; returns its summary."""
    VAR.mkdir(parents=True, exist_ok=True)
    paths_file = VAR / f"paths-{name}.txt"
    paths_file.write_text("\n".join(paths) + "\n")
    done = subprocess.run(  # noqa: S603 - our own module, fixed arguments
        [
            sys.executable,
            "-m",
            "bench.loadgen",
            f"--base={app_url}",
            f"--paths-file={paths_file}",
            f"--concurrency={concurrency}",
            f"--duration={seconds}",
        ],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=seconds + 120,
        check=False,
    )
    if done.returncode != 0:
        raise BenchError(f"the load generator failed: {done.stderr.strip()[-500:]}")
    return {"concurrency": concurrency, **json.loads(done.stdout)}


def search_paths(spec: CorpusSpec, count: int = 64, seed: int = 9) -> list[str]:
    """Varied visitor searches: text or not, 0-3 filters, several locales and pages."""
    rng = random.Random(seed)  # noqa: S311 - picks test queries
    codes = spec.locale_codes()
    choices = {
        "aspect": ["inclusion", "innovation", "communication", "sustainability"],
        "region": [f"region-{n:03d}" for n in range(min(spec.regions, 20))],
        "status": ["ongoing", "completed"],
        "policy_area": ["labour-market", "education", "health", "housing"],
        "evidence": ["not-evaluated", "self-assessed", "external-evaluation"],
    }
    paths = []
    for _ in range(count):
        locale = rng.choice(codes)
        filters = {
            facet: (rng.choice(values),)
            for facet, values in rng.sample(sorted(choices.items()), rng.randint(0, 3))
        }
        q = rng.choice(query_words(locale)) if rng.random() < 0.7 else ""
        query = LabQuery(q=q, locale=locale, filters=filters)
        page = "" if rng.random() < 0.8 else "&page=2"
        paths.append(api_path(query) + page)
    return paths


def practice_index_paths(spec: CorpusSpec) -> list[str]:
    return [f"/{code}/practices/" for code in spec.locale_codes()]


def write_json(path: Path, data: dict) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n")
