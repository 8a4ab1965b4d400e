"""Quotes in Turkish press style, or set apart as block quotes.

Inline (the default): "Kahramanmaraş OSB Müdürü Hasan Köse, ziyaretin verimli
geçtiğini belirterek, “… teşekkür ederiz.” dedi." A speaker already named
in the release (in the lead, or by an earlier quote) is named by surname
alone: "Köse, “…” dedi." A speaker's first quote without a lead-in of its
own is introduced as reporting, in the kind's words ("Törende konuşan Köse,
…"), a further speaker with "de/da" ("Demirci de, …"), and quotes left at the default "dedi" vary their verb (dedi, ifadelerini
kullandı, diye konuştu) so that no two in a row end alike. A quotation
inside a quote is set in single marks (‘…’). Only verbs that can follow a
direct quote are printed: "“…” belirtti." becomes "“…” dedi.", "“…” ifade
etti." becomes "“…” ifadelerini kullandı". Block style gives a BlockQuote with the speaker
as attribution. A quote whose speaker is not among the participants (none
chosen, or deleted) keeps its words and is attributed to nobody: "“…”
denildi." (``unattributed`` lists them for the checklist).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping

from osbpress.compose.mentions import Person
from osbpress.document import Block, BlockQuote, Paragraph, Run
from osbpress.model import Quote, Release
from osbpress.turkish import lower, sentence_case
from osbpress.turkish.phonology import sound_of

_END = (".", "!", "?", "…")

# Verbs that can close a direct quote, as they begin.
_QUOTE_VERBS = ("dedi", "diye ", "diyerek ", "ifadelerini ", "sözlerini ", "şeklinde ")
# Verbs that report speech but cannot follow a quote directly, and what replaces them.
_MAPPED = {
    "ifade etti": "ifadelerini kullandı",
    "ifadelerini kullandı": "ifadelerini kullandı",
    "konuştu": "diye konuştu",
    "ekledi": "diye ekledi",
    "sordu": "diye sordu",
}


# The verbs a quote left at the default "dedi" takes by turns.
_VARIED = ("dedi", "ifadelerini kullandı", "diye konuştu")


def _inner_quotes(text: str) -> str:
    """Double marks inside a quote become single ones: “… ‘Gelecek’ dedik …”."""
    return text.replace("“", "‘").replace("”", "’")


def _too(name: str) -> str:
    """``name`` with the clitic "de/da" in harmony: "Demirci de", "Kara da"."""
    words = name.split()
    sound = sound_of(lower(words[-1])) if words else None
    return f"{name} {'de' if sound is None or sound.front else 'da'}"


def quote_verb(typed: str) -> str:
    """A verb that can follow a direct quote: the typed one, its mapping, or "dedi"."""
    verb = " ".join(typed.split()).rstrip(".")
    key = lower(verb)
    if not key:
        return "dedi"
    if key in _MAPPED:
        return _MAPPED[key]
    if key == "dedi" or key.startswith(_QUOTE_VERBS):
        return verb
    return "dedi"


def _sentence_end(text: str) -> str:
    return text if text.endswith(_END) else f"{text}."


def unattributed(release: Release) -> list[str]:
    """Ids of quotes with words but no speaker among the participants (none, or deleted)."""
    ids = {p.id for p in release.participants}
    return [q.id for q in release.quotes if q.text.strip() and q.speaker not in ids]


class QuoteWriter:
    """Turns a release's quotes into blocks, section by section.

    ``people`` are the participants as mentions shared with the rest of the
    release, so a speaker's title comes once in the whole text.
    """

    def __init__(
        self,
        release: Release,
        house_style: str,
        fix: Callable[[str], str],
        people: Mapping[str, Person],
        intros: tuple[str, ...] = (),
    ) -> None:
        self._release = release
        self._house_style = house_style
        self._fix = fix
        self._people = people
        self._intros = intros
        self._introduced: set[str] = set()
        self._verbs: list[str] = []

    def for_section(self, section_id: str | None) -> Iterator[Block]:
        for quote in self._release.quotes:
            if quote.section == section_id:
                yield from self._block(quote)

    def unplaced(self, section_ids: set[str]) -> Iterator[Block]:
        """Quotes pointing at a section that no longer exists: kept, at the end."""
        for quote in self._release.quotes:
            if quote.section is not None and quote.section not in section_ids:
                yield from self._block(quote)

    def _line(self, text: str) -> str:
        return " ".join(self._fix(text).split())

    def _block(self, quote: Quote) -> Iterator[Block]:
        text = self._line(quote.text)
        if text.startswith("“") and text.endswith("”") and len(text) > 1:
            text = text[1:-1].strip()  # the officer typed the marks we add ourselves
        if not text:
            return
        text = _inner_quotes(sentence_case(text))  # a direct quote opens with a capital
        speaker = self._people.get(quote.speaker)
        if (quote.style or self._house_style) == "block":
            attribution = ""
            if speaker is not None:
                first = str(speaker)
                attribution = first if " " in first else speaker.name
            yield BlockQuote(text, attribution=attribution)
            return
        quoted = f"“{_sentence_end(text)}”"
        if speaker is None:
            yield Paragraph((Run(f"{quoted} denildi."),))
            return
        lead_in = self._line(quote.lead_in).rstrip(",").rstrip()
        new_speaker = quote.speaker not in self._introduced
        intro = self._intro(quote.speaker)
        intro = "" if lead_in else intro  # a lead-in of the officer's introduces it already
        named = f"{intro} {speaker}" if intro else str(speaker)
        if new_speaker and not intro and not lead_in and len(self._introduced) > 1 and self._intros:
            named = _too(named)  # a further speaker: "Demirci de, “…” dedi."
        opening = ", ".join(part for part in (named, lead_in) if part)
        verb = self._verb(quote_verb(quote.verb), intro)
        yield Paragraph((Run(f"{opening}, {quoted} {_sentence_end(verb)}"),))

    def _intro(self, speaker: str) -> str:
        """The kind's introduction for the first speaker's first quote, "" after it."""
        if speaker in self._introduced:
            return ""
        self._introduced.add(speaker)
        if not self._intros or len(self._introduced) > 1:
            return ""
        return self._intros[0]

    def _verb(self, verb: str, intro: str) -> str:
        """``verb``, or for the default "dedi" one that the quote before did not end with."""
        if verb == "dedi":
            previous = self._verbs[-1] if self._verbs else ""
            verb = next(
                v
                for v in (*_VARIED[len(self._verbs) % 3 :], *_VARIED)
                if v != previous and not (v == "diye konuştu" and "konuş" in intro)
            )
        self._verbs.append(verb)
        return verb
