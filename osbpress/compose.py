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
from osbpress.facts import build, proper_names
from osbpress.kinds import load_kind
from osbpress.markup import parse
from osbpress.media import MediaSource, content_digest
from osbpress.mentions import Mentions
from osbpress.model import Contact, Profile, Release
from osbpress.quotes import QuoteWriter
from osbpress.sentences import render
from osbpress.turkish import SuffixStyle, format_date, headline_case, normalize, sentence_case
from osbpress.typed import Notice, abbreviations_of, house_headline
from osbpress.typed import notices as typed_notices

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
        self._start()

    def _start(self) -> None:
        """Begin the text afresh: nobody named yet."""
        self.mentions = Mentions()
        self._facts = build(
            self._release,
            self._profile,
            self._typist.line,
            mentions=self.mentions,
            style=self._style,
        )

    def _sentences(self, name: str, facts: dict[str, object] | None = None) -> list[str]:
        where = f"{self._kind.id}/{name}"
        template = self._kind.sentences[name]
        rendered = render(self._style, template, facts or self._facts, where)
        return [sentence_case(self._typist.fix(text)) for text in rendered]

    def headline(self) -> str:
        typed = self._typist.line(self._release.headline)
        if typed:
            return house_headline(typed, self._keep, title_case=self._title_case)
        # The headline is not a mention: it uses short names and its own facts.
        facts = build(self._release, self._profile, self._typist.line, style=self._style)
        suggested = " ".join(self._sentences("headline", facts))
        return headline_case(suggested) if self._title_case else sentence_case(suggested)

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
        if not lead and spot and not typed_spot:
            # Nothing to say beyond the spot: no spot, and the lead says it all.
            self._start()
            return "", self._sentences("lead") + self._sentences("participants")
        return spot, lead

    def _own_spot(self) -> str:
        """The spot compose would suggest, written apart from this text's mentions."""
        facts = build(self._release, self._profile, self._typist.line, style=self._style)
        return " ".join(self._sentences("spot", facts))

    def closing(self) -> list[str]:
        typed = self._typist.paragraphs(self._release.closing)
        return typed or self._sentences("closing")

    def quotes(self, house_style: str) -> QuoteWriter:
        people = self._facts["kişiler"]
        assert isinstance(people, dict)
        return QuoteWriter(self._release, house_style, self._typist.fix, people)


@dataclass(frozen=True)
class _Prose:
    headline: str
    spot: str
    body: list[Block]
    lead: list[str]
    closing: list[str]


def _prose(release: Release, profile: Profile, typist: Typist) -> _Prose:
    writer = _Writer(release, profile, typist)
    headline = writer.headline()
    spot, lead = writer.spot_and_lead()
    quotes = writer.quotes(profile.style.quote_style)
    body: list[Block] = [Paragraph((Run(text),)) for text in lead]
    body.extend(quotes.for_section(None))
    for section in release.sections:
        heading = writer.heading(section.heading)
        if heading:
            body.append(Heading(heading))
        blocks = parse(clean_text(section.body), typist.fix)
        writer.mentions.observe(clean_text(section.body))
        body.extend(blocks)
        body.extend(quotes.for_section(section.id))
    body.extend(quotes.unplaced({s.id for s in release.sections}))
    closing = writer.closing()
    body.extend(Paragraph((Run(text),)) for text in closing)
    return _Prose(headline, spot, body, lead, closing)


def suggest(release: Release, profile: Profile | None = None) -> Suggestions:
    """The headline, spot, lead and closing compose suggests for ``release``.

    Each is what that field would get if the officer emptied it, the other
    fields as they are (the app shows them as placeholders).
    """
    profile = profile or default_profile(release)
    typist = Typist(profile.style.apostrophe)

    def emptied(field: str) -> _Prose:
        return _prose(release.model_copy(update={field: ""}), profile, typist)

    return Suggestions(
        headline=emptied("headline").headline,
        spot=emptied("spot").spot,
        lead="\n\n".join(emptied("lead").lead),
        closing="\n\n".join(emptied("closing").closing),
    )


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
    prose = _prose(release, profile, typist)
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
            proper_names=proper_names(release, profile, typist.line),
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
