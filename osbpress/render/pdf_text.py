"""Where the PDF's lines may break, and which words in plain text are links.

An editor never lets a line end inside "24 Kasım 2024’te", "Sayfa 1 / 2" or
"0 (344) 000 00 01", and never hyphenates a proper name: ``no_break`` joins
the first kind with no-break spaces (reportlab keeps such a run on one line
and still stretches it when justifying), and ``hyphenator`` refuses the words
of the names compose lists in ``Meta.proper_names``. ``hyphenator`` also
refuses words longer than any Turkish word: reportlab tries every break a
hyphenator offers with a width measurement each, once per line, so a
5,000-letter word took minutes; refused, such a word is cut by characters by
reportlab's own ``splitLongWords`` in linear time.

``link_spans`` finds the e-mail addresses and web addresses in a contact
line, so the PDF can make them clickable (mailto: and https: links).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache

from osbpress.render.common import ADDRESS_TRAILING, linked
from osbpress.turkish import reportlab_hyphenator

NBSP = "\u00a0"
# No Turkish word in the TDK dictionary comes near this; longer runs of letters
# are noise (a pasted hash, a held-down key) and are cut by characters instead.
MAX_HYPHENATED_LETTERS = 40
# A name part this long also guards its suffixed forms ("Müdürü" -> "Müdürünün").
_PREFIX_LETTERS = 4

_MONTHS = "Ocak|Şubat|Mart|Nisan|Mayıs|Haziran|Temmuz|Ağustos|Eylül|Ekim|Kasım|Aralık"
# "24 Kasım 2024’te", "3-4 Mayısta" (no apostrophe after a month name), "Mart 2025"
_DATE_RE = re.compile(
    rf"\b\d{{1,2}}(?:[-–]\d{{1,2}})? (?:{_MONTHS})\w*(?: \d{{4}}\b)?|\b(?:{_MONTHS}) \d{{4}}\b"
)
_PAGE_RE = re.compile(r"\bSayfa \d+ / \d+")
# 0 (344) 000 00 01, 0344 236 00 00, +90 344 236 00 00, (0344) 236 0000
_PHONE_RE = re.compile(
    r"(?<![\w+])(?:\+\d{1,3} )?(?:0 ?)?(?:\(\d{3,4}\)|\d{3,4})(?: \d{2,4}){2,4}(?![\w])"
)

Hyphenator = Callable[[str], list[tuple[str, str]]]


def no_break(text: str) -> str:
    """``text`` with no-break spaces inside dates, "Sayfa X / Y" and phone numbers."""
    if " " not in text:
        return text
    for pattern in (_DATE_RE, _PAGE_RE, _PHONE_RE):
        text = pattern.sub(_joined, text)
    return text


def _joined(match: re.Match[str]) -> str:
    return match.group(0).replace(" ", NBSP)


def hyphenator(proper_names: Iterable[str] = ()) -> Hyphenator:
    """reportlab's ``hyphenationLang`` callable: Turkish syllables, never a name or an over-long word."""
    return _hyphenator(frozenset(_name_parts(proper_names)))


def _name_parts(proper_names: Iterable[str]) -> Iterable[str]:
    for name in proper_names:
        for part in re.split(r"[\s\-–/’'()]+", name):
            part = part.strip(ADDRESS_TRAILING)
            if part[:1].isupper():
                yield part


@lru_cache(maxsize=32)
def _hyphenator(parts: frozenset[str]) -> Hyphenator:
    prefixes = tuple(part for part in parts if len(part) >= _PREFIX_LETTERS)

    def hyphenate(word: str) -> list[tuple[str, str]]:
        if len(word) > MAX_HYPHENATED_LETTERS:
            return []
        if word[:1].isupper() and (word in parts or word.startswith(prefixes)):
            return []
        return reportlab_hyphenator(word)

    return hyphenate


def link_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, href) of each e-mail and web address in ``text`` that is safe to link.

    The addresses ``common.linked`` finds, so the PDF links what DOCX and HTML link.
    """
    spans: list[tuple[int, int, str]] = []
    at = 0
    for run in linked(text):
        if run.href:
            spans.append((at, at + len(run.text), run.href))
        at += len(run.text)
    return spans
