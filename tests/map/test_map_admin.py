"""Editors place regions with wagtailgeowidget's Leaflet panel and add, configure and preview
the map block, through the real admin views."""

from __future__ import annotations

import json
import re
from urllib.parse import urlsplit

import pytest
from django.urls import reverse
from wagtail.models import Locale
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield
from wagtail_localize.fields import SynchronizedField, get_translatable_fields
from wagtail_localize.models import TranslationSource

from home.models import HomePage
from regions.models import RegionIndexPage, RegionPage
from tests.forms import region_form
from tests.map.helpers import map_value, table_rows

pytestmark = pytest.mark.django_db

SQUARE = [[13.0, 55.0], [14.0, 55.0], [14.0, 56.0], [13.0, 56.0], [13.0, 55.0]]
ASSET = re.compile(r'<(?:script|link|img|iframe)\b[^>]*?\b(?:src|href)="([^"]+)"', re.IGNORECASE)


def edit_url(page) -> str:
    return reverse("wagtailadmin_pages:edit", args=(page.pk,))


def skane() -> RegionPage:
    return RegionPage.objects.get(slug="skane", locale__language_code="en")


def external(urls: list[str]) -> list[str]:
    return [url for url in urls if urlsplit(url).netloc or url.startswith("//")]


# --- the region's point and boundary ------------------------------------------------


def test_the_region_editor_loads_leaflet_from_our_static_files(admin_client_demo):
    response = admin_client_demo.get(edit_url(skane()))
    assert response.status_code == 200
    html = response.content.decode()
    assets = ASSET.findall(html)
    assert "/static/vendor/leaflet/leaflet.js" in assets
    assert "/static/vendor/leaflet/leaflet.css" in assets
    assert "/static/wagtailgeowidget/js/leaflet-field.js" in assets
    assert external(assets) == []
    assert "unpkg.com" not in html
    # geowidget's Stimulus controller, with the point and the tile settings.
    match = re.search(r'data-leaflet-field-options-value="([^"]+)"', html)
    options = json.loads(match[1].replace("&quot;", '"').replace("&amp;", "&"))
    page = skane()
    assert options["defaultLocation"] == {"lat": str(page.latitude), "lng": str(page.longitude)}
    assert options["tileLayerOptions"]["referrerPolicy"] == "strict-origin-when-cross-origin"
    assert 'name="latitude"' in html and 'type="hidden"' in html


def test_moving_the_marker_saves_numeric_coordinates(admin_client_demo):
    page = skane()
    data = region_form(page, location="SRID=4326;POINT(13.191 55.7047)")
    data["action-publish"] = "publish"
    response = admin_client_demo.post(edit_url(page), data)
    assert response.status_code == 302, response.content.decode()[:3000]
    page.refresh_from_db()
    assert (page.latitude, page.longitude) == (55.7047, 13.191)


@pytest.mark.parametrize(
    ("location", "message"),
    [
        ("SRID=4326;POINT(13.2 95)", "out of range"),
        ("somewhere in Skåne", "latitude,longitude"),
    ],
)
def test_a_bad_point_is_refused_and_nothing_is_saved(admin_client_demo, location, message):
    page = skane()
    revisions = page.revisions.count()
    response = admin_client_demo.post(edit_url(page), region_form(page, location=location))
    assert response.status_code == 200
    assert message in response.content.decode()
    page.refresh_from_db()
    assert page.revisions.count() == revisions
    assert page.latitude == skane().latitude


def test_a_new_region_is_placed_through_the_map_only(admin_client_demo):
    parent = RegionIndexPage.objects.get(locale__language_code="en")
    url = reverse("wagtailadmin_pages:add", args=("regions", "regionpage", parent.pk))
    form = admin_client_demo.get(url).content.decode()
    assert 'data-controller="leaflet-field"' in form
    base = {
        "title": "Testland",
        "slug": "testland",
        "country": "SE",
        "statistics-TOTAL_FORMS": "0",
        "statistics-INITIAL_FORMS": "0",
        "statistics-MIN_NUM_FORMS": "0",
        "statistics-MAX_NUM_FORMS": "1000",
        "body": rich_text(""),
        "sections-count": "0",
    }
    response = admin_client_demo.post(url, base)
    assert response.status_code == 200
    assert "Place the region on the map" in response.content.decode()
    assert not RegionPage.objects.filter(slug="testland").exists()

    response = admin_client_demo.post(url, {**base, "location": "SRID=4326;POINT(16.5 59.6)"})
    assert response.status_code == 302, response.content.decode()[:3000]
    created = RegionPage.objects.get(slug="testland")
    assert (created.latitude, created.longitude) == (59.6, 16.5)


