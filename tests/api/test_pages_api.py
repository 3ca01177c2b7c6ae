"""The pages, images and documents endpoints: each page type's JSON, filters, find-by-path."""

from __future__ import annotations

import io

import jsonschema
import pytest
from django.core.files.images import ImageFile
from modelcluster.models import get_all_child_relations
from PIL import Image as PILImage
from wagtail.fields import StreamField
from wagtail.images.models import Image
from wagtail.models import Locale, Page

from cms.openapi import document, page_models
from home.api import StreamBlocksField
from home.models import ContentPage, HomePage
from practices.api import EvaluationField
from practices.models import (
    Aspect,
    PolicyArea,
    PracticePage,
    PracticeSubmission,
    SharePracticePage,
)
from practices.taxonomy import ASPECTS
from regions.models import RegionalActionPage, RegionIndexPage, RegionPage
from tests.api.conftest import get_json, live_english_page

pytestmark = pytest.mark.django_db

PAGES = "/api/v2/pages/"
PAGE_MODELS = page_models()


def detail(client, page, **params) -> dict:
    return get_json(client, f"{PAGES}{page.pk}/", **params)


def validate(instance: dict, component: str) -> None:
    """Validate against a component of the OpenAPI document (its $refs resolved)."""
    spec = document()
    schema = {**spec["components"]["schemas"][component], "components": spec["components"]}
    jsonschema.validate(instance, schema, cls=jsonschema.Draft202012Validator)


@pytest.mark.parametrize("model", PAGE_MODELS, ids=lambda model: model.__name__)
def test_each_page_type_exposes_all_its_fields_as_documented(client, model):
    page = live_english_page(model)
    body = detail(client, page)
    validate(body, model.__name__)
    documented = set(document()["components"]["schemas"][model.__name__]["properties"])
    assert set(body) == documented, "every documented field is there by default, no other"
    api_fields = {field.name for field in model.api_fields}
    assert api_fields <= set(body)
    assert body["meta"]["type"] == f"{model._meta.app_label}.{model.__name__}"
    assert body["meta"]["locale"] == "en"
    assert body["translations"]["en"] == {"id": page.pk, "title": page.title, "url": page.url}


@pytest.mark.parametrize("model", PAGE_MODELS, ids=lambda model: model.__name__)
def test_every_content_field_is_in_the_api(model):
    """Each page type exposes all its content: every field it adds to Wagtail's Page
    (and every inline child list) is an API field; StreamFields come with renditions."""
    child_relations = {  # inline lists (statistics), not Wagtail's own (admin comments)
        relation.get_accessor_name()
        for relation in get_all_child_relations(model)
        if relation.field.remote_field.model is not Page
    }
    content = {
        field.name
        for field in model._meta.get_fields()
        if field.model is not Page
        and not field.auto_created
        and (field.concrete or field.many_to_many)
    } | child_relations
    api_fields = {field.name: field for field in model.api_fields}
    assert content - {"page_ptr"} <= set(api_fields), "content missing from api_fields"
    for name in content & set(api_fields):
        if isinstance(model._meta.get_field(name), StreamField):
            # Wagtail's default would give images and documents as bare ids.
            assert isinstance(api_fields[name].serializer, (StreamBlocksField, EvaluationField))


def test_the_share_page_links_only_live_pages(client):
    share = live_english_page(SharePracticePage)
    guidelines = share.guidelines_page.specific
    body = detail(client, share)
    assert body["contact_email"] == share.contact_email
    assert body["guidelines_page"] == {
        "id": guidelines.pk,
        "title": guidelines.title,
        "url": guidelines.url,
    }
    guidelines.unpublish()
    assert detail(client, share)["guidelines_page"] is None


