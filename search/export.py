"""Open data: the lab's search results as CSV and JSON, streamed.

`GET /api/v2/lab/export.csv` and `/api/v2/lab/export.json` take the search's own
parameters (without paging) through `parse_query`, and page through the search
service, so a filter means exactly what it means in `/api/v2/lab/search/` on the
same engine. Rows carry stable ids (page ids), the page URL and slugs for every
facet; the JSON's metadata adds the licence and a citation line.
"""

from __future__ import annotations

import csv
import io
import json
import logging
from collections.abc import Iterator
from dataclasses import replace

from django.conf import settings
from django.db import DatabaseError
from django.http import HttpRequest, HttpResponse, JsonResponse, StreamingHttpResponse
from django.utils import timezone, translation
from django.views.decorators.http import require_GET
from wagtail.models import Site

from search.contract import MAX_PAGE_SIZE, LabQuery, QueryError, parse_query
from search.service import Answer, Labels, answer

logger = logging.getLogger("lab.search")

# Elasticsearch's max_result_window: neither engine pages further than this.
MAX_ROWS = 10_000
PAGE_SIZE = MAX_PAGE_SIZE  # results fetched from the search at a time
LIST_SEPARATOR = ";"  # between the values of a multi-valued CSV cell (slugs never hold one)
COLUMNS = (
    "id",
    "locale",
    "title",
    "url",
    "summary",
    "kind",
    "start_year",
    "published_at",
    "region",
    "region_title",
    "country",
    "aspect",
    "policy_area",
    "target_group",
    "authority_role",
    "status",
    "evidence",
    "funding",
)
LABELLED_FACETS = (
    "aspect",
    "policy_area",
    "target_group",
    "funding",
    "authority_role",
    "status",
    "kind",
    "evidence",
)
# Spreadsheet programs run a cell that starts like a formula: such text gets a quote.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def site_root(request: HttpRequest) -> str:
    """The site's own root URL, as in the pages API's `html_url`."""
    site = Site.find_for_request(request)
    return site.root_url if site else request.build_absolute_uri("/").rstrip("/")


def export_row(document: dict, root_url: str) -> dict:
    """One result as an open-data row, from the indexed document."""
    facets = document["facets"]
    url = document["url"]
    return {
        "id": document["id"],
        "locale": document["locale"],
        "title": document["title"],
        "url": root_url + url if url and url.startswith("/") else url,
        "summary": document["summary"],
        "kind": facets["kind"][0],
        "start_year": document["year"],
        "published_at": document["published_at"],
        "region": [region["slug"] for region in document["regions"]],
        "region_title": [region["title"] for region in document["regions"]],
        "country": facets["country"],
        "aspect": facets["aspect"],
        "policy_area": facets["policy_area"],
        "target_group": facets["target_group"],
        "authority_role": facets["authority_role"][0],
        "status": facets["status"][0],
        "evidence": facets["evidence"][0],
        "funding": facets["funding"],
    }


def rows(query: LabQuery, first: Answer, request: HttpRequest) -> Iterator[dict]:
    """Every result, page after page of the search; a page id is never repeated."""
    root_url = site_root(request)
    seen: set[int] = set()
    found, page = first, query.page
    while True:
        for hit in found.result.hits:
            if hit.id not in seen:
                seen.add(hit.id)
                yield export_row(hit.document, root_url)
        done = page * query.page_size
        if not found.result.hits or done >= min(found.result.total, MAX_ROWS):
            return
        page += 1
        found = answer(replace(query, page=page))


def vocabulary(locale: str) -> dict[str, dict[str, str]]:
    """Labels of the slugs used in rows, in the export's locale."""
    labels = Labels.for_locale(locale)
    with translation.override(locale):
        return {facet: dict(labels.for_facet(facet)) for facet in LABELLED_FACETS}


