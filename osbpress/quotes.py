"""Quotes in Turkish press style, or set apart as block quotes.

Inline (the default): "Kahramanmaraş OSB Müdürü Hasan Köse, ziyaretin verimli
geçtiğini belirterek, “… teşekkür ederiz.” dedi." The speaker's title comes
with the first quote only; later quotes name the person alone. Block style
gives a BlockQuote with the speaker as attribution. A quote whose speaker is
not among the participants keeps its words, without a name.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from osbpress.document import Block, BlockQuote, Paragraph, Run
from osbpress.facts import person
from osbpress.model import Quote, Release

_END = (".", "!", "?", "…")


def _sentence_end(text: str) -> str:
    return text if text.endswith(_END) else f"{text}."


class QuoteWriter:
    """Turns a release's quotes into blocks, section by section, remembering who spoke."""

    def __init__(self, release: Release, house_style: str, fix: Callable[[str], str]) -> None:
        self._release = release
        self._house_style = house_style
        self._fix = fix
        self._introduced: set[str] = set()

    def for_section(self, section_id: str | None) -> Iterator[Block]:
        for quote in self._release.quotes:
            if quote.section == section_id:
                yield from self._block(quote)

    def unplaced(self, section_ids: set[str]) -> Iterator[Block]:
        """Quotes pointing at a section that no longer exists: kept, at the end."""
        for quote in self._release.quotes:
            if quote.section is not None and quote.section not in section_ids:
                yield from self._block(quote)

    def _speaker(self, quote: Quote) -> str:
        participant = self._release.participant(quote.speaker)
        if participant is None:
            return ""
        first = participant.id not in self._introduced
        self._introduced.add(participant.id)
        return " ".join(self._fix(str(person(participant, with_title=first))).split())

    def _block(self, quote: Quote) -> Iterator[Block]:
        text = " ".join(self._fix(quote.text).split())
        if text.startswith("“") and text.endswith("”") and len(text) > 1:
            text = text[1:-1].strip()  # the officer typed the marks we add ourselves
        if not text:
            return
        speaker = self._speaker(quote)
        if (quote.style or self._house_style) == "block":
            yield BlockQuote(text, attribution=speaker)
            return
        lead_in = " ".join(self._fix(quote.lead_in).split()).rstrip(",")
        verb = " ".join(self._fix(quote.verb).split()) or "dedi"
        opening = ", ".join(part for part in (speaker, lead_in) if part)
        quoted = f"“{_sentence_end(text)}”"
        if opening:
            yield Paragraph((Run(f"{opening}, {quoted} {_sentence_end(verb)}"),))
        else:
            yield Paragraph((Run(quoted),))
