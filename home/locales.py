"""Where a page is read in each locale: its translation, or its fallback URL.

DESIGN.md ("Every URL answers, in every locale"): in locale L a page is linked at
its live translation into L, else at its *fallback URL*, the L-version of its
parent's URL followed by its slug, which the locale's tree serves itself with the
original content under L's interface. Slugs are unique across the lab, so a
fallback URL never collides with another page.
"""

from __future__ import annotations

from django.db.models import Q
from wagtail.models import Page


def version_in_locale(page: Page, language_code: str) -> Page | None:
    """The live translation of ``page`` in ``language_code`` that is not an alias."""
    if page.locale.language_code == language_code and page.live and page.alias_of_id is None:
        return page
    return (
        Page.objects.live()
        .filter(translation_key=page.translation_key, locale__language_code=language_code)
        .filter(Q(alias_of__isnull=True))
        .first()
    )


def url_in_locale(page: Page, language_code: str) -> str:
    """The URL (site-relative) at which ``page`` is read in ``language_code``."""
    version = version_in_locale(page, language_code)
    if version is not None:
        return version.get_url()
    parent = page.get_parent()
    if parent is None or parent.depth <= 1:
        # A locale without its own home page: nothing to hang a fallback on.
        return page.get_url()
    return url_in_locale(parent, language_code) + page.slug + "/"
