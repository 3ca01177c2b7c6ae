"""Admin registration of the practice taxonomy snippets and the submissions listing."""

import django_filters
from django.contrib.auth import get_user_model
from django.db.models import Q
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import DateColumn, LocaleColumn, StatusTagColumn
from wagtail.admin.views.generic import InspectView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import BasePermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from editorial.roles import MODERATORS
from practices.models import (
    Aspect,
    FundingSource,
    PolicyArea,
    PracticeSubmission,
    SubmissionStatus,
    TargetGroup,
)
from practices.submissions import ADMIN_NAMESPACE


class TaxonomyViewSet(SnippetViewSet):
    list_display = ["name", "slug", "locale"]
    list_filter = ["locale"]
    ordering = ["sort_order", "name"]


class AspectViewSet(TaxonomyViewSet):
    model = Aspect
    icon = "tick-inverse"


class PolicyAreaViewSet(TaxonomyViewSet):
    model = PolicyArea
    icon = "folder-open-1"


class TargetGroupViewSet(TaxonomyViewSet):
    model = TargetGroup
    icon = "group"


class FundingSourceViewSet(TaxonomyViewSet):
    model = FundingSource
    icon = "table"


class TaxonomyGroup(SnippetViewSetGroup):
    menu_label = "Taxonomy"
    menu_icon = "tag"
    menu_order = 300
    items = (AspectViewSet, PolicyAreaViewSet, TargetGroupViewSet, FundingSourceViewSet)


register_snippet(TaxonomyGroup)


# --- Submissions: the moderators' read-only listing -------------------------------------


class ModeratorsMayViewPolicy(BasePermissionPolicy):
    """Submissions hold the submitters' contact data: moderators and superusers may
    read them; nobody adds, edits or deletes one in the admin (a submission's fate
    is decided on its draft page, through the moderation workflow)."""

    def user_has_permission(self, user, action: str) -> bool:
        return action == "view" and is_moderator(user)

    def users_with_any_permission(self, actions):
        users = get_user_model().objects.filter(is_active=True)
        if "view" not in actions:
            return users.none()
        return users.filter(Q(is_superuser=True) | Q(groups__name=MODERATORS)).distinct()


def is_moderator(user) -> bool:
    return bool(
        user.is_active and (user.is_superuser or user.groups.filter(name=MODERATORS).exists())
    )


# Registered before the viewset, which would otherwise fall back to model permissions.
register_permission_policy(PracticeSubmission, ModeratorsMayViewPolicy(PracticeSubmission))


class PracticeSubmissionFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(
        field_name="derived_status", choices=SubmissionStatus.choices, label=_("Status")
    )

    class Meta:
        model = PracticeSubmission
        fields = ["status", "locale"]


class PracticeSubmissionInspectView(InspectView):
    def get_attachment_display_value(self):
        document = self.object.attachment
        if document is None:
            return "-"
        return format_html('<a href="{}">{}</a>', document.url, document.filename)

    def get_page_display_value(self):
        page = self.object.page
        if page is None:
            return _("Deleted")
        return format_html(
            '<a href="{}">{}</a>', reverse("wagtailadmin_pages:edit", args=[page.pk]), page.title
        )


class PracticeSubmissionViewSet(ModelViewSet):
    model = PracticeSubmission
    name = ADMIN_NAMESPACE
    icon = "form"
    menu_label = _("Submissions")
    menu_order = 250
    add_to_admin_menu = True
    list_display = [
        "reference",
        "title",
        LocaleColumn(label=_("Language")),
        StatusTagColumn(
            "get_status_display",
            label=_("Status"),
            sort_key="derived_status",
            primary=lambda submission: submission.status == SubmissionStatus.RECEIVED,
        ),
        DateColumn("created_at", label=_("Received"), sort_key="created_at"),
    ]
    filterset_class = PracticeSubmissionFilterSet
    search_fields = [
        "reference",
        "title",
        "submitter_name",
        "submitter_organisation",
        "submitter_email",
    ]
    search_backend_name = None  # the database, not the search index: no copy anywhere else
    ordering = ["-created_at"]
    inspect_view_enabled = True
    inspect_view_class = PracticeSubmissionInspectView
    inspect_view_fields = [
        "reference",
        "status",
        "title",
        "locale",
        "page",
        "attachment",
        "submitter_name",
        "submitter_organisation",
        "submitter_email",
        "created_at",
    ]
    copy_view_enabled = False
    form_fields: list[str] = []  # never edited: the policy grants "view" only


@hooks.register("register_admin_viewset")
def register_submissions_viewset():
    return PracticeSubmissionViewSet()
