"""GeoJSON for the map: checking a region's boundary, and the point format of the admin widget.

A boundary is a GeoJSON Polygon or MultiPolygon in WGS84 (RFC 7946: positions are
[longitude, latitude]). It is checked before it is saved, so the map never
receives a shape it cannot draw: closed rings, positions in range, no ring that
crosses itself, and a size limit that keeps the visitor pages light.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

BOUNDARY_TYPES = ("Polygon", "MultiPolygon")
MAX_BOUNDARY_POSITIONS = 10_000
MAX_BOUNDARY_BYTES = 256 * 1024
SRID = 4326  # WGS84, the only reference system GeoJSON knows

# What wagtailgeowidget's Leaflet widget writes: "SRID=4326;POINT(<lng> <lat>)".
POINT_PATTERN = re.compile(
    r"^\s*SRID=(?P<srid>\d+);\s*POINT\s*\(\s*(?P<lng>\S+)\s+(?P<lat>\S+)\s*\)\s*$", re.IGNORECASE
)


@dataclass(frozen=True)
class LatLng:
    lat: float
    lng: float


def _finite_number(value: object) -> float | None:
    # JSON true/false are bools, which Python counts as ints: they are not coordinates.
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    number = float(value)
    return number if math.isfinite(number) else None


def check_lat_lng(lat: float, lng: float) -> None:
    if not -90 <= lat <= 90:
        raise ValidationError(
            _("Latitude %(lat)s is out of range: it lies between -90 and 90 degrees.")
            % {"lat": lat}
        )
    if not -180 <= lng <= 180:
        raise ValidationError(
            _("Longitude %(lng)s is out of range: it lies between -180 and 180 degrees.")
            % {"lng": lng}
        )


def parse_point(text: str) -> LatLng:
    """Read the widget's "SRID=4326;POINT(lng lat)" into a checked WGS84 point."""
    match = POINT_PATTERN.match(text or "")
    if match is None:
        raise ValidationError(
            _("Give the point as latitude,longitude on the map, for example 55.6,13.2.")
        )
    if int(match["srid"]) != SRID:
        raise ValidationError(_("The point must be in WGS84 (SRID 4326)."))
    try:
        lat, lng = float(match["lat"]), float(match["lng"])
    except ValueError:
        raise ValidationError(_("The point's coordinates must be numbers.")) from None
    if not (math.isfinite(lat) and math.isfinite(lng)):
        raise ValidationError(_("The point's coordinates must be numbers."))
    check_lat_lng(lat, lng)
    return LatLng(lat=lat, lng=lng)


def _coordinate_text(value: float) -> str:
    # Fixed notation: the widget's own parser does not read exponents such as 1e-05.
    return format(value, ".7f").rstrip("0").rstrip(".")


def format_point(lat: float, lng: float) -> str:
    return f"SRID={SRID};POINT({_coordinate_text(lng)} {_coordinate_text(lat)})"


def _position(value: object, where: str) -> tuple[float, float]:
    if not isinstance(value, list | tuple) or len(value) not in (2, 3):
        raise ValidationError(
            _("%(where)s: a position is a list [longitude, latitude].") % {"where": where}
        )
    lng, lat = _finite_number(value[0]), _finite_number(value[1])
    if lng is None or lat is None:
        raise ValidationError(
            _("%(where)s: longitude and latitude must be numbers.") % {"where": where}
        )
    try:
        check_lat_lng(lat, lng)
    except ValidationError as error:
        raise ValidationError(f"{where}: {error.messages[0]}") from None
    return lng, lat


def _orientation(a, b, c) -> float:
    return (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0])


def _on_segment(a, b, p) -> bool:
    return min(a[0], b[0]) <= p[0] <= max(a[0], b[0]) and min(a[1], b[1]) <= p[1] <= max(a[1], b[1])


def _segments_cross(a, b, c, d) -> bool:
    """Whether segment ab and segment cd share any point."""
    o1, o2 = _orientation(a, b, c), _orientation(a, b, d)
    o3, o4 = _orientation(c, d, a), _orientation(c, d, b)
    if ((o1 > 0 and o2 < 0) or (o1 < 0 and o2 > 0)) and (
        (o3 > 0 and o4 < 0) or (o3 < 0 and o4 > 0)
    ):
        return True
    return (
        (o1 == 0 and _on_segment(a, b, c))
        or (o2 == 0 and _on_segment(a, b, d))
        or (o3 == 0 and _on_segment(c, d, a))
        or (o4 == 0 and _on_segment(c, d, b))
    )


