"""Opening the drafts database and turning SQLite failures into Turkish messages.

Settings chosen for "never lose a draft": WAL (readers never block the
saving window, a crash mid-write leaves the last commit intact),
``synchronous = FULL`` (a commit is on the disk before ``save`` returns, so
a power cut after saving loses nothing; NORMAL would only survive process
crashes), a busy timeout so two windows or processes wait for each other
instead of failing, and foreign keys so purging a draft takes its revisions.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from osbpress.errors import CorruptStoreError, StoreError
from osbpress.i18n import _
from osbpress.store.backup import list_backups

BUSY_TIMEOUT_MS = 10_000


def connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(
        path, isolation_level=None, check_same_thread=False, timeout=BUSY_TIMEOUT_MS / 1000
    )
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA foreign_keys = ON")
    except BaseException:
        conn.close()
        raise
    return conn


def read_only_reason(path: Path) -> str | None:
    """Why the store at ``path`` can only be read (a Turkish clause), or None if it can be written.

    The folder must take new files (SQLite's log and shared memory live
    beside the database), the file must be writable, and so must a ``-shm``
    or ``-wal`` left by an earlier session: a stale read-only ``-shm`` (say,
    from another user) blocks every save, and it, not the database, is named.
    """
    folder = path.parent
    if not os.access(folder, os.W_OK | os.X_OK):
        return _("“{folder}” klasörüne yazma izniniz yok").format(folder=folder)
    if path.exists() and not os.access(path, os.W_OK):
        return _("“{path}” dosyası salt okunur").format(path=path)
    for suffix in ("-shm", "-wal"):
        companion = path.with_name(path.name + suffix)
        if companion.exists() and not os.access(companion, os.W_OK):
            return _(
                "“{companion}” dosyası salt okunur (başka bir kullanıcının ya da önceki bir oturumun bıraktığı bir dosya); OSB Basın’ın bütün pencerelerini kapatıp bu dosyayı silin ya da izinlerini düzeltin"
            ).format(companion=companion)
    return None


def connect_read_only(path: Path) -> sqlite3.Connection:
    """``path`` opened for reading only, even in a folder where nothing can be created."""
    uri = path.resolve().as_uri()
    conn = sqlite3.connect(
        f"{uri}?mode=ro",
        uri=True,
        isolation_level=None,
        check_same_thread=False,
        timeout=BUSY_TIMEOUT_MS / 1000,
    )
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.Error as error:
        conn.close()
        code = (getattr(error, "sqlite_errorcode", 0) or 0) & 0xFF
        wal = path.with_name(path.name + "-wal")
        if code not in (sqlite3.SQLITE_READONLY, sqlite3.SQLITE_CANTOPEN) or (
            wal.exists() and wal.stat().st_size
        ):
            raise
    # A WAL database wants its shared-memory file even to read, which a read-only
    # folder cannot hold; with no log left to replay, the file alone is the whole
    # store and can be read as unchanging.
    return sqlite3.connect(
        f"{uri}?mode=ro&immutable=1", uri=True, isolation_level=None, check_same_thread=False
    )


def enable_wal(conn: sqlite3.Connection) -> None:
    """Switch to WAL; done only once the file is known to be ours (it rewrites the header)."""
    conn.execute("PRAGMA journal_mode = WAL").fetchone()
    conn.execute("PRAGMA synchronous = FULL")


def translate(error: sqlite3.Error, action: str, path: Path) -> StoreError:
    """A StoreError with a Turkish sentence for ``error`` met while doing ``action``."""
    code = (getattr(error, "sqlite_errorcode", 0) or 0) & 0xFF
    if code in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB):
        return CorruptStoreError(
            _("“{path}” bir OSB Basın taslak veritabanı değil ya da bozulmuş").format(path=path),
            path,
            tuple(list_backups(path)),
        )
    if code == sqlite3.SQLITE_FULL:
        return StoreError(
            _(
                "{action}: disk dolu. Son kaydedilen sürüm yerinde duruyor; diskte yer açıp yeniden deneyin ({folder})"
            ).format(action=action, folder=path.parent)
        )
    if code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
        return StoreError(
            _(
                "{action}: taslak veritabanı başka bir pencere ya da program tarafından kullanılıyor; birkaç saniye sonra yeniden deneyin"
            ).format(action=action)
        )
    if code in (sqlite3.SQLITE_READONLY, sqlite3.SQLITE_PERM):
        return StoreError(
            _("{action}: “{path}” yazılamıyor; klasörün izinlerini denetleyin").format(
                action=action, path=path
            )
        )
    if code == sqlite3.SQLITE_CANTOPEN:
        return StoreError(
            _("{action}: “{path}” açılamadı; klasör var ve yazılabilir mi?").format(
                action=action, path=path
            )
        )
    if code == sqlite3.SQLITE_IOERR:
        return StoreError(
            _("{action}: diske okuma/yazma hatası ({path})").format(action=action, path=path)
        )
    return StoreError(_("{action}: veritabanı hatası ({error})").format(action=action, error=error))


@contextmanager
def sql_errors(action: str, path: Path) -> Iterator[None]:
    """Re-raise SQLite errors inside the block as Turkish StoreErrors."""
    try:
        yield
    except sqlite3.Error as error:
        raise translate(error, action, path) from None
