"""Settled readings of names from industry news: Renault → reno, so Renault’ya with no reading typed.

A foreign company, organisation or city is written as spelled but takes its
suffix by how Turkish speaks it (RULES.md §1): Renault’ya, Peugeot’nun,
Airbus’ın, Toulouse’da; an abbreviation by its letters or as a word (GIZ’in,
EBRD’ye, TÜBİTAK’ın). Where the spelling would mislead, the reading is
settled by usage, and ``resources/data/okunuslar.tsv`` records it with its
source (TDK Yazım Kılavuzu, the organisation's own usage, national news).
``settled_reading`` finds the row for a name so ``inflect`` needs no reading
from its caller; a reading the officer typed is passed to ``inflect`` and
wins over the table.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from osbpress.resources import resource
from osbpress.turkish.casing import fold

TABLE = "data/okunuslar.tsv"
SOURCES = frozenset({"tdk", "harf", "kurum", "basın"})
"""The source codes a row may give; the table's header says what each means."""

_WORD_RE = re.compile(r"[^\W_]+")


@dataclass(frozen=True)
class Reading:
    """One row of the readings table."""

    name: str
    reading: str
    source: str
    example: str = ""

    @property
    def words(self) -> tuple[str, ...]:
        return words_of(self.name)


def words_of(name: str) -> tuple[str, ...]:
    """The words of ``name`` as the table compares them: folded, punctuation dropped."""
    return tuple(fold(word) for word in _WORD_RE.findall(name))


def _parse(text: str) -> tuple[Reading, ...]:
    rows = []
    lines = (line.rstrip("\r") for line in text.splitlines())
    body = [line for line in lines if line.strip() and not line.startswith("#")]
    for number, line in enumerate(body[1:], start=2):  # the first line names the columns
        cells = [cell.strip() for cell in line.split("\t")]
        if len(cells) < 3 or not all(cells[:3]) or cells[2] not in SOURCES:
            # A broken row is the table's author's mistake; say which row it is.
            raise ValueError(f"{TABLE}: satır {number} geçersiz: {line!r}")
        name, reading, source, *rest = cells
        rows.append(Reading(name, reading, source, example=rest[0] if rest else ""))
    return tuple(rows)


@cache
def readings() -> tuple[Reading, ...]:
    """Every row of the readings table, in file order."""
    return _parse(resource(TABLE).read_text(encoding="utf-8"))


@cache
def _by_last_word() -> dict[str, tuple[Reading, ...]]:
    # Keyed by the last word, so a name is folded once and only its own candidates compared;
    # the longest row wins ("General Electric" before a row for "Electric" alone).
    index: dict[str, list[Reading]] = {}
    for row in readings():
        if row.words:
            index.setdefault(row.words[-1], []).append(row)
    return {
        word: tuple(sorted(rows, key=lambda row: len(row.words), reverse=True))
        for word, rows in index.items()
    }


def settled_reading(name: str) -> str | None:
    """The table's reading of ``name`` (matched by its last words), or None."""
    found = _WORD_RE.findall(name)
    if not found:
        return None
    candidates = _by_last_word().get(fold(found[-1]))
    if not candidates:
        return None
    words = tuple(fold(word) for word in found)
    for row in candidates:
        if words[-len(row.words) :] == row.words:
            return row.reading
    return None
