"""Admin views: the translation status matrix, and wagtail-localize's sync view
with the lab's rules (page-level rights, moderation)."""

from __future__ import annotations

from urllib.parse import urlencode

from django import forms
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django.views.defaults import permission_denied
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Page
from wagtail_localize.models import TranslationSource
from wagtail_localize.views.submit_translations import SubmitPageTranslationView
from wagtail_localize.views.update_translations import UpdateTranslationsView

from editorial.moderation import Outcome, publish_or_moderate, user_can_translate
from editorial.status import (
    TranslationState,
    Tree,
    content_locales,
    state_counts,
    translation_status,
)
from regions.translation_guard import locales_missing_the_parent


class StatusFilterForm(forms.Form):
    tree = forms.ChoiceField(
        label=_("Tree"), required=False, choices=[("", _("All trees")), *Tree.choices]
    )
    locale = forms.ChoiceField(label=_("Locale"), required=False)
    state = forms.ChoiceField(
        label=_("Status"),
        required=False,
        choices=[("", _("Any status")), *TranslationState.choices],
    )

    def __init__(self, *args, locales, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["locale"].choices = [("", _("All locales"))] + [
            (locale.language_code, locale.get_display_name()) for locale in locales
        ]


class TranslationStatusView(WagtailAdminTemplateMixin, TemplateView):
    """Pages × locales: what is missing, in progress, up to date or behind its source."""

    template_name = "editorial/translation_status.html"
    page_title = _("Translation status")
    header_icon = "site"

    def get(self, request, *args, **kwargs):
        locales = content_locales()
        form = StatusFilterForm(request.GET or None, locales=locales)
        if request.GET and not form.is_valid():
            # A hand-made URL with an unknown tree, locale or status: say so.
            context = self.get_context_data(form=form, rows=[], locales=locales, counts={})
            return self.render_to_response(context, status=400)
        filters = form.cleaned_data if form.is_bound else {}
        if filters.get("locale"):
            locales = [loc for loc in locales if loc.language_code == filters["locale"]]
        trees = [filters["tree"]] if filters.get("tree") else Tree.values
        rows = translation_status(trees=trees, locales=locales, user=request.user)
        counts = state_counts(rows)
        if filters.get("state"):
            rows = [row for row in rows if any(c.state == filters["state"] for c in row.cells)]
        context = self.get_context_data(
            form=form,
            rows=rows,
            locales=locales,
            counts=counts,
            states=TranslationState,
            trees=dict(Tree.choices),
            back_url=request.get_full_path(),
        )
        return self.render_to_response(context)


# --- wagtail-localize's sync view, with the lab's rules --------------------------


class ModeratedUpdateTranslationsView(UpdateTranslationsView):
    """Sync translated pages. "Publish immediately" publishes only where the user
    may publish; elsewhere the synced translation goes to moderation. It shadows
    wagtail-localize's URL, so it repeats the rule that regions/translation_guard.py
    applies to wagtail-localize's views: only for pages the user may edit."""

    def dispatch(self, request, *args, **kwargs):
        source = get_object_or_404(TranslationSource, id=kwargs["translation_source_id"])
        instance = source.get_source_instance()
        if isinstance(instance, Page) and not user_can_translate(request.user, instance):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    @transaction.atomic
    def form_valid(self, form):
        publish = form.cleaned_data.get("publish_translations", False)
        if not isinstance(self.object.get_source_instance(), Page):
            return super().form_valid(form)  # snippets have no moderation
        # wagtail-localize would publish every translation past the workflow:
        # let it sync the source only, then apply each translation as the user may.
        form.cleaned_data["publish_translations"] = False
        response = super().form_valid(form)
        if publish:
            outcomes = [
                publish_or_moderate(translation, self.request.user)
                for translation in self.object.translations.filter(enabled=True)
            ]
            moderated = outcomes.count(Outcome.IN_MODERATION)
            if moderated:
                messages.info(
                    self.request,
                    ngettext(
                        "%(count)d translation was submitted for moderation.",
                        "%(count)d translations were submitted for moderation.",
                        moderated,
                    )
                    % {"count": moderated},
                )
        return response


# --- wagtail-localize's submit view, kept in the translator's scope ---------------


class ScopedSubmitPageTranslationView(SubmitPageTranslationView):
    """Translate a page as wagtail-localize does, but never past the user's scope.

    wagtail-localize copies every ancestor missing in the target locale as a live
    alias, made by whoever translates and with no moderation. Here a translation
    whose parent has no version in the target locale is refused with a message,
    so the only page created is the translation itself: a draft that its creator
    may edit (regions/editors.py grants region groups their new translations) and
    then send to moderation. It shadows wagtail-localize's URL, so it repeats the
    scope rule of regions/translation_guard.py."""

    def dispatch(self, request, *args, **kwargs):
        page = get_object_or_404(Page, id=kwargs["page_id"]).specific
        if request.user.is_authenticated and not user_can_translate(request.user, page):
            # A plain 403, as regions/translation_guard.py answers for wagtail-localize's
            # own views (Wagtail would turn a raised PermissionDenied into a redirect).
            return permission_denied(request, PermissionDenied())
        return super().dispatch(request, *args, **kwargs)

    def form_valid(self, form):
        missing = locales_missing_the_parent(self.object, form.cleaned_data["locales"])
        for locale in missing:
            form.add_error(
                "locales",
                _(
                    "“%(parent)s” has no version in %(locale)s yet: translate it first, "
                    "or ask a moderator to."
                )
                % {
                    "parent": self.object.get_parent().get_admin_display_title(),
                    "locale": locale.get_display_name(),
                },
            )
        if missing:
            return self.render_to_response(self.get_context_data(form=form))
        with transaction.atomic():
            response = super().form_valid(form)
            # A fresh user: Wagtail caches page permissions on the request's user,
            # from before the grants that came with the new pages.
            user = get_user_model().objects.get(pk=self.request.user.pk)
            for locale in form.cleaned_data["locales"]:
                created = self.object.get_translation_or_none(locale)
                if created is not None and not user_can_translate(user, created):
                    # Belt and braces: never leave a page its creator cannot edit.
                    raise PermissionDenied
        return response

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        if "form" in kwargs:
            context["form"] = kwargs["form"]
        return context


def status_url(**filters: str) -> str:
    """The status matrix's URL with these filters."""
    query = urlencode({name: value for name, value in filters.items() if value})
    url = reverse("editorial:translation_status")
    return f"{url}?{query}" if query else url
