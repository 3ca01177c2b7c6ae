"""Region editor groups: one Django group per region, scoped to that region's pages.

A group may edit, publish and translate its RegionPage and the pages below it
(the partner's own action) in every locale tree, and use images and documents
in a collection of its own — nothing else. `lab_region_groups` (re)applies
this idempotently and follows new regions and new locales.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, Page

from regions.models import RegionPage

GROUP_PREFIX = "Region editors: "
PAGE_PERMISSIONS = ("add_page", "change_page", "publish_page")
COLLECTION_PERMISSIONS = (
    ("wagtailimages", "add_image"),
    ("wagtailimages", "change_image"),
    ("wagtailimages", "choose_image"),
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "change_document"),
    ("wagtaildocs", "choose_document"),
)
GLOBAL_PERMISSIONS = (
    ("wagtailadmin", "access_admin"),
    # wagtail-localize checks this one globally; regions/translation_guard.py narrows it
    # to the pages the user may edit.
    ("wagtail_localize", "submit_translation"),
)


@dataclass
class RegionGroupReport:
    region: str
    group: str
    created: bool
    pages: int
    collection: str


def permission(app_label: str, codename: str) -> Permission:
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def group_for(region_pages: list[RegionPage], name: str) -> tuple[Group, bool]:
    """The group already scoped to these pages (it follows a renamed region), or a new one."""
    existing = (
        Group.objects.filter(name__startswith=GROUP_PREFIX, page_permissions__page__in=region_pages)
        .distinct()
        .first()
    )
    if existing is None:
        return Group.objects.get_or_create(name=name)
    if existing.name != name:
        existing.name = name
        existing.save(update_fields=["name"])
    return existing, False


def collection_for(title: str) -> Collection:
    root = Collection.get_first_root_node()
    for child in root.get_children():
        if child.name == title:
            return child
    return root.add_child(name=title)


@transaction.atomic
def sync_region_groups() -> list[RegionGroupReport]:
    reports = []
    page_permissions = [permission("wagtailcore", codename) for codename in PAGE_PERMISSIONS]
    collection_permissions = [permission(*pair) for pair in COLLECTION_PERMISSIONS]
    global_permissions = [permission(*pair) for pair in GLOBAL_PERMISSIONS]
    sources = RegionPage.objects.filter(locale__language_code="en").order_by("title")
    for source in sources:
        pages = list(RegionPage.objects.filter(translation_key=source.translation_key))
        group, created = group_for(pages, f"{GROUP_PREFIX}{source.title}")
        group.permissions.add(*global_permissions)
        # Exactly this region's pages in every locale: stray grants are removed.
        GroupPagePermission.objects.filter(group=group).exclude(
            page__in=pages, permission__in=page_permissions
        ).delete()
        for page in pages:
            for perm in page_permissions:
                GroupPagePermission.objects.get_or_create(group=group, page=page, permission=perm)
        collection = collection_for(source.title)
        GroupCollectionPermission.objects.filter(group=group).exclude(
            collection=collection, permission__in=collection_permissions
        ).delete()
        for perm in collection_permissions:
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection=collection, permission=perm
            )
        reports.append(
            RegionGroupReport(source.title, group.name, created, len(pages), collection.name)
        )
    return reports


def grant_new_translation(page: RegionPage) -> int:
    """Give a region's group its region's page in a new locale as soon as it exists
    (a translation made by a member must be theirs to edit at once, not only after
    `lab_region_groups` runs again). Returns how many grants were made."""
    versions = RegionPage.objects.filter(translation_key=page.translation_key).exclude(pk=page.pk)
    groups = Group.objects.filter(
        name__startswith=GROUP_PREFIX, page_permissions__page__in=versions
    ).distinct()
    page_permissions = [permission("wagtailcore", codename) for codename in PAGE_PERMISSIONS]
    made = 0
    for group in groups:
        for perm in page_permissions:
            made += GroupPagePermission.objects.get_or_create(
                group=group, page=page, permission=perm
            )[1]
    return made


def user_may_edit(user, page: Page) -> bool:
    return page.specific_deferred.permissions_for_user(user).can_edit()
