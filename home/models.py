"""The lab's landing page, its plain content pages and the base every page shares."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from home.api import StreamBlocksField, TranslationsField
from home.blocks import BodyBlock
from home.translation import synchronised
from regions.blocks import MapBlock


class LabPage(Page):
    """Fields and behaviour every visitor page of the lab shares."""

    intro = models.TextField(
        blank=True,
        max_length=600,
        help_text=_("One or two sentences shown under the title and in listings."),
    )

    content_panels = Page.content_panels + [FieldPanel("intro")]

    search_fields = Page.search_fields + [index.SearchField("intro")]

    api_fields = [
        APIField("intro"),
        APIField("translations", serializer=TranslationsField()),
    ]

    # Slugs stay the same in every locale so URLs differ only by their prefix.
    override_translatable_fields = synchronised("slug")

    class Meta:
        abstract = True


class HomePage(LabPage):
    body = StreamField(
        BodyBlock(local_blocks=[("map", MapBlock())]),
        blank=True,
        help_text=_("The landing page's sections."),
    )

    content_panels = LabPage.content_panels + [FieldPanel("body")]

    search_fields = LabPage.search_fields + [index.SearchField("body")]

    api_fields = LabPage.api_fields + [APIField("body", serializer=StreamBlocksField())]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "practices.PracticeIndexPage",
        "regions.RegionIndexPage",
        "home.ContentPage",
        "practices.SharePracticePage",
    ]

    class Meta:
        verbose_name = _("home page")


class ContentPage(LabPage):
    """Guidelines, glossary, about: ordinary pages of text."""

    body = StreamField(BodyBlock(), blank=True)

    content_panels = LabPage.content_panels + [FieldPanel("body")]

    search_fields = LabPage.search_fields + [index.SearchField("body")]

    api_fields = LabPage.api_fields + [APIField("body", serializer=StreamBlocksField())]

    parent_page_types = ["home.HomePage", "home.ContentPage"]
    subpage_types = ["home.ContentPage"]

    class Meta:
        verbose_name = _("content page")
