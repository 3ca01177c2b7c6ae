"""Every page type renders for visitors with the demo content."""

import pytest
from django.utils.html import escape

from home.models import ContentPage, HomePage
from practices.models import PracticeIndexPage, PracticePage
from regions.models import Indicator, RegionalActionPage, RegionIndexPage, RegionPage

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "model",
    [
        HomePage,
        ContentPage,
        PracticeIndexPage,
        PracticePage,
        RegionIndexPage,
        RegionPage,
        RegionalActionPage,
    ],
)
def test_each_page_type_renders(client, model):
    page = model.objects.live().filter(locale__language_code="en").first()
    assert page is not None, f"the demo has no live {model.__name__}"
    response = client.get(page.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert f"<h1>{escape(page.title)}</h1>" in html
    assert '<main id="main"' in html
    assert 'lang="en"' in html


def test_visitor_urls_carry_the_locale(client):
    home = HomePage.objects.get(locale__language_code="en")
    assert home.url == "/en/"
    practice = PracticePage.objects.live().first()
    assert practice.url.startswith("/en/practices/")


def test_practice_page_shows_its_evaluation_and_classification(client):
    practice = PracticePage.objects.live().first()
    html = client.get(practice.url).content.decode()
    assert escape(practice.summary) in html
    assert "Evaluation on the seven aspects" in html
    first_aspect = practice.evaluation[0].value["aspect"]
    assert f'id="aspect-{first_aspect}"' in html
    for region in practice.regions.all():
        assert escape(region.title) in html
    assert practice.get_status_display() in html


def test_region_profile_shows_each_statistic_with_source_and_year(client):
    region = RegionPage.objects.get(slug="skane", locale__language_code="en")
    html = client.get(region.url).content.decode()
    for statistic in region.statistics.all():
        assert escape(statistic.source) in html
        assert str(statistic.year) in html
        assert str(Indicator(statistic.indicator).label) in html
    assert "Regional statistics" in html


def test_a_missing_statistic_shows_as_not_available_never_zero(client):
    region = RegionPage.objects.get(slug="skane", locale__language_code="en")
    region.statistics.filter(indicator=Indicator.NEET_NON_EU_WOMEN).delete()
    html = client.get(region.url).content.decode()
    row_start = html.index(str(Indicator.NEET_NON_EU_WOMEN.label))
    row = html[row_start : html.index("</tr>", row_start)]
    assert "not available" in row
    assert ">0<" not in row and "0 %" not in row


def test_percentages_and_counts_are_formatted_with_units(client):
    region = RegionPage.objects.get(slug="skane", locale__language_code="en")
    html = client.get(region.url).content.decode()
    rate = region.statistics.get(indicator=Indicator.UNEMPLOYMENT)
    assert f"{rate.value:.1f} %" in html


def test_region_page_lists_its_practices_and_action(client):
    region = RegionPage.objects.get(slug="skane", locale__language_code="en")
    html = client.get(region.url).content.decode()
    action = RegionalActionPage.objects.child_of(region).live().get()
    assert escape(action.title) in html
    practice = PracticePage.objects.live().filter(regions=region).first()
    assert escape(practice.title) in html


def test_skane_action_is_on_health_communication(client):
    region = RegionPage.objects.get(slug="skane", locale__language_code="en")
    action = RegionalActionPage.objects.child_of(region).get()
    assert action.focus_area.slug == "health"
    html = client.get(action.url).content.decode()
    assert "Framework phases" not in html  # admin words never leak to visitors
    assert "The action, phase by phase" in html
