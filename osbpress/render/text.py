"""The plain-text release: the body of the e-mail that goes to the newsroom.

Same content and order as the PDF: label, organisation and date, headline,
spot, body, contact, "Hakkında", end mark. Paragraphs are separated by a
blank line; nothing is wrapped, so mail clients reflow it themselves.
"""

from __future__ import annotations

from osbpress.document import (
    Block,
    BlockQuote,
    Document,
    Figure,
    Heading,
    ListBlock,
    Paragraph,
    Run,
)
from osbpress.render.common import attribution_line, credit_line, quoted_paragraphs
from osbpress.render.images import image_file_names


def _runs(runs: tuple[Run, ...]) -> str:
    # A link keeps its address visible: the reader of an e-mail cannot click hidden text.
    return "".join(
        f"{run.text} ({run.href})" if run.href and run.href != run.text else run.text
        for run in runs
    )


def _list(block: ListBlock, indent: str = "") -> list[str]:
    """One line per entry; an entry's further lines and nested lists start under its words."""
    lines: list[str] = []
    for number, (runs, nested) in enumerate(block.entries(), start=1):
        mark = f"{number}." if block.ordered else ("•" if not indent else "–")
        under = indent + " " * (len(mark) + 1)
        lines.append(f"{indent}{mark} {_runs(runs)}".replace("\n", "\n" + under))
        for sublist in nested:
            lines += _list(sublist, under)
    return lines


def _block(block: Block, photo_names: dict[int, str]) -> str:
    match block:
        case Heading(text=text):
            return text
        case Paragraph(runs=runs):
            return _runs(runs)
        case BlockQuote(paragraphs=paragraphs, attribution=attribution):
            said = "\n\n".join(_runs(runs) for runs in quoted_paragraphs(paragraphs))
            return f"{said}\n{attribution_line(attribution)}" if attribution else said
        case ListBlock():
            return "\n".join(_list(block))
        case Figure(caption=caption, credit=credit):
            # The same file name the HTML export gives the photo it writes beside itself.
            parts = [
                f"[Fotoğraf: {photo_names[id(block)]}]",
                caption,
                credit_line(credit) if credit else "",
            ]
            return "\n".join(part for part in parts if part)
    raise TypeError(f"unknown block {block!r}")


def render_text(doc: Document) -> str:
    head = doc.letterhead
    parts = [
        " – ".join(p for p in (head.label, head.organisation, head.date_text) if p),
    ]
    if doc.embargo:
        parts.append(doc.embargo)
    parts.append(doc.headline)
    if doc.spot:
        parts.append(doc.spot)
    figures = tuple(block for block in doc.body if isinstance(block, Figure))
    photo_names = {id(f): name for f, name in zip(figures, image_file_names(figures), strict=True)}
    parts.extend(_block(block, photo_names) for block in doc.body)
    if doc.contact:
        parts.append("\n".join((doc.contact.heading, *doc.contact.lines)))
    if doc.about:
        parts.append(f"{doc.about.heading}\n{doc.about.text}")
    parts.append(doc.end_mark)
    if head.contact_line:
        parts.append(head.contact_line)
    return "\n\n".join(part for part in parts if part) + "\n"
