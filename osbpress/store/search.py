"""Full-text search over drafts that ignores Turkish case and dotted/dotless i.

The index (an FTS5 table) holds a *folded* copy of each draft's latest text
(``osbpress.turkish.fold``: İ/I/ı/i, Ş/ş/s … all meet), and a query is
folded the same way, so "istanbul", "İSTANBUL" and "Istanbul" find the same
drafts. The user's words never reach FTS5 syntax: each becomes a quoted
prefix term, so quotes, ``*``, ``-``, ``:``, AND/OR/NEAR are plain text, and
"ziyaret" also finds "ziyaretinde" (Turkish adds suffixes, so every word is
a prefix).

Saving does not touch the index: it only flags the draft (``search_stale``),
and ``refresh`` indexes the flagged drafts' latest text before anything
searches. Indexing inside the save was most of a save's time and all of its
slowest saves (FTS5 merges its segments in bursts of hundreds of pages
every few writes: save p99 11 ms with ``synchronous = OFF``); now a draft
saved fifty times between two searches is indexed once, and the flag lives
in the same transaction as the save, so a crash leaves nothing unindexed.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable

from osbpress.model import Release
from osbpress.turkish import fold

DDL = (
    "CREATE VIRTUAL TABLE search USING fts5("
    "headline, body, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')"
)
STALE_DDL = (
    "ALTER TABLE drafts ADD COLUMN search_stale INTEGER NOT NULL DEFAULT 0",
    "CREATE INDEX drafts_search_stale ON drafts (rid) WHERE search_stale",
)
# bm25 weights: a word in the headline counts four times one in the body.
RANK = "bm25(search, 4.0, 1.0)"

_WORD = re.compile(r"[^\W_]+")  # unicode61 splits words at "_" too


def _body_fields(release: Release) -> list[str]:
    event = release.event
    fields = [release.spot, release.lead, release.closing, release.dateline_city, event.place]
    fields += [event.purpose, *event.topics, *release.categories]
    for organisation in (event.host, event.guest):
        fields += [organisation.name, organisation.short_name]
    for section in release.sections:
        fields += [section.heading, section.body]
    for person in release.participants:
        fields += [person.name, person.title, person.organisation]
    fields += [quote.text for quote in release.quotes]
    fields += [photo.caption for photo in release.photos]
    return [text for text in fields if text]


def index(conn: sqlite3.Connection, rid: int, release: Release) -> None:
    """(Re)index draft row ``rid`` with ``release``'s text."""
    conn.execute("DELETE FROM search WHERE rowid = ?", (rid,))
    conn.execute(
        "INSERT INTO search (rowid, headline, body) VALUES (?, ?, ?)",
        (rid, fold(release.headline), fold("\n".join(_body_fields(release)))),
    )


def has_stale(conn: sqlite3.Connection) -> bool:
    """Whether a draft was saved since the index last read it (one indexed lookup)."""
    return conn.execute("SELECT 1 FROM drafts WHERE search_stale LIMIT 1").fetchone() is not None


def refresh(conn: sqlite3.Connection, read: Callable[[int, str, int], Release | None]) -> int:
    """Index every flagged draft's latest text and clear the flags; how many there were.

    ``read(rid, draft_id, head)`` loads a draft's head, or gives None when it
    cannot be read (damaged on the disk): its earlier text then stays indexed.
    """
    rows = conn.execute("SELECT rid, id, head FROM drafts WHERE search_stale").fetchall()
    for rid, draft_id, head in rows:
        release = read(rid, draft_id, head)
        if release is not None:
            index(conn, rid, release)
    conn.execute("UPDATE drafts SET search_stale = 0 WHERE search_stale")
    return len(rows)


def unindex(conn: sqlite3.Connection, rid: int) -> None:
    conn.execute("DELETE FROM search WHERE rowid = ?", (rid,))


def match_expression(query: str) -> str | None:
    """An FTS5 MATCH expression for what the officer typed; None if it holds no word."""
    words = _WORD.findall(fold(query))
    if not words:
        return None
    return " ".join(f'"{word}"*' for word in words)


def filter_clause(query: str | None, kind: str | None, trashed: bool) -> tuple[str, list[object]]:
    """The JOIN/WHERE clause (and its parameters) for the drafts ``DraftStore.list`` shows.

    ``query`` keeps drafts matching its words, ``kind`` one release kind,
    ``trashed`` the trash instead of the library; shared by ``list`` and ``count``.
    """
    where: list[str] = ["d.trashed = ?"]
    params: list[object] = [int(trashed)]
    join = ""
    expression = match_expression(query) if query else None
    if expression is not None:
        join = "JOIN search s ON s.rowid = d.rid "
        where.append("search MATCH ?")
        params.append(expression)
    if kind is not None:
        where.append("d.kind = ?")
        params.append(kind)
    return f"{join}WHERE {' AND '.join(where)}", params
