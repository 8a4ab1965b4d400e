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

import hashlib
import re

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
from osbpress.draftfile import MEDIA_REF_PREFIX, MediaSource
from osbpress.errors import MediaError
from osbpress.facts import build
from osbpress.kinds import load_kind
from osbpress.markup import parse
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
    kind = load_kind(release.kind)
    style = SuffixStyle(
        apostrophe=house.apostrophe, institution_apostrophe=house.institution_apostrophe
    )
    facts = build(release, profile, typist.line)

    def suggest(name: str) -> list[str]:
        where = f"{kind.id}/{name}"
        return [typist.fix(text) for text in render(style, kind.sentences[name], facts, where)]

    headline = typist.line(release.headline)
    if not headline:
        suggested = " ".join(suggest("headline"))
        title_case = house.headline_case == "title"
        headline = headline_case(suggested) if title_case else sentence_case(suggested)
    spot = "\n".join(typist.paragraphs(release.spot)) or " ".join(suggest("spot"))
    lead = typist.paragraphs(release.lead) or suggest("lead") + suggest("participants")
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
    closing = typist.paragraphs(release.closing) or suggest("closing")
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
        if not photo.image.strip():
            if photo.caption.strip() or photo.credit.strip():
                caption = typist.line(photo.caption)[:60]
                raise MediaError(f"{number}. fotoğrafın görseli seçilmemiş (“{caption}”)")
            continue
        if media is None:
            raise MediaError(f"{number}. fotoğraf (“{photo.image}”) okunamıyor: medya kaynağı yok")
        data = media(photo.image)
        # A store reference already is the content hash; don't hash megabytes again.
        reference = photo.image.strip()
        if reference.startswith(MEDIA_REF_PREFIX):
            digest = reference.removeprefix(MEDIA_REF_PREFIX)[:10]
        else:
            digest = hashlib.sha256(data).hexdigest()[:10]
        figures.append(
            Figure(
                data=data,
                name=f"foto-{number:02d}-{digest}",
                caption=typist.line(photo.caption),
                credit=typist.line(photo.credit),
            )
        )
    return figures


def _logo(profile: Profile, media: MediaSource | None) -> bytes | None:
    if not profile.logo.strip():
        return None
    if media is None:
        raise MediaError(f"logo (“{profile.logo}”) okunamıyor: medya kaynağı yok")
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
