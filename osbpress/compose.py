"""compose: Release + Profile → Document, the only place that writes prose.

It fills the release kind's sentence templates with the facts, applies the
house style (suffix apostrophes, headline case, quote style), lets every
field the officer filled win over a suggestion, turns section bodies from
light markup into blocks, places quotes in Turkish press style, and puts
the letterhead, contact block and "Hakkında" text into the Document so no
renderer ever needs the model. Every piece of typed text passes through
``Typist`` (characters XML cannot hold removed, typography normalised, the
house apostrophe), none of which changes a word.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from osbpress.cleaning import clean_text, paragraphs
from osbpress.document import (
    About,
    Block,
    ContactBlock,
    Document,
    Figure,
    Heading,
    Letterhead,
    Meta,
    Paragraph,
    Run,
)
from osbpress.errors import MediaError, at_field
from osbpress.facts import build
from osbpress.kinds import load_kind
from osbpress.markup import parse
from osbpress.media import MediaSource, content_digest
from osbpress.model import Contact, Profile, Release
from osbpress.quotes import QuoteWriter
from osbpress.sentences import render
from osbpress.turkish import SuffixStyle, format_date, headline_case, normalize, sentence_case

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


def default_profile(release: Release) -> Profile:
    """A profile made from the release's host, for drafts rendered without one."""
    host = release.event.host
    return Profile(
        name=host.name or host.short_name,
        short_name=host.short_name,
        reading=host.reading,
        city=release.dateline_city,
    )


@dataclass(frozen=True)
class Suggestions:
    """What compose would write into the officer's empty fields.

    ``lead`` and ``closing`` hold paragraphs separated by blank lines, as the
    officer would type them, so taking a suggestion over changes no output.
    """

    headline: str
    spot: str
    lead: str
    closing: str


class _Suggester:
    """The release kind's sentence templates filled with the facts, in the house style."""

    def __init__(self, release: Release, profile: Profile, typist: Typist) -> None:
        house = profile.style
        self._typist = typist
        self._kind = load_kind(release.kind)
        self._style = SuffixStyle(
            apostrophe=house.apostrophe, institution_apostrophe=house.institution_apostrophe
        )
        self._facts = build(release, profile, typist.line)
        self._title_case = house.headline_case == "title"

    def sentences(self, name: str) -> list[str]:
        where = f"{self._kind.id}/{name}"
        template = self._kind.sentences[name]
        return [
            self._typist.fix(text) for text in render(self._style, template, self._facts, where)
        ]

    def headline(self) -> str:
        suggested = " ".join(self.sentences("headline"))
        return headline_case(suggested) if self._title_case else sentence_case(suggested)

    def spot(self) -> str:
        return " ".join(self.sentences("spot"))

    def lead(self) -> list[str]:
        return self.sentences("lead") + self.sentences("participants")


def suggest(release: Release, profile: Profile | None = None) -> Suggestions:
    """The headline, spot, lead and closing compose suggests for ``release``.

    Whatever the officer already typed is ignored here: these are the texts
    an empty field would get (the app shows them as placeholders).
    """
    profile = profile or default_profile(release)
    suggester = _Suggester(release, profile, Typist(profile.style.apostrophe))
    return Suggestions(
        headline=suggester.headline(),
        spot=suggester.spot(),
        lead="\n\n".join(suggester.lead()),
        closing="\n\n".join(suggester.sentences("closing")),
    )


