"""Regions: profiles with statistics, and partner regions' own integration actions."""

from __future__ import annotations

import re
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from home.api import StreamBlocksField
from home.models import LabPage
from home.translation import synchronised
from practices.api import RegionsField, TaxonomyTermField
from practices.models import (
    FIRST_YEAR,
    LAST_YEAR,
    RICH_TEXT_FEATURES,
    EvaluatedPage,
    Kind,
    PolicyArea,
)
from regions.api import MemberStateField, StatisticsField
from regions.blocks import RegionSectionsBlock
from regions.forms import RegionPageForm, RegionPointPanel
from regions.geojson import clean_boundary

# NUTS codes: two letters for the country (Greece is EL), then up to three
# characters for the level-1..3 region.
NUTS_PATTERN = re.compile(r"^[A-Z]{2}[0-9A-Z]{0,3}$")
NUTS_COUNTRY_EXCEPTIONS = {"GR": "EL"}


class UrbanRuralTypology(models.TextChoices):
    URBAN = "predominantly-urban", _("Predominantly urban")
    INTERMEDIATE = "intermediate", _("Intermediate")
    RURAL = "predominantly-rural", _("Predominantly rural")


class Unit(models.TextChoices):
    PEOPLE = "people", _("people")
    PERCENT = "percent", _("%")


class Indicator(models.TextChoices):
    """The regional statistics of the information panel, in display order."""

    POPULATION = "population", _("Total population")
    NON_EU_POPULATION = "non-eu-population", _("Non-EU inhabitants")
    UNEMPLOYMENT = "unemployment-rate", _("Unemployment rate, whole population")
    UNEMPLOYMENT_NON_EU = "unemployment-rate-non-eu", _("Unemployment rate, non-EU nationals")
    UNEMPLOYMENT_NON_EU_WOMEN = (
        "unemployment-rate-non-eu-women",
        _("Unemployment rate, female non-EU nationals"),
    )
    NEET_NATIONALS = "neet-rate-nationals", _("NEET rate, nationals")
    NEET_NON_EU = "neet-rate-non-eu", _("NEET rate, non-EU nationals")
    NEET_NON_EU_WOMEN = "neet-rate-non-eu-women", _("NEET rate, female non-EU nationals")
    POVERTY_RISK = "poverty-risk-rate", _("At risk of poverty or social exclusion")

    @property
    def unit(self) -> str:
        if self in (Indicator.POPULATION, Indicator.NON_EU_POPULATION):
            return Unit.PEOPLE
        return Unit.PERCENT