def test_a_practice_nests_taxonomy_regions_and_the_evaluation(client):
    practice = PracticePage.objects.live().filter(regions__slug="skane").first()
    body = detail(client, practice)

    names = PolicyArea.names_by_slug("en")
    assert body["policy_areas"] == [
        {"slug": term.slug, "label": names[term.slug]} for term in practice.policy_areas.all()
    ]
    assert body["policy_areas"], "the demo practice has policy areas"
    skane = RegionPage.objects.get(slug="skane", locale__language_code="en")
    assert {
        "id": skane.pk,
        "slug": "skane",
        "title": "Skåne",
        "country": "SE",
        "url": "/en/regions/skane/",
    } in body["regions"]

    framework_order = [slug for slug, _names in ASPECTS]
    slugs = [entry["aspect"]["slug"] for entry in body["evaluation"]]
    assert slugs == sorted(slugs, key=framework_order.index)
    assert set(slugs) == {child.value["aspect"] for child in practice.evaluation}
    labels = Aspect.names_by_slug("en")
    first = body["evaluation"][0]
    assert first["aspect"]["label"] == labels[first["aspect"]["slug"]]
    assert first["inspiring_elements"].startswith("<p>")
    assert body["body"][0]["type"] == "paragraph" and "id" in body["body"][0]
    assert body["start_year"] == practice.start_year
    assert body["status"] == practice.status


def test_rich_text_reaches_front_ends_as_ready_html(client):
    """WAGTAILAPI_RICH_TEXT_FORMAT = "html": internal links are real hrefs."""
    practice = PracticePage.objects.live().first()
    target = RegionPage.objects.get(slug="skane", locale__language_code="en")
    link = f'<p>See <a linktype="page" id="{target.pk}">Skåne</a>.</p>'
    practice.lessons_learnt = link
    practice.body = [("paragraph", link)]
    practice.save_revision().publish()
    body = detail(client, practice)
    for html in (body["lessons_learnt"], body["body"][0]["value"]):
        assert 'href="/en/regions/skane/"' in html
        assert "linktype" not in html
    raw = detail(client, practice, rich_text_format="db_html")
    assert 'linktype="page"' in raw["lessons_learnt"]


def test_a_region_gives_its_statistics_with_unit_source_and_year(client):
    region = RegionPage.objects.get(slug="skane", locale__language_code="en")
    body = detail(client, region)
    assert body["country"] == {"code": "SE", "name": "Sweden"}
    assert len(body["statistics"]) == region.statistics.count() > 0
    for entry, statistic in zip(body["statistics"], region.statistics.all(), strict=True):
        assert entry["indicator"] == statistic.indicator
        assert entry["value"] == float(statistic.value)
        assert entry["unit"] == statistic.unit
        assert entry["source"] == statistic.source
        assert entry["year"] == statistic.year
    assert body["partner"] is True and body["latitude"] == region.latitude


def test_a_partner_action_names_its_region_and_focus_area(client):
    action = RegionalActionPage.objects.live().filter(locale__language_code="en").first()
    region = action.get_parent().specific
    body = detail(client, action)
    assert body["regions"] == [
        {
            "id": region.pk,
            "slug": region.slug,
            "title": region.title,
            "country": str(region.country),
            "url": region.url,
        }
    ]
    names = PolicyArea.names_by_slug("en")
    assert body["focus_area"] == {
        "slug": action.focus_area.slug,
        "label": names[action.focus_area.slug],
    }
    assert body["design"].startswith("<p>")


def test_a_translation_is_labelled_in_its_own_locale(client, french_practice):
    source, practice_fr, skane_fr = french_practice
    body = detail(client, practice_fr)
    assert body["meta"]["locale"] == "fr"
    assert body["title"] == "Partenariat Scanie"
    # Taxonomy stays synchronised with the source's terms, labelled in French.
    names_fr = PolicyArea.names_by_slug("fr")
    assert body["policy_areas"] == [
        {"slug": term.slug, "label": names_fr[term.slug]} for term in source.policy_areas.all()
    ]
    assert names_fr != PolicyArea.names_by_slug("en")
    aspects_fr = Aspect.names_by_slug("fr")
    assert all(e["aspect"]["label"] == aspects_fr[e["aspect"]["slug"]] for e in body["evaluation"])
    skane = next(region for region in body["regions"] if region["slug"] == "skane")
    assert skane == {
        "id": skane_fr.pk,
        "slug": "skane",
        "title": "Scanie",
        "country": "SE",
        "url": "/fr/regions/skane/",
    }
    expected = {
        "en": {"id": source.pk, "title": source.title, "url": source.url},
        "fr": {"id": practice_fr.pk, "title": "Partenariat Scanie", "url": practice_fr.url},
    }
    assert body["translations"] == expected
    assert detail(client, source)["translations"] == expected
    assert detail(client, skane_fr)["country"] == {"code": "SE", "name": "Suède"}


