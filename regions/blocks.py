"""The map block: practices placed on their regions, filtered like the search.

The block renders a table of regions with their practice counts on the server (so
the content is there without JavaScript), and static/js/map.js draws the same
regions on a Leaflet map from `/api/v2/lab/map/`, opening a region's information
panel on click. On the practice database the map follows the visitor's filters.
"""

from __future__ import annotations

import uuid

from django.conf import settings
from django.core.exceptions import ValidationError
from django.http import QueryDict
from django.urls import reverse
from django.utils.translation import get_language, gettext, ngettext
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks import StructBlockValidationError

from practices.blocks import ASPECT_CHOICES
from search.contract import FACETS

# The block's own filters, by the search API's parameter names.
BLOCK_FILTERS = {"aspects": "aspect", "regions": "region", "countries": "country"}
# What the map follows on the practice database: the search's text and facets.
FOLLOWED_PARAMS = ("q", *FACETS)


def region_choices() -> list[tuple[str, str]]:
    """Regions by their slug (the same in every language), named in the default one."""
    from regions.models import RegionPage

    return list(
        RegionPage.objects.filter(locale__language_code=settings.LANGUAGE_CODE)
        .order_by("title")
        .values_list("slug", "title")
    )


def country_choices() -> list[tuple[str, str]]:
    """The countries the lab has regions in."""
    from django_countries import countries

    from regions.models import RegionPage

    codes = RegionPage.objects.order_by().values_list("country", flat=True).distinct()
    return sorted(((code, countries.name(code)) for code in codes), key=lambda item: item[1])


class InitialViewBlock(blocks.StructBlock):
    latitude = blocks.FloatBlock(required=False, min_value=-90, max_value=90)
    longitude = blocks.FloatBlock(required=False, min_value=-180, max_value=180)
    zoom = blocks.IntegerBlock(
        required=False,
        min_value=2,
        max_value=12,
        help_text=_("2 shows a continent, 6 a country, 9 a region."),
    )

    class Meta:
        icon = "crosshairs"
        label = _("Initial view")
        help_text = _(
            "Leave all three empty to fit the map to the regions it shows, "
            "or give the centre and the zoom level."
        )
        form_classname = "map-initial-view"

    def clean(self, value):
        value = super().clean(value)
        given = [name for name in ("latitude", "longitude", "zoom") if value.get(name) is not None]
        if given and len(given) < 3:
            missing = {
                name: ValidationError(_("Give the centre and the zoom together, or none of them."))
                for name in ("latitude", "longitude", "zoom")
                if name not in given
            }
            raise StructBlockValidationError(block_errors=missing)
        return value


class MapBlock(blocks.StructBlock):
    heading = blocks.CharBlock(
        max_length=120,
        help_text=_("Names the map for everyone, including people using a screen reader."),
    )
    aspects = blocks.MultipleChoiceBlock(
        choices=ASPECT_CHOICES,
        required=False,
        help_text=_("Only practices strong on these aspects. None chosen: every aspect."),
    )
    regions = blocks.MultipleChoiceBlock(
        choices=region_choices,
        required=False,
        help_text=_("Only these regions. None chosen: every region."),
    )
    countries = blocks.MultipleChoiceBlock(
        choices=country_choices,
        required=False,
        help_text=_(
            "Only regions in these countries. On the practice database, a visitor's own "
            "filters replace these for the same facet."
        ),
    )
    initial_view = InitialViewBlock(required=False)

    class Meta:
        icon = "site"
        template = "blocks/map_block.html"
        preview_template = "blocks/map_block_preview.html"
        label = _("Map of practices")
        description = _(
            "A map placing practices on their regions with their number, filtered like the "
            "search; clicking a region opens its profile. A table lists the same regions."
        )
        preview_value = {
            "heading": "Practices on the map",
            "aspects": [],
            "regions": [],
            "countries": [],
            "initial_view": {"latitude": None, "longitude": None, "zoom": None},
        }

    def block_filters(self, value) -> dict[str, list[str]]:
        return {
            facet: list(value.get(field) or [])
            for field, facet in BLOCK_FILTERS.items()
            if value.get(field)
        }

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        parent_context = parent_context or {}
        context["map"] = map_context(
            self.block_filters(value),
            value.get("initial_view") or {},
            page=parent_context.get("page"),
            request=parent_context.get("request"),
        )
        return context


def effective_params(
    defaults: dict[str, list[str]], visitor: QueryDict | None, locale: str
) -> QueryDict:
    """The block's filters, with the visitor's own (on the practice database) replacing
    them facet by facet, as the map API's query parameters."""
    params = QueryDict(mutable=True)
    params["locale"] = locale
    for facet, values in defaults.items():
        params.setlist(facet, values)
    if visitor is not None:
        for name in FOLLOWED_PARAMS:
            values = [value for value in visitor.getlist(name) if value.strip()]
            if values:
                params.setlist(name, values)
    return params


