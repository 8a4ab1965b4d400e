"""A draft's revisions in the database: its head, reading one revision, appending the next.

A revision row holds the release's JSON compressed by ``codec`` (against
its keyframe's text). Appending one moves the draft's head and brings what
is kept beside it up to date (the list summary, the completions, the photos
the draft uses) and marks the draft for the search index, which reads it
later (``search.refresh``). These functions run inside the caller's
transaction (``DraftStore`` holds it); none opens or commits one.
"""

from __future__ import annotations

import sqlite3
import time
import zlib
from typing import NamedTuple

from osbpress.errors import DraftError, StoreError
from osbpress.i18n import _
from osbpress.media import parse_ref
from osbpress.model import Release
from osbpress.store import codec, completions
from osbpress.store.records import RevisionInfo, timestamp


class Head(NamedTuple):
    """A draft's row id and latest revision (its number and the digest of its text)."""

    rid: int
    n: int
    digest: str
    trashed: bool


def head(conn: sqlite3.Connection, draft_id: str) -> Head:
    """Draft ``draft_id``'s head; StoreError if there is no such draft."""
    row = conn.execute(
        "SELECT rid, head, head_digest, trashed FROM drafts WHERE id = ?", (draft_id,)
    ).fetchone()
    if row is None:
        raise StoreError(_("“{draft}” kimlikli taslak bulunamadı").format(draft=draft_id))
    return Head(int(row[0]), int(row[1]), str(row[2]), bool(row[3]))


def read_text(conn: sqlite3.Connection, rid: int, n: int, draft_id: str) -> bytes:
    """Revision ``n``'s JSON, decompressed (with its keyframe's text when it has one)."""
    row = conn.execute(
        "SELECT r.body, k.body FROM revisions r"
        " LEFT JOIN revisions k ON k.draft = r.draft AND k.n = r.base"
        " WHERE r.draft = ? AND r.n = ?",
        (rid, n),
    ).fetchone()
    if row is None:
        raise StoreError(
            _("“{draft}” taslağının {revision}. sürümü yok").format(draft=draft_id, revision=n)
        )
    try:
        zdict = codec.decode(row[1], None) if row[1] is not None else None
        return codec.decode(row[0], zdict)
    except zlib.error:
        raise StoreError(
            _("“{draft}” taslağının {revision}. sürümü bozuk, okunamadı").format(
                draft=draft_id, revision=n
            )
        ) from None


def read_release(conn: sqlite3.Connection, rid: int, n: int, draft_id: str) -> Release:
    """Revision ``n`` as a validated release (a damaged row is reported, never trusted)."""
    return codec.load(
        read_text(conn, rid, n, draft_id),
        _("“{draft}” taslağının {revision}. sürümü").format(draft=draft_id, revision=n),
    )


def readable(conn: sqlite3.Connection, rid: int, n: int, draft_id: str) -> Release | None:
    """Revision ``n``, or None if it is damaged: for upkeep that must not stop at one bad row."""
    try:
        return read_release(conn, rid, n, draft_id)
    except (StoreError, DraftError):
        return None


def append(
    conn: sqlite3.Connection,
    rid: int,
    draft_id: str,
    n: int,
    release: Release,
    text: bytes,
    *,
    parent: int | None,
    conflict: bool = False,
    note: str = "",
    label: str = "",
) -> None:
    """Add revision ``n`` (``text`` is ``release``'s JSON) and make it the head.

    ``label`` stands in for an empty headline in lists (see ``DraftStore.save``).
    """
    now = time.time()
    headline = release.headline or label
    base = codec.keyframe_of(n)
    zdict = read_text(conn, rid, base, draft_id) if base is not None else None
    conn.execute(
        "INSERT INTO revisions (draft, n, saved_at, parent, conflict, note, headline, base,"
        " body) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (rid, n, now, parent, int(conflict), note, headline, base, codec.encode(text, zdict)),
    )
    conn.execute(
        "UPDATE drafts SET head = ?, head_digest = ?, headline = ?, kind = ?,"
        " release_date = ?, updated_at = ?, search_stale = 1 WHERE rid = ?",
        (
            n,
            codec.digest(text),
            headline,
            release.kind,
            release.release_date.isoformat(),
            now,
            rid,
        ),
    )
    completions.record(conn, release, now)
    hashes = {h for photo in release.photos if (h := parse_ref(photo.image))}
    conn.executemany(
        "INSERT OR IGNORE INTO draft_media (draft, hash) VALUES (?, ?)",
        [(rid, h) for h in sorted(hashes)],
    )


def history(conn: sqlite3.Connection, rid: int) -> list[RevisionInfo]:
    """Every revision of draft row ``rid``, newest first."""
    rows = conn.execute(
        "SELECT n, saved_at, headline, parent, conflict, note FROM revisions"
        " WHERE draft = ? ORDER BY n DESC",
        (rid,),
    ).fetchall()
    return [
        RevisionInfo(n, timestamp(saved), headline, parent, bool(conflict), note)
        for n, saved, headline, parent, conflict, note in rows
    ]


def headline_of(conn: sqlite3.Connection, rid: int, n: int) -> str:
    """The headline revision ``n`` was saved with (its label in lists)."""
    (headline,) = conn.execute(
        "SELECT headline FROM revisions WHERE draft = ? AND n = ?", (rid, n)
    ).fetchone()
    return str(headline)
