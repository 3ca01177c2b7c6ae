"""The database engine's index: one row per indexed page, facet values beside it.

Both engines are fed the same plain document (a page's `search_document()`);
these rows also remember what still has to reach Elasticsearch, so that a
write the cluster missed is repaired later instead of being lost.
"""

from django.contrib.postgres.search import SearchVectorField
from django.db import models


class IndexedDocument(models.Model):
    page_id = models.BigIntegerField(primary_key=True)
    locale = models.CharField(max_length=12, db_index=True)
    title = models.CharField(max_length=255)
    sort_title = models.CharField(max_length=255, db_index=True)
    year = models.PositiveSmallIntegerField(null=True)
    text = models.TextField()
    folded_text = models.TextField(help_text="Lower-cased, accent-folded text for matching.")
    search_vector = SearchVectorField(null=True, help_text="PostgreSQL only.")
    document = models.JSONField()
    digest = models.CharField(max_length=64)
    updated_at = models.DateTimeField(auto_now=True, db_index=True)
    elasticsearch_pending = models.BooleanField(
        default=False, db_index=True, help_text="Elasticsearch has not received this version yet."
    )
    deleted = models.BooleanField(
        default=False,
        db_index=True,
        help_text="Removed from the search; kept until Elasticsearch knows it.",
    )

    class Meta:
        indexes = [models.Index(fields=["locale", "deleted", "sort_title"])]

    def __str__(self) -> str:
        return f"{self.locale}:{self.page_id} {self.title}"


class IndexedFacetValue(models.Model):
    document = models.ForeignKey(
        IndexedDocument, on_delete=models.CASCADE, related_name="facet_values"
    )
    facet = models.CharField(max_length=20)
    value = models.CharField(max_length=100)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["document", "facet", "value"], name="unique_facet_value_per_document"
            )
        ]
        indexes = [models.Index(fields=["facet", "value"])]

    def __str__(self) -> str:
        return f"{self.facet}={self.value}"


class LabelsVersion(models.Model):
    """A counter bumped whenever a facet label may have changed (a taxonomy term or a
    region page saved or deleted), so that every app process drops the labels it
    keeps: one row, read once per search request."""

    version = models.PositiveBigIntegerField(default=0)

    def __str__(self) -> str:
        return f"labels version {self.version}"

    @classmethod
    def current(cls) -> int:
        return cls.objects.filter(pk=1).values_list("version", flat=True).first() or 0

    @classmethod
    def bump(cls) -> None:
        if not cls.objects.filter(pk=1).update(version=models.F("version") + 1):
            cls.objects.get_or_create(pk=1, defaults={"version": 1})
