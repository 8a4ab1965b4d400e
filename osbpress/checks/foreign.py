"""Foreign organisations with a settled Turkish name are offered it, never given it unasked.

Turkish news names GIZ, EBRD or JICA in Turkish on first mention ("Avrupa
İmar ve Kalkınma Bankası (EBRD)"). When the officer typed such an
organisation by its abbreviation or its foreign name only, this rule offers
the Turkish name as an öneri on the organisation's name field, saying what
to write; compose goes on writing what was typed. The names and their
sources are in ``resources/data/yabanci-kurumlar.tsv``; the offer follows
the profile's spelling of "iş birliği".
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from osbpress.checks.context import Context
from osbpress.checks.registry import Flag, oneri, rule
from osbpress.i18n import N_, _
from osbpress.model import Organisation
from osbpress.resources import resource
from osbpress.turkish import fold

TABLE = "data/yabanci-kurumlar.tsv"
SOURCES = frozenset({"kurum", "basın"})
RULE_ID = "yabanci-kurum-adi"


@dataclass(frozen=True)
class ForeignOrganisation:
    """One row: the abbreviation, the organisation's own name, its Turkish name, the source."""

    short: str
    own: str
    turkish: str
    source: str


def key(text: str) -> str:
    """A name as the table compares it: folded, without spaces or punctuation, so
    "İşbirliği" and "İş Birliği", "JICA" and "Jica" are one name."""
    return re.sub(r"[\W_]+", "", fold(text))


def parse(text: str) -> tuple[ForeignOrganisation, ...]:
    lines = (line.rstrip("\r") for line in text.splitlines())
    body = [line for line in lines if line.strip() and not line.startswith("#")]
    rows = []
    for number, line in enumerate(body[1:], start=2):  # the first line names the columns
        cells = [cell.strip() for cell in line.split("\t")]
        if len(cells) != 4 or not all(cells[1:]) or cells[3] not in SOURCES:
            raise ValueError(f"{TABLE}: satır {number} geçersiz: {line!r}")
        rows.append(ForeignOrganisation(*cells))
    return tuple(rows)


@cache
def organisations() -> tuple[ForeignOrganisation, ...]:
    """Every row of the table, in file order."""
    return parse(resource(TABLE).read_text(encoding="utf-8"))


@cache
def _by_foreign_name() -> dict[str, ForeignOrganisation]:
    index: dict[str, ForeignOrganisation] = {}
    for row in organisations():
        for name in (row.short, row.own):
            if name:
                index[key(name)] = row
    return index


def settled(*names: str) -> ForeignOrganisation | None:
    """The row for the first of ``names`` that is an abbreviation or foreign name in the table."""
    for name in names:
        row = _by_foreign_name().get(key(name)) if name.strip() else None
        if row is not None:
            return row
    return None


def turkish_name(row: ForeignOrganisation, compound_spelling: str) -> str:
    """The Turkish name, with "iş birliği" spelled as the profile writes it."""
    if compound_spelling == "işbirliği":
        return row.turkish.replace("İş Birliği", "İşbirliği").replace("iş birliği", "işbirliği")
    return row.turkish


def _offer(typed: str, short: str, turkish: str) -> str:
    if typed.strip():
        return _(
            "“{typed}” yerine kurumun yerleşik Türkçe adını yazabilirsiniz: “{turkish}”. "
            "Bülten kurumu ilk geçişte bu adla, sonra {short} diye anar."
        ).format(typed=typed.strip(), turkish=turkish, short=short)
    return _(
        "Kurumun yerleşik Türkçe adı “{turkish}”: Ad alanına yazarsanız bülten kurumu ilk "
        "geçişte bu adla, sonra {short} diye anar."
    ).format(turkish=turkish, short=short)


def _needs_name(organisation: Organisation, row: ForeignOrganisation) -> bool:
    """Whether ``organisation``'s name is empty or foreign, not one the officer chose."""
    name = key(organisation.name)
    # "GIZ Türkiye Ofisi" or the Turkish name itself is the officer's choice.
    return not name or name in (key(row.short), key(row.own))


@rule(RULE_ID, N_("Yerleşik Türkçe adı olan yabancı kurumlar Türkçe adıyla"))
def foreign_names(context: Context) -> Iterator[Flag]:
    event, spelling = context.release.event, context.profile.style.compound_spelling
    named: set[str] = set()  # organisations the event's sides already name
    for side in ("host", "guest"):
        organisation: Organisation = getattr(event, side)
        row = settled(organisation.name, organisation.short_name)
        if row is None:
            continue
        named.add(row.turkish)
        if _needs_name(organisation, row):
            short = organisation.short_name.strip() or row.short or row.own
            turkish = turkish_name(row, spelling)
            yield oneri(_offer(organisation.name, short, turkish), "event", side, "name")
    for index, participant in enumerate(context.release.participants):
        typed = participant.organisation
        row = settled(typed)
        # An abbreviation is how a title names its organisation ("GIZ Proje Müdürü");
        # only a foreign full name is worth a Turkish one here.
        if row is None or row.turkish in named or key(typed) != key(row.own):
            continue
        named.add(row.turkish)
        turkish = turkish_name(row, spelling)
        yield oneri(
            _offer(typed, row.short or turkish, turkish), "participants", index, "organisation"
        )
