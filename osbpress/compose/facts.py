"""The facts a release offers its sentence templates, under Turkish names.

Every name the templates can use is built here from the Release and the
Profile; ``templates/README.md`` lists them for template writers. The
organisations (``kurum``, ``ev_sahibi``, ``konuk``) and people are mentions
of one ``World`` (``osbpress.compose.world``): written in full the first time
and short after; the ``_kısa`` forms are always short, the ``_ulusal`` ones
what a headline uses, the ``_tam`` forms always full. The facts also say who
attends above the principals (``onur_konukları``), what was signed
(``protokol``) and where, said once (``yerde``). Nothing here states a fact
the release does not hold.
"""

from __future__ import annotations

import datetime as dt
import re

from babel import dates as babel_dates

from osbpress.compose.headlines import titled
from osbpress.compose.mentions import HEYET, HEYETİ, Mentions, Organisation, People, Person, Phrase
from osbpress.compose.places import city_of, common_venue, locative_place
from osbpress.compose.protocol import UNTITLED
from osbpress.compose.sentences import Inflectable, Name, NameList
from osbpress.compose.signing import agreement
from osbpress.compose.typed import abbreviations_of, house_name
from osbpress.compose.world import Line, World, collapse, short_and_full
from osbpress.model import Profile, Release, Side
from osbpress.turkish import Case, SuffixStyle, fold, format_date, lower

# Ranks whose holder receives guests "makamında" (Vali, Kaymakam, belediye başkanları).
_OFFICE_HOLDERS = {25, 35, 40, 42}


def event_date(release: Release) -> dt.date:
    return release.event.when.date() if release.event.when else release.release_date


def clean_clause(text: str) -> str:
    """A typed clause set inside our sentence: no final period or comma of its own."""
    text = text.strip()
    while text.endswith((".", ",", ";")) and not text.endswith("..."):
        text = text[:-1].rstrip()
    return text


# An academic or professional title typed into the name ("Prof. Dr. Arif Özaydın").
_ACADEMIC = re.compile(r"^(?:Prof\.|Doç\.|Dr\.|Öğr\.|Av\.|Op\.|Uzm\.)")


class _From:
    """An organisation in the ablative before a name: "Sivas Cumhuriyet Üniversitesinden"."""

    def __init__(self, org: Organisation, style: SuffixStyle) -> None:
        self._org, self._style = org, style

    def __bool__(self) -> bool:
        return bool(self._org)

    def __str__(self) -> str:
        return self._org.inflect(Case.ABLATIVE, self._style)

    def inflect(self, case: Case, style: SuffixStyle) -> str:
        return str(self)


def _guest_phrases(world: World, guests: list[Person], style: SuffixStyle) -> dict[str, object]:
    """The delegation as the templates name it; ``guests`` are those of the guest
    organisation (a guest of another one is not put in its delegation). One guest whose
    name carries an academic title is "X Üniversitesinden Prof. Dr. …", not its "yetkilisi"."""
    guest_org = world.guest
    senior = guests[0] if guests and guests[0].has_title else None
    named = [g for g in guests if g.name]

    def all_named() -> bool:
        return bool(named) and all(world.mentions.seen(g.key) for g in named)

    def collective() -> list[Inflectable | str]:
        if senior is not None:
            return [senior, "ve beraberindeki", HEYET] if len(guests) > 1 else [senior]
        if len(guests) == 1 and not all_named():
            if guest_org and _ACADEMIC.match(guests[0].name):
                return [_From(guest_org, style), guests[0]]
            return [guest_org, "yetkilisi", guests[0]] if guest_org else [guests[0]]
        if guest_org:
            return [guest_org, HEYETİ]
        if guests and not all_named():
            return [People(tuple(guests))]
        return ["konuk", HEYET]

    def detailed() -> list[Inflectable | str]:
        if senior is None and len(guests) > 1 and not all_named():
            names = People(tuple(guests))
            return [guest_org, "yetkilileri", names] if guest_org else [names]
        return collective()

    def as_object() -> list[Inflectable | str]:
        if all_named() or (senior is not None and world.mentions.seen(senior.key)):
            if len(guests) == 1:
                return [guests[0]]
            return [HEYET]
        return detailed()

    others = People(tuple(g for g in guests if g is not senior)) if senior else NameList(())
    return {
        "heyet": Phrase(collective),
        "heyet_açık": Phrase(detailed),
        "heyet_nesne": Phrase(as_object),
        "başkonuk": senior or Name(""),
        "heyetteki_diğerleri": others,
    }


