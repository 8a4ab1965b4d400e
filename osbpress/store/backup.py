"""Daily copies of the drafts database, made with SQLite's online backup API.

A copy is a consistent snapshot even while another window saves. It is
written under a temporary name, checked with ``PRAGMA integrity_check`` (which,
unlike ``quick_check``, also finds indexes that no longer match their rows)
and only then renamed into ``yedekler/`` beside the database, so a damaged or
half-written copy never pushes a good one out; the newest ``KEEP`` stay. A
copy that fails for any reason (a full disk) leaves no temporary file behind.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
import time
from pathlib import Path

from osbpress.errors import StoreError
from osbpress.files import windows_refusal
from osbpress.i18n import _
from osbpress.paths import backup_dir
from osbpress.store.schema import APPLICATION_ID, LATEST

KEEP = 7
_SUFFIX = ".sqlite3"
_PARTIAL = ".partial"
_STALE_SECONDS = 3600


def integrity_problems(conn: sqlite3.Connection, limit: int = 20) -> list[str]:
    """What ``PRAGMA integrity_check`` finds wrong in ``conn``'s database; empty if sound."""
    rows = conn.execute(f"PRAGMA integrity_check({int(limit)})").fetchall()
    return [str(row[0]) for row in rows if row[0] != "ok"]


def list_backups(store: Path) -> list[Path]:
    """Backups of the database at ``store``, newest first (names sort by time)."""
    folder = backup_dir(store)
    if not folder.is_dir():
        return []
    return sorted(folder.glob(f"{store.stem}-*{_SUFFIX}"), reverse=True)


def backup_due(store: Path, today: dt.date) -> bool:
    prefix = f"{store.stem}-{today:%Y%m%d}-"
    return not any(path.name.startswith(prefix) for path in list_backups(store))


def write_backup(conn: sqlite3.Connection, store: Path, now: dt.datetime) -> Path:
    """Copy the open database into a new checked backup file and drop old ones."""
    folder = backup_dir(store)
    folder.mkdir(parents=True, exist_ok=True)
    final = folder / f"{store.stem}-{now:%Y%m%d-%H%M%S}{_SUFFIX}"
    serial = 1
    while final.exists():
        serial += 1
        final = folder / f"{store.stem}-{now:%Y%m%d-%H%M%S}-{serial}{_SUFFIX}"
    for stale in folder.glob(f"{store.stem}-*{_PARTIAL}"):
        # Left by a run killed mid-copy; a recent one may be another window's copy in progress.
        with contextlib.suppress(OSError):
            if stale.stat().st_mtime < time.time() - _STALE_SECONDS:
                stale.unlink()
    partial = final.with_suffix(_PARTIAL)
    # SQLite writes "<partial>-journal" beside the copy while it fills it.
    refusal = windows_refusal(partial, room=len("-journal"))
    if refusal is not None:
        raise StoreError(refusal)
    try:
        copy = sqlite3.connect(partial)
        try:
            conn.backup(copy)
            # A backup is one self-contained file, not a WAL pair.
            copy.execute("PRAGMA journal_mode = DELETE").fetchone()
            problems = integrity_problems(copy)
        finally:
            copy.close()
        if problems:
            raise StoreError(
                _(
                    "Yedek alınamadı: veritabanının kopyası denetimden geçmedi ({problems}); “osbpress drafts recover” ile onarın"
                ).format(problems="; ".join(problems[:3]))
            )
        with partial.open("rb+") as handle:
            os.fsync(handle.fileno())
    except BaseException:
        partial.unlink(missing_ok=True)
        partial.with_name(partial.name + "-journal").unlink(missing_ok=True)
        raise
    os.replace(partial, final)
    for old in list_backups(store)[KEEP:]:
        old.unlink(missing_ok=True)
    return final


def restore_into(conn: sqlite3.Connection, backup: Path) -> None:
    """Replace the open database's whole content with ``backup`` in one transaction."""
    if not backup.is_file():
        raise StoreError(_("“{backup}” yedeği bulunamadı").format(backup=backup))
    source = sqlite3.connect(f"{backup.as_uri()}?mode=ro", uri=True)
    try:
        try:
            ours = source.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
            version = source.execute("PRAGMA user_version").fetchone()[0]
            problems = integrity_problems(source, 3)
        except sqlite3.DatabaseError:
            ours, version, problems = False, 0, [_("okunamadı")]
        if not ours:
            raise StoreError(_("“{backup}” bir OSB Basın yedeği değil").format(backup=backup))
        if version > LATEST:
            raise StoreError(
                _("“{backup}” yedeği daha yeni bir OSB Basın sürümüyle alınmış").format(
                    backup=backup
                )
            )
        if problems:
            raise StoreError(
                _("“{backup}” yedeği bozuk ({problems}); başka bir yedek seçin").format(
                    backup=backup, problems="; ".join(problems)
                )
            )
        source.backup(conn)
    finally:
        source.close()
