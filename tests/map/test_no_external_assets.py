"""Every visitor page type loads its scripts, styles, fonts and images from our own host."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest
from django.contrib.staticfiles import finders

from home.models import ContentPage, HomePage
from practices.models import PracticeIndexPage, PracticePage
from regions.checks import map_assets_installed
from regions.models import RegionalActionPage, RegionIndexPage, RegionPage
from tests.map.helpers import give_map, map_value

pytestmark = pytest.mark.django_db

CSS_URL = re.compile(r"""url\(\s*['"]?([^'")]+)['"]?\s*\)|@import\s+['"]([^'"]+)['"]""")
# Elements and attributes through which a page makes the browser load something.
LOADING_ATTRIBUTES = {
    "script": ("src",),
    "img": ("src", "srcset"),
    "source": ("src", "srcset"),
    "video": ("src", "poster"),
    "audio": ("src",),
    "iframe": ("src",),
    "embed": ("src",),
    "object": ("data",),
    "input": ("src",),
    "image": ("href", "xlink:href"),
    "use": ("href", "xlink:href"),
}
LOADING_LINKS = {
    "stylesheet",
    "preload",
    "modulepreload",
    "icon",
    "apple-touch-icon",
    "manifest",
    "prefetch",
    "preconnect",
    "dns-prefetch",
}


class ResourceCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []
        self.stylesheets: list[str] = []
        self._in_style = False

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        for name in LOADING_ATTRIBUTES.get(tag, ()):
            value = attributes.get(name)
            if value:
                # srcset: "url 1x, url 2x"
                self.urls += [part.split()[0] for part in value.split(",") if part.strip()]
        if tag == "link" and LOADING_LINKS & set((attributes.get("rel") or "").lower().split()):
            self.urls.append(attributes["href"])
            if "stylesheet" in attributes["rel"]:
                self.stylesheets.append(attributes["href"])
        if attributes.get("style"):
            self.urls += [a or b for a, b in CSS_URL.findall(attributes["style"])]
        self._in_style = tag == "style"

    def handle_endtag(self, tag):
        self._in_style = False

    def handle_data(self, data):
        if self._in_style:
            self.urls += [a or b for a, b in CSS_URL.findall(data)]


def offsite(url: str) -> bool:
    parts = urlsplit(url)
    if parts.scheme == "data":
        return False
    return bool(parts.netloc) or url.startswith("//") or parts.scheme not in ("", "http", "https")


def stylesheet_urls(href: str) -> list[str]:
    """url() and @import inside one of our static stylesheets, resolved against it."""
    path = urlsplit(href).path
    assert path.startswith("/static/"), href
    found = finders.find(path.removeprefix("/static/"))
    assert found, f"{href} is not among our static files"
    css = Path(found).read_text(encoding="utf-8")
    return [urljoin(href, a or b) for a, b in CSS_URL.findall(css)]


def visitor_pages() -> list:
    """One page of each visitor page type, with map blocks where the block can go."""
    english = {"locale__language_code": "en"}
    index = give_map(PracticeIndexPage.objects.get(**english))
    region = RegionPage.objects.get(slug="skane", **english)
    region.sections = [("map", map_value(regions=["skane"]))]
    region.save_revision().publish()
    return [
        HomePage.objects.get(**english),
        ContentPage.objects.live().filter(**english).first(),
        index,
        PracticePage.objects.live().filter(**english).first(),
        RegionIndexPage.objects.get(**english),
        region,
        RegionalActionPage.objects.live().filter(**english).first(),
    ]


def test_no_visitor_page_loads_anything_from_another_host(client):
    for page in visitor_pages():
        response = client.get(page.url)
        assert response.status_code == 200, page
        html = response.content.decode()
        collector = ResourceCollector()
        collector.feed(html)
        assert collector.urls, f"{page} loads nothing at all?"
        urls = list(collector.urls)
        for href in collector.stylesheets:
            urls += stylesheet_urls(href)
        assert [url for url in urls if offsite(url)] == [], type(page).__name__
        if isinstance(page, HomePage | PracticeIndexPage | RegionPage):
            assert "/static/vendor/leaflet/leaflet.js" in urls, type(page).__name__
            assert "/static/vendor/leaflet/images/layers.png" in urls  # from leaflet.css


def test_the_collector_would_see_an_offsite_asset():
    collector = ResourceCollector()
    collector.feed(
        '<link rel="stylesheet" href="https://cdn.example/leaflet.css">'
        '<script src="//cdn.example/leaflet.js"></script>'
        '<img srcset="/a.png 1x, https://img.example/b.png 2x">'
        '<div style="background: url(https://img.example/c.png)"></div>'
        "<style>@import 'https://fonts.example/font.css';</style>"
        '<a href="https://example.org/">a link loads nothing</a>'
    )
    assert [url for url in collector.urls if offsite(url)] == [
        "https://cdn.example/leaflet.css",
        "//cdn.example/leaflet.js",
        "https://img.example/b.png",
        "https://img.example/c.png",
        "https://fonts.example/font.css",
    ]


def test_the_map_has_what_it_needs_installed():
    """wagtailgeowidget's app (its scripts) and Leaflet in static/vendor/ (`npm ci`)."""
    assert [message.id for message in map_assets_installed(None)] == []


def test_the_system_check_names_missing_map_assets(settings, tmp_path):
    settings.STATICFILES_DIRS = [tmp_path]
    finders.get_finder.cache_clear()
    try:
        messages = map_assets_installed(None)
    finally:
        finders.get_finder.cache_clear()
    [error] = [message for message in messages if message.id == "regions.E001"]
    assert "vendor/leaflet/leaflet.js" in error.msg and "npm ci" in error.hint
