"""Blocks of the 7-aspect evaluation (REGIN evaluation framework)."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks import StreamBlockValidationError

from practices.taxonomy import ASPECTS

ASPECT_CHOICES = [(slug, names["en"]) for slug, names in ASPECTS]
EVALUATION_FEATURES = ["bold", "italic", "link", "ul", "ol"]


class AspectEvaluationBlock(blocks.StructBlock):
    aspect = blocks.ChoiceBlock(
        choices=ASPECT_CHOICES,
        help_text=_("The aspect of the evaluation framework this assessment is about."),
    )
    inspiring_elements = blocks.RichTextBlock(
        features=EVALUATION_FEATURES,
        help_text=_("What other regions can learn from on this aspect."),
    )
    room_for_improvement = blocks.RichTextBlock(
        required=False,
        features=EVALUATION_FEATURES,
        help_text=_("What could be done better on this aspect. Leave empty if nothing was found."),
    )

    class Meta:
        icon = "tick-inverse"
        template = "blocks/aspect_evaluation_block.html"
        description = _(
            "The assessment of one aspect: inspiring elements and room for improvement."
        )
        preview_value = {
            "aspect": "inclusion",
            "inspiring_elements": "<p>Newcomers co-designed the courses.</p>",
            "room_for_improvement": "<p>Rural municipalities joined late.</p>",
        }


class EvaluationBlock(blocks.StreamBlock):
    aspect_evaluation = AspectEvaluationBlock()

    class Meta:
        max_num = len(ASPECTS)
        block_counts = {}

    def clean(self, value):
        value = super().clean(value)
        seen: dict[str, int] = {}
        errors = {}
        for position, child in enumerate(value):
            slug = child.value["aspect"]
            if slug in seen:
                errors[position] = ValidationError(
                    _("This aspect is already assessed above; each aspect can appear once.")
                )
            seen[slug] = position
        if errors:
            raise StreamBlockValidationError(block_errors=errors)
        return value
