"""The OpenAPI 3.1 document of every public endpoint under /api/, and its two views.

Each page type's schema is generated from its `api_fields`: the lab's serializer
fields declare their own `openapi_schema`, StreamFields are described block by
block, plain model fields by their type. The rest (Wagtail's endpoints, the lab
search, exports, preview) is written here by hand. The tests keep it honest: every
route under /api/ must appear here, sample answers must validate against it, and
schemathesis fuzzes every operation against it.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.urls import Resolver404, resolve
from django.views.decorators.http import require_GET
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.fields import RichTextField
from wagtail.images.blocks import ImageBlock, ImageChooserBlock
from wagtail.models import Page, get_page_models

from cms.api import MAX_OFFSET
from cms.middleware import error_body
from home.api import DOCUMENT_SCHEMA, IMAGE_SCHEMA, StreamBlocksField
from regions.api import StatisticsField
from search.contract import (
    FACETS,
    MAX_FILTER_VALUES,
    MAX_PAGE,
    MAX_PAGE_SIZE,
    MAX_QUERY_LENGTH,
    SORTS,
    locale_codes,
)

Schema = dict[str, Any]

RICH_TEXT_FORMATS = ("html", "db_html", "markdown", "db_markdown")


# --- schema helpers ----------------------------------------------------------------


def ref(name: str) -> Schema:
    return {"$ref": f"#/components/schemas/{name}"}


def obj(properties: dict[str, Schema], required: tuple[str, ...] | None = None) -> Schema:
    """A closed object: a property the code adds must be documented here first."""
    return {
        "type": "object",
        "properties": properties,
        "required": list(properties if required is None else required),
        "additionalProperties": False,
    }


def nullable(schema: Schema) -> Schema:
    return {"anyOf": [schema, {"type": "null"}]}


def array(items: Schema, **extra: Any) -> Schema:
    return {"type": "array", "items": items, **extra}


STRING = {"type": "string"}
HTML = {"type": "string", "description": "Rich text, as HTML by default (see rich_text_format)."}
INTEGER = {"type": "integer"}
NUMBER = {"type": "number"}
BOOLEAN = {"type": "boolean"}
URL = {"type": "string", "description": "An absolute URL."}
DATETIME = {"type": "string", "format": "date-time"}
RELATED_OBJECT = {
    "type": "object",
    "properties": {"id": INTEGER, "meta": {"type": "object"}, "title": STRING},
    "required": ["id"],
}


# --- page types: generated from each model's api_fields ---------------------------------


def page_models() -> list[type[Page]]:
    """Every page type of the site (Wagtail's bare Page only roots the tree)."""
    return sorted((m for m in get_page_models() if m is not Page), key=page_type)


def page_type(model: type[Page]) -> str:
    return f"{model._meta.app_label}.{model.__name__}"


def page_meta(type_name: str) -> Schema:
    return obj(
        {
            "type": {"const": type_name},
            "detail_url": URL,
            "html_url": nullable(URL),
            "slug": STRING,
            "show_in_menus": BOOLEAN,
            "seo_title": STRING,
            "search_description": STRING,
            "first_published_at": nullable(DATETIME),
            "alias_of": nullable(RELATED_OBJECT),
            "parent": nullable(RELATED_OBJECT),
            "locale": {"enum": locale_codes()},
        },
        required=(),
    )


def page_schema(model: type[Page]) -> Schema:
    """A page as /api/v2/pages/{id}/ shows it. Only the fields ?fields= cannot drop are
    required; every field is typed, and no other field is allowed."""
    properties = {"id": INTEGER, "meta": page_meta(page_type(model)), "title": STRING}
    for api_field in model.api_fields:
        properties[api_field.name] = api_field_schema(model, api_field)
    return obj(properties, required=())


def api_field_schema(model: type[Page], api_field) -> Schema:
    """The schema of one API field: its serializer's own (the lab's serializer fields
    declare `openapi_schema`), or one derived from the model field."""
    try:
        field = model._meta.get_field(api_field.name)
    except FieldDoesNotExist:
        field = None
    if isinstance(api_field.serializer, StreamBlocksField):
        return block_schema(field.stream_block)
    if api_field.serializer is not None:
        return getattr(api_field.serializer, "openapi_schema", {})
    return model_field_schema(field) if field is not None else {}


def model_field_schema(field) -> Schema:
    """How Wagtail's serializer shows a plain model field."""
    if isinstance(field, RichTextField):
        schema = HTML
    elif isinstance(field, (models.ManyToManyField, models.ManyToOneRel)):
        return array(RELATED_OBJECT)
    elif isinstance(field, models.ForeignKey):
        schema = RELATED_OBJECT
    elif field.choices:
        values = [value for value, _label in field.flatchoices]
        schema = {"enum": [*values, ""] if field.blank and "" not in values else values}
    elif isinstance(field, models.BooleanField):
        schema = BOOLEAN
    elif isinstance(field, models.IntegerField):
        schema = INTEGER
    elif isinstance(field, models.FloatField):
        schema = NUMBER
    elif isinstance(field, models.DateTimeField):
        schema = DATETIME
    elif isinstance(field, models.JSONField):
        schema = {"type": "object"}
    elif isinstance(field, (models.CharField, models.TextField)):
        schema = STRING
    else:
        return {}  # undocumented: the tests insist that no field ends up here
    return nullable(schema) if field.null else schema


def block_schema(block: blocks.Block) -> Schema:
    """A block's value as home/api.py's StreamBlocksField gives it."""
    required = getattr(block, "required", True)
    if isinstance(block, (ImageBlock, ImageChooserBlock)):
        return nullable(IMAGE_SCHEMA)
    if isinstance(block, DocumentChooserBlock):
        return nullable(DOCUMENT_SCHEMA)
    if isinstance(block, blocks.ChooserBlock):
        return nullable(INTEGER)  # the chosen object's id
    if isinstance(block, blocks.StreamBlock):
        return array(
            {
                "oneOf": [
                    obj({"type": {"const": name}, "value": block_schema(child), "id": STRING})
                    for name, child in block.child_blocks.items()
                ]
            }
        )
    if isinstance(block, blocks.ListBlock):
        return array(block_schema(block.child_block))
    if isinstance(block, blocks.StructBlock):
        return obj({name: block_schema(child) for name, child in block.child_blocks.items()})
    if isinstance(block, blocks.RichTextBlock):
        return HTML
    if isinstance(block, blocks.MultipleChoiceBlock):
        return array(STRING)
    if isinstance(block, blocks.ChoiceBlock):
        return STRING
    if isinstance(block, blocks.BooleanBlock):
        return BOOLEAN
    if isinstance(block, blocks.IntegerBlock):
        return INTEGER if required else nullable(INTEGER)
    if isinstance(block, (blocks.FloatBlock, blocks.DecimalBlock)):
        return NUMBER if required else nullable(NUMBER)
    if isinstance(block, blocks.FieldBlock):
        return STRING  # text blocks: CharBlock, TextBlock, URLBlock, EmailBlock, ...
    return {}


def search_schemas() -> dict[str, Schema]:
    facet_entry = obj({"value": STRING, "label": STRING, "count": INTEGER, "selected": BOOLEAN})
    query = obj(
        {
            "q": STRING,
            "locale": {"enum": locale_codes()},
            "filters": {
                "type": "object",
                "propertyNames": {"enum": list(FACETS)},
                "additionalProperties": array(STRING),
            },
            "sort": {"enum": list(SORTS)},
        }
    )
    return {
        "SearchQuery": query,
        "SearchResults": obj(
            {
                "engine": {"enum": ["elasticsearch", "database"]},
                "degraded": BOOLEAN,
                "query": ref("SearchQuery"),
                "total": INTEGER,
                "page": INTEGER,
                "page_size": INTEGER,
                "results": array(
                    obj(
                        {
                            "id": INTEGER,
                            "title": STRING,
                            "url": nullable(STRING),
                            "summary": STRING,
                            "highlight": STRING,
                            "kind": STRING,
                            "region": nullable(obj({"slug": STRING, "title": STRING})),
                            "country": nullable(STRING),
                            "aspects": array(STRING),
                            "year": nullable(INTEGER),
                        }
                    )
                ),
                "facets": obj({facet: array(facet_entry) for facet in FACETS}),
                "map": array(
                    obj(
                        {
                            "region": STRING,
                            "label": STRING,
                            "lat": NUMBER,
                            "lng": NUMBER,
                            "count": INTEGER,
                        }
                    )
                ),
            }
        ),
        "MapFeatureCollection": obj(
            {
                "type": {"const": "FeatureCollection"},
                "engine": {"enum": ["elasticsearch", "database"]},
                "degraded": BOOLEAN,
                "features": array(
                    obj(
                        {
                            "type": {"const": "Feature"},
                            "geometry": obj(
                                {
                                    "type": {"const": "Point"},
                                    "coordinates": array(NUMBER, minItems=2, maxItems=2),
                                }
                            ),
                            "properties": obj(
                                {
                                    "region": STRING,
                                    "title": STRING,
                                    "url": nullable(STRING),
                                    "count": INTEGER,
                                    "partner": BOOLEAN,
                                    "mipex_r_url": nullable(STRING),
                                    "statistics": array(ref("Statistic")),
                                }
                            ),
                        }
                    )
                ),
            }
        ),
        "ExportRow": obj(
            {
                "id": {"type": "integer", "description": "The page id: stable across exports."},
                "locale": {"enum": locale_codes()},
                "title": STRING,
                "url": nullable(URL),
                "summary": STRING,
                "kind": STRING,
                "start_year": nullable(INTEGER),
                "published_at": nullable(DATETIME),
                "region": array(STRING),
                "region_title": array(STRING),
                "country": array(STRING),
                "aspect": array(STRING),
                "policy_area": array(STRING),
                "target_group": array(STRING),
                "authority_role": STRING,
                "status": STRING,
                "evidence": STRING,
                "funding": array(STRING),
            }
        ),
        "Export": obj(
            {
                "metadata": obj(
                    {
                        "title": STRING,
                        "publisher": STRING,
                        "licence": obj({"name": STRING, "url": URL}),
                        "citation": STRING,
                        "source": URL,
                        "generated_at": DATETIME,
                        "engine": {"enum": ["elasticsearch", "database"]},
                        "degraded": BOOLEAN,
                        "query": ref("SearchQuery"),
                        "total": INTEGER,
                        "truncated": BOOLEAN,
                        "columns": array(STRING),
                        "vocabulary": {
                            "type": "object",
                            "additionalProperties": {
                                "type": "object",
                                "additionalProperties": STRING,
                            },
                        },
                    }
                ),
                "results": array(ref("ExportRow")),
            }
        ),
    }


def components() -> dict[str, Schema]:
    tags_and_download = {"tags": array(STRING), "download_url": STRING}
    listing = obj(
        {
            "meta": obj({"total_count": INTEGER}),
            "items": array({"type": "object", "properties": {"id": INTEGER}}),
        }
    )
    return {
        "Error": obj(
            {"error": obj({"code": STRING, "message": STRING, "param": nullable(STRING)})}
        ),
        "WagtailError": obj({"message": STRING}),
        "Statistic": StatisticsField.openapi_schema["items"],
        **{model.__name__: page_schema(model) for model in page_models()},
        "PageDetail": {"anyOf": [ref(model.__name__) for model in page_models()]},
        "PageListing": obj(
            {
                "meta": obj({"total_count": INTEGER}),
                "items": array(
                    {
                        "type": "object",
                        "description": "The listing's default fields, plus those asked "
                        "for with ?fields= (any field of ?type=).",
                        "properties": {
                            "id": INTEGER,
                            "meta": {
                                "type": "object",
                                "properties": {
                                    "type": {"enum": [page_type(m) for m in page_models()]},
                                    "detail_url": URL,
                                    "html_url": nullable(URL),
                                    "slug": STRING,
                                    "first_published_at": nullable(DATETIME),
                                    "locale": {"enum": locale_codes()},
                                },
                            },
                            "title": STRING,
                        },
                    }
                ),
            }
        ),
        "ImageDetail": obj(
            {
                "id": INTEGER,
                "meta": obj(
                    {"type": {"const": "wagtailimages.Image"}, "detail_url": URL}
                    | tags_and_download,
                    required=(),
                ),
                "title": STRING,
                "width": INTEGER,
                "height": INTEGER,
                "description": STRING,
                "renditions": IMAGE_SCHEMA["properties"]["renditions"],
            },
            required=(),
        ),
        "DocumentDetail": obj(
            {
                "id": INTEGER,
                "meta": obj(
                    {"type": {"const": "wagtaildocs.Document"}, "detail_url": URL}
                    | tags_and_download,
                    required=(),
                ),
                "title": STRING,
            },
            required=(),
        ),
        "ImageListing": listing,
        "DocumentListing": listing,
        **search_schemas(),
    }


# --- parameters and responses --------------------------------------------------------


def query_param(name: str, schema: Schema, description: str, **extra: Any) -> Schema:
    return {"name": name, "in": "query", "schema": schema, "description": description, **extra}


def page_id_filter(name: str, description: str, root: bool = True) -> Schema:
    id_schema: Schema = {"type": "integer", "minimum": 0}
    schema = {"anyOf": [id_schema, {"const": "root"}]} if root else id_schema
    return query_param(name, schema, description)


FIELDS = query_param(
    "fields",
    {"type": "string", "maxLength": 500},
    "Fields to add or, with a leading minus, to leave out: `*` for all, `_` for none, "
    "nested fields in parentheses. Unknown fields are a 400.",
)
RICH_TEXT = query_param(
    "rich_text_format",
    {"enum": list(RICH_TEXT_FORMATS)},
    "How rich text is returned (default: html, ready to insert).",
)


def listing_params() -> list[Schema]:
    limit_max = settings.WAGTAILAPI_LIMIT_MAX
    return [
        query_param(
            "limit",
            {"type": "integer", "minimum": 0, "maximum": limit_max},
            f"Page size (default 20, at most {limit_max}).",
        ),
        query_param(
            "offset",
            {"type": "integer", "minimum": 0, "maximum": MAX_OFFSET},
            "How many items to skip.",
        ),
        query_param(
            "order",
            {"type": "string", "maxLength": 200},
            "Field(s) to order by, comma-separated, `-` for descending, or `random`.",
        ),
        query_param("search", {"type": "string", "maxLength": 200}, "Full-text search."),
        query_param("search_operator", {"enum": ["and", "or"]}, "How search words combine."),
        FIELDS,
        RICH_TEXT,
    ]


def json_response(description: str, schema: Schema, headers: dict | None = None) -> Schema:
    response: Schema = {
        "description": description,
        "content": {"application/json": {"schema": schema}},
    }
    if headers:
        response["headers"] = headers
    return response


def cache_headers(last_modified: bool) -> dict[str, Schema]:
    headers: dict[str, Schema] = {
        "Cache-Control": {"required": True, "schema": STRING},
        "ETag": {"required": True, "schema": STRING},
    }
    if last_modified:
        headers["Last-Modified"] = {"required": True, "schema": STRING}
    return headers


WAGTAIL_400 = json_response("A bad parameter.", ref("WagtailError"))
WAGTAIL_404 = json_response("Not found.", ref("WagtailError"))
LAB_400 = json_response("A bad parameter.", ref("Error"))
LAB_503 = json_response("The database could not answer; retry later.", ref("Error"))
REDIRECT = {
    "description": "Found: redirects to the object's detail URL.",
    "headers": {"Location": {"required": True, "schema": STRING}},
}


def operation(
    summary: str,
    tag: str,
    parameters: list[Schema],
    responses: dict[str, Schema],
    description: str = "",
) -> Schema:
    op: Schema = {
        "summary": summary,
        "tags": [tag],
        "parameters": parameters,
        "responses": responses,
    }
    if description:
        op["description"] = description
    return {"get": op}


def wagtail_endpoint_paths(name: str, detail: str, listing: str, extra: list) -> dict:
    """Listing, detail and find of one of Wagtail's endpoints."""
    tag = name
    find_params = [query_param("id", {"type": "integer", "minimum": 0}, "The object's id.")]
    if name == "pages":
        find_params.append(
            query_param(
                "html_path",
                {"type": "string", "maxLength": 500},
                "A visitor URL's path, e.g. /it/practices/… (without a locale prefix: the "
                "default locale).",
            )
        )
    return {
        f"/api/v2/{name}/": operation(
            f"List {name}",
            tag,
            listing_params() + extra,
            {
                "200": json_response("A page of results.", ref(listing), cache_headers(True)),
                "400": WAGTAIL_400,
            },
        ),
        f"/api/v2/{name}/{{id}}/": operation(
            f"One of the {name}",
            tag,
            [
                {"name": "id", "in": "path", "required": True, "schema": INTEGER},
                FIELDS,
                RICH_TEXT,
            ],
            {
                "200": json_response("The object.", ref(detail), cache_headers(True)),
                "400": WAGTAIL_400,
                "404": WAGTAIL_404,
            },
        ),
        f"/api/v2/{name}/find/": operation(
            f"Find one of the {name}",
            tag,
            find_params + ([page_type_param()] if name == "pages" else []),
            {"302": REDIRECT, "400": WAGTAIL_400, "404": WAGTAIL_404},
        ),
    }


def page_type_param() -> Schema:
    return query_param(
        "type",
        {"type": "string", "maxLength": 200},
        "Page type(s), comma-separated: "
        + ", ".join(page_type(model) for model in page_models())
        + ". With one type, its "
        "fields can be asked for and filtered on.",
    )


def page_listing_params() -> list[Schema]:
    return [
        page_type_param(),
        query_param("locale", {"enum": locale_codes()}, "Only pages in this locale."),
        page_id_filter("child_of", "Only children of this page (or of the site's root)."),
        page_id_filter("descendant_of", "Only descendants of this page."),
        page_id_filter("ancestor_of", "Only ancestors of this page.", root=False),
        page_id_filter("translation_of", "Only the other translations of this page."),
        query_param("slug", {"type": "string", "maxLength": 255}, "Pages with this slug."),
        query_param("title", {"type": "string", "maxLength": 255}, "Pages with this title."),
        query_param("show_in_menus", BOOLEAN, "Pages shown (or not) in menus."),
        query_param("site", {"type": "string", "maxLength": 255}, "Host name of a site."),
    ]


def search_params(paged: bool) -> list[Schema]:
    params = [
        query_param("q", {"type": "string", "maxLength": MAX_QUERY_LENGTH}, "Full-text query."),
        query_param("locale", {"enum": locale_codes()}, "The language searched (default en)."),
        query_param("sort", {"enum": list(SORTS)}, "Order of the results."),
    ]
    for facet in FACETS:
        params.append(
            query_param(
                facet,
                array({"type": "string", "maxLength": 100}, maxItems=MAX_FILTER_VALUES),
                f"Filter by {facet} slug; repeat to OR values.",
                style="form",
                explode=True,
            )
        )
    if paged:
        params += [
            query_param("page", {"type": "integer", "minimum": 1, "maximum": MAX_PAGE}, "Page."),
            query_param(
                "page_size",
                {"type": "integer", "minimum": 1, "maximum": MAX_PAGE_SIZE},
                "Results per page (default 20).",
            ),
        ]
    return params


def paths() -> dict[str, Schema]:
    lab = "lab search"
    return {
        **wagtail_endpoint_paths("pages", "PageDetail", "PageListing", page_listing_params()),
        **wagtail_endpoint_paths("images", "ImageDetail", "ImageListing", []),
        **wagtail_endpoint_paths("documents", "DocumentDetail", "DocumentListing", []),
        "/api/v2/preview/": operation(
            "A draft, through a preview token",
            "pages",
            [
                query_param(
                    "token",
                    {"type": "string", "maxLength": 500},
                    "The signed, expiring token of a preview link.",
                    required=True,
                ),
                FIELDS,
                RICH_TEXT,
            ],
            {
                "200": json_response(
                    "The draft, as /api/v2/pages/{id}/ will show it once published.",
                    ref("PageDetail"),
                    {"Cache-Control": {"required": True, "schema": {"const": "private, no-store"}}},
                ),
                "400": LAB_400,
                "403": json_response("The token was tampered with or has expired.", ref("Error")),
                "404": json_response("The page or the draft no longer exists.", ref("Error")),
            },
            "Editors open “Preview in the front end” in the page editor; the lab redirects "
            "to LAB_PREVIEW_URL?token=…, and the front end reads the draft here.",
        ),
        "/api/v2/lab/search/": operation(
            "Search practices and partner actions",
            lab,
            search_params(paged=True),
            {
                "200": json_response(
                    "Results, disjunctive facet counts and map counts.",
                    ref("SearchResults"),
                    cache_headers(False),
                ),
                "400": LAB_400,
                "503": LAB_503,
            },
        ),
        "/api/v2/lab/map/": operation(
            "Practices per region, as GeoJSON",
            lab,
            search_params(paged=False),
            {
                "200": {
                    "description": "One Point feature per region with practices.",
                    "content": {
                        "application/geo+json": {"schema": ref("MapFeatureCollection")},
                        "application/json": {"schema": ref("MapFeatureCollection")},
                    },
                    "headers": cache_headers(False),
                },
                "400": LAB_400,
                "503": LAB_503,
            },
        ),
        "/api/v2/lab/export.csv": operation(
            "Every search result as CSV (open data)",
            lab,
            search_params(paged=False),
            {
                "200": {
                    "description": "Streamed CSV with a header row; lists joined by `;`.",
                    "content": {"text/csv": {"schema": STRING}},
                    "headers": {"Link": {"required": True, "schema": STRING}},
                },
                "400": LAB_400,
                "503": LAB_503,
            },
        ),
        "/api/v2/lab/export.json": operation(
            "Every search result as JSON, with licence and citation (open data)",
            lab,
            search_params(paged=False),
            {
                "200": json_response(
                    "Streamed JSON: metadata, then every result.",
                    ref("Export"),
                    {"Link": {"required": True, "schema": STRING}},
                ),
                "400": LAB_400,
                "503": LAB_503,
            },
        ),
        "/api/schema/": operation(
            "This document",
            "meta",
            [],
            {"200": json_response("OpenAPI 3.1.", {"type": "object"}, cache_headers(False))},
        ),
        "/api/docs/": operation(
            "This document, to read",
            "meta",
            [],
            {"200": {"description": "HTML.", "content": {"text/html": {"schema": STRING}}}},
        ),
    }


def document() -> dict[str, Any]:
    """The OpenAPI document (built on each call: it reads settings and choices)."""
    return {
        "openapi": "3.1.0",
        "info": {
            "title": f"{settings.WAGTAIL_SITE_NAME} API",
            "version": "2",
            "description": (
                "Read-only, anonymous JSON for front ends and open data: Wagtail's pages, "
                "images and documents, the lab search, exports and headless preview. "
                "Answers carry ETag and Cache-Control (pages, images and documents also "
                "Last-Modified); conditional requests are answered 304. Bad parameters "
                "are a 400 with a JSON error body."
            ),
        },
        "paths": paths(),
        "components": {"schemas": components()},
    }


# --- views ---------------------------------------------------------------------------


@require_GET
def schema_view(request: HttpRequest) -> JsonResponse:
    return JsonResponse(document(), json_dumps_params={"ensure_ascii": False})


@require_GET
def docs_view(request: HttpRequest) -> HttpResponse:
    spec = document()
    operations = [
        {"path": path, "method": method.upper(), **op}
        for path, item in spec["paths"].items()
        for method, op in item.items()
    ]
    return render(request, "api/docs.html", {"spec": spec, "operations": operations})


def not_found_view(request: HttpRequest) -> JsonResponse:
    """Unknown API paths: a JSON 404 (in the error shape of the endpoint family),
    with the right URL when only the final slash is missing."""
    path = request.path_info
    message = "No API endpoint here: see /api/schema/ or /api/docs/."
    if not path.endswith("/"):
        try:
            match = resolve(path + "/")
        except Resolver404:
            match = None
        if match is not None and match.func is not not_found_view:
            message = f"Did you mean {path}/ ?"
    return JsonResponse(error_body(request, "not_found", message, None), status=404)
