"""The open drafts database: transactions, photos, the organisation profile, backups.

``DraftStore`` (drafts and revisions) builds on this class; what lives here
is everything about the file itself and the things stored beside the
drafts. Every SQLite failure leaves as a Turkish ``StoreError``.

A store that cannot be written (a read-only folder, file or stale ``-shm``)
is opened for reading: lists, drafts and photos still load, and every save
says why it cannot be made (``read_only``). A photo is checked against its
content hash each time it is read, so bytes damaged on the disk are never
rendered or exported under a new hash; ``verify`` checks the whole file.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType
from typing import Self

from osbpress.errors import CorruptStoreError, MediaError, StoreError
from osbpress.i18n import N_, _
from osbpress.media import MEDIA_REF_PREFIX, MediaSource, check_image, parse_ref, ref_for
from osbpress.model import Profile
from osbpress.paths import store_path
from osbpress.store import backup, daily
from osbpress.store.checkpoint import Checkpointer
from osbpress.store.connection import (
    connect,
    connect_read_only,
    enable_wal,
    read_only_reason,
    sql_errors,
)
from osbpress.store.schema import LATEST, check, migrate
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
                _("Taslak klasörü oluşturulamadı: “{folder}” ({reason})").format(
                    folder=self.path.parent, reason=error.strerror
                )
            ) from None
        self.read_only = read_only_reason(self.path)
        """Why nothing can be saved (a Turkish clause), or None for a writable store."""
        try:
            with sql_errors(_("Taslak deposu açılamadı"), self.path):
                self._conn = self._open()
        except CorruptStoreError as error:
            error.backups = tuple(backup.list_backups(self.path))
            raise
        self._checkpointer = Checkpointer(self.path, self._lock)
        if auto_backup and not self.read_only:
            try:
                self.backup_if_due()
            except StoreError as error:
                # Said once per run; no backup file was made, so the next start tries again.
                self.backup_problem = str(error)
                print(_("Uyarı: {error}").format(error=error), file=sys.stderr)

    def _open(self) -> sqlite3.Connection:
        if self.read_only:
            if not self.path.exists():
                raise StoreError(
                    _("Taslak deposu oluşturulamadı: “{path}” yok ve {reason}").format(
                        path=self.path, reason=self.read_only
                    )
                )
            conn = connect_read_only(self.path)
        else:
            conn = connect(self.path)
        try:
            check(conn, self.path)
            if self.read_only:
                if conn.execute("PRAGMA user_version").fetchone()[0] < LATEST:
                    raise StoreError(
                        _("“{path}” bu sürüme yükseltilmeli ama yazılamıyor: {reason}").format(
                            path=self.path, reason=self.read_only
                        )
                    )
                return conn
            enable_wal(conn)
            conn.execute("PRAGMA wal_autocheckpoint = 0")
            migrate(conn, self.path)
        except BaseException:
            conn.close()
            raise
        return conn

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
    def _write(self, action: str, *, visible: bool = True) -> Iterator[sqlite3.Connection]:
        """One write transaction, locked before reading so no one saves in between.

        ``visible=False`` for upkeep that changes nothing a reader shows (the
        search index catching up): this object's ``change_token`` stays put.
        """
        if self.read_only:
            raise StoreError(
                _("{action}: taslak deposu yalnızca okunabiliyor; {reason}").format(
                    action=action, reason=self.read_only
                )
            )
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
            self._writes += visible
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
        with self._lock, sql_errors(_("Taslak deposu okunamadı"), self.path):
            version = int(self._conn.execute("PRAGMA data_version").fetchone()[0])
            return version, self._writes

    # -- photos -------------------------------------------------------------

    def _put_media(self, conn: sqlite3.Connection, data: bytes, name: str) -> str:
        kind = check_image(data, name)
        ref = ref_for(data)
        # The file's own name, for messages; a reference is no name the officer knows.
        known = "" if name.startswith(MEDIA_REF_PREFIX) else name
        conn.execute(
            "INSERT INTO media (hash, format, size, added_at, data, name)"
            " VALUES (?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (hash) DO UPDATE SET name = excluded.name WHERE media.name = ''",
            (parse_ref(ref), kind, len(data), time.time(), data, known),
        )
        return ref

    def put_media(self, data: bytes, name: str = "görsel") -> str:
        """Store a photo once by content and return its ``sha256:<hex>`` reference.

        ``name`` (the picked file's name) labels the MediaError raised for
        something that is not an accepted image (``media.IMAGE_FORMATS``), and
        is kept so later messages about this photo name the file the officer chose.
        """
        with self._write(_("Fotoğraf kaydedilemedi")) as conn:
            return self._put_media(conn, data, name)

    def get_media(self, ref: str) -> bytes:
        """The bytes of photo ``ref``, checked against their hash.

        MediaError naming the photo (its file name, caption and drafts) if it is
        missing or its bytes were damaged on the disk.
        """
        digest = parse_ref(ref)
        if digest is None:
            raise MediaError(
                _("“{ref}” taslak deposundaki bir fotoğrafın özeti değil").format(ref=ref)
            )
        with self._read(_("Fotoğraf okunamadı")) as conn:
            row = conn.execute("SELECT data FROM media WHERE hash = ?", (digest,)).fetchone()
            if row is None:
                raise MediaError(
                    _("{photo} taslak deposunda yok").format(photo=self._media_label(conn, digest))
                )
            data = bytes(row[0])
            if hashlib.sha256(data).hexdigest() != digest:
                raise MediaError(
                    _(
                        "{photo} taslak deposunda bozulmuş (içeriği kaydedildiği günkü özetiyle uyuşmuyor); fotoğrafı dosyasından yeniden ekleyin ya da bir yedeği geri yükleyin"
                    ).format(photo=self._media_label(conn, digest))
                )
        return data

    def media_name(self, ref: str) -> str:
        """The file name photo ``ref`` was stored under (``put_media``'s ``name``); "" if unknown."""
        digest = parse_ref(ref)
        if digest is None:
            return ""
        with self._read(_("Fotoğraf okunamadı")) as conn:
            row = conn.execute("SELECT name FROM media WHERE hash = ?", (digest,)).fetchone()
        return str(row[0]) if row else ""

    def media_source(self) -> MediaSource:
        """A media source for compose/render reading ``sha256:`` references from here."""
        return self.get_media

    def _media_label(self, conn: sqlite3.Connection, digest: str) -> str:
        """How messages name stored photo ``digest``: its file name and where it is used."""
        row = conn.execute("SELECT name FROM media WHERE hash = ?", (digest,)).fetchone()
        name = _("“{name}” fotoğrafı").format(name=row[0]) if row and row[0] else _("Fotoğraf")
        users = self._media_users(conn, digest)
        if users:
            return f"{name} ({'; '.join(users[:3])}{' …' if len(users) > 3 else ''})"
        return name

    def _media_users(self, conn: sqlite3.Connection, digest: str) -> list[str]:
        """The drafts using photo ``digest``, as the officer knows them (see DraftStore)."""
        return []

    def verify(self) -> list[str]:
        """Every problem ``PRAGMA integrity_check`` and the photos' hashes find; empty if sound.

        Reads the whole file (about a second per few hundred megabytes): for
        ``drafts recover`` and the like, not for every start.
        """
        with self._read(_("Taslak deposu denetlenemedi")) as conn:
            problems = [
                _(N_("veritabanı: {problem}")).format(problem=row[0])
                for row in conn.execute("PRAGMA integrity_check(20)").fetchall()
                if row[0] != "ok"
            ]
            if problems:
                return problems
            hashes = [row[0] for row in conn.execute("SELECT hash FROM media").fetchall()]
            for digest in hashes:
                row = conn.execute("SELECT data FROM media WHERE hash = ?", (digest,)).fetchone()
                if hashlib.sha256(bytes(row[0])).hexdigest() != digest:
                    problems.append(
                        _("{photo} bozulmuş").format(photo=self._media_label(conn, digest))
                    )
        return problems

    # -- organisation profile ------------------------------------------------

    def get_profile(self) -> Profile:
        """The saved profile, or an empty one before the first save."""
        with self._read(_("Kurum profili okunamadı")) as conn:
            row = conn.execute("SELECT value FROM meta WHERE key = 'profile'").fetchone()
        if row is None:
            return Profile()
        return load_profile(row[0], what=_("Taslak deposundaki kurum profili"))

    def save_profile(self, profile: Profile) -> None:
        with self._write(_("Kurum profili kaydedilemedi")) as conn:
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
        with self._lock, sql_errors(_("Yedek alınamadı"), self.path):
            return daily.write_with(self._conn, self.path, now or dt.datetime.now())

    def backup_if_due(self, today: dt.date | None = None) -> Path | None:
        """Make today's backup unless there is one (on its own connection); the new file."""
        return daily.backup_if_due(self.path, today)

    def restore_backup(self, source: Path) -> Path:
        """Replace every draft with the content of backup ``source``.

        The current content is backed up first (the path returned), so a
        restore can itself be undone.
        """
        if self.read_only:
            raise StoreError(_("Yedek geri yüklenemedi: {reason}").format(reason=self.read_only))
        safety = self.backup_now()
        with self._lock, sql_errors(_("Yedek geri yüklenemedi"), self.path):
            backup.restore_into(self._conn, source)
            migrate(self._conn, self.path)
            self._writes += 1
        return safety
