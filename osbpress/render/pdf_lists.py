"""The PDF's quotes and lists: several paragraphs per quote, lists nested to any depth.

A quote is one paragraph per paragraph the officer typed, in the quote style,
its links and emphasis kept, and the speaker's line under it. A list is a
reportlab ``ListFlowable`` whose items hold their own words and, under them,
the lists nested in them (bullets "•", then "–"; numbers "1." at every level).

``pdf_story`` passes its ``inline_markup`` in, so typed text is escaped and
links are drawn in one place only (and this module needs no import of it).
"""

from __future__ import annotations

from collections.abc import Callable

from osbpress.document import BlockQuote, Inline, ListBlock, Run
from osbpress.render.common import attribution_line, quoted_paragraphs
from osbpress.render.pdf_fonts import SANS, family
from osbpress.render.pdf_platypus import Flowable, ListFlowable, ListItem, Paragraph, Spacer
from osbpress.render.pdf_styles import Styles

Markup = Callable[[Inline], str]

_INDENT = 18  # points from the bullet's column to the item's text
# Lists deeper than this stop moving right (their bullets share the last
# column), so no depth of typed nesting can push text off the page.
_INDENTED_LEVELS = 6
_AFTER_LIST = 7


def quote_flowables(block: BlockQuote, sheet: Styles, markup: Markup) -> list[Flowable]:
    """The quote's paragraphs in quotation marks, then who said it (or a little space)."""
    quote: list[Flowable] = [
        Paragraph(markup(runs), sheet.quote) for runs in quoted_paragraphs(block.paragraphs)
    ]
    if block.attribution:
        line = (Run(attribution_line(block.attribution)),)
        quote.append(Paragraph(markup(line), sheet.attribution))
    else:
        quote.append(Spacer(1, 6))
    return quote


def list_flowable(block: ListBlock, sheet: Styles, markup: Markup, depth: int = 0) -> Flowable:
    """``block`` as a ListFlowable; nested lists sit inside their item, indented once more."""
    items = []
    for runs, nested in block.entries():
        parts: list[Flowable] = [Paragraph(markup(runs), sheet.list_item)]
        parts += [list_flowable(sublist, sheet, markup, depth + 1) for sublist in nested]
        items.append(ListItem(parts))
    options: dict[str, object] = {"bulletFontName": family(SANS).regular, "bulletFontSize": 10}
    if block.ordered:
        options.update(bulletType="1", bulletFormat="%s.")
    else:
        options.update(bulletType="bullet", start="•" if depth == 0 else "–")
    # Only the outermost list sets the paragraph after it apart.
    return ListFlowable(
        items,
        leftIndent=_INDENT if depth < _INDENTED_LEVELS else 0,
        spaceAfter=_AFTER_LIST if depth == 0 else 0,
        **options,
    )
