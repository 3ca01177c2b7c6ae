"""The page tree cannot be built wrongly: parent and child types are restricted."""

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from home.models import ContentPage, HomePage
from practices.models import PracticeIndexPage, PracticePage, SharePracticePage
from regions.models import RegionalActionPage, RegionIndexPage, RegionPage


class PageTreeRulesTest(WagtailPageTestCase):
    def test_home_page_children(self):
        self.assertAllowedSubpageTypes(
            HomePage, {PracticeIndexPage, RegionIndexPage, ContentPage, SharePracticePage}
        )
        self.assertAllowedParentPageTypes(HomePage, {Page})

    def test_practices_live_only_in_the_practice_database(self):
        self.assertAllowedSubpageTypes(PracticeIndexPage, {PracticePage})
        self.assertAllowedParentPageTypes(PracticePage, {PracticeIndexPage})
        self.assertAllowedSubpageTypes(PracticePage, set())

    def test_regions_and_their_actions(self):
        self.assertAllowedSubpageTypes(RegionIndexPage, {RegionPage})
        self.assertAllowedParentPageTypes(RegionPage, {RegionIndexPage})
        self.assertAllowedSubpageTypes(RegionPage, {RegionalActionPage})
        self.assertAllowedParentPageTypes(RegionalActionPage, {RegionPage})

    def test_content_pages(self):
        self.assertAllowedParentPageTypes(ContentPage, {HomePage, ContentPage})
        self.assertAllowedSubpageTypes(ContentPage, {ContentPage})

    def test_one_practice_database_and_region_index_per_home(self):
        home = HomePage.objects.get(locale__language_code="en")
        self.assertFalse(PracticeIndexPage.can_create_at(home))
        self.assertFalse(RegionIndexPage.can_create_at(home))

    def test_only_partner_regions_carry_an_action(self):
        partner = RegionPage.objects.filter(partner=True).first()
        other = RegionPage.objects.filter(partner=False).first()
        self.assertTrue(RegionalActionPage.can_create_at(partner))
        self.assertFalse(RegionalActionPage.can_create_at(other))
