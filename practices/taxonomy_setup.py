"""Creates the eight locales and every taxonomy term in each of them.

Used by a data migration (with historical models) and by `load_demo`, so an
empty install already has the 7 aspects and the vocabularies in all locales,
sharing one translation key per term as wagtail-localize's translations do.
"""

from __future__ import annotations

import uuid

from django.conf import settings

from practices.taxonomy import (
    ASPECT_DESCRIPTIONS,
    ASPECTS,
    FUNDING_SOURCES,
    POLICY_AREAS,
    TARGET_GROUPS,
)


def ensure_locales(locale_model) -> dict[str, object]:
    return {
        code: locale_model.objects.get_or_create(language_code=code)[0]
        for code, _name in settings.LANGUAGES
    }


def ensure_taxonomy(locale_model, aspect, policy_area, target_group, funding_source) -> int:
    """Create what is missing; return how many terms were created."""
    locales = ensure_locales(locale_model)
    created = 0
    vocabularies = [
        (aspect, ASPECTS),
        (policy_area, POLICY_AREAS),
        (target_group, TARGET_GROUPS),
        (funding_source, FUNDING_SOURCES),
    ]
    for model, terms in vocabularies:
        for order, (slug, names) in enumerate(terms):
            existing = {term.locale_id: term for term in model.objects.filter(slug=slug)}
            key = next(iter(existing.values())).translation_key if existing else uuid.uuid4()
            for code, locale in locales.items():
                if locale.pk in existing:
                    continue
                fields = {
                    "name": names[code],
                    "slug": slug,
                    "sort_order": order,
                    "locale": locale,
                    "translation_key": key,
                }
                if model is aspect:
                    fields["description"] = ASPECT_DESCRIPTIONS[slug][code]
                model.objects.create(**fields)
                created += 1
    return created
