"""What every rule sees: the release, the profile, the composed Document, the typed fields.

Rules about the output (length, paragraphs, the lead) read the Document that
``compose`` makes, built once per check and shared; rules about what the
officer typed read the release's own fields, so a finding points at the
field to edit. Composing here never needs media: photos and the logo are
left out (the photo rules read the release's photos themselves). A caller
that already composed the release (the app's preview) passes its Document
instead; rules read only its words, which photos and the logo do not change.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cached_property

from osbpress.compose import compose, default_profile, load_kind
from osbpress.document import BlockQuote, Document, Heading, ListBlock, Paragraph, plain
from osbpress.errors import FieldPath, OsbPressError
from osbpress.model import Contact, Profile, Release
from osbpress.turkish import fold

MediaLookup = Callable[[str], bytes | None]
"""Bytes of a photo reference, or None when they cannot be had (pixel checks skip it)."""

_QUOTED = re.compile(r"“[^“”]*”|\"[^\"]*\"")


@dataclass(frozen=True)
class TextField:
    """One field the officer typed: where it is, its text, and whether it is someone's words."""

    field: FieldPath
    text: str
    quote: bool = False


def outside_quotes(text: str) -> str:
    """``text`` with everything inside “ ” (or straight double quotes) blanked out.

    Blanking keeps every other character at its offset, so a match found in
    the result can be quoted from ``text``.
    """
    return _QUOTED.sub(lambda match: " " * len(match.group(0)), text)


class Context:
    """One check's inputs and what is derived from them, computed once on first use."""

    def __init__(
        self,
        release: Release,
        profile: Profile | None = None,
        *,
        today: dt.date | None = None,
        media: MediaLookup | None = None,
        document: Document | None = None,
    ) -> None:
        self.release = release
        self.profile = profile or default_profile(release)
        self.today = today or dt.date.today()
        self.media = media
        self._composed = document
        self._compose_error: OsbPressError | None = None
        self._folded: dict[str, str] = {}

    @cached_property
    def document(self) -> Document | None:
        """The release as compose writes it (no photos, no logo, unless the caller's
        Document has them); None if compose refused."""
        if self._composed is not None:
            return self._composed
        release = self.release.model_copy(update={"photos": []})
        profile = self.profile.model_copy(update={"logo": ""})
        try:
            return compose(release, profile)
        except OsbPressError as error:
            self._compose_error = error
            return None

    def fold(self, text: str) -> str:
        """``osbpress.turkish.fold(text)``, each text folded once per check: several
        rules search the same fields, and folding a long release is slow."""
        folded = self._folded.get(text)
        if folded is None:
            folded = self._folded[text] = fold(text)
        return folded

    @cached_property
    def kind_fields(self) -> frozenset[str]:
        """The fields the release's kind asks the officer for ("event.when", "headline")."""
        try:
            return frozenset(load_kind(self.release.kind).fields)
        except OsbPressError:
            return frozenset()

    @property
    def compose_error(self) -> OsbPressError | None:
        _ = self.document
        return self._compose_error

    @cached_property
    def contact(self) -> Contact:
        """The press contact printed: the release's own, or the profile's (as compose does)."""
        return self.release.contact or self.profile.contact

    @cached_property
    def fields(self) -> tuple[TextField, ...]:
        """Every prose field the officer typed, in the order the release reads."""
        release = self.release
        found = [
            TextField(("headline",), release.headline),
            TextField(("spot",), release.spot),
            TextField(("lead",), release.lead),
            TextField(("event", "purpose"), release.event.purpose),
        ]
        for index, section in enumerate(release.sections):
            found.append(TextField(("sections", index, "heading"), section.heading))
            found.append(TextField(("sections", index, "body"), section.body))
        for index, quote in enumerate(release.quotes):
            found.append(TextField(("quotes", index, "lead_in"), quote.lead_in))
            found.append(TextField(("quotes", index, "text"), quote.text, quote=True))
        found.append(TextField(("closing",), release.closing))
        for index, photo in enumerate(release.photos):
            found.append(TextField(("photos", index, "caption"), photo.caption))
        return tuple(field for field in found if field.text.strip())

    def prose(self) -> Iterator[TextField]:
        """The typed fields in the release's own voice: quotes' words left out, and
        anything inside quotation marks blanked (see ``outside_quotes``)."""
        for field in self.fields:
            if not field.quote:
                yield TextField(field.field, outside_quotes(field.text))

    @cached_property
    def body_texts(self) -> tuple[str, ...]:
        """The composed body as plain texts, one per block, without the dateline."""
        document = self.document
        if document is None:
            return ()
        texts = []
        dateline = True
        for block in document.body:
            if isinstance(block, Paragraph):
                runs = block.runs
                if dateline and runs and runs[0].bold:
                    runs = runs[1:]  # the dateline opens the first paragraph
                dateline = False
                texts.append(plain(runs))
            elif isinstance(block, Heading | BlockQuote):
                texts.append(block.text)
            elif isinstance(block, ListBlock):
                texts.extend(plain(item) for item in block.words())
        return tuple(text for text in texts if text.strip())

    @cached_property
    def lead_text(self) -> str:
        """The composed lead: the first body paragraph without its dateline."""
        document = self.document
        if document is None:
            return ""
        for block in document.body:
            if isinstance(block, Paragraph):
                runs = block.runs[1:] if block.runs and block.runs[0].bold else block.runs
                return plain(runs)
        return ""
