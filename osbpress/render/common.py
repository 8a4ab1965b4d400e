"""Small text rules every renderer shares, so PDF, DOCX and HTML treat odd input alike.

Compose already hands over final text, but a renderer must survive any
``str``: lone surrogates (which no encoder accepts), C0 controls XML cannot
hold, vertical tabs and form feeds typed by a copy-paste from Word.
``clean_text`` and the link allow-list ``safe_href`` (from ``osbpress.cleaning``,
which compose uses too) make such text safe without changing the words; each
renderer then escapes it for its own format. The quote and credit wording
live here, so the formats agree on what a quote or a photo credit looks like.
"""

from __future__ import annotations

from osbpress.cleaning import clean_text, safe_href

__all__ = ["attribution_line", "clean_text", "credit_line", "one_line", "quoted", "safe_href"]

_OPENING_QUOTES = ("“", '"', "«", "‘", "'")


def one_line(text: str) -> str:
    """``clean_text`` with line breaks and tabs turned into spaces (titles, metadata)."""
    return " ".join(clean_text(text).split())


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