def metadata(query: LabQuery, first: Answer, request: HttpRequest) -> dict:
    now = timezone.now()
    source = request.build_absolute_uri()
    filters = "; ".join(f"{name}={','.join(values)}" for name, values in query.filters.items())
    described = ", ".join(
        part
        for part in (
            f"locale {query.locale}",
            f'text "{query.q}"' if query.q else "",
            f"filters {filters}" if filters else "",
        )
        if part
    )
    return {
        "title": settings.LAB_OPEN_DATA_TITLE,
        "publisher": settings.WAGTAIL_SITE_NAME,
        "licence": settings.LAB_OPEN_DATA_LICENCE,
        "citation": (
            f"{settings.WAGTAIL_SITE_NAME} ({now.year}). {settings.LAB_OPEN_DATA_TITLE} "
            f"[data set; {described}]. Retrieved {now.date().isoformat()} from {source}"
        ),
        "source": source,
        "generated_at": now.isoformat(),
        "engine": first.engine,
        "degraded": first.degraded,
        "query": query.as_json(),
        "total": first.result.total,
        "truncated": first.result.total > MAX_ROWS,
        "columns": list(COLUMNS),
        "vocabulary": vocabulary(query.locale),
    }


def stream_json(meta: dict, results: Iterator[dict]) -> Iterator[str]:
    head = json.dumps({"metadata": meta}, ensure_ascii=False)
    yield head[:-1] + ', "results": ['  # the object stays open for the rows
    for position, row in enumerate(results):
        yield ("," if position else "") + "\n" + json.dumps(row, ensure_ascii=False)
    yield "\n]}\n"


def csv_cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return LIST_SEPARATOR.join(str(item) for item in value)
    text = str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def stream_csv(results: Iterator[dict]) -> Iterator[str]:
    buffer = io.StringIO()
    writer = csv.writer(buffer)

    def line(values) -> str:
        writer.writerow(values)
        text = buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
        return text

    yield line(COLUMNS)
    for row in results:
        yield line(csv_cell(row[column]) for column in COLUMNS)


def logged(chunks: Iterator[str]) -> Iterator[str]:
    """Once streaming has begun the status is sent: a failure can only cut the body short."""
    try:
        yield from chunks
    except Exception:
        logger.exception("An export stopped part-way.")
        raise


def start(request: HttpRequest) -> tuple[LabQuery, Answer] | HttpResponse:
    """Validate the parameters and fetch the first page before any byte is sent, so
    that a bad parameter or a failing database still gets a proper status."""
    try:
        query = parse_query(request.GET, paged=False)
    except QueryError as error:
        return JsonResponse(error.as_json(), status=400)
    query = replace(query, page=1, page_size=PAGE_SIZE)
    try:
        return query, answer(query)
    except DatabaseError:
        logger.exception("The database could not answer an export.")
        return JsonResponse(
            {
                "error": {
                    "code": "unavailable",
                    "param": None,
                    "message": "The export is unavailable for a moment; try again shortly.",
                }
            },
            status=503,
            headers={"Retry-After": "30"},
        )


def licence_link() -> str:
    return f'<{settings.LAB_OPEN_DATA_LICENCE["url"]}>; rel="license"'


def filename(query: LabQuery, extension: str) -> str:
    return f"integration-lab-practices-{query.locale}.{extension}"


@require_GET
def export_csv(request: HttpRequest) -> HttpResponse:
    started = start(request)
    if isinstance(started, HttpResponse):
        return started
    query, first = started
    response = StreamingHttpResponse(
        logged(stream_csv(rows(query, first, request))),
        content_type="text/csv; charset=utf-8; header=present",
    )
    response["Content-Disposition"] = f'attachment; filename="{filename(query, "csv")}"'
    response["Link"] = licence_link()
    return response


@require_GET
def export_json(request: HttpRequest) -> HttpResponse:
    started = start(request)
    if isinstance(started, HttpResponse):
        return started
    query, first = started
    response = StreamingHttpResponse(
        logged(stream_json(metadata(query, first, request), rows(query, first, request))),
        content_type="application/json",
    )
    response["Content-Disposition"] = f'inline; filename="{filename(query, "json")}"'
    response["Link"] = licence_link()
    return response
