"""The open drafts database: transactions, photos, the organisation profile, backups.

``DraftStore`` (drafts and revisions) builds on this class; what lives here
is everything about the file itself and the things stored beside the
drafts. Every SQLite failure leaves as a Turkish ``StoreError``.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType
from typing import Self

from osbpress.errors import CorruptStoreError, MediaError, StoreError
from osbpress.media import MediaSource, check_image, parse_ref, ref_for
from osbpress.model import Profile
from osbpress.paths import store_path
from osbpress.store import backup, daily
from osbpress.store.checkpoint import Checkpointer
from osbpress.store.connection import connect, enable_wal, sql_errors
from osbpress.store.schema import check, migrate
from osbpress.validation import load_profile


class Database:
    """An open drafts database; ``path`` defaults to ``paths.store_path()``.

    Safe to share between threads (calls are serialised) and between
    processes (SQLite locking, WAL). ``auto_backup`` makes the day's backup
    on opening; if that fails the store still opens and ``backup_problem``
    holds the message.
    """

    def __init__(self, path: Path | None = None, *, auto_backup: bool = True) -> None:
        self.path = Path(path) if path is not None else store_path()
        self.backup_problem: str | None = None
        self._lock = threading.RLock()
        self._writes = 0
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise StoreError(
                f"Taslak klasörü oluşturulamadı: “{self.path.parent}” ({error.strerror})"
            ) from None
        try:
            with sql_errors("Taslak deposu açılamadı", self.path):
                self._conn = connect(self.path)
                try:
                    check(self._conn, self.path)
                    enable_wal(self._conn)
                    self._conn.execute("PRAGMA wal_autocheckpoint = 0")
                    migrate(self._conn, self.path)
                except BaseException:
                    self._conn.close()
                    raise
        except CorruptStoreError as error:
            error.backups = tuple(backup.list_backups(self.path))
            raise
        self._checkpointer = Checkpointer(self.path)
        if auto_backup:
            try:
                self.backup_if_due()
            except StoreError as error:
                self.backup_problem = str(error)

    def close(self) -> None:
        self._checkpointer.close()
        with self._lock:
            self._conn.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()

    @contextmanager
    def _write(self, action: str) -> Iterator[sqlite3.Connection]:
        """One write transaction, locked before reading so no one saves in between."""
        with self._lock, sql_errors(action, self.path):
            conn = self._conn
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
                conn.execute("COMMIT")
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
            self._writes += 1
            self._checkpointer.wrote()

    @contextmanager
    def _read(self, action: str) -> Iterator[sqlite3.Connection]:
        """One read snapshot, so rows read together always match."""
        with self._lock, sql_errors(action, self.path):
            conn = self._conn
            conn.execute("BEGIN")
            try:
                yield conn
            finally:
                if conn.in_transaction:
                    conn.execute("COMMIT")

    def change_token(self) -> tuple[int, int]:
        """A value that changes whenever anyone committed to the file since it was last read.

        ``PRAGMA data_version`` moves with other connections' commits (another
        window, another process), the second number with this object's own;
        polling this every second costs microseconds and reads no rows.
        """
        with self._lock, sql_errors("Taslak deposu okunamadı", self.path):
            version = int(self._conn.execute("PRAGMA data_version").fetchone()[0])
            return version, self._writes

    # -- photos -------------------------------------------------------------

    def _put_media(self, conn: sqlite3.Connection, data: bytes, name: str) -> str:
        kind = check_image(data, name)
        ref = ref_for(data)
        conn.execute(
            "INSERT OR IGNORE INTO media (hash, format, size, added_at, data)"
            " VALUES (?, ?, ?, ?, ?)",
            (parse_ref(ref), kind, len(data), time.time(), data),
        )
        return ref

    def put_media(self, data: bytes, name: str = "görsel") -> str:
        """Store a photo once by content and return its ``sha256:<hex>`` reference.

        ``name`` (e.g. the picked file's name) labels the MediaError raised
        for something that is not a JPEG, PNG, WebP, GIF or TIFF image.
        """
        with self._write("Fotoğraf kaydedilemedi") as conn:
            return self._put_media(conn, data, name)

    def get_media(self, ref: str) -> bytes:
        digest = parse_ref(ref)
        if digest is None:
            raise MediaError(f"“{ref}” taslak deposundaki bir fotoğrafın özeti değil")
        with self._read("Fotoğraf okunamadı") as conn:
            row = conn.execute("SELECT data FROM media WHERE hash = ?", (digest,)).fetchone()
        if row is None:
            raise MediaError(f"“{ref}” fotoğrafı taslak deposunda yok")
        return bytes(row[0])

    def media_source(self) -> MediaSource:
        """A media source for compose/render reading ``sha256:`` references from here."""
        return self.get_media

    # -- organisation profile ------------------------------------------------

    def get_profile(self) -> Profile:
        """The saved profile, or an empty one before the first save."""
        with self._read("Kurum profili okunamadı") as conn:
            row = conn.execute("SELECT value FROM meta WHERE key = 'profile'").fetchone()
        if row is None:
            return Profile()
        return load_profile(row[0], what="Taslak deposundaki kurum profili")

    def save_profile(self, profile: Profile) -> None:
        with self._write("Kurum profili kaydedilemedi") as conn:
            conn.execute(
                "INSERT OR REPLACE INTO meta (key, value) VALUES ('profile', ?)",
                (profile.model_dump_json(),),
            )

    # -- backups ------------------------------------------------------------

    def backups(self) -> list[Path]:
        """Backup files of this database, newest first."""
        return backup.list_backups(self.path)

    def backup_now(self, now: dt.datetime | None = None) -> Path:
        """Write a backup named for ``now`` (default: this moment) and keep the last seven."""
        with self._lock, sql_errors("Yedek alınamadı", self.path):
            return daily.write_with(self._conn, self.path, now or dt.datetime.now())

    def backup_if_due(self, today: dt.date | None = None) -> Path | None:
        """Make today's backup unless there is one (on its own connection); the new file."""
        return daily.backup_if_due(self.path, today)

    def restore_backup(self, source: Path) -> Path:
        """Replace every draft with the content of backup ``source``.

        The current content is backed up first (the path returned), so a
        restore can itself be undone.
        """
        safety = self.backup_now()
        with self._lock, sql_errors("Yedek geri yüklenemedi", self.path):
            backup.restore_into(self._conn, source)
            migrate(self._conn, self.path)
            self._writes += 1
        return safety
