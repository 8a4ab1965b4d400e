"""Date rules: a weekday that disagrees with its date, a stale release date, a late embargo.

"24 Kasım 2024 Pazartesi" is caught because 24 Kasım 2024 was a Sunday; a
date without a year is taken in the release date's year. A release dated in
the past usually means the date was never changed; an embargo that lifts
after the release's own date contradicts it. Dates a message states are in
the interface language; what it quotes from the text stays as typed.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from osbpress.checks.context import Context
from osbpress.checks.registry import Flag, hata, rule, uyari
from osbpress.i18n import N_, _, format_date

MONTHS = (
    "ocak", "subat", "mart", "nisan", "mayis", "haziran",
    "temmuz", "agustos", "eylul", "ekim", "kasim", "aralik",
)  # fmt: skip
WEEKDAYS = ("pazartesi", "sali", "carsamba", "persembe", "cuma", "cumartesi", "pazar")
_MONTH_NAMES = (
    "Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran",
    "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık",
)  # fmt: skip
_WEEKDAY_NAMES = ("Pazartesi", "Salı", "Çarşamba", "Perşembe", "Cuma", "Cumartesi", "Pazar")
_MONTH = "|".join(MONTHS)
# Longer names first, so "cumartesi" is not read as "cuma".
_DAY = "|".join(sorted(WEEKDAYS, key=len, reverse=True))
_DATE_THEN_DAY = re.compile(rf"\b(\d{{1,2}})\s+({_MONTH})(?:\s+(\d{{4}}))?(?:'\w+)?,?\s+({_DAY})\b")
_DAY_THEN_DATE = re.compile(rf"\b({_DAY}),?\s+(\d{{1,2}})\s+({_MONTH})(?:\s+(\d{{4}}))?\b")


def _weekday_clashes(folded: str, default_year: int) -> Iterator[str]:
    """A message for each date in ``folded`` (a folded text) whose weekday is wrong or
    that does not exist."""
    found = [
        (m.group(1), m.group(2), m.group(3), m.group(4)) for m in _DATE_THEN_DAY.finditer(folded)
    ]
    found += [
        (m.group(2), m.group(3), m.group(4), m.group(1)) for m in _DAY_THEN_DATE.finditer(folded)
    ]
    for day_text, month, year_text, weekday in found:
        year = int(year_text) if year_text else default_year
        try:
            day = dt.date(year, MONTHS.index(month) + 1, int(day_text))
        except ValueError:
            name = _MONTH_NAMES[MONTHS.index(month)]
            yield _("{date} diye bir tarih yok: tarihi düzeltin.").format(
                date=f"{int(day_text)} {name} {year}"
            )
            continue
        written = _WEEKDAY_NAMES[WEEKDAYS.index(weekday)]
        actual = _WEEKDAY_NAMES[day.weekday()]
        if actual != written:
            yield _(
                "{date} bir {weekday} günü, metinde “{written}” yazıyor: "
                "günü ya da tarihi düzeltin."
            ).format(date=format_date(day), weekday=format_date(day, "EEEE"), written=written)


@rule("gun-tarih", N_("Gün adı tarihle uyuşuyor"))
def weekday(context: Context) -> Iterator[Flag]:
    year = context.release.release_date.year
    for field in context.fields:
        for message in dict.fromkeys(_weekday_clashes(context.fold(field.text), year)):
            yield hata(message, *field.field)


@rule("tarih-gecmis", N_("Bülten tarihi geçmişte değil"))
def stale_date(context: Context) -> Iterator[Flag]:
    date = context.release.release_date
    if date < context.today:
        yield uyari(
            _(
                "Bülten tarihi ({date}) geçmişte kaldı: bültenin gönderileceği günün "
                "tarihini girin."
            ).format(date=format_date(date)),
            "release_date",
        )


@rule("ambargo-tarih", N_("Ambargo bülten tarihinden sonra değil"))
def embargo(context: Context) -> Iterator[Flag]:
    release = context.release
    if release.embargo is not None and release.embargo.date() > release.release_date:
        yield uyari(
            _(
                "Ambargo ({embargo}) bülten tarihinden ({date}) sonra bitiyor: bülten tarihini "
                "ambargonun kalktığı güne çekin ya da ambargoyu düzeltin."
            ).format(
                embargo=format_date(release.embargo.date()),
                date=format_date(release.release_date),
            ),
            "embargo",
        )