def _topics_in_sections(release: Release) -> bool:
    """Whether the officer's sections already name every topic: the composer's
    sentence listing them ("Protokol, … alanlarını kapsıyor") would say it twice."""
    topics = [t for t in (clean_clause(t) for t in release.event.topics) if t]
    typed = fold(" ".join(section.body for section in release.sections))
    return bool(topics) and all(fold(topic) in typed for topic in topics)


def _attendance(
    world: World, principals: list[Person], others: list[Person]
) -> tuple[list[Person], list[Person]]:
    """``others`` split: those who outrank every principal, and the rest.

    One who outranks the principals (the signatories of a signing, the host
    and guest sides of a visit) is named first ("Vali X’in de katıldığı
    törende …"), never as an afterthought after lower ranks.
    """
    top = min((world.order_of(p) for p in principals), default=UNTITLED)
    witnesses = [p for p in others if world.order_of(p) < top]
    return witnesses, [p for p in others if p not in witnesses]


def _headline_person(world: World, person: Person | None, short_title: str) -> Name:
    """The headline form ("Kahramanmaraş Valisi Karaca"); empty unless a headline uses
    the title ("Bölge Müdürü Yurt’tan …" reads oddly: the organisation headlines instead)."""
    participant = world.participant(person)
    if participant is None or person is None or not short_title or not person.surname:
        return Name("")
    organisation = world.line(participant.organisation)
    known = world.org_named(organisation) if organisation else None
    org_national = world.national(known).text if known is not None else organisation
    title = titled(world.line(participant.title), organisation, org_national)
    return Name(f"{title} {person.surname}", None) if title else Name("")


def _place(
    release: Release,
    profile: Profile,
    line: Line,
    style: SuffixStyle,
    within: Organisation | None = None,
) -> str:
    """Where it happened, in the locative: "Çorum’daki OSB toplantı salonunda" or "".

    ``within`` is the organisation just named before the place ("X’in ev
    sahipliğinde"): a venue that begins with its name does not repeat it.
    """
    dateline_city = line(release.dateline_city or profile.city)
    venue = line(release.event.place)
    if within:
        for name in (within.short.text, within.full.text):
            if name and fold(venue).startswith(fold(name) + " "):
                rest = venue[len(name) :].strip()
                if common_venue(rest):
                    # What is left names the hall by common nouns: "toplantı salonu".
                    venue = lower(rest)
                break
    return locative_place(venue, line(release.event.city), dateline_city, style)


