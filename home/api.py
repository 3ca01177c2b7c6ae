"""API serializer fields every page type shares: translations and StreamField bodies.

Used through `APIField(..., serializer=...)` in the page models' `api_fields`; this
module imports no page model so that models can import it.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from rest_framework import serializers
from wagtail import blocks
from wagtail.api.utils import get_full_url
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageBlock, ImageChooserBlock
from wagtail.images.models import SourceImageIOError

# Renditions offered for every image: never upscaled, aspect ratio kept.
IMAGE_RENDITIONS = {
    "small": "max-480x480",
    "medium": "max-960x960",
    "large": "max-1920x1920",
}


def closed(properties: dict) -> dict:
    """JSON Schema of an object with exactly these properties (for cms/openapi.py)."""
    return {
        "type": "object",
        "properties": properties,
        "required": list(properties),
        "additionalProperties": False,
    }


STRING = {"type": "string"}
INTEGER = {"type": "integer"}
PATH_OR_NULL = {
    "type": ["string", "null"],
    "description": "The visitor page's path, with its locale prefix.",
}
RENDITION_SCHEMA = {
    "anyOf": [
        closed({"url": STRING, "width": INTEGER, "height": INTEGER}),
        {"type": "null", "description": "The original file is missing."},
    ]
}
RENDITIONS_SCHEMA = closed(dict.fromkeys(IMAGE_RENDITIONS, RENDITION_SCHEMA))
IMAGE_SCHEMA = closed(
    {
        "id": INTEGER,
        "title": STRING,
        "alt": STRING,
        "decorative": {"type": "boolean"},
        "width": INTEGER,
        "height": INTEGER,
        "renditions": RENDITIONS_SCHEMA,
    }
)
DOCUMENT_SCHEMA = closed({"id": INTEGER, "title": STRING, "url": STRING, "file_extension": STRING})
PAGE_LINK_SCHEMA = closed({"id": INTEGER, "title": STRING, "url": PATH_OR_NULL})


def page_path(page) -> str | None:
    """The visitor URL's path (with its locale prefix), whatever the site's host."""
    parts = page.get_url_parts()
    return parts[2] if parts else None


def image_json(image, request, *, alt: str | None = None, decorative: bool = False) -> dict | None:
    """An image with its alternative text and ready-made renditions."""
    if image is None:
        return None
    renditions: dict[str, dict | None] = {}
    for name, spec in IMAGE_RENDITIONS.items():
        try:
            rendition = image.get_rendition(spec)
        except SourceImageIOError:  # the original file is missing: say so, don't fail
            renditions[name] = None
            continue
        renditions[name] = {
            "url": get_full_url(request, rendition.url),
            "width": rendition.width,
            "height": rendition.height,
        }
    return {
        "id": image.pk,
        "title": image.title,
        "alt": "" if decorative else (alt if alt is not None else image.default_alt_text),
        "decorative": decorative,
        "width": image.width,
        "height": image.height,
        "renditions": renditions,
    }


def document_json(document, request) -> dict | None:
    if document is None:
        return None
    return {
        "id": document.pk,
        "title": document.title,
        "url": get_full_url(request, document.url),
        "file_extension": document.file_extension,
    }


def block_json(block: blocks.Block, value: Any, context: dict) -> Any:
    """A block's value as JSON: Wagtail's own representation, except that images
    carry renditions and documents their URL instead of a bare id."""
    request = context.get("request")
    if isinstance(block, ImageBlock):
        if value is None:
            return None
        return image_json(
            value,
            request,
            alt=value.contextual_alt_text,
            decorative=bool(value.decorative),
        )
    if isinstance(block, ImageChooserBlock):
        return image_json(value, request)
    if isinstance(block, DocumentChooserBlock):
        return document_json(value, request)
    if isinstance(block, blocks.StreamBlock):
        return [
            {
                "type": child.block.name,
                "value": block_json(child.block, child.value, context),
                "id": child.id,
            }
            for child in value or []
        ]
    if isinstance(block, blocks.ListBlock):
        return [block_json(block.child_block, item, context) for item in value]
    if isinstance(block, blocks.StructBlock):
        return {
            name: block_json(block.child_blocks[name], item, context)
            for name, item in value.items()
        }
    return block.get_api_representation(value, context=context)


class ReadOnlyPageField(serializers.Field):
    """A field computed from the whole page (`source="*"`), named by its APIField."""

    def __init__(self, **kwargs) -> None:
        kwargs.update(source="*", read_only=True)
        super().__init__(**kwargs)


class StreamBlocksField(serializers.Field):
    """A StreamField as a list of `{"type", "value", "id"}` blocks, rich text as HTML."""

    def __init__(self, **kwargs) -> None:
        kwargs["read_only"] = True
        super().__init__(**kwargs)

    def to_representation(self, value) -> list[dict]:
        return block_json(value.stream_block, value, self.context)


class LinkedPageField(serializers.Field):
    """A link to another page as `{"id", "title", "url"}`, or null unless that page is
    live and public: a draft's title never leaks through a link."""

    openapi_schema = {"anyOf": [PAGE_LINK_SCHEMA, {"type": "null"}]}

    def __init__(self, **kwargs) -> None:
        kwargs["read_only"] = True
        super().__init__(**kwargs)

    def to_representation(self, page) -> dict | None:
        public = self.context.get("base_queryset")
        if not page.live or (public is not None and not public.filter(pk=page.pk).exists()):
            return None
        return {"id": page.pk, "title": page.title, "url": page_path(page)}


class TranslationsField(ReadOnlyPageField):
    """Locale → `{"id", "title", "url"}` of every live version of the page, itself included."""

    openapi_schema = {
        "type": "object",
        "description": "Locale → the live version of the page in that locale.",
        "propertyNames": {"enum": [code for code, _name in settings.LANGUAGES]},
        "additionalProperties": PAGE_LINK_SCHEMA,
    }

    def to_representation(self, page) -> dict[str, dict]:
        versions = (
            type(page)
            .objects.filter(translation_key=page.translation_key)
            .live()
            .select_related("locale")
            .order_by("locale__language_code")
        )
        public = self.context.get("base_queryset")  # the API's live, unrestricted pages
        if public is not None:
            versions = versions.filter(pk__in=public.values("pk"))
        return {
            version.locale.language_code: {
                "id": version.pk,
                "title": version.title,
                "url": page_path(version),
            }
            for version in versions
        }
