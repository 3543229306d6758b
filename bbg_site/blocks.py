"""StreamField blocks shared by every page type.

Each StructBlock names its template, icon and label.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.images.blocks import ImageChooserBlock
from wagtail.snippets.blocks import SnippetChooserBlock


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Heading text"), max_length=200)
    level = blocks.ChoiceBlock(
        label=_("Level"),
        choices=[("h2", _("Heading 2")), ("h3", _("Heading 3")), ("h4", _("Heading 4"))],
        default="h2",
    )

    class Meta:
        icon = "title"
        label = _("Heading")
        template = "components/blocks/heading.html"


class CaptionedImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        max_length=250,
        help_text=_("Describe the image for readers who cannot see it."),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=300)
    credit = blocks.CharBlock(label=_("Credit"), required=False, max_length=150)

    class Meta:
        icon = "image"
        label = _("Image")
        template = "components/blocks/image.html"


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(label=_("Attribution"), required=False, max_length=200)

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "components/blocks/quote.html"


class CaptionedTableBlock(blocks.StructBlock):
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=300)
    table = TableBlock(label=_("Table"))

    class Meta:
        icon = "table"
        label = _("Table")
        template = "components/blocks/table.html"


RICH_TEXT_FEATURES = ["h2", "h3", "h4", "bold", "italic", "ol", "ul", "link", "document-link"]


class BodyBlock(blocks.StreamBlock):
    """The body of standard pages; content types in later issues extend it."""

    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label=_("Paragraph"), features=RICH_TEXT_FEATURES, icon="pilcrow"
    )
    image = CaptionedImageBlock()
    quote = QuoteBlock()
    table = CaptionedTableBlock()

    class Meta:
        template = "components/blocks/body.html"


class PartnersStripBlock(blocks.StructBlock):
    """Donor and partner logos with names, for the home or about page.

    The partner model is named by string: ``bbg_site`` does not import
    ``projects``."""

    heading = blocks.CharBlock(label=_("Heading"), required=False, max_length=120)
    partners = blocks.ListBlock(SnippetChooserBlock("projects.Partner"), label=_("Partners"))

    class Meta:
        icon = "group"
        label = _("Partners strip")
        template = "components/blocks/partners_strip.html"


class PageBodyBlock(BodyBlock):
    """Body of the home and standard pages: text blocks plus the partners strip."""

    partners = PartnersStripBlock()

    class Meta:
        template = "components/blocks/body.html"
