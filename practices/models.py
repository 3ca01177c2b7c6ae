"""Practices: the lab's database of integration practices and its taxonomy."""

from __future__ import annotations

import html

from django import forms
from django.conf import settings
from django.contrib import admin
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models.functions import Cast
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.api import APIField
from wagtail.documents import get_document_model_string
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, TranslatableMixin, WorkflowState
from wagtail.search import index
from wagtail_localize.fields import TranslatableField

from home.api import LinkedPageField, StreamBlocksField
from home.blocks import BodyBlock, DocumentLinkBlock
from home.models import LabPage
from home.translation import synchronised
from practices.api import EvaluationField, RegionsField, TaxonomyField
from practices.blocks import EvaluationBlock
from practices.taxonomy import ASPECTS
from regions.blocks import MapBlock

RICH_TEXT_FEATURES = ["bold", "italic", "link", "ul", "ol", "document-link"]
FIRST_YEAR, LAST_YEAR = 1950, 2100
NON_TEXT_BLOCK_KEYS = {"aspect", "level"}  # choice values in blocks, not words to search


# --- Taxonomy snippets -------------------------------------------------------


class TaxonomyTerm(TranslatableMixin, models.Model):
    """A term of one of the lab's vocabularies: a translatable name, a stable slug."""

    name = models.CharField(max_length=120, help_text=_("The name visitors see."))
    slug = models.SlugField(
        max_length=60,
        help_text=_(
            "Stable identifier used in URLs, the API and the search index. "
            "The same in every language."
        ),
    )
    sort_order = models.PositiveSmallIntegerField(default=0, editable=False)

    panels = [FieldPanel("name"), FieldPanel("slug")]
    override_translatable_fields = synchronised("slug")

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["sort_order", "name"]

    def __str__(self) -> str:
        return self.name

    @classmethod
    def names_by_slug(cls, language_code: str | None) -> dict[str, str]:
        """Slug → name in the given language, falling back to the default locale."""
        names: dict[str, str] = {}
        fallback = settings.LANGUAGE_CODE
        for slug, name, code in cls.objects.filter(
            locale__language_code__in={language_code or fallback, fallback}
        ).values_list("slug", "name", "locale__language_code"):
            if code == language_code or slug not in names:
                names[slug] = name
        return names


class Aspect(TaxonomyTerm):
    """One of the 7 aspects of the REGIN evaluation framework."""

    description = models.TextField(blank=True, max_length=600)

    panels = TaxonomyTerm.panels + [FieldPanel("description")]

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("aspect")
        constraints = [
            models.UniqueConstraint(fields=["slug", "locale"], name="unique_aspect_slug_per_locale")
        ]

    def clean(self) -> None:
        super().clean()
        allowed = [slug for slug, _names in ASPECTS]
        if self.slug not in allowed:
            raise ValidationError(
                {
                    "slug": _("The evaluation framework has exactly 7 aspects: %(slugs)s.")
                    % {"slugs": ", ".join(allowed)}
                }
            )


class PolicyArea(TaxonomyTerm):
    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("policy area")
        constraints = [
            models.UniqueConstraint(
                fields=["slug", "locale"], name="unique_policyarea_slug_per_locale"
            )
        ]


class TargetGroup(TaxonomyTerm):
    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("target group")
        constraints = [
            models.UniqueConstraint(
                fields=["slug", "locale"], name="unique_targetgroup_slug_per_locale"
            )
        ]


class FundingSource(TaxonomyTerm):
    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("funding source")
        constraints = [
            models.UniqueConstraint(
                fields=["slug", "locale"], name="unique_fundingsource_slug_per_locale"
            )
        ]


# --- Fixed choice lists (slugs are their values) -------------------------------


class AuthorityRole(models.TextChoices):
    DIRECT = "direct", _("Direct: leader, active partner or coordinator")
    INDIRECT = "indirect", _("Indirect: support, funding or advice")


class Status(models.TextChoices):
    ONGOING = "ongoing", _("Ongoing")
    COMPLETED = "completed", _("Completed")


class EvidenceLevel(models.TextChoices):
    NOT_EVALUATED = "not-evaluated", _("Not evaluated")
    SELF_ASSESSED = "self-assessed", _("Self-assessed")
    EXTERNAL_EVALUATION = "external-evaluation", _("External evaluation")
    IMPACT_EVALUATION = "impact-evaluation", _("Impact evaluation")


class Kind(models.TextChoices):
    PRACTICE = "practice", _("Practice")
    REGIONAL_ACTION = "regional-action", _("Partner region's own action")


