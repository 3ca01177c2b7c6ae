"""The visitor search page: what the practice database shows for one request.

The page answers from `search_json`, the same JSON as `/api/v2/lab/search/`, and
keeps its whole state in the URL's GET parameters (the API's names), so it works
with plain links and a GET form. Unlike the API it never refuses a request: a bad
parameter falls back to its default with a message, unknown ones are ignored.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from math import ceil
from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.http import HttpRequest
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from search.contract import (
    DEFAULT_PAGE_SIZE,
    FACETS,
    MAX_QUERY_LENGTH,
    SORTS,
    LabQuery,
    QueryError,
    parse_query_leniently,
)
from search.service import search_json

FACET_LEGENDS = {
    "aspect": _("Aspect"),
    "region": _("Region"),
    "country": _("Country"),
    "policy_area": _("Policy area"),
    "target_group": _("Target group"),
    "authority_role": _("Role of the regional authority"),
    "status": _("Status"),
    "kind": _("Type"),
    "evidence": _("Evidence"),
    "funding": _("Funding"),
}
SORT_LABELS = {
    "relevance": _("Relevance"),
    "newest": _("Newest first"),
    "title": _("Title (A–Z)"),
}
MARK_TAG = re.compile(r"(</?mark>)")


def notice_for(error: QueryError) -> str:
    """What the page tells a visitor about a parameter it ignored (in their language)."""
    if error.param == "q" and error.code == "query_too_long":
        return gettext(
            "The search text was longer than %(limit)s characters, so it was ignored."
        ) % {"limit": MAX_QUERY_LENGTH}
    if error.param == "q":
        return gettext("The search text could not be used, so it was ignored.")
    if error.param == "page":
        return gettext("The page number was not valid, so the first page is shown.")
    if error.param == "page_size":
        return gettext("The number of results per page was not valid, so %(size)s are shown.") % {
            "size": DEFAULT_PAGE_SIZE
        }
    if error.param == "sort":
        return gettext("That sort order does not exist, so results are sorted by relevance.")
    if error.param in FACET_LEGENDS:
        return gettext("The “%(facet)s” filter was not valid, so it was ignored.") % {
            "facet": FACET_LEGENDS[error.param]
        }
    return gettext("A search setting was not valid and was ignored.")


def query_string(query: LabQuery) -> str:
    """The URL parameters of a query, defaults left out; the locale is the page's own."""
    pairs: list[tuple[str, str | int]] = []
    if query.q:
        pairs.append(("q", query.q))
    for facet in FACETS:
        pairs.extend((facet, value) for value in query.filters.get(facet, ()))
    if query.sort != SORTS[0]:
        pairs.append(("sort", query.sort))
    if query.page != 1:
        pairs.append(("page", query.page))
    if query.page_size != DEFAULT_PAGE_SIZE:
        pairs.append(("page_size", query.page_size))
    return f"?{urlencode(pairs)}" if pairs else ""


def without_value(query: LabQuery, facet: str, value: str) -> LabQuery:
    filters = dict(query.filters)
    remaining = tuple(v for v in filters.pop(facet, ()) if v != value)
    if remaining:
        filters[facet] = remaining
    return replace(query, filters=filters, page=1)


def highlight_html(highlight: str) -> SafeString:
    """The engines' snippet, already escaped with only <mark> tags: keep just those tags."""
    pieces = MARK_TAG.split(highlight)
    return mark_safe(  # noqa: S308 - every piece but the <mark> tags is escaped here
        "".join(
            piece if MARK_TAG.fullmatch(piece) else piece.replace("<", "&lt;").replace(">", "&gt;")
            for piece in pieces
        )
    )


def search_context(request: HttpRequest, locale: str, base_url: str) -> dict:
    """Everything the practice index template needs to show one search."""
    query, errors = parse_query_leniently(request.GET, locale=locale)
    notices = [notice_for(error) for error in errors]
    body = search_json(query)
    num_pages = max(1, ceil(body["total"] / query.page_size))
    if query.page > num_pages and body["total"]:
        notices.append(
            gettext("There are only %(count)s pages of results, so the last one is shown.")
            % {"count": num_pages}
        )
        query = replace(query, page=num_pages)
        body = search_json(query)

    def url(changed: LabQuery) -> str:
        return base_url + query_string(changed)

    labels = {facet: {e["value"]: e["label"] for e in body["facets"][facet]} for facet in FACETS}
    facets, chips = [], []
    for facet in FACETS:
        entries = body["facets"][facet]
        if entries:
            facets.append({"name": facet, "legend": FACET_LEGENDS[facet], "entries": entries})
        for value in query.filters.get(facet, ()):
            chips.append(
                {
                    "facet": FACET_LEGENDS[facet],
                    "label": labels[facet].get(value, value),
                    "remove_url": url(without_value(query, facet, value)),
                }
            )
    results = [
        {
            **result,
            "kind_label": labels["kind"].get(result["kind"], result["kind"]),
            "highlight": highlight_html(result["highlight"]),
        }
        for result in body["results"]
    ]
    return {
        "query": query,
        "engine": body["engine"],
        "degraded": body["degraded"],
        "total": body["total"],
        "results": results,
        "facets": facets,
        "chips": chips,
        "notices": notices,
        "clear_url": url(replace(query, filters={}, page=1)),
        "all_url": base_url,
        "sorts": [(name, SORT_LABELS[name]) for name in SORTS],
        "default_page_size": DEFAULT_PAGE_SIZE,
        "max_query_length": MAX_QUERY_LENGTH,
        "pagination": pagination(query, num_pages, url),
    }


def pagination(query: LabQuery, num_pages: int, url: Callable[[LabQuery], str]) -> dict:
    """Previous/next and a window of page numbers around the current page."""
    # Paginator only needs a sized sequence to count pages; a range costs nothing.
    paginator = Paginator(range(num_pages), 1)
    pages = [
        {"number": number, "url": url(replace(query, page=number)), "current": number == query.page}
        if isinstance(number, int)
        else {"ellipsis": number}
        for number in paginator.get_elided_page_range(query.page, on_each_side=2, on_ends=1)
    ]
    return {
        "num_pages": num_pages,
        "pages": pages,
        "previous_url": url(replace(query, page=query.page - 1)) if query.page > 1 else "",
        "next_url": url(replace(query, page=query.page + 1)) if query.page < num_pages else "",
    }
