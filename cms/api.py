"""The headless API router, mounted at /api/v2/ before Wagtail's catch-all.

Wagtail's v2 endpoints, made stricter where front ends and fuzzing need it: an
unknown locale or a malformed filter value is a 400 (never a 404 or a 500), the
find-by-path view understands the locale prefix of the lab's URLs, and the
API is anonymous so that a CDN can cache it (no session, no `Vary: Cookie`).
"""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.http import Http404
from django.urls import path
from rest_framework import serializers
from rest_framework.response import Response
from wagtail.api import APIField
from wagtail.api.v2.filters import FieldsFilter, LocaleFilter, SearchFilter
from wagtail.api.v2.pagination import WagtailPagination
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import BaseAPIViewSet, PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.fields import StreamField
from wagtail.images.api.v2.views import ImagesAPIViewSet
from wagtail.models import Collection, CollectionViewRestriction, Locale, Site

from cms.preview import PreviewTokenError, draft_for, read_token
from home.api import image_json
from search.contract import locale_codes


class StrictFieldsFilter(FieldsFilter):
    """Wagtail's `?field=value` filters, with every value checked by its model field
    first: Wagtail converts only integers and booleans, and a date, a number or a
    related id that does not parse would otherwise fail in the database."""

    def filter_queryset(self, request, queryset, view):
        filterable = set(view.get_available_fields(queryset.model, db_fields_only=True))
        filterable.discard("locale")  # LocaleFilter's parameter
        for name, value in request.GET.items():
            if name in filterable:
                check_filter_value(queryset.model, name, value)
        return super().filter_queryset(request, queryset, view)


def check_filter_value(model: type[models.Model], name: str, value: str) -> None:
    try:
        field = model._meta.get_field(name)
    except LookupError:
        return  # not a model field (Wagtail skips it too)
    if isinstance(field, (StreamField, models.JSONField)):
        raise BadRequestError(f"cannot filter by {name} (structured content)")
    if isinstance(field, models.BooleanField):
        return  # Wagtail parses booleans itself ("true", "false", "1", "0")
    if field.is_relation:
        field = field.target_field
    try:
        field.to_python(value)
    except (ValidationError, ValueError, TypeError) as error:
        raise BadRequestError(f"{value!r} is not a valid value for {name}") from error


class StrictLocaleFilter(LocaleFilter):
    """`?locale=` must be one of the lab's locales: an unknown one is a bad parameter."""

    def filter_queryset(self, request, queryset, view):
        if "locale" in request.GET and request.GET["locale"] not in locale_codes():
            raise BadRequestError(f"locale must be one of: {', '.join(locale_codes())}")
        return super().filter_queryset(request, queryset, view)


class StrictSearchFilter(SearchFilter):
    """`?search_operator=` is `and` or `or` (the search backend raises on anything else)."""

    def filter_queryset(self, request, queryset, view):
        if request.GET.get("search_operator") not in (None, "", "and", "or"):
            raise BadRequestError("search_operator must be 'and' or 'or'")
        return super().filter_queryset(request, queryset, view)


def strict(backends: list) -> list:
    replacements = {
        FieldsFilter: StrictFieldsFilter,
        LocaleFilter: StrictLocaleFilter,
        SearchFilter: StrictSearchFilter,
    }
    return [replacements.get(backend, backend) for backend in backends]


# Beyond this the database cannot take an OFFSET (and no listing is that long).
MAX_OFFSET = 1_000_000_000


class LabPagination(WagtailPagination):
    def paginate_queryset(self, queryset, request, view=None):
        try:
            offset = int(request.GET.get("offset", 0))
        except ValueError:
            offset = 0  # not a number: Wagtail refuses it with its own message
        if offset > MAX_OFFSET:
            raise BadRequestError(f"offset cannot be higher than {MAX_OFFSET}")
        return super().paginate_queryset(queryset, request, view)


class LabEndpointMixin:
    """What the lab's three Wagtail endpoints share."""

    authentication_classes: list = []  # public content only: never read the session
    pagination_class = LabPagination

    def find_object(self, queryset, request):
        if "id" in request.GET and not request.GET["id"].isdecimal():
            raise BadRequestError("id must be a positive integer")
        return super().find_object(queryset, request)