# --- Pages -----------------------------------------------------------------------


class EvaluatedPageForm(WagtailAdminPageForm):
    """Offers editors only the regions and terms of the page's own language."""

    locale_filtered_fields = ("regions", "policy_areas", "target_groups", "funding_sources")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        locale_id = getattr(self.instance, "locale_id", None)
        if locale_id is None and self.parent_page is not None:
            locale_id = self.parent_page.locale_id
        if locale_id is None:
            return
        for name in self.locale_filtered_fields:
            field = self.fields.get(name)
            if field is not None:
                field.queryset = field.queryset.filter(locale_id=locale_id)


class EvaluatedPage(LabPage):
    """What a practice and a partner region's own action have in common.

    Both carry the 7-aspect evaluation and the same taxonomy so that the lab
    searches them together.
    """

    kind: str = Kind.PRACTICE
    base_form_class = EvaluatedPageForm

    summary = models.TextField(
        max_length=600,
        help_text=_("A short summary (up to 600 characters) for listings and search results."),
    )
    body = StreamField(
        BodyBlock(),
        blank=True,
        help_text=_("The full description: what was done, for whom, how."),
    )
    authority_role = models.CharField(
        max_length=20,
        choices=AuthorityRole.choices,
        help_text=_("How the regional authority takes part."),
    )
    authority_contribution = models.TextField(
        blank=True,
        max_length=2000,
        help_text=_("In a few sentences: what the regional authority itself contributes."),
    )
    evaluation = StreamField(
        EvaluationBlock(),
        blank=True,
        help_text=_(
            "Assess each aspect that applies: inspiring elements and room for improvement."
        ),
    )
    lessons_learnt = RichTextField(features=RICH_TEXT_FEATURES, blank=True)
    transferability_tips = RichTextField(
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("Advice for a region that wants to do something similar."),
    )
    challenges = RichTextField(
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("Challenges met and how they were solved."),
    )
    start_year = models.PositiveSmallIntegerField(
        validators=[MinValueValidator(FIRST_YEAR), MaxValueValidator(LAST_YEAR)],
        help_text=_("The year it started."),
    )
    end_year = models.PositiveSmallIntegerField(
        null=True,
        blank=True,
        validators=[MinValueValidator(FIRST_YEAR), MaxValueValidator(LAST_YEAR)],
        help_text=_("The year it ended; leave empty while it is ongoing."),
    )
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.ONGOING)
    partners = models.TextField(
        blank=True, max_length=2000, help_text=_("Partners and stakeholders involved.")
    )
    website = models.URLField(blank=True, help_text=_("The official web page, if there is one."))
    contact = models.CharField(
        blank=True,
        max_length=255,
        help_text=_("A public contact (an office or a role, not a private person)."),
    )
    evidence_level = models.CharField(
        max_length=30,
        choices=EvidenceLevel.choices,
        default=EvidenceLevel.NOT_EVALUATED,
        help_text=_("How far its results have been evaluated."),
    )
    documents = StreamField(
        [("document", DocumentLinkBlock())],
        blank=True,
        help_text=_("Reports, evaluations and other documents about it."),
    )
    policy_areas = ParentalManyToManyField(PolicyArea, blank=True, related_name="+")
    target_groups = ParentalManyToManyField(TargetGroup, blank=True, related_name="+")
    funding_sources = ParentalManyToManyField(FundingSource, blank=True, related_name="+")

    description_panels = LabPage.content_panels[:1] + [
        FieldPanel("summary"),
        FieldPanel("body"),
        FieldPanel("documents"),
    ]
    evaluation_panels = [
        FieldPanel("evaluation"),
        FieldPanel("lessons_learnt"),
        FieldPanel("transferability_tips"),
        FieldPanel("challenges"),
    ]
    classification_panels = [
        MultiFieldPanel(
            [FieldPanel("authority_role"), FieldPanel("authority_contribution")],
            heading=_("Role of the regional authority"),
        ),
        FieldPanel("policy_areas", widget=forms.CheckboxSelectMultiple),
        FieldPanel("target_groups", widget=forms.CheckboxSelectMultiple),
        FieldPanel("funding_sources", widget=forms.CheckboxSelectMultiple),
        FieldPanel("evidence_level"),
    ]
    details_panels = [
        FieldRowPanel([FieldPanel("start_year"), FieldPanel("end_year"), FieldPanel("status")]),
        FieldPanel("partners"),
        FieldPanel("website"),
        FieldPanel("contact"),
    ]

    search_fields = LabPage.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
        index.SearchField("lessons_learnt"),
        index.SearchField("transferability_tips"),
        index.SearchField("challenges"),
        index.FilterField("status"),
        index.FilterField("evidence_level"),
        index.FilterField("authority_role"),
        index.FilterField("start_year"),
    ]

    api_fields = LabPage.api_fields + [
        APIField("summary"),
        APIField("body", serializer=StreamBlocksField()),
        APIField("authority_role"),
        APIField("authority_contribution"),
        APIField("evaluation", serializer=EvaluationField()),
        APIField("lessons_learnt"),
        APIField("transferability_tips"),
        APIField("challenges"),
        APIField("start_year"),
        APIField("end_year"),
        APIField("status"),
        APIField("partners"),
        APIField("website"),
        APIField("contact"),  # the public contact (an office or a role), shown on the page
        APIField("evidence_level"),
        APIField("documents", serializer=StreamBlocksField()),
        APIField("policy_areas", serializer=TaxonomyField()),
        APIField("target_groups", serializer=TaxonomyField()),
        APIField("funding_sources", serializer=TaxonomyField()),
    ]

    override_translatable_fields = (
        LabPage.override_translatable_fields
        + synchronised(
            "authority_role",
            "start_year",
            "end_year",
            "status",
            "website",
            "evidence_level",
            "policy_areas",
            "target_groups",
            "funding_sources",
        )
        # Texts inside the blocks are translated; the block structure and each
        # block's aspect choice are copied from the source on every sync.
        + [TranslatableField("evaluation"), TranslatableField("documents")]
    )

    class Meta:
        abstract = True

    def clean(self) -> None:
        super().clean()
        errors = {}
        years_known = self.end_year is not None and self.start_year is not None
        if years_known and self.end_year < self.start_year:
            errors["end_year"] = _(
                "The end year (%(end)s) is before the start year (%(start)s)."
            ) % {"end": self.end_year, "start": self.start_year}
        if self.status == Status.COMPLETED and self.end_year is None:
            errors["end_year"] = _("A completed practice needs the year it ended.")
        if errors:
            raise ValidationError(errors)

    # --- what templates, the API and the search share ---------------------------

    def assessed_aspect_slugs(self) -> list[str]:
        """Aspects on which it carries inspiring elements, in framework order."""
        assessed = {
            child.value["aspect"]
            for child in self.evaluation
            if strip_tags(str(child.value["inspiring_elements"])).strip()
        }
        return [slug for slug, _names in ASPECTS if slug in assessed]

    def stored_regions(self) -> list:
        """The RegionPages it runs in, as stored (a translation keeps its source's)."""
        raise NotImplementedError

    def get_regions(self) -> list:
        """The RegionPages it runs in, each in this page's language where a live
        translation exists: what its visitors, the API and the search see."""
        from regions.models import RegionPage

        regions = self.stored_regions()
        elsewhere = [region for region in regions if region.locale_id != self.locale_id]
        if not elsewhere:
            return regions
        # One query for all of them (the index rebuild runs this for every page).
        translations = {
            region.translation_key: region
            for region in RegionPage.objects.live().filter(
                locale_id=self.locale_id,
                translation_key__in=[region.translation_key for region in elsewhere],
            )
        }
        return [
            region
            if region.locale_id == self.locale_id
            else translations.get(region.translation_key, region)
            for region in regions
        ]

    def search_document(self) -> dict:
        """The plain document the lab search indexes (search/ turns it into index entries).

        Facet values are slugs, identical in every locale; texts are this page's own.
        """
        regions = self.get_regions()
        texts = [
            self.title,
            self.intro,
            self.summary,
            *self._stream_texts(self.body),
            self.authority_contribution,
            *self._stream_texts(self.evaluation),
            self.lessons_learnt,
            self.transferability_tips,
            self.challenges,
            self.partners,
            *[getattr(self, name, "") for name in self.extra_text_fields],
        ]
        return {
            "id": self.pk,
            "locale": self.locale.language_code,
            "title": self.title,
            "url": self.get_url(),
            "summary": self.summary,
            # Rich text stores characters as entities (&#x27;): the index wants the
            # characters, and highlighters escape them again.
            "text": "\n".join(html.unescape(strip_tags(str(text))) for text in texts if text),
            "year": self.start_year,
            "published_at": self.last_published_at.isoformat() if self.last_published_at else None,
            "regions": [
                {
                    "slug": r.slug,
                    "title": r.title,
                    "country": str(r.country),
                    "lat": r.latitude,
                    "lng": r.longitude,
                }
                for r in regions
            ],
            "facets": {
                "aspect": self.assessed_aspect_slugs(),
                "region": sorted({r.slug for r in regions}),
                "country": sorted({str(r.country) for r in regions}),
                "policy_area": sorted(term.slug for term in self.policy_areas.all()),
                "target_group": sorted(term.slug for term in self.target_groups.all()),
                "authority_role": [self.authority_role],
                "status": [self.status],
                "kind": [self.kind],
                "evidence": [self.evidence_level],
                "funding": sorted(term.slug for term in self.funding_sources.all()),
            },
        }

    extra_text_fields: tuple[str, ...] = ()

    @staticmethod
    def _stream_texts(stream) -> list[str]:
        texts: list[str] = []

        def walk(value) -> None:
            if isinstance(value, dict) or hasattr(value, "items"):
                for key, item in value.items():
                    if key not in NON_TEXT_BLOCK_KEYS:
                        walk(item)
            elif isinstance(value, (list, tuple)) or hasattr(value, "raw_data"):
                for item in value:
                    walk(getattr(item, "value", item))
            elif hasattr(value, "source"):  # RichText
                texts.append(value.source)
            elif isinstance(value, str):
                texts.append(value)

        for child in stream:
            walk(child.value)
        return texts

    @property
    def years(self) -> str:
        if self.end_year and self.end_year != self.start_year:
            return f"{self.start_year}–{self.end_year}"
        if self.status == Status.ONGOING:
            return _("since %(year)s") % {"year": self.start_year}
        return str(self.start_year)


