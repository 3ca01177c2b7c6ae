"""The demo superuser can edit every page type in the admin."""

import pytest
from django.urls import reverse

from home.models import ContentPage, HomePage
from practices.models import Aspect, PracticeIndexPage, PracticePage
from regions.models import RegionalActionPage, RegionIndexPage, RegionPage
from tests.forms import region_form

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
def test_edit_view_opens_for_each_page_type(admin_client_demo, model):
    page = model.objects.filter(locale__language_code="en").first()
    response = admin_client_demo.get(reverse("wagtailadmin_pages:edit", args=(page.pk,)))
    assert response.status_code == 200
    assert page.title in response.content.decode()


def test_editing_a_region_in_the_admin_publishes_the_change(admin_client_demo, client):
    page = RegionPage.objects.get(slug="skane", locale__language_code="en")
    data = region_form(page, intro="A changed introduction.", **{"action-publish": "publish"})
    response = admin_client_demo.post(reverse("wagtailadmin_pages:edit", args=(page.pk,)), data)
    assert response.status_code == 302, response.content.decode()[:2000]
    assert "A changed introduction." in client.get(page.url).content.decode()


def test_taxonomy_snippets_are_listed(admin_client_demo):
    response = admin_client_demo.get(reverse("wagtailsnippets_practices_aspect:list"))
    assert response.status_code == 200
    assert Aspect.objects.get(slug="innovation", locale__language_code="en").name in (
        response.content.decode()
    )
