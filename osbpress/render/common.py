"""Small text rules every renderer shares, so PDF, DOCX and HTML treat odd input alike.

Compose already hands over final text, but a renderer must survive any
``str``: lone surrogates (which no encoder accepts), C0 controls XML cannot
hold, vertical tabs and form feeds typed by a copy-paste from Word.
``clean_text`` and the link allow-list ``safe_href`` (from ``osbpress.cleaning``,
which compose uses too) make such text safe without changing the words; each
renderer then escapes it for its own format. The quote and credit wording
live here, so the formats agree on what a quote or a photo credit looks like,
and so does ``linked``, which finds the e-mail and web addresses in contact
text so every format makes the same ones clickable.
"""

from __future__ import annotations

import re

from osbpress.cleaning import clean_text, safe_href
from osbpress.document import Figure, Inline, Run, plain

__all__ = [
    "alt_text",
    "attribution_line",
    "clean_text",
    "credit_line",
    "linked",
    "one_line",
    "quoted_paragraphs",
    "safe_href",
]

_OPENING_QUOTES = ("“", '"', "«", "‘", "'")


def one_line(text: str) -> str:
    """``clean_text`` with line breaks and tabs turned into spaces (titles, metadata)."""
    return " ".join(clean_text(text).split())


def quoted_paragraphs(paragraphs: tuple[Inline, ...]) -> tuple[Inline, ...]:
    """A quote's paragraphs with “ before the first and ” after the last, unless typed."""
    if not paragraphs or plain(paragraphs[0]).lstrip().startswith(_OPENING_QUOTES):
        return paragraphs
    first, *rest = paragraphs
    if not rest:
        return ((Run("“"), *first, Run("”")),)
    return ((Run("“"), *first), *rest[:-1], (*rest[-1], Run("”")))


# Punctuation that ends a sentence or closes a bracket or quote after an address.
ADDRESS_TRAILING = ".,;:!?)]”’'\""
# An e-mail address, or a web address with a scheme, "www." or a dotted ASCII
# lower-case name ending in letters ("kahramanmarasosb.org.tr"; "Dr.Ali" is no
# address); a final full stop or comma is the sentence's, not the address's.
_ADDRESS = re.compile(
    # An address starts where a run of its characters starts: tried inside a
    # long word, the pattern would rescan the rest of it from every letter.
    r"(?P<mail>(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+)"
    r"|(?P<web>(?i:https?://|www\.)[^\s<>\"]+"
    r"|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}\b(?:/[^\s<>\"]*)?)"
)


def linked(text: str) -> Inline:
    """``text`` as runs in which each e-mail and web address is a link (mailto:, https:).

    For the contact lines and the footer, where the officer types addresses as
    plain words; an address ``safe_href`` refuses stays plain text.
    """
    runs: list[Run] = []
    at = 0
    for found in _ADDRESS.finditer(text):
        address = found.group().rstrip(ADDRESS_TRAILING)
        if found.group("mail"):
            href = safe_href(f"mailto:{address}")
        elif "://" in address:
            href = safe_href(address)
        else:
            href = safe_href(f"https://{address}")
        if not href:
            continue
        if found.start() > at:
            runs.append(Run(text[at : found.start()]))
        runs.append(Run(address, href=href))
        at = found.start() + len(address)
    if at < len(text) or not runs:
        runs.append(Run(text[at:]))
    return tuple(runs)


def attribution_line(attribution: str) -> str:
    """The line under a quote naming who said it ("— Ad Soyad, Unvan")."""
    return f"— {attribution}"


def credit_line(credit: str) -> str:
    """The line under a photo naming who took it."""
    return f"Fotoğraf: {credit}"


def alt_text(figure: Figure) -> str:
    """What a screen reader says for a photo: its caption, else its credit, else "Fotoğraf"."""
    if one_line(figure.caption):
        return one_line(figure.caption)
    return one_line(credit_line(figure.credit)) if one_line(figure.credit) else "Fotoğraf"
