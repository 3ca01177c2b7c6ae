"""How the lab's models declare their fields to wagtail-localize.

Texts are translated; everything that is a fact rather than words (numbers,
years, coordinates, links, choices, taxonomy relations, slugs) is synchronised
from the source page on every sync. wagtail-localize lets translators override a
synchronised value by default; the lab does not, so a translation can never
disagree with its source on a fact.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps

from django.db.models import Model
from modelcluster.fields import ParentalManyToManyField
from wagtail_localize.fields import SynchronizedField, get_translatable_fields


def synchronised(*field_names: str) -> list[SynchronizedField]:
    """Fields copied from the source on every sync, which no translator can override."""
    return [SynchronizedField(name, overridable=False) for name in field_names]


def copying_emptied_relations(
    copy_synchronised_fields: Callable[[Model, Model], None],
) -> Callable[[Model, Model], None]:
    """wagtail-localize's copy of synchronised fields, which also empties a
    many-to-many relation the source has emptied.

    Upstream (1.14) copies such a relation only when the source has values, so a
    practice that drops all its target groups keeps them in every translation, and
    the search counts them there. Installed by HomeConfig.ready().
    """

    @wraps(copy_synchronised_fields)
    def copy(source: Model, target: Model) -> None:
        copy_synchronised_fields(source, target)
        for translatable_field in get_translatable_fields(type(source)):
            if not translatable_field.is_synchronized(source):
                continue
            field = translatable_field.get_field(type(target))
            if isinstance(field, ParentalManyToManyField) and not getattr(source, field.name).all():
                setattr(target, field.name, [])

    copy.lab_copies_emptied_relations = True
    return copy
