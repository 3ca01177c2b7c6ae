"""What is translated and what is synchronised, per model; a synchronised field
cannot diverge in a translation, and translated text survives a sync."""

from __future__ import annotations

import pytest
from wagtail.models import Locale
from wagtail_localize.fields import SynchronizedField, get_translatable_fields
from wagtail_localize.models import (
    OverridableSegment,
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)

from home.models import ContentPage, HomePage
from practices.models import (
    Aspect,
    FundingSource,
    PolicyArea,
    PracticeIndexPage,
    PracticePage,
    TargetGroup,
)
from regions.models import RegionalActionPage, RegionIndexPage, RegionPage

pytestmark = pytest.mark.django_db

EVALUATED_FACTS = {
    "slug",
    "authority_role",
    "start_year",
    "end_year",
    "status",
    "website",
    "evidence_level",
    "policy_areas",
    "target_groups",
    "funding_sources",
}
EVALUATED_TEXTS = {
    "title",
    "intro",
    "summary",
    "body",
    "authority_contribution",
    "evaluation",
    "lessons_learnt",
    "transferability_tips",
    "challenges",
    "partners",
    "contact",
    "documents",
}
DECLARED = {
    HomePage: ({"slug"}, {"title", "intro", "body"}),
    ContentPage: ({"slug"}, {"title", "intro", "body"}),
    PracticeIndexPage: ({"slug"}, {"title", "intro"}),
    RegionIndexPage: ({"slug"}, {"title", "intro"}),
    PracticePage: (EVALUATED_FACTS | {"regions"}, EVALUATED_TEXTS),
    RegionalActionPage: (
        EVALUATED_FACTS | {"focus_area"},
        EVALUATED_TEXTS | {"design", "implementation", "monitoring", "evaluation_phase"},
    ),
    RegionPage: (
        {
            "slug",
            "country",
            "nuts_code",
            "partner",
            "latitude",
            "longitude",
            "mipex_r_url",
            "urban_rural_typology",
            "statistics",
        },
        {"title", "intro", "responsible_body", "body"},
    ),
    Aspect: ({"slug"}, {"name", "description"}),
    PolicyArea: ({"slug"}, {"name"}),
    TargetGroup: ({"slug"}, {"name"}),
    FundingSource: ({"slug"}, {"name"}),
}


@pytest.mark.parametrize("model", DECLARED, ids=lambda model: model.__name__)
def test_facts_are_synchronised_and_texts_translated(model):
    facts, texts = DECLARED[model]
    fields = {field.field_name: field for field in get_translatable_fields(model)}
    instance = model()
    for name in facts:
        field = fields[name]
        assert isinstance(field, SynchronizedField), f"{model.__name__}.{name} is not synchronised"
        assert not field.is_overridable(instance), f"{model.__name__}.{name} can be overridden"
    for name in texts:
        assert fields[name].is_translated(instance), f"{model.__name__}.{name} is not translated"


def translate(page, locale: Locale) -> tuple[Translation, object]:
    """Submit the page for translation and publish the translation (as a publisher would)."""
    source, _created = TranslationSource.get_or_create_from_instance(page)
    translation, _created = Translation.objects.get_or_create(source=source, target_locale=locale)
    translation.save_target(publish=False)
    target = translation.get_target_instance()
    target.get_latest_revision().publish()
    target.refresh_from_db()
    return translation, target


def test_no_synchronised_field_offers_an_override_to_translators():
    page = RegionalActionPage.objects.filter(locale__language_code="en").first()
    source, _created = TranslationSource.get_or_create_from_instance(page)
    paths = set(
        OverridableSegment.objects.filter(source=source).values_list("context__path", flat=True)
    )
    # Only links inside rich text and documents remain overridable (a page in
    # another language may link to that language's version of a document).
    facts = DECLARED[RegionalActionPage][0]
    assert not paths & facts


def test_a_synchronised_fact_cannot_diverge_in_a_translation():
    page = PracticePage.objects.get(
        slug="welcome-class-mentoring-berlin", locale__language_code="en"
    )
    french = Locale.objects.get(language_code="fr")
    translation, target = translate(page, french)
    # Someone sets other facts on the French page (the normal editor, a script) ...
    target.start_year = 1999
    target.website = "https://example.org/elsewhere"
    target.policy_areas = list(PolicyArea.objects.filter(locale=french, slug="housing"))
    target.save_revision().publish()
    # ... the next sync puts the source's facts back.
    translation.source.update_from_db()
    translation.save_target(publish=True)
    target = PracticePage.objects.get(pk=target.pk)
    assert target.start_year == page.start_year
    assert target.website == page.website
    assert {term.slug for term in target.policy_areas.all()} == {
        term.slug for term in page.policy_areas.all()
    }
    assert target.slug == page.slug


def test_translated_text_survives_a_sync_of_a_changed_source():
    region = RegionPage.objects.get(slug="tyrol", locale__language_code="en")
    german = Locale.objects.get(language_code="de")
    translation, target = translate(region, german)
    source = translation.source
    title = StringSegment.objects.get(source=source, context__path="title")
    StringTranslation.objects.create(
        translation_of=title.string, locale=german, context=title.context, data="Tirol"
    )
    translation.save_target(publish=True)
    # The source changes a text and a fact; the translation is synced.
    region.intro = "A new introduction to the region."
    region.latitude = 47.3
    region.save_revision().publish()
    source.update_from_db()
    translation.save_target(publish=True)
    target = RegionPage.objects.get(pk=target.pk)
    assert target.title == "Tirol"  # the translator's work is kept
    assert target.latitude == 47.3  # the fact follows the source
    assert target.intro == "A new introduction to the region."  # untranslated: the source text
    assert target.url.startswith("/de/") and target.slug == region.slug


def test_a_relation_emptied_in_the_source_is_emptied_in_the_translation():
    # wagtail-localize copies a many-to-many relation only when the source has values,
    # so a practice that drops all its target groups would keep them in translation.
    page = PracticePage.objects.get(
        slug="welcome-class-mentoring-berlin", locale__language_code="en"
    )
    translation, target = translate(page, Locale.objects.get(language_code="fr"))
    assert target.target_groups.exists() and target.funding_sources.exists()

    page.target_groups = []
    page.funding_sources = []
    page.save_revision().publish()
    translation.source.update_from_db()
    translation.save_target(publish=True)

    target = PracticePage.objects.get(pk=target.pk)
    assert not target.target_groups.exists()
    assert not target.funding_sources.exists()
    assert target.policy_areas.exists()  # what the source kept stays
