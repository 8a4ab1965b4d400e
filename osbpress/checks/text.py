"""Splitting Turkish text into words and sentences, and the word lists rules share.

Sentence splitting here is for counting and for looking at a sentence's
last word, not for print: a sentence ends at . ! ? or … followed by white
space or the end, except after a short title or an initial (Dr., Prof., A.).
Word lists live in ``resources/data/kontrol-sozcukleri.toml`` so an editor can extend
them without touching code.
"""

from __future__ import annotations

import re
import tomllib
from functools import cache
from typing import Any

from osbpress.resources import resource
from osbpress.turkish import fold

WORD = re.compile(r"[^\W\d_]+(?:[’'][^\W\d_]+)?")
_SENTENCE_END = re.compile(r"(?<=[.!?…])[”’\")]*\s+")
_ABBREVIATED = re.compile(
    r"(?:\b[^\W\d_]|Dr|Prof|Doç|Av|Müh|Uzm|Öğr|Gör|Arş|Sn|Op|Yrd|vb|vs|bkz)\.$"
)


def words(text: str) -> list[str]:
    """The words of ``text``: letters, with a suffix after an apostrophe kept on (OSB’yi)."""
    return WORD.findall(text)


def sentences(text: str) -> list[str]:
    """The sentences of ``text`` (blank lines end a sentence too), stripped, none empty."""
    found: list[str] = []
    for block in re.split(r"\n\s*\n", text):
        pending = ""
        for piece in _SENTENCE_END.split(block.strip()):
            pending = f"{pending} {piece}" if pending else piece
            if not _ABBREVIATED.search(pending.rstrip('”’")')):
                found.append(" ".join(pending.split()))
                pending = ""
        if pending:
            found.append(" ".join(pending.split()))
    return [sentence for sentence in found if words(sentence)]


@cache
def word_lists() -> dict[str, Any]:
    """The contents of ``resources/data/kontrol-sozcukleri.toml``."""
    with resource("data/kontrol-sozcukleri.toml").open("rb") as stream:
        return tomllib.load(stream)


@cache
def folded_list(name: str) -> tuple[str, ...]:
    """The word list ``name`` from ``kontrol-sozcukleri.toml``, each entry folded for matching."""
    return tuple(fold(entry) for entry in word_lists()[name])
