"""compose: Release + Profile → Document, the only place that writes prose.

It fills the release kind's sentence templates with the facts, applies the
house style (suffix apostrophes, headline case, quote style), lets every
field the officer filled win over a suggestion, turns section bodies from
light markup into blocks, places quotes in Turkish press style, and puts
the letterhead, contact block and "Hakkında" text into the Document so no
renderer ever needs the model. Every piece of typed text passes through
``clean_text`` (characters XML cannot hold) and the typography normaliser,
neither of which changes a word.
"""

from __future__ import annotations

import hashlib

from osbpress.cleaning import clean_text, paragraphs
from osbpress.document import (
    About,
    Block,
    BlockQuote,
    ContactBlock,
    Document,
    Figure,
    Heading,
    Letterhead,
    Meta,
    Paragraph,
    Run,
)
from osbpress.draftfile import MediaSource
from osbpress.errors import MediaError
from osbpress.facts import build
from osbpress.kinds import load_kind
from osbpress.markup import parse
from osbpress.model import Contact, Profile, Release
from osbpress.quotes import QuoteWriter
from osbpress.sentences import environment, render
from osbpress.turkish import SuffixStyle, format_date, headline_case, normalize, sentence_case


def fix(text: str) -> str:
    """Typed text made safe and typographic, its words unchanged."""
    return normalize(clean_text(text))


def _one_line(text: str) -> str:
    return " ".join(fix(text).split())


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
    style = SuffixStyle(apostrophe=house.apostrophe, institution_apostrophe=house.institution_apostrophe)
    kind = load_kind(release.kind)
    env = environment(style)
    facts = build(release, profile)

    def suggest(name: str) -> list[str]:
        return [normalize(text) for text in render(env, kind.sentences[name], facts, f"{kind.id}/{name}")]

    headline = _one_line(release.headline)
    if not headline:
        suggested = " ".join(suggest("headline"))
        headline = headline_case(suggested) if house.headline_case == "title" else sentence_case(suggested)
    spot = "\n".join(paragraphs(fix(release.spot))) or " ".join(suggest("spot"))

    lead = paragraphs(fix(release.lead))
    if not lead:
        lead = suggest("lead") + suggest("participants")
    quotes = QuoteWriter(release, house.quote_style, fix)

    body: list[Block] = [Paragraph((Run(text),)) for text in lead]
    body.extend(quotes.for_section(None))
    for section in release.sections:
        heading = _one_line(section.heading)
        if heading:
            body.append(Heading(heading))
        body.extend(parse(clean_text(section.body), normalize))
        body.extend(quotes.for_section(section.id))
    body.extend(quotes.unplaced({s.id for s in release.sections}))
    closing = paragraphs(fix(release.closing)) or suggest("closing")
    body.extend(Paragraph((Run(text),)) for text in closing)
    body = _with_dateline(body, _dateline(release, profile))
    body.extend(_figures(release, media))

    date_text = format_date(release.release_date)
    categories = tuple(_one_line(c) for c in release.categories if c.strip())
    return Document(
        meta=Meta(
            title=headline,
            author=_one_line(profile.name),
            subject=" ".join(spot.split())[:300],
            keywords=tuple(dict.fromkeys((*categories, *_keywords(release)))),
        ),
        letterhead=Letterhead(
            organisation=_one_line(profile.name),
            date_text=date_text,
            logo=_logo(profile, media),
            contact_line=" · ".join(
                _one_line(p) for p in (profile.address, profile.phone, profile.email, profile.web) if p.strip()
            ),
        ),
        headline=headline,
        spot=spot,
        body=tuple(body),
        contact=_contact(release.contact or profile.contact),
        about=_about(profile),
        categories=categories,
        embargo=_embargo(release),
    )


def _dateline(release: Release, profile: Profile) -> str:
    city = _one_line(release.dateline_city or profile.city)
    date_text = format_date(release.release_date)
    return f"{city}, {date_text} – " if city else f"{date_text} – "


def _with_dateline(body: list[Block], dateline: str) -> list[Block]:
    """``body`` with the dateline opening its first paragraph (or as one, if none)."""
    for index, block in enumerate(body):
        if isinstance(block, Paragraph):
            body[index] = Paragraph((Run(dateline, bold=True), *block.runs))
            return body
    return [Paragraph((Run(dateline.rstrip(" –"), bold=True),)), *body]


def _keywords(release: Release) -> list[str]:
    event = release.event
    orgs = (event.host.short_name or event.host.name, event.guest.short_name or event.guest.name)
    return [_one_line(name) for name in orgs if name.strip()]


def _figures(release: Release, media: MediaSource | None) -> list[Figure]:
    figures = []
    for number, photo in enumerate(release.photos, start=1):
        if not photo.image.strip():
            if photo.caption.strip() or photo.credit.strip():
                raise MediaError(f"{number}. fotoğrafın görseli seçilmemiş (“{photo.caption[:60]}”)")
            continue
        if media is None:
            raise MediaError(f"{number}. fotoğraf (“{photo.image}”) okunamıyor: medya kaynağı yok")
        data = media(photo.image)
        digest = hashlib.sha256(data).hexdigest()[:10]
        figures.append(
            Figure(
                data=data,
                name=f"foto-{number:02d}-{digest}",
                caption=_one_line(photo.caption),
                credit=_one_line(photo.credit),
            )
        )
    return figures


def _logo(profile: Profile, media: MediaSource | None) -> bytes | None:
    if not profile.logo.strip():
        return None
    if media is None:
        raise MediaError(f"logo (“{profile.logo}”) okunamıyor: medya kaynağı yok")
    return media(profile.logo)


def _contact(contact: Contact) -> ContactBlock | None:
    if contact.is_empty():
        return None
    who = ", ".join(_one_line(p) for p in (contact.name, contact.title) if p.strip())
    lines = [who] if who else []
    if contact.phone.strip():
        lines.append(f"Tel: {_one_line(contact.phone)}")
    if contact.email.strip():
        lines.append(f"E-posta: {_one_line(contact.email)}")
    return ContactBlock(heading="Ayrıntılı bilgi için:", lines=tuple(lines))


def _about(profile: Profile) -> About | None:
    text = "\n".join(paragraphs(fix(profile.about)))
    if not text:
        return None
    name = _one_line(profile.short_name or profile.name)
    return About(heading=f"{name} Hakkında" if name else "Hakkında", text=text)


def _embargo(release: Release) -> str:
    if release.embargo is None:
        return ""
    when = release.embargo
    return f"AMBARGOLU: {format_date(when.date())}, saat {when:%H.%M} öncesinde yayımlanamaz."


__all__ = ["compose", "default_profile", "fix"]