def region_profiles(locale: str) -> dict[str, dict]:
    """What the information panel shows beyond the map API's properties, by region slug."""
    from regions.models import RegionPage

    profiles: dict[str, dict] = {}
    pages = RegionPage.objects.live().filter(
        locale__language_code__in={locale, settings.LANGUAGE_CODE}
    )
    for region in pages.select_related("locale").order_by("title"):
        if region.slug in profiles and region.locale.language_code != locale:
            continue  # the visitor's language wins over the default one
        profiles[region.slug] = {
            "responsible_body": region.responsible_body,
            "urban_rural": str(region.get_urban_rural_typology_display())
            if region.urban_rural_typology
            else None,
            "boundary": region.boundary,
        }
    return profiles


def practice_index_url(locale: str) -> str | None:
    from practices.models import PracticeIndexPage

    index = (
        PracticeIndexPage.objects.live().filter(locale__language_code=locale).first()
        or PracticeIndexPage.objects.live()
        .filter(locale__language_code=settings.LANGUAGE_CODE)
        .first()
    )
    return index.url if index else None


def map_texts() -> dict[str, str]:
    """The words map.js shows, in the page's language (%(name)s placeholders)."""
    return {
        "partner": gettext("Partner region"),
        "region_page": gettext("The region's profile page"),
        "mipex": gettext("MIPEX-R results for this region"),
        "mipex_missing": gettext("MIPEX-R results: not available"),
        "responsible_body": gettext("Responsible for integration"),
        "not_available": gettext("not available"),
        "statistics": gettext("Regional statistics"),
        "indicator": gettext("Indicator"),
        "value": gettext("Value"),
        "source_and_year": gettext("Source (year)"),
        "source_year": gettext("%(source)s (%(year)s)"),
        "urban_rural": gettext("Urban–rural typology"),
        "practices": gettext("Practices in this region"),
        "practices_more": gettext("All %(count)s practices in %(region)s"),
        "practices_one": ngettext("%(count)s practice", "%(count)s practices", 1),
        "practices_other": ngettext("%(count)s practice", "%(count)s practices", 2),
        "marker": gettext("%(region)s: %(practices)s"),
        # No practices total: a practice running in two regions counts in both.
        "summary": gettext("Regions on the map: %(regions)s."),
        "empty": gettext("No practices match these filters, so the map shows no region."),
        "unavailable": gettext("The map could not be loaded. The table lists the regions."),
        "show": gettext("Show on the map"),
    }


def map_context(filters: dict[str, list[str]], view: dict, *, page=None, request=None) -> dict:
    """Everything the block's template and map.js need, for one rendering."""
    from practices.models import PracticeIndexPage
    from regions.forms import tile_settings
    from regions.models import Indicator
    from search.contract import QueryError, parse_query
    from search.service import map_json

    locale = get_language() or settings.LANGUAGE_CODE
    if locale not in dict(settings.LANGUAGES):
        locale = settings.LANGUAGE_CODE
    follow_search = page is not None and isinstance(page.specific, PracticeIndexPage)
    visitor = request.GET if (follow_search and request is not None) else None
    params = effective_params(filters, visitor, locale)
    try:
        query = parse_query(params, paged=False)
    except QueryError:
        # A visitor's bad parameter: the search page says so; the map keeps the block's own.
        params = effective_params(filters, None, locale)
        query = parse_query(params, paged=False)
    features = map_json(query)["features"]
    chosen_regions = set(query.filters.get("region", ()))
    if chosen_regions:
        # A practice can run in several regions: a map of some regions shows only those.
        features = [f for f in features if f["properties"]["region"] in chosen_regions]
    index_url = practice_index_url(locale)
    rows = []
    for feature in features:
        properties = feature["properties"]
        practices_params = params.copy()
        practices_params.pop("locale", None)
        practices_params.setlist("region", [properties["region"]])
        rows.append(
            {
                **properties,
                "practices_url": f"{index_url}?{practices_params.urlencode()}"
                if index_url
                else None,
            }
        )
    has_view = all(view.get(name) is not None for name in ("latitude", "longitude", "zoom"))
    config = {
        "api": reverse("lab_map_api"),
        "search_api": reverse("lab_search_api"),
        "practice_index": index_url,
        "locale": locale,
        "defaults": filters,
        "follow_search": follow_search,
        "followed_params": list(FOLLOWED_PARAMS),
        "tiles": tile_settings(),
        "view": {"lat": view["latitude"], "lng": view["longitude"], "zoom": view["zoom"]}
        if has_view
        else None,
        "indicators": [
            {"indicator": indicator.value, "label": str(indicator.label)} for indicator in Indicator
        ],
        "regions": region_profiles(locale),
        "texts": map_texts(),
    }
    map_id = f"lab-map-{uuid.uuid4().hex[:8]}"
    return {
        "id": map_id,
        "config_id": f"{map_id}-config",
        "rows": rows,
        "config": config,
    }


class RegionSectionsBlock(blocks.StreamBlock):
    """What a region page shows after its profile."""

    map = MapBlock()

    def value_from_datadict(self, data, files, prefix):
        # Like any Django field, a form posted without this one (a script, a test written
        # before it existed) means "empty" instead of failing on the missing count.
        if self.value_omitted_from_data(data, files, prefix):
            return self.to_python([])
        return super().value_from_datadict(data, files, prefix)
