"""A region's boundary is checked before it is saved; the admin widget's point format."""

from __future__ import annotations

import json

import pytest
from django.core.exceptions import ValidationError

from regions.geojson import (
    MAX_BOUNDARY_BYTES,
    MAX_BOUNDARY_POSITIONS,
    clean_boundary,
    format_point,
    parse_point,
)

SQUARE = [[13.0, 55.0], [14.0, 55.0], [14.0, 56.0], [13.0, 56.0], [13.0, 55.0]]
HOLE = [[13.4, 55.4], [13.6, 55.4], [13.6, 55.6], [13.4, 55.6], [13.4, 55.4]]


def error_of(value) -> str:
    with pytest.raises(ValidationError) as caught:
        clean_boundary(value)
    return " ".join(caught.value.messages)


def test_a_polygon_with_a_hole_is_kept_as_a_plain_geometry():
    polygon = {"type": "Polygon", "coordinates": [SQUARE, HOLE], "bbox": [13, 55, 14, 56]}
    assert clean_boundary(polygon) == {"type": "Polygon", "coordinates": [SQUARE, HOLE]}


def test_a_multipolygon_and_a_feature_are_accepted():
    islands = {
        "type": "MultiPolygon",
        "coordinates": [[SQUARE], [[[p[0] + 2, p[1]] for p in SQUARE]]],
    }
    assert clean_boundary(islands)["type"] == "MultiPolygon"
    feature = {
        "type": "Feature",
        "properties": {"name": "x"},
        "geometry": {"type": "Polygon", "coordinates": [SQUARE]},
    }
    assert clean_boundary(feature) == {"type": "Polygon", "coordinates": [SQUARE]}
    assert clean_boundary(json.dumps(feature))["type"] == "Polygon"


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("{not json", "not valid JSON"),
        ({"type": "Point", "coordinates": [13, 55]}, "Polygon or MultiPolygon"),
        ({"type": "Feature", "geometry": None}, "Polygon or MultiPolygon"),
        ([SQUARE], "Polygon or MultiPolygon"),
        ({"type": "Polygon", "coordinates": []}, "list of rings"),
        ({"type": "Polygon", "coordinates": [SQUARE[:-1]]}, "not closed"),
        ({"type": "Polygon", "coordinates": [[[13, 55], [14, 55], [13, 55]]]}, "at least 4"),
        ({"type": "Polygon", "coordinates": [[[13, 55], [14, 55], [15, 55], [13, 55]]]}, "no area"),
        # A bow tie: the outline crosses itself.
        (
            {"type": "Polygon", "coordinates": [[[0, 0], [4, 2], [4, 0], [0, 3], [0, 0]]]},
            "crosses itself",
        ),
        (
            {"type": "Polygon", "coordinates": [[[13, 55], [14, 95], [14, 56], [13, 55]]]},
            "Latitude 95.0 is out of range",
        ),
        (
            {"type": "Polygon", "coordinates": [[[190, 55], [14, 55], [14, 56], [190, 55]]]},
            "Longitude 190.0 is out of range",
        ),
        (
            {"type": "Polygon", "coordinates": [[[13, 55], [True, 55], [14, 56], [13, 55]]]},
            "must be numbers",
        ),
        (
            {"type": "Polygon", "coordinates": [[[13, 55], ["14", 55], [14, 56], [13, 55]]]},
            "must be numbers",
        ),
        (
            {"type": "Polygon", "coordinates": [[[13, 55], [14], [14, 56], [13, 55]]]},
            "[longitude, latitude]",
        ),
        (
            {"type": "MultiPolygon", "coordinates": [[SQUARE], [[SQUARE[0]]]]},
            "Polygon 2, outline needs at least 4",
        ),
    ],
)
def test_a_bad_boundary_is_refused_with_what_is_wrong(value, message):
    assert message in error_of(value)


def test_the_size_limits_hold():
    # Many positions on a circle: a valid ring, but over the limit.
    import math

    count = MAX_BOUNDARY_POSITIONS + 10
    ring = [
        [
            round(13 + math.cos(2 * math.pi * i / count), 6),
            round(55 + math.sin(2 * math.pi * i / count), 6),
        ]
        for i in range(count)
    ]
    ring.append(ring[0])
    assert "the limit is" in error_of({"type": "Polygon", "coordinates": [ring]})
    padded = {"type": "Polygon", "coordinates": [SQUARE], "note": "x" * MAX_BOUNDARY_BYTES}
    assert "too large" in error_of(padded)


def test_a_large_valid_ring_is_checked_quickly():
    import math
    import time

    count = 5_000
    ring = [
        [13 + math.cos(2 * math.pi * i / count), 55 + math.sin(2 * math.pi * i / count)]
        for i in range(count)
    ]
    ring.append(ring[0])
    started = time.perf_counter()
    clean_boundary({"type": "Polygon", "coordinates": [ring]})
    assert time.perf_counter() - started < 2


def test_the_widget_point_round_trips_and_is_checked():
    text = format_point(55.6050, 13.0038)
    assert text == "SRID=4326;POINT(13.0038 55.605)"
    point = parse_point(text)
    assert (point.lat, point.lng) == (55.605, 13.0038)
    assert format_point(1e-7, -0.00001) == "SRID=4326;POINT(-0.00001 0.0000001)"
    for bad, message in [
        ("55.6,13.2", "latitude,longitude"),
        ("SRID=3857;POINT(13 55)", "WGS84"),
        ("SRID=4326;POINT(13 95)", "out of range"),
        ("SRID=4326;POINT(nan 55)", "must be numbers"),
        ("SRID=4326;POINT(x y)", "must be numbers"),
    ]:
        with pytest.raises(ValidationError) as caught:
            parse_point(bad)
        assert message in caught.value.messages[0]
