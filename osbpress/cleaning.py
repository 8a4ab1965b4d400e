"""Making typed text safe for every output without changing its words.

XML (DOCX, HTML) cannot hold most C0 control characters, lone surrogates
or the non-characters U+FFFE/U+FFFF; reportlab chokes on some of them too.
``clean_text`` maps the few that mean a line break (vertical tab, form
feed, line/paragraph separators) to "\\n", normalises CR/LF, and removes the
rest. Everything else, right-to-left text and emoji included, stays as typed.
"""

from __future__ import annotations

import re

_BREAKS = str.maketrans({"\r": "\n", "\x0b": "\n", "\x0c": "\n", "\u2028": "\n", "\u2029": "\n"})
_ILLEGAL = re.compile("[\x00-\x08\x0e-\x1f\x7f\ufffe\uffff]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def replace_surrogates(text: str) -> str:
    """``text`` with lone surrogates (unsavable as UTF-8) replaced by U+FFFD."""
    return _SURROGATE.sub("\ufffd", text)


def clean_text(text: str) -> str:
    """``text`` with line breaks normalised and characters XML cannot hold removed."""
    text = text.replace("\r\n", "\n").translate(_BREAKS)
    text = _ILLEGAL.sub("", text)
    return replace_surrogates(text)


def paragraphs(text: str) -> list[str]:
    """The non-empty paragraphs of plain text, split on blank lines."""
    return [part.strip() for part in re.split(r"\n\s*\n", clean_text(text)) if part.strip()]
