"""The PDF's page foot: a rule, the organisation's contact line and "Sayfa X / Y".

The page total is unknown while pages are being laid out, and holding pages
back until the end (the usual "numbered canvas") leaves reportlab believing
it is still on page 1 when bookmarks are placed. So each page draws its page
number through a form XObject ("Do") that is only defined once the total is
known, in ``finish``; the page itself is emitted at once, and bookmarks land
on their real pages.

The contact line ("address · telephone · e-mail · web") is never broken
inside one of its parts: it takes one line, or two broken at a " · ", set
smaller (down to 6.5 pt) when that is what it takes; only a line that fits
nowhere is shortened, the address first, so an address never wraps. The
e-mail and web address are link annotations (mailto: and https:) on every
page.
"""

from __future__ import annotations

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from osbpress.render.common import one_line
from osbpress.render.pdf_fonts import SANS, family
from osbpress.render.pdf_styles import MARGIN_BOTTOM, MARGIN_LEFT, MUTED, RULE, TEXT_WIDTH
from osbpress.render.pdf_text import link_spans

FOOTER_SIZE = 8
MIN_FOOTER_SIZE = 6.5
_SIZE_STEP = 0.5
_FOOTER_Y = 1.3 * MARGIN_BOTTOM / 2.4
_GAP = 12
_LEADING = 10
_SEPARATOR = " · "
# The widest page text the footer leaves room for.
_WIDEST_PAGE_TEXT = "Sayfa 999 / 999"


def page_text(number: int, total: int) -> str:
    return f"Sayfa {number} / {total}"


class Footer:
    """Draws the foot of each page as it ends and the page numbers once the last page is done."""

    def __init__(self, contact_line: str) -> None:
        self._font = family(SANS).regular
        reserve = stringWidth(_WIDEST_PAGE_TEXT, self._font, FOOTER_SIZE) + _GAP
        text = one_line(contact_line)
        self._lines, self._size = fit_lines(text, self._font, TEXT_WIDTH - reserve, TEXT_WIDTH)
        self._pages = 0

    @property
    def lines(self) -> list[str]:
        """The contact line as printed: one or two lines, broken between its parts."""
        return self._lines

    @property
    def size(self) -> float:
        """The contact line's font size in points."""
        return self._size

    def draw(self, canvas: Canvas) -> None:
        """The rule, the contact line with its links, and this page's number form."""
        self._pages += 1
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        rule_y = _FOOTER_Y + FOOTER_SIZE + 4
        canvas.line(MARGIN_LEFT, rule_y, MARGIN_LEFT + TEXT_WIDTH, rule_y)
        canvas.setFillColor(MUTED)
        canvas.setFont(self._font, self._size)
        for row, line in enumerate(self._lines):
            y = _FOOTER_Y - row * _LEADING
            canvas.drawString(MARGIN_LEFT, y, line)
            for start, end, href in link_spans(line):
                left = MARGIN_LEFT + stringWidth(line[:start], self._font, self._size)
                right = left + stringWidth(line[start:end], self._font, self._size)
                canvas.linkURL(href, (left, y - 2, right, y + self._size), relative=0, thickness=0)
        canvas.doForm(_form_name(self._pages))
        canvas.restoreState()

    def finish(self, canvas: Canvas) -> None:
        """Define every page's "Sayfa X / Y" form, now that the total is known."""
        total = self._pages
        for number in range(1, total + 1):
            canvas.beginForm(_form_name(number))
            canvas.setFillColor(MUTED)
            canvas.setFont(self._font, FOOTER_SIZE)
            canvas.drawRightString(MARGIN_LEFT + TEXT_WIDTH, _FOOTER_Y, page_text(number, total))
            canvas.endForm()


def _form_name(number: int) -> str:
    return f"osbPageNumber{number}"


def fit_lines(text: str, font: str, first_width: float, width: float) -> tuple[list[str], float]:
    """At most two lines and a font size for ``text``, broken only between its " · " parts.

    The largest size wins that fits ``text`` on one line of ``first_width``
    points, or on two lines (the second ``width`` wide) broken at a
    separator; only when even the smallest size fails is the first part (the
    address) shortened, then the rest.
    """
    parts = text.split(_SEPARATOR)
    size = float(FOOTER_SIZE)
    while size >= MIN_FOOTER_SIZE:
        if _width(text, font, size) <= first_width:
            return [text], size
        for cut in range(len(parts) - 1, 0, -1):
            first, rest = _SEPARATOR.join(parts[:cut]), _SEPARATOR.join(parts[cut:])
            if _width(first, font, size) <= first_width and _width(rest, font, size) <= width:
                return [first, rest], size
        size -= _SIZE_STEP
    size = MIN_FOOTER_SIZE
    lines = [_cut(parts[0], font, size, first_width)]
    if len(parts) > 1:
        lines.append(_cut(_SEPARATOR.join(parts[1:]), font, size, width))
    return lines, size


def _width(text: str, font: str, size: float) -> float:
    # 2,000 characters are wider than any line; measuring more is wasted time.
    return float(stringWidth(text[:2000], font, size))


def _cut(text: str, font: str, size: float, width: float) -> str:
    """``text`` cut with an ellipsis so it fits ``width`` points."""
    if _width(text, font, size) <= width:
        return text
    low, high = 0, min(len(text), 1000)
    while low < high:
        middle = (low + high + 1) // 2
        if stringWidth(text[:middle] + "…", font, size) <= width:
            low = middle
        else:
            high = middle - 1
    return text[:low].rstrip() + "…"
