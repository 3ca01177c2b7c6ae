"""A clear 503 when the database cannot be reached, instead of a 500.

Django turns an exception raised anywhere under a middleware into a 500 response
before outer middleware sees it, so this works in two steps: a receiver of
`got_request_exception` marks the request when the exception is a lost
database connection (OperationalError, InterfaceError), and the middleware,
placed first in MIDDLEWARE, swaps that 500 for a 503: JSON under /api/, the
plain templates/503.html elsewhere. Both tell the visitor to retry; nothing
was written, because the request's transaction could not commit.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable

from django.core.signals import got_request_exception
from django.db import InterfaceError, OperationalError
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.template import loader

logger = logging.getLogger("lab.database")

RETRY_AFTER_SECONDS = 30
MARK = "_lab_database_unavailable"


def mark_database_errors(sender, request: HttpRequest | None = None, **kwargs) -> None:
    error = sys.exc_info()[1]
    if request is not None and isinstance(error, (OperationalError, InterfaceError)):
        setattr(request, MARK, True)


got_request_exception.connect(mark_database_errors, dispatch_uid="lab_database_unavailable")


def unavailable_response(request: HttpRequest) -> HttpResponse:
    headers = {"Retry-After": str(RETRY_AFTER_SECONDS)}
    if request.path_info.startswith("/api/"):
        return JsonResponse(
            {
                "error": {
                    "code": "unavailable",
                    "message": "The service is unavailable for a moment; try again shortly.",
                    "param": None,
                }
            },
            status=503,
            headers=headers,
        )
    # Rendered without a request: context processors may need the database.
    body = loader.get_template("503.html").render({"retry_after": RETRY_AFTER_SECONDS})
    return HttpResponse(body, status=503, headers=headers)


class DatabaseUnavailableMiddleware:
    """Answer 503 (not 500) when the request failed because the database is gone."""

    def __init__(self, get_response: Callable) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if getattr(request, MARK, False) and response.status_code == 500:
            logger.error("Database unavailable: answered %s with 503.", request.path_info)
            return unavailable_response(request)
        return response
