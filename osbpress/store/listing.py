"""Pages of draft summaries for the library: newest first, filtered, or best match first.

Every row comes from the ``drafts`` table (joined with the search index when
words are given), never from a revision's text, so a page of ten thousand
drafts costs one indexed query. ``DraftStore.list``, ``count`` and
``search`` run these inside their read snapshot.
"""

from __future__ import annotations

import datetime as dt
import sqlite3

from osbpress.store import search
from osbpress.store.records import DraftSummary, timestamp

_SUMMARY = (
    "SELECT d.id, d.headline, d.kind, d.release_date, d.head, d.created_at, d.updated_at,"
    " d.trashed FROM drafts d"
)


def _summary(row: tuple[object, ...]) -> DraftSummary:
    id_, headline, kind, day, head, created, updated, trashed = row
    return DraftSummary(
        id=str(id_),
        headline=str(headline),
        kind=str(kind),
        release_date=dt.date.fromisoformat(str(day)),
        revision=int(str(head)),
        created_at=timestamp(float(str(created))),
        updated_at=timestamp(float(str(updated))),
        trashed=bool(trashed),
    )


def best_matches(conn: sqlite3.Connection, text: str, limit: int) -> list[DraftSummary]:
    """Drafts (not in the trash) matching every word of ``text``, best match first."""
    expression = search.match_expression(text)
    if expression is None:
        return []
    rows = conn.execute(
        f"{_SUMMARY} JOIN search s ON s.rowid = d.rid"
        f" WHERE search MATCH ? AND d.trashed = 0 ORDER BY {search.RANK} LIMIT ?",
        (expression, limit),
    ).fetchall()
    return [_summary(row) for row in rows]


def page(
    conn: sqlite3.Connection,
    query: str | None,
    kind: str | None,
    trashed: bool,
    limit: int,
    offset: int,
) -> list[DraftSummary]:
    """One page of drafts, most recently changed first (filters as ``DraftStore.list``)."""
    where, params = search.filter_clause(query, kind, trashed)
    sql = f"{_SUMMARY} {where} ORDER BY d.updated_at DESC, d.rid DESC LIMIT ? OFFSET ?"
    rows = conn.execute(sql, (*params, limit, offset)).fetchall()
    return [_summary(row) for row in rows]


def count(conn: sqlite3.Connection, query: str | None, kind: str | None, trashed: bool) -> int:
    """How many drafts ``page`` with the same filters pages through."""
    where, params = search.filter_clause(query, kind, trashed)
    return int(conn.execute(f"SELECT count(*) FROM drafts d {where}", params).fetchone()[0])
