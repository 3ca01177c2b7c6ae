"""API serializer fields of practices and partner actions: taxonomy, regions, evaluation.

Translated pages point at the source locale's terms and regions (synchronised
fields); these fields label them in the page's own locale.
"""

from __future__ import annotations

from django.apps import apps
from wagtail.api.rich_text import APIRichText

from home.api import PATH_OR_NULL, STRING, ReadOnlyPageField, closed, page_path
from practices.taxonomy import ASPECTS

TERM_SCHEMA = closed({"slug": STRING, "label": STRING})
REGION_SCHEMA = closed(
    {
        "id": {"type": "integer"},
        "slug": STRING,
        "title": STRING,
        "country": STRING,
        "url": PATH_OR_NULL,
    }
)
HTML = {"type": "string", "description": "Rich text, as HTML unless ?rich_text_format= says else."}


def term_names(context: dict, model, language_code: str) -> dict[str, str]:
    """Slug → name of a vocabulary in one language, looked up once per API response."""
    cache = context.setdefault("_lab_term_names", {})
    key = (model._meta.label, language_code)
    if key not in cache:
        cache[key] = model.names_by_slug(language_code)
    return cache[key]


def term_json(context: dict, term, language_code: str) -> dict:
    names = term_names(context, type(term), language_code)
    return {"slug": term.slug, "label": names.get(term.slug, term.name)}


def rich_text(context: dict, source: str) -> str:
    """Rich text in the format the request asked for (HTML by default)."""
    rich_text_format = context.get("_wagtail_rich_text_format") or APIRichText.resolve_format()
    return APIRichText.serialize(source, format=rich_text_format)


class TaxonomyField(ReadOnlyPageField):
    """A many-to-many taxonomy as `[{"slug", "label"}]`, labels in the page's locale."""

    openapi_schema = {"type": "array", "items": TERM_SCHEMA}

    def to_representation(self, page) -> list[dict]:
        language_code = page.locale.language_code
        return [
            term_json(self.context, term, language_code)
            for term in getattr(page, self.field_name).all()
        ]


class TaxonomyTermField(ReadOnlyPageField):
    """A single taxonomy term (a foreign key) as `{"slug", "label"}` or null."""

    openapi_schema = {"anyOf": [TERM_SCHEMA, {"type": "null"}]}

    def to_representation(self, page) -> dict | None:
        term = getattr(page, self.field_name)
        if term is None:
            return None
        return term_json(self.context, term, page.locale.language_code)


class RegionsField(ReadOnlyPageField):
    """The regions a practice or action runs in, in the page's locale where translated."""

    openapi_schema = {"type": "array", "items": REGION_SCHEMA}

    def to_representation(self, page) -> list[dict]:
        entries = []
        for region in page.get_regions():
            entries.append(
                {
                    "id": region.pk,
                    "slug": region.slug,
                    "title": region.title,
                    "country": str(region.country),
                    "url": page_path(region),
                }
            )
        return entries


class EvaluationField(ReadOnlyPageField):
    """The 7-aspect evaluation, one entry per assessed aspect in framework order."""

    openapi_schema = {
        "type": "array",
        "items": closed(
            {"aspect": TERM_SCHEMA, "inspiring_elements": HTML, "room_for_improvement": HTML}
        ),
    }

    def to_representation(self, page) -> list[dict]:
        aspect_model = apps.get_model("practices", "Aspect")
        names = term_names(self.context, aspect_model, page.locale.language_code)
        by_aspect = {child.value["aspect"]: child.value for child in page.evaluation}
        return [
            {
                "aspect": {"slug": slug, "label": names.get(slug, slug)},
                "inspiring_elements": rich_text(
                    self.context, by_aspect[slug]["inspiring_elements"].source
                ),
                "room_for_improvement": rich_text(
                    self.context, by_aspect[slug]["room_for_improvement"].source
                ),
            }
            for slug, _names in ASPECTS
            if slug in by_aspect
        ]
