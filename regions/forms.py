"""Editing a region's place on the map in the admin, with wagtailgeowidget's Leaflet panel.

wagtailgeowidget stores a point as one text value ("SRID=4326;POINT(lng lat)") and
loads Leaflet from a CDN. Our RegionPage keeps real numeric `latitude` and
`longitude`, and the site loads nothing from elsewhere, so:

- `RegionPointWidget` is geowidget's `LeafletField` with Leaflet from our static
  files and the tile server, attribution and referrer policy from settings;
- geowidget's `LeafletPanel` cannot serve here: it looks its field up on the model
  (where there is no text point) and its widget overrides do not reach a field
  declared on the form. So the widget sits on `RegionPageForm.location`, a
  form-only field, and `RegionPointPanel` shows it, carrying the two numeric
  fields along as hidden inputs;
- `RegionPageForm` turns the widget's text into latitude and longitude on save.
"""

from __future__ import annotations

import functools
import json

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _
from wagtail.admin import compare
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel
from wagtailgeowidget.widgets import LeafletField

from regions.geojson import check_lat_lng, clean_boundary, format_point, parse_point

# Where the widget opens for a region not yet placed: the middle of the EU.
EUROPE = {"lat": 50.0, "lng": 10.0}
DEFAULT_REFERRER_POLICY = "strict-origin-when-cross-origin"


def tile_settings() -> dict:
    """The tile layer every map of the lab uses, from settings (DESIGN.md, "Map")."""
    return {
        "url": settings.MAP_TILES_URL or "",
        "attribution": settings.MAP_TILES_ATTRIBUTION or "",
        # Public OpenStreetMap tiles refuse requests without a Referer, and the
        # site's own policy (same-origin) sends none to another host.
        "referrerPolicy": getattr(settings, "MAP_TILES_REFERRER_POLICY", DEFAULT_REFERRER_POLICY),
    }


class RegionPointWidget(LeafletField):
    """geowidget's Leaflet widget, served from our static files."""

    def build_attrs(self, base_attrs, extra_attrs=None):
        attrs = super().build_attrs(base_attrs, extra_attrs)
        key = "data-leaflet-field-options-value"
        if key in attrs:
            options = json.loads(attrs[key])
            tiles = tile_settings()
            options["tileLayer"] = tiles["url"]
            options["tileLayerOptions"] = {
                "attribution": tiles["attribution"],
                "referrerPolicy": tiles["referrerPolicy"],
            }
            if not self.value_data:
                # A new region: open on Europe, with no point until the editor places one.
                options["defaultLocation"] = EUROPE
                options["showEmptyLocation"] = True
            attrs[key] = json.dumps(options)
        return attrs

    @property
    def media(self) -> forms.Media:
        return forms.Media(
            css={"all": ("vendor/leaflet/leaflet.css", "wagtailgeowidget/css/leaflet-field.css")},
            js=(
                "vendor/leaflet/leaflet.js",
                "wagtailgeowidget/js/leaflet-field.js",
                "wagtailgeowidget/js/leaflet-field-controller.js",
            ),
        )


class RegionPointPanel(FieldPanel):
    """The map of `location`, with the numeric latitude and longitude it writes."""

    numeric_fields = ("latitude", "longitude")

    def get_form_options(self) -> dict:
        options = super().get_form_options()
        options["fields"] = [*options.get("fields", []), *self.numeric_fields]
        options["widgets"] = {name: forms.HiddenInput() for name in self.numeric_fields}
        return options

    def get_comparison(self) -> list:
        # Revisions compare the stored numbers, not the form-only text.
        return [
            functools.partial(compare.FieldComparison, self.model._meta.get_field(name))
            for name in self.numeric_fields
        ]

    class BoundPanel(FieldPanel.BoundPanel):
        def render_html(self, parent_context=None) -> str:
            html = super().render_html(parent_context)
            hidden = "".join(str(self.form[name]) for name in self.panel.numeric_fields)
            return mark_safe(html + hidden)  # noqa: S308 - rendered by Django's widgets


class BoundaryField(forms.JSONField):
    """GeoJSON pasted as text; empty means no boundary (not the text "null")."""

    widget = forms.Textarea(attrs={"rows": 6, "spellcheck": "false"})

    def prepare_value(self, value):
        if value is None:
            return ""
        return super().prepare_value(value)

    def clean(self, value):
        value = super().clean(value)
        return None if value in (None, "", {}, []) else clean_boundary(value)


class RegionPageForm(WagtailAdminPageForm):
    location = forms.CharField(
        required=False,
        widget=RegionPointWidget(zoom=6, srid=4326, id_prefix="id_"),
        label=_("Place on the map"),
        help_text=_(
            "Drag the marker, or type latitude,longitude (for example 55.6,13.2). "
            "The map shows the region's practices at this point, in every language."
        ),
    )
    boundary = BoundaryField(
        required=False,
        label=_("Boundary (GeoJSON)"),
        help_text=_(
            "Optional: the region's outline as a GeoJSON Polygon or MultiPolygon in WGS84 "
            "([longitude, latitude] positions), for example exported from a drawing tool."
        ),
    )

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        instance = self.instance
        if instance.latitude is not None and instance.longitude is not None:
            self.initial.setdefault("location", format_point(instance.latitude, instance.longitude))
        # The point is required, but through `location`, where the editor sees the error.
        for name in RegionPointPanel.numeric_fields:
            if name in self.fields:
                self.fields[name].required = False

    def clean(self) -> dict:
        cleaned = super().clean()
        if "latitude" not in self.fields:
            return cleaned
        location = cleaned.get("location")
        if location:
            try:
                point = parse_point(location)
            except ValidationError as error:
                self.add_error("location", error)
                return cleaned
            cleaned["latitude"], cleaned["longitude"] = point.lat, point.lng
            return cleaned
        lat, lng = cleaned.get("latitude"), cleaned.get("longitude")
        if lat is None or lng is None:
            self.add_error(
                "location",
                _("Place the region on the map: drag the marker or type latitude,longitude."),
            )
            return cleaned
        try:
            check_lat_lng(lat, lng)
        except ValidationError as error:
            self.add_error("location", error)
        return cleaned
