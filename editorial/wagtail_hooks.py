"""Admin hooks: the status matrix and its dashboard panel, and the moderation
bridge in wagtail-localize's synced editor (see editorial/moderation.py)."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import redirect
from django.urls import include, path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component

from editorial import views
from editorial.moderation import submit_translation_for_moderation, translation_for_page
from editorial.status import TranslationState, state_counts, translation_status

SUBMIT_ACTION = "lab-submit-for-moderation"


@hooks.register("register_admin_urls", order=-1)
def register_admin_urls():
    # Registered before wagtail-localize's own URLs, so its sync URL (and the name
    # wagtail-localize reverses to it) reaches the lab's moderated sync view.
    localize_overrides = [
        path(
            "localize/submit/page/<int:page_id>/",
            views.ScopedSubmitPageTranslationView.as_view(),
        ),
        path(
            "localize/update/<int:translation_source_id>/",
            views.ModeratedUpdateTranslationsView.as_view(),
        ),
    ]
    editorial_urls = [
        path(
            "translation-status/",
            views.TranslationStatusView.as_view(),
            name="translation_status",
        ),
    ]
    return localize_overrides + [
        path("editorial/", include((editorial_urls, "editorial"), namespace="editorial"))
    ]


@hooks.register("register_reports_menu_item")
def register_translation_status_menu_item():
    return MenuItem(
        gettext_lazy("Translation status"),
        reverse("editorial:translation_status"),
        icon_name="site",
        order=8900,
    )


@hooks.register("before_edit_page", order=-1)
def submit_translation_from_synced_editor(request, page):
    """The synced editor's "Submit for moderation" (our template adds the button)."""
    if request.method != "POST" or request.POST.get("action") != SUBMIT_ACTION:
        return None
    translation = translation_for_page(page)
    if translation is None:
        return None  # not a synced translation: Wagtail's own editor handles it
    total, done = translation.get_progress()
    if done < total and not request.POST.get("confirm_untranslated"):
        # Untranslated segments would reach the moderators in the source language:
        # say how many, and submit only when the translator confirms.
        messages.warning(
            request,
            _(
                "%(missing)d of %(total)d segments are not translated yet. Tick "
                "“Submit with untranslated segments” to send the translation as it is."
            )
            % {"missing": total - done, "total": total},
        )
        return redirect(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    try:
        submit_translation_for_moderation(translation, request.user)
    except PermissionDenied:
        messages.error(request, _("You cannot submit this page for moderation."))
    except ValidationError as error:
        messages.error(
            request,
            _("The translation could not be saved: %(errors)s")
            % {"errors": "; ".join(error.messages)},
        )
    else:
        messages.success(
            request,
            _("'%(title)s' in %(locale)s has been submitted for moderation.")
            % {"title": page.get_admin_display_title(), "locale": page.locale.get_display_name()},
        )
    return redirect(reverse("wagtailadmin_pages:edit", args=[page.pk]))


class TranslationStatusPanel(Component):
    name = "translation_status"
    template_name = "editorial/translation_status_panel.html"
    order = 230  # after "awaiting your review"

    def get_context_data(self, parent_context):
        counts = state_counts(translation_status(user=parent_context["request"].user))
        return {
            "states": [
                {
                    "label": label,
                    "count": counts[value],
                    "url": views.status_url(state=value),
                    "value": value,
                }
                for value, label in TranslationState.choices
            ],
            "status_url": views.status_url(),
        }


@hooks.register("construct_homepage_panels")
def add_translation_status_panel(request, panels):
    panels.append(TranslationStatusPanel())
