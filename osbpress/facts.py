"""The facts a release offers its sentence templates, under Turkish names.

Every name the templates can use is built here from the Release and the
Profile, so the list below is the vocabulary an officer editing a template
can rely on:

``kurum``/``kurum_tam`` the issuing organisation; ``ev_sahibi``/``ev_sahibi_tam``
the host; ``konuk``/``konuk_tam`` the guest organisation and ``konuk_ülke`` its
country; ``konuklar`` (guest participants' names), ``konuklar_unvanlı``,
``ev_sahibi_katılımcılar`` and ``diğer_katılımcılar`` (with titles),
``katılımcılar``; ``tarih`` ("24 Kasım 2024"), ``gün`` ("Pazar"), ``saat``
("14.30"), ``yer``, ``şehir``, ``amaç``, ``konular`` (a list).
The ``_tam`` forms write the full name with the short one in brackets on
first mention: "Japonya Uluslararası İşbirliği Ajansı (JICA)".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from babel import dates as babel_dates

from osbpress.model import Organisation, Participant, Profile, Release, Side
from osbpress.sentences import Name, NameList
from osbpress.turkish import format_date

Line = Callable[[str], str]
"""Makes one line of typed text ready to print (cleaned, typographic, spaces collapsed)."""


def collapse(text: str) -> str:
    return " ".join(text.split())


def short_and_full(
    name: str, short: str, reading: str = "", line: Line = collapse
) -> tuple[Name, Name]:
    """The short form and the first-mention form of an organisation's name.

    "Kahramanmaraş Organize Sanayi Bölgesi" + "Kahramanmaraş OSB" gives
    "Kahramanmaraş OSB" and "Kahramanmaraş Organize Sanayi Bölgesi (OSB)":
    the words both share are not repeated in the brackets.
    """
    name, short = line(name), line(short)
    reading_or_none = reading.strip() or None
    if not name:
        return Name(short, reading_or_none), Name(short, reading_or_none)
    if not short or short == name:
        return Name(name, reading_or_none), Name(name, reading_or_none)
    full_words, short_words = name.split(), short.split()
    shared = 0
    while (
        shared < min(len(full_words), len(short_words)) - 1
        and full_words[shared] == short_words[shared]
    ):
        shared += 1
    bracket = " ".join(short_words[shared:])
    return Name(short, reading_or_none), Name(name, tail=f" ({bracket})")


def person(participant: Participant, *, with_title: bool, line: Line = collapse) -> Name:
    name = line(participant.name)
    title = line(participant.title)
    text = f"{title} {name}" if with_title and title and name else name or title
    return Name(text, participant.reading.strip() or None)


def _people(
    participants: list[Participant], side: Side | None, *, titles: bool, line: Line
) -> NameList:
    chosen = [p for p in participants if side is None or p.side == side]
    return NameList(tuple(person(p, with_title=titles, line=line) for p in chosen))


def event_date(release: Release) -> dt.date:
    return release.event.when.date() if release.event.when else release.release_date


def build(release: Release, profile: Profile, line: Line = collapse) -> dict[str, object]:
    """The template facts of ``release``; ``line`` prepares every typed string."""
    event = release.event

    def organisation(org: Organisation) -> tuple[Name, Name]:
        return short_and_full(org.name, org.short_name, org.reading, line)

    def people(side: Side | None, *, titles: bool) -> NameList:
        return _people(release.participants, side, titles=titles, line=line)

    host, host_full = organisation(event.host)
    guest, guest_full = organisation(event.guest)
    issuer, issuer_full = short_and_full(profile.name, profile.short_name, profile.reading, line)
    when = event.when
    return {
        "kurum": issuer or host,
        "kurum_tam": issuer_full or host_full,
        "ev_sahibi": host or issuer,
        "ev_sahibi_tam": host_full or issuer_full,
        "konuk": guest,
        "konuk_tam": guest_full,
        "konuk_ülke": Name(line(event.guest.country)),
        "konuklar": people(Side.GUEST, titles=False),
        "konuklar_unvanlı": people(Side.GUEST, titles=True),
        "ev_sahibi_katılımcılar": people(Side.HOST, titles=True),
        "diğer_katılımcılar": people(Side.OTHER, titles=True),
        "katılımcılar": people(None, titles=True),
        "tarih": Name(format_date(event_date(release))),
        "gün": babel_dates.format_date(event_date(release), "EEEE", locale="tr"),
        "saat": when.strftime("%H.%M") if when and (when.hour or when.minute) else "",
        "yer": Name(line(event.place)),
        "şehir": Name(line(release.dateline_city or profile.city)),
        "amaç": line(event.purpose),
        "konular": [line(t) for t in event.topics if t.strip()],
    }
