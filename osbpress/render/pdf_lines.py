"""A paragraph whose lines are balanced: the headline never ends on one short word.

reportlab fills each line as far as it goes, so a two-line headline often
leaves one word alone on its last line. ``BalancedParagraph`` keeps the number
of lines reportlab needs at the full width but sets them in the narrowest
width that still needs no more, the way an editor rebreaks a headline by
hand (CSS calls it ``text-wrap: balance``); centred, the lines then come out
about equally long. Only short paragraphs are balanced, since each trial is
a full line-breaking pass.
"""

from __future__ import annotations

from typing import Any

from osbpress.render.pdf_platypus import Paragraph

# Longer text is not a headline an editor would balance (and hostile input
# must not cost a dozen line-breaking passes).
_MAX_BALANCED_CHARACTERS = 400
_MAX_BALANCED_LINES = 5
_TRIALS = 10


class BalancedParagraph(Paragraph):  # type: ignore[misc]
    """A Paragraph set in the narrowest width that needs no more lines than the full width."""

    def __init__(self, text: str | None, *args: Any, **kwargs: Any) -> None:
        super().__init__(text, *args, **kwargs)
        # The pieces of a split paragraph (text None) keep reportlab's breaks.
        self._balanced = text is not None and len(text) <= _MAX_BALANCED_CHARACTERS

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        width, height = super().wrap(available_width, available_height)
        lines = _line_count(self)
        if not self._balanced or not 2 <= lines <= _MAX_BALANCED_LINES:
            return width, height
        low, high = available_width / 2, available_width
        for _ in range(_TRIALS):
            middle = (low + high) / 2
            super().wrap(middle, available_height)
            if _line_count(self) > lines:
                low = middle
            else:
                high = middle
        # The frame centres a flowable narrower than the column (hAlign).
        self.hAlign = "CENTER"
        return super().wrap(high, available_height)  # type: ignore[no-any-return]


def _line_count(paragraph: Paragraph) -> int:
    return len(paragraph.blPara.lines)
