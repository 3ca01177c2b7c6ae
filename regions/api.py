"""API serializer fields of region profiles: the country and the statistics."""

from __future__ import annotations

from django.utils import translation

from home.api import STRING, ReadOnlyPageField, closed


class MemberStateField(ReadOnlyPageField):
    """The member state as `{"code", "name"}`, its name in the page's language."""

    openapi_schema = {"anyOf": [closed({"code": STRING, "name": STRING}), {"type": "null"}]}

    def to_representation(self, page) -> dict | None:
        country = getattr(page, self.field_name)
        if not country:
            return None
        with translation.override(page.locale.language_code):
            return {"code": country.code, "name": str(country.name)}


class StatisticsField(ReadOnlyPageField):
    """Each figure of the profile with its unit, source and reference year."""

    openapi_schema = {
        "type": "array",
        "items": closed(
            {
                "indicator": STRING,
                "label": STRING,
                "value": {"type": "number"},
                "unit": {"enum": ["people", "percent"]},
                "source": STRING,
                "year": {"type": "integer"},
            }
        ),
    }

    def to_representation(self, page) -> list[dict]:
        from regions.models import Indicator  # models import this module

        with translation.override(page.locale.language_code):
            return [
                {
                    "indicator": statistic.indicator,
                    "label": str(Indicator(statistic.indicator).label),
                    "value": float(statistic.value),
                    "unit": statistic.unit,
                    "source": statistic.source,
                    "year": statistic.year,
                }
                for statistic in getattr(page, self.field_name).all()
            ]
