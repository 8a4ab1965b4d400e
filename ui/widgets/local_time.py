"""Dates and times as the officer reads them: local time, in the interface language.

The store keeps moments in UTC; the draft list's "Değiştirildi" column and
the history dialog's revision list show them with ``local_time`` in the
computer's zone ("24 Kas 2024 14:30"). ``interface_locale`` is Qt's locale
for the date editors and calendars, taken from the interface language (not
the system's), so a Turkish interface shows Turkish month names and starts
weeks on Monday even on an English system.
"""

from __future__ import annotations

import datetime as dt

from babel.dates import format_time
from PySide6.QtCore import QLocale

from osbpress.i18n import babel_locale, format_date


def local_time(moment: dt.datetime) -> str:
    """``moment`` in local time, short: "24 Kas 2024 14:30" / "24 Nov 2024 14:30"."""
    local = moment.astimezone()
    return f"{format_date(local, 'medium')} {format_time(local, 'short', locale=babel_locale())}"


def interface_locale() -> QLocale:
    """Qt's locale for dates shown in editors: the interface language's (tr_TR, en_GB)."""
    return QLocale(babel_locale())