def build(
    release: Release,
    profile: Profile,
    line: Line = collapse,
    *,
    mentions: Mentions | None = None,
    style: SuffixStyle | None = None,
    spot_suggested: bool = False,
    keep: frozenset[str] | None = None,
) -> dict[str, object]:
    """The template facts of ``release``; ``line`` prepares every typed string.

    ``mentions`` is shared with the quotes and every template of one release,
    so each name is written in full once; ``spot_suggested`` tells the lead
    whether compose's own spot is printed above it (so it need not repeat it).
    ``keep`` is ``abbreviations_of(release, profile)`` when the caller has it.
    """
    if keep is None:
        keep = abbreviations_of(release, profile)
    world = World(release, profile, line, mentions or Mentions(), keep)
    event = release.event
    style = style or SuffixStyle()
    when = event.when
    hosts = world.sides[Side.HOST]
    # A guest of another organisation came along, not in the guest's delegation.
    guests = [g for g in world.sides[Side.GUEST] if world.in_guest_delegation(g)]
    outsiders = [p for p in world.people.values() if p not in (*guests, *hosts)]
    receiver = hosts[0] if hosts else None
    receiver_rank = world.ranks.get(receiver.key.removeprefix("kişi:")) if receiver else None
    senior = guests[0] if guests and guests[0].has_title else None
    senior_rank = world.ranks.get(senior.key.removeprefix("kişi:")) if senior else None
    day = event_date(release)
    compound = profile.style.compound_spelling
    purpose = clean_clause(line(event.purpose))
    signed = agreement(purpose, compound, clean_clause(line(event.agreement)))
    signers = world.signatories
    witnesses, attending = _attendance(
        world, signers, [p for p in world.people.values() if p not in signers]
    )
    # A visit's witnesses outrank those who receive the guests, in whose sentence they stand.
    receivers = hosts or guests
    visit_witnesses, others = _attendance(world, receivers, outsiders)
    return {
        "kurum": world.issuer or world.host,
        "kurum_kısa": (world.issuer or world.host).short,
        "kurum_tam": (world.issuer or world.host).full,
        "ev_sahibi": world.host or world.issuer,
        "ev_sahibi_kısa": (world.host or world.issuer).short,
        "ev_sahibi_tam": (world.host or world.issuer).full,
        "konuk": world.guest,
        "konuk_kısa": world.guest.short,
        "konuk_tam": world.guest.full,
        "konuk_ülke": Name(line(event.guest.country)),
        **_guest_phrases(world, guests, style),
        "başkonuk_başlık": _headline_person(
            world, senior, senior_rank.short_title if senior_rank else ""
        ),
        "kurum_ulusal": world.national(world.issuer or world.host),
        "ev_sahibi_ulusal": world.national(world.host or world.issuer),
        "konuk_ulusal": world.national(world.guest),
        "konuklar": People(tuple(guests)),
        "konuk_sayısı": len(guests),
        "ev_sahibi_katılımcılar": People(tuple(hosts)),
        "karşılayan": receiver or Name(""),
        "makam": bool(receiver_rank and receiver_rank.order in _OFFICE_HOLDERS),
        "diğer_katılımcılar": People(tuple(others)),
        "üst_katılımcılar": People(tuple(visit_witnesses)),
        "katılımcılar": People(tuple(world.people.values())),
        "imzacılar": People(tuple(signers)),
        "ev_sahibi_imzacılar": People(tuple(p for p in hosts if p in signers)),
        "konuk_imzacılar": People(tuple(p for p in world.sides[Side.GUEST] if p in signers)),
        "törene_katılanlar": People(tuple(attending)),
        "onur_konukları": People(tuple(witnesses)),
        "protokol": Name(signed.name),
        "protokol_belirtme": Name(signed.accusative),
        "protokol_başlık": Name(signed.headline),
        "tarih": Name(format_date(day)),
        "tarih_ayrı": day != release.release_date,
        "gün": babel_dates.format_date(day, "EEEE", locale="tr"),
        "saat": when.strftime("%H.%M") if when and (when.hour or when.minute) else "",
        "yer": Name(line(event.place)),
        "şehir": Name(city_of(line(event.city)) or line(release.dateline_city or profile.city)),
        "yerde": _place(release, profile, line, style),
        "yerde_ev_sahibinde": _place(release, profile, line, style, within=world.host),
        "amaç": purpose,
        "amaç_eylem": purpose.lower().endswith(("mak", "mek")),
        "konular": [clean_clause(line(t)) for t in event.topics if clean_clause(t)],
        "konular_bölümde": _topics_in_sections(release),
        "iş_birliği": compound,
        "spot_önerilen": spot_suggested,
        "kişiler": world.people,
    }


def proper_names(
    release: Release,
    profile: Profile,
    line: Line = collapse,
    keep: frozenset[str] | None = None,
) -> tuple[str, ...]:
    """Every name, title, organisation, place and the event date the facts hold.

    The PDF keeps these unbroken (no hyphen inside a proper name). Names are
    given as printed: "ahmet yılmaz" typed is "Ahmet Yılmaz" here too, so the
    PDF never breaks it ("Ah-met"). ``keep`` is ``abbreviations_of`` when known.
    """
    if keep is None:
        keep = abbreviations_of(release, profile)
    event = release.event
    names: list[str] = []
    for person in release.participants:
        name = house_name(line(person.name), keep)
        title = house_name(line(person.title), keep)
        names += [name, title, line(person.organisation)]
        if name and title:
            names.append(f"{title} {name}")
    for org in (event.host, event.guest):
        names += [line(org.name), line(org.short_name), line(org.country)]
        names.append(str(short_and_full(org.name, org.short_name, line=line)[1]))
    names += [line(profile.name), line(profile.short_name), line(profile.city)]
    names += [line(event.place), line(event.city), line(release.dateline_city)]
    names += [format_date(event_date(release)), format_date(release.release_date)]
    return tuple(dict.fromkeys(n for n in names if n))
