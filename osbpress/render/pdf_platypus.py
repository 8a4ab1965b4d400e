"""reportlab's platypus, imported the way the renderer needs it.

``reportlab.platypus.paragraph`` compiles, when imported, a URL pattern
(Django's validator: case-insensitive over most of Unicode) that costs
about 80 ms, half of the first PDF of a fresh process. Platypus tries it on
every word it hyphenates, but only a word holding "://" can match it. Here
platypus is imported with that one pattern left as a :class:`UriPattern`,
which answers such words without compiling and compiles only when a URL is
hyphenated; every other pattern compiles as usual. Platypus also gets the
pure-Python ``sameFrag`` (:func:`same_frag`) in place of rl_accel's slower
C one. The renderer's modules take their platypus names from here, so
whichever of them loads first, the import goes through this path.
"""

from __future__ import annotations

import re
import sys
from functools import cached_property
from typing import Any

__all__ = [
    "BaseDocTemplate",
    "Flowable",
    "Frame",
    "HRFlowable",
    "Image",
    "KeepTogether",
    "LIIndenter",
    "ListFlowable",
    "ListItem",
    "PageTemplate",
    "Paragraph",
    "Spacer",
    "Table",
    "TableStyle",
    "UriPattern",
    "same_frag",
]

# How the pattern starts in reportlab 4 and 5 (platypus/paragraph.py, ``uri_pat``).
_URI_PATTERN_START = "(^(?:[a-z0-9\\.\\-\\+]*)://)"


class UriPattern:
    """reportlab's URL pattern, compiled only for a word that could match it.

    The pattern starts ``^[a-z0-9.+-]*://``: a word without "://" cannot
    match, so it is answered at once; anything else is the compiled pattern's.
    """

    def __init__(self, pattern: str, flags: int) -> None:
        self.pattern, self.flags = pattern, flags

    @cached_property
    def compiled(self) -> re.Pattern[str]:
        return re.compile(self.pattern, self.flags)

    def match(self, string: str, *args: Any) -> re.Match[str] | None:
        if "://" not in string:
            return None
        return self.compiled.match(string, *args)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.compiled, name)


def _import_paragraph() -> None:
    if "reportlab.platypus.paragraph" in sys.modules:
        return
    compile_now = re.compile

    def compile_lazily(pattern: Any, flags: Any = 0) -> Any:
        if isinstance(pattern, str) and pattern.startswith(_URI_PATTERN_START):
            return UriPattern(pattern, int(flags))
        return compile_now(pattern, flags)

    # Only for the length of this import; a thread compiling meanwhile gets
    # compile_now through the wrapper.
    re.compile = compile_lazily
    try:
        import reportlab.platypus.paragraph  # noqa: F401
    finally:
        re.compile = compile_now


def same_frag(f: Any, g: Any) -> bool:
    """reportlab's ``sameFrag`` as its pure-Python version: do two fragments share a style?

    rl_accel's C version looks each attribute up with an exception for every
    missing one: 5-10 µs a call against 2 µs here, and platypus calls it for
    every fragment of every line (a third of the hostile PDF's time). The
    other C accelerators are kept.
    """
    mine, theirs = f.__dict__, g.__dict__
    if "cbDefn" in mine or "lineBreak" in mine or "cbDefn" in theirs or "lineBreak" in theirs:
        return False
    get_mine, get_theirs = mine.get, theirs.get
    return [get_mine(key) for key in _FRAG_STYLE] == [get_theirs(key) for key in _FRAG_STYLE]


# What _py_sameFrag in reportlab.lib.rl_accel compares (reportlab 4 and 5).
_FRAG_STYLE = ("fontName", "fontSize", "textColor", "rise", "us_lines", "link", "backColor", "nobr")

_import_paragraph()
import reportlab.platypus.paragraph as _paragraph  # noqa: E402

_paragraph.sameFrag = same_frag

from reportlab.platypus import (  # noqa: E402
    BaseDocTemplate,
    Flowable,
    Frame,
    HRFlowable,
    Image,
    KeepTogether,
    ListFlowable,
    ListItem,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.flowables import LIIndenter  # noqa: E402
