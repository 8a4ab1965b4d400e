"""Making typed text safe for every output without changing its words.

XML (DOCX, HTML) cannot hold most C0 control characters, lone surrogates
or the non-characters U+FFFE/U+FFFF; reportlab chokes on some of them too.
``clean_text`` maps the few that mean a line break (vertical tab, form
feed, NEL, line/paragraph separators) to "\\n", normalises CR/LF, and removes the
rest. Everything else, right-to-left text and emoji included, stays as typed.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

# A vertical tab is Word's manual line break, a form feed its page break.
_BREAKS = str.maketrans(
    {"\r": "\n", "\x0b": "\n", "\x0c": "\n", "\x85": "\n", "\u2028": "\n", "\u2029": "\n"}
)
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


_LINK_SCHEMES = frozenset({"http", "https", "mailto"})


def safe_href(href: str | None) -> str | None:
    """``href`` if it is an http(s) address with a host or a mailto, else None.

    A refused link keeps its words; only the address stops being clickable.
    """
    if not href:
        return None
    href = " ".join(clean_text(href).split())
    try:
        parts = urlsplit(href)
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    if scheme not in _LINK_SCHEMES or (scheme != "mailto" and not parts.netloc):
        return None
    return href


def paragraphs(text: str) -> list[str]:
    """The non-empty paragraphs of plain text, split on blank lines."""
    return [part.strip() for part in re.split(r"\n\s*\n", clean_text(text)) if part.strip()]
