"""The release's organisations and people as mentions, built once per prose pass.

``World`` turns the model's host, guest and issuer into ``Organisation``
mentions (the full name once, the short one after, "(JICA)" only for a short
name of its own) and each participant into a ``Person`` whose title carries
its organisation the way a newsroom writes it: "Kayseri Valisi" for "Vali"
of "Kayseri Valiliği", "Sivas OSB Yönetim Kurulu Başkan Vekili" for "OSB
Yönetim Kurulu Başkan Vekili" of "Sivas OSB", a plain "Genel Sekreter" when
no sentence names the owner. Participants come in protocol order
(``osbpress.compose.protocol``) unless the officer ordered them by hand.
"""

from __future__ import annotations

from collections.abc import Callable

from osbpress.compose import people
from osbpress.compose.headlines import national
from osbpress.compose.mentions import Mentions, Organisation, Person
from osbpress.compose.protocol import UNTITLED, in_protocol_order, order_of, rank
from osbpress.compose.sentences import Name
from osbpress.compose.typed import house_name
from osbpress.model import Organisation as OrgModel
from osbpress.model import Participant, Profile, Release, Side
from osbpress.turkish import fold

Line = Callable[[str], str]
"""Makes one line of typed text ready to print (cleaned, typographic, spaces collapsed)."""


def collapse(text: str) -> str:
    return " ".join(text.split())


def short_and_full(
    name: str, short: str, reading: str = "", line: Line = collapse
) -> tuple[Name, Name]:
    """The short form and the first-mention form of an organisation's name.

    "Japonya Uluslararası İşbirliği Ajansı" + "JICA" gives "JICA" and
    "Japonya Uluslararası İşbirliği Ajansı (JICA)". A short name that shares
    the name's first words ("Kahramanmaraş OSB") is no abbreviation to
    explain: the full name stands alone, since "(OSB)" would announce a
    short form no later sentence uses.
    """
    name, short = line(name), line(short)
    reading_or_none = reading.strip() or None
    if not name:
        return Name(short, reading_or_none), Name(short, reading_or_none)
    if not short or short == name:
        return Name(name, reading_or_none), Name(name, reading_or_none)
    if fold(name.split()[0]) == fold(short.split()[0]):
        return Name(short, reading_or_none), Name(name)
    return Name(short, reading_or_none), Name(name, tail=f" ({short})")


class World:
    """The release's organisations and people as mentions, shared by every template."""

    def __init__(
        self,
        release: Release,
        profile: Profile,
        line: Line,
        mentions: Mentions,
        keep: frozenset[str],
    ) -> None:
        self.line = line
        self._keep = keep
        self.mentions = mentions
        self._orgs: list[Organisation] = []
        event = release.event
        self.issuer = self._organisation(
            "kurum", profile.name, profile.short_name, profile.reading, ""
        )
        self.host = self._model_org("ev_sahibi", event.host)
        self.guest = self._model_org("konuk", event.guest)
        ordered = in_protocol_order(release.participants, release.manual_order)
        self.people = {p.id: self._person(p) for p in ordered}
        self.sides = {side: [self.people[p.id] for p in ordered if p.side == side] for side in Side}
        self.signatories = [self.people[p.id] for p in ordered if p.signatory]
        self.ranks = {p.id: rank(p.title) for p in ordered}
        self.order = ordered
        self._orders = {f"kişi:{p.id}": order_of(p) for p in ordered}

    def participant(self, person: Person | None) -> Participant | None:
        if person is None:
            return None
        return next((p for p in self.order if f"kişi:{p.id}" == person.key), None)

    def in_guest_delegation(self, person: Person) -> bool:
        """Whether a guest belongs to the guest organisation (or names no other)."""
        participant = self.participant(person)
        typed = self.line(participant.organisation) if participant else ""
        return not typed or self.org_named(typed) is self.guest or not self.guest

    def national(self, org: Organisation) -> Name:
        """``org`` as a headline names it for a national reader (``headlines.national``)."""
        text = national(org.full.text, org.short.text)
        return org.short if text == org.short.text else Name(text)

    def order_of(self, person: Person) -> int:
        """``person``'s protocol rank (lower is senior)."""
        return self._orders.get(person.key, UNTITLED)

    def _model_org(self, key: str, org: OrgModel) -> Organisation:
        reading = org.reading or people.foreign_reading(org.short_name, org.country)
        return self._organisation(key, org.name, org.short_name, reading, org.country)

    def _organisation(
        self, key: str, name: str, short: str, reading: str, country: str
    ) -> Organisation:
        short_name, full = short_and_full(name, short, reading, self.line)
        for known in self._orgs:
            if known and {fold(known.short.text), fold(known.full.text)} & {
                fold(short_name.text),
                fold(full.text),
            }:
                return known
        org = Organisation(key, short_name, full, self.mentions)
        if org:
            self._orgs.append(org)
        return org

    def org_named(self, text: str) -> Organisation | None:
        folded = fold(text)
        return next(
            (o for o in self._orgs if folded in (fold(o.short.text), fold(o.full.text))), None
        )

    def _person(self, participant: Participant) -> Person:
        line = self.line
        name = house_name(line(participant.name), self._keep)
        # A host or guest typed without an organisation belongs to the side's own.
        side_org = {Side.HOST: self.host, Side.GUEST: self.guest}.get(participant.side)
        side_name = side_org.short.text or side_org.full.text if side_org else ""
        organisation = line(participant.organisation) or side_name
        title = people.office_title(house_name(line(participant.title), self._keep), organisation)
        if not organisation:
            title = people.unowned_title(title)
        known = self.org_named(organisation) if organisation else None
        if known is not None:
            title = people.with_owner(title, known.short.text, known.full.text)
        names_org = known is not None and people.mentions_org(
            title, known.short.text, known.full.text
        )
        owned = None if names_org else people.possessed_title(title, organisation)
        owner = None
        if owned is not None:
            owner = known.key if known is not None else f"metin:{fold(organisation)}"

        def written_title(omit_owner: bool) -> str:
            if owned is not None:
                if omit_owner:
                    return owned
                return f"{known if known is not None else organisation} {owned}"
            if known is not None and names_org:
                return known.in_title(title)
            return title

        return Person(
            f"kişi:{participant.id}",
            name,
            written_title,
            participant.reading.strip() or None,
            self.mentions,
            has_title=bool(title),
            owner=owner,
        )
