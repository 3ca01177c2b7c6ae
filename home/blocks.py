"""StreamField blocks shared by every page type's body."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageBlock


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(max_length=120, help_text=_("The heading's words."))
    level = blocks.ChoiceBlock(
        choices=[("h2", _("Section (h2)")), ("h3", _("Subsection (h3)"))],
        default="h2",
        help_text=_("Keep headings in order: a subsection follows a section."),
    )

    class Meta:
        icon = "title"
        template = "blocks/heading_block.html"
        description = _("A heading that structures the page for readers and screen readers.")
        preview_value = {"text": "How the action started", "level": "h2"}


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(max_length=600)
    attribution = blocks.CharBlock(required=False, max_length=120)

    class Meta:
        icon = "openquote"
        template = "blocks/quote_block.html"
        description = _("A quotation, for example from a participant or a partner.")
        preview_value = {
            "text": "We learnt more from the mentors than from any course.",
            "attribution": "A participant",
        }


class DocumentLinkBlock(blocks.StructBlock):
    document = DocumentChooserBlock()
    label = blocks.CharBlock(
        required=False, max_length=120, help_text=_("Shown instead of the file's title.")
    )

    class Meta:
        icon = "doc-full"
        template = "blocks/document_link_block.html"
        description = _("A link to an attached document (report, evaluation, leaflet).")


class BodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        features=["bold", "italic", "link", "ol", "ul", "document-link"],
        icon="pilcrow",
        template="blocks/paragraph_block.html",
        preview_value="<p>The region brings together employers, schools and NGOs.</p>",
        description=_("A paragraph of formatted text."),
    )
    image = ImageBlock(
        template="blocks/image_block.html",
        description=_("An image with alternative text for people who cannot see it."),
    )
    quote = QuoteBlock()
    document = DocumentLinkBlock()