def compose(
    release: Release, profile: Profile | None = None, *, media: MediaSource | None = None
) -> Document:
    """The Document for ``release`` as ``profile`` issues it.

    ``media`` reads photo and logo references; without one, a release with
    photos raises MediaError naming the first photo.
    """
    profile = profile or default_profile(release)
    house = profile.style
    typist = Typist(house.apostrophe)
    suggester = _Suggester(release, profile, typist)

    headline = typist.line(release.headline) or suggester.headline()
    spot = "\n".join(typist.paragraphs(release.spot)) or suggester.spot()
    lead = typist.paragraphs(release.lead) or suggester.lead()
    quotes = QuoteWriter(release, house.quote_style, typist.fix)

    body: list[Block] = [Paragraph((Run(text),)) for text in lead]
    body.extend(quotes.for_section(None))
    for section in release.sections:
        heading = typist.line(section.heading)
        if heading:
            body.append(Heading(heading))
        body.extend(parse(clean_text(section.body), typist.fix))
        body.extend(quotes.for_section(section.id))
    body.extend(quotes.unplaced({s.id for s in release.sections}))
    closing = typist.paragraphs(release.closing) or suggester.sentences("closing")
    body.extend(Paragraph((Run(text),)) for text in closing)
    body = _with_dateline(body, _dateline(release, profile, typist))
    body.extend(_figures(release, media, typist))

    categories = tuple(typist.line(c) for c in release.categories if c.strip())
    event = release.event
    organisations = (
        event.host.short_name or event.host.name,
        event.guest.short_name or event.guest.name,
    )
    return Document(
        meta=Meta(
            title=headline,
            author=typist.line(profile.name),
            subject=" ".join(spot.split())[:300],
            keywords=tuple(
                dict.fromkeys((*categories, *(typist.line(o) for o in organisations if o.strip())))
            ),
        ),
        letterhead=Letterhead(
            organisation=typist.line(profile.name),
            date_text=format_date(release.release_date),
            logo=_logo(profile, media),
            contact_line=" · ".join(
                typist.line(part)
                for part in (profile.address, profile.phone, profile.email, profile.web)
                if part.strip()
            ),
        ),
        headline=headline,
        spot=spot,
        body=tuple(body),
        contact=_contact(release.contact or profile.contact, typist),
        about=_about(profile, typist),
        categories=categories,
        embargo=_embargo(release),
    )


def _dateline(release: Release, profile: Profile, typist: Typist) -> str:
    city = typist.line(release.dateline_city or profile.city)
    date_text = format_date(release.release_date)
    return f"{city}, {date_text} – " if city else f"{date_text} – "


def _with_dateline(body: list[Block], dateline: str) -> list[Block]:
    """``body`` with the dateline opening its first paragraph (or as one, if none)."""
    for index, block in enumerate(body):
        if isinstance(block, Paragraph):
            body[index] = Paragraph((Run(dateline, bold=True), *block.runs))
            return body
    return [Paragraph((Run(dateline.rstrip(" –"), bold=True),)), *body]


def _figures(release: Release, media: MediaSource | None, typist: Typist) -> list[Figure]:
    figures = []
    for number, photo in enumerate(release.photos, start=1):
        field = ("photos", number - 1, "image")
        if not photo.image.strip():
            if photo.caption.strip() or photo.credit.strip():
                caption = typist.line(photo.caption)[:60]
                raise MediaError(
                    f"{number}. fotoğrafın görseli seçilmemiş (“{caption}”)", field=field
                )
            continue
        if media is None:
            raise MediaError(
                f"{number}. fotoğraf (“{photo.image}”) okunamıyor: medya kaynağı yok", field=field
            )
        with at_field(field):
            data = media(photo.image)
        digest = content_digest(photo.image, data)[:10]
        figures.append(
            Figure(
                data=data,
                name=f"foto-{number:02d}-{digest}",
                caption=typist.line(photo.caption),
                credit=typist.line(photo.credit),
                origin=field,
            )
        )
    return figures


def _logo(profile: Profile, media: MediaSource | None) -> bytes | None:
    if not profile.logo.strip():
        return None
    if media is None:
        raise MediaError(f"logo (“{profile.logo}”) okunamıyor: medya kaynağı yok", field=("logo",))
    with at_field(("logo",)):
        return media(profile.logo)


def _contact(contact: Contact, typist: Typist) -> ContactBlock | None:
    if contact.is_empty():
        return None
    who = ", ".join(typist.line(p) for p in (contact.name, contact.title) if p.strip())
    lines = [who] if who else []
    if contact.phone.strip():
        lines.append(f"Tel: {typist.line(contact.phone)}")
    if contact.email.strip():
        lines.append(f"E-posta: {typist.line(contact.email)}")
    return ContactBlock(heading="Ayrıntılı bilgi için:", lines=tuple(lines))


def _about(profile: Profile, typist: Typist) -> About | None:
    text = "\n".join(typist.paragraphs(profile.about))
    if not text:
        return None
    name = typist.line(profile.short_name or profile.name)
    return About(heading=f"{name} Hakkında" if name else "Hakkında", text=text)


def _embargo(release: Release) -> str:
    if release.embargo is None:
        return ""
    when = release.embargo
    return f"AMBARGOLU: {format_date(when.date())}, saat {when:%H.%M} öncesinde yayımlanamaz."
