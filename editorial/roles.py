"""The lab's editorial roles and its moderation workflow.

Three groups work on the practice and region trees of every locale (each locale
has its own tree, so each locale's index pages get the permissions):

- Editors write pages and submit them for moderation; they cannot publish.
- Moderators review and publish, and can lock pages.
- Translators edit pages (translations are pages too) and submit them for
  moderation; they cannot publish either.

The "Moderation" workflow (one group approval task for the Moderators) is
assigned to every locale's practice and region index page, so it covers source
pages and translations alike. Everything here is idempotent: `lab_editorial`
and `load_demo` run it, and a new index page (a new locale's tree) is set up
when it is created (editorial/signals.py).
"""

from __future__ import annotations

from dataclasses import dataclass

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

EDITORS, MODERATORS, TRANSLATORS = "Editors", "Moderators", "Translators"
ROLES = (EDITORS, MODERATORS, TRANSLATORS)
WORKFLOW_NAME = "Moderation"
TASK_NAME = "Moderators approval"

# Wagtail page permission codenames, granted on each moderated tree's root.
PAGE_PERMISSIONS = {
    EDITORS: ("add_page", "change_page"),
    MODERATORS: ("add_page", "change_page", "publish_page", "lock_page", "unlock_page"),
    TRANSLATORS: ("change_page",),
}
# Model permissions ("app_label.codename"). Translating is a global permission in
# wagtail-localize; the lab also requires edit rights on the page itself
# (regions/translation_guard.py; editorial.moderation.user_can_translate).
GLOBAL_PERMISSIONS = dict.fromkeys(
    ROLES, ("wagtailadmin.access_admin", "wagtail_localize.submit_translation")
)
_MEDIA = (
    "wagtaildocs.add_document",
    "wagtaildocs.change_document",
    "wagtaildocs.choose_document",
    "wagtailimages.add_image",
    "wagtailimages.change_image",
    "wagtailimages.choose_image",
)
COLLECTION_PERMISSIONS = {
    EDITORS: _MEDIA,
    MODERATORS: _MEDIA,
    TRANSLATORS: ("wagtaildocs.choose_document", "wagtailimages.choose_image"),
}


@dataclass
class EditorialSetup:
    groups: dict[str, Group]
    workflow: Workflow
    trees: list[Page]


def moderated_tree_roots():
    """The practice and region index pages of every locale."""
    from practices.models import PracticeIndexPage
    from regions.models import RegionIndexPage

    return Page.objects.type(PracticeIndexPage, RegionIndexPage).order_by("path")


def _permission(dotted: str) -> Permission:
    app_label, codename = dotted.split(".")
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def ensure_groups() -> dict[str, Group]:
    groups = {}
    root_collection = Collection.get_first_root_node()
    for role in ROLES:
        group, _created = Group.objects.get_or_create(name=role)
        group.permissions.add(*[_permission(name) for name in GLOBAL_PERMISSIONS[role]])
        for name in COLLECTION_PERMISSIONS[role]:
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection=root_collection, permission=_permission(name)
            )
        groups[role] = group
    return groups


def ensure_workflow(moderators: Group) -> Workflow:
    task = GroupApprovalTask.objects.filter(name=TASK_NAME).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=TASK_NAME)
    task.groups.add(moderators)
    workflow, _created = Workflow.objects.get_or_create(name=WORKFLOW_NAME)
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    return workflow


def narrow_install_defaults(groups: dict[str, Group]) -> None:
    """Wagtail's install grants Editors and Moderators every page from the tree's
    root; the lab's roles work on the practice and region trees only."""
    GroupPagePermission.objects.filter(group__in=groups.values(), page__depth=1).delete()


def open_tree(root: Page, groups: dict[str, Group], workflow: Workflow) -> None:
    """Give each role its permissions on this tree and put it under moderation."""
    page_permissions = {
        permission.codename: permission
        for permission in Permission.objects.filter(
            content_type__app_label="wagtailcore",
            codename__in={code for codes in PAGE_PERMISSIONS.values() for code in codes},
        )
    }
    granted = set(
        GroupPagePermission.objects.filter(page=root).values_list("group_id", "permission_id")
    )
    GroupPagePermission.objects.bulk_create(
        GroupPagePermission(group=groups[role], page=root, permission=page_permissions[codename])
        for role, codenames in PAGE_PERMISSIONS.items()
        for codename in codenames
        if (groups[role].pk, page_permissions[codename].pk) not in granted
    )
    WorkflowPage.objects.update_or_create(page=root, defaults={"workflow": workflow})


@transaction.atomic
def ensure_editorial_setup() -> EditorialSetup:
    groups = ensure_groups()
    workflow = ensure_workflow(groups[MODERATORS])
    narrow_install_defaults(groups)
    trees = list(moderated_tree_roots())
    for root in trees:
        open_tree(root, groups, workflow)
    return EditorialSetup(groups=groups, workflow=workflow, trees=trees)


@transaction.atomic
def open_new_tree(root: Page) -> None:
    """Set up one new index page (a locale's tree created after the setup ran)."""
    groups = {group.name: group for group in Group.objects.filter(name__in=ROLES)}
    workflow = Workflow.objects.filter(name=WORKFLOW_NAME).first()
    if len(groups) < len(ROLES) or workflow is None:
        groups = ensure_groups()
        workflow = ensure_workflow(groups[MODERATORS])
    open_tree(root, groups, workflow)