def test_the_locale_filter(client, french_practice):
    _source, practice_fr, skane_fr = french_practice
    body = get_json(client, PAGES, locale="fr", limit=100)
    assert (
        body["meta"]["total_count"]
        == Page.objects.live().filter(locale__language_code="fr").count()
    )
    assert {item["meta"]["locale"] for item in body["items"]} == {"fr"}
    assert {practice_fr.pk, skane_fr.pk} <= {item["id"] for item in body["items"]}
    english = get_json(client, PAGES, locale="en", type="practices.PracticePage", limit=100)
    assert practice_fr.pk not in {item["id"] for item in english["items"]}
    error = get_json(client, PAGES, expect=400, locale="xx")
    assert "locale" in error["message"]


def test_the_type_filter(client):
    body = get_json(client, PAGES, type="regions.RegionPage", limit=100)
    regions = RegionPage.objects.live()
    assert body["meta"]["total_count"] == regions.count()
    assert {item["meta"]["type"] for item in body["items"]} == {"regions.RegionPage"}
    partners = get_json(client, PAGES, type="regions.RegionPage", partner="true", fields="partner")
    assert partners["meta"]["total_count"] == regions.filter(partner=True).count() > 0
    assert all(item["partner"] for item in partners["items"])
    both = get_json(client, PAGES, type="regions.RegionPage,home.HomePage", limit=100)
    assert both["meta"]["total_count"] == regions.count() + HomePage.objects.live().count()


def test_child_of_and_descendant_of(client):
    index = RegionIndexPage.objects.get(locale__language_code="en")
    children = get_json(client, PAGES, child_of=index.pk, limit=100)
    assert {item["id"] for item in children["items"]} == set(
        RegionPage.objects.child_of(index).live().values_list("pk", flat=True)
    )
    descendants = get_json(client, PAGES, descendant_of=index.pk, limit=100)
    expected = set(Page.objects.descendant_of(index).live().values_list("pk", flat=True))
    assert {item["id"] for item in descendants["items"]} == expected
    assert RegionalActionPage.objects.live().count() and expected > {
        item["id"] for item in children["items"]
    }


@pytest.mark.parametrize(
    "path", ["/en/regions/skane/", "en/regions/skane", "/regions/skane/"], ids=str
)
def test_find_by_path(client, path):
    skane = RegionPage.objects.get(slug="skane", locale__language_code="en")
    response = client.get(f"{PAGES}find/", {"html_path": path, "fields": "_,id,title"})
    assert response.status_code == 302
    assert response["Location"].endswith(f"/api/v2/pages/{skane.pk}/?fields=_%2Cid%2Ctitle")
    followed = client.get(response["Location"])
    assert followed.json() == {"id": skane.pk, "title": "Skåne"}


def test_find_by_path_in_another_locale_and_misses(client, french_practice):
    _source, practice_fr, _skane_fr = french_practice
    response = client.get(f"{PAGES}find/", {"html_path": practice_fr.url})
    assert response.status_code == 302
    assert response["Location"].endswith(f"/api/v2/pages/{practice_fr.pk}/?")
    untranslated = Locale.objects.exclude(pk__in=HomePage.objects.values("locale")).first()
    assert untranslated is not None, "some locale has no tree yet"
    for missing in (
        "/en/no-such-page/",
        "/xx/regions/skane/",
        f"/{untranslated.language_code}/regions/skane/",
    ):
        response = client.get(f"{PAGES}find/", {"html_path": missing})
        assert response.status_code == 404, missing
        assert response.json() == {"message": "not found"}


@pytest.mark.parametrize(
    "params",
    [
        {"limit": "abc"},
        {"limit": "1000"},
        {"offset": "-1"},
        {"offset": " 2189215570778373226496"},
        {"fields": "no_such_field"},
        {"fields": "title("},
        {"type": "no.Such"},
        {"type": "wagtailimages.Image"},
        {"order": "no_such_field"},
        {"search": "x", "search_operator": "xor"},
        {"child_of": "abc"},
        {"child_of": "999999"},
        {"descendant_of": "-3"},
        {"translation_of": "abc"},
        {"site": "nowhere.example.org"},
        {"colour": "blue"},
        {"type": "regions.RegionPage", "latitude": "north"},
        {"type": "practices.PracticePage", "regions": "skane"},
        {"type": "practices.PracticePage", "start_year": "1.5"},
        {"type": "practices.PracticePage", "body": "x"},
        {"first_published_at": "yesterday"},
        {"show_in_menus": "perhaps"},
        {"title": "a\x00b"},
        {"search": "a\x00b"},
        {"rich_text_format": "pdf"},
    ],
    ids=lambda params: "&".join(f"{k}={v!r}" for k, v in params.items()),
)
def test_bad_parameters_are_a_400_with_a_message(client, params):
    body = get_json(client, PAGES, expect=400, **params)
    assert body["message"]


