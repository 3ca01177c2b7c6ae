"""`load_demo` serves the demo Site where `make demo` runs it, so absolute links
(hreflang, the pages API's ``detail_url``) point at the demo and not elsewhere."""

import re

import pytest
from django.core.management import call_command
from wagtail.models import Site

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo_on_8200(settings):
    # What `make demo PORT=8200` exports; base settings derive the API's from it.
    settings.WAGTAILADMIN_BASE_URL = settings.WAGTAILAPI_BASE_URL = "http://127.0.0.1:8200"
    call_command("load_demo", verbosity=0)
    return Site.objects.get(is_default_site=True)


def test_the_demo_site_takes_the_host_and_port_it_is_served_on(demo_on_8200):
    assert (demo_on_8200.hostname, demo_on_8200.port) == ("127.0.0.1", 8200)
    assert demo_on_8200.root_url == "http://127.0.0.1:8200"


def test_hreflang_links_point_at_the_demo(client, demo_on_8200):
    html = client.get("/en/regions/").content.decode()
    alternates = re.findall(r'<link rel="alternate" hreflang="[^"]+" href="([^"]+)"', html)
    assert alternates, "the regions index lists its language versions"
    assert all(url.startswith("http://127.0.0.1:8200/") for url in alternates), alternates


def test_api_detail_urls_point_at_the_demo(client, demo_on_8200):
    items = client.get("/api/v2/pages/", {"type": "regions.RegionPage"}).json()["items"]
    assert items
    assert all(
        item["meta"]["detail_url"].startswith("http://127.0.0.1:8200/api/") for item in items
    )
