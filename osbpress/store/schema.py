"""The drafts database's tables and the migrations that bring an old file up to date.

``PRAGMA user_version`` records how many steps of ``MIGRATIONS`` a file has
had; opening runs the missing ones in one transaction, so a file is either
fully upgraded or untouched. ``PRAGMA application_id`` marks the file as
ours, so another program's SQLite database at our path is never written to.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

from osbpress.errors import CorruptStoreError, StoreError
from osbpress.i18n import _
from osbpress.model import Release
from osbpress.store import codec, completions, search

APPLICATION_ID = 0x4F534250  # "OSBP"

_CORE = (
    """CREATE TABLE drafts (
        rid INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL,
        headline TEXT NOT NULL,
        release_date TEXT NOT NULL,
        created_at REAL NOT NULL,
        updated_at REAL NOT NULL,
        head INTEGER NOT NULL,
        head_digest TEXT NOT NULL,
        trashed INTEGER NOT NULL DEFAULT 0,
        trashed_at REAL
    )""",
    "CREATE INDEX drafts_recent ON drafts (trashed, updated_at DESC)",
    "CREATE INDEX drafts_kind ON drafts (trashed, kind, updated_at DESC)",
    # base: the keyframe revision whose text is the zlib dictionary (NULL for a keyframe).
    """CREATE TABLE revisions (
        draft INTEGER NOT NULL REFERENCES drafts (rid) ON DELETE CASCADE,
        n INTEGER NOT NULL,
        saved_at REAL NOT NULL,
        parent INTEGER,
        conflict INTEGER NOT NULL DEFAULT 0,
        note TEXT NOT NULL DEFAULT '',
        headline TEXT NOT NULL,
        base INTEGER,
        body BLOB NOT NULL,
        UNIQUE (draft, n)
    )""",
    """CREATE TABLE media (
        hash TEXT PRIMARY KEY,
        format TEXT NOT NULL,
        size INTEGER NOT NULL,
        added_at REAL NOT NULL,
        data BLOB NOT NULL
    )""",
    """CREATE TABLE draft_media (
        draft INTEGER NOT NULL REFERENCES drafts (rid) ON DELETE CASCADE,
        hash TEXT NOT NULL,
        PRIMARY KEY (draft, hash)
    ) WITHOUT ROWID""",
    "CREATE INDEX draft_media_hash ON draft_media (hash)",
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
)


def _v1_core(conn: sqlite3.Connection) -> None:
    for statement in _CORE:
        conn.execute(statement)


def _heads(conn: sqlite3.Connection) -> Iterator[tuple[int, float, Release]]:
    """Every draft's row id, last change and latest release, for filling a new table."""
    rows = conn.execute(
        "SELECT d.rid, d.updated_at, k.body, r.base, r.body FROM drafts d"
        " JOIN revisions r ON r.draft = d.rid AND r.n = d.head"
        " LEFT JOIN revisions k ON k.draft = d.rid AND k.n = r.base"
    ).fetchall()
    for rid, updated_at, base_body, base, body in rows:
        zdict = codec.decode(base_body, None) if base is not None else None
        yield rid, updated_at, codec.load(codec.decode(body, zdict), "taslak")


def _v2_search(conn: sqlite3.Connection) -> None:
    """Full-text search over each draft's latest revision, filled from what is there."""
    conn.execute(search.DDL)
    for rid, _updated_at, release in _heads(conn):
        search.index(conn, rid, release)


def _v3_completions(conn: sqlite3.Connection) -> None:
    """Names, titles and organisations for completion, filled from every draft's head."""
    for statement in completions.DDL:
        conn.execute(statement)
    for _rid, updated_at, release in _heads(conn):
        completions.record(conn, release, updated_at)


def _v4_media_names(conn: sqlite3.Connection) -> None:
    """The name of the file each photo came from, so a message can name it as the officer
    knows it; photos stored before keep an empty name (messages then use the caption)."""
    conn.execute("ALTER TABLE media ADD COLUMN name TEXT NOT NULL DEFAULT ''")


def _v5_search_later(conn: sqlite3.Connection) -> None:
    """A flag for drafts saved since the search index last read them (see ``search``);
    everything in an older file is indexed already."""
    for statement in search.STALE_DDL:
        conn.execute(statement)


MIGRATIONS: tuple[Callable[[sqlite3.Connection], None], ...] = (
    _v1_core,
    _v2_search,
    _v3_completions,
    _v4_media_names,
    _v5_search_later,
)
LATEST = len(MIGRATIONS)


def check(conn: sqlite3.Connection, path: Path) -> None:
    """Refuse, before anything is written, a file that is not ours or is too new."""
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version > LATEST:
        raise StoreError(
            _(
                "“{path}” daha yeni bir OSB Basın sürümüyle oluşturulmuş (veritabanı sürümü {version}, bu sürüm en çok {supported} okuyabilir); programı güncelleyin"
            ).format(path=path, version=version, supported=LATEST)
        )
    if version == 0:
        if conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]:
            raise _not_ours(path)
    elif conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
        raise _not_ours(path)


def migrate(conn: sqlite3.Connection, path: Path) -> None:
    """Bring the checked database at ``path`` up to ``LATEST`` in one transaction."""
    if conn.execute("PRAGMA user_version").fetchone()[0] == LATEST:
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        # Another process may have migrated while we waited for the write lock.
        check(conn, path)
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version == 0:
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        for step in range(version, LATEST):
            MIGRATIONS[step](conn)
            conn.execute(f"PRAGMA user_version = {step + 1}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def _not_ours(path: Path) -> CorruptStoreError:
    return CorruptStoreError(
        _("“{path}” bir OSB Basın taslak veritabanı değil (başka bir programın dosyası)").format(
            path=path
        ),
        path,
    )
