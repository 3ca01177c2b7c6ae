"""The map block on the home page, the practice database and a region page."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import pytest
from django.conf import settings
from django.test import RequestFactory
from django.utils.html import escape
from wagtail.blocks import StreamBlockValidationError, StructBlockValidationError

from home.models import HomePage
from practices.models import PracticeIndexPage
from regions.blocks import InitialViewBlock, MapBlock, region_choices
from regions.models import RegionPage
from tests.map.helpers import api_counts, give_map, map_configs, map_value, table_links, table_rows

pytestmark = pytest.mark.django_db


def home() -> HomePage:
    return HomePage.objects.get(locale__language_code="en")


def test_the_demo_home_page_carries_a_map_with_the_api_counts(client, engine):
    page = home()
    assert [block.block_type for block in page.body].count("map") == 1
    html = client.get(page.url).content.decode()
    rows = table_rows(html)
    assert rows and rows == api_counts(client, locale="en")
    [config] = map_configs(html)
    assert config["api"] == "/api/v2/lab/map/"
    assert config["follow_search"] is False
    assert config["defaults"] == {}
    # Tiles come from settings, and the assets from our own static files.
    assert config["tiles"]["url"] == settings.MAP_TILES_URL  # from settings (empty in tests)
    assert config["tiles"]["referrerPolicy"] == settings.MAP_TILES_REFERRER_POLICY
    assert "/static/vendor/leaflet/leaflet.js" in html and "/static/js/map.js" in html


def test_the_block_filters_choose_the_practices_it_places(client, engine):
    page = give_map(home(), aspects=["innovation"], countries=["IT", "ES"])
    html = client.get(page.url).content.decode()
    expected = api_counts(client, locale="en", aspect="innovation", country=["IT", "ES"])
    assert table_rows(html) == expected
    assert expected and expected != api_counts(client, locale="en")
    [config] = map_configs(html)
    assert config["defaults"] == {"aspect": ["innovation"], "country": ["IT", "ES"]}
    # Each count links to those practices in the practice database, filters kept.
    link = table_links(html)[next(iter(expected))]
    assert parse_qs(urlsplit(link).query)["aspect"] == ["innovation"]


def test_a_region_filter_places_only_those_regions(client):
    page = give_map(home(), regions=["skane", "murcia"])
    rows = table_rows(client.get(page.url).content.decode())
    # Practices chosen by region may run in other regions too: the map leaves those out.
    everywhere = api_counts(client, locale="en", region=["skane", "murcia"])
    assert set(everywhere) > {"skane", "murcia"}, "the demo has a practice in several regions"
    assert rows == {slug: everywhere[slug] for slug in ("skane", "murcia")}


def test_with_no_matching_practice_the_table_says_so(client):
    page = give_map(home(), regions=["skane"], countries=["IT"])
    html = client.get(page.url).content.decode()
    assert table_rows(html) == {}
    assert "No practices match these filters" in html


def test_on_the_practice_database_the_map_follows_the_visitors_filters(rf, engine):
    index = give_map(PracticeIndexPage.objects.get(locale__language_code="en"), countries=["IT"])
    request = rf.get(index.url, {"aspect": "innovation", "page": "2", "sort": "title"})
    block = MapBlock()
    html = block.render(
        block.to_python(map_value(countries=["IT"])), {"page": index, "request": request}
    )
    from django.test import Client

    expected = api_counts(Client(), locale="en", aspect="innovation", country="IT")
    assert table_rows(html) == expected
    [config] = map_configs(html)
    assert config["follow_search"] is True
    # The visitor's choice replaces the block's for the same facet.
    request = rf.get(index.url, {"country": "ES"})
    html = block.render(
        block.to_python(map_value(countries=["IT"])), {"page": index, "request": request}
    )
    assert table_rows(html) == api_counts(Client(), locale="en", country="ES")


def test_a_bad_visitor_parameter_leaves_the_blocks_own_filters(rf):
    index = PracticeIndexPage.objects.get(locale__language_code="en")
    request = rf.get(index.url, {"q": "x" * 600})
    block = MapBlock()
    html = block.render(block.to_python(map_value()), {"page": index, "request": request})
    from django.test import Client

    assert table_rows(html) == api_counts(Client(), locale="en")


def test_the_practice_database_page_shows_its_map(client):
    """Needs the practice index template to render `page.body` (see the map issue's note)."""
    index = give_map(PracticeIndexPage.objects.get(locale__language_code="en"))
    html = client.get(index.url, {"aspect": "innovation"}).content.decode()
    assert table_rows(html) == api_counts(client, locale="en", aspect="innovation")


def test_a_region_page_can_carry_a_map(client):
    region = RegionPage.objects.get(slug="puglia", locale__language_code="en")
    region.sections = [("map", map_value(heading="Practices in Puglia", regions=["puglia"]))]
    region.save_revision().publish()
    html = client.get(region.url).content.decode()
    assert "Practices in Puglia" in html
    assert set(table_rows(html)) == {"puglia"}


def test_the_map_speaks_the_pages_language(client):
    italian = HomePage.objects.filter(locale__language_code="it").first()
    if italian is None:
        pytest.fail("the demo has no Italian home page")
    give_map(italian)
    html = client.get(italian.url).content.decode()
    [config] = map_configs(html)
    assert config["locale"] == "it"
    assert table_rows(html) == api_counts(client, locale="it")


def test_the_initial_view_needs_centre_and_zoom_together():
    block = InitialViewBlock()
    assert block.clean(block.to_python({"latitude": None, "longitude": None, "zoom": None}))
    assert block.clean(block.to_python({"latitude": 48.0, "longitude": 11.0, "zoom": 5}))
    with pytest.raises(StructBlockValidationError) as caught:
        block.clean(block.to_python({"latitude": 48.0, "longitude": None, "zoom": None}))
    assert set(caught.value.block_errors) == {"longitude", "zoom"}


def test_the_filters_offer_the_labs_regions_and_refuse_others():
    assert ("skane", "Skåne") in region_choices()
    block = MapBlock()
    with pytest.raises((StructBlockValidationError, StreamBlockValidationError)):
        block.clean(block.to_python(map_value(regions=["atlantis"])))
    with pytest.raises(StructBlockValidationError):
        block.clean(block.to_python(map_value(heading="")))


def test_the_rendered_heading_and_table_are_escaped(client):
    page = give_map(home(), heading="<b>Map</b> & more")
    html = client.get(page.url).content.decode()
    assert escape("<b>Map</b> & more") in html
    assert "<b>Map</b>" not in html


@pytest.fixture
def rf() -> RequestFactory:
    return RequestFactory()