def _ring_crosses_itself(ring: list[tuple[float, float]]) -> bool:
    """Segments are swept from west to east, so only those overlapping in longitude
    are compared: fast for real boundaries, still exact."""
    count = len(ring) - 1  # the last position repeats the first
    segments = sorted(
        (min(ring[i][0], ring[i + 1][0]), max(ring[i][0], ring[i + 1][0]), i) for i in range(count)
    )
    active: list[tuple[float, int]] = []
    for west, east, index in segments:
        active = [(other_east, other) for other_east, other in active if other_east >= west]
        for _east, other in active:
            # Neighbouring segments share a corner by construction.
            if abs(index - other) in (1, count - 1):
                continue
            if _segments_cross(ring[index], ring[index + 1], ring[other], ring[other + 1]):
                return True
        active.append((east, index))
    return False


def _ring(value: object, where: str) -> list[tuple[float, float]]:
    if not isinstance(value, list):
        raise ValidationError(_("%(where)s must be a list of positions.") % {"where": where})
    positions = [
        _position(item, _("%(where)s, position %(number)s") % {"where": where, "number": n})
        for n, item in enumerate(value, start=1)
    ]
    if len(positions) < 4:
        raise ValidationError(
            _("%(where)s needs at least 4 positions (a triangle and the closing position).")
            % {"where": where}
        )
    if positions[0] != positions[-1]:
        raise ValidationError(
            _("%(where)s is not closed: its last position must repeat the first.")
            % {"where": where}
        )
    area = sum(a[0] * b[1] - b[0] * a[1] for a, b in zip(positions, positions[1:], strict=False))
    if area == 0:
        raise ValidationError(_("%(where)s encloses no area.") % {"where": where})
    if _ring_crosses_itself(positions):
        raise ValidationError(_("%(where)s crosses itself.") % {"where": where})
    return positions


def _polygon(value: object, where: str) -> int:
    if not isinstance(value, list) or not value:
        raise ValidationError(
            _("%(where)s must be a list of rings: the outline, then any holes.") % {"where": where}
        )
    total = 0
    for number, ring in enumerate(value, start=1):
        label = _("outline") if number == 1 else _("hole %(number)s") % {"number": number - 1}
        total += len(_ring(ring, f"{where}, {label}"))
    return total


def clean_boundary(value: object) -> dict:
    """A region boundary as a plain GeoJSON geometry, or ValidationError saying what is wrong.

    A GeoJSON Feature is accepted too (as drawing tools export them); its geometry is kept.
    """
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except ValueError:
            raise ValidationError(_("The boundary is not valid JSON.")) from None
    if isinstance(value, dict) and value.get("type") == "Feature":
        value = value.get("geometry")
    if not isinstance(value, dict) or value.get("type") not in BOUNDARY_TYPES:
        raise ValidationError(
            _("The boundary must be a GeoJSON Polygon or MultiPolygon (or a Feature of one).")
        )
    size = len(json.dumps(value, separators=(",", ":")))
    if size > MAX_BOUNDARY_BYTES:
        raise ValidationError(
            _(
                "The boundary is too large (%(size)s KB; the limit is %(limit)s KB): "
                "simplify it first."
            )
            % {"size": size // 1024, "limit": MAX_BOUNDARY_BYTES // 1024}
        )
    coordinates = value.get("coordinates")
    if value["type"] == "Polygon":
        positions = _polygon(coordinates, _("Polygon"))
    else:
        if not isinstance(coordinates, list) or not coordinates:
            raise ValidationError(_("A MultiPolygon must be a list of polygons."))
        positions = sum(
            _polygon(polygon, _("Polygon %(number)s") % {"number": number})
            for number, polygon in enumerate(coordinates, start=1)
        )
    if positions > MAX_BOUNDARY_POSITIONS:
        raise ValidationError(
            _("The boundary has %(count)s positions; the limit is %(limit)s: simplify it first.")
            % {"count": positions, "limit": MAX_BOUNDARY_POSITIONS}
        )
    # Foreign members and properties are dropped: the map needs the shape only.
    return {"type": value["type"], "coordinates": coordinates}