class PracticeIndexPage(LabPage):
    """The practice database: lists practices and hosts the faceted search."""

    body = StreamField(
        BodyBlock(local_blocks=[("map", MapBlock())]),
        blank=True,
        help_text=_("Shown with the search, for example a map that follows the visitor's filters."),
    )

    content_panels = LabPage.content_panels + [FieldPanel("body")]

    api_fields = LabPage.api_fields + [APIField("body", serializer=StreamBlocksField())]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["practices.PracticePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("practice database")

    def get_context(self, request, *args, **kwargs):
        # Imported here: the search service imports this module for its labels.
        from search.visitor import search_context

        context = super().get_context(request, *args, **kwargs)
        context["search"] = search_context(
            request,
            locale=self.locale.language_code,
            base_url=self.get_url(request) or request.path,
        )
        return context


class PracticePage(EvaluatedPage):
    regions = ParentalManyToManyField(
        "regions.RegionPage",
        related_name="practices",
        help_text=_("The region or regions where the practice runs."),
    )

    classification_panels = [
        FieldPanel("regions", widget=forms.CheckboxSelectMultiple)
    ] + EvaluatedPage.classification_panels

    edit_handler = TabbedInterface(
        [
            ObjectList(EvaluatedPage.description_panels, heading=_("Description")),
            ObjectList(classification_panels, heading=_("Classification")),
            ObjectList(EvaluatedPage.evaluation_panels, heading=_("Evaluation")),
            ObjectList(EvaluatedPage.details_panels, heading=_("Details")),
            ObjectList(Page.promote_panels, heading=_("Promote")),
            ObjectList(Page.settings_panels, heading=_("Settings")),
        ]
    )

    api_fields = EvaluatedPage.api_fields + [APIField("regions", serializer=RegionsField())]

    override_translatable_fields = EvaluatedPage.override_translatable_fields + synchronised(
        "regions"
    )

    parent_page_types = ["practices.PracticeIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("practice")

    def stored_regions(self) -> list:
        return list(self.regions.all())


# --- Submissions: "Share a practice" ------------------------------------------------


class SharePracticePage(LabPage):
    """The public form through which anyone shares a practice (FACTS.md, Submissions).

    A valid submission becomes a draft PracticePage in this page's language, under
    moderation; the submitter's contact data is kept apart, in a PracticeSubmission
    (practices/submissions.py does the work, practices/forms.py checks the input).
    """

    body = RichTextField(
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("Shown above the form: who can share a practice and what happens next."),
    )
    contact_email = models.EmailField(
        help_text=_("The address for questions about submissions, shown with the form.")
    )
    guidelines_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The page that explains how to describe a practice."),
    )
    glossary_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The page that explains the lab's terms."),
    )

    content_panels = LabPage.content_panels + [
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("contact_email"),
                FieldPanel("guidelines_page"),
                FieldPanel("glossary_page"),
            ],
            heading=_("Help for submitters"),
        ),
    ]

    api_fields = LabPage.api_fields + [
        APIField("body"),
        APIField("contact_email"),  # the lab's own address, not a submitter's
        APIField("guidelines_page", serializer=LinkedPageField()),
        APIField("glossary_page", serializer=LinkedPageField()),
    ]

    # The linked pages are shown in this page's language (help_links); the address
    # is the same in every language.
    override_translatable_fields = LabPage.override_translatable_fields + synchronised(
        "contact_email", "guidelines_page", "glossary_page"
    )

    parent_page_types = ["home.HomePage"]
    subpage_types: list[str] = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("share-a-practice form")

    def practice_index(self) -> PracticeIndexPage | None:
        """The practice database of this page's language, where submissions go."""
        return PracticeIndexPage.objects.sibling_of(self).live().first()

    def help_links(self) -> list[Page]:
        """The guidelines and glossary, in this page's language when translated."""
        links = []
        for linked in (self.guidelines_page, self.glossary_page):
            if linked is None:
                continue
            linked = linked.get_translation_or_none(self.locale) or linked
            if linked.live:
                links.append(linked.specific)
        return links

    def serve(self, request, *args, **kwargs):
        # Imported here: the submission code imports this module's models.
        from practices.submissions import serve_share_page

        return serve_share_page(self, request)


