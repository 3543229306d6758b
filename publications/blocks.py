from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from bbg_site.blocks import RICH_TEXT_FEATURES, BodyBlock


class EndnotesBlock(blocks.StructBlock):
    """Numbered notes at the end of a section; the text refers to them as [1], [2]…"""

    heading = blocks.CharBlock(label=_("Heading"), required=False, max_length=100)
    notes = blocks.ListBlock(
        blocks.RichTextBlock(features=["bold", "italic", "link", "document-link"]),
        label=_("Notes"),
    )

    class Meta:
        icon = "list-ol"
        label = _("Endnotes")
        template = "components/blocks/endnotes.html"


class ReportBodyBlock(BodyBlock):
    endnotes = EndnotesBlock()

    class Meta:
        template = "components/blocks/body.html"


__all__ = ["RICH_TEXT_FEATURES", "EndnotesBlock", "ReportBodyBlock"]
