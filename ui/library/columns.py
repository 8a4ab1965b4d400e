"""The draft library's columns: their Turkish titles and how a row's values read and sort.

Dates read in the interface language (``osbpress.i18n``), kinds by their
names, headlines and kinds sort as a Turkish dictionary does (``QCollator``):
the model (``ui.library.model``) and the view (``ui.library.view``) share
these.
"""

from __future__ import annotations

import datetime as dt
from enum import IntEnum
from functools import cache
from typing import Any

from PySide6.QtCore import QCollator, QLocale, Qt

from osbpress.compose.kinds import kind_ids, kind_label, load_kind
from osbpress.i18n import N_, _, format_date, language
from osbpress.store import DraftSummary
from ui.widgets.local_time import local_time

UNTITLED = N_("(başlıksız taslak)")


class Column(IntEnum):
    HEADLINE = 0
    KIND = 1
    DATE = 2
    UPDATED = 3


HEADERS = {
    Column.HEADLINE: N_("Başlık"),
    Column.KIND: N_("Tür"),
    Column.DATE: N_("Tarih"),
    Column.UPDATED: N_("Değiştirildi"),
}


def kind_names() -> dict[str, str]:
    """Every release kind's id and name in the interface language ("ziyaret" → "Ziyaret")."""
    return {kind_id: kind_label(load_kind(kind_id)) for kind_id in kind_ids()}


def turkish_collator() -> QCollator:
    """Orders text as a Turkish dictionary does (c < ç < d, ı < i, case ignored)."""
    collator = QCollator(QLocale(QLocale.Language.Turkish, QLocale.Country.Turkey))
    collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    collator.setNumericMode(True)
    return collator


@cache
def _long_date(day: dt.date, language: str) -> str:
    return format_date(day)  # ``language`` keys the cache: the text follows a switch


def row_texts(summary: DraftSummary, kinds: dict[str, str]) -> tuple[str, str, str, str]:
    """What each column shows for ``summary``; ``kinds`` names the release kinds."""
    return (
        summary.headline or _(UNTITLED),
        kinds.get(summary.kind, summary.kind),
        _long_date(summary.release_date, language()),
        local_time(summary.updated_at),
    )


def sort_key(
    summary: DraftSummary, column: Column, kinds: dict[str, str], collator: QCollator
) -> Any:
    """What ``column`` sorts ``summary`` by: real dates and times, Turkish collation keys."""
    if column == Column.HEADLINE:
        return collator.sortKey(summary.headline)
    if column == Column.KIND:
        return collator.sortKey(kinds.get(summary.kind, summary.kind))
    if column == Column.DATE:
        return summary.release_date
    return summary.updated_at
