"""The spot is never missing and never said twice.

When the officer leaves the spot empty and the kind's spot template has
nothing to say (no guest to sign with, no host to meet at), the first
sentence of compose's own lead becomes the spot and the lead goes on from the
second; a release of the "genel" kind takes the first sentence of its first
section. Whatever the spot says, typed or composed, is not said again below
it: a sentence of the lead or of a section that repeats a spot sentence word
for word is left out (only in paragraphs without markup, whose sentences can
be told apart safely).
"""

from __future__ import annotations

import re
from collections.abc import Callable

# A sentence ends at . ! ? … before a space and a capital, a digit or an opening mark.
_BREAK = re.compile(r"(?<=[.!?…])\s+(?=[“\"‘(]?[A-ZÇĞİÖŞÜ0-9])")
# Markup a section body may carry (``compose.markup``): such a paragraph is left alone.
_MARKUP = re.compile(r"[*_\[\]`#>|]|^\s*(?:[-+]|\d+[.)])\s", re.MULTILINE)


def sentences(text: str) -> list[str]:
    return [part.strip() for part in _BREAK.split(" ".join(text.split())) if part.strip()]


def split_first(paragraphs: list[str]) -> tuple[str, list[str]]:
    """The first sentence of ``paragraphs`` and the paragraphs that remain after it."""
    if not paragraphs:
        return "", []
    first, *rest = sentences(paragraphs[0])
    remaining = " ".join(rest)
    return first, ([remaining] if remaining else []) + paragraphs[1:]


def first_plain_sentence(body: str) -> str:
    """The first sentence of a section body whose first paragraph has no markup, or ""."""
    paragraphs = [p for p in re.split(r"\n\s*\n", body) if p.strip()]
    if not paragraphs or _MARKUP.search(paragraphs[0]):
        return ""
    found = sentences(paragraphs[0])
    return found[0] if found else ""


def _key(sentence: str) -> str:
    return " ".join(sentence.split()).casefold()


class Said:
    """The spot's sentences, each to be left out of the body once, where it first recurs."""

    def __init__(self, spot: str, fix: Callable[[str], str]) -> None:
        self._left = {_key(s) for s in sentences(spot)}
        self._fix = fix

    def without(self, paragraph: str) -> str:
        """``paragraph`` without the spot's sentences not yet left out (unless it has markup)."""
        if not self._left or _MARKUP.search(paragraph):
            return paragraph
        found = sentences(paragraph)
        kept = []
        for sentence in found:
            key = _key(self._fix(sentence))
            if key in self._left:
                self._left.discard(key)
            else:
                kept.append(sentence)
        return paragraph if len(kept) == len(found) else " ".join(kept)

    def body_without(self, body: str) -> str:
        """A section body (paragraphs split by blank lines) without the spot's sentences."""
        if not self._left:
            return body
        parts = re.split(r"(\n\s*\n)", body)
        return "".join(p if i % 2 else self.without(p) for i, p in enumerate(parts))
