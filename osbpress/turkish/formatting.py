"""Dates, times, lists and numbers in Turkish, through babel (locale "tr").

"24 Kasım 2024", "24 Kasım 2024 Pazar", "14:30", "A, B ve C",
"1.234.567,89", "%25" — and a date with a case suffix, which follows the
spoken last word like any name: "24 Kasım’da", "24 Kasım 2024’te".
"""

import datetime as dt
from collections.abc import Iterable
from typing import Literal

from babel import dates, lists, numbers

from osbpress.turkish.cases import Case, SuffixStyle
from osbpress.turkish.suffixes import inflect

LOCALE = "tr"
DateStyle = Literal["short", "medium", "long", "full"]

# babel's own "long" and "full" for tr are these patterns; spelling them out
# keeps the output stable if a CLDR update changes its defaults.
_PATTERNS: dict[str, str] = {"long": "d MMMM y", "full": "d MMMM y EEEE"}


def format_date(day: dt.date, style: DateStyle = "long") -> str:
    """ "24 Kasım 2024" (long), "24 Kasım 2024 Pazar" (full), "24 Kas 2024", "24.11.2024"."""
    return dates.format_date(day, _PATTERNS.get(style, style), locale=LOCALE)


def format_time(moment: dt.time | dt.datetime) -> str:
    """Hours and minutes, 24-hour clock: "14:30"."""
    return dates.format_time(moment, "HH:mm", locale=LOCALE)


def format_datetime(moment: dt.datetime, style: DateStyle = "long") -> str:
    """The date then the time: "24 Kasım 2024 14:30"."""
    return f"{format_date(moment, style)} {format_time(moment)}"


def format_list(items: Iterable[str]) -> str:
    """ "A, B ve C"; one item is itself, two are "A ve B", none is ""."""
    return lists.format_list(list(items), locale=LOCALE)


def format_number(value: float | int) -> str:
    """Thousands dots and a decimal comma: 1234567.89 → "1.234.567,89"."""
    return numbers.format_decimal(value, locale=LOCALE)


def format_percent(ratio: float) -> str:
    """A ratio as a Turkish percentage, sign first: 0.25 → "%25"."""
    return numbers.format_percent(ratio, locale=LOCALE)


def inflect_date(
    day: dt.date, case: Case, *, year: bool = False, style: SuffixStyle | None = None
) -> str:
    """A date with a case suffix: "24 Kasım’da", or with the year "24 Kasım 2024’te".

    This is press practice and RULES.md; TDK's guide writes month names in
    dates without the apostrophe ("29 Ekime"), which no OSB release does.
    """
    pattern = "d MMMM y" if year else "d MMMM"
    return inflect(dates.format_date(day, pattern, locale=LOCALE), case, style=style)
