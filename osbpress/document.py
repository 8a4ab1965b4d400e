"""The Document: the block tree every renderer reads, and nothing else.

``compose`` builds it from a Release and a Profile; ``render_pdf``,
``render_docx``, ``render_html`` and ``render_text`` read only this tree, so
the four outputs cannot disagree about content. The letterhead, the contact
block and the "Hakkında" text are part of the tree, so a renderer never needs
the model. Text in the tree is final: Turkish grammar applied, typography
normalised, characters XML cannot hold already removed; renderers escape it
for their format but never change the words.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import cached_property


@dataclass(frozen=True)
class Run:
    """A stretch of inline text with one look; ``href`` makes it a link.

    ``text`` may contain "\n", a line break inside the paragraph (render it
    as <br>, a Word line break, or a new line in the PDF).
    """

    text: str
    bold: bool = False
    italic: bool = False
    href: str | None = None


Inline = tuple[Run, ...]


def plain(runs: Inline) -> str:
    """The text of a run sequence without its formatting."""
    return "".join(run.text for run in runs)


@dataclass(frozen=True)
class Heading:
    """A section subheading; ``level`` 1 is a section, 2 a subsection."""

    text: str
    level: int = 1


@dataclass(frozen=True)
class Paragraph:
    runs: Inline


@dataclass(frozen=True, init=False)
class BlockQuote:
    """A quote set apart from the text, with who said it: one or more paragraphs of runs.

    ``BlockQuote("Söz.", attribution="Ad Soyad")`` makes a one-paragraph plain
    quote (what compose writes for a speaker's quote); a ``>`` quote in a
    section body passes its paragraphs, links and emphasis kept.
    """

    paragraphs: tuple[Inline, ...]
    attribution: str = ""

    def __init__(self, paragraphs: str | Sequence[Inline], attribution: str = "") -> None:
        if isinstance(paragraphs, str):
            paragraphs = ((Run(paragraphs),),)
        object.__setattr__(self, "paragraphs", tuple(map(tuple, paragraphs)))
        object.__setattr__(self, "attribution", attribution)

    @property
    def text(self) -> str:
        """The quote's words without formatting, paragraphs separated by a blank line."""
        return "\n\n".join(plain(runs) for runs in self.paragraphs)


@dataclass(frozen=True)
class ListBlock:
    """A bulleted or numbered list; ``items`` holds each entry's own words.

    ``sublists`` (empty, or one entry per item) holds the lists nested under
    each item, so "- üst" followed by "  - alt" stays two levels in every format.
    """

    items: tuple[Inline, ...]
    ordered: bool = False
    sublists: tuple[tuple[ListBlock, ...], ...] = ()

    def entries(self) -> Iterator[tuple[Inline, tuple[ListBlock, ...]]]:
        """Each item's runs with the lists nested under it."""
        for index, runs in enumerate(self.items):
            yield runs, self.sublists[index] if index < len(self.sublists) else ()

    def words(self) -> Iterator[Inline]:
        """Every item's runs, nested ones included, in reading order."""
        for runs, nested in self.entries():
            yield runs
            for sublist in nested:
                yield from sublist.words()


@dataclass(frozen=True)
class Figure:
    """A photo: the image bytes as given, a stable ``name`` (file stem), caption, credit.

    ``origin`` is where the photo sits in the release (``("photos", 0,
    "image")``), so a renderer's error about it can say which field to fix.
    """

    data: bytes
    name: str
    caption: str = ""
    credit: str = ""
    origin: tuple[str | int, ...] = ()

    @cached_property
    def digest(self) -> bytes:
        """SHA-256 of ``data``, computed once: the image caches' key in every format."""
        return hashlib.sha256(self.data).digest()


Block = Heading | Paragraph | BlockQuote | ListBlock | Figure


@dataclass(frozen=True)
class Letterhead:
    organisation: str
    label: str = "BASIN BÜLTENİ"
    date_text: str = ""
    logo: bytes | None = None
    contact_line: str = ""


@dataclass(frozen=True)
class ContactBlock:
    """The press contact: ``heading`` ("Ayrıntılı bilgi için:") then one line per item."""

    heading: str
    lines: tuple[str, ...]


@dataclass(frozen=True)
class About:
    heading: str
    text: str


@dataclass(frozen=True)
class Meta:
    title: str
    author: str = ""
    subject: str = ""
    keywords: tuple[str, ...] = ()
    lang: str = "tr-TR"
    created: dt.datetime | None = None
    # Names, titles, organisations and places from the facts: never hyphenated in print.
    proper_names: tuple[str, ...] = ()


@dataclass(frozen=True)
class Document:
    """A whole release: letterhead, headline, spot, body blocks, contact, about, end mark.

    The dateline ("Kahramanmaraş, 24 Kasım 2024 –") is the first run of the
    first body paragraph, so every format shows it in the same place.
    """

    meta: Meta
    letterhead: Letterhead
    headline: str
    spot: str = ""
    body: tuple[Block, ...] = ()
    contact: ContactBlock | None = None
    about: About | None = None
    end_mark: str = "-SON-"
    categories: tuple[str, ...] = field(default_factory=tuple)
    embargo: str = ""