def test_a_boundary_is_validated_and_kept_as_geojson(admin_client_demo):
    page = skane()
    feature = {
        "type": "Feature",
        "properties": {},
        "geometry": {"type": "Polygon", "coordinates": [SQUARE]},
    }
    response = admin_client_demo.post(
        edit_url(page), region_form(page, boundary=json.dumps(feature))
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    page.refresh_from_db()
    latest = page.get_latest_revision_as_object()
    assert latest.boundary == {"type": "Polygon", "coordinates": [SQUARE]}


@pytest.mark.parametrize(
    ("boundary", "message"),
    [
        ('{"type": "Polygon", "coordinates": [[[13, 55], [14, 55]', "Enter a valid JSON"),
        (json.dumps({"type": "Polygon", "coordinates": [SQUARE[:-1]]}), "not closed"),
        (json.dumps({"type": "LineString", "coordinates": SQUARE}), "Polygon or MultiPolygon"),
    ],
)
def test_a_bad_boundary_is_refused_and_nothing_is_saved(admin_client_demo, boundary, message):
    page = skane()
    revisions = page.revisions.count()
    response = admin_client_demo.post(edit_url(page), region_form(page, boundary=boundary))
    assert response.status_code == 200
    assert message in response.content.decode()
    assert page.revisions.count() == revisions


def test_point_and_boundary_are_synchronised_to_translations(admin_client_demo):
    synchronised = {
        field.field_name
        for field in get_translatable_fields(RegionPage)
        if isinstance(field, SynchronizedField)
    }
    assert {"latitude", "longitude", "boundary"} <= synchronised

    page = skane()
    swedish = Locale.objects.get(language_code="sv")
    translated = page.get_translation_or_none(swedish)
    if translated is None:
        translated = page.copy_for_translation(swedish, copy_parents=True)
        translated.save_revision().publish()
    page.latitude, page.longitude = 55.9, 13.5
    page.boundary = {"type": "Polygon", "coordinates": [SQUARE]}
    page.save_revision().publish()
    source, _created = TranslationSource.update_or_create_from_instance(page)
    source.create_or_update_translation(swedish, fallback=True)
    translated = RegionPage.objects.get(pk=translated.pk)
    assert (translated.latitude, translated.longitude) == (55.9, 13.5)
    assert translated.boundary == page.boundary


# --- the map block in the editor ------------------------------------------------------


def map_block_def():
    return HomePage._meta.get_field("body").stream_block.child_blocks["map"]


def test_the_block_picker_previews_the_map_block(admin_client_demo):
    response = admin_client_demo.get(
        reverse("wagtailadmin_block_preview"), {"id": map_block_def().definition_prefix}
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "Practices on the map" in html  # the block's preview_value
    assert "/static/css/lab.css" in html and "/static/vendor/leaflet/leaflet.js" in html
    assert table_rows(html), "the preview lists the regions with their practices"
    assert external(ASSET.findall(html)) == []


def test_the_home_page_editor_offers_the_map_block(admin_client_demo):
    home = HomePage.objects.get(locale__language_code="en")
    html = admin_client_demo.get(edit_url(home)).content.decode()
    assert "Map of practices" in html
    assert "A map placing practices on their regions" in html  # the picker's description
    assert external(ASSET.findall(html)) == []


def home_form(home, block: dict, **changes) -> dict:
    view = {name: "" if value is None else value for name, value in block["initial_view"].items()}
    block = {**block, "initial_view": view}
    data = nested_form_data(
        {
            "title": home.title,
            "slug": home.slug,
            "intro": home.intro,
            "body": streamfield(
                [("map", {**block, "aspects": [], "regions": [], "countries": []})]
            ),
            **changes,
        }
    )
    # Multiple choices are posted as repeated keys (nested_form_data would number them).
    for name in ("aspects", "regions", "countries"):
        data[f"body-0-value-{name}"] = block[name]
    return data


def test_an_editor_adds_configures_and_publishes_a_map_block(admin_client_demo, client):
    home = HomePage.objects.get(locale__language_code="en")
    block = map_value(
        heading="Innovation in Italy",
        aspects=["innovation"],
        countries=["IT"],
        initial_view={"latitude": "41.9", "longitude": "12.5", "zoom": "5"},
    )
    response = admin_client_demo.post(
        edit_url(home), home_form(home, block, **{"action-publish": "publish"})
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    home.refresh_from_db()
    [saved] = [b for b in home.body if b.block_type == "map"]
    assert saved.value["aspects"] == ["innovation"] and saved.value["countries"] == ["IT"]
    assert saved.value["initial_view"]["zoom"] == 5
    html = client.get(home.url).content.decode()
    assert "Innovation in Italy" in html
    assert '"view": {"lat": 41.9, "lng": 12.5, "zoom": 5}' in html


def test_an_editor_previews_the_configured_block_before_publishing(admin_client_demo):
    home = HomePage.objects.get(locale__language_code="en")
    block = map_value(heading="Only Puglia", regions=["puglia"])
    preview_url = reverse("wagtailadmin_pages:preview_on_edit", args=(home.pk,))
    response = admin_client_demo.post(preview_url, home_form(home, block))
    assert response.status_code == 200
    assert response.json()["is_valid"] is True
    html = admin_client_demo.get(preview_url).content.decode()
    assert "Only Puglia" in html
    assert set(table_rows(html)) == {"puglia"}
    home.refresh_from_db()
    assert "Only Puglia" not in str(home.body)  # a preview publishes nothing


def test_a_half_given_initial_view_is_refused(admin_client_demo):
    home = HomePage.objects.get(locale__language_code="en")
    before = home.revisions.count()
    block = map_value(initial_view={"latitude": "41.9", "longitude": "", "zoom": ""})
    response = admin_client_demo.post(edit_url(home), home_form(home, block))
    assert response.status_code == 200
    assert "Give the centre and the zoom together" in response.content.decode()
    assert home.revisions.count() == before
