"""Admin hooks of the headless API: "Preview in the front end" in the page editor."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.action_menu import ActionMenuItem

from cms.preview import open_preview


@hooks.register("register_admin_urls")
def register_preview_url():
    return [path("lab/preview/<int:page_id>/", open_preview, name="lab_headless_preview")]


class FrontEndPreviewMenuItem(ActionMenuItem):
    label = _("Preview in the front end")
    name = "action-lab-headless-preview"
    icon_name = "view"
    order = 60

    def is_shown(self, context) -> bool:
        page = context.get("page")
        return (
            context["view"] == "edit"
            and page is not None
            and page.latest_revision_id is not None
            and self.get_user_page_permissions_tester(context).can_edit()
        )

    def get_url(self, parent_context) -> str:
        return reverse("lab_headless_preview", args=[parent_context["page"].pk])


@hooks.register("register_page_action_menu_item")
def register_front_end_preview_item():
    return FrontEndPreviewMenuItem()
