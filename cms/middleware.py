"""HTTP behaviour of everything under /api/: language, refused characters, caching.

- The API takes its language from `?locale=` or from the page, never from the
  visitor's Accept-Language: Django's LocaleMiddleware is kept off /api/ (it would
  also turn every API 404 into a redirect to `/en/api/...`, the visitor site's
  catch-all), so responses need no `Vary: Accept-Language`.
- A NUL character in a query parameter is refused with a 400 before any view
  hands it to PostgreSQL, which cannot store it in text.
- Successful GET answers get `Cache-Control` for a CDN, an ETag from the body and,
  on Wagtail's endpoints, a Last-Modified: conditional requests are answered 304.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from email.utils import formatdate

from django.conf import settings
from django.db.models import Max
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.middleware.locale import LocaleMiddleware
from django.utils import translation
from django.utils.cache import get_conditional_response, set_response_etag
from wagtail.models import ModelLogEntry, Page, PageLogEntry

API_PREFIX = "/api/"
# Wagtail's content endpoints: their answers come straight from the database.
CONTENT_PREFIXES = ("/api/v2/pages/", "/api/v2/images/", "/api/v2/documents/")


def is_api(request: HttpRequest) -> bool:
    return request.path_info.startswith(API_PREFIX)


def error_body(request: HttpRequest, code: str, message: str, param: str | None) -> dict:
    """Wagtail's error body on Wagtail's endpoints, the lab's everywhere else."""
    if request.path_info.startswith(CONTENT_PREFIXES):
        return {"message": message}
    return {"error": {"code": code, "message": message, "param": param}}


class LabLocaleMiddleware(LocaleMiddleware):
    """Django's LocaleMiddleware for the visitor site; the API answers in its default
    language and leaves the response alone."""

    def process_request(self, request: HttpRequest) -> None:
        if is_api(request):
            translation.activate(settings.LANGUAGE_CODE)
            request.LANGUAGE_CODE = settings.LANGUAGE_CODE
            return
        super().process_request(request)

    def process_response(self, request: HttpRequest, response: HttpResponse) -> HttpResponse:
        if is_api(request):
            return response
        return super().process_response(request, response)


class ApiQueryGuardMiddleware:
    """Refuse query parameters no endpoint can use (a NUL character) with a clear 400."""

    def __init__(self, get_response: Callable) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if is_api(request):
            for name, values in request.GET.lists():
                if "\x00" in name or any("\x00" in value for value in values):
                    message = f"The parameter {name!r} contains a NUL character."
                    return JsonResponse(
                        error_body(request, "invalid_character", message, name), status=400
                    )
        return self.get_response(request)


def content_changed_at() -> datetime | None:
    """When the public content last changed, erring on the late side: the newest
    publish, or the newest logged action (unpublish, delete, move, an edit of a
    snippet, image or document...), whichever is later."""
    moments = [
        Page.objects.aggregate(at=Max("last_published_at"))["at"],
        PageLogEntry.objects.aggregate(at=Max("timestamp"))["at"],
        ModelLogEntry.objects.aggregate(at=Max("timestamp"))["at"],
    ]
    known = [moment for moment in moments if moment is not None]
    return max(known) if known else None


class ApiCachingMiddleware:
    """CDN-friendly caching headers and 304 answers for the API's GET requests.

    The ETag is a hash of the body, so it changes exactly when the answer does.
    Last-Modified is given only where the database answers directly (pages, images,
    documents): the search index is updated after a publish, so a search answer may
    lag behind the database's clock.
    """

    def __init__(self, get_response: Callable) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if not is_api(request) or request.method not in ("GET", "HEAD"):
            return response
        if response.status_code != 200 or response.has_header("Cache-Control"):
            return response  # errors, and answers that set their own policy (previews)
        response["Cache-Control"] = (
            f"public, max-age={settings.LAB_API_MAX_AGE}, "
            f"stale-while-revalidate={settings.LAB_API_STALE_WHILE_REVALIDATE}"
        )
        if response.streaming:
            return response  # exports: the body is not known before it is sent
        last_modified = None
        if request.path_info.startswith(CONTENT_PREFIXES):
            changed_at = content_changed_at()
            if changed_at is not None:
                last_modified = int(changed_at.timestamp())
                response["Last-Modified"] = formatdate(last_modified, usegmt=True)
        set_response_etag(response)
        return get_conditional_response(
            request, etag=response["ETag"], last_modified=last_modified, response=response
        )