def test_unknown_objects_and_paths_are_json_404s(client):
    assert get_json(client, f"{PAGES}999999/", expect=404) == {
        "message": "No Page matches the given query."
    }
    assert get_json(client, "/api/v2/nothing-here/", expect=404)["error"]["code"] == "not_found"
    assert "/api/v2/pages/" in get_json(client, "/api/v2/pages", expect=404)["error"]["message"]
    assert get_json(client, "/api/v2/pages/abc/", expect=404)["message"]


def test_images_come_with_renditions_in_bodies_and_their_endpoint(client, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    buffer = io.BytesIO()
    PILImage.new("RGB", (1200, 800), "teal").save(buffer, "PNG")
    image = Image.objects.create(
        title="Mentors at work",
        file=ImageFile(buffer, name="mentors.png"),
        description="Two mentors",
    )
    page = ContentPage.objects.live().filter(locale__language_code="en").first()
    page.body = [
        {
            "type": "image",
            "value": {"image": image.pk, "alt_text": "Two mentors at a table", "decorative": False},
        }
    ]
    page.save_revision().publish()

    block = detail(client, page)["body"][0]
    assert block["type"] == "image"
    value = block["value"]
    assert value["id"] == image.pk and value["alt"] == "Two mentors at a table"
    assert (value["width"], value["height"]) == (1200, 800)
    small, large = value["renditions"]["small"], value["renditions"]["large"]
    assert (small["width"], small["height"]) == (480, 320)
    assert (large["width"], large["height"]) == (1200, 800), "never upscaled"
    assert small["url"].startswith("http://") and "/media/images/" in small["url"]

    image_body = get_json(client, f"/api/v2/images/{image.pk}/")
    validate(image_body, "ImageDetail")
    assert image_body["description"] == "Two mentors"
    assert image_body["renditions"] == value["renditions"]


def test_contact_data_of_people_never_appears(client, django_user_model):
    """Submitters (kept apart in PracticeSubmission), page owners and revision authors
    stay out of the API; a practice's `contact` is the public office its page shows."""
    person = django_user_model.objects.create_user(
        "editor-person", email="editor.person@example.org", password="not-used-1234"
    )
    practice = PracticePage.objects.live().filter(locale__language_code="en").first()
    practice.owner = person
    practice.save_revision(user=person).publish()
    PracticeSubmission.objects.create(
        title=practice.title,
        locale=practice.locale,
        page=practice,
        submitter_name="Ada Submitter",
        submitter_organisation="Private Person Ltd",
        submitter_email="ada.submitter@example.org",
        ip_hash="0" * 64,
    )
    responses = [
        client.get(f"{PAGES}{practice.pk}/", {"fields": "*"}),
        client.get(PAGES, {"type": "practices.PracticePage", "fields": "*", "limit": 100}),
        client.get("/api/v2/lab/export.json"),
    ]
    for response in responses:
        assert response.status_code == 200
        content = b"".join(response.streaming_content) if response.streaming else response.content
        for private in (b"ada.submitter@", b"Ada Submitter", b"Private Person", b"editor.person"):
            assert private not in content
    assert get_json(client, PAGES, search="ada.submitter")["meta"]["total_count"] == 0
    assert get_json(client, "/api/v2/lab/search/", q="Ada Submitter")["total"] == 0
    for name in ("owner", "latest_revision", "locked_by", "submitter_email"):
        assert get_json(client, PAGES, expect=400, fields=name)["message"].startswith("unknown")


def test_the_api_ignores_accept_language(client):
    """Labels follow ?locale= or the page; a CDN needs no Accept-Language variants."""
    practice = PracticePage.objects.live().first()
    english = client.get(f"{PAGES}{practice.pk}/")
    italian = client.get(f"{PAGES}{practice.pk}/", HTTP_ACCEPT_LANGUAGE="it")
    assert english.content == italian.content
    assert "accept-language" not in italian.get("Vary", "").lower()
    assert "cookie" not in italian.get("Vary", "").lower()
