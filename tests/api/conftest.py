"""Helpers of the API tests: JSON requests and a practice translated into French."""

from __future__ import annotations

import pytest
from wagtail.models import Locale

from home.models import ContentPage, HomePage
from practices.models import PracticePage, SharePracticePage
from regions.models import RegionPage


def get_json(client, url: str, expect: int = 200, **params) -> dict:
    response = client.get(url, params)
    assert response.status_code == expect, response.content[:500]
    assert response["Content-Type"].startswith("application/json")
    return response.json()


def live_english_page(model):
    """A live page of this type in English: the demo's, or (for the share-a-practice
    form, which the demo does not hold) a new one."""
    page = model.objects.live().filter(locale__language_code="en").first()
    if page is None and model is SharePracticePage:
        home = HomePage.objects.get(locale__language_code="en")
        page = SharePracticePage(
            title="Share a practice",
            slug="share-a-practice",
            body="<p>Tell us about a practice.</p>",
            contact_email="lab-team@example.org",
            guidelines_page=ContentPage.objects.live().filter(locale=home.locale).first(),
        )
        home.add_child(instance=page)
        page.save_revision().publish()
    assert page is not None, f"the demo has no live {model.__name__}"
    return page


def publish_translation(page, locale: Locale, **changes):
    """A published translation of `page` (parents translated too, as wagtail-localize
    would); `changes` are the translated texts."""
    translation = page.get_translation_or_none(locale)
    if translation is None:
        translation = page.copy_for_translation(locale, copy_parents=True)
    for ancestor in translation.get_ancestors().filter(depth__gt=1).specific():
        if not ancestor.live:
            ancestor.save_revision().publish()
    translation = translation.specific
    for name, value in changes.items():
        setattr(translation, name, value)
    translation.save_revision().publish()
    translation.refresh_from_db()
    return translation


@pytest.fixture
def french_practice(db) -> tuple[PracticePage, PracticePage, RegionPage]:
    """A practice running in Skåne and its French translation; Skåne is translated too.
    (Nothing is indexed: on-commit callbacks never run in these rolled-back tests.)"""
    french = Locale.objects.get(language_code="fr")
    source = PracticePage.objects.live().filter(regions__slug="skane").first()
    skane = RegionPage.objects.get(slug="skane", locale__language_code="en")
    skane_fr = publish_translation(skane, french, title="Scanie")
    practice_fr = publish_translation(source, french, title="Partenariat Scanie")
    return source, practice_fr, skane_fr