class SubmissionStatus(models.TextChoices):
    RECEIVED = "received", _("Received")
    IN_REVIEW = "in-review", _("In review")
    PUBLISHED = "published", _("Published")
    REJECTED = "rejected", _("Rejected")


class PracticeSubmissionQuerySet(models.QuerySet):
    def with_status(self) -> PracticeSubmissionQuerySet:
        """Annotate `derived_status`, read from the draft page and its latest workflow
        state, so that it can never disagree with what moderators did in Wagtail."""
        latest_workflow_status = (
            WorkflowState.objects.filter(
                base_content_type__app_label="wagtailcore",
                base_content_type__model="page",
                object_id=Cast(models.OuterRef("page_id"), models.CharField()),
            )
            .order_by("-created_at", "-pk")
            .values("status")[:1]
        )
        return self.annotate(
            workflow_status=models.Subquery(latest_workflow_status),
            derived_status=models.Case(
                # Moderators turn a submission down by deleting its draft.
                models.When(page__isnull=True, then=models.Value(SubmissionStatus.REJECTED)),
                models.When(page__live=True, then=models.Value(SubmissionStatus.PUBLISHED)),
                models.When(
                    workflow_status=WorkflowState.STATUS_IN_PROGRESS,
                    then=models.Value(SubmissionStatus.IN_REVIEW),
                ),
                models.When(
                    workflow_status=WorkflowState.STATUS_NEEDS_CHANGES,
                    then=models.Value(SubmissionStatus.REJECTED),
                ),
                default=models.Value(SubmissionStatus.RECEIVED),
                output_field=models.CharField(),
            ),
        )


