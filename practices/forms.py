"""The share-a-practice form: what a visitor may send, and how it is made safe.

Every field has a size limit. Plain fields lose any markup (`strip_tags`); the
longer texts that become rich text on the page are taken as plain paragraphs and
turned into HTML by `paragraphs_html`, which escapes everything the submitter
typed: no HTML from outside ever reaches a page. An attachment is accepted by
what its bytes are (PDF, DOCX or ODT), never by its name.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass

from django import forms
from django.core.files.uploadedfile import UploadedFile
from django.core.validators import URLValidator
from django.db.models import QuerySet
from django.template.defaultfilters import filesizeformat
from django.utils.html import format_html_join, strip_tags
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from practices.models import (
    FIRST_YEAR,
    LAST_YEAR,
    AuthorityRole,
    EvidenceLevel,
    FundingSource,
    PolicyArea,
    Status,
    TargetGroup,
)
from practices.taxonomy import ASPECTS
from regions.models import RegionPage

MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024
LONG_TEXT = 5000  # lessons, tips, challenges
DESCRIPTION_TEXT = 10_000
ASPECT_TEXT = 2000
HONEYPOT_FIELD = "homepage"  # a name bots like to fill; people never see the field


# --- Text -------------------------------------------------------------------------


def single_line(value: str) -> str:
    """Markup removed and all whitespace, line breaks included, folded to one space
    (such a value may end up in an e-mail header)."""
    return " ".join(strip_tags(value).split())


def plain_text(value: str) -> str:
    """Markup removed; lines and paragraphs kept, each line trimmed."""
    lines = [" ".join(line.split()) for line in strip_tags(value).splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def paragraphs_html(value: str) -> str:
    """Plain text as rich text: a <p> per paragraph (blank-line separated) and a <br/>
    per line break, every character the submitter typed escaped. Wagtail's editor
    parses stored rich text strictly: it wants `<br/>` (a `<br>` makes the page
    editor fail on "Unmatched tags: expected br, got p")."""
    paragraphs = [block for block in re.split(r"\n\s*\n", value.strip()) if block.strip()]
    line_break = mark_safe("<br/>")  # noqa: S308 - a literal tag between escaped lines
    return str(
        format_html_join(
            "",
            "<p>{}</p>",
            (
                (
                    format_html_join(
                        line_break,
                        "{}",
                        ((line.strip(),) for line in block.splitlines() if line.strip()),
                    ),
                )
                for block in paragraphs
            ),
        )
    )


# --- Attachments ----------------------------------------------------------------------


@dataclass(frozen=True)
class AttachmentKind:
    extension: str
    label: str


PDF = AttachmentKind("pdf", "PDF")
DOCX = AttachmentKind("docx", "Word (DOCX)")
ODT = AttachmentKind("odt", "OpenDocument text (ODT)")
ODT_MIMETYPE = b"application/vnd.oasis.opendocument.text"


def attachment_kind(upload: UploadedFile) -> AttachmentKind | None:
    """What the file is by its content: a PDF, a Word document or an OpenDocument
    text; None for anything else, whatever its name or declared type says."""
    upload.seek(0)
    head = upload.read(8)
    upload.seek(0)
    if head.startswith(b"%PDF-"):
        return PDF
    if not head.startswith(b"PK\x03\x04"):
        return None
    try:
        with zipfile.ZipFile(upload) as archive:
            names = set(archive.namelist())
            if "[Content_Types].xml" in names and "word/document.xml" in names:
                # A macro-enabled document (.docm) carries a VBA project: refused.
                return None if "word/vbaProject.bin" in names else DOCX
            if "mimetype" in names and "content.xml" in names:
                with archive.open("mimetype") as mimetype:
                    if mimetype.read(len(ODT_MIMETYPE) + 1).strip() == ODT_MIMETYPE:
                        return ODT
    except (zipfile.BadZipFile, OSError, EOFError, ValueError):
        return None
    finally:
        upload.seek(0)
    return None


# --- The form -----------------------------------------------------------------------------


@dataclass
class Fieldset:
    legend: str
    fields: list[forms.BoundField]
    note: str = ""
    folded: bool = False  # optional questions: shown folded unless one has an error

    def has_errors(self) -> bool:
        return any(field.errors for field in self.fields)


class RegionChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, region: RegionPage) -> str:
        return f"{region.title} ({region.country.code})"


def _checkboxes(
    queryset: QuerySet,
    label: str,
    help_text: str = "",
    required: bool = False,
    field_class: type[forms.ModelMultipleChoiceField] = forms.ModelMultipleChoiceField,
) -> forms.ModelMultipleChoiceField:
    return field_class(
        queryset=queryset,
        label=label,
        help_text=help_text,
        required=required,
        widget=forms.CheckboxSelectMultiple,
    )


def _textarea(
    label: str, max_length: int, help_text: str = "", required: bool = False, rows: int = 5
) -> forms.CharField:
    return forms.CharField(
        label=label,
        max_length=max_length,
        help_text=help_text,
        required=required,
        widget=forms.Textarea(attrs={"rows": rows}),
    )


class SharePracticeForm(forms.Form):
    """The template of FACTS.md (Submissions): the practice, then its submitter.

    Regions and taxonomy terms are those of the page's language.
    """

    # Single-line texts, stripped of markup and folded to one line.
    SINGLE_LINE_FIELDS = ("title", "submitter_name", "submitter_organisation")
    # Texts kept as plain text on the page.
    PLAIN_FIELDS = ("summary", "authority_contribution", "partners")
    # Texts that become rich text (paragraphs) on the page.
    RICH_FIELDS = ("description", "lessons_learnt", "transferability_tips", "challenges")

    title = forms.CharField(
        label=_("Title of the practice"),
        max_length=255,
        help_text=_("A short name that says what the practice does."),
    )
    summary = _textarea(
        _("Summary"),
        600,
        _("Two or three sentences (up to 600 characters) for listings and search results."),
        required=True,
        rows=3,
    )
    description = _textarea(
        _("Description"),
        DESCRIPTION_TEXT,
        _("What was done, for whom and how. Separate paragraphs with an empty line."),
        required=True,
        rows=10,
    )
    authority_role = forms.ChoiceField(
        label=_("Role of the regional authority"),
        choices=AuthorityRole.choices,
        widget=forms.RadioSelect,
    )
    authority_contribution = _textarea(_("What the regional authority contributes"), 2000, rows=3)
    lessons_learnt = _textarea(_("Lessons learnt"), LONG_TEXT)
    transferability_tips = _textarea(
        _("Tips for transferability"),
        LONG_TEXT,
        _("Advice for a region that wants to do something similar."),
    )
    challenges = _textarea(
        _("Challenges"), LONG_TEXT, _("Challenges met and how they were solved.")
    )
    start_year = forms.IntegerField(
        label=_("Start year"), min_value=FIRST_YEAR, max_value=LAST_YEAR
    )
    end_year = forms.IntegerField(
        label=_("End year"),
        min_value=FIRST_YEAR,
        max_value=LAST_YEAR,
        required=False,
        help_text=_("Leave empty while the practice is ongoing."),
    )
    status = forms.ChoiceField(
        label=_("Status"), choices=Status.choices, initial=Status.ONGOING, widget=forms.RadioSelect
    )
    partners = _textarea(_("Partners and stakeholders"), 2000, rows=3)
    website = forms.URLField(
        label=_("Website"),
        max_length=200,
        required=False,
        assume_scheme="https",
        validators=[URLValidator(schemes=["http", "https"])],
        help_text=_("The practice's official web page, if there is one."),
    )
    evidence_level = forms.ChoiceField(
        label=_("Evidence"),
        choices=EvidenceLevel.choices,
        initial=EvidenceLevel.NOT_EVALUATED,
        help_text=_("How far the results of the practice have been evaluated."),
    )
    submitter_name = forms.CharField(label=_("Your name"), max_length=120)
    submitter_organisation = forms.CharField(
        label=_("Your organisation"), max_length=200, required=False
    )
    submitter_email = forms.EmailField(
        label=_("Your e-mail address"),
        max_length=254,
        help_text=_("We send the confirmation here, and may write with follow-up questions."),
    )
    attachment = forms.FileField(
        label=_("A document about the practice (optional)"),
        required=False,
        help_text=_(
            "A PDF, Word (DOCX) or OpenDocument (ODT) file of up to 10 MB, such as a "
            "report or an evaluation. If the form shows errors, choose the file again."
        ),
        widget=forms.ClearableFileInput(
            attrs={
                "accept": ".pdf,.docx,.odt,application/pdf,"
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document,"
                "application/vnd.oasis.opendocument.text"
            }
        ),
    )
    consent = forms.BooleanField(
        label=_(
            "I agree that the lab's research team keeps my name and address to handle "
            "this submission and may contact me about it. They are never published."
        )
    )
    # The honeypot: hidden from people by the stylesheet; a filled one means a bot.
    homepage = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        max_length=200,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    def __init__(self, locale: Locale, *args, **kwargs) -> None:
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)
        self.locale = locale
        self.attachment_kind: AttachmentKind | None = None
        self.fields["regions"] = _checkboxes(
            RegionPage.objects.live().filter(locale=locale).order_by("title"),
            _("Region or regions where it runs"),
            _("Write to the contact address if your region is missing from the list."),
            required=True,
            field_class=RegionChoiceField,
        )
        self.fields["policy_areas"] = _checkboxes(
            PolicyArea.objects.filter(locale=locale), _("Policy areas")
        )
        self.fields["target_groups"] = _checkboxes(
            TargetGroup.objects.filter(locale=locale), _("Target groups")
        )
        self.fields["funding_sources"] = _checkboxes(
            FundingSource.objects.filter(locale=locale), _("Funding")
        )
        for slug, names in ASPECTS:
            name = names.get(locale.language_code, names["en"])
            self.fields[self.aspect_field("inspiring", slug)] = _textarea(
                _("%(aspect)s: inspiring elements") % {"aspect": name}, ASPECT_TEXT, rows=3
            )
            self.fields[self.aspect_field("improvement", slug)] = _textarea(
                _("%(aspect)s: room for improvement") % {"aspect": name}, ASPECT_TEXT, rows=3
            )

    @staticmethod
    def aspect_field(part: str, slug: str) -> str:
        return f"{part}_{slug.replace('-', '_')}"

    def fieldsets(self) -> list[Fieldset]:
        """The form's sections, in the order of FACTS.md's "What a practice records"."""

        def group(legend, names, note="", folded=False) -> Fieldset:
            return Fieldset(legend, [self[name] for name in names], note, folded)

        aspects = [
            self.aspect_field(part, slug)
            for slug, _names in ASPECTS
            for part in ("inspiring", "improvement")
        ]
        return [
            group(_("The practice"), ["title", "summary", "description", "regions"]),
            group(
                _("The regional authority's part"),
                ["authority_role", "authority_contribution"],
            ),
            group(
                _("Classification"),
                ["policy_areas", "target_groups", "funding_sources", "evidence_level"],
            ),
            group(
                _("What other regions can learn"),
                ["lessons_learnt", "transferability_tips", "challenges"],
            ),
            group(
                _("The seven aspects (optional)"),
                aspects,
                _(
                    "For each aspect of the evaluation framework that applies, say what is "
                    "inspiring and what could be done better. The guidelines explain each aspect."
                ),
                folded=True,
            ),
            group(
                _("Dates, partners and documents"),
                ["start_year", "end_year", "status", "partners", "website", "attachment"],
            ),
            group(
                _("About you"),
                ["submitter_name", "submitter_organisation", "submitter_email", "consent"],
                _("Only the lab's research team sees this part; it is never published."),
            ),
        ]

    def clean_attachment(self) -> UploadedFile | None:
        upload = self.cleaned_data.get("attachment")
        if not upload:
            return None
        if upload.size > MAX_ATTACHMENT_BYTES:
            raise forms.ValidationError(
                _("This file is %(size)s; files of up to %(limit)s can be attached."),
                code="too_large",
                params={
                    "size": filesizeformat(upload.size),
                    "limit": filesizeformat(MAX_ATTACHMENT_BYTES),
                },
            )
        self.attachment_kind = attachment_kind(upload)
        if self.attachment_kind is None:
            raise forms.ValidationError(
                _(
                    "This file is not a PDF, Word (DOCX) or OpenDocument (ODT) document. "
                    "Save it in one of these formats and choose it again."
                ),
                code="file_type",
            )
        return upload

    def clean(self) -> dict:
        cleaned = super().clean()
        for name in self.SINGLE_LINE_FIELDS:
            self._clean_text(name, single_line)
        for name in self.PLAIN_FIELDS + self.RICH_FIELDS:
            self._clean_text(name, plain_text)
        for slug, _names in ASPECTS:
            inspiring = self._clean_text(self.aspect_field("inspiring", slug), plain_text)
            improvement = self._clean_text(self.aspect_field("improvement", slug), plain_text)
            if improvement and not inspiring:
                self.add_error(
                    self.aspect_field("inspiring", slug),
                    _(
                        "Describe what is inspiring on this aspect as well, or leave its "
                        "room for improvement empty."
                    ),
                )
        start, end = cleaned.get("start_year"), cleaned.get("end_year")
        if start and end and end < start:
            self.add_error(
                "end_year",
                _("The end year (%(end)s) is before the start year (%(start)s).")
                % {"end": end, "start": start},
            )
        if cleaned.get("status") == Status.COMPLETED and not end and "end_year" not in self.errors:
            self.add_error("end_year", _("A completed practice needs the year it ended."))
        return cleaned

    def _clean_text(self, name: str, clean) -> str:
        """Clean one text in place; a required text that was only markup is missing."""
        if name not in self.cleaned_data:
            return ""
        value = clean(self.cleaned_data[name] or "")
        self.cleaned_data[name] = value
        if self.fields[name].required and not value:
            self.add_error(name, self.fields[name].error_messages["required"])
        return value

    def evaluation(self) -> list[tuple[str, dict[str, str]]]:
        """The evaluation StreamField's value: one block per aspect described."""
        blocks = []
        for slug, _names in ASPECTS:
            inspiring = self.cleaned_data[self.aspect_field("inspiring", slug)]
            if inspiring:
                improvement = self.cleaned_data[self.aspect_field("improvement", slug)]
                blocks.append(
                    (
                        "aspect_evaluation",
                        {
                            "aspect": slug,
                            "inspiring_elements": paragraphs_html(inspiring),
                            "room_for_improvement": paragraphs_html(improvement),
                        },
                    )
                )
        return blocks
