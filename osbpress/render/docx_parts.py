"""Word XML the python-docx API does not offer: hyperlinks, fields, numbering, picture alt text.

Kept apart from ``docx.py`` so the renderer reads as the release's structure
and the XML plumbing sits in one place.
"""

from __future__ import annotations

from docx.document import Document as WordDocument
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shape import InlineShape
from docx.text.paragraph import Paragraph as WordParagraph

from osbpress.document import Inline
from osbpress.render.common import clean_text, safe_href


def add_runs(paragraph: WordParagraph, runs: Inline, link_style: str) -> None:
    """Append ``runs`` to ``paragraph``: bold, italic, and real w:hyperlink elements for links.

    ``link_style`` is the style id of the Hyperlink character style. A link whose
    address is not http, https or mailto stays as plain text.
    """
    for run in runs:
        text = clean_text(run.text)
        if not text:
            continue
        href = safe_href(run.href)
        word_run = paragraph.add_run(text)
        if href:
            word_run._r.style = link_style
        if run.bold:
            word_run.bold = True
        if run.italic:
            word_run.italic = True
        if href:
            relation = paragraph.part.relate_to(href, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
            link = OxmlElement("w:hyperlink")
            link.set(qn("r:id"), relation)
            link.set(qn("w:history"), "1")
            word_run._r.addprevious(link)
            link.append(word_run._r)


def add_field(paragraph: WordParagraph, instruction: str, shown: str) -> None:
    """A simple field (PAGE, NUMPAGES) showing ``shown`` until Word computes it."""
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), f" {instruction} ")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = shown
    run.append(text)
    field.append(run)
    paragraph._p.append(field)


def describe_picture(picture: InlineShape, picture_id: int, description: str) -> None:
    """Give ``picture`` the package-wide unique drawing id and the alt text Word reads aloud."""
    properties = picture._inline.docPr
    properties.set("id", str(picture_id))
    properties.set("name", f"Resim {picture_id}")
    properties.set("descr", clean_text(description))


def restart_numbering(word: WordDocument, paragraphs: list[WordParagraph], style: str) -> None:
    """Make an ordered list in ``style`` start at 1 instead of continuing the previous one.

    Every paragraph of a list style shares one numbering instance, so a second
    list would go on from 3; a new instance of the same definition with a start
    override begins again at 1. Skipped when the style has no numbering.
    """
    style_numbering = word.styles[style].element.pPr
    if style_numbering is None or style_numbering.numPr is None:
        return
    style_num_id = style_numbering.numPr.numId.val
    numbering = word.part.numbering_part.element
    abstract_id = numbering.num_having_numId(style_num_id).abstractNumId.val
    num = numbering.add_num(abstract_id)
    num.add_lvlOverride(ilvl=0).add_startOverride(1)
    for paragraph in paragraphs:
        numbered = paragraph._p.get_or_add_pPr().get_or_add_numPr()
        numbered.get_or_add_ilvl().val = 0
        numbered.get_or_add_numId().val = num.numId