class RegionIndexPage(LabPage):
    """Lists the regions of the lab, partner regions first."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["regions.RegionPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("region index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["regions"] = RegionPage.objects.child_of(self).live().order_by("-partner", "title")
        return context


class RegionPage(LabPage):
    """A region's profile: the regional information panel of the map."""

    country = CountryField(help_text=_("The member state the region belongs to."))
    nuts_code = models.CharField(
        max_length=5,
        blank=True,
        verbose_name=_("NUTS code"),
        help_text=_("The Eurostat NUTS code, for example SE224 or ITF3 (Greece uses EL)."),
    )
    partner = models.BooleanField(
        default=False,
        help_text=_("A partner (pilot) region of the lab, with an integration action of its own."),
    )
    responsible_body = models.TextField(
        blank=True,
        max_length=1000,
        help_text=_("The body responsible for migrant integration in the region."),
    )
    latitude = models.FloatField(
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
        help_text=_("Where the map places the region: latitude in degrees (WGS84)."),
    )
    longitude = models.FloatField(
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
        help_text=_("Longitude in degrees (WGS84)."),
    )
    boundary = models.JSONField(
        null=True,
        blank=True,
        help_text=_("Optional outline of the region: a GeoJSON Polygon or MultiPolygon (WGS84)."),
    )
    mipex_r_url = models.URLField(
        blank=True,
        verbose_name=_("MIPEX-R results"),
        help_text=_(
            "Link to the region's results in the regional Migrant Integration "
            "Policy Index, where available."
        ),
    )
    urban_rural_typology = models.CharField(
        max_length=30,
        blank=True,
        choices=UrbanRuralTypology.choices,
        verbose_name=_("urban–rural typology"),
    )
    body = RichTextField(
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("More about the region's integration policy."),
    )
    sections = StreamField(
        RegionSectionsBlock(),
        blank=True,
        help_text=_("Shown after the profile: for example a map of the region's practices."),
    )

    profile_panels = LabPage.content_panels + [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("country"), FieldPanel("nuts_code")]),
                FieldPanel("partner"),
                FieldPanel("responsible_body"),
                FieldPanel("mipex_r_url"),
            ],
            heading=_("Profile"),
        ),
        FieldPanel("body"),
        FieldPanel("sections"),
    ]
    statistics_panels = [
        FieldPanel("urban_rural_typology"),
        InlinePanel(
            "statistics",
            heading=_("Statistics"),
            label=_("Statistic"),
            help_text=_(
                "Add each statistic with its source and reference year. "
                "Leave a statistic out when no figure is available."
            ),
        ),
    ]
    # wagtailgeowidget's Leaflet map, writing the numeric latitude and longitude (regions/forms.py).
    map_panels = [RegionPointPanel("location"), FieldPanel("boundary")]
    base_form_class = RegionPageForm

    edit_handler = TabbedInterface(
        [
            ObjectList(profile_panels, heading=_("Profile")),
            ObjectList(statistics_panels, heading=_("Statistics")),
            ObjectList(map_panels, heading=_("Map")),
            ObjectList(Page.promote_panels, heading=_("Promote")),
            ObjectList(Page.settings_panels, heading=_("Settings")),
        ]
    )

    search_fields = LabPage.search_fields + [
        index.SearchField("responsible_body"),
        index.FilterField("partner"),
        index.FilterField("country"),
    ]

    api_fields = LabPage.api_fields + [
        APIField("country", serializer=MemberStateField()),
        APIField("nuts_code"),
        APIField("partner"),
        APIField("responsible_body"),
        APIField("latitude"),
        APIField("longitude"),
        APIField("boundary"),  # GeoJSON Polygon or MultiPolygon, or null
        APIField("mipex_r_url"),
        APIField("urban_rural_typology"),
        APIField("body"),
        APIField("sections", serializer=StreamBlocksField()),
        APIField("statistics", serializer=StatisticsField()),
    ]

    # The statistics (figures, sources, years) are facts: copied as a whole.
    override_translatable_fields = LabPage.override_translatable_fields + synchronised(
        "country",
        "nuts_code",
        "partner",
        "latitude",
        "longitude",
        "boundary",
        "mipex_r_url",
        "urban_rural_typology",
        "statistics",
    )

    parent_page_types = ["regions.RegionIndexPage"]
    subpage_types = ["regions.RegionalActionPage"]

    class Meta:
        verbose_name = _("region")

    def get_context(self, request, *args, **kwargs):
        from practices.models import PracticePage

        context = super().get_context(request, *args, **kwargs)
        context["actions"] = RegionalActionPage.objects.child_of(self).live()
        context["practices"] = self.live_practices(PracticePage)
        return context

    def live_practices(self, practice_model):
        """Live practices in this page's language that run in this region."""
        return (
            practice_model.objects.live()
            .filter(locale_id=self.locale_id, regions__translation_key=self.translation_key)
            .distinct()
            .order_by("title")
        )

    def clean(self) -> None:
        super().clean()
        if self.boundary is not None:
            try:
                self.boundary = clean_boundary(self.boundary)
            except ValidationError as error:
                raise ValidationError({"boundary": error.messages}) from None
        if self.nuts_code:
            code = self.nuts_code.strip().upper()
            expected = NUTS_COUNTRY_EXCEPTIONS.get(str(self.country), str(self.country))
            if not NUTS_PATTERN.match(code):
                raise ValidationError(
                    {
                        "nuts_code": _(
                            "A NUTS code is two letters and up to three letters or "
                            "digits, for example SE224."
                        )
                    }
                )
            if self.country and not code.startswith(expected):
                raise ValidationError(
                    {
                        "nuts_code": _("A NUTS code in this country starts with %(prefix)s.")
                        % {"prefix": expected}
                    }
                )
            self.nuts_code = code

    def statistics_table(self) -> list[dict]:
        """Every indicator in order, with its figure or None when not available."""
        figures = {stat.indicator: stat for stat in self.statistics.all()}
        return [
            {"indicator": indicator, "statistic": figures.get(indicator.value)}
            for indicator in Indicator
        ]


