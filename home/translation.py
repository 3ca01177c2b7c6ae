"""How the lab's models declare their fields to wagtail-localize.

Texts are translated; everything that is a fact rather than words (numbers,
years, coordinates, links, choices, taxonomy relations, slugs) is synchronised
from the source page on every sync. wagtail-localize lets translators override a
synchronised value by default; the lab does not, so a translation can never
disagree with its source on a fact.
"""

from __future__ import annotations

from wagtail_localize.fields import SynchronizedField


def synchronised(*field_names: str) -> list[SynchronizedField]:
    """Fields copied from the source on every sync, which no translator can override."""
    return [SynchronizedField(name, overridable=False) for name in field_names]
