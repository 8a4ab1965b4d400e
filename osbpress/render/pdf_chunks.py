"""Very long paragraphs cut into pieces reportlab can lay out in linear time.

reportlab breaks a paragraph into lines in one pass over all its text, and
when the paragraph runs onto the next page it breaks the whole remainder
again, page after page: a 60 kB paragraph (pasted by mistake, or hostile)
costs twenty full passes, and a release with such text in every field took
minutes. ``chunked`` walks the story (into KeepTogether groups and list
items, through reportlab's ``_content`` lists, which have no public setter)
and replaces each paragraph longer than ``LONG_PARAGRAPH`` with consecutive
paragraphs of about ``CHUNK_CHARACTERS``, cut at a
line break where there is one, else at a space, else anywhere. They print as
one paragraph would, except that the line before each cut is not justified.
Releases an officer writes have no paragraph that long and are untouched.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.styles import ParagraphStyle

from osbpress.render.pdf_platypus import (
    Flowable,
    KeepTogether,
    LIIndenter,
    ListFlowable,
    Paragraph,
    same_frag,
)

# Paragraphs longer than a page and a third of body text are cut ...
LONG_PARAGRAPH = 6000
# ... into pieces of about a third of a page: each piece that runs over a page
# end is broken into lines twice more, so small pieces keep that extra small.
CHUNK_CHARACTERS = 1200


def chunked(story: list[Flowable]) -> list[Flowable]:
    """``story`` with every over-long paragraph (also in a KeepTogether or list) cut into pieces."""
    out: list[Flowable] = []
    for flowable in story:
        if isinstance(flowable, KeepTogether):
            content = list(flowable._content)
            pieces = chunked(content)
            if len(pieces) == len(content):
                out.append(flowable)
            else:
                # Text that long cannot be kept on one page; measuring it all
                # first to find that out would cost another pass.
                out.extend(pieces)
        elif isinstance(flowable, ListFlowable):
            # _content is a property over _list_content, built on first read.
            flowable._list_content = _list_content(flowable._content)
            out.append(flowable)
        elif isinstance(flowable, Paragraph):
            out.extend(_pieces(flowable))
        else:
            out.append(flowable)
    return out


def _list_content(content: list[Flowable]) -> list[Flowable]:
    """A ListFlowable's indented items with long paragraphs cut; the bullet stays on the first piece."""
    out: list[Flowable] = []
    for item in content:
        if not isinstance(item, LIIndenter):
            out.append(item)
            continue
        inner = chunked([item._flowable])
        if len(inner) == 1:
            item._flowable = inner[0]
            out.append(item)
            continue
        for number, piece in enumerate(inner):
            spacing: dict[str, Any] = {}
            if number == 0 and "spaceBefore" in item.__dict__:
                spacing["spaceBefore"] = item.spaceBefore
            if number == len(inner) - 1 and "spaceAfter" in item.__dict__:
                spacing["spaceAfter"] = item.spaceAfter
            bullet = item._bullet if number == 0 else None
            out.append(
                LIIndenter(piece, item._leftIndent, item._rightIndent, bullet=bullet, **spacing)
            )
    return out


def _pieces(paragraph: Paragraph) -> list[Flowable]:
    frags = paragraph.frags
    if sum(len(getattr(frag, "text", "")) for frag in frags) <= LONG_PARAGRAPH:
        return [paragraph]
    groups = _cut(_merged(frags))
    style = paragraph.style
    pieces: list[Flowable] = []
    for number, group in enumerate(groups):
        first, last = number == 0, number == len(groups) - 1
        piece = Paragraph(None, _piece_style(style, first, last), frags=group)
        if first:
            # A bookmark (pdf_story.outlined) belongs where the text starts.
            for name in ("outline_title", "outline_level"):
                if hasattr(paragraph, name):
                    setattr(piece, name, getattr(paragraph, name))
        pieces.append(piece)
    return pieces


def _merged(frags: list[Any]) -> list[Any]:
    """Adjacent frags of the same look joined into one.

    reportlab's parser makes a frag of every entity ("&amp;", "&lt;"), and
    its line breaking is several times slower per word over many frags than
    over one; escaped typed text has an entity for every & and <.
    """
    runs: list[tuple[Any, list[str]]] = []
    for frag in frags:
        if runs and _joinable(runs[-1][0]) and _joinable(frag) and same_frag(runs[-1][0], frag):
            runs[-1][1].append(frag.text)
        else:
            runs.append((frag, [getattr(frag, "text", "")]))
    return [frag if len(texts) == 1 else frag.clone(text="".join(texts)) for frag, texts in runs]


def _joinable(frag: Any) -> bool:
    return not getattr(frag, "lineBreak", False) and not hasattr(frag, "cbDefn")


def _piece_style(style: ParagraphStyle, first: bool, last: bool) -> ParagraphStyle:
    options: dict[str, Any] = {}
    if not first:
        options["spaceBefore"] = 0
    if not last:
        # keepWithNext on every piece would glue them all into one unsplittable block.
        options.update(spaceAfter=0, keepWithNext=0)
    return ParagraphStyle(style.name, parent=style, **options) if options else style


def _cut(frags: list[Any]) -> list[list[Any]]:
    """The frags in groups of about CHUNK_CHARACTERS characters."""
    groups: list[list[Any]] = []
    current: list[Any] = []
    size = 0
    pending = list(frags)
    pending.reverse()
    while pending:
        frag = pending.pop()
        text = getattr(frag, "text", "")
        if getattr(frag, "lineBreak", False) and size >= CHUNK_CHARACTERS / 2:
            # A new paragraph starts a new line: the break itself is not needed.
            groups.append(current)
            current, size = [], 0
            continue
        room = CHUNK_CHARACTERS - size
        if len(text) <= room:
            current.append(frag)
            size += len(text)
            continue
        if current and room < CHUNK_CHARACTERS // 4:
            groups.append(current)
            current, size = [], 0
            pending.append(frag)
            continue
        at = _cut_point(text, room)
        head, tail = text[:at], text[at:].lstrip(" ")
        if head:
            current.append(frag.clone(text=head))
        groups.append(current)
        current, size = [], 0
        if tail:
            pending.append(frag.clone(text=tail))
    if current:
        groups.append(current)
    return [group for group in groups if group]


def _cut_point(text: str, room: int) -> int:
    """Where to cut ``text`` so the head has at most ``room`` characters: at a space if possible."""
    room = max(room, 1)
    space = text.rfind(" ", 0, room + 1)
    return space if space > room // 2 else room
