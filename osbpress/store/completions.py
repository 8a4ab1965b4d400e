"""Names, titles and organisations used in earlier drafts, offered as the officer types.

Each save records the participants' names, titles and organisations (and
the event's host and guest organisations) with the time they were last
used, so the most recent come first and a value used in a hundred drafts
is still one row. The table is small and read whole into a completer.
"""

from __future__ import annotations

import sqlite3
from typing import Literal, get_args

from osbpress.model import Release

CompletionField = Literal["name", "title", "organisation"]
FIELDS: tuple[CompletionField, ...] = get_args(CompletionField)

DDL = (
    """CREATE TABLE completions (
        field TEXT NOT NULL,
        value TEXT NOT NULL,
        used_at REAL NOT NULL,
        PRIMARY KEY (field, value)
    ) WITHOUT ROWID""",
    "CREATE INDEX completions_recent ON completions (field, used_at DESC)",
)
# Longer than any title; past this a "name" is pasted text, not a name.
_MAX_LENGTH = 200


def _values(release: Release) -> set[tuple[CompletionField, str]]:
    found: list[tuple[CompletionField, str]] = []
    for person in release.participants:
        found += [
            ("name", person.name),
            ("title", person.title),
            ("organisation", person.organisation),
        ]
    for organisation in (release.event.host, release.event.guest):
        found += [("organisation", organisation.name), ("organisation", organisation.short_name)]
    cleaned = {(field, " ".join(value.split())) for field, value in found}
    return {(field, value) for field, value in cleaned if 0 < len(value) <= _MAX_LENGTH}


def record(conn: sqlite3.Connection, release: Release, used_at: float) -> None:
    """Remember ``release``'s names, titles and organisations as used at ``used_at``."""
    conn.executemany(
        "INSERT INTO completions (field, value, used_at) VALUES (?, ?, ?)"
        " ON CONFLICT (field, value) DO UPDATE SET used_at = max(used_at, excluded.used_at)",
        [(field, value, used_at) for field, value in sorted(_values(release))],
    )


def query(conn: sqlite3.Connection, field: CompletionField, limit: int) -> list[str]:
    """The values of ``field`` used before, most recently used first."""
    if field not in FIELDS:
        raise ValueError(f"no completions for {field!r}; use one of {FIELDS}")
    rows = conn.execute(
        "SELECT value FROM completions WHERE field = ? ORDER BY used_at DESC, value LIMIT ?",
        (field, limit),
    ).fetchall()
    return [str(value) for (value,) in rows]
