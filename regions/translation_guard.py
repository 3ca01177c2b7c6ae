"""Scope wagtail-localize's views to the pages a user may edit.

wagtail-localize checks one global permission (`submit_translation`), so any
translator could translate any page. This middleware lets a user use its views
only for pages they may edit: a region editor translates their own region's
pages and nothing else.
"""

from __future__ import annotations

from collections.abc import Callable

from django.core.exceptions import ObjectDoesNotExist, PermissionDenied
from django.http import HttpRequest, HttpResponse
from wagtail.models import Page

from regions.editors import user_may_edit

PAGE_ID_VIEWS = {"submit_page_translation", "convert_to_alias"}
TRANSLATION_ID_VIEWS = {
    "edit_string_translation",
    "edit_override",
    "download_pofile",
    "upload_pofile",
    "machine_translate",
    "preview_translation",
    "stop_translation",
}


def target_page(url_name: str, kwargs: dict) -> Page | None:
    """The page a wagtail-localize view acts on, or None when it acts on no page."""
    from wagtail_localize.models import Translation, TranslationSource

    if url_name in PAGE_ID_VIEWS:
        return Page.objects.filter(pk=kwargs["page_id"]).first()
    if url_name == "update_translations":
        source = TranslationSource.objects.filter(pk=kwargs["translation_source_id"]).first()
        instance = source.get_source_instance() if source else None
        return instance if isinstance(instance, Page) else None
    if url_name in TRANSLATION_ID_VIEWS:
        translation = Translation.objects.filter(pk=kwargs["translation_id"]).first()
        if translation is None:
            return None
        try:
            instance = translation.get_target_instance()
        except ObjectDoesNotExist:  # not created yet: judge by the source page
            instance = translation.source.get_source_instance()
        return instance if isinstance(instance, Page) else None
    return None


def locales_missing_the_parent(page: Page, locales) -> list:
    """The locales in which this page's parent has no version (page or alias) yet.

    wagtail-localize would create the missing ancestors there as live aliases;
    the lab refuses instead (editorial.views.ScopedSubmitPageTranslationView)."""
    parent = page.get_parent()
    if parent is None or parent.is_root():
        return []
    present = set(parent.get_translations(inclusive=True).values_list("locale_id", flat=True))
    return [locale for locale in locales if locale.pk not in present]


class TranslationScopeMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_view(self, request: HttpRequest, view_func, view_args, view_kwargs) -> None:
        match = request.resolver_match
        user = getattr(request, "user", None)
        if match is None or "wagtail_localize" not in match.namespaces:
            return None
        if user is None or not user.is_authenticated or user.is_superuser:
            return None  # the views themselves send anonymous users to the login page
        if match.url_name == "submit_snippet_translation":
            codename = f"{view_kwargs['app_label']}.change_{view_kwargs['model_name']}"
            if not user.has_perm(codename):
                raise PermissionDenied("You may not translate these snippets.")
            return None
        page = target_page(match.url_name, view_kwargs)
        if page is not None and not user_may_edit(user, page):
            raise PermissionDenied("You may translate only the pages you may edit.")
        return None
