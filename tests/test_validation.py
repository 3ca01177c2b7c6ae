"""Bad data is refused with a message an editor can act on, in models and the admin."""

from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from practices.models import PracticeIndexPage, PracticePage
from regions.models import Indicator, RegionIndexPage, RegionPage, RegionStatistic

pytestmark = pytest.mark.django_db


def region(**overrides) -> RegionPage:
    fields = {
        "title": "Testland",
        "slug": "testland",
        "country": "SE",
        "nuts_code": "SE224",
        "latitude": 55.6,
        "longitude": 13.2,
    }
    fields.update(overrides)
    return RegionPage(**fields)


def messages(error: ValidationError) -> str:
    return " ".join(str(m) for m in error.messages)


def test_percentage_over_100_is_refused():
    statistic = RegionStatistic(
        region=RegionPage.objects.first(),
        indicator=Indicator.UNEMPLOYMENT,
        value=Decimal("104.5"),
        source="Test",
        year=2022,
    )
    with pytest.raises(ValidationError) as error:
        statistic.full_clean()
    assert "over 100" in messages(error.value)


def test_a_count_of_people_is_whole():
    statistic = RegionStatistic(
        region=RegionPage.objects.first(),
        indicator=Indicator.POPULATION,
        value=Decimal("10.5"),
        source="Test",
        year=2022,
    )
    with pytest.raises(ValidationError) as error:
        statistic.full_clean()
    assert "whole number" in messages(error.value)


def test_end_year_before_start_year_is_refused():
    practice = PracticePage.objects.first()
    practice.start_year, practice.end_year = 2020, 2018
    with pytest.raises(ValidationError) as error:
        practice.full_clean()
    assert "before the start year" in messages(error.value)


def test_completed_needs_an_end_year():
    practice = PracticePage.objects.first()
    practice.status, practice.end_year = "completed", None
    with pytest.raises(ValidationError) as error:
        practice.full_clean()
    assert "needs the year it ended" in messages(error.value)


def test_unknown_country_code_is_refused():
    page = region(country="XZ", nuts_code="")
    with pytest.raises(ValidationError) as error:
        page.full_clean(exclude=["path", "depth"])
    assert "country" in error.value.message_dict


def test_malformed_mipex_r_url_is_refused():
    page = region(mipex_r_url="mipex dot eu/skane")
    with pytest.raises(ValidationError) as error:
        page.full_clean(exclude=["path", "depth"])
    assert "mipex_r_url" in error.value.message_dict
    assert "valid URL" in " ".join(error.value.message_dict["mipex_r_url"])


def test_nuts_code_must_belong_to_the_country():
    page = region(country="IT", nuts_code="SE224")
    with pytest.raises(ValidationError) as error:
        page.full_clean(exclude=["path", "depth"])
    assert "starts with IT" in " ".join(error.value.message_dict["nuts_code"])


def test_greek_nuts_codes_start_with_el():
    page = region(country="GR", nuts_code="el30")
    page.full_clean(exclude=["path", "depth"])
    assert page.nuts_code == "EL30"


def test_latitude_out_of_range_is_refused():
    page = region(latitude=123.0)
    with pytest.raises(ValidationError) as error:
        page.full_clean(exclude=["path", "depth"])
    assert "latitude" in error.value.message_dict


def region_form(**overrides) -> dict:
    data = {
        "title": "Testland",
        "slug": "testland",
        "intro": "",
        "country": "SE",
        "nuts_code": "SE224",
        "responsible_body": "",
        "mipex_r_url": "",
        "urban_rural_typology": "",
        "body": rich_text(""),
        "latitude": "55.6",
        "longitude": "13.2",
        "statistics": inline_formset(
            [{"indicator": "unemployment-rate", "value": "140", "source": "Test", "year": "2022"}]
        ),
    }
    data.update(overrides)
    return nested_form_data(data)


def test_admin_shows_the_error_and_creates_nothing(admin_client_demo):
    parent = RegionIndexPage.objects.get(locale__language_code="en")
    url = reverse("wagtailadmin_pages:add", args=("regions", "regionpage", parent.pk))
    before = RegionPage.objects.count()
    response = admin_client_demo.post(url, region_form(mipex_r_url="not a url"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "over 100" in html
    assert "Enter a valid URL" in html
    assert RegionPage.objects.count() == before


def test_admin_keeps_what_was_typed_on_error(admin_client_demo):
    parent = PracticeIndexPage.objects.get(locale__language_code="en")
    url = reverse("wagtailadmin_pages:add", args=("practices", "practicepage", parent.pk))
    region = RegionPage.objects.filter(locale__language_code="en").first()
    data = nested_form_data(
        {
            "title": "Mentoring for newcomers",
            "slug": "mentoring-newcomers",
            "intro": "",
            "summary": "Volunteers mentor newly arrived families.",
            "body": streamfield([]),
            "documents": streamfield([]),
            "evaluation": streamfield([]),
            "authority_role": "direct",
            "authority_contribution": "",
            "lessons_learnt": rich_text(""),
            "transferability_tips": rich_text(""),
            "challenges": rich_text(""),
            "start_year": "2021",
            "end_year": "2019",
            "status": "completed",
            "partners": "",
            "website": "",
            "contact": "",
            "evidence_level": "self-assessed",
            "regions": [str(region.pk)],
        }
    )
    response = admin_client_demo.post(url, data)
    assert response.status_code == 200
    html = response.content.decode()
    assert "before the start year" in html
    assert "Volunteers mentor newly arrived families." in html
    assert not PracticePage.objects.filter(slug="mentoring-newcomers").exists()