class PracticeSubmissionManager(models.Manager.from_queryset(PracticeSubmissionQuerySet)):
    def get_queryset(self) -> PracticeSubmissionQuerySet:
        return super().get_queryset().with_status()


class PracticeSubmission(models.Model):
    """One submission through the share-a-practice form.

    The practice itself is the draft PracticePage; this record keeps what must not
    be on the page: who sent it and how to reach them. Only moderators see it (the
    admin listing in practices/wagtail_hooks.py); it is in no API and no index.
    """

    reference = models.CharField(max_length=20, unique=True, null=True, editable=False)
    title = models.CharField(max_length=255, help_text=_("The title as submitted."))
    locale = models.ForeignKey(
        "wagtailcore.Locale", on_delete=models.PROTECT, related_name="+", verbose_name=_("language")
    )
    page = models.ForeignKey(
        PracticePage,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("draft practice"),
    )
    attachment = models.ForeignKey(
        get_document_model_string(),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    submitter_name = models.CharField(_("name"), max_length=120)
    submitter_organisation = models.CharField(_("organisation"), max_length=200, blank=True)
    submitter_email = models.EmailField(_("e-mail"))
    # A keyed hash: enough to see that submissions came from one address, and
    # no raw address kept.
    ip_hash = models.CharField(max_length=64, editable=False)
    created_at = models.DateTimeField(_("received"), auto_now_add=True)

    objects = PracticeSubmissionManager()

    class Meta:
        verbose_name = _("practice submission")
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return self.reference or self.title

    @property
    @admin.display(description=_("status"))
    def status(self) -> str:
        if not hasattr(self, "derived_status"):
            self.derived_status = (
                type(self).objects.filter(pk=self.pk).values_list("derived_status", flat=True).get()
            )
        return self.derived_status

    def get_status_display(self) -> str:
        return SubmissionStatus(self.status).label