class RegionStatistic(Orderable):
    """One figure of a region's profile, with where it comes from and when."""

    region = ParentalKey(RegionPage, on_delete=models.CASCADE, related_name="statistics")
    indicator = models.CharField(max_length=40, choices=Indicator.choices)
    value = models.DecimalField(
        max_digits=14,
        decimal_places=2,
        validators=[MinValueValidator(Decimal(0))],
        help_text=_("A number of people, or a rate in percent (0 to 100)."),
    )
    source = models.CharField(
        max_length=255, help_text=_("Where the figure comes from, e.g. Eurostat.")
    )
    year = models.PositiveSmallIntegerField(
        validators=[MinValueValidator(FIRST_YEAR), MaxValueValidator(LAST_YEAR)],
        verbose_name=_("reference year"),
    )

    panels = [
        FieldRowPanel([FieldPanel("indicator"), FieldPanel("value")]),
        FieldRowPanel([FieldPanel("source"), FieldPanel("year")]),
    ]
    api_fields = [
        APIField("indicator"),
        APIField("value"),
        APIField("unit"),
        APIField("source"),
        APIField("year"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("statistic")
        constraints = [
            models.UniqueConstraint(
                fields=["region", "indicator"], name="unique_statistic_per_region"
            )
        ]

    @property
    def unit(self) -> str:
        return Indicator(self.indicator).unit

    def clean(self) -> None:
        super().clean()
        if self.indicator and self.value is not None:
            if self.unit == Unit.PERCENT and self.value > 100:
                raise ValidationError(
                    {
                        "value": _("A rate is a percentage: %(value)s is over 100.")
                        % {"value": self.value}
                    }
                )
            if self.unit == Unit.PEOPLE and self.value != self.value.to_integral_value():
                raise ValidationError({"value": _("A number of people is a whole number.")})


class RegionalActionPage(EvaluatedPage):
    """A partner region's own integration action, evaluated like a practice."""

    kind = Kind.REGIONAL_ACTION
    extra_text_fields = ("design", "implementation", "monitoring", "evaluation_phase")

    focus_area = models.ForeignKey(
        PolicyArea,
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_("The area of the regional integration indicators the action works on."),
    )
    design = RichTextField(
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("Design phase: how the action was planned."),
    )
    implementation = RichTextField(
        features=RICH_TEXT_FEATURES, blank=True, help_text=_("Implementation phase: what was done.")
    )
    monitoring = RichTextField(
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("Monitoring phase: how progress was followed."),
    )
    evaluation_phase = RichTextField(
        features=RICH_TEXT_FEATURES,
        blank=True,
        verbose_name=_("evaluation phase"),
        help_text=_("Evaluation phase: how results were assessed."),
    )

    phases_panels = [
        FieldPanel("focus_area"),
        FieldPanel("design"),
        FieldPanel("implementation"),
        FieldPanel("monitoring"),
        FieldPanel("evaluation_phase"),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(EvaluatedPage.description_panels, heading=_("Description")),
            ObjectList(phases_panels, heading=_("Framework phases")),
            ObjectList(EvaluatedPage.classification_panels, heading=_("Classification")),
            ObjectList(EvaluatedPage.evaluation_panels, heading=_("Evaluation")),
            ObjectList(EvaluatedPage.details_panels, heading=_("Details")),
            ObjectList(Page.promote_panels, heading=_("Promote")),
            ObjectList(Page.settings_panels, heading=_("Settings")),
        ]
    )

    search_fields = EvaluatedPage.search_fields + [
        index.SearchField("design"),
        index.SearchField("implementation"),
        index.SearchField("monitoring"),
        index.SearchField("evaluation_phase"),
    ]

    api_fields = EvaluatedPage.api_fields + [
        APIField("regions", serializer=RegionsField()),  # its partner region
        APIField("focus_area", serializer=TaxonomyTermField()),
        APIField("design"),
        APIField("implementation"),
        APIField("monitoring"),
        APIField("evaluation_phase"),
    ]

    override_translatable_fields = EvaluatedPage.override_translatable_fields + synchronised(
        "focus_area"
    )

    parent_page_types = ["regions.RegionPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("partner region's action")

    @classmethod
    def can_create_at(cls, parent) -> bool:
        # Only partner regions run an action of their own.
        return super().can_create_at(parent) and getattr(parent.specific, "partner", False)

    def stored_regions(self) -> list:
        return [self.get_parent().specific]
