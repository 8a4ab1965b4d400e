"""The day's backup, made on a connection of its own so the open store keeps serving.

The app opens its store with ``auto_backup=False`` and calls
``backup_if_due`` from a worker: the copy (up to a second on a large store)
reads through its own SQLite connection, so the window's ``list()`` and
``save()`` never wait behind it. ``Database.backup_if_due`` runs the same
function; checks and retention are those of ``backup.write_backup``.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from osbpress.errors import StoreError
from osbpress.files import write_error
from osbpress.i18n import N_, _
from osbpress.paths import backup_dir
from osbpress.store import backup
from osbpress.store.connection import BUSY_TIMEOUT_MS, read_only_reason, sql_errors
from osbpress.store.schema import APPLICATION_ID


def backup_if_due(path: Path, today: dt.date | None = None) -> Path | None:
    """Back up the store at ``path`` unless today's backup exists; the new file, if any.

    StoreError (in Turkish) if the store is missing, not ours, or the copy
    cannot be written or fails its check.
    """
    today = today or dt.date.today()
    # A store that cannot be written cannot change either: the last backup still holds.
    if not backup.backup_due(path, today) or read_only_reason(path):
        return None
    if not path.is_file():
        raise StoreError(_("Yedek alınamadı: “{path}” bulunamadı").format(path=path))
    now = dt.datetime.combine(today, dt.datetime.now().time())
    with sql_errors(_("Yedek alınamadı"), path):
        # mode=rw: never create a file that is not there; the copy only reads.
        conn = sqlite3.connect(
            f"{path.resolve().as_uri()}?mode=rw",
            uri=True,
            timeout=BUSY_TIMEOUT_MS / 1000,
            isolation_level=None,
        )
        try:
            if conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
                raise StoreError(
                    _("Yedek alınamadı: “{path}” bir OSB Basın taslak deposu değil").format(
                        path=path
                    )
                )
            return write_with(conn, path, now)
        finally:
            conn.close()


_WRITE_FAILURES = {
    sqlite3.SQLITE_FULL: N_("disk dolu"),
    sqlite3.SQLITE_IOERR: N_("diske yazılamadı"),
    sqlite3.SQLITE_READONLY: N_("klasöre yazılamıyor"),
    sqlite3.SQLITE_CANTOPEN: N_("klasöre yazılamıyor"),
    sqlite3.SQLITE_PERM: N_("klasöre yazılamıyor"),
}


def write_with(conn: sqlite3.Connection, path: Path, now: dt.datetime) -> Path:
    """``backup.write_backup`` through ``conn``, with file system errors in Turkish.

    A copy that cannot be written (a full disk) leaves nothing behind and no
    backup for today, so the next start tries again; the message says so.
    """
    folder = backup_dir(path)
    try:
        return backup.write_backup(conn, path, now)
    except sqlite3.Error as error:
        reason = _WRITE_FAILURES.get((getattr(error, "sqlite_errorcode", 0) or 0) & 0xFF)
        if reason is None:
            raise
        raise StoreError(
            _(
                "Yedek alınamadı: {reason} (“{folder}”); taslaklar yerinde duruyor; "
                "yedek bir sonraki açılışta yeniden denenecek"
            ).format(reason=_(reason), folder=folder)
        ) from None
    except OSError as error:
        where = Path(error.filename) if isinstance(error.filename, str) else folder
        raise StoreError(
            _(
                "Yedek alınamadı: {reason}; taslaklar yerinde duruyor; "
                "yedek bir sonraki açılışta yeniden denenecek"
            ).format(reason=write_error(where, error))
        ) from None
