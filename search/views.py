"""The lab search API: `/api/v2/lab/search/` and `/api/v2/lab/map/`."""

from __future__ import annotations

import logging

from django.db import DatabaseError
from django.http import HttpRequest, JsonResponse
from django.views.decorators.http import require_GET

from search.contract import QueryError, parse_query
from search.service import map_json, search_json

logger = logging.getLogger("lab.search")


def _answer(request: HttpRequest, build, *, paged: bool) -> JsonResponse:
    try:
        query = parse_query(request.GET, paged=paged)
    except QueryError as error:
        return JsonResponse(error.as_json(), status=400)
    try:
        body = build(query)
    except DatabaseError:
        logger.exception("The database could not answer a search.")
        return JsonResponse(
            {
                "error": {
                    "code": "unavailable",
                    "param": None,
                    "message": "The search is unavailable for a moment; try again shortly.",
                }
            },
            status=503,
            headers={"Retry-After": "30"},
        )
    return JsonResponse(body, json_dumps_params={"ensure_ascii": False})


@require_GET
def search_api(request: HttpRequest) -> JsonResponse:
    return _answer(request, search_json, paged=True)


@require_GET
def map_api(request: HttpRequest) -> JsonResponse:
    return _answer(request, map_json, paged=False)
