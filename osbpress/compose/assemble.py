"""assemble: the Document around the prose (dateline, photos, letterhead, contact).

It fills the release kind's sentence templates with the facts and lets every
field the officer filled win over a suggestion (``osbpress.compose.prose``), then
puts the dateline, the photos, the letterhead, the contact block and the
"Hakkında" text into the Document so no renderer ever needs the model.
``suggest`` gives the texts the app shows in empty fields; ``notices`` says
what compose changed in how fields were typed, for the checklist.
``composition`` gives all three from one prose pass, for the app's draft
pipeline, which composes each new text of the open draft exactly once.
"""

from __future__ import annotations

from dataclasses import dataclass

from osbpress.compose.facts import proper_names
from osbpress.compose.prose import Prose, Typist, write
from osbpress.compose.typed import Notice
from osbpress.compose.typed import notices as typed_notices
from osbpress.document import (
    About,
    Block,
    ContactBlock,
    Document,
    Figure,
    Letterhead,
    Meta,
    Paragraph,
    Run,
)
from osbpress.errors import MediaError, at_field
from osbpress.i18n import _
from osbpress.media import MediaSource, content_digest
from osbpress.model import Contact, Profile, Release
from osbpress.turkish import format_date

__all__ = [
    "Composition",
    "Notice",
    "Suggestions",
    "Typist",
    "compose",
    "composition",
    "default_profile",
    "notices",
    "suggest",
]


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


def suggest(release: Release, profile: Profile | None = None) -> Suggestions:
    """The headline, spot, lead and closing compose suggests for ``release``.

    Each is what that field would get if the officer emptied it, the other
    fields as they are (the app shows them as placeholders).
    """
    profile = profile or default_profile(release)
    typist = Typist(profile.style.apostrophe)

    written: dict[str, Prose] = {}

    def emptied(field: str) -> Prose:
        # Fields already empty all read the same text: write it once, not once each.
        key = field if getattr(release, field) else ""
        if key not in written:
            copy = release.model_copy(update={field: ""}) if key else release
            written[key] = write(copy, profile, typist)
        return written[key]

    return Suggestions(
        headline=emptied("headline").headline,
        spot=emptied("spot").spot,
        lead="\n\n".join(emptied("lead").lead),
        closing="\n\n".join(emptied("closing").closing),
    )


def suggested_headline(release: Release, profile: Profile | None = None) -> str:
    """Only the headline ``suggest`` would give (one prose pass instead of four)."""
    profile = profile or default_profile(release)
    emptied = release.model_copy(update={"headline": ""}) if release.headline else release
    return write(emptied, profile, Typist(profile.style.apostrophe)).headline


def notices(release: Release, profile: Profile | None = None) -> list[Notice]:
    """What compose changed in how fields were typed, and quotes it printed without a speaker."""
    return typed_notices(release, profile or default_profile(release))


def compose(
    release: Release, profile: Profile | None = None, *, media: MediaSource | None = None
) -> Document:
    """The Document for ``release`` as ``profile`` issues it.

    ``media`` reads photo and logo references; without one, a release with
    photos raises MediaError naming the first photo.
    """
    profile = profile or default_profile(release)
    typist = Typist(profile.style.apostrophe)
    return _document(release, profile, write(release, profile, typist), typist, media)


@dataclass(frozen=True)
class Composition:
    """One prose pass over a release: its Document, suggestions and notices.

    ``suggestions`` holds what compose wrote into each field the officer left
    empty (exactly what ``suggest`` gives for it) and "" for a field the
    officer typed: the app shows a suggestion only in an empty field.
    """

    document: Document
    suggestions: Suggestions
    notices: tuple[Notice, ...]


def composition(
    release: Release, profile: Profile | None = None, *, media: MediaSource | None = None
) -> Composition:
    """``compose``, the empty fields' ``suggest`` and ``notices`` from a single prose pass."""
    profile = profile or default_profile(release)
    typist = Typist(profile.style.apostrophe)
    prose = write(release, profile, typist)
    suggestions = Suggestions(
        headline="" if release.headline else prose.headline,
        spot="" if release.spot else prose.spot,
        lead="" if release.lead else "\n\n".join(prose.lead),
        closing="" if release.closing else "\n\n".join(prose.closing),
    )
    return Composition(
        document=_document(release, profile, prose, typist, media),
        suggestions=suggestions,
        notices=tuple(typed_notices(release, profile, prose.abbreviations)),
    )


def _document(
    release: Release, profile: Profile, prose: Prose, typist: Typist, media: MediaSource | None
) -> Document:
    headline, spot = prose.headline, prose.spot
    body = _with_dateline(prose.body, _dateline(release, profile, typist))
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
            proper_names=proper_names(release, profile, typist.line, prose.abbreviations),
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
    if body and isinstance(body[0], Paragraph):
        body[0] = Paragraph((Run(dateline, bold=True), *body[0].runs))
        return body
    # Text opening with a heading or a quote: the dateline stands above it, alone.
    return [Paragraph((Run(dateline.rstrip(" –"), bold=True),)), *body]


def _figures(release: Release, media: MediaSource | None, typist: Typist) -> list[Figure]:
    figures = []
    for number, photo in enumerate(release.photos, start=1):
        field = ("photos", number - 1, "image")
        if not photo.image.strip():
            if photo.caption.strip() or photo.credit.strip():
                caption = typist.line(photo.caption)[:60]
                raise MediaError(
                    _("{number}. fotoğrafın görseli seçilmemiş (“{caption}”)").format(
                        number=number, caption=caption
                    ),
                    field=field,
                )
            continue
        if media is None:
            raise MediaError(
                _("{number}. fotoğraf (“{image}”) okunamıyor: medya kaynağı yok").format(
                    number=number, image=photo.image
                ),
                field=field,
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
        raise MediaError(
            _("logo (“{logo}”) okunamıyor: medya kaynağı yok").format(logo=profile.logo),
            field=("logo",),
        )
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