class LabPagesAPIViewSet(LabEndpointMixin, PagesAPIViewSet):
    filter_backends = strict(PagesAPIViewSet.filter_backends)

    def get_base_queryset(self):
        try:
            return super().get_base_queryset()
        except Http404 as error:  # ?site= names no site: a bad parameter, not a missing page
            raise BadRequestError("site: no site has this host name") from error

    def find_object(self, queryset, request):
        """`?html_path=/it/practices/…`: the first segment picks the locale's tree
        (a path without a locale prefix is looked up in the default locale)."""
        if "html_path" not in request.GET:
            return super().find_object(queryset, request)
        site = Site.find_for_request(request)
        if site is None:
            return None
        segments = [segment for segment in request.GET["html_path"].split("/") if segment]
        language_code = settings.LANGUAGE_CODE
        if segments and segments[0] in locale_codes():
            language_code = segments.pop(0)
        locale = Locale.objects.filter(language_code=language_code).first()
        root = site.root_page.get_translation_or_none(locale) if locale else None
        if root is None:
            return None
        try:
            page, _args, _kwargs = root.specific.route(request, segments)
        except Http404:
            return None
        return page if queryset.filter(pk=page.pk).exists() else None


class ImageRenditionsField(serializers.Field):
    """The image's renditions (small, medium, large), as in page bodies."""

    def __init__(self, **kwargs) -> None:
        kwargs.update(source="*", read_only=True)
        super().__init__(**kwargs)

    def to_representation(self, image) -> dict:
        return image_json(image, self.context.get("request"))["renditions"]


def restricted_collection_ids() -> set[int]:
    """Every collection with a view restriction of any kind (login, groups, password),
    and every collection below one, whoever is asking."""
    paths = list(
        Collection.objects.filter(
            pk__in=CollectionViewRestriction.objects.values("collection_id")
        ).values_list("path", flat=True)
    )
    if not paths:
        return set()
    below = models.Q()
    for collection_path in paths:
        below |= models.Q(path__startswith=collection_path)
    return set(Collection.objects.filter(below).values_list("pk", flat=True))


class PublicCollectionsOnly:
    """Images and documents of unrestricted collections only, for every request.

    Wagtail's endpoints leave out the collections the request may not view, asking
    each restriction about the request: a password restriction reads the session, so
    a visitor who had typed the password got the files listed (such as unreviewed
    submission attachments, were that collection password-protected), in an answer
    the lab marks `public` for a CDN. The lab's API serves public files only, the
    same to everyone; restricted ones are for the admin and Wagtail's own serve view.
    """

    def get_queryset(self):
        # BaseAPIViewSet's, not the image/document viewsets' (which read the session).
        return BaseAPIViewSet.get_queryset(self).exclude(collection__in=restricted_collection_ids())


class LabImagesAPIViewSet(LabEndpointMixin, PublicCollectionsOnly, ImagesAPIViewSet):
    filter_backends = strict(ImagesAPIViewSet.filter_backends)
    body_fields = ImagesAPIViewSet.body_fields + [
        "description",  # the alternative text
        APIField("renditions", serializer=ImageRenditionsField()),
    ]


class LabDocumentsAPIViewSet(LabEndpointMixin, PublicCollectionsOnly, DocumentsAPIViewSet):
    filter_backends = strict(DocumentsAPIViewSet.filter_backends)


class PagePreviewAPIViewSet(LabPagesAPIViewSet):
    """`GET /api/v2/preview/?token=…`: the draft a preview token grants, as the detail
    view would show it once published. Never cached, never without a valid token."""

    known_query_parameters = frozenset(["token", "fields", "rich_text_format"])

    @classmethod
    def get_urlpatterns(cls):
        return [path("", cls.as_view({"get": "preview_view"}), name="listing")]

    def preview_view(self, request):
        unknown = set(request.GET) - self.known_query_parameters
        if unknown:
            name = sorted(unknown)[0]
            return preview_error(400, "unknown_parameter", f"Unknown parameter {name!r}.", name)
        token = request.GET.get("token", "")
        if not token:
            return preview_error(400, "missing_token", "A preview token is required.", "token")
        try:
            self._cached_object = draft_for(read_token(token))
        except PreviewTokenError as error:
            return preview_error(403, error.code, error.message, "token")
        response = Response(self.get_serializer(self._cached_object).data)
        response["Cache-Control"] = "private, no-store"
        response["X-Robots-Tag"] = "noindex"
        return response

    def handle_exception(self, exc):
        # The lab's error body here, as for the other endpoints the lab adds.
        if isinstance(exc, BadRequestError):
            return preview_error(400, "bad_request", str(exc), None)
        if isinstance(exc, Http404):
            return preview_error(404, "not_found", str(exc), "token")
        return super().handle_exception(exc)


def preview_error(status: int, code: str, message: str, param: str | None) -> Response:
    response = Response({"error": {"code": code, "message": message, "param": param}}, status)
    response["Cache-Control"] = "private, no-store"
    return response


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", LabPagesAPIViewSet)
api_router.register_endpoint("images", LabImagesAPIViewSet)
api_router.register_endpoint("documents", LabDocumentsAPIViewSet)
# After "pages", so that pages' detail URLs keep pointing at the pages endpoint.
api_router.register_endpoint("preview", PagePreviewAPIViewSet)
