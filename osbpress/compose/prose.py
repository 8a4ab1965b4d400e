"""The prose of one release in reading order: headline, spot, lead, sections, quotes, closing.

``write`` fills the fields the officer left empty from the kind's sentence
templates and reads what the officer typed, in the order a reader meets it,
so each organisation and person is named in full once and short after
(``osbpress.compose.mentions``). A headline or heading typed all in capitals or all
in lower case comes out in the house case (``osbpress.compose.typed``). ``Typist``
prepares every piece of typed text for print without changing a word.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from osbpress.cleaning import clean_text, paragraphs
from osbpress.compose.facts import build
from osbpress.compose.headlines import pick
from osbpress.compose.kinds import load_kind
from osbpress.compose.markup import parse
from osbpress.compose.mentions import Mentions
from osbpress.compose.quotes import QuoteWriter
from osbpress.compose.sentences import render
from osbpress.compose.spot import Said, first_plain_sentence, split_first
from osbpress.compose.typed import abbreviations_of, house_headline
from osbpress.document import Block, Heading, Paragraph, Run
from osbpress.model import Profile, Release
from osbpress.turkish import SuffixStyle, headline_case, normalize, sentence_case

# An apostrophe between a word and its suffix, as opposed to a closing quote mark.
_SUFFIX_APOSTROPHE = re.compile(r"(?<=\w)’(?=\w)")


class Typist:
    """Prepares typed text for print in one house style, never changing its words."""

    def __init__(self, apostrophe: str = "’") -> None:
        self._apostrophe = apostrophe

    def fix(self, text: str) -> str:
        text = normalize(clean_text(text))
        if self._apostrophe != "’":
            text = _SUFFIX_APOSTROPHE.sub(self._apostrophe, text)
        return text

    def line(self, text: str) -> str:
        """One line: fixed, with runs of white space (line breaks too) collapsed."""
        return " ".join(self.fix(text).split())

    def paragraphs(self, text: str) -> list[str]:
        return paragraphs(self.fix(text))


class _Writer:
    """Writes one release in reading order, so each name is given in full once.

    The kind's sentence templates fill the fields the officer left empty;
    what the officer typed is read (``observe``) so that a name typed in full
    there is not written in full again below it.
    """

    def __init__(self, release: Release, profile: Profile, typist: Typist) -> None:
        house = profile.style
        self._release = release
        self._profile = profile
        self._typist = typist
        self._kind = load_kind(release.kind)
        self._style = SuffixStyle(
            apostrophe=house.apostrophe, institution_apostrophe=house.institution_apostrophe
        )
        self._title_case = house.headline_case == "title"
        self._keep = abbreviations_of(release, profile)
        # The facts are built once per pass; every text written apart from the
        # reading order (headline, compose's own spot) or afresh only resets
        # who has been named, which is all the state the facts hold.
        self.mentions = Mentions()
        self._facts = build(
            release,
            profile,
            typist.line,
            mentions=self.mentions,
            style=self._style,
            keep=self._keep,
        )

    def _start(self) -> None:
        """Begin the text afresh: nobody named yet."""
        self.mentions.restore()
        self._facts["spot_önerilen"] = False

    def _sentences(self, name: str) -> list[str]:
        where = f"{self._kind.id}/{name}"
        template = self._kind.sentences[name]
        rendered = render(self._style, template, self._facts, where)
        return [sentence_case(self._typist.fix(text)) for text in rendered]

    def headline(self) -> str:
        typed = self._typist.line(self._release.headline)
        if typed:
            return house_headline(typed, self._keep, title_case=self._title_case)
        # The headline is not a mention: it is written apart and counts for nothing.
        suggested = pick(self._apart("headline"))
        return headline_case(suggested) if self._title_case else sentence_case(suggested)

    @property
    def opens_with_sections(self) -> bool:
        """Whether the officer's sections carry the text (the kind asks for them: "genel")."""
        return "sections" in self._kind.fields

    @property
    def abbreviations(self) -> frozenset[str]:
        return self._keep

    def heading(self, text: str) -> str:
        return house_headline(self._typist.line(text), self._keep, title_case=self._title_case)

    def spot_and_lead(self) -> tuple[str, list[str]]:
        typed_spot = "\n".join(self._typist.paragraphs(self._release.spot))
        if typed_spot:
            self.mentions.observe(typed_spot)
            spot = typed_spot
        else:
            spot = " ".join(self._sentences("spot"))
        typed_lead = self._typist.paragraphs(self._release.lead)
        if typed_lead:
            self.mentions.observe("\n".join(typed_lead))
            return spot, typed_lead
        # A spot taken over from the suggestion is still ours: the lead need not repeat it.
        self._facts["spot_önerilen"] = bool(spot) and (not typed_spot or spot == self._own_spot())
        lead = self._sentences("lead") + self._sentences("participants")
        if not spot:
            # The spot is never missing: the lead's first sentence opens the release.
            spot, lead = split_first(lead)
        return spot, lead

    def _own_spot(self) -> str:
        """The spot compose would suggest, written apart from this text's mentions."""
        return " ".join(self._apart("spot"))

    def _apart(self, name: str) -> list[str]:
        """Template ``name`` as it reads with nobody named yet; the text's mentions stay."""
        named, suggested = self.mentions.named(), self._facts["spot_önerilen"]
        self.mentions.restore()
        self._facts["spot_önerilen"] = False
        try:
            return self._sentences(name)
        finally:
            self.mentions.restore(named)
            self._facts["spot_önerilen"] = suggested

    def closing(self) -> list[str]:
        typed = self._typist.paragraphs(self._release.closing)
        return typed or self._sentences("closing")

    def quotes(self, house_style: str) -> QuoteWriter:
        people = self._facts["kişiler"]
        assert isinstance(people, dict)
        return QuoteWriter(
            self._release, house_style, self._typist.fix, people, self._kind.quote_intros
        )


@dataclass(frozen=True)
class Prose:
    """The written parts of a release; ``lead`` and ``closing`` as paragraphs."""

    headline: str
    spot: str
    body: list[Block]
    lead: list[str]
    closing: list[str]
    abbreviations: frozenset[str]
    """The release's abbreviations kept when lower-casing (``typed.abbreviations_of``)."""


def write(release: Release, profile: Profile, typist: Typist) -> Prose:
    """The headline, spot and body blocks (without dateline and photos) of ``release``."""
    writer = _Writer(release, profile, typist)
    headline = writer.headline()
    spot, lead = writer.spot_and_lead()
    bodies = [clean_text(section.body) for section in release.sections]
    if not spot and not lead and not release.spot.strip() and writer.opens_with_sections:
        # A kind with no lead of its own ("genel") opens with its first section's sentence.
        spot = typist.line(next((s for s in map(first_plain_sentence, bodies) if s), ""))
        writer.mentions.observe(spot)
    said = Said(spot, typist.line)
    lead = [text for text in map(said.without, lead) if text]
    quotes = writer.quotes(profile.style.quote_style)
    body: list[Block] = [Paragraph((Run(text),)) for text in lead]
    body.extend(quotes.for_section(None))
    for section, text in zip(release.sections, bodies, strict=True):
        heading = writer.heading(section.heading)
        if heading:
            body.append(Heading(heading))
        text = said.body_without(text)
        blocks = parse(text, typist.fix)
        writer.mentions.observe(text)
        body.extend(blocks)
        body.extend(quotes.for_section(section.id))
    body.extend(quotes.unplaced({s.id for s in release.sections}))
    closing = writer.closing()
    body.extend(Paragraph((Run(text),)) for text in closing)
    return Prose(headline, spot, body, lead, closing, writer.abbreviations)
