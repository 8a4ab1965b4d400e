"""Small text rules every renderer shares, so PDF, DOCX and HTML treat odd input alike.

Compose already hands over final text, but a renderer must survive any
``str``: lone surrogates (which no encoder accepts), C0 controls XML cannot
hold, vertical tabs and form feeds typed by a copy-paste from Word. The
functions here make such text safe without changing the words; each renderer
then escapes it for its own format. The quote wrapping and the link-scheme
allow-list live here too, so the formats agree on what a quote looks like and
which links stay clickable.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

# Characters XML 1.0 cannot hold (C0 controls except tab and newline, CR kept
# out as well so line breaks have one spelling), plus U+FFFE/U+FFFF.
_XML_ILLEGAL = re.compile("[\x00-\x08\x0e-\x1f\x7f\ufffe\uffff]")
_SURROGATE = re.compile("[\ud800-\udfff]")
# A vertical tab is Word's manual line break; a form feed its page break.
_LINE_BREAKS = re.compile("\r\n|[\r\x0b\x0c\x85\u2028\u2029]")

_LINK_SCHEMES = frozenset({"http", "https", "mailto"})
_OPENING_QUOTES = ("“", '"', "«", "‘", "'")


def clean_text(text: str) -> str:
    """``text`` with every line break spelled ``\\n`` and nothing XML or UTF-8 cannot carry.

    Lone surrogates become U+FFFD (the replacement character) so the reader
    sees that something was there; other illegal controls are dropped.
    """
    text = _LINE_BREAKS.sub("\n", text)
    text = _SURROGATE.sub("\ufffd", text)
    return _XML_ILLEGAL.sub("", text)


def one_line(text: str) -> str:
    """``clean_text`` with line breaks and tabs turned into spaces (titles, metadata)."""
    return " ".join(clean_text(text).split())


def safe_href(href: str | None) -> str | None:
    """``href`` if it is an http, https or mailto address, else None (the text stays, unlinked)."""
    if not href:
        return None
    href = one_line(href)
    try:
        parts = urlsplit(href)
    except ValueError:
        return None
    if parts.scheme.lower() not in _LINK_SCHEMES:
        return None
    if parts.scheme.lower() != "mailto" and not parts.netloc:
        return None
    return href


def quoted(text: str) -> str:
    """A block quote's text inside typographic quotation marks, unless the officer typed them."""
    if text.lstrip().startswith(_OPENING_QUOTES):
        return text
    return f"“{text}”"


def attribution_line(attribution: str) -> str:
    """The line under a quote naming who said it ("— Ad Soyad, Unvan")."""
    return f"— {attribution}"


def credit_line(credit: str) -> str:
    """The line under a photo naming who took it."""
    return f"Fotoğraf: {credit}"
