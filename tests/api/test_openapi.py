"""The OpenAPI document and the endpoints agree: same routes, valid answers, same fields."""

from __future__ import annotations

import json
import re

import pytest
from django.urls import URLPattern, URLResolver, get_resolver
from openapi_core import OpenAPI
from openapi_core.exceptions import OpenAPIError
from openapi_core.testing import MockRequest, MockResponse
from openapi_core.validation.response.exceptions import InvalidData
from openapi_spec_validator import validate as validate_spec

from cms import openapi
from cms.preview import make_token
from practices.models import PracticePage
from regions.models import RegionPage
from tests.api.conftest import live_english_page

pytestmark = pytest.mark.django_db

PAGE_MODELS = openapi.page_models()


def api_routes() -> set[str]:
    """Every URL pattern under /api/, as an OpenAPI path template with `{}` parameters."""
    routes = set()

    def walk(patterns, prefix: str) -> None:
        for pattern in patterns:
            text = prefix + str(pattern.pattern).lstrip("^").rstrip("$")
            if isinstance(pattern, URLResolver):
                walk(pattern.url_patterns, text)
            elif isinstance(pattern, URLPattern) and text.startswith("api/"):
                if pattern.callback is openapi.not_found_view:
                    continue  # the JSON 404 for every other path
                routes.add("/" + re.sub(r"<(?:\w+:)?\w+>", "{}", text))

    walk(get_resolver().url_patterns, "")
    return routes


def template(path: str) -> str:
    return re.sub(r"\{\w+\}", "{}", path)


def test_the_document_is_valid_openapi_3_1(client):
    response = client.get("/api/schema/")
    assert response.status_code == 200
    spec = response.json()
    assert spec == openapi.document()
    assert spec["openapi"] == "3.1.0"
    validate_spec(spec)


def test_every_api_route_is_documented_and_every_documented_path_exists():
    documented = {template(path) for path in openapi.document()["paths"]}
    assert api_routes() == documented
    assert len(documented) >= 15


@pytest.mark.parametrize("model", PAGE_MODELS, ids=lambda model: model.__name__)
def test_each_page_types_schema_lists_exactly_its_api_fields(model):
    schema = openapi.document()["components"]["schemas"][model.__name__]
    fields = {"id", "meta", "title"} | {field.name for field in model.api_fields}
    assert set(schema["properties"]) == fields
    assert schema["additionalProperties"] is False
    assert schema["properties"]["meta"]["properties"]["type"] == {
        "const": f"{model._meta.app_label}.{model.__name__}"
    }
    untyped = [name for name, field_schema in schema["properties"].items() if not field_schema]
    assert not untyped, "give these fields' serializers an openapi_schema"


def samples() -> list[tuple[str, dict]]:
    """Requests whose answers must match the document, successes and errors alike."""
    practice = PracticePage.objects.live().filter(locale__language_code="en").first()
    region = RegionPage.objects.live().get(slug="skane", locale__language_code="en")
    practice.title = "Draft"
    revision = practice.save_revision()
    cases: list[tuple[str, dict]] = [
        ("/api/v2/pages/", {}),
        ("/api/v2/pages/", {"type": "practices.PracticePage", "fields": "*", "limit": "5"}),
        ("/api/v2/pages/", {"type": "regions.RegionPage", "locale": "en", "fields": "*"}),
        ("/api/v2/pages/", {"child_of": str(region.pk)}),
        ("/api/v2/pages/", {"search": "Skåne", "search_operator": "and"}),
        ("/api/v2/pages/", {"limit": "abc"}),
        ("/api/v2/pages/", {"locale": "xx"}),
        ("/api/v2/pages/", {"type": "no.Such"}),
        ("/api/v2/pages/", {"fields": "no_such_field"}),
        (f"/api/v2/pages/{practice.pk}/", {}),
        (f"/api/v2/pages/{region.pk}/", {"fields": "-statistics"}),
        ("/api/v2/pages/999999/", {}),
        ("/api/v2/pages/find/", {"html_path": region.url}),
        ("/api/v2/pages/find/", {"html_path": "/en/nowhere/"}),
        ("/api/v2/pages/find/", {"id": str(region.pk), "type": "no.Such"}),
        ("/api/v2/images/", {}),
        ("/api/v2/images/999/", {}),
        ("/api/v2/images/find/", {"id": "999"}),
        ("/api/v2/documents/", {"limit": "-1"}),
        ("/api/v2/documents/999/", {}),
        ("/api/v2/documents/find/", {}),
        ("/api/v2/preview/", {"token": make_token(revision)}),
        ("/api/v2/preview/", {"token": "forged"}),
        ("/api/v2/preview/", {}),
        ("/api/v2/lab/search/", {"aspect": "innovation", "page_size": "5"}),
        ("/api/v2/lab/search/", {"page": "0"}),
        ("/api/v2/lab/map/", {"status": "ongoing"}),
        ("/api/v2/lab/map/", {"page": "1"}),
        ("/api/v2/lab/export.json", {"aspect": "innovation"}),
        ("/api/v2/lab/export.json", {"locale": "xx"}),
        ("/api/v2/lab/export.csv", {"kind": "practice"}),
        ("/api/v2/lab/export.csv", {"sort": "random"}),
        ("/api/schema/", {}),
        ("/api/docs/", {}),
    ]
    for model in PAGE_MODELS:
        cases.append((f"/api/v2/pages/{live_english_page(model).pk}/", {}))
        cases.append(("/api/v2/pages/", {"type": openapi.page_type(model), "fields": "*"}))
    return cases


def test_sample_answers_validate_against_the_document(client):
    spec = OpenAPI.from_dict(openapi.document())
    seen_paths = set()
    for path, params in samples():
        response = client.get(path, params)
        body = b"".join(response.streaming_content) if response.streaming else response.content
        if response["Content-Type"].startswith("text/"):
            body = body.decode()  # openapi-core compares text bodies as strings
        request = MockRequest("http://testserver", "get", path, args=params)
        answer = MockResponse(
            body,
            status_code=response.status_code,
            headers=dict(response.headers),
            content_type=response["Content-Type"],
        )
        try:
            spec.validate_response(request, answer)
        except OpenAPIError as error:
            detail = repr(getattr(error, "schema_errors", None) or error)[:800]
            pytest.fail(f"GET {path} {params} → {response.status_code}: {detail}")
        seen_paths.add(re.sub(r"/\d+/", "/{}/", path))
    assert seen_paths == {template(path) for path in openapi.document()["paths"]}


def test_an_undocumented_field_breaks_the_document(client):
    """The check above is no formality: a field the document does not list fails it."""
    spec = OpenAPI.from_dict(openapi.document())
    region = RegionPage.objects.live().get(slug="skane", locale__language_code="en")
    path = f"/api/v2/pages/{region.pk}/"
    response = client.get(path)
    request = MockRequest("http://testserver", "get", path)

    def answer(body: dict) -> MockResponse:
        return MockResponse(json.dumps(body).encode(), 200, headers=dict(response.headers))

    spec.validate_response(request, answer(response.json()))
    with pytest.raises(InvalidData):
        spec.validate_response(request, answer({**response.json(), "private_notes": "x"}))
    with pytest.raises(InvalidData):
        spec.validate_response(request, answer({**response.json(), "partner": "yes"}))


def test_the_browsable_reference_lists_every_endpoint(client):
    response = client.get("/api/docs/")
    assert response.status_code == 200
    html = response.content.decode()
    for path in openapi.document()["paths"]:
        assert f"GET {path}" in html
    assert 'href="/api/schema/"' in html
